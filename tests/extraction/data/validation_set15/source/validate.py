#!/usr/bin/env python3
"""Check validation_set15 (articles.jsonl + dev_gold.jsonl).

Checks:
  * articles: required keys, ISO published date, unique ids/titles, lang;
  * gold: exact key order of /work/shared/data/dev_gold.jsonl, article title
    exists, published matches the article;
  * quote: verbatim in the article text, occurs exactly once, lies inside one
    sentence (own sentence splitter), no two gold quotes overlap;
  * responsible / co_executors: canonical names of bodies.json (not aliases);
  * deadline: ISO date or null; granularity in the allowed set; deadline_text
    occurs verbatim in the quote's sentence; deadline and granularity re-derived
    from deadline_text + published by a small resolver following spec §4.
Exit code 1 if any ERROR.
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BODIES = "/work/main/tracker/extraction/data/bodies.json"
GOLD_KEYS = ["article", "published", "published_inferred", "quote", "optional", "issuer",
             "responsible", "co_executors", "task", "deadline", "deadline_text",
             "deadline_granularity"]
GRANS = {None, "day", "month", "quarter", "half", "year"}

MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"])}
WEEKDAYS = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
NUMS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
        "fifteen": 15, "twenty": 20, "thirty": 30}
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4}


# ---------------------------------------------------------------- sentences
def sentences(text):
    out = []
    for para in text.split("\n"):
        para = para.strip()
        if not para:
            continue
        # split after . ! ? (optionally followed by a closing quote) + space + capital/quote/dash
        parts = re.split(r'(?<=[.!?])(?<!\b[A-Z]\.)(?<!\bNo\.)(?<!\bSt\.)["\u201d]?\s+(?=[A-Z"\u201c\-])', para)
        out.extend(p.strip() for p in parts if p.strip())
    return out


# ---------------------------------------------------------------- resolver
def last_day(y, m):
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def add_months(d, n):
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    return dt.date(y, m, min(d.day, last_day(y, m).day))


def num(tok):
    tok = tok.lower()
    return int(tok) if tok.isdigit() else NUMS.get(tok)


def resolve(text, pub):
    """Return (date or None, granularity or None) for a deadline expression."""
    if text is None:
        return None, None
    t = text.lower().strip()
    y = pub.year

    # within N days/weeks/months ; in a two-week period
    m = re.search(r"within (a|an|one|two|three|four|five|six|seven|ten|\d+) (working )?(day|week|month)s?", t)
    if m:
        n, unit = num(m.group(1)), m.group(3)
        if m.group(2):
            return None, None  # working days: not in the table
        if unit == "day":
            return pub + dt.timedelta(days=n), "day"
        if unit == "week":
            return pub + dt.timedelta(weeks=n), "day"
        return add_months(pub, n), "day"
    m = re.search(r"in a (two|three|ten|\d+)-(day|week) period|(two|three|\d+)-week", t)
    if m:
        n = num(m.group(1) or m.group(3))
        unit = m.group(2) or "week"
        return pub + (dt.timedelta(weeks=n) if unit == "week" else dt.timedelta(days=n)), "day"

    # by <weekday>
    m = re.search(r"\bby (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", t)
    if m:
        k = (WEEKDAYS[m.group(1)] - pub.weekday()) % 7 or 7
        return pub + dt.timedelta(days=k), "day"
    if re.search(r"end of (this|the current) week", t):
        return pub + dt.timedelta(days=6 - pub.weekday()), "day"
    if re.search(r"end of next week", t):
        return pub + dt.timedelta(days=13 - pub.weekday()), "day"

    # quarters
    m = re.search(r"(first|second|third|fourth) quarter(?: of (\d{4}|next year|this year|the current year))?", t)
    if m:
        q = ORD[m.group(1)]
        qual = m.group(2)
        end = last_day(y, 3 * q)
        if qual and qual.isdigit():
            end = last_day(int(qual), 3 * q)
        elif qual == "next year":
            end = last_day(y + 1, 3 * q)
        elif qual in ("this year", "the current year"):
            pass
        elif end < pub:
            end = last_day(y + 1, 3 * q)
        return end, "quarter"

    # halves
    m = re.search(r"(first|second) half(?: of (?:the )?(\d{4}|next year|this year|the current year|year))?|by mid-year", t)
    if m:
        if m.group(0) == "by mid-year":
            h, qual = 1, None
        else:
            h, qual = ORD[m.group(1)], m.group(2)
        mon = 6 if h == 1 else 12
        end = last_day(y, mon)
        if qual and qual.isdigit():
            end = last_day(int(qual), mon)
        elif qual == "next year":
            end = last_day(y + 1, mon)
        elif qual in ("this year", "the current year"):
            pass
        elif end < pub:
            end = last_day(y + 1, mon)
        return end, "half"

    # day + month (+ year)
    mn = "|".join(MONTHS)
    m = re.search(r"\b(" + mn + r") (\d{1,2})(?:,? (\d{4}))?( of (?:the current|this) year)?", t)
    if m:
        mo, d = MONTHS[m.group(1)], int(m.group(2))
        if m.group(3):
            return dt.date(int(m.group(3)), mo, d), "day"
        cand = dt.date(y, mo, d)
        if m.group(4):
            return cand, "day"
        if cand < pub:
            cand = dt.date(y + 1, mo, d)
        return cand, "day"

    # end of next year / end of the year
    if re.search(r"end of next year|end of the next year", t):
        return dt.date(y + 1, 12, 31), "year"
    if re.search(r"end of (the |this |the current )?year|year-end", t):
        return dt.date(y, 12, 31), "year"

    # year ranges and years
    m = re.search(r"(\d{4})\s*[-\u2013]\s*(\d{4})", t)
    if m:
        return dt.date(int(m.group(2)), 12, 31), "year"
    m = re.search(r"\b(?:in|by|until|to|for|by the end of)\s+(\d{4})\b", t)
    if m:
        return dt.date(int(m.group(1)), 12, 31), "year"

    # month only
    m = re.search(r"\b(" + mn + r")\b(?: of (?:this|the current) year)?", t)
    if m:
        mo = MONTHS[m.group(1)]
        end = last_day(y, mo)
        if "this year" not in t and "current year" not in t and end < pub:
            end = last_day(y + 1, mo)
        return end, "month"

    if re.search(r"\b(this year|the current year|current year)\b", t):
        return dt.date(y, 12, 31), "year"
    return None, None


# ---------------------------------------------------------------- main
def main():
    errors, warns = [], []

    def err(msg):
        errors.append(msg)

    def warn(msg):
        warns.append(msg)

    bodies = json.load(open(BODIES, encoding="utf-8"))
    canon = {b["name"] for b in bodies}
    alias2canon = {}
    for b in bodies:
        for a in b["aliases"]:
            alias2canon.setdefault(a.lower(), b["name"])

    arts = [json.loads(l) for l in open(os.path.join(ROOT, "articles.jsonl"), encoding="utf-8") if l.strip()]
    by_title = {}
    ids = set()
    for a in arts:
        for k in ("id", "lang", "published", "title", "text"):
            if k not in a:
                err(f"article {a.get('id')}: missing {k}")
        if list(a.keys()) != ["id", "lang", "published", "title", "text"]:
            err(f"article {a['id']}: key order {list(a.keys())}")
        if a["id"] in ids:
            err(f"duplicate id {a['id']}")
        ids.add(a["id"])
        if a["title"] in by_title:
            err(f"duplicate title {a['title']}")
        by_title[a["title"]] = a
        try:
            dt.date.fromisoformat(a["published"])
        except Exception:
            err(f"article {a['id']}: bad published {a['published']}")
        if a["lang"] != "en":
            err(f"article {a['id']}: lang {a['lang']}")

    gold = [json.loads(l) for l in open(os.path.join(ROOT, "dev_gold.jsonl"), encoding="utf-8") if l.strip()]
    spans = {}
    for i, gd in enumerate(gold, 1):
        tag = f"gold#{i} [{gd.get('quote')!r}]"
        if list(gd.keys()) != GOLD_KEYS:
            err(f"{tag}: keys {list(gd.keys())}")
            continue
        a = by_title.get(gd["article"])
        if a is None:
            err(f"{tag}: unknown article {gd['article']!r}")
            continue
        if gd["published"] != a["published"]:
            err(f"{tag}: published {gd['published']} != article {a['published']}")
        if gd["published_inferred"] is not False:
            err(f"{tag}: published_inferred must be false")
        if not isinstance(gd["optional"], bool):
            err(f"{tag}: optional not bool")
        text = a["text"]
        q = gd["quote"]
        cnt = text.count(q)
        if cnt != 1:
            err(f"{tag}: quote occurs {cnt} times")
            continue
        start = text.index(q)
        for (s, e, oq) in spans.get(a["id"], []):
            if start < e and s < start + len(q):
                err(f"{tag}: overlaps quote {oq!r}")
        spans.setdefault(a["id"], []).append((start, start + len(q), q))
        sents = [s for s in sentences(text) if q in s]
        if len(sents) != 1:
            err(f"{tag}: quote not inside exactly one sentence ({len(sents)})")
            continue
        sent = sents[0]
        # bodies
        for field in ("responsible", "co_executors"):
            if not isinstance(gd[field], list):
                err(f"{tag}: {field} not a list")
                continue
            for b in gd[field]:
                if b not in canon:
                    hint = alias2canon.get(b.lower())
                    err(f"{tag}: {field} {b!r} not canonical" + (f" (alias of {hint!r})" if hint else ""))
            if len(set(gd[field])) != len(gd[field]):
                err(f"{tag}: duplicate in {field}")
        if set(gd["responsible"]) & set(gd["co_executors"]):
            err(f"{tag}: body both responsible and co-executor")
        if not gd["task"] or not isinstance(gd["task"], str):
            err(f"{tag}: empty task")
        # deadline
        dl, dtext, gran = gd["deadline"], gd["deadline_text"], gd["deadline_granularity"]
        if gran not in GRANS:
            err(f"{tag}: bad granularity {gran}")
        if dl is not None:
            try:
                dt.date.fromisoformat(dl)
            except Exception:
                err(f"{tag}: bad deadline {dl}")
        if (dl is None) != (gran is None):
            err(f"{tag}: deadline/granularity null mismatch")
        if dl is not None and dtext is None:
            err(f"{tag}: deadline without deadline_text")
        if dtext is not None and dtext not in sent:
            err(f"{tag}: deadline_text {dtext!r} not in the quote's sentence")
        pub = dt.date.fromisoformat(a["published"])
        rd, rg = resolve(dtext, pub)
        rds = rd.isoformat() if rd else None
        if (rds, rg) != (dl, gran):
            err(f"{tag}: resolver says {rds}/{rg} for {dtext!r}, gold has {dl}/{gran}")

    # summary
    req = [g for g in gold if not g["optional"]]
    opt = [g for g in gold if g["optional"]]
    gran_counts = {}
    for g in gold:
        gran_counts[g["deadline_granularity"]] = gran_counts.get(g["deadline_granularity"], 0) + 1
    per_art = {t: 0 for t in by_title}
    for g in gold:
        per_art[g["article"]] = per_art.get(g["article"], 0) + 1
    print(f"articles: {len(arts)}; directives: {len(gold)} (required {len(req)}, optional {len(opt)})")
    print("granularity:", {str(k): v for k, v in sorted(gran_counts.items(), key=lambda kv: str(kv[0]))})
    print("with deadline_text but null deadline:",
          sum(1 for g in gold if g["deadline_text"] and not g["deadline"]))
    print("articles without directives:", [t for t, n in per_art.items() if n == 0])
    for w in warns:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


def selftest():
    """Resolver vs. the English deadlines of the shared dev gold + spec edge cases."""
    bad = 0
    cases = []
    for l in open("/work/shared/data/dev_gold.jsonl", encoding="utf-8"):
        g = json.loads(l)
        if g["deadline_text"] and g["deadline_text"].isascii():
            cases.append((g["deadline_text"], g["published"], g["deadline"], g["deadline_granularity"]))
    cases += [
        ("by December 20", "2025-12-23", "2026-12-20", "day"),          # date already past -> next year
        ("by November 1 of the current year", "2025-11-12", "2025-11-01", "day"),  # overdue, stays
        ("by Friday", "2026-01-16", "2026-01-23", "day"),               # published on a Friday
        ("by the end of this week", "2026-03-15", "2026-03-15", "day"),  # Sunday
        ("in October", "2025-11-05", "2026-10-31", "month"),
        ("in the third quarter", "2025-11-05", "2026-09-30", "quarter"),
        ("by mid-year", "2025-08-01", "2026-06-30", "half"),
        ("within a month", "2026-01-31", "2026-02-28", "day"),
        ("promptly", "2025-08-01", None, None),
    ]
    for text, pub, want, gran in cases:
        d, g = resolve(text, dt.date.fromisoformat(pub))
        got = (d.isoformat() if d else None, g)
        if got != (want, gran):
            bad += 1
            print(f"SELFTEST FAIL {text!r} @ {pub}: got {got}, want {(want, gran)}")
    print(f"selftest: {len(cases) - bad}/{len(cases)} resolver cases ok")
    return bad


if __name__ == "__main__":
    rc = 1 if selftest() else 0
    sys.exit(main() or rc)
