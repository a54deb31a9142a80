//! Resolution: placing a date expression against the publication date and tense.

use chrono::{Datelike, Months, NaiveDate, Weekday};

use super::{hijri_to_gregorian, DateExpr, Period, Precision, Relative, Resolution, Tense};

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

pub(super) fn day_res(d: NaiveDate) -> Resolution {
    Resolution {
        start: Some(d),
        end: Some(d),
        precision: Precision::Day,
        rule: "",
    }
}

pub(super) fn month_res(y: i32, m: u32) -> Resolution {
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

pub(super) fn year_res(y: i32) -> Resolution {
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

impl DateExpr {
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
                    0 => "publication day (اليوم, today)",
                    1 => "the day after publication (غدا, tomorrow)",
                    -1 => "the day before publication (أمس, yesterday)",
                    2 => "two days after publication (بعد غد, the day after tomorrow)",
                    -2 => "two days before publication (أول أمس, منذ يومين, two days ago)",
                    o if o < 0 => "days before publication (منذ/قبل N أيام, N days ago)",
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
                    "«المقبل» (next): the first such month after publication"
                } else {
                    "«الماضي» (last): the last such month before publication"
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
                return month_res(y, m)
                    .because("«المقبل» (next): the first such month after publication");
            }
            Some(Relative::Last) => {
                let y = if m < here { r.year() } else { r.year() - 1 };
                return month_res(y, m)
                    .because("«الماضي» (last): the last such month before publication");
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
                    .because("«الماضي» (last): the last such weekday before publication")
            }
            Some(Relative::Next) => {
                return nearest_weekday(r, w, true)
                    .map_or(unresolved(INVALID), day_res)
                    .because("«المقبل» (next): the first such weekday after publication")
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
