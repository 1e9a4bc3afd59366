"""Independent checks of the built files in /work/validation_set5.

* parses the dump (day-first dates, headless first article inferred from the next dated one)
* every gold quote: present exactly once in its article, inside one sentence
* responsible / co_executors: canonical names of bodies.json
* ISO dates, valid granularity, deadline/granularity both null or both set
* every deadline re-derived from its deadline_text and the publication date (spec section 4)
* deadline_text present in the article (in the quote's sentence or the list-intro / neighbour)
* coverage matrix: which rows of the spec's table occur in which language
Exit status 1 on any error.
"""
import calendar
import datetime as dt
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
BODIES = "/work/main/tracker/extraction/data/bodies.json"
GRANS = {"day", "month", "quarter", "half", "year"}

# ------------------------------------------------------------------ date helpers

def eom(y, m):
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def add_months(d, n):
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


EN_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
RU_MONTHS_GEN = {"января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
                 "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12}
RU_MONTHS_PREP = {"январе": 1, "феврале": 2, "марте": 3, "апреле": 4, "мае": 5, "июне": 6, "июле": 7,
                  "августе": 8, "сентябре": 9, "октябре": 10, "ноябре": 11, "декабре": 12}
KK_MONTH_STEMS = [("қаңтар", 1), ("ақпан", 2), ("наурыз", 3), ("сәуір", 4), ("мамыр", 5), ("маусым", 6),
                  ("шілде", 7), ("тамыз", 8), ("қыркүйек", 9), ("қазан", 10), ("қараша", 11), ("желтоқсан", 12)]
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4,
       "перв": 1, "втор": 2, "трет": 3, "четверт": 4, "четвёрт": 4,
       "бірінші": 1, "екінші": 2, "үшінші": 3, "төртінші": 4}
NUM = {"one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10,
       "один": 1, "одного": 1, "двух": 2, "трех": 3, "трёх": 3, "четырех": 4, "пяти": 5, "шести": 6, "десяти": 10,
       "бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "он": 10}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
            "понедельника": 0, "вторника": 1, "среды": 2, "четверга": 3, "пятницы": 4, "субботы": 5,
            "воскресенья": 6,
            "дүйсенбі": 0, "сейсенбі": 1, "сәрсенбі": 2, "бейсенбі": 3, "жұма": 4, "сенбі": 5, "жексенбі": 6}


def kk_month(word):
    for stem, m in KK_MONTH_STEMS:
        if word.startswith(stem):
            return m
    return None


def num(tok):
    tok = tok.lower()
    return int(tok) if tok.isdigit() else NUM.get(tok)


def day_rule(pub, month, day, year=None, current=False):
    if year:
        return dt.date(year, month, day)
    d = dt.date(pub.year, month, day)
    if not current and d < pub:
        d = dt.date(pub.year + 1, month, day)
    return d


def month_rule(pub, month, year=None):
    if year:
        return eom(year, month)
    d = eom(pub.year, month)
    if d < pub:
        d = eom(pub.year + 1, month)
    return d


def quarter_rule(pub, q, year=None):
    if year:
        return eom(year, 3 * q)
    d = eom(pub.year, 3 * q)
    if d < pub:
        d = eom(pub.year + 1, 3 * q)
    return d


def half_rule(pub, h, year=None):
    if year:
        return eom(year, 6 * h)
    d = eom(pub.year, 6 * h)
    if d < pub:
        d = eom(pub.year + 1, 6 * h)
    return d


def week_end(pub, next_week=False):
    sunday = pub + dt.timedelta(days=6 - pub.weekday())
    return sunday + dt.timedelta(days=7) if next_week else sunday


def next_weekday(pub, wd):
    delta = (wd - pub.weekday()) % 7
    return pub + dt.timedelta(days=delta or 7)


def resolve(text, pub):
    """Return (deadline: date|None, granularity|None, row-name) for a deadline expression."""
    if text is None:
        return None, None, None
    t = text.strip().lower().replace("ё", "е")
    t = re.sub(r"\s+", " ", t)
    y = pub.year

    # ---------------- weekdays / weeks
    m = re.fullmatch(r"(?:by|до) (\w+)", t)
    if m and m.group(1) in WEEKDAYS:
        return next_weekday(pub, WEEKDAYS[m.group(1)]), "day", "weekday"
    m = re.fullmatch(r"(\w+) күнге дейін", t)
    if m and m.group(1) in WEEKDAYS:
        return next_weekday(pub, WEEKDAYS[m.group(1)]), "day", "weekday"
    if t in ("by the end of this week", "by the end of the week", "до конца недели", "до конца этой недели",
             "осы аптаның соңына дейін", "апта соңына дейін"):
        return week_end(pub), "day", "week"
    if t in ("by the end of next week", "до конца следующей недели", "келесі аптаның соңына дейін"):
        return week_end(pub, True), "day", "week"

    # ---------------- within a period
    m = re.fullmatch(r"within (\w+) (day|days|week|weeks|month|months)", t) or \
        re.fullmatch(r"в течение (\w+)? ?(дня|дней|недели|недель|месяца|месяцев)", t) or \
        re.fullmatch(r"(\w+) (күн|апта|ай) ішінде", t)
    if m:
        n = num(m.group(1)) if m.group(1) else 1
        unit = m.group(2)
        if unit.startswith(("day", "дн", "дня", "күн")):
            return pub + dt.timedelta(days=n), "day", "within"
        if unit.startswith(("week", "недел", "апта")):
            return pub + dt.timedelta(weeks=n), "day", "within"
        return add_months(pub, n), "day", "within"
    m = re.fullmatch(r"в (двух|трех|месячный|двухнедельный|двухмесячный|трехмесячный|десятидневный)(?:-?)\s?срок", t)
    if m or t in ("в месячный срок", "в двухнедельный срок", "в двухмесячный срок", "в трехмесячный срок",
                  "в десятидневный срок"):
        w = t.split()[1]
        table = {"месячный": ("m", 1), "двухнедельный": ("d", 14), "двухмесячный": ("m", 2),
                 "трехмесячный": ("m", 3), "десятидневный": ("d", 10)}
        kind, n = table[w]
        return (add_months(pub, n) if kind == "m" else pub + dt.timedelta(days=n)), "day", "within"

    # ---------------- ranges of years
    m = re.search(r"(\d{4})\s?[-–—]\s?(\d{4})", t)
    if m:
        return dt.date(int(m.group(2)), 12, 31), "year", "range"

    # ---------------- explicit day (+ month)
    m = re.fullmatch(r"(?:by|until|before|no later than) (\w+) (\d{1,2})(?:, (\d{4}))?( of (?:the current|this) year)?", t)
    if m and m.group(1) in EN_MONTHS:
        yr = int(m.group(3)) if m.group(3) else None
        return day_rule(pub, EN_MONTHS[m.group(1)], int(m.group(2)), yr, bool(m.group(4))), "day", \
            ("day-year" if yr else "day-current" if m.group(4) else "day")
    m = re.fullmatch(r"(?:в срок )?(?:до|к|не позднее) (\d{1,2}) (\w+)(?: (\d{4}) года| (текущего) года)?", t)
    if m and m.group(2) in RU_MONTHS_GEN:
        yr = int(m.group(3)) if m.group(3) else None
        return day_rule(pub, RU_MONTHS_GEN[m.group(2)], int(m.group(1)), yr, bool(m.group(4))), "day", \
            ("day-year" if yr else "day-current" if m.group(4) else "day")
    m = re.fullmatch(r"(?:(\d{4}) жылдың |(ағымдағы|биылғы) жылдың )?(\d{1,2}) (\w+) дейін", t)
    if m and kk_month(m.group(4)):
        yr = int(m.group(1)) if m.group(1) else None
        return day_rule(pub, kk_month(m.group(4)), int(m.group(3)), yr, bool(m.group(2))), "day", \
            ("day-year" if yr else "day-current" if m.group(2) else "day")

    # ---------------- quarters
    m = re.fullmatch(r"(?:in|by the end of|during) the (\w+) quarter(?: of (next year|\d{4}))?", t)
    if m and m.group(1) in ORD:
        yr = None if not m.group(2) else (y + 1 if m.group(2) == "next year" else int(m.group(2)))
        return quarter_rule(pub, ORD[m.group(1)], yr), "quarter", "quarter"
    m = re.fullmatch(r"(?:в|до конца) (перв|втор|трет|четверт)\w* квартал\w*(?: (следующего|текущего) года| (\d{4}) года)?", t)
    if m:
        yr = None
        if m.group(2) == "следующего":
            yr = y + 1
        elif m.group(2) == "текущего":
            yr = y
        elif m.group(3):
            yr = int(m.group(3))
        return quarter_rule(pub, ORD[m.group(1)], yr), "quarter", "quarter"
    m = re.fullmatch(r"(?:(ағымдағы жылдың|биылғы|келесі жылдың|\d{4} жылдың) )?(бірінші|екінші|үшінші|төртінші) тоқсан(?:да|ның соңына дейін|ында)", t)
    if m:
        p = m.group(1)
        yr = None if not p else y if p in ("ағымдағы жылдың", "биылғы") else y + 1 if p == "келесі жылдың" else int(p[:4])
        return quarter_rule(pub, ORD[m.group(2)], yr), "quarter", "quarter"

    # ---------------- halves
    if t in ("by mid-year", "by the middle of the year", "до середины года", "жыл ортасына дейін"):
        return half_rule(pub, 1), "half", "half"
    m = re.fullmatch(r"(?:in|during|by the end of) the (first|second) half of (?:the year|(this year)|(next year)|(\d{4}))", t)
    if m:
        yr = y if m.group(2) else y + 1 if m.group(3) else int(m.group(4)) if m.group(4) else None
        return half_rule(pub, ORD[m.group(1)], yr), "half", "half"
    m = re.fullmatch(r"(?:в|до конца) (перв|втор)\w* полугоди\w*(?: (следующего|текущего) года| (\d{4}) года)?", t)
    if m:
        yr = y + 1 if m.group(2) == "следующего" else y if m.group(2) == "текущего" else int(m.group(3)) if m.group(3) else None
        return half_rule(pub, ORD[m.group(1)], yr), "half", "half"
    m = re.fullmatch(r"(?:(\d{4}) жылдың |(келесі) жылдың |(ағымдағы) жылдың )?(бірінші|екінші) жартыжылды(?:ғында|қта)", t)
    if m:
        yr = int(m.group(1)) if m.group(1) else y + 1 if m.group(2) else y if m.group(3) else None
        return half_rule(pub, ORD[m.group(4)], yr), "half", "half"

    # ---------------- months
    if t in ("by the end of the month", "до конца месяца", "ай соңына дейін"):
        return eom(pub.year, pub.month), "month", "month"
    m = re.fullmatch(r"(?:in|by|by the end of) (\w+)(?: of (this year|the current year))?", t)
    if m and m.group(1) in EN_MONTHS:
        return month_rule(pub, EN_MONTHS[m.group(1)], y if m.group(2) else None), "month", "month"
    m = re.fullmatch(r"в (\w+)(?: (текущего) года)?", t)
    if m and m.group(1) in RU_MONTHS_PREP:
        return month_rule(pub, RU_MONTHS_PREP[m.group(1)], y if m.group(2) else None), "month", "month"
    m = re.fullmatch(r"до конца (\w+)(?: (текущего) года)?", t)
    if m and m.group(1) in RU_MONTHS_GEN:
        return month_rule(pub, RU_MONTHS_GEN[m.group(1)], y if m.group(2) else None), "month", "month"
    m = re.fullmatch(r"(\w+) айы(?:нда|ның соңына дейін)", t)
    if m and kk_month(m.group(1)):
        return month_rule(pub, kk_month(m.group(1))), "month", "month"

    # ---------------- years
    if t in ("by the end of the year", "by the end of the current year", "by the end of this year", "by year-end",
             "до конца года", "до конца текущего года", "жыл соңына дейін", "осы жылдың соңына дейін",
             "ағымдағы жылдың соңына дейін"):
        return dt.date(y, 12, 31), "year", "end-of-year"
    if t in ("by the end of next year", "до конца следующего года", "келесі жылдың соңына дейін"):
        return dt.date(y + 1, 12, 31), "year", "end-of-next-year"
    if t in ("this year", "in the current year", "в текущем году", "в этом году", "биыл", "ағымдағы жылы"):
        return dt.date(y, 12, 31), "year", "this-year"
    m = re.fullmatch(r"(?:in|by|by the end of|until) (\d{4})", t) or \
        re.fullmatch(r"(?:к|в|до конца|до) (\d{4}) год\w*", t) or \
        re.fullmatch(r"(\d{4}) (?:жылы|жылға қарай|жылдың соңына дейін|жылға дейін)", t)
    if m:
        return dt.date(int(m.group(1)), 12, 31), "year", "year-n"

    return None, None, "null"


# ------------------------------------------------------------------ sentence splitting

SENT_END = re.compile(r"(?<=[.!?…])[\"»”]?\s+(?=[\"«“–—\-]?\s?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ0-9])")
ABBREV = ("No.", "St.", "Mr.", "Dr.", "г.", "т.е.", "тыс.", "млн.", "млрд.", "трлн.", "M.")


def sentences(text):
    out = []
    for line in text.split("\n"):
        parts = SENT_END.split(line)
        merged = []
        for p in parts:
            if merged and merged[-1].endswith(ABBREV):
                merged[-1] += " " + p
            else:
                merged.append(p)
        out.extend(s for s in merged if s.strip())
    return out


# ------------------------------------------------------------------ dump parser

DATE_LINE = re.compile(r"^(\d{2})\.(\d{2})\.(\d{4}), (\d{2}):(\d{2})(?: \d+)?$")


def parse_dump(path):
    lines = [l.rstrip("\n") for l in open(path, encoding="utf-8")]
    blocks, cur_date, cur = [], None, []
    for l in lines:
        m = DATE_LINE.match(l.strip())
        if m:
            if cur:
                blocks.append((cur_date, cur))
            cur_date = dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))  # day first
            cur = []
        elif l.strip():
            cur.append(l)
    if cur:
        blocks.append((cur_date, cur))
    arts = []
    for i, (d, body) in enumerate(blocks):
        inferred = d is None
        if inferred:
            d = next(b[0] for b in blocks[i + 1:] if b[0] is not None)
        arts.append({"title": body[0], "text": "\n".join(body[1:]), "published": d.isoformat(),
                     "inferred": inferred, "lang": "en"})
    return arts


# ------------------------------------------------------------------ main

def main():
    errors, warnings = [], []
    bodies = json.load(open(BODIES, encoding="utf-8"))
    canon = {b["name"] for b in bodies}

    arts = {}
    for l in open(os.path.join(OUT, "articles.jsonl"), encoding="utf-8"):
        a = json.loads(l)
        a["inferred"] = False
        a["published"] = a["published"][:10]
        arts[a["title"]] = a
    for a in parse_dump(os.path.join(OUT, "kt_kz_government_2026-03.txt")):
        arts[a["title"]] = a

    gold = [json.loads(l) for l in open(os.path.join(OUT, "dev_gold.jsonl"), encoding="utf-8")]
    keys = ["article", "published", "published_inferred", "quote", "optional", "issuer", "responsible",
            "co_executors", "task", "deadline", "deadline_text", "deadline_granularity"]
    coverage = defaultdict(Counter)
    counts = defaultdict(Counter)
    seen_quotes = set()

    for i, g in enumerate(gold):
        where = f"gold[{i}] {g.get('quote')!r}"
        if list(g.keys()) != keys:
            errors.append(f"{where}: keys {list(g.keys())}")
        a = arts.get(g["article"])
        if a is None:
            errors.append(f"{where}: unknown article {g['article']!r}")
            continue
        if g["published"] != a["published"] or g["published_inferred"] != a["inferred"]:
            errors.append(f"{where}: published {g['published']}/{g['published_inferred']} != {a['published']}/{a['inferred']}")
        full = a["title"] + "\n" + a["text"]
        q = g["quote"]
        if full.count(q) != 1:
            errors.append(f"{where}: quote occurs {full.count(q)} times")
        sents = sentences(a["text"])
        hits = [s for s in sents if q in s]
        if len(hits) != 1:
            errors.append(f"{where}: quote not inside exactly one sentence ({len(hits)})")
        if (g["article"], q) in seen_quotes:
            errors.append(f"{where}: duplicate")
        seen_quotes.add((g["article"], q))
        for b in g["responsible"] + g["co_executors"]:
            if b not in canon:
                errors.append(f"{where}: body {b!r} not canonical")
        if not g["task"]:
            errors.append(f"{where}: empty task")
        if g["deadline"] is not None:
            try:
                dt.date.fromisoformat(g["deadline"])
            except ValueError:
                errors.append(f"{where}: bad date {g['deadline']}")
        if g["deadline_granularity"] not in GRANS | {None}:
            errors.append(f"{where}: bad granularity")
        if (g["deadline"] is None) != (g["deadline_granularity"] is None):
            errors.append(f"{where}: deadline/granularity mismatch")
        if g["deadline"] is not None and g["deadline_text"] is None:
            errors.append(f"{where}: deadline without text")
        pub = dt.date.fromisoformat(g["published"])
        d, gran, row = resolve(g["deadline_text"], pub)
        got = d.isoformat() if d else None
        if (got, gran) != (g["deadline"], g["deadline_granularity"]):
            errors.append(f"{where}: deadline {g['deadline']}/{g['deadline_granularity']} but re-derived "
                          f"{got}/{gran} from {g['deadline_text']!r} (pub {pub})")
        if g["deadline_text"]:
            if g["deadline_text"] not in full:
                errors.append(f"{where}: deadline_text not in article")
            elif hits and g["deadline_text"] not in hits[0]:
                # allowed for list items whose deadline sits in the same item line
                warnings.append(f"{where}: deadline_text {g['deadline_text']!r} outside the quote's sentence")
            if d is not None and d < pub:
                warnings.append(f"{where}: overdue deadline {got} < {pub} (expected only for 'current year' rows)")
        lang = a.get("lang", "en")
        if g["deadline_text"] is not None:
            coverage[lang][row] += 1
        counts[lang]["optional" if g["optional"] else "required"] += 1

    # articles with no labels
    labelled = {g["article"] for g in gold}
    empty = [t for t in arts if t not in labelled]

    print("== counts per language:")
    for lang in ("en", "ru", "kk"):
        print(f"  {lang}: required={counts[lang]['required']} optional={counts[lang]['optional']}")
    print(f"  total gold rows: {len(gold)}; articles: {len(arts)}; without directives: {len(empty)}")
    for t in empty:
        print(f"    - {t}")
    print("== deadline-row coverage (rows of spec section 4) per language:")
    rows = ["day", "day-current", "day-year", "month", "end-of-year", "end-of-next-year", "year-n", "range",
            "quarter", "half", "within", "weekday", "week", "this-year", "null"]
    for r in rows:
        print(f"  {r:18s} " + "  ".join(f"{lang}={coverage[lang][r]}" for lang in ("en", "ru", "kk")))
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} errors, {len(warnings)} warnings")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
