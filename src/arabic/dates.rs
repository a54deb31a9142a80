use chrono::{NaiveDate, NaiveDateTime};
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
pub struct HeaderDate {
    pub at: NaiveDateTime,
    pub precision: Precision,
    pub start: usize,
    pub end: usize,
}
pub fn parse_published_at(s: &str) -> Option<(NaiveDateTime, Precision)> {
    let s = s.trim();
    if let Ok(d) = NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S") {
        return Some((d, Precision::Time));
    }
    if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return Some((d.and_hms_opt(0, 0, 0)?, Precision::Day));
    }
    None
}
pub fn find_header_date(_text: &str) -> Option<HeaderDate> {
    None
}
