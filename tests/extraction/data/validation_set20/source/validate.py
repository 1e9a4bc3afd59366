#!/usr/bin/env python3
"""Checker for validation_set20.

Checks: gold key order = /work/shared/data/dev_gold.jsonl; every gold item points to an
article (title + published); quote occurs exactly once in the article text, not in the
title, and inside one sentence; deadline_text occurs in the quote's sentence (or in the
list introduction for list items); bodies are canonical names of bodies.json; dates ISO;
deadline + granularity re-derived from deadline_text + published per spec section 4.
Exit code 1 on any error.
"""
import calendar, datetime as dt, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
BODIES = "/work/main/tracker/extraction/data/bodies.json"
DEV_GOLD = "/work/shared/data/dev_gold.jsonl"

errors, warnings = [], []
def err(m): errors.append(m)
def warn(m): warnings.append(m)

# ----------------------------------------------------------------- sentences
SPLIT = re.compile(r'(?<=[.!?…;:])\s+(?=[-–«"“(\dA-ZА-ЯЁӘҒҚҢӨҰҮҺІ])')
def sentences(text):
    out = []
    for para in text.split("\n"):
        para = para.strip()
        if para:
            out.extend(s for s in SPLIT.split(para) if s)
    return out

# ----------------------------------------------------------------- dates
def eom(y, m): return dt.date(y, m, calendar.monthrange(y, m)[1])
def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year; m += 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))

NUM = {"one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10,
       "одного": 1, "одной": 1, "двух": 2, "трех": 3, "трёх": 3, "пяти": 5, "десяти": 10,
       "бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "он": 10}
def num(s): return int(s) if s.isdigit() else NUM[s]

EN_M = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
RU_M = {"январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7, "август": 8,
        "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12}
KK_M = {"қаңтар": 1, "ақпан": 2, "наурыз": 3, "сәуір": 4, "мамыр": 5, "маусым": 6, "шілде": 7,
        "тамыз": 8, "қыркүйек": 9, "қазан": 10, "қараша": 11, "желтоқсан": 12}
def ru_month(w):
    for stem in sorted(RU_M, key=len, reverse=True):
        if re.fullmatch(stem + r"(ь|я|е|а|й|ю|ом)?", w):
            return RU_M[stem]
    return None
def kk_month(w):
    for stem, i in KK_M.items():
        if w.startswith(stem):
            return i
    return None
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4,
       "перв": 1, "втор": 2, "трет": 3, "четверт": 4,
       "бірінші": 1, "екінші": 2, "үшінші": 3, "төртінші": 4}
def ordinal(w):
    w = w.lower()
    if w in ORD: return ORD[w]
    for k, v in ORD.items():
        if len(k) > 2 and w.startswith(k): return v
    return None
WD = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
      "понедельник": 0, "вторник": 1, "сред": 2, "четверг": 3, "пятниц": 4, "суббот": 5, "воскресень": 6,
      "дүйсенбі": 0, "сейсенбі": 1, "сәрсенбі": 2, "бейсенбі": 3, "жұма": 4, "сенбі": 5, "жексенбі": 6}

def day_rule(pub, m, d, year=None, current=False):
    if year: return dt.date(year, m, d)
    x = dt.date(pub.year, m, d)
    if current: return x
    return x if x >= pub else dt.date(pub.year + 1, m, d)
def month_rule(pub, m, year=None):
    if year: return eom(year, m)
    x = eom(pub.year, m)
    return x if x >= pub else eom(pub.year + 1, m)
def quarter_rule(pub, q, year=None):
    if year: return eom(year, 3 * q)
    x = eom(pub.year, 3 * q)
    return x if x >= pub else eom(pub.year + 1, 3 * q)
def half_rule(pub, h, year=None):
    m = 6 if h == 1 else 12
    if year: return eom(year, m)
    x = eom(pub.year, m)
    return x if x >= pub else eom(pub.year + 1, m)
def weekday_after(pub, wd):
    k = (wd - pub.weekday()) % 7 or 7
    return pub + dt.timedelta(days=k)
def period(pub, n, unit):
    if unit.startswith(("day", "дн", "ден", "күн")): return pub + dt.timedelta(days=n)
    if unit.startswith(("week", "недел", "апта")): return pub + dt.timedelta(weeks=n)
    if unit.startswith(("month", "месяц", "ай")): return add_months(pub, n)
    raise ValueError(unit)

def resolve(text, pub):
    """-> (date or None, granularity or None)"""
    t = text.lower().strip()
    ys = [int(x) for x in re.findall(r"\b(20\d\d)\b", t)]
    year = max(ys) if ys else None          # a range "in 2035-2036" -> its end
    nexty = pub.year + 1 if re.search(r"next year|следующего года|келесі жыл", t) else None
    cur = bool(re.search(r"current year|this year|текущего года|ағымдағы жыл", t))
    # ---- periods
    m = re.search(r"within (\w+) (days?|weeks?|months?)|в течение (\w+) (дней|дня|недел\w*|месяц\w*)|(\w+) (күн|апта|ай) ішінде", t)
    if m:
        g = [x for x in m.groups() if x]
        return period(pub, num(g[0]), g[1]), "day"
    if t in ("within a month", "в течение месяца"): return add_months(pub, 1), "day"
    if "двухнедельный срок" in t: return pub + dt.timedelta(weeks=2), "day"
    if "месячный срок" in t: return add_months(pub, 1), "day"
    # ---- weeks
    if re.search(r"end of (this )?week|до конца (этой )?недели|осы аптаның соңына", t):
        return pub + dt.timedelta(days=6 - pub.weekday()), "day"
    if re.search(r"end of next week|до конца следующей недели", t):
        return pub + dt.timedelta(days=13 - pub.weekday()), "day"
    m = re.search(r"by (\w+day)|до (\w+)$|(\w+)ға дейін$", t)
    if m:
        w = next(x for x in m.groups() if x)
        for k, v in WD.items():
            if w.startswith(k) and not (k == "жұма" and not w.startswith("жұма")):
                return weekday_after(pub, v), "day"
    # ---- day dates
    m = re.search(r"(\d{1,2}) (\w+)", t) or re.search(r"(\w+) (\d{1,2})\b(?!\d)", t)
    if m:
        a, b = m.groups()
        d, w = (int(a), b) if a.isdigit() else (int(b), a)
        mon = EN_M.get(w) or ru_month(w) or kk_month(w)
        if mon and not re.fullmatch(r"20\d\d", str(d)):
            return day_rule(pub, mon, d, year, cur), "day"
    # ---- year ends
    if re.search(r"end of next year|до конца следующего года|келесі жылдың соңына", t):
        return dt.date(pub.year + 1, 12, 31), "year"
    if re.search(r"end of the (current )?year|year-end|before the new year|до конца (текущего )?года|до нового года|жыл соңына|жаңа жылға дейін", t) and not year:
        return dt.date(pub.year, 12, 31), "year"
    # ---- quarters / halves
    m = re.search(r"(first|second|third|fourth) quarter|\bq([1-4])\b|(перв|втор|трет|четверт)\w* квартал|\b(i|ii|iii|iv) квартал|(бірінші|екінші|үшінші|төртінші) тоқсан", t)
    if m:
        g = next(x for x in m.groups() if x)
        q = int(g) if g.isdigit() else ordinal(g)
        return quarter_rule(pub, q, year or nexty), "quarter"
    m = re.search(r"(first|second) half|mid-year|(перв|втор)\w* полугоди|(бірінші|екінші) жартыжылды", t)
    if m:
        g = next((x for x in m.groups() if x), "first")
        return half_rule(pub, ordinal(g) or 1, year or nexty), "half"
    # ---- months
    for w in re.findall(r"[a-zа-яёәғқңөұүһі]+", t):
        mon = EN_M.get(w) or ru_month(w) or kk_month(w)
        if mon and not re.search(r"маусым[ыа]? (бас|аяқ)", t):   # жаз маусымы = summer season
            return month_rule(pub, mon, year), "month"
    # ---- years
    if year: return dt.date(year, 12, 31), "year"
    if re.search(r"^(this year|in the current year|в текущем году|в этом году|биыл|ағымдағы жылы)$", t):
        return dt.date(pub.year, 12, 31), "year"
    return None, None

# ----------------------------------------------------------------- main
def main():
    bodies = json.load(open(BODIES, encoding="utf-8"))
    canon = {b["name"] for b in bodies}
    ref_keys = list(json.loads(open(DEV_GOLD, encoding="utf-8").readline()).keys())
    arts = [json.loads(l) for l in open(os.path.join(SET, "articles.jsonl"), encoding="utf-8")]
    gold = [json.loads(l) for l in open(os.path.join(SET, "dev_gold.jsonl"), encoding="utf-8")]
    by_title = {}
    for a in arts:
        if list(a) != ["id", "lang", "published", "title", "text"]: err(f"{a.get('id')}: article keys {list(a)}")
        if a["title"] in by_title: err(f"duplicate title {a['title']}")
        by_title[a["title"]] = a
        dt.date.fromisoformat(a["published"])
        n = len(sentences(a["text"]))
        if not 2 <= n <= 7: warn(f"{a['id']}: {n} sentences")
    seen = set()
    for i, g in enumerate(gold, 1):
        where = f"gold line {i} ({g.get('quote')!r})"
        if list(g) != ref_keys: err(f"{where}: keys {list(g)} != {ref_keys}")
        a = by_title.get(g["article"])
        if not a: err(f"{where}: no article titled {g['article']!r}"); continue
        if g["published"] != a["published"]: err(f"{where}: published mismatch")
        if g["published_inferred"] is not False: err(f"{where}: published_inferred")
        if not isinstance(g["optional"], bool): err(f"{where}: optional not bool")
        q = g["quote"]
        if (a["title"], q) in seen: err(f"{where}: duplicate quote")
        seen.add((a["title"], q))
        c = a["text"].count(q)
        if c != 1: err(f"{where}: quote occurs {c} times in text")
        if q in a["title"]: err(f"{where}: quote also in title")
        sents = sentences(a["text"])
        hit = [s for s in sents if q in s]
        if len(hit) != 1: err(f"{where}: quote not inside exactly one sentence ({len(hit)})"); continue
        sent = hit[0]
        for f in ("responsible", "co_executors"):
            for b in g[f]:
                if b not in canon: err(f"{where}: {f} {b!r} not canonical")
        if set(g["responsible"]) & set(g["co_executors"]): err(f"{where}: body both responsible and co")
        if not g["task"] or not g["task"].strip(): err(f"{where}: empty task")
        pub = dt.date.fromisoformat(g["published"])
        if g["deadline"] is not None:
            try: dt.date.fromisoformat(g["deadline"])
            except ValueError: err(f"{where}: deadline not ISO")
        if g["deadline_text"] is None:
            if g["deadline"] or g["deadline_granularity"]: err(f"{where}: deadline without deadline_text")
            continue
        dtext = g["deadline_text"]
        if dtext not in sent:
            idx = sents.index(sent)
            intro = next((s for s in reversed(sents[:idx]) if not s.startswith("-")), "")
            if dtext not in intro: err(f"{where}: deadline_text {dtext!r} not in the quote's sentence")
        d, gran = resolve(dtext, pub)
        d = d.isoformat() if d else None
        if (d, gran) != (g["deadline"], g["deadline_granularity"]):
            err(f"{where}: deadline {g['deadline']}/{g['deadline_granularity']} but {dtext!r} + {pub} -> {d}/{gran}")
    # ---- summary
    langs = {a["id"]: a["lang"] for a in arts}
    t2l = {a["title"]: a["lang"] for a in arts}
    cnt = ", ".join("%s=%d" % (l, sum(1 for a in arts if a["lang"] == l)) for l in ("en", "ru", "kk"))
    print(f"{len(arts)} articles ({cnt}), {len(gold)} directives")
    for l in ("en", "ru", "kk"):
        gl = [g for g in gold if t2l[g["article"]] == l]
        req = sum(not g["optional"] for g in gl)
        gr = {}
        for g in gl: gr[str(g["deadline_granularity"])] = gr.get(str(g["deadline_granularity"]), 0) + 1
        print(f"  {l}: {len(gl)} ({req} required, {len(gl)-req} optional); granularity {dict(sorted(gr.items()))}")
    for w in warnings: print("WARN", w)
    for e in errors: print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
