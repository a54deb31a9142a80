#!/usr/bin/env python3
"""Measurements behind bench/run.sh. Every figure comes from a real run on this machine; nothing is estimated.

Timings of commands are wall-clock over the whole process (what a user waits for), median of repeats.
Peak RSS comes from /usr/bin/time -v.
"""
import argparse, datetime, json, os, platform, re, shutil, statistics, subprocess, sys, time

QUERIES = [
    "الشيباني", "باريس", "باكو", "ديرمر", "وزير الخارجية", "\"وزير الخارجية السوري\"", "الاجتماع", "إسرائيل",
    "اسرائيل", "والشيباني", "السويداء", "الدروز", "مصدر دبلوماسي", "وكالة الأنباء الفرنسية", "باراك",
    "باريس OR باكو", "الشيباني AND ديرمر", "لندن NOT باريس", "ديرم*", "الاشتباكات", "المفاوضات",
    "\"العاصمة الأذربيجانية\"", "أكسيوس", "الرئيس السوري", "موسكو", "واشنطن", "title:اجتماع", "منطقة منزوعة السلاح",
    "التصعيد", "الأمن",
]


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kw)


def timed(cmd, env=None):
    """Wall seconds and peak RSS (MB) of one command."""
    t0 = time.perf_counter()
    p = subprocess.run(["/usr/bin/time", "-v"] + cmd, capture_output=True, text=True, env=env)
    secs = time.perf_counter() - t0
    if p.returncode not in (0, 3):
        sys.exit(f"bench: {' '.join(cmd)} failed:\n{p.stderr[-2000:]}")
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr).group(1)) / 1024
    return secs, rss


def latency(cmd, repeats=5):
    xs = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        xs.append((time.perf_counter() - t0) * 1000)
    return statistics.median(xs)


def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def size_mb(path):
    total = 0
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            total += os.path.getsize(path + suffix)
    return total / 1e6


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--marsad", required=True)
    ap.add_argument("--sqlite-utils", required=True)
    ap.add_argument("--gen", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--extract-up-to", type=int, default=None,
                    help="above this many articles, skip the import with extraction and what needs it "
                         "(meetings, canned queries); search, export and info then use the --no-extract archive")
    ap.add_argument("sizes", nargs="+", type=int)
    a = ap.parse_args()
    m = os.path.abspath(a.marsad)
    report = []
    commit = run(["git", "rev-parse", "--short", "HEAD"]).stdout.strip()
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    report.append(f"## Run of {datetime.date.today()} at commit {commit}\n")
    report.append(f"Machine: {os.cpu_count()} cores, {mem:.0f} GiB, {platform.platform()}; "
                  f"sqlite-utils {run([a.sqlite_utils, '--version']).stdout.split()[-1]}.\n")
    raw = {}
    for n in a.sizes:
        corpus = os.path.join(a.out, f"corpus-{n}.jsonl")
        if not os.path.exists(corpus):
            with open(corpus, "w") as f:
                subprocess.run([sys.executable, a.gen, str(n)], stdout=f, check=True)
        mb = os.path.getsize(corpus) / 1e6
        r = raw[n] = {"corpus_mb": mb}
        dbs = {k: os.path.join(a.out, f"{k}-{n}.db") for k in ("full", "noext", "su")}
        for db in dbs.values():
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(db + suffix):
                    os.remove(db + suffix)
        full = a.extract_up_to is None or n <= a.extract_up_to
        if full:
            r["full_s"], r["full_rss"] = timed([m, "--db", dbs["full"], "import", "-q", corpus])
        r["noext_s"], r["noext_rss"] = timed([m, "--db", dbs["noext"], "import", "-q", "--no-extract", corpus])
        s1, rss1 = timed([a.sqlite_utils, "insert", dbs["su"], "articles", corpus, "--nl"])
        s2, rss2 = timed([a.sqlite_utils, "enable-fts", dbs["su"], "articles", "title", "body", "--fts5"])
        r["su_s"], r["su_rss"] = s1 + s2, max(rss1, rss2)
        for k in ("full", "noext", "su"):
            r[k + "_db_mb"] = size_mb(dbs[k])
        db = dbs["full"] if full else dbs["noext"]
        r["archive"] = "full" if full else "noext"
        lat = [latency([m, "--db", db, "search", q, "--format", "csv"], 3) for q in QUERIES]
        r["search_p50"], r["search_p95"] = pct(lat, 50), pct(lat, 95)
        canned = {}
        if full:
            r["meetings_place"] = latency([m, "--db", db, "meetings", "--place", "Paris", "--format", "csv"])
            r["meetings_range"] = latency([m, "--db", db, "meetings", "--from", "2025-07", "--to", "2025-08", "--format", "csv"])
            args = {"meetings-by-place": ["--place", "Baku"], "meetings-by-date": ["--from", "2025-07"],
                    "entity-timeline": ["--entity", "Asaad al-Shaibani"]}
            names = [l.split(",")[0] for l in run([m, "query", "list", "--format", "csv"]).stdout.splitlines()[1:]]
            for q in names:
                canned[q] = latency([m, "--db", db, "query", q, "--format", "csv"] + args.get(q, []), 3)
        r["canned_ms"] = canned
        exp = os.path.join(a.out, f"export-{n}")
        shutil.rmtree(exp, ignore_errors=True)
        t0 = time.perf_counter()
        run([m, "--db", db, "export", "--dir", exp])
        secs = time.perf_counter() - t0
        out_mb = sum(os.path.getsize(os.path.join(exp, f)) for f in os.listdir(exp)) / 1e6
        shutil.rmtree(exp, ignore_errors=True)
        r["export_mb"], r["export_mb_s"] = out_mb, out_mb / secs
        r["info_ms"] = latency([m, "--db", db, "info", "--format", "csv"], 10)
        if full:
            # Re-extraction of the whole archive (`marsad extract`), last: it rewrites every
            # extraction row of the archive the queries above read. Target: at most 1.2x the import.
            r["extract_s"], r["extract_rss"] = timed([m, "--db", dbs["full"], "extract", "-q"])
        print(f"bench: {n} done", file=sys.stderr)
        # Kept as each size finishes: a long run that fails later still leaves its numbers.
        with open(os.path.join(a.out, "raw-partial.json"), "w") as f:
            json.dump(raw, f, indent=1)

    report.append("| articles | corpus MB | marsad full s | art/s | MB/s | RSS MB | no-extract s | RSS MB | sqlite-utils s | RSS MB | full/su | noext/su | DB MB full / noext / su |")
    report.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    def f(r, k, fmt=".1f"):
        return format(r[k], fmt) if k in r else "—"
    for n, r in raw.items():
        full = "full_s" in r
        report.append(
            f"| {n} | {r['corpus_mb']:.0f} | {f(r, 'full_s')} | {format(n / r['full_s'], '.0f') if full else '—'} | "
            f"{format(r['corpus_mb'] / r['full_s'], '.1f') if full else '—'} | "
            f"{f(r, 'full_rss', '.0f')} | {r['noext_s']:.1f} | {r['noext_rss']:.0f} | {r['su_s']:.1f} | {r['su_rss']:.0f} | "
            f"{format(r['full_s'] / r['su_s'], '.2f') if full else '—'} | {r['noext_s'] / r['su_s']:.2f} | "
            f"{f(r, 'full_db_mb', '.0f') if full else '—'} / {r['noext_db_mb']:.0f} / {r['su_db_mb']:.0f} |")
    report.append("")
    report.append("| articles | archive | search p50 ms | search p95 ms | meetings --place ms | meetings --from/--to ms | export MB/s | info (cold start) ms |")
    report.append("|---|---|---|---|---|---|---|---|")
    for n, r in raw.items():
        report.append(f"| {n} | {r['archive']} | {r['search_p50']:.1f} | {r['search_p95']:.1f} | {f(r, 'meetings_place')} | "
                      f"{f(r, 'meetings_range')} | {r['export_mb_s']:.0f} ({r['export_mb']:.0f} MB) | {r['info_ms']:.1f} |")
    report.append("")
    if any("extract_s" in r for r in raw.values()):
        report.append("| articles | import with extraction s | `marsad extract` s | extract / import | extract RSS MB |")
        report.append("|---|---|---|---|---|")
        for n, r in raw.items():
            if "extract_s" in r:
                report.append(f"| {n} | {r['full_s']:.1f} | {r['extract_s']:.1f} | "
                              f"{r['extract_s'] / r['full_s']:.2f} | {r['extract_rss']:.0f} |")
        report.append("")
    names = sorted({q for r in raw.values() for q in r["canned_ms"]})
    if names:
        report.append("| canned query (ms) | " + " | ".join(str(n) for n in raw) + " |")
        report.append("|---|" + "---|" * len(raw))
        for q in names:
            report.append(f"| {q} | " + " | ".join(format(r["canned_ms"][q], ".1f") if q in r["canned_ms"] else "—"
                                                    for r in raw.values()) + " |")
    report.append("\nRaw numbers:\n\n```json\n" + json.dumps(raw, indent=1) + "\n```\n")
    text = "\n".join(report)
    with open(os.path.join(a.out, "report.md"), "w") as f:
        f.write(text)
    print(text)


if __name__ == "__main__":
    main()
