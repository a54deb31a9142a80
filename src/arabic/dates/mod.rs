//! Dates: published-at parsing, header dates and date expressions in Arabic text.
//!
//! [`find_dates`] scans the words of a text once (constant look-ahead per word, so linear time,
//! no regex) and reports every expression it recognises, with char offsets and the exact text:
//!
//! * a relative day: اليوم, غداً / يوم الغد, أمس / يوم أمس / بالأمس / الليلة الماضية; two days:
//!   أول أمس, أول من أمس, أمس الأول, قبل أمس, بعد غد; days ago: «منذ يومين», «قبل ثلاثة أيام»
//!   (weeks, months and years ago are reported but stay unresolved: they are approximate);
//! * a weekday (الخميس, يوم الخميس, يوم خميس), optionally after a relative day or a time of day
//!   («غداً الجمعة», «اليوم الخميس», «صباح الجمعة») and before الماضي / المقبل / القادم;
//! * a day of the month — digits (Arabic-Indic too, «الـ16») or an ordinal (الأول … الحادي
//!   والثلاثين) — then an optional «من», a month name in either series (كانون الثاني/يناير …, with
//!   variants, «آب/أغسطس» and «مايو (أيار)»), an optional year («1990», «من عام 2024», «2003م»), a
//!   marker (الماضي, المقبل, الجاري) or «من العام الماضي/الجاري/المقبل», and a time («06:30 مساءً»);
//!   a day of «الشهر الجاري/الماضي/المقبل» («15 من الشهر الجاري»);
//! * a Hijri date: day, Hijri month (محرم … ذو الحجة) and year 1300–1600, optionally «هـ»;
//! * a month alone when a year, a marker or a preceding «شهر» makes it a date;
//! * a year after عام / العام / سنة («في عام 2000»), in parentheses alone («(1949)»), with «م»
//!   («2003م»), or two of them («عامي 2002 و2003»);
//! * a period: الأسبوع / الشهر / العام / السنة + الماضي / المقبل / الجاري, «هذا العام»;
//! * a range: «يومي 10 و11 أبريل», «من 12 إلى 15 من الشهر الجاري», «بين 3 و5 مايو»;
//! * numeric d/m/yyyy (day first, as Arabic writes it) and yyyy/mm/dd.
//!
//! A bare number is never a date: «1200 شخص», «25 عامًا» and «أربع ساعات» report nothing. Words
//! that look like dates but are not are skipped («كل يوم جمعة», «عدا الخميس», «روسيا اليوم») or
//! reported with the reason they cannot be resolved («اليوم التالي», «في ذلك اليوم», «قبل ثلاثة
//! أيام من الانتخابات»: a day of the story, not of publication).
//! Parts of one expression must be on one line, separated by spaces (or a comma).
//!
//! [`DateExpr::resolve`] is the one policy both extraction and `marsad dates` apply. It never
//! guesses: every [`Resolution`] names the rule that decided it or the reason it stayed
//! unresolved. A year the text states is never replaced. Evidence for the year of a date that has
//! none, strongest first: a marker («الماضي», «المقبل», «الجاري», «من العام الماضي»), a weekday
//! that fits only one year near publication, then the tense — of the governing verb (the `tense`
//! argument) and of the words before the expression in its sentence («من المقرر», «سيعقد»,
//! «التقى»): conflicting tenses resolve nothing, and a tense alone places a day or month only
//! within six months of publication.
use std::collections::HashMap;
use std::sync::OnceLock;

use chrono::{Datelike, Months, NaiveDate, NaiveDateTime, NaiveTime, Weekday};

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

/// A marker after the expression: الماضي (Last), المقبل/القادم (Next) or الجاري/الحالي/هذا (This).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relative {
    Last,
    Next,
    This,
}

impl Relative {
    fn step(self) -> i32 {
        match self {
            Relative::Last => -1,
            Relative::This => 0,
            Relative::Next => 1,
        }
    }
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
    /// 1–12; of the Hijri calendar when `hijri`.
    pub month: Option<u32>,
    /// As written (Hijri when `hijri`).
    pub year: Option<i32>,
    pub weekday: Option<Weekday>,
    /// Days from publication: اليوم = 0, غداً = 1, أمس = −1, «منذ يومين» = −2.
    pub day_offset: Option<i64>,
    /// The expression's own marker (الماضي, المقبل, الجاري).
    pub relative: Option<Relative>,
    pub period: Option<Period>,
    /// Clock time, when stated («06:30 مساءً» → 18:30).
    pub time: Option<NaiveTime>,
    /// The month of «15 من الشهر الجاري» (This), «… الماضي» (Last), «… المقبل» (Next).
    pub month_rel: Option<Relative>,
    /// The year of «31 مارس من العام الماضي» (Last), «… من هذا العام» (This), «… المقبل» (Next).
    pub year_rel: Option<Relative>,
    /// Day, month and year are of the Hijri calendar.
    pub hijri: bool,
    /// After «منذ»: the start of a span («منذ عام 2011»), not the date of an event.
    pub since: bool,
    /// The other end of a range («يومي 10 و11 أبريل», «عامي 2002 و2003»); this expression holds
    /// the first end.
    pub to: Option<Box<DateExpr>>,
    /// Tense of the words before the expression in its sentence («من المقرر», «سيعقد», «التقى»).
    pub context: Tense,
    /// Why this expression cannot be placed against the publication date, when it cannot.
    pub blocked: Option<&'static str>,
}

/// The calendar span an expression denotes: `start..=end` (inclusive) at `precision`, and the rule
/// that decided it — or, when `precision` is `Unresolved` (and both ends `None`), why not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Resolution {
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    pub precision: Precision,
    pub rule: &'static str,
}

impl Resolution {
    fn because(self, rule: &'static str) -> Self {
        Resolution { rule, ..self }
    }
    /// Whether the expression got a value (a start and an end).
    pub fn is_resolved(&self) -> bool {
        self.precision != Precision::Unresolved
    }
}

fn unresolved(why: &'static str) -> Resolution {
    Resolution {
        start: None,
        end: None,
        precision: Precision::Unresolved,
        rule: why,
    }
}

const INVALID: &str = "no such date in the calendar";
const NO_REFERENCE: &str = "relative to publication, and the publication date is unknown";

fn day_res(d: NaiveDate) -> Resolution {
    Resolution {
        start: Some(d),
        end: Some(d),
        precision: Precision::Day,
        rule: "",
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
            rule: "",
        },
        _ => unresolved(INVALID),
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
            rule: "",
        },
        _ => unresolved(INVALID),
    }
}

fn ymd(y: i32, m: u32, d: u32) -> Resolution {
    NaiveDate::from_ymd_opt(y, m, d).map_or(unresolved(INVALID), day_res)
}

/// A year-less day or month is placed by tense alone only this close to publication.
const TENSE_WINDOW_DAYS: i64 = 183;
/// A weekday fixes the year of a year-less day only this close to publication.
const WEEKDAY_WINDOW_DAYS: i64 = 200;

/// `(year, month)` shifted by `k` months.
fn add_months(y: i32, m: u32, k: i32) -> (i32, u32) {
    let idx = y * 12 + m as i32 - 1 + k;
    (idx.div_euclid(12), idx.rem_euclid(12) as u32 + 1)
}

/// The Gregorian date of a Hijri date by the Umm al-Qura calendar (Saudi Arabia's official one;
/// elsewhere the month may start a day apart).
pub fn hijri_to_gregorian(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    use icu_calendar::cal::{Hijri, Iso};
    use icu_calendar::Date;
    let h = Date::try_new_hijri_with_calendar(
        year,
        u8::try_from(month).ok()?,
        u8::try_from(day).ok()?,
        Hijri::new_umm_al_qura(),
    )
    .ok()?;
    let iso = h.to_calendar(Iso);
    NaiveDate::from_ymd_opt(
        iso.year().extended_year(),
        u32::from(iso.month().ordinal),
        u32::from(iso.day_of_month().0),
    )
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
            month_rel: None,
            year_rel: None,
            hijri: false,
            since: false,
            to: None,
            context: Tense::Unknown,
            blocked: None,
        }
    }

    /// The tense the expression itself states (a marker or a relative day), if any.
    pub fn tense(&self) -> Tense {
        match (self.relative, self.day_offset) {
            (Some(Relative::Last), _) => Tense::Past,
            (Some(Relative::Next), _) => Tense::Future,
            (_, Some(o)) if o < 0 => Tense::Past,
            (_, Some(o)) if o > 0 => Tense::Future,
            _ => Tense::Unknown,
        }
    }

    /// Whether the expression names its own year (and so needs no publication date).
    pub fn absolute(&self) -> bool {
        self.year.is_some()
            && self.day_offset.is_none()
            && self.period.is_none()
            && self.month_rel.is_none()
            && self.year_rel.is_none()
    }

    /// The calendar span the expression denotes, relative to `reference` (the publication day, in
    /// the article's own time zone); `tense` is that of the governing verb (Unknown when none is
    /// known). See the module docs for the policy; the result names its rule.
    pub fn resolve(&self, reference: Option<NaiveDate>, tense: Tense) -> Resolution {
        let r = self.resolve_inner(reference, tense);
        // A weekday that contradicts the date means one of them is wrong: say nothing.
        if let (Some(w), Some(s), Some(e)) = (self.weekday, r.start, r.end) {
            if s == e && s.weekday() != w && self.to.is_none() && !self.hijri {
                return unresolved("the weekday named does not fall on that date");
            }
        }
        r
    }

    /// The tense evidence for a year-less expression: its own marker, else the governing verb's
    /// and the context's, which must agree.
    fn evidence(&self, tense: Tense) -> Result<Tense, &'static str> {
        match self.tense() {
            Tense::Unknown => {}
            t => return Ok(t),
        }
        match (tense, self.context) {
            (Tense::Unknown, c) => Ok(c),
            (t, Tense::Unknown) => Ok(t),
            (t, c) if t == c => Ok(t),
            _ => Err("the verb's tense and the words before the date disagree"),
        }
    }

    fn resolve_inner(&self, reference: Option<NaiveDate>, tense: Tense) -> Resolution {
        if let Some(why) = self.blocked {
            return unresolved(why);
        }
        if let Some(to) = &self.to {
            return self.resolve_range(to, reference, tense);
        }
        if self.hijri {
            return self.resolve_hijri();
        }
        if self.absolute() {
            return match (self.day, self.month, self.year) {
                (Some(d), Some(m), Some(y)) => ymd(y, m, d).because("the date as written"),
                (None, Some(m), Some(y)) => {
                    month_res(y, m).because("the month and year as written")
                }
                (None, None, Some(y)) => year_res(y).because("the year as written"),
                _ => unresolved(INVALID),
            };
        }
        let Some(r) = reference else {
            return unresolved(NO_REFERENCE);
        };
        if let Some(off) = self.day_offset {
            return r
                .checked_add_signed(chrono::Duration::days(off))
                .map_or(unresolved(INVALID), day_res)
                .because(match off {
                    0 => "publication day (اليوم)",
                    1 => "the day after publication (غدا)",
                    -1 => "the day before publication (أمس)",
                    2 => "two days after publication (بعد غد)",
                    -2 => "two days before publication (أول أمس, منذ يومين)",
                    o if o < 0 => "days before publication (منذ/قبل N أيام)",
                    _ => "days after publication",
                });
        }
        if let Some(p) = self.period {
            return resolve_period(p, self.relative.unwrap_or(Relative::This), self.weekday, r);
        }
        if let Some(rel) = self.month_rel {
            let (y, m) = add_months(r.year(), r.month(), rel.step());
            return match self.day {
                Some(d) => ymd(y, m, d).because("day of the month named relative to publication"),
                None => month_res(y, m).because("month relative to publication"),
            };
        }
        if let Some(rel) = self.year_rel {
            let y = r.year() + rel.step();
            return match (self.day, self.month) {
                (Some(d), Some(m)) => {
                    ymd(y, m, d).because("year from «من العام الماضي/الجاري/المقبل»")
                }
                (None, Some(m)) => {
                    month_res(y, m).because("year from «من العام الماضي/الجاري/المقبل»")
                }
                _ => unresolved(INVALID),
            };
        }
        match (self.day, self.month) {
            (Some(d), Some(m)) => self.day_month(r, d, m, tense),
            (None, Some(m)) => self.month_alone(r, m, tense),
            (None, None) => match self.weekday {
                Some(w) => self.weekday_alone(r, w, tense),
                None => unresolved("nothing to place"),
            },
            (Some(_), None) => unresolved("a day without its month"),
        }
    }

    fn day_month(&self, r: NaiveDate, d: u32, m: u32, tense: Tense) -> Resolution {
        match self.relative {
            Some(Relative::This) => {
                return if m == r.month() {
                    ymd(r.year(), m, d).because("«الجاري»: the month of publication")
                } else {
                    unresolved("«الجاري» names a month other than the month of publication")
                };
            }
            Some(rel) => {
                if m == r.month() {
                    return unresolved(
                        "«الماضي/المقبل» on the month of publication: this year or another",
                    );
                }
                let y = match rel {
                    Relative::Next if m > r.month() => r.year(),
                    Relative::Next => r.year() + 1,
                    _ if m < r.month() => r.year(),
                    _ => r.year() - 1,
                };
                return ymd(y, m, d).because(if rel == Relative::Next {
                    "«المقبل»: the first such month after publication"
                } else {
                    "«الماضي»: the last such month before publication"
                });
            }
            None => {}
        }
        let t = match self.evidence(tense) {
            Ok(t) => t,
            Err(why) => return unresolved(why),
        };
        if let Some(w) = self.weekday {
            let fits: Vec<NaiveDate> = (r.year() - 1..=r.year() + 1)
                .filter_map(|y| NaiveDate::from_ymd_opt(y, m, d))
                .filter(|c| c.weekday() == w)
                .filter(|c| (*c - r).num_days().abs() <= WEEKDAY_WINDOW_DAYS)
                .filter(|c| match t {
                    Tense::Past => *c <= r,
                    Tense::Future => *c >= r,
                    Tense::Unknown => true,
                })
                .collect();
            return match fits.as_slice() {
                [one] => day_res(*one).because("the weekday fits only this year near publication"),
                [] => unresolved("the weekday fits no year near publication"),
                _ => unresolved("the weekday fits more than one year"),
            };
        }
        let future = match t {
            Tense::Past => false,
            Tense::Future => true,
            Tense::Unknown => {
                return unresolved(
                    "day and month without a year, and no tense or marker to place it",
                )
            }
        };
        match nearest_day(r, m, d, future) {
            Some(c) if (c - r).num_days().abs() <= TENSE_WINDOW_DAYS => {
                day_res(c).because(if future {
                    "no year: the first such day from publication on (future tense)"
                } else {
                    "no year: the last such day up to publication (past tense)"
                })
            }
            Some(_) => {
                unresolved("no year, and the nearest such day is over six months from publication")
            }
            None => unresolved(INVALID),
        }
    }

    fn month_alone(&self, r: NaiveDate, m: u32, tense: Tense) -> Resolution {
        let here = r.month();
        match self.relative {
            Some(Relative::This) => {
                return if m == here {
                    month_res(r.year(), m).because("«الجاري»: the month of publication")
                } else {
                    unresolved("«الجاري» names a month other than the month of publication")
                }
            }
            Some(Relative::Next) => {
                let y = if m > here { r.year() } else { r.year() + 1 };
                return month_res(y, m).because("«المقبل»: the first such month after publication");
            }
            Some(Relative::Last) => {
                let y = if m < here { r.year() } else { r.year() - 1 };
                return month_res(y, m).because("«الماضي»: the last such month before publication");
            }
            None => {}
        }
        let t = match self.evidence(tense) {
            Ok(t) => t,
            Err(why) => return unresolved(why),
        };
        // Within six months either way, the publication month included.
        let (y, dist) = match t {
            Tense::Past if m <= here => (r.year(), here - m),
            Tense::Past => (r.year() - 1, here + 12 - m),
            Tense::Future if m >= here => (r.year(), m - here),
            Tense::Future => (r.year() + 1, m + 12 - here),
            Tense::Unknown => {
                return unresolved("a month without a year, and no tense or marker to place it")
            }
        };
        if dist > 6 {
            return unresolved(
                "no year, and the nearest such month is over six months from publication",
            );
        }
        month_res(y, m).because(if t == Tense::Future {
            "no year: the first such month from publication on (future tense)"
        } else {
            "no year: the last such month up to publication (past tense)"
        })
    }

    fn weekday_alone(&self, r: NaiveDate, w: Weekday, tense: Tense) -> Resolution {
        match self.relative {
            Some(Relative::Last) => {
                return nearest_weekday(r, w, false)
                    .map_or(unresolved(INVALID), day_res)
                    .because("«الماضي»: the last such weekday before publication")
            }
            Some(Relative::Next) => {
                return nearest_weekday(r, w, true)
                    .map_or(unresolved(INVALID), day_res)
                    .because("«المقبل»: the first such weekday after publication")
            }
            Some(Relative::This) => {
                return unresolved("«هذا» with a weekday: this week's or the next")
            }
            None => {}
        }
        match self.evidence(tense) {
            Err(why) => unresolved(why),
            Ok(Tense::Past) if r.weekday() == w => {
                day_res(r).because("past tense, the weekday of publication: that same day")
            }
            Ok(Tense::Past) => nearest_weekday(r, w, false)
                .map_or(unresolved(INVALID), day_res)
                .because("past tense: the last such weekday before publication"),
            Ok(Tense::Future) if r.weekday() == w => {
                unresolved("future tense, the weekday of publication: today or next week")
            }
            Ok(Tense::Future) => nearest_weekday(r, w, true)
                .map_or(unresolved(INVALID), day_res)
                .because("future tense: the first such weekday after publication"),
            Ok(Tense::Unknown) => unresolved("a weekday alone, and no tense or marker to place it"),
        }
    }

    fn resolve_hijri(&self) -> Resolution {
        let (Some(d), Some(m), Some(y)) = (self.day, self.month, self.year) else {
            return unresolved(
                "a Hijri month or year without a day does not map onto Gregorian months",
            );
        };
        let Some(g) = hijri_to_gregorian(y, m, d) else {
            return unresolved(INVALID);
        };
        match self.weekday {
            None => day_res(g).because("Hijri date, Umm al-Qura calendar"),
            Some(w) if g.weekday() == w => {
                day_res(g).because("Hijri date, Umm al-Qura calendar, weekday agrees")
            }
            Some(w) => {
                // Where the month began a day apart (local sighting), the weekday says which day.
                let near: Vec<NaiveDate> = [g.pred_opt(), g.succ_opt()]
                    .into_iter()
                    .flatten()
                    .filter(|c| c.weekday() == w)
                    .collect();
                match near.as_slice() {
                    [one] => day_res(*one)
                        .because("Hijri date, a day from Umm al-Qura as the weekday named says"),
                    _ => unresolved("the weekday named does not fit the Hijri date"),
                }
            }
        }
    }

    fn resolve_range(
        &self,
        to: &DateExpr,
        reference: Option<NaiveDate>,
        tense: Tense,
    ) -> Resolution {
        let end = to.resolve(reference, tense);
        let (Some(_), Some(e_end)) = (end.start, end.end) else {
            return end;
        };
        let mut first = self.clone();
        first.to = None;
        // The first end takes its year (and month) from the second: «يومي 10 و11 أبريل».
        if first.year.is_none() && first.day_offset.is_none() && first.period.is_none() {
            let e_start = end.start.unwrap_or(e_end);
            match (first.day, first.month) {
                (Some(_), None) if first.month_rel.is_none() => {
                    first.month = to.month.or(Some(e_start.month()));
                    first.year = Some(e_start.year());
                }
                (Some(_), Some(m)) if first.month_rel.is_none() && first.year_rel.is_none() => {
                    first.year = Some(e_start.year() - i32::from(m > e_start.month()));
                }
                _ => {}
            }
            if first.year.is_some() {
                first.relative = None;
            }
        }
        let start = first.resolve(reference, tense);
        match (start.start, start.precision == end.precision) {
            (Some(s), true) if s <= e_end => Resolution {
                start: Some(s),
                end: Some(e_end),
                precision: end.precision,
                rule: "a range: from the first date named to the last",
            },
            (Some(_), _) => unresolved("the range's ends are out of order or of different kinds"),
            (None, _) => start,
        }
    }
}

fn resolve_period(p: Period, rel: Relative, weekday: Option<Weekday>, r: NaiveDate) -> Resolution {
    match (p, weekday) {
        (Period::Week, Some(w)) => week_weekday(r, rel, w),
        (Period::Week, None) => unresolved(
            "weeks start on Saturday, Sunday or Monday depending on the country: which days the week covers is not said",
        ),
        (Period::Month, _) => {
            let (y, m) = add_months(r.year(), r.month(), rel.step());
            month_res(y, m).because("month relative to publication")
        }
        (Period::Year, _) => {
            year_res(r.year() + rel.step()).because("year relative to publication")
        }
    }
}

/// «الأسبوع المقبل يوم الجمعة»: the weekday `w` of the week `rel` to `r`'s, when weeks starting
/// on Saturday, Sunday and Monday all give the same day.
fn week_weekday(r: NaiveDate, rel: Relative, w: Weekday) -> Resolution {
    let days = [Weekday::Sat, Weekday::Sun, Weekday::Mon].map(|start| {
        let back = (r.weekday().num_days_from_monday() as i64
            - start.num_days_from_monday() as i64)
            .rem_euclid(7);
        let into =
            (w.num_days_from_monday() as i64 - start.num_days_from_monday() as i64).rem_euclid(7);
        r.checked_add_signed(chrono::Duration::days(
            -back + 7 * i64::from(rel.step()) + into,
        ))
    });
    match days {
        [Some(a), Some(b), Some(c)] if a == b && b == c => {
            day_res(a).because("the weekday of that week (the same whichever day weeks start)")
        }
        _ => unresolved(
            "the weekday of that week depends on the day weeks start (Saturday, Sunday or Monday)",
        ),
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
    HijriMonth(u32),
    /// The first word of a two-word Hijri month: ربيع (0), جمادى (1), ذو/ذي (2).
    TwoWordHijri(u32),
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

/// Words before a date that make it the publication-relative tense of its sentence.
const FUTURE_WORDS: &[&str] = &[
    "المقرر",
    "مقرر",
    "المزمع",
    "المرتقب",
    "المرتقبه",
    "المنتظر",
    "يعتزم",
    "تعتزم",
    "يرتقب",
    "سيعقد",
    "ستعقد",
    "سيلتقي",
    "ستلتقي",
    "سيلتقيان",
    "سيجتمع",
    "ستجتمع",
    "سيجتمعان",
    "سيزور",
    "ستزور",
    "سيجري",
    "ستجري",
    "سينطلق",
    "ستنطلق",
    "سيبدا",
    "ستبدا",
    "سيستضيف",
    "ستستضيف",
    "سيشارك",
    "ستشارك",
    "سيتوجه",
    "ستتوجه",
    "سيصل",
    "ستصل",
    "سيعود",
    "ستعود",
    "موعد",
];
const PAST_WORDS: &[&str] = &[
    "التقي",
    "التقت",
    "التقيا",
    "اجتمع",
    "اجتمعت",
    "اجتمعا",
    "انعقد",
    "انعقدت",
    "زار",
    "زارت",
    "وصل",
    "وصلت",
    "استقبل",
    "استقبلت",
    "جرت",
    "عقدت",
    "اجري",
    "اجرت",
    "عقدنا",
    "عدت",
];
fn tense_words() -> &'static HashMap<&'static str, Tense> {
    static T: OnceLock<HashMap<&'static str, Tense>> = OnceLock::new();
    T.get_or_init(|| {
        let future = FUTURE_WORDS.iter().map(|w| (*w, Tense::Future));
        future
            .chain(PAST_WORDS.iter().map(|w| (*w, Tense::Past)))
            .collect()
    })
}

/// «اليوم» before these is a day of the story, not the publication day.
const NOT_TODAY_AFTER: &[&str] = &[
    "التالي",
    "الذي",
    "التي",
    "السابق",
    "الاخير",
    "نفسه",
    "ذاته",
    "العالمي",
    "الوطني",
    "الدولي",
    "السابع",
    "الموعود",
    "المحدد",
    "المشهود",
    "الاول",
    "الثاني",
    "الثالث",
    "الرابع",
    "الخامس",
    "السادس",
    "الثامن",
    "التاسع",
    "العاشر",
];

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
        let rest: [(&str, Word); 48] = [
            ("كانون", TwoWordMonth(0)),
            ("تشرين", TwoWordMonth(1)),
            ("محرم", HijriMonth(1)),
            ("صفر", HijriMonth(2)),
            ("رجب", HijriMonth(7)),
            ("شعبان", HijriMonth(8)),
            ("رمضان", HijriMonth(9)),
            ("شوال", HijriMonth(10)),
            ("ربيع", TwoWordHijri(0)),
            ("جمادى", TwoWordHijri(1)),
            ("جماد", TwoWordHijri(1)),
            ("ذو", TwoWordHijri(2)),
            ("ذي", TwoWordHijri(2)),
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
            ("الجاري", Marker(Relative::This)),
            ("الجاريه", Marker(Relative::This)),
            ("الحالي", Marker(Relative::This)),
            ("الحاليه", Marker(Relative::This)),
            ("الاسبوع", Period(self::Period::Week)),
            ("الشهر", Period(self::Period::Month)),
            ("العام", Period(self::Period::Year)),
            ("السنه", Period(self::Period::Year)),
            ("عام", Aam),
            ("سنه", Aam),
            ("يوم", Yawm),
            ("من", Min),
            ("شهر", Shahr),
            ("هذا", Marker(Relative::This)),
            ("هذه", Marker(Relative::This)),
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
        m
    })
}

/// The second word of a two-word Hijri month, by series (ربيع, جمادى, ذو).
fn hijri_second(series: u32, w: &str) -> Option<u32> {
    let w = w.strip_prefix("ال").unwrap_or(w);
    Some(match (series, w) {
        (0, "اول") => 3,
        (0, "ثاني" | "اخر") => 4,
        (1, "اولي" | "اول") => 5,
        (1, "ثانيه" | "اخره" | "ثاني" | "اخر") => 6,
        (2, "قعده") => 11,
        (2, "حجه") => 12,
        _ => return None,
    })
}

/// A count word: «ثلاثة» (3) … «عشرة» (10).
fn count_word(w: &str) -> Option<i64> {
    Some(match w {
        "ثلاثه" | "ثلاث" => 3,
        "اربعه" | "اربع" => 4,
        "خمسه" | "خمس" => 5,
        "سته" | "ست" => 6,
        "سبعه" | "سبع" => 7,
        "ثمانيه" | "ثماني" => 8,
        "تسعه" | "تسع" => 9,
        "عشره" => 10,
        _ => return None,
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

/// What the scanner read at a word.
enum Read {
    Date(DateExpr, usize),
    /// Words that look like a date but are not one («كل يوم جمعة»): skip to this index.
    Skip(usize),
}

impl<'a> Scanner<'a> {
    fn new(text: &'a str) -> Self {
        let table = words();
        let w = tokenize(text)
            .into_iter()
            .map(|t| {
                let norm = normalize(t.text);
                // «الـ16»: the article before a day number.
                let numeric = norm
                    .strip_prefix("ال")
                    .filter(|r| r.len() <= 2)
                    .unwrap_or(&norm);
                let digits = if !numeric.is_empty() && numeric.bytes().all(|b| b.is_ascii_digit()) {
                    numeric.len()
                } else {
                    0
                };
                let num = if digits > 0 && digits <= 4 {
                    numeric.parse().ok()
                } else {
                    None
                };
                // A leading «و»/«ف» (and, so) does not change what a word means: «واليوم».
                // «واحد» (one) is not «و» + «احد» (Sunday): bare weekdays take no «و».
                let kind = table.get(&norm).copied().or_else(|| {
                    let rest = norm.strip_prefix(['و', 'ف'])?;
                    (rest.chars().count() >= 2)
                        .then(|| table.get(rest).copied())?
                        .filter(|k| !matches!(k, Word::BareWeekday(_)))
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

    fn norm(&self, j: usize) -> &str {
        self.w.get(j).map_or("", |w| w.norm.as_str())
    }

    /// The normalised word `j` when it joins the previous one, else "".
    fn joined_norm(&self, j: usize) -> &str {
        if self.joined(j) {
            self.norm(j)
        } else {
            ""
        }
    }

    /// The normalised word before `j` when it joins `j`, without a leading «و», else "".
    fn prev_norm(&self, j: usize) -> &str {
        if j == 0 || !self.joined(j) {
            return "";
        }
        let n = self.norm(j - 1);
        n.strip_prefix('و')
            .filter(|r| r.chars().count() >= 2)
            .unwrap_or(n)
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

    /// Like `joined`, and a closing parenthesis may stand between: «مايو (أيار) 1990».
    fn joined_paren(&self, j: usize) -> bool {
        self.gap(j).is_some_and(|g| {
            g.trim_matches(|c: char| c == ')' || c == ',' || c == '،' || c.is_whitespace())
                .is_empty()
        })
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

    /// A Hijri month at `j`; returns the month and the index after it.
    fn hijri_month(&self, j: usize) -> Option<(u32, usize)> {
        match self.kind(j)? {
            Word::HijriMonth(m) => Some((m, j + 1)),
            Word::TwoWordHijri(s) if self.joined(j + 1) => {
                hijri_second(s, self.norm(j + 1)).map(|m| (m, j + 2))
            }
            _ => None,
        }
    }

    /// A day of the month (digits or an ordinal) at `j`.
    fn day(&self, j: usize) -> Option<(u32, usize)> {
        let w = self.w.get(j)?;
        if w.digits > 0 && w.digits <= 2 {
            return w.num.filter(|d| (1..=31).contains(d)).map(|d| (d, j + 1));
        }
        if !matches!(w.kind?, Word::Tens(_) | Word::Ordinal(_) | Word::OrdinalOne) {
            return None;
        }
        // «الأسبوع الثالث من هذا الشهر», «اليوم الأول من الزيارة»: an ordinal after a definite
        // noun is its adjective, not a day of the month.
        if self.prev_norm(j).starts_with("ال")
            && self
                .kind(j.wrapping_sub(1))
                .is_some_and(|k| matches!(k, Word::Period(_) | Word::RelDay(0)))
        {
            return None;
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

    /// A four-digit year 1000–9999 as word `j` («2025», «2025م»).
    fn year_word(&self, j: usize) -> Option<i32> {
        let w = self.w.get(j)?;
        let y = if w.digits == 4 {
            w.num
        } else {
            w.norm
                .strip_suffix('م')
                .filter(|d| d.len() == 4 && d.bytes().all(|b| b.is_ascii_digit()))
                .and_then(|d| d.parse().ok())
        }?;
        (1000..=9999).contains(&y).then_some(y as i32)
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
        if !self.joined_paren(k) {
            return None;
        }
        self.year_word(k).map(|y| (y, k + 1))
    }

    /// «من العام الماضي», «من هذا العام», «العام المقبل» after a month; returns the marker.
    fn year_marker(&self, j: usize) -> Option<(Relative, usize)> {
        let mut k = j;
        if self.next_is(k, Word::Min) {
            k += 1;
        }
        if !self.joined(k) {
            return None;
        }
        match (self.kind(k)?, self.kind(k + 1)) {
            (Word::Period(self::Period::Year), Some(Word::Marker(r))) if self.joined(k + 1) => {
                Some((r, k + 2))
            }
            (Word::Marker(Relative::This), Some(Word::Period(self::Period::Year)))
                if self.joined(k + 1) =>
            {
                Some((Relative::This, k + 2))
            }
            _ => None,
        }
    }

    /// «(من) الشهر الجاري/الماضي/المقبل», «(من) هذا الشهر» after a day; returns the marker.
    fn month_marker(&self, j: usize) -> Option<(Relative, usize)> {
        let mut k = j;
        if self.next_is(k, Word::Min) {
            k += 1;
        }
        if !self.joined(k) {
            return None;
        }
        match (self.kind(k)?, self.kind(k + 1)) {
            (Word::Period(self::Period::Month), Some(Word::Marker(r))) if self.joined(k + 1) => {
                Some((r, k + 2))
            }
            (Word::Marker(Relative::This), Some(Word::Period(self::Period::Month)))
                if self.joined(k + 1) =>
            {
                Some((Relative::This, k + 2))
            }
            _ => None,
        }
    }

    /// A Hijri year (1300–1600) at `j`, with «هـ» attached or after it; returns the index after.
    fn hijri_year(&self, j: usize) -> Option<(i32, usize)> {
        if !self.joined(j) {
            return None;
        }
        let w = self.w.get(j)?;
        let (y, suffix) = match w.norm.strip_suffix('ه') {
            Some(d) if d.len() == 4 && d.bytes().all(|b| b.is_ascii_digit()) => {
                (d.parse::<i32>().ok()?, true)
            }
            _ if w.digits == 4 => (w.num? as i32, false),
            _ => return None,
        };
        if !(1300..=1600).contains(&y) {
            return None;
        }
        let mut k = j + 1;
        if !suffix && self.joined(k) && matches!(self.norm(k), "ه" | "هجري" | "هجريه") {
            k += 1;
        }
        Some((y, k))
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

    /// Numeric d/m/yyyy (or with «-» or «.»), day first as Arabic writes it, or yyyy/mm/dd, at `j`.
    fn numeric(&self, j: usize) -> Option<(u32, u32, i32, usize)> {
        let (a, b, c) = (self.w.get(j)?, self.w.get(j + 1)?, self.w.get(j + 2)?);
        let sep = self.gap(j + 1)?;
        if !matches!(sep, "/" | "-" | ".") || self.gap(j + 2) != Some(sep) {
            return None;
        }
        if a.norm.starts_with("ال") {
            return None;
        }
        let small = |w: &W| (1..=2).contains(&w.digits);
        let (d, m, y) = if small(a) && small(b) && c.digits == 4 {
            (a.num?, b.num?, c.num? as i32)
        } else if a.digits == 4 && small(b) && small(c) {
            (c.num?, b.num?, a.num? as i32)
        } else {
            return None;
        };
        NaiveDate::from_ymd_opt(y, m, d)?;
        Some((d, m, y, j + 3))
    }

    /// The tense of the nearest tense word before word `i` in its sentence (up to ten words back).
    fn context(&self, i: usize) -> Tense {
        let mut j = i;
        let mut imperfect = false;
        while j > 0 && i - j < 10 {
            if self
                .gap(j)
                .is_none_or(|g| g.contains(['.', '!', '?', '؟', '؛', ':']))
            {
                break;
            }
            j -= 1;
            let n = self.norm(j);
            let t = tense_words().get(n).copied().or_else(|| {
                let r = n.strip_prefix(['و', 'ف'])?;
                tense_words().get(r).copied()
            });
            match t {
                Some(Tense::Future) => return Tense::Future,
                Some(Tense::Past) if !imperfect => return Tense::Past,
                _ => {}
            }
            // «التقيا أمس، ويلتقيان يومي 10 و11 أبريل»: an imperfect verb (or any word shaped
            // like one) nearer the date governs it, so a past verb further back says nothing;
            // «من المقرر أن يلتقيا» still reads as future.
            let bare = n.strip_prefix(['و', 'ف']).unwrap_or(n);
            if bare.starts_with(['ي', 'ت']) && bare.chars().count() >= 4 {
                imperfect = true;
            }
        }
        Tense::Unknown
    }

    /// After the day (and «من»): month and its year or marker, a Hijri month and year, or «الشهر
    /// الجاري». Fills `e` and returns the index after, or `None` when no month follows.
    fn month_tail(&self, e: &mut DateExpr, j: usize) -> Option<usize> {
        let mut k = j;
        if self.next_is(k, Word::Min) {
            k += 1;
        }
        if !self.joined(k) {
            return None;
        }
        if let Some((m, k2)) = self.month_pair(k) {
            e.month = Some(m);
            return Some(self.year_tail(e, k2));
        }
        if let Some((m, k2)) = self.hijri_month(k) {
            let (y, k3) = self.hijri_year(k2)?;
            e.month = Some(m);
            e.year = Some(y);
            e.hijri = true;
            return Some(k3);
        }
        // «يوم 15 الجاري»: the 15th of this month.
        if k == j && matches!(self.norm(k), "الجاري" | "الحالي") {
            e.month_rel = Some(Relative::This);
            return Some(k + 1);
        }
        let (r, k2) = self.month_marker(j)?;
        e.month_rel = Some(r);
        Some(k2)
    }

    /// After a month: a year, «من العام الماضي», or a marker.
    fn year_tail(&self, e: &mut DateExpr, j: usize) -> usize {
        if let Some((y, k)) = self.year(j) {
            e.year = Some(y);
            return k;
        }
        if let Some((r, k)) = self.year_marker(j) {
            e.year_rel = Some(r);
            return k;
        }
        if let Some(Word::Marker(r)) = self.kind(j).filter(|_| self.joined_paren(j)) {
            if self.norm(j) != "هذا" && self.norm(j) != "هذه" {
                e.relative = Some(r);
                return j + 1;
            }
        }
        // «7 فبراير، ألفين وثمانية عشر»: a year in words; marsad does not read it, so it says
        // nothing rather than a year of its own.
        if e.day.is_some()
            && self.joined_paren(j)
            && matches!(self.norm(j), "الف" | "الفين" | "الفان" | "عام" | "سنه")
        {
            e.blocked = Some("a year follows that is not read (in words, or not attached)");
        }
        // «28 مايو - 1990»: a year stands right there but is not read as part of the date.
        if e.day.is_some()
            && self.year_word(j).is_some()
            && self
                .gap(j)
                .is_some_and(|g| g.chars().count() <= 3 && !g.chars().any(char::is_alphabetic))
        {
            e.blocked = Some("a year stands next to the date but is not attached to it");
        }
        j
    }

    /// Try to read one expression starting at word `i`.
    fn read(&self, i: usize) -> Option<Read> {
        let n = self.norm(i);
        // «كل يوم جمعة», «عدا الخميس», «أيام الجمعة»: habits and exceptions, not dates.
        if matches!(n, "كل" | "عدا" | "ماعدا" | "باستثناء" | "خلا" | "ايام")
        {
            let mut k = i + 1;
            if self.next_is(k, Word::Yawm) {
                k += 1;
            }
            if self.joined(k)
                && matches!(
                    self.kind(k),
                    Some(Word::WeekdayName(_) | Word::BareWeekday(_))
                )
            {
                return Some(Read::Skip(k + 1));
            }
            return None;
        }
        if let Some(r) = self
            .ago(i)
            .or_else(|| self.two_days(i))
            .or_else(|| self.range(i))
        {
            return Some(r);
        }
        let (mut e, mut j) = self.core(i)?;
        // «12 يناير 2016 - 22 يناير 2016», «28 أبريل حتى 2 مايو»: a range.
        if e.day.is_some() && e.month.is_some() && e.to.is_none() && !e.hijri {
            let next = if self.gap(j) == Some("-") {
                Some(j)
            } else if matches!(self.joined_norm(j), "الي" | "حتي") {
                Some(j + 1)
            } else {
                None
            };
            if let Some((b, k)) = next.and_then(|n| self.core(n)) {
                let years_agree = e.year.is_some() || b.year.is_none() || e.relative.is_none();
                if b.day.is_some() && b.month.is_some() && b.hijri == e.hijri && years_agree {
                    let last = &self.w[k - 1];
                    e.end = last.end;
                    e.raw = self.text[self.w[i].byte_start..last.byte_end].to_string();
                    e.to = Some(Box::new(b));
                    j = k;
                }
            }
        }
        // «يوم الجمعة من كل أسبوع»: a habit.
        if e.day.is_none()
            && e.month.is_none()
            && e.weekday.is_some()
            && e.day_offset.is_none()
            && self.joined_norm(j) == "من"
            && self.joined_norm(j + 1) == "كل"
        {
            return Some(Read::Skip(j + 2));
        }
        if self.prev_norm(i) == "منذ" {
            e.since = true;
        }
        Some(Read::Date(e, j))
    }

    /// Finish `e` as the words `i..j`.
    fn finish(&self, mut e: DateExpr, i: usize, j: usize) -> Read {
        let last = &self.w[j - 1];
        e.start = self.w[i].start;
        e.end = last.end;
        e.raw = self.text[self.w[i].byte_start..last.byte_end].to_string();
        Read::Date(e, j)
    }

    /// «منذ يومين», «قبل ثلاثة أيام», «قبل أسبوعين» (approximate), «قبل يوم أمس».
    fn ago(&self, i: usize) -> Option<Read> {
        let n = self.norm(i);
        let n = n.strip_prefix('و').filter(|r| r.len() > 4).unwrap_or(n);
        if n != "منذ" && n != "قبل" {
            return None;
        }
        let mut e = DateExpr::empty(0);
        let j = i + 1;
        if !self.joined(j) {
            return None;
        }
        let w = self.norm(j);
        let (count, unit_at): (Option<i64>, usize) = if let Some(c) = count_word(w) {
            (Some(c), j + 1)
        } else if self.w[j].digits > 0 && self.w[j].digits <= 2 && !w.starts_with("ال") {
            (self.w[j].num.map(i64::from), j + 1)
        } else {
            (None, j)
        };
        let unit = if self.joined(unit_at) {
            self.norm(unit_at)
        } else {
            ""
        };
        let mut k = unit_at + 1;
        match (count, unit) {
            // «قبل يوم أمس», «قبل أمس»: the day before yesterday.
            (None, "امس" | "الامس") if n == "قبل" => e.day_offset = Some(-2),
            (None, "يوم") if n == "قبل" && self.joined_norm(unit_at + 1).ends_with("امس") =>
            {
                e.day_offset = Some(-2);
                k += 1;
            }
            (None, "يوم") => {
                // «منذ يوم الخميس» is «since Thursday», «قبل يوم الانتخابات» «before election
                // day»: not a count.
                if self.joined_norm(unit_at + 1).starts_with("ال")
                    || matches!(
                        self.kind(unit_at + 1).filter(|_| self.joined(unit_at + 1)),
                        Some(Word::WeekdayName(_) | Word::BareWeekday(_) | Word::RelDay(_))
                    )
                    || self.w.get(unit_at + 1).is_some_and(|w| w.digits > 0)
                {
                    return None;
                }
                e.day_offset = Some(-1);
            }
            (None, "يومين") => e.day_offset = Some(-2),
            (Some(c), "ايام" | "يوما" | "يوم") if (1..=31).contains(&c) => {
                e.day_offset = Some(-c)
            }
            (
                None,
                "اسبوع" | "اسبوعين" | "شهر" | "شهرين" | "عام" | "عامين" | "سنه" | "سنتين" | "بضعه",
            )
            | (
                Some(_),
                "اسابيع" | "اسبوعا" | "اشهر" | "شهور" | "شهرا" | "اعوام" | "عاما" | "سنوات" | "سنه"
                | "عام" | "سنين",
            ) => {
                // «منذ عام 2011» is a year, read elsewhere.
                if self.w.get(unit_at + 1).is_some_and(|w| w.digits == 4) || unit == "بضعه" {
                    return None;
                }
                e.blocked = Some("weeks, months or years ago: approximate, not a date");
                e.since = true;
            }
            _ => return None,
        }
        // «قبل ثلاثة أيام من الانتخابات»: counted from another event, not from publication.
        if matches!(self.joined_norm(k), "من" | "علي") && e.blocked.is_none() {
            e.blocked = Some("counted from another event («… من/على …»), not from publication");
        }
        Some(self.finish(e, i, k))
    }

    /// «أول أمس», «أول من أمس», «أمس الأول», «يوم أمس الأول», «بعد غد (الثلاثاء)», «يوم الغد»,
    /// «الليلة الماضية».
    fn two_days(&self, i: usize) -> Option<Read> {
        let n = self.norm(i);
        let mut e = DateExpr::empty(0);
        let mut k;
        if n == "اول" && self.joined_norm(i + 1).ends_with("امس") {
            e.day_offset = Some(-2);
            k = i + 2;
        } else if n == "اول"
            && self.joined_norm(i + 1) == "من"
            && self.joined_norm(i + 2).ends_with("امس")
        {
            e.day_offset = Some(-2);
            k = i + 3;
        } else if n == "بعد" && matches!(self.joined_norm(i + 1), "غد" | "غدا" | "الغد")
        {
            e.day_offset = Some(2);
            k = i + 2;
        } else if matches!(n, "يوم" | "صباح" | "مساء" | "ظهر" | "فجر")
            && self.joined_norm(i + 1) == "الغد"
        {
            e.day_offset = Some(1);
            k = i + 2;
        } else if n == "الليله" && self.next_is(i + 1, Word::Marker(Relative::Last)) {
            e.day_offset = Some(-1);
            return Some(self.finish(e, i, i + 2));
        } else {
            let start = if n == "يوم" { i + 1 } else { i };
            if start > i && !self.joined(start) {
                return None;
            }
            if self.kind(start) == Some(Word::RelDay(-1)) && self.joined_norm(start + 1) == "الاول"
            {
                e.day_offset = Some(-2);
                return Some(self.finish(e, i, start + 2));
            }
            return None;
        }
        if let Some(Word::WeekdayName(w)) = self.kind(k).filter(|_| self.joined(k)) {
            e.weekday = Some(w);
            k += 1;
        }
        Some(self.finish(e, i, k))
    }

    /// «يومي 10 و11 أبريل», «من 12 إلى 15 من الشهر الجاري», «بين 3 و5 مايو», «من 28 أبريل
    /// إلى 2 مايو», «عامي 2002 و2003».
    fn range(&self, i: usize) -> Option<Read> {
        let n = self.norm(i);
        if matches!(n, "عامي" | "سنتي") {
            let y1 = self.year_word(i + 1).filter(|_| self.joined(i + 1))?;
            let at = self.second(i + 2, &["و"])?;
            let (y2, k) = (self.year_inline(at)?, at + 1);
            if y2 <= y1 {
                return None;
            }
            let mut e = DateExpr::empty(0);
            e.year = Some(y1);
            let mut to = DateExpr::empty(0);
            to.year = Some(y2);
            e.to = Some(Box::new(to));
            return Some(self.finish(e, i, k));
        }
        // «يومي27 و28 آب»: the first day glued to «يومي».
        if let Some(d1) = n
            .strip_prefix("يومي")
            .filter(|r| (1..=2).contains(&r.len()) && r.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|r| r.parse::<u32>().ok())
        {
            let b_at = self.second(i + 1, &["و"])?;
            let (mut b, j) = self.core(b_at)?;
            if b.day.is_some_and(|d2| d2 > d1) && (b.month.is_some() || b.month_rel.is_some()) {
                let mut a = b.clone();
                a.day = Some(d1);
                a.weekday = None;
                a.time = None;
                b.weekday = None;
                a.to = Some(Box::new(b));
                return Some(self.finish(a, i, j));
            }
            return None;
        }
        if !matches!(n, "يومي" | "من" | "بين") || !self.joined(i + 1) {
            return None;
        }
        // «19-20 نوفمبر»
        if let Some((d1, k)) = self.day(i).filter(|_| self.w[i].digits > 0) {
            if self.gap(k) == Some("-") {
                if let Some((mut b, j)) = self.core(k) {
                    if b.day.is_some_and(|d2| d2 > d1) && b.month.is_some() && b.to.is_none() {
                        let mut a = b.clone();
                        a.day = Some(d1);
                        a.weekday = None;
                        a.time = None;
                        b.weekday = None;
                        a.to = Some(Box::new(b));
                        return Some(self.finish(a, i, j));
                    }
                }
            }
        }
        let dual = n == "يومي";
        let conj: &[&str] = if n == "من" {
            &["الي", "حتي"]
        } else {
            &["و"]
        };
        // A day, then the second date with its month.
        if let Some((d1, k)) = self.day(i + 1) {
            if let Some(b_at) = self.second(k, conj) {
                if let Some((mut b, j)) = self.core(b_at) {
                    if b.day.is_some_and(|d2| d2 > d1)
                        && (b.month.is_some() || b.month_rel.is_some())
                    {
                        let mut a = b.clone();
                        a.day = Some(d1);
                        a.weekday = None;
                        a.time = None;
                        b.weekday = None;
                        a.to = Some(Box::new(b));
                        return Some(self.finish(a, i, j));
                    }
                }
            }
        }
        if dual {
            return None;
        }
        // Two full dates.
        let (a, k) = self.core(i + 1)?;
        if a.day.is_none() || a.month.is_none() {
            return None;
        }
        let b_at = self.second(k, conj)?;
        let (b, j) = self.core(b_at)?;
        if b.day.is_none() || b.month.is_none() || b.hijri != a.hijri {
            return None;
        }
        let mut a = a;
        if a.year.is_none() && a.year_rel.is_none() && a.relative.is_none() {
            // The year comes from the second date.
        } else if b.year.is_none() {
            return None;
        }
        a.to = Some(Box::new(b));
        Some(self.finish(a, i, j))
    }

    /// The second end of a range at `k`: «و11» (one word), or a connector («و», «إلى», «حتى»)
    /// from `conj` and then the word. Returns the index of the word holding the second value.
    fn second(&self, k: usize, conj: &[&str]) -> Option<usize> {
        if !self.joined(k) {
            return None;
        }
        let w = self.norm(k);
        if conj.contains(&"و")
            && w.strip_prefix('و')
                .is_some_and(|r| !r.is_empty() && r.bytes().all(|b| b.is_ascii_digit()))
        {
            return Some(k);
        }
        (conj.contains(&w) && self.joined(k + 1)).then_some(k + 1)
    }

    /// A year at `j`, also «و2003» (the second year of «عامي 2002 و2003»).
    fn year_inline(&self, j: usize) -> Option<i32> {
        self.year_word(j).or_else(|| {
            let rest = self.norm(j).strip_prefix('و')?;
            let d = rest.strip_suffix('م').unwrap_or(rest);
            let y: i32 = d.parse().ok().filter(|_| d.len() == 4)?;
            (1000..=9999).contains(&y).then_some(y)
        })
    }

    /// The main reader: relative day, weekday, day + month (+ year) (+ time), month, year, period.
    fn core(&self, i: usize) -> Option<(DateExpr, usize)> {
        let mut e = DateExpr::empty(self.w[i].start);
        let mut j = i;
        // Relative day, with «يوم أمس».
        if self.kind(j) == Some(Word::Yawm) && self.next_is(j + 1, Word::RelDay(-1)) {
            e.day_offset = Some(-1);
            j += 2;
        } else if let Some(Word::RelDay(o)) = self.kind(j) {
            if o == 0 {
                // «روسيا اليوم» is a channel; «في ذلك اليوم», «اليوم التالي» are days of the story.
                let prev = self.prev_norm(i);
                if matches!(prev, "روسيا" | "فرنسا") {
                    return None;
                }
                let next = self.joined_norm(j + 1);
                if matches!(prev, "ذلك" | "تلك" | "مثل")
                    || (prev == "هذا" && i >= 2 && self.prev_norm(i - 1) == "مثل")
                    || NOT_TODAY_AFTER.contains(&next)
                {
                    e.blocked = Some("«اليوم» of the story («اليوم التالي», «في ذلك اليوم»), not the publication day");
                }
            }
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
                    // «أول يوم جمعة من يوليو»: the first Friday of some month.
                    if matches!(self.prev_norm(i), "اول" | "اخر" | "ثاني" | "ثالث" | "رابع")
                    {
                        e.blocked = Some("the n-th weekday of a month, and the month is not said");
                    }
                }
                _ => {}
            }
        }
        if e.weekday.is_some() {
            if let Some(Word::Marker(r)) = self.kind(j).filter(|_| self.joined(j)) {
                if !matches!(self.norm(j), "هذا" | "هذه") {
                    e.relative = Some(r);
                    j += 1;
                }
            } else if self.next_is(j, Word::Min)
                && self.next_is(j + 1, Word::Period(self::Period::Week))
            {
                // «يوم الجمعة من الأسبوع المقبل»: a day of that week.
                if let Some(Word::Marker(r)) = self.kind(j + 2).filter(|_| self.joined(j + 2)) {
                    e.period = Some(self::Period::Week);
                    e.relative = Some(r);
                    j += 3;
                }
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
            } else if let Some((d, k)) = self.day_inline(j) {
                let mut probe = e.clone();
                probe.day = Some(d);
                if let Some(k2) = self.month_tail(&mut probe, k) {
                    e = probe;
                    j = k2;
                    got_day = true;
                }
            } else if e.weekday.is_none() && e.day_offset.is_none() {
                // Month alone: needs «شهر» before it, or a year or marker after it.
                let mut k = j;
                let shahr = self.kind(k) == Some(Word::Shahr);
                if shahr {
                    k += 1;
                }
                if let Some((m, k2)) = self.month_pair(k).filter(|_| !shahr || self.joined(k)) {
                    let mut probe = e.clone();
                    probe.month = Some(m);
                    let k3 = self.year_tail(&mut probe, k2);
                    if shahr || k3 > k2 {
                        e = probe;
                        j = k3;
                    }
                }
            }
        }
        // «يوم الأحد الثاني» (the second Sunday) without a month: which month is not said.
        if !got_day && e.weekday.is_some() && e.relative.is_none() && self.joined(j) {
            if matches!(self.kind(j), Some(Word::Ordinal(_))) || self.norm(j) == "الاخير" {
                e.blocked = Some("the n-th weekday of a month, and the month is not said");
                j += 1;
            } else if self.w.get(j).is_some_and(|w| (1..=2).contains(&w.digits)) {
                // «يوم الجمعة 15»: a day of the month whose month is not said.
                e.blocked = Some("a weekday with a day of the month, and the month is not said");
                j += 1;
            }
        }
        if e.day_offset == Some(0) && e.weekday.is_none() && self.joined(j) {
            if let Some(Word::Marker(_)) = self.kind(j) {
                e.blocked = Some("«اليوم» with a marker («اليوم الماضي»): not the publication day");
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
                    // «عام 1447 هـ»: a Hijri year.
                    if matches!(self.joined_norm(k), "ه" | "هجري" | "هجريه") {
                        e.hijri = true;
                        j = k + 1;
                    }
                }
            }
            if j == i {
                match (self.kind(i), self.kind(i + 1)) {
                    (Some(Word::Period(p)), Some(Word::Marker(r)))
                        if self.joined(i + 1) && !matches!(self.norm(i + 1), "هذا" | "هذه") =>
                    {
                        e.period = Some(p);
                        e.relative = Some(r);
                        j = i + 2;
                        // «الأسبوع المقبل (يوم) الجمعة»: a day of that week.
                        if p == self::Period::Week {
                            let k = if self.next_is(j, Word::Yawm) {
                                j + 1
                            } else {
                                j
                            };
                            match self.kind(k).filter(|_| self.joined(k)) {
                                Some(Word::WeekdayName(w)) => {
                                    e.weekday = Some(w);
                                    j = k + 1;
                                }
                                Some(Word::BareWeekday(w)) if k > j => {
                                    e.weekday = Some(w);
                                    j = k + 1;
                                }
                                _ => {}
                            }
                        }
                    }
                    (Some(Word::Marker(Relative::This)), Some(Word::Period(p)))
                        if self.joined(i + 1) && matches!(self.norm(i), "هذا" | "هذه") =>
                    {
                        e.period = Some(p);
                        e.relative = Some(Relative::This);
                        j = i + 2;
                    }
                    _ => {}
                }
            }
            if j == i {
                if let Some(y) = self.year_word(i) {
                    let w = &self.w[i];
                    let before = self.text[..w.byte_start].trim_end();
                    let after = self.text[w.byte_end..].trim_start();
                    let parens = before.ends_with('(') && after.starts_with(')');
                    // «2003م», or a year alone in parentheses «(1949)».
                    if w.norm.ends_with('م') || (parens && (1800..=2100).contains(&y)) {
                        e.year = Some(y);
                        j = i + 1;
                    }
                }
            }
            if j == i {
                // A Hijri year alone: «1447 هـ», «1447هـ».
                let w = &self.w[i];
                let suffixed = w
                    .norm
                    .strip_suffix('ه')
                    .is_some_and(|d| d.len() == 4 && d.bytes().all(|b| b.is_ascii_digit()));
                let marked =
                    w.digits == 4 && matches!(self.joined_norm(i + 1), "ه" | "هجري" | "هجريه");
                if suffixed || marked {
                    let y: i32 = w.norm.trim_end_matches('ه').parse().ok()?;
                    if (1300..=1600).contains(&y) {
                        e.year = Some(y);
                        e.hijri = true;
                        j = if marked { i + 2 } else { i + 1 };
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

    /// A day at `j`, also «و11» (the second day of a range, its «و» attached).
    fn day_inline(&self, j: usize) -> Option<(u32, usize)> {
        if let Some(d) = self.day(j) {
            return Some(d);
        }
        let rest = self.norm(j).strip_prefix('و')?;
        if (1..=2).contains(&rest.len()) && rest.bytes().all(|b| b.is_ascii_digit()) {
            let d: u32 = rest.parse().ok()?;
            return (1..=31).contains(&d).then_some((d, j + 1));
        }
        None
    }
}

/// Every date expression of `text`, in order, without overlaps.
pub fn find_dates(text: &str) -> Vec<DateExpr> {
    let sc = Scanner::new(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < sc.w.len() {
        match sc.read(i) {
            Some(Read::Date(mut e, j)) => {
                e.context = sc.context(i);
                if let Some(to) = e.to.as_mut() {
                    to.context = e.context;
                }
                out.push(e);
                i = j.max(i + 1);
            }
            Some(Read::Skip(j)) => i = j.max(i + 1),
            None => i += 1,
        }
    }
    out
}

fn full_datetime(e: &DateExpr) -> Option<(NaiveDateTime, Precision)> {
    if e.hijri || e.to.is_some() || e.blocked.is_some() {
        return None;
    }
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

/// A publication timestamp as it was given: the local wall-clock time where the article was
/// published (never converted to UTC: «أمس» counts from the local calendar day), its UTC offset
/// when one was stated, and its precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Published {
    pub at: NaiveDateTime,
    /// Minutes east of UTC («Z» = 0); `None` when the timestamp named no zone.
    pub offset_min: Option<i32>,
    pub precision: Precision,
}

impl Published {
    /// The archive's text form, sortable within a zone: `YYYY-MM-DDTHH:MM:SS` followed by the
    /// offset as given (`+02:00`, `Z` as `+00:00`) at time precision; `YYYY-MM-DD`, `YYYY-MM` or
    /// `YYYY` otherwise. Its first ten characters are always the local day.
    pub fn text(&self) -> String {
        match self.precision {
            Precision::Time => {
                let mut s = self.at.format("%Y-%m-%dT%H:%M:%S").to_string();
                if let Some(o) = self.offset_min {
                    let sign = if o < 0 { '-' } else { '+' };
                    s.push_str(&format!("{sign}{:02}:{:02}", o.abs() / 60, o.abs() % 60));
                }
                s
            }
            Precision::Month => self.at.format("%Y-%m").to_string(),
            Precision::Year => self.at.format("%Y").to_string(),
            _ => self.at.format("%Y-%m-%d").to_string(),
        }
    }
}

/// Parse a publication timestamp: ISO 8601 (date, month, year, date-time with optional seconds,
/// fraction, «Z» or ±hh:mm offset, kept as given) or an Arabic date («السبت 26 تموز 2025 06:30
/// مساءً»). Years outside 1000–9999 give `None`.
pub fn parse_published(s: &str) -> Option<Published> {
    let s = s.trim();
    if let Some(r) = parse_iso(s) {
        return Some(r).filter(|p| (1000..=9999).contains(&p.at.year()));
    }
    let dates = find_dates(s);
    let e = dates.first()?;
    let local = |at, precision| Published {
        at,
        offset_min: None,
        precision,
    };
    if let Some((at, p)) = full_datetime(e) {
        return Some(local(at, p));
    }
    if e.hijri || e.to.is_some() {
        return None;
    }
    let y = e.year.filter(|y| (1000..=9999).contains(y))?;
    match e.month {
        Some(m) => Some(local(
            NaiveDate::from_ymd_opt(y, m, 1)?.and_time(NaiveTime::MIN),
            Precision::Month,
        )),
        None if e.period.is_none() => Some(local(
            NaiveDate::from_ymd_opt(y, 1, 1)?.and_time(NaiveTime::MIN),
            Precision::Year,
        )),
        None => None,
    }
}

/// [`parse_published`] without the offset: the local time and the precision.
pub fn parse_published_at(s: &str) -> Option<(NaiveDateTime, Precision)> {
    parse_published(s).map(|p| (p.at, p.precision))
}

fn parse_iso(s: &str) -> Option<Published> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b.get(r.clone())
            .is_some_and(|x| x.iter().all(u8::is_ascii_digit))
    };
    let plain = |at: NaiveDateTime, precision| Published {
        at,
        offset_min: None,
        precision,
    };
    if !digits(0..4) {
        return None;
    }
    let year: i32 = s[..4].parse().ok()?;
    if b.len() == 4 {
        return Some(plain(
            NaiveDate::from_ymd_opt(year, 1, 1)?.and_time(NaiveTime::MIN),
            Precision::Year,
        ));
    }
    if b.len() == 7 && b[4] == b'-' && digits(5..7) {
        let m = s[5..7].parse().ok()?;
        return Some(plain(
            NaiveDate::from_ymd_opt(year, m, 1)?.and_time(NaiveTime::MIN),
            Precision::Month,
        ));
    }
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' || !digits(5..7) || !digits(8..10) {
        return None;
    }
    let date = NaiveDate::from_ymd_opt(year, s[5..7].parse().ok()?, s[8..10].parse().ok()?)?;
    if b.len() == 10 {
        return Some(plain(date.and_time(NaiveTime::MIN), Precision::Day));
    }
    if !matches!(b[10], b'T' | b't' | b' ') {
        return None;
    }
    let rest = &s[11..];
    // Split off a zone: «Z» or ±hh:mm / ±hhmm / ±hh.
    let (clock, offset_min) = if let Some(c) = rest.strip_suffix(['Z', 'z']) {
        (c, Some(0i32))
    } else if let Some(p) = rest.rfind(['+', '-']) {
        let (c, z) = rest.split_at(p);
        let sign = if z.starts_with('-') { -1 } else { 1 };
        let z = z[1..].replace(':', "");
        if !(z.len() == 2 || z.len() == 4) || !z.bytes().all(|x| x.is_ascii_digit()) {
            return None;
        }
        let h: i32 = z[..2].parse().ok()?;
        let m: i32 = if z.len() == 4 {
            z[2..].parse().ok()?
        } else {
            0
        };
        if h > 18 || m > 59 {
            return None;
        }
        (c, Some(sign * (h * 60 + m)))
    } else {
        (rest, None)
    };
    let t = NaiveTime::parse_from_str(clock, "%H:%M:%S%.f")
        .or_else(|_| NaiveTime::parse_from_str(clock, "%H:%M"))
        .ok()?;
    Some(Published {
        at: date.and_time(t),
        offset_min,
        precision: Precision::Time,
    })
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

    /// A resolution without its rule, to compare values.
    fn val(r: Resolution) -> (Option<NaiveDate>, Option<NaiveDate>, Precision) {
        (r.start, r.end, r.precision)
    }

    const UNRESOLVED: (Option<NaiveDate>, Option<NaiveDate>, Precision) =
        (None, None, Precision::Unresolved);

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
            let want = val(match expect.len() {
                10 => day_res(d(expect)),
                7 => month_res(expect[..4].parse().unwrap(), expect[5..].parse().unwrap()),
                _ => year_res(expect.parse().unwrap()),
            });
            assert!(
                !r.rule.is_empty(),
                "{text:?}: every resolution names its rule"
            );
            let r = val(r);
            assert_eq!(r, want, "{text:?} → {e:?}");
            if let Some(p) = c["precision"].as_str() {
                assert_eq!(r.2.as_str(), p);
            }
            // Without a publication date only expressions that name their year resolve.
            let absolute = e.year.is_some() && e.day_offset.is_none() && e.period.is_none();
            let expected = if absolute { want } else { UNRESOLVED };
            assert_eq!(
                val(e.resolve(None, tense)),
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
        let at = |t: &str, tense| val(find_dates(t)[0].resolve(r, tense));
        let day = |s: &str| val(day_res(d(s)));
        // A bare weekday needs a tense; on the weekday of publication, past tense is that day.
        assert_eq!(at("السبت", Tense::Past), day("2025-07-26"));
        assert_eq!(at("الجمعة", Tense::Past), day("2025-07-25"));
        assert_eq!(at("السبت", Tense::Unknown), UNRESOLVED);
        assert_eq!(at("السبت", Tense::Future), UNRESOLVED);
        assert_eq!(at("الأحد", Tense::Future), day("2025-07-27"));
        assert_eq!(at("الجمعة القادمة", Tense::Past), day("2025-08-01"));
        assert_eq!(at("غداً", Tense::Unknown), day("2025-07-27"));
        assert_eq!(at("أمس", Tense::Unknown), day("2025-07-25"));
        assert_eq!(at("اليوم", Tense::Unknown), day("2025-07-26"));
        // «غداً الجمعة» on a Saturday: the weekday contradicts the day, so nothing.
        assert_eq!(at("غداً الأحد", Tense::Unknown), day("2025-07-27"));
        assert_eq!(at("غداً الجمعة", Tense::Unknown), UNRESOLVED);
        // Day and month without a year: a tense places it only within six months.
        assert_eq!(at("12 يوليو", Tense::Past), day("2025-07-12"));
        assert_eq!(at("12 يوليو", Tense::Unknown), UNRESOLVED);
        assert_eq!(at("30 يوليو", Tense::Past), UNRESOLVED);
        assert_eq!(at("30 يوليو", Tense::Future), day("2025-07-30"));
        assert_eq!(at("تموز الماضي", Tense::Unknown), val(month_res(2024, 7)));
        assert_eq!(at("آب المقبل", Tense::Unknown), val(month_res(2025, 8)));
        assert_eq!(at("شهر تموز", Tense::Past), val(month_res(2025, 7)));
        assert_eq!(at("شهر تموز", Tense::Unknown), UNRESOLVED);
        assert_eq!(at("يوليو 2023", Tense::Past), val(month_res(2023, 7)));
        assert_eq!(at("الشهر الماضي", Tense::Unknown), val(month_res(2025, 6)));
        assert_eq!(at("العام الماضي", Tense::Unknown), val(year_res(2024)));
        // Which days «last week» covers depends on the country's first weekday; its Thursday
        // does not when the three conventions disagree, and does when they agree.
        assert_eq!(at("الأسبوع الماضي", Tense::Unknown), UNRESOLVED);
        // On a Saturday the three conventions disagree about last week's Thursday; on a
        // Wednesday they agree.
        assert_eq!(at("الأسبوع الماضي الخميس", Tense::Unknown), UNRESOLVED);
        assert_eq!(
            val(find_dates("الأسبوع الماضي الخميس")[0]
                .resolve(Some(d("2025-07-23")), Tense::Unknown)),
            day("2025-07-17")
        );
        assert_eq!(at("الأسبوع المقبل يوم الأحد", Tense::Unknown), UNRESOLVED);
        assert_eq!(at("29 شباط", Tense::Past), UNRESOLVED);
        assert_eq!(
            val(find_dates("29 شباط")[0].resolve(Some(d("2024-03-10")), Tense::Past)),
            day("2024-02-29")
        );
        assert_eq!(
            val(find_dates("الخميس")[0].resolve(None, Tense::Past)),
            UNRESOLVED
        );
        // Absolute dates need no reference; relative ones never guess without it.
        assert_eq!(
            val(find_dates("في عام 2000")[0].resolve(None, Tense::Past)),
            val(year_res(2000))
        );
        assert_eq!(
            val(find_dates("الثامن من كانون الأول/ديسمبر 2024")[0].resolve(None, Tense::Past)),
            day("2024-12-08")
        );
        assert_eq!(
            val(find_dates("12 تموز")[0].resolve(None, Tense::Past)),
            UNRESOLVED
        );
        assert_eq!(
            val(find_dates("خلال آب/أغسطس الماضي")[0].resolve(None, Tense::Past)),
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
        // The local time is kept: 01:30 at +03:00 is still the 26th where it was published.
        assert_eq!(p("2025-07-26T18:30:00+03:00"), time("2025-07-26 18:30:00"));
        assert_eq!(
            p("2025-07-26T01:30:00.250+03:00"),
            time("2025-07-26 01:30:00.250")
        );
        assert_eq!(p("2025-07-26T18:30:00-0500"), time("2025-07-26 18:30:00"));
        let text = |s: &str| parse_published(s).map(|p| p.text());
        assert_eq!(
            text("2025-07-25T01:38:00+02:00").as_deref(),
            Some("2025-07-25T01:38:00+02:00")
        );
        assert_eq!(
            text("2025-07-25T01:38:00-0530").as_deref(),
            Some("2025-07-25T01:38:00-05:30")
        );
        assert_eq!(
            text("2025-07-25T01:38:00Z").as_deref(),
            Some("2025-07-25T01:38:00+00:00")
        );
        assert_eq!(
            text("2025-07-25T01:38:00").as_deref(),
            Some("2025-07-25T01:38:00")
        );
        assert_eq!(text("2025-07-25T01:38:00+25:00"), None);
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
            "منذ", "قبل", "بعد", "غد", "أول", "أمس", "يومين", "أيام", "ثلاثة", "يومي", "بين", "إلى",
            "و11", "عامي", "و2003", "صفر", "1447", "هـ", "1447هـ", "الجاري", "هذا", "الشهر", "العام",
            "اليوم", "التالي", "كل", "عدا", "(", ")", "2003م", "ذو", "الحجة", "الليلة", "الغد", "ألفين",
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
