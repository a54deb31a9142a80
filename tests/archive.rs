//! Archive-level behaviour: migrations, the newer-schema guard, info, read-only SQL.

mod common;

use common::{stdout, Archive};
use predicates::prelude::*;

#[test]
fn migrate_list_shows_applied_migrations() {
    let a = Archive::new();
    a.import_samples();
    let out = a
        .cmd(&["migrate", "--list", "--format", "csv"])
        .output()
        .unwrap();
    let text = stdout(&out);
    assert!(text.starts_with("version,name,state,applied_on"), "{text}");
    assert!(text.contains("1,archive,applied,"), "{text}");
    assert!(!text.contains("pending"));
}

#[test]
fn an_archive_from_a_newer_marsad_is_refused_untouched() {
    let a = Archive::new();
    a.import_samples();
    {
        let c = rusqlite::Connection::open(&a.db).unwrap();
        c.execute(
            "INSERT INTO refinery_schema_history (version, name, applied_on, checksum) VALUES (999, 'future', '2030-01-01', '0')",
            [],
        )
        .unwrap();
    }
    for args in [
        &["info"][..],
        &["import", common::samples().to_str().unwrap()][..],
        &["search", "باريس"][..],
    ] {
        a.cmd(args)
            .assert()
            .failure()
            .stderr(predicate::str::contains(
                "schema version 999, newer than this marsad knows",
            ));
    }
}

#[test]
fn reading_commands_need_an_existing_archive() {
    let a = Archive::new();
    a.cmd(&["search", "باريس"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("no archive at"));
    assert!(!a.db.exists(), "a read must not create the archive");
}

#[test]
fn info_counts_rows() {
    let a = Archive::new();
    a.import_samples();
    let out = a.cmd(&["info", "--format", "json"]).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let get = |k: &str| {
        v.as_array()
            .unwrap()
            .iter()
            .find(|r| r["key"] == k)
            .unwrap()["value"]
            .clone()
    };
    assert_eq!(get("rows.articles"), 5);
    assert_eq!(get("schema_version"), 3);
    assert!(get("sqlite_version").as_str().unwrap().starts_with("3."));
}

#[test]
fn sql_is_read_only_and_binds_parameters() {
    let a = Archive::new();
    a.import_samples();
    for (sql, what) in [
        ("DELETE FROM articles", "DELETE from articles"),
        ("UPDATE articles SET title = 'x'", "UPDATE of articles"),
        (
            "INSERT INTO outlets (name) VALUES ('x')",
            "INSERT into outlets",
        ),
        ("DROP TABLE articles", "is refused"),
        ("SELECT 1; DELETE FROM articles", "DELETE from articles"),
        ("PRAGMA journal_mode = DELETE", "PRAGMA journal_mode"),
        ("ATTACH DATABASE 'x.db' AS x", "is refused"),
        ("SELECT load_extension('x')", "load_extension"),
    ] {
        a.cmd(&["sql", sql])
            .assert()
            .failure()
            .stderr(predicate::str::contains(what));
    }
    assert_eq!(a.count("articles"), 5);
    let rows = a.sql("SELECT count(*) FROM articles WHERE id <= 3");
    assert_eq!(rows, vec!["3"]);
    let out = a
        .cmd(&[
            "sql",
            "SELECT :n + 1 AS x",
            "--param",
            "n=41",
            "--format",
            "csv",
        ])
        .output()
        .unwrap();
    assert_eq!(stdout(&out), "x\r\n42\r\n");
    a.cmd(&["sql", "SELECT :n"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("--param n=VALUE"));
    a.cmd(&["sql", "SELECT nonsense FROM nowhere"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("no such table: nowhere"));
}

#[test]
fn runaway_sql_stops_at_the_timeout() {
    let a = Archive::new();
    a.import_samples();
    let sql =
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c";
    a.cmd(&["sql", sql, "--timeout", "0.5"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("longer than --timeout"));
}
