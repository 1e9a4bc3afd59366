"""Check /work/validation_set4 outputs: quotes verbatim, unique and inside one sentence;
bodies canonical in the registry; dates ISO; granularity valid; deadlines re-derived
from deadline_text with an independent resolver of spec section 4."""
import calendar
import collections
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
REGISTRY = "/work/main/tracker/extraction/data/bodies.json"
GRANS = {"day", "month", "quarter", "half", "year"}
GOLD_KEYS = ["article", "published", "published_inferred", "quote", "optional", "issuer",
             "responsible", "co_executors", "task", "deadline", "deadline_text",
             "deadline_granularity"]

# ------------------------------------------------------------------ inputs
DATE_LINE = re.compile(r"^(\d{2})\.(\d{2})\.(\d{4}), (\d{2}):(\d{2})(?: \d+)?\s*$")


def parse_dump(path):
    """Return list of (title, body, iso_date, inferred)."""
    raw = open(path, encoding="utf-8").read().split("\n")
    blocks, cur, cur_date = [], [], None
    for line in raw:
        m = DATE_LINE.match(line)
        if m:
            blocks.append((cur_date, cur))
            cur_date = dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat()
            cur = []
        else:
            cur.append(line)
    blocks.append((cur_date, cur))
    arts = []
    for i, (date, lines) in enumerate(blocks):
        lines = [l for l in lines if l.strip()]
        if not lines:
            continue
        inferred = date is None
        if inferred:  # headless: nearest dated article below
            date = next(b[0] for b in blocks[i + 1:] if b[0])
        arts.append((lines[0], "\n".join(lines[1:]), date, inferred))
    return arts


# ------------------------------------------------------------------ sentences
SENT_END = re.compile(r"(?<=[.!?…])[\"»”]?\s+(?=[\"«“(]?[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ0-9\-–—])")


def sentences(text):
    out = []
    for line in text.split("\n"):
        pos = 0
        for m in SENT_END.finditer(line):
            out.append(line[pos:m.start()] + line[m.start():m.end()].strip())
            pos = m.end()
        out.append(line[pos:])
    return [s for s in out if s.strip()]


# ------------------------------------------------------------------ resolver
EN_M = ["january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december"]
RU_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
          "сентября", "октября", "ноября", "декабря"]
RU_PREP = ["январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе",
           "сентябре", "октябре", "ноябре", "декабре"]
KK_M = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз",
        "қыркүйек", "қазан", "қараша", "желтоқсан"]
NUM = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "ten": 10,
       "одного": 1, "двух": 2, "трех": 3, "трёх": 3, "бір": 1, "екі": 2, "үш": 3, "он": 10,
       "двухнедельный": 2, "двухмесячный": 2, "трехмесячный": 3, "месячный": 1}
QN = {"first": 1, "second": 2, "third": 3, "fourth": 4, "q1": 1, "q2": 2, "q3": 3, "q4": 4,
      "i": 1, "ii": 2, "iii": 3, "iv": 4,
      "первом": 1, "втором": 2, "третьем": 3, "четвертом": 4, "четвёртом": 4,
      "первого": 1, "второго": 2, "третьего": 3, "четвертого": 4,
      "бірінші": 1, "екінші": 2, "үшінші": 3, "төртінші": 4}


def eom(y, m):
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    return dt.date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def month_idx(word):
    w = word.lower()
    for lst in (EN_M, RU_GEN, RU_PREP):
        if w in lst:
            return lst.index(w) + 1
    for i, k in enumerate(KK_M):
        if w.startswith(k):
            return i + 1
    return None


def resolve(text, pub):
    """(iso or None, granularity or None) for a deadline_text relative to pub (date)."""
    if text is None:
        return None, None
    t = text.lower().strip()
    M = r"([a-zа-яёәіңғүұқөһ]+)"
    # explicit full date
    for rx, order in ((r"(?:^|\s)" + M + r" (\d{1,2}), (\d{4})", "mdy"),
                      (r"(\d{1,2}) " + M + r" (\d{4}) года", "dmy"),
                      (r"(\d{4}) жылғы (\d{1,2}) " + M, "ydm")):
        m = re.search(rx, t)
        if m:
            g = m.groups()
            mo = month_idx(g[order.index("m")])
            if mo:
                return dt.date(int(g[order.index("y")]), mo, int(g[order.index("d")])).isoformat(), "day"
    # day + month of the current year
    m = (re.search(M + r" (\d{1,2}) of (?:the current|this) year", t)
         or re.search(r"(\d{1,2}) " + M + r" текущего года", t)
         or re.search(r"ағымдағы жылғы (\d{1,2}) " + M, t))
    if m:
        g = m.groups()
        mo = month_idx(g[0]) or month_idx(g[1])
        day = int(g[1]) if g[0].isalpha() else int(g[0])
        return dt.date(pub.year, mo, day).isoformat(), "day"
    # day + month, roll over
    m = (re.search(r"(?:by|until|before|no later than) " + M + r" (\d{1,2})\b", t)
         or re.search(r"(?:до|не позднее) (\d{1,2}) " + M, t)
         or re.search(r"^(\d{1,2}) " + M + r" дейін", t))
    if m:
        g = m.groups()
        mo = month_idx(g[0]) or month_idx(g[1])
        day = int(g[1]) if g[0].isalpha() else int(g[0])
        d = dt.date(pub.year, mo, day)
        if d < pub:
            d = dt.date(pub.year + 1, mo, day)
        return d.isoformat(), "day"
    # weeks
    if re.search(r"end of this week|конца (?:текущей )?недели|осы аптаның соңына", t):
        return (pub + dt.timedelta(days=6 - pub.weekday())).isoformat(), "day"
    if re.search(r"end of next week|следующей недели|келесі аптаның соңына", t):
        return (pub + dt.timedelta(days=13 - pub.weekday())).isoformat(), "day"
    if re.search(r"by friday|до пятницы|жұмаға дейін", t):
        delta = (4 - pub.weekday()) % 7 or 7
        return (pub + dt.timedelta(days=delta)).isoformat(), "day"
    # within N units
    m = (re.search(r"within (\w+) (day|week|month)s?", t)
         or re.search(r"в течение (\w+) (дн|недел|месяц)", t)
         or re.search(r"(\w+) (күн|апта|ай) ішінде", t))
    m2 = re.search(r"в (\w+?)-?(дневный|недельный|месячный) срок", t) or re.search(r"в (двух|трех)(недельный|месячный) срок", t)
    if m or m2:
        if m:
            n_raw, unit = m.groups()
        else:
            n_raw, unit = m2.groups()
        n = int(n_raw) if n_raw.isdigit() else NUM.get(n_raw, NUM.get(n_raw + unit, 1))
        if n_raw in ("месяца",):
            n = 1
        if unit.startswith(("day", "дн", "күн", "дневн")):
            return (pub + dt.timedelta(days=n)).isoformat(), "day"
        if unit.startswith(("week", "недел", "апта")):
            return (pub + dt.timedelta(weeks=n)).isoformat(), "day"
        return add_months(pub, n).isoformat(), "day"
    if re.fullmatch(r"в течение месяца", t):
        return add_months(pub, 1).isoformat(), "day"
    # end of next year
    if re.search(r"end of next year|конца следующего года|келесі жылдың соңына", t):
        return dt.date(pub.year + 1, 12, 31).isoformat(), "year"
    # halves
    m = re.search(r"(first|second) half|mid-year|(первом|втором) полугодии|(бірінші|екінші) жартыжылдық", t)
    if m:
        second = any(x in t for x in ("second", "втором", "екінші"))
        ym = re.search(r"(20\d\d)", t)
        y = int(ym.group(1)) if ym else pub.year + (1 if re.search(r"next year|следующего года|келесі жыл", t) else 0)
        d = dt.date(y, 12, 31) if second else dt.date(y, 6, 30)
        if not ym and d < pub:
            d = dt.date(d.year + 1, d.month, d.day)
        return d.isoformat(), "half"
    # quarters
    m = re.search(r"(first|second|third|fourth|q[1-4]|iv|iii|ii|i|первом|втором|третьем|четвертом|четвёртом|"
                  r"первого|второго|третьего|четвертого|бірінші|екінші|үшінші|төртінші)\s*(quarter|квартал|тоқсан)|(q[1-4])", t)
    if m:
        q = QN[(m.group(1) or m.group(3))]
        ym = re.search(r"(20\d\d)", t)
        y = int(ym.group(1)) if ym else pub.year
        d = eom(y, q * 3)
        if not ym and d < pub:
            d = eom(y + 1, q * 3)
        return d.isoformat(), "quarter"
    # month
    m = (re.search(r"(?:by the end of|in|by) " + M, t)
         or re.search(r"(?:в|до конца) " + M, t)
         or re.search(M + r" айы", t))
    if m and month_idx(m.group(1)):
        mo = month_idx(m.group(1))
        d = eom(pub.year, mo)
        if d < pub:
            d = eom(pub.year + 1, mo)
        return d.isoformat(), "month"
    # range of years
    m = re.search(r"(20\d\d)\s*[-–]\s*(20\d\d)", t)
    if m:
        return dt.date(int(m.group(2)), 12, 31).isoformat(), "year"
    # single year
    m = re.search(r"(20\d\d)", t)
    if m:
        return dt.date(int(m.group(1)), 12, 31).isoformat(), "year"
    # end of year / this year
    if re.search(r"end of the (?:current )?year|year-end|конца (?:текущего )?года|жыл соңына|"
                 r"^this year$|current year|текущем году|этом году|^биыл$|ағымдағы жылы", t):
        return dt.date(pub.year, 12, 31).isoformat(), "year"
    return None, None


# ------------------------------------------------------------------ main
def main():
    errors = []
    reg = json.load(open(REGISTRY, encoding="utf-8"))
    canon = {b["name"] for b in reg}

    arts = {}
    for line in open(os.path.join(OUT, "articles.jsonl"), encoding="utf-8"):
        a = json.loads(line)
        assert a["title"] not in arts, a["title"]
        arts[a["title"]] = (a["text"], a["published"], False, a["lang"])
    for title, body, date, inferred in parse_dump(os.path.join(OUT, "kt_kz_government_2025-12.txt")):
        assert title not in arts, title
        arts[title] = (body, date, inferred, "en")

    gold = [json.loads(l) for l in open(os.path.join(OUT, "dev_gold.jsonl"), encoding="utf-8")]
    counts = collections.Counter()
    per_article = collections.Counter()
    seen = set()
    for i, g in enumerate(gold, 1):
        where = f"gold#{i} [{g.get('quote')!r}]"
        if list(g.keys()) != GOLD_KEYS:
            errors.append(f"{where}: keys {list(g.keys())}")
        if g["article"] not in arts:
            errors.append(f"{where}: unknown article {g['article']!r}")
            continue
        text, pub, inferred, lang = arts[g["article"]]
        per_article[g["article"]] += 1
        if g["published"] != pub:
            errors.append(f"{where}: published {g['published']} != {pub}")
        if g["published_inferred"] != inferred:
            errors.append(f"{where}: published_inferred {g['published_inferred']} != {inferred}")
        q = g["quote"]
        if (g["article"], q) in seen:
            errors.append(f"{where}: duplicate quote")
        seen.add((g["article"], q))
        n = text.count(q)
        if n != 1:
            errors.append(f"{where}: quote occurs {n} times")
        sents = [s for s in sentences(text) if q in s]
        if len(sents) != 1:
            errors.append(f"{where}: quote not inside exactly one sentence ({len(sents)})")
        if not isinstance(g["optional"], bool):
            errors.append(f"{where}: optional not bool")
        for b in g["responsible"] + g["co_executors"]:
            if b not in canon:
                errors.append(f"{where}: body {b!r} not canonical")
        if not g["task"] or not isinstance(g["task"], str):
            errors.append(f"{where}: empty task")
        dl, dlt, gr = g["deadline"], g["deadline_text"], g["deadline_granularity"]
        if (dl is None) != (gr is None):
            errors.append(f"{where}: deadline/granularity mismatch")
        if gr is not None and gr not in GRANS:
            errors.append(f"{where}: bad granularity {gr}")
        if dl is not None:
            try:
                dt.date.fromisoformat(dl)
            except ValueError:
                errors.append(f"{where}: bad ISO {dl}")
            if dlt is None:
                errors.append(f"{where}: deadline without deadline_text")
        if dlt is not None:
            if dlt not in text:
                errors.append(f"{where}: deadline_text not in article")
            elif sents and dlt not in sents[0]:
                errors.append(f"{where}: deadline_text not in the quote's sentence")
        rdl, rgr = resolve(dlt, dt.date.fromisoformat(pub))
        if (rdl, rgr) != (dl, gr):
            errors.append(f"{where}: resolver says {rdl}/{rgr}, gold {dl}/{gr} (text {dlt!r})")
        key = (lang, "optional" if g["optional"] else "required")
        counts[key] += 1
        if dl:
            counts[(lang, "with_deadline")] += 1 if not g["optional"] else 0

    empty = [t for t in arts if per_article[t] == 0]
    print("articles:", len(arts), "| gold rows:", len(gold))
    for lang in ("en", "ru", "kk"):
        print(f"  {lang}: required={counts[(lang, 'required')]} optional={counts[(lang, 'optional')]} "
              f"required-with-deadline={counts[(lang, 'with_deadline')]}")
    print("articles without any gold row:", empty)
    if errors:
        print("\nERRORS:")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
