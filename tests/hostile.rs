//! Issue #16, second round: fault classes a hostile or unlucky user finds (concurrent creation,
//! memory and time on huge records, TSV, spreadsheet-safe and atomic exports, read-only archives,
//! ad-hoc SQL and search limits, broken pipes). Memory and time checks are bounds or ratios of
//! modest size; the full figures are in BENCHMARKS.md.

mod common;

use std::time::Instant;

use common::{stderr, stdout, Archive};

/// A body of about `bytes` bytes of plain news sentences with names, places and meeting triggers.
fn long_body(bytes: usize, last_word: &str) -> String {
    let unit = "التقى الرئيس إيمانويل ماكرون رئيس الوزراء بنيامين نتنياهو في باريس أمس، وقال مصدر \
                إن وزير الخارجية سيزور القاهرة يوم الخميس المقبل لبحث الأوضاع في المنطقة.\n";
    let mut s = unit.repeat(bytes / unit.len() + 1);
    s.push_str(last_word);
    s
}

fn jsonl_article(a: &Archive, name: &str, title: &str, body: &str) -> std::path::PathBuf {
    let rec = serde_json::json!({"title": title, "body": body, "published_at": "2025-07-26"});
    a.write(name, format!("{rec}\n"))
}

/// Extraction reads at most `limits::EXTRACT_MAX_BYTES` of a body: a 4 MB article imports in
/// about the time of a 1 MB one (it was quadratic: 5 s, 26 s, 105 s for 1, 2, 4 MB), and is still
/// archived and searchable whole.
#[test]
fn extraction_time_does_not_grow_past_the_cap_and_the_text_stays_searchable() {
    let import = |mb: usize| {
        let a = Archive::new();
        let f = jsonl_article(
            &a,
            "x.jsonl",
            "قمة",
            &long_body(mb << 20, "كلمةختاميةفريدة"),
        );
        a.cmd(&["migrate"]).assert().success(); // creating the archive is not timed
        let t = Instant::now();
        a.cmd(&["import", "--quiet", f.to_str().unwrap()])
            .assert()
            .success();
        (t.elapsed(), a)
    };
    let (one, _) = import(1);
    let (four, a) = import(4);
    assert!(
        four <= one * 4,
        "4 MB took {four:?}, more than 4× the {one:?} of 1 MB"
    );
    let hits = a
        .cmd(&["search", "كلمةختاميةفريدة", "--format", "csv"])
        .output()
        .unwrap();
    assert!(stdout(&hits).lines().count() >= 2, "{}", stderr(&hits));
    let last: i64 = a.sql("SELECT max(s.value ->> 0) FROM mentions, json_each(spans) AS s")[0]
        .parse()
        .unwrap();
    let body = long_body(4 << 20, "");
    let cap_chars = marsad::limits::extraction_text(&body).chars().count() as i64;
    assert!(
        last > cap_chars - 1_000 && last < cap_chars,
        "last mention at {last}, the cap at {cap_chars}"
    );
}
