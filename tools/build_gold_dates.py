#!/usr/bin/env python3
"""Builds data/gold/dates/dates.{dev,test}.jsonl from dates.src.tsv (see data/gold/dates/README.md).

Split: within each batch (the id's prefix before '-': dt, dt2) and class, records ordered by the SHA-1 of their id; the first half goes to dev, the rest to test, so
every class is in both splits and no record moves when a class grows.
"""
import os

from goldsplit import half_split, write_splits

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
    write_splits(HERE, "dates", half_split(rows, lambda r: (r["id"].split("-")[0], r["gold"]["class"])))

if __name__ == "__main__":
    main()
