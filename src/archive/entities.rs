//! The one writer of entities and their aliases: the gazetteer seeding, curation (`marsad entity`)
//! and curated annotations all create entities and aliases here.

use anyhow::Result;
use rusqlite::{params, Connection, OptionalExtension};

use crate::arabic;
use crate::vocab::{AliasKind, EntityKind};

/// Where an entity row comes from (`entities.source`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Gazetteer,
    Curated,
    /// Discovered by the tagger (`extract::Discovered`); shown as origin `discovered`.
    Extracted,
}

impl Source {
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Gazetteer => "gazetteer",
            Source::Curated => "curated",
            Source::Extracted => "extracted",
        }
    }
}

/// The origin users see for a `entities.source` value: 'extracted' rows are 'discovered'.
pub fn origin(source: &str) -> &str {
    if source == "extracted" {
        "discovered"
    } else {
        source
    }
}

/// An entity to create. At least one of the names is required (the schema's CHECK).
pub struct NewEntity<'a> {
    pub key: Option<&'a str>,
    pub kind: EntityKind,
    pub name_ar: Option<&'a str>,
    pub name_en: Option<&'a str>,
    pub source: Source,
    pub note: Option<&'a str>,
}

const SQL_INSERT_ENTITY: &str = "INSERT INTO entities (key, kind, name_ar, name_en, source, note) \
     VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
const SQL_INSERT_ENTITY_IF_NEW: &str =
    "INSERT OR IGNORE INTO entities (key, kind, name_ar, name_en, source, note) \
     VALUES (?1, ?2, ?3, ?4, ?5, ?6)";

/// Insert an entity; returns its id.
///
/// # Errors
/// A key already taken (SQLite's UNIQUE constraint error), or any SQLite error.
pub fn insert(conn: &Connection, e: &NewEntity<'_>) -> Result<i64> {
    write(conn, SQL_INSERT_ENTITY, e)?;
    Ok(conn.last_insert_rowid())
}

/// Insert an entity unless its key is taken or was rejected by an analyst (the gazetteer's
/// idempotent seeding); returns whether it was inserted.
pub fn insert_if_new(conn: &Connection, e: &NewEntity<'_>) -> Result<bool> {
    if let Some(k) = e.key {
        if is_rejected(conn, k)? {
            return Ok(false);
        }
    }
    Ok(write(conn, SQL_INSERT_ENTITY_IF_NEW, e)? > 0)
}

const SQL_IS_REJECTED: &str = "SELECT EXISTS (SELECT 1 FROM entity_rejections WHERE key = ?1)";

/// Did an analyst reject the entity with this key (`marsad entity reject`)?
pub fn is_rejected(conn: &Connection, key: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached(SQL_IS_REJECTED)?
        .query_row([key], |r| r.get(0))?)
}

const SQL_REDIRECT: &str = "SELECT entity_id FROM entity_redirects WHERE key = ?1";

/// The entity of a discovered name (`extract::Discovered`): the archive's row with its key, the
/// entity it was merged into, or a new row (source 'extracted', its name as Arabic name and alias).
/// None when an analyst rejected the name. One row per normalised name and kind, whatever the
/// article: this is how the same person named in a thousand articles is one entity.
pub fn discovered(conn: &Connection, d: &crate::extract::Discovered) -> Result<Option<i64>> {
    let key = d.key();
    if let Some(id) = by_key(conn, &key)? {
        return Ok(Some(id));
    }
    if let Some(id) = conn
        .prepare_cached(SQL_REDIRECT)?
        .query_row([&key], |r| r.get(0))
        .optional()?
    {
        return Ok(Some(id));
    }
    if is_rejected(conn, &key)? {
        return Ok(None);
    }
    let id = insert(
        conn,
        &NewEntity {
            key: Some(&key),
            kind: d.kind,
            name_ar: Some(&d.name),
            name_en: None,
            source: Source::Extracted,
            note: None,
        },
    )?;
    insert_alias(conn, id, &d.name, alias_lang(&d.name), AliasKind::Name)?;
    Ok(Some(id))
}

const SQL_ADOPT: &str = "UPDATE entities SET source = 'curated', name_en = COALESCE(name_en, ?2) \
     WHERE id = ?1 AND source = 'extracted'";

/// A hand annotation names a discovered entity: it becomes curated (with the annotation's English
/// name when it had none). Returns `id`.
pub fn adopt(conn: &Connection, id: i64, name_en: Option<&str>) -> Result<i64> {
    conn.prepare_cached(SQL_ADOPT)?
        .execute(params![id, name_en])?;
    Ok(id)
}

const SQL_BLOCKS: &str = "SELECT entity_id, norm FROM entity_blocks";
const SQL_REJECTED_DISCOVERED: &str =
    "SELECT key FROM entity_rejections WHERE key LIKE 'discovered:%'";

/// The corrections extraction applies, from the curation tables (V14).
pub fn curation(conn: &Connection) -> Result<crate::extract::tagger::link::Curation> {
    let mut c = crate::extract::tagger::link::Curation::default();
    let mut st = conn.prepare(SQL_BLOCKS)?;
    for row in st.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))? {
        c.blocked.insert(row?);
    }
    let mut st = conn.prepare(SQL_REJECTED_DISCOVERED)?;
    for row in st.query_map([], |r| r.get::<_, String>(0))? {
        c.rejected.insert(row?);
    }
    Ok(c)
}

fn write(conn: &Connection, sql: &str, e: &NewEntity<'_>) -> Result<usize> {
    Ok(conn.prepare_cached(sql)?.execute(params![
        e.key,
        e.kind.as_str(),
        e.name_ar,
        e.name_en,
        e.source.as_str(),
        e.note
    ])?)
}

const SQL_ENTITY_BY_KEY: &str = "SELECT id FROM entities WHERE key = ?1";

/// The entity with this stable key.
pub fn by_key(conn: &Connection, key: &str) -> Result<Option<i64>> {
    Ok(conn
        .prepare_cached(SQL_ENTITY_BY_KEY)?
        .query_row([key], |r| r.get(0))
        .optional()?)
}

const SQL_BY_ALIAS: &str =
    "SELECT e.id FROM entity_aliases a JOIN entities e ON e.id = a.entity_id \
     WHERE a.norm = ?1 ORDER BY (e.kind = ?2) DESC, e.id LIMIT 1";

/// The entity with an alias whose search key equals `name`'s, preferring one of `kind`, then the
/// oldest.
pub fn by_alias(conn: &Connection, name: &str, kind: EntityKind) -> Result<Option<i64>> {
    Ok(conn
        .prepare_cached(SQL_BY_ALIAS)?
        .query_row(params![arabic::index_text(name), kind.as_str()], |r| {
            r.get(0)
        })
        .optional()?)
}

/// 'ar' for an alias written in Arabic script, else 'en'.
pub fn alias_lang(alias: &str) -> &'static str {
    if alias
        .chars()
        .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
    {
        "ar"
    } else {
        "en"
    }
}

const SQL_INSERT_ALIAS: &str =
    "INSERT OR IGNORE INTO entity_aliases (entity_id, alias, norm, lang, kind) \
     VALUES (?1, ?2, ?3, ?4, ?5)";

/// Give an entity an alias; its matching key (`norm`) is the alias's search form. Returns false
/// when the entity already has an alias with that key, or the alias has no letters or digits (no
/// key to match).
pub fn insert_alias(
    conn: &Connection,
    entity_id: i64,
    alias: &str,
    lang: &str,
    kind: AliasKind,
) -> Result<bool> {
    let alias = alias.trim();
    let norm = arabic::index_text(alias);
    if norm.trim().is_empty() {
        return Ok(false);
    }
    Ok(conn.prepare_cached(SQL_INSERT_ALIAS)?.execute(params![
        entity_id,
        alias,
        norm,
        lang,
        kind.as_str()
    ])? > 0)
}

const SQL_INSERT_WITHIN: &str =
    "INSERT OR IGNORE INTO entity_within (entity_id, parent_id) VALUES (?1, ?2)";

/// Record that place `entity_id` lies within `parent_id`.
pub fn insert_within(conn: &Connection, entity_id: i64, parent_id: i64) -> Result<()> {
    conn.prepare_cached(SQL_INSERT_WITHIN)?
        .execute(params![entity_id, parent_id])?;
    Ok(())
}

/// Discovered entities no mention names any more (when `among` is given, only those ids).
const SQL_UNMENTIONED_DISCOVERED: &str = "SELECT id FROM entities e WHERE source = 'extracted' \
     AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = e.id)";
/// Of the candidates in `temp.unmentioned`, delete those no other row refers to (curated rows,
/// outlets, analysts' blocks and redirects keep theirs). One scan per referring table.
const SQL_DELETE_UNREFERENCED: &str =
    "DELETE FROM entities WHERE id IN temp.unmentioned AND id NOT IN (
    SELECT source_entity_id FROM attributions WHERE source_entity_id IS NOT NULL
    UNION ALL SELECT via_entity_id FROM attributions WHERE via_entity_id IS NOT NULL
    UNION ALL SELECT entity_id FROM report_participants
    UNION ALL SELECT entity_id FROM event_participants
    UNION ALL SELECT place_entity_id FROM event_reports WHERE place_entity_id IS NOT NULL
    UNION ALL SELECT place_entity_id FROM events WHERE place_entity_id IS NOT NULL
    UNION ALL SELECT entity_id FROM outlets WHERE entity_id IS NOT NULL
    UNION ALL SELECT original_entity_id FROM article_relations WHERE original_entity_id IS NOT NULL
    UNION ALL SELECT entity_id FROM entity_blocks
    UNION ALL SELECT entity_id FROM entity_redirects
    UNION ALL SELECT parent_id FROM entity_within)";

/// Delete the discovered entities (origin `discovered`, never gazetteer or curated ones) that
/// re-extraction left without a mention or any other row referring to them: the tagger no longer
/// finds the name, so the row would list a person or place no article names. `among` limits the
/// check to these ids (the entities an `--article` run's deleted mentions named); None checks
/// every discovered entity (a full run). Their aliases and monthly counts go with them (foreign
/// keys). Returns how many were deleted.
///
/// # Errors
/// SQLite errors.
pub fn delete_unmentioned_discovered(
    conn: &Connection,
    among: Option<&std::collections::BTreeSet<i64>>,
) -> Result<usize> {
    let candidates: Vec<i64> = match among {
        None => conn
            .prepare_cached(SQL_UNMENTIONED_DISCOVERED)?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?,
        Some(among) => {
            let mut st =
                conn.prepare_cached(&format!("{SQL_UNMENTIONED_DISCOVERED} AND id = ?1"))?;
            let mut v = Vec::new();
            for id in among {
                if st.exists([id])? {
                    v.push(*id);
                }
            }
            v
        }
    };
    if candidates.is_empty() {
        return Ok(0);
    }
    conn.execute_batch("CREATE TEMP TABLE IF NOT EXISTS unmentioned (id INTEGER PRIMARY KEY)")?;
    conn.execute("DELETE FROM temp.unmentioned", [])?;
    let mut ins = conn.prepare_cached("INSERT INTO temp.unmentioned (id) VALUES (?1)")?;
    for id in &candidates {
        ins.execute([id])?;
    }
    let n = conn.execute(SQL_DELETE_UNREFERENCED, [])?;
    conn.execute("DELETE FROM temp.unmentioned", [])?;
    Ok(n)
}
