#!/usr/bin/env python3
"""Checks ../articles.jsonl + ../dev_gold.jsonl: quote verbatim, unique in the article, inside one sentence;
canonical body names exist in bodies.json; ISO dates; granularity; deadline re-derived from deadline_text
by a tiny independent resolver (spec section 4)."""
import json, os, re, sys, calendar, datetime as dt
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BODIES = "/work/main/tracker/extraction/data/bodies.json"
GRAN = {None, "day", "month", "quarter", "half", "year"}

KK_M = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"]
RU_M = ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"]
ORD = {"бірінші": 1, "екінші": 2, "үшінші": 3, "төртінші": 4, "перв": 1, "втор": 2, "трет": 3, "четверт": 4}
NUM = {"бір": 1, "екі": 2, "үш": 3, "он": 10, "одн": 1, "двух": 2, "двe": 2, "трех": 3, "месячный": 1, "двухнедельный": 2}
WD = {"дүйсенбі": 0, "сейсенбі": 1, "сәрсенбі": 2, "бейсенбі": 3, "жұма": 4, "понедельник": 0, "вторник": 1, "сред": 2, "четверг": 3, "пятниц": 4}

def eom(y, m): return dt.date(y, m, calendar.monthrange(y, m)[1])
def add_months(d, n):
    m = d.month - 1 + n; y = d.year + m // 12; m = m % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))

def month_idx(word):
    w = word.lower()
    for i, s in enumerate(KK_M):
        if w.startswith(s): return i + 1
    for i, s in enumerate(RU_M):
        if i == 4:
            if re.fullmatch(r"ма[яйе]", w): return 5
            continue
        if w.startswith(s): return i + 1
    return None

def resolve(text, pub):
    """-> (iso date or None, granularity or None)"""
    if not text: return None, None
    t = text.lower(); y = pub.year
    cur = ("ағымдағы" in t) or ("текущего" in t)
    m4 = re.search(r"(\d{4})", t)
    # range
    m = re.search(r"(\d{4})\s*[-–]\s*(\d{4})", t)
    if m: return eom(int(m.group(2)), 12).isoformat(), "year"
    # explicit day + month
    m = re.search(r"(?<!\d)(\d{1,2})\s+([а-яәіңғүұқөһё]+)", t)
    if m and month_idx(m.group(2)):
        d = dt.date(int(m4.group(1)) if m4 and m4.start() != m.start() else y, month_idx(m.group(2)), int(m.group(1)))
        if not (m4 and m4.start() != m.start()) and not cur and d < pub: d = d.replace(year=y + 1)
        return d.isoformat(), "day"
    # within N days/weeks/months
    m = re.search(r"(\d+|бір|екі|үш|он|одн\w*|двух|трех|месячный|двухнедельный)\s*(күн|апта|ай|дн|дней|недел|месяц|срок)", t)
    if m and ("ішінде" in t or "мерзімде" in t or "течение" in t or "срок" in t):
        w = m.group(1); n = int(w) if w.isdigit() else next(v for k, v in NUM.items() if w.startswith(k))
        unit = m.group(2)
        if w == "месячный": unit = "ай"
        if w == "двухнедельный": unit = "апта"
        if unit in ("күн", "дн", "дней"): d = pub + dt.timedelta(days=n)
        elif unit in ("апта", "недел"): d = pub + dt.timedelta(weeks=n)
        else: d = add_months(pub, n)
        return d.isoformat(), "day"
    # weekday
    for k, v in WD.items():
        if k in t:
            d = pub + dt.timedelta(days=1)
            while d.weekday() != v: d += dt.timedelta(days=1)
            return d.isoformat(), "day"
    # week end
    if "апта" in t or "недел" in t:
        sun = pub + dt.timedelta(days=6 - pub.weekday())
        if "келесі" in t or "следующ" in t: sun += dt.timedelta(days=7)
        return sun.isoformat(), "day"
    # quarter
    if re.search(r"(?<!жел)тоқсан", t) or "квартал" in t:
        q = next(v for k, v in ORD.items() if k in t)
        yy = int(m4.group(1)) if m4 else y
        d = eom(yy, 3 * q)
        if not m4 and not cur and d < pub: d = eom(y + 1, 3 * q)
        return d.isoformat(), "quarter"
    # half
    if "жартыжылд" in t or "полугоди" in t or "ортасына" in t or "середин" in t:
        h = 2 if ("екінші" in t or "втор" in t) else 1
        yy = int(m4.group(1)) if m4 else y
        d = eom(yy, 6 * h)
        if not m4 and not cur and d < pub: d = eom(y + 1, 6 * h)
        return d.isoformat(), "half"
    # month
    for w in re.findall(r"[а-яәіңғүұқөһё]+", t):
        mi = month_idx(w)
        if mi and w not in ("маусымы",) and ("ай" in t or t.startswith("в ") or "конца" in t or "до " in t):
            d = eom(int(m4.group(1)) if m4 else y, mi)
            if not m4 and not cur and d < pub: d = eom(y + 1, mi)
            return d.isoformat(), "month"
    # years
    if "келесі жыл" in t or "следующего года" in t: return eom(y + 1, 12).isoformat(), "year"
    if m4: return eom(int(m4.group(1)), 12).isoformat(), "year"
    if re.search(r"жыл соңына|конца (текущего )?года|биыл|ағымдағы жылы|в текущем году", t): return eom(y, 12).isoformat(), "year"
    return None, None

def sentences(text):
    out = []
    for line in text.split("\n"):
        out += [s for s in re.split(r"(?<=[.!?;:])\s+", line) if s.strip()]
    return out

def main():
    names = {b["name"] for b in json.load(open(BODIES, encoding="utf-8"))}
    arts = {}
    for l in open(os.path.join(HERE, "articles.jsonl"), encoding="utf-8"):
        a = json.loads(l); arts[a["title"]] = a
        dt.date.fromisoformat(a["published"][:10])
    errs = 0; n = req = opt = 0
    for i, l in enumerate(open(os.path.join(HERE, "dev_gold.jsonl"), encoding="utf-8"), 1):
        g = json.loads(l); n += 1; opt += g["optional"]; req += not g["optional"]
        def bad(msg):
            nonlocal errs; errs += 1; print(f"line {i} [{g['quote']}]: {msg}")
        a = arts.get(g["article"])
        if not a: bad("no article"); continue
        if a["published"] != g["published"]: bad("published mismatch")
        c = a["text"].count(g["quote"])
        if c != 1: bad(f"quote occurs {c} times")
        if not any(g["quote"] in s for s in sentences(a["text"])): bad("quote crosses a sentence boundary")
        for b in g["responsible"] + g["co_executors"]:
            if b not in names: bad(f"unknown body {b}")
        if g["deadline"] is not None: dt.date.fromisoformat(g["deadline"])
        if g["deadline_granularity"] not in GRAN: bad("granularity")
        if (g["deadline"] is None) != (g["deadline_granularity"] is None): bad("deadline/granularity nullness")
        if g["deadline_text"] and g["deadline_text"] not in a["text"]: bad("deadline_text not verbatim")
        if g["deadline_text"] and not any(g["quote"] in s and g["deadline_text"] in s for s in sentences(a["text"])):
            bad("deadline_text not in the quote's sentence")
        d, gr = resolve(g["deadline_text"], dt.date.fromisoformat(g["published"]))
        if (d, gr) != (g["deadline"], g["deadline_granularity"]):
            bad(f"resolver says {d} {gr}, gold {g['deadline']} {g['deadline_granularity']}")
    print(f"{len(arts)} articles, {n} directives ({req} required, {opt} optional); {errs} errors")
    sys.exit(1 if errs else 0)

if __name__ == "__main__":
    main()
