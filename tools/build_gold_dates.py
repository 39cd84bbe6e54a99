#!/usr/bin/env python3
"""Builds data/gold/dates/dates.{dev,test}.jsonl from dates.src.tsv (see data/gold/dates/README.md).

Split: within each class, records ordered by the SHA-1 of their id; the first half goes to dev, the rest to test, so
every class is in both splits and no record moves when a class grows.
"""
import hashlib
import json
import os

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "gold", "dates")


def main():
    rows = []
    with open(os.path.join(HERE, "dates.src.tsv"), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            rid, cls, published, expression, start, end, event_date, precision, text = line.split("\t")
            if expression not in text:
                raise SystemExit(f"{rid}: the expression '{expression}' is not in the text")
            rows.append({
                "id": rid, "text": text, "published": published, "source": "sitrep-gold (written for evaluation)",
                "gold": {"class": cls, "expression": expression, "date_start": start, "date_end": end,
                         "event_date": event_date, "time_precision": int(precision)},
            })
    splits = {"dev": [], "test": []}
    for cls in sorted({r["gold"]["class"] for r in rows}):
        group = sorted((r for r in rows if r["gold"]["class"] == cls), key=lambda r: hashlib.sha1(r["id"].encode()).hexdigest())
        half = (len(group) + 1) // 2
        splits["dev"].extend(group[:half])
        splits["test"].extend(group[half:])
    for name, records in splits.items():
        with open(os.path.join(HERE, f"dates.{name}.jsonl"), "w", encoding="utf-8") as f:
            for r in sorted(records, key=lambda r: r["id"]):
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(name, len(records))


if __name__ == "__main__":
    main()
