//! One article's extraction rows: mentions, attributions, event reports with their participants,
//! the republication note, and their deletion before a re-extraction.

use std::collections::{BTreeMap, BTreeSet};

use anyhow::Result;
use rusqlite::{params, Connection};

use super::near_duplicates::{self, NearDups};
use super::{curated, events};
use crate::extract::{cluster, Extraction, Field};
use crate::vocab::{EventKind, MentionForm, Precision, Role, Status};

const SQL_INSERT_MENTION: &str =
    "INSERT INTO mentions (article_id, entity_id, field, n, spans, surface, curated, form) \
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
pub(super) const SQL_INSERT_ATTRIBUTION: &str =
    "INSERT INTO attributions (article_id, start, end, claim_start, claim_end, cue, cue_text, \
     source_entity_id, source_text, via_entity_id, via_text, anonymous, curated, source_type, via_type, \
     self_reported) \
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)";
const SQL_INSERT_REPORT: &str = "INSERT INTO event_reports (event_id, article_id, status, trigger_text, date_text, date_start, \
     date_end, date_precision, place_entity_id, place_text, participants_text, attribution_id, start, end, \
     curated, cluster_key, kind, content_key) \
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)";
const SQL_INSERT_REPORT_PARTICIPANT: &str =
    "INSERT OR IGNORE INTO report_participants (report_id, entity_id, role) VALUES (?1, ?2, ?3)";
pub(super) const SQL_INSERT_RELATION: &str = "INSERT OR IGNORE INTO article_relations \
     (article_id, related_article_id, relation, similarity, original_entity_id, evidence) \
     VALUES (?1, ?2, ?3, ?4, ?5, ?6)";

/// One article's claim about an event, as stored.
pub(super) struct NewReport<'a> {
    pub article_id: i64,
    pub kind: EventKind,
    pub status: Status,
    pub trigger: &'a str,
    pub date_text: Option<&'a str>,
    /// date_start, date_end, precision
    pub date: (Option<String>, Option<String>, Precision),
    pub place: Option<i64>,
    pub place_text: Option<&'a str>,
    pub participants_text: Option<&'a str>,
    pub attribution: Option<i64>,
    pub span: (i64, i64),
    pub curated: bool,
    pub cluster_key: Option<&'a str>,
    /// The article's content key (`archive::content_key`); clustering orders reports by it.
    pub content_key: Option<&'a [u8]>,
    pub participants: Vec<(i64, Role)>,
}

/// Write a report and its participants; returns its report id. A report with a cluster key waits
/// for clustering without an event; one that clustering never sees (curated, or with neither place
/// nor participants) is an event of its own at once.
pub(super) fn insert_report(conn: &Connection, r: &NewReport<'_>) -> Result<i64> {
    let (ds, de, prec) = &r.date;
    let event_id = if r.curated || r.cluster_key.is_none() {
        Some(events::insert_event(
            conn,
            &cluster::EventFields {
                kind: r.kind,
                status: r.status,
                date: (ds.clone(), de.clone(), *prec),
                place: r.place,
                place_text: r.place_text.map(str::to_string),
                participants_text: r.participants_text.map(str::to_string),
                conflict: None,
            },
            r.curated,
        )?)
    } else {
        None
    };
    conn.prepare_cached(SQL_INSERT_REPORT)?.execute(params![
        event_id,
        r.article_id,
        r.status.as_str(),
        r.trigger,
        r.date_text,
        ds,
        de,
        prec.as_str(),
        r.place,
        r.place_text,
        r.participants_text,
        r.attribution,
        r.span.0,
        r.span.1,
        r.curated,
        r.cluster_key,
        r.kind.as_str(),
        r.content_key
    ])?;
    let report_id = conn.last_insert_rowid();
    for (entity, role) in &r.participants {
        conn.prepare_cached(SQL_INSERT_REPORT_PARTICIPANT)?
            .execute(params![report_id, entity, role.as_str()])?;
        if let Some(event_id) = event_id {
            events::insert_participant(conn, event_id, *entity, *role, report_id, r.curated)?;
        }
    }
    Ok(report_id)
}

/// Write one article's extraction (the import writes `articles.extracted_version` with the article
/// itself: updating the row here would rewrite its whole text). Its reports wait without an event;
/// the cluster keys they touch are marked dirty and merged into events by
/// `events::recluster_dirty`, once per import rather than once per article.
/// Returns the occurrences per entity, for the caller's `MonthCounts`.
pub fn write_article(
    conn: &Connection,
    near: &mut NearDups,
    article_id: i64,
    content_key: &[u8],
    x: &Extraction,
) -> Result<BTreeMap<i64, i64>> {
    let w = write_rows(conn, near, article_id, content_key, x)?;
    for k in &w.keys {
        events::mark_dirty(conn, k)?;
    }
    Ok(w.mentions)
}

/// One row per entity, field and form (name or adjective), with the occurrences' count and
/// offsets as a JSON array.
pub(super) fn write_mentions<'s>(
    conn: &Connection,
    article_id: i64,
    occurrences: impl Iterator<Item = (i64, Field, i64, i64, &'s str, MentionForm)>,
    curated: bool,
) -> Result<Vec<(i64, i64)>> {
    // (entity, field, form) -> (count, spans, (start, surface) of the first); BTreeMap: a stable
    // row order.
    type Occurrences<'s> = (i64, Vec<(i64, i64)>, (i64, &'s str));
    let mut rows: BTreeMap<(i64, u8, MentionForm), Occurrences<'_>> = BTreeMap::new();
    for (entity, field, start, end, surface, form) in occurrences {
        let row =
            rows.entry((entity, field as u8, form))
                .or_insert((0, Vec::new(), (start, surface)));
        row.0 += 1;
        row.1.push((start, end));
        if start < row.2 .0 {
            row.2 = (start, surface);
        }
    }
    let mut st = conn.prepare_cached(SQL_INSERT_MENTION)?;
    let mut written = Vec::with_capacity(rows.len());
    for ((entity, field, form), (n, mut spans, (_, surface))) in rows {
        written.push((entity, n));
        spans.sort_unstable();
        let json = spans
            .iter()
            .map(|(s, e)| format!("[{s},{e}]"))
            .collect::<Vec<_>>()
            .join(",");
        let field = if field == Field::Title as u8 {
            Field::Title
        } else {
            Field::Body
        };
        st.execute(params![
            article_id,
            entity,
            field.as_str(),
            n,
            format!("[{json}]"),
            surface,
            curated,
            form.as_str()
        ])?;
    }
    Ok(written)
}

/// What one article's rows add up to: cluster keys touched, and occurrences per entity named.
#[derive(Default)]
pub struct Written {
    pub keys: BTreeSet<String>,
    pub mentions: BTreeMap<i64, i64>,
}

impl Written {
    pub(super) fn count(&mut self, rows: Vec<(i64, i64)>) {
        for (entity, n) in rows {
            *self.mentions.entry(entity).or_default() += n;
        }
    }
}

/// Everything but clustering; returns the cluster keys touched.
pub fn write_rows(
    conn: &Connection,
    near: &mut NearDups,
    article_id: i64,
    content_key: &[u8],
    x: &Extraction,
) -> Result<Written> {
    // Each discovered name's entity, created on first sight (None: rejected by an analyst).
    let found: Vec<Option<i64>> = x
        .discovered
        .iter()
        .map(|d| super::entities::discovered(conn, d))
        .collect::<Result<_>>()?;
    let id_of = |idx: u32| match x.entity(idx) {
        Some(e) => Some(e.id),
        None => found
            .get(idx.checked_sub(x.base)? as usize)
            .copied()
            .flatten(),
    };
    let occurrences = x.mentions.iter().filter_map(|m| {
        Some((
            id_of(m.entity)?,
            m.field,
            m.start as i64,
            m.end as i64,
            m.surface.as_str(),
            m.form,
        ))
    });
    let mut written = Written::default();
    written.count(write_mentions(conn, article_id, occurrences, false)?);
    let mut attr_ids = Vec::with_capacity(x.attributions.len());
    let mut st = conn.prepare_cached(SQL_INSERT_ATTRIBUTION)?;
    for a in &x.attributions {
        st.execute(params![
            article_id,
            a.start as i64,
            a.end as i64,
            a.claim.0 as i64,
            a.claim.1 as i64,
            a.cue,
            a.cue_text,
            a.source.and_then(id_of),
            a.source_text,
            a.via.and_then(id_of),
            a.via_text,
            a.anonymous,
            0,
            a.source_type.map(|t| t.as_str()),
            a.via_type.map(|t| t.as_str()),
            a.self_reported
        ])?;
        attr_ids.push(conn.last_insert_rowid());
    }
    for r in &x.events {
        let place = r.place.and_then(id_of);
        let who: Vec<i64> = r
            .participants
            .iter()
            .filter(|p| p.1.is_party())
            .filter_map(|p| id_of(p.0))
            .collect();
        let key = cluster::cluster_key(place, &who, r.resolved.as_ref(), x.published);
        let (ds, de, prec) = match &r.resolved {
            Some(res) => (
                Some(res.start.to_string()),
                Some(res.end.to_string()),
                res.precision,
            ),
            None => (None, None, Precision::Unresolved),
        };
        insert_report(
            conn,
            &NewReport {
                article_id,
                kind: r.kind.parse()?,
                status: r.status,
                trigger: &r.trigger_text,
                date_text: r.date.as_ref().map(|d| d.raw.as_str()),
                date: (ds, de, prec),
                place,
                place_text: r.place_text.as_deref(),
                participants_text: r.participants_text.as_deref(),
                attribution: r.attribution.and_then(|k| attr_ids.get(k).copied()),
                span: (r.start as i64, r.end as i64),
                curated: false,
                cluster_key: key.as_deref(),
                content_key: Some(content_key),
                participants: r
                    .participants
                    .iter()
                    .filter_map(|(e, role)| Some((id_of(*e)?, *role)))
                    .collect(),
            },
        )?;
        written.keys.extend(key);
    }
    if let Some(sig) = &x.signature {
        near.link(conn, article_id, sig)?;
    }
    if let Some((outlet, note)) = &x.republishes {
        conn.prepare_cached(SQL_INSERT_RELATION)?.execute(params![
            article_id,
            None::<i64>,
            "republishes",
            None::<f64>,
            outlet.id,
            note
        ])?;
    }
    if let Some(c) = &x.curated {
        curated::write(conn, article_id, c, &mut written)?;
    }
    Ok(written)
}

const SQL_ARTICLE_ENTITIES: &str = "SELECT DISTINCT entity_id FROM mentions WHERE article_id = ?1";
const SQL_OLD_REPORT_KEYS: &str = "SELECT DISTINCT cluster_key FROM event_reports \
     WHERE article_id = ?1 AND curated = 0 AND cluster_key IS NOT NULL";
/// Reports an interrupted import left waiting for clustering have no event yet.
const SQL_OLD_REPORT_EVENTS: &str = "SELECT DISTINCT event_id FROM event_reports \
     WHERE article_id = ?1 AND curated = 0 AND event_id IS NOT NULL";
const SQL_DELETE_DERIVED: [&str; 4] = [
    "DELETE FROM report_participants WHERE report_id IN \
        (SELECT id FROM event_reports WHERE article_id = ?1 AND curated = 0)",
    "DELETE FROM event_reports WHERE article_id = ?1 AND curated = 0",
    "DELETE FROM mentions WHERE article_id = ?1 AND curated = 0",
    "DELETE FROM attributions WHERE article_id = ?1 AND curated = 0",
];
/// The links an article's own extraction wrote: with an earlier article (a later one's links to it
/// are that article's: see `near_duplicates::link`) or to an outlet only.
const SQL_DELETE_OWN_RELATIONS: [&str; 2] = [
    "DELETE FROM article_relations WHERE article_id = ?1 \
        AND (related_article_id IS NULL OR related_article_id < ?1)",
    "DELETE FROM article_relations WHERE related_article_id = ?1 AND article_id < ?1",
];

/// Delete an article's automatic extraction rows (curated rows stay), delete the events left
/// without reports, and mark the cluster keys its reports were in. Returns the entities its
/// mentions named (their monthly counts change).
pub fn delete_derived(conn: &Connection, article_id: i64) -> Result<BTreeSet<i64>> {
    let named = ids(conn, SQL_ARTICLE_ENTITIES, article_id)?;
    let keys: Vec<String> = conn
        .prepare_cached(SQL_OLD_REPORT_KEYS)?
        .query_map([article_id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let old_events = ids(conn, SQL_OLD_REPORT_EVENTS, article_id)?;
    for sql in SQL_DELETE_DERIVED.iter().chain(&SQL_DELETE_OWN_RELATIONS) {
        conn.prepare_cached(sql)?.execute([article_id])?;
    }
    near_duplicates::delete(conn, article_id)?;
    for e in old_events {
        events::delete_if_empty(conn, e)?;
    }
    for k in &keys {
        events::mark_dirty(conn, k)?;
    }
    Ok(named)
}

fn ids(conn: &Connection, sql: &str, article_id: i64) -> Result<BTreeSet<i64>> {
    Ok(conn
        .prepare_cached(sql)?
        .query_map([article_id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?)
}
