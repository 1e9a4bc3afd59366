#!/usr/bin/env python3
"""Checks validation set 14: articles.jsonl + dev_gold.jsonl.

* every gold item points at an existing article (title + published agree)
* the quote occurs verbatim, exactly once in the article, inside one sentence
* responsible / co_executors are canonical names in bodies.json
* dates are ISO; granularity is one of the allowed values
* the deadline is re-derived from deadline_text + published with a small
  independent resolver (spec section 4) and must agree
Exit status 1 on any error.
"""
import calendar, datetime as dt, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BODIES = "/work/main/tracker/extraction/data/bodies.json"
GRANS = {None, "day", "month", "quarter", "half", "year"}
KEYS = ["article", "published", "published_inferred", "quote", "optional", "issuer",
        "responsible", "co_executors", "task", "deadline", "deadline_text",
        "deadline_granularity"]

# ------------------------------------------------------------------ resolver
MONTHS = {
    # kk stems
    "қаңтар": 1, "ақпан": 2, "наурыз": 3, "сәуір": 4, "мамыр": 5, "маусым": 6,
    "шілде": 7, "тамыз": 8, "қыркүйе": 9, "қазан": 10, "қараша": 11, "желтоқсан": 12,
    # ru stems
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7,
    "август": 8, "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
    # en
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
NUM = {"бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "он": 10,
       "одного": 1, "двух": 2, "трех": 3, "трёх": 3, "десяти": 10,
       "one": 1, "two": 2, "three": 3, "four": 4, "ten": 10, "a": 1, "an": 1}
ORD = {"бірінші": 1, "екінші": 2, "үшінші": 3, "төртінші": 4,
       "перв": 1, "втор": 2, "трет": 3, "четверт": 4,
       "first": 1, "second": 2, "third": 3, "fourth": 4}
ORD_RE = "|".join(sorted(ORD, key=len, reverse=True))
WEEKDAYS = {"дүйсенбі": 0, "сейсенбі": 1, "сәрсенбі": 2, "бейсенбі": 3, "жұма": 4,
            "понедельник": 0, "вторник": 1, "сред": 2, "четверг": 3, "пятниц": 4,
            "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4}


def eom(y, m):
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def add_months(d, n):
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def month_of(word):
    w = word.lower()
    for stem in sorted(MONTHS, key=len, reverse=True):
        if w.startswith(stem):
            return MONTHS[stem]
    return None


def ordinal(word):
    w = word.lower()
    for stem in sorted(ORD, key=len, reverse=True):
        if w.startswith(stem):
            return ORD[stem]
    return None


def resolve(text, pub):
    """-> (date or None, granularity or None)"""
    if text is None:
        return None, None
    t = text.lower()
    Y = pub.year
    # explicit year ranges: 2026-2027 жылдары / в 2025-2026 годах / in 2035-2036
    m = re.search(r"(20\d\d)\s*[-–]\s*(20\d\d)", t)
    if m:
        return dt.date(int(m.group(2)), 12, 31), "year"
    # full date with year: 2025 жылғы 1 желтоқсан / 1 марта 2026 / October 1, 2026
    m = re.search(r"(20\d\d)\s*жылғы\s*(\d{1,2})\s*(" + MONTH_RE + r")", t)
    if m:
        return dt.date(int(m.group(1)), month_of(m.group(3)), int(m.group(2))), "day"
    m = re.search(r"(\d{1,2})\s*(" + MONTH_RE + r")\w*,?\s*(20\d\d)", t) or \
        re.search(r"(" + MONTH_RE + r")\w*\s+(\d{1,2}),?\s*(20\d\d)", t)
    if m and m.group(1).isdigit():
        return dt.date(int(m.group(3)), month_of(m.group(2)), int(m.group(1))), "day"
    if m:
        return dt.date(int(m.group(3)), month_of(m.group(1)), int(m.group(2))), "day"
    # quarters / halves, optional explicit year
    yr = re.search(r"(20\d\d)", t)
    m = re.search(r"(" + ORD_RE + r")\w*\s*(тоқсан|квартал|quarter)", t)
    if m:
        q = ordinal(m.group(1))
        d = eom(int(yr.group(1)) if yr else Y, 3 * q)
        if not yr and d < pub:
            d = eom(Y + 1, 3 * q)
        return d, "quarter"
    m = re.search(r"(" + ORD_RE + r")\w*\s*(жартыжылдық|полугод|half)", t)
    if m:
        h = ordinal(m.group(1))
        y = int(yr.group(1)) if yr else Y
        if "next year" in t or "келесі жыл" in t or "следующего года" in t:
            y = Y + 1
        d = eom(y, 6 * h)
        if not yr and d < pub and y == Y:
            d = eom(Y + 1, 6 * h)
        return d, "half"
    # relative periods
    m = re.search(r"(\d+|" + "|".join(NUM) + r")\s*(апта|ай|күн|недел|месяц|дн|дней|week|month|day)", t)
    if m and any(k in t for k in ("ішінде", "течение", "срок", "within")):
        n = int(m.group(1)) if m.group(1).isdigit() else NUM[m.group(1)]
        unit = m.group(2)
        if unit in ("апта", "недел", "week"):
            return pub + dt.timedelta(weeks=n), "day"
        if unit in ("ай", "месяц", "month"):
            return add_months(pub, n), "day"
        return pub + dt.timedelta(days=n), "day"
    if re.search(r"(в|в течение)\s+(месяц|двухнедельный)", t) or "within a month" in t:
        return add_months(pub, 1), "day"
    # weekdays
    for stem, wd in WEEKDAYS.items():
        if re.search(r"\b" + stem if stem.isascii() else stem, t) and not re.search(r"\d", t):
            delta = (wd - pub.weekday()) % 7 or 7
            return pub + dt.timedelta(days=delta), "day"
    if re.search(r"(осы )?аптаның соңына|конца (этой )?недели|end of (this )?week", t):
        return pub + dt.timedelta(days=6 - pub.weekday()), "day"
    # day + month, no year
    m = re.search(r"(\d{1,2})\s*(" + MONTH_RE + r")", t) or re.search(r"(" + MONTH_RE + r")\w*\s+(\d{1,2})\b", t)
    if m:
        if m.group(1).isdigit():
            day, mon = int(m.group(1)), month_of(m.group(2))
        else:
            day, mon = int(m.group(2)), month_of(m.group(1))
        d = dt.date(Y, mon, day)
        current = any(k in t for k in ("ағымдағы жыл", "текущего года", "current year", "this year", "биылғы"))
        if d < pub and not current:
            d = dt.date(Y + 1, mon, day)
        return d, "day"
    # month only
    m = re.search(r"(" + MONTH_RE + r")\w*", t)
    if m and re.search(r"ай|конца|end of|^in |^by |^в |during", t):
        mon = month_of(m.group(1))
        d = eom(Y, mon)
        if d < pub:
            d = eom(Y + 1, mon)
        return d, "month"
    # year end
    if re.search(r"келесі жылдың соңына|конца следующего года|end of next year", t):
        return dt.date(Y + 1, 12, 31), "year"
    if re.search(r"келесі жылы|в следующем году|next year", t):
        return dt.date(Y + 1, 12, 31), "year"
    m = re.search(r"(20\d\d)", t)
    if m:
        return dt.date(int(m.group(1)), 12, 31), "year"
    if re.search(r"жыл соңына|жылдың соңына|конца (текущего )?года|end of the (current )?year|year-end|this year|текущем году|биыл", t):
        return dt.date(Y, 12, 31), "year"
    return None, None   # event-based: heating season, sowing campaign ...


# ------------------------------------------------------------------ checks
ABBR = re.compile(r"\b(тыс|млн|млрд|г|гг|ж|т\.б|т\.с\.с|им|ул|обл)\.$", re.I)


def sentences(text):
    out = []
    for line in text.split("\n"):
        buf = ""
        for piece in re.split(r"(?<=[.!?…])\s+", line):
            buf = (buf + " " + piece) if buf else piece
            if ABBR.search(buf):
                continue
            out.append(buf)
            buf = ""
        if buf:
            out.append(buf)
    return out


def main():
    bodies = json.load(open(BODIES, encoding="utf-8"))
    canon = {b["name"] for b in bodies}
    arts = [json.loads(l) for l in open(os.path.join(ROOT, "articles.jsonl"), encoding="utf-8")]
    gold = [json.loads(l) for l in open(os.path.join(ROOT, "dev_gold.jsonl"), encoding="utf-8")]
    errs = []
    by_title = {}
    ids = set()
    for a in arts:
        for k in ("id", "lang", "published", "title", "text"):
            if k not in a:
                errs.append(f"article {a.get('id')}: missing {k}")
        if a["id"] in ids:
            errs.append(f"duplicate id {a['id']}")
        ids.add(a["id"])
        if a["title"] in by_title:
            errs.append(f"duplicate title {a['title']}")
        by_title[a["title"]] = a
        dt.date.fromisoformat(a["published"])
        if a["lang"] not in ("en", "ru", "kk"):
            errs.append(f"{a['id']}: bad lang")
    for i, g in enumerate(gold, 1):
        tag = f"gold#{i} [{g.get('quote', '')[:40]}]"
        if list(g.keys()) != KEYS:
            errs.append(f"{tag}: keys {list(g.keys())}")
        a = by_title.get(g["article"])
        if not a:
            errs.append(f"{tag}: unknown article"); continue
        if a["published"] != g["published"]:
            errs.append(f"{tag}: published mismatch")
        n = a["text"].count(g["quote"]) + a["title"].count(g["quote"])
        if n != 1:
            errs.append(f"{tag}: quote occurs {n} times")
        if not any(g["quote"] in s for s in sentences(a["text"])):
            errs.append(f"{tag}: quote not inside one sentence")
        for k in ("responsible", "co_executors"):
            for b in g[k]:
                if b not in canon:
                    errs.append(f"{tag}: {k} '{b}' not canonical")
        if set(g["responsible"]) & set(g["co_executors"]):
            errs.append(f"{tag}: body both responsible and co-executor")
        if g["deadline_granularity"] not in GRANS:
            errs.append(f"{tag}: bad granularity")
        if g["deadline"] is not None:
            dt.date.fromisoformat(g["deadline"])
            if not g["deadline_text"]:
                errs.append(f"{tag}: deadline without deadline_text")
        if g["deadline_text"] and g["deadline_text"] not in a["text"]:
            errs.append(f"{tag}: deadline_text not verbatim in article")
        if (g["deadline"] is None) != (g["deadline_granularity"] is None):
            errs.append(f"{tag}: deadline/granularity nullness differ")
        d, gr = resolve(g["deadline_text"], dt.date.fromisoformat(g["published"]))
        got = (d.isoformat() if d else None, gr)
        want = (g["deadline"], g["deadline_granularity"])
        if got != want:
            errs.append(f"{tag}: resolver {got} != gold {want} (text={g['deadline_text']!r})")
        if not g["task"] or not isinstance(g["optional"], bool):
            errs.append(f"{tag}: empty task / bad optional")
    # report
    req = [g for g in gold if not g["optional"]]
    print(f"articles: {len(arts)}  gold: {len(gold)}  required: {len(req)}  optional: {len(gold) - len(req)}")
    for e in errs:
        print("ERROR", e)
    print("OK" if not errs else f"{len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
