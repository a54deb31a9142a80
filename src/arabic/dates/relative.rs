//! Counts back from publication («منذ يومين», «قبل أسبوعين») and two-day words («أول أمس», «بعد غد»).

use super::lexicon::{count_word, Word};
use super::scanner::{Read, Scanner};
use super::{DateExpr, Relative};

impl Scanner<'_> {
    /// «منذ يومين», «قبل ثلاثة أيام», «قبل أسبوعين» (approximate), «قبل يوم أمس».
    pub(super) fn ago(&self, i: usize) -> Option<Read> {
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
            // «قبل يوم واحد من بدء الجولة»: one day before another event, not before publication.
            (None, "يوم") if matches!(self.joined_norm(unit_at + 1), "واحد" | "واحدا") =>
            {
                e.day_offset = Some(-1);
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
                // «منذ عام 2011» is a year, read elsewhere; so is «منذ شهر أيار الماضي», a month.
                if self.w.get(unit_at + 1).is_some_and(|w| w.digits == 4)
                    || unit == "بضعه"
                    || (unit == "شهر" && self.month_pair(unit_at + 1).is_some())
                {
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
    pub(super) fn two_days(&self, i: usize) -> Option<Read> {
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
            && matches!(self.joined_norm(i + 1), "الغد" | "غد")
        {
            // «يوم غد الأحد», «صباح غد الثلاثاء»: without «غد» the weekday alone was read, and
            // a past tense nearby put it in the week before.
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
}
