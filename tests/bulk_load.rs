//! The large-import path (`archive::bulk`): secondary indexes dropped for the load and built after
//! it. A kill -9 while they are built leaves an archive that opens and checks, and the next import
//! builds what is missing.

mod common;

use std::time::{Duration, Instant};

use common::Archive;

const TABLES: &[&str] = &[
    "articles",
    "mentions",
    "attributions",
    "event_reports",
    "report_participants",
    "article_relations",
    "article_minhash_bands",
];

fn indexes(a: &Archive) -> Vec<String> {
    a.sql("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name")
}

fn counts(a: &Archive) -> Vec<(String, i64)> {
    TABLES.iter().map(|t| (t.to_string(), a.count(t))).collect()
}

/// Indexes still waiting to be built (None before the import made the table or dropped any).
fn deferred(a: &Archive) -> Option<i64> {
    let c =
        rusqlite::Connection::open_with_flags(&a.db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .ok()?;
    c.busy_timeout(Duration::from_secs(5)).ok()?;
    c.query_row("SELECT count(*) FROM deferred_indexes", [], |r| r.get(0))
        .ok()
}

/// Start an import and kill it once it has built some of its deferred indexes but not all.
/// False when the import got past the build before it could be killed.
fn kill_during_index_build(a: &Archive, file: &std::path::Path) -> bool {
    let mut child = a.spawn_import(file);
    let start = Instant::now();
    let mut most = 0;
    loop {
        assert!(start.elapsed() < Duration::from_secs(300), "import hung");
        let n = deferred(a).unwrap_or(0);
        most = most.max(n);
        if most > 0 && n > 0 && n < most {
            child.kill().unwrap(); // SIGKILL
            child.wait().unwrap();
            return true;
        }
        if child.try_wait().unwrap().is_some() {
            return false;
        }
        std::thread::sleep(Duration::from_millis(1));
    }
}

#[test]
fn kill_9_during_the_index_build_leaves_an_archive_that_checks_and_completes() {
    let gen = Archive::new();
    let file = gen.dir.path().join("big.jsonl");
    common::generate_jsonl(3_000, &file);
    let clean = Archive::new();
    clean
        .cmd(&["import", "-q", file.to_str().unwrap()])
        .assert()
        .success();
    assert_eq!(deferred(&clean), Some(0), "every deferred index built");

    // The build is short: try a few fresh archives until one is killed in the middle of it.
    let a = (0..5)
        .map(|_| Archive::new())
        .find(|a| kill_during_index_build(a, &file))
        .expect("never killed during the index build");
    let missing = deferred(&a).unwrap();
    assert!(missing > 0, "indexes left to build");
    assert!(indexes(&a).len() < indexes(&clean).len());
    // Every article is written; the archive opens and is whole. What it lacks is the clustering
    // of the reports, and check says so.
    assert_eq!(a.count("articles"), 3_000);
    a.assert_only_clustering_pending();
    // The next import (here: nothing new) builds the missing indexes and clusters.
    a.cmd(&["import", "-q", file.to_str().unwrap()])
        .assert()
        .success();
    assert_eq!(deferred(&a), Some(0));
    assert_eq!(indexes(&a), indexes(&clean));
    assert_eq!(counts(&a), counts(&clean));
    assert_eq!(
        a.sql("SELECT count(*) FROM events"),
        clean.sql("SELECT count(*) FROM events")
    );
    a.cmd(&["check"]).assert().success();
}
