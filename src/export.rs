//! `marsad export`: every table (or the ones named) as one file each, streamed in constant memory, and
//! Datasette metadata so the archive browses with the same canned queries.

use std::path::Path;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use anyhow::{anyhow, bail, Context, Result};
use rusqlite::{Connection, OpenFlags};

use crate::info::TABLES;
use crate::output::{self, Format, OutputOptions, RowSink, Value};

/// Joined views (migrations/V3) exported beside the tables.
pub const VIEWS: &[&str] = &["events_flat", "attributions_flat"];

pub struct ExportOptions {
    pub format: Format,
    pub bom: bool,
    /// For a spreadsheet (see `OutputOptions::excel`).
    pub excel: bool,
    pub views: bool,
    /// Parquet files (`crate::columnar`) instead of `format`.
    pub parquet: bool,
}

fn extension(f: Format) -> Result<&'static str> {
    Ok(match f {
        Format::Csv => "csv",
        Format::Tsv => "tsv",
        Format::Jsonl => "jsonl",
        Format::Json => "json",
        _ => bail!("export writes csv, tsv, json or jsonl files"),
    })
}

/// The ORDER BY that makes an export of table or view `name` reproducible: rowid tables by id;
/// WITHOUT ROWID tables already scan in key order, views define their own (an empty string).
pub(crate) fn row_order(conn: &Connection, name: &str) -> Result<&'static str> {
    let has_rowid: bool = conn.query_row(
        "SELECT type = 'table' AND sql NOT LIKE '%WITHOUT ROWID%' FROM sqlite_schema WHERE name = ?1",
        [name],
        |r| r.get(0),
    )?;
    Ok(if has_rowid { " ORDER BY rowid" } else { "" })
}

/// Export the named tables (all tables, plus the flat views with --views, by default) into `dir`.
/// Returns (name, rows) per file written.
pub fn export(
    conn: &Connection,
    dir: &Path,
    names: &[String],
    opts: &ExportOptions,
) -> Result<Vec<(String, u64)>> {
    let known: Vec<&str> = TABLES.iter().chain(VIEWS).copied().collect();
    let chosen: Vec<String> = if names.is_empty() {
        let mut v: Vec<String> = TABLES.iter().map(|s| s.to_string()).collect();
        if opts.views {
            v.extend(VIEWS.iter().map(|s| s.to_string()));
        }
        v
    } else {
        for n in names {
            if !known.contains(&n.as_str()) {
                bail!("no table named {n} (tables: {})", known.join(", "));
            }
        }
        names.to_vec()
    };
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let ext = if opts.parquet {
        "parquet"
    } else {
        extension(opts.format)?
    };
    let out_opts = OutputOptions {
        format: opts.format,
        bom: opts.bom,
        excel: opts.excel,
        max_width: 0,
    };
    let bars = indicatif::MultiProgress::new();
    let job = Job {
        dir,
        ext,
        out: &out_opts,
        bars: &bars,
    };
    // Two tables at a time when there are several: the articles table alone is half of the bytes,
    // and one thread formats CSV at ~70 MB/s (1M articles: 110 s one at a time, 61 s two at a time).
    if chosen.len() > 1 {
        if let Some(readers) = snapshot_readers(conn)? {
            return export_parallel(readers, &chosen, &job);
        }
    }
    chosen.iter().map(|name| job.table(conn, name)).collect()
}

/// Where and how one export writes its files.
struct Job<'a> {
    dir: &'a Path,
    ext: &'static str,
    out: &'a OutputOptions,
    bars: &'a indicatif::MultiProgress,
}

impl Job<'_> {
    /// Write one table or view; returns its name and row count.
    ///
    /// The rows go to `NAME.EXT.partial`, renamed to `NAME.EXT` once complete: a kill or a full disk
    /// never leaves a cut file under the final name (a previous export's file stays whole until it
    /// is replaced), and on failure the partial file is removed and named in the error.
    fn table(&self, conn: &Connection, name: &str) -> Result<(String, u64)> {
        if self.ext == "parquet" {
            return self.parquet(conn, name).map(|n| (name.to_string(), n));
        }
        let path = self.dir.join(format!("{name}.{}", self.ext));
        let partial = self.dir.join(format!("{name}.{}.partial", self.ext));
        let written = self.write_table(conn, name, &partial);
        let result = written.and_then(|n| {
            // A sink creates its file at the first byte; an empty table in JSONL writes none.
            if !partial.exists() {
                std::fs::File::create(&partial)
                    .with_context(|| format!("cannot create {}", partial.display()))?;
            }
            std::fs::rename(&partial, &path).with_context(|| {
                format!("cannot rename {} to {}", partial.display(), path.display())
            })?;
            Ok(n)
        });
        match result {
            Ok(n) => Ok((name.to_string(), n)),
            Err(e) => {
                let removed = std::fs::remove_file(&partial).is_ok();
                Err(e.context(format!(
                    "{name}: cannot write {}{}",
                    path.display(),
                    if removed {
                        format!(" (the incomplete {} was removed)", partial.display())
                    } else {
                        String::new()
                    }
                )))
            }
        }
    }

    /// One table as Parquet (each file written under a `.partial` name and renamed when complete).
    fn parquet(&self, conn: &Connection, name: &str) -> Result<u64> {
        let total: i64 =
            conn.query_row(&format!("SELECT count(*) FROM {name}"), [], |r| r.get(0))?;
        let pb = self.bars.add(progress(name, total as u64));
        let n = crate::columnar::export_table(conn, self.dir, name, &|n| pb.set_position(n))
            .with_context(|| {
                format!("cannot export {name} to Parquet in {}", self.dir.display())
            })?;
        pb.finish_and_clear();
        self.bars.remove(&pb);
        Ok(n)
    }

    fn write_table(&self, conn: &Connection, name: &str, path: &Path) -> Result<u64> {
        let total: i64 =
            conn.query_row(&format!("SELECT count(*) FROM {name}"), [], |r| r.get(0))?;
        let pb = self.bars.add(progress(name, total as u64));
        let mut sink = Counting {
            inner: output::sink(self.out, Some(path))?,
            pb: &pb,
            n: 0,
        };
        let order = row_order(conn, name)?;
        let mut stmt = conn.prepare(&format!("SELECT * FROM {name}{order}"))?;
        let n = output::write_statement(&mut stmt, [], &mut sink)
            .with_context(|| format!("cannot export {name} to {}", path.display()))?;
        pb.finish_and_clear();
        self.bars.remove(&pb);
        Ok(n)
    }
}

/// Two more read connections to `conn`'s archive, in read transactions on the same commit: a
/// write lock held while they start keeps an import from committing in between (the lock is
/// released at once). None when the archive cannot be locked (a read-only file, an in-memory
/// database): the export then runs on `conn` alone.
fn snapshot_readers(conn: &Connection) -> Result<Option<[Connection; 2]>> {
    let Some(path) = conn.path().filter(|p| !p.is_empty()).map(Path::new) else {
        return Ok(None);
    };
    let Ok(lock) = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    ) else {
        return Ok(None);
    };
    lock.busy_timeout(crate::db::BUSY_TIMEOUT)?;
    if lock.execute_batch("BEGIN IMMEDIATE").is_err() {
        return Ok(None);
    }
    let reader = || -> Result<Connection> {
        let c = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        c.pragma_update(None, "query_only", true)?;
        c.execute_batch("BEGIN")?;
        c.query_row("SELECT count(*) FROM sqlite_schema", [], |_| Ok(()))?;
        Ok(c)
    };
    let readers = [reader()?, reader()?];
    lock.execute_batch("ROLLBACK")?;
    Ok(Some(readers))
}

/// Export `names` on two connections, each taking the next table when done with its last (the
/// largest, articles, comes first). Results come back in the order of `names`.
fn export_parallel(
    readers: [Connection; 2],
    names: &[String],
    job: &Job<'_>,
) -> Result<Vec<(String, u64)>> {
    let next = AtomicUsize::new(0);
    let done: Mutex<Vec<Option<(String, u64)>>> = Mutex::new(vec![None; names.len()]);
    std::thread::scope(|s| -> Result<()> {
        let workers: Vec<_> = readers
            .into_iter()
            .map(|conn| {
                let (next, done) = (&next, &done);
                s.spawn(move || -> Result<()> {
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(name) = names.get(i) else {
                            return Ok(());
                        };
                        let r = job.table(&conn, name).inspect_err(|_| {
                            // The other connection stops after its current table.
                            next.store(names.len(), Ordering::Relaxed);
                        })?;
                        done.lock()
                            .map_err(|_| anyhow!("an export thread failed"))?[i] = Some(r);
                    }
                })
            })
            .collect();
        for w in workers {
            w.join()
                .map_err(|_| anyhow!("an export thread panicked"))??;
        }
        Ok(())
    })?;
    let done = done
        .into_inner()
        .map_err(|_| anyhow!("an export thread failed"))?;
    Ok(done.into_iter().flatten().collect())
}

/// Counts rows for the progress bar on their way to the real sink.
struct Counting<'a> {
    inner: Box<dyn RowSink>,
    pb: &'a indicatif::ProgressBar,
    n: u64,
}

impl RowSink for Counting<'_> {
    fn header(&mut self, columns: &[String]) -> Result<()> {
        self.inner.header(columns)
    }
    fn row(&mut self, values: &[Value]) -> Result<()> {
        self.n += 1;
        if self.n.is_multiple_of(8192) {
            self.pb.set_position(self.n);
        }
        self.inner.row(values)
    }
    fn finish(&mut self) -> Result<()> {
        self.inner.finish()
    }
}

fn progress(name: &str, total: u64) -> indicatif::ProgressBar {
    let pb = crate::progress::bar(
        total,
        "{msg:20} [{bar:40}] {pos}/{len} rows ({per_sec})",
        false,
        total >= 200_000,
    );
    pb.set_message(name.to_string());
    pb
}
