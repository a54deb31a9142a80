//! Date parsing on arbitrary text: no panic; every expression's char span lies inside the text and
//! `raw` is exactly the text of that span; resolving against extreme and ordinary reference dates,
//! in every tense, never panics and never gives an inverted range.
#![no_main]

use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;
use marsad::arabic::dates::{find_dates, find_header_date, parse_published_at, Tense};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let chars: Vec<char> = text.chars().collect();
    let n = chars.len();

    let _ = parse_published_at(&text);

    if let Some(h) = find_header_date(&text) {
        assert!(
            h.start <= h.end && h.end <= n.min(600),
            "header date span {}..{} outside the first {} chars",
            h.start,
            h.end,
            n.min(600)
        );
    }

    // A reference date the input controls too: its length, as a day count from 2000-01-01.
    let base = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap();
    let from_input = base
        .checked_add_signed(chrono::Duration::days(data.len() as i64 * 37 - 20_000))
        .unwrap_or(base);
    let references = [
        NaiveDate::MIN,
        NaiveDate::MAX,
        NaiveDate::from_ymd_opt(1, 1, 1).unwrap(),
        NaiveDate::from_ymd_opt(2024, 2, 29).unwrap(),
        NaiveDate::from_ymd_opt(2025, 12, 31).unwrap(),
        from_input,
    ];

    let mut prev_end = 0;
    for e in find_dates(&text) {
        assert!(
            e.start < e.end && e.end <= n,
            "span {}..{} outside the {n} chars of the text ({e:?})",
            e.start,
            e.end
        );
        assert!(
            e.start >= prev_end,
            "expressions overlap or are out of order"
        );
        prev_end = e.end;
        let slice: String = chars[e.start..e.end].iter().collect();
        assert_eq!(
            e.raw, slice,
            "raw is not the text of its span {}..{}",
            e.start, e.end
        );
        let _ = e.tense();
        for r in references {
            for t in [Tense::Past, Tense::Future, Tense::Unknown] {
                let res = e.resolve(Some(r), t);
                if let (Some(s), Some(f)) = (res.start, res.end) {
                    assert!(s <= f, "inverted resolution {res:?} of {e:?} at {r}");
                }
            }
        }
        let _ = e.resolve(None, Tense::Past);
    }
});
