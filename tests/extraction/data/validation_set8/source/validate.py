#!/usr/bin/env python3
"""Checks for validation_set8.

* every gold quote occurs exactly once in its article's text and lies inside
  one sentence; deadline_text (when given) lies in the same sentence;
* responsible / co_executors are canonical names from bodies.json;
* ISO dates, valid granularity, field set equal to the dev gold's;
* deadlines re-derived from deadline_text + publication date by a small
  resolver that implements spec section 4.
"""
import calendar
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BODIES = "/work/main/tracker/extraction/data/bodies.json"
FIELDS = {"article", "published", "published_inferred", "quote", "optional",
          "issuer", "responsible", "co_executors", "task", "deadline",
          "deadline_text", "deadline_granularity"}
GRANS = {None, "day", "month", "quarter", "half", "year"}
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
NUM = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
       "seven": 7, "ten": 10}
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def eom(y, m):
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def add_months(d, n):
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def resolve(text, pub):
    """Return (deadline ISO or None, granularity or None) per spec section 4."""
    if text is None:
        return None, None
    t = text.lower().strip()
    y = pub.year
    # explicit day + month (+ optional year)
    m = re.search(r"(?:by|until|before|no later than)\s+([a-z]+)\s+(\d{1,2})(?:,\s*(\d{4}))?"
                  r"(\s+of the current year|\s+of this year)?", t)
    if m and m.group(1) in MONTHS:
        mon, day = MONTHS[m.group(1)], int(m.group(2))
        if m.group(3):
            return dt.date(int(m.group(3)), mon, day).isoformat(), "day"
        d = dt.date(y, mon, day)
        if not m.group(4) and d < pub:
            d = dt.date(y + 1, mon, day)
        return d.isoformat(), "day"
    # within N days/weeks/months/years
    m = re.search(r"within\s+(\w+)\s+(day|week|month|year)s?", t)
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else NUM[m.group(1)]
        u = m.group(2)
        if u == "day":
            d = pub + dt.timedelta(days=n)
        elif u == "week":
            d = pub + dt.timedelta(weeks=n)
        elif u == "month":
            d = add_months(pub, n)
        else:
            d = add_months(pub, 12 * n)
        return d.isoformat(), "day"
    # weekday
    m = re.search(r"by\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)", t)
    if m:
        k = (WEEKDAYS[m.group(1)] - pub.weekday()) % 7 or 7
        return (pub + dt.timedelta(days=k)).isoformat(), "day"
    m = re.search(r"end of (this|next) week", t)
    if m:
        sunday = pub + dt.timedelta(days=6 - pub.weekday())
        if m.group(1) == "next":
            sunday += dt.timedelta(days=7)
        return sunday.isoformat(), "day"
    # quarters
    m = re.search(r"(first|second|third|fourth) quarter(?: of (\d{4}))?", t)
    if m:
        q = ORD[m.group(1)]
        qy = int(m.group(2)) if m.group(2) else y
        d = eom(qy, 3 * q)
        if not m.group(2) and d < pub:
            d = eom(y + 1, 3 * q)
        return d.isoformat(), "quarter"
    # halves
    m = re.search(r"(first|second) half of (?:the year|next year|(\d{4}))", t)
    if m:
        mon = 6 if m.group(1) == "first" else 12
        if "next year" in t:
            return eom(y + 1, mon).isoformat(), "half"
        if m.group(2):
            return eom(int(m.group(2)), mon).isoformat(), "half"
        d = eom(y, mon)
        if d < pub:
            d = eom(y + 1, mon)
        return d.isoformat(), "half"
    # months
    m = re.search(r"(?:in|by the end of|by)\s+([a-z]+)\b", t)
    if m and m.group(1) in MONTHS:
        d = eom(y, MONTHS[m.group(1)])
        if d < pub:
            d = eom(y + 1, MONTHS[m.group(1)])
        return d.isoformat(), "month"
    if "end of next year" in t:
        return dt.date(y + 1, 12, 31).isoformat(), "year"
    if re.search(r"end of the (current )?year|end of this year|year-end|in the current year|^this year$", t):
        return dt.date(y, 12, 31).isoformat(), "year"
    m = re.search(r"(?:in|by|until|by the end of)\s+(?:\d{4}-)?(\d{4})$", t)
    if m:
        return dt.date(int(m.group(1)), 12, 31).isoformat(), "year"
    return None, None  # promptly, by the start of ..., etc.


def sentences(text):
    out = []
    for line in text.split("\n"):
        out.extend(s for s in re.split(r"(?<=[.!?])\s+", line) if s.strip())
    return out


def main():
    arts = {}
    for line in open(os.path.join(HERE, "articles.jsonl"), encoding="utf-8"):
        a = json.loads(line)
        assert set(a) >= {"id", "lang", "published", "title", "text"}, a
        assert a["lang"] == "en"
        dt.date.fromisoformat(a["published"])
        assert "2025-03-01" <= a["published"] <= "2026-09-30", a["published"]
        assert a["title"] not in arts, "duplicate title"
        arts[a["title"]] = a
    bodies = {b["name"] for b in json.load(open(BODIES, encoding="utf-8"))}
    errors = 0
    per_art = {t: 0 for t in arts}
    rows = [json.loads(l) for l in open(os.path.join(HERE, "dev_gold.jsonl"), encoding="utf-8")]
    for i, r in enumerate(rows, 1):
        def bad(msg):
            nonlocal errors
            errors += 1
            print(f"row {i} [{r.get('quote')!r}]: {msg}")
        if set(r) != FIELDS:
            bad(f"fields {set(r) ^ FIELDS}")
            continue
        a = arts.get(r["article"])
        if not a:
            bad("unknown article")
            continue
        per_art[r["article"]] += 1
        if r["published"] != a["published"]:
            bad("published mismatch")
        text = a["text"]
        if text.count(r["quote"]) != 1:
            bad(f"quote occurs {text.count(r['quote'])} times")
        sents = [s for s in sentences(text) if r["quote"] in s]
        if len(sents) != 1:
            bad("quote not inside exactly one sentence")
        elif r["deadline_text"] and r["deadline_text"] not in sents[0]:
            bad("deadline_text not in the quote's sentence")
        for b in r["responsible"] + r["co_executors"]:
            if b not in bodies:
                bad(f"non-canonical body {b!r}")
        if r["deadline_granularity"] not in GRANS:
            bad("bad granularity")
        if r["deadline"] is not None:
            dt.date.fromisoformat(r["deadline"])
        if (r["deadline"] is None) != (r["deadline_granularity"] is None):
            bad("deadline/granularity nullness differ")
        if r["deadline"] is not None and not r["deadline_text"]:
            bad("deadline without deadline_text")
        exp = resolve(r["deadline_text"], dt.date.fromisoformat(r["published"]))
        if exp != (r["deadline"], r["deadline_granularity"]):
            bad(f"resolver says {exp}, gold {(r['deadline'], r['deadline_granularity'])}")
        if not r["task"] or not isinstance(r["optional"], bool):
            bad("task/optional")
    # distinct quotes within an article must not overlap ambiguously
    seen = {}
    for r in rows:
        key = (r["article"], r["quote"])
        if key in seen:
            errors += 1
            print("duplicate quote", key)
        seen[key] = 1
    empty = [t for t, n in per_art.items() if n == 0]
    req = sum(not r["optional"] for r in rows)
    print(f"{len(arts)} articles, {len(rows)} gold rows ({req} required, {len(rows) - req} optional), "
          f"{len(empty)} articles without labels, "
          f"{sum(1 for r in rows if not r['optional'] and r['deadline'])} required with deadline")
    print("errors:", errors)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
