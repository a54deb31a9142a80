//! `marsad sql`: any SELECT the analyst likes, on a connection that cannot write.
//!
//! Three locks, any one of which suffices: the connection is opened read-only, `query_only` is on, and an
//! authorizer refuses every action that is not reading (writes, schema changes, ATTACH, transactions,
//! PRAGMAs with a value, extension loading and file functions). A progress handler enforces --timeout.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Result};
use rusqlite::fallible_iterator::FallibleIterator;
use rusqlite::hooks::{AuthAction, AuthContext, Authorization};
use rusqlite::{Batch, Connection};

use crate::output::{write_bound_statement, RowSink};

/// PRAGMAs that only read. Anything else, and any PRAGMA given a value, is refused.
const READ_PRAGMAS: &[&str] = &[
    "table_info",
    "table_xinfo",
    "table_list",
    "index_list",
    "index_info",
    "index_xinfo",
    "foreign_key_list",
    "database_list",
    "collation_list",
    "function_list",
    "module_list",
    "pragma_list",
    "compile_options",
    "user_version",
    "data_version",
    "schema_version",
    "page_count",
    "page_size",
    "freelist_count",
    "encoding",
];
/// Read PRAGMAs whose argument names what to read (`PRAGMA table_info(articles)`, and the
/// `pragma_table_info('articles')` table-valued function): the argument is a name, never a value set.
const NAMED_READ_PRAGMAS: &[&str] = &[
    "table_info",
    "table_xinfo",
    "table_list",
    "index_list",
    "index_info",
    "index_xinfo",
    "foreign_key_list",
];
/// Functions that touch the file system or load code.
const FORBIDDEN_FUNCTIONS: &[&str] = &[
    "load_extension",
    "readfile",
    "writefile",
    "edit",
    "fts3_tokenizer",
];

fn judge(ctx: &AuthContext<'_>) -> Option<String> {
    match &ctx.action {
        AuthAction::Select | AuthAction::Read { .. } | AuthAction::Recursive => None,
        AuthAction::Function { function_name } => {
            let f = function_name.to_ascii_lowercase();
            FORBIDDEN_FUNCTIONS
                .contains(&f.as_str())
                .then(|| format!("the function {f}()"))
        }
        AuthAction::Pragma {
            pragma_name,
            pragma_value,
        } => {
            let p = pragma_name.to_ascii_lowercase();
            let reads = match pragma_value {
                None => READ_PRAGMAS.contains(&p.as_str()),
                Some(_) => NAMED_READ_PRAGMAS.contains(&p.as_str()),
            };
            if reads {
                None
            } else {
                Some(format!(
                    "PRAGMA {p}{}",
                    pragma_value.map(|v| format!(" = {v}")).unwrap_or_default()
                ))
            }
        }
        AuthAction::Insert { table_name } => Some(format!("INSERT into {table_name}")),
        AuthAction::Update { table_name, .. } => Some(format!("UPDATE of {table_name}")),
        AuthAction::Delete { table_name } => Some(format!("DELETE from {table_name}")),
        AuthAction::Attach { .. } => Some("ATTACH".into()),
        AuthAction::Detach { .. } => Some("DETACH".into()),
        other => Some(
            format!("{:?}", other)
                .split([' ', '{'])
                .next()
                .unwrap_or("this statement")
                .to_string(),
        ),
    }
}

pub struct SqlOptions {
    pub params: Vec<(String, String)>,
    pub timeout: Duration,
}

/// The read-only guard on a connection, and what it needs to explain a refusal or a timeout.
pub struct Guard {
    refused: Arc<Mutex<Option<String>>>,
    /// How the time limit is named to the user ("--timeout 30s").
    limit: String,
}

impl Guard {
    /// Say in the user's terms why `sql`, run as `who` ("marsad sql", "query corroboration"), failed.
    pub fn explain(&self, e: anyhow::Error, who: &str, sql: &str) -> anyhow::Error {
        if let Some(what) = self.refused.lock().unwrap().take() {
            return anyhow!(
                "{who} is read-only: {what} is refused (statement: {})",
                sql.trim()
            );
        }
        let interrupted = e.downcast_ref::<rusqlite::Error>().is_some_and(|se| {
            se.sqlite_error_code() == Some(rusqlite::ErrorCode::OperationInterrupted)
        });
        if interrupted {
            return anyhow!(
                "the query ran longer than {} and was stopped (statement: {})",
                self.limit,
                sql.trim()
            );
        }
        let too_big = e.downcast_ref::<rusqlite::Error>().is_some_and(|se| {
            matches!(
                se.sqlite_error_code(),
                Some(rusqlite::ErrorCode::TooBig | rusqlite::ErrorCode::OutOfMemory)
            )
        });
        if too_big {
            return anyhow!(
                "the query builds a value or needs memory past {who}'s limits ({} MiB per string or \
                 blob, {} MiB in all) and was stopped (statement: {})",
                crate::limits::SQL_MAX_LENGTH >> 20,
                crate::limits::SQL_HEAP_LIMIT >> 20,
                sql.trim()
            );
        }
        // A canned query stops on a parameter it cannot read with `json_extract('{}', 'reason')`
        // (the one way SQL has to raise a message, in marsad and Datasette alike): the reason is
        // the error, not the statement.
        let reason = e.downcast_ref::<rusqlite::Error>().and_then(|se| {
            let m = se.to_string();
            let r = m.strip_prefix("bad JSON path: '")?.strip_suffix('\'')?;
            // SQLite quotes the path it shows, doubling its quotes.
            sql.contains("json_extract('{}'")
                .then(|| r.replace("''", "'"))
        });
        if let Some(r) = reason {
            return anyhow!("{r}");
        }
        match e.downcast::<rusqlite::Error>() {
            Ok(se) => anyhow!("SQL error: {se}\n  in: {}", sql.trim()),
            Err(other) => other,
        }
    }
}

/// Install the guard on a connection: refuse non-reads, stop at the deadline (`limit` names it).
pub fn guard(conn: &mut Connection, timeout: Duration, limit: String) -> Result<Guard> {
    conn.pragma_update(None, "query_only", true)?;
    let refused: Arc<Mutex<Option<String>>> = Arc::default();
    let r = refused.clone();
    conn.authorizer(Some(move |ctx: AuthContext<'_>| match judge(&ctx) {
        None => Authorization::Allow,
        Some(what) => {
            *r.lock().unwrap() = Some(what);
            Authorization::Deny
        }
    }))?;
    let deadline = Instant::now() + timeout;
    conn.progress_handler(10_000, Some(move || Instant::now() > deadline))?;
    Ok(Guard { refused, limit })
}

pub fn run(
    conn: &mut Connection,
    sql: &str,
    opts: &SqlOptions,
    sink: &mut dyn RowSink,
) -> Result<u64> {
    if sql.trim().is_empty() {
        bail!("no SQL given: marsad sql \"SELECT count(*) FROM articles\"");
    }
    let guard = guard(
        conn,
        opts.timeout,
        format!("--timeout {}s", opts.timeout.as_secs_f64()),
    )?;
    // A single call (printf, replace, zeroblob) does not reach the progress handler: bound what it
    // can build instead, and the memory of the whole query.
    conn.set_limit(
        rusqlite::limits::Limit::SQLITE_LIMIT_LENGTH,
        crate::limits::SQL_MAX_LENGTH,
    )?;
    // SAFETY: sets a process-wide limit; takes no pointers and may be called at any time.
    unsafe { rusqlite::ffi::sqlite3_hard_heap_limit64(crate::limits::SQL_HEAP_LIMIT) };
    let explain =
        |e: rusqlite::Error, stmt_sql: &str| guard.explain(e.into(), "marsad sql", stmt_sql);
    // Every statement is prepared (and so authorised) before any runs: a write hidden after a SELECT
    // refuses the whole string.
    let mut stmts = Vec::new();
    let mut batch = Batch::new(conn, sql);
    loop {
        match batch.next() {
            Ok(Some(stmt)) => stmts.push(stmt),
            Ok(None) => break,
            Err(e) => return Err(explain(e, sql)),
        }
    }
    if stmts.is_empty() {
        bail!("no SQL statement found in «{}»", sql.trim());
    }
    let last = stmts.len() - 1;
    let mut rows = 0;
    for (i, mut stmt) in stmts.into_iter().enumerate() {
        let text = stmt.expanded_sql().unwrap_or_else(|| sql.to_string());
        for (k, v) in &opts.params {
            for prefix in [":", "@", "$"] {
                if let Some(idx) = stmt.parameter_index(&format!("{prefix}{k}"))? {
                    stmt.raw_bind_parameter(idx, v)?;
                }
            }
        }
        for idx in 1..=stmt.parameter_count() {
            if let Some(name) = stmt.parameter_name(idx) {
                let bare = name.trim_start_matches([':', '@', '$']);
                if !opts.params.iter().any(|(k, _)| k == bare) {
                    bail!(
                        "the SQL uses the parameter {name} but no --param {bare}=VALUE was given"
                    );
                }
            }
        }
        // Only the last statement's rows are printed; earlier ones just run (e.g. a read PRAGMA).
        if i == last {
            rows = write_bound_statement(&mut stmt, sink)
                .map_err(|e| guard.explain(e, "marsad sql", &text))?;
        } else {
            let mut r = stmt.raw_query();
            while r.next().map_err(|e| explain(e, &text))?.is_some() {}
        }
    }
    Ok(rows)
}
