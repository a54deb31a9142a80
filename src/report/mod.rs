//! `marsad report`: one self-contained HTML file about the meetings in the archive — a timeline
//! (date × place, status marked), a who-meets-whom network, the outlets and sources behind each event,
//! and each report's provenance (its sentence with trigger, participants, place and date marked).
//!
//! The page has no script and loads nothing: the charts are inline SVG (drawn with `plotters`), the
//! styles inline CSS, the markup is rendered by an auto-escaping template (`minijinja`) and is
//! well-formed as XML too (the tests parse it so). Arabic text is marked `dir="auto"`, so each name and
//! sentence runs in its own direction inside the English frame.

pub mod charts;
pub mod provenance;

use std::io::Write;

use anyhow::{Context, Result};
use rusqlite::types::Value as SqlValue;
use rusqlite::Connection;
use serde::Serialize;

use crate::output::date_at_precision;

/// Which events the report covers.
#[derive(Debug, Clone, Default)]
pub struct Filters {
    /// YYYY, YYYY-MM or YYYY-MM-DD: events whose date range reaches this period or later.
    pub from: Option<String>,
    /// The same: events that begin by the end of this period.
    pub to: Option<String>,
    /// Any alias of a place.
    pub place: Option<String>,
    /// Any alias of a participant (or mediator).
    pub participant: Option<String>,
    /// planned or held.
    pub status: Option<String>,
    /// Only this event.
    pub event: Option<i64>,
    /// At most this many events (the first in date order); the page says when more matched.
    pub limit: usize,
}

/// One event with everything the page shows about it.
#[derive(Debug, Clone, Serialize)]
pub struct Event {
    pub id: i64,
    pub kind: String,
    pub status: String,
    /// At its precision ("2000", "2025-07-24"), or None when unresolved.
    pub date: Option<String>,
    /// The last day of a range at its precision, when the event spans several.
    pub date_end: Option<String>,
    pub precision: String,
    /// ISO start and end of the date range, for the timeline.
    #[serde(skip)]
    pub span: Option<(String, String)>,
    pub place: Option<String>,
    pub participants: Vec<String>,
    pub mediators: Vec<String>,
    pub outlets: Vec<String>,
    /// "France 24 via مصدر دبلوماسي (anonymous)", one per distinct attribution.
    pub sources: Vec<String>,
    pub conflict: bool,
    pub conflict_note: Option<String>,
    pub reports: Vec<provenance::Report>,
}

/// What the page is made of.
#[derive(Debug, Serialize)]
pub struct Report {
    pub generated: String,
    pub archive: String,
    pub filters: Vec<String>,
    pub events: Vec<Event>,
    /// Events matching the filters beyond `limit`, not shown.
    pub left_out: usize,
    pub timeline_svg: String,
    pub network_svg: String,
    /// (a, b, meetings) for the most frequent pairs, most first.
    pub pairs: Vec<(String, String, usize)>,
    pub undated: Vec<i64>,
    /// Dated events before the timeline's first day (a long gap before them): (id, date at its
    /// precision), listed beside the timeline as links to the events.
    pub before_timeline: Vec<(i64, String)>,
}

const SQL_EVENTS: &str = "
SELECT e.id, e.kind, e.status, e.date_start, e.date_end, e.date_precision,
       COALESCE(pl.name_en, pl.name_ar, e.place_text), e.conflict, e.conflict_note
FROM events e LEFT JOIN entities pl ON pl.id = e.place_entity_id
WHERE (:place IS NULL OR e.place_entity_id = :place)
  AND (:from IS NULL OR COALESCE(e.date_end, e.date_start) >= :from)
  AND (:to IS NULL OR e.date_start < :to_end)
  AND (:status IS NULL OR e.status = :status)
  AND (:event IS NULL OR e.id = :event)
  AND (:who IS NULL OR EXISTS (SELECT 1 FROM event_participants p WHERE p.event_id = e.id AND p.entity_id = :who))
ORDER BY e.date_start IS NULL, e.date_start, e.id";

/// Gather the report's data: the events matching `f`, their participants, outlets, sources and reports.
///
/// # Errors
/// A bad date or an unknown or ambiguous name in the filters; SQLite errors.
pub fn gather(conn: &Connection, f: &Filters, archive: &str) -> Result<Report> {
    let mut binds: Vec<(&str, SqlValue)> = Vec::new();
    let mut described = Vec::new();
    for (name, value) in [("from", &f.from), ("to", &f.to)] {
        match value {
            Some(v) => {
                let (start, end) =
                    crate::period::period_bounds(v).with_context(|| format!("--{name} {v}"))?;
                binds.push((name, SqlValue::Text(start)));
                if name == "to" {
                    binds.push(("to_end", SqlValue::Text(end)));
                }
                described.push(format!("{name} {v}"));
            }
            None => {
                binds.push((name, SqlValue::Null));
                if name == "to" {
                    binds.push(("to_end", SqlValue::Null));
                }
            }
        }
    }
    for (name, value) in [("place", &f.place), ("who", &f.participant)] {
        binds.push((
            name,
            match value {
                Some(v) => {
                    described.push(format!(
                        "{} {v}",
                        if name == "who" { "participant" } else { name }
                    ));
                    SqlValue::Integer(crate::query::entity::resolve(conn, v)?)
                }
                None => SqlValue::Null,
            },
        ));
    }
    if let Some(s) = &f.status {
        described.push(format!("status {s}"));
    }
    binds.push((
        "status",
        f.status.clone().map_or(SqlValue::Null, SqlValue::Text),
    ));
    binds.push(("event", f.event.map_or(SqlValue::Null, SqlValue::Integer)));

    let mut stmt = conn.prepare(SQL_EVENTS)?;
    for (name, v) in &binds {
        if let Some(i) = stmt.parameter_index(&format!(":{name}"))? {
            stmt.raw_bind_parameter(i, v)?;
        }
    }
    let mut rows = stmt.raw_query();
    let mut events = Vec::new();
    let mut left_out = 0;
    while let Some(r) = rows.next()? {
        if events.len() >= f.limit {
            left_out += 1;
            continue;
        }
        let id: i64 = r.get(0)?;
        let start: Option<String> = r.get(3)?;
        let end: Option<String> = r.get(4)?;
        let precision: String = r.get(5)?;
        let date = start
            .as_deref()
            .and_then(|d| date_at_precision(d, &precision));
        let date_end = end
            .as_deref()
            .and_then(|d| date_at_precision(d, &precision))
            .filter(|e| Some(e) != date.as_ref());
        let span = start
            .clone()
            .filter(|_| date.is_some())
            .map(|s| (s.clone(), end.clone().unwrap_or(s)));
        let names = |roles: &str| -> Result<Vec<String>> {
            let mut s = conn.prepare_cached(&format!(
                "SELECT DISTINCT COALESCE(en.name_en, en.name_ar) FROM event_participants ep
                 JOIN entities en ON en.id = ep.entity_id
                 WHERE ep.event_id = ?1 AND ep.role IN ({roles}) ORDER BY 1"
            ))?;
            let v = s.query_map([id], |r| r.get(0))?;
            Ok(v.collect::<rusqlite::Result<_>>()?)
        };
        let reports = provenance::reports(conn, id)?;
        let mut outlets: Vec<String> = reports.iter().filter_map(|r| r.outlet.clone()).collect();
        outlets.sort();
        outlets.dedup();
        let mut sources: Vec<String> = reports
            .iter()
            .filter_map(|r| {
                let src = r.source.clone().or(r.via.clone())?;
                let mut s = src.clone();
                if let Some(via) = r.via.as_ref().filter(|v| **v != src) {
                    s.push_str(&format!(" via {via}"));
                }
                if r.anonymous {
                    s.push_str(" (anonymous)");
                }
                Some(s)
            })
            .collect();
        // The same source in two spellings (ى/ي, hamza forms) is one source.
        sources.sort_by_key(|s| crate::arabic::normalize(s));
        sources.dedup_by_key(|s| crate::arabic::normalize(s));
        events.push(Event {
            id,
            kind: r.get(1)?,
            status: r.get(2)?,
            date,
            date_end,
            precision,
            span,
            place: r.get(6)?,
            participants: names("'participant', 'host', 'visitor'")?,
            mediators: names("'mediator', 'sponsor'")?,
            outlets,
            sources,
            conflict: r.get::<_, i64>(7)? != 0,
            conflict_note: r.get(8)?,
            reports,
        });
    }
    let undated = events
        .iter()
        .filter(|e| e.span.is_none())
        .map(|e| e.id)
        .collect();
    let pairs = charts::pairs(&events);
    let before_timeline = match charts::timeline_start(&events) {
        Some(first) => events
            .iter()
            .filter(|e| {
                e.span
                    .as_ref()
                    .is_some_and(|(s, _)| s.as_str() < first.as_str())
            })
            .map(|e| (e.id, e.date.clone().unwrap_or_default()))
            .collect(),
        None => Vec::new(),
    };
    Ok(Report {
        generated: crate::db::now_iso(),
        archive: archive.to_string(),
        filters: described,
        timeline_svg: charts::timeline(&events)?,
        network_svg: charts::network(&pairs)?,
        pairs: pairs.into_iter().take(30).collect(),
        undated,
        before_timeline,
        events,
        left_out,
    })
}

const TEMPLATE: &str = include_str!("report.html");

/// Render the page.
pub fn render(report: &Report, out: &mut dyn Write) -> Result<()> {
    let mut env = minijinja::Environment::new();
    env.add_template("report.html", TEMPLATE)?;
    let html = env
        .get_template("report.html")?
        .render(minijinja::context! { r => report })?;
    out.write_all(html.as_bytes())?;
    Ok(())
}
