#!/usr/bin/env python3
"""Checker for validation set 22.

Checks: article schema; gold key order identical to the shared dev_gold.jsonl;
quote verbatim, unique (also case-insensitively) and inside one sentence;
responsible/co_executors are canonical names of bodies.json; ISO dates;
deadline and granularity re-derived from deadline_text + published (spec §4);
deadline_text present in the article (and, as a warning, in the quote's sentence).
Exit code 1 on any error.
"""
import calendar, datetime as dt, json, os, re, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BODIES = "/work/main/tracker/extraction/data/bodies.json"
REF_GOLD = "/work/shared/data/dev_gold.jsonl"

errors, warnings = [], []
err = errors.append
warn = warnings.append

# ------------------------------------------------------------------ sentences
ABBR = {"тыс", "млн", "млрд", "трлн", "г", "гг", "им", "т", "см", "ст", "руб", "долл", "ул", "д", "обл", "р", "с", "ср", "др", "пр", "т.е", "т.д", "т.п"}


def sentence_spans(text):
    """(start, end) spans of sentences; lines are always separate sentences."""
    spans, pos = [], 0
    for line in text.split("\n"):
        start = pos
        for m in re.finditer(r"[.!?…]+(?=\s+[«\"„(]?[А-ЯЁA-Z0-9–—-])", line):
            word = re.search(r"([\w.]+)$", line[:m.start()])
            if word and m.group() == "." and word.group(1).lower().rstrip(".") in ABBR:
                continue
            end = pos + m.end()
            spans.append((start, end))
            start = end
            while start < pos + len(line) and line[start - pos].isspace():
                start += 1
        spans.append((start, pos + len(line)))
        pos += len(line) + 1
    return [s for s in spans if s[1] > s[0]]


# ------------------------------------------------------------------ deadlines
MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
              "сентября", "октября", "ноября", "декабря"]
MONTHS_PREP = ["январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе",
               "сентябре", "октябре", "ноябре", "декабре"]
ORD = {"перв": 1, "втор": 2, "трет": 3, "четверт": 4, "четвёрт": 4}
NUM = {"одного": 1, "один": 1, "одну": 1, "двух": 2, "два": 2, "две": 2, "трех": 3, "трёх": 3, "три": 3,
       "четырех": 4, "четырёх": 4, "пяти": 5, "шести": 6, "семи": 7, "десяти": 10, "пятнадцати": 15}
WEEKDAYS = {"понедельника": 0, "вторника": 1, "среды": 2, "четверга": 3, "пятницы": 4, "субботы": 5, "воскресенья": 6}
SRO = {"недельный": ("w", 1), "двухнедельный": ("w", 2), "десятидневный": ("d", 10),
       "месячный": ("m", 1), "двухмесячный": ("m", 2), "трехмесячный": ("m", 3), "трёхмесячный": ("m", 3)}


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def month_end(y, m):
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def derive(text, pub):
    """Return (deadline date or None, granularity or None) per spec §4."""
    t = text.lower().replace("ё", "е").strip()
    y = pub.year
    mg = "|".join(MONTHS_GEN)
    # day: до/не позднее/к 1 октября [2026 года | текущего года]
    m = re.search(rf"(?:до|не позднее|к|по)\s+(\d{{1,2}})\s+({mg})(?:\s+(\d{{4}})\s+года|\s+(текущего|этого|нынешнего)\s+года)?", t)
    if m:
        day, mon = int(m.group(1)), MONTHS_GEN.index(m.group(2)) + 1
        if m.group(3):
            return dt.date(int(m.group(3)), mon, day), "day"
        d = dt.date(y, mon, day)
        if not m.group(4) and d < pub:
            d = dt.date(y + 1, mon, day)
        return d, "day"
    # weekday
    m = re.search(r"(?:до|к)\s+(понедельника|вторника|среды|четверга|пятницы|субботы|воскресенья)\b", t)
    if m:
        wd = WEEKDAYS[m.group(1)]
        delta = (wd - pub.weekday()) % 7 or 7
        return pub + dt.timedelta(days=delta), "day"
    if re.search(r"до конца (?:этой |текущей )?недели", t):
        return pub + dt.timedelta(days=6 - pub.weekday()), "day"
    if re.search(r"до конца следующей недели", t):
        return pub + dt.timedelta(days=13 - pub.weekday()), "day"
    # within a period
    m = re.search(r"в течение\s+(?:(\d+|\w+)\s+)?(дн(?:я|ей)|день|недел(?:и|ь|ь)|месяц(?:а|ев)?)\b", t)
    if m:
        n = 1 if m.group(1) is None else (int(m.group(1)) if m.group(1).isdigit() else NUM.get(m.group(1)))
        if n is None:
            return None, None
        unit = m.group(2)
        if unit.startswith("д"):
            return pub + dt.timedelta(days=n), "day"
        if unit.startswith("нед"):
            return pub + dt.timedelta(weeks=n), "day"
        return add_months(pub, n), "day"
    m = re.search(r"в\s+(\w+)\s+срок", t)
    if m and m.group(1) in SRO:
        u, n = SRO[m.group(1)]
        if u == "d":
            return pub + dt.timedelta(days=n), "day"
        if u == "w":
            return pub + dt.timedelta(weeks=n), "day"
        return add_months(pub, n), "day"
    # quarter
    m = re.search(r"(?:в|до конца|до окончания|по итогам)\s+(перв|втор|трет|четверт|четвёрт)\w*\s+квартал\w*(?:\s+(\d{4})\s+года)?", t)
    if m:
        q = ORD[m.group(1)]
        yy = int(m.group(2)) if m.group(2) else y
        d = month_end(yy, q * 3)
        if not m.group(2) and d < pub:
            d = month_end(y + 1, q * 3)
        return d, "quarter"
    # half
    m = re.search(r"(?:в|до конца|до окончания)\s+(перв|втор)\w*\s+полугоди\w*(?:\s+(\d{4})\s+года)?", t)
    if m or re.search(r"до середины года", t):
        h = ORD[m.group(1)] if m else 1
        yy = int(m.group(2)) if m and m.group(2) else y
        d = month_end(yy, 6 * h)
        if not (m and m.group(2)) and d < pub:
            d = month_end(y + 1, 6 * h)
        return d, "half"
    # month
    m = re.search(rf"до конца ({mg})|(?:^|\s)(?:в|к|до)\s+({'|'.join(MONTHS_PREP)}|{mg})(?:\s+(\d{{4}})\s+года|\s+(текущего|этого)\s+года)?\b", t)
    if m:
        name = m.group(1) or m.group(2)
        mon = (MONTHS_GEN.index(name) if name in MONTHS_GEN else MONTHS_PREP.index(name)) + 1
        if m.group(3):
            return month_end(int(m.group(3)), mon), "month"
        d = month_end(y, mon)
        if not m.group(4) and d < pub:
            d = month_end(y + 1, mon)
        return d, "month"
    # year
    if re.search(r"до конца следующего года|в следующем году", t):
        return dt.date(y + 1, 12, 31), "year"
    if re.search(r"до конца (?:текущего |этого )?года|в (?:текущем|этом) году|до конца \d{4}", t) and not re.search(r"\d{4}", t):
        return dt.date(y, 12, 31), "year"
    m = re.search(r"(\d{4})(?:\s*[–—-]\s*(\d{4}))?\s+год", t)
    if m and re.search(r"(?:^|\s)(?:в|к|до|на|до конца)\s+\d{4}", t):
        return dt.date(int(m.group(2) or m.group(1)), 12, 31), "year"
    return None, None


# ------------------------------------------------------------------ load
def load_jsonl(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as e:
                    err(f"{path}:{i}: bad JSON: {e}")
    return rows


def iso(s):
    try:
        return dt.date.fromisoformat(s) if isinstance(s, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", s) else None
    except ValueError:
        return None


def main():
    bodies = json.load(open(BODIES, encoding="utf-8"))
    canon = {b["name"] for b in bodies}
    ref_keys = list(json.loads(open(REF_GOLD, encoding="utf-8").readline()).keys())

    arts = load_jsonl(os.path.join(HERE, "articles.jsonl"))
    gold = load_jsonl(os.path.join(HERE, "dev_gold.jsonl"))
    by_title, ids = {}, set()
    for a in arts:
        if list(a.keys()) != ["id", "lang", "published", "title", "text"]:
            err(f"article {a.get('id')}: keys {list(a.keys())}")
        if a["id"] in ids:
            err(f"duplicate id {a['id']}")
        ids.add(a["id"])
        if a["title"] in by_title:
            err(f"duplicate title {a['title']}")
        by_title[a["title"]] = a
        if not iso(a["published"]):
            err(f"article {a['id']}: published not ISO: {a['published']}")
        if a["lang"] != "ru":
            err(f"article {a['id']}: lang {a['lang']}")

    per_art = {a["title"]: [0, 0] for a in arts}
    for i, g in enumerate(gold, 1):
        tag = f"gold#{i} [{g.get('quote')}]"
        if list(g.keys()) != ref_keys:
            err(f"{tag}: key order {list(g.keys())} != {ref_keys}")
        a = by_title.get(g["article"])
        if a is None:
            err(f"{tag}: unknown article {g['article']}")
            continue
        per_art[a["title"]][1 if g["optional"] else 0] += 1
        if g["published"] != a["published"]:
            err(f"{tag}: published {g['published']} != article {a['published']}")
        if g["published_inferred"] is not False:
            err(f"{tag}: published_inferred should be false")
        if not isinstance(g["optional"], bool):
            err(f"{tag}: optional not bool")
        text, q = a["text"], g["quote"]
        n = text.count(q)
        if n != 1:
            err(f"{tag}: quote occurs {n} times")
            continue
        if text.lower().count(q.lower()) != 1:
            err(f"{tag}: quote not unique case-insensitively")
        start = text.index(q)
        sent = [s for s in sentence_spans(text) if s[0] <= start and start + len(q) <= s[1]]
        if not sent:
            err(f"{tag}: quote crosses a sentence boundary")
            continue
        sentence = text[sent[0][0]:sent[0][1]]
        for fld in ("responsible", "co_executors"):
            if not isinstance(g[fld], list):
                err(f"{tag}: {fld} not a list")
                continue
            for b in g[fld]:
                if b not in canon:
                    err(f"{tag}: {fld} '{b}' not a canonical name in bodies.json")
            if len(set(g[fld])) != len(g[fld]):
                err(f"{tag}: duplicate names in {fld}")
        if set(g["responsible"]) & set(g["co_executors"]):
            err(f"{tag}: body both responsible and co-executor")
        if not g["task"] or not isinstance(g["task"], str):
            err(f"{tag}: empty task")
        if g["issuer"] is not None and not isinstance(g["issuer"], str):
            err(f"{tag}: issuer type")
        # deadline
        dl, dtext, gran = g["deadline"], g["deadline_text"], g["deadline_granularity"]
        if gran not in (None, "day", "month", "quarter", "half", "year"):
            err(f"{tag}: bad granularity {gran}")
        if dl is not None and not iso(dl):
            err(f"{tag}: deadline not ISO: {dl}")
        if dtext is None:
            if dl is not None or gran is not None:
                err(f"{tag}: deadline without deadline_text")
            continue
        if dtext not in text:
            err(f"{tag}: deadline_text '{dtext}' not in article")
        elif dtext not in sentence:
            warn(f"{tag}: deadline_text '{dtext}' not in the quote's sentence")
        want, wgran = derive(dtext, dt.date.fromisoformat(a["published"]))
        want = want.isoformat() if want else None
        if (want, wgran) != (dl, gran):
            err(f"{tag}: deadline {dl}/{gran} but '{dtext}' + {a['published']} gives {want}/{wgran}")

    # report
    req = sum(v[0] for v in per_art.values())
    opt = sum(v[1] for v in per_art.values())
    buckets = {"0": 0, "1-2": 0, "3+": 0}
    for v in per_art.values():
        buckets["0" if v[0] == 0 else "1-2" if v[0] <= 2 else "3+"] += 1
    print(f"articles: {len(arts)}  gold rows: {len(gold)}  required: {req}  optional: {opt}")
    print(f"articles by required directives: {buckets}")
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


def selftest():
    """Spec §4 table examples, plus the shared dev gold's Russian rows."""
    P = dt.date
    cases = [
        ("до 1 октября", P(2025, 8, 5), "2025-10-01", "day"),
        ("до 1 марта", P(2025, 12, 23), "2026-03-01", "day"),
        ("до 1 октября текущего года", P(2025, 11, 5), "2025-10-01", "day"),
        ("до 1 марта 2026 года", P(2025, 11, 4), "2026-03-01", "day"),
        ("в октябре", P(2025, 11, 5), "2026-10-31", "month"),
        ("до конца октября", P(2025, 8, 5), "2025-10-31", "month"),
        ("до конца года", P(2025, 8, 5), "2025-12-31", "year"),
        ("до конца следующего года", P(2025, 6, 10), "2026-12-31", "year"),
        ("к 2030 году", P(2025, 8, 5), "2030-12-31", "year"),
        ("в 2035-2036 годах", P(2025, 8, 8), "2036-12-31", "year"),
        ("до конца первого квартала", P(2025, 11, 4), "2026-03-31", "quarter"),
        ("в первом полугодии", P(2026, 1, 13), "2026-06-30", "half"),
        ("в течение месяца", P(2025, 9, 16), "2025-10-16", "day"),
        ("в двухнедельный срок", P(2025, 8, 5), "2025-08-19", "day"),
        ("до пятницы", P(2026, 3, 17), "2026-03-20", "day"),
        ("до конца недели", P(2025, 12, 17), "2025-12-21", "day"),
        ("в текущем году", P(2026, 1, 23), "2026-12-31", "year"),
        ("к началу отопительного сезона", P(2025, 8, 5), None, None),
        ("в кратчайшие сроки", P(2025, 8, 5), None, None),
    ]
    bad = 0
    for t, p, d, g in cases:
        got, gg = derive(t, p)
        got = got.isoformat() if got else None
        if (got, gg) != (d, g):
            bad += 1
            print(f"SELFTEST FAIL '{t}' @ {p}: {got}/{gg} != {d}/{g}")
    for r in load_jsonl(REF_GOLD):
        if r["deadline_text"] and re.search("[а-я]", r["deadline_text"]) and not re.search("[әіңғүұқөһ]", r["deadline_text"]):
            got, gg = derive(r["deadline_text"], dt.date.fromisoformat(r["published"]))
            got = got.isoformat() if got else None
            if (got, gg) != (r["deadline"], r["deadline_granularity"]):
                bad += 1
                print(f"SELFTEST FAIL shared gold '{r['deadline_text']}': {got}/{gg}")
    print("selftest:", "OK" if not bad else f"{bad} failure(s)")
    return bad


if __name__ == "__main__":
    rc = 1 if selftest() else 0
    sys.exit(main() or rc)
