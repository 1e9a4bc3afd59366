# Cyrillic and dashes in patterns are the point of this module, not look-alike typos.
"""Shared parts of the deadline finder: the mention type, calendar arithmetic, the cached
dateparser call and the machinery that runs a language's rules over one sentence.

Each language module (``en``, ``ru``, ``kk``) is a list of ``Rule``: a compiled regex and a
handler that turns one match into a ``Candidate`` (a resolved deadline, a vague one, or a
*block* that marks words which must never be read as a deadline, such as "in seven months of
2025"). ``run_rules`` keeps the longest non-overlapping candidates, so "by October 1 of the
current year" wins over the "current year" inside it, and a block swallows the dates it covers.
"""

from __future__ import annotations

import calendar
import datetime
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

import dateparser

from tracker.extraction.fastre import Lowered, exotic_class
from tracker.extraction.keys import KeyFinder


# immutable, and built several times faster than a frozen dataclass
class DeadlineMention(NamedTuple):
    """One deadline expression found in a sentence (spec §4)."""

    text: str  # the words as they stand in the sentence
    start: int  # span of ``text`` in the sentence passed in
    end: int
    date: datetime.date | None  # last day the task is on time; None for vague ones
    granularity: str | None  # "day" | "month" | "quarter" | "half" | "year" | None


# Sentences longer than this are not sentences (a whole article or a broken split): we look at
# the head only, so the work stays bounded whatever the caller hands us.
MAX_CHARS = 20_000
# More mentions than this in one "sentence" means the input is not prose.
MAX_MENTIONS = 32
# Phrases handed to dateparser are short by construction; this is the hard cap.
MAX_PHRASE = 60

DAY = "day"
MONTH = "month"
QUARTER = "quarter"
HALF = "half"
YEAR = "year"

YEAR_RE = r"(?:19|20)\d\d"
# "01.10.2025", "1/10/2025": a digit and a separator, which every numeric date holds
NUMERIC_DATE_KEYS = tuple(f"{d}{sep}" for d in "0123456789" for sep in "./")


# immutable, and built several times faster than a frozen dataclass
class Candidate(NamedTuple):
    start: int
    end: int
    date: datetime.date | None = None
    granularity: str | None = None
    block: bool = False  # matched words that must not yield a deadline


# immutable, and built several times faster than a frozen dataclass
class Ctx(NamedTuple):
    sentence: str
    published: datetime.date
    lang: str


Handler = Callable[[re.Match[str], Ctx], Candidate | None]


@dataclass(frozen=True, slots=True)
class Rule:
    pattern: re.Pattern[str]
    handler: Handler
    # Lower-case substrings one of which every match contains: a rule whose keys are all
    # absent from the sentence is skipped without running its regex (most sentences hold no
    # deadline, and a substring test is far cheaper than a regex scan).
    keys: tuple[str, ...] = ()
    # A cheaper regex that finds something in every sentence the rule can match in (shared
    # by rules, run at most once per sentence): the second look, when a key is there but
    # may stand for something else ("nov " of "Bektenov said" is no November).
    guard: re.Pattern[str] | None = None


# --------------------------------------------------------------------------- calendar


def month_end(year: int, month: int) -> datetime.date:
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def quarter_end(year: int, quarter: int) -> datetime.date:
    return month_end(year, 3 * quarter)


def half_end(year: int, half: int) -> datetime.date:
    return month_end(year, 6 * half)


def year_end(year: int, _: int = 0) -> datetime.date:
    return datetime.date(year, 12, 31)


def safe_date(year: int, month: int, day: int) -> datetime.date | None:
    """A date, with Feb 29 of a common year read as Feb 28; None when impossible."""
    if not (1 <= month <= 12 and 1 <= day <= 31 and datetime.MINYEAR < year < datetime.MAXYEAR):
        return None
    last = calendar.monthrange(year, month)[1]
    if day > last:
        if month == 2 and day == 29:
            day = 28
        else:
            return None
    return datetime.date(year, month, day)


def resolve_period(
    end_of: Callable[[int, int], datetime.date],
    index: int,
    published: datetime.date,
    year: int | None = None,
    rel: int | None = None,
) -> datetime.date:
    """Last day of the month/quarter/half ``index``.

    A named year wins; ``rel`` (0 = this year, 1 = next year) comes next; otherwise the
    publication year, or the next one if that period is already over.
    """
    if year is not None:
        return end_of(year, index)
    if rel is not None:
        return end_of(published.year + rel, index)
    this = end_of(published.year, index)
    return this if this >= published else end_of(published.year + 1, index)


def resolve_day(
    published: datetime.date, month: int, day: int, year: int | None, rel: int | None
) -> datetime.date | None:
    if year is not None:
        return safe_date(year, month, day)
    if rel is not None:
        return safe_date(published.year + rel, month, day)
    this = safe_date(published.year, month, day)
    if this is None or this >= published:
        return this
    return safe_date(published.year + 1, month, day)


def add_months(d: datetime.date, months: int) -> datetime.date:
    total = d.month - 1 + months
    y, m = d.year + total // 12, total % 12 + 1
    return datetime.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def add_period(published: datetime.date, n: int, unit: str, working: bool = False):
    """Publication date plus ``n`` days/weeks/months/years (working days skip weekends)."""
    if n <= 0 or n > 3660:
        return None
    try:
        if unit == "day":
            if not working:
                return published + datetime.timedelta(days=n)
            d, left = published, n
            while left:
                d += datetime.timedelta(days=1)
                if d.weekday() < 5:
                    left -= 1
            return d
        if unit == "week":
            return published + datetime.timedelta(weeks=n)
        if unit == "month":
            return add_months(published, n)
        if unit == "year":
            return add_months(published, 12 * n)
    except (OverflowError, ValueError):
        return None
    return None


def next_weekday(published: datetime.date, weekday: int, weeks_ahead: int = 0) -> datetime.date:
    """The first ``weekday`` (Mon=0) strictly after ``published``; ``weeks_ahead`` skips on."""
    days = (weekday - published.weekday() - 1) % 7 + 1
    return published + datetime.timedelta(days=days + 7 * weeks_ahead)


def week_end(published: datetime.date, weeks_ahead: int = 0) -> datetime.date:
    """The Sunday closing the publication week (or a later one)."""
    return published + datetime.timedelta(days=6 - published.weekday() + 7 * weeks_ahead)


# --------------------------------------------------------------------------- dateparser

_FOUR_DIGITS = re.compile(r"(?<!\d)\d{4}(?!\d)")
# A fixed, leap-year base: the cache key is the phrase alone, so the base must not be the
# publication date. We take only day, month and a *written* year from dateparser and resolve
# the year against the publication date ourselves (resolve_day), which is what RELATIVE_BASE
# would otherwise be for; none of the phrases we send is relative ("tomorrow", "next Friday").
_DP_SETTINGS = {
    "RELATIVE_BASE": datetime.datetime(2000, 1, 1),
    "DATE_ORDER": "DMY",
    "PREFER_DATES_FROM": "current_period",
    "REQUIRE_PARTS": ["day", "month"],
    "PARSERS": ["absolute-time"],
}


@functools.lru_cache(maxsize=8192)
def parse_day_month(phrase: str, lang: str) -> tuple[int, int, int | None] | None:
    """(day, month, year-or-None) of a short normalised date phrase, via dateparser."""
    if not phrase or len(phrase) > MAX_PHRASE:
        return None
    try:
        parsed = dateparser.parse(phrase, languages=[lang], settings=_DP_SETTINGS)
    except Exception:  # dateparser raises odd things on odd input; a miss is a miss
        return None
    if parsed is None:
        return None
    year = parsed.year if _FOUR_DIGITS.search(phrase) else None
    return parsed.day, parsed.month, year


# --------------------------------------------------------------------------- helpers

_SPACES = re.compile(r"\s+")


def squash(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


CLAUSE_CAP = 300
_BOUNDARY = re.compile(r"[;:!?]|[,.](?!\d)")


def _clause_end(sentence: str, pos: int) -> int:
    found = _BOUNDARY.search(sentence, pos)
    return found.start() if found else len(sentence)


def clause_around(sentence: str, start: int, end: int) -> str:
    """The clause holding a span: up to the nearest , ; : or sentence edge on each side.

    A fronted adverbial ("This year, 2,000 km were repaired") is no clause of its own: when
    the span is nearly all there is, the clause after it is taken in too.
    """
    # A clause is a few hundred characters at most; the cap keeps the callers' searches
    # linear on pathological input with no punctuation at all.
    window = sentence[: end + CLAUSE_CAP]
    head_start = max(0, start - CLAUSE_CAP)
    lefts = [b.end() for b in _BOUNDARY.finditer(window, head_start, start)]
    left = lefts[-1] if lefts else head_start
    right = _clause_end(window, end)
    rest = window[left:start] + window[end:right]
    if len(rest.split()) < 3 and right < len(window) and window[right] == ",":
        right = _clause_end(window, right + 1)
    return window[left:right]


def period_or_block(
    ctx: Ctx,
    m: re.Match[str],
    end: datetime.date,
    *,
    inside: bool,
    year_named: bool,
    looks_past: Callable[[Ctx, int, int], bool],
    granularity: str,
    start: int | None = None,
) -> Candidate:
    """A month/quarter/half candidate, or a block when the words report a finished period.

    "in the first half of 2025" in a sentence published in August 2025 is a statistics
    period, not a deadline; "by the end of the first quarter of this year" stays (overdue).
    Without a named year an ``inside`` ("in/в/-да") period that rolled over to next year
    is read as past activity when its clause reads as a report.
    """
    s = m.start() if start is None else start
    if inside and end < ctx.published:
        return Candidate(s, m.end(), block=True)
    # an earlier year's "by the end of October 2025" is an overdue deadline when an
    # instruction recalls it, a statistics period when the clause reports
    if end.year < ctx.published.year and (inside or looks_past(ctx, s, m.end())):
        return Candidate(s, m.end(), block=True)
    if inside and not year_named and end.year > ctx.published.year and looks_past(ctx, s, m.end()):
        return Candidate(s, m.end(), block=True)
    return Candidate(s, m.end(), end, granularity)


def part_of_month(
    m: re.Match[str],
    ctx: Ctx,
    month: int,
    year: int | None,
    rel: int | None,
    *,
    early: bool,
    inside: bool,
    looks_past: Callable[[Ctx, int, int], bool],
) -> Candidate | None:
    """The middle (15th, a day) or the end (last day, a month) of a named month."""
    end = resolve_period(month_end, month, ctx.published, year, rel)
    cand = period_or_block(
        ctx, m, end, inside=inside, year_named=year is not None or rel is not None,
        looks_past=looks_past, granularity=MONTH,
    )
    if cand.block or not early:
        return cand
    mid = end.replace(day=15)
    if mid < ctx.published and year is None and rel is None:
        mid = mid.replace(year=mid.year + 1)  # "by mid-August" published on August 20
    return Candidate(cand.start, cand.end, mid, DAY)


_PREPARED: dict[int, tuple] = {}


def _prepared(rules: list[Rule]) -> tuple[KeyFinder, list[Lowered], re.Pattern[str] | None]:
    """The key finder of a language's rules, their patterns as scans of the lower-cased
    sentence where that is exact (see ``fastre.Lowered``), and the characters that keep a
    sentence from being lowered for them; the lists are module constants."""
    got = _PREPARED.get(id(rules))
    if got is None or got[0] is not rules:
        finder = KeyFinder([k for r in rules for k in r.keys])
        scans = [Lowered(r.pattern) for r in rules]
        guard = exotic_class(set().union(*(s.chars for s in scans if s.runs_lowered)))
        got = _PREPARED[id(rules)] = (rules, finder, scans, guard)
    return got[1], got[2], got[3]


def run_rules(rules: list[Rule], ctx: Ctx) -> list[DeadlineMention]:
    text = ctx.sentence
    found: list[Candidate] = []
    low = text.lower().replace("\xa0", " ")  # Russian typesetting puts NBSP after prepositions
    # Each distinct key is looked for once; a rule runs when one of its keys is there.
    finder, scans, guard = _prepared(rules)
    present = finder.present(low)
    if not present and all(rule.keys for rule in rules):
        return []
    lowered: str | None = text.lower()
    if len(lowered) != len(text) or (
        guard is not None and not text.isascii() and guard.search(text) is not None
    ):
        lowered = None
    guards: dict[re.Pattern[str], bool] = {}
    for rule, scan in zip(rules, scans, strict=True):
        if rule.keys and present.isdisjoint(rule.keys):
            continue
        if rule.guard is not None:
            ok = guards.get(rule.guard)
            if ok is None:
                ok = guards[rule.guard] = rule.guard.search(text) is not None
            if not ok:
                continue
        for m in scan.finditer(text, low=lowered):
            cand = rule.handler(m, ctx)
            if cand is not None and cand.end > cand.start:
                found.append(cand)
            if len(found) > 8 * MAX_MENTIONS:
                break
    # Longest first, then leftmost: longer expressions carry the year and the qualifier.
    found.sort(key=lambda c: (-(c.end - c.start), c.start, c.block))
    taken: list[Candidate] = []
    for c in found:
        if all(c.end <= t.start or c.start >= t.end for t in taken):
            taken.append(c)
    taken.sort(key=lambda c: c.start)
    out = [
        DeadlineMention(text[c.start : c.end], c.start, c.end, c.date, c.granularity)
        for c in taken
        if not c.block
    ]
    return out[:MAX_MENTIONS]
