//! `marsad check` and `marsad backup`: is the archive whole, and a safe copy of it while in use.

use std::path::Path;
use std::time::Duration;

use anyhow::{bail, Context, Result};
use rusqlite::{Connection, OpenFlags};

use crate::arabic;
use crate::db;
use crate::output::{RowSink, Value};

/// One check: its name, whether it passed, and what was found.
pub struct Finding {
    pub check: &'static str,
    pub ok: bool,
    pub detail: String,
}

fn scalar(conn: &Connection, sql: &str) -> Result<i64> {
    Ok(conn.query_row(sql, [], |r| r.get(0))?)
}

/// Orphans that foreign keys cannot rule out (or that appear if someone disabled them).
const ORPHAN_CHECKS: &[(&str, &str)] = &[
    ("articles without a search-index row", "SELECT count(*) FROM articles WHERE id NOT IN (SELECT rowid FROM articles_fts)"),
    ("search-index rows without an article", "SELECT count(*) FROM articles_fts WHERE rowid NOT IN (SELECT id FROM articles)"),
    ("mentions without their article", "SELECT count(*) FROM mentions WHERE article_id NOT IN (SELECT id FROM articles)"),
    ("mentions without their entity", "SELECT count(*) FROM mentions WHERE entity_id NOT IN (SELECT id FROM entities)"),
    ("events without reports", "SELECT count(*) FROM events e WHERE curated = 0 AND NOT EXISTS (SELECT 1 FROM event_reports r WHERE r.event_id = e.id)"),
    ("event reports without their event", "SELECT count(*) FROM event_reports WHERE event_id IS NOT NULL AND event_id NOT IN (SELECT id FROM events)"),
    ("attributions without their article", "SELECT count(*) FROM attributions WHERE article_id NOT IN (SELECT id FROM articles)"),
];

pub fn check(path: &Path) -> Result<Vec<Finding>> {
    if !path.exists() {
        bail!("no archive at {}", path.display());
    }
    // Read-write without migrating: FTS5's integrity-check is issued as an INSERT (it changes nothing).
    // SQLite opens a file it cannot write read-only; then that check is not run (see check_conn).
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE)
        .or_else(|_| crate::db::open(path, crate::db::Mode::ReadOnly))
        .with_context(|| format!("cannot open {}", path.display()))?;
    check_conn(&conn)
}

/// The checks on an open archive. On a read-only connection (a `chmod 444` file, a read-only
/// mount) FTS5's integrity-check, which SQLite issues as a write, is reported as not run rather
/// than as a failure of a healthy archive.
pub fn check_conn(conn: &Connection) -> Result<Vec<Finding>> {
    conn.busy_timeout(Duration::from_secs(30))?;
    let mut out = Vec::new();

    let integrity: Vec<String> = conn
        .prepare("PRAGMA integrity_check")?
        .query_map([], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    out.push(Finding {
        check: "integrity_check",
        ok: integrity == ["ok"],
        detail: integrity.join("; "),
    });

    let read_only = conn.is_readonly(rusqlite::MAIN_DB)?
        || conn.pragma_query_value(None, "query_only", |r| r.get(0))?;
    let mut read_only = read_only;
    let fts = if read_only {
        Ok(0)
    } else {
        match conn.execute(
            "INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')",
            [],
        ) {
            // Opened read-write, but SQLite can write neither the file nor its -wal/-shm.
            Err(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::ReadOnly) => {
                read_only = true;
                Ok(0)
            }
            other => other,
        }
    };
    out.push(Finding {
        check: "fts integrity-check",
        ok: fts.is_ok(),
        detail: match fts {
            Err(e) => e.to_string(),
            Ok(_) if read_only => {
                "not run: the archive is read-only (FTS5 issues this check as a write)".into()
            }
            Ok(_) => "ok".into(),
        },
    });

    let fk: Vec<String> = conn
        .prepare("PRAGMA foreign_key_check")?
        .query_map([], |r| {
            Ok(format!(
                "{} row {}",
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)?
            ))
        })?
        .collect::<Result<_, _>>()?;
    out.push(Finding {
        check: "foreign_key_check",
        ok: fk.is_empty(),
        detail: if fk.is_empty() {
            "ok".into()
        } else {
            format!("{} violation(s): {}", fk.len(), fk.join(", "))
        },
    });

    let version = db::schema_version(conn)?;
    let known = db::latest_known_version();
    out.push(Finding {
        check: "schema version",
        ok: version == known,
        detail: format!("archive {version}, marsad {known}"),
    });

    let norm = db::get_meta(conn, "normalization_version")?;
    let current = arabic::NORMALIZATION_VERSION.to_string();
    let ok = norm.as_deref() == Some(current.as_str());
    out.push(Finding {
        check: "normalisation version",
        ok,
        detail: format!(
            "index {}, marsad {current}{}",
            norm.unwrap_or_else(|| "?".into()),
            if ok { "" } else { ": run `marsad reindex`" }
        ),
    });

    out.extend(extraction_state(conn)?);

    for (name, sql) in ORPHAN_CHECKS {
        let n = scalar(conn, sql)?;
        out.push(Finding {
            check: name,
            ok: n == 0,
            detail: n.to_string(),
        });
    }
    Ok(out)
}

/// Work an interrupted import or `marsad extract` left: reports not yet merged into events
/// (`meetings` cannot show them), and articles a re-extraction deleted the rows of and has not
/// written again. Articles never extracted (imported with --no-extract) are said, not failed.
fn extraction_state(conn: &Connection) -> Result<Vec<Finding>> {
    let waiting = scalar(conn, SQL_UNCLUSTERED)?;
    let unfinished = unfinished_extraction(conn)?;
    let never = scalar(conn, &sql_not_extracted())?;
    Ok(vec![
        Finding {
            check: "reports waiting to be clustered",
            ok: waiting == 0,
            detail: if waiting == 0 {
                "0".into()
            } else {
                format!("{waiting} (an interrupted import: import again, or run `marsad extract`)")
            },
        },
        Finding {
            check: "articles whose extraction is missing",
            ok: unfinished.is_none(),
            detail: match unfinished {
                Some(n) => format!(
                    "{n} left without their rows by an interrupted `marsad extract`: run it again"
                ),
                None if never > 0 => format!(
                    "0 (and {never} not extracted by the current rules: run `marsad extract`)"
                ),
                None => "0".into(),
            },
        },
    ])
}

/// Reports with a cluster key that no clustering has linked to an event yet.
pub const SQL_UNCLUSTERED: &str = "SELECT count(*) FROM event_reports WHERE event_id IS NULL";

/// Articles without extraction rows by the current rules (never extracted, or by older rules).
pub fn sql_not_extracted() -> String {
    format!(
        "SELECT count(*) FROM articles WHERE extracted_version IS NULL OR extracted_version < {}",
        crate::extract::EXTRACTION_VERSION
    )
}

/// The articles an interrupted full `marsad extract` has cleared and not written again, if one is
/// unfinished.
pub fn unfinished_extraction(conn: &Connection) -> Result<Option<i64>> {
    let meta = |k: &str| -> Result<Option<i64>> {
        Ok(db::get_meta(conn, k)?.and_then(|v| v.parse().ok()))
    };
    let (Some(after), Some(upto)) = (
        meta(crate::archive::reextract::RESUME_KEY)?,
        meta(crate::archive::reextract::CLEARED_KEY)?,
    ) else {
        return Ok(None);
    };
    Ok(Some(conn.query_row(
        "SELECT count(*) FROM articles WHERE id > ?1 AND id <= ?2",
        [after, upto],
        |r| r.get(0),
    )?))
}

pub fn print(findings: &[Finding], sink: &mut dyn RowSink) -> Result<()> {
    sink.header(&["check", "status", "detail"].map(String::from))?;
    for f in findings {
        sink.row(&[
            Value::from(f.check),
            Value::from(if f.ok { "ok" } else { "FAIL" }),
            Value::Text(f.detail.clone()),
        ])?;
    }
    sink.finish()
}

/// Copy the archive page by page through SQLite's online backup API: safe while imports and readers run.
///
/// The copy is written under a unique temporary name in the destination's directory
/// (`.NAME.XXXXXX.partial`, never an existing file) and renamed to `dest` only when complete. On any
/// failure (a full disk, a kill of the source) the temporary file and SQLite's journal beside it are
/// removed, and the error names `dest`.
pub fn backup(src_path: &Path, dest: &Path, force: bool) -> Result<()> {
    if dest.exists() && !force {
        bail!(
            "{} exists; choose another file or add --force to overwrite it",
            dest.display()
        );
    }
    let src = db::open(src_path, db::Mode::ReadOnly)?;
    // The copy gets the archive's permissions, not the private ones of a temporary file.
    let perms = std::fs::metadata(src_path)?.permissions();
    copy_to(&src, dest, perms).with_context(|| format!("cannot back up to {}", dest.display()))
}

fn copy_to(src: &Connection, dest: &Path, perms: std::fs::Permissions) -> Result<()> {
    let dir = match dest.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let name = dest
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".partial")
        .tempfile_in(dir)
        .with_context(|| format!("cannot create a temporary file in {}", dir.display()))?;
    // SQLite's files beside the copy: removed whatever happens (a failed write leaves its journal).
    let companions: Vec<std::path::PathBuf> = ["-journal", "-wal", "-shm"]
        .iter()
        .map(|s| {
            let mut p = tmp.path().as_os_str().to_owned();
            p.push(s);
            p.into()
        })
        .collect();
    let copied = (|| -> Result<()> {
        let mut dst = Connection::open(tmp.path())?;
        let b = rusqlite::backup::Backup::new(src, &mut dst)?;
        b.run_to_completion(256, Duration::from_millis(5), None)?;
        drop(b);
        dst.close().map_err(|(_, e)| e)?;
        Ok(())
    })();
    for c in &companions {
        let _ = std::fs::remove_file(c);
    }
    copied?;
    std::fs::set_permissions(tmp.path(), perms)?;
    // Only a complete copy takes the destination name (on failure `tmp` is removed as it drops).
    tmp.persist(dest)?;
    Ok(())
}
