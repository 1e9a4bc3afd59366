# Cyrillic and dashes in patterns are the point of this module, not look-alike typos.
"""Russian deadline rules: "до 1 октября текущего года", "к 2030 году", "до конца первого
квартала", "в первом полугодии", "в течение месяца", "в двухнедельный срок", "до пятницы".

Months come in the genitive after a day or "до/до конца" (октября), the prepositional after
"в" (в октябре) and the dative after "к" (к октябрю).
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

MONTH_STEMS = {
    "янв": 1, "фев": 2, "мар": 3, "апр": 4, "мая": 5, "мае": 5, "маю": 5, "май": 5,
    "июн": 6, "июл": 7, "авг": 8, "сен": 9, "окт": 10, "ноя": 11, "дек": 12,
}  # fmt: skip
GEN = r"(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
PREP = r"(?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)"
DAT = r"(?:январю|февралю|марту|апрелю|маю|июню|июлю|августу|сентябрю|октябрю|ноябрю|декабрю)"
NOM = r"(?:январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь)"
MONTH_KEYS = (
    "янв", "фев", "мар", "апр", "мая", "мае", "маю", "июн", "июл", "авг", "сен", "окт", "ноя",
    "дек",
)  # fmt: skip
WEEKDAY_STEMS = {"пон": 0, "вто": 1, "сре": 2, "чет": 3, "пят": 4, "суб": 5, "вос": 6}
NUMBERS = {
    "один": 1, "одного": 1, "одной": 1, "одну": 1, "одна": 1,
    "два": 2, "две": 2, "двух": 2, "три": 3, "трех": 3, "трёх": 3,
    "четыре": 4, "четырех": 4, "четырёх": 4, "пять": 5, "пяти": 5, "шесть": 6, "шести": 6,
    "семь": 7, "семи": 7, "восемь": 8, "восьми": 8, "девять": 9, "девяти": 9,
    "десять": 10, "десяти": 10, "пятнадцать": 15, "пятнадцати": 15, "двадцать": 20,
    "двадцати": 20, "тридцать": 30, "тридцати": 30, "сорок": 40, "сорока": 40,
    "шестьдесят": 60, "шестидесяти": 60, "девяносто": 90, "девяноста": 90,
}  # fmt: skip
# Prefixes of compound adjectives: "двухнедельный", "десятидневный", "трехмесячный".
PREFIXES = {
    "одно": 1, "двух": 2, "трех": 3, "трёх": 3, "четырех": 4, "четырёх": 4, "пяти": 5,
    "шести": 6, "семи": 7, "восьми": 8, "девяти": 9, "десяти": 10, "пятнадцати": 15,
    "двадцати": 20, "тридцати": 30, "сорока": 40, "шестидесяти": 60, "девяноста": 90,
}  # fmt: skip
REL = {
    "текущего": 0, "этого": 0, "нынешнего": 0, "сего": 0, "текущем": 0, "этом": 0,
    "нынешнем": 0, "следующего": 1, "будущего": 1, "предстоящего": 1, "следующем": 1,
    "будущем": 1, "предстоящем": 1, "текущей": 0, "этой": 0, "следующей": 1, "будущей": 1,
}  # fmt: skip

NUMW = "(?:" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + ")"
PREFW = "(?:" + "|".join(sorted(PREFIXES, key=len, reverse=True)) + ")"
QW = r"(?:текущего|этого|нынешнего|сего|следующего|будущего|предстоящего)"
D = r"(?P<d>[12]\d|3[01]|0?[1-9])(?:-?(?:го|е|ое))?(?!\d)"
GOD = r"(?:года|году|г\.?(?!\w))"
# The year a date, month or period belongs to, when written after it.
RYQ = (
    rf"(?:\s+(?P<y>{YEAR_RE})\s*{GOD}?(?!\d)|\s+(?P<q>{QW})\s+года"
    r"|\s+(?P<abbr>т\.\s?г\.|с\.\s?г\.|тек\.\s?г\.))?"
)
ORD = {"перв": 1, "i": 1, "1": 1, "втор": 2, "ii": 2, "2": 2, "трет": 3, "iii": 3, "3": 3,
       "четв": 4, "iv": 4, "4": 4}  # fmt: skip
QORD = r"(?P<qn>перв\w*|втор\w*|трет\w*|четв[её]рт\w*|I{1,3}|IV|[1-4])(?:-?(?:м|й|го|ом|ем|ого))?"
HORD = r"(?P<hn>перв\w*|втор\w*|I{1,2}|[12])(?:-?(?:м|е|й|го|ом|ое|ого))?"
PERIOD_CUE = (
    r"(?:до\s+конца|к\s+концу|не\s+позднее\s+конца|в\s+течение|до|к|в|во|на"
    r"|срок(?:\s+исполнения)?\s*[:–—-])"
)
PROGRAMME = re.compile(
    r"(?:концепци|стратеги|программ|доктрин|план\w*\s+развития|национальн\w+\s+проект"
    r"|дорожн\w+\s+карт)\w*",
    F,
)
DIRECTIVE = re.compile(
    r"(?:поруч\w*|необходимо|нужно|надо|должн\w*|следует|обязан\w*|требуется|планиру\w*"
    r"|предстоит|будет|будут|намерен\w*|\b\w{3,}(?:ть|ти|ться|тись)\b)",
    F,
)
PAST = re.compile(
    r"\b(?:был[аои]?|\w{3,}(?:ил|ял|ыл)(?:[аои]|ся|ась|ось|ись)?|\w{3,}(?:ал|ел)(?:[аои]|ась|ось|ись)"
    r"|вырос\w*|\w{4,}(?:ено|ано|ято|ыто|ены|аны|ёно|ёны))\b",
    F,
)


# Masculine past "подписал", "провел" ends like these nouns; everything else in -ал/-ел is a verb.
_AL_NOUNS = {
    "капитал", "материал", "персонал", "сигнал", "канал", "портал", "финал", "интервал",
    "арсенал", "идеал", "потенциал", "терминал", "журнал", "квартал", "минерал", "металл",
    "отдел", "раздел", "предел", "пробел", "расстрел", "удел", "котел", "котёл", "орел",
}  # fmt: skip
_PAST_MASC = re.compile(r"\b\w{3,}(?:ал|ел|ёл)\b", F)


def looks_past(ctx: Ctx, start: int, end: int) -> bool:
    clause = clause_around(ctx.sentence, start, end)
    rest = clause.replace(ctx.sentence[start:end], " ")
    if DIRECTIVE.search(rest):
        return False
    if PAST.search(rest):
        return True
    return any(w.group().lower() not in _AL_NOUNS for w in _PAST_MASC.finditer(rest))


def _month(word: str | None) -> int | None:
    return MONTH_STEMS.get(word[:3].lower()) if word else None


def _rel(m: re.Match[str]) -> int | None:
    g = m.groupdict()
    if g.get("abbr"):
        return 0
    q = g.get("q")
    return REL.get(q.lower()) if q else None


def _year(m: re.Match[str], name: str = "y") -> int | None:
    y = m.groupdict().get(name)
    return int(y) if y else None


def _ord(word: str) -> int:
    w = word.lower()
    return ORD.get(w) or ORD[w[:4]]


def _inside(cue: str | None) -> bool:
    return bool(cue) and squash(cue).lower() in {"в", "во", "в течение"}


def _cue(m: re.Match[str]) -> str | None:
    return m.groupdict().get("cue")


# --------------------------------------------------------------------------- handlers


def on_date(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    y = m.group("y")
    phrase = f"{int(m.group('d'))} {m.group('m').lower()}" + (f" {y}" if y else "")
    parsed = parse_day_month(phrase, "ru")
    if parsed is None:
        return None
    d, mo, year = parsed
    date = resolve_day(ctx.published, mo, d, year, _rel(m))
    return Candidate(m.start(), m.end(), date, DAY) if date else None


def on_numeric_date(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    parsed = parse_day_month(m.group("num"), "ru")
    if parsed is None or parsed[2] is None:
        return None
    date = resolve_day(ctx.published, parsed[1], parsed[0], parsed[2], None)
    return Candidate(m.start(), m.end(), date, DAY) if date else None


def on_month(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    cue = squash(m.group("cue")).lower()
    word = m.group("m").lower()
    # the case must fit the preposition: "в октябре", "к октябрю", "до (конца) октября"
    if cue in {"в", "во"} and not re.fullmatch(PREP, word):
        return None
    if cue == "к" and not re.fullmatch(DAT, word):
        return None
    if cue not in {"в", "во", "к"} and not re.fullmatch(GEN, word):
        return None
    month = _month(m.group("m2") or word)
    year, rel = _year(m), _rel(m)
    end = resolve_period(month_end, month, ctx.published, year, rel)
    return period_or_block(
        ctx, m, end, inside=_inside(cue), year_named=year is not None or rel is not None,
        looks_past=looks_past, granularity=MONTH,
    )


def on_term_month(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    """ "(срок исполнения – март 2026 года)": the month's last day."""
    end = resolve_period(month_end, _month(m.group("m")), ctx.published, _year(m), None)
    return Candidate(m.start(), m.end(), end, MONTH)


def on_month_range(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    """ "в период с апреля по июнь": the end of the range's last month; a range already
    over ("с января по октябрь выросло") is a statistics period."""
    month = _month(m.group("m"))
    year, rel = _year(m), _rel(m)
    end = resolve_period(month_end, month, ctx.published, year, rel)
    return period_or_block(
        ctx, m, end, inside=True, year_named=year is not None or rel is not None,
        looks_past=looks_past, granularity=MONTH,
    )


def on_part_of_month(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    """"до середины сентября", "в первой половине сентября" -> the 15th; "в конце сентября",
    "во второй половине сентября" -> the month's last day."""
    early = bool(m.group("mid")) or (m.group("h") or "").lower().startswith("перв")
    return part_of_month(
        m, ctx, _month(m.group("m")), _year(m), _rel(m), early=early,
        inside=m.group("cue").lower() in {"в", "во"}, looks_past=looks_past,
    )


def on_quarter(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    year, rel = _year(m), _rel(m)
    end = resolve_period(quarter_end, _ord(m.group("qn")), ctx.published, year, rel)
    return period_or_block(
        ctx, m, end, inside=_inside(_cue(m)), year_named=year is not None or rel is not None,
        looks_past=looks_past, granularity=QUARTER,
    )


def on_half(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    year, rel = _year(m), _rel(m)
    end = resolve_period(half_end, _ord(m.group("hn")), ctx.published, year, rel)
    return period_or_block(
        ctx, m, end, inside=_inside(_cue(m)), year_named=year is not None or rel is not None,
        looks_past=looks_past, granularity=HALF,
    )


def on_mid_year(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    end = resolve_period(half_end, 1, ctx.published, _year(m), _rel(m))
    return period_or_block(
        ctx, m, end, inside=False, year_named=True, looks_past=looks_past, granularity=HALF
    )


def on_year_end(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    year = _year(m)
    if year is None:
        year = ctx.published.year + (_rel(m) or 0)
    if year < ctx.published.year:
        return Candidate(m.start(), m.end(), block=True)
    return Candidate(m.start(), m.end(), year_end(year), YEAR)


def on_rel_year(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    rel = REL[m.group("q").lower()]
    if rel == 0 and looks_past(ctx, m.start(), m.end()):
        return Candidate(m.start(), m.end(), block=True)
    return Candidate(m.start(), m.end(), year_end(ctx.published.year + rel), YEAR)


def on_cue_year(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    y1 = int(m.group("y"))
    y = y1
    if m.group("y2"):
        tail = m.group("y2")
        y = int(tail) if len(tail) == 4 else int(str(y1)[:2] + tail)
        if y < y1:
            return None
    if y < ctx.published.year:
        return Candidate(m.start(), m.end(), block=True)
    cue = squash(m.group("cue")).lower()
    if m.group("y2") and y1 < ctx.published.year and _inside(cue):
        # "проанализировать расходы в 2024–2025 годах": a range begun before the article is
        # the period the task looks at, not its deadline
        return Candidate(m.start(), m.end(), block=True)
    if cue in {"до", "на период до", "по"} and _names_programme(ctx.sentence, m.start()):
        return Candidate(m.start(), m.end(), block=True)
    if _inside(cue) and y == ctx.published.year and looks_past(ctx, m.start(), m.end()):
        return Candidate(m.start(), m.end(), block=True)
    return Candidate(m.start(), m.end(), year_end(y), YEAR)


def _names_programme(sentence: str, start: int) -> bool:
    """"Концепции развития здравоохранения до 2030 года": a document's horizon, not a task's
    deadline. The programme noun must be close, with no verb or punctuation in between."""
    before = sentence[max(0, start - 90) : start]
    hits = list(PROGRAMME.finditer(before))
    if not hits:
        return False
    between = before[hits[-1].end() :]
    if re.search(r"[,;:()]", between) or DIRECTIVE.search(between):
        return False
    return len(between.split()) <= 5


def on_week(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    nxt = m.group("nx") or m.group("nx2")
    return Candidate(m.start(), m.end(), week_end(ctx.published, 1 if nxt else 0), DAY)


def on_weekday(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    day = WEEKDAY_STEMS[m.group("wd")[:3].lower()]
    if (m.group("mod") or "").lower().startswith(("следующ", "будущ")):
        # "до следующей пятницы": the Friday of the coming calendar week
        date = week_end(ctx.published) + datetime.timedelta(days=1 + day)
    else:
        date = next_weekday(ctx.published, day)
    return Candidate(m.start(), m.end(), date, DAY)


UNITS = {"дн": "day", "сут": "day", "нед": "week", "мес": "month", "год": "year", "лет": "year"}


def on_within(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    unit_word = m.group("u").lower()
    n_word = m.group("n")
    n = (int(n_word) if n_word.isdigit() else NUMBERS.get(n_word.lower())) if n_word else 1
    if n is None:
        return None
    if unit_word.startswith("полугод"):
        n, unit = 6 * n, "month"
    elif unit_word.startswith("квартал"):
        n, unit = 3 * n, "month"
    else:
        unit = UNITS[unit_word[:3] if unit_word[:3] in UNITS else unit_word[:2]]
    return _period(m, ctx, n, unit, (m.group("w") or "").lower() == "рабочих")


def on_term(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    # "в двухнедельный срок", "в 10-дневный срок", "в месячный срок"
    if m.group("n"):
        n = int(m.group("n"))
    elif m.group("pre"):
        n = PREFIXES[m.group("pre").lower()]
    else:
        n = 1
    u = m.group("u").lower()
    unit = {"дне": "day", "сут": "day", "нед": "week", "мес": "month", "год": "year"}[u[:3]]
    return _period(m, ctx, n, unit, False)


def _period(m: re.Match[str], ctx: Ctx, n: int, unit: str, working: bool) -> Candidate | None:
    after = ctx.sentence[m.end() : m.end() + 40]
    if re.match(rf"\s+(?:{YEAR_RE}|текущего|этого|прошлого)\s+(?:года|г\.)", after, F):
        return Candidate(m.start(), m.end(), block=True)  # "в течение 9 месяцев 2025 года"
    if re.match(r"\s+(?:после|с\s+(?:момента|даты|дня)|со\s+дня|со\s+дня|с\s+начала)", after, F):
        return Candidate(m.start(), m.end())  # counted from an event: vague
    if looks_past(ctx, m.start(), m.end()):
        return Candidate(m.start(), m.end(), block=True)
    date = add_period(ctx.published, n, unit, working)
    return Candidate(m.start(), m.end(), date, DAY) if date else None


def vague(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    if re.search(r"\d", m.group()):
        return None
    return Candidate(m.start(), m.end())


def block(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    return Candidate(m.start(), m.end(), block=True)


# --------------------------------------------------------------------------- rules

DAY_CUE = (
    r"(?:в\s+срок\s+до|в\s+срок\s+не\s+позднее|не\s+позднее|не\s+позже|до|ко|к"
    r"|срок(?:\s+исполнения)?\s*[:–—-])"
)

RULES = [
    # "до Нового года": the year's last day
    Rule(
        re.compile(r"(?=[дкн])(?<!\w)(?:до|к|не\s+позднее)\s+Нов(?:ого|ому)\s+год[ау](?!\w)", F),
        lambda m, ctx: Candidate(m.start(), m.end(), year_end(ctx.published.year), DAY),
        keys=("нов",),
    ),
    # "до начала следующего года" / "к началу 2027 года": January 1 of that year (see en)
    Rule(
        re.compile(
            r"(?=[дкн])(?<!\w)(?:до|к|не\s+позднее)\s+(?:начала|началу)\s+(?:(?P<q>следующего|"
            rf"будущего|предстоящего)\s+года|(?P<y>{YEAR_RE})\s*{GOD})(?!\w)",
            F,
        ),
        lambda m, ctx: _year_start(m, ctx),
        keys=("начал",),
    ),
    Rule(
        re.compile(
            r"(?=[дкнв])(?<!\w)(?P<cue>до|к|не\s+позднее|в|во)\s+(?:(?P<mid>середин[еыу])"
            rf"|(?P<h>перв|втор)\w*\s+половин[еыу]|конце)\s+(?P<m>{GEN}){RYQ}(?!\w)",
            F,
        ),
        on_part_of_month,
        keys=("середин", "половин", "конце"),
    ),
    Rule(
        re.compile(rf"(?=[вндкс])(?<!\w)(?P<cue>{DAY_CUE})\s*{D}\s+(?P<m>{GEN}){RYQ}(?!\w)", F),
        on_date,
        keys=(
            "янв", "фев", "мар", "апр", "мая", "мае", "маю", "июн", "июл", "авг", "сен", "окт",
            "ноя", "дек",
        ),
    ),
    Rule(
        re.compile(
            rf"(?=[вндкс])(?<!\w)(?P<cue>{DAY_CUE})\s*(?P<num>\d{{1,2}}\.\d{{1,2}}\.{YEAR_RE})(?!\d)"
            rf"(?:\s*{GOD})?",
            F,
        ),
        on_numeric_date,
        keys=NUMERIC_DATE_KEYS,
    ),
    Rule(
        re.compile(
            r"(?=[дкнв])(?<!\w)(?P<cue>до\s+конца|к\s+концу|не\s+позднее\s+конца|в\s+течение|до|к|в|во)\s+"
            rf"(?P<m>{GEN}|{PREP}|{DAT})(?:(?:\s*,\s*(?:{GEN}|{PREP}))*(?:\s*[-–—]\s*|,?\s+и\s+)"
            rf"(?P<m2>{GEN}|{PREP}))?{RYQ}(?!\w)",
            F,
        ),
        on_month,
        keys=MONTH_KEYS,
    ),
    Rule(
        re.compile(
            rf"(?<!\w)срок(?:\s+исполнения)?\s*[:–—-]\s*(?P<m>{NOM})(?:\s+(?P<y>{YEAR_RE})\s*{GOD})?"
            r"(?!\w)",
            F,
        ),
        on_term_month,
        keys=("срок",),
    ),
    Rule(
        re.compile(
            rf"(?=[вс])(?<!\w)(?:в\s+период\s+)?с\s+{GEN}\s+по\s+(?P<m>{NOM}|{GEN}|{PREP})"
            rf"(?:\s+включительно)?{RYQ}(?!\w)",
            F,
        ),
        on_month_range,
        keys=MONTH_KEYS,
    ),
    Rule(
        re.compile(
            rf"(?<!\w)(?:(?P<cue>{PERIOD_CUE})\s*)?{QORD}\s+квартал(?:а|е|у|ом)?(?!\w){RYQ}"
            r"(?!\w)",
            F,
        ),
        lambda m, ctx: on_quarter(m, ctx) if m.group("cue") or _is_plan(m, ctx) else None,
        keys=("квартал",),
    ),
    Rule(
        re.compile(
            rf"(?=[дкнвс])(?<!\w)(?P<cue>{PERIOD_CUE})\s*{HORD}\s+полугоди(?:я|и|е|ю|ем)(?!\w)"
            rf"{RYQ}(?!\w)",
            F,
        ),
        on_half,
        keys=("полугоди",),
    ),
    Rule(
        re.compile(
            rf"(?=[дкн])(?<!\w)(?:до|к|не\s+позднее)\s+середин[еыу]\s+(?:(?P<q>{QW})\s+)?"
            rf"(?:(?P<y>{YEAR_RE})\s+)?года(?!\w)",
            F,
        ),
        on_mid_year,
        keys=("середин",),
    ),
    Rule(
        re.compile(
            r"(?=[дкнв])(?<!\w)(?:до\s+конца|к\s+концу|не\s+позднее\s+конца|в\s+срок\s+до\s+конца)\s+"
            rf"(?:(?:(?P<q>{QW})\s+)?года(?!\w)|(?P<y>{YEAR_RE})\s*{GOD}(?!\d)"
            r"|(?P<abbr>т\.\s?г\.|с\.\s?г\.|тек\.\s?г\.))",
            F,
        ),
        on_year_end,
        keys=("конц",),
    ),
    Rule(
        # "обеспечить рост не менее 6% по итогам года": the result counted at the year's end
        re.compile(
            rf"(?=[п])(?<!\w)по\s+итогам\s+(?:(?P<q>{QW})\s+)?(?:(?P<y>{YEAR_RE})\s*)?года(?!\w)", F
        ),
        lambda m, ctx: None if looks_past(ctx, m.start(), m.end()) else on_year_end(m, ctx),
        keys=("итогам",),
    ),
    Rule(
        re.compile(
            r"(?=[в])(?<!\w)(?:(?:в|во)\s+(?P<q>текущем|этом|нынешнем|следующем|будущем|предстоящем)"
            r"\s+году|в\s+течение\s+(?P<q2>текущего|этого|нынешнего|следующего|будущего)\s+года)"
            r"(?!\w)",
            F,
        ),
        lambda m, ctx: on_rel_year(m, ctx) if m.group("q") else _rel_year2(m, ctx),
        keys=("году", "года"),
    ),
    Rule(
        re.compile(
            r"(?=[дкнвп])(?<!\w)(?P<cue>до\s+конца|к\s+концу|в\s+течение|в\s+срок\s+до|не\s+позднее"
            rf"|на\s+период\s+до|до|к|в|во|по)\s+(?P<y>{YEAR_RE})(?:\s*[-–—]\s*"
            r"(?P<y2>(?:19|20)?\d\d))?(?:-?(?:му|го|м|й|х))?\s*(?:год(?:а|у|ом|ах|ам|ов)?|гг?\.?)"
            r"(?!\w)",
            F,
        ),
        on_cue_year,
        keys=("19", "20"),
    ),
    Rule(
        re.compile(
            r"(?=[дкн])(?<!\w)(?:до\s+конца|к\s+концу)\s+(?:(?:этой|текущей|нынешней|(?P<nx>следующей"
            r"|будущей))\s+)?недели(?!\w)|(?<!\w)на\s+(?:этой|текущей|(?P<nx2>следующей|будущей))"
            r"\s+неделе(?!\w)",
            F,
        ),
        on_week,
        keys=("недел",),
    ),
    Rule(
        re.compile(
            r"(?=[дк])(?<!\w)(?:до\s+конца|к\s+концу)\s+(?:(?:этого|текущего|(?P<nx>следующего))\s+)?"
            r"(?P<u>месяца|квартала)(?!\w)",
            F,
        ),
        lambda m, ctx: _this_period(m, ctx),
        keys=("конц",),
    ),
    Rule(
        # "в этом месяце завершить"; "В этом месяце было запущено 40 проектов" is a report
        re.compile(
            r"(?=[вн])(?<!\w)(?:в|на)\s+(?:этом|текущем|(?P<nx>следующем|будущем))\s+"
            r"(?P<u>месяце|квартале)(?!\w)",
            F,
        ),
        lambda m, ctx: (
            Candidate(m.start(), m.end(), block=True)
            if looks_past(ctx, m.start(), m.end())
            else _this_period(m, ctx)
        ),
        keys=("месяце", "квартале"),
    ),
    Rule(
        re.compile(
            r"(?=[дкн])(?<!\w)(?P<cue>до|к|не\s+позднее)\s+(?:(?P<mod>этой|этого|ближайшей|ближайшего"
            r"|следующей|следующего|будущей|будущего)\s+)?(?P<wd>понедельника|вторника|среды"
            r"|четверга|пятницы|субботы|воскресенья|понедельнику|вторнику|среде|четвергу|пятнице"
            r"|субботе|воскресенью)(?!\w)",
            F,
        ),
        on_weekday,
        keys=("понедельник", "вторник", "сред", "четверг", "пятниц", "суббот", "воскресен"),
    ),
    Rule(
        re.compile(
            r"(?=[внч])(?<!\w)(?P<cue>в\s+течение|в\s+пределах|не\s+позднее\s+чем\s+через|через)\s+"
            rf"(?:(?P<n>\d{{1,3}}|{NUMW})\s+)?(?:(?P<w>рабочих|календарных)\s+)?"
            r"(?P<u>дн(?:ей|я)|сут(?:ок|ки)|недел[ьиюя]|месяц(?:а|ев)?|год(?:а)?|лет|полугода"
            r"|квартала)(?!\w)",
            F,
        ),
        on_within,
        keys=("течение", "пределах", "через"),
    ),
    Rule(
        re.compile(
            rf"(?=[в])(?<!\w)(?P<cue>в\s+ближайшие)\s+(?P<n>\d{{1,3}}|{NUMW})\s+"
            r"(?:(?P<w>рабочих|календарных)\s+)?(?P<u>дн(?:и|ей|я)|недел[иьюя]|месяц(?:а|ев|ы)?"
            r"|год(?:а|ы)?|лет)(?!\w)",
            F,
        ),
        on_within,
        keys=("ближайшие",),
    ),
    Rule(
        re.compile(
            rf"(?=[в])(?<!\w)в\s+(?:(?P<n>\d{{1,3}})\s*-\s*|(?P<pre>{PREFW}))?"
            r"(?P<u>дневный|суточный|недельный|месячный|годичный|годовой)\s+срок(?!\w)",
            F,
        ),
        on_term,
        keys=("срок",),
    ),
    Rule(
        re.compile(
            r"(?=[вонсб])(?<!\w)(?:в\s+(?:максимально\s+)?кратчайшие\s+сроки|в\s+кратчайший\s+срок"
            r"|в\s+(?:максимально\s+)?сжатые\s+сроки|оперативно|незамедлительно|безотлагательно"
            r"|немедленно|срочно|в\s+(?:срочном|оперативном|безотлагательном)\s+порядке"
            r"|в\s+ближайшее\s+время|без\s+промедления|без\s+задерж(?:ек|ки))(?!\w)",
            F,
        ),
        vague,
        keys=(
            "кратчайш", "сжат", "оперативн", "незамедлительн", "безотлагательн", "немедленн",
            "срочн", "ближайшее", "промедлени", "задерж",
        ),
    ),
    Rule(
        re.compile(
            r"(?=[дк])(?<!\w)(?:до|к)\s+(?:(?:началу|начала|старту|старта|наступлению|наступления"
            r"|открытию|открытия)\s+(?:[а-яё-]+\s+){0,2}?(?:сезона|года|периода|кампании"
            r"|паводк\w*|половодья|холодов|зимы|весны)|(?:отопительно|осенне-зимне|посевно"
            r"|уборочно|паводково|пожароопасно|туристическо|учебно|новому\s+учебно"
            r"|нового\s+учебно)\w*\s+(?:сезон|период"
            r"|кампани|год)\w*|зиме|холодам|ОЗП)(?!\w)",
            F,
        ),
        vague,
        keys=(
            "нача", "старт", "наступлен", "открыт", "отопительн", "осенне", "посевн", "уборочн",
            "паводк", "пожароопасн", "туристическ", "учебн", "зим", "холод", "озп",
        ),
    ),
    # Never deadlines: statistics periods and starting points.
    Rule(
        re.compile(
            r"(?=[зп])(?<!\w)(?:за|по\s+итогам|по\s+результатам)\s+(?:\S+\s+){0,2}?(?:квартал|полугоди"
            r"|месяц|январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр"
            rf"|год|лет)\w*(?:\s*[-–—]\s*[а-яё]+)?(?:\s+{YEAR_RE}\s*{GOD}?|\s+(?:текущего|этого"
            r"|прошлого)\s+года)?",
            F,
        ),
        block,
        keys=("за ", "по итогам", "по результатам"),
    ),
    Rule(
        re.compile(
            r"(?=[нс])(?<!\w)(?:начиная\s+)?(?:с|со)\s+(?:"
            rf"\d{{1,2}}\s+{GEN}(?:\s+{YEAR_RE}\s*{GOD}?)?|{YEAR_RE}\s*{GOD}|{GEN}(?:\s+{YEAR_RE}"
            rf"\s*{GOD}?)?|начала\s+(?:{QW}\s+|{YEAR_RE}\s+)?года|(?:{QW})\s+года)(?!\w)",
            F,
        ),
        block,
        keys=("с ", "со "),
    ),
    Rule(
        re.compile(r"(?=[впм])(?<!\w)(?:в\s+)?(?:прошлом|прошедшем|минувшем)\s+году(?!\w)", F),
        block,
        keys=("прошл", "прошедш", "минувш"),
    ),
]


def _year_start(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    year = _year(m) or ctx.published.year + 1
    if year <= ctx.published.year:
        return None
    return Candidate(m.start(), m.end(), datetime.date(year, 1, 1), DAY)


def _is_plan(m: re.Match[str], ctx: Ctx) -> bool:
    """A bare "III квартал 2026 года" is a deadline only in a plan's "срок" column."""
    return bool(re.search(r"срок\w*\s*[:–—-]?\s*$", ctx.sentence[: m.start()], F))


def _rel_year2(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    rel = REL[m.group("q2").lower()]
    return Candidate(m.start(), m.end(), year_end(ctx.published.year + rel), YEAR)


def _this_period(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    pub, nxt = ctx.published, 1 if m.group("nx") else 0
    if m.group("u").lower().startswith("месяц"):
        k = pub.month - 1 + nxt
        return Candidate(m.start(), m.end(), month_end(pub.year + k // 12, k % 12 + 1), MONTH)
    k = (pub.month - 1) // 3 + nxt
    return Candidate(m.start(), m.end(), quarter_end(pub.year + k // 4, k % 4 + 1), QUARTER)
