"""Checker for validation_set26.
Checks: article/gold structure and key order (same as shared dev_gold.jsonl), quotes verbatim,
unique in the article and inside one sentence, canonical body names (bodies.json), ISO dates,
and re-derives each deadline from deadline_text + published by spec section 4 (Kazakh forms).
Usage: python3 source/validate.py [setdir]"""
import calendar, datetime as dt, json, os, re, sys

SETDIR = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BODIES = "/work/main/tracker/extraction/data/bodies.json"
SHARED_GOLD = "/work/shared/data/dev_gold.jsonl"
KEYS = ["article", "published", "published_inferred", "quote", "optional", "issuer", "responsible",
        "co_executors", "task", "deadline", "deadline_text", "deadline_granularity"]
GRANS = {None, "day", "month", "quarter", "half", "year"}

MONTHS = [("қаңтар", 1), ("ақпан", 2), ("наурыз", 3), ("сәуір", 4), ("мамыр", 5), ("маусым", 6),
          ("шілде", 7), ("тамыз", 8), ("қыркүйек", 9), ("қазан", 10), ("қараша", 11), ("желтоқсан", 12)]
MONTH_RE = "(" + "|".join(m for m, _ in MONTHS) + ")"
MNUM = dict(MONTHS)
NUMS = {"бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8, "тоғыз": 9, "он": 10}
ORD = {"бірінші": 1, "екінші": 2, "үшінші": 3, "төртінші": 4}

def month_end(y, m):
    return dt.date(y, m, calendar.monthrange(y, m)[1])

def add_months(d, n):
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))

def resolve(text, pub):
    """Return (iso_date or None, granularity or None) for a Kazakh deadline expression."""
    t = text.lower().replace("ё", "е")
    year_m = re.search(r"(\d{4})\s*жыл", t)
    year = int(year_m.group(1)) if year_m else None
    nxt = "келесі жыл" in t
    cur = ("ағымдағы жыл" in t) or ("биылғы" in t) or ("осы жыл" in t)
    # explicit day + month
    m = re.search(r"(\d{1,2})\s+" + MONTH_RE, t)
    if m:
        day, mon = int(m.group(1)), MNUM[m.group(2)]
        if year:
            d = dt.date(year, mon, day)
        elif cur:
            d = dt.date(pub.year, mon, day)
        else:
            d = dt.date(pub.year, mon, day)
            if d < pub:
                d = dt.date(pub.year + 1, mon, day)
        return d.isoformat(), "day"
    # quarter
    m = re.search(r"(бірінші|екінші|үшінші|төртінші)\s+тоқсан", t)
    if m:
        q = ORD[m.group(1)]
        y = year or (pub.year + 1 if nxt else pub.year)
        d = month_end(y, 3 * q)
        if not year and not nxt and d < pub:
            d = month_end(y + 1, 3 * q)
        return d.isoformat(), "quarter"
    # half
    m = re.search(r"(бірінші|екінші)\s+жартыжылды[қғ]", t)
    if m:
        h = ORD[m.group(1)]
        y = year or (pub.year + 1 if nxt else pub.year)
        d = month_end(y, 6 * h)
        if not year and not nxt and d < pub:
            d = month_end(y + 1, 6 * h)
        return d.isoformat(), "half"
    # month without a day
    m = re.search(MONTH_RE + r"\S*\s+(айы|соңы)", t) or re.search(MONTH_RE + r"\S*\s+айында", t)
    if m:
        mon = MNUM[m.group(1)]
        y = year or pub.year
        d = month_end(y, mon)
        if not year and not cur and d < pub:
            d = month_end(y + 1, mon)
        return d.isoformat(), "month"
    # periods
    m = re.search(r"(\d+|" + "|".join(NUMS) + r")\s+(күн|апта|ай)(\s+ішінде|лық\s+мерзімде|\s+мерзімде)", t)
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else NUMS[m.group(1)]
        unit = m.group(2)
        if unit == "күн":
            d = pub + dt.timedelta(days=n)
        elif unit == "апта":
            d = pub + dt.timedelta(days=7 * n)
        else:
            d = add_months(pub, n)
        return d.isoformat(), "day"
    # weekday / week end
    if "жұмаға дейін" in t:
        d = pub + dt.timedelta(days=((4 - pub.weekday()) % 7) or 7)
        return d.isoformat(), "day"
    if "аптаның соңына дейін" in t:
        d = pub + dt.timedelta(days=6 - pub.weekday())
        if "келесі апта" in t:
            d += dt.timedelta(days=7)
        return d.isoformat(), "day"
    # year end / year
    if re.search(r"жыл(дың)?\s+соңына\s+дейін|жыл\s+соңына\s+дейін", t):
        y = year or (pub.year + 1 if nxt else pub.year)
        return dt.date(y, 12, 31).isoformat(), "year"
    if year and re.search(r"\d{4}\s*жыл(ы|ға|дың|ға қарай|ға дейін)?\b", t):
        return dt.date(year, 12, 31).isoformat(), "year"
    if re.search(r"(ағымдағы|осы)\s+жылы|биыл", t):
        return dt.date(pub.year, 12, 31).isoformat(), "year"
    return None, None

SENT_RE = re.compile(r"(?<=[.!?…])\s+(?=\S)")
def sentences(text):
    out = []
    for line in text.split("\n"):
        out += [s for s in SENT_RE.split(line) if s.strip()]
    return out

def iso(s):
    try:
        dt.date.fromisoformat(s)
        return len(s) == 10
    except Exception:
        return False

SELFTEST = [  # (text, published, expected) -- spec section 4 cases in Kazakh
    ("1 қазанға дейін", "2025-08-05", ("2025-10-01", "day")),
    ("1 наурызға дейін", "2025-12-23", ("2026-03-01", "day")),
    ("ағымдағы жылғы 1 қазанға дейін", "2025-10-21", ("2025-10-01", "day")),
    ("2026 жылғы 1 наурызға дейін", "2025-08-05", ("2026-03-01", "day")),
    ("қазан айында", "2025-08-05", ("2025-10-31", "month")),
    ("ақпан айында", "2025-12-23", ("2026-02-28", "month")),
    ("жыл соңына дейін", "2026-01-13", ("2026-12-31", "year")),
    ("келесі жылдың соңына дейін", "2025-12-30", ("2026-12-31", "year")),
    ("2030 жылға дейін", "2025-08-05", ("2030-12-31", "year")),
    ("бірінші тоқсанда", "2025-11-25", ("2026-03-31", "quarter")),
    ("төртінші тоқсанда", "2025-11-25", ("2025-12-31", "quarter")),
    ("бірінші жартыжылдықта", "2026-01-20", ("2026-06-30", "half")),
    ("екі апта ішінде", "2025-09-09", ("2025-09-23", "day")),
    ("бір ай ішінде", "2025-09-09", ("2025-10-09", "day")),
    ("жұмаға дейін", "2026-03-17", ("2026-03-20", "day")),
    ("осы аптаның соңына дейін", "2026-01-27", ("2026-02-01", "day")),
    ("биыл", "2025-08-05", ("2025-12-31", "year")),
    ("тез арада", "2025-08-05", (None, None)),
]

def selftest():
    bad = []
    for text, pub, exp in SELFTEST:
        got = resolve(text, dt.date.fromisoformat(pub))
        if got != exp:
            bad.append(f"selftest '{text}' @ {pub}: {got} != {exp}")
    return bad

def main():
    errs, warns = selftest(), []
    bodies = {b["name"] for b in json.load(open(BODIES, encoding="utf-8"))}
    shared_keys = list(json.loads(open(SHARED_GOLD, encoding="utf-8").readline()).keys())
    if shared_keys != KEYS:
        errs.append(f"shared gold key order differs from checker: {shared_keys}")
    arts = {}
    for n, line in enumerate(open(os.path.join(SETDIR, "articles.jsonl"), encoding="utf-8"), 1):
        a = json.loads(line)
        if list(a.keys()) != ["id", "lang", "published", "title", "text"]:
            errs.append(f"articles:{n} keys {list(a.keys())}")
        if not iso(a["published"]):
            errs.append(f"articles:{n} bad published {a['published']}")
        if a["title"] in arts:
            errs.append(f"articles:{n} duplicate title")
        if a["lang"] != "kk":
            warns.append(f"articles:{n} lang {a['lang']}")
        arts[a["title"]] = a
    counts = {"gold": 0, "optional": 0, "with_deadline": 0}
    per_art = {t: 0 for t in arts}
    for n, line in enumerate(open(os.path.join(SETDIR, "dev_gold.jsonl"), encoding="utf-8"), 1):
        g = json.loads(line)
        where = f"gold:{n} [{g.get('quote','')[:40]}]"
        if list(g.keys()) != KEYS:
            errs.append(f"{where} key order {list(g.keys())}")
            continue
        a = arts.get(g["article"])
        if not a:
            errs.append(f"{where} unknown article title")
            continue
        per_art[g["article"]] += 1
        counts["gold"] += 1
        counts["optional"] += bool(g["optional"])
        if g["published"] != a["published"]:
            errs.append(f"{where} published {g['published']} != article {a['published']}")
        if g["published_inferred"] is not False or not isinstance(g["optional"], bool):
            errs.append(f"{where} published_inferred/optional type")
        q, text = g["quote"], a["text"]
        c = text.count(q)
        if c != 1:
            errs.append(f"{where} quote occurs {c} times in article")
        elif not any(q in s for s in sentences(text)):
            errs.append(f"{where} quote crosses a sentence boundary")
        for f in ("responsible", "co_executors"):
            if not isinstance(g[f], list):
                errs.append(f"{where} {f} not a list")
                continue
            for b in g[f]:
                if b not in bodies:
                    errs.append(f"{where} {f} '{b}' not a canonical name")
        if set(g["responsible"]) & set(g["co_executors"]):
            errs.append(f"{where} body both responsible and co-executor")
        if not g["task"] or not isinstance(g["task"], str):
            errs.append(f"{where} empty task")
        if g["deadline_granularity"] not in GRANS:
            errs.append(f"{where} bad granularity")
        if g["deadline"] is not None and not iso(g["deadline"]):
            errs.append(f"{where} deadline not ISO")
        if (g["deadline"] is None) != (g["deadline_granularity"] is None):
            errs.append(f"{where} deadline/granularity null mismatch")
        if g["deadline"] is not None and g["deadline_text"] is None:
            errs.append(f"{where} deadline without deadline_text")
        if g["deadline_text"] is not None:
            if g["deadline_text"] not in text:
                errs.append(f"{where} deadline_text not verbatim in article")
            d, gr = resolve(g["deadline_text"], dt.date.fromisoformat(a["published"]))
            if (d, gr) != (g["deadline"], g["deadline_granularity"]):
                errs.append(f"{where} deadline {g['deadline']}/{g['deadline_granularity']} but '{g['deadline_text']}' "
                            f"+ {a['published']} -> {d}/{gr}")
            counts["with_deadline"] += g["deadline"] is not None
    for e in errs:
        print("ERROR", e)
    for w in warns:
        print("WARN", w)
    print(f"articles={len(arts)} gold={counts['gold']} optional={counts['optional']} "
          f"with_deadline={counts['with_deadline']} articles_without_gold={sum(1 for v in per_art.values() if not v)}")
    print("OK" if not errs else f"{len(errs)} error(s)")
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main())
