#!/usr/bin/env python3
"""Derives the compact actor dictionaries in data/actors/ from the Phoenix and PLOVER dictionaries.

Reads ../shared/data/coding/{phoenix,plover} (relative to the repository root, or SHARED_DATA) and writes:
  data/actors/people.phoenix.tsv        people with office codes and date ranges   (Phoenix, MIT)
  data/actors/institutions.phoenix.tsv  national institutions -> country + sector  (Phoenix, MIT)
  data/actors/groups.phoenix.tsv        non-state armed actors -> country + sector (Phoenix MNSA, MIT)
  data/actors/agents.plover.tsv         role nouns -> PLOVER sector codes          (PLOVER agents, CC BY-SA 4.0)
The hand-curated files (countries.tsv, acled_regimes.tsv, groups.tsv, people.tsv, force_nouns.tsv, places.tsv)
are edited by hand and are not touched here. Python 3 standard library only; output is deterministic.
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get("SHARED_DATA", os.path.join(ROOT, "..", "shared", "data"))
OUT = os.path.join(ROOT, "data", "actors")
DATE = "2026-11-25"

CODE_RE = re.compile(r"\[([~A-Z]+)\s*([^\]]*)\]")


def read_lines(path):
    with open(path, "rb") as f:
        for raw in f:
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                line = raw.decode("latin-1")
            yield line.rstrip("\r\n")


def phrase(token):
    """PETRARCH phrase 'VLADIMIR_V._PUTIN_' -> 'vladimir v. putin'."""
    token = token.strip().strip("+").strip()
    token = re.sub(r"\{.*?\}", "", token)
    token = token.replace("_", " ")
    token = re.sub(r"[\x00-\x1f\x7f]", "", token)
    token = re.sub(r"\s+", " ", token).strip()
    return token.lower()


def ymd(text):
    """Phoenix dates: YYMMDD (two-digit years: <= 30 is 20xx) or YYYYMMDD -> YYYY-MM-DD."""
    text = text.strip()
    if len(text) == 8:
        y, m, d = int(text[:4]), text[4:6], text[6:8]
    elif len(text) == 6:
        yy = int(text[:2])
        y, m, d = (2000 + yy if yy <= 30 else 1900 + yy), text[2:4], text[4:6]
    else:
        return None
    if m == "00":
        m = "01"
    if d == "00":
        d = "01"
    return f"{y:04d}-{m}-{d}"


def date_range(text):
    text = text.replace(" ", "")
    if not text:
        return "", ""
    if text.startswith(">"):
        return ymd(text[1:]) or "", ""
    if text.startswith("<"):
        return "", ymd(text[1:]) or ""
    if "-" in text:
        a, b = text.split("-", 1)
        return ymd(a) or "", ymd(b) or ""
    return "", ""


def blocks(path):
    """Yields (primary, comment, aliases, codes) for each PETRARCH actor block."""
    primary, comment, aliases, codes = None, "", [], []
    for line in read_lines(path):
        if not line.strip() or line.lstrip().startswith("#"):
            if line.strip() == "" and primary is not None:
                yield primary, comment, aliases, codes
                primary, comment, aliases, codes = None, "", [], []
            continue
        body, _, rest = line.partition("#")
        found = CODE_RE.findall(body)
        text = CODE_RE.sub("", body)
        if line.startswith("\t") or line.startswith(" ") and not text.strip():
            codes.extend(found)
            continue
        if text.strip().startswith("+"):
            for alias in text.split("+"):
                if alias.strip():
                    aliases.append(phrase(alias))
            codes.extend(found)
            continue
        if primary is not None:
            yield primary, comment, aliases, codes
        primary, comment, aliases, codes = phrase(text), rest.strip(), [], list(found)
    if primary is not None:
        yield primary, comment, aliases, codes


SECTORS = {"GOV", "MIL", "COP", "REB", "OPP", "PTY", "JUD", "LEG", "ELI", "SPY", "CVL", "BUS", "MED", "EDU",
           "REL", "LAB", "AGR", "CRM", "HLH", "REF", "JRN", "NGO", "UAF", "PRE", "DEV", "ENV", "SOC", "HRI",
           "IGO", "INS", "MOD", "RAD", "UNR", "IMG", "ATH", "CON", "SEP", "NGM", "MNC", "BUD", "MUS", "CHR"}


# Phoenix uses the World Bank code for Kosovo; ISO-style user code XKX is what the rest of the project uses.
COUNTRY_FIXES = {"KSV": "XKX"}

# Single words that some Phoenix group blocks list as aliases but that mean something else in news text.
STOP_ALIASES = {"organization", "organisation", "youth", "zero", "movement", "party", "front", "army", "mavericks",
                "yahweh", "group", "brigade", "the", "council", "committee", "resistance", "revolution"}


def split_code(code):
    """'UKRGOVMIL' -> ('UKR', ['GOV', 'MIL']); '~COP' -> ('', ['COP'])."""
    code = code.lstrip("~")
    parts = [code[i:i + 3] for i in range(0, len(code), 3)]
    if parts and parts[0] not in SECTORS:
        return COUNTRY_FIXES.get(parts[0], parts[0]), parts[1:]
    return "", parts


def header(out, source, licence, columns):
    out.write(f"# source: {source}\n# licence: {licence}\n# date: {DATE}\n")
    out.write("# regenerate: python3 tools/build_actors.py (reads ../shared/data/coding)\n")
    out.write("\t".join(columns) + "\n")


def clean_aliases(primary, aliases):
    seen, result = set(), []
    for a in [primary] + aliases:
        a = a.strip(" .'")
        if len(a) < 2 or a in seen or "\t" in a or "|" in a:
            continue
        seen.add(a)
        result.append(a)
    return result


def build_countries_file():
    people, institutions, countries = [], [], []
    path = os.path.join(SHARED, "coding", "phoenix", "Phoenix.Countries.actors.txt")
    for primary, comment, aliases, codes in blocks(path):
        names = clean_aliases(primary, aliases)
        if not names or not codes:
            continue
        if "countryinfo" in comment.lower():
            for code, dates in codes:
                iso3, sectors = split_code(code)
                if not iso3 or not sectors:
                    continue
                start, end = date_range(dates)
                people.append((names[0], "|".join(names[1:]), iso3, sectors[0], "|".join(sectors[1:]), start, end))
        else:
            whole = [c for c, d in codes if len(c) == 3 and (not d.strip() or d.strip().startswith(">"))]
            if whole:
                # A country block: its aliases are other names, adjectives, and cities or provinces in it.
                countries.append((COUNTRY_FIXES.get(whole[-1], whole[-1]), names[0].title(), "|".join(names[1:])))
                continue
            code, dates = codes[0]
            iso3, sectors = split_code(code)
            if iso3 and sectors and not dates.strip():
                institutions.append((names[0], "|".join(names[1:]), iso3, sectors[0], "|".join(sectors[1:])))
    people.sort()
    institutions.sort()
    with open(os.path.join(OUT, "people.phoenix.tsv"), "w", encoding="utf-8", newline="\n") as out:
        header(out, "Phoenix.Countries.actors.txt (Open Event Data Alliance, CountryInfo.140130), people blocks",
               "MIT (c) 2014 Open Event Data Alliance", ["name", "aliases", "iso3", "sector", "secondary", "start", "end"])
        for row in people:
            out.write("\t".join(row) + "\n")
    with open(os.path.join(OUT, "institutions.phoenix.tsv"), "w", encoding="utf-8", newline="\n") as out:
        header(out, "Phoenix.Countries.actors.txt (Open Event Data Alliance), national institution blocks",
               "MIT (c) 2014 Open Event Data Alliance", ["name", "aliases", "iso3", "sector", "secondary"])
        for row in institutions:
            out.write("\t".join(row) + "\n")
    countries.sort()
    with open(os.path.join(OUT, "countries.phoenix.tsv"), "w", encoding="utf-8", newline="\n") as out:
        header(out, "Phoenix.Countries.actors.txt (Open Event Data Alliance), country blocks: names, adjectives, cities",
               "MIT (c) 2014 Open Event Data Alliance", ["iso3", "name", "aliases"])
        for row in countries:
            out.write("\t".join(row) + "\n")
    return len(people), len(institutions)


def build_groups_file():
    rows = []
    path = os.path.join(SHARED, "coding", "phoenix", "Phoenix.MilNonState.actors.txt")
    for primary, comment, aliases, codes in blocks(path):
        names = [n for n in clean_aliases(re.sub(r"\s*\(.*?\)\s*", " ", primary).strip(), aliases) if n not in STOP_ALIASES]
        if not names or not codes:
            continue
        code = codes[0][0]
        iso3, sectors = split_code(code)
        if len(iso3) != 3 or iso3 in ("IMG", "INT", "MEA", "SAS", "SEA", "WEU", "KKL", "AFR", "EUR", "LAM", "ASA"):
            # International/regional codes have no single home country.
            iso3 = ""
        sector = next((s for s in sectors if s in ("REB", "OPP", "UAF", "CRM", "PTY", "MIL", "SEP")), "REB")
        rows.append((names[0], "|".join(names[1:]), iso3, sector, code))
    rows.sort()
    with open(os.path.join(OUT, "groups.phoenix.tsv"), "w", encoding="utf-8", newline="\n") as out:
        header(out, "Phoenix.MilNonState.actors.txt (Open Event Data Alliance; names from START TOPS)",
               "MIT (c) Open Event Data Alliance", ["name", "aliases", "iso3", "sector", "phoenix_code"])
        for row in rows:
            out.write("\t".join(row) + "\n")
    return len(rows)


def build_agents_file():
    subs = {}
    rows = {}
    path = os.path.join(SHARED, "coding", "plover", "PLOVER_agents.txt")
    for line in read_lines(path):
        body = line.split("#", 1)[0].strip()
        if not body:
            continue
        m = re.match(r"^(![A-Z]+!)\s*=\s*(.*)$", body)
        if m:
            subs[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        codes = CODE_RE.findall(body)
        if not codes:
            continue
        text = CODE_RE.sub("", body)
        plural = re.findall(r"\{(.*?)\}", text)
        text = re.sub(r"\{.*?\}", "", text).strip()
        variants = [text]
        for key, values in subs.items():
            if any(key in v for v in variants):
                variants = [v.replace(key, value) for v in variants for value in values]
        variants += [p for group in plural for p in group.split()]
        _, sectors = split_code(codes[0][0])
        if not sectors:
            continue
        for v in variants:
            p = phrase(v)
            if len(p) < 2 or "!" in p:
                continue
            rows.setdefault(p, "|".join(sectors))
    with open(os.path.join(OUT, "agents.plover.tsv"), "w", encoding="utf-8", newline="\n") as out:
        header(out, "PLOVER_agents.txt (openeventdata/PLOVER; CAMEO agents by Parus Analytics / OEDA)",
               "CC BY-SA 4.0 (derived file shares alike)", ["phrase", "sectors"])
        for p in sorted(rows):
            out.write(f"{p}\t{rows[p]}\n")
    return len(rows)


def main():
    if not os.path.isdir(SHARED):
        sys.exit(f"shared data not found at {SHARED}; set SHARED_DATA")
    os.makedirs(OUT, exist_ok=True)
    people, institutions = build_countries_file()
    groups = build_groups_file()
    agents = build_agents_file()
    print(f"people ranges {people}, institutions {institutions}, groups {groups}, agents {agents}")


if __name__ == "__main__":
    main()
