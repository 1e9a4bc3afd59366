"""Checks validation_set30 against the extraction contract (spec/extraction.md).

Checks:
  * articles.jsonl: keys id, lang, published, title, text (in that order), ISO date, unique ids/titles
  * dev_gold.jsonl: exact key order of the shared dev_gold.jsonl; article title exists;
    published matches; quote occurs exactly once in the article text and lies inside one sentence;
    responsible / co_executors are canonical names from bodies.json; ISO dates; granularity values;
    the deadline re-derived from deadline_text + published (spec section 4) equals the gold one.
Usage: python3 validate.py [set_dir] [bodies.json]
Exit status 1 on any error, 2 if the built-in spec-table self-test fails.
Deadline re-derivation covers English expressions only (this set is English);
on the shared dev set's English articles it reproduces every gold deadline.
"""
import calendar
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET_DIR = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
BODIES = sys.argv[2] if len(sys.argv) > 2 else "/work/main/tracker/extraction/data/bodies.json"

GOLD_KEYS = ["article", "published", "published_inferred", "quote", "optional", "issuer",
             "responsible", "co_executors", "task", "deadline", "deadline_text", "deadline_granularity"]
ART_KEYS = ["id", "lang", "published", "title", "text"]
GRANS = {"day", "month", "quarter", "half", "year", None}

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
NUM = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
       "eight": 8, "nine": 9, "ten": 10, "fifteen": 15, "twenty": 20, "thirty": 30}
QUARTER = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1": 1, "2": 2, "3": 3, "4": 4}

errors = []


def err(msg):
    errors.append(msg)


def sentences(text):
    """Split into sentences: by line, then after . ! ? (optionally followed by a closing quote)
    when the next token starts with an upper-case letter, digit or quote."""
    out = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        for s in re.split(r'(?<=[.!?])["\u201d]?\s+(?=[A-Z0-9"\u201c\u00ab])', line):
            if s.strip():
                out.append(s.strip())
    return out


def month_end(y, m):
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def add_months(d, n):
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def derive(text, pub):
    """Return (deadline date or None, granularity or None) per spec section 4."""
    t = text.lower().strip()
    this_year = bool(re.search(r"\b(of )?(the current year|this year)\b", t))
    next_year = "next year" in t
    ym = re.search(r"\b(20\d\d)\b(?!\s*-)", t)
    rng = re.search(r"\b(20\d\d)\s*[-\u2013]\s*(20\d\d)\b", t)

    # within N days / weeks / months
    m = re.search(r"within (?:a |an )?(\w+)?[ -]?(day|week|month)s?\b", t) or \
        re.search(r"in a (\w+)-(day|week|month) period", t)
    if m:
        n = m.group(1)
        n = 1 if n is None else (int(n) if n.isdigit() else NUM.get(n))
        unit = m.group(2)
        if n is None:
            return "UNPARSED", None
        if unit == "day":
            return pub + dt.timedelta(days=n), "day"
        if unit == "week":
            return pub + dt.timedelta(weeks=n), "day"
        return add_months(pub, n), "day"
    # end of this / next week
    if re.search(r"end of (this|the current) week", t):
        return pub + dt.timedelta(days=6 - pub.weekday()), "day"
    if re.search(r"end of next week", t):
        return pub + dt.timedelta(days=13 - pub.weekday()), "day"
    # by <weekday>
    for name, wd in WEEKDAYS.items():
        if re.search(r"\b" + name + r"\b", t):
            delta = (wd - pub.weekday()) % 7 or 7
            return pub + dt.timedelta(days=delta), "day"
    # quarters
    m = re.search(r"\b(first|second|third|fourth|[1-4](?:st|nd|rd|th)?) quarter\b|\bq([1-4])\b", t)
    if m:
        q = QUARTER[m.group(1) if m.group(1) in QUARTER else m.group(1)[0]] if m.group(1) else int(m.group(2))
        y = int(ym.group(1)) if ym else (pub.year + 1 if next_year else pub.year)
        d = month_end(y, q * 3)
        if not ym and not next_year and d < pub:
            d = month_end(y + 1, q * 3)
        return d, "quarter"
    # halves
    m = re.search(r"\b(first|second) half\b|\bmid-year\b|\bmiddle of the year\b", t)
    if m:
        second = m.group(1) == "second"
        y = int(ym.group(1)) if ym else (pub.year + 1 if next_year else pub.year)
        d = month_end(y, 12 if second else 6)
        if not ym and not next_year and d < pub:
            d = month_end(y + 1, 12 if second else 6)
        return d, "half"
    # month + day
    mname = "|".join(MONTHS)
    m = re.search(r"\b(" + mname + r")\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s*(20\d\d))?", t) or \
        re.search(r"\b(\d{1,2})\s+(" + mname + r")\b(?:,?\s*(20\d\d))?", t)
    if m:
        if m.group(1).isdigit():
            day, mon = int(m.group(1)), MONTHS[m.group(2)]
        else:
            mon, day = MONTHS[m.group(1)], int(m.group(2))
        if m.group(3):
            return dt.date(int(m.group(3)), mon, day), "day"
        if this_year:
            return dt.date(pub.year, mon, day), "day"
        y = pub.year + 1 if next_year else pub.year
        d = dt.date(y, mon, day)
        if not next_year and d < pub:
            d = dt.date(y + 1, mon, day)
        return d, "day"
    # month alone
    m = re.search(r"\b(" + mname + r")\b", t)
    if m:
        mon = MONTHS[m.group(1)]
        if ym:
            return month_end(int(ym.group(1)), mon), "month"
        y = pub.year + 1 if next_year else pub.year
        d = month_end(y, mon)
        if not next_year and d < pub:
            d = month_end(y + 1, mon)
        return d, "month"
    # year ranges / explicit years
    if rng:
        return dt.date(int(rng.group(2)), 12, 31), "year"
    if ym:
        return dt.date(int(ym.group(1)), 12, 31), "year"
    if re.search(r"end of next year|next year", t):
        return dt.date(pub.year + 1, 12, 31), "year"
    if re.search(r"end of the (current )?year|year-end|end of this year|this year|the current year", t):
        return dt.date(pub.year, 12, 31), "year"
    return None, None


def main():
    canon = {b["name"] for b in json.load(open(BODIES, encoding="utf-8"))}
    arts = {}
    ids = set()
    with open(os.path.join(SET_DIR, "articles.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            a = json.loads(line)
            if list(a) != ART_KEYS:
                err(f"articles:{n}: keys {list(a)}")
            try:
                dt.date.fromisoformat(a["published"])
            except Exception:
                err(f"articles:{n}: bad published {a['published']}")
            if a["id"] in ids:
                err(f"articles:{n}: duplicate id {a['id']}")
            ids.add(a["id"])
            if a["title"] in arts:
                err(f"articles:{n}: duplicate title {a['title']}")
            if a["lang"] not in ("en", "ru", "kk"):
                err(f"articles:{n}: bad lang")
            arts[a["title"]] = a

    quotes_seen = {}
    n_gold = n_opt = 0
    per_article = {}
    with open(os.path.join(SET_DIR, "dev_gold.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            d = json.loads(line)
            n_gold += 1
            n_opt += bool(d.get("optional"))
            where = f"gold:{n} [{d.get('quote')!r}]"
            if list(d) != GOLD_KEYS:
                err(f"{where}: key order {list(d)}")
                continue
            a = arts.get(d["article"])
            if a is None:
                err(f"{where}: unknown article {d['article']!r}")
                continue
            per_article[a["id"]] = per_article.get(a["id"], 0) + 1
            if d["published"] != a["published"]:
                err(f"{where}: published {d['published']} != article {a['published']}")
            if d["published_inferred"] is not False:
                err(f"{where}: published_inferred should be false")
            if not isinstance(d["optional"], bool):
                err(f"{where}: optional not bool")
            q = d["quote"]
            c = a["text"].count(q)
            if c != 1:
                err(f"{where}: quote occurs {c} times in article")
            hits = [s for s in sentences(a["text"]) if q in s]
            if len(hits) != 1:
                err(f"{where}: quote not inside exactly one sentence ({len(hits)})")
            key = (a["id"], q)
            if key in quotes_seen:
                err(f"{where}: duplicate quote")
            quotes_seen[key] = True
            # several gold quotes must not locate into each other (a find would match both)
            for b in d["responsible"] + d["co_executors"]:
                if b not in canon:
                    err(f"{where}: non-canonical body {b!r}")
            if not isinstance(d["responsible"], list) or not isinstance(d["co_executors"], list):
                err(f"{where}: bodies must be lists")
            if not d["task"] or not isinstance(d["task"], str):
                err(f"{where}: empty task")
            if d["deadline_granularity"] not in GRANS:
                err(f"{where}: bad granularity {d['deadline_granularity']}")
            if d["deadline"] is not None:
                try:
                    dt.date.fromisoformat(d["deadline"])
                except Exception:
                    err(f"{where}: bad deadline {d['deadline']}")
                if d["deadline_text"] is None or d["deadline_granularity"] is None:
                    err(f"{where}: deadline without text/granularity")
            elif d["deadline_granularity"] is not None:
                err(f"{where}: granularity without deadline")
            if d["deadline_text"] is not None:
                if hits and d["deadline_text"] not in hits[0] and d["deadline_text"] not in a["text"]:
                    err(f"{where}: deadline_text not in article")
                if hits and d["deadline_text"] not in hits[0]:
                    print(f"note {where}: deadline_text outside the quote's sentence")
                pub = dt.date.fromisoformat(a["published"])
                dd, gg = derive(d["deadline_text"], pub)
                want = dd.isoformat() if isinstance(dd, dt.date) else dd
                if a["lang"] != "en":
                    print(f"note {where}: non-English deadline_text not re-derived")
                elif want != d["deadline"] or gg != d["deadline_granularity"]:
                    err(f"{where}: deadline {d['deadline']}/{d['deadline_granularity']} but "
                        f"'{d['deadline_text']}' + {a['published']} gives {want}/{gg}")
            elif d["deadline"] is not None:
                err(f"{where}: deadline without deadline_text")

    # two gold quotes in one sentence must not contain each other
    for (aid, q1) in quotes_seen:
        for (bid, q2) in quotes_seen:
            if aid == bid and q1 != q2 and q1 in q2:
                err(f"{aid}: quote {q1!r} inside quote {q2!r}")

    print(f"articles: {len(arts)}  gold: {n_gold}  optional: {n_opt}  required: {n_gold - n_opt}")
    print("per article:", {i: per_article.get(i, 0) for i in sorted(ids)})
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


def selftest():
    """Spec section 4 table examples, plus edge cases this set relies on."""
    P = dt.date.fromisoformat
    cases = [
        ("by October 1", "2025-08-05", "2025-10-01", "day"),
        ("by October 1", "2025-11-05", "2026-10-01", "day"),
        ("by October 1 of the current year", "2025-11-05", "2025-10-01", "day"),
        ("by October 1, 2026", "2025-08-05", "2026-10-01", "day"),
        ("in October of this year", "2025-08-04", "2025-10-31", "month"),
        ("by the end of October", "2025-11-04", "2026-10-31", "month"),
        ("by the end of the current year", "2025-08-05", "2025-12-31", "year"),
        ("by the end of next year", "2025-06-10", "2026-12-31", "year"),
        ("in 2026", "2025-06-10", "2026-12-31", "year"),
        ("in 2035-2036", "2025-08-08", "2036-12-31", "year"),
        ("by the end of the third quarter", "2025-09-09", "2025-09-30", "quarter"),
        ("by the end of the first quarter of 2026", "2025-11-20", "2026-03-31", "quarter"),
        ("in the first half of next year", "2025-11-20", "2026-06-30", "half"),
        ("within two weeks", "2025-09-09", "2025-09-23", "day"),
        ("within a month", "2025-09-09", "2025-10-09", "day"),
        ("by Friday", "2026-03-17", "2026-03-20", "day"),
        ("by Friday", "2026-01-30", "2026-02-06", "day"),
        ("by the end of this week", "2025-12-23", "2025-12-28", "day"),
        ("by the end of next week", "2026-01-08", "2026-01-18", "day"),
        ("promptly", "2025-08-05", None, None),
        ("by the start of the heating season", "2025-08-05", None, None),
    ]
    bad = 0
    for text, pub, want, gran in cases:
        d, g = derive(text, P(pub))
        got = d.isoformat() if isinstance(d, dt.date) else d
        if (got, g) != (want, gran):
            bad += 1
            print("SELFTEST FAIL", text, pub, got, g, "want", want, gran)
    return bad


if __name__ == "__main__":
    if selftest():
        sys.exit(2)
    sys.exit(main())
