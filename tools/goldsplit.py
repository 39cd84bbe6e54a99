"""Shared by the gold builders: a stable half split per group and writing the split files."""

import hashlib
import json
import os


def half_split(rows, group_key):
    """Within each group, records ordered by the SHA-1 of their id; the first half (rounded up) is dev, the rest test."""
    splits = {"dev": [], "test": []}
    for key in sorted({group_key(r) for r in rows}):
        group = sorted((r for r in rows if group_key(r) == key), key=lambda r: hashlib.sha1(r["id"].encode()).hexdigest())
        half = (len(group) + 1) // 2
        splits["dev"].extend(group[:half])
        splits["test"].extend(group[half:])
    return splits


def write_splits(folder, stem, splits):
    """Writes <stem>.dev.jsonl and <stem>.test.jsonl, records ordered by id, and prints their sizes."""
    for name, records in splits.items():
        with open(os.path.join(folder, f"{stem}.{name}.jsonl"), "w", encoding="utf-8") as f:
            for r in sorted(records, key=lambda r: r["id"]):
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(name, len(records))
