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
    return run_rules(rules, Ctx(sentence[:MAX_CHARS], published, code))
