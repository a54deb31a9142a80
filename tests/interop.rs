//! The archive in other tools (#14): canned queries run as Datasette runs them, views that DuckDB can
//! parse, the Datasette metadata, the Parquet export read back; and the real Datasette and DuckDB through
//! tools/interop_check.py when a Python that has them is given (MARSAD_INTEROP_PYTHON).

mod common;

use std::path::Path;

use common::Archive;
use parquet::file::reader::{FileReader, SerializedFileReader};
use rusqlite::types::Value;
use serde_json::Value as Json;

fn samples() -> Archive {
    let a = Archive::new();
    a.import_samples();
    a
}

/// `marsad query NAME` with the non-blank parameters, as JSON rows.
fn cli(a: &Archive, name: &str, params: &[(&str, &str)]) -> Vec<Json> {
    let mut args = vec!["query".to_string(), name.to_string()];
    for (k, v) in params.iter().filter(|(_, v)| !v.is_empty()) {
        args.push("--param".into());
        args.push(format!("{k}={v}"));
    }
    args.extend(["--format".into(), "json".into()]);
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = a.cmd(&refs).output().unwrap();
    assert!(out.status.success(), "{args:?}: {}", common::stderr(&out));
    serde_json::from_slice(&out.stdout).unwrap()
}

/// The query's SQL run as Datasette runs it: every parameter bound as text, '' for a blank field.
fn as_datasette(a: &Archive, name: &str, params: &[(&str, &str)]) -> rusqlite::Result<Vec<Json>> {
    let q = marsad::query::canned::find(None, name).unwrap();
    let conn = rusqlite::Connection::open(&a.db).unwrap();
    let mut stmt = conn.prepare(&q.sql)?;
    for p in &q.params {
        let v = params
            .iter()
            .find(|(k, _)| *k == p.name)
            .map_or("", |(_, v)| v);
        if let Some(i) = stmt.parameter_index(&format!(":{}", p.name))? {
            stmt.raw_bind_parameter(i, v)?;
        }
    }
    let cols: Vec<String> = stmt.column_names().map(|c| c.to_string()).collect();
    let mut rows = stmt.raw_query();
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let mut obj = serde_json::Map::new();
        for (i, c) in cols.iter().enumerate() {
            let v = match r.get::<_, Value>(i)? {
                Value::Null => Json::Null,
                Value::Integer(n) => n.into(),
                Value::Real(f) => f.into(),
                Value::Text(t) => t.into(),
                Value::Blob(_) => panic!("blob in {name}"),
            };
            obj.insert(c.clone(), v);
        }
        out.push(Json::Object(obj));
    }
    Ok(out)
}

#[test]
fn canned_queries_give_the_same_rows_with_datasettes_text_parameters() {
    let a = samples();
    let cases: &[(&str, &[(&str, &str)])] = &[
        ("meetings", &[]),
        ("meetings", &[("place", "Paris"), ("limit", "")]),
        ("meetings", &[("place", "باريس")]),
        (
            "meetings",
            &[("from", "2025-07"), ("to", "2025"), ("status", "held")],
        ),
        (
            "meetings",
            &[("participant", "الشيباني"), ("mediator", "Tom Barrack")],
        ),
        (
            "meetings-by-place",
            &[("place", "paris"), ("status", ""), ("limit", "1")],
        ),
        ("meetings-by-place", &[("place", "باكو")]),
        ("meetings-by-date", &[("from", "2025-07-24"), ("to", "")]),
        ("meeting-timeline", &[("from", ""), ("to", "2025-12")]),
        (
            "who-meets-whom",
            &[("entity", "Ron Dermer"), ("meetings", "0")],
        ),
        ("entity-timeline", &[("entity", "الشيباني"), ("limit", "2")]),
        ("mediators", &[]),
        ("event-sources", &[("limit", "5")]),
        ("corroboration", &[("min_sources", "2")]),
        ("conflicting-claims", &[("limit", "")]),
        ("top-entities", &[("kind", "place"), ("from", "2025-07")]),
        ("outlet-activity", &[("recent", "")]),
        ("republications", &[]),
        ("search", &[("keys", "شيباني  باريس")]),
        ("search", &[("entity", "Baku"), ("keys", "")]),
    ];
    for (name, params) in cases {
        let expected = cli(&a, name, params);
        let got = as_datasette(&a, name, params).unwrap();
        assert_eq!(got, expected, "{name} {params:?}");
    }
    // corroboration's threshold compares numbers, not text ('2' once matched nothing).
    assert!(!as_datasette(&a, "corroboration", &[("min_sources", "2")])
        .unwrap()
        .is_empty());
    // A blank limit is the default, not a datatype mismatch.
    assert_eq!(
        as_datasette(&a, "meetings", &[("limit", "")])
            .unwrap()
            .len(),
        cli(&a, "meetings", &[]).len()
    );
}

#[test]
fn a_value_that_cannot_be_read_stops_the_query_with_the_reason() {
    let a = samples();
    let err = |name: &str, params: &[(&str, &str)]| {
        as_datasette(&a, name, params).unwrap_err().to_string()
    };
    assert!(err("meetings", &[("from", "July")])
        .contains("from: use YYYY, YYYY-MM or YYYY-MM-DD, not «July»"));
    assert!(err("meetings", &[("to", "2025-02-30")]).contains("to: use YYYY"));
    assert!(
        err("meetings-by-place", &[("place", "Atlantis")]).contains("no entity named «Atlantis»")
    );
    assert!(err("meetings", &[("limit", "ten")]).contains("limit: a whole number, not «ten»"));
    // A required field left blank (Datasette's first view of the page) gives no rows, not an error.
    assert!(as_datasette(&a, "meetings-by-place", &[])
        .unwrap()
        .is_empty());
}

/// DuckDB's reserved and type/function-name keywords (duckdb_keywords(), 1.5): not usable as aliases.
const DUCKDB_KEYWORDS: &str = "all analyse analyze and any array as asc asymmetric both case cast check \
    collate column constraint create default deferrable desc describe distinct do else end except false \
    fetch for foreign from group having in initially intersect into lambda lateral leading limit not null \
    offset on only or order pivot pivot_longer pivot_wider placing primary qualify references returning \
    select show some summarize symmetric table then to trailing true union unique unpivot using variadic \
    when where window with anti asof at authorization binary by collation columns concurrently cross \
    freeze full generated glob ilike inner is isnull join left like map natural notnull outer overlaps \
    positional right semi similar struct tablesample try_cast unpack verbose";

#[test]
fn views_use_no_duckdb_keyword_as_an_alias() {
    let a = Archive::new();
    a.cmd(&["migrate"]).assert().success();
    let keywords: Vec<&str> = DUCKDB_KEYWORDS.split_whitespace().collect();
    let views = a.sql("SELECT sql FROM sqlite_schema WHERE type = 'view'");
    assert!(views.len() >= 2);
    for sql in views {
        let words: Vec<String> = sql
            .split(|c: char| !(c.is_alphanumeric() || c == '_'))
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        for (i, w) in words.iter().enumerate().skip(2) {
            // `AS alias`, or `FROM|JOIN table alias`
            let alias = (words[i - 1] == "as" && w != "select")
                || (matches!(words[i - 2].as_str(), "from" | "join") && words[i - 1] != "select");
            assert!(
                !(alias && keywords.contains(&w.as_str())),
                "alias «{w}» is a DuckDB keyword in:\n{sql}"
            );
        }
    }
}

#[test]
fn datasette_metadata_hides_sql_lists_parameters_and_configures_search() {
    let a = samples();
    let meta = a.dir.path().join("meta.json");
    a.cmd(&["export", "--datasette-metadata", meta.to_str().unwrap()])
        .assert()
        .success();
    let m: Json = serde_json::from_str(&std::fs::read_to_string(meta).unwrap()).unwrap();
    let db = m["databases"].as_object().unwrap().values().next().unwrap();
    let queries = db["queries"].as_object().unwrap();
    assert_eq!(queries.len(), marsad::query::canned::builtin().len());
    for (name, q) in queries {
        assert_eq!(q["hide_sql"], true, "{name}");
        assert!(q["title"]
            .as_str()
            .unwrap()
            .chars()
            .next()
            .unwrap()
            .is_uppercase());
        let canned = marsad::query::canned::find(None, name).unwrap();
        assert_eq!(
            q["sql"], canned.sql,
            "{name}: the SQL marsad runs, unchanged"
        );
        let params: Vec<&str> = canned.params.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(q["params"], serde_json::json!(params), "{name}");
        assert!(
            q["description_html"].as_str().unwrap().contains("<b>"),
            "{name}: column help"
        );
    }
    assert_eq!(db["tables"]["articles"]["fts_table"], "articles_fts");
    assert_eq!(db["tables"]["articles"]["fts_pk"], "id");
    assert!(db["tables"]["attributions"]["columns"]["start"]
        .as_str()
        .unwrap()
        .contains("characters"));
    assert_eq!(db["tables"]["article_minhash_bands"]["hidden"], true);
}

fn parquet_rows(path: &Path) -> (i64, Vec<(String, String)>) {
    let r = SerializedFileReader::new(std::fs::File::open(path).unwrap()).unwrap();
    let meta = r.metadata();
    let cols = meta
        .file_metadata()
        .schema_descr()
        .columns()
        .iter()
        .map(|c| {
            let ty = match c.logical_type_ref() {
                Some(l) => format!("{l:?}"),
                None => format!("{:?}", c.physical_type()),
            };
            (c.name().to_string(), ty)
        })
        .collect();
    (meta.file_metadata().num_rows(), cols)
}

#[test]
fn parquet_export_has_typed_columns_every_row_and_month_partitions() {
    let a = samples();
    let out = a.dir.path().join("pq");
    a.cmd(&[
        "export",
        "--dir",
        out.to_str().unwrap(),
        "--format",
        "parquet",
        "--views",
    ])
    .assert()
    .success();
    for t in marsad::info::TABLES.iter().chain(marsad::export::VIEWS) {
        if *t == "articles" {
            continue;
        }
        let (n, _) = parquet_rows(&out.join(format!("{t}.parquet")));
        assert_eq!(n, a.count(t), "{t}");
    }
    let (_, cols) = parquet_rows(&out.join("events.parquet"));
    let ty = |c: &str| cols.iter().find(|(n, _)| n == c).unwrap().1.clone();
    assert_eq!(ty("id"), "INT64");
    assert_eq!(ty("date_start"), "Date");
    assert_eq!(ty("status"), "String");
    let (_, cols) = parquet_rows(&out.join("event_reports.parquet"));
    assert_eq!(
        cols.iter().find(|(n, _)| n == "content_key").unwrap().1,
        "BYTE_ARRAY"
    );
    // The one sample dated to the day is in its month; the others are not dated to the month.
    let july = out.join("articles/month=2025-07/part-0.parquet");
    let undated = out.join(format!(
        "articles/month={}/part-0.parquet",
        marsad::columnar::NULL_PARTITION
    ));
    let (n_july, cols) = parquet_rows(&july);
    let (n_undated, _) = parquet_rows(&undated);
    assert_eq!((n_july, n_undated), (1, 4));
    assert!(cols.contains(&("published_day".into(), "Date".into())));
    assert!(
        !cols.iter().any(|(n, _)| n == "month"),
        "the partition is in the path only"
    );
}

/// The real Datasette and DuckDB (tools/interop_check.py). Needs a Python with the packages of
/// tools/requirements-interop.txt, named by MARSAD_INTEROP_PYTHON (`tools/interop_check.sh` makes one).
#[test]
fn real_datasette_and_duckdb() {
    let Ok(python) = std::env::var("MARSAD_INTEROP_PYTHON") else {
        eprintln!(
            "skipped: real_datasette_and_duckdb needs MARSAD_INTEROP_PYTHON, a Python with datasette and \
             duckdb (tools/interop_check.sh installs them in a throwaway venv and runs the check)"
        );
        return;
    };
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tools/interop_check.py");
    let out = std::process::Command::new(python)
        .arg(script)
        .arg("--marsad")
        .arg(env!("CARGO_BIN_EXE_marsad"))
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{text}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(text.contains(" passed, 0 failed"), "{text}");
}
