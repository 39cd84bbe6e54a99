#!/usr/bin/env python3
"""Regenerates data/events/cameo_plover.tsv and data/events/cameo_verbs.phoenix.txt from ../shared/data/coding.

cameo_plover.tsv: PLOVER's CAMEO-to-PLOVER conversion table (CAMEO2PLOVER-2021.txt, CC BY-SA 4.0) as
  cameo / plover_event / plover_mode rows; modes that are not modes of the event in data/events/plover.tsv are left
  empty (the 2021 table names some draft modes).
cameo_verbs.phoenix.txt: Phoenix/PETRARCH-2's CAMEO 2.0 verb dictionary (CAMEO.2.0.txt, MIT, Open Event Data
  Alliance) unchanged, with a header naming its source.
Usage: python3 tools/import_cameo_dictionaries.py [SHARED_DATA_DIR]   (default ../shared/data)
"""
import os
import sys

import tsvdata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "data")
EVENTS = os.path.join(ROOT, "data", "events")


def plover_modes():
    modes = {}
    for _, row in tsvdata.rows(os.path.join(EVENTS, "plover.tsv")):
        modes[row["event"]] = set(m for m in row.get("modes", "").split("|") if m)
    return modes


def cameo_plover():
    modes = plover_modes()
    src = os.path.join(SHARED, "coding", "plover", "CAMEO2PLOVER-2021.txt")
    rows, seen = [], set()
    with open(src, encoding="utf-8") as f:
        for line in f:
            line = line.split("#")[0].strip()
            if ":" not in line or line.startswith("~"):
                continue
            code, rest = line.split(":", 1)
            code = code.strip()
            if not code.isdigit() or code in seen:
                continue
            parts = [p.strip() for p in rest.split(",")]
            event = parts[0]
            if event not in modes:
                continue
            mode = parts[1] if len(parts) > 1 else ""
            if mode not in modes[event]:
                mode = ""
            seen.add(code)
            rows.append((code, event, mode))
    out = os.path.join(EVENTS, "cameo_plover.tsv")
    with open(out, "w", encoding="utf-8") as f:
        f.write("# CAMEO code -> PLOVER event and mode, for codes given by a CAMEO verb dictionary.\n")
        f.write("# source: PLOVER, CAMEO2PLOVER-2021.txt (openeventdata/PLOVER, draft 0.8, 17-Sep-2021, Philip Schrodt)\n")
        f.write("# licence: CC BY-SA 4.0\n")
        f.write("# date: 2026-11-25; regenerate with python3 tools/import_cameo_dictionaries.py\n")
        f.write("# columns: cameo = 2-4 digit code (a code without a row takes its longest listed prefix); modes not in plover.tsv are left empty\n")
        f.write("cameo\tplover_event\tplover_mode\n")
        for code, event, mode in rows:
            f.write(f"{code}\t{event}\t{mode}\n")
    print(f"{out}: {len(rows)} codes")


def cameo_verbs():
    src = os.path.join(SHARED, "coding", "phoenix", "CAMEO.2.0.txt")
    out = os.path.join(EVENTS, "cameo_verbs.phoenix.txt")
    with open(src, encoding="utf-8", errors="replace") as f:
        text = f.read()
    with open(out, "w", encoding="utf-8") as f:
        f.write("# CAMEO 2.0 verb pattern dictionary of PETRARCH-2 / Phoenix, unchanged below this header.\n")
        f.write("# source: ../shared/data/coding/phoenix/CAMEO.2.0.txt (openeventdata, last update 30 April 2015)\n")
        f.write("# licence: MIT, Copyright (c) 2015 Open Event Data Alliance (full notice below)\n")
        f.write("# date: 2026-11-25; regenerate with python3 tools/import_cameo_dictionaries.py\n")
        f.write(text)
    print(f"{out}: {len(text)} chars")


if __name__ == "__main__":
    cameo_plover()
    cameo_verbs()
