//! Dates as the archive stores them: ISO days ('YYYY-MM-DD') and periods written YYYY, YYYY-MM or
//! YYYY-MM-DD (command-line filters, canned-query parameters, curated event dates). One parser for
//! all of them, so `--from 2025-07` and a curated `"date": "2025-07"` mean the same month.

use anyhow::{anyhow, Result};
use chrono::NaiveDate;

use crate::vocab::Precision;

/// An ISO day, exactly 'YYYY-MM-DD'.
pub fn parse_day(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// The day an article was published, when the archive knows it to the day (`articles.published_at`
/// at precision 'time' or 'day'); relative dates in its text resolve against it.
pub fn published_day(published_at: Option<&str>, precision: &str) -> Option<NaiveDate> {
    published_at
        .filter(|_| matches!(precision, "time" | "day"))
        .and_then(|s| parse_day(s.get(..10)?))
}

/// The month bucket of a publication date: 'YYYY-MM', or '' when undated (`entity_months.month`; the
/// same as SQL's `COALESCE(substr(published_at, 1, 7), '')`).
pub fn month_key(published_at: Option<&str>) -> &str {
    published_at.map_or("", |d| d.get(..7).unwrap_or(d))
}

/// A period: the days from `start` to `end`, both included, and the precision it was written at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub precision: Precision,
}

impl Period {
    /// Parse YYYY, YYYY-MM or YYYY-MM-DD (surrounding spaces ignored).
    ///
    /// # Errors
    /// Anything else, or a day that does not exist, with an example of the expected form.
    pub fn parse(s: &str) -> Result<Period> {
        let s = s.trim();
        let bad = || {
            anyhow!("'{s}' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD (for example 2025-07)")
        };
        let parts: Vec<&str> = s.split('-').collect();
        let num = |p: &str| p.parse::<u32>().map_err(|_| bad());
        let day = |y: u32, m: u32, d: u32| NaiveDate::from_ymd_opt(y as i32, m, d).ok_or_else(bad);
        let (start, precision) = match parts.as_slice() {
            [y] if y.len() == 4 => (day(num(y)?, 1, 1)?, Precision::Year),
            [y, m] if y.len() == 4 => (day(num(y)?, num(m)?, 1)?, Precision::Month),
            [y, m, d] if y.len() == 4 => (day(num(y)?, num(m)?, num(d)?)?, Precision::Day),
            _ => return Err(bad()),
        };
        let next = match precision {
            Precision::Year => start.checked_add_months(chrono::Months::new(12)),
            Precision::Month => start.checked_add_months(chrono::Months::new(1)),
            _ => start.succ_opt(),
        }
        .ok_or_else(bad)?;
        let end = next.pred_opt().ok_or_else(bad)?;
        Ok(Period {
            start,
            end,
            precision,
        })
    }

    /// The period as the half-open text range [start, next) at its own precision ('2025' → ('2025',
    /// '2026'), '2025-12' → ('2025-12', '2026-01')): compared as text with stored dates of any
    /// precision, it selects exactly the dates inside the period.
    pub fn text_bounds(&self) -> (String, String) {
        let format = match self.precision {
            Precision::Year => "%Y",
            Precision::Month => "%Y-%m",
            _ => "%Y-%m-%d",
        };
        let next = self.end.succ_opt().unwrap_or(self.end);
        (
            self.start.format(format).to_string(),
            next.format(format).to_string(),
        )
    }
}

/// Turn YYYY, YYYY-MM or YYYY-MM-DD into the half-open text range it covers: [start, next).
pub fn period_bounds(s: &str) -> Result<(String, String)> {
    Ok(Period::parse(s)?.text_bounds())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods() {
        let b = |s: &str| period_bounds(s).unwrap();
        assert_eq!(b("2025"), ("2025".into(), "2026".into()));
        assert_eq!(b("2025-12"), ("2025-12".into(), "2026-01".into()));
        assert_eq!(
            b(" 2025-07-31 "),
            ("2025-07-31".into(), "2025-08-01".into())
        );
        assert!(period_bounds("2025-13").is_err());
        assert!(period_bounds("2025-02-30").is_err());
        assert!(period_bounds("July").is_err());
        let p = Period::parse("2024-02").unwrap();
        assert_eq!(
            (p.start.to_string(), p.end.to_string()),
            ("2024-02-01".into(), "2024-02-29".into())
        );
        assert_eq!(Period::parse("2025").unwrap().end.to_string(), "2025-12-31");
    }

    #[test]
    fn published_day_only_at_day_precision() {
        assert_eq!(
            published_day(Some("2025-07-26T18:30:00"), "time"),
            parse_day("2025-07-26")
        );
        assert_eq!(
            published_day(Some("2025-07-26"), "day"),
            parse_day("2025-07-26")
        );
        assert_eq!(published_day(Some("2025-07"), "month"), None);
        assert_eq!(published_day(None, "unresolved"), None);
        assert_eq!(month_key(Some("2025-07-26")), "2025-07");
        assert_eq!(month_key(Some("2025")), "2025");
        assert_eq!(month_key(None), "");
    }
}
