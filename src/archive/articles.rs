//! Articles as stored: identity (content hash and key), the article row with its search-index row,
//! and outlets.

use anyhow::Result;
use rusqlite::{params, Connection, OptionalExtension};
use sha2::{Digest, Sha256};

use crate::arabic;

/// Identity of a text: the hash of its search keys (`arabic::index_text` of title and body), so a
/// copy that differs only in spelling variants, harakat, punctuation or spacing is the same
/// article. 64 lowercase hex digits (SHA-256).
pub fn content_hash(index_title: &str, index_body: &str) -> String {
    let mut h = Sha256::new();
    h.update(index_title.as_bytes());
    h.update(b"\n");
    h.update(index_body.as_bytes());
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// The first 64 bits of a content hash as bytes (`unhex(substr(content_hash, 1, 16))` in SQL): what
/// each event report keeps of its article's identity, to order reports by content when clustering.
pub fn content_key(content_hash: &str) -> Vec<u8> {
    (0..content_hash.len().min(16))
        .step_by(2)
        .filter_map(|i| u8::from_str_radix(content_hash.get(i..i + 2)?, 16).ok())
        .collect()
}

/// What an archived article with the same identity is.
pub enum Known {
    /// Not archived.
    New,
    /// The same text is archived.
    Same,
    /// The URL is archived with another text, as this article id.
    Changed(i64),
}

const SQL_BY_URL: &str = "SELECT id, content_hash FROM articles WHERE url = ?1";
/// Identity of an article without a URL (matches the partial index articles_hash).
const SQL_BY_HASH: &str = "SELECT id FROM articles WHERE content_hash = ?1 AND url IS NULL LIMIT 1";

/// Identity rule: an article with a URL is the archived article with that URL; one without is the
/// archived URL-less article with the same content hash.
pub fn known(conn: &Connection, url: Option<&str>, content_hash: &str) -> Result<Known> {
    if let Some(url) = url {
        let existing = conn
            .prepare_cached(SQL_BY_URL)?
            .query_row([url], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))
            .optional()?;
        return Ok(match existing {
            Some((_, hash)) if hash == content_hash => Known::Same,
            Some((id, _)) => Known::Changed(id),
            None => Known::New,
        });
    }
    let existing: Option<i64> = conn
        .prepare_cached(SQL_BY_HASH)?
        .query_row([content_hash], |r| r.get(0))
        .optional()?;
    Ok(if existing.is_some() {
        Known::Same
    } else {
        Known::New
    })
}

/// An article row to insert, with its search keys (`arabic::index_text` of title and body).
pub struct NewArticle<'a> {
    pub url: Option<&'a str>,
    pub title: &'a str,
    pub body: &'a str,
    pub published_at: Option<&'a str>,
    pub published_precision: &'a str,
    pub published_source: Option<&'a str>,
    pub outlet_id: Option<i64>,
    pub lang: Option<&'a str>,
    pub content_hash: &'a str,
    pub origin_file: &'a str,
    pub origin_line: i64,
    /// The extraction rules its extraction rows (written next, in the same transaction) follow.
    pub extracted_version: Option<i64>,
    pub index_title: &'a str,
    pub index_body: &'a str,
}

const SQL_INSERT_ARTICLE: &str =
    "INSERT INTO articles (url, title, body, published_at, published_precision, \
     published_source, outlet_id, lang, content_hash, imported_at, origin_file, origin_line, extracted_version) \
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)";
const SQL_INSERT_FTS: &str = "INSERT INTO articles_fts (rowid, title, body) VALUES (?1, ?2, ?3)";

/// Insert an article and its search-index row; returns its id.
pub fn insert(conn: &Connection, a: &NewArticle<'_>) -> Result<i64> {
    let id = insert_row(conn, a)?;
    insert_fts(conn, id, a.index_title, a.index_body)?;
    Ok(id)
}

/// Insert an article without its search-index row (the caller adds it with [`insert_fts`] in the
/// same transaction); returns its id.
pub fn insert_row(conn: &Connection, a: &NewArticle<'_>) -> Result<i64> {
    conn.prepare_cached(SQL_INSERT_ARTICLE)?.execute(params![
        a.url,
        a.title,
        a.body,
        a.published_at,
        a.published_precision,
        a.published_source,
        a.outlet_id,
        a.lang,
        a.content_hash,
        crate::db::now_iso(),
        a.origin_file,
        a.origin_line,
        a.extracted_version,
    ])?;
    Ok(conn.last_insert_rowid())
}

/// The search-index row of article `id`: its title and body search keys.
pub fn insert_fts(conn: &Connection, id: i64, index_title: &str, index_body: &str) -> Result<()> {
    conn.prepare_cached(SQL_INSERT_FTS)?
        .execute(params![id, index_title, index_body])?;
    Ok(())
}

const SQL_INSERT_ORIGINAL: &str =
    "INSERT INTO article_originals (article_id, title, body) VALUES (?1, ?2, ?3)";

/// Keep an article's title and body as they arrived when the import cleaned markup from them
/// (`article_originals`, V8), so what was cleaned stays recoverable.
pub fn insert_original(conn: &Connection, article_id: i64, title: &str, body: &str) -> Result<()> {
    conn.prepare_cached(SQL_INSERT_ORIGINAL)?
        .execute(params![article_id, title, body])?;
    Ok(())
}

/// What a reindex changed.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ReindexStats {
    /// Articles whose search keys were rebuilt (all of them).
    pub articles: u64,
    /// Articles whose content hash changed.
    pub hashes: u64,
    /// Gazetteer aliases whose search keys changed.
    pub aliases: u64,
}

/// Rebuild what the normalisation derives from stored text: the FTS index, each article's content
/// hash (and the content key its reports keep) and the alias keys, then record the normalisation
/// version in `meta`. One transaction: an interrupted reindex leaves the archive as it was.
pub fn reindex(conn: &Connection) -> Result<ReindexStats> {
    let tx = conn.unchecked_transaction()?;
    let mut stats = ReindexStats::default();
    tx.execute(
        "INSERT INTO articles_fts (articles_fts) VALUES ('delete-all')",
        [],
    )?;
    {
        let mut read =
            tx.prepare("SELECT id, title, body, content_hash FROM articles ORDER BY id")?;
        let mut set_hash = tx.prepare("UPDATE articles SET content_hash = ?2 WHERE id = ?1")?;
        let mut set_key = tx.prepare(
            "UPDATE event_reports SET content_key = ?2 WHERE article_id = ?1 AND content_key IS NOT NULL",
        )?;
        let mut rows = read.query([])?;
        while let Some(r) = rows.next()? {
            let (id, title, body, old): (i64, String, String, String) =
                (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?);
            let (t, b) = (arabic::index_text(&title), arabic::index_text(&body));
            let hash = content_hash(&t, &b);
            insert_fts(&tx, id, &t, &b)?;
            if hash != old {
                set_hash.execute(params![id, hash])?;
                set_key.execute(params![id, content_key(&hash)])?;
                stats.hashes += 1;
            }
            stats.articles += 1;
        }
    }
    {
        let mut read = tx.prepare("SELECT id, alias, norm FROM entity_aliases ORDER BY id")?;
        // Two aliases of one entity that now share a key are one alias: REPLACE keeps the later.
        let mut write =
            tx.prepare("UPDATE OR REPLACE entity_aliases SET norm = ?2 WHERE id = ?1")?;
        let changed: Vec<(i64, String)> = read
            .query_map([], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                ))
            })?
            .filter_map(|row| match row {
                Ok((id, alias, norm)) => {
                    let new = arabic::index_text(&alias);
                    (new != norm && !new.is_empty()).then(|| Ok((id, new)))
                }
                Err(e) => Some(Err(e)),
            })
            .collect::<rusqlite::Result<_>>()?;
        for (id, norm) in changed {
            stats.aliases += write.execute(params![id, norm])? as u64;
        }
    }
    crate::db::set_meta(
        &tx,
        "normalization_version",
        &arabic::NORMALIZATION_VERSION.to_string(),
    )?;
    tx.commit()?;
    Ok(stats)
}

const SQL_OUTLET_BY_NAME: &str = "SELECT id FROM outlets WHERE name = ?1";
const SQL_INSERT_OUTLET: &str = "INSERT INTO outlets (name, entity_id) VALUES (?1, ?2)";
const SQL_OUTLET_ENTITY: &str = "SELECT e.id FROM entity_aliases a JOIN entities e ON e.id = a.entity_id \
     WHERE e.kind = 'outlet' AND (a.norm = ?1 OR a.alias = ?2 COLLATE NOCASE) ORDER BY e.id LIMIT 1";

/// The id of the outlet with this name, created on first sight and linked to the gazetteer outlet
/// whose alias (or domain) matches the name.
pub fn outlet_id(conn: &Connection, name: &str) -> Result<i64> {
    let found: Option<i64> = conn
        .prepare_cached(SQL_OUTLET_BY_NAME)?
        .query_row([name], |r| r.get(0))
        .optional()?;
    if let Some(id) = found {
        return Ok(id);
    }
    let entity: Option<i64> = conn
        .prepare_cached(SQL_OUTLET_ENTITY)?
        .query_row(params![arabic::index_text(name), name.trim()], |r| r.get(0))
        .optional()?;
    conn.prepare_cached(SQL_INSERT_OUTLET)?
        .execute(params![name, entity])?;
    Ok(conn.last_insert_rowid())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_ignores_spelling_variants_and_spacing() {
        let h = |t: &str, b: &str| content_hash(&arabic::index_text(t), &arabic::index_text(b));
        assert_eq!(h("إسرائيل", "نص  طويل"), h("اسرائيل", "نصٌّ، طويل"));
        assert_ne!(h("a", "b"), h("a", "c"));
        assert_ne!(h("ab", "c"), h("a", "bc"), "title and body stay apart");
    }

    #[test]
    fn content_key_is_the_hash_prefix_as_bytes() {
        assert_eq!(
            content_key("0a1bff00deadbeef77"),
            vec![0x0a, 0x1b, 0xff, 0x00, 0xde, 0xad, 0xbe, 0xef]
        );
        assert_eq!(content_key("ab"), vec![0xab]);
    }
}
