//! Monthly mention counts (`entity_months`): kept by the writer at each commit, recounted from the
//! mentions after re-extraction or a merge.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use anyhow::Result;
use rusqlite::{params, Connection};

const SQL_MONTH_ADD: &str = "INSERT INTO entity_months (entity_id, month, articles, mentions) \
     VALUES (?1, ?2, ?3, ?4) ON CONFLICT (entity_id, month) DO UPDATE \
     SET articles = articles + excluded.articles, mentions = mentions + excluded.mentions";
const SQL_MONTHS_CLEAR_ALL: &str = "DELETE FROM entity_months";
const SQL_MONTHS_CLEAR: &str = "DELETE FROM entity_months WHERE entity_id = ?1";
/// Counts from the mentions, for the rows `$filter` keeps. The month key is `period::month_key`
/// in SQL.
macro_rules! recount {
    ($filter:literal) => {
        concat!(
            "INSERT INTO entity_months (entity_id, month, articles, mentions) \
             SELECT m.entity_id, COALESCE(substr(a.published_at, 1, 7), ''), \
             count(DISTINCT m.article_id), sum(m.n) \
             FROM mentions m JOIN articles a ON a.id = m.article_id ",
            $filter,
            " GROUP BY 1, 2"
        )
    };
}
const SQL_MONTHS_RECOUNT_ALL: &str = recount!("");
const SQL_MONTHS_RECOUNT: &str = recount!("WHERE m.entity_id = ?1");

/// Per-month mention counts accumulated by the writer and added at each commit.
#[derive(Default)]
pub struct MonthCounts(HashMap<(i64, String), (i64, i64)>);

impl MonthCounts {
    /// One article published in `month` ('YYYY-MM', '' when undated: `period::month_key`) named
    /// these entities (entity id → occurrences).
    pub fn add(&mut self, month: &str, mentions: &BTreeMap<i64, i64>) {
        for (&entity, &n) in mentions {
            let c = self.0.entry((entity, month.to_string())).or_default();
            c.0 += 1;
            c.1 += n;
        }
    }

    /// Write and forget the counts (inside the transaction that wrote the mentions).
    pub fn flush(&mut self, conn: &Connection) -> Result<()> {
        let mut st = conn.prepare_cached(SQL_MONTH_ADD)?;
        for ((entity, month), (articles, mentions)) in self.0.drain() {
            st.execute(params![entity, month, articles, mentions])?;
        }
        Ok(())
    }

    /// Forget the counts of a rolled-back transaction.
    pub fn clear(&mut self) {
        self.0.clear();
    }
}

/// Recount `entity_months` from the mentions: for these entities, or all.
pub fn recount_entities(conn: &Connection, entities: Option<&BTreeSet<i64>>) -> Result<()> {
    match entities {
        None => {
            conn.execute(SQL_MONTHS_CLEAR_ALL, [])?;
            conn.execute(SQL_MONTHS_RECOUNT_ALL, [])?;
        }
        Some(ids) => {
            for id in ids {
                conn.prepare_cached(SQL_MONTHS_CLEAR)?.execute([id])?;
                conn.prepare_cached(SQL_MONTHS_RECOUNT)?.execute([id])?;
            }
        }
    }
    Ok(())
}
