//! Hijri to Gregorian conversion.

use chrono::NaiveDate;

/// The Gregorian date of a Hijri date by the Umm al-Qura calendar (Saudi Arabia's official one;
/// elsewhere the month may start a day apart).
pub fn hijri_to_gregorian(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    use icu_calendar::cal::{Hijri, Iso};
    use icu_calendar::Date;
    let h = Date::try_new_hijri_with_calendar(
        year,
        u8::try_from(month).ok()?,
        u8::try_from(day).ok()?,
        Hijri::new_umm_al_qura(),
    )
    .ok()?;
    let iso = h.to_calendar(Iso);
    NaiveDate::from_ymd_opt(
        iso.year().extended_year(),
        u32::from(iso.month().ordinal),
        u32::from(iso.day_of_month().0),
    )
}
