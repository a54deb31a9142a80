//! `marsad export`: files per table, RFC 4180 round trip with Arabic intact, Datasette metadata.

mod common;

use common::Archive;
use predicates::prelude::*;

/// All tables at once are exported two at a time on their own connections; each file must be
/// byte for byte what a single-table export (one connection) writes, and the summary in order.
#[test]
fn exporting_tables_in_parallel_writes_what_one_at_a_time_does() {
    let a = Archive::new();
    a.import_samples();
    let all = a.dir.path().join("all");
    let out = a
        .cmd(&["export", "--dir", all.to_str().unwrap(), "--views"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", common::stderr(&out));
    let names: Vec<String> = common::stderr(&out)
        .lines()
        .filter_map(|l| l.split_once(':').map(|(n, _)| n.to_string()))
        .collect();
    assert_eq!(names.len(), 15, "{names:?}");
    assert_eq!(names[0], "articles");
    assert_eq!(names[14], "attributions_flat");
    for t in &names {
        let one = a.dir.path().join(format!("one-{t}"));
        a.cmd(&["export", "--dir", one.to_str().unwrap(), t])
            .assert()
            .success();
        let file = format!("{t}.csv");
        assert_eq!(
            std::fs::read(all.join(&file)).unwrap(),
            std::fs::read(one.join(&file)).unwrap(),
            "{file}"
        );
    }
}

#[test]
fn a_table_that_cannot_be_written_is_named_and_the_export_fails() {
    let a = Archive::new();
    a.import_samples();
    let dir = a.dir.path().join("out");
    // A directory where the mentions file should go: that table fails, the export says which.
    std::fs::create_dir_all(dir.join("mentions.csv")).unwrap();
    let out = a
        .cmd(&["export", "--dir", dir.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", common::stderr(&out));
    let err = common::stderr(&out);
    assert!(
        err.contains("cannot write") && err.contains("mentions.csv"),
        "{err}"
    );
}

#[test]
fn csv_export_round_trips_into_a_fresh_database() {
    let a = Archive::new();
    a.import_samples();
    let q = a.write("q.jsonl", "{\"url\":\"u\",\"title\":\"عنوان, \\\"مقتبس\\\"\",\"body\":\"سطر\\nوسطر\\r\\n\",\"outlet\":\"AFP\"}\n");
    a.cmd(&["import", q.to_str().unwrap()]).assert().success();
    let dir = a.dir.path().join("out");
    a.cmd(&["export", "--dir", dir.to_str().unwrap(), "--views"])
        .assert()
        .success();
    for t in [
        "articles",
        "outlets",
        "entities",
        "entity_aliases",
        "mentions",
        "attributions",
        "events",
        "event_reports",
        "event_participants",
        "report_participants",
        "entity_within",
        "article_relations",
        "events_flat",
        "attributions_flat",
    ] {
        assert!(dir.join(format!("{t}.csv")).exists(), "{t}.csv missing");
    }
    // Load articles.csv into a fresh database with the csv crate and compare every value.
    let fresh = rusqlite::Connection::open_in_memory().unwrap();
    let mut rdr = csv::Reader::from_path(dir.join("articles.csv")).unwrap();
    let headers: Vec<String> = rdr.headers().unwrap().iter().map(String::from).collect();
    fresh
        .execute(
            &format!("CREATE TABLE articles ({})", headers.join(", ")),
            [],
        )
        .unwrap();
    let marks = vec!["?"; headers.len()].join(", ");
    for rec in rdr.records() {
        let rec = rec.unwrap();
        let vals: Vec<Option<String>> = rec
            .iter()
            .map(|v| (!v.is_empty()).then(|| v.to_string()))
            .collect();
        fresh
            .execute(
                &format!("INSERT INTO articles VALUES ({marks})"),
                rusqlite::params_from_iter(vals),
            )
            .unwrap();
    }
    let orig = rusqlite::Connection::open(&a.db).unwrap();
    let dump = |c: &rusqlite::Connection| -> Vec<(String, String, String)> {
        let mut s = c
            .prepare(
                "SELECT CAST(id AS TEXT), title, body FROM articles ORDER BY CAST(id AS INTEGER)",
            )
            .unwrap();
        s.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .map(|r| r.unwrap())
            .collect()
    };
    let (x, y) = (dump(&orig), dump(&fresh));
    assert_eq!(x.len(), 6);
    assert_eq!(x, y, "exported CSV must load back to the same values");
    assert!(y.iter().any(|r| r.1 == "عنوان, \"مقتبس\""));
}

#[test]
fn tsv_jsonl_bom_and_named_tables() {
    let a = Archive::new();
    a.import_samples();
    let dir = a.dir.path().join("out");
    a.cmd(&[
        "export",
        "--dir",
        dir.to_str().unwrap(),
        "articles",
        "--tsv",
        "--bom",
    ])
    .assert()
    .success();
    let tsv = std::fs::read(dir.join("articles.tsv")).unwrap();
    assert!(tsv.starts_with("\u{feff}id\turl\ttitle".as_bytes()));
    assert!(!dir.join("events.tsv").exists(), "only the named table");
    a.cmd(&[
        "export",
        "--dir",
        dir.to_str().unwrap(),
        "articles",
        "--format",
        "jsonl",
    ])
    .assert()
    .success();
    let jsonl = std::fs::read_to_string(dir.join("articles.jsonl")).unwrap();
    assert_eq!(jsonl.lines().count(), 5);
    let first: serde_json::Value = serde_json::from_str(jsonl.lines().next().unwrap()).unwrap();
    assert_eq!(first["id"], 1);
    // Every table, empty ones too (the samples have no outlets): an empty table is an empty file.
    let all = a.dir.path().join("all");
    a.cmd(&[
        "export",
        "--dir",
        all.to_str().unwrap(),
        "--format",
        "jsonl",
    ])
    .assert()
    .success();
    assert_eq!(a.count("outlets"), 0);
    assert_eq!(std::fs::read(all.join("outlets.jsonl")).unwrap(), b"");
    a.cmd(&["export", "--dir", dir.to_str().unwrap(), "nonsense"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("no table named nonsense"));
}

#[test]
fn datasette_metadata_carries_tables_and_canned_queries() {
    let a = Archive::new();
    a.import_samples();
    let meta = a.dir.path().join("meta.json");
    a.cmd(&["export", "--datasette-metadata", meta.to_str().unwrap()])
        .assert()
        .success();
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&meta).unwrap()).unwrap();
    let db = &v["databases"]["test"];
    assert!(
        db["tables"]["events"]["description"]
            .as_str()
            .unwrap()
            .len()
            > 10
    );
    let q = db["queries"]["meetings-by-place"]["sql"].as_str().unwrap();
    assert!(
        q.contains("FROM entities WHERE name_en = trim(:place) COLLATE NOCASE"),
        "{q}"
    );
    // Every query prepares against the archive, as Datasette would run it.
    let conn = rusqlite::Connection::open(&a.db).unwrap();
    for (name, q) in db["queries"].as_object().unwrap() {
        conn.prepare(q["sql"].as_str().unwrap())
            .unwrap_or_else(|e| panic!("{name}: {e}"));
    }
}
