#!/usr/bin/env python3
"""Sanity check of data/gazetteer/*.csv (standard library only).

    python3 tools/check_gazetteer.py

Checks: headers and column counts, key syntax and uniqueness across all
files, kind, non-empty name_en/name_ar, no BOM, country_key references, and
that every entity of tests/data/gold_seeds.json is present with the same key
and kind and all its Arabic forms (as name_ar, aliases_ar or short_ar).
Surface forms shared by two entities are printed as warnings.
Exits non-zero on any error.
"""

import csv
import json
import os
import re
import sys
import unicodedata

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DIR = os.path.join(ROOT, "data", "gazetteer")
GOLD = os.path.join(ROOT, "tests", "data", "gold_seeds.json")

BASE = ["key", "kind", "name_en", "name_ar", "aliases_ar", "aliases_en"]
FILES = {
    "countries.csv": ("country", BASE),
    "capitals.csv": ("place", BASE + ["country_key", "descriptive_ar", "source"]),
    "outlets.csv": ("outlet", BASE + ["domain"]),
    "people.csv": ("person", BASE + ["short_ar", "note"]),
    "orgs.csv": ("org", BASE + ["note"]),
}
KEY_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
LIST_COLS = ("aliases_ar", "aliases_en", "short_ar", "descriptive_ar")


def items(cell):
    return [x for x in cell.split("|")] if cell else []


def fold(s):
    """Rough stand-in for the program's normaliser, for the warnings only."""
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    for a, b in (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"), ("ى", "ي"), ("ة", "ه"), ("ـ", "")):
        s = s.replace(a, b)
    return " ".join(s.split()).lower()


def main():
    errors, warnings = [], []
    entities = {}   # key -> (file, row dict)
    for fname, (kind, header) in FILES.items():
        path = os.path.join(DIR, fname)
        raw = open(path, "rb").read()
        if raw.startswith(b"\xef\xbb\xbf"):
            errors.append(f"{fname}: has a BOM")
        rows = list(csv.reader(raw.decode("utf-8").splitlines()))
        if rows[0] != header:
            errors.append(f"{fname}: header {rows[0]} != {header}")
            continue
        keys = [r[0] for r in rows[1:]]
        if keys != sorted(keys):
            errors.append(f"{fname}: rows not sorted by key")
        for n, r in enumerate(rows[1:], 2):
            if len(r) != len(header):
                errors.append(f"{fname}:{n}: {len(r)} columns, want {len(header)}")
                continue
            d = dict(zip(header, r))
            k = d["key"]
            if not KEY_RE.match(k):
                errors.append(f"{fname}:{n}: bad key {k!r}")
            if d["kind"] != kind:
                errors.append(f"{fname}:{n}: kind {d['kind']!r}, want {kind!r}")
            if not d["name_en"] or not d["name_ar"]:
                errors.append(f"{fname}:{n}: {k}: empty name_en or name_ar")
            for c, v in d.items():
                if v != v.strip():
                    errors.append(f"{fname}:{n}: {k}.{c} has surrounding spaces")
                if c in LIST_COLS and v and any(not x or x != x.strip() for x in v.split("|")):
                    errors.append(f"{fname}:{n}: {k}.{c} has an empty or padded item")
            for c, nc in (("aliases_ar", "name_ar"), ("short_ar", "name_ar"), ("aliases_en", "name_en")):
                if d.get(c) and d[nc] in items(d[c]):
                    errors.append(f"{fname}:{n}: {k}.{c} repeats {nc}")
            if k in entities:
                errors.append(f"{fname}:{n}: duplicate key {k} (also in {entities[k][0]})")
            entities[k] = (fname, d)

    countries = {k for k, (f, _) in entities.items() if f == "countries.csv"}
    for k, (f, d) in entities.items():
        if f == "capitals.csv" and d["country_key"] and d["country_key"] not in countries:
            errors.append(f"capitals.csv: {k}: unknown country_key {d['country_key']}")

    # gold coverage
    gold = json.load(open(GOLD, encoding="utf-8"))["entities"]
    ok = 0
    for k, g in sorted(gold.items()):
        if k not in entities:
            errors.append(f"gold: {k} missing")
            continue
        f, d = entities[k]
        forms = {d["name_ar"]} | set(items(d["aliases_ar"])) | set(items(d.get("short_ar", "")))
        missing = [x for x in g["forms"] if x not in forms]
        bad = []
        if d["kind"] != g["kind"]:
            bad.append(f"kind {d['kind']} != {g['kind']}")
        if g["en"] != d["name_en"] and g["en"] not in items(d["aliases_en"]):
            bad.append(f"English {g['en']!r} not name_en/aliases_en")
        if missing:
            bad.append(f"forms missing {missing}")
        if bad:
            errors.append(f"gold: {k}: " + "; ".join(bad))
        else:
            ok += 1

    # shared surface forms (warnings)
    seen = {}
    for k, (f, d) in sorted(entities.items()):
        for col in ("name_ar", "aliases_ar", "short_ar", "descriptive_ar"):
            for x in items(d.get(col, "")) if col != "name_ar" else [d["name_ar"]]:
                seen.setdefault(fold(x), set()).add(k)
    for form, ks in sorted(seen.items()):
        if len(ks) > 1:
            warnings.append(f"form {form!r} shared by {sorted(ks)}")

    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    counts = {f: sum(1 for _, (ff, _) in entities.items() if ff == f) for f in FILES}
    print("rows:", ", ".join(f"{f} {n}" for f, n in counts.items()), f"(total {len(entities)})")
    print(f"gold entities: {ok}/{len(gold)} present with all forms")
    print(f"{len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
