"""Extraction stage: news text -> directives (pure Python, no Django).

    from tracker.extraction import extract
    directives = extract(text, published=date(2025, 8, 5), lang="en", title="...")

See ``directives`` for the rules, ``sources`` for reading input files, ``output`` for the
JSON record of one directive and ``evaluate`` for scoring against the gold set.
"""

from __future__ import annotations

import datetime
import functools
import re

from tracker.extraction.types import ExtractedDirective

__all__ = ["ExtractedDirective", "default_registry", "detect_lang", "extract"]

_KAZAKH = re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
_CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")
_LATIN = re.compile(r"[a-zA-Z]")
_SAMPLE = 20_000


def detect_lang(text: str) -> str:
    """ "kk" when Kazakh-specific letters are more than a trace of the Cyrillic text, "ru"
    for other Cyrillic text, else "en". A Kazakh name in a Russian article ("Қазақстан")
    does not make it Kazakh: the Kazakh letters must reach 1% of the Cyrillic ones."""
    sample = text[:_SAMPLE]
    cyr = len(_CYRILLIC.findall(sample))
    kk = len(_KAZAKH.findall(sample))
    lat = len(_LATIN.findall(sample))
    if cyr + kk <= lat:
        return "en"
    if kk >= 3 and kk >= 0.01 * (cyr + kk):
        return "kk"
    return "ru"


@functools.lru_cache(maxsize=1)
def default_registry():
    """The registry from ``data/bodies.json``, loaded once per process."""
    from tracker.extraction.registry import load_default_registry

    return load_default_registry()


def extract(
    text: str,
    published: datetime.date,
    lang: str | None = None,
    *,
    registry=None,
    title: str = "",
) -> list[ExtractedDirective]:
    """The directives in one article, in order of their sentences.

    ``lang`` None detects the language from the script (see :func:`detect_lang`);
    ``registry`` None uses :func:`default_registry`. ``published`` is the reference date of
    deadlines (a datetime is reduced to its date). Never raises on odd text.
    """
    from tracker.extraction.directives import find_directives

    if not isinstance(text, str) or not text.strip():
        return []
    if isinstance(published, datetime.datetime):
        published = published.date()
    lang = lang if lang in ("en", "ru", "kk") else detect_lang(text)
    if registry is None:
        registry = default_registry()
    return find_directives(text, published, lang, registry, title)
