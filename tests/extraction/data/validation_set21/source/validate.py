#!/usr/bin/env python3
"""Checks ../articles.jsonl and ../dev_gold.jsonl against the extraction spec.

* every gold row has exactly the keys, in the order, of /work/shared/data/dev_gold.jsonl
* article title exists; published matches the article; published_inferred is False
* quote is verbatim, occurs exactly once in the article, and lies inside one sentence
* responsible / co_executors are canonical names of bodies.json (not aliases)
* deadline is an ISO date; deadline / granularity re-derived from deadline_text +
  published per spec section 4 must agree with the gold
Usage: python3 validate.py [articles.jsonl] [gold.jsonl]
"""
import calendar
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BODIES = "/work/main/tracker/extraction/data/bodies.json"
SHARED_GOLD = "/work/shared/data/dev_gold.jsonl"

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
NUM = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
       "seven": 7, "eight": 8, "nine": 9, "ten": 10, "fourteen": 14, "fifteen": 15, "thirty": 30}
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def eom(y, m):
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def resolve(text, pub):
    """Return (iso_date or None, granularity or None) for a deadline_text, spec section 4."""
    if text is None:
        return None, None
    t = text.lower().strip().rstrip(".")
    y0 = pub.year
    cur = r"(?: of (?:the current|this) year)?"
    # explicit day + month (+ optional year)
    m = re.fullmatch(r"(?:by|until|before|no later than) (\w+) (\d{1,2})(?:, (\d{4}))?(" + cur + ")", t)
    if m and m.group(1) in MONTHS:
        mon, day = MONTHS[m.group(1)], int(m.group(2))
        if m.group(3):
            d = dt.date(int(m.group(3)), mon, day)
        elif m.group(4):
            d = dt.date(y0, mon, day)
        else:
            d = dt.date(y0, mon, day)
            if d < pub:
                d = dt.date(y0 + 1, mon, day)
        return d.isoformat(), "day"
    # end of (current) year
    if re.fullmatch(r"by (?:the )?(?:end of (?:the )?(?:current |this )?year|year-end)", t):
        return dt.date(y0, 12, 31).isoformat(), "year"
    if re.fullmatch(r"by the end of next year|in the next year|next year", t):
        return dt.date(y0 + 1, 12, 31).isoformat(), "year"
    if t in ("this year", "in the current year", "in this year"):
        return dt.date(y0, 12, 31).isoformat(), "year"
    # explicit year or range
    m = re.fullmatch(r"(?:in|by|by the end of|until|before the end of)(?: the year)? (\d{4})(?:-(\d{4}))?", t)
    if m:
        y = int(m.group(2) or m.group(1))
        return dt.date(y, 12, 31).isoformat(), "year"
    # month
    m = re.fullmatch(r"(?:in|by|by the end of|until the end of) (\w+)(" + cur + r")?(?: (\d{4}))?", t)
    if m and m.group(1) in MONTHS:
        mon = MONTHS[m.group(1)]
        if m.group(3):
            d = eom(int(m.group(3)), mon)
        else:
            d = eom(y0, mon)
            if not m.group(2) and d < pub:
                d = eom(y0 + 1, mon)
        return d.isoformat(), "month"
    # quarter
    m = re.fullmatch(r"(?:in|by the end of|until the end of|during) the (first|second|third|fourth) quarter"
                     r"(?: of (\d{4})| of next year| of (?:the current|this) year)?", t)
    if m:
        q = ORD[m.group(1)]
        if m.group(2):
            y = int(m.group(2))
        elif "next year" in t:
            y = y0 + 1
        else:
            y = y0
            if eom(y0, 3 * q) < pub and "this year" not in t and "current year" not in t:
                y = y0 + 1
        return eom(y, 3 * q).isoformat(), "quarter"
    # half
    m = re.fullmatch(r"(?:in|by the end of|during) the (first|second) half of (?:the year|(\d{4})|next year)|by mid-year", t)
    if m:
        first = t == "by mid-year" or m.group(1) == "first"
        mon = 6 if first else 12
        if m and m.group(2):
            y = int(m.group(2))
        elif "next year" in t:
            y = y0 + 1
        else:
            y = y0 if eom(y0, mon) >= pub else y0 + 1
        return eom(y, mon).isoformat(), "half"
    # within a period
    m = re.fullmatch(r"within (?:(\w+) |)(day|days|week|weeks|month|months)", t) or \
        re.fullmatch(r"in (\w+) (days|weeks|months)", t)
    if m:
        n = m.group(1)
        n = int(n) if n and n.isdigit() else NUM.get(n or "a")
        unit = m.group(2)
        if unit.startswith("day"):
            d = pub + dt.timedelta(days=n)
        elif unit.startswith("week"):
            d = pub + dt.timedelta(weeks=n)
        else:
            d = add_months(pub, n)
        return d.isoformat(), "day"
    # weekday
    m = re.fullmatch(r"by (\w+)", t)
    if m and m.group(1) in WEEKDAYS:
        delta = (WEEKDAYS[m.group(1)] - pub.weekday()) % 7 or 7
        return (pub + dt.timedelta(days=delta)).isoformat(), "day"
    m = re.fullmatch(r"by the end of (this|next) week", t)
    if m:
        sunday = pub + dt.timedelta(days=6 - pub.weekday())
        if m.group(1) == "next":
            sunday += dt.timedelta(days=7)
        return sunday.isoformat(), "day"
    # event-based / vague -> null
    return None, None


SENT_END = re.compile(r"[.!?;:][\"”»]?\s+(?=[A-Z\"“«-])")


def sentences(text):
    out = []
    for line in text.split("\n"):
        start = 0
        for m in SENT_END.finditer(line):
            out.append(line[start:m.start() + 1].strip())
            start = m.end()
        out.append(line[start:].strip())
    return [s for s in out if s]


def main():
    arts_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "articles.jsonl")
    gold_path = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "dev_gold.jsonl")
    bodies = json.load(open(BODIES, encoding="utf-8"))
    canon = {b["name"] for b in bodies}
    with open(SHARED_GOLD, encoding="utf-8") as f:
        ref_keys = list(json.loads(f.readline()).keys())
    arts = [json.loads(l) for l in open(arts_path, encoding="utf-8") if l.strip()]
    gold = [json.loads(l) for l in open(gold_path, encoding="utf-8") if l.strip()]
    errors = []
    by_title = {}
    ids = set()
    for a in arts:
        if list(a.keys()) != ["id", "lang", "published", "title", "text"]:
            errors.append(f"article {a.get('id')}: keys {list(a.keys())}")
        if a["id"] in ids or a["title"] in by_title:
            errors.append(f"duplicate article id/title {a['id']}")
        ids.add(a["id"])
        by_title[a["title"]] = a
        dt.date.fromisoformat(a["published"])
        if "“" in a["text"] or "”" in a["text"]:
            errors.append(f"{a['id']}: curly quotes")
    for i, g in enumerate(gold, 1):
        tag = f"gold line {i} ({g.get('quote', '')[:40]!r})"
        if list(g.keys()) != ref_keys:
            errors.append(f"{tag}: keys/order {list(g.keys())}")
            continue
        a = by_title.get(g["article"])
        if a is None:
            errors.append(f"{tag}: unknown article")
            continue
        if g["published"] != a["published"]:
            errors.append(f"{tag}: published mismatch")
        if g["published_inferred"] is not False:
            errors.append(f"{tag}: published_inferred should be false")
        if not isinstance(g["optional"], bool):
            errors.append(f"{tag}: optional not bool")
        q, text = g["quote"], a["text"]
        n = text.count(q)
        if n != 1:
            errors.append(f"{tag}: quote occurs {n} times")
        if not any(q in s for s in sentences(text)):
            errors.append(f"{tag}: quote not inside a single sentence")
        for fld in ("responsible", "co_executors"):
            for b in g[fld]:
                if b not in canon:
                    errors.append(f"{tag}: {fld} {b!r} not a canonical body")
        if set(g["responsible"]) & set(g["co_executors"]):
            errors.append(f"{tag}: body both responsible and co-executor")
        if not g["task"] or not isinstance(g["task"], str):
            errors.append(f"{tag}: empty task")
        if g["deadline"] is not None:
            try:
                dt.date.fromisoformat(g["deadline"])
            except ValueError:
                errors.append(f"{tag}: deadline not ISO")
        if g["deadline"] is not None and g["deadline_text"] is None:
            errors.append(f"{tag}: deadline without deadline_text")
        if g["deadline_text"] is not None and g["deadline_text"] not in text:
            errors.append(f"{tag}: deadline_text not verbatim in article")
        if (g["deadline"] is None) != (g["deadline_granularity"] is None):
            errors.append(f"{tag}: deadline/granularity null mismatch")
        exp_d, exp_g = resolve(g["deadline_text"], dt.date.fromisoformat(g["published"]))
        if (exp_d, exp_g) != (g["deadline"], g["deadline_granularity"]):
            errors.append(f"{tag}: deadline {g['deadline']}/{g['deadline_granularity']} "
                          f"but {g['deadline_text']!r} resolves to {exp_d}/{exp_g}")
    # summary
    per = {a["title"]: [0, 0] for a in arts}
    for g in gold:
        if g["article"] in per:
            per[g["article"]][1 if g["optional"] else 0] += 1
    zero = sum(1 for v in per.values() if v[0] == 0)
    few = sum(1 for v in per.values() if 1 <= v[0] <= 2)
    many = sum(1 for v in per.values() if v[0] >= 3)
    print(f"articles: {len(arts)}; gold rows: {len(gold)} "
          f"(required {sum(v[0] for v in per.values())}, optional {sum(v[1] for v in per.values())})")
    print(f"articles with 0 required: {zero}; 1-2: {few}; 3+: {many}")
    print(f"with deadline: {sum(1 for g in gold if g['deadline'])}; "
          f"deadline_text but null deadline: {sum(1 for g in gold if g['deadline_text'] and not g['deadline'])}")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("OK: no problems found")


if __name__ == "__main__":
    main()
