#!/usr/bin/env python3
"""marsad with the real Datasette and DuckDB: the checks of issue #14 that need Python packages.

    python3 -m venv /tmp/mv && /tmp/mv/bin/pip install -r tools/requirements-interop.txt
    /tmp/mv/bin/python tools/interop_check.py --marsad target/debug/marsad

(or `tools/interop_check.sh`, which makes the venv). On an archive of the five sample articles
(examples/articles) with the metadata of `marsad export --datasette-metadata`, it:

1. starts Datasette on 127.0.0.1 (a free port; stopped at the end) and requests every canned query's page
   and its .json with sample parameters (every field blank, an English and an Arabic place name, numbers
   as text); each answer must be HTTP 200 with the same rows as `marsad query NAME` with those
   parameters, and articles?_search= must find the articles whose search keys match;
2. reads every table and view of the archive with DuckDB's sqlite extension (and counts the WITHOUT ROWID
   tables the documented way: count(*) over sqlite_scan, or count of a key column);
3. exports the archive as Parquet, reads every file with DuckDB, and runs sql/duckdb/meetings-by-place.sql
   over it: the same rows as `marsad query meetings-by-place`.

Prints one line per check and `N passed, M failed`; exits 1 on any failure.
"""
import argparse
import glob
import json
import os
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Sample parameters per canned query (a blank value is a field left blank). Every query is also
# requested with every field blank.
CASES = {
    "meetings": [{"place": "Paris"}, {"place": "باريس", "limit": "1"}, {"from": "2025-07", "to": "", "status": "held"},
                 {"participant": "الشيباني"}, {"mediator": "Tom Barrack", "limit": ""}],
    "meetings-by-place": [{"place": "Paris", "status": "", "limit": ""}, {"place": "باكو"},
                          {"place": "baku", "status": "planned", "limit": "10"}],
    "meetings-by-date": [{"from": "2025-07", "to": ""}, {"from": "2000", "to": "2025", "limit": "5"}],
    "meeting-timeline": [{"from": "2025", "to": ""}],
    "who-meets-whom": [{"entity": "Ron Dermer", "meetings": "", "limit": ""}, {"entity": "", "meetings": "0"}],
    "entity-timeline": [{"entity": "الشيباني"}, {"entity": "Paris", "limit": "3"}],
    "mediators": [{"mediator": "Tom Barrack"}],
    "event-sources": [{"event": "6", "limit": ""}],
    "corroboration": [{"min_sources": "2"}, {"min_sources": "1", "limit": "3"}],
    "conflicting-claims": [{"limit": "5"}],
    "top-entities": [{"kind": "place", "limit": "3"}, {"from": "2025-07", "to": "2025-07"}],
    "outlet-activity": [{"recent": "0"}],
    "republications": [{"limit": "1"}],
    "search": [{"keys": "شيباني باريس"}, {"entity": "Baku"}, {"entity": "باريس", "keys": "شيباني"}],
}

results = []


def check(name, ok, detail=""):
    results.append(ok)
    print(("ok    " if ok else "FAIL  ") + name + ("" if ok else f": {detail}"), flush=True)


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def cli_rows(marsad, db, query, params, required):
    """`marsad query` rows as dicts; None when a required parameter is blank (the CLI refuses)."""
    given = {k: v for k, v in params.items() if v != ""}
    if any(r not in given for r in required):
        return None
    cmd = [marsad, "--db", db, "query", query, "--format", "json"]
    for k, v in given.items():
        cmd += ["--param", f"{k}={v}"]
    out = run(cmd, check=True)
    return json.loads(out.stdout)


def get(url):
    try:
        with urllib.request.urlopen(url, timeout=60) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def datasette_checks(python, marsad, db, meta, work):
    port = free_port()
    log = open(os.path.join(work, "datasette.log"), "w")
    server = subprocess.Popen(
        [python, "-m", "datasette", "serve", db, "-m", meta, "-h", "127.0.0.1", "-p", str(port),
         "--setting", "sql_time_limit_ms", "20000"],
        stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}/marsad"
    try:
        for _ in range(150):
            try:
                if get(base + ".json")[0] == 200:
                    break
            except OSError:
                pass
            time.sleep(0.2)
        else:
            check("datasette starts", False, open(log.name).read()[-2000:])
            return
        queries = json.load(open(meta))["databases"]["marsad"]["queries"]
        check("metadata has every canned query", set(queries) == set(CASES), sorted(set(queries) ^ set(CASES)))
        for name, q in sorted(queries.items()):
            check(f"{name}: hide_sql", q.get("hide_sql") is True)
            required = [p for p in q["params"] if f"-- param: {p} " in q["sql"] and
                        q["sql"].split(f"-- param: {p} ", 1)[1].split("\n", 1)[0].endswith("required")]
            blank = {p: "" for p in q["params"]}
            for case in [blank] + [dict(blank, **c) for c in CASES.get(name, [])]:
                qs = urllib.parse.urlencode(case)
                status, html = get(f"{base}/{name}?{qs}")
                label = f"{name}?{urllib.parse.unquote(qs)}"
                check(f"{label}: page HTTP 200", status == 200, f"HTTP {status}")
                status, body = get(f"{base}/{name}.json?{qs}&_shape=objects")
                if status != 200:
                    check(f"{label}: .json HTTP 200", False, f"HTTP {status}: {body[:300]}")
                    continue
                rows = json.loads(body)["rows"]
                expected = cli_rows(marsad, db, name, case, required)
                if expected is None:
                    check(f"{label}: required field blank, no rows", rows == [], rows[:2])
                else:
                    check(f"{label}: .json 200, {len(rows)} row(s) = marsad query",
                          rows == expected, f"datasette {rows[:2]} vs marsad {expected[:2]}")
        # Full-text search box on articles: keys as `marsad keys` prints them.
        status, body = get(f"{base}/articles.json?_search=" + urllib.parse.quote("شيباني") + "&_shape=objects&_col=id")
        con = sqlite3.connect(db)
        want = sorted(r[0] for r in con.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'شيباني'"))
        got = sorted(r["id"] for r in json.loads(body)["rows"]) if status == 200 else None
        check(f"articles?_search=شيباني finds the {len(want)} matching articles", got == want and len(want) > 0,
              f"HTTP {status}, {got} vs {want}")
    finally:
        server.terminate()
        server.wait(timeout=20)


def duckdb_connect():
    import duckdb
    con = duckdb.connect()
    try:
        import duckdb_extension_sqlite_scanner as ext
        path = glob.glob(os.path.join(os.path.dirname(ext.__file__), "extensions", "*", "sqlite_scanner.duckdb_extension"))[0]
        con.execute(f"LOAD '{path}'")
    except ImportError:
        con.execute("INSTALL sqlite; LOAD sqlite")
    return con


def duckdb_checks(marsad, db, work):
    con = duckdb_connect()
    lite = sqlite3.connect(db)
    con.execute(f"ATTACH '{db}' AS arc (TYPE sqlite, READ_ONLY)")
    objects = lite.execute(
        "SELECT name, type, sql LIKE '%WITHOUT ROWID%' FROM sqlite_schema WHERE type IN ('table', 'view') "
        "AND name NOT LIKE 'sqlite_%' AND (type = 'view' OR sql NOT LIKE 'CREATE VIRTUAL TABLE%') ORDER BY name").fetchall()
    for name, kind, without_rowid in objects:
        n = lite.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
        try:
            got = len(con.execute(f'SELECT * FROM arc."{name}"').fetchall())
            check(f"duckdb reads {kind} {name}: {got} row(s)", got == n, f"{got} vs {n}")
        except Exception as e:  # noqa: BLE001 - report any DuckDB error as a failed check
            check(f"duckdb reads {kind} {name}", False, str(e)[:300])
            continue
        if without_rowid:
            # count(*) on arc.NAME asks SQLite for ROWID, which a WITHOUT ROWID table lacks: count through
            # sqlite_scan (or count a key column) instead.
            got = con.execute(f"SELECT count(*) FROM sqlite_scan('{db}', '{name}')").fetchone()[0]
            check(f"duckdb count(*) over sqlite_scan of WITHOUT ROWID {name}", got == n, f"{got} vs {n}")
        elif kind == "table":
            got = con.execute(f'SELECT count(*) FROM arc."{name}"').fetchone()[0]
            check(f"duckdb count(*) of {name}", got == n, f"{got} vs {n}")

    out = os.path.join(work, "parquet")
    r = run([marsad, "--db", db, "export", "--dir", out, "--format", "parquet", "--views"])
    check("marsad export --format parquet --views", r.returncode == 0, r.stderr[-500:])
    tables = [os.path.basename(p)[:-8] for p in glob.glob(os.path.join(out, "*.parquet"))] + ["articles"]
    for t in sorted(tables):
        src = os.path.join(out, "articles", "*", "*.parquet") if t == "articles" else os.path.join(out, f"{t}.parquet")
        con.execute(f"CREATE VIEW \"{t}\" AS SELECT * FROM read_parquet('{src}', hive_partitioning = true)")
        n = lite.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
        got = len(con.execute(f'SELECT * FROM "{t}"').fetchall())
        check(f"duckdb reads {t} from Parquet: {got} row(s)", got == n, f"{got} vs {n}")
    types = dict(con.execute("SELECT column_name, column_type FROM (DESCRIBE events)").fetchall())
    check("Parquet types: events.date_start DATE, id BIGINT, status VARCHAR",
          (types.get("date_start"), types.get("id"), types.get("status")) == ("DATE", "BIGINT", "VARCHAR"), types)
    months = con.execute("SELECT DISTINCT month FROM articles ORDER BY 1 NULLS LAST").fetchall()
    check(f"articles partitioned by month: {months}", ("2025-07",) in months, months)
    query = open(os.path.join(ROOT, "sql", "duckdb", "meetings-by-place.sql")).read()
    for place in ["Paris", "باريس", "Baku"]:
        con.execute(f"SET VARIABLE place = '{place}'")
        con.execute("SET VARIABLE status = NULL")
        con.execute("SET VARIABLE lim = 100")
        cur = con.execute(query)
        cols = [d[0] for d in cur.description]
        rows = [dict(zip(cols, r)) for r in cur.fetchall()]
        expected = cli_rows(marsad, db, "meetings-by-place", {"place": place}, [])
        check(f"meetings-by-place over Parquet in DuckDB, place={place}: {len(rows)} row(s) = marsad query",
              rows == expected and len(rows) > 0, f"{rows[:2]} vs {expected[:2]}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--marsad", default=os.path.join(ROOT, "target", "debug", "marsad"))
    ap.add_argument("--keep", action="store_true", help="keep the temporary directory")
    a = ap.parse_args()
    marsad = os.path.abspath(a.marsad)
    work = tempfile.mkdtemp(prefix="marsad-interop-")
    db = os.path.join(work, "marsad.db")
    r = run([marsad, "--db", db, "import", os.path.join(ROOT, "examples", "articles")])
    check("import the sample articles", r.returncode == 0, r.stderr[-500:])
    meta = os.path.join(work, "meta.json")
    r = run([marsad, "--db", db, "export", "--datasette-metadata", meta])
    check("marsad export --datasette-metadata", r.returncode == 0, r.stderr[-500:])
    datasette_checks(sys.executable, marsad, db, meta, work)
    duckdb_checks(marsad, db, work)
    if a.keep:
        print("kept", work)
    else:
        import shutil
        shutil.rmtree(work, ignore_errors=True)
    passed = sum(results)
    print(f"{passed} passed, {len(results) - passed} failed")
    sys.exit(0 if passed == len(results) else 1)


if __name__ == "__main__":
    main()
