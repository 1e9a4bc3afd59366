#!/usr/bin/env python3
"""Checker for validation_set13: structure, verbatim/unique quotes, canonical body names,
ISO dates, and an independent re-derivation of every deadline (spec §4) from
deadline_text + published."""
import calendar, datetime as dt, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BODIES = "/work/main/tracker/extraction/data/bodies.json"
REF_GOLD = "/work/shared/data/dev_gold.jsonl"

MON_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
           "сентября", "октября", "ноября", "декабря"]
MON_PREP = ["январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе",
            "сентябре", "октябре", "ноябре", "декабре"]
ORD_Q = {"первом": 1, "первого": 1, "i": 1, "втором": 2, "второго": 2, "ii": 2,
         "третьем": 3, "третьего": 3, "iii": 3, "четвертом": 4, "четвертого": 4, "четвёртом": 4, "iv": 4}
NUM = {"": 1, "один": 1, "одного": 1, "два": 2, "двух": 2, "три": 3, "трех": 3, "трёх": 3,
       "четырех": 4, "пяти": 5, "шести": 6, "десяти": 10, "десять": 10}
PREFIX_NUM = {"": 1, "одно": 1, "двух": 2, "трех": 3, "трёх": 3, "пяти": 5, "десяти": 10, "шести": 6}
WEEKDAYS = {"понедельника": 0, "вторника": 1, "среды": 2, "четверга": 3, "пятницы": 4,
            "субботы": 5, "воскресенья": 6}


def eom(y, m):
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def add_months(d, n):
    m0 = d.month - 1 + n
    y, m = d.year + m0 // 12, m0 % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def year_qualifier(t, pub):
    """Explicit year in the expression: returns (year, explicit?)."""
    m = re.search(r"(\d{4})\s*год", t)
    if m:
        return int(m.group(1)), True
    if "следующего года" in t:
        return pub.year + 1, True
    if "текущего года" in t or "этого года" in t:
        return pub.year, True
    return pub.year, False


def resolve(text, pub):
    """-> (iso date or None, granularity or None)."""
    t = text.lower().replace("ё", "е").strip()
    # 1. null deadlines
    if re.search(r"к началу|незамедлительно|в кратчайшие сроки|оперативно", t):
        return None, None
    # 2. weekday / week
    m = re.fullmatch(r"до (\w+)", t)
    if m and m.group(1) in WEEKDAYS:
        wd = WEEKDAYS[m.group(1)]
        delta = (wd - pub.weekday()) % 7 or 7
        return (pub + dt.timedelta(days=delta)).isoformat(), "day"
    if re.search(r"до конца (этой |текущей )?недели", t):
        return (pub + dt.timedelta(days=6 - pub.weekday())).isoformat(), "day"
    if "до конца следующей недели" in t:
        return (pub + dt.timedelta(days=13 - pub.weekday())).isoformat(), "day"
    # 3. periods from publication
    m = re.search(r"в течение (\d+|\w*)\s*(дней|дня|день|недель|недели|неделю|месяцев|месяца|месяц)\b", t)
    if m and not re.search(r"\d{4} года", t):
        n = int(m.group(1)) if m.group(1).isdigit() else NUM[m.group(1)]
        unit = m.group(2)
        if unit.startswith("д"):
            return (pub + dt.timedelta(days=n)).isoformat(), "day"
        if unit.startswith("нед"):
            return (pub + dt.timedelta(weeks=n)).isoformat(), "day"
        return add_months(pub, n).isoformat(), "day"
    m = re.search(r"в (\w*?)(дневный|недельный|месячный) срок", t)
    if m:
        n = PREFIX_NUM[m.group(1)]
        if m.group(2) == "дневный":
            return (pub + dt.timedelta(days=n)).isoformat(), "day"
        if m.group(2) == "недельный":
            return (pub + dt.timedelta(weeks=n)).isoformat(), "day"
        return add_months(pub, n).isoformat(), "day"
    # 4. explicit day + month
    m = re.search(r"(\d{1,2}) (" + "|".join(MON_GEN) + r")", t)
    if m:
        d = dt.date(pub.year, MON_GEN.index(m.group(2)) + 1, int(m.group(1)))
        y, explicit = year_qualifier(t, pub)
        if explicit:
            d = d.replace(year=y)
        elif d < pub:
            d = d.replace(year=pub.year + 1)
        return d.isoformat(), "day"
    # 5. quarters
    m = re.search(r"(\w+) квартал", t)
    if m and m.group(1) in ORD_Q:
        q = ORD_Q[m.group(1)]
        y, explicit = year_qualifier(t, pub)
        d = eom(y, 3 * q)
        if not explicit and d < pub:
            d = eom(y + 1, 3 * q)
        return d.isoformat(), "quarter"
    # 6. halves
    m = re.search(r"(первом|первого|втором|второго) полугоди", t)
    if m or "середин" in t:
        h = 2 if m and m.group(1).startswith("втор") else 1
        y, explicit = year_qualifier(t, pub)
        d = eom(y, 6 * h)
        if not explicit and d < pub:
            d = eom(y + 1, 6 * h)
        return d.isoformat(), "half"
    # 7. months
    if re.search(r"до конца (текущего |этого )?месяца", t):
        return eom(pub.year, pub.month).isoformat(), "month"
    if "до конца следующего месяца" in t:
        nm = add_months(pub.replace(day=1), 1)
        return eom(nm.year, nm.month).isoformat(), "month"
    m = re.search(r"(?:до конца|к концу|в|до) (" + "|".join(MON_GEN + MON_PREP) + r")\b", t)
    if m:
        w = m.group(1)
        mon = (MON_GEN.index(w) if w in MON_GEN else MON_PREP.index(w)) + 1
        y, explicit = year_qualifier(t, pub)
        d = eom(y, mon)
        if not explicit and d < pub:
            d = eom(y + 1, mon)
        return d.isoformat(), "month"
    # 8. years
    m = re.search(r"(\d{4})\s*[–-]\s*(\d{4})", t)
    if m:
        return dt.date(int(m.group(2)), 12, 31).isoformat(), "year"
    m = re.search(r"(\d{4})\s*год", t)
    if m:
        return dt.date(int(m.group(1)), 12, 31).isoformat(), "year"
    if re.search(r"следующ\w* год", t):
        return dt.date(pub.year + 1, 12, 31).isoformat(), "year"
    if re.search(r"(конца|концу) (текущего |этого )?года|в текущем году|в этом году", t):
        return dt.date(pub.year, 12, 31).isoformat(), "year"
    raise ValueError("unresolvable deadline_text: %r" % text)


SENT_BOUNDARY = re.compile(r"[.!?;]\s+[А-ЯЁA-Z«\"]")


def main():
    errors, warns = [], []
    bodies = json.load(open(BODIES, encoding="utf-8"))
    canon = {b["name"] for b in bodies}
    ref_keys = list(json.loads(open(REF_GOLD, encoding="utf-8").readline()).keys())

    arts = {}
    for i, line in enumerate(open(os.path.join(ROOT, "articles.jsonl"), encoding="utf-8"), 1):
        a = json.loads(line)
        if set(a) != {"id", "lang", "published", "title", "text"}:
            errors.append("article line %d: keys %s" % (i, sorted(a)))
        dt.date.fromisoformat(a["published"])
        if a["title"] in arts:
            errors.append("duplicate title %r" % a["title"])
        if a["lang"] != "ru":
            errors.append("lang %r" % a["lang"])
        arts[a["title"]] = a

    gold = [json.loads(l) for l in open(os.path.join(ROOT, "dev_gold.jsonl"), encoding="utf-8")]
    seen = set()
    for n, g in enumerate(gold, 1):
        tag = "gold %d (%s)" % (n, g.get("quote", "")[:40])
        if list(g.keys()) != ref_keys:
            errors.append("%s: keys %s != %s" % (tag, list(g.keys()), ref_keys))
            continue
        a = arts.get(g["article"])
        if a is None:
            errors.append("%s: unknown article" % tag); continue
        if g["published"] != a["published"]:
            errors.append("%s: published mismatch" % tag)
        pub = dt.date.fromisoformat(g["published"])
        text, q = a["text"], g["quote"]
        cnt = text.count(q)
        if cnt != 1:
            errors.append("%s: quote occurs %d times" % (tag, cnt))
        if "\n" in q or SENT_BOUNDARY.search(q):
            errors.append("%s: quote spans sentences" % tag)
        if (g["article"], q) in seen:
            errors.append("%s: duplicate quote" % tag)
        seen.add((g["article"], q))
        para = next((p for p in text.split("\n") if q in p), "")
        for f in ("responsible", "co_executors"):
            if not isinstance(g[f], list):
                errors.append("%s: %s not a list" % (tag, f))
            for b in g[f]:
                if b not in canon:
                    errors.append("%s: body %r not canonical" % (tag, b))
        if set(g["responsible"]) & set(g["co_executors"]):
            errors.append("%s: body both responsible and co-executor" % tag)
        if not g["task"] or not isinstance(g["optional"], bool) or g["published_inferred"] is not False:
            errors.append("%s: task/optional/published_inferred" % tag)
        # task words should come from the article
        tw = [w for w in re.findall(r"\w{5,}", g["task"].lower())]
        miss = [w for w in tw if w not in text.lower()]
        if miss:
            warns.append("%s: task words not in text: %s" % (tag, miss))
        # deadline checks
        dtxt, dl, gr = g["deadline_text"], g["deadline"], g["deadline_granularity"]
        if dl is not None:
            dt.date.fromisoformat(dl)
        if gr not in (None, "day", "month", "quarter", "half", "year"):
            errors.append("%s: granularity %r" % (tag, gr))
        if dtxt is None:
            if dl is not None or gr is not None:
                errors.append("%s: deadline without deadline_text" % tag)
            continue
        if dtxt not in para:
            errors.append("%s: deadline_text %r not in quote's paragraph" % (tag, dtxt))
        try:
            rd, rg = resolve(dtxt, pub)
        except Exception as e:  # noqa
            errors.append("%s: %s" % (tag, e)); continue
        if (rd, rg) != (dl, gr):
            errors.append("%s: deadline %s/%s but resolver says %s/%s from %r" % (tag, dl, gr, rd, rg, dtxt))

    # summary
    from collections import Counter
    req = sum(not g["optional"] for g in gold)
    print("articles: %d, gold: %d (required %d, optional %d)" % (len(arts), len(gold), req, len(gold) - req))
    print("granularity (required):", dict(Counter(g["deadline_granularity"] for g in gold if not g["optional"])))
    print("granularity (all):", dict(Counter(g["deadline_granularity"] for g in gold)))
    print("per article:", [sum(g["article"] == t for g in gold) for t in arts])
    for w in warns:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else "%d errors" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
