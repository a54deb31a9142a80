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
        let mut e = e;
        if e.blocked.is_none() {
            let at = d.toks[a].byte_start
                + d.text[d.toks[a].byte_start..]
                    .chars()
                    .take(e.start.saturating_sub(d.toks[a].start))
                    .map(char::len_utf8)
                    .sum::<usize>();
            let after = d.text[at..]
                .char_indices()
                .nth(e.end - e.start)
                .map_or(d.text.len(), |(k, _)| at + k);
            e.blocked = doubt(&e, &d.text[..at], &d.text[after..]);
        }
        out.push(when_of(e, (a, b), duration));
    }
    out
}

/// The month a name (or a two-word name, «كانون الثاني») denotes, read by the date lexicon.
fn month_named(name: &str) -> Option<u32> {
    dates::find_dates(&format!("1 {name}"))
        .into_iter()
        .next()
        .filter(|e| e.start == 0 && e.day == Some(1) && !e.hijri)
        .and_then(|e| e.month)
}

/// Why an expression the scanner read must still not be placed, from the text around it
/// (`before` and `after` it) and its own raw text; found in an audit of 2023 articles:
/// - «يومي 5و 6 آب»: the second day of a range whose first day is glued to «و» (or «5-»): the
///   expression holds only one end of it;
/// - «الثاني من تموز/يونيو»: the two names of the month disagree (July/June), so the text does
///   not say which month;
/// - «قضية اليوم:», a heading: «اليوم» names a programme's item, not the publication day.
fn doubt(e: &DateExpr, before: &str, after: &str) -> Option<&'static str> {
    let digit = |c: char| c.is_ascii_digit() || ('\u{660}'..='\u{669}').contains(&c);
    if e.day.is_some() && e.to.is_none() {
        let mut back = before.trim_end().chars().rev();
        if matches!(back.next(), Some('و' | '-' | '–'))
            && back.find(|c| !c.is_whitespace()).is_some_and(digit)
        {
            return Some("one end of a range whose other day is glued to «و» or «-» before it");
        }
    }
    for (k, sep) in e.raw.char_indices().filter(|(_, c)| matches!(c, '/' | '(')) {
        let left: Vec<&str> = e.raw[..k].split_whitespace().collect();
        let right: Vec<&str> = e.raw[k + sep.len_utf8()..]
            .split_whitespace()
            .map(|w| w.trim_end_matches(')'))
            .collect();
        // «كانون الثاني» and «تشرين الأول» are two words: the pair first, then the one word.
        let two = |ws: &[&str]| {
            (ws.len() == 2)
                .then(|| month_named(&ws.join(" ")))
                .flatten()
        };
        let l = two(&left[left.len().saturating_sub(2)..])
            .or_else(|| left.last().and_then(|w| month_named(w)));
        let r = two(&right[..right.len().min(2)])
            .or_else(|| right.first().and_then(|w| month_named(w)));
        if let (Some(l), Some(r)) = (l, r) {
            if l != r {
                return Some("the two names of the month disagree («تموز/يونيو»)");
            }
        }
    }
    if e.day_offset == Some(0) && e.weekday.is_none() && after.trim_start().starts_with(':') {
        return Some("«اليوم» in a heading («قضية اليوم:»), not the publication day");
    }
    None
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
    fn glued_ranges_disagreeing_months_and_headings_are_doubted() {
        let rule = |text: &str| {
            let f = explain_text(text, Some(day("2023-03-25")), Some(Dir::Future));
            assert_eq!(f.len(), 1, "{text}");
            (f[0].resolution.is_resolved(), f[0].resolution.rule)
        };
        assert!(!rule("عقد الاجتماع يومي 5و 6 آب/أغسطس 2023").0);
        assert!(!rule("يلتقيان في الثاني من تموز/يونيو المقبل").0);
        assert_eq!(
            rule("قضية اليوم: مؤتمر في بيروت"),
            (
                false,
                "«اليوم» in a heading («قضية اليوم:»), not the publication day"
            )
        );
        // The same names that agree, and a range the scanner reads whole, still resolve.
        assert!(rule("يلتقيان في الثاني من تموز/يوليو المقبل").0);
        assert!(rule("يلتقيان في الثاني من كانون الثاني/يناير المقبل").0);
        assert!(rule("يلتقيان يومي 5 و 6 آب/أغسطس 2023").0);
        assert!(rule("يلتقيان اليوم في بيروت").0);
    }

    #[test]
    fn parts_survive_without_reference() {
        let w = parse_raw("خلال آب/أغسطس الماضي").unwrap();
        assert_eq!((w.month, w.dir), (Some(8), Some(Dir::Past)));
        let d = Doc::new("لم يزرها منذ 25 عاماً");
        assert!(find(&d).iter().all(|w| w.duration));
    }
}
