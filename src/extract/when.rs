//! Date expressions near event triggers: `arabic::dates` finds and resolves them; this module ties
//! them to the token stream and keeps the named parts for clustering, since an unresolved
//! «آب الماضي» still says "August", which is enough to keep it apart from a July meeting.
//!
//! [`When::explain`] is the one resolution policy: extraction stores what it returns and
//! `marsad dates` prints it, rule included.

use chrono::{NaiveDate, Weekday};

use super::doc::Doc;
use crate::arabic::dates::{self, DateExpr, Precision, Relative, Resolution, Tense};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dir {
    Past,
    Future,
}

#[derive(Debug, Clone)]
pub struct When {
    /// Token range [a, b) in the body `Doc`.
    pub toks: (usize, usize),
    pub raw: String,
    pub weekday: Option<Weekday>,
    pub day: Option<u32>,
    pub month: Option<u32>,
    pub year: Option<i32>,
    /// Days from the publication date («اليوم» 0, «غداً» 1, «أمس» -1).
    pub rel_days: Option<i64>,
    /// The expression's own tense marker («الماضي», «المقبل»).
    pub dir: Option<Dir>,
    /// «منذ عام 2011», «الأسبوع الماضي» and the like: a span or duration, not the date of an event.
    pub duration: bool,
    pub expr: DateExpr,
}

/// A resolved date range with its precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Resolved {
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub precision: Precision,
}

fn when_of(e: DateExpr, toks: (usize, usize), duration: bool) -> When {
    When {
        toks,
        raw: e.raw.clone(),
        weekday: e.weekday,
        day: e.day,
        month: e.month,
        year: e.year,
        rel_days: e.day_offset,
        dir: match e.relative {
            Some(Relative::Last) => Some(Dir::Past),
            Some(Relative::Next) => Some(Dir::Future),
            Some(Relative::This) | None => None,
        },
        duration,
        expr: e,
    }
}

/// Date expressions in the body, left to right, with their token ranges.
pub(crate) fn find(d: &Doc) -> Vec<When> {
    let mut out = Vec::new();
    for e in dates::find_dates(d.text) {
        let a = d.toks.partition_point(|t| t.end <= e.start);
        let b = d.toks.partition_point(|t| t.start < e.end);
        if a >= b {
            continue;
        }
        // «الأسبوع الماضي» is a span, not a meeting date; «منذ عام 2011» starts a span. «الشهر
        // الماضي» is a month, as good a date as «تموز الماضي».
        let duration = e.since || e.period == Some(dates::Period::Week);
        out.push(when_of(e, (a, b), duration));
    }
    out
}

impl When {
    /// Resolves against the publication day (local); `tense` is the reported event's status
    /// (held = past, planned = future). Spans and durations are no event's date.
    pub fn resolve(&self, published: Option<NaiveDate>, tense: Option<Dir>) -> Option<Resolved> {
        if self.duration {
            return None;
        }
        let r = self.explain(published, tense);
        Some(Resolved {
            start: r.start?,
            end: r.end?,
            precision: r.precision,
        })
        .filter(|r| r.precision != Precision::Unresolved)
    }

    /// The full resolution with its rule (or the reason it stayed unresolved): the policy of
    /// [`DateExpr::resolve`], given the governing verb's tense.
    pub fn explain(&self, published: Option<NaiveDate>, tense: Option<Dir>) -> Resolution {
        let t = match tense {
            Some(Dir::Past) => Tense::Past,
            Some(Dir::Future) => Tense::Future,
            None => Tense::Unknown,
        };
        self.expr.resolve(published, t)
    }
}

/// One date expression of a text, found and resolved exactly as extraction does it (what
/// `marsad dates` prints).
#[derive(Debug, Clone)]
pub struct DateFound {
    pub expr: DateExpr,
    /// A span or duration («منذ عام 2011», «الأسبوع الماضي»): extraction never takes it as the
    /// date of an event.
    pub duration: bool,
    pub resolution: Resolution,
}

/// Every date expression of `text` with its resolution against `published` (the local
/// publication day) under the governing verb's `tense`.
pub fn explain_text(
    text: &str,
    published: Option<NaiveDate>,
    tense: Option<Dir>,
) -> Vec<DateFound> {
    let d = Doc::new(text);
    find(&d)
        .into_iter()
        .map(|w| DateFound {
            resolution: w.explain(published, tense),
            duration: w.duration,
            expr: w.expr,
        })
        .collect()
}

/// The named parts of a stored raw date text.
pub(crate) fn parse_raw(raw: &str) -> Option<When> {
    let e = dates::find_dates(raw).into_iter().next()?;
    let duration = e.since || e.period == Some(dates::Period::Week);
    Some(when_of(e, (0, 0), duration))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn tokens_and_resolution() {
        let d = Doc::new("وتحدثوا خلال المحادثات التي جرت الخميس في باريس");
        let w = find(&d);
        assert_eq!(w.len(), 1);
        assert_eq!(d.slice(w[0].toks.0, w[0].toks.1), "الخميس");
        // Held on «الخميس», published Saturday 26 July 2025.
        let r = w[0]
            .resolve(Some(day("2025-07-26")), Some(Dir::Past))
            .unwrap();
        assert_eq!((r.start, r.precision), (day("2025-07-24"), Precision::Day));
        // «جرت» before it is past tense enough; a future status contradicts it: nothing.
        let r = w[0].resolve(Some(day("2025-07-26")), None).unwrap();
        assert_eq!(r.start, day("2025-07-24"));
        assert!(w[0]
            .resolve(Some(day("2025-07-26")), Some(Dir::Future))
            .is_none());
        // No tense anywhere: a bare weekday stays unresolved; no reference: nothing resolves.
        let d = Doc::new("وتحدثوا خلال المحادثات الخميس في باريس");
        let w = find(&d);
        assert!(w[0].resolve(Some(day("2025-07-26")), None).is_none());
        assert_eq!(
            w[0].explain(Some(day("2025-07-26")), None).rule,
            "a weekday alone, and no tense or marker to place it"
        );
        assert!(w[0].resolve(None, Some(Dir::Past)).is_none());
    }

    #[test]
    fn parts_survive_without_reference() {
        let w = parse_raw("خلال آب/أغسطس الماضي").unwrap();
        assert_eq!((w.month, w.dir), (Some(8), Some(Dir::Past)));
        let d = Doc::new("لم يزرها منذ 25 عاماً");
        assert!(find(&d).iter().all(|w| w.duration));
    }
}
