"""Checks for validation_set7 (independent of the project's code).

* every gold quote is a verbatim substring of its article, unique in it, and
  lies inside one sentence (simple splitter below);
* responsible / co_executors are canonical names in the registry (bodies.json);
* dates are ISO, granularity valid, null consistency;
* deadline_text occurs in the article, and re-deriving the deadline from the
  words of deadline_text (spec section 4) gives the gold deadline/granularity.
"""
import calendar, datetime as dt, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
REGISTRY = "/work/main/tracker/extraction/data/bodies.json"
GRANS = {"day", "month", "quarter", "half", "year", None}

# ---------------------------------------------------------------- articles
def load_articles():
    arts = {}
    for line in open(os.path.join(OUT, "articles.jsonl"), encoding="utf-8"):
        a = json.loads(line)
        arts[a["title"]] = (a["published"][:10], a["text"], False)
    # dump
    date_re = re.compile(r"^(\d{2})\.(\d{2})\.(\d{4}), \d{2}:\d{2}(?: \d+)?$")
    blocks, cur = [], {"date": None, "lines": []}
    for line in open(os.path.join(OUT, "kt_kz_government_2026-05.txt"), encoding="utf-8"):
        line = line.rstrip("\n")
        m = date_re.match(line)
        if m:
            blocks.append(cur)
            cur = {"date": f"{m.group(3)}-{m.group(2)}-{m.group(1)}", "lines": []}
        elif line.strip():
            cur["lines"].append(line)
    blocks.append(cur)
    blocks = [b for b in blocks if b["lines"]]
    for i, b in enumerate(blocks):
        inferred = b["date"] is None
        date = b["date"] or next(x["date"] for x in blocks[i + 1:] if x["date"])
        arts[b["lines"][0]] = (date, "\n".join(b["lines"][1:]), inferred)
    return arts


SENT_SPLIT = re.compile(r'(?<=[.!?…])["»”]?\s+(?=[«"“–\-0-9A-ZА-ЯЁӘІҢҒҮҰҚӨҺ])')

def sentences(text):
    out = []
    for para in text.split("\n"):
        out.extend(s for s in SENT_SPLIT.split(para) if s.strip())
    return out

# ---------------------------------------------------------------- resolver
KK_MONTHS = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде",
             "тамыз", "қыркүйек", "қазан", "қараш", "желтоқсан"]
RU_MONTHS = ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август",
             "сентябр", "октябр", "ноябр", "декабр"]
EN_MONTHS = [m.lower() for m in calendar.month_name[1:]]
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4,
       "перв": 1, "втор": 2, "трет": 3, "четверт": 4,
       "бірінші": 1, "екінші": 2, "үшінші": 3, "төртінші": 4}
NUM = {"two": 2, "three": 3, "ten": 10, "екі": 2, "үш": 3, "он": 10,
       "двух": 2, "трех": 3, "десяти": 10}


def month_idx(word):
    w = word.lower()
    for i, m in enumerate(KK_MONTHS):
        if w.startswith(m):
            return i + 1
    for i, m in enumerate(EN_MONTHS):
        if w.startswith(m):
            return i + 1
    if w.startswith("мая") or w == "мае" or w == "май":
        return 5
    for i, m in enumerate(RU_MONTHS):
        if m != "ма" and w.startswith(m):
            return i + 1
    return None


def eom(y, m):
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def add_months(d, n):
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def resolve(text, pub):
    """Return (iso_date or None, granularity or None) from deadline words."""
    t = text.lower().replace("—", "–")
    nxt = bool(re.search(r"next year|следующего года|келесі жыл", t))
    cur = bool(re.search(r"current year|this year|текущего года|ағымдағы жыл", t))
    # null deadlines
    if re.search(r"promptly|as soon as possible|жедел|тездетіп|в приоритетном порядке|оперативно|summer", t):
        return None, None
    # ranges of years
    m = re.search(r"(20\d\d)\s*[–-]\s*(20\d\d)", t)
    if m:
        return dt.date(int(m.group(2)), 12, 31).isoformat(), "year"
    # weeks (calendar)
    if re.search(r"end of this week|до конца недели|осы аптаның соңына", t):
        return (pub + dt.timedelta(days=6 - pub.weekday())).isoformat(), "day"
    if re.search(r"end of next week|до конца следующей недели|келесі аптаның соңына", t):
        return (pub + dt.timedelta(days=13 - pub.weekday())).isoformat(), "day"
    if re.search(r"friday|пятниц|жұма", t):
        d = pub + dt.timedelta(days=1)
        while d.weekday() != 4:
            d += dt.timedelta(days=1)
        return d.isoformat(), "day"
    # periods
    m = re.search(r"within (\w+) (day|week|month)s?|в течение (\w+) (дн|недел|месяц)\w*|(\w+) (күн|апта|ай) ішінде", t)
    if m or re.search(r"в течение месяца|within a month|айлық мерзім|двухнедельн|екі апталық", t):
        if re.search(r"в течение месяца|within a month|айлық мерзім", t):
            return add_months(pub, 1).isoformat(), "day"
        if re.search(r"двухнедельн|екі апталық", t):
            return (pub + dt.timedelta(days=14)).isoformat(), "day"
        n, unit = next((m.group(i), m.group(i + 1)) for i in (1, 3, 5) if m.group(i))
        n = int(n) if n.isdigit() else NUM[n]
        if unit in ("day", "дн", "күн"):
            return (pub + dt.timedelta(days=n)).isoformat(), "day"
        if unit in ("week", "недел", "апта"):
            return (pub + dt.timedelta(days=7 * n)).isoformat(), "day"
        return add_months(pub, n).isoformat(), "day"
    # quarters
    m = re.search(r"(first|second|third|fourth|перв|втор|трет|четверт|бірінші|екінші|үшінші|төртінші)\w*\s+(quarter|квартал|тоқсан)", t)
    if m:
        q = ORD[m.group(1)]
        y = pub.year + (1 if nxt else 0)
        yr = re.search(r"(20\d\d)", t)
        if yr:
            y = int(yr.group(1))
        d = eom(y, 3 * q)
        if d < pub and not nxt and not yr:
            d = eom(y + 1, 3 * q)
        return d.isoformat(), "quarter"
    # halves
    m = re.search(r"(first|second|перв|втор|бірінші|екінші)\w*\s+(half|полугоди|жартыжыл)|mid-year|середин\w* года", t)
    if m:
        h = 1 if (m.group(0).startswith(("mid", "серед")) or ORD.get(m.group(1)) == 1) else 2
        y = pub.year + (1 if nxt else 0)
        d = dt.date(y, 6, 30) if h == 1 else dt.date(y, 12, 31)
        if d < pub and not nxt:
            d = dt.date(y + 1, d.month, d.day)
        return d.isoformat(), "half"
    # explicit day + month (+ year)
    m = re.search(r"(20\d\d) жылғы (\d{1,2}) ([а-яәіңғүұқөһ]+)", t)
    if m and month_idx(m.group(3)):
        return dt.date(int(m.group(1)), month_idx(m.group(3)), int(m.group(2))).isoformat(), "day"
    cands = [(int(a), b, c) for a, b, c in re.findall(r"(\d{1,2})\s+([a-zа-яёәіңғүұқөһ]+)(?:,?\s+(20\d\d))?", t)]
    cands += [(int(b), a, c) for a, b, c in re.findall(r"([a-z]+)\s+(\d{1,2})\b(?:,\s*(20\d\d))?", t)]
    for day, mword, year in cands:
        mon = month_idx(mword)
        if not mon:
            continue
        if year:
            return dt.date(int(year), mon, day).isoformat(), "day"
        d = dt.date(pub.year, mon, day)
        if d < pub and not cur:
            d = dt.date(pub.year + 1, mon, day)
        return d.isoformat(), "day"
    # month only
    for w in re.findall(r"[a-zа-яёәіңғүұқөһ]+", t):
        mon = month_idx(w)
        if mon and (re.search(r"\b(in|by)\s+" + w, t) or re.search(r"(^|\s)в\s+" + w, t)
                    or re.search(w + r" (айының|айында)", t)):
            d = eom(pub.year, mon)
            if d < pub:
                d = eom(pub.year + 1, mon)
            return d.isoformat(), "month"
    # explicit year
    m = re.search(r"(20\d\d)", t)
    if m:
        return dt.date(int(m.group(1)), 12, 31).isoformat(), "year"
    # end of (next) year / this year / next year
    if nxt:
        return dt.date(pub.year + 1, 12, 31).isoformat(), "year"
    if re.search(r"end of the year|year-end|до конца года|жыл соңына|this year|current year|ағымдағы жыл|биыл|в текущем году|в этом году", t):
        return dt.date(pub.year, 12, 31).isoformat(), "year"
    return "UNRESOLVED", "UNRESOLVED"

# ---------------------------------------------------------------- checks
def main():
    reg = json.load(open(REGISTRY, encoding="utf-8"))
    canon = {b["name"] for b in reg}
    arts = load_articles()
    errors, n = [], 0
    for line in open(os.path.join(OUT, "dev_gold.jsonl"), encoding="utf-8"):
        g = json.loads(line); n += 1
        tag = f"[{g['article'][:40]} | {g['quote'][:40]}]"
        if g["article"] not in arts:
            errors.append(f"{tag} article not found"); continue
        pub_s, text, inferred = arts[g["article"]]
        if pub_s != g["published"] or inferred != g["published_inferred"]:
            errors.append(f"{tag} published mismatch {pub_s}/{inferred}")
        cnt = text.count(g["quote"])
        if cnt != 1:
            errors.append(f"{tag} quote occurs {cnt} times")
        if not any(g["quote"] in s for s in sentences(text)):
            errors.append(f"{tag} quote crosses a sentence boundary")
        for b in g["responsible"] + g["co_executors"]:
            if b not in canon:
                errors.append(f"{tag} non-canonical body {b!r}")
        if g["deadline_granularity"] not in GRANS:
            errors.append(f"{tag} bad granularity")
        if g["deadline"] is not None:
            try:
                dt.date.fromisoformat(g["deadline"])
            except ValueError:
                errors.append(f"{tag} bad date")
            if g["deadline_text"] is None or g["deadline_granularity"] is None:
                errors.append(f"{tag} deadline without text/granularity")
        elif g["deadline_granularity"] is not None:
            errors.append(f"{tag} granularity without deadline")
        if not isinstance(g["optional"], bool) or not g["task"]:
            errors.append(f"{tag} optional/task field")
        if g["deadline_text"]:
            if g["deadline_text"] not in text:
                errors.append(f"{tag} deadline_text not in article")
            d, gr = resolve(g["deadline_text"], dt.date.fromisoformat(g["published"]))
            if (d, gr) != (g["deadline"], g["deadline_granularity"]):
                errors.append(f"{tag} resolver gives {d}/{gr}, gold {g['deadline']}/{g['deadline_granularity']}")
    # every article sentence count sanity
    print(f"{n} gold rows checked, {len(arts)} articles")
    for e in errors:
        print("ERROR", e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
