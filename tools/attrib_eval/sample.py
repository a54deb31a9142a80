"""sample.py POOL NAME SEED [EXCLUDE_SET_DIR ...]: draws 30 articles of 1,000-3,500 characters for annotation.

Writes NAME/articles.jsonl (with an `hid` each) and NAME/<hid>.txt (title, blank line, body) and makes NAME/gold/.
Articles of the EXCLUDE_SET_DIRs' articles.jsonl are left out. Sets drawn so far: h 20261202, h2 20261203,
h3 20261204, j 20261205, k 20261206 (each excluding the ones before), l 20261207 (excluding all five)."""
import json, os, random, sys

pool, name, seed, *exclude = sys.argv[1:]
used = set()
for d in exclude:
    for line in open(os.path.join(d, "articles.jsonl")):
        used.add(json.loads(line)["url"])
cand = [a for a in map(json.loads, open(pool)) if 1000 <= len(a["body"]) <= 3500 and a["url"] not in used]
os.makedirs(os.path.join(name, "gold"), exist_ok=True)
with open(os.path.join(name, "articles.jsonl"), "w") as f:
    for i, a in enumerate(random.Random(int(seed)).sample(cand, 30), 1):
        a = dict(a, hid=f"{name}{i:02d}")
        f.write(json.dumps(a, ensure_ascii=False) + "\n")
        with open(os.path.join(name, f"{a['hid']}.txt"), "w") as t:
            t.write(a["title"] + "\n\n" + a["body"] + "\n")
