#!/usr/bin/env python3
"""Checks validation set 17 (articles.jsonl + dev_gold.jsonl).

* keys and key order of every gold line equal those of the shared dev_gold.jsonl
* article title / published date match an article in articles.jsonl
* quote occurs exactly once in the article text, not in the title, and lies
  inside a single sentence (sentence splitter below)
* deadline_text occurs in the article; the sentence holding the quote or the
  one before it contains it (directives may take a deadline from the sentence
  before only when they point back)
* responsible / co_executors are canonical names of bodies.json
* dates are ISO; deadline / granularity re-derived from deadline_text and
  published by an independent Kazakh resolver implementing spec section 4
Exit code 1 on any problem.
Run:  python3 source/validate.py   (from anywhere)
"""
import calendar
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
BODIES = "/work/main/tracker/extraction/data/bodies.json"
REF_GOLD = "/work/shared/data/dev_gold.jsonl"

MONTHS = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде",
          "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"]
NUM = {"бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7,
       "сегіз": 8, "тоғыз": 9, "он": 10}
ORD = {"бірінші": 1, "екінші": 2, "үшінші": 3, "төртінші": 4}
WEEKDAYS = {"дүйсенбі": 0, "сейсенбі": 1, "сәрсенбі": 2, "бейсенбі": 3,
            "жұма": 4, "сенбі": 5, "жексенбі": 6}

SENT_SPLIT = re.compile(r"(?<=[.!?…])\s+(?=[«\"(–\-0-9A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])")


def sentences(text):
    out = []
    for para in text.split("\n"):
        para = para.strip()
        if para:
            out.extend(s for s in SENT_SPLIT.split(para) if s)
    return out


def month_of(word):
    w = word.lower()
    for i, stem in enumerate(MONTHS):
        if w.startswith(stem):
            return i + 1
    return None


def last_day(y, m):
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def add_months(d, n):
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def num(word):
    if word.isdigit():
        return int(word)
    return NUM.get(word.lower())


def resolve(text, pub):
    """Return (date or None, granularity or None) for a Kazakh deadline phrase."""
    if text is None:
        return None, None
    t = text.strip().lower()
    y = pub.year

    # explicit full date: "2026 жылғы 1 наурызға дейін"
    m = re.fullmatch(r"(\d{4}) жылғы (\d{1,2}) (\w+) (дейін|кешіктірілмей)", t)
    if m and month_of(m.group(3)):
        return dt.date(int(m.group(1)), month_of(m.group(3)), int(m.group(2))), "day"
    # current year day: "ағымдағы жылдың 1 желтоқсанына дейін"
    m = re.fullmatch(r"ағымдағы жылдың (\d{1,2}) (\w+) дейін", t)
    if m and month_of(m.group(2)):
        return dt.date(y, month_of(m.group(2)), int(m.group(1))), "day"
    # bare day: "1 наурызға дейін", "1 сәуірден кешіктірілмей"
    m = re.fullmatch(r"(\d{1,2}) (\w+) (дейін|кешіктірілмей)", t)
    if m and month_of(m.group(2)):
        d = dt.date(y, month_of(m.group(2)), int(m.group(1)))
        if d < pub:
            d = dt.date(y + 1, d.month, d.day)
        return d, "day"
    # month: "наурыз айының соңына дейін", "сәуір айында"
    m = re.fullmatch(r"(\w+) (айының соңына дейін|айында|айына дейін)", t)
    if m and month_of(m.group(1)):
        mo = month_of(m.group(1))
        yy = y + 1 if mo < pub.month else y
        return last_day(yy, mo), "month"
    # quarter
    m = re.fullmatch(r"(?:(\d{4}) жылдың |ағымдағы жылдың )?(\w+) тоқсан(?:ның соңына дейін|ында|да)", t)
    if m and m.group(2) in ORD:
        q = ORD[m.group(2)]
        if m.group(1):
            return last_day(int(m.group(1)), 3 * q), "quarter"
        d = last_day(y, 3 * q)
        if d < pub and not t.startswith("ағымдағы"):
            d = last_day(y + 1, 3 * q)
        return d, "quarter"
    # half
    m = re.fullmatch(r"(?:(\d{4}) жылдың |ағымдағы жылдың )?(бірінші|екінші) жартыжылд(?:ығында|ықта|ықтың соңына дейін|ығының соңына дейін)", t)
    if m:
        mo = 6 if m.group(2) == "бірінші" else 12
        if m.group(1):
            return last_day(int(m.group(1)), mo), "half"
        d = last_day(y, mo)
        if d < pub and not t.startswith("ағымдағы"):
            d = last_day(y + 1, mo)
        return d, "half"
    # year
    if t in ("жыл соңына дейін", "ағымдағы жылдың соңына дейін", "жылдың соңына дейін",
             "ағымдағы жылы", "биыл", "осы жылы", "биылғы жылдың соңына дейін"):
        return dt.date(y, 12, 31), "year"
    if t in ("келесі жылдың соңына дейін", "келесі жылы", "алдағы жылы"):
        return dt.date(y + 1, 12, 31), "year"
    m = re.fullmatch(r"(\d{4}) жыл(?:ға дейін|ы|дың соңына дейін|ға қарай)", t)
    if m:
        return dt.date(int(m.group(1)), 12, 31), "year"
    m = re.fullmatch(r"(\d{4})[-–](\d{4}) жылдары", t)
    if m:
        return dt.date(int(m.group(2)), 12, 31), "year"
    # periods: "екі апта ішінде", "бір ай мерзімде", "10 күн ішінде"
    m = re.fullmatch(r"(\w+) (күн|апта|ай) (ішінде|мерзімде|ішінде)", t)
    if m and num(m.group(1)):
        n = num(m.group(1))
        if m.group(2) == "күн":
            return pub + dt.timedelta(days=n), "day"
        if m.group(2) == "апта":
            return pub + dt.timedelta(days=7 * n), "day"
        return add_months(pub, n), "day"
    # weekday: "жұмаға дейін"
    m = re.fullmatch(r"(\w+?)(ға|ге|қа|ке) дейін", t)
    if m and m.group(1) in WEEKDAYS:
        wd = WEEKDAYS[m.group(1)]
        delta = (wd - pub.weekday()) % 7 or 7
        return pub + dt.timedelta(days=delta), "day"
    # week end
    if t in ("апта соңына дейін", "осы аптаның соңына дейін", "аптаның соңына дейін"):
        return pub + dt.timedelta(days=6 - pub.weekday()), "day"
    if t in ("келесі аптаның соңына дейін",):
        return pub + dt.timedelta(days=6 - pub.weekday() + 7), "day"
    # anything else (events, "дереу", "жедел") -> null
    return None, None


SELF_TESTS = [  # (deadline_text, published, expected date, granularity)
    ("1 қазанға дейін", "2025-08-05", "2025-10-01", "day"),
    ("1 наурызға дейін", "2025-12-20", "2026-03-01", "day"),
    ("ағымдағы жылдың 1 шілдесіне дейін", "2025-08-05", "2025-07-01", "day"),
    ("2026 жылғы 1 қазанға дейін", "2025-08-05", "2026-10-01", "day"),
    ("қазан айының соңына дейін", "2025-08-05", "2025-10-31", "month"),
    ("ақпан айының соңына дейін", "2027-11-05", "2028-02-29", "month"),
    ("жыл соңына дейін", "2025-12-30", "2025-12-31", "year"),
    ("келесі жылдың соңына дейін", "2025-06-10", "2026-12-31", "year"),
    ("2030 жылға дейін", "2025-06-10", "2030-12-31", "year"),
    ("2035-2036 жылдары", "2025-06-10", "2036-12-31", "year"),
    ("үшінші тоқсанның соңына дейін", "2025-09-09", "2025-09-30", "quarter"),
    ("бірінші тоқсанның соңына дейін", "2025-11-04", "2026-03-31", "quarter"),
    ("бірінші жартыжылдықта", "2026-01-13", "2026-06-30", "half"),
    ("екі апта ішінде", "2025-09-09", "2025-09-23", "day"),
    ("бір ай мерзімде", "2025-09-09", "2025-10-09", "day"),
    ("бір ай мерзімде", "2026-01-31", "2026-02-28", "day"),
    ("жұмаға дейін", "2026-03-17", "2026-03-20", "day"),
    ("жұмаға дейін", "2026-03-20", "2026-03-27", "day"),
    ("апта соңына дейін", "2026-03-17", "2026-03-22", "day"),
    ("апта соңына дейін", "2026-03-22", "2026-03-22", "day"),
    ("ағымдағы жылы", "2025-06-10", "2025-12-31", "year"),
    ("жылу беру маусымы басталғанға дейін", "2025-06-10", None, None),
    ("дереу", "2025-06-10", None, None),
]


def self_test():
    fails = []
    for text, pub, exp, gran in SELF_TESTS:
        got, g = resolve(text, dt.date.fromisoformat(pub))
        if (got.isoformat() if got else None, g) != (exp, gran):
            fails.append(f"resolver self-test: {text!r} @ {pub} -> {got}/{g}, want {exp}/{gran}")
    return fails


def main():
    problems = self_test()

    def bad(msg):
        problems.append(msg)

    ref_keys = list(json.loads(open(REF_GOLD, encoding="utf-8").readline()).keys())
    bodies = {b["name"] for b in json.load(open(BODIES, encoding="utf-8"))}

    arts = {}
    ids = set()
    for n, line in enumerate(open(os.path.join(SET, "articles.jsonl"), encoding="utf-8"), 1):
        a = json.loads(line)
        if list(a.keys()) != ["id", "lang", "published", "title", "text"]:
            bad(f"articles:{n} keys {list(a.keys())}")
        if a["id"] in ids:
            bad(f"articles:{n} duplicate id {a['id']}")
        ids.add(a["id"])
        if a["lang"] != "kk":
            bad(f"articles:{n} lang {a['lang']}")
        try:
            dt.date.fromisoformat(a["published"])
        except ValueError:
            bad(f"articles:{n} published not ISO")
        if a["title"] in arts:
            bad(f"articles:{n} duplicate title")
        arts[a["title"]] = a

    gold = [json.loads(l) for l in open(os.path.join(SET, "dev_gold.jsonl"), encoding="utf-8")]
    seen = set()
    for n, g in enumerate(gold, 1):
        where = f"gold:{n} [{g.get('quote')!r}]"
        if list(g.keys()) != ref_keys:
            bad(f"{where} keys {list(g.keys())} != {ref_keys}")
            continue
        a = arts.get(g["article"])
        if a is None:
            bad(f"{where} unknown article {g['article']!r}")
            continue
        if g["published"] != a["published"]:
            bad(f"{where} published {g['published']} != article {a['published']}")
        if g["published_inferred"] is not False:
            bad(f"{where} published_inferred should be false")
        if not isinstance(g["optional"], bool):
            bad(f"{where} optional not bool")
        text = a["text"]
        q = g["quote"]
        if (g["article"], q) in seen:
            bad(f"{where} duplicate quote in gold")
        seen.add((g["article"], q))
        cnt = text.count(q)
        if cnt != 1:
            bad(f"{where} quote occurs {cnt} times in text")
        if q in a["title"]:
            bad(f"{where} quote also in title")
        sents = sentences(text)
        holding = [i for i, s in enumerate(sents) if q in s]
        if len(holding) != 1:
            bad(f"{where} quote not inside exactly one sentence ({len(holding)})")
        # bodies
        for fld in ("responsible", "co_executors"):
            if not isinstance(g[fld], list):
                bad(f"{where} {fld} not a list")
                continue
            for b in g[fld]:
                if b not in bodies:
                    bad(f"{where} {fld} {b!r} not a canonical name")
            if len(set(g[fld])) != len(g[fld]):
                bad(f"{where} {fld} has duplicates")
        if set(g["responsible"]) & set(g["co_executors"]):
            bad(f"{where} body both responsible and co-executor")
        if not g["task"] or not g["task"].strip():
            bad(f"{where} empty task")
        # deadline
        pub = dt.date.fromisoformat(g["published"])
        if g["deadline"] is not None:
            try:
                dt.date.fromisoformat(g["deadline"])
            except ValueError:
                bad(f"{where} deadline not ISO")
        if (g["deadline"] is None) != (g["deadline_granularity"] is None):
            bad(f"{where} deadline / granularity null mismatch")
        if g["deadline"] is not None and g["deadline_text"] is None:
            bad(f"{where} deadline without deadline_text")
        if g["deadline_granularity"] not in (None, "day", "month", "quarter", "half", "year"):
            bad(f"{where} bad granularity")
        dtext = g["deadline_text"]
        if dtext is not None:
            if text.count(dtext) < 1:
                bad(f"{where} deadline_text {dtext!r} not in article")
            elif holding:
                i = holding[0]
                near = sents[i] + (" " + sents[i - 1] if i > 0 else "")
                if dtext not in near:
                    bad(f"{where} deadline_text {dtext!r} not in quote's sentence")
            got, gran = resolve(dtext, pub)
            exp = g["deadline"]
            if (got.isoformat() if got else None) != exp or gran != g["deadline_granularity"]:
                bad(f"{where} deadline {exp}/{g['deadline_granularity']} but resolver says "
                    f"{got}/{gran} for {dtext!r} (published {pub})")

    # every article should be labelled or be a deliberate negative
    labelled = {g["article"] for g in gold}
    for t in arts:
        if t not in labelled:
            print(f"note: article without directives: {t}")

    req = sum(1 for g in gold if not g["optional"])
    gran = {}
    for g in gold:
        gran[g["deadline_granularity"]] = gran.get(g["deadline_granularity"], 0) + 1
    print(f"{len(arts)} articles, {len(gold)} directives: {req} required, {len(gold) - req} optional")
    print("granularity:", {str(k): v for k, v in sorted(gran.items(), key=lambda x: str(x[0]))})
    if problems:
        print(f"{len(problems)} PROBLEM(S):")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
