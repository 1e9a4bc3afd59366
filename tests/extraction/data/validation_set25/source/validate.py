#!/usr/bin/env python3
"""Checker for validation_set25 (stdlib only).

Checks: article records; gold key order = shared dev_gold.jsonl; quote verbatim,
unique in its article, inside one sentence; bodies are canonical names of
bodies.json; ISO dates; deadline_text present in the quote's sentence or the next
one, and deadline/granularity re-derived from deadline_text + published (spec §4).
Exit code 1 on any ERROR."""
import calendar, datetime as dt, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
SHARED_GOLD = "/work/shared/data/dev_gold.jsonl"
BODIES = "/work/main/tracker/extraction/data/bodies.json"
errors, warnings = [], []
def err(m): errors.append(m)
def warn(m): warnings.append(m)

MONTHS = {"январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7, "август": 8,
          "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12}
def month_no(word):
    w = word.lower()
    for stem in sorted(MONTHS, key=len, reverse=True):
        if w.startswith(stem) and (stem != "ма" or w in ("мая", "май", "мае")):
            return MONTHS[stem]
    return None
MONTH_RE = r"(январ[ья]|январе|феврал[ья]|феврале|марта?|марте|апрел[ья]|апреле|ма[йяе]|июн[ья]|июне|июл[ья]|июле|августа?|августе|сентябр[ья]|сентябре|октябр[ья]|октябре|ноябр[ья]|ноябре|декабр[ья]|декабре)"
ORD = {"перв": 1, "втор": 2, "трет": 3, "четверт": 4, "четвёрт": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4}
NUMW = {"одн": 1, "дв": 2, "тр": 3, "четыр": 4, "пят": 5, "шест": 6, "сем": 7, "восем": 8, "девят": 9, "десят": 10}
WEEKDAYS = {"понедельник": 0, "вторник": 1, "среду": 2, "среда": 2, "четверг": 3, "пятниц": 4, "субботы": 5, "субботу": 5, "воскресень": 6}

def eom(y, m): return dt.date(y, m, calendar.monthrange(y, m)[1])
def add_months(d, n):
    m = d.month - 1 + n; y = d.year + m // 12; m = m % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))
def ordinal(tok):
    t = tok.lower()
    for k in sorted(ORD, key=len, reverse=True):
        if t == k or (len(k) > 3 and t.startswith(k)): return ORD[k]
    return None

def derive(text, pub):
    """Return (deadline date or None, granularity or None) per spec §4, or raise ValueError."""
    t = text.lower().replace("ё", "е").strip()
    t = re.sub(r"^срок(\s+исполнения)?\s*[–—-]\s*", "", t)
    year_m = re.search(r"(20\d\d)\s*(год|г\.)", t); year = int(year_m.group(1)) if year_m else None
    cur = "текущего года" in t or "этого года" in t or "текущем году" in t
    nxt = "следующего года" in t or "следующем году" in t
    # null-deadline expressions
    if re.search(r"кратчайш|оперативно|незамедлительно|как можно скорее|до начала|к началу", t):
        return None, None
    # periods
    m = re.search(r"в течение\s+(\d+|[а-я]+)?\s*(дн|дней|день|недел|месяц)", t)
    m2 = re.search(r"в\s+(\d+|[а-я]+?)?-?(дневн|недельн|месячн)[а-я]*\s+срок", t)
    if m or m2:
        g = m or m2
        qty, unit = g.group(1), g.group(2)
        n = 1
        if qty:
            if qty.isdigit(): n = int(qty)
            else:
                for k, v in NUMW.items():
                    if qty.startswith(k): n = v; break
                if qty.startswith("двух"): n = 2
                if qty.startswith("трех") or qty.startswith("трёх"): n = 3
        if unit.startswith("д"): return pub + dt.timedelta(days=n), "day"
        if unit.startswith("недел"): return pub + dt.timedelta(weeks=n), "day"
        return add_months(pub, n), "day"
    # weekdays / week
    if "конца недели" in t or "конца этой недели" in t:
        return pub + dt.timedelta(days=6 - pub.weekday()), "day"
    if "конца следующей недели" in t:
        return pub + dt.timedelta(days=13 - pub.weekday()), "day"
    for k, wd in WEEKDAYS.items():
        if re.search(r"\bдо\s+" + k, t):
            delta = (wd - pub.weekday()) % 7 or 7
            return pub + dt.timedelta(days=delta), "day"
    # halves
    m = re.search(r"(перв|втор)[а-я]*\s+полугоди", t)
    if m:
        h = 1 if m.group(1) == "перв" else 2
        y = year or (pub.year + 1 if nxt else pub.year)
        d = dt.date(y, 6, 30) if h == 1 else dt.date(y, 12, 31)
        if not year and not nxt and d < pub: d = d.replace(year=d.year + 1)
        return d, "half"
    # quarters
    m = re.search(r"(\b[ivx]+\b|перв[а-я]*|втор[а-я]*|трет[а-я]*|четв[её]рт[а-я]*)\s+квартал", t)
    if m:
        q = ordinal(m.group(1)); y = year or (pub.year + 1 if nxt else pub.year)
        d = eom(y, 3 * q)
        if not year and not nxt and d < pub: d = eom(y + 1, 3 * q)
        return d, "quarter"
    # day + month
    m = re.search(r"(\d{1,2})\s+" + MONTH_RE, t)
    if m:
        day, mon = int(m.group(1)), month_no(m.group(2))
        if year: return dt.date(year, mon, day), "day"
        d = dt.date(pub.year, mon, day)
        if not cur and d < pub: d = dt.date(pub.year + 1, mon, day)
        return d, "day"
    # years
    if re.search(r"конца\s+(текущего\s+|этого\s+)?года", t) and not year and not nxt:
        return dt.date(pub.year, 12, 31), "year"
    if re.search(r"конца\s+следующего\s+года", t) or t in ("в следующем году",):
        return dt.date(pub.year + 1, 12, 31), "year"
    m = re.search(r"(20\d\d)\s*[–—-]\s*(20\d\d)", t)
    if m: return dt.date(int(m.group(2)), 12, 31), "year"
    # month alone
    m = re.search(r"(?:в|до конца|к концу|до)\s+" + MONTH_RE, t) or re.match(MONTH_RE, t)
    if m:
        mon = month_no(m.group(1)); y = year or pub.year
        d = eom(y, mon)
        if not year and not cur and d < pub: d = eom(y + 1, mon)
        return d, "month"
    if year: return dt.date(year, 12, 31), "year"
    if cur or "в этом году" in t: return dt.date(pub.year, 12, 31), "year"
    raise ValueError("cannot parse deadline_text %r" % text)

# --- sentences: split on newlines, then at . ! ? … followed by space and an upper-case letter / digit / quote / bracket
SENT_SPLIT = re.compile(r"(?<=[.!?…])\s+(?=[«\"(A-ZА-ЯЁ0-9])")
ABBREV_END = re.compile(r"(\b(г|гг|т|тыс|млн|млрд|трлн|кв|им|ул|обл|р-н|см|др|пр|т\.е|т\.к)\.)$", re.I)
def sentences(text):
    out = []
    for line in text.split("\n"):
        line = line.strip()
        if not line: continue
        parts = SENT_SPLIT.split(line); buf = ""
        for p in parts:
            buf = (buf + " " + p) if buf else p
            if ABBREV_END.search(buf): continue   # abbreviation: don't split here
            out.append(buf); buf = ""
        if buf: out.append(buf)
    return out

def iso(s):
    try: return dt.date.fromisoformat(s)
    except Exception: return None

def main():
    bodies = json.load(open(BODIES, encoding="utf-8"))
    canon = {b["name"] for b in bodies}
    with open(SHARED_GOLD, encoding="utf-8") as f:
        gold_keys = list(json.loads(f.readline()).keys())
    arts = {}
    for i, line in enumerate(open(os.path.join(ROOT, "articles.jsonl"), encoding="utf-8"), 1):
        a = json.loads(line)
        if list(a.keys()) != ["id", "lang", "published", "title", "text"]: err(f"articles:{i}: keys {list(a.keys())}")
        if a["title"] in arts: err(f"articles:{i}: duplicate title")
        if not iso(a["published"]): err(f"articles:{i}: bad published {a['published']}")
        elif not ("2025-01-01" <= a["published"] <= "2026-12-31"): err(f"articles:{i}: published outside 2025-2026")
        if a["lang"] != "ru": err(f"articles:{i}: lang {a['lang']}")
        if re.search(r"\b\d{2}\.\d{2}\.\d{4}\b", a["text"]): warn(f"articles:{i}: dd.mm.yyyy date inside text")
        arts[a["title"]] = a
    ids = [a["id"] for a in arts.values()]
    if len(set(ids)) != len(ids): err("duplicate article ids")
    n = opt = 0; seen_q = set(); per_art = {}; with_dl = 0
    for i, line in enumerate(open(os.path.join(ROOT, "dev_gold.jsonl"), encoding="utf-8"), 1):
        g = json.loads(line); n += 1; opt += bool(g["optional"]); tag = f"gold:{i}"
        if list(g.keys()) != gold_keys: err(f"{tag}: key order {list(g.keys())} != {gold_keys}")
        a = arts.get(g["article"])
        if not a: err(f"{tag}: unknown article {g['article']!r}"); continue
        per_art[a["id"]] = per_art.get(a["id"], 0) + 1
        if g["published"] != a["published"][:10]: err(f"{tag}: published {g['published']} != article {a['published']}")
        if g["published_inferred"] is not False: err(f"{tag}: published_inferred must be false for JSONL input")
        if not isinstance(g["optional"], bool): err(f"{tag}: optional not bool")
        q, text = g["quote"], a["text"]
        cnt = text.count(q)
        if cnt != 1: err(f"{tag}: quote occurs {cnt}x: {q!r}")
        if (a["id"], q) in seen_q: err(f"{tag}: duplicate quote in gold")
        seen_q.add((a["id"], q))
        sents = sentences(text); hit = [k for k, s in enumerate(sents) if q in s]
        if cnt == 1 and len(hit) != 1: err(f"{tag}: quote not inside one sentence: {q!r}")
        for fld in ("responsible", "co_executors"):
            if not isinstance(g[fld], list): err(f"{tag}: {fld} not a list"); continue
            for b in g[fld]:
                if b not in canon: err(f"{tag}: {fld} {b!r} not a canonical name in bodies.json")
        if set(g["responsible"]) & set(g["co_executors"]): err(f"{tag}: body both responsible and co-executor")
        if not g["task"] or not isinstance(g["task"], str): err(f"{tag}: empty task")
        elif g["task"].lower() not in text.lower(): warn(f"{tag}: task not verbatim in text (paraphrased): {g['task']!r}")
        dl, dlt, gr = g["deadline"], g["deadline_text"], g["deadline_granularity"]
        if dl is not None and not iso(dl): err(f"{tag}: deadline not ISO: {dl!r}")
        if gr not in (None, "day", "month", "quarter", "half", "year"): err(f"{tag}: bad granularity {gr!r}")
        if (dl is None) != (gr is None): err(f"{tag}: deadline/granularity null mismatch")
        if dl is not None and dlt is None: err(f"{tag}: deadline without deadline_text")
        if dlt is not None:
            with_dl += dl is not None
            if dlt not in text: err(f"{tag}: deadline_text not verbatim in text: {dlt!r}")
            elif hit:
                k = hit[0]; window = sents[k] + (" " + sents[k + 1] if k + 1 < len(sents) else "")
                if dlt not in window: err(f"{tag}: deadline_text not in quote's sentence or the next one: {dlt!r}")
                elif dlt not in sents[k]: warn(f"{tag}: deadline taken from the NEXT sentence: {dlt!r}")
            try:
                d2, g2 = derive(dlt, iso(g["published"]))
                if (d2.isoformat() if d2 else None) != dl or g2 != gr:
                    err(f"{tag}: deadline {dl}/{gr} but re-derived {d2}/{g2} from {dlt!r} @ {g['published']}")
            except ValueError as e:
                err(f"{tag}: {e}")
    for w in warnings: print("WARN ", w)
    for e in errors: print("ERROR", e)
    print(f"articles={len(arts)} gold={n} required={n - opt} optional={opt} with_deadline={with_dl} "
          f"articles_without_gold={len(arts) - len(per_art)}")
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
