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
    assert!(text.contains("3,flat_views,applied,"), "{text}");
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
    assert_eq!(get("schema_version"), marsad::db::latest_known_version());
    // Small tables are counted exactly either way; --exact counts the large ones too.
    let exact = a
        .cmd(&["info", "--exact", "--format", "csv"])
        .output()
        .unwrap();
    let exact = stdout(&exact);
    for t in ["articles", "mentions", "report_participants"] {
        let want = format!("rows.{t},{}", a.count(t));
        assert!(exact.contains(&want), "{want} not in {exact}");
        assert_eq!(get(&format!("rows.{t}")), a.count(t));
    }
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

#[test]
fn an_archive_of_the_first_schema_upgrades_with_its_data() {
    let a = Archive::new();
    a.cmd(&["migrate", "--to", "1"]).assert().success();
    {
        // Fill it as the first schema allows, with marsad's own index keys.
        let c = rusqlite::Connection::open(&a.db).unwrap();
        let (title, body) = (
            "اجتماع في باريس",
            "التقى الشيباني ديرمر في العاصمة الفرنسية باريس",
        );
        c.execute(
            "INSERT INTO articles (title, body, content_hash, imported_at) VALUES (?1, ?2, 'h1', '2025-07-26')",
            [title, body],
        )
        .unwrap();
        c.execute(
            "INSERT INTO articles_fts (rowid, title, body) VALUES (1, ?1, ?2)",
            [
                marsad::arabic::index_text(title),
                marsad::arabic::index_text(body),
            ],
        )
        .unwrap();
        let v: i64 = c
            .query_row(
                "SELECT max(version) FROM refinery_schema_history",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(v, 1);
    }
    let out = a
        .cmd(&["search", "بباريس", "--format", "csv"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", common::stderr(&out));
    assert!(
        common::stderr(&out).contains("upgraded"),
        "{}",
        common::stderr(&out)
    );
    assert!(stdout(&out).contains("اجتماع في باريس"));
    assert_eq!(
        a.sql("SELECT max(version) FROM refinery_schema_history"),
        vec![marsad::db::latest_known_version().to_string()]
    );
    assert_eq!(
        a.sql("SELECT count(*) FROM events_flat"),
        vec!["0"],
        "views of later migrations exist"
    );
    a.cmd(&["check"]).assert().success();
}

#[test]
fn migration_5_folds_mentions_and_buckets_cluster_keys() {
    let a = Archive::new();
    // Rows as schema 3 wrote them: one mention row per occurrence, keys without a time bucket,
    // every report with an event of its own.
    a.at_schema(
        3,
        "INSERT INTO articles (id, title, body, published_at, published_precision, content_hash, imported_at)
           VALUES (1, 't', 'باريس ثم باريس', '2025-07-26', 'day', 'h1', '2025-07-27'),
                  (2, 't', 'لندن', NULL, 'unresolved', 'h2', '2025-07-27');
         INSERT INTO articles_fts (rowid, title, body) VALUES (1, 't', 'باريس ثم باريس'), (2, 't', 'لندن');
         INSERT INTO entities (id, kind, name_ar) VALUES (7, 'place', 'باريس'), (8, 'place', 'لندن');
         INSERT INTO mentions (article_id, entity_id, field, start, end, surface)
           VALUES (1, 7, 'body', 9, 14, 'باريس'), (1, 7, 'body', 0, 5, 'باريس'), (2, 8, 'body', 0, 4, 'لندن');
         INSERT INTO events (id, status) VALUES (1, 'held'), (2, 'held');
         INSERT INTO event_reports (event_id, article_id, status, trigger_text, start, end, place_entity_id, cluster_key)
           VALUES (1, 1, 'held', 'التقى', 0, 5, 7, 'place:7'), (2, 2, 'held', 'التقى', 0, 4, 8, 'place:8');
         INSERT INTO report_participants (report_id, entity_id, role) VALUES (1, 8, 'participant');",
    );
    a.cmd(&["migrate"]).assert().success();
    assert_eq!(
        a.sql("SELECT entity_id || ' ' || n || ' ' || replace(spans, ',', ';') || ' ' || surface FROM mentions ORDER BY article_id"),
        vec!["7 2 [[0;5];[9;14]] باريس", "8 1 [[0;4]] لندن"]
    );
    // The July article's undated report takes its publication month; the undated article's, '?'.
    assert_eq!(
        a.sql("SELECT cluster_key FROM event_reports ORDER BY id"),
        vec!["place:7@2025-07", "place:8@?"]
    );
    assert_eq!(
        a.sql("SELECT key FROM cluster_dirty ORDER BY key"),
        vec!["place:7@2025-07", "place:8@?"]
    );
    // Rebuilding event_reports must not cascade into the rows that reference it.
    assert_eq!(a.count("report_participants"), 1);
    // Reports may now wait for clustering without an event.
    let c = rusqlite::Connection::open(&a.db).unwrap();
    let not_null: bool = c
        .query_row(
            "SELECT \"notnull\" FROM pragma_table_info('event_reports') WHERE name = 'event_id'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(!not_null);
    a.cmd(&["check"]).assert().success();
}

#[test]
fn migration_6_gives_reports_their_articles_content_key() {
    let a = Archive::new();
    let hash = "0a1b2c3d4e5f6789ffeeddccbbaa99887766554433221100aabbccddeeff0011";
    a.at_schema(
        5,
        &format!(
            "INSERT INTO articles (id, title, body, published_precision, content_hash, imported_at)
               VALUES (1, 't', 'باريس', 'unresolved', '{hash}', '2025-07-27');
             INSERT INTO event_reports (article_id, status, trigger_text, start, end, cluster_key, curated)
               VALUES (1, 'held', 'التقى', 0, 5, 'place:7@?', 0), (1, 'held', 'التقى', 0, 5, NULL, 1);"
        ),
    );
    a.cmd(&["migrate"]).assert().success();
    // The migration's key is the importer's, byte for byte; curated reports are never clustered.
    let expected: String = marsad::archive::content_key(hash)
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect();
    assert_eq!(expected, "0A1B2C3D4E5F6789");
    assert_eq!(
        a.sql("SELECT quote(content_key) FROM event_reports ORDER BY id"),
        vec![format!("X'{expected}'"), "NULL".to_string()]
    );
    // And an import writes the same key the migration computes.
    let a = Archive::new();
    a.import_samples();
    assert_eq!(
        a.sql(
            "SELECT count(*) FROM event_reports r JOIN articles a ON a.id = r.article_id \
             WHERE r.curated = 0 AND r.content_key IS NOT unhex(substr(a.content_hash, 1, 16))"
        ),
        vec!["0"]
    );
    assert!(a.count("event_reports") > 5, "the samples have reports");
}

#[test]
fn migration_9_types_the_sources_of_earlier_attributions() {
    let a = Archive::new();
    a.at_schema(
        6,
        "INSERT INTO entities (id, key, kind, name_en) VALUES (900, 'wire', 'outlet', 'Wire'), (901, 'envoy', 'person', 'Envoy');
         INSERT INTO articles (id, title, body, published_precision, content_hash, imported_at)
           VALUES (1, 't', 'قال المبعوث', 'unresolved', 'ab', '2025-07-27');
         INSERT INTO attributions (article_id, start, end, cue, cue_text, source_entity_id, anonymous)
           VALUES (1, 0, 3, 'قال', 'قال', 900, 0), (1, 0, 3, 'قال', 'قال', 901, 0), (1, 0, 3, 'قال', 'قال', NULL, 1);",
    );
    a.cmd(&["migrate"]).assert().success();
    assert_eq!(
        a.sql("SELECT coalesce(source_type, '-') || ',' || self_reported FROM attributions ORDER BY id"),
        vec!["\"outlet,0\"", "\"person,0\"", "\"-,0\""]
    );
    assert_eq!(
        a.sql("SELECT count(*) FROM attributions_flat WHERE source_type IS NOT NULL AND self_reported = 0"),
        vec!["2"]
    );
}

#[test]
fn the_archive_reads_in_an_older_stock_sqlite() {
    // Python's sqlite3 module is the SQLite that Datasette and most notebooks use; on this machine it is
    // older than the bundled one, which is the point.
    let Ok(py) = which_python() else {
        eprintln!("python3 not found: the stock-SQLite readability check needs it");
        return;
    };
    let a = Archive::new();
    a.import_samples();
    let script = format!(
        "import sqlite3; c = sqlite3.connect('file:{}?mode=ro', uri=True); \
         print(sqlite3.sqlite_version); \
         print(c.execute(\"SELECT count(*) FROM articles a JOIN articles_fts f ON f.rowid = a.id WHERE articles_fts MATCH 'باكو'\").fetchone()[0]); \
         print(c.execute('SELECT count(*) FROM events_flat').fetchone()[0])",
        a.db.display()
    );
    let out = std::process::Command::new(py)
        .args(["-c", &script])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let lines: Vec<&str> = text.lines().collect();
    let events = a.count("events").to_string();
    assert!(events != "0", "the samples report meetings");
    assert_eq!(
        &lines[1..],
        ["3", events.as_str()],
        "SQLite {} could not read the archive",
        lines[0]
    );
}

fn which_python() -> Result<&'static str, ()> {
    std::process::Command::new("python3")
        .arg("--version")
        .output()
        .map(|_| "python3")
        .map_err(|_| ())
}

#[test]
fn check_and_backup() {
    let a = Archive::new();
    a.import_samples();
    a.cmd(&["check", "--format", "csv"])
        .assert()
        .success()
        .stdout(predicate::str::contains("integrity_check,ok,ok"));
    let copy = a.dir.path().join("copy.db");
    a.cmd(&["backup", copy.to_str().unwrap()])
        .assert()
        .success();
    a.cmd(&["backup", copy.to_str().unwrap()])
        .assert()
        .failure()
        .stderr(predicate::str::contains("--force"));
    let mut c = assert_cmd::Command::cargo_bin("marsad").unwrap();
    let out = c
        .arg("--db")
        .arg(&copy)
        .args([
            "sql",
            "SELECT id, title, content_hash FROM articles ORDER BY id",
            "--format",
            "csv",
        ])
        .output()
        .unwrap();
    let original = a
        .cmd(&[
            "sql",
            "SELECT id, title, content_hash FROM articles ORDER BY id",
            "--format",
            "csv",
        ])
        .output()
        .unwrap();
    assert_eq!(out.stdout, original.stdout);
    // Break the archive behind marsad's back: check must notice and fail.
    {
        let c = rusqlite::Connection::open(&a.db).unwrap();
        c.execute("INSERT INTO articles (title, body, content_hash, imported_at) VALUES ('x', 'y', 'z', 'now')", []).unwrap();
    }
    a.cmd(&["check", "--format", "csv"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "articles without a search-index row,FAIL,1",
        ));
}

#[test]
fn a_migration_that_leaves_broken_references_is_reported() {
    let a = Archive::new();
    // A mention of an article that does not exist, written with foreign keys off (as another tool
    // might): migration V5 copies it, and the check after the migrations must say so.
    a.at_schema(
        3,
        "PRAGMA foreign_keys = OFF;
         INSERT INTO entities (id, kind, name_ar) VALUES (7, 'place', 'باريس');
         INSERT INTO mentions (article_id, entity_id, field, start, end, surface) VALUES (99, 7, 'body', 0, 5, 'باريس');",
    );
    a.cmd(&["migrate"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("references are broken"));
}
