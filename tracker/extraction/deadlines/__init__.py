"""Deadline expressions in one sentence, resolved against the publication date (spec §4).

    from tracker.extraction.deadlines import find_deadlines, DeadlineMention

Our own cue regexes (per language: ``en``, ``ru``, ``kk``) find short candidate phrases;
day+month(+year) phrases are parsed by dateparser (cached, see ``common.parse_day_month``);
everything dateparser cannot read ("by the end of the year", "в двухнедельный срок",
"жыл соңына дейін", quarters, halves, weekdays) is resolved by the rules themselves.
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
