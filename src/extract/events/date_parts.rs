//! What a report's date claim says, part by part (resolved range, weekday, day, month, year, direction),
//! and when two claims can be about the same day: the date rule of clustering.

use chrono::{Datelike, NaiveDate, Weekday};

use super::super::when::{Dir, Resolved, When};
use crate::arabic::dates::Precision;

/// Features of a date claim used for compatibility checks.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct DateParts {
    pub resolved: Option<(NaiveDate, NaiveDate)>,
    pub weekday: Option<Weekday>,
    pub day: Option<u32>,
    pub month: Option<u32>,
    pub year: Option<i32>,
    pub dir: Option<Dir>,
}

impl DateParts {
    pub fn of(w: Option<&When>, r: Option<&Resolved>) -> DateParts {
        let mut p = DateParts::default();
        if let Some(w) = w {
            p.weekday = w.weekday;
            p.day = w.day;
            p.month = w.month;
            p.year = w.year;
            p.dir = w.dir;
        }
        if let Some(r) = r {
            p.resolved = Some((r.start, r.end));
            p.year = Some(r.start.year()).filter(|y| *y == r.end.year());
            if r.precision != Precision::Year {
                p.month = Some(r.start.month()).filter(|m| *m == r.end.month());
            }
            if r.start == r.end {
                p.day = Some(r.start.day());
                p.weekday = Some(r.start.weekday());
            }
        }
        p
    }

    pub fn compatible(&self, o: &DateParts) -> bool {
        if let (Some(a), Some(b)) = (self.resolved, o.resolved) {
            return a.0 <= b.1 && b.0 <= a.1;
        }
        fn same<T: PartialEq>(a: Option<T>, b: Option<T>) -> bool {
            a.is_none() || b.is_none() || a == b
        }
        same(self.weekday, o.weekday)
            && same(self.day, o.day)
            && same(self.month, o.month)
            && same(self.year, o.year)
            && (self.resolved.is_some() || o.resolved.is_some() || same(self.dir, o.dir))
    }
}
