//! Ranges: «يومي 10 و11 أبريل», «من 12 إلى 15 من الشهر الجاري», «عامي 2002 و2003».

use super::scanner::{Read, Scanner};
use super::DateExpr;

/// «d1 و d2 month», «d1-d2 month»: the second date `b` with the first day `d1` before it; a weekday
/// names neither end of a range, and the first end has no time.
fn day_range(d1: u32, mut b: DateExpr) -> DateExpr {
    b.weekday = None;
    let mut a = b.clone();
    a.day = Some(d1);
    a.time = None;
    a.to = Some(Box::new(b));
    a
}

impl Scanner<'_> {
    /// «يومي 10 و11 أبريل», «من 12 إلى 15 من الشهر الجاري», «بين 3 و5 مايو», «من 28 أبريل
    /// إلى 2 مايو», «عامي 2002 و2003».
    pub(super) fn range(&self, i: usize) -> Option<Read> {
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
            return self.days_to(i, d1, b_at, true);
        }
        // «19-20 نوفمبر»: a bare first day (checked before the words that open other ranges, which
        // left this one unreachable).
        if let Some((d1, k)) = self.day(i).filter(|_| self.w[i].digits > 0) {
            if matches!(self.gap(k), Some("-" | "–" | "—")) {
                if let Some(r) = self.days_to(i, d1, k, false) {
                    return Some(r);
                }
            }
            // «في 22 و23 حزيران»: without «يومي»; the first day is not dropped.
            if let Some(r) = self
                .second(k, &["و"])
                .and_then(|b_at| self.days_to(i, d1, b_at, true))
            {
                return Some(r);
            }
        }
        if !matches!(n, "يومي" | "من" | "بين") || !self.joined(i + 1) {
            return None;
        }
        let dual = n == "يومي";
        let conj: &[&str] = if n == "من" {
            &["الي", "حتي"]
        } else {
            &["و"]
        };
        // A day, then the second date with its month.
        if let Some((d1, k)) = self.day(i + 1) {
            if let Some(r) = self
                .second(k, conj)
                .and_then(|b_at| self.days_to(i, d1, b_at, true))
            {
                return Some(r);
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

    /// A range of days opened at `i` with the first day `d1`, closed by the date read at `at`: a
    /// later day with its month (or, with `month_marker`, a marker such as «الجاري»), itself no
    /// range.
    fn days_to(&self, i: usize, d1: u32, at: usize, month_marker: bool) -> Option<Read> {
        let (b, j) = self.core(at)?;
        let month = b.month.is_some() || (month_marker && b.month_rel.is_some());
        (b.day.is_some_and(|d2| d2 > d1) && month && b.to.is_none())
            .then(|| self.finish(day_range(d1, b), i, j))
    }

    /// The second end of a range at `k`: «و11» (one word), or a connector («و», «إلى», «حتى»)
    /// from `conj` and then the word. Returns the index of the word holding the second value.
    fn second(&self, k: usize, conj: &[&str]) -> Option<usize> {
        if !self.joined(k) {
            return None;
        }
        let w = self.norm(k);
        // «و11», and «والثالث» after «بين الأول».
        if conj.contains(&"و")
            && w.strip_prefix('و').is_some_and(|r| {
                (!r.is_empty() && r.bytes().all(|b| b.is_ascii_digit()))
                    || (r.starts_with("ال") && self.day(k).is_some())
            })
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

    /// A day at `j`, also «و11» (the second day of a range, its «و» attached).
    pub(super) fn day_inline(&self, j: usize) -> Option<(u32, usize)> {
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
