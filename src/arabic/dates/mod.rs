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
//! * numeric d/m/yyyy (day first, as Arabic writes it) and yyyy/mm/dd;
//! * in English text, the same kinds in English words (module `english`: «on Tuesday», «March 5,
//!   2024», «two days ago», «last week»).
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

mod core_reader;
mod english;
mod hijri;
mod lexicon;
mod parts;
mod published;
mod range;
mod relative;
mod resolve;
mod scanner;
#[cfg(test)]
mod tests;

pub use hijri::hijri_to_gregorian;
pub use published::{
    find_header_date, numeric_date, parse_published, parse_published_at, NumericDate, Published,
};
pub use scanner::find_dates;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, Weekday};

/// The order of two numeric date parts written by a source that may put either first (English
/// text, a metadata field): a part over 12 is the day, equal parts need no order.
pub(crate) enum DayMonth {
    /// (day, month).
    Known(u32, u32),
    /// Both are 12 or less and differ: either could be the month.
    Either,
    /// Both are over 12: no month.
    Neither,
}

pub(crate) fn day_month(a: u32, b: u32) -> DayMonth {
    match (a > 12, b > 12) {
        (true, false) => DayMonth::Known(a, b),
        (false, true) => DayMonth::Known(b, a),
        (false, false) if a == b => DayMonth::Known(a, b),
        (false, false) => DayMonth::Either,
        (true, true) => DayMonth::Neither,
    }
}

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

// Beside the type: the scanner builds every expression from this.
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
}
