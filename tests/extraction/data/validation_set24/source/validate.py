"""Checks validation set 24: python3 source/validate.py [set_dir]
- articles.jsonl: fields, unique ids/titles, ISO dates
- dev_gold.jsonl: key order as the shared dev_gold.jsonl, article/published match,
  quote verbatim, unique in the article, inside one sentence; no duplicate quotes;
  responsible/co_executors are canonical names of bodies.json; ISO deadline;
  deadline re-derived from deadline_text + published (spec section 4);
  deadline_text found in the directive's sentence or the sentence right after it
  (or, for '... respectively' sentences, without its leading preposition).
Exit code 1 on any problem."""
import json, os, re, sys, calendar, datetime as dt

SET = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BODIES = "/work/main/tracker/extraction/data/bodies.json"
SHARED_GOLD = "/work/shared/data/dev_gold.jsonl"
KEYS = list(json.loads(open(SHARED_GOLD, encoding="utf-8").readline()).keys())
CANON = {b["name"] for b in json.load(open(BODIES, encoding="utf-8"))}
ISSUERS = {None, "President", "Prime Minister", "Deputy Prime Minister", "Government"}
GRANS = {None, "day", "month", "quarter", "half", "year"}
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
WORDNUM = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "ten": 10, "fourteen": 14, "thirty": 30}
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4}
NULL_DEADLINE = re.compile(r"^(promptly|as soon as possible|immediately|(before|by) the start of .+)$", re.I)

errors = []
def err(msg): errors.append(msg)

def sentences(text):
    out = []
    for para in text.split("\n"):
        for s in re.split(r'(?<=[.!?])["”]?\s+(?=[A-Z"“(])', para):
            if s.strip():
                out.append(s.strip())
    return out

def last_day(y, m): return dt.date(y, m, calendar.monthrange(y, m)[1])

def add_months(d, n):
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))

def resolve(text, pub):
    """spec section 4 -> (iso or None, granularity or None); raises ValueError if unknown"""
    t = text.strip().lower().replace("–", "-").replace("—", "-")
    if NULL_DEADLINE.match(t):
        return None, None
    # explicit day: 'by March 1', 'no later than December 29 of the current year', 'deadline - December 1', 'The deadline is March 1', 'by October 1, 2026'
    m = re.match(r"^(?:by|until|before|no later than|not later than|deadline\s*-|the deadline is|deadline is)\s+([a-z]+)\s+(\d{1,2})(?:,\s*(\d{4}))?(\s+of (?:the current|this) year)?$", t)
    if m and m.group(1) in MONTHS:
        mon, day = MONTHS[m.group(1)], int(m.group(2))
        if m.group(3):
            return dt.date(int(m.group(3)), mon, day).isoformat(), "day"
        d = dt.date(pub.year, mon, day)
        if not m.group(4) and d < pub:
            d = dt.date(pub.year + 1, mon, day)
        return d.isoformat(), "day"
    # month: 'in January', 'by the end of November', 'by March'
    m = re.match(r"^(?:in|by|by the end of|until the end of)\s+([a-z]+)(\s+of (?:the current|this) year)?$", t)
    if m and m.group(1) in MONTHS:
        mon = MONTHS[m.group(1)]
        d = last_day(pub.year, mon)
        if not m.group(2) and d < pub:
            d = last_day(pub.year + 1, mon)
        return d.isoformat(), "month"
    # years
    if re.match(r"^(by the end of (the|this|the current) year|by (the )?year-end|this year|in the current year|by the end of this year)$", t):
        return dt.date(pub.year, 12, 31).isoformat(), "year"
    if re.match(r"^(by the end of next year|next year|in the next year)$", t):
        return dt.date(pub.year + 1, 12, 31).isoformat(), "year"
    m = re.match(r"^(?:in|by|by the end of|until|to)\s+(\d{4})(?:\s*-\s*(\d{4}))?$", t)
    if m:
        return dt.date(int(m.group(2) or m.group(1)), 12, 31).isoformat(), "year"
    # quarters
    m = re.match(r"^(?:in|by|by the end of|until the end of)\s+(?:the\s+)?(first|second|third|fourth)\s+quarter(?:\s+of\s+(\d{4}|next year|this year|the current year))?$", t)
    if m:
        q = ORD[m.group(1)]
        y = pub.year
        if m.group(2) and m.group(2).isdigit(): y = int(m.group(2))
        elif m.group(2) == "next year": y = pub.year + 1
        d = last_day(y, 3 * q)
        if not m.group(2) and d < pub:
            d = last_day(pub.year + 1, 3 * q)
        return d.isoformat(), "quarter"
    # halves
    m = re.match(r"^(?:in|by the end of)\s+the\s+(first|second)\s+half(?:\s+of\s+(the year|\d{4}|next year|this year|the current year))?$", t)
    if m:
        mon = 6 if m.group(1) == "first" else 12
        g = m.group(2)
        y = pub.year
        if g and g.isdigit(): y = int(g)
        elif g == "next year": y = pub.year + 1
        d = last_day(y, mon)
        if (not g or g == "the year") and d < pub:
            d = last_day(pub.year + 1, mon)
        return d.isoformat(), "half"
    # periods
    m = re.match(r"^(?:within|in)\s+(a|an|one|two|three|four|five|six|seven|ten|fourteen|thirty|\d+)\s+(day|days|week|weeks|month|months)$", t)
    if m:
        n = WORDNUM.get(m.group(1)) or int(m.group(1))
        u = m.group(2)
        if u.startswith("day"): d = pub + dt.timedelta(days=n)
        elif u.startswith("week"): d = pub + dt.timedelta(weeks=n)
        else: d = add_months(pub, n)
        return d.isoformat(), "day"
    m = re.match(r"^by\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$", t)
    if m:
        k = (WEEKDAYS[m.group(1)] - pub.weekday()) % 7 or 7
        return (pub + dt.timedelta(days=k)).isoformat(), "day"
    m = re.match(r"^by the end of (this|next) week$", t)
    if m:
        sun = pub + dt.timedelta(days=6 - pub.weekday())
        if m.group(1) == "next": sun += dt.timedelta(days=7)
        return sun.isoformat(), "day"
    raise ValueError("cannot resolve deadline_text %r" % text)

def iso(s):
    try:
        return dt.date.fromisoformat(s)
    except Exception:
        return None

# ---- articles
arts = {}
for n, line in enumerate(open(os.path.join(SET, "articles.jsonl"), encoding="utf-8"), 1):
    a = json.loads(line)
    if list(a.keys()) != ["id", "lang", "published", "title", "text"]:
        err("articles:%d keys %s" % (n, list(a.keys())))
    if a["lang"] != "en": err("articles:%d lang %s" % (n, a["lang"]))
    if not iso(a["published"]): err("articles:%d bad published %r" % (n, a["published"]))
    if a["title"] in arts: err("articles:%d duplicate title" % n)
    if a["id"] in {x["id"] for x in arts.values()}: err("articles:%d duplicate id" % n)
    arts[a["title"]] = a

# ---- gold
seen = set()
gold = [json.loads(l) for l in open(os.path.join(SET, "dev_gold.jsonl"), encoding="utf-8")]
for n, g in enumerate(gold, 1):
    where = "gold:%d (%s)" % (n, g.get("quote"))
    if list(g.keys()) != KEYS: err("%s key order %s" % (where, list(g.keys())))
    a = arts.get(g["article"])
    if not a:
        err("%s unknown article" % where); continue
    if g["published"] != a["published"]: err("%s published differs from article" % where)
    if g["published_inferred"] is not False: err("%s published_inferred" % where)
    if not isinstance(g["optional"], bool): err("%s optional not bool" % where)
    if g["issuer"] not in ISSUERS: err("%s issuer %r" % (where, g["issuer"]))
    q, text = g["quote"], a["text"]
    if (g["article"], q) in seen: err("%s duplicate quote" % where)
    seen.add((g["article"], q))
    cnt = text.count(q)
    if cnt != 1: err("%s quote occurs %d times" % (where, cnt))
    sents = sentences(text)
    hits = [i for i, s in enumerate(sents) if q in s]
    if len(hits) != 1:
        err("%s quote inside %d sentences (must be exactly one)" % (where, len(hits))); continue
    sent = sents[hits[0]]
    nxt = sents[hits[0] + 1] if hits[0] + 1 < len(sents) else ""
    for fld in ("responsible", "co_executors"):
        if not isinstance(g[fld], list): err("%s %s not a list" % (where, fld)); continue
        for b in g[fld]:
            if b not in CANON: err("%s %s: %r not a canonical name" % (where, fld, b))
    if not g["task"] or not g["task"].strip(): err("%s empty task" % where)
    if g["deadline_granularity"] not in GRANS: err("%s granularity %r" % (where, g["deadline_granularity"]))
    if g["deadline"] is not None and not iso(g["deadline"]): err("%s bad deadline %r" % (where, g["deadline"]))
    dtx = g["deadline_text"]
    if dtx is None:
        if g["deadline"] is not None or g["deadline_granularity"] is not None:
            err("%s deadline without deadline_text" % where)
        continue
    if dtx not in sent and dtx not in nxt:
        core = re.sub(r"^(by|in|within|until|no later than)\s+", "", dtx)
        if not ("respectively" in sent and core in sent):
            err("%s deadline_text %r not in its sentence(s)" % (where, dtx))
    try:
        d, gr = resolve(dtx, dt.date.fromisoformat(g["published"]))
    except ValueError as e:
        err("%s %s" % (where, e)); continue
    if d != g["deadline"] or gr != g["deadline_granularity"]:
        err("%s deadline %s/%s but %r from %s gives %s/%s" % (where, g["deadline"], g["deadline_granularity"], dtx, g["published"], d, gr))

titles_with_gold = {g["article"] for g in gold}
print("articles: %d (%d without any gold directive)" % (len(arts), len(arts) - len(titles_with_gold & set(arts))))
print("gold directives: %d (%d optional, %d with a deadline)" % (len(gold), sum(g["optional"] for g in gold), sum(g["deadline"] is not None for g in gold)))
for e in errors: print("ERROR", e)
print("OK" if not errors else "%d problem(s)" % len(errors))
sys.exit(1 if errors else 0)
