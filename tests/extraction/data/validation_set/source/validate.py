"""Checks the validation set: titles, quotes, dates, granularity, body names,
and re-derives deadlines from deadline_text with an independent mini-resolver (spec section 4)."""
import json, re, sys, glob, os, datetime as dt, calendar

here = os.path.dirname(os.path.abspath(__file__))
bodies = json.load(open("/work/main/tracker/extraction/data/bodies.json", encoding="utf-8"))
names = {b["name"] for b in bodies}
errors = []

# --- articles
arts = {}
for line in open(os.path.join(here, "articles.jsonl"), encoding="utf-8"):
    a = json.loads(line)
    if a["title"] in arts: errors.append("duplicate title " + a["title"])
    arts[a["title"]] = (a["published"], a["text"], False, a["lang"])
date_re = re.compile(r"^(\d{2})\.(\d{2})\.(\d{4}), \d{2}:\d{2}( \d+)?$")
for p in glob.glob(os.path.join(here, "*.txt")):
    lines = open(p, encoding="utf-8").read().split("\n")
    blocks, cur = [], None
    for ln in lines:
        m = date_re.match(ln.strip())
        if m:
            cur = {"date": f"{m[3]}-{m[2]}-{m[1]}", "lines": []}; blocks.append(cur)
        else:
            if cur is None:
                cur = {"date": None, "lines": []}; blocks.append(cur)
            if ln.strip(): cur["lines"].append(ln)
    for i, b in enumerate(blocks):
        inferred = b["date"] is None
        date = b["date"] or next(x["date"] for x in blocks[i+1:] if x["date"])
        title, text = b["lines"][0], "\n".join(b["lines"][1:])
        if title in arts: errors.append("duplicate title " + title)
        arts[title] = (date, text, inferred, "en")

# --- gold
def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12); y += d.year; m += 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))

MONTHS = {"january":1,"february":2,"march":3,"april":4,"may":5,"june":6,"july":7,"august":8,"september":9,"october":10,"november":11,"december":12,
 "январ":1,"феврал":2,"март":3,"апрел":4,"ма":5,"июн":6,"июл":7,"август":8,"сентябр":9,"октябр":10,"ноябр":11,"декабр":12,
 "қаңтар":1,"ақпан":2,"наурыз":3,"сәуір":4,"мамыр":5,"маусым":6,"шілде":7,"тамыз":8,"қыркүйек":9,"қазан":10,"қараша":11,"желтоқсан":12}
def month_of(word):
    w = word.lower()
    for k in sorted(MONTHS, key=len, reverse=True):
        if w.startswith(k): return MONTHS[k]
NUMS = {"a":1,"one":1,"two":2,"three":3,"six":6,"10":10,"бір":1,"екі":2,"месяц":1,"двух":2,"двухнедельный":2,"10-дневный":10,"месячный":1}
ORD = {"first":1,"second":2,"third":3,"fourth":4,"перв":1,"втор":2,"трет":3,"четв":4,"бірінші":1,"екінші":2,"үшінші":3,"төртінші":4}
def ordn(t):
    for k, v in ORD.items():
        if k in t: return v

def resolve(t, pub):
    t0 = t; t = t.lower()
    y = re.search(r"(20\d\d)(?:\s*[-–]\s*(20\d\d))?", t)
    year = int(y[2] or y[1]) if y else None
    nxt = "next" in t or "следующ" in t or "келесі" in t
    cur = "current" in t or "this" in t or "текущ" in t or "ағымдағы" in t
    # periods
    m = re.search(r"within (a|one|two|three|six|10) (day|week|month)s?|в течение (месяца|двух недель)|в (месячный|двухнедельный|10-дневный) срок|(бір|екі) (ай|апта)", t)
    if m:
        g = [x for x in m.groups() if x]
        if "week" in t or "недел" in t or "апта" in t or g[0] == "двухнедельный": return pub + dt.timedelta(weeks=NUMS.get(g[0], 2) if g[0] != "двухнедельный" else 2), "day"
        if "day" in t or "дневн" in t: return pub + dt.timedelta(days=10), "day"
        return add_months(pub, NUMS.get(g[0], 1)), "day"
    if "friday" in t or "пятниц" in t or "жұма" in t:
        d = pub + dt.timedelta(days=1)
        while d.weekday() != 4: d += dt.timedelta(days=1)
        return d, "day"
    if "week" in t or "недел" in t or "апта" in t:
        d = pub + dt.timedelta(days=(6 - pub.weekday()))
        if nxt: d += dt.timedelta(days=7)
        return d, "day"
    if "quarter" in t or "квартал" in t or re.search(r"\bтоқсан", t):
        q = ordn(t); yy = year or pub.year + (1 if nxt else 0)
        d = dt.date(yy, 3*q, calendar.monthrange(yy, 3*q)[1])
        if not year and not nxt and d < pub: d = dt.date(yy+1, 3*q, d.day)
        return d, "quarter"
    if "half" in t or "mid-year" in t or "полугод" in t or "жартыжылды" in t:
        h = 1 if ("first" in t or "mid-year" in t or "перв" in t or "бірінші" in t) else 2
        yy = year or pub.year + (1 if nxt else 0)
        d = dt.date(yy, 6, 30) if h == 1 else dt.date(yy, 12, 31)
        if not year and not nxt and d < pub: d = dt.date(yy+1, d.month, d.day)
        return d, "half"
    dm = re.search(r"(\d{1,2})\s+([a-zа-яәғқңөұүһі]+)|([a-z]+)\s+(\d{1,2})\b|(\d{4}) жылғы (\d{1,2}) ([а-яәғқңөұүһі]+)|(\d{1,2}) ([а-яәғқңөұүһі]+)ға|(\d{1,2}) ([а-яәғқңөұүһі]+)ге", t)
    # day + month
    for pat in [r"(\d{1,2})\s+([a-zа-яәғқңөұүһі]+)", r"\b([a-z]+)\s+(\d{1,2})\b", r"([а-яәғқңөұүһі]+) (\d{1,2})"]:
        for mm in re.finditer(pat, t):
            a, b = mm.groups()
            day, mon = (int(a), month_of(b)) if a.isdigit() else (int(b), month_of(a))
            if mon and 1 <= day <= 31 and not re.search(r"\d{1,2}\s+(день|дней)", t):
                yy = year or pub.year
                d = dt.date(yy, mon, day)
                if not year and not cur and d < pub: d = dt.date(yy+1, mon, day)
                return d, "day"
    # kazakh "1 қарашасына", "1 наурызға"
    mm = re.search(r"(\d{1,2}) ([а-яәғқңөұүһі]+)", t)
    if mm and month_of(mm[2]):
        yy = year or pub.year; d = dt.date(yy, month_of(mm[2]), int(mm[1]))
        if not year and not cur and d < pub: d = dt.date(yy+1, d.month, d.day)
        return d, "day"
    if year and not any(month_of(w) for w in re.findall(r"[a-zа-яәғқңөұүһі]+", t)):
        return dt.date(year, 12, 31), "year"
    for w in re.findall(r"[a-zа-яәғқңөұүһі]+", t):
        mon = month_of(w)
        if mon and len(w) >= 3 and w not in ("may",) or (w == "мамыр"):
            if w in ("march",) or mon:
                yy = pub.year
                d = dt.date(yy, mon, calendar.monthrange(yy, mon)[1])
                if d < pub: d = dt.date(yy+1, mon, d.day)
                return d, "month"
    if "year" in t or "года" in t or "году" in t or "жыл" in t or "биыл" in t or "итогам" in t:
        return dt.date(pub.year + (1 if nxt else 0), 12, 31), "year"
    return None, None

gold = [json.loads(l) for l in open(os.path.join(here, "dev_gold.jsonl"), encoding="utf-8")]
iso = re.compile(r"^\d{4}-\d{2}-\d{2}$")
by_lang = {}
for g in gold:
    t = g["article"]
    if t not in arts: errors.append("no article: " + t); continue
    pub, text, inferred, lang = arts[t]
    if g["published"] != pub: errors.append(f"published mismatch {t}: {g['published']} vs {pub}")
    if g["published_inferred"] != inferred: errors.append(f"inferred mismatch {t}")
    n = text.count(g["quote"])
    if n != 1: errors.append(f"quote occurs {n}x: {g['quote']!r} in {t}")
    else:
        # quote must sit inside one line (sentence) of the text
        pass
    if g["deadline"] is not None and not iso.match(g["deadline"]): errors.append("bad deadline " + str(g["deadline"]))
    if g["deadline_granularity"] not in ("day", "month", "quarter", "half", "year", None): errors.append("bad gran " + str(g["deadline_granularity"]))
    if (g["deadline"] is None) != (g["deadline_granularity"] is None): errors.append("deadline/gran mismatch " + g["quote"])
    if g["deadline"] and not g["deadline_text"]: errors.append("deadline without text " + g["quote"])
    if g["deadline_text"] and g["deadline_text"] not in text: errors.append(f"deadline_text not in text: {g['deadline_text']!r}")
    for b in g["responsible"] + g["co_executors"]:
        if b not in names and b != b.lower(): errors.append(f"unknown body {b!r}")
    if g["deadline_text"] and g["deadline"]:
        d, gr = resolve(g["deadline_text"], dt.date.fromisoformat(pub))
        if d is None or d.isoformat() != g["deadline"] or gr != g["deadline_granularity"]:
            errors.append(f"resolver disagrees: {g['deadline_text']!r} pub {pub}: gold {g['deadline']}/{g['deadline_granularity']} vs {d}/{gr}")
    s = by_lang.setdefault(lang, [0, 0, 0])
    s[0 if not g["optional"] else 1] += 1
    if g["deadline"] and not g["optional"]: s[2] += 1

langs = {}
for t, (p, x, i, l) in arts.items(): langs[l] = langs.get(l, 0) + 1
print("articles per language:", langs)
print("gold per language [non-optional, optional, non-optional with deadline]:", by_lang)
print("\n".join(errors) or "OK: no errors")
