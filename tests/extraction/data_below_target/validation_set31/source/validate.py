#!/usr/bin/env python3
"""Checker for validation_set31 (and any set in the same format).

Usage: python3 validate.py [SET_DIR] [--bodies PATH] [--ref-gold PATH]
Checks: key order vs the shared dev_gold.jsonl; ISO dates; article titles/published
match; quotes verbatim, unique in the article, inside one sentence; responsible /
co_executors are canonical names of bodies.json; issuer form; deadline re-derived
from deadline_text + published per spec section 4. Also lists sentences with
directive markers that no gold quote covers (for human review, not errors).
"""
import json, re, sys, os, datetime as dt, calendar

HERE = os.path.dirname(os.path.abspath(__file__))
args = [a for a in sys.argv[1:]]
def opt(name, default):
    if name in args:
        i = args.index(name); v = args[i + 1]; del args[i:i + 2]; return v
    return default
BODIES = opt("--bodies", "/work/main/tracker/extraction/data/bodies.json")
REF = opt("--ref-gold", "/work/shared/data/dev_gold.jsonl")
SET = args[0] if args else os.path.dirname(HERE)

errors, warnings = [], []
def err(m): errors.append(m)
def warn(m): warnings.append(m)

# ---------- reference key order
with open(REF, encoding="utf-8") as f:
    REF_KEYS = list(json.loads(f.readline()).keys())
ART_KEYS = ["id", "lang", "published", "title", "text"]

canon = {b["name"] for b in json.load(open(BODIES, encoding="utf-8"))}

ISSUER_FIXED = {"President", "Prime Minister", "Deputy Prime Minister", "Government"}
ISSUER_RE = re.compile(r"^(First )?(Deputy )?Akim of [A-Z][A-Za-z\- ]+$|^(Deputy )?Minister of [A-Z].+$")

# ---------- sentences
ABBR = ("г.", "гг.", "тыс.", "млн.", "млрд.", "им.", "ул.", "т.д.", "т.е.", "др.", "обл.", "р-н.", "с.")
def sentences(text):
    out = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        start = 0
        for m in re.finditer(r"[.!?…]+[»\"]?\s+(?=[«\"–—-]?\s*[А-ЯЁA-Z0-9«])", line):
            chunk = line[start:m.end()]
            if chunk.rstrip().endswith(ABBR):
                continue
            out.append(chunk.strip()); start = m.end()
        out.append(line[start:].strip())
    return [s for s in out if s]

# ---------- deadline derivation (spec section 4), Russian + English subset
MONTHS = {"январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "мая": 5, "мае": 5, "июн": 6, "июл": 7,
          "август": 8, "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12}
def month_of(word):
    w = word.lower()
    for k in sorted(MONTHS, key=len, reverse=True):
        if w.startswith(k) and (k not in ("ма",) or w in ("мая", "мае", "май")):
            return MONTHS[k]
    return None
NUMW = {"одн": 1, "дв": 2, "тр": 3, "четыр": 4, "пят": 5, "шест": 6, "сем": 7, "десят": 10}
ORD_Q = {"перв": 1, "втор": 2, "трет": 3, "четв": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4}
def last_day(y, m): return dt.date(y, m, calendar.monthrange(y, m)[1])
def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12); y += d.year; m += 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))
def num(tok):
    if tok.isdigit(): return int(tok)
    for k, v in NUMW.items():
        if tok.lower().startswith(k): return v
    return None
WEEKDAYS = {"понедельник": 0, "вторник": 1, "сред": 2, "четверг": 3, "пятниц": 4, "суббот": 5, "воскресень": 6}

def derive(text, pub):
    """Return (deadline ISO or None, granularity or None). None,None = unresolvable."""
    if not text: return None, None
    t = text.lower().strip().replace("ё", "е")
    y = pub.year
    m = re.fullmatch(r"(?:до|к|не позднее|по)\s+(\d{1,2})\s+([а-я]+)(?:\s+(\d{4})\s+года|\s+(текущего|этого)\s+года)?", t)
    if m:
        d, mo = int(m.group(1)), month_of(m.group(2))
        if mo is None: return None, None
        if m.group(3): return dt.date(int(m.group(3)), mo, d).isoformat(), "day"
        cand = dt.date(y, mo, d)
        if m.group(4): return cand.isoformat(), "day"
        if cand < pub: cand = dt.date(y + 1, mo, d)
        return cand.isoformat(), "day"
    m = re.fullmatch(r"(?:в|до конца|к концу|до)\s+([а-я]+)(?:\s+(\d{4})\s+года|\s+(текущего|этого)\s+года)?", t)
    if m and month_of(m.group(1)) and not m.group(1).startswith(("недел", "год", "квартал", "полугод")):
        mo = month_of(m.group(1))
        if m.group(2): return last_day(int(m.group(2)), mo).isoformat(), "month"
        if m.group(3): return last_day(y, mo).isoformat(), "month"
        ld = last_day(y, mo)
        if ld < pub: ld = last_day(y + 1, mo)
        return ld.isoformat(), "month"
    if re.fullmatch(r"(?:до конца|к концу)\s+(?:текущего\s+|этого\s+)?года", t) or \
       re.fullmatch(r"(?:в\s+)?(?:текущем|этом)\s+году", t):
        return dt.date(y, 12, 31).isoformat(), "year"
    if re.fullmatch(r"(?:до конца|к концу)\s+следующего\s+года|в\s+следующем\s+году", t):
        return dt.date(y + 1, 12, 31).isoformat(), "year"
    m = re.fullmatch(r"(?:в|к|до|до конца)\s+(\d{4})(?:[-–](\d{4}))?\s+(?:году|года|годах|годов|год)", t)
    if m:
        return dt.date(int(m.group(2) or m.group(1)), 12, 31).isoformat(), "year"
    m = re.fullmatch(r"(?:в|до конца|к концу|до)\s+([а-яiv]+)\s+квартал[а-я]*(?:\s+(\d{4})\s+года|\s+(текущего|этого|следующего)\s+года)?", t)
    if m:
        q = next((v for k, v in ORD_Q.items() if m.group(1).startswith(k)), None)
        if q is None: return None, None
        yy = int(m.group(2)) if m.group(2) else (y + 1 if m.group(3) == "следующего" else y)
        ld = last_day(yy, 3 * q)
        if not m.group(2) and not m.group(3) and ld < pub: ld = last_day(y + 1, 3 * q)
        return ld.isoformat(), "quarter"
    m = re.fullmatch(r"(?:в|до конца|к концу)\s+(перв|втор)[а-я]*\s+полугоди[а-я]*(?:\s+(\d{4})\s+года|\s+(текущего|этого|следующего)\s+года)?", t)
    if m:
        mo = 6 if m.group(1) == "перв" else 12
        yy = int(m.group(2)) if m.group(2) else (y + 1 if m.group(3) == "следующего" else y)
        ld = last_day(yy, mo)
        if not m.group(2) and not m.group(3) and ld < pub: ld = last_day(y + 1, mo)
        return ld.isoformat(), "half"
    m = re.fullmatch(r"в течение\s+(\d+|[а-я]+)?\s*(дн[а-я]*|день|недел[а-я]*|месяц[а-я]*)", t)
    if m:
        n = num(m.group(1)) if m.group(1) else 1
        if n is None: return None, None
        u = m.group(2)
        if u.startswith(("дн", "день")): return (pub + dt.timedelta(days=n)).isoformat(), "day"
        if u.startswith("недел"): return (pub + dt.timedelta(weeks=n)).isoformat(), "day"
        return add_months(pub, n).isoformat(), "day"
    m = re.fullmatch(r"в\s+(\d+|[а-я]+?)(?:х|ух|ех)?дневный\s+срок|в\s+(двух|трех|одно)?(недельный|месячный|дневный)\s+срок", t)
    if m:
        n = {"двух": 2, "трех": 3, "одно": 1, None: 1}.get(m.group(2), 1)
        u = m.group(3) or "дневный"
        if u == "недельный": return (pub + dt.timedelta(weeks=n)).isoformat(), "day"
        if u == "месячный": return add_months(pub, n).isoformat(), "day"
        return (pub + dt.timedelta(days=n)).isoformat(), "day"
    m = re.fullmatch(r"(?:до|к)\s+([а-я]+)", t)
    if m:
        wd = next((v for k, v in WEEKDAYS.items() if m.group(1).startswith(k)), None)
        if wd is not None:
            delta = (wd - pub.weekday()) % 7 or 7
            return (pub + dt.timedelta(days=delta)).isoformat(), "day"
    if re.fullmatch(r"до конца (?:этой |текущей )?недели", t):
        return (pub + dt.timedelta(days=6 - pub.weekday())).isoformat(), "day"
    if re.fullmatch(r"до конца следующей недели", t):
        return (pub + dt.timedelta(days=13 - pub.weekday())).isoformat(), "day"
    return None, None

def iso(s):
    try:
        return dt.date.fromisoformat(s)
    except Exception:
        return None

# ---------- load set
arts = {}
with open(os.path.join(SET, "articles.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        a = json.loads(line)
        if list(a.keys()) != ART_KEYS: err(f"articles:{n} keys {list(a.keys())}")
        if a["lang"] != "ru": warn(f"articles:{n} lang {a['lang']}")
        if not iso(a["published"]): err(f"articles:{n} bad published {a['published']}")
        if a["title"] in arts: err(f"articles:{n} duplicate title")
        arts[a["title"]] = a
gold = []
with open(os.path.join(SET, "dev_gold.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        gold.append((n, json.loads(line)))

covered = {t: set() for t in arts}
seen_q = set()
for n, g in gold:
    tag = f"gold:{n}"
    if list(g.keys()) != REF_KEYS: err(f"{tag} key order {list(g.keys())}")
    a = arts.get(g["article"])
    if not a: err(f"{tag} unknown article {g['article']!r}"); continue
    if g["published"] != a["published"]: err(f"{tag} published mismatch")
    if g["published_inferred"] is not False: err(f"{tag} published_inferred should be false")
    if not isinstance(g["optional"], bool): err(f"{tag} optional not bool")
    q = g["quote"]
    if (g["article"], q) in seen_q: err(f"{tag} duplicate quote")
    seen_q.add((g["article"], q))
    cnt = a["text"].count(q)
    if cnt != 1: err(f"{tag} quote occurs {cnt}x: {q!r}")
    sents = sentences(a["text"])
    hit = [i for i, s in enumerate(sents) if q in s]
    if len(hit) != 1: err(f"{tag} quote not inside exactly one sentence ({len(hit)}): {q!r}")
    else: covered[g["article"]].add(hit[0])
    # bodies
    for fld in ("responsible", "co_executors"):
        if not isinstance(g[fld], list): err(f"{tag} {fld} not list"); continue
        for b in g[fld]:
            if b not in canon: err(f"{tag} {fld} non-canonical {b!r}")
        if len(set(g[fld])) != len(g[fld]): err(f"{tag} {fld} duplicates")
    if set(g["responsible"]) & set(g["co_executors"]): err(f"{tag} body both responsible and co-executor")
    iss = g["issuer"]
    if iss is not None and iss not in ISSUER_FIXED and not ISSUER_RE.match(iss):
        err(f"{tag} odd issuer {iss!r}")
    if not g["task"] or not isinstance(g["task"], str): err(f"{tag} empty task")
    # deadline
    pub = iso(g["published"])
    d, dtext, gr = g["deadline"], g["deadline_text"], g["deadline_granularity"]
    if d is not None and not iso(d): err(f"{tag} deadline not ISO {d!r}")
    if (d is None) != (gr is None): err(f"{tag} deadline/granularity mismatch")
    if gr not in (None, "day", "month", "quarter", "half", "year"): err(f"{tag} bad granularity {gr}")
    if d is not None and dtext is None: err(f"{tag} deadline without deadline_text")
    if dtext is not None:
        if dtext not in a["text"]: err(f"{tag} deadline_text not verbatim in article: {dtext!r}")
        elif len(hit) == 1 and dtext not in sents[hit[0]] and dtext.lower() not in sents[hit[0]].lower():
            prev = sents[hit[0] - 1] if hit[0] else ""
            if dtext not in prev: warn(f"{tag} deadline_text not in the quote's sentence or the one before: {dtext!r}")
        rd, rg = derive(dtext, pub)
        if (rd, rg) != (d, gr):
            err(f"{tag} deadline {d}/{gr} but re-derived {rd}/{rg} from {dtext!r} @ {g['published']}")

# ---------- review aid: marker sentences not covered
MARK = re.compile(r"поруч|необходимо|нужно|должн|следует|надлежит|поставил задачу|дал ряд|планиру|будет заверш", re.I)
for t, a in arts.items():
    for i, s in enumerate(sentences(a["text"])):
        if MARK.search(s) and i not in covered[t]:
            warn(f"uncovered marker sentence [{t[:40]}]: {s[:110]}")

n_opt = sum(1 for _, g in gold if g["optional"])
print(f"articles: {len(arts)}  gold: {len(gold)}  non-optional: {len(gold) - n_opt}  optional: {n_opt}")
print(f"with deadline: {sum(1 for _, g in gold if g['deadline'])}  granularity: " +
      json.dumps({k: sum(1 for _, g in gold if g['deadline_granularity'] == k) for k in ('day','month','quarter','half','year')}))
for w in warnings: print("WARN ", w)
for e in errors: print("ERROR", e)
print("OK" if not errors else f"{len(errors)} error(s)")
sys.exit(1 if errors else 0)
