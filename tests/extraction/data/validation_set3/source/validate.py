"""Validate validation_set3: articles parse, quotes unique, fields well-formed,
bodies canonical, and every deadline re-derived from its words (spec section 4).

Independent of the extractor: the deadline resolver below is written from the
spec table only.
"""
import calendar
import datetime as dt
import glob
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
BODIES = "/work/main/tracker/extraction/data/bodies.json"
GRANS = {"day", "month", "quarter", "half", "year", None}
DATE_LINE = re.compile(r"^(\d{2})\.(\d{2})\.(\d{4}),\s+(\d{2}):(\d{2})(?:\s+\d+)?\s*$")

errors = []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------------ articles
def load_articles():
    arts = {}
    for path in sorted(glob.glob(os.path.join(HERE, "*.jsonl")) + glob.glob(os.path.join(HERE, "*.txt"))):
        name = os.path.basename(path)
        if name == "dev_gold.jsonl":
            continue
        if name.endswith(".jsonl"):
            for i, line in enumerate(open(path, encoding="utf-8")):
                a = json.loads(line)
                for k in ("title", "published", "text"):
                    if not isinstance(a.get(k), str) or not a[k]:
                        err(f"{name}:{i}: missing {k}")
                dt.date.fromisoformat(a["published"][:10])
                if a["title"] in arts:
                    err(f"duplicate title {a['title']}")
                arts[a["title"]] = dict(published=a["published"][:10], inferred=False,
                                        text=a["text"], lang=a.get("lang"))
        else:
            lines = open(path, encoding="utf-8").read().split("\n")
            blocks, cur = [], {"date": None, "lines": []}
            for ln in lines:
                m = DATE_LINE.match(ln.strip())
                if m:
                    blocks.append(cur)
                    d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
                    cur = {"date": dt.date(y, mo, d), "lines": []}
                else:
                    cur["lines"].append(ln)
            blocks.append(cur)
            parsed = []
            for b in blocks:
                ls = [x for x in b["lines"] if x.strip()]
                if not ls:
                    continue
                parsed.append([b["date"], ls[0].strip(), "\n".join(ls[1:])])
            for i, p in enumerate(parsed):
                inferred = False
                if p[0] is None:
                    nxt = next((q[0] for q in parsed[i + 1:] if q[0]), None)
                    p[0] = nxt
                    inferred = True
                if p[1] in arts:
                    err(f"duplicate title {p[1]}")
                arts[p[1]] = dict(published=p[0].isoformat(), inferred=inferred, text=p[2], lang="en")
    return arts


# ------------------------------------------------------------------ deadlines
EN_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
RU_MONTHS_GEN = {"января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
                 "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12}
RU_MONTHS_PREP = {"январе": 1, "феврале": 2, "марте": 3, "апреле": 4, "мае": 5, "июне": 6, "июле": 7,
                  "августе": 8, "сентябре": 9, "октябре": 10, "ноябре": 11, "декабре": 12}
KK_MONTH_STEMS = {"қаңтар": 1, "ақпан": 2, "наурыз": 3, "сәуір": 4, "мамыр": 5, "маусым": 6, "шілде": 7,
                  "тамыз": 8, "қыркүйек": 9, "қазан": 10, "қараша": 11, "желтоқсан": 12}
NUM = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10,
       "бір": 1, "екі": 2, "үш": 3, "он": 10}
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4,
       "первом": 1, "первого": 1, "втором": 2, "второго": 2, "третьем": 3, "третьего": 3,
       "четвертом": 4, "четвертого": 4,
       "бірінші": 1, "екінші": 2, "үшінші": 3, "төртінші": 4}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "дүйсенбі": 0, "сейсенбі": 1, "сәрсенбі": 2, "бейсенбі": 3, "жұма": 4,
            "понедельника": 0, "вторника": 1, "среды": 2, "четверга": 3, "пятницы": 4}


def month_end(y, m):
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def add_months(d, n):
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def resolve(text, pub):
    """Return (date or None, granularity or None) for a deadline expression."""
    if text is None:
        return None, None
    t = text.lower().strip()
    y = pub.year
    # event-bound or vague wording: no date even if a year is mentioned
    if re.match(r"^(when |at one of|on time|before the start|by the start|until the end of the navigation|"
                r"no later than the start|in the shortest|promptly|as soon as possible|"
                r"до наступления|до конца уборочной|оперативно|к началу|в кратчайшие)", t):
        return None, None
    next_year = bool(re.search(r"next year|следующего года|келесі жыл", t))
    m_year = re.search(r"\b(20\d\d)\b", t)
    named_year = int(m_year.group(1)) if m_year else None

    # within N days/weeks/months
    m = re.search(r"within (\d+|a|an|one|two|three|four|five|six|ten) (day|week|month)s?", t) \
        or re.search(r"в течение (\d+|недели|месяца|двух недель)\s*(дней|дня)?", t) \
        or re.search(r"(\d+|бір|екі|үш|он) (күн|апта|ай) ішінде", t)
    if m:
        g = m.groups()
        if g[0] == "недели":
            return pub + dt.timedelta(days=7), "day"
        if g[0] == "месяца":
            return add_months(pub, 1), "day"
        if g[0] == "двух недель":
            return pub + dt.timedelta(days=14), "day"
        n = int(g[0]) if g[0].isdigit() else NUM[g[0]]
        unit = g[1] or "дней"
        if unit in ("day", "дней", "дня", "күн"):
            return pub + dt.timedelta(days=n), "day"
        if unit in ("week", "апта"):
            return pub + dt.timedelta(days=7 * n), "day"
        return add_months(pub, n), "day"
    if "в месячный срок" in t:
        return add_months(pub, 1), "day"
    if "в двухнедельный срок" in t:
        return pub + dt.timedelta(days=14), "day"
    if "в двухмесячный срок" in t:
        return add_months(pub, 2), "day"

    # weekday / week ends
    m = re.search(r"by (monday|tuesday|wednesday|thursday|friday)|до (понедельника|вторника|среды|четверга|пятницы)|(дүйсенбі|сейсенбі|сәрсенбі|бейсенбі|жұма)ға дейін", t)
    if m:
        wd = WEEKDAYS[next(x for x in m.groups() if x)]
        d = pub + dt.timedelta(days=1)
        while d.weekday() != wd:
            d += dt.timedelta(days=1)
        return d, "day"
    sunday = pub + dt.timedelta(days=6 - pub.weekday())
    if re.search(r"end of next week|до конца следующей недели|келесі аптаның соңына", t):
        return sunday + dt.timedelta(days=7), "day"
    if re.search(r"end of (this|the) week|до конца (этой )?недели|осы аптаның соңына", t):
        return sunday, "day"

    # quarters
    m = re.search(r"(first|second|third|fourth|iv|iii|ii|i|первом|первого|втором|второго|третьем|третьего|четвертом|четвертого|бірінші|екінші|үшінші|төртінші) (quarter|квартал|тоқсан)", t)
    if m:
        q = ORD[m.group(1)]
        yy = named_year or (y + 1 if next_year else y)
        d = month_end(yy, 3 * q)
        if named_year is None and not next_year and d < pub:
            d = month_end(y + 1, 3 * q)
        return d, "quarter"
    # halves
    m = re.search(r"(first|second) half|(первом|втором) полугодии|(бірінші|екінші) жартыжылдығ", t)
    if m or "mid-year" in t:
        which = 1 if (m is None or (m.group(1) or m.group(2) or m.group(3)) in ("first", "первом", "бірінші")) else 2
        yy = named_year or (y + 1 if next_year else y)
        d = month_end(yy, 6 if which == 1 else 12)
        if named_year is None and not next_year and d < pub:
            d = month_end(y + 1, 6 if which == 1 else 12)
        return d, "half"

    # explicit day + month
    m = re.search(r"(?:by|until|before|no later than) (" + "|".join(EN_MONTHS) + r") (\d{1,2})(?:, (\d{4}))?", t)
    if m:
        mo, day = EN_MONTHS[m.group(1)], int(m.group(2))
        return _day(y, mo, day, m.group(3), "of the current year" in t or "of this year" in t, pub), "day"
    m = re.search(r"(?:до|к) (\d{1,2}) (" + "|".join(RU_MONTHS_GEN) + r")(?: (\d{4}) года)?", t)
    if m:
        mo, day = RU_MONTHS_GEN[m.group(2)], int(m.group(1))
        return _day(y, mo, day, m.group(3), "текущего года" in t, pub), "day"
    m = re.search(r"(\d{1,2}) (" + "|".join(KK_MONTH_STEMS) + r")\w* дейін", t)
    if m:
        mo, day = KK_MONTH_STEMS[m.group(2)], int(m.group(1))
        return _day(y, mo, day, m.group(3) if m.lastindex and m.lastindex >= 3 else None,
                    "ағымдағы жыл" in t, pub), "day"

    # month only
    m = re.search(r"(?:in|by|by the end of) (" + "|".join(EN_MONTHS) + r")\b", t) \
        or re.search(r"(?:в|до конца) (" + "|".join(list(RU_MONTHS_PREP) + list(RU_MONTHS_GEN)) + r")\b", t) \
        or re.search(r"(" + "|".join(KK_MONTH_STEMS) + r") айының соңына", t)
    if m:
        w = m.group(1)
        mo = EN_MONTHS.get(w) or RU_MONTHS_PREP.get(w) or RU_MONTHS_GEN.get(w) or KK_MONTH_STEMS.get(w)
        d = month_end(y, mo)
        if "current year" not in t and "this year" not in t and d < pub:
            d = month_end(y + 1, mo)
        return d, "month"
    if re.search(r"end of the month|до конца месяца|ай соңына", t):
        return month_end(y, pub.month), "month"

    # years
    m = re.search(r"(20\d\d)\s*[-–]\s*(20\d\d)", t)
    if m:
        return dt.date(int(m.group(2)), 12, 31), "year"
    if named_year:
        return dt.date(named_year, 12, 31), "year"
    if re.search(r"end of next year|конца следующего года|келесі жылдың соңына", t) or t in ("next year",):
        return dt.date(y + 1, 12, 31), "year"
    if re.search(r"end of the (current )?year|year-end|до конца (текущего )?года|жыл соңына|жылдың соңына|this year|current year|в текущем году|текущем году|^биыл$", t):
        return dt.date(y, 12, 31), "year"
    return None, None


def _day(y, mo, day, year_s, current_year, pub):
    if year_s:
        return dt.date(int(year_s), mo, day)
    d = dt.date(y, mo, day)
    if not current_year and d < pub:
        d = dt.date(y + 1, mo, day)
    return d


# ------------------------------------------------------------------ main
def main():
    bodies = json.load(open(BODIES, encoding="utf-8"))
    names = {b["name"] for b in bodies}
    arts = load_articles()
    gold = [json.loads(l) for l in open(os.path.join(HERE, "dev_gold.jsonl"), encoding="utf-8")]
    keys = ["article", "published", "published_inferred", "quote", "optional", "issuer", "responsible",
            "co_executors", "task", "deadline", "deadline_text", "deadline_granularity"]
    for i, g in enumerate(gold):
        tag = f"gold[{i}] {g.get('quote')!r}"
        if list(g.keys()) != keys:
            err(f"{tag}: keys {list(g.keys())}")
        a = arts.get(g["article"])
        if a is None:
            err(f"{tag}: no article titled {g['article']!r}")
            continue
        if g["published"] != a["published"]:
            err(f"{tag}: published {g['published']} != article {a['published']}")
        if g["published_inferred"] != a["inferred"]:
            err(f"{tag}: inferred flag mismatch")
        n = a["text"].count(g["quote"])
        if n != 1:
            err(f"{tag}: quote occurs {n} times in text")
        if g["quote"] in g["article"]:
            err(f"{tag}: quote also in title")
        # the quote must sit inside one sentence
        if re.search(r"[.!?]\s+[A-ZА-ЯӘҒҚҢӨҰҮҺІ«\"]", g["quote"]) or "\n" in g["quote"]:
            err(f"{tag}: quote crosses a sentence boundary")
        if g["deadline"] is not None:
            dt.date.fromisoformat(g["deadline"])
        if g["deadline_granularity"] not in GRANS:
            err(f"{tag}: bad granularity")
        if (g["deadline"] is None) != (g["deadline_granularity"] is None):
            err(f"{tag}: deadline/granularity nullness differ")
        if g["deadline"] is not None and not g["deadline_text"]:
            err(f"{tag}: deadline without deadline_text")
        if g["deadline_text"] and g["deadline_text"] not in a["text"]:
            # deadline_text must be words of the article (case-insensitive allowed at sentence start)
            if g["deadline_text"].lower() not in a["text"].lower():
                err(f"{tag}: deadline_text {g['deadline_text']!r} not in text")
        for b in g["responsible"] + g["co_executors"]:
            if b not in names and not (b == b.lower()):
                err(f"{tag}: body {b!r} not canonical")
            if b == b.lower() and b not in names:
                print(f"note: free lower-case group {b!r}")
        if not g["task"]:
            err(f"{tag}: empty task")
        pub = dt.date.fromisoformat(g["published"])
        want, gran = resolve(g["deadline_text"], pub)
        got = dt.date.fromisoformat(g["deadline"]) if g["deadline"] else None
        if (want, gran) != (got, g["deadline_granularity"]):
            err(f"{tag}: deadline {got} {g['deadline_granularity']} but {g['deadline_text']!r} -> {want} {gran}")

    # summary
    req = [g for g in gold if not g["optional"]]
    by_lang = Counter()
    art_lang = Counter(a["lang"] for a in arts.values())
    for g in req:
        by_lang[arts[g["article"]]["lang"]] += 1
    with_dl = sum(1 for g in req if g["deadline"])
    print(f"articles {len(arts)} {dict(art_lang)}; gold {len(gold)} rows, required {len(req)} "
          f"{dict(by_lang)}, with deadline {with_dl}, optional {len(gold) - len(req)}")
    print("granularity:", dict(Counter(g["deadline_granularity"] for g in req)))
    used = {g["article"] for g in gold}
    print("articles without gold:", [t for t in arts if t not in used])
    if errors:
        print(f"\n{len(errors)} ERRORS")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
