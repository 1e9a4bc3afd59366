# Cyrillic and dashes in patterns are the point of this module, not look-alike typos.
"""Kazakh deadline rules. Kazakh marks time with case suffixes and postpositions after the noun:
"1 желтоқсанға дейін" (by December 1), "1 қазаннан кешіктірмей" (no later than October 1),
"қазан айының соңына дейін" (by the end of October), "қазанда" (in October), "жыл соңына дейін",
"бірінші тоқсанда", "екі апта ішінде", "2026 жылы".

dateparser reads only the nominative "1 желтоқсан 2025": we strip the suffix and move a leading
"2025 жылғы" to the end before asking it.
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
    week_end,
    year_end,
)

F = re.IGNORECASE

MONTHS = {
    "қаңтар": 1, "ақпан": 2, "наурыз": 3, "сәуір": 4, "мамыр": 5, "маусым": 6,
    "шілде": 7, "тамыз": 8, "қыркүйек": 9, "қазан": 10, "қараша": 11, "желтоқсан": 12,
    "қыркүйег": 9,  # before a vowel suffix: "қыркүйегіне", "қыркүйегінде"
}  # fmt: skip
NOMINATIVE = {n: w for w, n in MONTHS.items() if w != "қыркүйег"}
WEEKDAYS = {
    "дүйсенбі": 0, "сейсенбі": 1, "сәрсенбі": 2, "бейсенбі": 3, "жұма": 4, "сенбі": 5,
    "жексенбі": 6,
}  # fmt: skip
NUMBERS = {
    "бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8,
    "тоғыз": 9, "он": 10, "он бес": 15, "жиырма": 20, "отыз": 30, "қырық": 40, "елу": 50,
    "алпыс": 60, "тоқсан": 90,
}  # fmt: skip
ORD = {
    "бірінші": 1, "екінші": 2, "үшінші": 3, "төртінші": 4,
    "i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4,
}  # fmt: skip
REL = {"ағымдағы": 0, "осы": 0, "биылғы": 0, "келесі": 1, "алдағы": 1}

KMON = (
    r"(?P<m>қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйе[кг]|қазан|қараша"
    r"|желтоқсан)"
)
L = r"[а-яёәғқңөұүһіa-z]"  # a letter of a suffix
QW = r"(?:ағымдағы|осы|биылғы|келесі|алдағы)"
# The year written before a date, month or period: "2025 жылғы", "ағымдағы жылдың", "биылғы".
KYP = (
    rf"(?:(?P<y>{YEAR_RE})\s*(?:жылғы|жылдың|ж\.)\s+|(?P<q>{QW})\s+(?:жылғы|жылдың)\s+"
    r"|(?P<q2>биылғы)\s+)?"
)
NUMW = (
    r"(?:он\s+бес|он|бір|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|жиырма|отыз|қырық|елу|алпыс"
    r"|тоқсан)"
)
ORDW = r"(?:бірінші|екінші|үшінші|төртінші|[IІ]{1,3}|[IІ]V|[1-4])(?:-?(?:ші|шы|інші|ыншы))?"
SEASON = re.compile(
    r"(?:жылыту|жылу\s+беру|жылу|егіс|оқу|туристік|ору|күзгі|көктемгі|қысқы|жазғы|шомылу|өрт"
    r"|отын|егін)\s*$",
    F,
)
# "тиіс" is "must", "тиісті" is "relevant"
DIRECTIVE = re.compile(r"(?:тапсыр|міндетт|жүкте|қажет|тиіс(?!ті)|керек|жоспар|көзде|ұсын|сұра)", F)
# Past "жөнделді", "қойды" vs present-future "жөнделеді", "оқиды", "ойлайды": -а/-е/-и/-ай/-ей
# before -ды/-ді marks the latter.
PAST_END = re.compile(
    # (a verbal noun in the accusative, "бөлуді", "аяқтауды", is a task, not a past verb)
    r"\w+(?:(?<![аеиую])(?<![ае]й)(?:ды|ді|ты|ті)|ған|ген|қан|кен|ыпты|іпті|пты|пті)(?:р|\s*еді)?"
    r"\W*$"
)


def looks_past(ctx: Ctx, start: int, end: int) -> bool:
    """Kazakh is verb-final: a report ends its clause in a past verb ("... тексерілді")."""
    clause = clause_around(ctx.sentence, start, end)
    return bool(PAST_END.search(clause[-60:])) and not DIRECTIVE.search(clause)


def _rel(m: re.Match[str]) -> int | None:
    g = m.groupdict()
    q = g.get("q") or g.get("q2")
    return REL.get(q.lower()) if q else None


def _year(m: re.Match[str]) -> int | None:
    g = m.groupdict()
    y = g.get("y") or g.get("y3")
    return int(y) if y else None


def _ord(word: str) -> int:
    w = word.lower().split("-")[0]
    if re.fullmatch(r"[iіv]+", w):
        return ORD[w.replace("і", "i")]  # Roman numerals, often typed in Cyrillic
    for k, v in ORD.items():
        if w.startswith(k):
            return v
    raise KeyError(word)


def _month_ok(m: re.Match[str], ctx: Ctx, with_ai: bool) -> bool:
    """A capitalised "Қазан" without "ай" is the city (or the Nauryz holiday); a season word
    before "маусым" makes it "season", not June."""
    word = m.group("m")
    if word[0].isupper() and not with_ai:
        return False
    before = ctx.sentence[max(0, m.start("m") - 20) : m.start("m")]
    return not (word.lower() == "маусым" and SEASON.search(before))


# --------------------------------------------------------------------------- handlers


def on_date(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    year = _year(m)
    month = NOMINATIVE[MONTHS[m.group("m").lower()]]  # dateparser reads the nominative only
    phrase = f"{int(m.group('d'))} {month}" + (f" {year}" if year else "")
    parsed = parse_day_month(phrase, "kk")
    if parsed is None:
        return None
    d, mo, y = parsed
    date = resolve_day(ctx.published, mo, d, y, _rel(m))
    return Candidate(m.start(), m.end(), date, DAY) if date else None


def on_numeric_date(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    parsed = parse_day_month(m.group("num"), "kk")
    if parsed is None or parsed[2] is None:
        return None
    date = resolve_day(ctx.published, parsed[1], parsed[0], parsed[2], None)
    return Candidate(m.start(), m.end(), date, DAY) if date else None


def on_month(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    g = m.groupdict()
    if not (g["y"] or g["q"] or g["q2"]) and re.search(
        r"\d\s*$", ctx.sentence[max(0, m.start() - 4) : m.start()]
    ):
        return Candidate(m.start(), m.end(), block=True)  # "17 шілдеде": a dated event
    with_ai = bool(g["ai"] or g["ai2"] or g["ai3"])
    inside = bool(g["loc"] or g["ai3"])  # "қазанда", "қазан айында", "қазан айы ішінде"
    if not _month_ok(m, ctx, with_ai):
        if m.group("m").lower() == "маусым" and not inside:
            return Candidate(m.start(), m.end())  # "жылыту маусымына дейін": the season, vague
        return None
    year, rel = _year(m), _rel(m)
    end = resolve_period(month_end, MONTHS[m.group("m").lower()], ctx.published, year, rel)
    return period_or_block(
        ctx, m, end, inside=inside,
        year_named=year is not None or rel is not None, looks_past=looks_past, granularity=MONTH,
    )


def on_year_start(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    year = _year(m) or ctx.published.year + 1
    if year <= ctx.published.year:
        return None
    return Candidate(m.start(), m.end(), datetime.date(year, 1, 1), DAY)


def on_months(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    year, rel = _year(m), _rel(m)
    end = resolve_period(month_end, MONTHS[m.group("m").lower()], ctx.published, year, rel)
    return period_or_block(
        ctx, m, end, inside=True,
        year_named=year is not None or rel is not None, looks_past=looks_past, granularity=MONTH,
    )


def on_quarter(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    year, rel = _year(m), _rel(m)
    end = resolve_period(quarter_end, _ord(m.group("qn")), ctx.published, year, rel)
    inside = bool(m.group("loc")) or m.group("post") == "ішінде"
    return period_or_block(
        ctx, m, end, inside=inside, year_named=year is not None or rel is not None,
        looks_past=looks_past, granularity=QUARTER,
    )


def on_half(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    year, rel = _year(m), _rel(m)
    end = resolve_period(half_end, _ord(m.group("hn")), ctx.published, year, rel)
    inside = bool(m.group("loc")) or m.group("post") == "ішінде"
    return period_or_block(
        ctx, m, end, inside=inside, year_named=year is not None or rel is not None,
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
    q = m.group("q")
    rel = REL[q.lower()] if q else 0  # bare "биыл" is this year
    if rel == 0 and looks_past(ctx, m.start(), m.end()):
        return Candidate(m.start(), m.end(), block=True)
    return Candidate(m.start(), m.end(), year_end(ctx.published.year + rel), YEAR)


def on_cue_year(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    y1 = int(m.group("y"))
    y = int(m.group("y2")) if m.group("y2") else y1
    if y < y1:
        return None
    if y < ctx.published.year:
        return Candidate(m.start(), m.end(), block=True)
    post = m.group("post")
    inside = post.startswith(("жылы", "жылдары", "жыл ", "жылдар"))
    if m.group("y2") and y1 < ctx.published.year and inside:
        return Candidate(m.start(), m.end(), block=True)  # a range begun before: a period
    if inside and y == ctx.published.year and looks_past(ctx, m.start(), m.end()):
        return Candidate(m.start(), m.end(), block=True)
    return Candidate(m.start(), m.end(), year_end(y), YEAR)


def on_this_period(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    """"ай соңына дейін", "келесі тоқсанның соңына дейін": the end of this (or the next)
    month or quarter, as "до конца (следующего) месяца" in Russian."""
    pub, nxt = ctx.published, REL.get((m.group("q") or "").lower(), 0)
    if m.group("u").lower() == "ай":
        k = pub.month - 1 + nxt
        return Candidate(m.start(), m.end(), month_end(pub.year + k // 12, k % 12 + 1), MONTH)
    k = (pub.month - 1) // 3 + nxt
    return Candidate(m.start(), m.end(), quarter_end(pub.year + k // 4, k % 4 + 1), QUARTER)


def on_week(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    nxt = (m.group("q") or m.group("q2") or "").lower() in {"келесі", "алдағы"}
    return Candidate(m.start(), m.end(), week_end(ctx.published, 1 if nxt else 0), DAY)


def on_weekday(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    day = WEEKDAYS[m.group("wd").lower()]
    if (m.group("mod") or "").lower() in {"келесі", "алдағы"}:
        date = week_end(ctx.published) + datetime.timedelta(days=1 + day)
    else:
        date = next_weekday(ctx.published, day)
    return Candidate(m.start(), m.end(), date, DAY)


UNITS = {"күн": "day", "апта": "week", "ай": "month", "жыл": "year"}


def on_within(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    unit = UNITS[m.group("u").lower()]
    n_word = m.group("n")
    if n_word:
        n = int(n_word) if n_word.isdigit() else NUMBERS.get(" ".join(n_word.lower().split()))
    elif unit == "week" or (m.group("adj") and unit == "month"):
        n = 1  # "апта ішінде", "айлық мерзімде"
    else:
        n = None
    if n is None:
        return None
    before = ctx.sentence[max(0, m.start() - 40) : m.start()]
    if re.search(r"жыл(?:дың|ғы)\s*$", before, F) or (
        m.group("u").lower() == "ай" and m.group("poss")
    ):
        return Candidate(m.start(), m.end(), block=True)  # "2025 жылдың жеті айы ішінде"
    if re.search(r"(?:бастап|кейін|соң)\s*$", before, F):
        return Candidate(m.start(), m.end())  # counted from an event: vague
    if looks_past(ctx, m.start(), m.end()):
        return Candidate(m.start(), m.end(), block=True)
    date = add_period(ctx.published, n, unit, bool(m.group("w")) and m.group("w") == "жұмыс")
    return Candidate(m.start(), m.end(), date, DAY) if date else None


def vague(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    return Candidate(m.start(), m.end())


def block(m: re.Match[str], ctx: Ctx) -> Candidate | None:
    return Candidate(m.start(), m.end(), block=True)


# --------------------------------------------------------------------------- rules

POST = r"(?:дейін(?:гі\s+мерзімде)?|қарай|кешіктір(?:іл)?мей)(?!\w)"

# "(мерзімі – 2026 жылғы 15 қаңтар)", "Мерзімі – 1 желтоқсан.", "орындау мерзімі – 2026
# жылдың бірінші тоқсаны": the date after "мерзімі" stands in the nominative
_TERM = r"(?<!\w)(?:орындау\s+)?мерзімі\s*[:–—-]\s*"

RULES = [
    Rule(
        re.compile(rf"{_TERM}{KYP}(?P<d>[12]\d|3[01]|0?[1-9])\s+{KMON}(?!\w)", F),
        on_date,
        keys=("мерзімі",),
    ),
    Rule(
        re.compile(
            rf"{_TERM}{KYP}(?P<qn>{ORDW})\s+тоқсан(?:ы)?(?P<loc>)(?P<post>)(?!\w)", F
        ),
        on_quarter,
        keys=("мерзімі",),
    ),
    # "Жаңа жылға дейін": the year's last day
    Rule(
        re.compile(r"(?<!\w)Жаңа\s+жылға\s+(?:дейін|қарай)(?!\w)", F),
        lambda m, ctx: Candidate(m.start(), m.end(), year_end(ctx.published.year), DAY),
        keys=("жаңа жыл",),
    ),
    # "келесі жылдың басына дейін" / "2027 жылдың басына дейін": January 1 of that year
    Rule(
        re.compile(
            rf"(?<!\w)(?:(?P<q>келесі|алдағы)\s+жылдың|(?P<y>{YEAR_RE})\s*жылдың)\s+басына\s+"
            r"(?:дейін|қарай)(?!\w)",
            F,
        ),
        on_year_start,
        keys=("басына",),
    ),
    Rule(
        re.compile(
            rf"(?<!\w){KYP}{KMON}{L}*(?:\s+ай{L}*)?\s+ортасына\s+(?:дейін|қарай)(?!\w)",
            F,
        ),
        lambda m, ctx: part_of_month(
            m, ctx, MONTHS[m.group("m").lower()], _year(m), _rel(m), early=True, inside=False,
            looks_past=looks_past,
        ),
        keys=("ортасына",),
    ),
    Rule(
        re.compile(
            rf"(?<!\w){KYP}(?P<d>[12]\d|3[01]|0?[1-9])(?:-?(?:ші|шы|інші|ыншы|і|ы))?\s+{KMON}"
            rf"{L}*(?:\s+(?P<y3>{YEAR_RE})\s*(?:жылға|жылғы|жыл|ж\.?))?\s+{POST}",
            F,
        ),
        on_date,
        keys=(
            "қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйе",
            "қазан", "қараша", "желтоқсан",
        ),
    ),
    # "қазанның 1-іне дейін", "желтоқсан айының 31-не дейін": the month in the genitive first
    Rule(
        re.compile(
            rf"(?<!\w){KYP}{KMON}(?:ның|нің|дың|дің|тың|тің|\s+айының)\s+(?P<d>[12]\d|3[01]|0?[1-9])"
            rf"(?!\d)-?{L}*\s+{POST}",
            F,
        ),
        on_date,
        keys=(
            "қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйе",
            "қазан", "қараша", "желтоқсан",
        ),
    ),
    Rule(
        re.compile(
            rf"(?<!\w)(?P<num>\d{{1,2}}\.\d{{1,2}}\.{YEAR_RE})(?!\d)\s*(?:ж\.|жылға|жылғы)?\s*"
            rf"{POST}",
            F,
        ),
        on_numeric_date,
        keys=NUMERIC_DATE_KEYS,
    ),
    # "сәуір және мамыр айларында": the last of the months
    Rule(
        re.compile(
            rf"(?<!\w){KYP}(?:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан"
            rf"|қараша|желтоқсан)(?:\s*,\s*\w+)*\s+(?:және|мен|пен|бен)\s+{KMON}\s+"
            r"айлар(?:ында|ы\s+ішінде)(?!\w)",
            F,
        ),
        on_months,
        keys=("айлар",),
    ),
    # "қазан айының соңына дейін", "қазанға дейін", "қазан айында", "қазанда"
    Rule(
        re.compile(
            rf"(?<!\w){KYP}{KMON}(?:(?P<loc>да|де|та|те|ында|інде|сында|сінде)(?!\w)|\s+(?P<ai>ай){L}*\s+(?:соңына|аяғына)"
            rf"\s+(?:дейін|қарай)(?!\w)|{L}*\s+(?:соңына|аяғына)\s+(?:дейін|қарай)(?!\w)"
            rf"|\s+(?P<ai2>ай){L}*\s+{POST}|{L}*\s+{POST}|\s+(?P<ai3>ай)(?:ында|ы\s+ішінде))",
            F,
        ),
        on_month,
        keys=(
            "қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйе",
            "қазан", "қараша", "желтоқсан",
        ),
    ),
    Rule(
        re.compile(
            rf"(?<!\w){KYP}(?P<qn>{ORDW})(?:\s+|-)тоқсан(?:(?P<loc>да|ында)(?!\w)|{L}*\s+(?:(?:соңына"
            r"|аяғына)\s+)?(?P<post>дейін|қарай|кешіктір(?:іл)?мей|ішінде)(?!\w))",
            F,
        ),
        on_quarter,
        keys=("тоқсан",),
    ),
    Rule(
        re.compile(
            rf"(?<!\w){KYP}(?P<hn>бірінші|екінші|[IІ]{{1,2}}|[12])(?:-?(?:ші|шы|інші|ыншы))?\s+"
            r"(?:жартыжылды|жарты\s+жылды|жарты\s+жыл)(?:(?P<loc>қта|ғында|да)(?!\w)"
            rf"|{L}*\s+(?:(?:соңына|аяғына)\s+)?(?P<post>дейін|қарай|ішінде)(?!\w))",
            F,
        ),
        on_half,
        keys=("жарты",),
    ),
    Rule(
        re.compile(
            rf"(?<!\w)(?:(?P<y>{YEAR_RE})\s*жылдың\s+|(?P<q>{QW})\s+жылдың\s+|жылдың\s+|жыл\s+)"
            r"ортасына\s+(?:дейін|қарай)(?!\w)",
            F,
        ),
        on_mid_year,
        keys=("ортасына",),
    ),
    Rule(
        re.compile(
            rf"(?<!\w)(?:(?P<y>{YEAR_RE})\s*|(?P<q>{QW})\s+)?жыл(?:дың)?\s+(?:соңына|аяғына)\s+"
            r"(?:дейін|қарай)(?!\w)|(?<!\w)жыл\s+соңынан\s+кешіктір(?:іл)?мей(?!\w)",
            F,
        ),
        on_year_end,
        keys=("соңына", "аяғына", "соңынан"),
    ),
    Rule(
        re.compile(
            rf"(?<!\w)(?:(?P<q>{QW})\s+жыл(?:ы|да|\s+ішінде)|биыл)(?!\w)",
            F,
        ),
        on_rel_year,
        keys=("жыл", "биыл"),
    ),
    Rule(
        re.compile(
            rf"(?<!\w)(?P<y>{YEAR_RE})(?:\s*[-–—]\s*(?P<y2>{YEAR_RE}))?\s*(?P<post>жылға\s+дейін"
            r"(?:гі\s+мерзімде)?|жылға\s+қарай|жылдан\s+кешіктір(?:іл)?мей|жылы|жылдары|жыл\s+ішінде"
            r"|жылдар\s+ішінде)(?!\w)",
            F,
        ),
        on_cue_year,
        keys=("19", "20"),
    ),
    Rule(
        re.compile(
            rf"(?<!\w)(?:(?P<q>{QW})\s+)?апта(?:ның)?\s+(?:соңына|аяғына)\s+(?:дейін|қарай)(?!\w)"
            rf"|(?<!\w)(?P<q2>{QW})\s+аптада(?!\w)",
            F,
        ),
        on_week,
        keys=("апта",),
    ),
    Rule(
        # no month name or ordinal before it: "қазан айының соңына" and "бірінші тоқсан" are
        # the rules above; "тоқсан" alone is also the number ninety, hence the "соңына"
        re.compile(
            rf"(?<!\w)(?:(?P<q>{QW})\s+)?(?P<u>ай|тоқсан)(?:дың|ның|тың)?\s+(?:соңына|аяғына)"
            r"\s+(?:дейін|қарай)(?!\w)",
            F,
        ),
        on_this_period,
        keys=("соңына", "аяғына"),
    ),
    Rule(
        # "осы айда аяқтау", "келесі тоқсанда"; "Осы айда 40 жоба іске қосылды" is a report
        re.compile(rf"(?<!\w)(?P<q>{QW})\s+(?P<u>ай|тоқсан)(?:да|ында)(?!\w)", F),
        lambda m, ctx: (
            Candidate(m.start(), m.end(), block=True)
            if looks_past(ctx, m.start(), m.end())
            else on_this_period(m, ctx)
        ),
        keys=("айда", "тоқсанда", "тоқсанында"),
    ),
    Rule(
        re.compile(
            r"(?<!\w)(?:(?P<mod>осы|келесі|алдағы)\s+)?(?P<wd>дүйсенбі|сейсенбі|сәрсенбі|бейсенбі"
            # "жұмаға дейін", "жұма күнге дейін", "жұма күніне дейін"
            r"|жұма|сенбі|жексенбі)(?:ге|ға|не|на|\s+күн(?:ге|іне))\s+(?:дейін|қарай)(?!\w)",
            F,
        ),
        on_weekday,
        keys=("дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі", "жұма", "сенбі", "жексенбі"),
    ),
    Rule(
        re.compile(
            rf"(?<!\w)(?:(?P<n>\d{{1,3}}|{NUMW})\s+)?(?:(?P<w>жұмыс|күнтізбелік)\s+)?"
            r"(?P<u>күн|апта|ай|жыл)(?P<poss>ы|і)?(?P<adj>дық|дік|тық|тік|лық|лік)?\s+"
            r"(?:ішінде|мерзімде|мерзім\s+ішінде)(?!\w)",
            F,
        ),
        on_within,
        keys=("ішінде", "мерзім"),
    ),
    Rule(
        re.compile(
            r"(?<!\w)(?:жедел(?:\s+түрде)?(?!\s+(?:жәрдем|медицина|штаб|желі|ақпарат|топ|кезекші"
            r"|іздестіру|басқару|қызмет|ден\s+қою))|(?:барынша\s+|мүмкіндігінше\s+)?қысқа\s+"
            r"мерзімде|мүмкіндігінше\s+(?:тез|жылдам)|дереу|кідіртпей|кешіктір(?:іл)?мей|таяу\s+(?:уақытта|арада)"
            r"|жақын\s+уақытта"
            r"|жақын\s+арада|шұғыл(?:\s+түрде)?|тез\s+арада)(?!\w)",
            F,
        ),
        vague,
        keys=(
            "жедел", "қысқа", "мүмкіндігінше", "дереу", "кідіртпей", "кешіктір", "таяу",
            "жақын", "шұғыл", "тез",
        ),
    ),
    Rule(
        re.compile(
            r"(?<!\w)(?:жылыту|жылу\s+беру|егіс|егін\s+ору|оқу|туристік|өрт\s+қауіпті|су\s+тасқыны"
            r"|күзгі-қысқы|күзгі\s+қысқы)\s+(?:маусым|науқан|кезең|жыл)\w*(?:\s+(?:басталуына"
            r"|басына|басталғанға))?\s+(?:дейін|қарай)(?!\w)",
            F,
        ),
        vague,
        keys=("дейін", "қарай"),
    ),
    # Never deadlines: statistics periods ("2025 жылдың жеті айында"), past years, starts.
    Rule(
        re.compile(
            rf"(?<!\w)(?:{YEAR_RE}\s*жылдың\s+|жыл\s+басынан\s+бері\s+)?(?:\d{{1,2}}|{NUMW})\s+"
            r"ай(?:ында|ы\s+ішінде|да)(?!\w)",
            F,
        ),
        block,
        keys=("ай",),
    ),
    Rule(
        re.compile(
            rf"(?<!\w)(?:{YEAR_RE}\s*жылғы\s+)?(?:\d{{1,2}}\s+)?{KMON}{L}*\s+бастап(?!\w)"
            rf"|(?<!\w){YEAR_RE}\s*жылдан\s+бастап(?!\w)|(?<!\w)(?:өткен|былтырғы)\s+жыл\w*(?!\w)"
            rf"|(?<!\w)былтыр(?!\w)|(?<!\w){YEAR_RE}\s*жылға\s+дейінгі(?=\s+(?:\S+\s+){{0,4}}?"
            r"(?:тұжырымдама|стратеги|бағдарлама|жоспар|доктрина|жоба|кезең))",
            F,
        ),
        block,
        keys=("бастап", "өткен", "былтыр", "дейінгі"),
    ),
]
