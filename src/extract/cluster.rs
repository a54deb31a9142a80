//! Clustering policy: which event reports describe the same event, and what that event says.
//! Pure: report rows in, events out. Loading the rows and writing the events is
//! `archive::events`.
//!
//! Reports are clustered per cluster key: a place (or, for placeless reports, the set of
//! participants) and a time bucket (`time_bucket`). Within a key, reports are taken in an order
//! that depends only on their content (`content_order`), and each joins the first cluster it is
//! compatible with, so importing the same articles in any order yields the same events.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::rc::Rc;

use chrono::NaiveDate;

use super::events::DateParts;
use super::when;
use crate::period::parse_day;
use crate::vocab::{EventKind, Precision, Role, Status};

/// The time bucket of undated reports (no resolved date, no publication day).
pub const UNDATED: &str = "?";

/// The time bucket of a report's cluster key: the month of its resolved date (the year for a
/// year-only date), else the month its article was published, else [`UNDATED`]. Buckets keep
/// re-clustering proportional to a month's reports instead of a place's whole history.
pub fn time_bucket(resolved: Option<&when::Resolved>, published: Option<NaiveDate>) -> String {
    match (resolved, published) {
        (Some(r), _) if r.precision == Precision::Year => r.start.format("%Y").to_string(),
        (Some(r), _) => r.start.format("%Y-%m").to_string(),
        (None, Some(p)) => p.format("%Y-%m").to_string(),
        (None, None) => UNDATED.to_string(),
    }
}

/// The cluster key of an automatic report: 'place:<id>@<bucket>', or 'who:<sorted participant
/// ids>@<bucket>' for a placeless one; None (an event of its own) when it has neither.
pub fn cluster_key(
    place: Option<i64>,
    participants: &[i64],
    resolved: Option<&when::Resolved>,
    published: Option<NaiveDate>,
) -> Option<String> {
    let mut who = participants.to_vec();
    who.sort_unstable();
    who.dedup();
    let base = match place {
        Some(p) => format!("place:{p}"),
        None if !who.is_empty() => format!(
            "who:{}",
            who.iter().map(i64::to_string).collect::<Vec<_>>().join(",")
        ),
        None => return None,
    };
    Some(format!("{base}@{}", time_bucket(resolved, published)))
}

/// A key without its time bucket: the place or participant set.
pub fn key_base(key: &str) -> &str {
    key.split_once('@').map_or(key, |(b, _)| b)
}

/// Dirty keys grouped by base, each with whether the base must be clustered whole: a place with
/// undated reports (an article without a publication date saying «last Thursday») may have them
/// in any month. `has_undated(base)` says whether the archive holds undated reports of `base`.
pub fn group_dirty(
    keys: &[String],
    mut has_undated: impl FnMut(&str) -> anyhow::Result<bool>,
) -> anyhow::Result<Vec<(&str, bool, Vec<&str>)>> {
    let mut bases: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for k in keys {
        bases.entry(key_base(k)).or_default().push(k);
    }
    let mut out = Vec::with_capacity(bases.len());
    for (base, dirty) in bases {
        let undated = format!("{base}@{UNDATED}");
        let whole =
            dirty.iter().any(|k| *k == undated || !k.contains('@')) || has_undated(&undated)?;
        out.push((base, whole, dirty));
    }
    Ok(out)
}

/// A report as clustering sees it. A busy month of a place holds 100k+ reports at a million
/// articles, so a report owns no memory of its own: texts and participant lists repeat and are
/// shared (see [`Interner`]).
#[derive(Debug)]
pub struct Report {
    pub id: i64,
    /// None until first clustered.
    pub event_id: Option<i64>,
    pub status: Status,
    /// Resolved date_start, date_end.
    pub date: Option<(Rc<str>, Rc<str>)>,
    pub precision: Precision,
    pub place: Option<i64>,
    pub place_text: Option<Rc<str>>,
    pub participants_text: Option<Rc<str>>,
    /// The article's content key (big-endian): orders reports by content, whatever order they
    /// were imported in.
    pub content: Option<u64>,
    pub start: i64,
    pub kind: EventKind,
    pub(crate) parts: DateParts,
    pub who: Rc<[(i64, Role)]>,
    /// The sides of the meeting (participants, hosts, visitors; not go-betweens), sorted.
    pub people: Rc<[i64]>,
}

/// The stored columns of one report (`event_reports` and its `report_participants`).
pub struct ReportColumns<'a> {
    pub id: i64,
    pub event_id: Option<i64>,
    pub status: Status,
    pub date_text: Option<&'a str>,
    pub date: Option<(&'a str, &'a str)>,
    pub precision: Precision,
    pub place: Option<i64>,
    pub place_text: Option<&'a str>,
    pub participants_text: Option<&'a str>,
    pub content_key: Option<&'a [u8]>,
    pub start: i64,
    pub kind: EventKind,
    /// Sorted by entity, then role.
    pub who: Vec<(i64, Role)>,
}

/// One shared copy of each distinct value of a clustering run.
struct Shared<T: ?Sized>(HashSet<Rc<T>>);

impl<T: ?Sized + Eq + std::hash::Hash> Shared<T> {
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

/// Builds [`Report`]s that share their repeated texts and participant lists.
pub struct Interner {
    texts: Shared<str>,
    whos: Shared<[(i64, Role)]>,
    peoples: Shared<[i64]>,
}

impl Default for Interner {
    fn default() -> Self {
        Interner {
            texts: Shared(HashSet::new()),
            whos: Shared(HashSet::new()),
            peoples: Shared(HashSet::new()),
        }
    }
}

impl Interner {
    pub fn report(&mut self, c: ReportColumns<'_>) -> Report {
        let mut text = |s: Option<&str>| s.map(|s| self.texts.get(s));
        let date = text(c.date.map(|d| d.0)).zip(text(c.date.map(|d| d.1)));
        let (place_text, participants_text) = (text(c.place_text), text(c.participants_text));
        let mut people: Vec<i64> = c
            .who
            .iter()
            .filter(|w| w.1.is_party())
            .map(|w| w.0)
            .collect();
        people.dedup();
        let raw = c.date_text.and_then(when::parse_raw);
        let resolved = c.date.and_then(|(s, e)| {
            Some(when::Resolved {
                start: parse_day(s)?,
                end: parse_day(e)?,
                precision: match c.precision {
                    Precision::Month | Precision::Year => c.precision,
                    _ => Precision::Day,
                },
            })
        });
        Report {
            id: c.id,
            event_id: c.event_id,
            status: c.status,
            date,
            precision: c.precision,
            place: c.place,
            place_text,
            participants_text,
            content: c.content_key.map(content_number),
            start: c.start,
            kind: c.kind,
            parts: DateParts::of(raw.as_ref(), resolved.as_ref()),
            who: self.whos.get(c.who),
            people: self.peoples.get(people),
        }
    }
}

/// The first 8 bytes of a content key as a number that sorts as the bytes do.
fn content_number(key: &[u8]) -> u64 {
    let mut b = [0u8; 8];
    let n = key.len().min(8);
    b[..n].copy_from_slice(&key[..n]);
    u64::from_be_bytes(b)
}

fn precision_rank(p: Precision) -> u8 {
    match p {
        Precision::Time | Precision::Day => 0,
        Precision::Month => 1,
        Precision::Year => 2,
        Precision::Unresolved => 3,
    }
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

impl Report {
    /// Same event? Reports that both name sides and share none never are (two meetings in one
    /// city the same day are common); resolved dates then decide alone (a planned meeting later
    /// reported held is one event); otherwise status and the named parts of the dates must agree.
    pub fn compatible(&self, o: &Report) -> bool {
        if !self.people.is_empty() && !o.people.is_empty() && disjoint(&self.people, &o.people) {
            return false;
        }
        if self.parts.resolved.is_some() && o.parts.resolved.is_some() {
            return self.parts.compatible(&o.parts);
        }
        self.status.compatible(o.status) && self.parts.compatible(&o.parts)
    }

    /// Evidence that two compatible reports are one meeting, beyond a shared place and month: a
    /// shared side, or a date claimed by both (resolved, or a named day, weekday or month).
    /// An interview in Sudan and, another day, the Jeddah talks' delegation back in Sudan, both
    /// undated, share only the place.
    pub fn linked(&self, o: &Report) -> bool {
        let dated = |p: &DateParts| {
            p.resolved.is_some() || p.day.is_some() || p.weekday.is_some() || p.month.is_some()
        };
        !disjoint(&self.people, &o.people) || (dated(&self.parts) && dated(&o.parts))
    }

    /// Everything `compatible` and `linked` look at is equal.
    fn same_claim(&self, o: &Report) -> bool {
        self.people == o.people && self.status == o.status && self.parts == o.parts
    }
}

/// Content order, independent of import order: the most precise dates first, then by date, the
/// article's content key, the offset in the article and the id (reports of one article with the
/// same start follow their order in the article).
pub fn content_order(rows: &mut [Report]) {
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
    fn new(i: usize, rows: &[Report]) -> Cluster {
        Cluster {
            members: vec![i],
            claims: vec![i],
            common: rows[i].parts.resolved,
        }
    }

    fn admits(&self, r: &Report, rows: &[Report]) -> bool {
        if let (Some((lo, hi)), Some((s, e))) = (self.common, r.parts.resolved) {
            if s > hi || lo > e {
                return false;
            }
        }
        // `linked` looks at people and date parts only, which one claim stands for: checking
        // the claims is checking every member.
        self.agrees(r, rows) && self.claims.iter().any(|&k| rows[k].linked(r))
    }

    /// No member contradicts r.
    fn agrees(&self, r: &Report, rows: &[Report]) -> bool {
        self.claims.iter().all(|&k| rows[k].compatible(r))
    }

    fn add(&mut self, i: usize, rows: &[Report]) {
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

/// The reconciled event of a cluster, as the columns of `events`.
#[derive(Debug, Clone, PartialEq)]
pub struct EventFields {
    pub kind: EventKind,
    pub status: Status,
    /// date_start, date_end, date_precision
    pub date: (Option<String>, Option<String>, Precision),
    pub place: Option<i64>,
    pub place_text: Option<String>,
    pub participants_text: Option<String>,
    /// What the reports disagree on ('status: held vs planned; date: …'); None when nothing.
    pub conflict: Option<String>,
}

/// One event of a [`Plan`].
#[derive(Debug)]
pub struct PlannedEvent {
    /// The existing event this cluster keeps (the lowest id among its members' not kept by an
    /// earlier cluster), or None for a new event.
    pub keep: Option<i64>,
    pub fields: EventFields,
    /// (report id, its current event id), in content order.
    pub members: Vec<(i64, Option<i64>)>,
    /// The union of the members' participants, each credited to the lowest report id naming it.
    pub participants: Vec<(i64, Role, i64)>,
}

/// What re-clustering one key does: the events to write, and the events its reports leave.
#[derive(Debug)]
pub struct Plan {
    pub events: Vec<PlannedEvent>,
    /// Events that had members here and are kept by no cluster: deleted when left without reports.
    pub left: Vec<i64>,
}

/// Cluster the reports of one key. Each cluster keeps the lowest event id among its members'
/// (so a meeting's id survives later imports that add reports to it).
pub fn plan(mut rows: Vec<Report>) -> Plan {
    content_order(&mut rows);
    let mut clusters: Vec<Cluster> = Vec::new();
    // A report that agrees with a cluster but is not yet linked to any member (a dated report
    // without people, an undated one naming the people of a later member) waits until every
    // other report has found its cluster, then tries again, in content order.
    let mut waiting = Vec::new();
    for (i, r) in rows.iter().enumerate() {
        if let Some(c) = clusters.iter_mut().find(|c| c.admits(r, &rows)) {
            c.add(i, &rows);
        } else if clusters.iter().any(|c| c.agrees(r, &rows)) {
            waiting.push(i);
        } else {
            clusters.push(Cluster::new(i, &rows));
        }
    }
    for i in waiting {
        let r = &rows[i];
        match clusters.iter_mut().find(|c| c.admits(r, &rows)) {
            Some(c) => c.add(i, &rows),
            None => clusters.push(Cluster::new(i, &rows)),
        }
    }
    let old: BTreeSet<i64> = rows.iter().filter_map(|r| r.event_id).collect();
    let mut kept: BTreeSet<i64> = BTreeSet::new();
    let mut events = Vec::with_capacity(clusters.len());
    for c in &mut clusters {
        // Waiting reports joined last: back to content order.
        c.members.sort_unstable();
        let members: Vec<&Report> = c.members.iter().map(|&k| &rows[k]).collect();
        let mut ids: Vec<i64> = members.iter().filter_map(|r| r.event_id).collect();
        ids.sort_unstable();
        let keep = ids.into_iter().find(|id| !kept.contains(id));
        kept.extend(keep);
        let mut who: BTreeMap<(i64, Role), i64> = BTreeMap::new();
        for r in &members {
            for &(e, role) in r.who.iter() {
                let slot = who.entry((e, role)).or_insert(r.id);
                *slot = (*slot).min(r.id);
            }
        }
        events.push(PlannedEvent {
            keep,
            fields: event_fields(&members),
            members: members.iter().map(|r| (r.id, r.event_id)).collect(),
            participants: who.into_iter().map(|((e, role), r)| (e, role, r)).collect(),
        });
    }
    Plan {
        events,
        left: old.difference(&kept).copied().collect(),
    }
}

/// The reconciled event of a cluster (members in content order): held if any report says held,
/// else planned if any says planned; the most precise resolved date; the first place; the
/// participants' texts joined; the most common kind. Disagreements on status, date (at the chosen
/// precision) and place are noted as a conflict.
pub fn event_fields(members: &[&Report]) -> EventFields {
    let statuses: BTreeSet<&str> = members
        .iter()
        .map(|r| r.status.as_str())
        .filter(|s| *s != "unknown")
        .collect();
    let status = if statuses.contains("held") {
        Status::Held
    } else if statuses.contains("planned") {
        Status::Planned
    } else {
        Status::Unknown
    };
    // The most precise resolved date (members are sorted by precision first).
    let dated = members.iter().find(|r| r.date.is_some());
    let (ds, de, prec) = match dated {
        Some(r) => (
            r.date.as_ref().map(|d| d.0.to_string()),
            r.date.as_ref().map(|d| d.1.to_string()),
            r.precision,
        ),
        None => (None, None, Precision::Unresolved),
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
    // The most common kind; ties go to the first in alphabetical order.
    let mut kinds: BTreeMap<&str, (usize, EventKind)> = BTreeMap::new();
    for r in members {
        kinds.entry(r.kind.as_str()).or_insert((0, r.kind)).0 += 1;
    }
    let kind = kinds
        .iter()
        .max_by_key(|(k, (n, _))| (*n, std::cmp::Reverse(**k)))
        .map_or(EventKind::Meeting, |(_, (_, kind))| *kind);
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
        conflict: (!notes.is_empty()).then(|| notes.join("; ")),
    }
}

#[cfg(test)]
#[path = "cluster_tests.rs"]
mod tests;
