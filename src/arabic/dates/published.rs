//! Publication dates: timestamps as given by the source, and the date in an article header.

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime};

use super::{find_dates, DateExpr, HeaderDate, Precision};

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
/// fraction, «Z» or ±hh:mm offset, kept as given), RFC 2822 as RSS feeds give it («Fri, 25 Jul 2025
/// 10:00:00 GMT», offset kept) or an Arabic date («السبت 26 تموز 2025 06:30 مساءً»). Years outside
/// 1000–9999 give `None`.
pub fn parse_published(s: &str) -> Option<Published> {
    let s = s.trim();
    if let Some(r) = parse_iso(s) {
        return Some(r).filter(|p| (1000..=9999).contains(&p.at.year()));
    }
    if let Ok(t) = chrono::DateTime::parse_from_rfc2822(s) {
        return Some(Published {
            at: t.naive_local(),
            offset_min: Some(t.offset().local_minus_utc() / 60),
            precision: Precision::Time,
        })
        .filter(|p| (1000..=9999).contains(&p.at.year()));
    }
    match numeric_date(s) {
        Some(NumericDate::Known(d, rest)) => {
            let iso = format!("{}{rest}", d.format("%Y-%m-%d"));
            return parse_iso(&iso).filter(|p| (1000..=9999).contains(&p.at.year()));
        }
        Some(NumericDate::EitherOrder) => return None,
        None => {}
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

/// A timestamp field that starts with a numeric date, `d/m/yyyy` or `m/d/yyyy` (with `/`, `.`
/// or `-`). A field has no sentence around it to say which order its source writes, so the order is
/// known only when a part is over 12 or the two are equal.
pub enum NumericDate<'a> {
    /// The date, and what followed it (a time, as ISO 8601 would follow the date: « 14:30», «T14:30»).
    Known(NaiveDate, &'a str),
    /// Both orders are dates (03/12/2025: 3 December or 12 March).
    EitherOrder,
}

/// See [`NumericDate`]; None when `s` does not start with a numeric date (or names no real day).
pub fn numeric_date(s: &str) -> Option<NumericDate<'_>> {
    let s = s.trim();
    let sep = s.find(['/', '.', '-']).filter(|&i| (1..=2).contains(&i))?;
    let sepc = &s[sep..sep + 1];
    let (a, rest) = s.split_at(sep);
    let rest = &rest[1..];
    let b_len = rest.find(sepc).filter(|&i| (1..=2).contains(&i))?;
    let (b, rest) = rest.split_at(b_len);
    let rest = &rest[1..];
    let y_len = rest.bytes().take_while(u8::is_ascii_digit).count();
    if y_len != 4 || ![a, b].iter().all(|p| p.bytes().all(|c| c.is_ascii_digit())) {
        return None;
    }
    let (y, rest) = rest.split_at(4);
    let (x, z, y): (u32, u32, i32) = (a.parse().ok()?, b.parse().ok()?, y.parse().ok()?);
    let (day, month) = match super::day_month(x, z) {
        super::DayMonth::Known(d, m) => (d, m),
        super::DayMonth::Either => {
            // Both readings must name real days for the order to be in doubt.
            NaiveDate::from_ymd_opt(y, z, x)?;
            NaiveDate::from_ymd_opt(y, x, z)?;
            return Some(NumericDate::EitherOrder);
        }
        super::DayMonth::Neither => return None,
    };
    if !(rest.is_empty() || rest.starts_with([' ', 'T', 't'])) {
        return None;
    }
    Some(NumericDate::Known(
        NaiveDate::from_ymd_opt(y, month, day)?,
        rest,
    ))
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
