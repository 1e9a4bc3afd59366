#!/usr/bin/env python3
"""Checker for validation_set32 (Kazakh articles).

Checks
  * articles.jsonl: keys, unique ids/titles, ISO published date, lang
  * dev_gold.jsonl: same key order as /work/shared/data/dev_gold.jsonl
  * quote: verbatim, occurs exactly once in its article, lies inside one sentence
  * responsible / co_executors: canonical names from bodies.json, no duplicates
  * deadline: ISO date or null; granularity in the allowed set; deadline_text
    verbatim in the article (and in the quote's sentence or the list intro);
    deadline and granularity re-derived from deadline_text + published by a
    Kazakh implementation of spec section 4.
Exit code 1 if any error.
"""
import calendar, datetime as dt, json, os, re, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED_GOLD = "/work/shared/data/dev_gold.jsonl"
BODIES = "/work/main/tracker/extraction/data/bodies.json"
GRANS = {"day", "month", "quarter", "half", "year"}

MONTHS = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде",
          "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"]
MRX = "(" + "|".join(MONTHS) + ")"
NUM = {"бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7,
       "сегіз": 8, "тоғыз": 9, "он": 10}
ORD = {"бірінші": 1, "екінші": 2, "үшінші": 3, "төртінші": 4,
       "i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
WEEKDAYS = {"дүйсенбі": 0, "сейсенбі": 1, "сәрсенбі": 2, "бейсенбі": 3,
            "жұма": 4, "сенбі": 5, "жексенбі": 6}


def last_day(y, m):
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def add_months(d, n):
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def year_prefix(t, pub):
    """Year named before a quarter/half/month expression, and whether explicit."""
    m = re.search(r"(\d{4}) жыл(дың|ғы)", t)
    if m:
        return int(m.group(1)), True
    if "келесі жыл" in t:
        return pub.year + 1, True
    if "ағымдағы жыл" in t or "осы жыл" in t or "биылғы" in t:
        return pub.year, True
    return pub.year, False


def resolve(text, pub):
    """Return (deadline date or None, granularity or None) per spec section 4."""
    t = text.lower().strip()
    Y = pub.year
    # range of years: 2026-2027 жылдары
    m = re.search(r"(\d{4})\s*[-–]\s*(\d{4})\s*жылдар", t)
    if m:
        return dt.date(int(m.group(2)), 12, 31), "year"
    # day + month, optional explicit year / current year
    m = re.search(r"(?:(\d{4}) жылғы )?(\d{1,2}) " + MRX, t)
    if m:
        day, mon = int(m.group(2)), MONTHS.index(m.group(3)) + 1
        if m.group(1):
            return dt.date(int(m.group(1)), mon, day), "day"
        d = dt.date(Y, mon, day)
        if "ағымдағы жылғы" in t or "осы жылғы" in t or "биылғы" in t:
            return d, "day"
        if d < pub:
            d = dt.date(Y + 1, mon, day)
        return d, "day"
    # month only: наурыз айында / қаңтар айының соңына дейін
    m = re.search(MRX + r" ай(ы|ында|ының|ына)", t)
    if m:
        mon = MONTHS.index(m.group(1)) + 1
        y, explicit = year_prefix(t, pub)
        d = last_day(y, mon)
        if not explicit and d < pub:
            d = last_day(Y + 1, mon)
        return d, "month"
    # quarter
    m = re.search(r"(бірінші|екінші|үшінші|төртінші|iv|iii|ii|i|[1-4])(?:-ші|-шы)?\s+тоқсан", t)
    if m:
        q = ORD[m.group(1)]
        y, explicit = year_prefix(t, pub)
        d = last_day(y, q * 3)
        if not explicit and d < pub:
            d = last_day(Y + 1, q * 3)
        return d, "quarter"
    # half year
    m = re.search(r"(бірінші|екінші)\s+жартыжылды[қғ]", t)
    if m or "жыл ортасына" in t:
        h = 1 if (not m or m.group(1) == "бірінші") else 2
        y, explicit = year_prefix(t, pub)
        d = dt.date(y, 6, 30) if h == 1 else dt.date(y, 12, 31)
        if not explicit and d < pub:
            d = dt.date(Y + 1, d.month, d.day)
        return d, "half"
    # next year
    if re.search(r"келесі жыл(дың соңына|ы\b|ы$)", t):
        return dt.date(Y + 1, 12, 31), "year"
    # explicit year: 2026 жылы / 2030 жылға дейін / 2026 жылдың соңына дейін
    m = re.search(r"(\d{4}) жыл(ы|ға|дың соңына)", t)
    if m:
        return dt.date(int(m.group(1)), 12, 31), "year"
    # current year
    if re.search(r"(^|\s)жыл(дың)? соңына", t) or "ағымдағы жыл" in t or "биыл" in t \
            or "осы жылы" in t:
        return dt.date(Y, 12, 31), "year"
    # durations: екі апта ішінде / 10 күн мерзімде / екі апталық мерзімде
    m = re.search(r"(\d+|" + "|".join(NUM) + r")\s+(күн|апта|ай)\w*\s+(ішінде|мерзім)", t)
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else NUM[m.group(1)]
        unit = m.group(2)
        if unit == "күн":
            return pub + dt.timedelta(days=n), "day"
        if unit == "апта":
            return pub + dt.timedelta(weeks=n), "day"
        return add_months(pub, n), "day"
    # weekday: жұма күнге дейін
    m = re.search(r"(?<!\w)(" + "|".join(WEEKDAYS) + r")(?!\w)", t)
    if m:
        wd = WEEKDAYS[m.group(1)]
        delta = (wd - pub.weekday()) % 7 or 7
        return pub + dt.timedelta(days=delta), "day"
    # end of this / next week
    if re.search(r"(осы )?аптаның соңына", t):
        d = pub + dt.timedelta(days=6 - pub.weekday())
        if "келесі апта" in t:
            d += dt.timedelta(days=7)
        return d, "day"
    # end of (this) month
    if re.search(r"(?<!\w)(осы )?ай(дың)? соңына", t):
        return last_day(pub.year, pub.month), "month"
    return None, None


def split_sentences(text):
    out = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        parts = re.split(r"(?<=[.!?])\s+(?=[«\"\-–—A-ZА-ЯЁӘҒҚҢӨҰҮҺІ0-9])", line)
        out.extend(p for p in parts if p)
    return out


def main():
    errors, warns = [], []
    bodies = json.load(open(BODIES, encoding="utf-8"))
    canon = {b["name"] for b in bodies}
    with open(SHARED_GOLD, encoding="utf-8") as f:
        key_order = list(json.loads(f.readline()).keys())

    arts, titles = {}, {}
    for n, line in enumerate(open(os.path.join(HERE, "articles.jsonl"), encoding="utf-8"), 1):
        r = json.loads(line)
        if list(r.keys()) != ["id", "lang", "published", "title", "text"]:
            errors.append(f"articles:{n} keys {list(r.keys())}")
        if r["id"] in arts:
            errors.append(f"articles:{n} duplicate id {r['id']}")
        if r["title"] in titles:
            errors.append(f"articles:{n} duplicate title")
        try:
            dt.date.fromisoformat(r["published"])
        except Exception:
            errors.append(f"articles:{n} bad published {r['published']}")
        if r["lang"] != "kk":
            warns.append(f"articles:{n} lang {r['lang']}")
        arts[r["id"]] = r
        titles[r["title"]] = r

    per_article = {t: 0 for t in titles}
    quotes_seen = set()
    gold = [json.loads(l) for l in open(os.path.join(HERE, "dev_gold.jsonl"), encoding="utf-8")]
    for n, g in enumerate(gold, 1):
        where = f"gold:{n} [{g.get('quote')}]"
        if list(g.keys()) != key_order:
            errors.append(f"{where} key order {list(g.keys())}")
        a = titles.get(g["article"])
        if not a:
            errors.append(f"{where} unknown article title")
            continue
        per_article[g["article"]] += 1
        if g["published"] != a["published"]:
            errors.append(f"{where} published {g['published']} != article {a['published']}")
        if g["published_inferred"] is not False:
            errors.append(f"{where} published_inferred should be false")
        if not isinstance(g["optional"], bool):
            errors.append(f"{where} optional not bool")
        text, q = a["text"], g["quote"]
        cnt = text.count(q)
        if cnt != 1:
            errors.append(f"{where} quote occurs {cnt} times")
        sents = [s for s in split_sentences(text) if q in s]
        if len(sents) != 1:
            errors.append(f"{where} quote not inside exactly one sentence ({len(sents)})")
        if (g["article"], q) in quotes_seen:
            errors.append(f"{where} duplicate quote")
        quotes_seen.add((g["article"], q))
        # bodies
        for fld in ("responsible", "co_executors"):
            if not isinstance(g[fld], list):
                errors.append(f"{where} {fld} not a list")
                continue
            for b in g[fld]:
                if b not in canon:
                    errors.append(f"{where} {fld} non-canonical body {b!r}")
            if len(set(g[fld])) != len(g[fld]):
                errors.append(f"{where} {fld} duplicates")
        if set(g["responsible"]) & set(g["co_executors"]):
            errors.append(f"{where} body both responsible and co-executor")
        if not g["task"] or not isinstance(g["task"], str):
            errors.append(f"{where} empty task")
        if g["issuer"] is not None and not isinstance(g["issuer"], str):
            errors.append(f"{where} issuer type")
        # deadline
        dl, dtext, gran = g["deadline"], g["deadline_text"], g["deadline_granularity"]
        if dl is not None:
            try:
                dt.date.fromisoformat(dl)
            except Exception:
                errors.append(f"{where} bad deadline {dl}")
        if gran is not None and gran not in GRANS:
            errors.append(f"{where} bad granularity {gran}")
        if (dl is None) != (gran is None):
            errors.append(f"{where} deadline/granularity null mismatch")
        if dtext is None:
            if dl is not None:
                errors.append(f"{where} deadline without deadline_text")
            continue
        if dtext not in text:
            errors.append(f"{where} deadline_text not verbatim in article")
        elif sents and dtext not in sents[0]:
            # allowed only when it comes from a list introduction
            warns.append(f"{where} deadline_text outside the quote's sentence")
        if dtext in g["task"]:
            warns.append(f"{where} task contains deadline_text")
        pub = dt.date.fromisoformat(g["published"])
        want, wgran = resolve(dtext, pub)
        got = dt.date.fromisoformat(dl) if dl else None
        if (want, wgran) != (got, gran):
            errors.append(f"{where} deadline {dl}/{gran} but '{dtext}' from {pub} gives "
                          f"{want.isoformat() if want else None}/{wgran}")
    for t, c in per_article.items():
        if c == 0:
            warns.append(f"article without gold rows (negative): {t[:60]}")

    for w in warns:
        print("WARN ", w)
    for e in errors:
        print("ERROR", e)
    n_opt = sum(g["optional"] for g in gold)
    print(f"{len(arts)} articles, {len(gold)} gold rows ({len(gold) - n_opt} required, {n_opt} optional), "
          f"{sum(1 for g in gold if g['deadline'])} with deadline; {len(errors)} errors, {len(warns)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
