#!/usr/bin/env python3
"""Checks data/events/triggers.tsv against PLOVER's CAMEO-to-PLOVER table and Phoenix's CAMEO verb dictionary.

For each trigger with a CAMEO code: the code must exist in CAMEO2PLOVER-2021.txt, and the PLOVER event it maps to
there must be the row's plover_event (or the row says why not in this script's EXCEPTIONS). It also reports how many
of the row's single-word forms appear in CAMEO.2.0.txt under a code with the same two-digit root, as a sanity check.
It also checks that the needs column names a kind of context_words.tsv (optionally "/N").
Python 3 stdlib only; reads ../shared/data/coding. Exit code 1 on a mismatch.
"""
import os
import re
import sys

import tsvdata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get("SHARED_DATA", os.path.join(ROOT, "..", "shared", "data"))

# Rows whose PLOVER event deliberately differs from the 2021 table.
EXCEPTIONS = {
    "1711": "defusal/seizure of weapons: COERCE seize, as in the table",
    "175": "crowd dispersal: the table maps 175 to ASSAULT; PLOVER's crowd-control mode is ASSAULT's",
}


def cameo_table():
    table = {}
    with open(os.path.join(SHARED, "coding", "plover", "CAMEO2PLOVER-2021.txt"), encoding="utf-8", errors="replace") as f:
        for line in f:
            m = re.match(r"^(\d{2,4}):\s*([A-Z]+)", line)
            if m:
                table.setdefault(m.group(1), m.group(2))
    return table


def verb_roots():
    """word -> set of two-digit CAMEO roots under which it appears in the Phoenix verb dictionary."""
    roots, code = {}, None
    with open(os.path.join(SHARED, "coding", "phoenix", "CAMEO.2.0.txt"), encoding="utf-8", errors="replace") as f:
        for line in f:
            m = re.search(r"\[(\d{3,4})\]", line)
            if line.startswith("---") and m:
                code = m.group(1)[:2]
            word = line.strip().split("#")[0].strip()
            if code and word and not word.startswith("-") and not word.startswith("[") and " " not in word:
                roots.setdefault(word.lower().strip("_"), set()).add(code)
    return roots


def context_kinds():
    path = os.path.join(ROOT, "data", "events", "context_words.tsv")
    return {row["kind"] for _, row in tsvdata.rows(path)}


def main():
    table, roots, kinds = cameo_table(), verb_roots(), context_kinds()
    bad = 0
    path = os.path.join(ROOT, "data", "events", "triggers.tsv")
    for n, row in tsvdata.rows(path):
        needs = row.get("needs", "")
        if needs and not re.match(r"^[a-z_]+(/\d+)?$", needs) or needs.split("/")[0] not in kinds | {""}:
            print(f"triggers.tsv:{n}: needs '{needs}' is not KIND or KIND/N with a kind of context_words.tsv")
            bad += 1
        code, event = row["cameo"], row["plover_event"]
        if not code:
            continue
        mapped = table.get(code)
        if mapped is None:
            print(f"triggers.tsv:{n}: CAMEO {code} is not in CAMEO2PLOVER-2021.txt")
            bad += 1
        elif mapped != event and code not in EXCEPTIONS:
            print(f"triggers.tsv:{n}: CAMEO {code} maps to {mapped} in CAMEO2PLOVER, row says {event}")
            bad += 1
        words = [w for w in row["forms"].split("|") if " " not in w]
        seen = [w for w in words if code[:2] in roots.get(w, ())]
        print(f"{row['lemma']:20} CAMEO {code:5} {event:9} forms in CAMEO.2.0 under root {code[:2]}: {len(seen)}/{len(words)}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
