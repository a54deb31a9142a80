//! `marsad_rank(articles_fts)`: bm25 (k1 = 1.2, b = 0.75, title weighted 4x, body 1x, negated so that
//! the best sorts first, like FTS5's bm25) with every phrase weighed alike. FTS5's bm25 computes each
//! phrase's inverse document frequency by reading the phrase's whole doclist once per query, which for a
//! common word means reading an entry for most of the archive; this function reads only the current row's
//! hits and the table's stored totals, so ranking the window costs the same whatever the archive size.
//! Within the window every row matches the query, so for one-phrase queries the order is bm25's own.

use std::ffi::{c_int, c_void};
use std::ptr;

use anyhow::{bail, Result};
use rusqlite::{ffi, Connection};

const K1: f64 = 1.2;
const B: f64 = 0.75;
/// Column weights: title, body.
const WEIGHTS: [f64; 2] = [4.0, 1.0];

/// Register the function on `conn` (FTS5's API pointer comes from `SELECT fts5(?)`).
pub fn register(conn: &Connection) -> Result<()> {
    // SAFETY: plain calls of the documented FTS5 registration protocol on this connection's handle;
    // the statement is finalized before returning and `api` is only used while the connection lives.
    unsafe {
        let db = conn.handle();
        let mut stmt: *mut ffi::sqlite3_stmt = ptr::null_mut();
        let rc = ffi::sqlite3_prepare_v2(
            db,
            c"SELECT fts5(?1)".as_ptr(),
            -1,
            &mut stmt,
            ptr::null_mut(),
        );
        if rc != ffi::SQLITE_OK {
            bail!("cannot reach the FTS5 API (error {rc})");
        }
        let mut api: *mut ffi::fts5_api = ptr::null_mut();
        ffi::sqlite3_bind_pointer(
            stmt,
            1,
            &mut api as *mut *mut ffi::fts5_api as *mut c_void,
            c"fts5_api_ptr".as_ptr(),
            None,
        );
        let rc = ffi::sqlite3_step(stmt);
        ffi::sqlite3_finalize(stmt);
        if rc != ffi::SQLITE_ROW && rc != ffi::SQLITE_DONE {
            bail!("cannot reach the FTS5 API (error {rc} while stepping)");
        }
        let Some(create) = api.as_ref().and_then(|a| a.xCreateFunction) else {
            bail!("this SQLite has no FTS5 API");
        };
        let rc = create(
            api,
            c"marsad_rank".as_ptr(),
            ptr::null_mut(),
            Some(rank),
            None,
        );
        if rc != ffi::SQLITE_OK {
            bail!("cannot register marsad_rank (error {rc})");
        }
    }
    Ok(())
}

unsafe extern "C" fn rank(
    api: *const ffi::Fts5ExtensionApi,
    fts: *mut ffi::Fts5Context,
    ctx: *mut ffi::sqlite3_context,
    _n: c_int,
    _args: *mut *mut ffi::sqlite3_value,
) {
    // SAFETY: FTS5 calls this with a valid API table and context for the current row.
    match unsafe { score(&*api, fts) } {
        Some(s) => unsafe { ffi::sqlite3_result_double(ctx, s) },
        None => unsafe { ffi::sqlite3_result_error_code(ctx, ffi::SQLITE_ERROR) },
    }
}

unsafe fn score(api: &ffi::Fts5ExtensionApi, fts: *mut ffi::Fts5Context) -> Option<f64> {
    let ok = |rc: c_int| (rc == ffi::SQLITE_OK).then_some(());
    // SAFETY: every call below is an FTS5 API function on the context FTS5 handed us.
    unsafe {
        let (mut rows, mut total) = (0i64, 0i64);
        ok((api.xRowCount?)(fts, &mut rows))?;
        ok((api.xColumnTotalSize?)(fts, -1, &mut total))?;
        let avgdl = if rows > 0 && total > 0 {
            total as f64 / rows as f64
        } else {
            1.0
        };
        let mut dl: c_int = 0;
        ok((api.xColumnSize?)(fts, -1, &mut dl))?;
        let phrases = (api.xPhraseCount?)(fts).max(0) as usize;
        let mut freq = vec![0f64; phrases];
        let mut hits: c_int = 0;
        ok((api.xInstCount?)(fts, &mut hits))?;
        for i in 0..hits {
            let (mut phrase, mut column, mut offset) = (0, 0, 0);
            ok((api.xInst?)(fts, i, &mut phrase, &mut column, &mut offset))?;
            if let Some(f) = freq.get_mut(phrase as usize) {
                *f += WEIGHTS.get(column as usize).copied().unwrap_or(1.0);
            }
        }
        let norm = K1 * (1.0 - B + B * dl as f64 / avgdl);
        Some(
            -freq
                .iter()
                .map(|f| f * (K1 + 1.0) / (f + norm))
                .sum::<f64>(),
        )
    }
}
