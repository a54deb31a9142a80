//! Ad-hoc SQL can never change the archive, and bad input classes not covered elsewhere.

mod common;

use common::{stdout, Archive};
use predicates::prelude::*;

fn archive_bytes(a: &Archive) -> Vec<u8> {
    // The WAL is checkpointed by the last writer to close; compare the main file and any WAL alike.
    let mut all = std::fs::read(&a.db).unwrap();
    let wal = a.db.with_extension("db-wal");
    if let Ok(w) = std::fs::read(wal) {
        all.extend(w);
    }
    all
}

#[test]
fn every_kind_of_write_is_refused_and_the_archive_stays_byte_identical() {
    let a = Archive::new();
    a.import_samples();
    let before = archive_bytes(&a);
    for sql in [
        "INSERT INTO outlets (name) VALUES ('x')",
        "UPDATE articles SET title = 'x'",
        "DELETE FROM articles",
        "DROP TABLE articles",
        "CREATE TABLE t (x)",
        "ALTER TABLE articles ADD COLUMN x",
        "ATTACH DATABASE 'other.db' AS o",
        "DETACH DATABASE main",
        "VACUUM",
        "VACUUM INTO 'copy.db'",
        "REINDEX",
        "PRAGMA writable_schema = ON",
        "PRAGMA journal_mode = DELETE",
        "SELECT load_extension('libx')",
        "SELECT readfile('/etc/passwd')",
        "SELECT writefile('x', 'y')",
        "SELECT 1; DELETE FROM articles",
        "BEGIN; DELETE FROM articles; COMMIT",
    ] {
        let out = a.cmd(&["sql", sql]).output().unwrap();
        assert!(!out.status.success(), "{sql} was not refused");
        let err = common::stderr(&out);
        assert!(
            err.contains("read-only")
                || err.contains("refused")
                || err.contains("no such function"),
            "{sql}: unclear message: {err}"
        );
        assert!(
            err.contains(
                sql.split(';')
                    .next()
                    .unwrap()
                    .split_whitespace()
                    .next()
                    .unwrap()
            ) || err.contains("function"),
            "{sql}: {err}"
        );
    }
    assert!(!a.dir.path().join("copy.db").exists() && !a.dir.path().join("x").exists());
    assert_eq!(archive_bytes(&a), before, "the archive changed");
}

#[test]
fn query_results_go_to_a_file_in_any_format() {
    let a = Archive::new();
    a.import_samples();
    let f = a.dir.path().join("m.csv");
    a.cmd(&[
        "meetings",
        "--format",
        "csv",
        "--bom",
        "--output",
        f.to_str().unwrap(),
    ])
    .assert()
    .success()
    .stdout("");
    let text = std::fs::read_to_string(&f).unwrap();
    assert!(text.starts_with("\u{feff}event_id,date,precision,place,"));
    assert!(text.contains("Paris"));
}

#[test]
fn canned_queries_with_entity_or_place_filters_never_scan_articles() {
    let a = Archive::new();
    a.import_samples();
    let conn = rusqlite::Connection::open(&a.db).unwrap();
    for q in marsad::query::canned::builtin() {
        let mut stmt = conn
            .prepare(&format!("EXPLAIN QUERY PLAN {}", q.sql))
            .unwrap();
        let mut rows = stmt.raw_query(); // parameters stay unbound: the plan does not depend on them
        let mut plan = Vec::new();
        while let Some(r) = rows.next().unwrap() {
            plan.push(r.get::<_, String>(3).unwrap());
        }
        let scans_articles = plan.iter().any(|l| {
            (l == "SCAN a" || l.starts_with("SCAN a ")) && !l.contains("USING")
                || l == "SCAN articles"
        });
        let filters_entities = q
            .params
            .iter()
            .any(|p| p.ty == marsad::query::canned::ParamType::Entity);
        if filters_entities {
            assert!(
                !scans_articles,
                "{} scans articles:\n{}",
                q.name,
                plan.join("\n")
            );
        }
    }
}

/// The per-report look-ups of the queries that walk every report of an event (thousands at 1M
/// articles) read narrow indexes, never an article's or a relation's row.
#[test]
fn per_report_lookups_read_covering_indexes() {
    let a = Archive::new();
    a.cmd(&["migrate"]).assert().success();
    let conn = rusqlite::Connection::open(&a.db).unwrap();
    for q in marsad::query::canned::builtin()
        .iter()
        .filter(|q| matches!(q.name.as_str(), "corroboration" | "conflicting-claims"))
    {
        let mut stmt = conn
            .prepare(&format!("EXPLAIN QUERY PLAN {}", q.sql))
            .unwrap();
        let mut rows = stmt.raw_query();
        let mut lookups = Vec::new();
        while let Some(r) = rows.next().unwrap() {
            let line = r.get::<_, String>(3).unwrap();
            if line.starts_with("SEARCH a ") || line.starts_with("SEARCH rel ") {
                lookups.push(line);
            }
        }
        assert!(!lookups.is_empty(), "{}: no look-ups found", q.name);
        for l in &lookups {
            assert!(l.contains("COVERING INDEX"), "{}: {l}", q.name);
        }
    }
}

#[test]
fn search_filters_by_outlet_alias_and_ignores_invisible_marks() {
    let a = Archive::new();
    let p = a.write(
        "o.jsonl",
        "{\"url\":\"1\",\"title\":\"لقاء\",\"body\":\"التقى الشي\u{200D}باني ديرمر في با\u{200F}ريس\",\"outlet\":\"AFP\"}\n\
         {\"url\":\"2\",\"title\":\"لقاء\",\"body\":\"التقى الشيباني ديرمر في باريس\",\"outlet\":\"Reuters\"}\n",
    );
    a.cmd(&["import", p.to_str().unwrap()]).assert().success();
    let ids = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["search"];
        all.extend_from_slice(args);
        all.extend_from_slice(&["--format", "csv"]);
        stdout(&a.cmd(&all).output().unwrap())
            .split("\r\n")
            .skip(1)
            .filter(|l| !l.is_empty())
            .map(|l| l.split(',').next().unwrap().to_string())
            .collect()
    };
    // A zero-width joiner or right-to-left mark inside a word does not break it.
    let mut both = ids(&["الشيباني", "باريس"]);
    both.sort();
    assert_eq!(both, ["1", "2"]);
    // The outlet by the name it was imported with, or by any alias of its gazetteer entity.
    assert_eq!(ids(&["الشيباني", "--outlet", "AFP"]), vec!["1"]);
    assert_eq!(
        ids(&["الشيباني", "--outlet", "وكالة الأنباء الفرنسية"]),
        vec!["1"]
    );
    assert_eq!(ids(&["الشيباني", "--outlet", "رويترز"]), vec!["2"]);
}

#[test]
fn event_show_gives_every_report_with_its_text() {
    let a = Archive::new();
    a.import_samples();
    let id = a.sql("SELECT e.id FROM events e JOIN entities p ON p.id = e.place_entity_id WHERE p.key = 'paris' AND e.date_start = '2025-07-24'").pop().unwrap();
    let out = a
        .cmd(&["event", "show", &id, "--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let reports = v.as_array().unwrap();
    assert_eq!(reports.len(), 4);
    for r in reports {
        let text = r["text"].as_str().unwrap();
        let trigger_in_text = [
            "اجتماع",
            "لقاء",
            "التقى",
            "اجتمع",
            "محادثات",
            "مباحثات",
            "الاجتماع",
            "اللقاء",
        ]
        .iter()
        .any(|t| text.contains(t));
        assert!(trigger_in_text, "the span holds the claim: {text}");
    }
}

#[test]
fn a_100_mb_line_and_out_of_range_dates_are_reported_not_fatal() {
    let a = Archive::new();
    let p = a.dir.path().join("huge.jsonl");
    {
        use std::io::Write;
        let mut f = std::io::BufWriter::new(std::fs::File::create(&p).unwrap());
        f.write_all(b"{\"title\":\"ok\",\"body\":\"first\"}\n{\"title\":\"big\",\"body\":\"")
            .unwrap();
        let chunk = vec![b'x'; 1 << 20];
        for _ in 0..100 {
            f.write_all(&chunk).unwrap();
        }
        f.write_all(b"\"}\n{\"title\":\"ok\",\"body\":\"third\"}\n")
            .unwrap();
        f.write_all(b"{\"title\":\"old\",\"body\":\"b\",\"published_at\":\"0999-01-01\"}\n")
            .unwrap();
        f.write_all(b"{\"title\":\"far\",\"body\":\"b\",\"published_at\":\"12025-01-01\"}\n")
            .unwrap();
    }
    let out = a.cmd(&["import", p.to_str().unwrap()]).output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    let err = common::stderr(&out);
    assert!(
        err.contains("huge.jsonl:2: record larger than the 64 MiB limit"),
        "{err}"
    );
    assert!(
        err.contains("huge.jsonl:4:") && err.contains("huge.jsonl:5:"),
        "{err}"
    );
    assert!(err.contains("imported 2 article(s)"), "{err}");
    let f = a.write("empty.jsonl", "");
    a.cmd(&["import", f.to_str().unwrap()])
        .assert()
        .success()
        .stderr(predicate::str::contains("imported 0 article(s)"));
}

#[test]
fn a_user_query_that_writes_is_refused_with_a_clear_message() {
    let a = Archive::new();
    a.import_samples();
    let dir = a.dir.path().join("q");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(
        dir.join("wipe.sql"),
        "-- name: wipe\n-- description: Not allowed.\nDELETE FROM articles\n",
    )
    .unwrap();
    a.cmd(&["query", "--queries", dir.to_str().unwrap(), "wipe"])
        .assert()
        .failure()
        .stderr(
            predicate::str::contains("query wipe (").and(predicate::str::contains(
                "is read-only: DELETE from articles is refused",
            )),
        );
    assert_eq!(a.count("articles"), 5);
}
