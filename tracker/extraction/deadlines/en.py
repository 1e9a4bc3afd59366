# Cyrillic and dashes in patterns are the point of this module, not look-alike typos.
"""English deadline rules (Kazakh-site English is translated from Russian: expect "by the end
of the current year", "no later than April 1 of the current year", "in the III quarter").

Month and weekday names must be capitalised ("in May", never the modal "may").
"""

from __future__ import annotations

import datetime
import re

from .common import (
    DAY,
    HALF,
    MONTH,
    NUMERIC_DATE_KEYS,
    QUARTER,
    YEAR,
    YEAR_RE,
    Candidate,
    Ctx,
    Rule,
    add_period,
    clause_around,
    half_end,
    month_end,
    next_weekday,
    parse_day_month,
    part_of_month,
    period_or_block,
    quarter_end,
    resolve_day,
    resolve_period,
    squash,
    week_end,
    year_end,
)

F = re.IGNORECASE

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "forty-five": 45,
    "sixty": 60, "ninety": 90,
}  # fmt: skip
ORDINALS = {
    "first": 1, "1st": 1, "i": 1, "second": 2, "2nd": 2, "ii": 2,
    "third": 3, "3rd": 3, "iii": 3, "fourth": 4, "4th": 4, "iv": 4,
}  # fmt: skip
REL = {"current": 0, "this": 0, "next": 1, "following": 1, "coming": 1}

NUMW = r"(?:forty-five|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen" \
    r"|twenty|thirty|forty|sixty|ninety)"
# Lower case, as every letter of a case-insensitive rule here: such rules run on the
# lower-cased sentence (fastre.Lowered).
MON = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan\.?|feb\.?|mar\.?|apr\.?|jun\.?|jul\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?)(?![a-z])"
)
# Every month word MON matches, as a lower-case substring: a full name, or an abbreviation
# with what may follow it (MON forbids a letter: "Dec." / "Dec 5", never "decree").
MONTH_KEYS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
    *(f"{a}{c}" for a in ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
                          "nov", "dec") for c in ". ,;:)"),
)  # fmt: skip
# Every rule matching a month matches MON at a word's start or right after "mid": where no
# such month word stands, a month key came from another word ("Bektenov said").
MONTH_WORD = re.compile(rf"(?:(?<![a-z])|(?<=mid)){MON}", F)
WD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
D = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
Y = rf"{YEAR_RE}(?![\d%]|[.,]\d)"
# "by" and friends for a day, a month or a year.
BY = (
    r"(?:by\s+no\s+later\s+than|no\s+later\s+than|not\s+later\s+than|on\s+or\s+before|by"
    r"|until|till|before|prior\s+to|due(?:\s+on)?|deadline\s+(?:of|is|set\s+for|on)"
    r"|deadline(?:\s+(?!is\b)[\w-]+){1,4}?\s+is|deadline\s*[:–—-])"
)
END_OF = (
    r"(?:by|until|till|before|no\s+later\s+than|not\s+later\s+than|up\s+to|to|through)\s+"
    r"(?:the\s+)?end\s+of"
)
# The year a date, month or period belongs to, when written after it.
YQ = (
    rf"(?:,?\s+(?:of\s+)?(?P<y>{Y})"
    r"|,?\s+(?:of\s+)?(?:the\s+)?(?P<q>current|this|next|following|coming)\s+year(?!['’]s))?"
)
YQ_P = (
    rf"(?:,?\s+(?:of\s+)?(?:the\s+)?(?:(?P<y>{Y})"
    r"|(?P<q>current|this|next|following|coming)\s+year(?!['’]s)|year(?!['’]s)))?"
)
# A programme's title runs from its noun through capitalised words and small function words
# up to the cue: "the Concept for the Development of Healthcare until 2030".
PROGRAMME = re.compile(
    r"\b(?:Concept|Strategy|Program|Programme|Plan|Doctrine|Road\s?[Mm]ap|Framework|Agenda"
    r"|Vision|Code|Project)(?:\s+(?:for|of|on|the|and|in|[A-Z][\w-]*))*\s*[\"”»]?\s*$"
)
DIRECTIVE = re.compile(
    r"\b(?:must|should|shall|will|needs?|instructed|tasked|ordered|required|is\s+to|are\s+to"
    r"|has\s+to|have\s+to|plan(?:s|ned)?|expected|scheduled|intends?|aims?|to\s+be)\b",
    F,
)
# An instruction earlier in the sentence makes a bare "this year" its deadline.
INSTRUCTED = re.compile(
    r"\b(?:instruct(?:ed|s)?|tasked|order(?:ed|s)?|charged|obliged|directed|entrusted)\b"
    r"[^.;]*\bto\s+[a-z]+",
    F,
)
PAST = re.compile(
    r"\b(?:was|were|had|has\s+been|have\s+been|amounted|reached|totall?ed|grew|rose|fell"
    r"|decreased|increased|declined|held|signed|adopted|completed|carried\s+out)\b",
    F,
)


# "launch in the first quarter the projects that were delayed in 2025": a relative clause
# reports on its noun; its past tense says nothing of the period outside it
_RELATIVE = re.compile(r"\b(?:that|which|who|whose)\b", F)


def looks_past(ctx: Ctx, start: int, end: int) -> bool:
    clause = clause_around(ctx.sentence, start, end)
    if "that" in clause or "which" in clause or "who" in clause:
        at = ctx.sentence.find(clause, max(0, start - len(clause)))
        cuts = [m.start() for m in _RELATIVE.finditer(clause)]
        left = max((c for c in cuts if at + c < start), default=0)
        right = min((c for c in cuts if at + c >= end), default=len(clause))
        clause = clause[left:right]
    return bool(PAST.search(clause)) and not DIRECTIVE.search(clause)


def _month(word: str | None) -> int | None:
    if not word or not word[0].isupper():
        return None
    return MONTHS.get(word[:3].lower())


def _rel(m: re.Match[str]) -> int | None:
    q = m.groupdict().get("q")
    return REL[q.lower()] if q else None


def _year(m: re.Match[str], name: str = "y") -> int | None:
    y = m.groupdict().get(name)
    return int(y) if y else None


def _inside(cue: str) -> bool:
    return cue.split()[0].lower() in {"in", "during", "within", "throughout", "over"}


# --------------------------------------------------------------------------- handlers


def on_date(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    month = _month(m.group("m"))
    if month is None:
        return None
    day = re.match(r"\d+", m.group("d")).group()
    y = m.group("y")
    phrase = f"{day} {m.group('m')}" + (f" {y}" if y else "")
    parsed = parse_day_month(phrase, "en")
    if parsed is None:
        return None
    d, mo, year = parsed
    date = resolve_day(ctx.published, mo, d, year, _rel(m))
    if date is None:
        return None
    return Candidate(_start(m, "d", "m"), m.end(), date, DAY)


def _start(m: re.Match[str], *groups: str) -> int:
    """Where the mention starts: at the cue, except after "the deadline for X is", whose
    words before the date are the task, which the directive detector must still see."""
    if not m.group("cue").lower().startswith("deadline"):
        return m.start()
    return min(m.start(g) for g in groups if m.group(g) is not None)


def on_numeric_date(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    parsed = parse_day_month(m.group("num").replace("/", "."), "en")
    if parsed is None or parsed[2] is None:
        return None
    d, mo, year = parsed
    date = resolve_day(ctx.published, mo, d, year, None)
    return Candidate(_start(m, "num"), m.end(), date, DAY) if date else None


def on_month(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    month = _month(m.group("m"))
    if month is None:
        return None
    if m.group("m2"):
        month = _month(m.group("m2")) or month  # "in April and may ...": a verb, not May
    year, rel = _year(m), _rel(m)
    end = resolve_period(month_end, month, ctx.published, year, rel)
    return period_or_block(
        ctx, m, end, inside=_inside(m.group("cue")), year_named=year is not None or rel is not None,
        looks_past=looks_past, granularity=MONTH, start=_start(m, "m"),
    )


def on_part_of_month(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    """"by mid-September", "in the first half of September" -> the 15th; "in late September",
    "in the second half of September" -> the month's last day."""
    month = _month(m.group("m"))
    if month is None:
        return None
    return part_of_month(
        m, ctx, month, _year(m), _rel(m), early=bool(m.group("mid")),
        inside=_inside(m.group("cue")), looks_past=looks_past,
    )


def on_quarter(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    q = ORDINALS[m.group("qn").lower()] if m.group("qn") else int(m.group("qd"))
    year, rel = _year(m), _rel(m)
    end = resolve_period(quarter_end, q, ctx.published, year, rel)
    return period_or_block(
        ctx, m, end, inside=_inside(m.group("cue")), year_named=year is not None or rel is not None,
        looks_past=looks_past, granularity=QUARTER,
    )


def on_half(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    h = ORDINALS[m.group("hn").lower()] if m.group("hn") else int(m.group("hd"))
    year, rel = _year(m), _rel(m)
    end = resolve_period(half_end, h, ctx.published, year, rel)
    return period_or_block(
        ctx, m, end, inside=_inside(m.group("cue")), year_named=year is not None or rel is not None,
        looks_past=looks_past, granularity=HALF,
    )


def on_mid_year(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    year = _year(m) or _year(m, "y2")
    end = resolve_period(half_end, 1, ctx.published, year, _rel(m))
    return period_or_block(
        ctx, m, end, inside=False, year_named=True, looks_past=looks_past, granularity=HALF
    )


def on_this_quarter(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    q = (ctx.published.month - 1) // 3 + 1 + (1 if m.group("nx") else 0)
    year = ctx.published.year + (q - 1) // 4
    return Candidate(m.start(), m.end(), quarter_end(year, (q - 1) % 4 + 1), QUARTER)


def on_bare_this_month(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    if looks_past(ctx, m.start(), m.end()):
        return Candidate(m.start(), m.end(), block=True)
    return on_this_month(m, ctx)


def on_this_month(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    pub = ctx.published
    nxt = 1 if m.group("nx") else 0
    y, mo = pub.year + (pub.month - 1 + nxt) // 12, (pub.month - 1 + nxt) % 12 + 1
    return Candidate(m.start(), m.end(), month_end(y, mo), MONTH)


def on_year_end(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    year = _year(m) or _year(m, "y2") or _year(m, "y3")
    rel = _rel(m)
    if year is None:
        year = ctx.published.year + (rel or 0)
    if year < ctx.published.year:
        return Candidate(m.start(), m.end(), block=True)
    return Candidate(m.start(), m.end(), year_end(year), YEAR)


def on_rel_year(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    before = ctx.sentence[max(0, m.start() - 24) : m.start()]
    if re.search(r"\b(?:of|from|since|for|last|than)\s+(?:the\s+)?$", before, F):
        return None  # "of this year" belongs to a longer phrase we did not read; leave it
    if m.group("cue") is None and m.group("q").lower() == "current":
        return None  # "the current year" with no preposition is a noun, not a time
    rel = REL[m.group("q").lower()]
    if rel == 0 and (
        re.search(r"\b(?:early|earlier|beginning\s+of|start\s+of)\s+(?:the\s+)?$", before, F)
        or _reads_past(ctx, m.start(), m.end())
    ):
        return Candidate(m.start(), m.end(), block=True)  # "he visited early this year"
    return Candidate(m.start(), m.end(), year_end(ctx.published.year + rel), YEAR)


def _reads_past(ctx: Ctx, start: int, end: int) -> bool:
    """Like looks_past, but any "-ed" verb counts: "this year" alone is often a report."""
    clause = clause_around(ctx.sentence, start, end)
    if DIRECTIVE.search(clause):
        return False
    if INSTRUCTED.search(ctx.sentence, 0, start) and not PAST.search(clause):
        return False  # "ordered the Ministry ... to conclude agreements with ... this year"
    return bool(PAST.search(clause) or re.search(r"\b(?!need)[a-z]{3,}ed\b", clause))


def on_cue_year(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    y1 = int(m.group("y"))
    y = y1
    if m.group("y2"):
        tail = m.group("y2")
        y = int(tail) if len(tail) == 4 else int(str(y1)[:2] + tail)
        if y < y1:
            return None
    cue = squash(m.group("cue")).lower()
    if y < ctx.published.year:
        return Candidate(m.start(), m.end(), block=True)
    if m.group("y2") and y1 < ctx.published.year and _inside(cue):
        # "analyze the spending in 2024-2025": a range begun before the article is a period
        # the task looks at, not its deadline
        return Candidate(m.start(), m.end(), block=True)
    before = ctx.sentence[max(0, m.start() - 80) : m.start()]
    if cue in {"until", "till", "up to", "through"} or cue.startswith(("in ", "for")):
        if PROGRAMME.search(before):
            return Candidate(m.start(), m.end(), block=True)  # "Concept until 2030" is a title
    elif re.search(r"\b(?:Concept|Strategy|Program|Programme|Plan|Doctrine)\s*$", before):
        return Candidate(m.start(), m.end(), block=True)
    if cue in {"until", "till", "up to", "through"} and re.search(r"\bperiod\s*$", before, F):
        # "the period up to 2030" is a horizon, not a task's deadline
        return Candidate(m.start(), m.end(), block=True)
    if _inside(cue) and y == ctx.published.year and looks_past(ctx, m.start(), m.end()):
        return Candidate(m.start(), m.end(), block=True)
    return Candidate(m.start(), m.end(), year_end(y), YEAR)


def on_week(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    return Candidate(m.start(), m.end(), week_end(ctx.published, 1 if m.group("nx") else 0), DAY)


def on_weekday(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    wd = m.group("wd")
    if not wd[0].isupper():
        return None
    day = WEEKDAYS[wd.lower()]
    if m.group("mod") and m.group("mod").lower() == "next":
        # "next Friday": the Friday of the coming calendar week
        monday = ctx.published - datetime.timedelta(days=ctx.published.weekday())
        date = monday + datetime.timedelta(days=7 + day)
    else:
        date = next_weekday(ctx.published, day)
    return Candidate(_start(m, "mod", "wd"), m.end(), date, DAY)


def on_within(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    unit = m.group("u").lower().rstrip("s")
    if unit == "fortnight":
        n, unit = 2 * _count(m, default=1), "week"
    else:
        n = _count(m)
    if n is None:
        return None
    if not m.group("n") and m.group("u").lower().endswith("s"):
        return Candidate(m.start(), m.end())  # "in the coming months": no count, vague
    after = ctx.sentence[m.end() : m.end() + 40]
    if re.match(EVENT_AFTER, after, F):
        return Candidate(m.start(), m.end())  # counted from an event: vague
    if re.match(r"\s+of\s+(?:the\s+)?(?:(?:this|current|last)\s+year|\d{4})", after, F):
        return Candidate(m.start(), m.end(), block=True)  # "in seven months of 2025"
    working = (m.group("w") or "").lower() in {"working", "business"}
    date = add_period(ctx.published, n, unit, working)
    return Candidate(m.start(), m.end(), date, DAY) if date else None


def year_start(m: re.Match[str], ctx: Ctx, year: int | None) -> Candidate | None:
    """January 1 of the year named, or of next year."""
    year = year if year is not None else ctx.published.year + 1
    if year <= ctx.published.year:
        return None
    return Candidate(m.start(), m.end(), datetime.date(year, 1, 1), DAY)


def on_given_period(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    n = m.group("n")
    count = 1 if m.group("art") else int(n) if n.isdigit() else NUMBERS.get(n.lower())
    if count is None:
        return None
    working = (m.group("w") or "").lower() in {"working", "business"}
    date = add_period(ctx.published, count, m.group("u").lower().rstrip("s"), working)
    return Candidate(m.start("span"), m.end("span"), date, DAY) if date else None


EVENT_AFTER = r"\s+(?:after|from|following|since|upon|of\s+(?:the|its|their)|before)\b"


def _count(m: re.Match[str], default: int | None = None) -> int | None:
    n = m.group("n")
    if n:
        return int(n) if n.isdigit() else NUMBERS.get(n.lower().replace(" ", "-"))
    art = (m.group("art") or "").lower()
    if art in {"a", "an"} or m.group("nx"):
        return 1  # "within a month", "within the next month"
    return default


def vague(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    if re.search(r"\d", m.group()):
        return None
    return Candidate(m.start(), m.end())


def block(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    return Candidate(m.start(), m.end(), block=True)


# --------------------------------------------------------------------------- rules

HALF_CUE = (
    rf"{END_OF}|by|until|till|in|during|within|throughout|no\s+later\s+than|not\s+later\s+than"
)

RULES = [
    # "before the New Year": the year's last day
    Rule(
        re.compile(
            r"\b(?:by|before|until|ahead\s+of)\s+(?:the\s+)?[Nn]ew\s+[Yy]ear"
            r"(?!['’]s\s+(?:Eve|Day)|\s+holidays?)\b"
        ),
        lambda m, ctx: Candidate(m.start(), m.end(), year_end(ctx.published.year), DAY),
        keys=("new year",),
    ),
    # "by the beginning of next year" is "by January 1" of that year (a day, as spec §4 reads
    # "by October 1"); "at the beginning of next year" is left alone.
    Rule(
        re.compile(
            r"\b(?P<cue>by|until|before|no\s+later\s+than|not\s+later\s+than)\s+the\s+"
            r"(?:beginning|start|outset)\s+of\s+(?:(?:the\s+)?(?P<q>next|following|coming)\s+"
            rf"year|(?P<y>{YEAR_RE})(?!\d))",
            F,
        ),
        lambda m, ctx: year_start(m, ctx, _year(m)),
        keys=("beginning", "start", "outset"),
    ),
    Rule(
        re.compile(
            rf"\b(?=[bnoutpd])(?P<cue>{BY})\s+(?:{WD},?\s+)?(?:the\s+)?(?P<m>{MON})\s+(?P<d>{D})"
            rf"{YQ}",
            F,
        ),
        on_date,
        keys=MONTH_KEYS,
        guard=MONTH_WORD,
    ),
    Rule(
        re.compile(
            rf"\b(?=[bnoutpd])(?P<cue>{BY})\s+(?:{WD},?\s+)?(?:the\s+)?(?P<d>{D})\s+(?:of\s+)?(?P<m>{MON})"
            rf"{YQ}",
            F,
        ),
        on_date,
        keys=MONTH_KEYS,
        guard=MONTH_WORD,
    ),
    Rule(
        re.compile(
            rf"\b(?=[bnoutpd])(?P<cue>{BY})\s+(?P<num>\d{{1,2}}[./]\d{{1,2}}[./]{YEAR_RE})(?!\d)",
            F,
        ),
        on_numeric_date,
        keys=NUMERIC_DATE_KEYS,
    ),
    Rule(
        re.compile(
            rf"\b(?=[bnoutpdiw])(?P<cue>{END_OF}|{BY}|in|during|within|throughout)\s+(?:the\s+month\s+of\s+)?"
            # "in April and May", "in April-May", "in April, May and June": the last month
            rf"(?P<m>{MON})(?:(?:\s*,\s*{MON})*(?:\s*[-–—]\s*|,?\s+(?:and|or|through)\s+)"
            rf"(?P<m2>{MON}))?{YQ}",
            F,
        ),
        on_month,
        keys=MONTH_KEYS,
        guard=MONTH_WORD,
    ),
    Rule(
        re.compile(
            rf"\b(?=[bnoutpdiw])(?P<cue>{BY}|in|during|within)\s+(?:the\s+)?(?:(?P<mid>mid-?"
            r"|middle\s+of\s+|first\s+half\s+of\s+)|late\s+|second\s+half\s+of\s+)"
            rf"(?P<m>{MON}){YQ}",
            F,
        ),
        on_part_of_month,
        keys=MONTH_KEYS,
        guard=MONTH_WORD,
    ),
    Rule(
        re.compile(
            rf"\b(?=[butnidw])(?P<cue>{HALF_CUE})\s+(?:the\s+)?(?:(?P<qn>first|second|third|fourth|1st|2nd|3rd"
            rf"|4th|i{{1,3}}|iv)[\s-]+quarter|q(?P<qd>[1-4]))(?![\w-]){YQ_P}",
            F,
        ),
        on_quarter,
        keys=("quarter", "q1", "q2", "q3", "q4"),
    ),
    Rule(
        re.compile(
            rf"\b(?=[butnidw])(?P<cue>{HALF_CUE})\s+(?:the\s+)?(?:(?P<hn>first|second|1st|2nd)\s+half"
            rf"|h(?P<hd>[12]))(?![\w-]){YQ_P}(?!\s+of\b)",
            F,
        ),
        on_half,
        keys=("half", "h1", "h2"),
    ),
    Rule(
        re.compile(
            rf"\b(?=[butn])(?P<cue>by|until|till|before|no\s+later\s+than)\s+(?:the\s+)?(?:mid-?year"
            r"|middle\s+of\s+(?:the\s+)?(?:(?P<q>current|this|next|following)\s+)?year"
            rf"|mid-(?P<y>{Y})|middle\s+of\s+(?P<y2>{Y}))",
            F,
        ),
        on_mid_year,
        keys=("mid",),
    ),
    Rule(
        re.compile(
            rf"\b(?=[butn])(?:{END_OF})\s+(?:the\s+|this\s+|the\s+current\s+|(?P<nx>next|the\s+next)\s+)?"
            r"quarter\b",
            F,
        ),
        on_this_quarter,
        keys=("quarter",),
    ),
    Rule(
        re.compile(
            rf"\b(?=[butn])(?:{END_OF})\s+(?:the\s+|this\s+|the\s+current\s+|(?P<nx>next|the\s+next)\s+)?"
            r"month\b(?!\s+of\b)",
            F,
        ),
        on_this_month,
        keys=("month",),
    ),
    Rule(
        # "this month, complete the inventory"; "This month, 40 projects were launched" is
        # a report
        re.compile(
            # ("within the next month" is a period from publication: ``on_within``)
            r"\b(?=[idtn])(?:(?:in|during|throughout)\s+)?(?:this|the\s+current"
            r"|(?P<nx>next))\s+month\b(?!\s+of\b|['’]s)",
            F,
        ),
        on_bare_this_month,
        keys=("month",),
    ),
    Rule(
        re.compile(
            rf"\b(?=[butn])(?:{END_OF})\s+(?:the\s+)?(?:(?P<q>current|this|next|following|coming)\s+)?"
            rf"year(?!['’]s)(?:\s+(?P<y3>{Y}))?"
            rf"|\b(?:by|until|till|before|no\s+later\s+than)\s+(?:the\s+)?(?:end-year|year[-\s]end)"
            rf"(?:\s+(?P<y2>{Y}))?"
            rf"|\b(?:{END_OF})\s+(?P<y>{Y})|\b(?:by|until|before)\s+end-(?P<y4>{Y})",
            F,
        ),
        lambda m, ctx: on_year_end(m, ctx) if not m.group("y4") else _end_year4(m, ctx),
        keys=("end",),
    ),
    Rule(
        re.compile(
            r"\b(?=[idwtolcn])(?:(?P<cue>in|during|within|throughout|over|later)\s+)?(?:the\s+)?"
            r"(?P<q>this|current|next)\s+year\b(?!['’]s|\s*-)",
            F,
        ),
        on_rel_year,
        keys=("year",),
    ),
    Rule(
        re.compile(
            r"\b(?=[butidwnf])(?P<cue>by|until|till|in|during|within|throughout|no\s+later\s+than"
            r"|not\s+later\s+than|up\s+to|through|in\s+the\s+year|for)\s+(?:the\s+year\s+)?"
            rf"(?P<y>{YEAR_RE})(?:\s*[-–—]\s*(?P<y2>(?:19|20)?\d\d))?(?![\d%]|[.,]\d|\s*%"
            r"|\s+(?:tenge|km|tons|units|people|persons|thousand|million|billion|hectares)\b)",
            F,
        ),
        lambda m, ctx: on_cue_year(m, ctx) if not m.group("cue").lower().startswith("for")
        else _for_year(m, ctx),
        keys=("19", "20"),
    ),
    Rule(
        re.compile(
            rf"\b(?=[butndwi])(?:{END_OF})\s+(?:the\s+|this\s+|the\s+current\s+|(?P<nx>next|the\s+next"
            r"|the\s+following)\s+)?week\b|\bby\s+(?:the\s+)?week['’]s\s+end\b"
            r"|\b(?:(?:within|during|in)\s+)?(?:this|the\s+current)\s+week\b"
            r"|\b(?:(?:within|during|in)\s+)?(?P<nx2>next)\s+week\b",
            F,
        ),
        lambda m, ctx: Candidate(
            m.start(), m.end(),
            week_end(ctx.published, 1 if (m.group("nx") or m.group("nx2")) else 0), DAY,
        ),
        keys=("week",),
    ),
    Rule(
        re.compile(
            rf"\b(?=[bnoutpd])(?P<cue>{BY}|by\s+the\s+end\s+of)\s+(?:(?P<mod>this|next|the\s+coming|coming)\s+)?"
            rf"(?P<wd>{WD})\b",
            F,
        ),
        on_weekday,
        keys=("day",),
    ),
    Rule(
        # "were given 10 days to eliminate the lag", "was granted two weeks to"
        re.compile(
            r"\b(?:(?:given|granted|allotted|allowed)\s+(?:(?:them|him|her|it)\s+)?"
            # "gave the Government a month to": the addressee stands between
            r"|(?:gave|gives|give)\s+(?:[^.,;:]{1,80}?\s)?)"
            rf"(?P<span>(?:(?P<art>an?)|(?P<n>\d{{1,3}}|{NUMW}))[\s-]+"
            r"(?:(?P<w>working|business|calendar)[\s-]+)?(?P<u>days?|weeks?|months?))\s+to\s+[a-z]",
            F,
        ),
        on_given_period,
        keys=("give", "gave", "grant", "allot", "allow"),
    ),
    Rule(
        re.compile(
            r"\b(?=[windo])(?P<cue>within|in|no\s+later\s+than|not\s+later\s+than|during\s+the\s+next"
            r"|over\s+the\s+next)\s+(?:(?P<nx>the\s+(?:next|coming|following))\s+|a\s+period\s+of\s+)?"
            rf"(?:(?P<art>an?|the)\s+)?(?:(?P<n>\d{{1,3}}|{NUMW})[\s-]+)?"
            r"(?:(?P<w>working|business|calendar)[\s-]+)?(?P<u>days?|weeks?|months?|years?|fortnight)"
            r"\b(?:['’]s?\s+time|\s+period|\s+time[\s-]?frame|\s+term)?",
            F,
        ),
        on_within,
        keys=("day", "week", "month", "year", "fortnight"),
    ),
    Rule(
        re.compile(
            r"\b(?=[pawiu])(?:promptly|as\s+soon\s+as\s+possible|asap|without\s+(?:further\s+)?delay"
            r"|immediately(?!\s+(?:after|before|following|adjacent|next|upon|afterwards))"
            r"|urgently|in\s+the\s+shortest\s+(?:possible\s+)?(?:time|period|terms?)(?:\s+possible)?"
            r"|in\s+the\s+near(?:est)?\s+future|in\s+the\s+coming\s+(?:days|weeks)"
            r"|at\s+the\s+earliest\s+opportunity|as\s+a\s+matter\s+of\s+urgency)\b",
            F,
        ),
        vague,
        keys=(
            "prompt", "soon", "asap", "delay", "immediate", "urgent", "shortest", "near", "coming",
            "earliest",
        ),
    ),
    Rule(
        re.compile(
            r"\b(?=[baputi])(?:by|before|ahead\s+of|prior\s+to|until|till|in\s+time\s+for)\s+the\s+"
            r"(?:(?:start|beginning|onset|launch|opening|end)\s+of\s+(?:the\s+)?)?"
            r"(?:new\s+|next\s+|upcoming\s+|coming\s+)?(?:[a-z-]+\s+){0,2}?"
            r"(?:season|campaign|school\s+year|academic\s+year|floods?|flood\s+period|winter"
            r"|spring|harvest)\b",
            F,
        ),
        vague,
        keys=("season", "campaign", "school", "academic", "flood", "winter", "spring", "harvest"),
    ),
    # Never deadlines: statistics periods and starting points.
    Rule(
        re.compile(
            r"\b(?=[iodfw])(?:in|over|during|for|within)\s+(?:the\s+)?(?:first\s+|last\s+|past\s+)?"
            rf"(?:\d{{1,2}}|{NUMW})\s+months\s+of\s+(?:(?:the\s+)?(?:current|this|last|previous)"
            rf"\s+year|the\s+year|{YEAR_RE})",
            F,
        ),
        block,
        keys=("month",),
    ),
    Rule(
        re.compile(
            r"\b(?=[fsbae])(?:from|since|starting(?:\s+(?:from|in|on))?|beginning(?:\s+(?:from|in|on))?"
            r"|as\s+of|effective(?:\s+from)?)\s+(?:the\s+)?(?:"
            rf"(?:{MON})(?:\s+{D})?(?:,?\s+{YEAR_RE})?|{D}\s+(?:of\s+)?(?:{MON})(?:,?\s+{YEAR_RE})?"
            rf"|{YEAR_RE}|(?:this|the\s+current|next|the\s+next|the\s+coming)\s+year"
            r"|(?:beginning|start)\s+of\s+(?:the\s+|this\s+|next\s+)?year)",
            F,
        ),
        block,
        keys=("from", "since", "start", "begin", "as of", "effective"),
    ),
]


def _end_year4(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    y = int(m.group("y4"))
    if y < ctx.published.year:
        return Candidate(m.start(), m.end(), block=True)
    return Candidate(m.start(), m.end(), year_end(y), YEAR)


def _for_year(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    # "for 2025-2029" names a programme's horizon or a budget period, never a deadline.
    return Candidate(m.start(), m.end(), block=True)
