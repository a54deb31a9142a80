//! Secondary indexes built after a large load instead of row by row.
//!
//! An import that is large against the archive (the first import, say) drops the secondary indexes
//! that its own writes never read, writes its batches, and then builds them again, each in one
//! sorted pass (each index entry inserted row by row is a B-tree descent to a random leaf; a 5k
//! article import with the indexes dropped by hand took 7.6 s of CPU against 9.0 s, and building
//! them 0.2 s). The dropped indexes' definitions are saved in
//! `deferred_indexes` in the same transaction that drops them, and each is rebuilt in a
//! transaction of its own that also deletes its row: whatever kills the import, the archive holds
//! each index or its definition. The next import or `marsad extract` rebuilds what is left
//! ([`rebuild`]); meanwhile the archive answers every query, only slower, and readers are never
//! blocked (WAL: a reader never waits for the writer).

use anyhow::Result;
use rusqlite::{Connection, OptionalExtension};

/// The indexes dropped for a large load: none is read while an import writes (article identity
/// uses `articles_url` and `articles_hash`, links `article_relations_pair`; clustering runs after
/// the rebuild), and no query names one in `INDEXED BY` (which fails without it: test
/// `no_query_forces_a_deferrable_index`).
pub const DEFERRABLE: [&str; 12] = [
    "articles_outlet",
    "mentions_entity",
    "mentions_article",
    "attributions_article",
    "attributions_source",
    "event_reports_event",
    "event_reports_article",
    "event_reports_cluster",
    "event_reports_attribution",
    "report_participants_entity",
    "article_relations_related",
    "article_relations_original",
];

/// An import of fewer bytes never defers (rebuilding costs a pass over each table).
const MIN_BYTES: u64 = 1 << 20;

const SQL_SAVE: &str = "INSERT OR IGNORE INTO deferred_indexes (name, sql) \
     SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name = ?1";
const SQL_PENDING: &str = "SELECT name, sql FROM deferred_indexes ORDER BY name LIMIT 1";
const SQL_EXISTS: &str =
    "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?1)";
const SQL_DONE: &str = "DELETE FROM deferred_indexes WHERE name = ?1";

/// Whether an import of `input_bytes` is large enough against the archive to build the deferrable
/// indexes after it: at least as many bytes as the archive file holds, and at least 1 MiB.
pub fn worth_deferring(conn: &Connection, input_bytes: u64) -> Result<bool> {
    let archive: i64 = conn.query_row(
        "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()",
        [],
        |r| r.get(0),
    )?;
    Ok(input_bytes >= MIN_BYTES && input_bytes >= archive.max(0) as u64)
}

/// Drop the deferrable indexes, saving their definitions (one transaction; outside any other).
pub fn defer(conn: &Connection) -> Result<()> {
    conn.execute_batch("BEGIN IMMEDIATE")?;
    let res = (|| -> Result<()> {
        for name in DEFERRABLE {
            conn.execute(SQL_SAVE, [name])?;
            conn.execute_batch(&format!("DROP INDEX IF EXISTS {name}"))?;
        }
        Ok(())
    })();
    conn.execute_batch(if res.is_ok() { "COMMIT" } else { "ROLLBACK" })?;
    res
}

/// Whether indexes wait to be rebuilt.
pub fn pending(conn: &Connection) -> Result<bool> {
    Ok(conn
        .query_row(SQL_PENDING, [], |r| r.get::<_, String>(0))
        .optional()?
        .is_some())
}

/// Build every deferred index, each in its own transaction (outside any other). The sort spills
/// to temporary files, not memory, and the page cache is cut to the clustering's 16 MB meanwhile,
/// so a 1M-article table keeps the import's peak RSS.
pub fn rebuild(conn: &Connection) -> Result<()> {
    if !pending(conn)? {
        return Ok(());
    }
    let temp_store: i64 = conn.query_row("PRAGMA temp_store", [], |r| r.get(0))?;
    let cache: i64 = conn.query_row("PRAGMA cache_size", [], |r| r.get(0))?;
    conn.pragma_update(None, "temp_store", "FILE")?;
    // The sorter takes as much memory again as the page cache allows: with the import's 64 MB
    // both, the 20k import peaked at 174 MB instead of 132. The clustering that follows uses the
    // small cache too.
    crate::db::shrink_cache(conn)?;
    let res = (|| -> Result<()> {
        while let Some((name, sql)) = conn
            .query_row(SQL_PENDING, [], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
            })
            .optional()?
        {
            conn.execute_batch("BEGIN IMMEDIATE")?;
            let built = (|| -> Result<()> {
                if !conn.query_row(SQL_EXISTS, [&name], |r| r.get::<_, bool>(0))? {
                    conn.execute_batch(&sql)?;
                }
                conn.execute(SQL_DONE, [&name])?;
                Ok(())
            })();
            conn.execute_batch(if built.is_ok() { "COMMIT" } else { "ROLLBACK" })?;
            built?;
        }
        Ok(())
    })();
    conn.pragma_update(None, "temp_store", temp_store)?;
    conn.pragma_update(None, "cache_size", cache)?;
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A reader's query that names a missing index in `INDEXED BY` fails ("no such index"): the
    /// search and canned queries must keep working while an import loads.
    #[test]
    fn no_query_forces_a_deferrable_index() {
        fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
            for e in std::fs::read_dir(dir).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    walk(&p, out);
                } else if p.extension().is_some_and(|x| x == "rs" || x == "sql") {
                    out.push(p);
                }
            }
        }
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = Vec::new();
        walk(&root.join("src"), &mut files);
        walk(&root.join("sql"), &mut files);
        assert!(files.len() > 20);
        let mut forced = 0;
        for f in files {
            let text = std::fs::read_to_string(&f).unwrap().to_lowercase();
            for (i, _) in text.match_indices("indexed by ") {
                let name: String = text[i + 11..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                forced += 1;
                assert!(
                    !DEFERRABLE.contains(&name.as_str()),
                    "{} forces {name}, which an import may drop",
                    f.display()
                );
            }
        }
        assert!(forced > 5, "the scan found the INDEXED BY clauses");
    }

    fn indexes(conn: &Connection) -> Vec<String> {
        let mut st = conn
            .prepare("SELECT name || ':' || sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name")
            .unwrap();
        st.query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap()
    }

    /// Deferring and rebuilding gives back exactly the indexes the migrations made, and a rebuild
    /// stopped half-way finishes on the next call.
    #[test]
    fn rebuild_restores_every_deferred_index() {
        let dir = tempfile::tempdir().unwrap();
        let conn = crate::db::open_write_to(&dir.path().join("a.db"), None).unwrap();
        let before = indexes(&conn);
        for name in DEFERRABLE {
            assert!(
                before.iter().any(|i| i.starts_with(&format!("{name}:"))),
                "{name} is not an index of the archive"
            );
        }
        assert!(!pending(&conn).unwrap());
        defer(&conn).unwrap();
        assert!(pending(&conn).unwrap());
        assert_eq!(indexes(&conn).len(), before.len() - DEFERRABLE.len());
        // An index built whose row stayed (cannot happen in one transaction, but must not fail).
        conn.execute_batch(
            &before
                .iter()
                .find(|i| i.starts_with("mentions_entity:"))
                .unwrap()["mentions_entity:".len()..],
        )
        .unwrap();
        rebuild(&conn).unwrap();
        assert!(!pending(&conn).unwrap());
        assert_eq!(indexes(&conn), before);
        assert_eq!(
            conn.query_row("PRAGMA temp_store", [], |r| r.get::<_, i64>(0))
                .unwrap(),
            0
        );
    }
}
