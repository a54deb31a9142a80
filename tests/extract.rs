//! `marsad extract` (issue #11): batched and resumable after kill -9, after an import killed before
//! clustering, alongside an import, `--article` keeping other articles' links, and the indexes its
//! deletions need. Each drives the real binary on generated articles.

mod common;

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::{stderr, stdout, Archive};

/// Every table extraction writes, row by row (ids included), sorted.
const TABLES: &[&str] = &[
    "articles_version",
    "mentions",
    "attributions",
    "events",
    "event_reports",
    "event_participants",
    "report_participants",
    "article_relations",
    "article_minhash",
    "article_minhash_bands",
    "entity_months",
    "cluster_dirty",
    "entities",
    "entity_aliases",
];

fn dump(db: &Path) -> Vec<(String, Vec<String>)> {
    let c = rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
        .unwrap();
    TABLES
        .iter()
        .map(|t| {
            let sql = match *t {
                "articles_version" => "SELECT id, extracted_version FROM articles".to_string(),
                t => format!("SELECT * FROM {t}"),
            };
            let mut st = c.prepare(&sql).unwrap();
            let n = st.column_count();
            let mut rows: Vec<String> = st
                .query_map([], |r| {
                    Ok((0..n)
                        .map(|i| format!("{:?}", r.get_ref(i).unwrap()))
                        .collect::<Vec<_>>()
                        .join("|"))
                })
                .unwrap()
                .map(Result::unwrap)
                .collect();
            rows.sort();
            (t.to_string(), rows)
        })
        .collect()
}

fn spawn(db: &Path, args: &[&str]) -> Child {
    Command::new(assert_cmd::cargo::cargo_bin("marsad"))
        .arg("--db")
        .arg(db)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

/// Poll `sql` (one integer) on the archive until `until` holds of it; panics after a minute or if
/// `child` ends first.
fn wait_for(db: &Path, child: &mut Child, sql: &str, until: impl Fn(i64) -> bool) {
    let start = Instant::now();
    loop {
        let v =
            rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
                .ok()
                .and_then(|c| {
                    c.busy_timeout(Duration::from_secs(5)).ok()?;
                    c.query_row(sql, [], |r| r.get::<_, i64>(0)).ok()
                });
        if v.is_some_and(&until) {
            return;
        }
        assert!(
            child.try_wait().unwrap().is_none(),
            "the command ended before {sql} held"
        );
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "no progress: {sql}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn check_csv(a: &Archive) -> (bool, String) {
    let out = a.cmd(&["check", "--format", "csv"]).output().unwrap();
    (out.status.success(), stdout(&out))
}

#[test]
fn kill_9_during_extract_then_rerun_equals_an_uninterrupted_run() {
    let a = Archive::new();
    let file = a.dir.path().join("gen.jsonl");
    common::generate_jsonl(5_000, &file);
    a.cmd(&["import", "-q", file.to_str().unwrap()])
        .assert()
        .success();
    // The same archive, re-extracted without interruption.
    let whole = a.dir.path().join("whole.db");
    a.cmd(&["backup", whole.to_str().unwrap()])
        .assert()
        .success();
    let mut c = Command::new(assert_cmd::cargo::cargo_bin("marsad"));
    let out = c.arg("--db").arg(&whole).arg("extract").output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));

    let mut child = spawn(&a.db, &["extract", "-q"]);
    // Killed once it has committed some articles (not all).
    wait_for(
        &a.db,
        &mut child,
        "SELECT COALESCE((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'extract_resume_after'), 0)",
        |last| last > 0,
    );
    child.kill().unwrap();
    child.wait().unwrap();
    let (ok, report) = check_csv(&a);
    assert!(!ok, "check passes an interrupted extraction:\n{report}");
    assert!(
        report.contains("articles whose extraction is missing,FAIL,")
            && report.contains("interrupted `marsad extract`"),
        "{report}"
    );

    // One article's re-extraction would be skipped over by the resumed run: refused until then.
    let out = a.cmd(&["extract", "--article", "1"]).output().unwrap();
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("run `marsad extract` first"),
        "{}",
        stderr(&out)
    );
    let out = a.cmd(&["extract"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("resumed an interrupted re-extraction after article"));
    let (ok, report) = check_csv(&a);
    assert!(ok, "{report}");
    for ((table, resumed), (_, uninterrupted)) in dump(&a.db).into_iter().zip(dump(&whole)) {
        assert!(
            resumed == uninterrupted,
            "{table}: {} rows after the resumed run, {} after the uninterrupted one",
            resumed.len(),
            uninterrupted.len()
        );
    }
}

#[test]
fn extract_after_an_import_killed_before_clustering() {
    let a = Archive::new();
    let file = a.dir.path().join("gen.jsonl");
    common::generate_jsonl(3_000, &file);
    let mut child = spawn(&a.db, &["import", "-q", file.to_str().unwrap()]);
    // Reports are committed with their articles and wait for the clustering at the end.
    wait_for(
        &a.db,
        &mut child,
        "SELECT count(*) FROM event_reports WHERE event_id IS NULL",
        |n| n > 0,
    );
    child.kill().unwrap();
    child.wait().unwrap();
    let (ok, report) = check_csv(&a);
    assert!(
        !ok && report.contains("reports waiting to be clustered,FAIL,"),
        "{report}"
    );
    let info = stdout(&a.cmd(&["info", "--format", "csv"]).output().unwrap());
    assert!(
        info.lines()
            .any(|l| l.starts_with("reports_waiting_to_be_clustered,") && !l.ends_with(",0")),
        "{info}"
    );

    // One article first (it failed on the NULL event ids), then everything.
    let first =
        a.sql("SELECT min(article_id) FROM event_reports WHERE event_id IS NULL")[0].clone();
    let out = a.cmd(&["extract", "--article", &first]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let (ok, report) = check_csv(&a);
    assert!(ok, "{report}");
    let out = a.cmd(&["extract"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let (ok, report) = check_csv(&a);
    assert!(ok, "{report}");
    assert!(a.count("events") > 0);
    // No article lost its mentions.
    assert_eq!(
        a.sql("SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id)"),
        vec!["0"]
    );
}

#[test]
fn extract_alongside_an_import_leaves_no_orphan_events() {
    let a = Archive::new();
    let all = a.dir.path().join("all.jsonl");
    common::generate_jsonl(3_000, &all);
    let text = std::fs::read_to_string(&all).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let first = a.write("first.jsonl", lines[..2_000].join("\n"));
    let second = a.write("second.jsonl", lines[2_000..].join("\n"));
    a.cmd(&["import", "-q", first.to_str().unwrap()])
        .assert()
        .success();
    let mut extract = spawn(&a.db, &["extract", "-q"]);
    let mut import = spawn(&a.db, &["import", "-q", second.to_str().unwrap()]);
    assert!(extract.wait().unwrap().success());
    assert!(import.wait().unwrap().success());
    let (ok, report) = check_csv(&a);
    assert!(ok, "{report}");
    assert!(report.contains("events without reports,ok,0"), "{report}");
    assert_eq!(a.count("articles"), 3_000);
}

/// Sentences for three texts: `b` and `c` each copy `a` and add a paragraph of their own, so each
/// is nearest to `a` (not to each other).
const BASE: &str = "قال وزير الخارجية في مؤتمر صحفي عقده مساء اليوم إن المحادثات مع الوفد الزائر تناولت \
    ملفات التعاون الاقتصادي والطاقة والنقل البحري بين البلدين. وأضاف أن الجانبين اتفقا على تشكيل \
    لجنة مشتركة تجتمع كل ثلاثة أشهر لمتابعة تنفيذ ما تم الاتفاق عليه في الجولة الأولى من المفاوضات. \
    وأشار إلى أن الجولة المقبلة ستعقد في العاصمة خلال الشهر القادم بمشاركة خبراء من الوزارات المعنية. \
    وختم بالقول إن العلاقات بين البلدين تشهد تحسنا ملحوظا منذ توقيع اتفاق التعاون العام الماضي.";
const EXTRA_B: &str =
    "وفي سياق متصل أعلنت غرفة التجارة عن معرض للصناعات الغذائية يفتتح الأسبوع القادم \
    بمشاركة عشرات الشركات المحلية والأجنبية.";
const EXTRA_C: &str = "من جهة أخرى شهدت أسواق المال ارتفاعا في أسعار الأسهم بعد صدور بيانات النمو \
    الفصلية التي جاءت أفضل من توقعات المحللين.";

#[test]
fn extract_one_article_keeps_the_links_later_articles_found_to_it() {
    let a = Archive::new();
    let rec = |url: &str, body: String, day: u32| {
        serde_json::json!({"url": url, "title": format!("محادثات {url}"), "body": body,
            "published_at": format!("2025-03-{day:02}")})
        .to_string()
    };
    let file = a.write(
        "copies.jsonl",
        [
            rec("a", BASE.to_string(), 1),
            rec("b", format!("{BASE} {EXTRA_B}"), 2),
            rec("c", format!("{BASE} {EXTRA_C}"), 3),
        ]
        .join("\n"),
    );
    a.cmd(&["import", "-q", file.to_str().unwrap()])
        .assert()
        .success();
    let links = "SELECT x.url || '>' || y.url FROM article_relations r \
        JOIN articles x ON x.id = r.article_id JOIN articles y ON y.id = r.related_article_id ORDER BY 1";
    let before = a.sql(links);
    assert_eq!(
        before,
        vec!["b>a", "c>a"],
        "the fixture: both copies link to a"
    );
    let id = a.sql("SELECT id FROM articles WHERE url = 'a'")[0].clone();
    a.cmd(&["extract", "--article", &id]).assert().success();
    assert_eq!(a.sql(links), before);
    // And re-extracting a copy finds its link again.
    let id = a.sql("SELECT id FROM articles WHERE url = 'c'")[0].clone();
    a.cmd(&["extract", "--article", &id]).assert().success();
    assert_eq!(a.sql(links), before);
}

#[test]
fn deleting_attributions_and_reports_finds_their_referrers_by_index() {
    // What SQLite runs for ON DELETE SET NULL on each deleted attribution or report.
    let a = Archive::new();
    a.import_samples();
    let plan = |sql: &str| a.sql(&format!("EXPLAIN QUERY PLAN {sql}")).join("\n");
    let p = plan("SELECT 1 FROM event_reports WHERE attribution_id = 5");
    assert!(p.contains("INDEX event_reports_attribution"), "{p}");
    let p = plan("SELECT 1 FROM event_participants WHERE report_id = 5");
    assert!(p.contains("INDEX event_participants_report"), "{p}");
}

#[test]
fn extract_deletes_discovered_entities_no_article_names_any_more() {
    let a = Archive::new();
    a.import_samples();
    let discovered = "SELECT count(*) FROM entities WHERE source = 'extracted'";
    let before: i64 = a.sql(discovered)[0].parse().unwrap();
    // What an earlier extraction (older rules) leaves behind: two names nothing mentions now, one
    // of them blocked by an analyst (which keeps it), and a gazetteer entity nothing mentions.
    let c = rusqlite::Connection::open(&a.db).unwrap();
    c.execute_batch(
        "INSERT INTO entities (key, kind, name_ar, source) VALUES
            ('discovered:person:فلان الفلاني', 'person', 'فلان الفلاني', 'extracted'),
            ('discovered:person:علان العلاني', 'person', 'علان العلاني', 'extracted'),
            ('test-unmentioned', 'person', 'شخص مذكور في المعجم', 'gazetteer');
         INSERT INTO entity_aliases (entity_id, alias, lang, norm, kind)
            SELECT id, name_ar, 'ar', name_ar, 'name' FROM entities WHERE key LIKE 'discovered:person:%لان%';
         INSERT INTO entity_blocks (entity_id, norm, surface, at)
            SELECT id, 'علان', 'علان', '2026-11-30' FROM entities WHERE key = 'discovered:person:علان العلاني';",
    )
    .unwrap();
    drop(c);
    let out = a.cmd(&["extract", "-q"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("deleted 1 discovered entity no article names any more"),
        "{}",
        stderr(&out)
    );
    let keys = a.sql(
        "SELECT key FROM entities WHERE key IN ('discovered:person:فلان الفلاني', \
         'discovered:person:علان العلاني', 'test-unmentioned') ORDER BY key",
    );
    assert_eq!(keys, ["discovered:person:علان العلاني", "test-unmentioned"]);
    assert_eq!(a.count("entity_aliases WHERE norm = 'فلان الفلاني'"), 0);
    // Every discovered name the articles still give is kept.
    assert_eq!(a.sql(discovered)[0].parse::<i64>().unwrap(), before + 1);
    let unmentioned = "SELECT count(*) FROM entities e WHERE source = 'extracted' \
        AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = e.id)";
    assert_eq!(a.sql(unmentioned), ["1"], "only the blocked one");
    // An --article run leaves the others' discovered names alone and deletes none here.
    let id = a.sql("SELECT min(id) FROM articles")[0].clone();
    a.cmd(&["extract", "-q", "--article", &id])
        .assert()
        .success();
    assert_eq!(a.sql(discovered)[0].parse::<i64>().unwrap(), before + 1);
}
