#!/usr/bin/env python3
"""Checker for validation_set16.

Checks: JSON shape and key order (same as /work/shared/data/dev_gold.jsonl), ISO dates,
quote verbatim + unique in its article + inside one sentence, deadline_text inside the
quote's sentence, canonical body names in bodies.json, and re-derives every deadline
from deadline_text + published with a small resolver following spec section 4.
Exit code 1 on any problem.
"""
import calendar, datetime as dt, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BODIES = "/work/main/tracker/extraction/data/bodies.json"
REF_GOLD = "/work/shared/data/dev_gold.jsonl"

MONTHS = {  # stems: genitive / prepositional / nominative
    1: "январ", 2: "феврал", 3: "март", 4: "апрел", 5: "ма", 6: "июн",
    7: "июл", 8: "август", 9: "сентябр", 10: "октябр", 11: "ноябр", 12: "декабр"}
MONTH_RE = r"(январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[йяе]|июн[ья]|июл[ья]|августа?|сентябр[ья]|октябр[ья]|ноябр[ья]|декабр[ья]|мае|январе|феврале|марте|апреле|июне|июле|августе|сентябре|октябре|ноябре|декабре)"
ORD = {"первого": 1, "первом": 1, "i": 1, "1": 1, "второго": 2, "втором": 2, "ii": 2, "2": 2,
       "третьего": 3, "третьем": 3, "iii": 3, "3": 3, "четвертого": 4, "четвертом": 4,
       "четвёртого": 4, "четвёртом": 4, "iv": 4, "4": 4}
NUMW = {"один": 1, "одного": 1, "двух": 2, "трех": 3, "трёх": 3, "пяти": 5, "десяти": 10, "семи": 7}
WEEKDAYS = {"понедельника": 0, "вторника": 1, "среды": 2, "четверга": 3, "пятницы": 4,
            "субботы": 5, "воскресенья": 6}
NULL_TEXTS = ("ежедневно", "еженедельно", "ежемесячно", "ежеквартально", "ежегодно", "ежедекадно",
              "до начала", "к началу", "в кратчайшие сроки", "оперативно", "незамедлительно")


def month_num(word):
    w = word.lower()
    if w.startswith("ма") and not w.startswith("март"):
        return 5
    for n, stem in MONTHS.items():
        if n != 5 and w.startswith(stem):
            return n
    raise ValueError(word)


def last_day(y, m):
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def resolve(text, pub):
    """Return (iso_date or None, granularity or None) for a Russian deadline expression."""
    if text is None:
        return None, None
    t = text.lower().replace("ё", "е").strip()
    if any(t.startswith(p) for p in NULL_TEXTS):
        return None, None
    # explicit day + month (+ year / текущего года)
    m = re.search(r"(?:до|не позднее|в срок до|к)\s+(\d{1,2})\s+" + MONTH_RE + r"(?:\s+(\d{4})\s+года)?(\s+текущего года)?", t)
    if m:
        day, mon = int(m.group(1)), month_num(m.group(2))
        if m.group(3):
            return dt.date(int(m.group(3)), mon, day).isoformat(), "day"
        d = dt.date(pub.year, mon, day)
        if not m.group(4) and d < pub:
            d = dt.date(pub.year + 1, mon, day)
        return d.isoformat(), "day"
    # periods
    m = re.search(r"в течение\s+(\d+|\w+)\s+(дн|недел|месяц)", t)
    if m or re.search(r"в течение (месяца|недели)", t):
        if m:
            n = int(m.group(1)) if m.group(1).isdigit() else NUMW[m.group(1)]
            unit = m.group(2)
        else:
            n, unit = 1, ("месяц" if "месяц" in t else "недел")
        if unit == "дн":
            return (pub + dt.timedelta(days=n)).isoformat(), "day"
        if unit == "недел":
            return (pub + dt.timedelta(weeks=n)).isoformat(), "day"
        return add_months(pub, n).isoformat(), "day"
    for pat, delta in ((r"недельный срок", 7), (r"двухнедельный срок", 14), (r"десятидневный срок", 10)):
        if re.search(r"в " + pat, t):
            return (pub + dt.timedelta(days=delta)).isoformat(), "day"
    if re.search(r"в месячный срок", t):
        return add_months(pub, 1).isoformat(), "day"
    # weekday / week
    m = re.search(r"до (понедельника|вторника|среды|четверга|пятницы|субботы|воскресенья)", t)
    if m:
        wd = WEEKDAYS[m.group(1)]
        delta = (wd - pub.weekday()) % 7 or 7
        return (pub + dt.timedelta(days=delta)).isoformat(), "day"
    if re.search(r"до конца (этой |текущей )?недели", t):
        return (pub + dt.timedelta(days=6 - pub.weekday())).isoformat(), "day"
    if re.search(r"до конца следующей недели", t):
        return (pub + dt.timedelta(days=13 - pub.weekday())).isoformat(), "day"
    # year
    if re.search(r"до конца следующего года", t):
        return dt.date(pub.year + 1, 12, 31).isoformat(), "year"
    m = re.search(r"(?:до конца|в|к|до)\s+(\d{4})\s+(?:года|году)", t)
    if m and "квартал" not in t and "полугод" not in t:
        return dt.date(int(m.group(1)), 12, 31).isoformat(), "year"
    m = re.search(r"в\s+(\d{4})[-–](\d{4})\s+годах", t)
    if m:
        return dt.date(int(m.group(2)), 12, 31).isoformat(), "year"
    if re.search(r"до конца (текущего )?года|в текущем году|в этом году", t):
        return dt.date(pub.year, 12, 31).isoformat(), "year"
    # quarter
    m = re.search(r"(первого|первом|второго|втором|третьего|третьем|четвертого|четвертом|iv|iii|ii|i)\s+квартал\w*(?:\s+(\d{4})\s+года)?", t)
    if m:
        q = ORD[m.group(1)]
        y = int(m.group(2)) if m.group(2) else pub.year
        d = last_day(y, 3 * q)
        if not m.group(2) and d < pub:
            d = last_day(y + 1, 3 * q)
        return d.isoformat(), "quarter"
    # half
    m = re.search(r"(первого|первом|второго|втором)\s+полугоди\w*(?:\s+(\d{4})\s+года)?", t)
    if m:
        h = ORD[m.group(1)]
        y = int(m.group(2)) if m.group(2) else pub.year
        if "следующего года" in t:
            y = pub.year + 1
        d = last_day(y, 6 * h)
        if not m.group(2) and d < pub:
            d = last_day(y + 1, 6 * h)
        return d.isoformat(), "half"
    # month
    if re.search(r"до конца (текущего |этого )?месяца", t):
        return last_day(pub.year, pub.month).isoformat(), "month"
    m = re.search(r"в период с \w+ по " + MONTH_RE, t)  # month range: end of range
    if not m:
        m = re.search(r"(?:до конца|в|к концу)\s+" + MONTH_RE + r"(?:\s+(\d{4})\s+года)?", t)
    if m:
        mon = month_num(m.group(1))
        y = int(m.group(2)) if (m.lastindex or 0) >= 2 and m.group(2) else pub.year
        d = last_day(y, mon)
        if not ((m.lastindex or 0) >= 2 and m.group(2)) and d < pub:
            d = last_day(y + 1, mon)
        return d.isoformat(), "month"
    raise ValueError("unresolvable deadline_text: %r" % text)


# ------------------------------------------------------------------ sentences
SPLIT = re.compile(r"(?<=[.!?…])(?:[»\"]?)\s+(?=[«\"–—(]?\s*[А-ЯЁA-Z0-9])")


def sentences(text):
    out = []
    for para in text.split("\n"):
        pos = 0
        for m in SPLIT.finditer(para):
            out.append(para[pos:m.start()].strip())
            pos = m.end()
        out.append(para[pos:].strip())
    return [s for s in out if s]


def self_test():
    pub = dt.date(2025, 12, 22)
    cases = [("до 15 января", "2026-01-15"), ("до конца января", "2026-01-31"), ("в срок до 25 декабря", "2025-12-25"),
             ("до 1 октября текущего года", "2025-10-01"), ("в течение месяца", "2026-01-22"),
             ("в первом квартале", "2026-03-31"), ("в IV квартале", "2025-12-31"), ("до пятницы", "2025-12-26"),
             ("до конца недели", "2025-12-28"), ("к 2030 году", "2030-12-31"), ("до конца следующего года", "2026-12-31"),
             ("в первом полугодии", "2026-06-30"), ("не позднее 10 января 2026 года", "2026-01-10"),
             ("в течение 10 дней", "2026-01-01"), ("до конца месяца", "2025-12-31"), ("ежемесячно", None)]
    bad = 0
    for txt, exp in cases:
        got = resolve(txt, pub)[0]
        if got != exp:
            print("SELFTEST FAIL", txt, got, exp)
            bad += 1
    return bad


def main():
    problems = []
    bad = self_test()
    if bad:
        problems.append("resolver self-test failed")
    bodies = json.load(open(BODIES, encoding="utf-8"))
    canon = {b["name"] for b in bodies}
    ref_keys = list(json.loads(open(REF_GOLD, encoding="utf-8").readline()).keys())
    arts = {}
    ids = set()
    for i, line in enumerate(open(os.path.join(ROOT, "articles.jsonl"), encoding="utf-8"), 1):
        a = json.loads(line)
        if list(a.keys()) != ["id", "lang", "published", "title", "text"]:
            problems.append(f"articles:{i} keys {list(a.keys())}")
        dt.date.fromisoformat(a["published"])
        if a["title"] in arts:
            problems.append(f"articles:{i} duplicate title")
        if a["id"] in ids:
            problems.append(f"articles:{i} duplicate id")
        ids.add(a["id"])
        arts[a["title"]] = a
    seen_quotes = set()
    per_art = {t: 0 for t in arts}
    for i, line in enumerate(open(os.path.join(ROOT, "dev_gold.jsonl"), encoding="utf-8"), 1):
        g = json.loads(line)
        where = f"gold:{i}"
        if list(g.keys()) != ref_keys:
            problems.append(f"{where} key order {list(g.keys())}")
        a = arts.get(g["article"])
        if not a:
            problems.append(f"{where} unknown article {g['article']!r}")
            continue
        per_art[g["article"]] += 1
        if g["published"] != a["published"]:
            problems.append(f"{where} published mismatch")
        pub = dt.date.fromisoformat(g["published"])
        if g["published_inferred"] is not False:
            problems.append(f"{where} published_inferred should be false")
        q = g["quote"]
        n = a["text"].count(q)
        if n != 1:
            problems.append(f"{where} quote occurs {n} times: {q!r}")
        sents = [s for s in sentences(a["text"]) if q in s]
        if len(sents) != 1:
            problems.append(f"{where} quote not inside exactly one sentence ({len(sents)}): {q!r}")
            sent = ""
        else:
            sent = sents[0]
        if (g["article"], q) in seen_quotes:
            problems.append(f"{where} duplicate quote")
        seen_quotes.add((g["article"], q))
        for f in ("responsible", "co_executors"):
            if not isinstance(g[f], list):
                problems.append(f"{where} {f} not list")
            for b in g[f]:
                if b not in canon:
                    problems.append(f"{where} {f} body not canonical: {b!r}")
            if len(set(g[f])) != len(g[f]):
                problems.append(f"{where} {f} duplicates")
        if set(g["responsible"]) & set(g["co_executors"]):
            problems.append(f"{where} body both responsible and co-executor")
        if not isinstance(g["optional"], bool):
            problems.append(f"{where} optional not bool")
        if not g["task"] or not isinstance(g["task"], str):
            problems.append(f"{where} empty task")
        if g["deadline_granularity"] not in (None, "day", "month", "quarter", "half", "year"):
            problems.append(f"{where} bad granularity")
        if g["deadline"] is not None:
            try:
                dt.date.fromisoformat(g["deadline"])
            except ValueError:
                problems.append(f"{where} deadline not ISO")
            if g["deadline_text"] is None or g["deadline_granularity"] is None:
                problems.append(f"{where} deadline without text/granularity")
        elif g["deadline_granularity"] is not None:
            problems.append(f"{where} granularity without deadline")
        if g["deadline_text"] is not None:
            if sent and g["deadline_text"] not in sent:
                problems.append(f"{where} deadline_text not in sentence: {g['deadline_text']!r}")
            try:
                d, gran = resolve(g["deadline_text"], pub)
            except ValueError as e:
                problems.append(f"{where} {e}")
                continue
            if (d, gran) != (g["deadline"], g["deadline_granularity"]):
                problems.append(f"{where} deadline {g['deadline']}/{g['deadline_granularity']} != resolved {d}/{gran} from {g['deadline_text']!r}")
    for t, n in per_art.items():
        if n == 0:
            print("note: article without gold directives:", t)
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(arts)} articles, {sum(per_art.values())} gold rows, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
