//! `marsad import`: read sources, prepare articles in parallel, write them through one SQLite writer.
//!
//! Three stages joined by bounded channels, so memory stays flat whatever the input size:
//!   reader thread  → batches of raw records (one source after another, in order)
//!   prepare thread → validates, normalises and extracts each batch on rayon's pool (both cores)
//!   writer (caller) → one transaction per batch; `--strict` turns the whole import into one transaction.
//!
//! Identity rule: an article with a URL is the same article as any archived one with that URL; an
//! article without one is the same as any archived article whose normalised title + body hash matches.
//! A known URL whose text changed is reported and the archived version kept (the archive never rewrites
//! what analysts may already have annotated).

mod clean;
pub mod formats;
mod prepare;

pub use prepare::{content_hash, content_key};

use std::io::{BufReader, IsTerminal, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use anyhow::{anyhow, bail, Context, Result};
use crossbeam_channel::bounded;
use rayon::prelude::*;
use rusqlite::{params, Connection, OptionalExtension};

use crate::extract;
pub use formats::InputFormat;
use formats::{Item, ReadCtx};
pub use prepare::{parse_date_arg as prepare_date_arg, Defaults, Prepared};

const BATCH: usize = 256;
/// The writer commits after this many articles, or after COMMIT_SECS, whichever comes first (always
/// at a batch boundary). Bigger transactions write each hot index page and the search index's
/// segment once per commit instead of once per batch; readers still see new articles within seconds.
const COMMIT_ARTICLES: usize = 2048;
const COMMIT_SECS: u64 = 2;
/// Clustering at the end of an import commits after this many reports (or COMMIT_SECS).
const COMMIT_REPORTS: usize = 50_000;
/// Past this many, bad-record reports are counted, not printed: a systematic problem in a large file
/// would otherwise bury the terminal.
const MAX_REPORTS: u64 = 100;

#[derive(Debug, Clone)]
pub struct ImportOptions {
    pub format: Option<InputFormat>,
    pub defaults: Defaults,
    pub strict: bool,
    pub max_record: usize,
    pub extract: bool,
    pub quiet: bool,
    /// CSV/TSV field separator; None: told by each file's header line.
    pub delimiter: Option<u8>,
}

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Summary {
    pub imported: u64,
    pub duplicates: u64,
    pub changed: u64,
    pub failed: u64,
    /// Imported articles whose title or body had HTML/XML markup removed.
    pub cleaned: u64,
    pub aborted: bool,
}

/// One input: a file with its format, or standard input.
#[derive(Debug, Clone)]
struct Source {
    path: Option<PathBuf>,
    format: InputFormat,
}

impl Source {
    fn label(&self) -> Arc<str> {
        match &self.path {
            Some(p) => p.display().to_string().into(),
            None => "<stdin>".into(),
        }
    }
}

enum Staged {
    Ok(Box<Prepared>),
    Bad(formats::Origin, String),
    Notice(String),
}

/// Reports go to stderr as they happen, in input order.
fn report(line: &str) {
    eprintln!("{line}");
}

pub fn run(conn: &mut Connection, paths: &[PathBuf], opts: &ImportOptions) -> Result<Summary> {
    let (sources, notices) = collect_sources(paths, opts.format)?;
    for n in &notices {
        report(n);
    }
    let total_bytes: u64 = sources
        .iter()
        .filter_map(|s| {
            s.path
                .as_ref()
                .and_then(|p| p.metadata().ok())
                .map(|m| m.len())
        })
        .sum();
    let progress = progress_bar(total_bytes, opts.quiet);

    crate::db::bulk_load_settings(conn)?;
    let gazetteer = if opts.extract {
        Some(Arc::new(extract::Gazetteer::load(conn)?))
    } else {
        None
    };

    let (raw_tx, raw_rx) = bounded::<Vec<Item>>(4);
    let (prep_tx, prep_rx) = bounded::<Vec<Staged>>(4);
    let bytes_done = Arc::new(AtomicU64::new(0));

    let reader = {
        let (sources, opts, bytes_done) = (sources.clone(), opts.clone(), bytes_done.clone());
        std::thread::spawn(move || -> Result<()> {
            let mut batch = Vec::with_capacity(BATCH);
            let mut base = 0u64;
            for src in &sources {
                let file_done = AtomicU64::new(0);
                let progress = |n: u64| {
                    file_done.store(n, Ordering::Relaxed);
                    bytes_done.store(base + n, Ordering::Relaxed);
                };
                let mut emit = |item: Item| -> Result<()> {
                    batch.push(item);
                    if batch.len() >= BATCH {
                        raw_tx
                            .send(std::mem::take(&mut batch))
                            .map_err(|_| anyhow!("import stopped"))?;
                    }
                    Ok(())
                };
                let mut ctx = ReadCtx::new(src.label(), opts.max_record, &mut emit, &progress);
                read_source(src, opts.delimiter, &mut ctx)?;
                drop(ctx);
                base += file_done.load(Ordering::Relaxed);
            }
            if !batch.is_empty() {
                raw_tx.send(batch).map_err(|_| anyhow!("import stopped"))?;
            }
            Ok(())
        })
    };

    let preparer = {
        let (defaults, gazetteer) = (opts.defaults.clone(), gazetteer.clone());
        std::thread::spawn(move || {
            for batch in raw_rx {
                let staged: Vec<Staged> = batch
                    .into_par_iter()
                    .map(|item| match item {
                        Item::Record(origin, raw) => {
                            match prepare::prepare(origin.clone(), raw, &defaults) {
                                Ok(mut p) => {
                                    if let Some(g) = &gazetteer {
                                        p.extraction =
                                            Some(extract::extract_article(g, &p.article()));
                                    }
                                    Staged::Ok(Box::new(p))
                                }
                                Err(why) => Staged::Bad(origin, why),
                            }
                        }
                        Item::Bad(o, why) => Staged::Bad(o, why),
                        Item::Notice(n) => Staged::Notice(n),
                    })
                    .collect();
                if prep_tx.send(staged).is_err() {
                    return;
                }
            }
        })
    };

    let mut summary = Summary::default();
    let result = write_all(conn, prep_rx, opts, &mut summary, &progress, &bytes_done);
    progress.finish_and_clear();
    // The writer may have stopped early (--strict); readers then see closed channels and stop too.
    let read_result = reader
        .join()
        .map_err(|_| anyhow!("the reader thread panicked"))?;
    preparer
        .join()
        .map_err(|_| anyhow!("the prepare thread panicked"))?;
    result?;
    if !summary.aborted {
        read_result?;
    }
    Ok(summary)
}

fn write_all(
    conn: &mut Connection,
    batches: crossbeam_channel::Receiver<Vec<Staged>>,
    opts: &ImportOptions,
    summary: &mut Summary,
    progress: &indicatif::ProgressBar,
    bytes_done: &AtomicU64,
) -> Result<()> {
    let mut writer = Writer::new(conn, opts.strict)?;
    for batch in batches {
        writer.begin_batch()?;
        let n = batch.len();
        for staged in batch {
            match staged {
                Staged::Notice(n) => progress.suspend(|| report(&n)),
                Staged::Bad(origin, why) => {
                    summary.failed += 1;
                    if summary.failed <= MAX_REPORTS {
                        progress.suspend(|| report(&format!("{origin}: {why}")));
                    } else if summary.failed == MAX_REPORTS + 1 {
                        progress
                            .suspend(|| report("… further bad records are counted but not listed"));
                    }
                    if opts.strict {
                        writer.abort()?;
                        summary.aborted = true;
                        summary.imported = 0;
                        return Ok(());
                    }
                }
                Staged::Ok(p) => match writer.write(&p)? {
                    Outcome::Inserted => {
                        summary.imported += 1;
                        summary.cleaned += p.original.is_some() as u64;
                    }
                    Outcome::Duplicate => summary.duplicates += 1,
                    Outcome::Changed(id) => {
                        summary.changed += 1;
                        let msg = format!(
                            "{}: URL {} is already archived as article {id} with different text; kept the archived version",
                            p.origin,
                            p.url.as_deref().unwrap_or("")
                        );
                        progress.suspend(|| report(&msg));
                    }
                },
            }
        }
        writer.end_batch(n)?;
        progress.set_position(bytes_done.load(Ordering::Relaxed));
    }
    progress.set_position(progress.length().unwrap_or(0));
    writer.finish(progress)
}

enum Outcome {
    Inserted,
    Duplicate,
    Changed(i64),
}

/// The single writer. Owns the transaction discipline: a transaction per batch, or one for everything.
struct Writer<'c> {
    conn: &'c Connection,
    strict: bool,
    in_tx: bool,
    /// Articles written since the last commit, and when it was.
    pending: usize,
    since: std::time::Instant,
    /// Mention counts of the open transaction, written just before it commits.
    months: extract::store::MonthCounts,
    outlets: std::collections::HashMap<String, i64>,
}

const SQL_BY_URL: &str = "SELECT id, content_hash FROM articles WHERE url = ?1";
/// Identity of an article without a URL (matches the partial index articles_hash).
const SQL_BY_HASH: &str = "SELECT id FROM articles WHERE content_hash = ?1 AND url IS NULL LIMIT 1";
const SQL_INSERT_ARTICLE: &str =
    "INSERT INTO articles (url, title, body, published_at, published_precision, \
     published_source, outlet_id, lang, content_hash, imported_at, origin_file, origin_line, extracted_version) \
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)";
const SQL_INSERT_FTS: &str = "INSERT INTO articles_fts (rowid, title, body) VALUES (?1, ?2, ?3)";
const SQL_INSERT_ORIGINAL: &str =
    "INSERT INTO article_originals (article_id, title, body) VALUES (?1, ?2, ?3)";

impl<'c> Writer<'c> {
    fn new(conn: &'c Connection, strict: bool) -> Result<Self> {
        if strict {
            // One IMMEDIATE transaction for the whole import: all or nothing.
            conn.execute_batch("BEGIN IMMEDIATE")?;
        }
        Ok(Writer {
            conn,
            strict,
            in_tx: strict,
            pending: 0,
            since: std::time::Instant::now(),
            months: Default::default(),
            outlets: Default::default(),
        })
    }

    fn begin_batch(&mut self) -> Result<()> {
        if !self.in_tx {
            self.conn.execute_batch("BEGIN IMMEDIATE")?;
            self.in_tx = true;
        }
        Ok(())
    }

    fn end_batch(&mut self, articles: usize) -> Result<()> {
        self.pending += articles;
        let due = self.pending >= COMMIT_ARTICLES
            || self.since.elapsed() >= std::time::Duration::from_secs(COMMIT_SECS);
        if !self.strict && self.in_tx && due {
            self.pending = 0;
            self.since = std::time::Instant::now();
            self.months.flush(self.conn)?;
            self.conn.execute_batch("COMMIT")?;
            self.in_tx = false;
        }
        Ok(())
    }

    fn finish(&mut self, progress: &indicatif::ProgressBar) -> Result<()> {
        // Merge this import's reports (and any an interrupted import left) into events. Commits
        // between places, as often as the import's own batches (the whole run is one transaction
        // under --strict): each place's events land with its cleared dirty keys.
        self.begin_batch()?;
        self.months.flush(self.conn)?;
        // Clustering reads each place's reports once, so a large page cache buys little there, and
        // the memory it frees holds the busiest month's reports instead (187k at 1M articles): the
        // 1M import peaked at 202 MB with the cache left at 64 MB.
        self.conn
            .pragma_update(None, "cache_size", crate::db::CLUSTER_CACHE_KIB)?;
        let mut shown = false;
        extract::store::recluster_dirty_with(self.conn, |p| {
            if !shown && !progress.is_hidden() {
                progress.set_style(bar_style(
                    "{spinner} clustering events [{bar:40}] {pos}/{len} places and months ({eta})",
                ));
                progress.set_length(p.keys_total as u64);
                shown = true;
            }
            progress.set_position(p.keys_done as u64);
            self.pending += p.reports;
            let due = self.pending >= COMMIT_REPORTS
                || self.since.elapsed() >= std::time::Duration::from_secs(COMMIT_SECS);
            if !self.strict && due {
                self.pending = 0;
                self.since = std::time::Instant::now();
                self.conn.execute_batch("COMMIT; BEGIN IMMEDIATE")?;
            }
            Ok(())
        })?;
        self.conn.execute_batch("COMMIT")?;
        self.in_tx = false;
        Ok(())
    }

    fn abort(&mut self) -> Result<()> {
        self.months.clear();
        if self.in_tx {
            self.conn.execute_batch("ROLLBACK")?;
            self.in_tx = false;
        }
        Ok(())
    }

    fn write(&mut self, p: &Prepared) -> Result<Outcome> {
        let res = self.write_inner(p);
        if res.is_err() {
            self.abort()?;
        }
        res.with_context(|| format!("{}: cannot write the article", p.origin))
    }

    fn write_inner(&mut self, p: &Prepared) -> Result<Outcome> {
        if let Some(url) = &p.url {
            let existing = self
                .conn
                .prepare_cached(SQL_BY_URL)?
                .query_row([url], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))
                .optional()?;
            if let Some((id, hash)) = existing {
                return Ok(if hash == p.content_hash {
                    Outcome::Duplicate
                } else {
                    Outcome::Changed(id)
                });
            }
        } else {
            let existing: Option<i64> = self
                .conn
                .prepare_cached(SQL_BY_HASH)?
                .query_row([&p.content_hash], |r| r.get(0))
                .optional()?;
            if existing.is_some() {
                return Ok(Outcome::Duplicate);
            }
        }
        let outlet_id = match &p.outlet {
            Some(name) => Some(self.outlet_id(name)?),
            None => None,
        };
        self.conn
            .prepare_cached(SQL_INSERT_ARTICLE)?
            .execute(params![
                p.url,
                p.title,
                p.body,
                p.published_at,
                p.published_precision,
                p.published_source,
                outlet_id,
                p.lang,
                p.content_hash,
                crate::db::now_iso(),
                p.origin.file.as_ref(),
                p.origin.line as i64,
                p.extraction.as_ref().map(|_| extract::EXTRACTION_VERSION),
            ])?;
        let id = self.conn.last_insert_rowid();
        self.conn
            .prepare_cached(SQL_INSERT_FTS)?
            .execute(params![id, p.fts_title, p.fts_body])?;
        if let Some((title, body)) = &p.original {
            self.conn
                .prepare_cached(SQL_INSERT_ORIGINAL)?
                .execute(params![id, title, body])?;
        }
        if let Some(x) = &p.extraction {
            let named = extract::store::write_article(
                self.conn,
                id,
                &prepare::content_key(&p.content_hash),
                x,
            )?;
            let month = p
                .published_at
                .as_deref()
                .map_or("", |d| d.get(..7).unwrap_or(d));
            self.months.add(month, &named);
        }
        Ok(Outcome::Inserted)
    }

    fn outlet_id(&mut self, name: &str) -> Result<i64> {
        if let Some(id) = self.outlets.get(name) {
            return Ok(*id);
        }
        let id = extract::store::outlet_id(self.conn, name)?;
        self.outlets.insert(name.to_string(), id);
        Ok(id)
    }
}

fn read_source(src: &Source, delimiter: Option<u8>, ctx: &mut ReadCtx<'_>) -> Result<()> {
    let input: Box<dyn Read + Send> = match &src.path {
        Some(p) => Box::new(
            std::fs::File::open(p).with_context(|| format!("cannot read {}", p.display()))?,
        ),
        None => Box::new(std::io::stdin()),
    };
    let input = BufReader::with_capacity(1 << 16, input);
    match src.format {
        InputFormat::Text => formats::read_text(input, ctx),
        InputFormat::Jsonl => formats::read_jsonl(input, ctx),
        InputFormat::Json => formats::read_json(input, ctx),
        InputFormat::Csv => formats::read_csv_sniffed(input, delimiter, b',', ctx),
        InputFormat::Tsv => formats::read_csv_sniffed(input, delimiter, b'\t', ctx),
    }
    .with_context(|| format!("error while reading {}", src.label()))
}

/// Expand directories (recursively, sorted, hidden entries skipped) and decide each file's format.
/// A path that does not exist, or a named file whose format cannot be told, stops the import before
/// anything is written; a file of unknown type inside a directory is only noted and skipped.
fn collect_sources(
    paths: &[PathBuf],
    forced: Option<InputFormat>,
) -> Result<(Vec<Source>, Vec<String>)> {
    let mut sources = Vec::new();
    let mut notices = Vec::new();
    if paths.is_empty() {
        bail!("nothing to import: name files or directories, or - for standard input");
    }
    for path in paths {
        if path.as_os_str() == "-" {
            let format = forced.ok_or_else(|| {
                anyhow!("standard input has no file name to tell its format: add --format text|jsonl|json|csv|tsv")
            })?;
            sources.push(Source { path: None, format });
            continue;
        }
        let meta = std::fs::metadata(path)
            .with_context(|| format!("{}: no such file or directory", path.display()))?;
        if meta.is_dir() {
            let walker = walkdir::WalkDir::new(path)
                .sort_by_file_name()
                .into_iter()
                .filter_entry(|e| {
                    e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.')
                });
            for entry in walker {
                let entry = entry.with_context(|| format!("cannot list {}", path.display()))?;
                if !entry.file_type().is_file() {
                    continue;
                }
                match forced.or_else(|| format_of(entry.path())) {
                    Some(format) => sources.push(Source {
                        path: Some(entry.into_path()),
                        format,
                    }),
                    None => notices.push(format!(
                        "{}: skipped: not a known article format",
                        entry.path().display()
                    )),
                }
            }
        } else {
            let format = forced.or_else(|| format_of(path)).ok_or_else(|| {
                anyhow!(
                    "{}: cannot tell the format from the file name; add --format text|jsonl|json|csv|tsv",
                    path.display()
                )
            })?;
            sources.push(Source {
                path: Some(path.clone()),
                format,
            });
        }
    }
    Ok((sources, notices))
}

fn format_of(path: &Path) -> Option<InputFormat> {
    path.extension()
        .and_then(|e| e.to_str())
        .and_then(InputFormat::from_extension)
}

fn progress_bar(total: u64, quiet: bool) -> indicatif::ProgressBar {
    // Only for people watching a terminal, and only when there is enough input to wait for.
    if quiet || !std::io::stderr().is_terminal() || total < (8 << 20) {
        return indicatif::ProgressBar::hidden();
    }
    let pb = indicatif::ProgressBar::new(total);
    pb.set_style(bar_style(
        "{spinner} importing [{bar:40}] {bytes}/{total_bytes} ({bytes_per_sec}, {eta})",
    ));
    pb
}

fn bar_style(template: &str) -> indicatif::ProgressStyle {
    indicatif::ProgressStyle::with_template(template)
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
        .progress_chars("=> ")
}
