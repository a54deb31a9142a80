#!/usr/bin/env bash
# Fuzz marsad's parsers for a bounded time. Not run in CI: run it by hand.
#
#   fuzz/run.sh                      # every target, 60 s each
#   FUZZ_SECONDS=300 fuzz/run.sh     # longer
#   fuzz/run.sh dates query          # only some targets
#
# Targets (fuzz/fuzz_targets/*.rs):
#   importers  read_jsonl / read_json / read_csv (, and tab) / read_text: no panic, and every record
#              or bad record names a line that exists in the input
#   dates      parse_published_at, find_header_date, find_dates + resolve: no panic, spans inside
#              the text, raw == the text of its span, no inverted resolution
#   text       normalize (idempotent), tokenize (offsets), index_text (one non-empty key per token)
#   query      search::rewrite and search::period_bounds: no panic
#
# Route: cargo-fuzz (libFuzzer) on the stable toolchain, with RUSTC_BOOTSTRAP=1 to unlock the
# nightly-only flags it passes (-Zsanitizer, sancov passes). The equivalent by hand is
#   cd fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run -s none dates -- -max_total_time=60
# `-s none` builds without AddressSanitizer: the fuzzed code is safe Rust, and it runs about twice
# as fast; overflow checks stay on (cargo-fuzz enables debug assertions). Set FUZZ_SANITIZER=address
# to build with ASan instead. cargo-fuzz is installed from crates.io when missing.
#
# Seeds are generated into fuzz/corpus/<target>/ from examples/articles/*.txt and a few inline
# cases; the corpus grows there across runs (fuzz/corpus and fuzz/artifacts are git-ignored).
# A crash leaves its input in fuzz/artifacts/<target>/; reproduce it with
#   cd fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run -s none <target> artifacts/<target>/crash-…
# and shrink it with `cargo fuzz tmin -s none <target> artifacts/<target>/crash-…`.
# The script exits non-zero when any target crashed, after running them all.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
seconds="${FUZZ_SECONDS:-60}"
sanitizer="${FUZZ_SANITIZER:-none}"
all_targets=(importers dates text query)
if (($# > 0)); then
    targets=("$@")
else
    targets=("${all_targets[@]}")
fi
export RUSTC_BOOTSTRAP=1

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "run.sh: installing cargo-fuzz" >&2
    cargo install cargo-fuzz
fi

# ---- seeds ------------------------------------------------------------------------------------
articles=("$here"/../examples/articles/*.txt)

# A JSON string literal of stdin (jq or python3; without either the JSON seeds are skipped).
json_string() {
    if command -v jq >/dev/null 2>&1; then
        jq -Rs .
    elif command -v python3 >/dev/null 2>&1; then
        python3 -c 'import json, sys; print(json.dumps(sys.stdin.read()), end="")'
    else
        return 1
    fi
}

# importers: byte 0 picks the reader (value % 5: jsonl, json, csv, tsv, text) and, through
# value >> 3, the record limit (>= 4 is 1 MiB); byte 1 the BufReader capacity.
seed_importers() {
    local dir=corpus/importers n=0 a title body t b
    mkdir -p "$dir"
    for a in "${articles[@]}"; do
        n=$((n + 1))
        title="$(head -n 1 "$a")"
        body="$(tail -n +2 "$a")"
        { printf '\x2c\x3f'; cat "$a"; } >"$dir/seed-text-$n"
        { printf '\x18\x07'; cat "$a"; } >"$dir/seed-text-small-$n"
        {
            printf '\x2a\xff'
            printf 'title,body,published_at\r\n'
            printf '"%s","%s",2025-07-26\r\n' "${title//\"/\"\"}" "${body//\"/\"\"}"
            printf 'only-one\r\n'
        } >"$dir/seed-csv-$n"
        {
            printf '\x2b\xff'
            printf 'title\tbody\n'
            printf '%s\t%s\n' "$title" "${body//[$'\t\n']/ }"
        } >"$dir/seed-tsv-$n"
        if t="$(printf '%s' "$title" | json_string)" && b="$(printf '%s' "$body" | json_string)"; then
            {
                printf '\x28\x10'
                printf '{"title":%s,"body":%s,"published_at":"2025-07-26T18:30:00+03:00"}\n' "$t" "$b"
                printf '\n{"title":%s,"x":1,"entities":[]}\r\n{oops\n' "$t"
            } >"$dir/seed-jsonl-$n"
            {
                printf '\x29\x10'
                printf '[\n {"title":%s,\n  "body":%s},\n {"title": 5},\n "s", 1 ]\n' "$t" "$b"
            } >"$dir/seed-json-$n"
        fi
    done
    printf '\x29\x01\xef\xbb\xbf{"title":"a"}\n{"title":"b"' >"$dir/seed-json-stream"
    printf '\x19\x02{"title":"\xff"}\n{"title":"ok"}\n' >"$dir/seed-jsonl-small"
}

seed_text_like() {
    local dir="corpus/$1" n=0 a
    mkdir -p "$dir"
    for a in "${articles[@]}"; do
        n=$((n + 1))
        cp "$a" "$dir/seed-article-$n"
        head -n 1 "$a" >"$dir/seed-title-$n"
    done
}

seed_dates() {
    seed_text_like dates
    local dir=corpus/dates i=0 s
    for s in \
        'السبت 26 تموز 2025 06:30 مساءً' \
        'يوم الخميس المقبل' \
        'في الحادي والثلاثين من كانون الأول/ديسمبر من عام 2024' \
        'خلال آب/أغسطس الماضي' \
        'الأسبوع الماضي وغداً الجمعة و29/02/2024' \
        '2025-07-26T06:30:00.5+03:00' \
        '2025-07' \
        'شهر تشرين الثاني 2025م'; do
        i=$((i + 1))
        printf '%s' "$s" >"$dir/seed-inline-$i"
    done
    if command -v jq >/dev/null 2>&1 && [[ -f ../tests/data/gold_seeds.json ]]; then
        i=0
        while IFS= read -r s; do
            i=$((i + 1))
            printf '%s' "$s" >"$dir/seed-gold-$i"
        done < <(jq -r '.date_cases[].text | gsub("\n"; " ")' ../tests/data/gold_seeds.json)
    fi
}

seed_query() {
    local dir=corpus/query i=0 s
    mkdir -p "$dir"
    for s in \
        'title:وزير AND "وزير الخارجية" OR باري*' \
        '(الشَّيْبانِيّ OR والشيباني) NOT body:باكو' \
        'NEAR(a b) "' \
        '2025-07' \
        '2024-02-29'; do
        i=$((i + 1))
        printf '%s' "$s" >"$dir/seed-inline-$i"
    done
    local a n=0
    for a in "${articles[@]}"; do
        n=$((n + 1))
        head -n 1 "$a" >"$dir/seed-title-$n"
    done
}

for t in "${targets[@]}"; do
    case "$t" in
    importers) seed_importers ;;
    dates) seed_dates ;;
    text) seed_text_like text ;;
    query) seed_query ;;
    *)
        echo "run.sh: unknown target '$t' (have: ${all_targets[*]})" >&2
        exit 2
        ;;
    esac
done

# ---- build and run ----------------------------------------------------------------------------
for t in "${targets[@]}"; do
    cargo fuzz build -s "$sanitizer" "$t"
done

failed=()
for t in "${targets[@]}"; do
    echo "== $t: ${seconds}s" >&2
    if ! cargo fuzz run -s "$sanitizer" "$t" -- \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -print_final_stats=1; then
        failed+=("$t")
    fi
done

if ((${#failed[@]} > 0)); then
    echo "run.sh: crashes in: ${failed[*]} (inputs in fuzz/artifacts/)" >&2
    exit 1
fi
echo "run.sh: no crash in ${targets[*]} (${seconds}s each)" >&2
