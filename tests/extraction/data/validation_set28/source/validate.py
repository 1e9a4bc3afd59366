#!/usr/bin/env python3
"""Checker for validation set 28.

Usage: python3 source/validate.py [--dev]   (--dev also runs the deadline parser over the
Russian rows of the shared dev gold as a sanity check; read-only)

Checks, per gold row:
  * key order equals the shared dev_gold.jsonl; article/published match an article;
  * quote occurs exactly once in the article text and lies inside one sentence;
  * responsible / co_executors are canonical names of bodies.json;
  * issuer in the allowed set; optional is bool; deadline ISO; granularity valid; null rules;
  * deadline_text occurs in the quote's sentence or a neighbouring one;
  * deadline and granularity re-derived from deadline_text + published (spec section 4);
  * task tokens mostly come from the article (warning only).
Exit code 1 on any error.
"""
import calendar, datetime as dt, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
BODIES = "/work/main/tracker/extraction/data/bodies.json"
SHARED_GOLD = "/work/shared/data/dev_gold.jsonl"
KEYS = ["article", "published", "published_inferred", "quote", "optional", "issuer", "responsible",
        "co_executors", "task", "deadline", "deadline_text", "deadline_granularity"]
ISSUERS = {None, "President", "Prime Minister", "Deputy Prime Minister", "Government"}
GRANS = {None, "day", "month", "quarter", "half", "year"}

# ---------------------------------------------------------------- sentences
_SPLIT = re.compile(r'(?<=[.!?…])[»"]?\s+(?=[«"–—\-A-ZА-ЯЁӘІҢҒҮҰҚӨҺ0-9])|\n+')

def sentences(text):
    """Return list of (start, end) spans of sentences (a closing » or " stays with its sentence)."""
    spans, pos = [], 0
    for m in _SPLIT.finditer(text):
        cut = m.start()
        if text[cut:cut + 1] in '»"':
            cut += 1
        spans.append((pos, cut))
        pos = m.end()
    spans.append((pos, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]

# ---------------------------------------------------------------- deadlines
MONTH_GEN = {"января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
             "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12}
MONTH_PREP = {"январе": 1, "феврале": 2, "марте": 3, "апреле": 4, "мае": 5, "июне": 6, "июле": 7,
              "августе": 8, "сентябре": 9, "октябре": 10, "ноябре": 11, "декабре": 12}
ORD_Q = {"перв": 1, "втор": 2, "трет": 3, "четверт": 4}
NUM = {"один": 1, "одного": 1, "одной": 1, "два": 2, "двух": 2, "три": 3, "трех": 3, "четырех": 4,
       "пяти": 5, "шести": 6, "семи": 7, "десяти": 10, "пятнадцати": 15, "тридцати": 30}
PREFIX_NUM = {"": 1, "одно": 1, "двух": 2, "трех": 3, "четырех": 4, "пяти": 5, "шести": 6,
              "десяти": 10, "пятнадцати": 15}
WEEKDAYS = {"понедельник": 0, "вторник": 1, "сред": 2, "четверг": 3, "пятниц": 4, "суббот": 5, "воскресень": 6}

def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))

def _year_mod(s, pub):
    """Return (year, explicit) from a trailing year modifier, or (None, False)."""
    m = re.search(r"(\d{4})\s*(?:года|г)", s)
    if m:
        return int(m.group(1)), True
    if re.search(r"следующего года", s):
        return pub.year + 1, True
    if re.search(r"(текущего|этого|нынешнего) года", s):
        return pub.year, True
    return None, False

def resolve(text, published):
    """Deadline (ISO str or None) and granularity for a Russian deadline expression (spec section 4)."""
    if not text:
        return None, None
    pub = dt.date.fromisoformat(published[:10])
    s = text.lower().replace("ё", "е").replace("—", "–").replace("-", "–").strip()

    # within a period: в течение N дней/недель/месяцев/лет; в N-дневный/двухнедельный/месячный срок
    m = re.search(r"в течение\s+(\d+|[а-я]+)?\s*(дн[яей]*|день|недел[иья]*|месяц[аев]*|год[а]?|лет)", s)
    if m:
        n = m.group(1)
        n = 1 if n is None else (int(n) if n.isdigit() else NUM.get(n))
        unit = m.group(2)
        if n is not None:
            if unit.startswith(("дн", "день")):
                return (pub + dt.timedelta(days=n)).isoformat(), "day"
            if unit.startswith("недел"):
                return (pub + dt.timedelta(weeks=n)).isoformat(), "day"
            if unit.startswith("месяц"):
                return add_months(pub, n).isoformat(), "day"
            return add_months(pub, 12 * n).isoformat(), "day"
    m = re.search(r"в\s+(\d+|[а-я]*?)[–]?(дневный|недельный|месячный|годичный|летний)\s+срок", s)
    if m:
        n = m.group(1)
        n = int(n) if n.isdigit() else PREFIX_NUM.get(n)
        u = m.group(2)
        if n is not None:
            if u == "дневный":
                return (pub + dt.timedelta(days=n)).isoformat(), "day"
            if u == "недельный":
                return (pub + dt.timedelta(weeks=n)).isoformat(), "day"
            if u == "месячный":
                return add_months(pub, n).isoformat(), "day"
            return add_months(pub, 12 * n).isoformat(), "day"

    # weeks
    if re.search(r"(до|к) конц[ау] (этой |текущей )?недели", s):
        return (pub + dt.timedelta(days=6 - pub.weekday())).isoformat(), "day"
    if re.search(r"(до|к) конц[ау] следующей недели", s):
        return (pub + dt.timedelta(days=13 - pub.weekday())).isoformat(), "day"
    m = re.search(r"(?:до|к)\s+(понедельник|вторник|сред|четверг|пятниц|суббот|воскресень)", s)
    if m:
        wd = WEEKDAYS[m.group(1)]
        delta = (wd - pub.weekday()) % 7 or 7
        return (pub + dt.timedelta(days=delta)).isoformat(), "day"

    # quarter
    m = re.search(r"(перв|втор|трет|четверт)[а-я]*\s+квартал", s)
    if m:
        q = ORD_Q[m.group(1)]
        y, explicit = _year_mod(s, pub)
        y = y or pub.year
        end = dt.date(y, 3 * q, calendar.monthrange(y, 3 * q)[1])
        if not explicit and end < pub:
            end = dt.date(y + 1, 3 * q, calendar.monthrange(y + 1, 3 * q)[1])
        return end.isoformat(), "quarter"
    # half
    m = re.search(r"(перв|втор)[а-я]*\s+полугоди", s)
    if m or re.search(r"(к|до) середин[еыу] года", s):
        h = 1 if (not m or m.group(1) == "перв") else 2
        y, explicit = _year_mod(s, pub)
        y = y or pub.year
        end = dt.date(y, 6, 30) if h == 1 else dt.date(y, 12, 31)
        if not explicit and end < pub:
            end = dt.date(y + 1, end.month, end.day)
        return end.isoformat(), "half"

    # explicit day + month
    m = re.search(r"(\d{1,2})\s+(" + "|".join(MONTH_GEN) + r")", s)
    if m and re.search(r"\b(до|к|не позднее|не позже|по)\b", s):
        d, mo = int(m.group(1)), MONTH_GEN[m.group(2)]
        y, explicit = _year_mod(s[m.end():], pub)
        y = y or pub.year
        date = dt.date(y, mo, d)
        if not explicit and date < pub:
            date = dt.date(y + 1, mo, d)
        return date.isoformat(), "day"

    # month: в октябре / до конца октября / к концу октября
    m = re.search(r"\bв\s+(" + "|".join(MONTH_PREP) + r")", s)
    mo = MONTH_PREP[m.group(1)] if m else None
    if mo is None:
        m = re.search(r"(?:до|к) конц[ау]\s+(" + "|".join(MONTH_GEN) + r")", s)
        mo = MONTH_GEN[m.group(1)] if m else None
    if mo is not None:
        y, explicit = _year_mod(s[m.end():], pub)
        y = y or pub.year
        end = dt.date(y, mo, calendar.monthrange(y, mo)[1])
        if not explicit and end < pub:
            end = dt.date(y + 1, mo, calendar.monthrange(y + 1, mo)[1])
        return end.isoformat(), "month"

    # years
    if re.search(r"(до|к) конц[ау] следующего года|в следующем году", s):
        return dt.date(pub.year + 1, 12, 31).isoformat(), "year"
    if re.search(r"(до|к) конц[ау] (текущего |этого )?года|в (этом|текущем|нынешнем) году", s):
        return dt.date(pub.year, 12, 31).isoformat(), "year"
    m = re.search(r"(\d{4})\s*[–]\s*(\d{4})", s)
    if m:
        return dt.date(int(m.group(2)), 12, 31).isoformat(), "year"
    m = re.search(r"(\d{4})\s*(году|года|г\.?|годам)", s)
    if m:
        return dt.date(int(m.group(1)), 12, 31).isoformat(), "year"
    return None, None   # vague: "к началу поливного сезона", "своевременно", ...

# ---------------------------------------------------------------- main
def tokens(s):
    return re.findall(r"[\wёЁ%–-]+", s.lower())

def main():
    errors, warnings = [], []
    bodies = json.load(open(BODIES, encoding="utf-8"))
    canon = {b["name"] for b in bodies}
    arts = [json.loads(l) for l in open(os.path.join(SET, "articles.jsonl"), encoding="utf-8") if l.strip()]
    gold = []
    for i, l in enumerate(open(os.path.join(SET, "dev_gold.jsonl"), encoding="utf-8"), 1):
        if l.strip():
            gold.append((i, json.loads(l, object_pairs_hook=lambda p: p)))
    shared_keys = [k for k, _ in json.loads(open(SHARED_GOLD, encoding="utf-8").readline(),
                                             object_pairs_hook=lambda p: p)]
    if shared_keys != KEYS:
        errors.append(f"shared gold key order changed: {shared_keys}")

    by_title = {}
    for a in arts:
        if list(a.keys()) != ["id", "lang", "published", "title", "text"]:
            errors.append(f"{a.get('id')}: article keys {list(a.keys())}")
        if a["title"] in by_title:
            errors.append(f"duplicate title {a['title']}")
        by_title[a["title"]] = a
        try:
            dt.date.fromisoformat(a["published"])
        except Exception:
            errors.append(f"{a['id']}: bad published {a['published']}")
        if a["lang"] != "ru":
            errors.append(f"{a['id']}: lang {a['lang']}")

    seen_quotes = set()
    for ln, pairs in gold:
        keys = [k for k, _ in pairs]
        g = dict(pairs)
        where = f"gold line {ln} ({g.get('quote')!r})"
        if keys != KEYS:
            errors.append(f"{where}: key order {keys}")
        a = by_title.get(g["article"])
        if a is None:
            errors.append(f"{where}: no article titled {g['article']!r}")
            continue
        if g["published"] != a["published"]:
            errors.append(f"{where}: published {g['published']} != article {a['published']}")
        if g["published_inferred"] is not False:
            errors.append(f"{where}: published_inferred must be false")
        if not isinstance(g["optional"], bool):
            errors.append(f"{where}: optional not bool")
        text, q = a["text"], g["quote"]
        n = text.count(q)
        if n != 1:
            errors.append(f"{where}: quote occurs {n} times")
            continue
        if (g["article"], q) in seen_quotes:
            errors.append(f"{where}: duplicate gold row")
        seen_quotes.add((g["article"], q))
        qs = text.index(q)
        spans = sentences(text)
        idx = [i for i, (s, e) in enumerate(spans) if s <= qs and qs + len(q) <= e]
        if not idx:
            errors.append(f"{where}: quote crosses a sentence boundary")
            continue
        si = idx[0]
        # deadline_text location
        if g["deadline_text"] is not None:
            near = " ".join(text[s:e] for s, e in spans[max(0, si - 1): si + 2])
            if g["deadline_text"] not in near:
                errors.append(f"{where}: deadline_text {g['deadline_text']!r} not in its/neighbour sentence")
            elif g["deadline_text"] not in text[spans[si][0]:spans[si][1]]:
                warnings.append(f"{where}: deadline_text taken from a neighbouring sentence")
        # bodies
        for fld in ("responsible", "co_executors"):
            if not isinstance(g[fld], list):
                errors.append(f"{where}: {fld} not a list")
                continue
            for b in g[fld]:
                if b not in canon:
                    errors.append(f"{where}: {fld} {b!r} not canonical in bodies.json")
            if len(set(g[fld])) != len(g[fld]):
                errors.append(f"{where}: duplicate body in {fld}")
        if set(g["responsible"]) & set(g["co_executors"]):
            errors.append(f"{where}: body both responsible and co-executor")
        if g["issuer"] not in ISSUERS:
            warnings.append(f"{where}: unusual issuer {g['issuer']!r}")
        # deadline fields
        if g["deadline_granularity"] not in GRANS:
            errors.append(f"{where}: granularity {g['deadline_granularity']!r}")
        if g["deadline"] is not None:
            try:
                dt.date.fromisoformat(g["deadline"])
                if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", g["deadline"]):
                    raise ValueError
            except Exception:
                errors.append(f"{where}: deadline not ISO {g['deadline']!r}")
            if g["deadline_text"] is None or g["deadline_granularity"] is None:
                errors.append(f"{where}: deadline without text/granularity")
        elif g["deadline_granularity"] is not None:
            errors.append(f"{where}: granularity without deadline")
        d, gr = resolve(g["deadline_text"], g["published"])
        if (d, gr) != (g["deadline"], g["deadline_granularity"]):
            errors.append(f"{where}: deadline re-derived {d}/{gr} != gold {g['deadline']}/{g['deadline_granularity']}")
        # task
        if not g["task"]:
            errors.append(f"{where}: empty task")
        else:
            tt = tokens(g["task"])
            at = set(tokens(text))
            share = sum(t in at for t in tt) / len(tt)
            if share < 0.75:
                warnings.append(f"{where}: task tokens only {share:.0%} from article")
            if g["deadline_text"] and g["deadline_text"].lower() in g["task"].lower():
                errors.append(f"{where}: task contains the deadline")

    # summary
    n_opt = sum(1 for _, p in gold if dict(p)["optional"])
    per = {}
    for _, p in gold:
        per[dict(p)["article"]] = per.get(dict(p)["article"], 0) + 1
    print(f"articles: {len(arts)}  gold rows: {len(gold)}  optional: {n_opt}  "
          f"with deadline: {sum(1 for _, p in gold if dict(p)['deadline'])}")
    for a in arts:
        print(f"  {a['id']} {a['published']} {per.get(a['title'], 0):2d}  {a['title']}")

    if "--dev" in sys.argv:
        for l in open(SHARED_GOLD, encoding="utf-8"):
            g = json.loads(l)
            if re.search(r"[а-яА-Я]", g["deadline_text"] or "") and not re.search(r"[әіңғүұқөһ]", g["deadline_text"]):
                d, gr = resolve(g["deadline_text"], g["published"])
                ok = (d, gr) == (g["deadline"], g["deadline_granularity"])
                print(f"  dev sanity {'ok ' if ok else 'BAD'} {g['deadline_text']!r} -> {d}/{gr}")
                if not ok:
                    errors.append(f"parser disagrees with shared dev gold on {g['deadline_text']!r}")
    for w in warnings:
        print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
