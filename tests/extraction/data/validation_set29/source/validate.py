"""Checker for validation_set29 (Kazakh speech reports).

Checks, per gold row:
  * key set and key order identical to the shared dev_gold.jsonl;
  * the article exists (by title) and `published` matches it;
  * `quote` occurs verbatim exactly once in the article text and lies inside one sentence;
  * `deadline_text` (if any) occurs verbatim in that same sentence;
  * `responsible` / `co_executors` hold canonical names of bodies.json (no aliases);
  * `issuer` is one of the allowed roles or null;
  * `deadline` is an ISO date, and equals the date re-derived from deadline_text +
    published by the spec's section 4 rules (Kazakh expressions implemented below);
    granularity re-derived too; texts like "жедел түрде" must give null;
  * `task` is non-empty and its words are (mostly) found in the article.
Also checks articles.jsonl (ids unique, lang kk, ISO published, unique titles).
Exit code 1 on any problem.

Usage: python3 validate.py [--show]   (--show prints every quote's sentence)
"""
import calendar
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BODIES = "/work/main/tracker/extraction/data/bodies.json"
SHARED_GOLD = "/work/shared/data/dev_gold.jsonl"

KEYS = ["article", "published", "published_inferred", "quote", "optional", "issuer", "responsible",
        "co_executors", "task", "deadline", "deadline_text", "deadline_granularity"]
ISSUERS = {None, "President", "Prime Minister", "Deputy Prime Minister", "First Deputy Prime Minister",
           "Government"}
GRANS = {None, "day", "month", "quarter", "half", "year"}

# ------------------------------------------------------------------ sentences
UP = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
SENT_END = re.compile(r"[.!?…][»”\"]?(?=\s+[«\"“–—\d" + UP + r"])")


def sentences(text):
    """Return list of (start, end) spans of sentences; paragraphs (newlines) always split."""
    spans = []
    pos = 0
    for line in text.split("\n"):
        lstart = pos
        cur = 0
        for m in SENT_END.finditer(line):
            spans.append((lstart + cur, lstart + m.end()))
            cur = m.end()
            while cur < len(line) and line[cur].isspace():
                cur += 1
        if cur < len(line):
            spans.append((lstart + cur, lstart + len(line)))
        pos += len(line) + 1
    return spans


# ------------------------------------------------------------------ deadlines (spec §4)
MONTHS = [("қаңтар", 1), ("ақпан", 2), ("наурыз", 3), ("сәуір", 4), ("мамыр", 5), ("маусым", 6),
          ("шілде", 7), ("тамыз", 8), ("қыркүйек", 9), ("қазан", 10), ("қараша", 11), ("желтоқсан", 12)]
MON_RE = "(" + "|".join(m for m, _ in MONTHS) + ")"
MON = dict(MONTHS)
NUMS = {"бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8,
        "тоғыз": 9, "он": 10, "он бес": 15, "жиырма": 20, "отыз": 30}
ORD = {"бірінші": 1, "екінші": 2, "үшінші": 3, "төртінші": 4}
WEEKDAYS = {"дүйсенбі": 0, "сейсенбі": 1, "сәрсенбі": 2, "бейсенбі": 3, "жұма": 4, "сенбі": 5, "жексенбі": 6}


def last_day(y, m):
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def num(tok):
    tok = tok.strip()
    if tok.isdigit():
        return int(tok)
    return NUMS.get(tok)


def resolve(text, pub):
    """Return (date or None, granularity or None) for a Kazakh deadline expression."""
    t = text.lower().strip()
    y = pub.year
    next_year = "келесі жыл" in t
    m_year = re.search(r"\b(20\d\d)\s*жыл", t)
    named_year = int(m_year.group(1)) if m_year else None

    # within a period
    m = re.search(r"(\d+|он бес|[а-яәғқңөұүһі]+)\s+(күн|апта|ай|жыл)\s+(ішінде|мерзімде)", t)
    m2 = re.search(r"(\d+|[а-яәғқңөұүһі]+)\s+(күндік|апталық|айлық)\s+мерзімде", t)
    if m or m2:
        mm = m or m2
        n = num(mm.group(1))
        unit = mm.group(2)[:3]
        if n is None:
            raise ValueError(f"unknown number in {text!r}")
        if unit.startswith("күн"):
            return pub + dt.timedelta(days=n), "day"
        if unit.startswith("апт"):
            return pub + dt.timedelta(weeks=n), "day"
        if unit.startswith("ай"):
            return add_months(pub, n), "day"
        return add_months(pub, 12 * n), "day"

    # a day and month
    m = re.search(r"(\d{1,2})\s+" + MON_RE, t)
    if m:
        day, mon = int(m.group(1)), MON[m.group(2)]
        if named_year:
            return dt.date(named_year, mon, day), "day"
        if re.search(r"(ағымдағы|осы|биылғы)\s+жыл", t):
            return dt.date(y, mon, day), "day"
        d = dt.date(y, mon, day)
        if next_year or d < pub:
            d = dt.date(y + 1, mon, day)
        return d, "day"

    # weekday
    m = re.search(r"(дүйсенбі|сейсенбі|сәрсенбі|бейсенбі|жұма|сенбі|жексенбі)\w*\s+(күніне\s+)?дейін", t)
    if m:
        wd = WEEKDAYS[m.group(1)]
        delta = (wd - pub.weekday()) % 7 or 7
        return pub + dt.timedelta(days=delta), "day"

    # end of this / next week
    if re.search(r"(осы|ағымдағы)\s+аптаның\s+соңына", t):
        return pub + dt.timedelta(days=6 - pub.weekday()), "day"
    if re.search(r"келесі\s+аптаның\s+соңына", t):
        return pub + dt.timedelta(days=13 - pub.weekday()), "day"

    # quarter
    m = re.search(r"(бірінші|екінші|үшінші|төртінші)\s+тоқсан", t)
    if m:
        q = ORD[m.group(1)]
        if named_year:
            return last_day(named_year, 3 * q), "quarter"
        d = last_day(y + (1 if next_year else 0), 3 * q)
        if d < pub:
            d = last_day(y + 1, 3 * q)
        return d, "quarter"

    # half
    m = re.search(r"(бірінші|екінші)\s+жартыжылды[қғ]", t)
    if m or "жыл ортасына" in t:
        mon = 6 if (not m or m.group(1) == "бірінші") else 12
        if named_year:
            return last_day(named_year, mon), "half"
        d = last_day(y + (1 if next_year else 0), mon)
        if d < pub:
            d = last_day(y + 1, mon)
        return d, "half"

    # a month (needs "айы"/"айында" or a locative month form, so "жылыту маусымы" is not June)
    m = re.search(MON_RE + r"(\s+айы|да\b|де\b|та\b|те\b|ға\s+дейін|ге\s+дейін|қа\s+дейін|ке\s+дейін)", t)
    if m:
        mon = MON[m.group(1)]
        if named_year:
            return last_day(named_year, mon), "month"
        d = last_day(y + (1 if next_year else 0), mon)
        if d < pub:
            d = last_day(y + 1, mon)
        return d, "month"

    # year range / named year
    m = re.search(r"\b(20\d\d)\s*[-–]\s*(20\d\d)", t)
    if m:
        return dt.date(int(m.group(2)), 12, 31), "year"
    if named_year:
        return dt.date(named_year, 12, 31), "year"

    # next year / this year
    if re.search(r"келесі\s+жыл(дың\s+соңына|ы\b|ы$)", t):
        return dt.date(y + 1, 12, 31), "year"
    if re.search(r"(^|\s)(жыл|жылдың|ағымдағы\s+жылдың|осы\s+жылдың)\s+соңына", t) or \
            re.search(r"(^|\s)(биыл|ағымдағы\s+жылы|осы\s+жылы)(\s|$)", t):
        return dt.date(y, 12, 31), "year"

    return None, None   # vague (жедел түрде, маусымы басталғанға дейін, ...)


# ------------------------------------------------------------------ main
def main():
    show = "--show" in sys.argv
    problems = []

    def bad(msg):
        problems.append(msg)

    bodies = {b["name"] for b in json.load(open(BODIES, encoding="utf-8"))}
    with open(SHARED_GOLD, encoding="utf-8") as f:
        shared_keys = list(json.loads(f.readline()).keys())
    if shared_keys != KEYS:
        bad(f"shared dev_gold key order changed: {shared_keys}")

    arts = {}
    ids = set()
    for i, line in enumerate(open(os.path.join(ROOT, "articles.jsonl"), encoding="utf-8"), 1):
        a = json.loads(line)
        if list(a.keys()) != ["id", "lang", "published", "title", "text"]:
            bad(f"articles.jsonl:{i} keys {list(a.keys())}")
        if a["id"] in ids:
            bad(f"duplicate id {a['id']}")
        ids.add(a["id"])
        if a["lang"] != "kk":
            bad(f"{a['id']}: lang {a['lang']}")
        try:
            dt.date.fromisoformat(a["published"])
        except ValueError:
            bad(f"{a['id']}: bad published {a['published']}")
        if a["title"] in arts:
            bad(f"duplicate title {a['title']}")
        arts[a["title"]] = a

    per_art = {t: 0 for t in arts}
    n = opt = with_dl = 0
    grans = {}
    for i, line in enumerate(open(os.path.join(ROOT, "dev_gold.jsonl"), encoding="utf-8"), 1):
        g = json.loads(line)
        where = f"gold:{i}"
        if list(g.keys()) != KEYS:
            bad(f"{where}: keys {list(g.keys())}")
            continue
        a = arts.get(g["article"])
        if not a:
            bad(f"{where}: unknown article {g['article']!r}")
            continue
        per_art[g["article"]] += 1
        n += 1
        opt += bool(g["optional"])
        where = f"gold:{i} [{a['id']}] {g['quote'][:40]!r}"
        if g["published"] != a["published"]:
            bad(f"{where}: published {g['published']} != article {a['published']}")
        if g["published_inferred"] is not False:
            bad(f"{where}: published_inferred must be false")
        if not isinstance(g["optional"], bool):
            bad(f"{where}: optional not bool")
        text = a["text"]
        q = g["quote"]
        cnt = text.count(q)
        if cnt != 1:
            bad(f"{where}: quote occurs {cnt} times")
            continue
        s0 = text.index(q)
        sent = [sp for sp in sentences(text) if sp[0] <= s0 and s0 + len(q) <= sp[1]]
        if len(sent) != 1:
            bad(f"{where}: quote not inside one sentence")
            continue
        stext = text[sent[0][0]:sent[0][1]]
        if show:
            print(f"{a['id']} | {'OPT ' if g['optional'] else ''}{g['responsible']} {g['deadline']} | {stext}")
        if g["issuer"] not in ISSUERS:
            bad(f"{where}: issuer {g['issuer']!r}")
        for fld in ("responsible", "co_executors"):
            if not isinstance(g[fld], list):
                bad(f"{where}: {fld} not list")
                continue
            for b in g[fld]:
                if b not in bodies:
                    bad(f"{where}: {fld} {b!r} not a canonical name in bodies.json")
            if len(set(g[fld])) != len(g[fld]):
                bad(f"{where}: duplicate bodies in {fld}")
        if set(g["responsible"]) & set(g["co_executors"]):
            bad(f"{where}: body both responsible and co-executor")
        if not g["task"] or not g["task"].strip():
            bad(f"{where}: empty task")
        else:
            words = re.findall(r"[\wәғқңөұүһі-]+", g["task"].lower())
            low = text.lower()
            miss = [w for w in words if w[:5] not in low]
            if len(miss) > max(1, len(words) // 4):
                bad(f"{where}: task words not in text: {miss}")
        if g["deadline_granularity"] not in GRANS:
            bad(f"{where}: granularity {g['deadline_granularity']!r}")
        dl, dlt = g["deadline"], g["deadline_text"]
        if dl is not None:
            try:
                dt.date.fromisoformat(dl)
            except (TypeError, ValueError):
                bad(f"{where}: deadline not ISO: {dl!r}")
        if dlt is None:
            if dl is not None or g["deadline_granularity"] is not None:
                bad(f"{where}: deadline without deadline_text")
            continue
        if dlt not in stext:
            bad(f"{where}: deadline_text {dlt!r} not in the quote's sentence")
        try:
            rd, rg = resolve(dlt, dt.date.fromisoformat(a["published"]))
        except ValueError as e:
            bad(f"{where}: {e}")
            continue
        rd = rd.isoformat() if rd else None
        if (rd, rg) != (dl, g["deadline_granularity"]):
            bad(f"{where}: deadline {dl}/{g['deadline_granularity']} but {dlt!r} + {a['published']} gives {rd}/{rg}")
        if dl:
            with_dl += 1
            grans[rg] = grans.get(rg, 0) + 1

    for t, c in per_art.items():
        if c == 0:
            print(f"note: article without gold: {arts[t]['id']}")
    print(f"articles: {len(arts)}; gold: {n} ({n - opt} required, {opt} optional); "
          f"with deadline: {with_dl} {dict(sorted(grans.items(), key=lambda kv: str(kv[0])))}")
    if problems:
        print(f"{len(problems)} PROBLEM(S):")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
