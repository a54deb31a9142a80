//! `marsad reindex`: rebuild what the Arabic normalisation derives from stored text, after a new
//! marsad changed it (`arabic::NORMALIZATION_VERSION`; `marsad check` and `marsad info` say when).
//!
//! Rebuilt, in one transaction: the full-text index (search keys of every title and body), each
//! article's content hash (the identity of an article without a URL, and the content key its event
//! reports keep) and the search keys of every gazetteer alias. Extraction results (mentions, meetings,
//! republications) are not re-run here: `marsad extract` does that.

use std::path::Path;

use anyhow::Result;
use rusqlite::{params, Connection};

use crate::arabic;
use crate::db::{self, Mode};

/// `marsad reindex` takes no arguments of its own.
#[derive(clap::Args, Debug)]
#[command(after_help = "Examples:\n  \
    marsad check            # says 'normalisation version … run marsad reindex' when it is due\n  \
    marsad reindex          # rebuild search keys, content hashes and alias keys\n  \
    marsad extract          # then re-run extraction so mentions use the new keys too\n\n\
    Safe to run at any time: it only rewrites derived keys, never the article text.")]
pub struct Args {}

/// What a reindex changed.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Stats {
    /// Articles whose search keys were rebuilt (all of them).
    pub articles: u64,
    /// Articles whose content hash changed.
    pub hashes: u64,
    /// Gazetteer aliases whose search keys changed.
    pub aliases: u64,
}

/// Reindex the archive at `path` and report what changed on stderr; exit status 0. Errors: the
/// archive cannot be opened for writing, or SQLite fails (nothing is changed then).
pub fn run(_args: &Args, path: &Path) -> Result<i32> {
    let conn = db::open(path, Mode::Write)?;
    let s = reindex(&conn)?;
    eprintln!(
        "rebuilt the search index over {} article(s); {} content hash(es) and {} alias key(s) changed; \
         normalisation version {} (run `marsad extract` to refresh mentions too)",
        s.articles,
        s.hashes,
        s.aliases,
        arabic::NORMALIZATION_VERSION
    );
    Ok(0)
}

/// Rebuild the FTS index, content hashes and alias keys with the current normalisation, and record
/// its version in `meta`. One transaction: an interrupted reindex leaves the archive as it was.
pub fn reindex(conn: &Connection) -> Result<Stats> {
    let tx = conn.unchecked_transaction()?;
    let mut stats = Stats::default();
    tx.execute(
        "INSERT INTO articles_fts (articles_fts) VALUES ('delete-all')",
        [],
    )?;
    {
        let mut read =
            tx.prepare("SELECT id, title, body, content_hash FROM articles ORDER BY id")?;
        let mut write =
            tx.prepare("INSERT INTO articles_fts (rowid, title, body) VALUES (?1, ?2, ?3)")?;
        let mut set_hash = tx.prepare("UPDATE articles SET content_hash = ?2 WHERE id = ?1")?;
        let mut set_key = tx.prepare(
            "UPDATE event_reports SET content_key = ?2 WHERE article_id = ?1 AND content_key IS NOT NULL",
        )?;
        let mut rows = read.query([])?;
        while let Some(r) = rows.next()? {
            let (id, title, body, old): (i64, String, String, String) =
                (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?);
            let (t, b) = (arabic::index_text(&title), arabic::index_text(&body));
            let hash = crate::ingest::content_hash(&t, &b);
            write.execute(params![id, t, b])?;
            if hash != old {
                set_hash.execute(params![id, hash])?;
                set_key.execute(params![id, crate::ingest::content_key(&hash)])?;
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
    db::set_meta(
        &tx,
        "normalization_version",
        &arabic::NORMALIZATION_VERSION.to_string(),
    )?;
    tx.commit()?;
    Ok(stats)
}
