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

use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use anyhow::{anyhow, bail, Context, Result};
use crossbeam_channel::bounded;
use rayon::prelude::*;
use rusqlite::Connection;

use crate::archive::{self, articles, extraction, writer::Transactions};
use crate::extract;
pub use formats::InputFormat;
use formats::{Item, ReadCtx};
pub use prepare::{parse_date_arg as prepare_date_arg, Defaults, Prepared};

/// Records per batch; the writer's commit policy is `archive::writer`'s.
const BATCH: usize = 256;
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
    /// Articles of this run committed so far (what stays if the run fails later).
    pub committed: u64,
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
    // Only when there is enough input to wait for.
    let progress = crate::progress::bar(
        total_bytes,
        "{spinner} importing [{bar:40}] {bytes}/{total_bytes} ({bytes_per_sec}, {eta})",
        opts.quiet,
        total_bytes >= (8 << 20),
    );

    crate::db::bulk_load_settings(conn)?;
    // A large import builds the secondary indexes after its load; any an interrupted one left
    // are built now otherwise.
    let defer = !opts.strict && archive::bulk::worth_deferring(conn, total_bytes)?;
    if defer {
        archive::bulk::defer(conn)?;
    } else {
        archive::bulk::rebuild(conn)?;
    }
    let gazetteer = if opts.extract {
        ensure_gazetteer(conn)?;
        Some(Arc::new(archive::gazetteer::load(conn)?))
    } else {
        None
    };

    // Batches carry the bytes they hold in the budget; the writer gives them back once written.
    let (raw_tx, raw_rx) = bounded::<(Vec<Item>, usize)>(4);
    let (prep_tx, prep_rx) = bounded::<(Vec<Staged>, usize)>(4);
    let bytes_done = Arc::new(AtomicU64::new(0));
    let budget = Arc::new(InFlight::new(crate::limits::IMPORT_BYTES_IN_FLIGHT));

    let reader = {
        let (sources, opts, bytes_done) = (sources.clone(), opts.clone(), bytes_done.clone());
        let budget = budget.clone();
        std::thread::spawn(move || -> Result<()> {
            let mut batch = Vec::with_capacity(BATCH);
            let mut batch_bytes = 0usize;
            let mut base = 0u64;
            for src in &sources {
                let file_done = AtomicU64::new(0);
                let progress = |n: u64| {
                    file_done.store(n, Ordering::Relaxed);
                    bytes_done.store(base + n, Ordering::Relaxed);
                };
                let mut emit = |item: Item| -> Result<()> {
                    let n = item_bytes(&item);
                    // Send what is gathered before waiting for room: the writer frees room only
                    // for batches it has received.
                    if !batch.is_empty() && !budget.fits(n) {
                        raw_tx
                            .send((std::mem::take(&mut batch), std::mem::take(&mut batch_bytes)))
                            .map_err(|_| anyhow!("import stopped"))?;
                    }
                    if !budget.acquire(n) {
                        bail!("import stopped");
                    }
                    batch.push(item);
                    batch_bytes += n;
                    if batch.len() >= BATCH {
                        raw_tx
                            .send((std::mem::take(&mut batch), std::mem::take(&mut batch_bytes)))
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
                raw_tx
                    .send((batch, batch_bytes))
                    .map_err(|_| anyhow!("import stopped"))?;
            }
            Ok(())
        })
    };

    let preparer = {
        let (defaults, gazetteer) = (opts.defaults.clone(), gazetteer.clone());
        std::thread::spawn(move || {
            for (batch, bytes) in raw_rx {
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
                if prep_tx.send((staged, bytes)).is_err() {
                    return;
                }
            }
        })
    };

    let mut summary = Summary::default();
    let result = write_all(
        conn,
        prep_rx,
        opts,
        &mut summary,
        &progress,
        &bytes_done,
        &budget,
    );
    // A reader waiting for room must not wait for a writer that has stopped.
    budget.close();
    progress.finish_and_clear();
    // The writer may have stopped early (--strict); readers then see closed channels and stop too.
    let read_result = reader
        .join()
        .map_err(|_| anyhow!("the reader thread panicked"))?;
    preparer
        .join()
        .map_err(|_| anyhow!("the prepare thread panicked"))?;
    // A full disk, a lost lock: say what stays, so the user knows a re-run adds only the rest.
    result.with_context(|| {
        format!(
            "the import stopped: {} article(s) of this run were committed and stay in the archive \
             (importing the same files again adds only the others)",
            if opts.strict { 0 } else { summary.committed }
        )
    })?;
    if !summary.aborted {
        read_result?;
    }
    Ok(summary)
}

/// An archive without a single entity (made by `migrate --to`, or by a creator that did not finish)
/// gets the shipped gazetteer before extraction: extracting with an empty one would mark every
/// article extracted with nothing found. Checked again inside the write lock, so two importers seed
/// once.
fn ensure_gazetteer(conn: &Connection) -> Result<()> {
    let any = |c: &Connection| -> Result<bool> {
        Ok(c.query_row("SELECT EXISTS (SELECT 1 FROM entities)", [], |r| r.get(0))?)
    };
    if any(conn)? {
        return Ok(());
    }
    conn.execute_batch("BEGIN IMMEDIATE")?;
    let seeded = any(conn).and_then(|found| {
        if !found {
            archive::gazetteer::seed_default(conn).context("cannot load the default gazetteer")?;
        }
        Ok(())
    });
    conn.execute_batch(if seeded.is_ok() { "COMMIT" } else { "ROLLBACK" })?;
    seeded
}

fn write_all(
    conn: &mut Connection,
    batches: crossbeam_channel::Receiver<(Vec<Staged>, usize)>,
    opts: &ImportOptions,
    summary: &mut Summary,
    progress: &indicatif::ProgressBar,
    bytes_done: &AtomicU64,
    budget: &InFlight,
) -> Result<()> {
    let mut writer = Writer::new(conn, opts.strict)?;
    for (batch, bytes) in batches {
        writer.tx.begin()?;
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
                Staged::Ok(p) => match writer.write(&p, &mut |n| progress.suspend(|| report(n)))? {
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
        if writer.tx.end_batch(n, |_| Ok(()))? {
            summary.committed = summary.imported;
        }
        budget.release(bytes);
        progress.set_position(bytes_done.load(Ordering::Relaxed));
    }
    progress.set_position(progress.length().unwrap_or(0));
    // Clustering reads through the deferred indexes: build them first (each in its own
    // transaction, after the last batch's commit).
    writer.tx.flush()?;
    // No article is left to look up near-duplicates for: the held buckets' ~40 MB go before the
    // index build (whose sorter would come on top of them).
    writer.tx.near.forget();
    if !opts.strict {
        summary.committed = summary.imported;
        archive::bulk::rebuild(writer.tx.conn())?;
    }
    let mut shown = false;
    writer.tx.cluster(|done, all| {
        if !shown && !progress.is_hidden() {
            // Position and length first: the first frame of the new style showed the bytes read
            // over the places ("84815381/293 places").
            progress.set_position(0);
            progress.set_length(all as u64);
            progress.set_style(crate::progress::style(
                "{spinner} clustering events [{bar:40}] {pos}/{len} places and months ({eta})",
            ));
            shown = true;
        }
        progress.set_position(done as u64);
    })
}

/// What a record weighs in the import budget: its text fields, and a little for the rest.
fn item_bytes(item: &Item) -> usize {
    match item {
        Item::Record(_, r) => {
            [
                &r.url,
                &r.title,
                &r.body,
                &r.published_at,
                &r.outlet,
                &r.lang,
            ]
            .iter()
            .map(|f| f.as_ref().map_or(0, |s| s.len()))
            .sum::<usize>()
                + r.annotations.as_ref().map_or(0, |a| 256 * a.len())
                + 256
        }
        Item::Bad(_, why) | Item::Notice(why) => why.len() + 64,
    }
}

/// The bytes of records in the pipeline, bounded by `limits::IMPORT_BYTES_IN_FLIGHT` so memory is
/// bounded in bytes, not in records (1,500 records of 1 MB peaked at 3.4 GB when 256-record batches
/// were the only bound). A record larger than the bound goes through alone.
struct InFlight {
    limit: usize,
    state: std::sync::Mutex<(usize, bool)>, // (bytes in flight, closed)
    freed: std::sync::Condvar,
}

impl InFlight {
    fn new(limit: usize) -> Self {
        InFlight {
            limit,
            state: std::sync::Mutex::new((0, false)),
            freed: std::sync::Condvar::new(),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, (usize, bool)> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Would `n` more bytes go in without waiting?
    fn fits(&self, n: usize) -> bool {
        let s = self.lock();
        s.0 == 0 || s.0 + n <= self.limit
    }

    /// Wait for room for `n` bytes and take it; false once the writer has stopped.
    fn acquire(&self, n: usize) -> bool {
        let mut s = self.lock();
        while !s.1 && s.0 > 0 && s.0 + n > self.limit {
            s = self.freed.wait(s).unwrap_or_else(|e| e.into_inner());
        }
        s.0 += n;
        !s.1
    }

    fn release(&self, n: usize) {
        let mut s = self.lock();
        s.0 = s.0.saturating_sub(n);
        self.freed.notify_all();
    }

    fn close(&self) {
        self.lock().1 = true;
        self.freed.notify_all();
    }
}

enum Outcome {
    Inserted,
    Duplicate,
    Changed(i64),
}

/// The single writer: article identity, outlets, the article and its extraction rows, in the
/// transactions of `archive::writer` (one per batch, or one for everything under --strict).
struct Writer<'c> {
    tx: Transactions<'c>,
    outlets: std::collections::HashMap<String, i64>,
}

impl<'c> Writer<'c> {
    fn new(conn: &'c Connection, strict: bool) -> Result<Self> {
        Ok(Writer {
            tx: Transactions::new(conn, strict)?,
            outlets: Default::default(),
        })
    }

    fn abort(&mut self) -> Result<()> {
        self.tx.abort()
    }

    fn write(&mut self, p: &Prepared, notice: &mut dyn FnMut(&str)) -> Result<Outcome> {
        let res = self.write_inner(p, notice);
        if res.is_err() {
            self.abort()?;
        }
        res.with_context(|| format!("{}: cannot write the article", p.origin))
    }

    fn write_inner(&mut self, p: &Prepared, notice: &mut dyn FnMut(&str)) -> Result<Outcome> {
        let conn = self.tx.conn();
        match articles::known(conn, p.url.as_deref(), &p.content_hash)? {
            articles::Known::Same => return Ok(Outcome::Duplicate),
            articles::Known::Changed(id) => return Ok(Outcome::Changed(id)),
            articles::Known::New => {}
        }
        let outlet_id = match &p.outlet {
            Some(name) => Some(self.outlet_id(name)?),
            None => None,
        };
        let id = articles::insert_row(
            conn,
            &articles::NewArticle {
                url: p.url.as_deref(),
                title: &p.title,
                body: &p.body,
                published_at: p.published_at.as_deref(),
                published_precision: p.published_precision,
                published_source: p.published_source,
                outlet_id,
                lang: p.lang.as_deref(),
                content_hash: &p.content_hash,
                origin_file: &p.origin.file,
                origin_line: p.origin.line as i64,
                extracted_version: p.extraction.as_ref().map(|_| extract::EXTRACTION_VERSION),
                index_title: &p.fts_title,
                index_body: &p.fts_body,
            },
        )?;
        self.tx.defer_fts(id, &p.fts_title, &p.fts_body);
        if let Some((title, body)) = &p.original {
            articles::insert_original(conn, id, title, body)?;
        }
        if let Some(x) = &p.extraction {
            let named = extraction::write_article(
                conn,
                &mut self.tx.near,
                id,
                &archive::content_key(&p.content_hash),
                x,
            )?;
            let month = crate::period::month_key(p.published_at.as_deref());
            self.tx.months.add(month, &named);
            for why in x.curated.iter().flat_map(|c| &c.skipped) {
                notice(&format!("{}: {why}", p.origin));
            }
        }
        Ok(Outcome::Inserted)
    }

    fn outlet_id(&mut self, name: &str) -> Result<i64> {
        if let Some(id) = self.outlets.get(name) {
            return Ok(*id);
        }
        let id = articles::outlet_id(self.tx.conn(), name)?;
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
