//! Dates: published-at parsing, header dates and date expressions in Arabic text.
//!
//! [`find_dates`] scans the words of a text once (constant look-ahead per word, so linear time,
//! no regex) and reports every expression it recognises, with char offsets and the exact text:
//!
//! * a relative day: اليوم, غداً, أمس / يوم أمس / بالأمس;
//! * a weekday (الخميس, يوم الخميس, يوم خميس), optionally after a relative day or a time of day
//!   («غداً الجمعة», «اليوم الخميس», «صباح الجمعة») and before الماضي / المقبل / القادم;
//! * a day of the month — digits (Arabic-Indic too) or an ordinal (الأول … الحادي والثلاثين) —
//!   then an optional «من», a month name in either series (كانون الثاني/يناير …, with variants
//!   and the double form «آب/أغسطس»), an optional year (optionally «من عام 2024») and time
//!   («06:30 مساءً»);
//! * a month alone when a year, a «الماضي/المقبل» marker or a preceding «شهر» makes it a date
//!   («خلال آب/أغسطس الماضي», «يوليو 2025»);
//! * a year after عام / العام / سنة («في عام 2000»);
//! * a period: الأسبوع / الشهر / العام / السنة + الماضي / المقبل / القادم;
//! * numeric d/m/yyyy.
//!
//! A bare number is never a date: «1200 شخص», «25 عامًا» and «أربع ساعات» report nothing.
//! Parts of one expression must be on one line, separated by spaces (or a comma).
//!
//! [`DateExpr::resolve`] never guesses without a reference date. Its rules:
//! * relative day → reference ± n days (Day);
//! * weekday + الماضي → the latest such weekday strictly before the reference; + المقبل/القادم →
//!   the first strictly after; a bare weekday follows the `tense` argument the same way
//!   (Future → after, Past and Unknown → before);
//! * day + month without year → the nearest such date on or before the reference (Past/Unknown)
//!   or on or after it (Future, or a المقبل marker);
//! * month without year → with الماضي the latest such month strictly before the reference month,
//!   with المقبل the first strictly after; bare → by tense, the reference month included
//!   (Month: first to last day);
//! * year → 1 January to 31 December (Year);
//! * الأسبوع الماضي/المقبل → the seven days before/after the reference (Day precision, a range);
//!   الشهر / العام → the previous/next calendar month/year.
use std::collections::HashMap;
use std::sync::OnceLock;

use chrono::{Datelike, Days, Months, NaiveDate, NaiveDateTime, NaiveTime, Weekday};

use super::normalize::normalize;
use super::stem::tokenize;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    Time,
    Day,
    Month,
    Year,
    Unresolved,
}

impl Precision {
    pub fn as_str(&self) -> &'static str {
        match self {
            Precision::Time => "time",
            Precision::Day => "day",
            Precision::Month => "month",
            Precision::Year => "year",
            Precision::Unresolved => "unresolved",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
    Unknown,
}

/// A marker after the expression: الماضي (Last) or المقبل/القادم (Next).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relative {
    Last,
    Next,
}

/// The unit of «الأسبوع/الشهر/العام الماضي».
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    Week,
    Month,
    Year,
}

/// A date stated near the top of an article (its publication date, usually).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HeaderDate {
    pub at: NaiveDateTime,
    pub precision: Precision,
    /// Char offsets of the expression in the text.
    pub start: usize,
    pub end: usize,
}

/// One date expression found in a text, with its parsed parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateExpr {
    /// Char offsets; `raw` is exactly the text between them.
    pub start: usize,
    pub end: usize,
    pub raw: String,
    pub day: Option<u32>,
    pub month: Option<u32>,
    pub year: Option<i32>,
    pub weekday: Option<Weekday>,
    /// اليوم = 0, غداً = 1, أمس = −1.
    pub day_offset: Option<i64>,
    pub relative: Option<Relative>,
    pub period: Option<Period>,
    /// Clock time, when stated («06:30 مساءً» → 18:30).
    pub time: Option<NaiveTime>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Resolution {
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    pub precision: Precision,
}

const UNRESOLVED: Resolution = Resolution {
    start: None,
    end: None,
    precision: Precision::Unresolved,
};

fn day_res(d: NaiveDate) -> Resolution {
    Resolution {
        start: Some(d),
        end: Some(d),
        precision: Precision::Day,
    }
}

fn month_res(y: i32, m: u32) -> Resolution {
    let first = NaiveDate::from_ymd_opt(y, m, 1);
    let last = first
        .and_then(|f| f.checked_add_months(Months::new(1)))
        .and_then(|n| n.pred_opt());
    match (first, last) {
        (Some(f), Some(l)) => Resolution {
            start: Some(f),
            end: Some(l),
            precision: Precision::Month,
        },
        _ => UNRESOLVED,
    }
}

fn year_res(y: i32) -> Resolution {
    match (
        NaiveDate::from_ymd_opt(y, 1, 1),
        NaiveDate::from_ymd_opt(y, 12, 31),
    ) {
        (Some(s), Some(e)) => Resolution {
            start: Some(s),
            end: Some(e),
            precision: Precision::Year,
        },
        _ => UNRESOLVED,
    }
}

impl DateExpr {
    fn empty(start: usize) -> Self {
        DateExpr {
            start,
            end: start,
            raw: String::new(),
            day: None,
            month: None,
            year: None,
            weekday: None,
            day_offset: None,
            relative: None,
            period: None,
            time: None,
        }
    }

    /// The tense the expression itself states (a marker or a relative day), if any.
    pub fn tense(&self) -> Tense {
        match (self.relative, self.day_offset) {
            (Some(Relative::Last), _) => Tense::Past,
            (Some(Relative::Next), _) => Tense::Future,
            (None, Some(o)) if o < 0 => Tense::Past,
            (None, Some(o)) if o > 0 => Tense::Future,
            _ => Tense::Unknown,
        }
    }

    /// The calendar span the expression denotes, relative to `reference` (the publication date);
    /// `tense` (of the surrounding sentence) decides bare weekdays and months. See the module docs.
    pub fn resolve(&self, reference: Option<NaiveDate>, tense: Tense) -> Resolution {
        // An expression that names its year is absolute: it needs no publication date.
        if self.day_offset.is_none() && self.period.is_none() {
            match (self.day, self.month, self.year) {
                (Some(d), Some(m), Some(y)) => {
                    return NaiveDate::from_ymd_opt(y, m, d).map_or(UNRESOLVED, day_res)
                }
                (None, Some(m), Some(y)) => return month_res(y, m),
                (None, None, Some(y)) => return year_res(y),
                _ => {}
            }
        }
        let Some(r) = reference else {
            return UNRESOLVED;
        };
        let future = match self.relative {
            Some(Relative::Next) => true,
            Some(Relative::Last) => false,
            None => tense == Tense::Future,
        };
        if let Some(off) = self.day_offset {
            return r
                .checked_add_signed(chrono::Duration::days(off))
                .map_or(UNRESOLVED, day_res);
        }
        if let Some(p) = self.period {
            return resolve_period(p, r, future);
        }
        match (self.day, self.month, self.year) {
            (Some(d), Some(m), Some(y)) => {
                NaiveDate::from_ymd_opt(y, m, d).map_or(UNRESOLVED, day_res)
            }
            (Some(d), Some(m), None) => nearest_day(r, m, d, future).map_or(UNRESOLVED, day_res),
            (None, Some(m), Some(y)) => month_res(y, m),
            (None, Some(m), None) => {
                let strict = self.relative.is_some();
                let here = (r.year(), r.month());
                let y = if future {
                    if (m, strict) > (here.1, false) || (m == here.1 && !strict) {
                        here.0
                    } else {
                        here.0 + 1
                    }
                } else if m < here.1 || (m == here.1 && !strict) {
                    here.0
                } else {
                    here.0 - 1
                };
                month_res(y, m)
            }
            (None, None, Some(y)) => year_res(y),
            _ => match self.weekday {
                Some(w) => nearest_weekday(r, w, future).map_or(UNRESOLVED, day_res),
                None => UNRESOLVED,
            },
        }
    }
}

fn resolve_period(p: Period, r: NaiveDate, future: bool) -> Resolution {
    match p {
        Period::Week => {
            let span = if future {
                r.checked_add_days(Days::new(1))
                    .zip(r.checked_add_days(Days::new(7)))
            } else {
                r.checked_sub_days(Days::new(7))
                    .zip(r.checked_sub_days(Days::new(1)))
            };
            span.map_or(UNRESOLVED, |(s, e)| Resolution {
                start: Some(s),
                end: Some(e),
                precision: Precision::Day,
            })
        }
        Period::Month => {
            let first = NaiveDate::from_ymd_opt(r.year(), r.month(), 1);
            let other = if future {
                first.and_then(|f| f.checked_add_months(Months::new(1)))
            } else {
                first.and_then(|f| f.checked_sub_months(Months::new(1)))
            };
            other.map_or(UNRESOLVED, |d| month_res(d.year(), d.month()))
        }
        Period::Year => year_res(if future { r.year() + 1 } else { r.year() - 1 }),
    }
}

/// The `d` of month `m` nearest to `r`: on or before it, or on or after it when `future`.
/// Up to eight years are tried so that 29 February finds a leap year.
fn nearest_day(r: NaiveDate, m: u32, d: u32, future: bool) -> Option<NaiveDate> {
    (0..8).find_map(|k| {
        let y = if future { r.year() + k } else { r.year() - k };
        NaiveDate::from_ymd_opt(y, m, d).filter(|c| if future { *c >= r } else { *c <= r })
    })
}

/// The weekday `w` strictly before `r`, or strictly after it when `future`.
fn nearest_weekday(r: NaiveDate, w: Weekday, future: bool) -> Option<NaiveDate> {
    let from = r.weekday().num_days_from_monday() as i64;
    let to = w.num_days_from_monday() as i64;
    let delta = if future {
        let d = (to - from).rem_euclid(7);
        if d == 0 {
            7
        } else {
            d
        }
    } else {
        let d = (from - to).rem_euclid(7);
        -(if d == 0 { 7 } else { d })
    };
    r.checked_add_signed(chrono::Duration::days(delta))
}

/// What a normalised word means to the date scanner.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Word {
    Month(u32),
    /// The first word of a two-word month: كانون (0) or تشرين (1).
    TwoWordMonth(u32),
    WeekdayName(Weekday),
    /// A weekday without the article, valid only after «يوم».
    BareWeekday(Weekday),
    RelDay(i64),
    Marker(Relative),
    Ordinal(u32),
    /// الحادي / الواحد: only inside a compound ordinal.
    OrdinalOne,
    Teen,
    Tens(u32),
    AndTens(u32),
    Period(Period),
    Aam,
    TimeOfDay,
    Yawm,
    Min,
    Shahr,
    Pm,
    Am,
}

fn words() -> &'static HashMap<String, Word> {
    static W: OnceLock<HashMap<String, Word>> = OnceLock::new();
    W.get_or_init(|| {
        use Word::*;
        let months: [(&str, u32); 35] = [
            ("يناير", 1),
            ("فبراير", 2),
            ("مارس", 3),
            ("أبريل", 4),
            ("ابريل", 4),
            ("إبريل", 4),
            ("أفريل", 4),
            ("مايو", 5),
            ("ماي", 5),
            ("يونيو", 6),
            ("يونيه", 6),
            ("يوليو", 7),
            ("يوليوز", 7),
            ("يوليه", 7),
            ("أغسطس", 8),
            ("اغسطس", 8),
            ("غشت", 8),
            ("سبتمبر", 9),
            ("شتنبر", 9),
            ("أكتوبر", 10),
            ("اكتوبر", 10),
            ("نوفمبر", 11),
            ("نونبر", 11),
            ("ديسمبر", 12),
            ("دجنبر", 12),
            ("شباط", 2),
            ("آذار", 3),
            ("نيسان", 4),
            ("أيار", 5),
            ("حزيران", 6),
            ("تموز", 7),
            ("آب", 8),
            ("أيلول", 9),
            ("جانفي", 1),
            ("فيفري", 2),
        ];
        let weekdays = [
            ("الأحد", Weekday::Sun),
            ("الاثنين", Weekday::Mon),
            ("الإثنين", Weekday::Mon),
            ("الثلاثاء", Weekday::Tue),
            ("الأربعاء", Weekday::Wed),
            ("الخميس", Weekday::Thu),
            ("الجمعة", Weekday::Fri),
            ("السبت", Weekday::Sat),
        ];
        let ordinals = [
            ("الأول", 1),
            ("الثاني", 2),
            ("الثالث", 3),
            ("الرابع", 4),
            ("الخامس", 5),
            ("السادس", 6),
            ("السابع", 7),
            ("الثامن", 8),
            ("التاسع", 9),
            ("العاشر", 10),
        ];
        let mut m: HashMap<String, Word> = HashMap::new();
        for (w, n) in months {
            m.insert(normalize(w), Month(n));
        }
        for (w, d) in weekdays {
            let n = normalize(w);
            m.insert(
                n[n.char_indices().nth(2).map_or(0, |(b, _)| b)..].to_string(),
                BareWeekday(d),
            );
            m.insert(n, WeekdayName(d));
        }
        for (w, n) in ordinals {
            m.insert(normalize(w), Ordinal(n));
        }
        let rest: [(&str, Word); 29] = [
            ("كانون", TwoWordMonth(0)),
            ("تشرين", TwoWordMonth(1)),
            ("الحادي", OrdinalOne),
            ("الواحد", OrdinalOne),
            ("عشر", Teen),
            ("العشرين", Tens(20)),
            ("الثلاثين", Tens(30)),
            ("والعشرين", AndTens(20)),
            ("والثلاثين", AndTens(30)),
            ("اليوم", RelDay(0)),
            ("غدا", RelDay(1)),
            ("امس", RelDay(-1)),
            ("بالامس", RelDay(-1)),
            ("الامس", RelDay(-1)),
            ("الماضي", Marker(Relative::Last)),
            ("الماضيه", Marker(Relative::Last)),
            ("المنصرم", Marker(Relative::Last)),
            ("الفايت", Marker(Relative::Last)),
            ("المقبل", Marker(Relative::Next)),
            ("المقبله", Marker(Relative::Next)),
            ("القادم", Marker(Relative::Next)),
            ("القادمه", Marker(Relative::Next)),
            ("الاسبوع", Period(self::Period::Week)),
            ("الشهر", Period(self::Period::Month)),
            ("العام", Period(self::Period::Year)),
            ("السنه", Period(self::Period::Year)),
            ("عام", Aam),
            ("سنه", Aam),
            ("يوم", Yawm),
        ];
        m.extend(rest.into_iter().map(|(w, k)| (normalize(w), k)));
        for w in ["صباح", "مساء", "ظهر", "ليله", "فجر", "عصر", "ظهيره"] {
            m.insert(w.to_string(), TimeOfDay);
        }
        // Am/pm words share spellings with other entries (مساء is also a time of day), so they
        // live under a «#t» key that only the clock-time reader asks for.
        for w in ["مساء", "مساءا", "م"] {
            m.insert(format!("{w}#t"), Pm);
        }
        for w in ["صباحا", "صباح", "ص"] {
            m.insert(format!("{w}#t"), Am);
        }
        m.insert("من".into(), Min);
        m.insert("شهر".into(), Shahr);
        m
    })
}

/// A word of the text prepared for the scanner.
struct W {
    norm: String,
    kind: Option<Word>,
    num: Option<u32>,
    digits: usize,
    start: usize,
    end: usize,
    byte_start: usize,
    byte_end: usize,
}

struct Scanner<'a> {
    text: &'a str,
    w: Vec<W>,
}

impl<'a> Scanner<'a> {
    fn new(text: &'a str) -> Self {
        let table = words();
        let w = tokenize(text)
            .into_iter()
            .map(|t| {
                let norm = normalize(t.text);
                let digits = if norm.bytes().all(|b| b.is_ascii_digit()) {
                    norm.len()
                } else {
                    0
                };
                let num = if digits > 0 && digits <= 4 {
                    norm.parse().ok()
                } else {
                    None
                };
                // A leading «و»/«ف» (and, so) does not change what a word means: «واليوم».
                let kind = table.get(&norm).copied().or_else(|| {
                    let rest = norm.strip_prefix(['و', 'ف'])?;
                    (rest.chars().count() >= 2).then(|| table.get(rest).copied())?
                });
                W {
                    kind,
                    norm,
                    num,
                    digits,
                    start: t.start,
                    end: t.end,
                    byte_start: t.byte_start,
                    byte_end: t.byte_end,
                }
            })
            .collect();
        Scanner { text, w }
    }

    fn kind(&self, j: usize) -> Option<Word> {
        self.w.get(j).and_then(|w| w.kind)
    }

    /// The text between word `j - 1` and word `j`, trimmed of spaces.
    fn gap(&self, j: usize) -> Option<&'a str> {
        let (a, b) = (self.w.get(j.checked_sub(1)?)?, self.w.get(j)?);
        let g = &self.text[a.byte_end..b.byte_start];
        if g.contains('\n') {
            return None;
        }
        Some(g.trim_matches(|c: char| c.is_whitespace()))
    }

    /// Word `j` joins the previous one: only spaces (or a comma) between them.
    fn joined(&self, j: usize) -> bool {
        matches!(self.gap(j), Some("" | "," | "،"))
    }

    fn next_is(&self, j: usize, k: Word) -> bool {
        self.joined(j) && self.kind(j) == Some(k)
    }

    /// A month name at `j`; returns the month and the index after it.
    fn month(&self, j: usize) -> Option<(u32, usize)> {
        match self.kind(j)? {
            Word::Month(m) => Some((m, j + 1)),
            Word::TwoWordMonth(series) if self.joined(j + 1) => {
                let second = self.w.get(j + 1)?.norm.as_str();
                let second = second.strip_prefix("ال").unwrap_or(second);
                let m = match (series, second) {
                    (0, "ثاني") => 1,
                    (0, "اول") => 12,
                    (1, "اول") => 10,
                    (1, "ثاني") => 11,
                    _ => return None,
                };
                Some((m, j + 2))
            }
            _ => None,
        }
    }

    /// A month with an optional second name after «/» or «(» («آب/أغسطس», «تموز (يوليو)»).
    fn month_pair(&self, j: usize) -> Option<(u32, usize)> {
        let (m, mut k) = self.month(j)?;
        if matches!(self.gap(k), Some("/" | "(" | "-" | "،" | ",")) {
            if let Some((_, k2)) = self.month(k) {
                k = k2;
            }
        }
        Some((m, k))
    }

    /// A day of the month (digits or an ordinal) at `j`.
    fn day(&self, j: usize) -> Option<(u32, usize)> {
        let w = self.w.get(j)?;
        if w.digits > 0 && w.digits <= 2 {
            return w.num.filter(|d| (1..=31).contains(d)).map(|d| (d, j + 1));
        }
        let unit = match w.kind? {
            Word::Tens(t) => return Some((t, j + 1)),
            Word::Ordinal(u) => Some(u),
            Word::OrdinalOne => None,
            _ => return None,
        };
        let base = unit.unwrap_or(1);
        if self.joined(j + 1) {
            match self.kind(j + 1) {
                Some(Word::Teen) if base < 10 => return Some((base + 10, j + 2)),
                Some(Word::AndTens(t)) if base < 10 && base + t <= 31 => {
                    return Some((base + t, j + 2))
                }
                _ => {}
            }
        }
        unit.map(|u| (u, j + 1))
    }

    /// A four-digit year (1000–9999) at `j`, optionally after «من» and/or «عام/العام».
    fn year(&self, j: usize) -> Option<(i32, usize)> {
        let mut k = j;
        if self.next_is(k, Word::Min) {
            k += 1;
        }
        if self.joined(k)
            && matches!(
                self.kind(k),
                Some(Word::Aam | Word::Period(self::Period::Year))
            )
        {
            k += 1;
        }
        if !self.joined(k) {
            return None;
        }
        let w = self.w.get(k)?;
        let y = if w.digits == 4 {
            w.num
        } else {
            // «2025م»
            w.norm
                .strip_suffix('م')
                .filter(|d| d.len() == 4 && d.bytes().all(|b| b.is_ascii_digit()))
                .and_then(|d| d.parse().ok())
        }?;
        (1000..=9999).contains(&y).then_some((y as i32, k + 1))
    }

    /// «06:30» with an optional «مساءً»/«صباحاً» at `j`.
    fn time(&self, j: usize) -> Option<(NaiveTime, usize)> {
        let (h, m) = (self.w.get(j)?, self.w.get(j + 1)?);
        if !self.joined(j)
            || self.gap(j + 1) != Some(":")
            || h.digits == 0
            || h.digits > 2
            || m.digits != 2
        {
            return None;
        }
        let (mut hour, min) = (h.num?, m.num?);
        let mut k = j + 2;
        if self.joined(k) {
            if let Some(w) = self.w.get(k) {
                match words().get(&format!("{}#t", w.norm)) {
                    Some(Word::Pm) => {
                        if hour < 12 {
                            hour += 12;
                        }
                        k += 1;
                    }
                    Some(Word::Am) => {
                        if hour == 12 {
                            hour = 0;
                        }
                        k += 1;
                    }
                    _ => {}
                }
            }
        }
        NaiveTime::from_hms_opt(hour, min, 0).map(|t| (t, k))
    }

    /// Numeric d/m/yyyy (or with «-» or «.») at `j`.
    fn numeric(&self, j: usize) -> Option<(u32, u32, i32, usize)> {
        let (d, m, y) = (self.w.get(j)?, self.w.get(j + 1)?, self.w.get(j + 2)?);
        let sep = self.gap(j + 1)?;
        if !matches!(sep, "/" | "-" | ".") || self.gap(j + 2) != Some(sep) {
            return None;
        }
        if d.digits > 2 || m.digits > 2 || y.digits != 4 || d.digits == 0 || m.digits == 0 {
            return None;
        }
        let (d, m, y) = (d.num?, m.num?, y.num? as i32);
        NaiveDate::from_ymd_opt(y, m, d)?;
        Some((d, m, y, j + 3))
    }

    /// Try to read one expression starting at word `i`; returns it and the index after it.
    fn parse_at(&self, i: usize) -> Option<(DateExpr, usize)> {
        let mut e = DateExpr::empty(self.w[i].start);
        let mut j = i;
        // Relative day, with «يوم أمس».
        if self.kind(j) == Some(Word::Yawm) && self.next_is(j + 1, Word::RelDay(-1)) {
            e.day_offset = Some(-1);
            j += 2;
        } else if let Some(Word::RelDay(o)) = self.kind(j) {
            e.day_offset = Some(o);
            j += 1;
        }
        // Time of day, only when a weekday follows.
        let mut k = j;
        if (k == i || self.joined(k)) && self.kind(k) == Some(Word::TimeOfDay) {
            k += 1;
        }
        if (k == i || self.joined(k)) && self.kind(k) == Some(Word::Yawm) {
            k += 1;
        }
        let after_yawm = k > i && self.kind(k - 1) == Some(Word::Yawm);
        if k == i || self.joined(k) {
            match self.kind(k) {
                Some(Word::WeekdayName(w)) => {
                    e.weekday = Some(w);
                    j = k + 1;
                }
                Some(Word::BareWeekday(w)) if after_yawm => {
                    e.weekday = Some(w);
                    j = k + 1;
                }
                _ => {}
            }
        }
        if e.weekday.is_some() {
            if let Some(Word::Marker(r)) = self.kind(j).filter(|_| self.joined(j)) {
                e.relative = Some(r);
                j += 1;
            }
        }
        let dated = j > i;
        // Day + month (+ year) (+ time).
        let first = !dated || self.joined(j);
        let mut got_day = false;
        if first {
            if let Some((d, m, y, k)) = self.numeric(j) {
                e.day = Some(d);
                e.month = Some(m);
                e.year = Some(y);
                j = k;
                got_day = true;
            } else if let Some((d, mut k)) = self.day(j) {
                if self.next_is(k, Word::Min) {
                    k += 1;
                }
                if self.joined(k) {
                    if let Some((m, k2)) = self.month_pair(k) {
                        e.day = Some(d);
                        e.month = Some(m);
                        j = k2;
                        got_day = true;
                    }
                }
            } else if e.weekday.is_none() && e.day_offset.is_none() {
                // Month alone: needs «شهر» before it, or a year or marker after it.
                let mut k = j;
                let shahr = self.kind(k) == Some(Word::Shahr);
                if shahr {
                    k += 1;
                }
                if let Some((m, k2)) = self.month_pair(k).filter(|_| !shahr || self.joined(k)) {
                    let marker = self.joined(k2) && matches!(self.kind(k2), Some(Word::Marker(_)));
                    if shahr || marker || self.year(k2).is_some() {
                        e.month = Some(m);
                        j = k2;
                    }
                }
            }
        }
        if e.month.is_some() && e.year.is_none() {
            if let Some((y, k)) = self.year(j) {
                e.year = Some(y);
                j = k;
            } else if let Some(Word::Marker(r)) = self.kind(j).filter(|_| self.joined(j)) {
                e.relative = Some(r);
                j += 1;
            }
        }
        if got_day {
            if let Some((t, k)) = self.time(j) {
                e.time = Some(t);
                j = k;
            }
        }
        if j == i {
            // Year after عام/العام/سنة, or a period with a marker.
            if let Some(Word::Aam | Word::Period(self::Period::Year)) = self.kind(i) {
                if let Some((y, k)) = self.year(i + 1).filter(|_| self.joined(i + 1)) {
                    e.year = Some(y);
                    j = k;
                }
            }
            if j == i {
                if let (Some(Word::Period(p)), Some(Word::Marker(r))) =
                    (self.kind(i), self.kind(i + 1))
                {
                    if self.joined(i + 1) {
                        e.period = Some(p);
                        e.relative = Some(r);
                        j = i + 2;
                    }
                }
            }
        }
        if j == i {
            return None;
        }
        let last = &self.w[j - 1];
        e.end = last.end;
        e.raw = self.text[self.w[i].byte_start..last.byte_end].to_string();
        Some((e, j))
    }
}

/// Every date expression of `text`, in order, without overlaps.
pub fn find_dates(text: &str) -> Vec<DateExpr> {
    let sc = Scanner::new(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < sc.w.len() {
        match sc.parse_at(i) {
            Some((e, j)) => {
                out.push(e);
                i = j;
            }
            None => i += 1,
        }
    }
    out
}

fn full_datetime(e: &DateExpr) -> Option<(NaiveDateTime, Precision)> {
    let d = NaiveDate::from_ymd_opt(e.year?, e.month?, e.day?)?;
    Some(match e.time {
        Some(t) => (d.and_time(t), Precision::Time),
        None => (d.and_time(NaiveTime::MIN), Precision::Day),
    })
}

/// The first full date (day, month and year; weekday and time optional) in the first 600 chars.
pub fn find_header_date(text: &str) -> Option<HeaderDate> {
    let cut = text.char_indices().nth(600).map_or(text.len(), |(b, _)| b);
    find_dates(&text[..cut]).iter().find_map(|e| {
        full_datetime(e).map(|(at, precision)| HeaderDate {
            at,
            precision,
            start: e.start,
            end: e.end,
        })
    })
}

/// Parse a publication timestamp: ISO 8601 (date, month, year, date-time with optional seconds,
/// fraction, «Z» or ±hh:mm offset — converted to UTC) or an Arabic date («السبت 26 تموز 2025
/// 06:30 مساءً»). Years outside 1000–9999 give `None`.
pub fn parse_published_at(s: &str) -> Option<(NaiveDateTime, Precision)> {
    let s = s.trim();
    if let Some(r) = parse_iso(s) {
        return Some(r).filter(|(d, _)| (1000..=9999).contains(&d.year()));
    }
    let dates = find_dates(s);
    let e = dates.first()?;
    if let Some(r) = full_datetime(e) {
        return Some(r);
    }
    let y = e.year.filter(|y| (1000..=9999).contains(y))?;
    match e.month {
        Some(m) => Some((
            NaiveDate::from_ymd_opt(y, m, 1)?.and_time(NaiveTime::MIN),
            Precision::Month,
        )),
        None if e.period.is_none() => Some((
            NaiveDate::from_ymd_opt(y, 1, 1)?.and_time(NaiveTime::MIN),
            Precision::Year,
        )),
        None => None,
    }
}

fn parse_iso(s: &str) -> Option<(NaiveDateTime, Precision)> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b.get(r.clone())
            .is_some_and(|x| x.iter().all(u8::is_ascii_digit))
    };
    if !digits(0..4) {
        return None;
    }
    let year: i32 = s[..4].parse().ok()?;
    if b.len() == 4 {
        return Some((
            NaiveDate::from_ymd_opt(year, 1, 1)?.and_time(NaiveTime::MIN),
            Precision::Year,
        ));
    }
    if b.len() == 7 && b[4] == b'-' && digits(5..7) {
        let m = s[5..7].parse().ok()?;
        return Some((
            NaiveDate::from_ymd_opt(year, m, 1)?.and_time(NaiveTime::MIN),
            Precision::Month,
        ));
    }
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' || !digits(5..7) || !digits(8..10) {
        return None;
    }
    let date = NaiveDate::from_ymd_opt(year, s[5..7].parse().ok()?, s[8..10].parse().ok()?)?;
    if b.len() == 10 {
        return Some((date.and_time(NaiveTime::MIN), Precision::Day));
    }
    if !matches!(b[10], b'T' | b't' | b' ') {
        return None;
    }
    let rest = &s[11..];
    // Split off a zone: «Z» or ±hh:mm / ±hhmm / ±hh.
    let (clock, offset_min) = if let Some(c) = rest.strip_suffix(['Z', 'z']) {
        (c, 0i64)
    } else if let Some(p) = rest.rfind(['+', '-']) {
        let (c, z) = rest.split_at(p);
        let sign = if z.starts_with('-') { -1 } else { 1 };
        let z = z[1..].replace(':', "");
        if !(z.len() == 2 || z.len() == 4) || !z.bytes().all(|x| x.is_ascii_digit()) {
            return None;
        }
        let h: i64 = z[..2].parse().ok()?;
        let m: i64 = if z.len() == 4 {
            z[2..].parse().ok()?
        } else {
            0
        };
        (c, sign * (h * 60 + m))
    } else {
        (rest, 0)
    };
    let t = NaiveTime::parse_from_str(clock, "%H:%M:%S%.f")
        .or_else(|_| NaiveTime::parse_from_str(clock, "%H:%M"))
        .ok()?;
    let at = date
        .and_time(t)
        .checked_sub_signed(chrono::Duration::minutes(offset_min))?;
    Some((at, Precision::Time))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn raws(text: &str) -> Vec<String> {
        find_dates(text).into_iter().map(|e| e.raw).collect()
    }

    #[test]
    fn gold_date_cases() {
        let json: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/tests/data/gold_seeds.json"
            ))
            .unwrap(),
        )
        .unwrap();
        let cases = json["date_cases"].as_array().unwrap();
        assert!(cases.len() >= 10);
        for c in cases {
            let text = c["text"].as_str().unwrap();
            let reference = d(c["reference"].as_str().unwrap());
            let expect = c["expect"].as_str().unwrap();
            let found = find_dates(text);
            let e = found
                .iter()
                .find(|e| {
                    e.day.is_some() || e.month.is_some() || e.year.is_some() || e.weekday.is_some()
                })
                .unwrap_or_else(|| panic!("no date in {text:?}: {found:?}"));
            let tense = match e.tense() {
                Tense::Unknown => Tense::Past,
                t => t,
            };
            let r = e.resolve(Some(reference), tense);
            let want = match expect.len() {
                10 => day_res(d(expect)),
                7 => month_res(expect[..4].parse().unwrap(), expect[5..].parse().unwrap()),
                _ => year_res(expect.parse().unwrap()),
            };
            assert_eq!(r, want, "{text:?} → {e:?}");
            if let Some(p) = c["precision"].as_str() {
                assert_eq!(r.precision.as_str(), p);
            }
            // Without a publication date only expressions that name their year resolve.
            let absolute = e.year.is_some() && e.day_offset.is_none() && e.period.is_none();
            let expected = if absolute { want } else { UNRESOLVED };
            assert_eq!(
                e.resolve(None, tense),
                expected,
                "{text:?} without reference"
            );
        }
    }

    #[test]
    fn header_dates_of_samples() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/articles");
        let mut names: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .collect();
        names.sort();
        assert_eq!(names.len(), 5);
        for p in names {
            let text = std::fs::read_to_string(&p).unwrap();
            let h = find_header_date(&text);
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            if name.starts_with("004_") {
                let h = h.expect("004 has a header date");
                assert_eq!(h.at.to_string(), "2025-07-26 18:30:00");
                assert_eq!(h.precision, Precision::Time);
                let raw: String = text.chars().skip(h.start).take(h.end - h.start).collect();
                assert!(raw.contains("26 يوليو 2025 06:30 مساءً"), "{raw}");
            } else {
                assert!(h.is_none(), "{name}: {h:?}");
            }
        }
    }

    #[test]
    fn finds_expressions_with_exact_raw() {
        let t = "التقيا الخميس الماضي، وسيلتقيان يوم الخميس المقبل في باكو، وقال المصدر غداً الجمعة واليوم الخميس صباح الجمعة";
        assert_eq!(
            raws(t),
            [
                "الخميس الماضي",
                "يوم الخميس المقبل",
                "غداً الجمعة",
                "واليوم الخميس",
                "صباح الجمعة"
            ]
        );
        let es = find_dates(t);
        let chars: Vec<char> = t.chars().collect();
        for e in &es {
            assert_eq!(chars[e.start..e.end].iter().collect::<String>(), e.raw);
        }
        assert_eq!(raws("خلال آب/أغسطس الماضي"), ["آب/أغسطس الماضي"]);
        assert_eq!(
            raws("في الثامن من كانون الأول/ديسمبر 2024 بدأ"),
            ["الثامن من كانون الأول/ديسمبر 2024"]
        );
        assert_eq!(raws("الحادي والثلاثين من تموز"), ["الحادي والثلاثين من تموز"]);
        assert_eq!(find_dates("الحادي والثلاثين من تموز")[0].day, Some(31));
        assert_eq!(find_dates("الثاني عشر من أيار 2023")[0].day, Some(12));
        assert_eq!(raws("في عام 2000 وقع"), ["عام 2000"]);
        assert_eq!(
            raws("الأسبوع الماضي والشهر الماضي"),
            ["الأسبوع الماضي", "والشهر الماضي"]
        );
        assert_eq!(raws("الشهر الماضي"), ["الشهر الماضي"]);
        assert_eq!(raws("١٢ يوليو"), ["١٢ يوليو"]);
        assert_eq!(raws("يوم أمس واليوم"), ["يوم أمس", "واليوم"]);
        assert_eq!(raws("26/7/2025"), ["26/7/2025"]);
    }

    #[test]
    fn month_stays_public_without_year() {
        let e = &find_dates("خلال آب/أغسطس الماضي")[0];
        assert_eq!((e.day, e.month, e.year), (None, Some(8), None));
        assert_eq!(e.relative, Some(Relative::Last));
        let e = &find_dates("الاول من تشرين الثاني")[0];
        assert_eq!((e.day, e.month), (Some(1), Some(11)));
        let e = &find_dates("12 كانون الثاني")[0];
        assert_eq!(e.month, Some(1));
    }

    #[test]
    fn numbers_are_not_dates() {
        for t in [
            "قتل 1200 شخص",
            "منذ أكثر من 25 عامًا بين دمشق",
            "استمر أربع ساعات",
            "في 2025",
            "يوليو",
            "الثاني",
        ] {
            assert!(find_dates(t).is_empty(), "{t}: {:?}", find_dates(t));
        }
    }

    #[test]
    fn resolve_rules() {
        let r = Some(d("2025-07-26")); // a Saturday
        let at = |t: &str, tense| find_dates(t)[0].resolve(r, tense);
        assert_eq!(at("السبت", Tense::Past), day_res(d("2025-07-19")));
        assert_eq!(at("السبت", Tense::Unknown), day_res(d("2025-07-19")));
        assert_eq!(at("السبت", Tense::Future), day_res(d("2025-08-02")));
        assert_eq!(at("الجمعة القادمة", Tense::Past), day_res(d("2025-08-01")));
        assert_eq!(at("غداً", Tense::Unknown), day_res(d("2025-07-27")));
        assert_eq!(at("أمس", Tense::Unknown), day_res(d("2025-07-25")));
        assert_eq!(at("اليوم", Tense::Unknown), day_res(d("2025-07-26")));
        assert_eq!(at("غداً الجمعة", Tense::Unknown), day_res(d("2025-07-27")));
        assert_eq!(at("30 يوليو", Tense::Past), day_res(d("2024-07-30")));
        assert_eq!(at("30 يوليو", Tense::Future), day_res(d("2025-07-30")));
        assert_eq!(at("تموز الماضي", Tense::Unknown), month_res(2024, 7));
        assert_eq!(at("آب المقبل", Tense::Unknown), month_res(2025, 8));
        assert_eq!(at("شهر تموز", Tense::Past), month_res(2025, 7));
        assert_eq!(at("يوليو 2023", Tense::Past), month_res(2023, 7));
        assert_eq!(at("الشهر الماضي", Tense::Unknown), month_res(2025, 6));
        assert_eq!(at("العام الماضي", Tense::Unknown), year_res(2024));
        let week = at("الأسبوع الماضي", Tense::Unknown);
        assert_eq!(
            (week.start, week.end),
            (Some(d("2025-07-19")), Some(d("2025-07-25")))
        );
        assert_eq!(at("29 شباط", Tense::Past), day_res(d("2024-02-29")));
        assert_eq!(
            find_dates("الخميس")[0].resolve(None, Tense::Past),
            UNRESOLVED
        );
        // Absolute dates need no reference; relative ones never guess without it.
        assert_eq!(
            find_dates("في عام 2000")[0].resolve(None, Tense::Past),
            year_res(2000)
        );
        assert_eq!(
            find_dates("الثامن من كانون الأول/ديسمبر 2024")[0].resolve(None, Tense::Past),
            day_res(d("2024-12-08"))
        );
        assert_eq!(
            find_dates("12 تموز")[0].resolve(None, Tense::Past),
            UNRESOLVED
        );
        assert_eq!(
            find_dates("خلال آب/أغسطس الماضي")[0].resolve(None, Tense::Past),
            UNRESOLVED
        );
        assert_eq!(find_dates("الخميس الماضي")[0].tense(), Tense::Past);
        assert_eq!(find_dates("الخميس المقبل")[0].tense(), Tense::Future);
        assert_eq!(find_dates("الخميس")[0].tense(), Tense::Unknown);
    }

    #[test]
    fn published_at() {
        let p = |s: &str| parse_published_at(s).map(|(t, p)| (t.to_string(), p.as_str()));
        let time = |s: &str| Some((s.to_string(), "time"));
        assert_eq!(p("2025-07-26"), Some(("2025-07-26 00:00:00".into(), "day")));
        assert_eq!(p("2025-07-26T18:30:00"), time("2025-07-26 18:30:00"));
        assert_eq!(p("2025-07-26T18:30:00Z"), time("2025-07-26 18:30:00"));
        assert_eq!(p("2025-07-26T18:30:00+03:00"), time("2025-07-26 15:30:00"));
        assert_eq!(
            p("2025-07-26T01:30:00.250+03:00"),
            time("2025-07-25 22:30:00.250")
        );
        assert_eq!(p("2025-07-26T18:30:00-0500"), time("2025-07-26 23:30:00"));
        assert_eq!(p("2025-07-26 18:30"), time("2025-07-26 18:30:00"));
        assert_eq!(p("2025-07"), Some(("2025-07-01 00:00:00".into(), "month")));
        assert_eq!(p("2025"), Some(("2025-01-01 00:00:00".into(), "year")));
        assert_eq!(
            p("26 يوليو 2025"),
            Some(("2025-07-26 00:00:00".into(), "day"))
        );
        assert_eq!(
            p("السبت 26 تموز 2025 06:30 مساءً"),
            time("2025-07-26 18:30:00")
        );
        assert_eq!(p("0999-01-01"), None);
        assert_eq!(p("26 يوليو 999"), None);
        assert_eq!(p("2025-13-01"), None);
        assert_eq!(p("غدا"), None);
    }

    proptest! {
        #[test]
        fn find_dates_never_panics(s in "[\u{0621}-\u{064A}\u{0660}-\u{0669}0-9 /:،\n\u{064B}\u{200F}]{0,80}") {
            let n = s.chars().count();
            for e in find_dates(&s) {
                prop_assert!(e.start < e.end && e.end <= n);
                prop_assert_eq!(s.chars().skip(e.start).take(e.end - e.start).collect::<String>(), e.raw.clone());
                let _ = e.resolve(Some(d("2025-07-26")), Tense::Future);
            }
            let _ = parse_published_at(&s);
            let _ = find_header_date(&s);
        }

        #[test]
        fn date_words_never_panic(words in proptest::collection::vec(proptest::sample::select(vec![
            "الخميس", "يوم", "الماضي", "المقبل", "12", "31", "٣١", "كانون", "الأول", "الثاني", "تشرين",
            "آب", "/", "أغسطس", "2024", "من", "عام", "الحادي", "والثلاثين", "عشر", "غداً", "06", ":", "30",
            "مساءً", "شهر", "الأسبوع", "29", "شباط", "0", "9999", "1000", "-", "99",
        ]), 0..14)) {
            let s = words.join(" ");
            let n = s.chars().count();
            for e in find_dates(&s) {
                prop_assert!(e.end <= n);
                for tense in [Tense::Past, Tense::Future, Tense::Unknown] {
                    let r = e.resolve(Some(d("2024-02-29")), tense);
                    if let (Some(a), Some(b)) = (r.start, r.end) {
                        prop_assert!(a <= b);
                    }
                }
            }
        }
    }
}
