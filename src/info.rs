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
    "article_originals",
];

/// Tables with more rows than this are not counted unless asked (`--exact`).
const EXACT_UP_TO: i64 = 100_000;

/// The highest row id of a rowid table; None for WITHOUT ROWID tables.
fn high_water(conn: &Connection, table: &str) -> Result<Option<i64>> {
    let without_rowid: bool = conn.query_row(
        "SELECT sql LIKE '%WITHOUT ROWID%' FROM sqlite_schema WHERE name = ?1",
        [table],
        |r| r.get(0),
    )?;
    if without_rowid {
        return Ok(None);
    }
    let hw: Option<i64> =
        conn.query_row(&format!("SELECT max(rowid) FROM {table}"), [], |r| r.get(0))?;
    Ok(Some(hw.unwrap_or(0)))
}

pub fn info(conn: &Connection, path: &Path, exact: bool, sink: &mut dyn RowSink) -> Result<()> {
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
    let mut estimated = Vec::new();
    for t in TABLES {
        let count = || -> Result<i64> {
            Ok(conn.query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get(0))?)
        };
        let n = match high_water(conn, t)? {
            // Counting walks a whole index: 20 M mention rows take seconds. The highest row id is
            // one look-up, and exact while nothing was deleted.
            Some(hw) if !exact && hw > EXACT_UP_TO => {
                estimated.push(*t);
                Value::Int(hw)
            }
            // WITHOUT ROWID tables have no high-water mark; count them only when they are small.
            None if !exact && high_water(conn, "event_reports")?.unwrap_or(0) > EXACT_UP_TO => {
                estimated.push(*t);
                Value::Null
            }
            _ => Value::Int(count()?),
        };
        rows.push((format!("rows.{t}"), n));
    }
    // What an interrupted import or `marsad extract` left to do (`marsad check` fails on it).
    let waiting: i64 = conn.query_row(crate::check::SQL_UNCLUSTERED, [], |r| r.get(0))?;
    rows.push((
        "reports_waiting_to_be_clustered".into(),
        Value::Int(waiting),
    ));
    if let Some(n) = crate::check::unfinished_extraction(conn)? {
        rows.push((
            "extraction_unfinished".into(),
            Value::Text(format!(
                "{n} article(s) without their rows: run `marsad extract` to finish"
            )),
        ));
    }
    // A scan of every article: only when counting exactly, or when the archive is small.
    if exact || high_water(conn, "articles")?.unwrap_or(0) <= EXACT_UP_TO {
        let n: i64 = conn.query_row(&crate::check::sql_not_extracted(), [], |r| r.get(0))?;
        rows.push(("articles_not_extracted".into(), Value::Int(n)));
    }
    if !estimated.is_empty() {
        rows.push((
            "rows_estimated".into(),
            Value::Text(format!(
                "{} (highest row id, or not counted; `marsad info --exact` counts them)",
                estimated.join(", ")
            )),
        ));
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
