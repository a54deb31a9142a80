#!/usr/bin/env bash
# marsad's benchmark suite: import (with and without extraction) side by side with sqlite-utils, search
# latency, meetings and canned-query latency, CSV export throughput, cold start, and re-extraction of
# the whole archive (`marsad extract`) against the import with extraction. Writes bench/out/ and
# prints a Markdown report (paste it into BENCHMARKS.md).
#
#   bench/run.sh                 # 20k and 100k articles
#   bench/run.sh --full          # also 1M (about 45 minutes on 2 cores; the 1M archive takes 14 GB)
#   bench/run.sh 5000            # any sizes
#   bench/run.sh --extract-up-to 100000 --full   # 1M without extraction: import, search, export, info
#
# Each size's numbers are also kept in bench/out/raw-partial.json as soon as it finishes.
#
# Needs: cargo, python3 (with venv), /usr/bin/time, and ../shared/bench/gen_corpus.py (or GEN_CORPUS=path).
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=()
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --full) sizes+=(20000 100000 1000000) ;;
    --extract-up-to) extra+=(--extract-up-to "$2"); shift ;;
    *) sizes+=("$1") ;;
  esac
  shift
done
[ ${#sizes[@]} -gt 0 ] || sizes=(20000 100000)

gen=${GEN_CORPUS:-../shared/bench/gen_corpus.py}
[ -f "$gen" ] || { echo "bench: corpus generator not found at $gen (set GEN_CORPUS)" >&2; exit 1; }

cargo build --release -q
out=bench/out
mkdir -p "$out"

# sqlite-utils in a throwaway venv, so the comparison needs nothing installed by hand.
venv="$out/venv"
if [ ! -x "$venv/bin/sqlite-utils" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q sqlite-utils
fi

exec python3 bench/harness.py --marsad target/release/marsad --sqlite-utils "$venv/bin/sqlite-utils" \
  --gen "$gen" --out "$out" ${extra[@]+"${extra[@]}"} "${sizes[@]}"
