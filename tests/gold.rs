//! Extraction measured against the hand annotation of the five sample articles
//! (tests/data/gold_seeds.json), on archives built by `marsad import`'s own entry point
//! (`ingest::run`: migrations, content hash, search-index rows, the writer). Prints the figures
//! and asserts exactly what the README states (a change of a figure must change the README).
//!
//! Entity metric (micro-averaged over the five articles, entity level, title + body):
//! - recall = |found ∩ must_find| / |must_find|;
//! - a false positive is a gold-universe entity reported for an article that is not in its
//!   must_find list AND none of whose annotated forms occurs in the article (normalised text):
//!   an entity that is really named there but that the annotator did not require (Syria in 000)
//!   is not counted either way. The strict figure (every extra universe entity is a false
//!   positive) is printed too;
//! - every must_not_find entity found is a failure.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use marsad::arabic;
use marsad::archive::gazetteer;
use marsad::db::{self, Mode};
use marsad::extract::{self, ArticleView};
use marsad::ingest::{self, Defaults, ImportOptions};
use rusqlite::Connection;
use serde_json::Value;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// A fresh archive through marsad's own migrations, without the default gazetteer (the tests that
/// need it seed it, as `db::open` does for a new archive).
fn open_unseeded(path: &Path) -> Connection {
    db::open_write_to(path, Some(db::latest_known_version())).unwrap()
}

fn gold() -> Value {
    let text = std::fs::read_to_string(Path::new(ROOT).join("tests/data/gold_seeds.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

struct Sample {
    file: String,
    path: PathBuf,
    /// As archived (set by `setup`).
    title: String,
    body: String,
}

fn samples() -> Vec<Sample> {
    let dir = Path::new(ROOT).join("examples/articles");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|file| {
            let text = std::fs::read_to_string(dir.join(&file)).unwrap();
            let text = text.trim_start();
            let (title, body) = text.split_once('\n').unwrap_or((text, ""));
            Sample {
                path: dir.join(&file),
                file,
                title: title.trim().to_string(),
                body: body.trim().to_string(),
            }
        })
        .collect()
}

/// `marsad import --strict --quiet`.
fn import_options() -> ImportOptions {
    ImportOptions {
        format: None,
        defaults: Defaults::default(),
        strict: true,
        max_record: 64 << 20,
        extract: true,
        quiet: true,
        delimiter: None,
    }
}

/// Imports the samples in the given order with `marsad import`'s own entry point (one import per
/// file, as `marsad import 004.txt; marsad import 001.txt; ...` would); returns file name → id.
fn import(conn: &mut Connection, samples: &[&Sample]) -> BTreeMap<String, i64> {
    let opts = import_options();
    for s in samples {
        let summary = ingest::run(conn, std::slice::from_ref(&s.path), &opts).unwrap();
        assert_eq!(summary.imported, 1, "{}", s.file);
    }
    let mut st = conn
        .prepare("SELECT origin_file, id FROM articles")
        .unwrap();
    st.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))
        .unwrap()
        .map(|r| {
            let (path, id) = r.unwrap();
            (path.rsplit('/').next().unwrap().to_string(), id)
        })
        .collect()
}

fn setup(
    order: &[usize],
) -> (
    tempfile::TempDir,
    Connection,
    BTreeMap<String, i64>,
    Vec<Sample>,
) {
    let dir = tempfile::tempdir().unwrap();
    let mut conn = db::open(&dir.path().join("a.db"), Mode::Write).unwrap();
    let mut all = samples();
    let ordered: Vec<&Sample> = order.iter().map(|&i| &all[i]).collect();
    let ids = import(&mut conn, &ordered);
    for s in &mut all {
        (s.title, s.body) = conn
            .query_row(
                "SELECT title, body FROM articles WHERE id = ?1",
                [ids[&s.file]],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
    }
    (dir, conn, ids, all)
}

fn key_of(conn: &Connection, id: Option<i64>) -> Option<String> {
    id.and_then(|id| {
        conn.query_row("SELECT key FROM entities WHERE id = ?1", [id], |r| r.get(0))
            .ok()
            .flatten()
    })
}

fn char_span(hay: &str, needle: &str) -> Option<(usize, usize)> {
    let b = hay.find(needle)?;
    let s = hay[..b].chars().count();
    Some((s, s + needle.chars().count()))
}

#[derive(Debug, Clone)]
struct Report {
    id: i64,
    event: i64,
    status: String,
    place: Option<String>,
    date_text: Option<String>,
}

fn reports(conn: &Connection, article: i64) -> Vec<Report> {
    let mut st = conn
        .prepare(
            "SELECT r.id, r.event_id, r.status, e.key, r.date_text FROM event_reports r \
             LEFT JOIN entities e ON e.id = r.place_entity_id WHERE r.article_id = ?1 ORDER BY r.start",
        )
        .unwrap();
    st.query_map([article], |r| {
        Ok(Report {
            id: r.get(0)?,
            event: r.get(1)?,
            status: r.get(2)?,
            place: r.get(3)?,
            date_text: r.get(4)?,
        })
    })
    .unwrap()
    .map(Result::unwrap)
    .collect()
}

fn overlaps_text(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => {
            let (a, b) = (arabic::normalize(a), arabic::normalize(b));
            a.contains(&b) || b.contains(&a)
        }
        _ => false,
    }
}

/// My report for a gold meeting: same place and status (several: the one whose date text matches).
fn match_meeting<'r>(rs: &'r [Report], m: &Value) -> Option<&'r Report> {
    let place = m["place"].as_str();
    let status = m["status"].as_str().unwrap();
    let cands: Vec<&Report> = rs
        .iter()
        .filter(|r| r.place.as_deref() == place && r.status == status)
        .collect();
    let date = m["date_text"].as_str();
    cands
        .iter()
        .find(|r| overlaps_text(r.date_text.as_deref(), date))
        .or(cands.first())
        .copied()
}

#[test]
fn gold_targets() {
    let (_dir, conn, ids, samples) = setup(&[0, 1, 2, 3, 4]);
    let gold = gold();
    let universe = gold["entities"].as_object().unwrap();

    // --- Entities
    let (mut tp, mut fn_, mut fp, mut fp_strict) = (0, 0, 0, 0);
    let mut violations = Vec::new();
    for s in &samples {
        let a = &gold["articles"][&s.file];
        let id = ids[&s.file];
        let found: BTreeSet<String> = conn
            .prepare("SELECT DISTINCT e.key FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.article_id = ?1 AND e.key IS NOT NULL")
            .unwrap()
            .query_map([id], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        let must: BTreeSet<String> = a["must_find_entities"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect();
        let text = arabic::normalize(&format!("{}\n{}", s.title, s.body));
        for k in &must {
            if found.contains(k) {
                tp += 1;
            } else {
                fn_ += 1;
                println!("  missed entity {} in {}", k, s.file);
            }
        }
        for k in found
            .iter()
            .filter(|k| universe.contains_key(*k) && !must.contains(*k))
        {
            fp_strict += 1;
            let forms = universe[k]["forms"].as_array().unwrap();
            let present = forms
                .iter()
                .any(|f| text.contains(&arabic::normalize(f.as_str().unwrap())));
            if !present {
                fp += 1;
                println!("  false entity {} in {}", k, s.file);
            }
        }
        for v in a["must_not_find"].as_array().into_iter().flatten() {
            let k = v["entity"].as_str().unwrap();
            if found.contains(k) {
                violations.push(format!("{k} in {}", s.file));
            }
        }
    }
    let recall = tp as f64 / (tp + fn_) as f64;
    let precision = tp as f64 / (tp + fp) as f64;
    let strict = tp as f64 / (tp + fp_strict) as f64;
    println!(
        "entities: recall {recall:.3} ({tp}/{}), precision {precision:.3}, strict precision {strict:.3}, must_not_find hits {}",
        tp + fn_,
        violations.len()
    );

    // --- Attributions
    let (mut a_found, mut a_total, mut a_anon_ok) = (0, 0, 0);
    for s in &samples {
        let id = ids[&s.file];
        let mine: Vec<(i64, i64, Option<i64>, bool)> = conn
            .prepare("SELECT start, end, source_entity_id, anonymous FROM attributions WHERE article_id = ?1")
            .unwrap()
            .query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        for ga in gold["articles"][&s.file]["attributions"]
            .as_array()
            .unwrap()
        {
            a_total += 1;
            let cue = ga["cue"].as_str().unwrap();
            let (cs, ce) =
                char_span(&s.body, cue).unwrap_or_else(|| panic!("cue not in text: {cue}"));
            let want = ga["source"].as_str();
            let hit = mine.iter().find(|(st, en, src, _)| {
                (*st as usize) < ce && cs < (*en as usize) && key_of(&conn, *src).as_deref() == want
            });
            match hit {
                Some(h) => {
                    a_found += 1;
                    let anon = ga["via"].as_str().is_some_and(|v| v.contains("anonymous"));
                    if !anon || h.3 {
                        a_anon_ok += 1;
                    }
                }
                None => println!("  missed attribution «{cue}» ({want:?}) in {}", s.file),
            }
        }
    }
    println!("attributions: {a_found}/{a_total} with the right source ({a_anon_ok} also right on anonymity)");

    // --- Meetings
    let (mut m_found, mut m_total, mut extra) = (0, 0, 0);
    let mut matched: BTreeMap<(String, String), Report> = BTreeMap::new();
    for s in &samples {
        let rs = reports(&conn, ids[&s.file]);
        let mut used = BTreeSet::new();
        for m in gold["articles"][&s.file]["meetings"].as_array().unwrap() {
            m_total += 1;
            let r = match_meeting(&rs, m);
            let ok = match (m["place"].as_str(), r) {
                (Some(_), Some(r)) => {
                    used.insert(r.id);
                    matched.insert(
                        (s.file.clone(), m["ref"].as_str().unwrap().into()),
                        r.clone(),
                    );
                    true
                }
                (Some(_), None) => false,
                // Place null: right when found without a place, or not reported at all.
                (None, r) => {
                    if let Some(r) = r {
                        used.insert(r.id);
                    }
                    !rs.iter().any(|x| {
                        x.place.is_some()
                            && overlaps_text(x.date_text.as_deref(), m["date_text"].as_str())
                    })
                }
            };
            if ok {
                m_found += 1;
            } else {
                println!("  missed meeting {} in {}: have {:?}", m["ref"], s.file, rs);
            }
        }
        for r in rs.iter().filter(|r| !used.contains(&r.id)) {
            extra += 1;
            println!("  extra report in {}: {:?}", s.file, r);
        }
    }
    println!("meetings: {m_found}/{m_total} with the right place and status; {extra} reports beyond the gold ones");

    // --- Clusters
    let (exact, total, notes) = check_clusters(&conn, &gold, &ids, &matched);
    for n in &notes {
        println!("  {n}");
    }
    println!("clusters: {exact}/{total} exact");

    // --- Republication
    let rel: Option<(String, f64)> = conn
        .query_row(
            "SELECT relation, similarity FROM article_relations WHERE article_id = ?1 AND related_article_id = ?2",
            [ids["002_e7e80d04defee7a1.txt"], ids["000_e03c8767e8ec23d9.txt"]],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .ok();
    println!("republication 002→000: {rel:?}");
    let sham: Option<String> = conn
        .query_row(
            "SELECT e.key FROM article_relations r JOIN entities e ON e.id = r.original_entity_id \
             WHERE r.article_id = ?1 AND r.relation = 'republishes'",
            [ids["003_e276b6e33b78b88c.txt"]],
            |r| r.get(0),
        )
        .ok();
    let stray: i64 = conn
        .query_row(
            "SELECT count(*) FROM article_relations WHERE related_article_id IS NOT NULL",
            [],
            |r| r.get(0),
        )
        .unwrap();

    // Exactly what the README states.
    assert_eq!(
        (
            format!("{recall:.2}"),
            format!("{precision:.2}"),
            format!("{strict:.2}")
        ),
        ("1.00".into(), "1.00".into(), "0.83".into()),
        "entity recall, precision, strict precision"
    );
    assert!(violations.is_empty(), "must_not_find: {violations:?}");
    assert_eq!(
        (a_found, a_total),
        (24, 24),
        "attributions with the right source"
    );
    assert_eq!(
        (m_found, m_total),
        (15, 15),
        "meetings with the right place and status"
    );
    assert_eq!((exact, total), (8, 8), "clusters");
    assert_eq!(rel.as_ref().map(|r| r.0.as_str()), Some("republishes"));
    assert_eq!(stray, 1, "only 002→000 is a near-duplicate pair");
    assert_eq!(sham.as_deref(), Some("sham-news"));
}

/// Each gold cluster must be one event holding exactly the reports of its articles; a gold meeting
/// outside the clusters must not share its event with another article.
fn check_clusters(
    conn: &Connection,
    gold: &Value,
    ids: &BTreeMap<String, i64>,
    matched: &BTreeMap<(String, String), Report>,
) -> (usize, usize, Vec<String>) {
    let (mut exact, mut total, mut notes) = (0, 0, Vec::new());
    let event_articles = |event: i64| -> BTreeSet<i64> {
        conn.prepare("SELECT article_id FROM event_reports WHERE event_id = ?1")
            .unwrap()
            .query_map([event], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    let clusters = gold["clusters"].as_object().unwrap();
    for (name, c) in clusters {
        total += 1;
        let want: BTreeSet<i64> = c["articles"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| ids[a.as_str().unwrap()])
            .collect();
        let events: BTreeSet<Option<i64>> = c["articles"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| {
                matched
                    .get(&(a.as_str().unwrap().to_string(), name.clone()))
                    .map(|r| r.event)
            })
            .collect();
        let ok = match events.iter().collect::<Vec<_>>().as_slice() {
            [Some(e)] => {
                let got = event_articles(*e);
                let reports_per_article: i64 = conn
                    .query_row(
                        "SELECT max(n) FROM (SELECT count(*) AS n FROM event_reports WHERE event_id = ?1 GROUP BY article_id)",
                        [e],
                        |r| r.get(0),
                    )
                    .unwrap();
                let date_ok = match c["date"].as_str() {
                    Some(d) => {
                        conn.query_row("SELECT date_start FROM events WHERE id = ?1", [e], |r| {
                            r.get::<_, Option<String>>(0)
                        })
                        .unwrap()
                        .as_deref()
                            == Some(d)
                    }
                    None => true,
                };
                if got != want || reports_per_article != 1 || !date_ok {
                    notes.push(format!(
                        "cluster {name}: event {e} has articles {got:?} (want {want:?}), {reports_per_article} report(s) per article, date ok {date_ok}"
                    ));
                }
                got == want && reports_per_article == 1 && date_ok
            }
            other => {
                notes.push(format!(
                    "cluster {name}: reports spread over events {other:?}"
                ));
                false
            }
        };
        exact += ok as usize;
    }
    // Meetings outside the clusters stay with their own article (e.g. London, Washington).
    for ((file, r), rep) in matched {
        if clusters.contains_key(r) {
            continue;
        }
        total += 1;
        let got = event_articles(rep.event);
        if got == BTreeSet::from([ids[file]]) {
            exact += 1;
        } else {
            notes.push(format!(
                "meeting {r} of {file} shares event {} with {got:?}",
                rep.event
            ));
        }
    }
    (exact, total, notes)
}

/// Events as sets of (article file, report start), independent of ids.
fn cluster_shape(
    conn: &Connection,
    ids: &BTreeMap<String, i64>,
) -> BTreeSet<BTreeSet<(String, i64)>> {
    let by_id: BTreeMap<i64, String> = ids.iter().map(|(f, i)| (*i, f.clone())).collect();
    let mut events: BTreeMap<i64, BTreeSet<(String, i64)>> = BTreeMap::new();
    let mut st = conn
        .prepare("SELECT event_id, article_id, start FROM event_reports")
        .unwrap();
    for row in st
        .query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, i64>(2)?,
            ))
        })
        .unwrap()
    {
        let (e, a, s) = row.unwrap();
        events.entry(e).or_default().insert((by_id[&a].clone(), s));
    }
    events.into_values().collect()
}

#[test]
fn import_order_does_not_change_clusters() {
    let (_d1, c1, ids1, _) = setup(&[0, 1, 2, 3, 4]);
    let (_d2, c2, ids2, _) = setup(&[4, 3, 2, 1, 0]);
    let (_d3, c3, ids3, _) = setup(&[2, 4, 0, 3, 1]);
    let forward = cluster_shape(&c1, &ids1);
    assert!(
        forward.iter().any(|e| e.len() > 1),
        "some event has several reports"
    );
    assert_eq!(forward, cluster_shape(&c2, &ids2));
    assert_eq!(forward, cluster_shape(&c3, &ids3));
    // Republication direction does not depend on the order either.
    let rel = |c: &Connection, ids: &BTreeMap<String, i64>| -> (i64, i64) {
        let (a, b): (i64, i64) = c
            .query_row(
                "SELECT article_id, related_article_id FROM article_relations WHERE related_article_id IS NOT NULL",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        let num = |id: i64| -> i64 {
            let f = ids.iter().find(|(_, v)| **v == id).unwrap().0;
            f[..3].parse().unwrap()
        };
        (num(a), num(b))
    };
    assert_eq!(rel(&c1, &ids1), (2, 0));
    assert_eq!(rel(&c2, &ids2), (2, 0));
}

const DERIVED: [&str; 9] = [
    "SELECT * FROM mentions ORDER BY id",
    "SELECT * FROM attributions ORDER BY id",
    "SELECT * FROM events ORDER BY id",
    "SELECT * FROM event_reports ORDER BY id",
    "SELECT * FROM event_participants ORDER BY id",
    "SELECT * FROM report_participants ORDER BY report_id, entity_id, role",
    "SELECT * FROM article_relations ORDER BY id",
    "SELECT * FROM article_minhash ORDER BY article_id",
    "SELECT * FROM article_minhash_bands ORDER BY band, bucket, article_id",
];

fn dump(conn: &Connection) -> Vec<Vec<String>> {
    DERIVED
        .iter()
        .map(|sql| {
            let mut st = conn.prepare(sql).unwrap();
            let n = st.column_count();
            st.query_map([], |r| {
                Ok((0..n)
                    .map(|i| format!("{:?}", r.get_ref(i).unwrap()))
                    .collect::<Vec<_>>()
                    .join("|"))
            })
            .unwrap()
            .map(Result::unwrap)
            .collect()
        })
        .collect()
}

#[test]
fn rerun_is_idempotent_and_keeps_curated_rows() {
    let (_d, conn, ids, _) = setup(&[0, 1, 2, 3, 4]);
    let shape = cluster_shape(&conn, &ids);
    // A curated mention and event that rerun must keep.
    let a = ids["001_ec1bcb27e566de30.txt"];
    conn.execute(
        "INSERT INTO mentions (article_id, entity_id, field, n, spans, surface, curated) \
         SELECT ?1, id, 'body', 1, '[[0,5]]', 'curated', 1 FROM entities WHERE key = 'paris'",
        [a],
    )
    .unwrap();
    let s1 = marsad::archive::reextract(&conn, None, true).unwrap();
    let first = dump(&conn);
    let s2 = marsad::archive::reextract(&conn, None, true).unwrap();
    assert_eq!(s1, s2);
    assert_eq!(first, dump(&conn), "a second rerun changes nothing");
    assert_eq!(
        shape,
        cluster_shape(&conn, &ids),
        "rerun gives the import's events"
    );
    let curated: i64 = conn
        .query_row("SELECT count(*) FROM mentions WHERE curated = 1", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(curated, 1);
    // Rerunning one article leaves the archive as it was.
    marsad::archive::reextract(&conn, Some(&[ids["002_e7e80d04defee7a1.txt"]]), true).unwrap();
    assert_eq!(shape, cluster_shape(&conn, &ids));
    let orphans: i64 = conn
        .query_row(
            "SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM event_reports r WHERE r.event_id = e.id)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(orphans, 0);
}

#[test]
fn curated_annotations_are_written_and_survive_rerun() {
    let dir = tempfile::tempdir().unwrap();
    let mut conn = db::open(&dir.path().join("a.db"), Mode::Write).unwrap();
    let body = "قال الوسيط خالد المنصوري إن الاجتماع عقد في جنيف. وأفاد مصدر مطلع بأن الجولة المقبلة في باريس.";
    let record = serde_json::json!({
        "url": "u", "title": "عنوان", "body": body,
        "entities": [{"name": "خالد المنصوري", "kind": "person", "name_en": "Khaled al-Mansouri"}],
        "events": [{"kind": "talks", "status": "held", "place": "باريس", "date": "2025-07", "participants": ["أسعد الشيباني"], "mediator": "خالد المنصوري"}],
        "attributions": [{"source": "خالد المنصوري", "cue": "قال الوسيط خالد المنصوري"}]
    });
    let file = dir.path().join("curated.jsonl");
    std::fs::write(&file, record.to_string()).unwrap();
    let opts = import_options();
    assert_eq!(ingest::run(&mut conn, &[file], &opts).unwrap().imported, 1);
    let q = |sql: &str| -> i64 { conn.query_row(sql, [], |r| r.get(0)).unwrap() };
    let counts = || {
        (
            q("SELECT count(*) FROM entities WHERE source = 'curated' AND name_en = 'Khaled al-Mansouri'"),
            q("SELECT count(*) FROM mentions WHERE curated = 1"),
            q("SELECT count(*) FROM attributions WHERE curated = 1 AND source_entity_id IS NOT NULL"),
            q("SELECT count(*) FROM events e JOIN entities p ON p.id = e.place_entity_id WHERE e.curated = 1 AND p.key = 'paris' AND e.date_precision = 'month'"),
            q("SELECT count(*) FROM event_participants WHERE curated = 1"),
        )
    };
    assert_eq!(counts(), (1, 1, 1, 1, 2));
    marsad::archive::reextract(&conn, None, true).unwrap();
    assert_eq!(counts(), (1, 1, 1, 1, 2));
    // The curated name is now in the gazetteer: automatic extraction finds it too.
    assert!(q("SELECT count(*) FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.curated = 0 AND e.source = 'curated'") >= 1);
}

#[test]
fn gazetteer_seed_is_idempotent_and_import_reports_line() {
    let dir = tempfile::tempdir().unwrap();
    let conn = open_unseeded(&dir.path().join("a.db"));
    let n = gazetteer::seed_default(&conn).unwrap();
    assert!(n > 600, "{n} entities");
    assert_eq!(gazetteer::seed_default(&conn).unwrap(), 0);
    let within: i64 = conn
        .query_row(
            "SELECT count(*) FROM entity_within w JOIN entities c ON c.id = w.entity_id JOIN entities p ON p.id = w.parent_id \
             WHERE c.key = 'baku' AND p.key = 'azerbaijan'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(within, 1);
    let f = dir.path().join("people.csv");
    std::fs::write(
        &f,
        "key,kind,name_en,name_ar,aliases_ar,aliases_en,short_ar\nnew-person,person,New Person,شخص جديد,,,جديد\nbad,robot,X,س,,,\n",
    )
    .unwrap();
    let err = gazetteer::import_csv(&conn, &f).unwrap_err().to_string();
    assert!(err.contains("people.csv:3"), "{err}");
}

/// `cargo test --release --test gold -- --ignored --nocapture throughput`
#[test]
#[ignore]
fn throughput() {
    let dir = tempfile::tempdir().unwrap();
    let conn = open_unseeded(&dir.path().join("a.db"));
    gazetteer::seed_default(&conn).unwrap();
    let g = gazetteer::load(&conn).unwrap();
    let all = samples();
    let n = 4000;
    let t = std::time::Instant::now();
    let mut found = 0;
    for i in 0..n {
        let s = &all[i % all.len()];
        let x = extract::extract_article(
            &g,
            &ArticleView {
                title: &s.title,
                body: &s.body,
                published: None,
                outlet: None,
                annotations: None,
            },
        );
        found += x.mentions.len();
    }
    let secs = t.elapsed().as_secs_f64();
    let bytes: usize = all.iter().map(|s| s.body.len()).sum::<usize>() * n / all.len();
    println!(
        "extract_article: {:.0} articles/s on one core ({:.1} MB/s), {found} mentions",
        n as f64 / secs,
        bytes as f64 / secs / 1e6
    );
}

/// `cargo test --test gold -- --ignored --nocapture debug_dump`
#[test]
#[ignore]
fn debug_dump() {
    let (_dir, conn, ids, samples) = setup(&[0, 1, 2, 3, 4]);
    for s in &samples {
        let id = ids[&s.file];
        println!("=== {} (article {id})", s.file);
        for sql in [
            "SELECT a.cue, a.cue_text, e.key, a.via_text, a.anonymous FROM attributions a LEFT JOIN entities e ON e.id = a.source_entity_id WHERE article_id = ?1",
            "SELECT r.event_id, r.kind, r.status, e.key, r.place_text, r.date_text, r.date_start, r.participants_text, r.trigger_text, (SELECT group_concat(x.key || ':' || p.role) FROM report_participants p JOIN entities x ON x.id = p.entity_id WHERE p.report_id = r.id) FROM event_reports r LEFT JOIN entities e ON e.id = r.place_entity_id WHERE article_id = ?1",
            "SELECT relation, related_article_id, similarity, evidence FROM article_relations WHERE article_id = ?1",
        ] {
            let mut st = conn.prepare(sql).unwrap();
            let n = st.column_count();
            for row in st
                .query_map([id], |r| {
                    Ok((0..n)
                        .map(|i| match r.get_ref(i).unwrap() {
                            rusqlite::types::ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
                            v => format!("{v:?}"),
                        })
                        .collect::<Vec<_>>()
                        .join(" | "))
                })
                .unwrap()
            {
                println!("  {}", row.unwrap());
            }
        }
    }
}
