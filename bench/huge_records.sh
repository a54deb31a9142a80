#!/usr/bin/env bash
# Issue #16's memory and time bounds on huge records (release build, /usr/bin/time -v):
#   1. N records of M MB each (default 1,500 × 2 MB), generated on the fly and piped to
#      `marsad import -` with extraction: peak RSS and wall time. The archive goes to $BENCH_DIR
#      (default /dev/shm: 1,500 × 2 MB makes a ~6 GB archive; it is deleted afterwards).
#   2. One 20 MB article imported with extraction: wall time (extraction reads its first 1 MiB,
#      limits::EXTRACT_MAX_BYTES; the whole text is archived and searchable).
#
#   bench/huge_records.sh [N] [MB]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1500}
mb=${2:-2}
dir=${BENCH_DIR:-/dev/shm}/marsad-huge-$$
mkdir -p "$dir"
trap 'rm -rf "$dir"' EXIT
bin=target/release/marsad
[ -x "$bin" ] || cargo build --release

gen() { # gen COUNT MB: JSONL of COUNT articles of about MB megabytes, from the sample sentences
  python3 - "$1" "$2" <<'PY'
import json, os, random, sys
count, mb = int(sys.argv[1]), float(sys.argv[2])
sents = []
for f in sorted(os.listdir("examples/articles")):
    for line in open(os.path.join("examples/articles", f), encoding="utf-8").read().splitlines()[1:]:
        sents += [s.strip() for s in line.replace("،", ".").split(".") if len(s.strip()) > 30]
rng = random.Random(16)
target = int(mb * (1 << 20))
for i in range(count):
    parts, size = [], 0
    while size < target:
        s = rng.choice(sents)
        parts.append(s)
        size += len(s.encode()) + 2
    print(json.dumps({"url": f"https://huge.example/{i}", "title": f"{rng.choice(sents)[:80]} {i}",
                      "body": ". ".join(parts), "published_at": "2025-07-%02d" % (1 + i % 28)},
                     ensure_ascii=False))
PY
}

measure() { # measure LABEL DB ARGS...: run marsad under /usr/bin/time -v, print wall and peak RSS
  local label=$1 db=$2; shift 2
  /usr/bin/time -v "$bin" --db "$db" "$@" 2> "$dir/time.txt" >/dev/null || { cat "$dir/time.txt"; exit 1; }
  local wall rss
  wall=$(grep "Elapsed (wall clock)" "$dir/time.txt" | awk '{print $NF}')
  rss=$(grep "Maximum resident set size" "$dir/time.txt" | awk '{print $NF}')
  echo "| $label | $wall | $((rss / 1024)) MB |"
}

echo "| run | wall | peak RSS |"
echo "|---|---|---|"
"$bin" --db "$dir/a.db" migrate >/dev/null 2>&1
# Piped through a FIFO, not stored: the input never sits on disk.
mkfifo "$dir/in.pipe"
gen "$n" "$mb" > "$dir/in.pipe" &
measure "import $n × $mb MB records, with extraction" "$dir/a.db" import -q --format jsonl "$dir/in.pipe"
wait
rm -f "$dir/a.db"*
"$bin" --db "$dir/b.db" migrate >/dev/null 2>&1
gen 1 20 > "$dir/one.jsonl"
measure "import one 20 MB article, with extraction" "$dir/b.db" import -q "$dir/one.jsonl"
echo "| (archive) | $(du -sh "$dir/b.db" | cut -f1) | articles: $("$bin" --db "$dir/b.db" sql 'SELECT count(*) FROM articles' --format csv | tail -1 | tr -d '\r') |"
