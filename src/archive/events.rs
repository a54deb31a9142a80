//! Events: the cluster keys waiting to be clustered, and the events written from the clustering
//! policy (`extract::cluster`). The import and `marsad extract` mark the keys their reports touch;
//! [`recluster_dirty_with`] clusters each once, committing between places.

use anyhow::Result;
use rusqlite::{params, Connection};

use crate::extract::cluster::{self, EventFields, Interner, ReportColumns};
use crate::vocab::Role;

const SQL_MARK_DIRTY: &str = "INSERT OR IGNORE INTO cluster_dirty (key) VALUES (?1)";
const SQL_DIRTY_KEYS: &str = "SELECT key FROM cluster_dirty ORDER BY key";
const SQL_CLEAR_DIRTY: &str = "DELETE FROM cluster_dirty WHERE key = ?1";

/// Mark a cluster key for re-clustering.
pub fn mark_dirty(conn: &Connection, key: &str) -> Result<()> {
    conn.prepare_cached(SQL_MARK_DIRTY)?.execute([key])?;
    Ok(())
}

const SQL_INSERT_EVENT: &str =
    "INSERT INTO events (kind, status, date_start, date_end, date_precision, place_entity_id, \
     place_text, participants_text, conflict, conflict_note, curated) \
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)";
/// The parameters of SQL_INSERT_EVENT in the same order, then the id.
const SQL_UPDATE_EVENT: &str = "UPDATE events SET kind = ?1, status = ?2, date_start = ?3, date_end = ?4, \
     date_precision = ?5, place_entity_id = ?6, place_text = ?7, participants_text = ?8, conflict = ?9, \
     conflict_note = ?10 WHERE id = ?11";
const SQL_INSERT_EVENT_PARTICIPANT: &str =
    "INSERT OR IGNORE INTO event_participants (event_id, entity_id, role, report_id, curated) \
     VALUES (?1, ?2, ?3, ?4, ?5)";
const SQL_DELETE_EVENT_IF_EMPTY: &str = "DELETE FROM events WHERE id = ?1 AND curated = 0 \
     AND NOT EXISTS (SELECT 1 FROM event_reports WHERE event_id = ?1)";
const SQL_DELETE_EVENT_PARTICIPANTS: &str =
    "DELETE FROM event_participants WHERE event_id = ?1 AND curated = 0";
const SQL_ORPHAN_EVENTS: &str = "SELECT id FROM events e WHERE curated = 0 \
     AND NOT EXISTS (SELECT 1 FROM event_reports r WHERE r.event_id = e.id)";

/// Write a cluster's event: over `id` when the cluster keeps an existing event (its automatic
/// participants are then dropped, to be written again), else as a new one. Returns its id.
fn save_event(conn: &Connection, id: Option<i64>, f: &EventFields) -> Result<i64> {
    match id {
        Some(id) => {
            conn.prepare_cached(SQL_UPDATE_EVENT)?.execute(params![
                f.kind.as_str(),
                f.status.as_str(),
                f.date.0,
                f.date.1,
                f.date.2.as_str(),
                f.place,
                f.place_text,
                f.participants_text,
                f.conflict.is_some(),
                f.conflict,
                id
            ])?;
            conn.prepare_cached(SQL_DELETE_EVENT_PARTICIPANTS)?
                .execute([id])?;
            Ok(id)
        }
        None => insert_event(conn, f, false),
    }
}

/// Insert an event; returns its id.
pub fn insert_event(conn: &Connection, f: &EventFields, curated: bool) -> Result<i64> {
    conn.prepare_cached(SQL_INSERT_EVENT)?.execute(params![
        f.kind.as_str(),
        f.status.as_str(),
        f.date.0,
        f.date.1,
        f.date.2.as_str(),
        f.place,
        f.place_text,
        f.participants_text,
        f.conflict.is_some(),
        f.conflict,
        curated
    ])?;
    Ok(conn.last_insert_rowid())
}

/// Name `entity` as a party to `event_id`, first named by report `report_id`.
pub fn insert_participant(
    conn: &Connection,
    event_id: i64,
    entity: i64,
    role: Role,
    report_id: i64,
    curated: bool,
) -> Result<()> {
    conn.prepare_cached(SQL_INSERT_EVENT_PARTICIPANT)?
        .execute(params![event_id, entity, role.as_str(), report_id, curated])?;
    Ok(())
}

/// Delete an automatic event that no report belongs to any more, with its participants. Returns
/// whether it was deleted.
pub fn delete_if_empty(conn: &Connection, event_id: i64) -> Result<bool> {
    let gone = conn
        .prepare_cached(SQL_DELETE_EVENT_IF_EMPTY)?
        .execute([event_id])?
        > 0;
    if gone {
        conn.prepare_cached(SQL_DELETE_EVENT_PARTICIPANTS)?
            .execute([event_id])?;
    }
    Ok(gone)
}

/// Delete every automatic event without reports (`marsad check` counts them); returns how many.
pub fn delete_orphans(conn: &Connection) -> Result<usize> {
    let ids: Vec<i64> = conn
        .prepare(SQL_ORPHAN_EVENTS)?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut n = 0;
    for id in ids {
        n += delete_if_empty(conn, id)? as usize;
    }
    Ok(n)
}

const SQL_CLUSTER_COLUMNS: &str =
    "SELECT r.id, r.event_id, r.status, r.date_text, r.date_start, r.date_end, r.date_precision, \
            r.place_entity_id, r.place_text, r.participants_text, r.content_key, r.start, r.kind \
     FROM event_reports r LEFT JOIN events e ON e.id = r.event_id";
const SQL_CLUSTER_COUNT: &str =
    "SELECT count(*) FROM event_reports r LEFT JOIN events e ON e.id = r.event_id";
/// One time bucket of a place (or participant set); reports not clustered yet have no event.
const SQL_CLUSTER_KEY: &str =
    "WHERE r.cluster_key = ?1 AND r.curated = 0 AND COALESCE(e.curated, 0) = 0";
/// Every bucket of a place: keys from 'place:7@' up to (not including) 'place:7A'.
const SQL_CLUSTER_BASE: &str =
    "WHERE r.cluster_key >= ?1 AND r.cluster_key < ?2 AND r.curated = 0 \
     AND COALESCE(e.curated, 0) = 0";
const SQL_HAS_KEY: &str = "SELECT EXISTS (SELECT 1 FROM event_reports WHERE cluster_key = ?1)";
const SQL_REPORT_PARTICIPANTS: &str =
    "SELECT entity_id, role FROM report_participants WHERE report_id = ?1 ORDER BY entity_id, role";
const SQL_SET_REPORT_EVENT: &str = "UPDATE event_reports SET event_id = ?2 WHERE id = ?1";

/// Which reports one re-clustering covers.
enum Scope<'a> {
    Key(&'a str),
    /// All buckets of a place or participant set.
    Base(&'a str),
}

/// Re-cluster every dirty key; returns how many. Deterministic whatever the order articles came in.
pub fn recluster_dirty(conn: &Connection) -> Result<usize> {
    recluster_dirty_with(conn, |_| Ok(()))
}

/// How far [`recluster_dirty_with`] has got, after each place (or participant set).
pub struct ClusterProgress {
    pub keys_done: usize,
    pub keys_total: usize,
    /// Reports re-clustered since the previous call.
    pub reports: usize,
}

/// [`recluster_dirty`], calling `after` between places: the writer commits there (each place's
/// events and its cleared dirty keys land together, so an interrupted run leaves only dirty keys
/// to redo) and shows progress.
///
/// A place's month buckets are clustered apart, except when the place has undated reports
/// (`cluster::group_dirty`). Either way the events depend only on the set of reports.
pub fn recluster_dirty_with(
    conn: &Connection,
    mut after: impl FnMut(ClusterProgress) -> Result<()>,
) -> Result<usize> {
    let keys: Vec<String> = conn
        .prepare_cached(SQL_DIRTY_KEYS)?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let groups = cluster::group_dirty(&keys, |undated| {
        Ok(conn
            .prepare_cached(SQL_HAS_KEY)?
            .query_row([undated], |r| r.get::<_, bool>(0))?)
    })?;
    let mut keys_done = 0;
    for (base, whole, dirty) in groups {
        let mut reports = 0;
        if whole {
            reports += recluster(conn, Scope::Base(base))?;
        } else {
            for k in &dirty {
                reports += recluster(conn, Scope::Key(k))?;
            }
        }
        for k in &dirty {
            conn.prepare_cached(SQL_CLEAR_DIRTY)?.execute([k])?;
        }
        keys_done += dirty.len();
        after(ClusterProgress {
            keys_done,
            keys_total: keys.len(),
            reports,
        })?;
    }
    Ok(keys.len())
}

fn load_rows(conn: &Connection, scope: &Scope<'_>) -> Result<Vec<cluster::Report>> {
    let mut interner = Interner::default();
    let mut pst = conn.prepare_cached(SQL_REPORT_PARTICIPANTS)?;
    let mut map = |r: &rusqlite::Row<'_>| -> Result<cluster::Report> {
        let id: i64 = r.get(0)?;
        let who: Vec<(i64, Role)> = pst
            .query_map([id], |p| Ok((p.get::<_, i64>(0)?, p.get::<_, String>(1)?)))?
            .map(|w| -> Result<(i64, Role)> {
                let (e, role) = w?;
                Ok((e, role.parse()?))
            })
            .collect::<Result<_>>()?;
        let text =
            |i: usize| -> rusqlite::Result<Option<&str>> { Ok(r.get_ref(i)?.as_str_or_null()?) };
        let date = text(4)?.zip(text(5)?);
        Ok(interner.report(ReportColumns {
            id,
            event_id: r.get(1)?,
            status: r.get_ref(2)?.as_str()?.parse()?,
            date_text: text(3)?,
            date,
            precision: r.get_ref(6)?.as_str()?.parse()?,
            place: r.get(7)?,
            place_text: text(8)?,
            participants_text: text(9)?,
            content_key: r.get_ref(10)?.as_blob_or_null()?,
            start: r.get(11)?,
            kind: r.get_ref(12)?.as_str()?.parse()?,
            who,
        }))
    };
    let (sql, bounds) = match scope {
        Scope::Key(k) => (SQL_CLUSTER_KEY, vec![k.to_string()]),
        Scope::Base(b) => (SQL_CLUSTER_BASE, vec![format!("{b}@"), format!("{b}A")]),
    };
    // Sized once (a count along the key's index): growing by doubling would briefly hold 1.5
    // times the rows of the busiest month.
    let n: usize = conn
        .prepare_cached(&format!("{SQL_CLUSTER_COUNT} {sql}"))?
        .query_row(rusqlite::params_from_iter(&bounds), |r| r.get::<_, i64>(0))?
        .try_into()?;
    let mut rows = Vec::with_capacity(n);
    let mut st = conn.prepare_cached(&format!("{SQL_CLUSTER_COLUMNS} {sql}"))?;
    let mut q = st.query(rusqlite::params_from_iter(bounds))?;
    while let Some(r) = q.next()? {
        rows.push(map(r)?);
    }
    Ok(rows)
}

/// Re-derives the events of all non-curated reports in `scope` (`cluster::plan`): events are
/// written, reports linked, and events left without reports deleted. Returns how many reports it
/// clustered.
fn recluster(conn: &Connection, scope: Scope<'_>) -> Result<usize> {
    let rows = load_rows(conn, &scope)?;
    let n = rows.len();
    let plan = cluster::plan(rows);
    // (report, event) links to write, in report order at the end: a key's reports lie all over the
    // table, and updating them in id order touches each page once, front to back.
    let mut links: Vec<(i64, i64)> = Vec::new();
    for e in &plan.events {
        let event_id = save_event(conn, e.keep, &e.fields)?;
        links.extend(
            e.members
                .iter()
                .filter(|(_, old)| *old != Some(event_id))
                .map(|(report, _)| (*report, event_id)),
        );
        for &(entity, role, report) in &e.participants {
            insert_participant(conn, event_id, entity, role, report, false)?;
        }
    }
    links.sort_unstable();
    let mut st = conn.prepare_cached(SQL_SET_REPORT_EVENT)?;
    for (report, event) in links {
        st.execute(params![report, event])?;
    }
    for &e in &plan.left {
        delete_if_empty(conn, e)?;
    }
    Ok(n)
}
