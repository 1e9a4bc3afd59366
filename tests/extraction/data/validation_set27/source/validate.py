#!/usr/bin/env python3
"""Checker for validation_set27 (reads only; exits 1 on errors).

Checks, per gold row:
  * key set and key order equal to the shared dev_gold.jsonl format
  * `article` names exactly one article; `published` agrees with it; ISO dates
  * `quote` occurs verbatim exactly once in the article (case-sensitive, and also
    case-insensitively) and lies inside ONE sentence (simple splitter below)
  * `responsible` / `co_executors` use canonical names of bodies.json
  * deadline fields consistent; deadline re-derived from deadline_text + published
    following spec section 4 and compared with the gold deadline/granularity
  * deadline_text occurs in the quote's sentence; task tokens mostly come from the article
Usage: python3 validate.py [--set DIR] [--bodies PATH]
"""
import argparse, calendar, datetime as dt, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SET_DIR = os.path.dirname(HERE)
BODIES = "/work/main/tracker/extraction/data/bodies.json"
KEYS = ["article", "published", "published_inferred", "quote", "optional", "issuer", "responsible",
        "co_executors", "task", "deadline", "deadline_text", "deadline_granularity"]
GRANS = {None, "day", "month", "quarter", "half", "year"}

# ------------------------------------------------------------------ sentences
ABBREV = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
          "no", "mr", "mrs", "ms", "dr", "st", "e.g", "i.e", "vs", "etc"}
BOUNDARY = re.compile(r'([.!?])([”"’»)]*)(\s+)(?=[“"‘«(]?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ0-9])')

def sentences(text):
    """Return list of (start, end) spans; lines are always boundaries."""
    spans, pos = [], 0
    for line in text.split("\n"):
        lstart, cut = pos, pos
        for m in BOUNDARY.finditer(line):
            word = re.findall(r"[\w.]+$", line[:m.start(1)])
            if m.group(1) == "." and word and word[0].lower() in ABBREV:
                continue
            end = lstart + m.end(2)
            spans.append((cut, end))
            cut = lstart + m.end(3)
        spans.append((cut, lstart + len(line)))
        pos += len(line) + 1
    return [(s, e) for s, e in spans if e > s]

# ------------------------------------------------------------------ deadlines (spec §4)
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
NUM = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
       "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14, "thirty": 30}
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4}
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}

def month_end(y, m):
    return dt.date(y, m, calendar.monthrange(y, m)[1])

def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year; m += 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))

def resolve(text, pub):
    """-> (date or None, granularity or None)."""
    if not text:
        return None, None
    t = text.lower().strip()
    Y = pub.year
    mnames = "|".join(MONTHS)
    # explicit day + month (+ year)
    m = re.search(rf"\b({mnames}) (\d{{1,2}})(?:,? (\d{{4}}))?", t)
    if m and re.search(r"\b(by|until|before|no later than|not later than|till)\b", t):
        mon, day = MONTHS[m.group(1)], int(m.group(2))
        if m.group(3):
            return dt.date(int(m.group(3)), mon, day), "day"
        d = dt.date(Y, mon, day)
        if re.search(r"(current|this) year", t):
            return d, "day"
        if d < pub:
            d = dt.date(Y + 1, mon, day)
        return d, "day"
    # within N days/weeks/months
    m = re.search(r"\bwithin (?:the next )?(\d+|[a-z]+) (day|week|month|year)s?\b", t)
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else NUM[m.group(1)]
        u = m.group(2)
        if u == "day":
            return pub + dt.timedelta(days=n), "day"
        if u == "week":
            return pub + dt.timedelta(weeks=n), "day"
        if u == "month":
            return add_months(pub, n), "day"
        return add_months(pub, 12 * n), "day"
    # weekdays / weeks
    m = re.search(r"\bby (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", t)
    if m:
        delta = (WEEKDAYS[m.group(1)] - pub.weekday()) % 7 or 7
        return pub + dt.timedelta(days=delta), "day"
    if re.search(r"end of (this|the current) week", t):
        return pub + dt.timedelta(days=6 - pub.weekday()), "day"
    if re.search(r"end of next week", t):
        return pub + dt.timedelta(days=13 - pub.weekday()), "day"
    # explicit year, year named in relative form
    yr = None
    m = re.search(r"\b(20\d\d)\s*[-–]\s*(20\d\d)\b", t)
    if m:
        yr = int(m.group(2))
    else:
        m = re.search(r"\b(20\d\d)\b", t)
        if m:
            yr = int(m.group(1))
    if yr is None and "next year" in t:
        yr = Y + 1
    # quarters
    m = re.search(r"\b(first|second|third|fourth) quarter\b|\bq([1-4])\b", t)
    if m:
        q = ORD[m.group(1)] if m.group(1) else int(m.group(2))
        y = yr if yr else Y
        d = month_end(y, 3 * q)
        if not yr and d < pub:
            d = month_end(Y + 1, 3 * q)
        return d, "quarter"
    # halves
    m = re.search(r"\b(first|second) half\b|\bmid-year\b|\bmiddle of the year\b", t)
    if m:
        h = 2 if m.group(1) == "second" else 1
        y = yr if yr else Y
        d = month_end(y, 6 * h)
        if not yr and d < pub:
            d = month_end(Y + 1, 6 * h)
        return d, "half"
    # months
    m = re.search(rf"\b({mnames})\b", t)
    if m:
        mon = MONTHS[m.group(1)]
        y = yr if yr else Y
        d = month_end(y, mon)
        if not yr and not re.search(r"(current|this) year", t) and d < pub:
            d = month_end(Y + 1, mon)
        return d, "month"
    if yr:
        return dt.date(yr, 12, 31), "year"
    if re.search(r"end of (the )?(current |this )?year|year-end|\bthis year\b|current year", t):
        return dt.date(Y, 12, 31), "year"
    return None, None          # vague: 'promptly', 'by the start of the heating season'

# ------------------------------------------------------------------ main
def tokens(s):
    return re.findall(r"[\w\-–]+", s.lower())

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", default=SET_DIR)
    ap.add_argument("--bodies", default=BODIES)
    args = ap.parse_args()
    errors, warns = [], []
    arts = [json.loads(l) for l in open(os.path.join(args.set, "articles.jsonl"), encoding="utf-8") if l.strip()]
    gold = [json.loads(l) for l in open(os.path.join(args.set, "dev_gold.jsonl"), encoding="utf-8") if l.strip()]
    bodies = json.load(open(args.bodies, encoding="utf-8"))
    canon = {b["name"] for b in bodies}

    by_title = Counter(a["title"] for a in arts)
    ids = Counter(a["id"] for a in arts)
    for a in arts:
        if list(a) != ["id", "lang", "published", "title", "text"]:
            errors.append(f"{a.get('id')}: article keys {list(a)}")
        if ids[a["id"]] > 1 or by_title[a["title"]] > 1:
            errors.append(f"{a['id']}: duplicate id/title")
        try:
            dt.date.fromisoformat(a["published"])
        except Exception:
            errors.append(f"{a['id']}: bad published {a['published']!r}")
    art_by_title = {a["title"]: a for a in arts}
    seen_quotes = Counter()

    for i, g in enumerate(gold, 1):
        tag = f"gold#{i} [{g.get('quote','')[:50]}]"
        if list(g) != KEYS:
            errors.append(f"{tag}: key order {list(g)}")
            continue
        a = art_by_title.get(g["article"])
        if not a:
            errors.append(f"{tag}: article title not found"); continue
        if g["published"] != a["published"]:
            errors.append(f"{tag}: published {g['published']} != article {a['published']}")
        if g["published_inferred"] is not False or not isinstance(g["optional"], bool):
            errors.append(f"{tag}: published_inferred/optional types")
        text, q = a["text"], g["quote"]
        seen_quotes[(a["id"], q)] += 1
        if seen_quotes[(a["id"], q)] > 1:
            errors.append(f"{tag}: same quote used twice")
        n, ni = text.count(q), text.lower().count(q.lower())
        if n != 1 or ni != 1:
            errors.append(f"{tag}: quote occurs {n}x (case-insensitive {ni}x)")
            continue
        qs = text.index(q); qe = qs + len(q)
        sents = [(s, e) for s, e in sentences(text) if s <= qs < e]
        if not sents or qe > sents[0][1]:
            errors.append(f"{tag}: quote crosses a sentence boundary")
            sent = ""
        else:
            sent = text[sents[0][0]:sents[0][1]]
        if q != q.strip() or len(q.split()) < 4:
            warns.append(f"{tag}: quote short or padded")
        for fld in ("responsible", "co_executors"):
            if not isinstance(g[fld], list):
                errors.append(f"{tag}: {fld} not a list")
                continue
            for b in g[fld]:
                if b not in canon:
                    errors.append(f"{tag}: {fld} '{b}' not a canonical name in bodies.json")
            if len(set(g[fld])) != len(g[fld]):
                errors.append(f"{tag}: duplicate body in {fld}")
        if set(g["responsible"]) & set(g["co_executors"]):
            errors.append(f"{tag}: body both responsible and co-executor")
        if not g["task"] or not isinstance(g["task"], str):
            errors.append(f"{tag}: empty task")
        else:
            tt = tokens(g["task"]); at = set(tokens(text))
            miss = [w for w in tt if w not in at]
            if len(miss) > max(1, len(tt) // 4):
                warns.append(f"{tag}: task tokens not in article: {miss}")
        # deadlines
        dl, dtx, gr = g["deadline"], g["deadline_text"], g["deadline_granularity"]
        if gr not in GRANS:
            errors.append(f"{tag}: bad granularity {gr!r}")
        if (dl is None) != (gr is None):
            errors.append(f"{tag}: deadline/granularity null mismatch")
        if dl is not None:
            try:
                dt.date.fromisoformat(dl)
            except Exception:
                errors.append(f"{tag}: deadline not ISO: {dl!r}")
            if dtx is None:
                errors.append(f"{tag}: deadline without deadline_text")
        if dtx is not None:
            if dtx not in text:
                errors.append(f"{tag}: deadline_text not verbatim in article")
            elif sent and dtx not in sent:
                warns.append(f"{tag}: deadline_text outside the quote's sentence")
            want, wg = resolve(dtx, dt.date.fromisoformat(a["published"]))
            want = want.isoformat() if want else None
            if (want, wg) != (dl, gr):
                errors.append(f"{tag}: deadline {dl}/{gr} but spec gives {want}/{wg} for {dtx!r} @ {a['published']}")

    ng, no = sum(not g["optional"] for g in gold), sum(g["optional"] for g in gold)
    per = Counter(g["article"] for g in gold)
    print(f"articles: {len(arts)}   gold rows: {len(gold)} ({ng} required, {no} optional)")
    print(f"with deadline: {sum(g['deadline'] is not None for g in gold)}   "
          f"granularity: {dict(Counter(g['deadline_granularity'] for g in gold))}")
    for a in arts:
        if per[a['title']] == 0:
            warns.append(f"{a['id']}: no gold rows")
    for w in warns:
        print("WARN ", w)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
