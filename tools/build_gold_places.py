#!/usr/bin/env python3
"""Builds data/gold/places/places.{dev,test}.jsonl from places.src.tsv (see data/gold/places/README.md).

Split: within each batch and class (the batch is the id's prefix before '-': pl, pl2...), records ordered by the
SHA-1 of their id; the first half goes to dev, the rest to test, so every class is in both splits and no record moves
when another batch or class grows.
"""
import os

from goldsplit import half_split, write_splits

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "gold", "places")


def main():
    rows = []
    with open(os.path.join(HERE, "places.src.tsv"), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            rid, cls, published, country, admin1, location, precision, text = line.split("\t")
            rows.append({
                "id": rid, "text": text, "published": published, "source": "sitrep-gold (written for evaluation)",
                "gold": {"class": cls, "country": country, "admin1": admin1, "location": location,
                         "geo_precision": int(precision)},
            })
    write_splits(HERE, "places", half_split(rows, lambda r: (r["id"].split("-")[0], r["gold"]["class"])))

if __name__ == "__main__":
    main()
