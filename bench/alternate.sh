#!/usr/bin/env bash
# Import speed of two marsad binaries on one corpus, run alternately (old, new, old, new…) so that a
# machine shared with other work slows both alike. Each run imports into a fresh archive with
# `/usr/bin/time -v`; prints one Markdown row per pair (wall / user+sys CPU / peak RSS of each, and
# the new/old ratios) and the medians of the ratios.
#
#   bench/alternate.sh OLD_BIN NEW_BIN CORPUS.jsonl [PAIRS=3] [extra import args…]
#   bench/alternate.sh /work/eval/marsad-final target/release/marsad /tmp/bench/c20000.jsonl 4
#
# Archives go to $TMPDIR (default /tmp) and are deleted after each run.
set -euo pipefail
[ $# -ge 3 ] || { sed -n 2,9p "$0" >&2; exit 2; }
old=$1 new=$2 corpus=$3 pairs=${4:-3}
shift $(( $# < 4 ? $# : 4 ))
tmp=$(mktemp -d "${TMPDIR:-/tmp}/marsad-alt.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# run BIN -> "wall cpu rss_mb"
run() {
  rm -f "$tmp"/a.db*
  /usr/bin/time -v -o "$tmp/time" "$1" --db "$tmp/a.db" import -q "$corpus" "${@:2}" >/dev/null
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); w = 0; for (i = 1; i <= n; i++) w = w * 60 + p[i] }
    /User time/ { u = $2 } /System time/ { s = $2 } /Maximum resident/ { r = $2 }
    END { printf "%.1f %.1f %.0f\n", w, u + s, r / 1024 }' "$tmp/time"
  rm -f "$tmp"/a.db*
}

echo "| pair | old: wall s / CPU s / RSS MB | new: wall s / CPU s / RSS MB | wall ratio | CPU ratio |"
echo "|---|---|---|---|---|"
walls=() cpus=()
for i in $(seq "$pairs"); do
  read -r ow oc orss < <(run "$old" "$@")
  read -r nw nc nrss < <(run "$new" "$@")
  wr=$(awk -v a="$nw" -v b="$ow" 'BEGIN { printf "%.2f", a / b }')
  cr=$(awk -v a="$nc" -v b="$oc" 'BEGIN { printf "%.2f", a / b }')
  walls+=("$wr") cpus+=("$cr")
  echo "| $i | $ow / $oc / $orss | $nw / $nc / $nrss | $wr | $cr |"
done
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo
echo "median ratios (new/old): wall $(median "${walls[@]}"), CPU $(median "${cpus[@]}")"
