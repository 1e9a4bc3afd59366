"""Deadline expressions in one sentence, resolved against the publication date (spec §4).

    from tracker.extraction.deadlines import find_deadlines, DeadlineMention

Our own cue regexes (per language: ``en``, ``ru``, ``kk``) find short candidate phrases;
day+month(+year) phrases are parsed by dateparser (cached, see ``common.parse_day_month``);
everything dateparser cannot read ("by the end of the year", "в двухнедельный срок",
"жыл соңына дейін", quarters, halves, weekdays) is resolved by the rules themselves.

Readings the spec's table does not spell out, decided here (each has a test):

* "by the beginning / start of next year", "до начала следующего года", "келесі жылдың
  басына дейін" -> January 1 of that year, ``day``: read as "by January 1", the way the
  spec reads "by October 1"; "at the beginning of next year" is left alone;
* "before the New Year", "до Нового года", "Жаңа жылға дейін" -> December 31, ``day``;
* coordinated months ("in April and May", "в апреле и мае", "сәуір және мамыр айларында")
  -> the last day of the last month, ``month``;
* "were given 10 days to ...", "has been given a month to ..." -> publication date plus
  the period, ``day``, like "within 10 days";
* a period with no count ("in the coming months") -> no date, the words kept;
* "this year" alone after an instruction ("ordered ... to conclude five agreements this
  year") -> December 31, ``year``; a named next year ("в первом полугодии следующего
  года") is never read as a report of the past;
* "по итогам года" with a target ("обеспечить рост не менее 6% по итогам года") -> the
  year's end, unless its clause reports the past.
"""

from __future__ import annotations

import datetime
import re

from . import en, kk, ru
from .common import MAX_CHARS, Ctx, DeadlineMention, run_rules

__all__ = ["DeadlineMention", "find_deadlines"]

# "kz" is the country code people type for Kazakh; "ru-RU" and the like name the language first.
_RULES = {"en": en.RULES, "ru": ru.RULES, "kk": kk.RULES, "kz": kk.RULES}


def find_deadlines(sentence: str, published: datetime.date, lang: str) -> list[DeadlineMention]:
    """Deadline expressions in one sentence, in order of appearance. lang in {"en","ru","kk"}.

    Never raises: odd input (not a str, an unknown language, a megabyte of digits) gives [].
    Only the first ``MAX_CHARS`` characters of an over-long "sentence" are read.
    """
    try:
        return _find_deadlines(sentence, published, lang)
    except Exception:  # a bug in one rule must not take an article's extraction down
        return []


def _find_deadlines(sentence: str, published: datetime.date, lang: str) -> list[DeadlineMention]:
    """find_deadlines without the safety net, so tests see a rule's bug instead of []."""
    if not isinstance(sentence, str) or not sentence:
        return []
    if isinstance(published, datetime.datetime):
        published = published.date()
    if not isinstance(published, datetime.date):
        return []
    code = lang.replace("_", "-").split("-")[0].lower() if isinstance(lang, str) else ""
    rules = _RULES.get(code)
    if rules is None:
        return []
    found = run_rules(rules, Ctx(sentence[:MAX_CHARS], published, code))
    if found and code in _SHARED_CUE:
        found = _with_coordinated_days(found, sentence[:MAX_CHARS], published, code, rules)
    return found


# "by November 1 and December 1, respectively", "до 1 ноября и 1 декабря", "1 қарашаға және
# 1 желтоқсанға дейін": one cue dates two days; the bare one is read with the cue added.
_EN_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)"
)
_SHARED_CUE = {
    "en": (
        re.compile(r"(?:by|until|before|no\s+later\s+than)\s", re.I),
        re.compile(
            rf"\s*,?\s*(?:and|or)\s+(?P<d>{_EN_MONTHS}\s+\d{{1,2}}(?:,?\s+20\d\d)?"
            rf"|\d{{1,2}}\s+{_EN_MONTHS}(?:\s+20\d\d)?)\b"
        ),
        "by {}",
    ),
    "ru": (
        re.compile(r"(?:до|не\s+позднее|к)\s", re.I),
        re.compile(
            r"\s*,?\s*и\s+(?P<d>\d{1,2}\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа"
            r"|сентября|октября|ноября|декабря)(?:\s+20\d\d\s+года)?)(?![\w-])",
            re.I,
        ),
        "до {}",
    ),
    "kk": (None, None, "{} дейін"),
}
_KK_BARE_BEFORE = re.compile(
    r"(?P<d>\d{1,2}\s+[а-яәіңғүұқөһ]+(?:ға|ге|қа|ке|на|не))\s*(?:,|және)\s*$", re.I
)


def _with_coordinated_days(found, sentence, published, code, rules):
    cue_rx, after_rx, template = _SHARED_CUE[code]
    extra = []
    for d in found:
        if d.date is None or d.granularity != "day":
            continue
        if code == "kk":
            if not d.text.endswith("дейін"):
                continue
            m = _KK_BARE_BEFORE.search(sentence, max(0, d.start - 40), d.start)
        else:
            if not cue_rx.match(d.text):
                continue
            m = after_rx.match(sentence, d.end)
        if m is None:
            continue
        bare = m.group("d")
        parsed = run_rules(rules, Ctx(template.format(bare), published, code))
        if len(parsed) == 1 and parsed[0].date is not None:
            at = m.start("d")
            extra.append(DeadlineMention(bare, at, at + len(bare), parsed[0].date, "day"))
    if not extra:
        return found
    return sorted([*found, *extra], key=lambda d: d.start)
