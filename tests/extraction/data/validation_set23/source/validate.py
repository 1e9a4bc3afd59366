#!/usr/bin/env python3
"""Checker for validation_set23 (Kazakh blind set).

Checks:
  * articles.jsonl: keys, unique ids/titles, ISO published dates, lang;
  * dev_gold.jsonl: same key order as /work/shared/data/dev_gold.jsonl;
    article title/published match an article; published_inferred false;
  * quote verbatim, unique in the article, inside ONE sentence;
  * deadline_text (if any) appears in the same sentence as the quote
    (warning only: spec allows the task to come from the previous sentence);
  * responsible / co_executors are canonical names of bodies.json;
  * deadline is ISO, granularity valid, and deadline re-derived from
    deadline_text + published per spec section 4 (Kazakh expressions);
  * optional is bool, task non-empty, issuer string or null;
  * task token overlap with the article (warning only).
Exit code 1 if any ERROR.
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

errors, warnings = [], []


def err(msg):
    errors.append(msg)


def warn(msg):
    warnings.append(msg)


# ------------------------------------------------------------ sentences
SENT_SPLIT = re.compile(r"(?<=[.!?…])\s+(?=[«\"“A-ZА-ЯЁӘІҢҒҮҰҚӨҺ0-9–—-])")


def sentences(text):
    out = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        out.extend(s for s in SENT_SPLIT.split(line) if s)
    return out


# ------------------------------------------------------------ deadlines
MONTHS = {  # stem -> month number (stems match nominative and case forms)
    "қаңтар": 1, "ақпан": 2, "наурыз": 3, "сәуір": 4, "мамыр": 5, "маусым": 6,
    "шілде": 7, "тамыз": 8, "қыркүйек": 9, "қазан": 10, "қараша": 11, "желтоқсан": 12,
}
MONTH_RE = "(" + "|".join(MONTHS) + ")"
ORD = {"бірінші": 1, "екінші": 2, "үшінші": 3, "төртінші": 4}
NUMW = {"бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7,
        "сегіз": 8, "тоғыз": 9, "он": 10}
WEEKDAYS = {"дүйсенбі": 0, "сейсенбі": 1, "сәрсенбі": 2, "бейсенбі": 3, "жұма": 4,
            "сенбі": 5, "жексенбі": 6}
NULL_EXPR = ("жедел", "дереу", "қысқа мерзімде", "жылыту маусымы", "мүмкіндігінше тез")


def eom(y, m):
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def add_months(d, n):
    m0 = d.month - 1 + n
    y, m = d.year + m0 // 12, m0 % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def num(tok):
    return int(tok) if tok.isdigit() else NUMW[tok]


def resolve(text, pub):
    """Return (deadline date or None, granularity or None) for a Kazakh
    deadline expression; raise ValueError if not understood."""
    t = text.lower().strip()
    y0 = pub.year
    if any(x in t for x in NULL_EXPR):
        return None, None
    # year ranges: 2029-2030 жылдары
    m = re.search(r"(\d{4})\s*[-–]\s*(\d{4}) жыл", t)
    if m:
        return dt.date(int(m.group(2)), 12, 31), "year"
    explicit_year = None
    m = re.search(r"(\d{4}) жыл", t)
    if m:
        explicit_year = int(m.group(1))
    next_year = "келесі жыл" in t
    current_year = "ағымдағы жыл" in t or "осы жыл" in t or "биылғы" in t
    # within N days/weeks/months
    m = re.search(r"(\d+|" + "|".join(NUMW) + r") (күн|апта|ай)(лық)? (ішінде|мерзімде)", t)
    if m:
        n, unit = num(m.group(1)), m.group(2)
        if unit == "күн":
            return pub + dt.timedelta(days=n), "day"
        if unit == "апта":
            return pub + dt.timedelta(weeks=n), "day"
        return add_months(pub, n), "day"
    # weekday: жұмаға дейін
    for w, wd in WEEKDAYS.items():
        if re.search(r"\b" + w + r"(ға|ге|қа|ке)? дейін", t):
            delta = (wd - pub.weekday()) % 7 or 7
            return pub + dt.timedelta(days=delta), "day"
    if "аптаның соңына" in t:
        base = pub + dt.timedelta(weeks=1) if "келесі апта" in t else pub
        return base + dt.timedelta(days=6 - base.weekday()), "day"
    # day + month: 1 наурызға дейін / 2026 жылғы 1 наурызға дейін
    m = re.search(r"(\d{1,2}) " + MONTH_RE, t)
    if m:
        d, mo = int(m.group(1)), MONTHS[m.group(2)]
        if explicit_year:
            return dt.date(explicit_year, mo, d), "day"
        if next_year:
            return dt.date(y0 + 1, mo, d), "day"
        cand = dt.date(y0, mo, d)
        if current_year or cand >= pub:
            return cand, "day"
        return dt.date(y0 + 1, mo, d), "day"
    # quarter
    m = re.search(r"(бірінші|екінші|үшінші|төртінші) тоқсан", t)
    if m:
        q = ORD[m.group(1)]
        y = explicit_year or (y0 + 1 if next_year else None)
        if y is None:
            y = y0 if eom(y0, 3 * q) >= pub or current_year else y0 + 1
        return eom(y, 3 * q), "quarter"
    # half
    m = re.search(r"(бірінші|екінші) жартыжылды", t)
    if m or "жыл ортасына" in t:
        h = ORD[m.group(1)] if m else 1
        y = explicit_year or (y0 + 1 if next_year else None)
        if y is None:
            y = y0 if eom(y0, 6 * h) >= pub or current_year else y0 + 1
        return eom(y, 6 * h), "half"
    # month: наурыз айында / қаңтар айының соңына дейін
    m = re.search(MONTH_RE + r" ай", t)
    if m:
        mo = MONTHS[m.group(1)]
        y = explicit_year or (y0 + 1 if next_year else None)
        if y is None:
            y = y0 if eom(y0, mo) >= pub or current_year else y0 + 1
        return eom(y, mo), "month"
    # year
    if explicit_year:
        return dt.date(explicit_year, 12, 31), "year"
    if next_year:
        return dt.date(y0 + 1, 12, 31), "year"
    if "жыл соңына" in t or "жылдың соңына" in t or "биыл" in t or current_year:
        return dt.date(y0, 12, 31), "year"
    raise ValueError(f"unparsed deadline_text: {text!r}")


# ------------------------------------------------------------ helpers
def iso(s):
    try:
        return dt.date.fromisoformat(s)
    except Exception:
        return None


TOK = re.compile(r"[\wәіңғүұқөһ-]+", re.I)


def main():
    bodies = json.load(open(BODIES, encoding="utf-8"))
    canon = {b["name"] for b in bodies}
    shared_keys = list(json.loads(open(SHARED_GOLD, encoding="utf-8").readline()).keys())

    arts = {}
    ids = set()
    for i, line in enumerate(open(os.path.join(ROOT, "articles.jsonl"), encoding="utf-8"), 1):
        a = json.loads(line)
        if list(a.keys()) != ["id", "lang", "published", "title", "text"]:
            err(f"articles:{i}: keys {list(a.keys())}")
        if a["id"] in ids:
            err(f"articles:{i}: duplicate id {a['id']}")
        ids.add(a["id"])
        if a["title"] in arts:
            err(f"articles:{i}: duplicate title")
        if not iso(a["published"]):
            err(f"articles:{i}: bad published {a['published']}")
        if a["lang"] != "kk":
            err(f"articles:{i}: lang {a['lang']}")
        for s in sentences(a["text"]):
            if len(s) > 400:
                warn(f"{a['id']}: very long sentence ({len(s)} chars)")
        arts[a["title"]] = a

    per_article = {t: 0 for t in arts}
    opt = 0
    seen_quotes = set()
    for i, line in enumerate(open(os.path.join(ROOT, "dev_gold.jsonl"), encoding="utf-8"), 1):
        g = json.loads(line)
        where = f"gold:{i}"
        if list(g.keys()) != shared_keys:
            err(f"{where}: key order {list(g.keys())} != {shared_keys}")
            continue
        a = arts.get(g["article"])
        if not a:
            err(f"{where}: unknown article {g['article']!r}")
            continue
        where = f"gold:{i} [{a['id']}]"
        per_article[g["article"]] += 1
        if g["published"] != a["published"]:
            err(f"{where}: published mismatch")
        if g["published_inferred"] is not False:
            err(f"{where}: published_inferred must be false")
        if not isinstance(g["optional"], bool):
            err(f"{where}: optional not bool")
        opt += g["optional"]
        if not (g["issuer"] is None or isinstance(g["issuer"], str)):
            err(f"{where}: issuer type")
        if not g["task"] or not isinstance(g["task"], str):
            err(f"{where}: empty task")
        q = g["quote"]
        if (a["id"], q) in seen_quotes:
            err(f"{where}: duplicate quote")
        seen_quotes.add((a["id"], q))
        cnt = a["text"].count(q)
        if cnt != 1:
            err(f"{where}: quote occurs {cnt} times: {q!r}")
        sents = [s for s in sentences(a["text"]) if q in s]
        if len(sents) != 1:
            err(f"{where}: quote not inside exactly one sentence: {q!r}")
        sent = sents[0] if sents else ""
        for fld in ("responsible", "co_executors"):
            if not isinstance(g[fld], list):
                err(f"{where}: {fld} not list")
                continue
            for b in g[fld]:
                if b not in canon:
                    err(f"{where}: {fld} {b!r} not a canonical body")
        if set(g["responsible"]) & set(g["co_executors"]):
            err(f"{where}: body both responsible and co-executor")
        # deadline
        pub = iso(a["published"])
        dl, dtxt, gran = g["deadline"], g["deadline_text"], g["deadline_granularity"]
        if gran not in (None, "day", "month", "quarter", "half", "year"):
            err(f"{where}: bad granularity {gran}")
        if dl is not None and not iso(dl):
            err(f"{where}: bad deadline {dl}")
        if dtxt is None:
            if dl is not None or gran is not None:
                err(f"{where}: deadline without deadline_text")
        else:
            if dtxt not in a["text"]:
                err(f"{where}: deadline_text not in article: {dtxt!r}")
            elif dtxt not in sent:
                warn(f"{where}: deadline_text not in the quote's sentence: {dtxt!r}")
            try:
                rd, rg = resolve(dtxt, pub)
            except ValueError as e:
                err(f"{where}: {e}")
            else:
                exp = rd.isoformat() if rd else None
                if exp != dl or rg != gran:
                    err(f"{where}: deadline {dl}/{gran} but {dtxt!r} + {pub} -> {exp}/{rg}")
        # task overlap (soft)
        tt = set(w.lower() for w in TOK.findall(g["task"]))
        at = set(w.lower() for w in TOK.findall(a["text"]))
        if tt and len(tt & at) / len(tt) < 0.6:
            warn(f"{where}: task has low overlap with the article: {g['task']!r}")

    # summary
    n_art = len(arts)
    mand = {t: 0 for t in arts}
    for line in open(os.path.join(ROOT, "dev_gold.jsonl"), encoding="utf-8"):
        g = json.loads(line)
        if not g["optional"] and g["article"] in mand:
            mand[g["article"]] += 1
    zero = sum(1 for v in mand.values() if v == 0)
    few = sum(1 for v in mand.values() if 1 <= v <= 2)
    many = sum(1 for v in mand.values() if v >= 3)
    total = sum(per_article.values())
    print(f"articles: {n_art}; gold rows: {total} ({total - opt} mandatory, {opt} optional)")
    print(f"articles by mandatory directives: 0 -> {zero}, 1-2 -> {few}, 3+ -> {many}")
    for w in warnings:
        print("WARN ", w)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
