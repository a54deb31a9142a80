//! Opening an archive: path resolution, connection settings, embedded migrations, the meta table.

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{bail, Context, Result};
use rusqlite::{Connection, OpenFlags, OptionalExtension};

use crate::arabic;

mod embedded {
    refinery::embed_migrations!("migrations");
}

/// How long a writer waits for another writer before giving up (imports serialise on this).
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(60);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Create the archive if needed and apply pending migrations.
    Write,
    /// The archive must exist and be current; nothing is ever written.
    ReadOnly,
}

/// Open (and for `Mode::Write`, create and migrate) the archive at `path`.
pub fn open(path: &Path, mode: Mode) -> Result<Connection> {
    match mode {
        Mode::Write => open_write(path),
        Mode::ReadOnly => open_read_only(path),
    }
}

fn open_write(path: &Path) -> Result<Connection> {
    open_write_to(path, None)
}

/// Create or open the archive and migrate it up to `target` (all known migrations when None).
/// Migrating to a version below the archive's is refused by refinery: migrations only go forward.
///
/// Creation and migration are serialised between processes (see [`SchemaLock`]): a second import
/// started at the same moment waits until the first has created, migrated and seeded the archive,
/// then opens a complete one.
pub fn open_write_to(path: &Path, target: Option<u32>) -> Result<Connection> {
    let _lock = SchemaLock::take(path)?;
    // A file another process created but has not yet written (or that a crash left empty) is new.
    let is_new = std::fs::metadata(path).map_or(true, |m| m.len() == 0);
    let mut conn = Connection::open(path)
        .with_context(|| format!("cannot open or create the archive {}", path.display()))?;
    if is_new {
        // 8 KB pages: a typical 4 KB article fits on its page instead of spilling into an overflow
        // chain (20k-article import: 8% less CPU than with SQLite's default 4 KB). Only settable
        // before the first table exists.
        conn.pragma_update(None, "page_size", 8192)?;
    }
    apply_pragmas(&conn, path)?;
    refuse_newer_schema(&conn, path)?;
    // Off explicitly: the bundled SQLite is built with foreign keys on by default.
    conn.pragma_update(None, "foreign_keys", false)?;
    let mut runner = embedded::migrations::runner();
    if let Some(v) = target {
        runner = runner.set_target(refinery::Target::Version(v as _));
    }
    let report = runner
        .set_grouped(true) // all pending migrations in one transaction: an upgrade applies whole or not at all
        .set_abort_missing(true)
        .run(&mut conn)
        .with_context(|| format!("cannot migrate the archive {}", path.display()))?;
    enforce_foreign_keys(&conn, !is_new && !report.applied_migrations().is_empty())?;
    if is_new {
        // Meta and gazetteer land together: a kill -9 here leaves no archive that looks complete.
        conn.execute_batch("BEGIN IMMEDIATE")?;
        set_meta(&conn, "created_at", &now_iso())?;
        set_meta(
            &conn,
            "normalization_version",
            &arabic::NORMALIZATION_VERSION.to_string(),
        )?;
        if target.is_none() {
            // Every new archive knows the shipped gazetteer: countries, capitals, outlets, people, orgs.
            crate::archive::gazetteer::seed_default(&conn)
                .context("cannot load the default gazetteer")?;
        }
        conn.execute_batch("COMMIT")?;
    }
    Ok(conn)
}

/// Delete the archive at `path` (with its `-wal` and `-shm`) if it holds no article: for a first
/// import that failed. Under the [`SchemaLock`], so a concurrent creator is not pulled from under.
pub fn remove_if_empty(path: &Path) -> Result<()> {
    let _lock = SchemaLock::take(path)?;
    let empty = match Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE) {
        Ok(c) => c
            .query_row("SELECT NOT EXISTS (SELECT 1 FROM articles)", [], |r| {
                r.get::<_, bool>(0)
            })
            // No articles table: the failed import stopped before its schema.
            .unwrap_or(true),
        Err(_) => false,
    };
    if empty {
        for suffix in ["", "-wal", "-shm"] {
            let mut p = path.as_os_str().to_owned();
            p.push(suffix);
            match std::fs::remove_file(&p) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                    return Err(e)
                        .with_context(|| format!("cannot remove {}", Path::new(&p).display()))
                }
                _ => {}
            }
        }
    }
    Ok(())
}

/// An exclusive advisory lock (`flock`) on the directory that holds the archive, taken while an
/// archive is created, migrated and seeded, so two processes never both decide "new archive", and
/// none loads the gazetteer before its creator committed it. The directory is locked, not a file
/// beside the archive (nothing is left behind) and not the archive itself (SQLite's own POSIX locks
/// on it would be dropped when another descriptor of the file is closed). Released on drop. Where
/// the directory cannot be opened (another platform), creation runs unlocked as before.
pub struct SchemaLock {
    _held: Option<std::fs::File>,
}

impl SchemaLock {
    pub fn take(path: &Path) -> Result<SchemaLock> {
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        let Ok(f) = std::fs::File::open(dir) else {
            return Ok(SchemaLock { _held: None });
        };
        f.lock()
            .with_context(|| format!("cannot lock {} to create the archive", dir.display()))?;
        Ok(SchemaLock { _held: Some(f) })
    }
}

fn open_read_only(path: &Path) -> Result<Connection> {
    if !path.exists() {
        bail!(
            "no archive at {} (create one with `marsad import FILES`, or point --db / MARSAD_DB at an existing archive)",
            path.display()
        );
    }
    let conn = match open_read_only_as(path, false) {
        Ok(c) => c,
        // A read-only directory or mount: SQLite cannot create the -shm (and -wal) a WAL archive
        // is read through. Read the file as it is on disk instead (SQLite's immutable mode); the
        // real cause was reported as "is not a marsad archive" or "Error code 1544".
        Err(e) if media_read_only(&e) => {
            let c = open_read_only_as(path, true).map_err(|e2| {
                e2.context(format!(
                    "{} is on a read-only directory or mount ({e:#}); reading it as an unchanging file failed too",
                    path.display()
                ))
            })?;
            let mut wal = path.as_os_str().to_owned();
            wal.push("-wal");
            if std::fs::metadata(&wal).is_ok_and(|m| m.len() > 0) {
                eprintln!(
                    "warning: {} is read-only and its write-ahead log {} was never merged into it:                      reading the archive without the log's last commits",
                    path.display(),
                    Path::new(&wal).display()
                );
            }
            c
        }
        Err(e) => return Err(e),
    };
    let (applied, known) = (applied_version(&conn)?.unwrap_or(0), latest_known_version());
    if applied < known {
        // An archive from an older marsad: upgrade it once (in one transaction), then read as asked.
        drop(conn);
        open_write(path).with_context(|| {
            format!(
                "the archive {} uses schema version {applied}; upgrading it to {known} failed",
                path.display()
            )
        })?;
        eprintln!(
            "upgraded {} from schema version {applied} to {known}",
            path.display()
        );
        return open_read_only(path);
    }
    Ok(conn)
}

/// Open read-only (with `immutable`: as a file nothing changes, no -wal/-shm) and read its schema
/// version, so an archive that cannot be read fails here with its real cause.
fn open_read_only_as(path: &Path, immutable: bool) -> Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
        | OpenFlags::SQLITE_OPEN_URI
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = if immutable {
        Connection::open_with_flags(file_uri(path, "immutable=1"), flags)
    } else {
        Connection::open_with_flags(path, flags)
    }
    .with_context(|| format!("cannot open the archive {}", path.display()))?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    conn.pragma_update(None, "query_only", true)?;
    refuse_newer_schema(&conn, path)?;
    Ok(conn)
}

/// `file:` URI of `path` with a query string (`%`, `?` and `#` escaped, as SQLite's URI rules ask).
fn file_uri(path: &Path, query: &str) -> String {
    let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut uri = String::from("file:");
    for c in abs.to_string_lossy().chars() {
        match c {
            '%' => uri.push_str("%25"),
            '?' => uri.push_str("%3f"),
            '#' => uri.push_str("%23"),
            c => uri.push(c),
        }
    }
    format!("{uri}?{query}")
}

/// Did opening fail because the archive's directory or medium cannot be written (no -shm)?
fn media_read_only(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<rusqlite::Error>()
            .is_some_and(read_only_code)
    })
}

fn read_only_code(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(
            rusqlite::ErrorCode::ReadOnly
                | rusqlite::ErrorCode::CannotOpen
                | rusqlite::ErrorCode::SystemIoFailure
        )
    )
}

fn apply_pragmas(conn: &Connection, path: &Path) -> Result<()> {
    conn.busy_timeout(BUSY_TIMEOUT)?;
    // The import writer cycles through ~25 statements; rusqlite's default cache of 16 made it
    // re-prepare some for every article.
    conn.set_prepared_statement_cache_capacity(64);
    let mode: String = conn
        .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
        .map_err(|e| {
            let why = if read_only_code(&e) {
                "cannot write it: the file, its directory or the medium is read-only (read commands still work)"
            } else if e.sqlite_error_code() == Some(rusqlite::ErrorCode::NotADatabase) {
                "it is not a SQLite archive"
            } else {
                "cannot open it for writing"
            };
            anyhow::Error::new(e).context(format!("{}: {why}", path.display()))
        })?;
    if !mode.eq_ignore_ascii_case("wal") {
        bail!("cannot switch {} to WAL mode (got {mode})", path.display());
    }
    Ok(())
}

/// Foreign keys are switched on only after migrations: a migration that rebuilds a table (SQLite's
/// way to change a column) must not cascade the old table's deletion into its dependants. A
/// migration run then proves the result consistent.
fn enforce_foreign_keys(conn: &Connection, migrated: bool) -> Result<()> {
    if migrated {
        let broken: i64 =
            conn.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
                r.get(0)
            })?;
        if broken > 0 {
            bail!("the migration left {broken} rows whose references are broken (PRAGMA foreign_key_check)");
        }
    }
    conn.pragma_update(None, "foreign_keys", true)?;
    Ok(())
}

/// Settings that only pay during a bulk import: WAL with synchronous=NORMAL never corrupts the archive,
/// it can only lose the last commits on power loss; a larger page cache keeps index pages hot.
pub fn bulk_load_settings(conn: &Connection) -> Result<()> {
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "cache_size", -64_000)?; // ~64 MB: keeps peak RSS flat and well under 200 MB
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    // Checkpoint every ~64 MB of WAL instead of 4 MB: a sixteenth of the fsyncs, and pages dirtied
    // again between checkpoints are copied once.
    conn.pragma_update(None, "wal_autocheckpoint", 16_384)?;
    Ok(())
}

/// The page cache while an import clusters its reports (negative: KiB), see `ingest`.
pub const CLUSTER_CACHE_KIB: i64 = -16_000;

/// Cut the page cache to [`CLUSTER_CACHE_KIB`] and hand the memory it freed back to the system.
/// SQLite frees the pages at once, but glibc keeps small freed blocks inside its heap, so the
/// process stayed at the load's size (the 64 MB cache included) and every later allocation (the
/// index sorter, the busiest clustering key) came on top: the 1M import peaked at 203 MiB.
///
/// # Errors
/// SQLite's, from the pragma.
pub fn shrink_cache(conn: &Connection) -> Result<()> {
    conn.pragma_update(None, "cache_size", CLUSTER_CACHE_KIB)?;
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only returns free memory to the system; it touches no live allocation.
    unsafe {
        libc::malloc_trim(0);
    }
    Ok(())
}

/// Open an archive read-only exactly as it is (no upgrade, no check of its schema version): for
/// `marsad migrate --list`, which shows what an archive of any version has applied.
pub fn open_as_is(path: &Path) -> Result<Connection> {
    Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .with_context(|| format!("cannot open the archive {}", path.display()))
}

pub fn latest_known_version() -> u32 {
    embedded::migrations::runner()
        .get_migrations()
        .iter()
        .map(|m| m.version())
        .max()
        .unwrap_or(0) as u32
}

fn applied_version(conn: &Connection) -> Result<Option<u32>> {
    let has_history: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE name = 'refinery_schema_history')",
        [],
        |r| r.get(0),
    )?;
    if !has_history {
        return Ok(None);
    }
    Ok(conn.query_row(
        "SELECT MAX(version) FROM refinery_schema_history",
        [],
        |r| r.get(0),
    )?)
}

/// An archive written by a newer marsad may hold tables or meanings this binary does not know.
fn refuse_newer_schema(conn: &Connection, path: &Path) -> Result<()> {
    let applied = applied_version(conn).map_err(|e| {
        let not_a_database = e
            .downcast_ref::<rusqlite::Error>()
            .is_some_and(|se| se.sqlite_error_code() == Some(rusqlite::ErrorCode::NotADatabase));
        if not_a_database {
            e.context(format!(
                "{} is not a marsad archive (or not a SQLite file)",
                path.display()
            ))
        } else {
            // Say the real cause (a read-only directory, a locked or unreadable file), not "not an archive".
            e.context(format!("cannot read the archive {}", path.display()))
        }
    })?;
    let known = latest_known_version();
    if let Some(v) = applied {
        if v > known {
            bail!(
                "the archive {} has schema version {v}, newer than this marsad knows ({known}); \
                 upgrade marsad to open it (nothing was changed)",
                path.display()
            );
        }
    }
    Ok(())
}

pub struct MigrationRow {
    pub version: u32,
    pub name: String,
    pub applied_on: Option<String>,
}

/// Every migration the binary knows, with its applied time where the archive has it.
pub fn migration_status(conn: &Connection) -> Result<Vec<MigrationRow>> {
    let has_history = applied_version(conn)?.is_some();
    let mut rows = Vec::new();
    let mut migrations = embedded::migrations::runner().get_migrations().clone();
    migrations.sort_by_key(|m| m.version());
    for m in migrations {
        let applied_on = if has_history {
            conn.query_row(
                "SELECT applied_on FROM refinery_schema_history WHERE version = ?1",
                [m.version()],
                |r| r.get::<_, String>(0),
            )
            .optional()?
        } else {
            None
        };
        rows.push(MigrationRow {
            version: m.version() as u32,
            name: m.name().to_string(),
            applied_on,
        });
    }
    Ok(rows)
}

pub fn schema_version(conn: &Connection) -> Result<u32> {
    Ok(applied_version(conn)?.unwrap_or(0))
}

pub fn get_meta(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
        .optional()?)
}

pub fn set_meta(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )?;
    Ok(())
}

pub fn now_iso() -> String {
    chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// `--db`, else `MARSAD_DB` (clap reads it), else `./marsad.db`.
pub fn resolve_path(flag: Option<PathBuf>) -> PathBuf {
    flag.unwrap_or_else(|| PathBuf::from("marsad.db"))
}
