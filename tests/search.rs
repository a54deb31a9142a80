//! `marsad search` on the sample articles: Arabic normalisation both ways, formats, filters, errors.

mod common;

use common::{stdout, Archive};
use predicates::prelude::*;

fn ids(a: &Archive, args: &[&str]) -> Vec<i64> {
    let mut all = vec!["search"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--format", "csv", "--limit", "100"]);
    let out = a.cmd(&all).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut v: Vec<i64> = stdout(&out)
        .split("\r\n")
        .skip(1)
        .filter_map(|l| l.split(',').next().and_then(|s| s.parse().ok()))
        .collect();
    v.sort();
    v
}

/// Sample i (0-based file order) is article i + 1.
fn archive() -> Archive {
    let a = Archive::new();
    a.import_samples();
    a
}

#[test]
fn spelling_variants_meet_both_ways() {
    let a = archive();
    let shaibani = ids(&a, &["الشيباني"]);
    assert_eq!(shaibani, vec![1, 2, 3, 4]);
    // harakat and shadda
    assert_eq!(ids(&a, &["الشَّيْبانِيّ"]), shaibani);
    // a proclitic on the query
    assert_eq!(ids(&a, &["والشيباني"]), shaibani);
    // hamza forms both ways
    assert_eq!(ids(&a, &["اسرائيل"]), ids(&a, &["إسرائيل"]));
    assert!(!ids(&a, &["اسرائيل"]).is_empty());
    // tatweel
    assert_eq!(ids(&a, &["باريـــس"]), ids(&a, &["باريس"]));
    // Arabic-Indic digits find ASCII digits
    assert_eq!(ids(&a, &["١٢٠٠"]), vec![1, 3]);
}

#[test]
fn clitics_on_the_text_side_are_found() {
    let a = archive();
    // «بباريس» does not occur, but «في باريس» and «إلى باريس» do; the text «والشيباني»-style forms meet bare queries.
    assert!(ids(&a, &["باريس"]).contains(&5));
    // «لموسكو» in sample 002 is found by «موسكو».
    assert!(ids(&a, &["موسكو"]).contains(&3));
    // «الإسرائيلي» (adjective) is found by «إسرائيل».
    assert!(ids(&a, &["إسرائيل"]).contains(&5));
}

#[test]
fn words_that_merely_begin_with_clitic_letters_stay_whole() {
    let a = archive();
    // «بارو» (Barrot, sample 001) is not «باريس».
    assert_eq!(ids(&a, &["بارو"]), vec![2]);
    assert!(ids(&a, &["لندن"]).contains(&4));
    assert_eq!(ids(&a, &["كلينتون"]), vec![2]);
    assert_eq!(ids(&a, &["باكو"]), vec![1, 3, 4]);
}

#[test]
fn fts_syntax_and_filters() {
    let a = archive();
    assert_eq!(ids(&a, &["لندن OR موسكو"]), vec![3, 4]);
    assert_eq!(ids(&a, &["باريس NOT باكو"]), vec![2, 5]);
    assert_eq!(ids(&a, &["\"وزير الخارجية السوري\""]), vec![1, 2, 3, 4]);
    assert_eq!(ids(&a, &["ديرم*"]), vec![1, 2, 3, 4]);
    assert_eq!(ids(&a, &["title:الكواليس"]), vec![5]);
    assert_eq!(
        ids(&a, &["باريس", "--from", "2025-07-26", "--to", "2025-07"]),
        vec![5]
    );
    assert_eq!(ids(&a, &["باريس", "--to", "2025-07-25"]), Vec::<i64>::new());
}

#[test]
fn snippets_show_the_original_text() {
    let a = archive();
    let out = a
        .cmd(&["search", "الشيباني", "--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let first = &v[0];
    for k in ["id", "published_at", "outlet", "title", "snippet"] {
        assert!(first.get(k).is_some(), "missing {k}");
    }
    let snippet = first["snippet"].as_str().unwrap();
    assert!(snippet.contains("[الشيباني]"), "{snippet}");
    let out = a
        .cmd(&["search", "والشيباني", "--format", "jsonl"])
        .output()
        .unwrap();
    assert!(stdout(&out).lines().count() == 4);
}

#[test]
fn bad_queries_get_clear_messages() {
    let a = archive();
    a.cmd(&["search", "  "])
        .assert()
        .failure()
        .stderr(predicate::str::contains("empty search query"));
    a.cmd(&["search", "\"باريس"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("closing \""));
    a.cmd(&["search", "باريس AND"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("needs a word on each side"));
    a.cmd(&["search", "باريس", "--from", "July"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("YYYY-MM"));
}

/// The default ranking looks only at the newest 1000 matches (cost bounded by the window, not the
/// archive): an old article that bm25 would put first is not shown, `--rank all` finds it, `--sort newest`
/// lists the newest first, and the filters apply inside the window, not after it.
#[test]
fn ranking_is_bounded_to_the_newest_matches() {
    let a = Archive::new();
    let mut jsonl = String::from(
        "{\"url\":\"u0\",\"title\":\"قمة قمة قمة\",\"body\":\"قمة قمة قمة قمة\",\"outlet\":\"Old Wire\",\"published_at\":\"2024-01-01\"}\n",
    );
    for i in 1..=1000 {
        jsonl.push_str(&format!(
            "{{\"url\":\"u{i}\",\"title\":\"خبر {i}\",\"body\":\"نص طويل عن أمور كثيرة {i} ثم قمة في آخره مع كلمات أخرى كثيرة\",\"outlet\":\"New Wire\",\"published_at\":\"2025-01-01\"}}\n"
        ));
    }
    let f = a.write("many.jsonl", jsonl);
    a.cmd(&["import", "--no-extract", "-q", f.to_str().unwrap()])
        .assert()
        .success();
    let first = |args: &[&str]| -> i64 {
        let mut all = vec!["search", "قمة", "--format", "csv", "--limit", "1"];
        all.extend_from_slice(args);
        let out = a.cmd(&all).output().unwrap();
        assert!(out.status.success(), "{}", common::stderr(&out));
        stdout(&out)
            .split("\r\n")
            .nth(1)
            .and_then(|l| l.split(',').next())
            .and_then(|s| s.parse().ok())
            .unwrap_or(-1)
    };
    assert_ne!(first(&[]), 1, "the oldest match lies outside the window");
    assert_eq!(first(&["--rank", "all"]), 1, "exhaustive ranking finds it");
    assert_eq!(first(&["--sort", "newest"]), 1001);
    assert_eq!(
        first(&["--outlet", "Old Wire"]),
        1,
        "filters apply inside the window"
    );
    assert_eq!(first(&["--from", "2024", "--to", "2024"]), 1);
}

/// Our own sentences, one per fault kind of issue #12: Persian keyboard letters, PDF presentation
/// forms, attached pronouns, عبد + a name of God joined or spaced, and a name that must not collapse
/// into a short common word.
#[test]
fn messy_real_world_spellings_are_found() {
    let a = Archive::new();
    let jsonl = [
        // 1: Persian keyboard (ی ک)
        r#"{"url":"u1","title":"وفد کویتی یصل إلی طهران","body":"وصل وفد کویتی رفیع إلی طهران لبحث التعاون التجاري."}"#,
        // 2: presentation forms, as copied from a PDF (ﺑﺎﺭﻳﺲ, ﻻ)
        r#"{"url":"u2","title":"بيان ختامي","body":"عقد الاجتماع في ﺑﺎﺭﻳﺲ أمس، \uFEFB تغيير في الموقف."}"#,
        // 3: attached pronouns
        r#"{"url":"u3","title":"خطة جديدة","body":"أعلنت الحكومة أن وزارتها ستنقل معداتها قرب الحدود، وقال مسؤولوها إن مفاوضاتهم مستمرة."}"#,
        // 4 and 5: the same name joined and spaced
        r#"{"url":"u4","title":"استقبال","body":"استقبل الشيخ عبدالله بن زايد وفدا تجاريا في أبوظبي."}"#,
        r#"{"url":"u5","title":"لقاء","body":"التقى الشيخ عبد الله بن زايد نظيره في مكتبه."}"#,
        // 6: the patronymic بن, and 7: the country Benin
        r#"{"url":"u6","title":"تصريح","body":"قال خالد بن سلمان إن المحادثات بناءة."}"#,
        r#"{"url":"u7","title":"جولة أفريقية","body":"زار الوزير بنين وتوغو الأسبوع الماضي."}"#,
    ]
    .join("\n");
    let f = a.write("messy.jsonl", jsonl);
    a.cmd(&["import", f.to_str().unwrap()]).assert().success();
    assert_eq!(ids(&a, &["كويتي"]), vec![1]);
    assert_eq!(ids(&a, &["الکویت"]), vec![1]);
    assert_eq!(ids(&a, &["باريس"]), vec![2]);
    assert_eq!(ids(&a, &["\"لا تغيير\""]), vec![2]);
    for q in ["وزارة", "معدات", "مسؤول", "مفاوضات", "الوزارة"] {
        assert_eq!(ids(&a, &[q]), vec![3], "{q}");
    }
    assert_eq!(ids(&a, &["عبدالله"]), vec![4, 5]);
    assert_eq!(ids(&a, &["عبد الله"]), vec![4, 5]);
    assert_eq!(ids(&a, &["\"عبد الله بن زايد\""]), vec![4, 5]);
    assert_eq!(ids(&a, &["بنين"]), vec![7]);
    assert_eq!(ids(&a, &["بن"]), vec![4, 5, 6]);
    // The gazetteer links both spellings to one person.
    let linked = a.sql(
        "SELECT DISTINCT m.article_id FROM mentions m JOIN entities e ON e.id = m.entity_id \
         WHERE e.key = 'abdullah-bin-zayed' ORDER BY 1",
    );
    assert_eq!(linked, vec!["4", "5"]);
    // search --entity: by an English alias, newest first, mentions in [ ].
    let out = a
        .cmd(&[
            "search",
            "--entity",
            "Abdullah bin Zayed Al Nahyan",
            "--format",
            "jsonl",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", common::stderr(&out));
    let rows: Vec<serde_json::Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 2);
    assert_eq!(
        (rows[0]["id"].as_i64(), rows[1]["id"].as_i64()),
        (Some(5), Some(4))
    );
    let snippet = |i: usize| rows[i]["snippet"].as_str().unwrap().to_string();
    assert!(
        snippet(0).contains("[عبد] [الله] [بن] [زايد]"),
        "{}",
        snippet(0)
    );
    assert!(
        snippet(1).contains("[عبدالله] [بن] [زايد]"),
        "{}",
        snippet(1)
    );
    // The joined spelling names the same person as the gazetteer's spaced one.
    let out = a
        .cmd(&["search", "--entity", "عبدالله بن زايد", "--format", "jsonl"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", common::stderr(&out));
    assert_eq!(stdout(&out).lines().count(), 2);
    a.cmd(&["search", "--entity", "Nowhere Land"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("no entity named"));
}

/// `marsad keys` prints the key of each word and the FTS5 expression of a query.
#[test]
fn keys_shows_what_the_index_stores() {
    let a = Archive::new();
    let out = a
        .cmd(&["keys", "وزارتها في الکویت", "--format", "tsv"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", common::stderr(&out));
    assert_eq!(
        stdout(&out),
        "word\tnormalized\tkey\r\nوزارتها\tوزارتها\tوزاره\r\nفي\tفي\tفي\r\nالکویت\tالكويت\tكويت\r\n"
    );
    let out = a
        .cmd(&["keys", "--query", "عبد الله OR باريس", "--format", "tsv"])
        .output()
        .unwrap();
    assert!(
        stdout(&out).contains("(\"عبدالله\" OR \"عبد الله\") OR \"باريس\""),
        "{}",
        stdout(&out)
    );
}

/// An archive indexed by an older normalisation: `check` and `info` say a reindex is due, and
/// `reindex` rebuilds the search keys, the content hashes and the alias keys.
#[test]
fn reindex_rebuilds_keys_hashes_and_aliases() {
    let a = Archive::new();
    let f = a.write(
        "r.jsonl",
        r#"{"title":"زيارة","body":"وصل وفد کویتی إلی تبریز."}"#,
    );
    a.cmd(&["import", f.to_str().unwrap()]).assert().success();
    let hash = a.sql("SELECT content_hash FROM articles");
    let norms = a.sql("SELECT id, norm FROM entity_aliases ORDER BY id");
    // What an archive built by normalisation 1 looks like: other keys, hashes and alias keys.
    rusqlite::Connection::open(&a.db)
        .unwrap()
        .execute_batch(
            "UPDATE meta SET value = '1' WHERE key = 'normalization_version';
             UPDATE articles SET content_hash = 'old';
             UPDATE entity_aliases SET norm = norm || 'x' WHERE id <= 3;
             INSERT INTO articles_fts (articles_fts) VALUES ('delete-all');",
        )
        .unwrap();
    a.cmd(&["check"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("marsad reindex"));
    a.cmd(&["info"])
        .assert()
        .stdout(predicate::str::contains("marsad reindex"));
    assert_eq!(ids(&a, &["تبريز"]), Vec::<i64>::new());
    a.cmd(&["reindex"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "1 content hash(es) and 3 alias key(s) changed",
        ));
    assert_eq!(ids(&a, &["تبريز"]), vec![1]);
    assert_eq!(ids(&a, &["الكويتي"]), vec![1]);
    assert_eq!(a.sql("SELECT content_hash FROM articles"), hash);
    assert_eq!(
        a.sql("SELECT id, norm FROM entity_aliases ORDER BY id"),
        norms
    );
    a.cmd(&["check"]).assert().success();
}
