#!/usr/bin/env python3
"""Writes data/language/quantity-words.tsv (hand-chosen words; the lists live here to keep them easy to extend).

Usage: python3 tools/make_quantity_words.py > data/language/quantity-words.tsv
"""
rows = []
units = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
         "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
for i, w in enumerate(units, start=1):
    rows.append((w, "NUMBER", str(i)))
for w, v in [("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70), ("eighty", 80),
             ("ninety", 90), ("hundred", 100), ("thousand", 1000), ("million", 1000000), ("billion", 1000000000),
             ("dozen", 12), ("a dozen", 12)]:
    rows.append((w, "NUMBER", str(v)))
for w, v in [("dozens", 12), ("scores", 20), ("hundreds", 100), ("thousands", 1000), ("tens of thousands", 10000),
             ("hundreds of thousands", 100000), ("millions", 1000000), ("several", 3), ("a few", 3), ("a handful", 3)]:
    rows.append((w, "VAGUE", str(v)))
for w in ["approximately", "about", "around", "nearly", "almost", "roughly", "some", "over", "more than", "less than",
          "fewer than", "at least", "at most", "up to", "as many as", "an estimated", "estimated", "close to",
          "upwards of", "just over", "just under"]:
    rows.append((w, "APPROX", "-"))
for w in ["km", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "metres", "meters", "metre", "meter",
          "kg", "kilograms", "tonnes", "tons", "tonne", "ton", "litres", "liters", "barrels", "percent", "per cent", "%",
          "hectares", "square kilometres", "square kilometers", "mm", "year-old", "years-old", "month-old", "week-old",
          "day-old", "years old", "months old"]:
    rows.append((w, "UNIT", "-"))
months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
          "december"]
for i, w in enumerate(months):
    rows.append((w, "MONTH", str(i + 1)))
for w, v in [("jan.", 1), ("feb.", 2), ("mar.", 3), ("apr.", 4), ("jun.", 6), ("jul.", 7), ("aug.", 8), ("sept.", 9),
             ("sep.", 9), ("oct.", 10), ("nov.", 11), ("dec.", 12)]:
    rows.append((w, "MONTH", str(v)))
for w in ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tomorrow",
          "tonight", "last night", "this morning", "this week", "last week", "next week", "this month", "last month",
          "next month", "this year", "last year", "next year", "earlier this week", "earlier this month",
          "earlier this year", "the previous day", "the next day", "overnight", "this weekend", "last weekend"]:
    rows.append((w, "DATE", "-"))
print("# Number words, vague quantities, approximators, units, months and date words for the rule-based")
print("# DATE / CARDINAL / QUANTITY entities. Values: the number a word stands for (vague words: ACLED's conservative")
print("# reading, \"dozens\" = 12, \"hundreds\" = 100, \"several\" = 3). Written by hand for Sitrep, 2026-11-25. Licence: CC0.")
print("# Regenerate: python3 tools/make_quantity_words.py > data/language/quantity-words.tsv")
print("# Columns: phrase (lower case), kind (NUMBER | VAGUE | APPROX | UNIT | MONTH | DATE), value or -")
for r in rows:
    print("\t".join(r))
