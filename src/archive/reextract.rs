//! `marsad extract`: re-extract archived articles (after the gazetteer or the rules changed),
//! batched and resumable.
//!
//! A full run first deletes every automatic extraction row (curated rows stay) in one transaction
//! that also records the run (meta keys `extract_resume_after` and `extract_cleared_upto`). A reader
//! thread then reads the articles in id order on its own connection and extracts each batch on
//! rayon's pool, while this thread writes the rows in the import's transactions (`writer`). With
//! each commit go the last article done and each article's `extracted_version`: a run that is
//! killed loses only its open transaction, and the next `marsad extract` carries on after the last
//! commit, so re-running until it completes leaves the tables an uninterrupted run leaves (row ids
//! included). Reports are then clustered (also resumable: the keys stay marked until their events
//! are written), events left without reports deleted and the monthly counts recounted.
//!
//! `--article` runs replace the chosen articles' rows article by article, in the same
//! transactions.

use std::collections::BTreeSet;
use std::sync::Arc;

use anyhow::{anyhow, Context, Result};
use crossbeam_channel::{bounded, Sender};
use rayon::prelude::*;
use rusqlite::{params, Connection, OpenFlags};

use super::near_duplicates::NearDups;
use super::writer::Transactions;
use super::{content_key, counts, events, extraction, gazetteer};
use crate::extract::{self, ArticleView, Extraction, Gazetteer, EXTRACTION_VERSION};
use crate::period::published_day;

/// The meta key holding the last article an unfinished full re-extraction committed.
pub const RESUME_KEY: &str = "extract_resume_after";
/// The meta key holding the highest article id whose rows the full run deleted at its start (later
/// articles, imported while it ran, have rows of their own to replace).
pub const CLEARED_KEY: &str = "extract_cleared_upto";
/// Every automatic extraction row, for a full run (foreign keys then drop the automatic events'
/// participants; reports' links to deleted attributions become NULL).
const SQL_CLEAR_ALL: &str = "
DELETE FROM report_participants WHERE report_id IN (SELECT id FROM event_reports WHERE curated = 0);
DELETE FROM event_reports WHERE curated = 0;
DELETE FROM event_participants WHERE curated = 0 AND event_id IN (SELECT id FROM events WHERE curated = 0);
DELETE FROM events WHERE curated = 0 AND NOT EXISTS (SELECT 1 FROM event_reports r WHERE r.event_id = events.id);
DELETE FROM mentions WHERE curated = 0;
DELETE FROM attributions WHERE curated = 0;
DELETE FROM article_relations;
DELETE FROM article_minhash_bands;
DELETE FROM article_minhash;
DELETE FROM cluster_dirty;";
/// Articles read and extracted at a time.
const BATCH: usize = 256;

/// What a re-extraction found and did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ExtractStats {
    pub articles: usize,
    pub mentions: usize,
    pub attributions: usize,
    pub reports: usize,
    /// Events without reports deleted at the end (left by an earlier interrupted run).
    pub orphans: usize,
    /// Discovered entities deleted at the end because no article names them any more.
    pub unmentioned: usize,
    /// The run resumed an interrupted one after this article id.
    pub resumed_after: Option<i64>,
}

/// Which articles to re-extract.
enum Selection {
    /// Every article with a higher id (a full run, from its resume point).
    After(i64),
    Ids(Vec<i64>),
}

/// Where a full run starts: its resume point and the articles whose rows it cleared, from an
/// interrupted run or, for a new run, after clearing them now.
fn start_full_run(conn: &Connection) -> Result<(Option<i64>, i64)> {
    let meta = |k: &str| -> Result<Option<i64>> {
        Ok(crate::db::get_meta(conn, k)?.and_then(|v| v.parse().ok()))
    };
    if let (Some(after), Some(cleared)) = (meta(RESUME_KEY)?, meta(CLEARED_KEY)?) {
        return Ok((Some(after), cleared));
    }
    let tx = conn.unchecked_transaction()?;
    tx.execute_batch("PRAGMA defer_foreign_keys = ON")?;
    let cleared: i64 = tx.query_row("SELECT COALESCE(max(id), 0) FROM articles", [], |r| {
        r.get(0)
    })?;
    tx.execute_batch(SQL_CLEAR_ALL)?;
    crate::db::set_meta(&tx, RESUME_KEY, "0")?;
    crate::db::set_meta(&tx, CLEARED_KEY, &cleared.to_string())?;
    tx.commit()?;
    Ok((None, cleared))
}

struct Extracted {
    id: i64,
    content_hash: String,
    x: Extraction,
}

const SQL_COUNT_AFTER: &str = "SELECT count(*) FROM articles WHERE id > ?1";
const SQL_READ_AFTER: &str =
    "SELECT a.id, a.title, a.body, a.published_at, a.published_precision, o.name, a.content_hash \
     FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id WHERE a.id > ?1 ORDER BY a.id LIMIT ?2";
const SQL_READ_ONE: &str =
    "SELECT a.id, a.title, a.body, a.published_at, a.published_precision, o.name, a.content_hash \
     FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id WHERE a.id = ?1";
const SQL_SET_VERSION: &str = "UPDATE articles SET extracted_version = ?2 WHERE id = ?1";

/// Re-extract the articles `ids` (all when None: resuming an interrupted full run if there is one).
/// Idempotent: running it twice leaves identical tables. `quiet` hides the progress bars.
///
/// # Errors
/// SQLite errors (the open transaction is rolled back; committed batches stay and a full run resumes
/// after them), an archive that is not a file (the reader needs its own connection), or `ids` while
/// an interrupted full run is unfinished.
pub fn reextract(conn: &Connection, ids: Option<&[i64]>, quiet: bool) -> Result<ExtractStats> {
    crate::db::bulk_load_settings(conn)?;
    // Deletions find an article's rows through them.
    super::bulk::rebuild(conn)?;
    let g = Arc::new(gazetteer::load(conn)?);
    let path = conn
        .path()
        .filter(|p| !p.is_empty())
        .ok_or_else(|| anyhow!("re-extraction needs an archive file"))?
        .to_string();
    let mut stats = ExtractStats::default();
    // Articles up to this id have no automatic rows left to delete (a full run cleared them).
    let mut cleared = 0;
    let (selection, total) = match ids {
        Some(_) if crate::db::get_meta(conn, RESUME_KEY)?.is_some() => {
            // Its resume point would skip deleting rows this run writes.
            anyhow::bail!(
                "an interrupted `marsad extract` of every article is unfinished: run `marsad extract` first"
            )
        }
        Some(ids) => {
            let mut v = ids.to_vec();
            v.sort_unstable();
            v.dedup();
            let n = v.len();
            (Selection::Ids(v), n)
        }
        None => {
            let (resumed, upto) = start_full_run(conn)?;
            stats.resumed_after = resumed;
            cleared = upto;
            let after = resumed.unwrap_or(0);
            let n: i64 = conn.query_row(SQL_COUNT_AFTER, [after], |r| r.get(0))?;
            (Selection::After(after), n as usize)
        }
    };
    let full = matches!(selection, Selection::After(_));
    let mut last = match selection {
        Selection::After(a) => a,
        Selection::Ids(_) => 0,
    };
    let bar = crate::progress::bar(
        total as u64,
        "{spinner} extracting [{bar:40}] {pos}/{len} articles ({per_sec}, {eta})",
        quiet,
        total >= 2000,
    );

    let (batches_tx, batches) = bounded::<Result<Vec<Extracted>>>(4);
    let reader = std::thread::spawn(move || read_and_extract(&path, &g, selection, &batches_tx));
    let mut t = Transactions::new(conn, false)?;
    if !full {
        // Chosen articles: written in id order, but their neighbours' buckets are in the archive.
        t.near = NearDups::archive_only();
    }
    // Entities whose monthly counts change (all of them in a full run: recounted whole).
    let mut named: BTreeSet<i64> = BTreeSet::new();
    let written = (|| -> Result<()> {
        for batch in &batches {
            let batch = batch?;
            t.begin()?;
            for a in &batch {
                if !full || a.id > cleared {
                    named.extend(extraction::delete_derived(conn, a.id)?);
                }
                let mentions = extraction::write_article(
                    conn,
                    &mut t.near,
                    a.id,
                    &content_key(&a.content_hash),
                    &a.x,
                )?;
                named.extend(mentions.keys());
                conn.prepare_cached(SQL_SET_VERSION)?
                    .execute(params![a.id, EXTRACTION_VERSION])?;
                stats.articles += 1;
                stats.mentions += a.x.mentions.len();
                stats.attributions += a.x.attributions.len();
                stats.reports += a.x.events.len();
                last = a.id;
            }
            t.end_batch(batch.len(), |c| resume_point(c, full, last))?;
            bar.inc(batch.len() as u64);
        }
        Ok(())
    })();
    if written.is_err() {
        t.abort()?;
    }
    // The reader stops at its next send once `batches` is gone.
    drop(batches);
    reader
        .join()
        .map_err(|_| anyhow!("the extraction thread panicked"))?;
    written?;
    t.begin()?;
    resume_point(conn, full, last)?;
    t.flush()?;
    bar.finish_and_clear();

    let bar = crate::progress::bar(
        0,
        "{spinner} clustering events [{bar:40}] {pos}/{len} places and months ({eta})",
        quiet,
        total >= 2000,
    );
    t.cluster(|done, all| {
        bar.set_length(all as u64);
        bar.set_position(done as u64);
    })?;
    bar.finish_and_clear();

    let tx = conn.unchecked_transaction()?;
    stats.orphans = events::delete_orphans(&tx)?;
    counts::recount_entities(&tx, (!full).then_some(&named))?;
    // After the recount, whose rows for these entities their deletion takes with it.
    stats.unmentioned =
        super::entities::delete_unmentioned_discovered(&tx, (!full).then_some(&named))?;
    if full {
        tx.execute(
            "DELETE FROM meta WHERE key IN (?1, ?2)",
            [RESUME_KEY, CLEARED_KEY],
        )?;
    }
    tx.commit()?;
    Ok(stats)
}

/// A full run records how far it got, with the batch that got there.
fn resume_point(conn: &Connection, full: bool, last: i64) -> Result<()> {
    if full {
        crate::db::set_meta(conn, RESUME_KEY, &last.to_string())?;
    }
    Ok(())
}

/// The reader thread: batches of articles, extracted in parallel, sent in id order. An error is
/// sent as the last item.
fn read_and_extract(
    path: &str,
    g: &Gazetteer,
    selection: Selection,
    out: &Sender<Result<Vec<Extracted>>>,
) {
    let res = (|| -> Result<()> {
        let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
            .with_context(|| format!("cannot open {path}"))?;
        conn.busy_timeout(crate::db::BUSY_TIMEOUT)?;
        let read = |r: &rusqlite::Row<'_>| -> rusqlite::Result<Article> {
            Ok(Article {
                id: r.get(0)?,
                title: r.get(1)?,
                body: r.get(2)?,
                published_at: r.get(3)?,
                precision: r.get(4)?,
                outlet: r.get(5)?,
                content_hash: r.get(6)?,
            })
        };
        let mut ids = match &selection {
            Selection::Ids(ids) => Some(ids.chunks(BATCH)),
            Selection::After(_) => None,
        };
        let mut after = match selection {
            Selection::After(a) => a,
            Selection::Ids(_) => 0,
        };
        loop {
            let rows: Vec<Article> = match ids.as_mut() {
                Some(chunks) => match chunks.next() {
                    Some(chunk) => {
                        let mut st = conn.prepare_cached(SQL_READ_ONE)?;
                        let mut v = Vec::with_capacity(chunk.len());
                        for id in chunk {
                            v.extend(st.query_map([id], read)?.next().transpose()?);
                        }
                        v
                    }
                    None => break,
                },
                None => conn
                    .prepare_cached(SQL_READ_AFTER)?
                    .query_map(params![after, BATCH as i64], read)?
                    .collect::<rusqlite::Result<_>>()?,
            };
            if ids.is_none() && rows.is_empty() {
                break;
            }
            after = rows.last().map_or(after, |a| a.id);
            let batch: Vec<Extracted> = rows.into_par_iter().map(|a| a.extract(g)).collect();
            if out.send(Ok(batch)).is_err() {
                return Ok(());
            }
        }
        Ok(())
    })();
    if let Err(e) = res {
        let _ = out.send(Err(e));
    }
}

/// An archived article as extraction reads it.
struct Article {
    id: i64,
    title: String,
    body: String,
    published_at: Option<String>,
    precision: String,
    outlet: Option<String>,
    content_hash: String,
}

impl Article {
    fn extract(self, g: &Gazetteer) -> Extracted {
        let view = ArticleView {
            title: crate::limits::extraction_text(&self.title),
            body: crate::limits::extraction_text(&self.body),
            published: published_day(self.published_at.as_deref(), &self.precision),
            outlet: self.outlet.as_deref(),
            annotations: None,
        };
        Extracted {
            id: self.id,
            x: extract::extract_article(g, &view),
            content_hash: self.content_hash,
        }
    }
}
