#!/usr/bin/env python3
"""Writes a JSONL of varied ~4 KB conflict news articles in the contract's input shape, for ingest benchmarks.

Usage: python3 tools/make_ingest_bench.py [COUNT] [OUT] [--seed N]
       (defaults: 400 articles to out/ingest-bench-400.jsonl, seed 7; out/ is git-ignored)

Each article leads with one report of the fusion gold set (data/gold/fusion: several outlets' reports of the same
events, so articles of one cluster fuse, as a real news stream's do) and is filled up to about 4 KB with other
reports and paragraphs drawn from the repository's own texts: the events gold (data/gold/events), the claims gold
(data/gold/claims), the claim-fusion gold (data/gold/claim-fusion) and the bundled sample article
(samples/kursk-north-korean-troops.txt). The article is published on its lead report's date, so relative dates
("on Monday") resolve as in the gold. Only repository files are read (no dev data); the output is a derived,
throw-away benchmark input and is never committed.

Sources and licences of what is read: the gold sets are the project's own texts (CC BY 4.0, 2026-11-25); the
sample article is a news article bundled with the project for testing. Python 3 stdlib only; run from anywhere.
"""
import glob
import json
import os
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET_CHARS = 4000
OUTLETS = [
    "Global Wire", "Kyiv Independent Daily", "Sahel Monitor", "Levant Times", "Horn Observer", "Reuters-style Wire",
    "Field Dispatch", "Crisis Desk", "Border Report", "Frontline News", "Regional Herald", "Evening Courier",
]


def read_jsonl(pattern):
    rows = []
    for path in sorted(glob.glob(os.path.join(ROOT, pattern))):
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if not line or line.startswith("#"):
                    continue
                row = json.loads(line)
                if isinstance(row, dict) and isinstance(row.get("text"), str):
                    rows.append(row)
    return rows


def paragraphs(text):
    return [p.strip() for p in text.split("\n\n") if len(p.strip()) > 40]


def main(argv):
    seed = 7
    if "--seed" in argv:
        i = argv.index("--seed")
        seed = int(argv[i + 1])
        argv = argv[:i] + argv[i + 2:]
    count = int(argv[0]) if len(argv) > 0 else 400
    out = argv[1] if len(argv) > 1 else os.path.join(ROOT, "out", f"ingest-bench-{count}.jsonl")

    leads = read_jsonl("data/gold/fusion/*.jsonl")
    filler = []
    for pattern in ("data/gold/events/*.jsonl", "data/gold/claims/claims.*.jsonl", "data/gold/claim-fusion/*.jsonl", "data/gold/fusion/*.jsonl"):
        for row in read_jsonl(pattern):
            filler.extend(paragraphs(row["text"]))
    with open(os.path.join(ROOT, "samples", "kursk-north-korean-troops.txt"), encoding="utf-8") as f:
        filler.extend(paragraphs(f.read()))
    if not leads or not filler:
        sys.exit("no gold texts found under " + ROOT)

    rng = random.Random(seed)
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    total = 0
    with open(out, "w", encoding="utf-8") as f:
        for n in range(count):
            lead = leads[(n * 7 + rng.randrange(3)) % len(leads)]
            parts = [lead["text"]]
            size = len(lead["text"])
            while size < TARGET_CHARS:
                p = rng.choice(filler)
                if p in parts:
                    continue
                parts.append(p)
                size += len(p) + 2
            text = "\n\n".join(parts)
            total += len(text)
            outlet = OUTLETS[rng.randrange(len(OUTLETS))]
            record = {
                "id": f"bench-{seed}-{n:05d}",
                "text": text,
                "published": lead.get("published"),
                "source": outlet,
                "url": f"https://{outlet.lower().replace(' ', '-')}.example/{n:05d}",
                "title": lead["text"].split(". ")[0][:90],
            }
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{out}: {count} articles, mean {total // max(count, 1)} characters", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
