#!/usr/bin/env python3
"""Checks for validation_set10 (independent of the project's code).
- every gold quote occurs exactly once in its article's text and inside one sentence
- responsible / co_executors are canonical names in bodies.json
- ISO dates, valid granularity, deadline re-derived from deadline_text by a tiny resolver (spec section 4)
"""
import calendar, datetime as dt, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BODIES = "/work/main/tracker/extraction/data/bodies.json"
GRANS = {"day", "month", "quarter", "half", "year", None}

EN_M = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
RU_M = {"январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7,
        "август": 8, "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12}
NUM = {"a": 1, "one": 1, "two": 2, "three": 3, "10": 10, "двух": 2, "трех": 3, "10 ": 10}
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "перв": 1, "втор": 2, "трет": 3, "четверт": 4}
WD = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}

def eom(y, m): return dt.date(y, m, calendar.monthrange(y, m)[1])
def add_months(d, n):
    m = d.month - 1 + n; y = d.year + m // 12; m = m % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))

def ru_month(word):
    w = word.lower()
    for k in sorted(RU_M, key=len, reverse=True):
        if w.startswith(k): return RU_M[k]
    return None

def resolve(text, pub):
    """Return (deadline_iso_or_None, granularity) for a deadline_text."""
    t = text.lower().strip()
    if t in ("promptly", "as soon as possible") or "до начала" in t or "by the start" in t or "оперативно" in t:
        return None, None
    y_m = re.search(r"\b(20\d\d)\b", t)
    year = int(y_m.group(1)) if y_m else None
    nxt = "next year" in t or "следующего года" in t
    cur = "current year" in t or "this year" in t or "текущего года" in t
    # within N
    if re.search(r"в течение (месяца|одного месяца)", t): return str(add_months(pub, 1)), "day"
    m = re.search(r"(within|в течение)\s+(a|one|two|three|\d+|двух|трех)\s+(days?|weeks?|months?|дней|недел\w*|месяц\w*)", t)
    if m or "двухнедельный" in t:
        if "двухнедельный" in t: return str(pub + dt.timedelta(days=14)), "day"
        n = int(m.group(2)) if m.group(2).isdigit() else NUM[m.group(2)]
        u = m.group(3)
        if u.startswith(("day", "дн")): return str(pub + dt.timedelta(days=n)), "day"
        if u.startswith(("week", "недел")): return str(pub + dt.timedelta(weeks=n)), "day"
        return str(add_months(pub, n)), "day"
    if re.search(r"в течение (месяца|одного месяца)", t): return str(add_months(pub, 1)), "day"
    if re.search(r"в течение недели", t): return str(pub + dt.timedelta(days=7)), "day"
    m = re.search(r"by (monday|tuesday|wednesday|thursday|friday|saturday|sunday)", t)
    if m:
        k = (WD[m.group(1)] - pub.weekday()) % 7 or 7
        return str(pub + dt.timedelta(days=k)), "day"
    if "this week" in t or "до конца недели" in t or "next week" in t or "следующей недели" in t:
        d = pub + dt.timedelta(days=6 - pub.weekday())
        if "next week" in t or "следующей недели" in t: d += dt.timedelta(days=7)
        return str(d), "day"
    # day + month
    m = re.search(r"(january|february|march|april|may|june|july|august|september|october|november|december)\s+(\d{1,2})\b", t)
    if m: mon, day = EN_M[m.group(1)], int(m.group(2))
    else:
        m = re.search(r"\b(\d{1,2})\s+([а-я]+)", t)
        mon, day = (ru_month(m.group(2)), int(m.group(1))) if m and ru_month(m.group(2)) else (None, None)
    if mon:
        if year: return str(dt.date(year, mon, day)), "day"
        d = dt.date(pub.year, mon, day)
        if not cur and d < pub: d = dt.date(pub.year + 1, mon, day)
        return str(d), "day"
    # quarter
    m = re.search(r"(first|second|third|fourth|перв\w*|втор\w*|трет\w*|четверт\w*)\s+(quarter|квартал)", t)
    if m:
        q = next(v for k, v in ORD.items() if m.group(1).startswith(k))
        y = year or (pub.year + 1 if nxt else pub.year)
        d = eom(y, 3 * q)
        if not year and not nxt and d < pub: d = eom(pub.year + 1, 3 * q)
        return str(d), "quarter"
    # half
    m = re.search(r"(first|second|перв\w*|втор\w*)\s+(half|полугоди)", t)
    if m or "mid-year" in t:
        h = 1 if (m is None or m.group(1).startswith(("first", "перв"))) else 2
        y = year or (pub.year + 1 if nxt else pub.year)
        d = dt.date(y, 6, 30) if h == 1 else dt.date(y, 12, 31)
        if not year and not nxt and d < pub: d = dt.date(d.year + 1, d.month, d.day)
        return str(d), "half"
    # month only
    mon = None
    m = re.search(r"(january|february|march|april|may|june|july|august|september|october|november|december)", t)
    if m: mon = EN_M[m.group(1)]
    else:
        m = re.search(r"(январ|феврал|март|апрел|ма[яей]|июн|июл|август|сентябр|октябр|ноябр|декабр)\w*", t)
        if m: mon = ru_month(m.group(0))
    if mon:
        y = year or pub.year
        d = eom(y, mon)
        if not year and not cur and d < pub: d = eom(pub.year + 1, mon)
        return str(d), "month"
    # year
    if year: return str(dt.date(year, 12, 31)), "year"
    if nxt: return str(dt.date(pub.year + 1, 12, 31)), "year"
    if re.search(r"end of the year|year-end|конца года|this year|current year|текущем году|этом году", t):
        return str(dt.date(pub.year, 12, 31)), "year"
    raise ValueError("unresolvable: " + text)

def sentences(text):
    out = []
    for line in text.split("\n"):
        out += [s for s in re.split(r"(?<=[.!?])\s+(?=[A-ZА-ЯЁ«\"])", line) if s.strip()]
    return out

def main():
    arts = {}
    for l in open(os.path.join(ROOT, "articles.jsonl"), encoding="utf-8"):
        a = json.loads(l); arts[a["title"]] = a
        assert set(a) >= {"id", "lang", "published", "title", "text"}, a.get("id")
        dt.date.fromisoformat(a["published"])
    reg = json.load(open(BODIES, encoding="utf-8"))
    canon = {b["name"] for b in reg}
    errs, n_req, n_opt = [], 0, 0
    per = {}
    for i, l in enumerate(open(os.path.join(ROOT, "dev_gold.jsonl"), encoding="utf-8"), 1):
        g = json.loads(l)
        a = arts.get(g["article"])
        if a is None: errs.append(f"{i}: unknown article"); continue
        if g["published"] != a["published"]: errs.append(f"{i}: published mismatch")
        q = g["quote"]
        if a["text"].count(q) != 1: errs.append(f"{i}: quote occurs {a['text'].count(q)}x: {q}")
        if sum(q in s for s in sentences(a["text"])) != 1: errs.append(f"{i}: quote not inside exactly one sentence: {q}")
        for f in ("responsible", "co_executors"):
            for b in g[f]:
                if b not in canon: errs.append(f"{i}: non-canonical {f} {b!r}")
        if g["deadline_granularity"] not in GRANS: errs.append(f"{i}: bad granularity")
        if g["deadline"] is not None:
            dt.date.fromisoformat(g["deadline"])
            if g["deadline_granularity"] is None: errs.append(f"{i}: deadline without granularity")
        if g["deadline_text"] is not None:
            if g["deadline_text"] not in a["text"]: errs.append(f"{i}: deadline_text not in text")
            pub = dt.date.fromisoformat(a["published"])
            try:
                d, gr = resolve(g["deadline_text"], pub)
                if (d, gr) != (g["deadline"], g["deadline_granularity"]):
                    errs.append(f"{i}: resolver {d}/{gr} != gold {g['deadline']}/{g['deadline_granularity']} ({g['deadline_text']!r}, pub {pub})")
            except ValueError as e:
                errs.append(f"{i}: {e}")
        elif g["deadline"] is not None: errs.append(f"{i}: deadline without deadline_text")
        if g["optional"]: n_opt += 1
        else: n_req += 1
        per.setdefault(a["id"], [0, 0])[1 if g["optional"] else 0] += 1
    for k in sorted(per): print(k, "required", per[k][0], "optional", per[k][1])
    print(f"articles {len(arts)}  gold {n_req + n_opt}  required {n_req}  optional {n_opt}")
    for e in errs: print("ERROR", e)
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main())
