//! `marsad info` and `marsad migrate --list`: what an archive holds.

use std::path::Path;

use anyhow::Result;
use rusqlite::Connection;

use crate::arabic;
use crate::db;
use crate::output::{RowSink, Value};

/// The archive's tables, in the order a reader meets them (the MinHash signature tables and the
/// clustering work list are internal and left out).
pub const TABLES: &[&str] = &[
    "articles",
    "outlets",
    "entities",
    "entity_aliases",
    "mentions",
    "attributions",
    "events",
    "event_reports",
    "event_participants",
    "report_participants",
    "article_relations",
    "entity_within",
];

pub fn info(conn: &Connection, path: &Path, sink: &mut dyn RowSink) -> Result<()> {
    let size = |p: &Path| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0);
    let wal = path.with_file_name(format!(
        "{}-wal",
        path.file_name().unwrap_or_default().to_string_lossy()
    ));
    let mut rows: Vec<(String, Value)> = vec![
        ("path".into(), Value::Text(path.display().to_string())),
        (
            "schema_version".into(),
            Value::Int(db::schema_version(conn)? as i64),
        ),
        (
            "sqlite_version".into(),
            Value::Text(rusqlite::version().to_string()),
        ),
        (
            "normalization_version".into(),
            Value::from(db::get_meta(conn, "normalization_version")?.map(|v| {
                if v == arabic::NORMALIZATION_VERSION.to_string() {
                    v
                } else {
                    format!(
                        "{v} (marsad uses {}: run `marsad reindex`)",
                        arabic::NORMALIZATION_VERSION
                    )
                }
            })),
        ),
        (
            "created_at".into(),
            Value::from(db::get_meta(conn, "created_at")?),
        ),
        (
            "file_bytes".into(),
            Value::Int((size(path) + size(&wal)) as i64),
        ),
    ];
    for t in TABLES {
        let n: i64 = conn.query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get(0))?;
        rows.push((format!("rows.{t}"), Value::Int(n)));
    }
    sink.header(&["key".into(), "value".into()])?;
    for (k, v) in rows {
        sink.row(&[Value::Text(k), v])?;
    }
    sink.finish()
}

pub fn migrations(conn: &Connection, sink: &mut dyn RowSink) -> Result<()> {
    sink.header(&["version", "name", "state", "applied_on"].map(String::from))?;
    for m in db::migration_status(conn)? {
        let state = if m.applied_on.is_some() {
            "applied"
        } else {
            "pending"
        };
        sink.row(&[
            Value::Int(m.version as i64),
            Value::Text(m.name),
            state.into(),
            Value::from(m.applied_on),
        ])?;
    }
    sink.finish()
}

/// Readers cannot rebuild the index; tell them when it was built by another normalisation.
pub fn warn_if_stale_index(conn: &Connection) -> Result<()> {
    let v = db::get_meta(conn, "normalization_version")?;
    if v.as_deref() != Some(&arabic::NORMALIZATION_VERSION.to_string()) {
        eprintln!(
            "warning: the search index was built with normalisation version {}, marsad now uses {}; \
             results may miss matches until you run `marsad reindex`",
            v.unwrap_or_else(|| "?".into()),
            arabic::NORMALIZATION_VERSION
        );
    }
    Ok(())
}

/// Rebuild the FTS index from the stored text, in one transaction.
pub fn reindex(conn: &Connection) -> Result<u64> {
    let tx = conn.unchecked_transaction()?;
    tx.execute(
        "INSERT INTO articles_fts (articles_fts) VALUES ('delete-all')",
        [],
    )?;
    let mut n = 0;
    {
        let mut read = tx.prepare("SELECT id, title, body FROM articles ORDER BY id")?;
        let mut write =
            tx.prepare("INSERT INTO articles_fts (rowid, title, body) VALUES (?1, ?2, ?3)")?;
        let mut rows = read.query([])?;
        while let Some(r) = rows.next()? {
            let (id, title, body): (i64, String, String) = (r.get(0)?, r.get(1)?, r.get(2)?);
            write.execute(rusqlite::params![
                id,
                arabic::index_text(&title),
                arabic::index_text(&body)
            ])?;
            n += 1;
        }
    }
    db::set_meta(
        &tx,
        "normalization_version",
        &arabic::NORMALIZATION_VERSION.to_string(),
    )?;
    tx.commit()?;
    Ok(n)
}
