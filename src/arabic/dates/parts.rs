//! Parts of an expression: month, day, year, markers, time, numeric dates, context tense.

use chrono::{NaiveDate, NaiveTime};

use super::lexicon::{hijri_second, tense_words, words, Word};
use super::scanner::{Scanner, W};
use super::{DateExpr, Period, Relative, Tense};

impl Scanner<'_> {
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
    pub(super) fn month_pair(&self, j: usize) -> Option<(u32, usize)> {
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
    pub(super) fn day(&self, j: usize) -> Option<(u32, usize)> {
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
    pub(super) fn year_word(&self, j: usize) -> Option<i32> {
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
    pub(super) fn year(&self, j: usize) -> Option<(i32, usize)> {
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
        self.period_marker(j, self::Period::Year)
    }

    /// «(من) الشهر الجاري/الماضي/المقبل», «(من) هذا الشهر» after a day; returns the marker.
    fn month_marker(&self, j: usize) -> Option<(Relative, usize)> {
        self.period_marker(j, self::Period::Month)
    }

    /// «(من) <period> <marker>» or «(من) هذا <period>» at `j`: the marker and the index after it.
    fn period_marker(&self, j: usize, period: self::Period) -> Option<(Relative, usize)> {
        let mut k = j;
        if self.next_is(k, Word::Min) {
            k += 1;
        }
        if !self.joined(k) {
            return None;
        }
        match (self.kind(k)?, self.kind(k + 1)) {
            (Word::Period(p), Some(Word::Marker(r))) if p == period && self.joined(k + 1) => {
                Some((r, k + 2))
            }
            (Word::Marker(Relative::This), Some(Word::Period(p)))
                if p == period && self.joined(k + 1) =>
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
    pub(super) fn time(&self, j: usize) -> Option<(NaiveTime, usize)> {
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

    /// Numeric d/m/yyyy (or with «-» or «.»), day first as Arabic writes it, or yyyy/mm/dd, at `j`:
    /// (day, month, year, next word, calendar). The calendar is `Some(true)` for a year written
    /// with «هـ» glued to it («5/3/1440هـ»), `Some(false)` for «م» («13/11/2018م»), else `None`.
    pub(super) fn numeric(&self, j: usize) -> Option<(u32, u32, i32, usize, Option<bool>)> {
        let (a, b, c) = (self.w.get(j)?, self.w.get(j + 1)?, self.w.get(j + 2)?);
        let sep = self.gap(j + 1)?;
        if !matches!(sep, "/" | "-" | ".") || self.gap(j + 2) != Some(sep) {
            return None;
        }
        if a.norm.starts_with("ال") {
            return None;
        }
        let small = |w: &W| (1..=2).contains(&w.digits);
        // «2018م», «1440ه»: a year with its calendar's letter glued on.
        let marked = |w: &W| -> Option<(u32, bool)> {
            let (y, mark) = w.norm.split_at_checked(4)?;
            if !y.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            let hijri = match mark {
                "م" => false,
                "ه" => true,
                _ => return None,
            };
            Some((y.parse().ok()?, hijri))
        };
        let (d, m, y, cal) = if small(a) && small(b) && c.digits == 4 {
            (a.num?, b.num?, c.num? as i32, None)
        } else if let Some((y, hijri)) = marked(c).filter(|_| small(a) && small(b)) {
            (a.num?, b.num?, y as i32, Some(hijri))
        } else if a.digits == 4 && small(b) && small(c) {
            (c.num?, b.num?, a.num? as i32, None)
        } else {
            return None;
        };
        // A Hijri month has 29 or 30 days («29/2/1446هـ» is no 29 February).
        let hijri_like = cal == Some(true) || (1300..1600).contains(&y);
        let valid = if hijri_like {
            (1..=30).contains(&d) && (1..=12).contains(&m)
        } else {
            NaiveDate::from_ymd_opt(y, m, d).is_some()
        };
        if !valid {
            return None;
        }
        Some((d, m, y, j + 3, cal))
    }

    /// The tense of the nearest tense word before word `i` in its sentence (up to ten words back).
    pub(super) fn context(&self, i: usize) -> Tense {
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
    pub(super) fn month_tail(&self, e: &mut DateExpr, j: usize) -> Option<usize> {
        let mut k = j;
        if self.next_is(k, Word::Min) {
            k += 1;
        }
        if !self.joined(k) {
            return None;
        }
        // «العاشر من شهر تموز المقبل»: «شهر» before the month's name.
        let named = if self.kind(k) == Some(Word::Shahr) && self.joined(k + 1) {
            k + 1
        } else {
            k
        };
        if let Some((m, k2)) = self.month_pair(named) {
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
    pub(super) fn year_tail(&self, e: &mut DateExpr, j: usize) -> usize {
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
}
