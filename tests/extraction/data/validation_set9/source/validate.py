#!/usr/bin/env python3
"""Checks validation_set9 gold against its articles and spec §4.

* every gold row's article title exists and its published date matches;
* quote occurs exactly once in the article text and inside one sentence;
* responsible / co_executors are canonical names from bodies.json;
* deadline == resolve(deadline_text, published) by an independent tiny resolver
  of the Russian expressions used in this set (spec §4).
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

MONTHS = {  # genitive / prepositional / nominative stems
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7,
    "август": 8, "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
}
MONTH_RE = r"(январ[ья]|феврал[ья]|марта?|марте|апрел[ья]|мая|мае|май|июн[ья]|июл[ья]|августа?|августе|сентябр[ья]|октябр[ья]|ноябр[ья]|декабр[ья]|январе|феврале|апреле|июне|июле|сентябре|октябре|ноябре|декабре)"
ORD = {"первого": 1, "второго": 2, "третьего": 3, "четвертого": 4, "четвёртого": 4,
       "I": 1, "II": 2, "III": 3, "IV": 4}
NUM = {"одного": 1, "двух": 2, "трех": 3, "трёх": 3, "четырех": 4, "пяти": 5, "десяти": 10}


def month_no(word):
    w = word.lower()
    for stem in sorted(MONTHS, key=len, reverse=True):
        if w.startswith(stem):
            return MONTHS[stem]
    raise ValueError(word)


def last_day(y, m):
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def resolve(text, pub):
    """Return (iso or None, granularity or None)."""
    if text is None:
        return None, None
    t = text.strip()
    y = pub.year
    # ranges / explicit years
    m = re.fullmatch(r"в (\d{4})[–-](\d{4}) годах", t)
    if m:
        return last_day(int(m.group(2)), 12).isoformat(), "year"
    m = re.fullmatch(r"(?:к|до конца|в|до) (\d{4}) (?:году|года)", t)
    if m:
        return last_day(int(m.group(1)), 12).isoformat(), "year"
    if t in ("до конца года", "до конца текущего года", "в текущем году", "в этом году"):
        return last_day(y, 12).isoformat(), "year"
    if t == "до конца следующего года":
        return last_day(y + 1, 12).isoformat(), "year"
    # quarters
    m = re.fullmatch(r"(?:до конца|в) (первого|второго|третьего|четвертого|четвёртого|I|II|III|IV) квартал[ае]( следующего года| (\d{4}) года| текущего года)?", t)
    if m:
        q = ORD[m.group(1)]
        if m.group(2) and "следующего" in m.group(2):
            qy = y + 1
        elif m.group(3):
            qy = int(m.group(3))
        else:
            qy = y
            if last_day(y, 3 * q) < pub and not m.group(2):
                qy = y + 1
        return last_day(qy, 3 * q).isoformat(), "quarter"
    # halves
    m = re.fullmatch(r"(?:в|во) (первом|втором) полугодии( (\d{4}) года| следующего года)?", t)
    if m:
        mm = 6 if m.group(1) == "первом" else 12
        if m.group(3):
            hy = int(m.group(3))
        elif m.group(2):
            hy = y + 1
        else:
            hy = y if last_day(y, mm) >= pub else y + 1
        return last_day(hy, mm).isoformat(), "half"
    # month end
    m = re.fullmatch(r"(?:до конца|в) " + MONTH_RE + r"( (\d{4}) года| текущего года)?", t)
    if m:
        mo = month_no(m.group(1))
        if m.group(3):
            my = int(m.group(3))
        elif m.group(2):
            my = y
        else:
            my = y if last_day(y, mo) >= pub else y + 1
        return last_day(my, mo).isoformat(), "month"
    # day dates
    m = re.fullmatch(r"(?:до|не позднее) (\d{1,2}) " + MONTH_RE + r"( (\d{4}) года| текущего года)?", t)
    if m:
        d, mo = int(m.group(1)), month_no(m.group(2))
        if m.group(4):
            return dt.date(int(m.group(4)), mo, d).isoformat(), "day"
        if m.group(3):
            return dt.date(y, mo, d).isoformat(), "day"
        cand = dt.date(y, mo, d)
        if cand < pub:
            cand = dt.date(y + 1, mo, d)
        return cand.isoformat(), "day"
    # periods
    if t == "в двухнедельный срок":
        return (pub + dt.timedelta(days=14)).isoformat(), "day"
    m = re.fullmatch(r"в течение (?:(\d+|одного|двух|трех|трёх|пяти|десяти) )?(дней|дня|недели|недель|месяца|месяцев|года|лет)", t)
    if m:
        n = m.group(1)
        n = 1 if n is None else (int(n) if n.isdigit() else NUM[n])
        unit = m.group(2)
        if unit.startswith("д"):
            return (pub + dt.timedelta(days=n)).isoformat(), "day"
        if unit.startswith("недел"):
            return (pub + dt.timedelta(weeks=n)).isoformat(), "day"
        if unit.startswith("месяц"):
            return add_months(pub, n).isoformat(), "day"
        return add_months(pub, 12 * n).isoformat(), "day"
    if t == "до пятницы":
        delta = (4 - pub.weekday()) % 7 or 7
        return (pub + dt.timedelta(days=delta)).isoformat(), "day"
    if t == "до конца недели":
        return (pub + dt.timedelta(days=6 - pub.weekday())).isoformat(), "day"
    if t == "до конца следующей недели":
        return (pub + dt.timedelta(days=13 - pub.weekday())).isoformat(), "day"
    # vague
    if t in ("оперативно", "в кратчайшие сроки") or t.startswith("до начала"):
        return None, None
    raise ValueError("unresolved deadline text: %r" % t)


SENT_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[«–А-ЯЁA-Z0-9])|(?<=[.!?]»)\s+")


def sentences(text):
    out = []
    for line in text.split("\n"):
        out.extend(s for s in SENT_SPLIT.split(line) if s.strip())
    return out


def main():
    canon = {b["name"] for b in json.load(open(BODIES, encoding="utf-8"))}
    arts = [json.loads(l) for l in open(os.path.join(ROOT, "articles.jsonl"), encoding="utf-8")]
    gold = [json.loads(l) for l in open(os.path.join(ROOT, "dev_gold.jsonl"), encoding="utf-8")]
    by_title = {a["title"]: a for a in arts}
    assert len(by_title) == len(arts), "duplicate titles"
    keys = ["article", "published", "published_inferred", "quote", "optional", "issuer", "responsible",
            "co_executors", "task", "deadline", "deadline_text", "deadline_granularity"]
    errors = 0
    for g in gold:
        assert list(g) == keys, g
        a = by_title.get(g["article"])
        if a is None or a["published"] != g["published"]:
            print("BAD ARTICLE", g["article"]); errors += 1; continue
        q = g["quote"]
        n = a["text"].count(q)
        if n != 1:
            print("QUOTE COUNT", n, q); errors += 1
        if not any(q in s for s in sentences(a["text"])):
            print("QUOTE CROSSES SENTENCE", q); errors += 1
        for b in g["responsible"] + g["co_executors"]:
            if b not in canon:
                print("NON-CANONICAL BODY", b); errors += 1
        if g["deadline_text"] is not None and g["deadline_text"] not in a["text"]:
            print("DEADLINE TEXT NOT IN ARTICLE", g["deadline_text"]); errors += 1
        try:
            dl, gran = resolve(g["deadline_text"], dt.date.fromisoformat(g["published"]))
        except ValueError as e:
            print(e); errors += 1; continue
        if (dl, gran) != (g["deadline"], g["deadline_granularity"]):
            print("DEADLINE MISMATCH", q, g["deadline_text"], g["deadline"], g["deadline_granularity"], "resolver:", dl, gran)
            errors += 1
    n_req = sum(not g["optional"] for g in gold)
    n_opt = sum(g["optional"] for g in gold)
    no_dir = [a["id"] for a in arts if not any(g["article"] == a["title"] for g in gold)]
    print(f"articles={len(arts)} gold={len(gold)} required={n_req} optional={n_opt} "
          f"required_with_deadline={sum(1 for g in gold if not g['optional'] and g['deadline'])} "
          f"no-directive articles={no_dir}")
    print("errors:", errors)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
