#!/usr/bin/env python3
"""Train marsad's entity tagger (a linear-chain CRF): writes data/ner/tagger.crfsuite, common_words.txt, manifest.json.

Features come from marsad itself (`marsad tagger features`), the same Rust function that tags, so
training and tagging cannot drift. This script only feeds them to CRFsuite (python-crfsuite, L-BFGS
with L1 + L2 regularisation; L1 prunes the model to a few MB) and records checksums.

Usage (from the repository root):
    python3 -m venv /tmp/ner-venv && /tmp/ner-venv/bin/pip install -r tools/requirements-tagger.txt
    cargo build --release
    /tmp/ner-venv/bin/python tools/train_tagger.py --ner-dir ../shared/ner
    cargo build --release && target/release/marsad tagger eval --ner-dir ../shared/ner

Deterministic: the same corpora, marsad features and parameters give the same model bytes.
"""
import argparse
import hashlib
import importlib.metadata
import json
import os
import shutil
import subprocess
import sys
import tempfile

import pycrfsuite

CORPORA = [
    "anercorp_train.txt",
    "newsfane/NewsFANE_Gold_2014_170K.txt",
    "wojood/train.txt",
    "wojood/val.txt",
]


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def read_items(path):
    """Yields (xseq, yseq) per sentence from LABEL<TAB>feature… lines."""
    xseq, yseq = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if xseq:
                    yield xseq, yseq
                xseq, yseq = [], []
                continue
            parts = line.split("\t")
            yseq.append(parts[0])
            xseq.append(parts[1:])
    if xseq:
        yield xseq, yseq


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ner-dir", default="../shared/ner", help="folder of the training corpora")
    ap.add_argument("--marsad", default="target/release/marsad", help="marsad binary that writes features")
    ap.add_argument("--out", default="data/ner", help="folder for tagger.crfsuite and manifest.json")
    ap.add_argument("--work", default=None, help="folder for the feature files (default: a temporary one)")
    ap.add_argument("--c1", type=float, default=0.05, help="L1 weight (larger: smaller model)")
    ap.add_argument("--c2", type=float, default=0.01, help="L2 weight")
    ap.add_argument("--max-iterations", type=int, default=200)
    args = ap.parse_args()

    work = args.work or tempfile.mkdtemp(prefix="marsad-ner-")
    os.makedirs(work, exist_ok=True)
    subprocess.run([args.marsad, "tagger", "features", "--ner-dir", args.ner_dir, "--out", work], check=True)
    with open(os.path.join(work, "meta.json"), encoding="utf-8") as f:
        meta = json.load(f)

    trainer = pycrfsuite.Trainer(verbose=False)
    n_sent = n_tok = 0
    for xseq, yseq in read_items(os.path.join(work, "train.txt")):
        trainer.append(xseq, yseq)
        n_sent += 1
        n_tok += len(yseq)
    params = {
        "c1": args.c1,
        "c2": args.c2,
        "max_iterations": args.max_iterations,
        "feature.possible_transitions": True,
    }
    trainer.set_params(params)
    os.makedirs(args.out, exist_ok=True)
    shutil.copyfile(os.path.join(work, "common_words.txt"), os.path.join(args.out, "common_words.txt"))
    model = os.path.join(args.out, "tagger.crfsuite")
    print(f"training on {n_sent} sentences, {n_tok} tokens, params {params}", file=sys.stderr)
    trainer.train(model)
    last = trainer.logparser.last_iteration or {}
    print(f"done: {last.get('num', '?')} iterations, {last.get('active_features', '?')} active features",
          file=sys.stderr)

    manifest = {
        "model": "tagger.crfsuite",
        "model_sha256": sha256(model),
        "model_bytes": os.path.getsize(model),
        "common_words_sha256": sha256(os.path.join(args.out, "common_words.txt")),
        "features_version": meta["features_version"],
        "normalization_version": meta["normalization_version"],
        "command": "python3 tools/train_tagger.py --ner-dir ../shared/ner "
                   f"--c1 {args.c1} --c2 {args.c2} --max-iterations {args.max_iterations}",
        "trainer": "python-crfsuite " + importlib.metadata.version("python-crfsuite"),
        "params": params,
        "split": "development = every 10th sentence (index 9, 19, ...) of each corpus file; training = the rest",
        "train_sentences": n_sent,
        "train_tokens": n_tok,
        "train_items_sha256": sha256(os.path.join(work, "train.txt")),
        "data_sha256": {c: sha256(os.path.join(args.ner_dir, c)) for c in CORPORA},
    }
    with open(os.path.join(args.out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print(json.dumps(manifest, indent=2), file=sys.stderr)


if __name__ == "__main__":
    main()
