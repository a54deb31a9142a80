//! Curation commands through the binary: add, alias, merge, show; lookups by any alias.

mod common;

use common::{stdout, Archive};
use predicates::prelude::*;

#[test]
fn add_alias_merge_show() {
    let a = Archive::new();
    a.import_samples();
    let out = a
        .cmd(&[
            "entity",
            "add",
            "--kind",
            "person",
            "--ar",
            "كريم حداد",
            "--en",
            "Karim Haddad",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let id: i64 = stdout(&out).trim().parse().unwrap();
    a.cmd(&["entity", "alias", "Karim Haddad", "حداد"])
        .assert()
        .success();
    // Any spelling of any alias finds it.
    a.cmd(&["entity", "show", "كَريم حداد", "--format", "csv"])
        .assert()
        .success()
        .stdout(predicate::str::contains(format!("id,{id}")))
        .stdout(predicate::str::contains("alias (name),حداد"));
    let dup = a
        .cmd(&["entity", "add", "--kind", "person", "--en", "K. Haddad"])
        .output()
        .unwrap();
    let dup_id: i64 = stdout(&dup).trim().parse().unwrap();
    a.cmd(&["entity", "merge", "K. Haddad", "Karim Haddad"])
        .assert()
        .success();
    assert_eq!(
        a.sql(&format!(
            "SELECT count(*) FROM entities WHERE id = {dup_id}"
        )),
        vec!["0"]
    );
    assert_eq!(
        a.sql(&format!(
            "SELECT count(*) FROM entity_aliases WHERE entity_id = {id}"
        )),
        vec!["4"]
    );
    a.cmd(&["entity", "add", "--kind", "planet", "--en", "Mars"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("unknown kind"));
    a.cmd(&["entity", "show", "Karim Haddar"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("did you mean"));
    a.cmd(&["event", "show", "9999"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("no event with id 9999"));
}

#[test]
fn merging_keeps_every_role_the_entity_had() {
    let a = Archive::new();
    a.import_samples();
    let count = |sql: &str| -> i64 { a.sql(sql)[0].parse().unwrap() };
    let dermer = "(SELECT id FROM entities WHERE key = 'ron-dermer')";
    let mentions = count(&format!(
        "SELECT count(*) FROM mentions WHERE entity_id = {dermer}"
    ));
    let reports = count(&format!(
        "SELECT count(*) FROM report_participants WHERE entity_id = {dermer}"
    ));
    let events = count(&format!(
        "SELECT count(*) FROM event_participants WHERE entity_id = {dermer}"
    ));
    assert!(mentions > 0 && reports > 0 && events > 0);
    let out = a
        .cmd(&["entity", "add", "--kind", "person", "--en", "R. Dermer"])
        .output()
        .unwrap();
    let id: i64 = stdout(&out).trim().parse().unwrap();
    a.cmd(&["entity", "merge", "Ron Dermer", "R. Dermer"])
        .assert()
        .success();
    assert_eq!(
        count(&format!(
            "SELECT count(*) FROM mentions WHERE entity_id = {id}"
        )),
        mentions
    );
    assert_eq!(
        count(&format!(
            "SELECT count(*) FROM report_participants WHERE entity_id = {id}"
        )),
        reports
    );
    // Re-clustering rebuilds events from the reports: the merged entity must still take part.
    a.cmd(&["extract"]).assert().success();
    assert_eq!(
        count(&format!(
            "SELECT count(*) FROM event_participants WHERE entity_id = {id}"
        )),
        events
    );
    a.cmd(&["check"]).assert().success();
}

/// entity_months (what top-entities reads) against a recount from the mentions themselves.
fn monthly_counts_agree(a: &Archive) {
    let kept = a.sql("SELECT entity_id, month, articles, mentions FROM entity_months WHERE articles > 0 ORDER BY 1, 2");
    let recount = a.sql(
        "SELECT m.entity_id, COALESCE(substr(a.published_at, 1, 7), ''), count(DISTINCT m.article_id), sum(m.n) \
         FROM mentions m JOIN articles a ON a.id = m.article_id GROUP BY 1, 2 ORDER BY 1, 2",
    );
    assert!(!recount.is_empty());
    assert_eq!(kept, recount);
}

#[test]
fn mention_counts_stay_right_through_import_merge_and_extract() {
    let a = Archive::new();
    a.import_samples();
    let dated = a.write(
        "dated.jsonl",
        "{\"url\":\"u1\",\"title\":\"باريس\",\"body\":\"التقى الشيباني ديرمر في باريس. وقال الشيباني إن باريس\",\"published_at\":\"2025-08-02\"}\n",
    );
    a.cmd(&["import", "-q", dated.to_str().unwrap()])
        .assert()
        .success();
    monthly_counts_agree(&a);
    let paris_august = a.sql("SELECT e.articles FROM entity_months e JOIN entities x ON x.id = e.entity_id WHERE x.key = 'paris' AND e.month = '2025-08'");
    assert_eq!(paris_august, vec!["1"]);
    // Merging two entities named in the same article must count that article once.
    a.cmd(&["entity", "merge", "Paris", "Syria"])
        .assert()
        .success();
    monthly_counts_agree(&a);
    a.cmd(&["extract"]).assert().success();
    monthly_counts_agree(&a);
}

#[test]
fn a_curated_item_with_an_unknown_kind_is_skipped_and_reported() {
    // It used to become a person (or a meeting) without a word.
    let a = Archive::new();
    let rec = serde_json::json!({
        "title": "لقاء", "body": "التقى كريم حداد نظيره في جنيف.",
        "entities": [{"name": "كريم حداد", "kind": "persn"}],
        "events": [{"kind": "summitt", "status": "held", "place": "جنيف"}]
    });
    let f = a.write("curated.jsonl", rec.to_string());
    let out = a.cmd(&["import", f.to_str().unwrap()]).output().unwrap();
    assert!(out.status.success(), "{}", common::stderr(&out));
    let err = common::stderr(&out);
    assert!(
        err.contains("curated entities[0] skipped: unknown entity kind 'persn'"),
        "{err}"
    );
    assert!(
        err.contains("curated events[0] skipped: unknown event kind 'summitt'"),
        "{err}"
    );
    assert_eq!(
        a.sql("SELECT count(*) FROM entities WHERE source = 'curated'"),
        vec!["0"]
    );
    assert_eq!(
        a.sql("SELECT count(*) FROM events WHERE curated = 1"),
        vec!["0"]
    );
}

/// `entity show` counts mentions (occurrences), not the one row a mention has per article and
/// field: on the samples Tom Barrack is named 8 times in 5 articles.
#[test]
fn entity_show_counts_occurrences() {
    let a = Archive::new();
    a.import_samples();
    let want = a.sql("SELECT sum(n), count(DISTINCT article_id), count(*) FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE e.key = 'tom-barrack'");
    let (n, articles, rows) = match want[0].split(',').collect::<Vec<_>>()[..] {
        [n, a, r] => (n.to_string(), a.to_string(), r.to_string()),
        _ => panic!("{want:?}"),
    };
    assert_ne!(n, rows, "the samples no longer tell occurrences from rows");
    let out = a
        .cmd(&["entity", "show", "Tom Barrack", "--format", "csv"])
        .output()
        .unwrap();
    let text = stdout(&out);
    assert!(text.contains(&format!("mentions,{n}\r\n")), "{text}");
    assert!(text.contains(&format!("articles,{articles}\r\n")), "{text}");
}
