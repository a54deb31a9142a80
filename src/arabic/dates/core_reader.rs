//! The main reader of one expression; counts back, two-day words and ranges have their own files.

use super::lexicon::{Word, NOT_TODAY_AFTER, NOWADAYS_AFTER};
use super::scanner::Scanner;
use super::{DateExpr, Period, Relative};

impl Scanner<'_> {
    /// The main reader: relative day, weekday, day + month (+ year) (+ time), month, year, period.
    pub(super) fn core(&self, i: usize) -> Option<(DateExpr, usize)> {
        // A range's second end may be asked for past the last word («12 شباط إلى» ending a text).
        if i >= self.w.len() {
            return None;
        }
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
                if matches!(prev, "روسيا" | "فرنسا" | "عين") {
                    return None;
                }
                let next = self.joined_norm(j + 1);
                // «في عالم اليوم»: today's world, the present in general. «في نفس اليوم», «بذات
                // اليوم»: the day just told, not the publication day.
                if matches!(
                    prev,
                    "ذلك"
                        | "تلك"
                        | "مثل"
                        | "عالم"
                        | "نفس"
                        | "بنفس"
                        | "لنفس"
                        | "ذات"
                        | "بذات"
                        | "لذات"
                ) || (prev == "هذا" && i >= 2 && self.prev_norm(i - 1) == "مثل")
                    || NOT_TODAY_AFTER.contains(&next)
                {
                    e.blocked = Some("«اليوم» of the story («اليوم التالي», «في ذلك اليوم», «في نفس اليوم»), not the publication day");
                } else if NOWADAYS_AFTER.contains(&prev)
                    && !matches!(
                        self.kind(j + 1),
                        Some(Word::WeekdayName(_) | Word::BareWeekday(_))
                    )
                {
                    // «ولكنه اليوم يطالب», «باتت اليوم أقوى»: nowadays, the present in general.
                    e.blocked = Some(
                        "«اليوم» after a subject pronoun or «بات»/«أصبح»: nowadays, not a day",
                    );
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
        // «اليوم (الأربعاء)»: the weekday in brackets after a relative day, checked like
        // «اليوم الأربعاء».
        // Bidi marks around the bracket («‏(الخميس)‏») and square brackets count the same.
        let bracket = self.gap(j).is_some_and(|g| {
            matches!(
                g.trim_matches(|c: char| c.is_whitespace() || matches!(c, '\u{200e}' | '\u{200f}')),
                "(" | "["
            )
        });
        if e.weekday.is_none() && e.day_offset.is_some() && j > i && bracket {
            if let Some(Word::WeekdayName(w)) = self.kind(j) {
                e.weekday = Some(w);
                j += 1;
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
            if let Some((d, m, y, k, cal)) = self.numeric(j) {
                e.day = Some(d);
                e.month = Some(m);
                e.year = Some(y);
                j = k;
                got_day = true;
                // «5/3/1440هـ», «20/5/1431 هـ»: «هـ» or «م», glued or spaced, says the calendar.
                // «20/5/1431» without it is Hijri in Saudi copy and Gregorian in history
                // («29/5/1453»): which is not said, so it stays unresolved.
                let spaced = match self.joined_norm(k) {
                    "ه" | "هجري" | "هجريه" => Some(true),
                    "م" | "ميلادي" | "ميلاديه" => Some(false),
                    _ => None,
                };
                if cal.is_none() && spaced.is_some() {
                    j = k + 1;
                }
                match cal.or(spaced) {
                    Some(hijri) => e.hijri = hijri,
                    None if (1300..1600).contains(&y) => {
                        e.blocked = Some(
                            "a numeric date of the 1300s–1500s without «هـ» or «م»: Hijri or Gregorian is not said",
                        );
                    }
                    None => {}
                }
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
                        if self.joined(i + 1)
                            && !matches!(self.norm(i + 1), "هذا" | "هذه")
                            && !general(self.prev_norm(i), self.norm(i)) =>
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
}

/// «الأمين العام الحالي», «المدعي العام السابق»: «العام» after one of these nouns is the adjective
/// "general", and the marker after it qualifies the office, not a year. Normal forms.
fn general(prev: &str, word: &str) -> bool {
    word == "العام"
        && matches!(
            prev,
            "الامين"
                | "النايب"
                | "القايد"
                | "المدعي"
                | "المدير"
                | "النائب"
                | "المفتش"
                | "القائد"
                | "المنسق"
                | "المراقب"
                | "المرشد"
                | "الراي"
                | "القطاع"
                | "الامن"
                | "المؤتمر"
                | "الموتمر"
                | "الاضراب"
                | "الدين"
                | "المال"
                | "الشان"
                | "النظام"
                | "الصالح"
                | "الاتحاد"
                | "العفو"
                | "المجلس"
                | "الموقف"
                | "الوضع"
                | "المشهد"
                | "السياق"
                | "الاطار"
                | "التعليم"
                | "النفع"
                | "الحق"
                | "الادعاء"
        )
}
