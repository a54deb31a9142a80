//! The transaction and commit policy of every bulk write (the import and `marsad extract`): the
//! writer owns the transaction, callers cannot forget it.
//!
//! One transaction per batch of articles, committed after COMMIT_ARTICLES articles or COMMIT_SECS,
//! whichever comes first (always at a batch boundary); or one transaction for everything
//! (`--strict`). Bigger transactions write each hot index page and the search index's segment once
//! per commit instead of once per batch; readers still see new articles within seconds.

use std::time::{Duration, Instant};

use anyhow::Result;
use rusqlite::Connection;

use super::articles;
use super::counts::MonthCounts;
use super::events;
use super::near_duplicates::NearDups;

/// Articles per commit (at most).
pub const COMMIT_ARTICLES: usize = 2048;
/// Seconds between commits (at most, at batch boundaries).
pub const COMMIT_SECS: u64 = 2;
/// Clustering commits after this many reports (or COMMIT_SECS).
pub const COMMIT_REPORTS: usize = 50_000;

/// An open-or-not write transaction with the commit policy above, and the monthly mention counts
/// of its rows (written just before each commit).
pub struct Transactions<'c> {
    conn: &'c Connection,
    /// One transaction for everything.
    whole: bool,
    in_tx: bool,
    /// Articles (or reports, while clustering) written since the last commit, and when it was.
    pending: usize,
    since: Instant,
    pub months: MonthCounts,
    /// The run's near-duplicate buckets; their band rows land with each batch.
    pub near: NearDups,
    /// Search-index rows (article id, title keys, body keys) of the batch, inserted at its end.
    fts: Vec<(i64, String, String)>,
}

impl<'c> Transactions<'c> {
    /// With `whole`, the one transaction begins now and ends in [`Transactions::cluster`] (or
    /// [`Transactions::abort`]).
    pub fn new(conn: &'c Connection, whole: bool) -> Result<Self> {
        if whole {
            conn.execute_batch("BEGIN IMMEDIATE")?;
        }
        Ok(Transactions {
            conn,
            whole,
            in_tx: whole,
            pending: 0,
            since: Instant::now(),
            months: MonthCounts::default(),
            near: NearDups::held(),
            fts: Vec::new(),
        })
    }

    /// The connection the transactions are on (write through it between `begin` and `end_batch`).
    pub fn conn(&self) -> &'c Connection {
        self.conn
    }

    /// Make sure a transaction is open (before a batch's writes).
    pub fn begin(&mut self) -> Result<()> {
        if !self.in_tx {
            self.conn.execute_batch("BEGIN IMMEDIATE")?;
            self.in_tx = true;
        }
        Ok(())
    }

    fn due(&self, limit: usize) -> bool {
        self.pending >= limit || self.since.elapsed() >= Duration::from_secs(COMMIT_SECS)
    }

    /// The search-index row of article `id`, written (in this transaction) at the batch's end.
    ///
    /// FTS5 moves its pending terms to a new index segment at every statement savepoint, and
    /// SQLite opens one for each later insert into a table with indexes and constraints: row by
    /// row, every article became a segment of its own, merged again and again (8% of a 5k
    /// import's CPU). A batch's rows together make one segment.
    pub fn defer_fts(&mut self, id: i64, title: &str, body: &str) {
        self.fts.push((id, title.to_string(), body.to_string()));
    }

    fn write_fts(&mut self) -> Result<()> {
        for (id, title, body) in self.fts.drain(..) {
            articles::insert_fts(self.conn, id, &title, &body)?;
        }
        Ok(())
    }

    fn commit(&mut self) -> Result<()> {
        self.write_fts()?;
        self.pending = 0;
        self.since = Instant::now();
        self.months.flush(self.conn)?;
        self.conn.execute_batch("COMMIT")?;
        self.in_tx = false;
        Ok(())
    }

    /// A batch of `articles` is written: commit when due. `before_commit` writes what must land
    /// with the batch (a resume point). Returns whether it committed.
    pub fn end_batch(
        &mut self,
        articles: usize,
        before_commit: impl FnOnce(&Connection) -> Result<()>,
    ) -> Result<bool> {
        if self.in_tx {
            self.write_fts()?;
            self.near.flush(self.conn)?;
        }
        self.pending += articles;
        if self.whole || !self.in_tx || !self.due(COMMIT_ARTICLES) {
            return Ok(false);
        }
        before_commit(self.conn)?;
        self.commit()?;
        Ok(true)
    }

    /// Commit what is pending (under `whole`, nothing: the one transaction goes on).
    pub fn flush(&mut self) -> Result<()> {
        if self.in_tx {
            self.write_fts()?;
            self.near.flush(self.conn)?;
        }
        if self.in_tx && !self.whole {
            self.commit()?;
        }
        Ok(())
    }

    /// Merge the reports waiting for clustering (this run's and any an interrupted run left) into
    /// events, committing between places as often as the batches (under `whole`, the transaction
    /// commits at the end): each place's events land with its cleared dirty keys. Ends the
    /// transaction. `progress` gets (keys done, keys in all) after each place.
    pub fn cluster(&mut self, mut progress: impl FnMut(usize, usize)) -> Result<()> {
        self.begin()?;
        self.write_fts()?;
        self.near.flush(self.conn)?;
        // The buckets' memory goes to clustering.
        self.near.forget();
        self.months.flush(self.conn)?;
        // Clustering reads each place's reports once, so a large page cache buys little there, and
        // the memory it frees holds the busiest month's reports instead (187k at 1M articles): the
        // 1M import peaked at 202 MB with the cache left at 64 MB.
        crate::db::shrink_cache(self.conn)?;
        let whole = self.whole;
        events::recluster_dirty_with(self.conn, |p| {
            progress(p.keys_done, p.keys_total);
            self.pending += p.reports;
            if !whole && self.due(COMMIT_REPORTS) {
                self.pending = 0;
                self.since = Instant::now();
                self.conn.execute_batch("COMMIT; BEGIN IMMEDIATE")?;
            }
            Ok(())
        })?;
        self.conn.execute_batch("COMMIT")?;
        self.in_tx = false;
        Ok(())
    }

    /// Roll back what is not committed, and forget its counts.
    pub fn abort(&mut self) -> Result<()> {
        self.months.clear();
        self.fts.clear();
        // The rolled-back articles' ids may be written again.
        self.near.forget();
        if self.in_tx {
            self.conn.execute_batch("ROLLBACK")?;
            self.in_tx = false;
        }
        Ok(())
    }
}
