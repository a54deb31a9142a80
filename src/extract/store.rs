//! Writing extraction results, inside the import's transaction.

use anyhow::Result;
use rusqlite::{Connection, OptionalExtension};

use super::Extraction;

pub fn write_article(_conn: &Connection, _article_id: i64, _x: &Extraction) -> Result<()> {
    Ok(())
}

/// The id of the outlet with this name, created on first sight.
pub fn outlet_id(conn: &Connection, name: &str) -> Result<i64> {
    let found: Option<i64> = conn
        .prepare_cached("SELECT id FROM outlets WHERE name = ?1")?
        .query_row([name], |r| r.get(0))
        .optional()?;
    if let Some(id) = found {
        return Ok(id);
    }
    conn.prepare_cached("INSERT INTO outlets (name) VALUES (?1)")?
        .execute([name])?;
    Ok(conn.last_insert_rowid())
}
