"""Independent checks of validation set 6.

* every gold row has exactly the dev-gold fields, valid ISO dates and granularity;
* its article exists (JSONL or the dump, parsed here from scratch), with the same
  published date and published_inferred flag;
* the quote occurs exactly once in the article (title + text) and lies inside
  one sentence;
* responsible / co_executors are canonical names of bodies.json (or one of the
  few unregistered bodies listed in UNREGISTERED, written as in the text);
* the deadline is re-derived from deadline_text and the publication date by a
  small resolver written from spec section 4 alone, and must agree.
Exit status 1 on any failure.
"""
import calendar
import datetime as dt
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
BODIES = "/work/main/tracker/extraction/data/bodies.json"

FIELDS = ["article", "published", "published_inferred", "quote", "optional", "issuer",
          "responsible", "co_executors", "task", "deadline", "deadline_text",
          "deadline_granularity"]
GRANS = {None, "day", "month", "quarter", "half", "year"}

# bodies that are not in the registry; labelled as written, lower case for groups
UNREGISTERED = {"city housing department", "city energy department",
                "regional energy and housing department", "Akimat of Aktau",
                "Akimat of Zhanaozen"}

# ------------------------------------------------------------------ resolver
EN_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
RU_MONTHS = {"январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7,
             "август": 8, "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12}
KK_MONTHS = {"қаңтар": 1, "ақпан": 2, "наурыз": 3, "сәуір": 4, "мамыр": 5, "маусым": 6,
             "шілде": 7, "тамыз": 8, "қыркүйек": 9, "қазан": 10, "қараша": 11, "желтоқсан": 12}
NUM = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "six": 6, "ten": 10,
       "месяц": 1, "один": 1, "двух": 2, "трех": 3, "трёх": 3, "шести": 6,
       "двухнедельный": 2, "месячный": 1, "трехмесячный": 3, "шестимесячный": 6,
       "бір": 1, "екі": 2, "үш": 3, "алты": 6, "он": 10}
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4,
       "перв": 1, "втор": 2, "трет": 3, "четверт": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4,
       "бірінші": 1, "екінші": 2, "үшінші": 3, "төртінші": 4}
EN_WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
RU_WEEKDAYS = {"понедельник": 0, "вторник": 1, "сред": 2, "четверг": 3, "пятниц": 4,
               "суббот": 5, "воскресен": 6}
KK_WEEKDAYS = {"дүйсенбі": 0, "сейсенбі": 1, "сәрсенбі": 2, "бейсенбі": 3, "жұма": 4,
               "сенбі": 5, "жексенбі": 6}


def eom(y, m):
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def ru_month(word):
    for stem in sorted(RU_MONTHS, key=len, reverse=True):
        if word.startswith(stem):
            return RU_MONTHS[stem]
    return None


def kk_month(word):
    for stem, n in KK_MONTHS.items():
        if word.startswith(stem):
            return n
    return None


def resolve(text, pub):
    """Return (deadline, granularity) for deadline_text relative to pub (date)."""
    if text is None:
        return None, None
    t = text.lower().replace("ё", "е").strip()
    y = pub.year

    # ---- explicit day + month ------------------------------------------------
    m = re.search(r"\b(" + "|".join(EN_MONTHS) + r") (\d{1,2})(?:,? (\d{4}))?", t)
    ru = re.search(r"(\d{1,2}) ([а-я]+)(?: (\d{4}) года)?", t)
    kk = re.search(r"(?:(\d{4}) жылғы )?(\d{1,2}) ([а-яәғқңөұүһі]+)(?:ға|ге|қа|ке) дейін", t)
    day = None
    if m:
        day = (EN_MONTHS[m.group(1)], int(m.group(2)), m.group(3))
    elif ru and ru_month(ru.group(2)):
        day = (ru_month(ru.group(2)), int(ru.group(1)), ru.group(3))
    elif kk and kk_month(kk.group(3)):
        day = (kk_month(kk.group(3)), int(kk.group(2)), kk.group(1))
    if day:
        mon, d, year = day
        if year:
            return dt.date(int(year), mon, d), "day"
        if re.search(r"current year|this year|текущего года|этого года|ағымдағы жылғы|биылғы", t):
            return dt.date(y, mon, d), "day"
        cand = dt.date(y, mon, d)
        return (cand if cand >= pub else dt.date(y + 1, mon, d)), "day"

    # ---- periods ----------------------------------------------------------------
    m = re.search(r"within (\w+) (day|week|month)s?", t)
    if m:
        n, unit = NUM.get(m.group(1)) or int(m.group(1)), m.group(2)
        return _add(pub, n, unit), "day"
    m = re.search(r"в течение (?:(\d+|[а-я]+) )?(дн|недел|месяц)", t)
    if m:
        n = int(m.group(1)) if m.group(1) and m.group(1).isdigit() else NUM.get(m.group(1) or "один", 1)
        return _add(pub, n, {"дн": "day", "недел": "week", "месяц": "month"}[m.group(2)]), "day"
    m = re.search(r"в (двухнедельный|месячный|трехмесячный|шестимесячный) срок", t)
    if m:
        w = m.group(1)
        return (_add(pub, 2, "week") if w == "двухнедельный" else _add(pub, NUM[w], "month")), "day"
    m = re.search(r"(\d+|[а-яәғқңөұүһі]+) (күн|апта|ай) ішінде", t)
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else NUM[m.group(1)]
        return _add(pub, n, {"күн": "day", "апта": "week", "ай": "month"}[m.group(2)]), "day"

    # ---- weekdays and weeks --------------------------------------------------
    for table, pat in ((EN_WEEKDAYS, r"by (\w+day)\b"), (RU_WEEKDAYS, r"до (\w+)"),
                       (KK_WEEKDAYS, r"(\w+)(?:ға|ге) дейін")):
        m = re.search(pat, t)
        if m:
            for stem, wd in table.items():
                if m.group(1).startswith(stem) and (table is not KK_WEEKDAYS or m.group(1) == stem):
                    delta = (wd - pub.weekday()) % 7 or 7
                    return pub + dt.timedelta(days=delta), "day"
    if re.search(r"end of (this|the) week|до конца (этой |текущей )?недели|осы аптаның соңына", t):
        return pub + dt.timedelta(days=6 - pub.weekday()), "day"
    if re.search(r"end of next week|до конца следующей недели|келесі аптаның соңына", t):
        return pub + dt.timedelta(days=13 - pub.weekday()), "day"

    # ---- quarters and halves --------------------------------------------------
    m = re.search(r"\b(first|second|third|fourth) quarter|\bq([1-4])\b|(перв|втор|трет|четверт)\w* квартал"
                  r"|\b(iv|iii|ii|i) квартал|(бірінші|екінші|үшінші|төртінші) тоқсан", t)
    if m:
        q = (ORD.get(m.group(1)) if m.group(1) else int(m.group(2)) if m.group(2)
             else ORD.get(m.group(3)) or ORD.get(m.group(4)) or ORD.get(m.group(5)))
        return _period_end(t, pub, q * 3), "quarter"
    m = re.search(r"(first|second) half|mid-year|(перв|втор)\w* полугоди|середин\w* года"
                  r"|(бірінші|екінші) жартыжылдық", t)
    if m:
        second = (m.group(1) == "second") or (m.group(2) == "втор") or (m.group(3) == "екінші")
        return _period_end(t, pub, 12 if second else 6), "half"

    # ---- year-level -------------------------------------------------------------
    if re.search(r"end of next year|конца следующего года|келесі жылдың соңына", t):
        return dt.date(y + 1, 12, 31), "year"
    m = re.search(r"(\d{4})\s*[-–]\s*(\d{4})", t)
    if m:
        return dt.date(int(m.group(2)), 12, 31), "year"
    m = re.search(r"(\d{4})", t)
    if m and not re.search(r"(" + "|".join(EN_MONTHS) + r")\b", t):
        return dt.date(int(m.group(1)), 12, 31), "year"
    if re.search(r"end of the (current )?year|year-end|до конца (текущего )?года|жыл соңына|жылдың соңына", t):
        return dt.date(y, 12, 31), "year"

    # ---- month without day ----------------------------------------------------
    m = re.search(r"\b(" + "|".join(EN_MONTHS) + r")\b", t)
    mon = EN_MONTHS[m.group(1)] if m else None
    if mon is None:
        m = re.search(r"(?:^|\s)(?:в|до конца) ([а-я]+)", t)
        mon = ru_month(m.group(1)) if m and m.group(1) not in ("течение",) else None
    if mon is None:
        m = re.search(r"([а-яәғқңөұүһі]+) (?:айында|айының соңына)", t)
        mon = kk_month(m.group(1)) if m else None
    if mon is not None:
        return (eom(y, mon) if mon >= pub.month else eom(y + 1, mon)), "month"

    if re.search(r"this year|current year|в этом году|в текущем году|биыл|ағымдағы жылы", t):
        return dt.date(y, 12, 31), "year"
    return None, None   # event-based or vague: promptly, before the season, ...


def _add(d, n, unit):
    if unit == "day":
        return d + dt.timedelta(days=n)
    if unit == "week":
        return d + dt.timedelta(weeks=n)
    return add_months(d, n)


def _period_end(t, pub, end_month):
    m = re.search(r"(\d{4})", t)
    if m:
        return eom(int(m.group(1)), end_month)
    if re.search(r"next year|следующего года|келесі жыл", t):
        return eom(pub.year + 1, end_month)
    end = eom(pub.year, end_month)
    return end if end >= pub else eom(pub.year + 1, end_month)


# ------------------------------------------------------------------ sentences
SENT_END = re.compile(r"(?<=[.!?;])[\"»”]?\s+(?=[\"«“(–-]?\s?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ0-9])")


def sentences(text):
    out = []
    for line in text.split("\n"):
        out.extend(s for s in SENT_END.split(line) if s.strip())
    return out


# ------------------------------------------------------------------ dump parser
DATE_LINE = re.compile(r"^(\d{2})\.(\d{2})\.(\d{4}), \d{2}:\d{2}(?: \d+)?$")


def parse_dump(path):
    arts, cur, pending = [], None, []
    lines = [l for l in open(path, encoding="utf-8").read().split("\n")]
    blocks, date = [], None
    block = []
    for line in lines:
        m = DATE_LINE.match(line.strip())
        if m:
            blocks.append((date, block))
            date, block = dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1))), []
        elif line.strip():
            block.append(line)
    blocks.append((date, block))
    blocks = [b for b in blocks if b[1]]
    for i, (date, block) in enumerate(blocks):
        inferred = date is None
        if inferred:
            date = next(d for d, _ in blocks[i + 1:] if d is not None)
        arts.append({"title": block[0], "text": "\n".join(block[1:]),
                     "published": date.isoformat(), "inferred": inferred})
    return arts


# ------------------------------------------------------------------ main
def main():
    errors = []
    names = {b["name"] for b in json.load(open(BODIES, encoding="utf-8"))}
    arts = {}
    lang = {}
    for line in open(os.path.join(OUT, "articles.jsonl"), encoding="utf-8"):
        a = json.loads(line)
        arts[a["title"]] = {"title": a["title"], "text": a["text"],
                            "published": a["published"], "inferred": False}
        lang[a["title"]] = a["lang"]
    dump = parse_dump(os.path.join(OUT, "kt_kz_government_2025-10.txt"))
    for a in dump:
        arts[a["title"]] = a
        lang[a["title"]] = "en (dump)"
    gold = [json.loads(l) for l in open(os.path.join(OUT, "dev_gold.jsonl"), encoding="utf-8")]

    req, opt, per_art = Counter(), Counter(), Counter()
    for i, g in enumerate(gold, 1):
        tag = f"row {i} ({g.get('quote', '')[:40]!r})"
        if list(g) != FIELDS:
            errors.append(f"{tag}: fields {list(g)}")
            continue
        a = arts.get(g["article"])
        if a is None:
            errors.append(f"{tag}: unknown article {g['article']!r}")
            continue
        if g["published"] != a["published"] or g["published_inferred"] != a["inferred"]:
            errors.append(f"{tag}: published {g['published']}/{g['published_inferred']} vs "
                          f"{a['published']}/{a['inferred']}")
        full = a["title"] + "\n" + a["text"]
        if full.count(g["quote"]) != 1:
            errors.append(f"{tag}: quote occurs {full.count(g['quote'])} times")
        if not any(g["quote"] in s for s in sentences(a["text"])):
            errors.append(f"{tag}: quote not inside one sentence")
        for b in g["responsible"] + g["co_executors"]:
            if b not in names and b not in UNREGISTERED:
                errors.append(f"{tag}: body {b!r} not canonical")
        if g["deadline_granularity"] not in GRANS:
            errors.append(f"{tag}: granularity {g['deadline_granularity']}")
        if (g["deadline"] is None) != (g["deadline_granularity"] is None):
            errors.append(f"{tag}: deadline/granularity nullness differ")
        if g["deadline"] is not None:
            try:
                dt.date.fromisoformat(g["deadline"])
            except ValueError:
                errors.append(f"{tag}: bad ISO deadline {g['deadline']}")
        if g["deadline"] is not None and g["deadline_text"] is None:
            errors.append(f"{tag}: deadline without deadline_text")
        if g["deadline_text"] is not None and g["deadline_text"] not in full:
            errors.append(f"{tag}: deadline_text not in article")
        d, gran = resolve(g["deadline_text"], dt.date.fromisoformat(g["published"]))
        d = d.isoformat() if d else None
        if (d, gran) != (g["deadline"], g["deadline_granularity"]):
            errors.append(f"{tag}: deadline {g['deadline']}/{g['deadline_granularity']} but "
                          f"resolver gives {d}/{gran} from {g['deadline_text']!r}")
        if not isinstance(g["optional"], bool) or not g["task"]:
            errors.append(f"{tag}: optional/task malformed")
        (opt if g["optional"] else req)[lang[g["article"]]] += 1
        per_art[g["article"]] += 1

    for e in errors:
        print("FAIL", e)
    print("articles:", Counter(lang.values()))
    print("without gold rows:", [t for t in arts if t not in per_art])
    print("required:", dict(req), "total", sum(req.values()))
    print("optional:", dict(opt), "total", sum(opt.values()))
    print("with deadline (required):", sum(1 for g in gold if not g["optional"] and g["deadline"]))
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
