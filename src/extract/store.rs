//! Writing extraction results, inside the import's transaction, and linking reports into events.
//!
//! Clustering is recomputed from scratch for every cluster key an article touches (a place, or the
//! participant set of placeless reports, and a month: see `time_bucket`), in an order that depends
//! only on the reports' content, so importing the same articles in any order yields the same events.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::rc::Rc;

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension};

use super::curated::Curated;
use super::dedup::Signature;
use super::events::{DateParts, Status};
use super::gazetteer::{Gazetteer, Kind};
use super::{when, ArticleView, Extraction, Field, EXTRACTION_VERSION};
use crate::arabic::{self, dates::Precision};

const SQL_INSERT_MENTION: &str =
    "INSERT INTO mentions (article_id, entity_id, field, n, spans, surface, curated) \
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";
const SQL_INSERT_ATTRIBUTION: &str =
    "INSERT INTO attributions (article_id, start, end, claim_start, claim_end, cue, cue_text, \
     source_entity_id, source_text, via_entity_id, via_text, anonymous, curated, source_type, via_type, \
     self_reported) \
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)";
const SQL_INSERT_EVENT: &str =
    "INSERT INTO events (kind, status, date_start, date_end, date_precision, place_entity_id, \
     place_text, participants_text, conflict, conflict_note, curated) \
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)";
const SQL_INSERT_REPORT: &str = "INSERT INTO event_reports (event_id, article_id, status, trigger_text, date_text, date_start, \
     date_end, date_precision, place_entity_id, place_text, participants_text, attribution_id, start, end, \
     curated, cluster_key, kind, content_key) \
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)";
const SQL_INSERT_REPORT_PARTICIPANT: &str =
    "INSERT OR IGNORE INTO report_participants (report_id, entity_id, role) VALUES (?1, ?2, ?3)";
const SQL_INSERT_EVENT_PARTICIPANT: &str =
    "INSERT OR IGNORE INTO event_participants (event_id, entity_id, role, report_id, curated) \
     VALUES (?1, ?2, ?3, ?4, ?5)";
const SQL_SET_VERSION: &str = "UPDATE articles SET extracted_version = ?2 WHERE id = ?1";

/// One article's claim about an event, as stored.
struct NewReport<'a> {
    article_id: i64,
    kind: &'a str,
    status: &'a str,
    trigger: &'a str,
    date_text: Option<&'a str>,
    /// date_start, date_end, precision
    date: (Option<String>, Option<String>, &'a str),
    place: Option<i64>,
    place_text: Option<&'a str>,
    participants_text: Option<&'a str>,
    attribution: Option<i64>,
    span: (i64, i64),
    curated: bool,
    cluster_key: Option<&'a str>,
    /// The article's content key (`ingest::prepare::content_key`); clustering orders reports by it.
    content_key: Option<&'a [u8]>,
}

/// Write a report; returns (its event id, report id). A report with a cluster key waits for
/// clustering without an event; one that clustering never sees (curated, or with neither place nor
/// participants) is an event of its own at once.
fn insert_report(conn: &Connection, r: &NewReport<'_>) -> Result<(Option<i64>, i64)> {
    let (ds, de, prec) = &r.date;
    let event_id = if r.curated || r.cluster_key.is_none() {
        conn.prepare_cached(SQL_INSERT_EVENT)?.execute(params![
            r.kind,
            r.status,
            ds,
            de,
            prec,
            r.place,
            r.place_text,
            r.participants_text,
            0,
            None::<String>,
            r.curated
        ])?;
        Some(conn.last_insert_rowid())
    } else {
        None
    };
    conn.prepare_cached(SQL_INSERT_REPORT)?.execute(params![
        event_id,
        r.article_id,
        r.status,
        r.trigger,
        r.date_text,
        ds,
        de,
        prec,
        r.place,
        r.place_text,
        r.participants_text,
        r.attribution,
        r.span.0,
        r.span.1,
        r.curated,
        r.cluster_key,
        r.kind,
        r.content_key
    ])?;
    Ok((event_id, conn.last_insert_rowid()))
}

const SQL_MARK_DIRTY: &str = "INSERT OR IGNORE INTO cluster_dirty (key) VALUES (?1)";
const SQL_DIRTY_KEYS: &str = "SELECT key FROM cluster_dirty ORDER BY key";
const SQL_CLEAR_DIRTY: &str = "DELETE FROM cluster_dirty WHERE key = ?1";

/// Write one article's extraction (the import writes `articles.extracted_version` with the article
/// itself: updating the row here would rewrite its whole text). Its reports wait without an event;
/// the cluster keys they touch are marked dirty and merged into events by [`recluster_dirty`], once
/// per import rather than once per article.
/// Returns the occurrences per entity, for the caller's [`MonthCounts`].
pub fn write_article(
    conn: &Connection,
    article_id: i64,
    content_key: &[u8],
    x: &Extraction,
) -> Result<BTreeMap<i64, i64>> {
    let w = write_rows(conn, article_id, content_key, x)?;
    for k in &w.keys {
        conn.prepare_cached(SQL_MARK_DIRTY)?.execute([k])?;
    }
    Ok(w.mentions)
}

/// One row per entity and field, with the occurrences' count and offsets as a JSON array.
fn write_mentions<'s>(
    conn: &Connection,
    article_id: i64,
    occurrences: impl Iterator<Item = (i64, Field, i64, i64, &'s str)>,
    curated: bool,
) -> Result<Vec<(i64, i64)>> {
    // (entity, field) -> (count, spans, (start, surface) of the first); BTreeMap: a stable row order.
    type Occurrences<'s> = (i64, Vec<(i64, i64)>, (i64, &'s str));
    let mut rows: BTreeMap<(i64, u8), Occurrences<'_>> = BTreeMap::new();
    for (entity, field, start, end, surface) in occurrences {
        let row = rows
            .entry((entity, field as u8))
            .or_insert((0, Vec::new(), (start, surface)));
        row.0 += 1;
        row.1.push((start, end));
        if start < row.2 .0 {
            row.2 = (start, surface);
        }
    }
    let mut st = conn.prepare_cached(SQL_INSERT_MENTION)?;
    let mut written = Vec::with_capacity(rows.len());
    for ((entity, field), (n, mut spans, (_, surface))) in rows {
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
            curated
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
    fn count(&mut self, rows: Vec<(i64, i64)>) {
        for (entity, n) in rows {
            *self.mentions.entry(entity).or_default() += n;
        }
    }
}

const SQL_MONTH_ADD: &str = "INSERT INTO entity_months (entity_id, month, articles, mentions) \
     VALUES (?1, ?2, ?3, ?4) ON CONFLICT (entity_id, month) DO UPDATE \
     SET articles = articles + excluded.articles, mentions = mentions + excluded.mentions";
const SQL_MONTHS_CLEAR_ALL: &str = "DELETE FROM entity_months";
const SQL_MONTHS_RECOUNT_ALL: &str = "INSERT INTO entity_months (entity_id, month, articles, mentions) \
     SELECT m.entity_id, COALESCE(substr(a.published_at, 1, 7), ''), count(DISTINCT m.article_id), sum(m.n) \
     FROM mentions m JOIN articles a ON a.id = m.article_id GROUP BY 1, 2";
const SQL_MONTHS_CLEAR: &str = "DELETE FROM entity_months WHERE entity_id = ?1";
const SQL_MONTHS_RECOUNT: &str = "INSERT INTO entity_months (entity_id, month, articles, mentions) \
     SELECT m.entity_id, COALESCE(substr(a.published_at, 1, 7), ''), count(DISTINCT m.article_id), sum(m.n) \
     FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.entity_id = ?1 GROUP BY 1, 2";

/// Per-month mention counts accumulated by the import writer and added at each commit.
#[derive(Default)]
pub struct MonthCounts(std::collections::HashMap<(i64, String), (i64, i64)>);

impl MonthCounts {
    /// One article published in `month` ('YYYY-MM', '' when undated) named these entities.
    pub fn add(&mut self, month: &str, mentions: &BTreeMap<i64, i64>) {
        for (&entity, &n) in mentions {
            let c = self.0.entry((entity, month.to_string())).or_default();
            c.0 += 1;
            c.1 += n;
        }
    }

    /// Write and forget the counts (inside the transaction that wrote the mentions).
    pub fn flush(&mut self, conn: &Connection) -> Result<()> {
        let mut st = conn.prepare_cached(SQL_MONTH_ADD)?;
        for ((entity, month), (articles, mentions)) in self.0.drain() {
            st.execute(params![entity, month, articles, mentions])?;
        }
        Ok(())
    }

    /// Forget the counts of a rolled-back transaction.
    pub fn clear(&mut self) {
        self.0.clear();
    }
}

/// Recount `entity_months` from the mentions: for these entities, or all.
pub fn recount_entities(conn: &Connection, entities: Option<&BTreeSet<i64>>) -> Result<()> {
    match entities {
        None => {
            conn.execute(SQL_MONTHS_CLEAR_ALL, [])?;
            conn.execute(SQL_MONTHS_RECOUNT_ALL, [])?;
        }
        Some(ids) => {
            for id in ids {
                conn.prepare_cached(SQL_MONTHS_CLEAR)?.execute([id])?;
                conn.prepare_cached(SQL_MONTHS_RECOUNT)?.execute([id])?;
            }
        }
    }
    Ok(())
}

/// Everything but clustering; returns the cluster keys touched.
fn write_rows(
    conn: &Connection,
    article_id: i64,
    content_key: &[u8],
    x: &Extraction,
) -> Result<Written> {
    let id_of = |idx: u32| x.entity(idx).map(|e| e.id);
    let occurrences = x.mentions.iter().filter_map(|m| {
        Some((
            id_of(m.entity)?,
            m.field,
            m.start as i64,
            m.end as i64,
            m.surface.as_str(),
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
        let mut who: Vec<i64> = r
            .participants
            .iter()
            .filter(|p| p.1 == super::Role::Participant)
            .filter_map(|p| id_of(p.0))
            .collect();
        who.sort_unstable();
        who.dedup();
        let base = match place {
            Some(p) => Some(format!("place:{p}")),
            None if !who.is_empty() => Some(format!(
                "who:{}",
                who.iter().map(i64::to_string).collect::<Vec<_>>().join(",")
            )),
            None => None,
        };
        let key = base.map(|b| format!("{b}@{}", time_bucket(r.resolved.as_ref(), x.published)));
        let (ds, de, prec) = match &r.resolved {
            Some(res) => (
                Some(res.start.to_string()),
                Some(res.end.to_string()),
                res.precision,
            ),
            None => (None, None, Precision::Unresolved),
        };
        let ptext = r.participants_text.as_deref();
        let (event_id, report_id) = insert_report(
            conn,
            &NewReport {
                article_id,
                kind: r.kind,
                status: r.status.as_str(),
                trigger: &r.trigger_text,
                date_text: r.date.as_ref().map(|d| d.raw.as_str()),
                date: (ds, de, prec.as_str()),
                place,
                place_text: r.place_text.as_deref(),
                participants_text: ptext,
                attribution: r.attribution.and_then(|k| attr_ids.get(k).copied()),
                span: (r.start as i64, r.end as i64),
                curated: false,
                cluster_key: key.as_deref(),
                content_key: Some(content_key),
            },
        )?;
        for (e, role) in &r.participants {
            if let Some(eid) = id_of(*e) {
                conn.prepare_cached(SQL_INSERT_REPORT_PARTICIPANT)?
                    .execute(params![report_id, eid, role.as_str()])?;
                if let Some(event_id) = event_id {
                    conn.prepare_cached(SQL_INSERT_EVENT_PARTICIPANT)?
                        .execute(params![event_id, eid, role.as_str(), report_id, 0])?;
                }
            }
        }
        written.keys.extend(key);
    }
    if let Some(sig) = &x.signature {
        near_duplicates(conn, article_id, sig)?;
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
        let curated_keys = write_curated(conn, article_id, c, &mut written)?;
        written.keys.extend(curated_keys);
    }
    Ok(written)
}

// ---------------------------------------------------------------------------------------------
// Near-duplicates

const SQL_BAND_CANDIDATES: &str = "SELECT article_id FROM article_minhash_bands \
     WHERE band = ?1 AND bucket = ?2 AND article_id <> ?3 ORDER BY article_id LIMIT 8";
const SQL_GET_SIGNATURE: &str =
    "SELECT shingles, signature FROM article_minhash WHERE article_id = ?1";
const SQL_PUT_SIGNATURE: &str =
    "INSERT OR REPLACE INTO article_minhash (article_id, shingles, signature) VALUES (?1, ?2, ?3)";
const SQL_PUT_BAND: &str =
    "INSERT OR IGNORE INTO article_minhash_bands (band, bucket, article_id) VALUES (?1, ?2, ?3)";
const SQL_PUBLISHED: &str = "SELECT published_at FROM articles WHERE id = ?1";
const SQL_INSERT_RELATION: &str = "INSERT OR IGNORE INTO article_relations \
     (article_id, related_article_id, relation, similarity, original_entity_id, evidence) \
     VALUES (?1, ?2, ?3, ?4, ?5, ?6)";

/// Jaccard at or above this: the same text ('near_duplicate').
pub const NEAR_DUPLICATE: f64 = 0.8;
/// Below that, this estimated share of the smaller text's shingles found in the larger one:
/// 'republishes' (sample 002 reuses 000 at about 0.57; unrelated samples stay under 0.1).
pub const REPUBLISHES: f64 = 0.4;

/// Candidates examined per new article: those sharing the most LSH bands (the most similar) first.
/// Syndicated news can make an article resemble thousands of others; the strongest copy is the one
/// that matters for corroboration, so one relation per article is recorded.
const MAX_CANDIDATES: usize = 16;

fn near_duplicates(conn: &Connection, article_id: i64, sig: &Signature) -> Result<()> {
    let bands = sig.bands();
    let mut hits: std::collections::HashMap<i64, u32> = std::collections::HashMap::new();
    let mut st = conn.prepare_cached(SQL_BAND_CANDIDATES)?;
    for (b, h) in &bands {
        for c in st.query_map(params![b, h, article_id], |r| r.get::<_, i64>(0))? {
            *hits.entry(c?).or_default() += 1;
        }
    }
    let mut cands: Vec<(u32, i64)> = hits.into_iter().map(|(id, n)| (n, id)).collect();
    cands.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    cands.truncate(MAX_CANDIDATES);
    let published = |id: i64| -> Result<Option<String>> {
        Ok(conn
            .prepare_cached(SQL_PUBLISHED)?
            .query_row([id], |r| r.get(0))
            .optional()?
            .flatten())
    };
    let mine = published(article_id)?;
    // (similarity, relation, candidate, its signature size): the strongest match wins, ties to the oldest.
    let mut best: Option<(f64, &str, i64, u32)> = None;
    for (_, c) in cands {
        let Some((n, blob)) = conn
            .prepare_cached(SQL_GET_SIGNATURE)?
            .query_row([c], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, Vec<u8>>(1)?)))
            .optional()?
        else {
            continue;
        };
        let other = Signature::from_blob(n as u32, &blob);
        let j = sig.jaccard(&other);
        let (relation, sim) = if j >= NEAR_DUPLICATE {
            ("near_duplicate", j)
        } else {
            let cont = sig.containment(&other);
            if cont < REPUBLISHES {
                continue;
            }
            ("republishes", cont)
        };
        if best.is_none_or(|(s, _, id, _)| sim > s || (sim == s && c < id)) {
            best = Some((sim, relation, c, other.shingles));
        }
    }
    if let Some((sim, relation, c, their_shingles)) = best {
        // The later text points to the earlier: by publication date when both are known, else the
        // longer text (the one that adds to what it copied), else the later import.
        let theirs = published(c)?;
        let mine_later = match (&mine, &theirs) {
            (Some(a), Some(b)) if a != b => a > b,
            _ if sig.shingles != their_shingles => sig.shingles > their_shingles,
            _ => article_id > c,
        };
        let (later, earlier) = if mine_later {
            (article_id, c)
        } else {
            (c, article_id)
        };
        let sim = (sim * 1000.0).round() / 1000.0;
        conn.prepare_cached(SQL_INSERT_RELATION)?.execute(params![
            later,
            earlier,
            relation,
            sim,
            None::<i64>,
            None::<String>
        ])?;
    }
    conn.prepare_cached(SQL_PUT_SIGNATURE)?.execute(params![
        article_id,
        sig.shingles as i64,
        sig.to_blob()
    ])?;
    let mut st = conn.prepare_cached(SQL_PUT_BAND)?;
    for (b, h) in bands {
        st.execute(params![b, h, article_id])?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Clustering

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
/// The parameters of SQL_INSERT_EVENT in the same order, then the id.
const SQL_UPDATE_EVENT: &str = "UPDATE events SET kind = ?1, status = ?2, date_start = ?3, date_end = ?4, \
     date_precision = ?5, place_entity_id = ?6, place_text = ?7, participants_text = ?8, conflict = ?9, \
     conflict_note = ?10 WHERE id = ?11";
const SQL_DELETE_EVENT_IF_EMPTY: &str = "DELETE FROM events WHERE id = ?1 AND curated = 0 \
     AND NOT EXISTS (SELECT 1 FROM event_reports WHERE event_id = ?1)";
const SQL_DELETE_EVENT_PARTICIPANTS: &str =
    "DELETE FROM event_participants WHERE event_id = ?1 AND curated = 0";

/// The time bucket of a report's cluster key: the month of its resolved date (the year for a
/// year-only date), else the month its article was published, else '?' (undated). Buckets keep
/// re-clustering proportional to a month's reports instead of a place's whole history.
fn time_bucket(resolved: Option<&when::Resolved>, published: Option<NaiveDate>) -> String {
    match (resolved, published) {
        (Some(r), _) if r.precision == Precision::Year => r.start.format("%Y").to_string(),
        (Some(r), _) => r.start.format("%Y-%m").to_string(),
        (None, Some(p)) => p.format("%Y-%m").to_string(),
        (None, None) => "?".to_string(),
    }
}

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

/// [`recluster_dirty`], calling `after` between places: the import commits there (each place's
/// events and its cleared dirty keys land together, so an interrupted run leaves only dirty keys
/// to redo) and shows progress.
///
/// A place's month buckets are clustered apart, except when the place has undated reports (an
/// article without a publication date saying «last Thursday»): those may belong to any month, so
/// then the place is clustered whole. Either way the events depend only on the set of reports.
pub fn recluster_dirty_with(
    conn: &Connection,
    mut after: impl FnMut(ClusterProgress) -> Result<()>,
) -> Result<usize> {
    let keys: Vec<String> = conn
        .prepare_cached(SQL_DIRTY_KEYS)?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut bases: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for k in &keys {
        let base = k.split_once('@').map_or(k.as_str(), |(b, _)| b);
        bases.entry(base).or_default().push(k);
    }
    let mut keys_done = 0;
    for (base, dirty) in bases {
        let undated = format!("{base}@?");
        let whole = dirty.iter().any(|k| *k == undated || !k.contains('@'))
            || conn
                .prepare_cached(SQL_HAS_KEY)?
                .query_row([&undated], |r| r.get::<_, bool>(0))?;
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

/// A report as clustering sees it. A busy month of a place holds 100k+ reports at a million articles,
/// so a row owns no memory of its own: texts and participant lists repeat and are shared, tags are
/// static strings.
struct Row {
    id: i64,
    /// None until first clustered.
    event_id: Option<i64>,
    status: Status,
    date: Option<(Rc<str>, Rc<str>)>,
    precision: &'static str,
    place: Option<i64>,
    place_text: Option<Rc<str>>,
    participants_text: Option<Rc<str>>,
    /// The article's content key (big-endian): orders reports by content, whatever order they
    /// were imported in.
    content: Option<u64>,
    start: i64,
    kind: &'static str,
    parts: DateParts,
    who: Rc<[(i64, &'static str)]>,
    /// The participants proper (not hosts or mediators), sorted.
    people: Rc<[i64]>,
}

/// One shared copy of each distinct value of a clustering run.
struct Shared<T: ?Sized>(HashSet<Rc<T>>);

impl<T: ?Sized + Eq + std::hash::Hash> Shared<T> {
    fn new() -> Self {
        Shared(HashSet::new())
    }

    fn get<B>(&mut self, v: B) -> Rc<T>
    where
        B: std::borrow::Borrow<T>,
        Rc<T>: From<B>,
    {
        if let Some(t) = self.0.get(v.borrow()) {
            return t.clone();
        }
        let t: Rc<T> = Rc::from(v);
        self.0.insert(t.clone());
        t
    }
}

/// The first 8 bytes of a content key as a number that sorts as the bytes do.
fn content_number(key: &[u8]) -> u64 {
    let mut b = [0u8; 8];
    let n = key.len().min(8);
    b[..n].copy_from_slice(&key[..n]);
    u64::from_be_bytes(b)
}

/// The schema's CHECK lists, as static strings (an unknown value takes the last, catch-all one).
fn tag(value: &str, known: &[&'static str]) -> &'static str {
    known
        .iter()
        .find(|k| **k == value)
        .copied()
        .unwrap_or(known[known.len() - 1])
}
const PRECISIONS: &[&str] = &["time", "day", "month", "year", "unresolved"];
const KINDS: &[&str] = &["meeting", "visit", "talks", "summit", "other"];
const ROLES: &[&str] = &["host", "visitor", "mediator", "sponsor", "participant"];

fn precision_rank(p: &str) -> u8 {
    match p {
        "time" | "day" => 0,
        "month" => 1,
        "year" => 2,
        _ => 3,
    }
}

fn parse_day(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// Two sorted id lists share nothing.
fn disjoint(a: &[i64], b: &[i64]) -> bool {
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => return false,
        }
    }
    true
}

impl Row {
    /// Same meeting? Resolved dates decide alone (a planned meeting later reported held is one
    /// event); otherwise status and the named parts of the dates must agree.
    fn compatible(&self, o: &Row) -> bool {
        // Disjoint casts only count when both reports name the two sides.
        if self.people.len() >= 2 && o.people.len() >= 2 && disjoint(&self.people, &o.people) {
            return false;
        }
        if self.parts.resolved.is_some() && o.parts.resolved.is_some() {
            return self.parts.compatible(&o.parts);
        }
        self.status.compatible(o.status) && self.parts.compatible(&o.parts)
    }

    /// Everything `compatible` looks at is equal.
    fn same_claim(&self, o: &Row) -> bool {
        self.people == o.people && self.status == o.status && self.parts == o.parts
    }
}

/// A cluster being built. `compatible` depends only on a report's people, status and date parts,
/// so a newcomer is checked against one representative per distinct claim rather than every
/// member, and against the common part of the members' resolved dates first: clustering a busy
/// month stays near linear.
struct Cluster {
    members: Vec<usize>,
    claims: Vec<usize>,
    /// The intersection of the members' resolved date ranges.
    common: Option<(NaiveDate, NaiveDate)>,
}

impl Cluster {
    fn new(i: usize, rows: &[Row]) -> Cluster {
        Cluster {
            members: vec![i],
            claims: vec![i],
            common: rows[i].parts.resolved,
        }
    }

    fn admits(&self, r: &Row, rows: &[Row]) -> bool {
        if let (Some((lo, hi)), Some((s, e))) = (self.common, r.parts.resolved) {
            if s > hi || lo > e {
                return false;
            }
        }
        self.claims.iter().all(|&k| rows[k].compatible(r))
    }

    fn add(&mut self, i: usize, rows: &[Row]) {
        self.members.push(i);
        if !self.claims.iter().any(|&k| rows[k].same_claim(&rows[i])) {
            self.claims.push(i);
        }
        if let Some((s, e)) = rows[i].parts.resolved {
            self.common = Some(match self.common {
                Some((lo, hi)) => (lo.max(s), hi.min(e)),
                None => (s, e),
            });
        }
    }
}

fn load_rows(conn: &Connection, scope: &Scope<'_>) -> Result<Vec<Row>> {
    let mut texts: Shared<str> = Shared::new();
    let mut whos: Shared<[(i64, &'static str)]> = Shared::new();
    let mut peoples: Shared<[i64]> = Shared::new();
    let mut pst = conn.prepare_cached(SQL_REPORT_PARTICIPANTS)?;
    let mut map = |r: &rusqlite::Row<'_>| -> Result<Row> {
        let id: i64 = r.get(0)?;
        let mut text = |i: usize| -> rusqlite::Result<Option<Rc<str>>> {
            Ok(r.get_ref(i)?.as_str_or_null()?.map(|s| texts.get(s)))
        };
        let date = text(4)?.zip(text(5)?);
        let (place_text, participants_text) = (text(8)?, text(9)?);
        let precision = tag(r.get_ref(6)?.as_str()?, PRECISIONS);
        let who: Vec<(i64, &'static str)> = pst
            .query_map([id], |p| {
                Ok((p.get(0)?, tag(p.get_ref(1)?.as_str()?, ROLES)))
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut people: Vec<i64> = who
            .iter()
            .filter(|w| w.1 == "participant")
            .map(|w| w.0)
            .collect();
        people.dedup();
        let raw = r.get_ref(3)?.as_str_or_null()?.and_then(when::parse_raw);
        let resolved = date.as_ref().and_then(|(s, e)| {
            Some(when::Resolved {
                start: parse_day(s)?,
                end: parse_day(e)?,
                precision: match precision {
                    "month" => Precision::Month,
                    "year" => Precision::Year,
                    _ => Precision::Day,
                },
            })
        });
        Ok(Row {
            id,
            event_id: r.get(1)?,
            status: Status::parse(r.get_ref(2)?.as_str()?),
            date,
            precision,
            place: r.get(7)?,
            place_text,
            participants_text,
            content: r.get_ref(10)?.as_blob_or_null()?.map(content_number),
            start: r.get(11)?,
            kind: tag(r.get_ref(12)?.as_str()?, KINDS),
            parts: DateParts::of(raw.as_ref(), resolved.as_ref()),
            who: whos.get(who),
            people: peoples.get(people),
        })
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
    let mut rows: Vec<Row> = Vec::with_capacity(n);
    let mut st = conn.prepare_cached(&format!("{SQL_CLUSTER_COLUMNS} {sql}"))?;
    let mut q = st.query(rusqlite::params_from_iter(bounds))?;
    while let Some(r) = q.next()? {
        rows.push(map(r)?);
    }
    // Content order, independent of import order (in place: no buffer of half the rows). Reports
    // of one article with the same start are ordered by id, which follows their order in the article.
    rows.sort_unstable_by(|a, b| {
        (
            precision_rank(a.precision),
            &a.date,
            a.content,
            a.start,
            a.id,
        )
            .cmp(&(
                precision_rank(b.precision),
                &b.date,
                b.content,
                b.start,
                b.id,
            ))
    });
    Ok(rows)
}

/// Re-derives the events of all non-curated reports in `scope`. Each cluster keeps the lowest
/// event id among its members' (so a meeting's id survives later imports that add reports to it);
/// events left without reports are deleted. Returns how many reports it clustered.
fn recluster(conn: &Connection, scope: Scope<'_>) -> Result<usize> {
    let rows = load_rows(conn, &scope)?;
    let mut clusters: Vec<Cluster> = Vec::new();
    for (i, r) in rows.iter().enumerate() {
        match clusters.iter_mut().find(|c| c.admits(r, &rows)) {
            Some(c) => c.add(i, &rows),
            None => clusters.push(Cluster::new(i, &rows)),
        }
    }
    let old: BTreeSet<i64> = rows.iter().filter_map(|r| r.event_id).collect();
    let mut kept: BTreeSet<i64> = BTreeSet::new();
    // (report, event) links to write, in report order at the end: a key's reports lie all over the
    // table, and updating them in id order touches each page once, front to back.
    let mut links: Vec<(i64, i64)> = Vec::new();
    for c in &clusters {
        let members: Vec<&Row> = c.members.iter().map(|&k| &rows[k]).collect();
        let mut ids: Vec<i64> = members.iter().filter_map(|r| r.event_id).collect();
        ids.sort_unstable();
        let reuse = ids.into_iter().find(|id| !kept.contains(id));
        let event_id = save_event(conn, reuse, &members)?;
        if reuse.is_some() {
            conn.prepare_cached(SQL_DELETE_EVENT_PARTICIPANTS)?
                .execute([event_id])?;
        }
        kept.insert(event_id);
        links.extend(
            members
                .iter()
                .filter(|r| r.event_id != Some(event_id))
                .map(|r| (r.id, event_id)),
        );
        // Participants: the union, each credited to the lowest report id that names it.
        let mut who: BTreeMap<(i64, &str), i64> = BTreeMap::new();
        for r in &members {
            for (e, role) in r.who.iter() {
                let slot = who.entry((*e, *role)).or_insert(r.id);
                *slot = (*slot).min(r.id);
            }
        }
        for ((e, role), rid) in who {
            conn.prepare_cached(SQL_INSERT_EVENT_PARTICIPANT)?
                .execute(params![event_id, e, role, rid, 0])?;
        }
    }
    links.sort_unstable();
    let mut st = conn.prepare_cached(SQL_SET_REPORT_EVENT)?;
    for (report, event) in links {
        st.execute(params![report, event])?;
    }
    for e in old.difference(&kept) {
        let gone = conn
            .prepare_cached(SQL_DELETE_EVENT_IF_EMPTY)?
            .execute([e])?;
        if gone == 0 {
            continue;
        }
        conn.prepare_cached(SQL_DELETE_EVENT_PARTICIPANTS)?
            .execute([e])?;
    }
    Ok(rows.len())
}

/// The reconciled event of a cluster (members in content order), as the columns of `events`.
struct EventFields {
    kind: String,
    status: &'static str,
    date: (Option<String>, Option<String>, &'static str),
    place: Option<i64>,
    place_text: Option<String>,
    participants_text: Option<String>,
    note: Option<String>,
}

fn event_fields(members: &[&Row]) -> EventFields {
    let statuses: BTreeSet<&str> = members
        .iter()
        .map(|r| r.status.as_str())
        .filter(|s| *s != "unknown")
        .collect();
    let status = if statuses.contains("held") {
        "held"
    } else if statuses.contains("planned") {
        "planned"
    } else {
        "unknown"
    };
    // The most precise resolved date (members are sorted by precision first).
    let dated = members.iter().find(|r| r.date.is_some());
    let (ds, de, prec) = match dated {
        Some(r) => (
            r.date.as_ref().map(|d| d.0.to_string()),
            r.date.as_ref().map(|d| d.1.to_string()),
            r.precision,
        ),
        None => (None, None, "unresolved"),
    };
    let mut notes = Vec::new();
    if statuses.len() > 1 {
        notes.push(format!(
            "status: {}",
            statuses.iter().copied().collect::<Vec<_>>().join(" vs ")
        ));
    }
    let days: BTreeSet<String> = members
        .iter()
        .filter(|r| r.precision == prec)
        .filter_map(|r| r.date.as_ref().map(|d| format!("{}..{}", d.0, d.1)))
        .collect();
    if days.len() > 1 {
        notes.push(format!(
            "date: {}",
            days.into_iter().collect::<Vec<_>>().join(" vs ")
        ));
    }
    let places: BTreeSet<i64> = members.iter().filter_map(|r| r.place).collect();
    if places.len() > 1 {
        notes.push(format!(
            "place: entities {}",
            places
                .iter()
                .map(i64::to_string)
                .collect::<Vec<_>>()
                .join(" vs ")
        ));
    }
    let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
    for r in members {
        *kinds.entry(r.kind).or_default() += 1;
    }
    let kind = kinds
        .iter()
        .max_by_key(|(k, n)| (**n, std::cmp::Reverse(**k)))
        .map_or("meeting", |(k, _)| k)
        .to_string();
    let texts: BTreeSet<&str> = members
        .iter()
        .filter_map(|r| r.participants_text.as_deref())
        .collect();
    let participants_text =
        (!texts.is_empty()).then(|| texts.into_iter().collect::<Vec<_>>().join(" | "));
    EventFields {
        kind,
        status,
        date: (ds, de, prec),
        place: members.iter().find_map(|r| r.place),
        place_text: members
            .iter()
            .find_map(|r| r.place_text.as_deref().map(str::to_string)),
        participants_text,
        note: (!notes.is_empty()).then(|| notes.join("; ")),
    }
}

/// Write a cluster's event: over `id` when the cluster keeps an existing event, else as a new one.
fn save_event(conn: &Connection, id: Option<i64>, members: &[&Row]) -> Result<i64> {
    let f = event_fields(members);
    let conflict = f.note.is_some();
    let mut values: Vec<&dyn rusqlite::ToSql> = vec![
        &f.kind,
        &f.status,
        &f.date.0,
        &f.date.1,
        &f.date.2,
        &f.place,
        &f.place_text,
        &f.participants_text,
        &conflict,
        &f.note,
    ];
    match &id {
        Some(id) => {
            values.push(id);
            conn.prepare_cached(SQL_UPDATE_EVENT)?
                .execute(values.as_slice())?;
            Ok(*id)
        }
        None => {
            values.push(&0); // not curated
            conn.prepare_cached(SQL_INSERT_EVENT)?
                .execute(values.as_slice())?;
            Ok(conn.last_insert_rowid())
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Curated annotations

const SQL_ALIAS_LOOKUP: &str =
    "SELECT e.id FROM entity_aliases a JOIN entities e ON e.id = a.entity_id \
     WHERE a.norm = ?1 ORDER BY (e.kind = ?2) DESC, e.id LIMIT 1";
const SQL_INSERT_CURATED_ENTITY: &str =
    "INSERT INTO entities (kind, name_ar, name_en, source) VALUES (?1, ?2, ?3, 'curated')";
const SQL_INSERT_CURATED_ALIAS: &str = "INSERT OR IGNORE INTO entity_aliases (entity_id, alias, norm, kind) VALUES (?1, ?2, ?3, 'name')";

/// The entity named `name`, created (source 'curated') when the archive does not know it.
fn curated_entity(
    conn: &Connection,
    name: &str,
    kind: &str,
    name_en: Option<&str>,
    aliases: &[String],
) -> Result<i64> {
    let norm = arabic::index_text(name);
    let found: Option<i64> = conn
        .prepare_cached(SQL_ALIAS_LOOKUP)?
        .query_row(params![norm, kind], |r| r.get(0))
        .optional()?;
    let id = match found {
        Some(id) => id,
        None => {
            let kind = Kind::parse(kind).map_or("person", Kind::as_str);
            conn.prepare_cached(SQL_INSERT_CURATED_ENTITY)?
                .execute(params![kind, name, name_en])?;
            conn.last_insert_rowid()
        }
    };
    for a in std::iter::once(&name.to_string()).chain(aliases) {
        conn.prepare_cached(SQL_INSERT_CURATED_ALIAS)?
            .execute(params![id, a, arabic::index_text(a)])?;
    }
    Ok(id)
}

const SQL_ARTICLE_BODY: &str = "SELECT body FROM articles WHERE id = ?1";

fn write_curated(
    conn: &Connection,
    article_id: i64,
    c: &Curated,
    written: &mut Written,
) -> Result<Vec<String>> {
    let body: String = conn
        .prepare_cached(SQL_ARTICLE_BODY)?
        .query_row([article_id], |r| r.get(0))?;
    let char_at = |byte: usize| body[..byte].chars().count() as i64;
    for e in &c.entities {
        let id = curated_entity(conn, &e.name, &e.kind, e.name_en.as_deref(), &e.aliases)?;
        // Mentions at each literal occurrence of the name or an alias.
        let occurrences = std::iter::once(&e.name).chain(&e.aliases).flat_map(|form| {
            body.match_indices(form.as_str()).map(|(b, _)| {
                let s = char_at(b);
                (
                    id,
                    Field::Body,
                    s,
                    s + form.chars().count() as i64,
                    form.as_str(),
                )
            })
        });
        written.count(write_mentions(conn, article_id, occurrences, true)?);
    }
    for a in &c.attributions {
        let Some(b) = body.find(a.cue.as_str()) else {
            continue;
        };
        let s = char_at(b);
        let source = match &a.source {
            Some(n) => Some(curated_entity(conn, n, "outlet", None, &[])?),
            None => None,
        };
        conn.prepare_cached(SQL_INSERT_ATTRIBUTION)?
            .execute(params![
                article_id,
                s,
                s + a.cue.chars().count() as i64,
                None::<i64>,
                None::<i64>,
                arabic::normalize(&a.cue),
                a.cue,
                source,
                a.source,
                None::<i64>,
                a.via,
                a.anonymous,
                1,
                source.map(|_| "outlet"),
                None::<&str>,
                false
            ])?;
    }
    let body_len = body.chars().count().max(1) as i64;
    for ev in &c.events {
        let place = match &ev.place {
            Some(p) => Some(curated_entity(conn, p, "place", None, &[])?),
            None => None,
        };
        let status = Status::parse(&ev.status).as_str();
        let kind = ev
            .kind
            .as_deref()
            .filter(|k| matches!(*k, "meeting" | "visit" | "talks" | "summit" | "other"))
            .unwrap_or("meeting");
        let (ds, de, prec) = curated_date(ev.date.as_deref());
        let (event_id, report_id) = insert_report(
            conn,
            &NewReport {
                article_id,
                kind,
                status,
                trigger: "curated",
                date_text: ev.date.as_deref(),
                date: (ds, de, prec),
                place,
                place_text: ev.place.as_deref(),
                participants_text: None,
                attribution: None,
                span: (0, body_len),
                curated: true,
                cluster_key: None,
                content_key: None,
            },
        )?;
        let people = ev
            .participants
            .iter()
            .map(|p| (p, "participant"))
            .chain(ev.mediator.iter().map(|m| (m, "mediator")));
        for (name, role) in people {
            let eid = curated_entity(conn, name, "person", None, &[])?;
            conn.prepare_cached(SQL_INSERT_REPORT_PARTICIPANT)?
                .execute(params![report_id, eid, role])?;
            conn.prepare_cached(SQL_INSERT_EVENT_PARTICIPANT)?
                .execute(params![event_id, eid, role, report_id, 1])?;
        }
    }
    Ok(Vec::new())
}

fn curated_date(d: Option<&str>) -> (Option<String>, Option<String>, &'static str) {
    let Some(d) = d.map(str::trim) else {
        return (None, None, "unresolved");
    };
    if let Some(day) = parse_day(d) {
        return (Some(day.to_string()), Some(day.to_string()), "day");
    }
    if let Some(m) = parse_day(&format!("{d}-01")) {
        let end = m
            .checked_add_months(chrono::Months::new(1))
            .and_then(|x| x.pred_opt())
            .unwrap_or(m);
        return (Some(m.to_string()), Some(end.to_string()), "month");
    }
    if let Some(y) = parse_day(&format!("{d}-01-01")) {
        return (Some(y.to_string()), Some(format!("{d}-12-31")), "year");
    }
    (None, None, "unresolved")
}

// ---------------------------------------------------------------------------------------------
// Outlets

const SQL_OUTLET_BY_NAME: &str = "SELECT id FROM outlets WHERE name = ?1";
const SQL_INSERT_OUTLET: &str = "INSERT INTO outlets (name, entity_id) VALUES (?1, ?2)";
const SQL_OUTLET_ENTITY: &str = "SELECT e.id FROM entity_aliases a JOIN entities e ON e.id = a.entity_id \
     WHERE e.kind = 'outlet' AND (a.norm = ?1 OR a.alias = ?2 COLLATE NOCASE) ORDER BY e.id LIMIT 1";

/// The id of the outlet with this name, created on first sight and linked to the gazetteer outlet
/// whose alias (or domain) matches the name.
pub fn outlet_id(conn: &Connection, name: &str) -> Result<i64> {
    let found: Option<i64> = conn
        .prepare_cached(SQL_OUTLET_BY_NAME)?
        .query_row([name], |r| r.get(0))
        .optional()?;
    if let Some(id) = found {
        return Ok(id);
    }
    let entity: Option<i64> = conn
        .prepare_cached(SQL_OUTLET_ENTITY)?
        .query_row(params![arabic::index_text(name), name.trim()], |r| r.get(0))
        .optional()?;
    conn.prepare_cached(SQL_INSERT_OUTLET)?
        .execute(params![name, entity])?;
    Ok(conn.last_insert_rowid())
}

// ---------------------------------------------------------------------------------------------
// Re-extraction

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct RerunStats {
    pub articles: usize,
    pub mentions: usize,
    pub attributions: usize,
    pub reports: usize,
}

const SQL_ARTICLE_ENTITIES: &str = "SELECT DISTINCT entity_id FROM mentions WHERE article_id = ?1";
const SQL_ALL_ARTICLES: &str = "SELECT id FROM articles ORDER BY id";
const SQL_ARTICLE_FOR_RERUN: &str =
    "SELECT a.title, a.body, a.published_at, a.published_precision, o.name, a.content_hash \
     FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id WHERE a.id = ?1";
const SQL_OLD_REPORT_KEYS: &str = "SELECT DISTINCT cluster_key FROM event_reports \
     WHERE article_id = ?1 AND curated = 0 AND cluster_key IS NOT NULL";
const SQL_OLD_REPORT_EVENTS: &str =
    "SELECT DISTINCT event_id FROM event_reports WHERE article_id = ?1 AND curated = 0";
const SQL_DELETE_DERIVED: [&str; 7] = [
    "DELETE FROM report_participants WHERE report_id IN \
        (SELECT id FROM event_reports WHERE article_id = ?1 AND curated = 0)",
    "DELETE FROM event_reports WHERE article_id = ?1 AND curated = 0",
    "DELETE FROM mentions WHERE article_id = ?1 AND curated = 0",
    "DELETE FROM attributions WHERE article_id = ?1 AND curated = 0",
    "DELETE FROM article_relations WHERE article_id = ?1 OR related_article_id = ?1",
    "DELETE FROM article_minhash_bands WHERE article_id = ?1",
    "DELETE FROM article_minhash WHERE article_id = ?1",
];
/// Curated reports may point at an automatic attribution that rerun just deleted.
const SQL_UNLINK_ATTRIBUTIONS: &str = "UPDATE event_reports SET attribution_id = NULL \
     WHERE attribution_id IS NOT NULL AND attribution_id NOT IN (SELECT id FROM attributions)";

/// `marsad extract`: re-extracts the given articles (all when None). Deletes their non-curated
/// derived rows, writes fresh ones, drops events left without reports and re-clusters every touched
/// key once at the end. Running it twice leaves identical tables.
pub fn rerun(conn: &Connection, g: &Gazetteer, article_ids: Option<&[i64]>) -> Result<RerunStats> {
    let ids: Vec<i64> = match article_ids {
        Some(ids) => {
            let mut v = ids.to_vec();
            v.sort_unstable();
            v.dedup();
            v
        }
        None => conn
            .prepare(SQL_ALL_ARTICLES)?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?,
    };
    let mut keys: BTreeSet<String> = BTreeSet::new();
    let mut old_events: BTreeSet<i64> = BTreeSet::new();
    // Entities whose monthly counts change (all of them when every article is re-extracted).
    let mut named: BTreeSet<i64> = BTreeSet::new();
    for &id in &ids {
        if article_ids.is_some() {
            for e in conn
                .prepare_cached(SQL_ARTICLE_ENTITIES)?
                .query_map([id], |r| r.get::<_, i64>(0))?
            {
                named.insert(e?);
            }
        }
        for k in conn
            .prepare_cached(SQL_OLD_REPORT_KEYS)?
            .query_map([id], |r| r.get::<_, String>(0))?
        {
            keys.insert(k?);
        }
        for e in conn
            .prepare_cached(SQL_OLD_REPORT_EVENTS)?
            .query_map([id], |r| r.get::<_, i64>(0))?
        {
            old_events.insert(e?);
        }
        for sql in SQL_DELETE_DERIVED {
            conn.prepare_cached(sql)?.execute([id])?;
        }
    }
    conn.prepare_cached(SQL_UNLINK_ATTRIBUTIONS)?.execute([])?;
    for e in &old_events {
        if conn
            .prepare_cached(SQL_DELETE_EVENT_IF_EMPTY)?
            .execute([e])?
            > 0
        {
            conn.prepare_cached(SQL_DELETE_EVENT_PARTICIPANTS)?
                .execute([e])?;
        }
    }
    let mut stats = RerunStats::default();
    for &id in &ids {
        let row = conn
            .prepare_cached(SQL_ARTICLE_FOR_RERUN)?
            .query_row([id], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, Option<String>>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, Option<String>>(4)?,
                    r.get::<_, String>(5)?,
                ))
            })
            .optional()?;
        let Some((title, body, published, precision, outlet, hash)) = row else {
            continue;
        };
        let published = published
            .filter(|_| matches!(precision.as_str(), "time" | "day"))
            .and_then(|s| parse_day(&s[..10.min(s.len())]));
        let view = ArticleView {
            title: &title,
            body: &body,
            published,
            outlet: outlet.as_deref(),
            annotations: None,
        };
        let x = super::extract_article(g, &view);
        stats.articles += 1;
        stats.mentions += x.mentions.len();
        stats.attributions += x.attributions.len();
        stats.reports += x.events.len();
        let w = write_rows(conn, id, &crate::ingest::content_key(&hash), &x)?;
        keys.extend(w.keys);
        named.extend(w.mentions.keys());
        conn.prepare_cached(SQL_SET_VERSION)?
            .execute(params![id, EXTRACTION_VERSION])?;
    }
    for k in keys {
        conn.prepare_cached(SQL_MARK_DIRTY)?.execute([&k])?;
    }
    recluster_dirty(conn)?;
    recount_entities(conn, article_ids.is_some().then_some(&named))?;
    Ok(stats)
}
