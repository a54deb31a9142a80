//! Date expressions in English text, read into the same [`DateExpr`] the Arabic scanner builds, so
//! one policy ([`DateExpr::resolve`]) places both. marsad archives English reporting too («met …
//! in Paris on Tuesday, according to AFP»), and a meeting's date must not depend on the language.
//!
//! Recognised, case-insensitively except where noted:
//!
//! * relative days: today, tonight, this morning/afternoon/evening (0), yesterday, last night (−1),
//!   tomorrow (+1), the day before yesterday (−2), the day after tomorrow (+2), «N days ago»
//!   (weeks, months and years ago are reported unresolved: they are approximate);
//! * a weekday (capitalised), optionally after last / next / this, or before a date
//!   («Tuesday, March 5»);
//! * day and month in either order, with an optional year and ordinal suffix: «5 March», «5th of
//!   March», «March 5», «March 5th, 2024», «5 March 2024»; a range «5-7 March», «March 5-7»;
//!   a year from «last year», «this year», «next year» after it;
//! * a month (capitalised; «May» only with a year or after in/since/until…): «March 2024», «in
//!   March», «last March»;
//! * a year after in / since / during / until / before / after / of («in 2020»), unless a
//!   lowercase word follows that makes it a count («in 2000 cases»);
//! * a period: last / next / this week, month or year («earlier this month»);
//! * numeric dates: ISO yyyy-mm-dd, and d/m/yyyy only when the order is not in doubt (a part
//!   over 12 says which is the day: English writes both orders).
//!
//! Not dates: «every Friday», «on Fridays», «Black Friday», «Friday prayers», «Russia Today»,
//! «today's world».

use chrono::Weekday;

use super::{DateExpr, Period, Relative, Tense};

/// A word or number of English text, with char and byte offsets.
struct Tok<'a> {
    text: &'a str,
    lower: String,
    start: usize,
    end: usize,
    byte_start: usize,
    byte_end: usize,
}

impl Tok<'_> {
    fn num(&self) -> Option<u32> {
        if self.text.len() <= 4 && self.text.bytes().all(|b| b.is_ascii_digit()) {
            self.text.parse().ok()
        } else {
            None
        }
    }
    /// A day of the month: «5», «05», «5th», «21st».
    fn day(&self) -> Option<u32> {
        let digits = self
            .lower
            .trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffix = &self.lower[digits.len()..];
        if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") {
            return None;
        }
        digits.parse().ok().filter(|d| (1..=31).contains(d))
    }
    fn year(&self) -> Option<i32> {
        (self.text.len() == 4)
            .then(|| self.num())
            .flatten()
            .map(|y| y as i32)
            .filter(|y| (1800..=2200).contains(y))
    }
    fn capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }
}

const MONTHS: [(&str, u32); 23] = [
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
];

fn month(t: &Tok) -> Option<u32> {
    if !t.capitalised() {
        return None;
    }
    if t.lower == "dec" {
        return Some(12);
    }
    MONTHS.iter().find(|(n, _)| *n == t.lower).map(|(_, m)| *m)
}

fn weekday(t: &Tok) -> Option<Weekday> {
    if !t.capitalised() {
        return None;
    }
    Some(match t.lower.as_str() {
        "monday" => Weekday::Mon,
        "tuesday" => Weekday::Tue,
        "wednesday" => Weekday::Wed,
        "thursday" => Weekday::Thu,
        "friday" => Weekday::Fri,
        "saturday" => Weekday::Sat,
        "sunday" => Weekday::Sun,
        _ => return None,
    })
}

fn marker(w: &str) -> Option<Relative> {
    match w {
        "last" => Some(Relative::Last),
        "next" => Some(Relative::Next),
        "this" => Some(Relative::This),
        _ => None,
    }
}

fn small_number(w: &str) -> Option<i64> {
    let n = match w {
        "a" | "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        _ => return w.parse().ok().filter(|n| (1..=60).contains(n)),
    };
    Some(n)
}

/// Why «last Tuesday», «next February» stay unresolved in English (unlike «الثلاثاء الماضي»).
const LAST_NEXT: &str = "«last»/«next» with a weekday or month: English uses it both for the nearest one and for the one before (or after) it";
/// Event nouns after «today's», «tomorrow's» that make them the publication day's («today's
/// talks»); before any other word they mean «nowadays» («today's computers»).
const DAY_OF_EVENT: &[&str] = &[
    "meeting",
    "meetings",
    "talks",
    "summit",
    "session",
    "visit",
    "vote",
    "election",
    "elections",
    "announcement",
    "decision",
    "attack",
    "attacks",
    "strike",
    "strikes",
    "statement",
    "hearing",
    "rally",
    "protest",
    "protests",
    "ceremony",
    "conference",
    "match",
    "game",
    "deadline",
];
/// Words before a weekday that make it a name or a habit, not a date.
const NOT_A_WEEKDAY_AFTER: &[&str] = &[
    "every", "each", "except", "black", "good", "super", "holy", "maundy", "ash", "cyber", "palm",
];
/// Words after a weekday that make it a habit («Friday prayers»).
const NOT_A_WEEKDAY_BEFORE: &[&str] = &["prayer", "prayers", "sermon", "sermons"];
/// Nouns after a number that make it a count («in 2000 people»); plurals in -s count too.
const COUNTED: &[&str] = &[
    "people",
    "police",
    "personnel",
    "staff",
    "men",
    "women",
    "children",
];
/// Words in -s that are not plural nouns («in 2020 was», «in 2020 as»).
const NOT_PLURAL: &[&str] = &[
    "as", "is", "was", "has", "its", "this", "thus", "his", "hers", "us",
];
/// Prepositions that make a following four-digit number a year.
const YEAR_AFTER: &[&str] = &[
    "in", "since", "during", "until", "till", "before", "after", "of",
];
/// Words before a month alone that make it a date («in March», «since May»).
const MONTH_AFTER: &[&str] = &[
    "in", "since", "during", "until", "till", "by", "before", "after", "early", "late", "mid",
    "of", "from",
];

const FUTURE_WORDS: &[&str] = &[
    "will",
    "shall",
    "ll",
    "scheduled",
    "expected",
    "due",
    "plans",
    "planning",
    "upcoming",
    "intends",
    "plan",
];
const PAST_WORDS: &[&str] = &[
    "met",
    "held",
    "said",
    "was",
    "were",
    "had",
    "visited",
    "arrived",
    "signed",
    "announced",
    "told",
    "hosted",
    "received",
    "discussed",
    "agreed",
    "attended",
    "spoke",
    "talked",
    "reported",
    "did",
    "took",
    "ended",
    "began",
    "started",
    "launched",
    "declared",
    "stated",
    "confirmed",
    "denied",
    "killed",
];

fn tokens(text: &str) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    let mut chars = 0;
    let mut cur: Option<(usize, usize)> = None; // (byte start, char start)
    let word_char =
        |c: char| c.is_ascii_alphanumeric() || ((c as u32) < 0x250 && c.is_alphabetic());
    let mut push = |bs: usize, cs: usize, be: usize, ce: usize| {
        let t = &text[bs..be];
        out.push(Tok {
            text: t,
            lower: t.to_ascii_lowercase(),
            start: cs,
            end: ce,
            byte_start: bs,
            byte_end: be,
        });
    };
    for (b, c) in text.char_indices() {
        if word_char(c) {
            if cur.is_none() {
                cur = Some((b, chars));
            }
        } else if let Some((bs, cs)) = cur.take() {
            push(bs, cs, b, chars);
        }
        chars += 1;
    }
    if let Some((bs, cs)) = cur {
        push(bs, cs, text.len(), chars);
    }
    out
}

struct Reader<'a> {
    text: &'a str,
    t: Vec<Tok<'a>>,
}

impl<'a> Reader<'a> {
    fn lower(&self, j: usize) -> &str {
        self.t.get(j).map_or("", |t| t.lower.as_str())
    }

    /// The text between token `j - 1` and token `j`, or `None` at the ends or across a line.
    fn gap(&self, j: usize) -> Option<&'a str> {
        let (a, b) = (self.t.get(j.checked_sub(1)?)?, self.t.get(j)?);
        let g = &self.text[a.byte_end..b.byte_start];
        (!g.contains('\n')).then_some(g)
    }

    /// Token `j` follows `j - 1` with only spaces between.
    fn joined(&self, j: usize) -> bool {
        self.gap(j).is_some_and(|g| g.trim().is_empty())
    }

    /// Like `joined`, and a comma may stand between («March 5, 2024», «Tuesday, March 5»).
    fn joined_comma(&self, j: usize) -> bool {
        self.gap(j)
            .is_some_and(|g| g.trim().is_empty() || g.trim() == ",")
    }

    /// Token `j` joined to the previous one and equal to `w`.
    fn next_is(&self, j: usize, w: &str) -> bool {
        self.joined(j) && self.lower(j) == w
    }

    /// The lowercase word before token `i`, when joined to it.
    fn before(&self, i: usize) -> &str {
        if i > 0 && self.joined(i) {
            self.lower(i - 1)
        } else {
            ""
        }
    }

    fn expr(&self, i: usize, j: usize) -> DateExpr {
        let mut e = DateExpr::empty(0);
        self.span(&mut e, i, j);
        e
    }

    /// Make `e` cover tokens `i..j`.
    fn span(&self, e: &mut DateExpr, i: usize, j: usize) {
        e.start = self.t[i].start;
        e.end = self.t[j - 1].end;
        e.raw = self.text[self.t[i].byte_start..self.t[j - 1].byte_end].to_string();
    }

    /// An English word stands next to tokens `i..j` (numbers alone say nothing of the language).
    fn in_english(&self, i: usize, j: usize) -> bool {
        let english = |k: usize, g: Option<&str>| {
            g.is_some_and(|g| !g.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)))
                && self.t[k].text.bytes().any(|b| b.is_ascii_alphabetic())
        };
        (i > 0 && english(i - 1, self.gap(i))) || (j < self.t.len() && english(j, self.gap(j)))
    }

    /// The tense of the nearest tense word before token `i` in its sentence (ten words back).
    fn context(&self, i: usize) -> Tense {
        let mut j = i;
        while j > 0 && i - j < 10 {
            if self
                .gap(j)
                .is_none_or(|g| g.contains(['.', '!', '?', ';', ':']))
            {
                break;
            }
            j -= 1;
            let w = self.lower(j);
            // «lower-than-expected»: an adjective, not a verb.
            if self.gap(j).is_some_and(|g| g.trim() == "-") {
                continue;
            }
            if FUTURE_WORDS.contains(&w) {
                // «had been due to expire Friday», «was scheduled for Monday»: a plan of the
                // past, which may have fallen on either side of publication.
                let before = if j > 0 { self.lower(j - 1) } else { "" };
                if matches!(before, "had" | "been" | "was" | "were") {
                    return Tense::Unknown;
                }
                return Tense::Future;
            }
            // «will be held on Monday»: a participle after «be» is no past tense.
            let passive = j > 0 && matches!(self.lower(j - 1), "be" | "been" | "being");
            if PAST_WORDS.contains(&w) && !passive {
                return Tense::Past;
            }
        }
        Tense::Unknown
    }

    /// A year right after token `j - 1`, joined by spaces or a comma.
    fn year_at(&self, j: usize) -> Option<i32> {
        self.joined_comma(j)
            .then(|| self.t.get(j)?.year())
            .flatten()
    }

    /// «last year», «this year», «next year» at `j`.
    fn year_rel_at(&self, j: usize) -> Option<Relative> {
        let rel = marker(self.lower(j)).filter(|_| self.joined(j))?;
        self.next_is(j + 1, "year").then_some(rel)
    }

    /// Month and day in either order at `i`, with an optional range end and year.
    fn day_month(&self, i: usize) -> Option<(DateExpr, usize)> {
        let t = self.t.get(i)?;
        let mut to_day = None;
        let (day, m, mut j) = if let Some(m) = month(t) {
            // «March 5», «March 5th», «Mar. 5», «March 5-7»
            let abbr_dot = t.text.len() <= 4 && self.gap(i + 1).is_some_and(|g| g.trim() == ".");
            let d = self
                .t
                .get(i + 1)
                .filter(|_| self.joined(i + 1) || abbr_dot)?
                .day()?;
            let mut j = i + 2;
            if matches!(self.gap(j).map(str::trim), Some("-" | "–")) {
                if let Some(d2) = self.t.get(j).and_then(Tok::day) {
                    to_day = Some(d2);
                    j += 1;
                }
            }
            (d, m, j)
        } else {
            // «5 March», «5th of March», «5-7 March»
            let d = t.day()?;
            let mut j = i + 1;
            if matches!(self.gap(j).map(str::trim), Some("-" | "–")) {
                to_day = Some(self.t.get(j)?.day()?);
                j += 1;
            }
            if self.next_is(j, "of") {
                j += 1;
            }
            if !self.joined(j) {
                return None;
            }
            (d, month(self.t.get(j)?)?, j + 1)
        };
        // «March 5 2024» with only a space would read «March 5 2024 people» as a year: both
        // orders take the year after a space or a comma, since a count never follows a date.
        let year = self.year_at(j);
        if year.is_some() {
            j += 1;
        }
        let year_rel = year.is_none().then(|| self.year_rel_at(j)).flatten();
        if year_rel.is_some() {
            j += 2;
        }
        let mut e = self.expr(i, j);
        e.day = Some(day);
        e.month = Some(m);
        e.year = year;
        e.year_rel = year_rel;
        if let Some(d2) = to_day {
            if d2 <= day {
                return None;
            }
            let mut b = e.clone();
            b.day = Some(d2);
            e.to = Some(Box::new(b));
        }
        Some((e, j))
    }

    /// A month alone: with a year, a marker before, or a preposition before.
    fn month_alone(&self, i: usize) -> Option<(DateExpr, usize)> {
        let t = self.t.get(i)?;
        let m = month(t)?;
        let mut j = i + 1;
        let mut e;
        if let Some(y) = self.year_at(j).filter(|_| self.joined(j)) {
            j += 1;
            e = self.expr(i, j);
            e.year = Some(y);
        } else if let Some(rel) = self.year_rel_at(j) {
            j += 2;
            e = self.expr(i, j);
            e.year_rel = Some(rel);
        } else if let Some(rel) = marker(self.before(i)) {
            e = self.expr(i - 1, j);
            e.relative = Some(rel);
            if rel != Relative::This {
                e.blocked = Some(LAST_NEXT);
            }
        } else if MONTH_AFTER.contains(&self.before(i)) && (m != 5 || self.before(i) != "may") {
            e = self.expr(i, j);
        } else {
            return None;
        }
        e.month = Some(m);
        Some((e, j))
    }

    fn read(&self, i: usize) -> Option<(DateExpr, usize)> {
        let w = self.lower(i);
        // «the day before yesterday», «the day after tomorrow»
        if w == "the" && self.next_is(i + 1, "day") && self.joined(i + 3) {
            let off = match (self.lower(i + 2), self.lower(i + 3)) {
                ("before", "yesterday") => Some(-2),
                ("after", "tomorrow") => Some(2),
                _ => None,
            };
            if let Some(off) = off.filter(|_| self.joined(i + 2)) {
                let mut e = self.expr(i, i + 4);
                e.day_offset = Some(off);
                return Some((e, i + 4));
            }
        }
        let rel_day = match w {
            "today" | "tonight" => Some(0),
            "yesterday" => Some(-1),
            "tomorrow" => Some(1),
            "this"
                if matches!(
                    self.joined(i + 1).then(|| self.lower(i + 1)),
                    Some("morning" | "afternoon" | "evening")
                ) =>
            {
                Some(0)
            }
            "last" if self.next_is(i + 1, "night") => Some(-1),
            _ => None,
        };
        if let Some(off) = rel_day {
            if matches!(w, "today" | "tomorrow" | "tonight") {
                // «Russia Today», «VOA Today»: a capitalised name mid-sentence.
                let name = self.t[i].capitalised()
                    && i > 0
                    && self.joined(i)
                    && self.t[i - 1].capitalised();
                // «the leaders of tomorrow», «today's computers»: nowadays, not a day.
                let generic = self.before(i) == "of"
                    || (self.gap(i + 1).is_some_and(|g| g == "'" || g == "’")
                        && self.lower(i + 1) == "s"
                        && !DAY_OF_EVENT.contains(&self.lower(i + 2)));
                if name || generic {
                    return None;
                }
            }
            let j = if matches!(w, "this" | "last") {
                i + 2
            } else {
                i + 1
            };
            let mut e = self.expr(i, j);
            e.day_offset = Some(off);
            return Some((e, j));
        }
        // «two days ago», «3 weeks ago»
        if let Some(n) = small_number(w) {
            let unit = self.joined(i + 1).then(|| self.lower(i + 1));
            if self.next_is(i + 2, "ago") {
                let mut e = self.expr(i, i + 3);
                match unit {
                    Some("day" | "days") => e.day_offset = Some(-n),
                    Some("week" | "weeks" | "month" | "months" | "year" | "years") => {
                        e.blocked = Some("weeks, months or years ago: an approximate span");
                    }
                    _ => return None,
                }
                return Some((e, i + 3));
            }
        }
        // «last week», «next month», «this year»; «the next year or so», «the last week» are
        // spans counted back or on from publication, not calendar periods.
        if let Some(rel) = marker(w).filter(|_| self.before(i) != "the") {
            let period = match self.joined(i + 1).then(|| self.lower(i + 1)) {
                Some("week") => Some(Period::Week),
                Some("month") => Some(Period::Month),
                Some("year") => Some(Period::Year),
                _ => None,
            };
            if let Some(p) = period {
                let mut e = self.expr(i, i + 2);
                e.period = Some(p);
                e.relative = Some(rel);
                return Some((e, i + 2));
            }
        }
        // A weekday, with its marker or the date after it.
        if let Some(wd) = self.t.get(i).and_then(weekday) {
            if NOT_A_WEEKDAY_AFTER.contains(&self.before(i))
                || (self.joined(i + 1) && NOT_A_WEEKDAY_BEFORE.contains(&self.lower(i + 1)))
            {
                return None;
            }
            if self.joined_comma(i + 1) {
                if let Some((mut e, j)) = self.day_month(i + 1) {
                    e.weekday = Some(wd);
                    self.span(&mut e, i, j);
                    e.weekday = Some(wd);
                    return Some((e, j));
                }
            }
            let rel = marker(self.before(i));
            let a = if rel.is_some() { i - 1 } else { i };
            let mut e = self.expr(a, i + 1);
            e.weekday = Some(wd);
            e.relative = rel;
            if matches!(rel, Some(Relative::Last | Relative::Next)) {
                e.blocked = Some(LAST_NEXT);
            }
            return Some((e, i + 1));
        }
        if let Some(r) = self.day_month(i) {
            return Some(r);
        }
        if let Some(r) = self.month_alone(i) {
            return Some(r);
        }
        if let Some(r) = self.numeric(i) {
            return Some(r);
        }
        // «in 2020», «since 2011»
        if let Some(y) = self.t.get(i).and_then(Tok::year) {
            let after = self.before(i);
            let follower = self.t.get(i + 1).filter(|_| self.joined(i + 1));
            // «in 2000 cases», «of 2020 people»: a count, not a year.
            let count = follower.is_some_and(|f| {
                f.text.chars().all(|c| c.is_ascii_lowercase())
                    && (COUNTED.contains(&f.text)
                        || (f.text.ends_with('s') && !NOT_PLURAL.contains(&f.text)))
            });
            if YEAR_AFTER.contains(&after) && !count {
                let mut e = self.expr(i, i + 1);
                e.year = Some(y);
                e.since = after == "since";
                return Some((e, i + 1));
            }
        }
        None
    }

    /// ISO yyyy-mm-dd, or d/m/yyyy when a part over 12 fixes the order.
    fn numeric(&self, i: usize) -> Option<(DateExpr, usize)> {
        let (a, b, c) = (self.t.get(i)?, self.t.get(i + 1)?, self.t.get(i + 2)?);
        let sep = self.gap(i + 1)?;
        if !matches!(sep, "/" | "-" | ".") || self.gap(i + 2) != Some(sep) {
            return None;
        }
        let (x, y, z) = (a.num()?, b.num()?, c.num()?);
        if !self.in_english(i, i + 3) {
            return None;
        }
        let mut e = self.expr(i, i + 3);
        let (d, m, yr) = if a.text.len() == 4 && sep == "-" {
            (z, y, x as i32)
        } else if c.text.len() == 4 && a.text.len() <= 2 && b.text.len() <= 2 {
            match super::day_month(x, y) {
                super::DayMonth::Known(d, m) => (d, m, z as i32),
                super::DayMonth::Either => {
                    e.blocked = Some("a numeric date with day and month both 12 or less: English writes either first");
                    return Some((e, i + 3));
                }
                super::DayMonth::Neither => return None,
            }
        } else {
            return None;
        };
        chrono::NaiveDate::from_ymd_opt(yr, m, d)?;
        e.day = Some(d);
        e.month = Some(m);
        e.year = Some(yr);
        Some((e, i + 3))
    }
}

/// Every date expression of the English (Latin-script) parts of `text`, in order, without
/// overlaps; offsets are chars of `text`, as [`super::find_dates`] gives them.
pub(super) fn find_english_dates(text: &str) -> Vec<DateExpr> {
    if !text.bytes().any(|b| b.is_ascii_alphabetic()) {
        return Vec::new();
    }
    let r = Reader {
        text,
        t: tokens(text),
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < r.t.len() {
        match r.read(i) {
            Some((mut e, j)) => {
                e.context = r.context(i);
                if let Some(to) = e.to.as_mut() {
                    to.context = e.context;
                }
                out.push(e);
                i = j.max(i + 1);
            }
            None => i += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::{find_dates, Precision};
    use chrono::NaiveDate;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    /// `(raw, value or "-" when unresolved)` of every expression in `text`, against `reference`.
    fn values(text: &str, reference: &str) -> Vec<(String, String)> {
        find_dates(text)
            .into_iter()
            .map(|e| {
                let r = e.resolve(Some(d(reference)), super::Tense::Unknown);
                let v = match (r.precision, r.start, r.end) {
                    (Precision::Unresolved, ..) => "-".to_string(),
                    (_, Some(s), Some(t)) if s != t => format!("{s}..{t}"),
                    (_, Some(s), _) => s.to_string(),
                    _ => "?".to_string(),
                };
                (e.raw, v)
            })
            .collect()
    }

    fn check(text: &str, reference: &str, want: &[(&str, &str)]) {
        let got = values(text, reference);
        let want: Vec<(String, String)> = want
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        assert_eq!(got, want, "in {text:?}");
    }

    #[test]
    fn relative_days_and_periods() {
        // 2024-02-08 is a Thursday.
        check(
            "The ministers met yesterday and will meet again tomorrow; talks ended the day before yesterday.",
            "2024-02-08",
            &[
                ("yesterday", "2024-02-07"),
                ("tomorrow", "2024-02-09"),
                ("the day before yesterday", "2024-02-06"),
            ],
        );
        check(
            "He arrived two days ago, three weeks ago the talks stalled, and last week they resumed.",
            "2024-02-08",
            &[
                ("two days ago", "2024-02-06"),
                ("three weeks ago", "-"),
                // Weeks start on different days in different countries: not placed.
                ("last week", "-"),
            ],
        );
        check(
            "Earlier this month the envoy visited; next year a summit follows.",
            "2024-02-08",
            &[
                ("this month", "2024-02-01..2024-02-29"),
                ("next year", "2025-01-01..2025-12-31"),
            ],
        );
    }

    #[test]
    fn weekdays_need_tense_or_marker() {
        // Thursday 2024-02-08: «met … on Tuesday» is the last Tuesday; «will meet on Monday» the
        // next Monday; a weekday with no tense stays unresolved.
        check(
            "Séjourné met Shoukry in Paris on Tuesday, according to AFP.",
            "2024-02-08",
            &[("Tuesday", "2024-02-06")],
        );
        check(
            "The two sides will meet in Cairo on Monday.",
            "2024-02-08",
            &[("Monday", "2024-02-12")],
        );
        // A passive participle after «will be» is not a past tense; «set» is either.
        check(
            "The talks will be held on Monday. They set Friday as the deadline.",
            "2024-02-08",
            &[("Monday", "2024-02-12"), ("Friday", "-")],
        );
        check("Tuesday talks in Geneva", "2024-02-08", &[("Tuesday", "-")]);
        // «last Friday» may be this week's or the week before's: not placed.
        check(
            "last Friday and next Sunday",
            "2024-02-08",
            &[("last Friday", "-"), ("next Sunday", "-")],
        );
        // A plan of the past, an adjective in -ed: no tense.
        check(
            "The offer had been due to expire Friday; lower-than-expected earnings came Wednesday.",
            "2024-02-08",
            &[("Friday", "-"), ("Wednesday", "-")],
        );
    }

    #[test]
    fn day_and_month_in_both_orders() {
        check(
            "The summit was held on 5 March 2024, after talks on March 1st, 2024 and the 3rd of March 2024.",
            "2024-03-10",
            &[
                ("5 March 2024", "2024-03-05"),
                ("March 1st, 2024", "2024-03-01"),
                ("3rd of March 2024", "2024-03-03"),
            ],
        );
        // No year: the tense decides, within six months of publication; none, nothing.
        check(
            "The talks are scheduled for April 18.",
            "2024-03-10",
            &[("April 18", "2024-04-18")],
        );
        check("April 18", "2024-03-10", &[("April 18", "-")]);
        check(
            "They met on March 5 last year.",
            "2024-03-10",
            &[("March 5 last year", "2023-03-05")],
        );
        check(
            "Talks ran 5-7 March 2024 and March 10-12, 2024.",
            "2024-03-20",
            &[
                ("5-7 March 2024", "2024-03-05..2024-03-07"),
                ("March 10-12, 2024", "2024-03-10..2024-03-12"),
            ],
        );
        check(
            "Talks were held on Tuesday, March 5, 2024 and Friday 8 March 2024.",
            "2024-03-20",
            &[
                ("Tuesday, March 5, 2024", "2024-03-05"),
                // 8 March 2024 was a Friday; a wrong weekday would leave it unresolved.
                ("Friday 8 March 2024", "2024-03-08"),
            ],
        );
        check(
            "It was signed on Monday, March 5, 2024.",
            "2024-03-20",
            &[("Monday, March 5, 2024", "-")],
        );
    }

    #[test]
    fn months_and_years() {
        check(
            "The deal signed in March 2023 lapsed in 2020, since 2011 in 2000 cases, last May.",
            "2024-03-10",
            &[
                ("March 2023", "2023-03-01..2023-03-31"),
                ("2020", "2020-01-01..2020-12-31"),
                ("2011", "2011-01-01..2011-12-31"),
                ("last May", "-"),
            ],
        );
        // «May» the verb, «march» the noun: not months.
        check(
            "They may march on Friday prayers. May God help them.",
            "2024-03-10",
            &[],
        );
    }

    #[test]
    fn numeric_dates_only_when_the_order_is_known() {
        check(
            "Signed 2024-03-05, 25/03/2024 and 03/25/2024; 05/03/2024 is either.",
            "2024-04-01",
            &[
                ("2024-03-05", "2024-03-05"),
                ("25/03/2024", "2024-03-25"),
                ("03/25/2024", "2024-03-25"),
                ("05/03/2024", "-"),
            ],
        );
    }

    #[test]
    fn traps_are_not_dates() {
        check(
            "Every Friday, on Fridays, Black Friday and Good Friday; Russia Today said today's world changed.",
            "2024-03-10",
            &[],
        );
        check(
            "This is VOA Today. The leaders of tomorrow use today's computers over the next year or so.",
            "2024-03-10",
            &[],
        );
        check(
            "Today's talks follow last week's.",
            "2024-03-10",
            &[("Today", "2024-03-10"), ("last week", "-")],
        );
    }

    #[test]
    fn arabic_and_english_in_one_text() {
        check(
            "التقى الوزيران أمس. The ministers met yesterday.",
            "2024-03-10",
            &[("أمس", "2024-03-09"), ("yesterday", "2024-03-09")],
        );
    }
}
