//! Dates: Microsoft Recognizers-Text's Arabic date cases, our own sentences for every expression
//! kind marsad reads (traps included), `marsad dates` in every format, and the shared date cases
//! run through import. All go through `extract::explain_text`, the function `marsad dates` and
//! extraction both call.

mod common;

use std::collections::BTreeMap;

use chrono::{Datelike, Duration, NaiveDate};
use marsad::extract::{explain_text, Dir};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// (raw, value, end value, precision) of every expression, values at day precision.
fn found(text: &str, reference: &str, tense: Option<Dir>) -> Vec<(String, String, String, String)> {
    explain_text(text, Some(d(reference)), tense)
        .into_iter()
        .map(|f| {
            let r = f.resolution;
            let show = |x: Option<NaiveDate>| x.map_or(String::new(), |x| x.to_string());
            (
                f.expr.raw,
                show(r.start),
                show(r.end),
                r.precision.as_str().to_string(),
            )
        })
        .collect()
}

/// The first expression's (value, precision): value `start` or `start..end`, "" when unresolved.
fn one(text: &str, reference: &str, tense: Option<Dir>) -> (String, String) {
    let f = found(text, reference, tense);
    let (_, s, e, p) = f
        .first()
        .unwrap_or_else(|| panic!("no date in {text:?}"))
        .clone();
    let v = if s == e { s } else { format!("{s}..{e}") };
    (v, p)
}

fn day(v: &str) -> (String, String) {
    (v.to_string(), "day".to_string())
}

fn unresolved() -> (String, String) {
    (String::new(), "unresolved".to_string())
}

// ---------------------------------------------------------------------------------------------
// Microsoft Recognizers-Text's Arabic date specs (tests/data/recognizers_arabic_dates.tsv; MIT).

struct Row {
    input: String,
    reference: NaiveDate,
    span: String,
    expected: String,
    kind: String,
    future: String,
    past: String,
    modifier: String,
    checked: String,
}

fn rows() -> Vec<Row> {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/recognizers_arabic_dates.tsv"
    ))
    .unwrap();
    let mut lines = text.lines().filter(|l| !l.starts_with('#'));
    let header: Vec<&str> = lines.next().unwrap().split('\t').collect();
    let col = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let (ci, cr, cs, ce, ck, cf, cp, cm, cc) = (
        col("input"),
        col("reference"),
        col("span"),
        col("expected"),
        col("kind"),
        col("future"),
        col("past"),
        col("mod"),
        col("checked"),
    );
    lines
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            let g = |i: usize| f.get(i).copied().unwrap_or("").to_string();
            Row {
                input: g(ci),
                reference: d(&g(cr)),
                span: g(cs).trim().to_string(),
                expected: g(ce),
                kind: g(ck),
                future: g(cf),
                past: g(cp),
                modifier: g(cm),
                checked: g(cc),
            }
        })
        .collect()
}

/// The governing verb's tense, as extraction would pass it: «سأعود», «سوف» future; «عقدنا»,
/// «لقد» past.
fn verb_tense(input: &str) -> Option<Dir> {
    let first = input.split_whitespace().next().unwrap_or("");
    if first.starts_with("سأ") || first.starts_with("سوف") || first.starts_with("سن") {
        Some(Dir::Future)
    } else if matches!(first, "لقد" | "عقدنا" | "حدث" | "كان") {
        Some(Dir::Past)
    } else {
        None
    }
}

/// An inclusive date interval.
type Span = (NaiveDate, NaiveDate);

/// What the row says the span denotes, as inclusive intervals any of which is right (`None`:
/// no single value to compare, so any value marsad claims counts as wrong). Recognizers' ranges
/// end exclusive, but an explicit range «12 يناير - 22 يناير» is given as (12, 22, P10D), so a
/// range's end may be either. Times are cut off: marsad claims days, not hours.
fn expected(row: &Row, tense: Option<Dir>) -> Option<Vec<Span>> {
    let e = row.expected.split('T').next().unwrap_or("");
    let parse = |s: &str| NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok();
    let ranged = e.starts_with('(');
    let ends = |a: NaiveDate, b: NaiveDate| -> Vec<Span> {
        let mut v = vec![(a, b - Duration::days(1))];
        if ranged {
            v.push((a, b));
        }
        v
    };
    if let Some(inner) = e.strip_prefix('(').and_then(|x| x.strip_suffix(')')) {
        let mut p = inner.split(',');
        if let (Some(a), Some(b)) = (p.next().and_then(&parse), p.next().and_then(&parse)) {
            return Some(ends(a, b));
        }
    } else if !e.contains(['X', 'W', 'S', 'F', 'P']) && !e.contains("REF") {
        let s = match e.len() {
            10 => parse(e).map(|x| (x, x)),
            7 => parse(&format!("{e}-01")).map(|f| {
                (
                    f,
                    f.checked_add_months(chrono::Months::new(1)).unwrap() - Duration::days(1),
                )
            }),
            4 => e.parse().ok().and_then(|y| {
                Some((
                    NaiveDate::from_ymd_opt(y, 1, 1)?,
                    NaiveDate::from_ymd_opt(y, 12, 31)?,
                ))
            }),
            _ => None,
        }?;
        return Some(vec![s]);
    }
    let col = match tense {
        Some(Dir::Future) => &row.future,
        Some(Dir::Past) => &row.past,
        None if row.future == row.past => &row.future,
        None => return None,
    };
    if col.starts_with("0001") || col.is_empty() {
        return None;
    }
    if let Some((a, b)) = col.split_once("..") {
        return Some(ends(parse(a)?, parse(b)?));
    }
    parse(col).map(|x| vec![(x, x)])
}

/// Where Recognizers' value follows an English reading that Arabic news does not share, and
/// marsad's is the Arabic one: «الأحد القادم» said on a Monday is the coming Sunday (English
/// «next Sunday» is the Sunday of next week, 7 days later), and «سبتمبر الماضي» said in November
/// is this year's September (the project's gold, «خلال آب/أغسطس الماضي» → the August just
/// past; English «last September» is last year's).
fn convention(raw: &str, (a, b): Span, want: &[Span]) -> Option<&'static str> {
    let marker = |words: &[&str]| words.iter().any(|w| raw.ends_with(w));
    let (x, y) = *want.first()?;
    if a == b && x == y && a + Duration::days(7) == x && marker(&["القادم", "المقبل"]) {
        return Some("«next weekday»: the coming one, not next week's");
    }
    if x.checked_add_months(chrono::Months::new(12)) == Some(a)
        && y.checked_add_months(chrono::Months::new(12))
            .map(|e| e.month())
            == Some(b.month())
        && marker(&["الماضي"])
    {
        return Some("«month الماضي»: the last such month, this year's when it has passed");
    }
    None
}

#[derive(Default, Clone, Copy)]
struct Tally {
    rows: usize,
    right: usize,
    /// Right by Arabic usage where Recognizers follows English (see `convention`).
    convention: usize,
    wrong: usize,
    unresolved: usize,
}

/// Runs every row; returns per (checked, kind) tallies and the wrong rows, described.
fn run_recognizers() -> (BTreeMap<(bool, String), Tally>, Vec<String>) {
    let mut tallies: BTreeMap<(bool, String), Tally> = BTreeMap::new();
    let mut wrong = Vec::new();
    for row in rows() {
        let tense = verb_tense(&row.input);
        let found = explain_text(&row.input, Some(row.reference), tense);
        let chars: Vec<char> = row.input.chars().collect();
        let span_chars: Vec<char> = row.span.chars().collect();
        let at = (0..chars.len()).find(|&i| chars[i..].starts_with(&span_chars));
        let (s0, s1) = match at {
            Some(i) => (i, i + span_chars.len()),
            None => (0, chars.len()),
        };
        #[derive(PartialEq)]
        enum V {
            None,
            Right,
            Convention,
            Wrong,
        }
        let mut verdict = V::None;
        let want = expected(&row, tense);
        for f in found
            .iter()
            .filter(|f| f.expr.start < s1 && f.expr.end > s0)
        {
            let r = &f.resolution;
            let (Some(a), Some(b)) = (r.start, r.end) else {
                continue;
            };
            // The same span must give the same value; a part of the span («عام 2015» of «الأسبوع
            // الأول من عام 2015», one end of a range) must not contradict it.
            let same_span = f.expr.raw.trim() == row.span && row.modifier.is_empty();
            let ok = want.as_ref().is_some_and(|w| {
                w.iter().any(|&(x, y)| {
                    if same_span {
                        (a, b) == (x, y)
                    } else {
                        a <= y && b >= x
                    }
                })
            });
            let conv = (!ok)
                .then(|| {
                    want.as_ref()
                        .and_then(|w| convention(&f.expr.raw, (a, b), w))
                })
                .flatten();
            let v = match (ok, conv) {
                (true, _) => V::Right,
                (false, Some(_)) => V::Convention,
                (false, None) => V::Wrong,
            };
            if v != V::Right {
                wrong.push(format!(
                    "{} [{}{}]: {:?} → {a}..{b} ({}), expected {} ({} / {}) tense {tense:?}",
                    row.input,
                    row.checked,
                    conv.map_or(String::new(), |c| format!("; convention: {c}")),
                    f.expr.raw,
                    r.rule,
                    row.expected,
                    row.future,
                    row.past
                ));
            }
            if verdict != V::Wrong && !(verdict == V::Convention && v == V::Right) {
                verdict = v;
            }
        }
        let t = tallies
            .entry((row.checked == "yes", row.kind.clone()))
            .or_default();
        t.rows += 1;
        match verdict {
            V::Right => t.right += 1,
            V::Convention => t.convention += 1,
            V::Wrong => t.wrong += 1,
            V::None => t.unresolved += 1,
        }
    }
    (tallies, wrong)
}

/// The README's table (section «Dates»): the rows Recognizers' own tests check, per kind, as
/// (kind, rows, right, Arabic convention, wrong, unresolved). Update both together.
const README_CHECKED: &[(&str, usize, usize, usize, usize, usize)] = &[
    ("absolute_day", 33, 9, 0, 0, 24),
    ("duration_offset", 1, 0, 0, 0, 1),
    ("month_year", 12, 2, 0, 0, 10),
    ("other", 3, 0, 0, 0, 3),
    ("range", 1, 1, 0, 0, 0),
    ("relative_day", 5, 3, 0, 0, 2),
    ("relative_period", 5, 2, 1, 0, 2),
    ("relative_weekday", 9, 2, 1, 0, 6),
];

#[test]
fn recognizers_checked_rows_are_never_wrong() {
    let (tallies, wrong) = run_recognizers();
    println!("| checked | kind | rows | right | Arabic convention | wrong | unresolved |");
    for ((checked, kind), t) in &tallies {
        println!(
            "| {} | {kind} | {} | {} | {} | {} | {} |",
            if *checked { "yes" } else { "no" },
            t.rows,
            t.right,
            t.convention,
            t.wrong,
            t.unresolved
        );
    }
    for w in &wrong {
        println!("wrong: {w}");
    }
    let checked_wrong: Vec<&String> = wrong.iter().filter(|w| w.contains("[yes]")).collect();
    assert!(tallies.values().map(|t| t.rows).sum::<usize>() >= 380);
    assert!(
        checked_wrong.is_empty(),
        "wrong values on rows Recognizers checks: {checked_wrong:#?}"
    );
    let got: Vec<(&str, usize, usize, usize, usize, usize)> = tallies
        .iter()
        .filter(|((c, _), _)| *c)
        .map(|((_, k), t)| {
            (
                k.as_str(),
                t.rows,
                t.right,
                t.convention,
                t.wrong,
                t.unresolved,
            )
        })
        .collect();
    assert_eq!(got, README_CHECKED, "the README's table is out of date");
    let unchecked = tallies
        .iter()
        .filter(|((c, _), _)| !*c)
        .fold((0, 0, 0, 0), |a, (_, t)| {
            (
                a.0 + t.rows,
                a.1 + t.right,
                a.2 + t.convention,
                a.3 + t.wrong,
            )
        });
    assert_eq!(
        unchecked,
        (317, 86, 1, 5),
        "the README's unchecked counts are out of date"
    );
}

// ---------------------------------------------------------------------------------------------
// Our own sentences, one test per kind of expression, traps included.

#[test]
fn day_and_month_without_year_need_evidence() {
    let r = "2025-03-10";
    // No tense, no marker: the raw text stays, unresolved.
    assert_eq!(
        one(
            "وقال المتحدث إن الوزيرين ناقشا يوم 18 أبريل ملف المياه",
            r,
            None
        ),
        unresolved()
    );
    // A schedule word before the date is future evidence.
    assert_eq!(
        one("ومن المقرر أن يلتقي الوزيران في 18 أبريل في جنيف", r, None),
        day("2025-04-18")
    );
    // The verb's tense passed in; a contradiction with the context resolves nothing.
    assert_eq!(
        one("يلتقي الوزيران في 18 أبريل", r, Some(Dir::Future)),
        day("2025-04-18")
    );
    assert_eq!(
        one(
            "ومن المقرر أن يلتقي الوزيران في 18 أبريل",
            r,
            Some(Dir::Past)
        ),
        unresolved()
    );
    // Past tense alone places a year-less date only within six months: April 2024 is too far.
    assert_eq!(
        one("التقى الوزيران في 18 أبريل", r, Some(Dir::Past)),
        unresolved()
    );
    assert_eq!(
        one("التقى الوزيران في 18 فبراير", r, None),
        day("2025-02-18")
    );
    // Markers.
    assert_eq!(
        one(
            "يلتقي الرئيسان يوم الخميس 15 آب/أغسطس الجاري",
            "2024-08-09",
            None
        ),
        day("2024-08-15")
    );
    assert_eq!(
        one(
            "ستعقد القمة في الـ16 من أيار/مايو المقبل",
            "2025-03-20",
            Some(Dir::Past)
        ),
        day("2025-05-16")
    );
    assert_eq!(
        one("اجتمع الطرفان في 3 شباط الماضي", "2025-06-01", None),
        day("2025-02-03")
    );
    // «الجاري» on another month than publication's, «الماضي» on publication's: say nothing.
    assert_eq!(one("في 15 آب الجاري", "2024-07-30", None), unresolved());
    assert_eq!(one("في 15 آب الماضي", "2024-08-20", None), unresolved());
    // A weekday that fits only one year near publication (14 September 2025 is a Sunday).
    assert_eq!(
        one("وأعلن أن الاجتماع الأحد 14 سبتمبر", "2025-09-01", None),
        day("2025-09-14")
    );
    assert_eq!(one("الاثنين 14 سبتمبر", "2025-09-01", None), unresolved());
    // A past verb in an earlier clause does not govern a date after an imperfect verb.
    let f = found("التقيا أمس، ويلتقيان في 10 أبريل", "2025-07-25", None);
    assert_eq!(
        (f[1].0.as_str(), f[1].3.as_str()),
        ("10 أبريل", "unresolved")
    );
}

#[test]
fn a_stated_year_is_never_replaced() {
    assert_eq!(
        one(
            "ولد في 28 مايو (أيار) 1990 في القاهرة",
            "2015-06-01",
            Some(Dir::Past)
        ),
        day("1990-05-28")
    );
    assert_eq!(
        one(
            "وقعت في 28 مايو - 1990 في القاهرة",
            "2015-06-01",
            Some(Dir::Past)
        ),
        unresolved()
    );
    assert_eq!(
        one(
            "في 7 فبراير، ألفين وثمانية عشر",
            "2017-01-01",
            Some(Dir::Future)
        ),
        unresolved()
    );
    // A weekday that contradicts the stated date: one of them is wrong.
    assert_eq!(
        one("الاثنين 12 يناير 2016", "2016-11-07", None),
        unresolved()
    );
    assert_eq!(
        one("الثلاثاء 12 يناير 2016", "2016-11-07", None),
        day("2016-01-12")
    );
}

#[test]
fn two_days_before_and_after() {
    let r = "2025-07-27"; // a Sunday
    for t in [
        "التقيا أمس الأول في الرياض",
        "التقيا أول أمس في الرياض",
        "التقيا أول من أمس في الرياض",
        "التقيا يوم أمس الأول",
        "التقيا قبل أمس",
    ] {
        assert_eq!(one(t, r, None), day("2025-07-25"), "{t}");
    }
    assert_eq!(one("يلتقيان بعد غد الثلاثاء", r, None), day("2025-07-29"));
    assert_eq!(one("يلتقيان بعد غد الخميس", r, None), unresolved());
    assert_eq!(one("يلتقيان يوم الغد", r, None), day("2025-07-28"));
    assert_eq!(one("التقيا الليلة الماضية", r, None), day("2025-07-26"));
    // «الغد» alone is also a newspaper.
    assert!(found("نقلت صحيفة الغد عن مصدر", r, None).is_empty());
}

#[test]
fn today_of_the_story_is_not_today() {
    let r = "2025-07-27";
    for t in [
        "وفي اليوم التالي التقى الوفد بالرئيس",
        "في اليوم الأول من الزيارة",
        "اليوم الذي وصل فيه الوفد",
        "وفي ذلك اليوم أعلن الهدنة",
        "في مثل هذا اليوم من عام 1990",
    ] {
        let f = found(t, r, None);
        assert!(
            f.iter()
                .any(|x| x.0.contains("اليوم") && x.3 == "unresolved"),
            "{t}: {f:?}"
        );
        assert!(f.iter().all(|x| x.1 != "2025-07-27"), "{t}: {f:?}");
    }
    assert!(found("بثت قناة روسيا اليوم المقابلة", r, None).is_empty());
    assert_eq!(
        one("ويلتقي الوزيران اليوم في باريس", r, None),
        day("2025-07-27")
    );
    assert_eq!(one("اليوم الأحد", r, None), day("2025-07-27"));
}

#[test]
fn habits_and_exceptions_are_no_dates() {
    let r = "2025-07-27";
    for t in [
        "يعقد المجلس اجتماعه كل يوم جمعة",
        "تفتح المعابر يوميا عدا الخميس",
        "باستثناء الجمعة",
        "يجتمعون يوم الجمعة من كل أسبوع",
        "تغلق الأسواق أيام الجمعة",
    ] {
        assert!(found(t, r, None).is_empty(), "{t}: {:?}", found(t, r, None));
    }
}

#[test]
fn relative_years_months_and_days_ago() {
    let r = "2025-07-25";
    assert_eq!(
        one("اتفق الجانبان في 31 مارس من العام الماضي", r, None),
        day("2024-03-31")
    );
    assert_eq!(
        one("في مارس من هذا العام", r, None),
        ("2025-03-01..2025-03-31".into(), "month".into())
    );
    assert_eq!(
        one("تنطلق المحادثات يوم 28 الجاري", r, None),
        day("2025-07-28")
    );
    assert_eq!(one("في 20 من الشهر الماضي", r, None), day("2025-06-20"));
    assert_eq!(one("وصل الوفد منذ يومين", r, None), day("2025-07-23"));
    assert_eq!(one("وصل الوفد قبل ثلاثة أيام", r, None), day("2025-07-22"));
    assert_eq!(one("وصل الوفد قبل 4 أيام", r, None), day("2025-07-21"));
    assert_eq!(one("قبل يوم أمس", r, None), day("2025-07-23"));
    // Counted from another event, or approximate: nothing.
    assert_eq!(
        one("زار الوفد المدينة قبل ثلاثة أيام من الانتخابات", r, None),
        unresolved()
    );
    assert_eq!(one("التقيا منذ أسبوعين", r, None), unresolved());
    assert_eq!(
        one("خلال الشهر الجاري", r, None),
        ("2025-07-01..2025-07-31".into(), "month".into())
    );
    assert_eq!(
        one("هذا العام", r, None),
        ("2025-01-01..2025-12-31".into(), "year".into())
    );
    assert_eq!(one("الأسبوع الماضي", r, None), unresolved());
}

#[test]
fn bare_years_in_context() {
    let r = "2025-07-25";
    let year = |y: &str| (format!("{y}-01-01..{y}-12-31"), "year".to_string());
    assert_eq!(one("وقعت الحرب عام 2002", r, None), year("2002"));
    assert_eq!(
        one("بعد النكبة (1949) هاجرت العائلة", r, None),
        year("1949")
    );
    assert_eq!(one("وأسس الحزب 2003م", r, None), year("2003"));
    assert_eq!(
        one("خلال عامي 2002 و2003", r, None),
        ("2002-01-01..2003-12-31".into(), "year".into())
    );
    // A bare number stays a number.
    for t in ["في 2025 أعلن", "قتل 1200 شخص", "عدد السكان (1949 نسمة)"] {
        assert!(found(t, r, None).is_empty(), "{t}");
    }
}

#[test]
fn ranges_give_start_and_end() {
    assert_eq!(
        one("تعقد الجولة يومي 10 و11 أبريل المقبل", "2025-03-01", None),
        ("2025-04-10..2025-04-11".into(), "day".into())
    );
    assert_eq!(one("يومي 10 و11 أبريل", "2025-03-01", None), unresolved());
    assert_eq!(
        one(
            "بدأت الجولات في القاهرة يومي27 و28 آب/أغسطس",
            "2025-09-25",
            Some(Dir::Past)
        ),
        ("2025-08-27..2025-08-28".into(), "day".into())
    );
    assert_eq!(
        one("من 12 إلى 15 من الشهر الجاري", "2025-07-05", None),
        ("2025-07-12..2025-07-15".into(), "day".into())
    );
    assert_eq!(
        one("بين 3 و5 مايو 2024", "2025-07-05", None),
        ("2024-05-03..2024-05-05".into(), "day".into())
    );
    assert_eq!(
        one("من 28 أبريل إلى 2 مايو 2024", "2025-07-05", None),
        ("2024-04-28..2024-05-02".into(), "day".into())
    );
}

#[test]
fn hijri_dates_by_umm_al_qura() {
    use marsad::arabic::dates::hijri_to_gregorian;
    // Known pairs of the Umm al-Qura calendar: 1 Ramadan 1446, 1 Muharram 1446, 10 Dhu al-Hijja
    // 1445 (Eid al-Adha in Saudi Arabia), 1 Shawwal 1444 (Eid al-Fitr).
    assert_eq!(hijri_to_gregorian(1446, 9, 1), Some(d("2025-03-01")));
    assert_eq!(hijri_to_gregorian(1446, 1, 1), Some(d("2024-07-07")));
    assert_eq!(hijri_to_gregorian(1445, 12, 10), Some(d("2024-06-16")));
    assert_eq!(hijri_to_gregorian(1444, 10, 1), Some(d("2023-04-21")));
    assert_eq!(hijri_to_gregorian(1446, 13, 1), None);
    let r = "2025-08-01";
    assert_eq!(
        one("صدر القرار في 5 صفر 1447 هـ", r, None),
        day("2025-07-30")
    );
    assert_eq!(one("صدر في 10 ذو الحجة 1445هـ", r, None), day("2024-06-16"));
    // The weekday says the month began a day later where it was written.
    assert_eq!(one("الخميس 5 صفر 1447 هـ", r, None), day("2025-07-31"));
    assert_eq!(one("الجمعة 5 صفر 1447 هـ", r, None), unresolved());
    // A Hijri year alone keeps its text; a month name with a Gregorian year is no Hijri date.
    assert_eq!(one("في عام 1447 هـ", r, None), unresolved());
    assert!(found("مسلسلات رمضان 2024", r, None).is_empty());
    assert!(found("فاز الفريق 3 صفر", r, None).is_empty());
}

#[test]
fn numeric_dates_are_day_first() {
    let r = "2025-08-12";
    assert_eq!(one("بتاريخ ٢٤/٧/٢٠٢٥", r, None), day("2025-07-24"));
    assert_eq!(one("يوم الاثنين 11-08-2025", r, None), day("2025-08-11"));
    assert_eq!(one("في 3/8/2025", r, None), day("2025-08-03"));
    assert_eq!(one("يوم ٢٠٢٥/٠٧/٢٤", r, None), day("2025-07-24"));
    assert!(found("القرار رقم 5/2015", r, None).is_empty());
}

#[test]
fn weekday_said_on_the_same_weekday() {
    let thu = "2025-07-24";
    assert_eq!(one("التقيا الخميس الماضي", thu, None), day("2025-07-17"));
    assert_eq!(one("يلتقيان الخميس المقبل", thu, None), day("2025-07-31"));
    assert_eq!(one("التقى الوزيران الخميس", thu, None), day("2025-07-24"));
    assert_eq!(one("الخميس", thu, Some(Dir::Future)), unresolved());
    assert_eq!(
        one("الأربعاء", "2025-07-25", Some(Dir::Past)),
        day("2025-07-23")
    );
    assert_eq!(
        one("الأربعاء", "2025-07-25", Some(Dir::Future)),
        day("2025-07-30")
    );
    assert_eq!(one("الأربعاء", "2025-07-25", None), unresolved());
    // The weekday of next week: the same day whichever day weeks start, or nothing.
    assert_eq!(
        one("الأسبوع المقبل يوم الخميس", thu, None),
        day("2025-07-31")
    );
    assert_eq!(
        one("الأسبوع المقبل يوم الأحد", "2025-07-21", None),
        unresolved()
    );
}

// ---------------------------------------------------------------------------------------------
// The command, and the shared date cases through import.

#[test]
fn dates_command_prints_every_format() {
    let a = common::Archive::new();
    let text = "التقيا أمس، ويلتقيان يومي 10 و11 أبريل، وقبل ثلاثة أيام من الانتخابات";
    let out = a
        .cmd(&[
            "dates",
            text,
            "--ref",
            "2025-07-25T01:38:00+02:00",
            "--format",
            "jsonl",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let rows: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 3);
    // The local day of the timestamp counts: «أمس» at 01:38 +02:00 on the 25th is the 24th.
    assert_eq!(rows[0]["text"], "أمس");
    assert_eq!(rows[0]["value"], "2025-07-24");
    assert_eq!(rows[0]["precision"], "day");
    assert_eq!(
        (rows[0]["start"].as_i64(), rows[0]["end"].as_i64()),
        (Some(7), Some(10))
    );
    assert_eq!(rows[1]["text"], "يومي 10 و11 أبريل");
    assert_eq!(rows[1]["precision"], "unresolved");
    assert!(rows[1]["value"].is_null());
    assert!(rows[2]["rule"].as_str().unwrap().contains("another event"));
    // With the tense, the range resolves (within six months: April 2025 is not).
    let out = a
        .cmd(&[
            "dates",
            "--ref",
            "2025-03-01",
            "--tense",
            "future",
            "--format",
            "csv",
        ])
        .write_stdin("تعقد الجولة يومي 10 و11 أبريل")
        .output()
        .unwrap();
    let csv = String::from_utf8(out.stdout).unwrap();
    assert!(
        csv.starts_with("text,start,end,value,end_value,precision,rule,note\r\n"),
        "{csv}"
    );
    assert!(csv.contains(",2025-04-10,2025-04-11,day,"), "{csv}");
    for format in ["table", "tsv", "json", "markdown"] {
        let out = a
            .cmd(&["dates", "عام 2002", "--format", format])
            .output()
            .unwrap();
        assert!(out.status.success(), "{format}");
        assert!(
            String::from_utf8(out.stdout).unwrap().contains("2002"),
            "{format}"
        );
    }
    a.cmd(&["dates", "أمس", "--ref", "2025-07"])
        .assert()
        .failure();
}

/// Shared cases 10, 11 and 12 (relative days, weekdays said on the same weekday, numeric dates):
/// import, then each meeting report's date.
#[test]
fn shared_date_cases_through_import() {
    let a = common::Archive::new();
    let lines = [
        ("التقى وزير الخارجية الأردني أيمن الصفدي نظيره السوري أسعد الشيباني في عمّان أمس لبحث ملف اللاجئين.", "2025-07-25"),
        ("عقد وزير الخارجية السوري أسعد الشيباني اجتماعا مع رئيس الوزراء القطري في الدوحة منذ يومين، وفق ما أفاد مصدر مطلع.", "2025-07-25"),
        ("اجتمع وزير الخارجية المصري بدر عبد العاطي مع نظيره السعودي في القاهرة قبل ثلاثة أيام.", "2025-07-25"),
        ("التقى الشيباني وزير الخارجية السعودي في الرياض أول أمس.", "2025-07-25"),
        ("التقى الشيباني وزير الخارجية السعودي في الرياض أول من أمس.", "2025-07-25"),
        ("التقى الشيباني وزير الخارجية السعودي في الرياض يوم أمس الأول.", "2025-07-25"),
        ("التقى وزير الخارجية التركي هاكان فيدان نظيره السوري أسعد الشيباني في أنقرة الخميس الماضي.", "2025-07-24"),
        ("التقى وزير الخارجية التركي هاكان فيدان نظيره السوري أسعد الشيباني في أنقرة يوم الثلاثاء الماضي.", "2025-07-23"),
        ("يلتقي وزير الخارجية التركي هاكان فيدان نظيره السوري أسعد الشيباني في أنقرة الخميس المقبل.", "2025-07-24"),
        ("التقى وزير الخارجية التركي هاكان فيدان نظيره السوري أسعد الشيباني في أنقرة يوم الأربعاء.", "2025-07-25"),
        ("يلتقي وزير الخارجية التركي هاكان فيدان نظيره السوري أسعد الشيباني في أنقرة يوم الأربعاء.", "2025-07-25"),
        ("عقد وزراء خارجية دول الخليج اجتماعا في الرياض بتاريخ ٢٤/٧/٢٠٢٥ لبحث الأمن الإقليمي.", "2025-07-28"),
        ("عقد وزراء خارجية دول الخليج اجتماعا في الرياض يوم الاثنين 11-08-2025 لبحث الأمن الإقليمي.", "2025-08-12"),
        ("عقد وزراء خارجية دول الخليج اجتماعا في الرياض في 3/8/2025 لبحث الأمن الإقليمي.", "2025-08-05"),
        ("عقد وزراء خارجية دول الخليج اجتماعا في الرياض يوم ٢٠٢٥/٠٧/٢٤ لبحث الأمن الإقليمي.", "2025-07-28"),
        // Published at 01:38 local time: «أمس» is the 24th there (the 23rd in UTC).
        ("التقى الشيباني وزير الخارجية السعودي في الرياض أمس.", "2025-07-25T01:38:00+03:00"),
    ];
    let jsonl: String = lines
        .iter()
        .enumerate()
        .map(|(i, (body, at))| {
            serde_json::json!({"url": format!("https://example.org/{i}"), "title": "لقاء", "body": body, "published_at": at})
                .to_string()
                + "\n"
        })
        .collect();
    let f = a.write("cases.jsonl", jsonl);
    a.cmd(&["import", f.to_str().unwrap(), "-q"])
        .assert()
        .success();
    let got = a.sql(
        "SELECT a.id, r.date_text, COALESCE(r.date_start, '') FROM articles a \
         LEFT JOIN event_reports r ON r.article_id = a.id ORDER BY a.id",
    );
    let want = [
        "1,أمس,2025-07-24",
        "2,منذ يومين,2025-07-23",
        "3,قبل ثلاثة أيام,2025-07-22",
        "4,أول أمس,2025-07-23",
        "5,أول من أمس,2025-07-23",
        "6,يوم أمس الأول,2025-07-23",
        "7,الخميس الماضي,2025-07-17",
        "8,يوم الثلاثاء الماضي,2025-07-22",
        "9,الخميس المقبل,2025-07-31",
        "10,يوم الأربعاء,2025-07-23",
        "11,يوم الأربعاء,",
        "12,٢٤/٧/٢٠٢٥,2025-07-24",
        "13,يوم الاثنين 11-08-2025,2025-08-11",
        "14,3/8/2025,2025-08-03",
        "15,٢٠٢٥/٠٧/٢٤,2025-07-24",
        "16,أمس,2025-07-24",
    ];
    assert_eq!(got, want);
    assert_eq!(
        a.sql("SELECT published_at FROM articles WHERE id = 16"),
        ["2025-07-25T01:38:00+03:00"]
    );
}

#[test]
fn english_meetings_get_their_dates() {
    // Published Monday 2025-03-10. The meeting's verb gives the weekday its week; a day and month
    // without a year take the tense; «next week» is a span whose days depend on the country.
    let a = common::Archive::new();
    let mut jsonl = String::new();
    for (i, body) in [
        "Syrian Foreign Minister Asaad al-Shaibani met Ron Dermer in Paris on Thursday, according to AFP.",
        "Marco Rubio will meet Hakan Fidan in Ankara next week.",
        "Emmanuel Macron visited Beirut on Friday.",
        "Marco Rubio will meet Hakan Fidan in Ankara on March 18.",
    ]
    .iter()
    .enumerate()
    {
        jsonl.push_str(
            &serde_json::json!({
                "url": format!("https://example.org/en{i}"),
                "title": format!("Story {i}"),
                "body": body,
                "published_at": "2025-03-10",
                "lang": "en",
            })
            .to_string(),
        );
        jsonl.push('\n');
    }
    let f = a.write("en.jsonl", jsonl);
    a.cmd(&["import", f.to_str().unwrap()]).assert().success();
    let got = a.sql(
        "SELECT a.id, COALESCE(r.date_text, ''), COALESCE(r.date_start, '') FROM articles a \
         LEFT JOIN event_reports r ON r.article_id = a.id ORDER BY a.id",
    );
    assert_eq!(
        got,
        [
            "1,Thursday,2025-03-06",
            // «next week» is a span, never a meeting's date (as «الأسبوع المقبل»).
            "2,,",
            "3,Friday,2025-03-07",
            "4,March 18,2025-03-18"
        ]
    );
}

#[test]
fn marsad_dates_reads_english() {
    let out = common::Archive::new()
        .cmd(&[
            "dates",
            "They met two days ago and will meet again on 5 April 2025.",
            "--ref",
            "2025-03-10",
            "--format",
            "csv",
        ])
        .output()
        .unwrap();
    let text = common::stdout(&out);
    assert!(text.contains("two days ago,9,21,2025-03-08,"), "{text}");
    assert!(text.contains("5 April 2025,45,57,2025-04-05,"), "{text}");
}
