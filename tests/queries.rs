//! Every canned query and `meetings` on the five sample articles, checking the rows themselves.

mod common;

use common::{stdout, Archive};
use predicates::prelude::*;

fn samples() -> Archive {
    let a = Archive::new();
    a.import_samples();
    a
}

/// Rows of a command's CSV output (header dropped).
fn rows(a: &Archive, args: &[&str]) -> Vec<String> {
    let mut all: Vec<&str> = args.to_vec();
    all.extend_from_slice(&["--format", "csv"]);
    let out = a.cmd(&all).output().unwrap();
    assert!(out.status.success(), "{args:?}: {}", common::stderr(&out));
    stdout(&out)
        .split("\r\n")
        .skip(1)
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect()
}

fn paris_july(a: &Archive) -> String {
    a.sql("SELECT e.id FROM events e JOIN entities p ON p.id = e.place_entity_id WHERE p.key = 'paris' AND e.date_start = '2025-07-24'")
        .pop()
        .expect("the Paris meeting of 24 July is one dated event")
}

#[test]
fn meetings_lists_the_reconciled_events_with_the_fixed_header() {
    let a = samples();
    let out = a.cmd(&["meetings", "--format", "csv"]).output().unwrap();
    let text = stdout(&out);
    assert!(text.starts_with(
        "event_id,date,precision,place,participants,mediator,status,reports,outlets,conflict\r\n"
    ));
    let id = paris_july(&a);
    let paris: Vec<String> = rows(&a, &["meetings", "--place", "Paris"]);
    let july = paris
        .iter()
        .find(|r| r.starts_with(&format!("{id},")))
        .unwrap();
    assert!(
        july.starts_with(&format!(
            "{id},2025-07-24,day,Paris,Asaad al-Shaibani; Ron Dermer,"
        )),
        "{july}"
    );
    assert!(
        july.contains("Tom Barrack") && july.contains(",held,4,"),
        "{july}"
    );
    // Arabic and English names of the place are the same filter.
    assert_eq!(rows(&a, &["meetings", "--place", "باريس"]), paris);
    assert_eq!(
        paris.len(),
        2,
        "July and August meetings in Paris are separate events: {paris:?}"
    );
    // Date filters overlap the event's range; undated events drop out.
    let july_only = rows(&a, &["meetings", "--from", "2025-07", "--to", "2025-07-31"]);
    assert_eq!(july_only.len(), 1, "{july_only:?}");
    assert!(july_only[0].starts_with(&format!("{id},")));
    // Participant, mediator and status filters.
    let dermer = rows(&a, &["meetings", "--participant", "رون ديرمر"]);
    assert!(
        dermer.len() >= 3 && dermer.iter().all(|r| r.contains("Ron Dermer")),
        "{dermer:?}"
    );
    let barrack = rows(&a, &["meetings", "--mediator", "Tom Barrack"]);
    assert!(
        barrack.iter().any(|r| r.starts_with(&format!("{id},")))
            && barrack.iter().all(|r| r.contains("Tom Barrack"))
    );
    let planned = rows(&a, &["meetings", "--status", "planned"]);
    assert!(!planned.is_empty() && planned.iter().all(|r| r.contains(",planned,")));
    a.cmd(&["meetings", "--place", "Atlantis"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("no entity named «Atlantis»"));
}

#[test]
fn meetings_by_place_and_by_date() {
    let a = samples();
    let baku = rows(&a, &["query", "meetings-by-place", "--place", "Baku"]);
    assert!(baku.len() >= 2, "{baku:?}");
    assert!(
        baku.iter().any(|r| r.contains(",planned,")) && baku.iter().any(|r| r.contains(",held,")),
        "{baku:?}"
    );
    let held = rows(
        &a,
        &[
            "query",
            "meetings-by-place",
            "--place",
            "باكو",
            "--status",
            "held",
        ],
    );
    assert!(held.iter().all(|r| r.contains(",held,")) && held.len() < baku.len());
    // A value outside the vocabulary is refused with the reason, not answered with no rows.
    for (args, reason) in [
        (
            &[
                "query",
                "meetings-by-place",
                "--place",
                "Baku",
                "--status",
                "planed",
            ][..],
            "status: planned, held, ongoing or unknown, not «planed»",
        ),
        (
            &["query", "top-entities", "--kind", "people"][..],
            "kind: person, org, place, country or outlet, not «people»",
        ),
    ] {
        let out = a.cmd(args).output().unwrap();
        assert!(!out.status.success());
        assert_eq!(common::stderr(&out).trim(), format!("marsad: {reason}"));
    }
    // Every status can be asked for, `unknown` (the text did not say) included.
    a.cmd(&["meetings", "--status", "unknown"])
        .assert()
        .success();
    let by_date = rows(&a, &["query", "meetings-by-date", "--from", "2025-07"]);
    assert_eq!(by_date.len(), 1);
    assert!(
        by_date[0].starts_with(&format!("{},2025-07-24,day,Paris,held,4", paris_july(&a))),
        "{by_date:?}"
    );
    assert!(rows(
        &a,
        &[
            "query",
            "meetings-by-date",
            "--from",
            "2024",
            "--to",
            "2024"
        ]
    )
    .is_empty());
}

#[test]
fn timeline_pairs_and_entity_timeline() {
    let a = samples();
    let timeline = rows(&a, &["query", "meeting-timeline"]);
    assert!(
        timeline.contains(&"2025-07,Paris,1,1,0".to_string()),
        "{timeline:?}"
    );
    let pairs = rows(&a, &["query", "who-meets-whom"]);
    let top = &pairs[0];
    assert!(
        top.starts_with("Asaad al-Shaibani,Ron Dermer,")
            || top.starts_with("Ron Dermer,Asaad al-Shaibani,"),
        "{pairs:?}"
    );
    let n: i64 = top.split(',').nth(2).unwrap().parse().unwrap();
    assert!(n >= 3, "Paris, Baku and London at least: {top}");
    let with_clinton = rows(
        &a,
        &["query", "who-meets-whom", "--entity", "Farouk al-Sharaa"],
    );
    assert!(
        with_clinton.iter().all(|r| r.contains("Farouk al-Sharaa")) && !with_clinton.is_empty()
    );
    let dermer = rows(&a, &["query", "entity-timeline", "--entity", "ديرمر"]);
    assert!(
        dermer
            .iter()
            .any(|r| r.contains(",meeting,participant,held in Paris,")),
        "{dermer:?}"
    );
    assert!(dermer.iter().any(|r| r.contains(",mention,")));
}

#[test]
fn mediators_and_event_sources() {
    let a = samples();
    let id = paris_july(&a);
    let med = rows(&a, &["query", "mediators", "--mediator", "Tom Barrack"]);
    assert!(
        med.iter().any(|r| r.starts_with("Tom Barrack,mediator,")
            && r.contains(&format!(",{id},2025-07-24,Paris,"))),
        "{med:?}"
    );
    let sources = rows(&a, &["query", "event-sources", "--event", &id]);
    let articles: std::collections::BTreeSet<&str> = sources
        .iter()
        .map(|r| r.split(',').nth(1).unwrap())
        .collect();
    assert_eq!(articles.len(), 4, "four different articles report it");
    // Every attribution in the reports' sentences is a row, not only the one nearest the meeting.
    assert!(sources.len() > 8, "{sources:?}");
    assert!(
        sources.iter().any(|r| r.contains("France 24")),
        "{sources:?}"
    );
    assert!(
        sources.iter().any(|r| r.contains(",Axios,outlet,")),
        "{sources:?}"
    );
    // The share says how many attributions it rests on: all of them, each once.
    let rests_on: std::collections::BTreeSet<&str> = sources
        .iter()
        .map(|r| r.rsplit(',').next().unwrap())
        .collect();
    assert_eq!(rests_on.len(), 1, "one share per event: {sources:?}");
    let n: usize = rests_on.into_iter().next().unwrap().parse().unwrap();
    let attributed = sources
        .iter()
        .filter(|r| r.split(',').nth(7).is_some_and(|t| !t.is_empty()))
        .count();
    assert_eq!(n, attributed, "{sources:?}");
}

#[test]
fn corroboration_counts_a_republication_once() {
    let a = samples();
    let id = paris_july(&a);
    let c = rows(&a, &["query", "corroboration", "--min_sources", "2"]);
    let row = c
        .iter()
        .find(|r| r.starts_with(&format!("{id},")))
        .expect("Paris July is corroborated");
    // Four reports crediting France 24 (twice), Syria TV, Tom Barrack, the US envoy, Axios, the Syrian
    // delegation, unnamed sources and «السياسيون الإسرائيليون» (a collective by its plural nisba);
    // the samples have no outlet, and 002 republishes 000: three articles without an outlet,
    // counted as one publisher and said so.
    assert!(
        row.ends_with(",held,4,8,1,3,3 article(s) without an outlet: counted as one publisher"),
        "{row}"
    );
    assert!(rows(&a, &["query", "corroboration", "--min_sources", "9"])
        .iter()
        .all(|r| !r.starts_with(&format!("{id},"))));
    let rep = rows(&a, &["query", "republications"]);
    assert!(
        rep.iter()
            .any(|r| r.starts_with("3,") && r.contains(",republishes,1,")),
        "002 republishes 000: {rep:?}"
    );
    assert!(
        rep.iter()
            .any(|r| r.starts_with("4,") && r.contains("Sham News")),
        "003 names Sham News: {rep:?}"
    );
}

/// One meeting reported by several articles of `outlet` (None: no outlet field), one line of body each.
fn meeting_reports(outlet: Option<&str>, bodies: &[&str]) -> Archive {
    let a = Archive::new();
    let lines: String = bodies
        .iter()
        .enumerate()
        .map(|(k, b)| {
            let mut v = serde_json::json!({"url": format!("u{k}"), "title": format!("لقاء {k}"), "body": b,
                "published_at": "2025-07-25"});
            if let Some(o) = outlet {
                v["outlet"] = o.into();
            }
            format!("{v}\n")
        })
        .collect();
    let p = a.write("m.jsonl", &lines);
    a.cmd(&["import", p.to_str().unwrap()]).assert().success();
    a
}

#[test]
fn corroboration_counts_credited_sources_apart_from_publishers() {
    // A single-outlet archive: one publisher, but two different sources credited.
    let a = meeting_reports(
        Some("الميادين"),
        &[
            "وبحسب وكالة رويترز، التقى أسعد الشيباني رون ديرمر في باريس يوم الخميس.",
            "والتقى أسعد الشيباني رون ديرمر في باريس الخميس، وفقاً لمصدر دبلوماسي تحدث للقناة.",
        ],
    );
    let c = rows(&a, &["query", "corroboration", "--min_sources", "1"]);
    assert_eq!(c.len(), 1, "{c:?}");
    assert!(
        c[0].ends_with(",2,2,1,0,"),
        "2 reports, 2 credited sources, 1 publisher: {c:?}"
    );
    // Without an outlet field, copies of one site are not independent sources.
    let a = meeting_reports(
        None,
        &[
            "التقى أسعد الشيباني رون ديرمر في باريس يوم الخميس لبحث الوضع الأمني.",
            "التقى أسعد الشيباني رون ديرمر في باريس يوم الخميس لبحث الوضع في الجنوب.",
            "التقى أسعد الشيباني رون ديرمر في باريس يوم الخميس لبحث الملفات العالقة.",
        ],
    );
    let c = rows(&a, &["query", "corroboration", "--min_sources", "1"]);
    assert_eq!(c.len(), 1, "{c:?}");
    // (Two of the three are near-duplicates, so they are one article here.)
    assert!(
        c[0].contains(",held,3,1,1,")
            && c[0].ends_with("article(s) without an outlet: counted as one publisher"),
        "3 reports, 1 source, the articles without an outlet as one publisher: {c:?}"
    );
    assert!(rows(&a, &["query", "corroboration"]).is_empty());
}

#[test]
fn conflicting_claims_show_the_values_side_by_side() {
    let a = samples();
    let id = paris_july(&a);
    assert!(rows(&a, &["query", "conflicting-claims"])
        .iter()
        .all(|r| !r.starts_with(&format!("{id},"))));
    // One outlet now claims the Paris meeting was only planned: the query must surface both claims,
    // each once, with how many reports make it.
    {
        let c = rusqlite::Connection::open(&a.db).unwrap();
        c.execute(&format!("UPDATE event_reports SET status = 'planned' WHERE id = (SELECT min(id) FROM event_reports WHERE event_id = {id})"), [])
            .unwrap();
    }
    let conflict: Vec<String> = rows(&a, &["query", "conflicting-claims"])
        .into_iter()
        .filter(|r| r.starts_with(&format!("{id},")))
        .collect();
    let reports: usize = a.sql(&format!(
        "SELECT count(*) FROM event_reports WHERE event_id = {id}"
    ))[0]
        .parse()
        .unwrap();
    let claimed: Vec<(String, usize)> = conflict
        .iter()
        .map(|r| {
            let f: Vec<&str> = r.split(',').collect();
            (f[1].to_string(), f[4].parse().unwrap())
        })
        .collect();
    assert!(
        claimed.contains(&("planned".to_string(), 1)),
        "{conflict:?}"
    );
    assert!(claimed.iter().any(|c| c.0 == "held"), "{conflict:?}");
    assert_eq!(
        claimed.iter().map(|c| c.1).sum::<usize>(),
        reports,
        "every report in exactly one claim: {conflict:?}"
    );
    assert!(claimed.len() < reports, "claims are grouped: {conflict:?}");
}

#[test]
fn top_entities_and_outlet_activity() {
    let a = samples();
    let places = rows(
        &a,
        &["query", "top-entities", "--kind", "place", "--limit", "3"],
    );
    assert_eq!(places.len(), 3);
    assert!(
        places.iter().any(|r| r.starts_with("Paris,باريس,place,")),
        "{places:?}"
    );
    let people = rows(&a, &["query", "top-entities", "--kind", "person"]);
    assert!(
        people[0].starts_with("Asaad al-Shaibani,") || people[0].starts_with("Tom Barrack,"),
        "{people:?}"
    );
    let extra = a.write("afp.jsonl", "{\"url\":\"x\",\"title\":\"قمة في باريس\",\"body\":\"التقى الشيباني ديرمر في باريس.\",\"outlet\":\"AFP\",\"published_at\":\"2025-07-25\"}\n");
    a.cmd(&["import", extra.to_str().unwrap()])
        .assert()
        .success();
    let outlets = rows(&a, &["query", "outlet-activity"]);
    assert!(
        outlets
            .iter()
            .any(|r| r.starts_with("AFP,1,2025-07-25,2025-07-25,")),
        "{outlets:?}"
    );
}

#[test]
fn query_list_show_params_and_user_queries() {
    let a = samples();
    let list = rows(&a, &["query", "list"]);
    for q in [
        "meetings-by-place",
        "meetings-by-date",
        "meeting-timeline",
        "who-meets-whom",
        "entity-timeline",
        "mediators",
        "event-sources",
        "corroboration",
        "conflicting-claims",
        "top-entities",
        "outlet-activity",
        "republications",
    ] {
        assert!(
            list.iter().any(|r| r.starts_with(&format!("{q},"))),
            "{q} missing"
        );
    }
    a.cmd(&["query", "show", "corroboration"])
        .assert()
        .success()
        .stdout(predicate::str::contains("-- name: corroboration"));
    a.cmd(&["query", "meetings-by-place"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("needs --place"));
    a.cmd(&["query", "top-entities", "--limit", "many"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("whole number"));
    a.cmd(&["query", "top-entities", "--colour", "red"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("no parameter 'colour'"));
    // Parameters are bound, never pasted: an injection attempt is just an odd value, refused.
    a.cmd(&["query", "top-entities", "--kind", "x' OR 1=1 --"])
        .assert()
        .failure()
        .stderr("marsad: kind: person, org, place, country or outlet, not «x' OR 1=1 --»\n");
    // A user's own query from a directory, with the same header format.
    let dir = a.dir.path().join("q");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(
        dir.join("by-outlet.sql"),
        "-- name: per-kind\n-- description: Entities per kind.\n-- param: kind text \"A kind\" required\nSELECT count(*) AS n FROM entities WHERE kind = :kind\n",
    )
    .unwrap();
    let n = rows(
        &a,
        &[
            "query",
            "--queries",
            dir.to_str().unwrap(),
            "per-kind",
            "--param",
            "kind=outlet",
        ],
    );
    assert_eq!(n.len(), 1);
    assert!(n[0].parse::<i64>().unwrap() >= 30);
}

#[test]
fn extract_reruns_idempotently_and_the_gazetteer_grows() {
    let a = samples();
    let before = a.sql("SELECT count(*) FROM mentions UNION ALL SELECT count(*) FROM event_reports UNION ALL SELECT count(*) FROM events");
    a.cmd(&["extract"])
        .assert()
        .success()
        .stderr(predicate::str::contains("re-extracted 5 article(s)"));
    assert_eq!(a.sql("SELECT count(*) FROM mentions UNION ALL SELECT count(*) FROM event_reports UNION ALL SELECT count(*) FROM events"), before);
    // A new entity from CSV, then re-extraction finds it in the archived text.
    let csv = a.write(
        "g.csv",
        "key,kind,name_en,name_ar,aliases_ar,aliases_en\ndruze,org,Druze,الدروز,,\n",
    );
    a.cmd(&["gazetteer", "import", csv.to_str().unwrap()])
        .assert()
        .success();
    assert_eq!(a.sql("SELECT count(*) FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE e.key = 'druze'"), vec!["0"]);
    a.cmd(&["extract"]).assert().success();
    let n: i64 = a.sql("SELECT count(*) FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE e.key = 'druze'")[0].parse().unwrap();
    assert!(n >= 4, "الدروز occurs in four samples");
    let bad = a.write(
        "bad.csv",
        "key,kind,name_en,name_ar,aliases_ar,aliases_en\nx,planet,X,س,,\n",
    );
    a.cmd(&["gazetteer", "import", bad.to_str().unwrap()])
        .assert()
        .failure()
        .stderr(predicate::str::contains("bad.csv:2"));
}
