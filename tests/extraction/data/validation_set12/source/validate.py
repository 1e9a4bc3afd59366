#!/usr/bin/env python3
"""Checks validation_set12: verbatim/unique quotes, registry names, ISO dates, and re-derives
every deadline from deadline_text + published with a small independent resolver (spec section 4)."""
import calendar, datetime as dt, json, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BODIES = "/work/main/tracker/extraction/data/bodies.json"
KEYS = ["article", "published", "published_inferred", "quote", "optional", "issuer", "responsible",
        "co_executors", "task", "deadline", "deadline_text", "deadline_granularity"]
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
NUM = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10}
NULL_CUES = ("start of", "beginning of", "promptly", "as soon as possible", "without delay", "in a timely")


def eom(y, m):
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def add_months(d, n):
    m0 = d.month - 1 + n
    y, m = d.year + m0 // 12, m0 % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def resolve(text, pub):
    """Return (date or None, granularity or None)."""
    t = text.lower().strip()
    if any(c in t for c in NULL_CUES) and not re.search(r"\d", t) and "quarter" not in t:
        return None, None
    if "working day" in t or "business day" in t:
        raise ValueError("working days are not defined by the spec")
    # within N units
    m = re.search(r"within (\w+) (day|week|month|year)s?", t)
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else NUM[m.group(1)]
        u = m.group(2)
        if u == "day": return pub + dt.timedelta(days=n), "day"
        if u == "week": return pub + dt.timedelta(weeks=n), "day"
        if u == "month": return add_months(pub, n), "day"
        return add_months(pub, 12 * n), "day"
    # weekday
    m = re.search(r"by (" + "|".join(WEEKDAYS) + r")\b", t)
    if m:
        delta = (WEEKDAYS[m.group(1)] - pub.weekday()) % 7 or 7
        return pub + dt.timedelta(days=delta), "day"
    if re.search(r"end of (this|the) week", t):
        return pub + dt.timedelta(days=6 - pub.weekday()), "day"
    if "end of next week" in t:
        return pub + dt.timedelta(days=13 - pub.weekday()), "day"
    next_year = "next year" in t or "following year" in t
    yr_m = re.search(r"\b(20\d\d)\b(?:\s*[-–]\s*(20\d\d))?", t)
    named_year = int(yr_m.group(2) or yr_m.group(1)) if yr_m else None
    # quarter
    m = re.search(r"(first|second|third|fourth|1st|2nd|3rd|4th) quarter|\bq([1-4])\b", t)
    if m:
        q = ORD[m.group(1)] if m.group(1) else int(m.group(2))
        if named_year: y = named_year
        elif next_year: y = pub.year + 1
        else:
            y = pub.year
            if eom(y, 3 * q) < pub: y += 1
        return eom(y, 3 * q), "quarter"
    # half
    m = re.search(r"(first|second) half|mid-year|middle of the year", t)
    if m:
        mon = 12 if m.group(1) == "second" else 6
        if named_year: y = named_year
        elif next_year: y = pub.year + 1
        else:
            y = pub.year
            if eom(y, mon) < pub: y += 1
        return eom(y, mon), "half"
    # explicit day + month
    m = re.search(r"(" + "|".join(MONTHS) + r") (\d{1,2})(?:,? (20\d\d))?", t)
    if m:
        mon, day = MONTHS[m.group(1)], int(m.group(2))
        if m.group(3): return dt.date(int(m.group(3)), mon, day), "day"
        d = dt.date(pub.year, mon, day)
        if re.search(r"(current|this) year", t): return d, "day"
        if d < pub: d = dt.date(pub.year + 1, mon, day)
        return d, "day"
    # month only
    if "this month" in t or "current month" in t:
        return eom(pub.year, pub.month), "month"
    m = re.search(r"\b(" + "|".join(MONTHS) + r")\b", t)
    if m:
        mon = MONTHS[m.group(1)]
        if named_year: return eom(named_year, mon), "month"
        y = pub.year
        if eom(y, mon) < pub and not re.search(r"(current|this) year", t): y += 1
        return eom(y, mon), "month"
    # years
    if named_year: return dt.date(named_year, 12, 31), "year"
    if next_year: return dt.date(pub.year + 1, 12, 31), "year"
    if re.search(r"(end of the year|end of the current year|end of this year|year-end|this year|current year)", t):
        return dt.date(pub.year, 12, 31), "year"
    return None, None


def sentences(text):
    out = []
    for line in text.split("\n"):
        out += re.split(r'(?<=[.!?])["”]?\s+(?=["“A-Z])', line)
    return out


SELF_TESTS = [  # spec section 4 and dev_gold examples
    ("by October 1", "2025-08-05", "2025-10-01", "day"), ("by October 1", "2025-11-05", "2026-10-01", "day"),
    ("by October 1 of the current year", "2025-11-05", "2025-10-01", "day"),
    ("in October of this year", "2025-08-04", "2025-10-31", "month"), ("by the end of next year", "2025-06-10", "2026-12-31", "year"),
    ("in 2035-2036", "2025-08-08", "2036-12-31", "year"), ("by the end of the third quarter", "2025-09-09", "2025-09-30", "quarter"),
    ("in the first half of next year", "2025-11-20", "2026-06-30", "half"), ("within two weeks", "2025-09-09", "2025-09-23", "day"),
    ("within a month", "2025-09-09", "2025-10-09", "day"), ("by Friday", "2026-03-17", "2026-03-20", "day"),
    ("by Friday", "2025-11-28", "2025-12-05", "day"), ("by the end of this week", "2025-11-28", "2025-11-30", "day"),
    ("by the end of the first quarter of 2026", "2025-11-20", "2026-03-31", "quarter"),
    ("by the start of the heating season", "2025-09-09", None, None),
]


def self_test():
    bad = 0
    for text, pub, want, gran in SELF_TESTS:
        d, g = resolve(text, dt.date.fromisoformat(pub))
        got = (d.isoformat() if d else None, g)
        if got != (want, gran):
            print("SELFTEST FAIL", text, pub, got, (want, gran)); bad += 1
    return bad


def main():
    if self_test(): return 1
    bodies = json.load(open(BODIES, encoding="utf-8"))
    names = {b["name"] for b in bodies}
    arts = [json.loads(l) for l in open(os.path.join(ROOT, "articles.jsonl"), encoding="utf-8")]
    gold = [json.loads(l) for l in open(os.path.join(ROOT, "dev_gold.jsonl"), encoding="utf-8")]
    errs = []
    by_title = {}
    ids = set()
    for a in arts:
        assert set(a) == {"id", "lang", "published", "title", "text"}, a.keys()
        if a["id"] in ids: errs.append("dup id " + a["id"])
        ids.add(a["id"])
        if a["title"] in by_title: errs.append("dup title " + a["title"])
        by_title[a["title"]] = a
        dt.date.fromisoformat(a["published"])
    for i, g in enumerate(gold):
        tag = f"#{i} [{g.get('quote')!r}]"
        if list(g) != KEYS: errs.append(f"{tag} keys {list(g)}")
        a = by_title.get(g["article"])
        if not a: errs.append(f"{tag} unknown article"); continue
        if a["published"] != g["published"]: errs.append(f"{tag} published mismatch")
        txt = a["text"]
        n = txt.count(g["quote"])
        if n != 1: errs.append(f"{tag} quote occurs {n} times")
        sents = [s for s in sentences(txt) if g["quote"] in s]
        if len(sents) != 1: errs.append(f"{tag} quote not inside exactly one sentence"); continue
        sent = sents[0]
        for b in g["responsible"] + g["co_executors"]:
            if b not in names: errs.append(f"{tag} body not canonical: {b}")
        if g["deadline"] is not None:
            dt.date.fromisoformat(g["deadline"])
        if g["deadline_text"] is not None and g["deadline_text"] not in sent:
            errs.append(f"{tag} deadline_text not in the quote's sentence")
        if (g["deadline"] is None) != (g["deadline_granularity"] is None):
            errs.append(f"{tag} deadline/granularity mismatch")
        if g["deadline_granularity"] not in (None, "day", "month", "quarter", "half", "year"):
            errs.append(f"{tag} bad granularity")
        if g["deadline_text"]:
            d, gran = resolve(g["deadline_text"], dt.date.fromisoformat(g["published"]))
            d = d.isoformat() if d else None
            if (d, gran) != (g["deadline"], g["deadline_granularity"]):
                errs.append(f"{tag} resolver says {d}/{gran}, gold {g['deadline']}/{g['deadline_granularity']}")
        elif g["deadline"] is not None:
            errs.append(f"{tag} deadline without deadline_text")
        if not g["task"] or (g["task"].split()[0].endswith("ing") and g["task"].split()[0] not in ("bring",)):
            errs.append(f"{tag} task should start with a base-form verb")
    for e in errs: print("ERROR", e)
    print(f"{len(arts)} articles, {len(gold)} directives, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
