"""build_pool.py GIT_DIR > pool2023.jsonl: the Al Mayadeen 2023 articles with text, in marsad's import format.

GIT_DIR is the fetched `hadialshaer/DataScience-NewsAnalytics` repository (see ../../../shared/data/README.md);
the articles are read at the pinned commit. Writes JSON Lines to standard output; never commit the output."""
import json, subprocess, sys

COMMIT = "54f59e270cfc48dcd15e88c45bbd992404af6bf5"
git_dir = sys.argv[1]
for m in range(1, 13):
    path = f"Data_Collection/data_articles/articles_2023_{m:02d}.json"
    try:
        raw = subprocess.check_output(["git", "--git-dir", git_dir, "show", f"{COMMIT}:{path}"])
    except subprocess.CalledProcessError:
        continue
    for a in json.loads(raw):
        text = (a.get("full_text") or "").strip()
        if text:
            print(json.dumps({"title": a.get("title"), "body": text, "published_at": a.get("published_time"),
                              "url": a.get("url"), "outlet": "الميادين"}, ensure_ascii=False))
