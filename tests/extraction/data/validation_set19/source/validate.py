#!/usr/bin/env python3
"""Checker for validation set 19.
 - articles.jsonl: keys, ISO published, unique ids/titles
 - dev_gold.jsonl: key order identical to /work/shared/data/dev_gold.jsonl,
   article/published match an article, quote verbatim + unique in the text + inside one sentence,
   responsible/co_executors are canonical names in bodies.json,
   deadline ISO, deadline re-derived from deadline_text + published (spec section 4),
   granularity consistent, deadline_text occurs in the quote's sentence.
Exit code 1 on any error."""
import json, re, sys, os, calendar, datetime as dt

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BODIES = "/work/main/tracker/extraction/data/bodies.json"
REF_GOLD = "/work/shared/data/dev_gold.jsonl"

MONTHS = {"январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7, "август": 8,
          "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12}
MONTH_RE = r"(январ[яеь]|феврал[яеь]|марта?|марте|апрел[яеь]|ма[яей]|июн[яеь]|июл[яеь]|августа?|августе|сентябр[яеь]|октябр[яеь]|ноябр[яеь]|декабр[яеь])"
ORD = {"перв": 1, "втор": 2, "трет": 3, "четв": 4}
NUMW = {"одн": 1, "дв": 2, "тр": 3, "четыр": 4, "пят": 5, "шест": 6, "сем": 7, "восем": 8, "девят": 9, "десят": 10}
WEEKDAYS = {"понедельник": 0, "вторник": 1, "сред": 2, "четверг": 3, "пятниц": 4, "суббот": 5, "воскресень": 6}


def month_no(w):
    w = w.lower()
    for k in sorted(MONTHS, key=len, reverse=True):
        if w.startswith(k):
            return MONTHS[k]
    raise ValueError(w)


def numword(w):
    if w.isdigit():
        return int(w)
    for k in sorted(NUMW, key=len, reverse=True):
        if w.startswith(k):
            return NUMW[k]
    if w in ("", None):
        return 1
    raise ValueError(w)


def add_months(d, n):
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def eom(y, m):
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def resolve(text, pub):
    """-> (date|None, granularity|None) following spec section 4 (Russian forms)."""
    if not text:
        return None, None
    t = text.lower().strip()
    y = pub.year
    yr = re.search(r"(\d{4})\s*(?:года|году|годов|годах|г\.)", t)
    named_year = int(yr.group(1)) if yr else None
    if "следующего года" in t:
        named_year = y + 1
    cur = "текущего года" in t or "этого года" in t or "этом году" in t
    # range of years
    m = re.search(r"(\d{4})\s*[–-]\s*(\d{4})", t)
    if m:
        return dt.date(int(m.group(2)), 12, 31), "year"
    # day + month
    m = re.search(r"(\d{1,2})\s+" + MONTH_RE, t)
    if m:
        d = dt.date(named_year or y, month_no(m.group(2)), int(m.group(1)))
        if named_year is None and not cur and d < pub:
            d = dt.date(y + 1, d.month, d.day)
        return d, "day"
    # durations
    m = re.search(r"в\s+(\w*?)(недельный|месячный|дневный)\s+срок", t)
    if m:
        n = numword(m.group(1).replace("х", "").strip()) if m.group(1) else 1
        if m.group(2) == "недельный":
            return pub + dt.timedelta(weeks=n), "day"
        if m.group(2) == "дневный":
            return pub + dt.timedelta(days=n), "day"
        return add_months(pub, n), "day"
    m = re.search(r"в течение\s+(\w+\s+)?(дн|недел|месяц)", t)
    if m:
        n = numword(m.group(1).strip()) if m.group(1) else 1
        unit = m.group(2)
        if unit == "дн":
            return pub + dt.timedelta(days=n), "day"
        if unit == "недел":
            return pub + dt.timedelta(weeks=n), "day"
        return add_months(pub, n), "day"
    # week end / weekday
    if re.search(r"до конца (этой |текущей )?недели", t):
        return pub + dt.timedelta(days=6 - pub.weekday()), "day"
    if "до конца следующей недели" in t:
        return pub + dt.timedelta(days=13 - pub.weekday()), "day"
    for k, wd in WEEKDAYS.items():
        if re.search(r"(до|к)\s+" + k, t):
            delta = (wd - pub.weekday()) % 7 or 7
            return pub + dt.timedelta(days=delta), "day"
    # quarter
    m = re.search(r"(перв|втор|трет|четв)\w*\s+квартал", t)
    if m:
        q = ORD[m.group(1)]
        d = eom(named_year or y, q * 3)
        if named_year is None and not cur and d < pub:
            d = eom(y + 1, q * 3)
        return d, "quarter"
    # half
    m = re.search(r"(перв|втор)\w*\s+полугоди", t)
    if m or "середин" in t:
        h = ORD[m.group(1)] if m else 1
        d = dt.date(named_year or y, 6, 30) if h == 1 else dt.date(named_year or y, 12, 31)
        if named_year is None and not cur and d < pub:
            d = dt.date(d.year + 1, d.month, d.day)
        return d, "half"
    # month alone
    m = re.search(r"(?:в|до конца|к концу|до)\s+" + MONTH_RE, t)
    if m:
        mo = month_no(m.group(1))
        d = eom(named_year or y, mo)
        if named_year is None and not cur and d < pub:
            d = eom(y + 1, mo)
        return d, "month"
    # years
    if re.search(r"до конца (текущего |этого )?года", t) or cur or re.search(r"в (текущем|этом) году", t):
        return dt.date(named_year or y, 12, 31), "year"
    if named_year:
        return dt.date(named_year, 12, 31), "year"
    return None, None


def split_sentences(text):
    out = []
    for para in text.split("\n"):
        for s in re.split(r"(?<=[.!?…])\s+(?=[«\"„–—\-A-ZА-ЯЁ0-9])", para):
            if s.strip():
                out.append(s)
    return out


def main():
    errs, warns = [], []
    bodies = json.load(open(BODIES, encoding="utf-8"))
    canon = {b["name"] for b in bodies}
    ref_keys = list(json.loads(open(REF_GOLD, encoding="utf-8").readline()).keys())

    arts = {}
    ids = set()
    for i, line in enumerate(open(os.path.join(HERE, "articles.jsonl"), encoding="utf-8"), 1):
        a = json.loads(line)
        if list(a.keys()) != ["id", "lang", "published", "title", "text"]:
            errs.append(f"articles:{i} keys {list(a.keys())}")
        dt.date.fromisoformat(a["published"])
        if a["id"] in ids or a["title"] in arts:
            errs.append(f"articles:{i} duplicate id/title")
        ids.add(a["id"]); arts[a["title"]] = a

    counts = {"required": 0, "optional": 0}
    gran = {}
    per_art = {t: 0 for t in arts}
    for i, line in enumerate(open(os.path.join(HERE, "dev_gold.jsonl"), encoding="utf-8"), 1):
        g = json.loads(line)
        tag = f"gold:{i} [{g.get('quote')}]"
        if list(g.keys()) != ref_keys:
            errs.append(f"{tag} key order {list(g.keys())}")
        a = arts.get(g["article"])
        if not a:
            errs.append(f"{tag} unknown article"); continue
        per_art[g["article"]] += 1
        if g["published"] != a["published"]:
            errs.append(f"{tag} published mismatch")
        if g["published_inferred"] is not False:
            errs.append(f"{tag} published_inferred")
        text, q = a["text"], g["quote"]
        n = text.count(q)
        if n != 1:
            errs.append(f"{tag} quote occurs {n} times in text")
        if q in a["title"]:
            warns.append(f"{tag} quote also in title")
        sents = [s for s in split_sentences(text) if q in s]
        if len(sents) != 1:
            errs.append(f"{tag} quote not inside exactly one sentence ({len(sents)})")
        sent = sents[0] if sents else ""
        if not isinstance(g["optional"], bool):
            errs.append(f"{tag} optional not bool")
        counts["optional" if g["optional"] else "required"] += 1
        for fld in ("responsible", "co_executors"):
            for b in g[fld]:
                if b not in canon:
                    errs.append(f"{tag} {fld} '{b}' not canonical")
        if not g["task"] or not isinstance(g["task"], str):
            errs.append(f"{tag} empty task")
        pub = dt.date.fromisoformat(g["published"])
        if g["deadline"] is not None:
            try:
                dt.date.fromisoformat(g["deadline"])
            except ValueError:
                errs.append(f"{tag} deadline not ISO")
        if g["deadline_text"] is not None:
            # the deadline text must come from the directive's sentence (or the list item it sits in)
            if g["deadline_text"] not in sent and g["deadline_text"].lower() not in sent.lower():
                errs.append(f"{tag} deadline_text not in quote sentence")
        d, gr = resolve(g["deadline_text"], pub)
        want = d.isoformat() if d else None
        if want != g["deadline"] or gr != g["deadline_granularity"]:
            errs.append(f"{tag} deadline {g['deadline']}/{g['deadline_granularity']} but re-derived {want}/{gr} from '{g['deadline_text']}'")
        if (g["deadline"] is None) != (g["deadline_granularity"] is None):
            errs.append(f"{tag} deadline/granularity null mismatch")
        gran[g["deadline_granularity"]] = gran.get(g["deadline_granularity"], 0) + 1

    for w in warns:
        print("WARN", w)
    for e in errs:
        print("ERROR", e)
    print(f"articles={len(arts)} directives={sum(counts.values())} {counts}")
    print("granularity:", {str(k): v for k, v in sorted(gran.items(), key=lambda kv: str(kv[0]))})
    print("articles without directives:", [t for t, c in per_art.items() if c == 0])
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
