"""The JSON record of one directive, as ``manage.py extract`` prints it (spec §6)."""

from __future__ import annotations

from tracker.extraction.sources import SourceArticle
from tracker.extraction.types import ExtractedDirective


def directive_record(article: SourceArticle, d: ExtractedDirective) -> dict:
    """Spec §3 fields plus ``article_title``, ``published`` (ISO date) and
    ``published_inferred``; then the optional extras ``confidence``, ``span`` (offsets of
    the sentence in the article text), ``lang``, ``unknown_bodies`` and the article's
    ``url``/``source``/``line``. JSON-ready: dates are ISO strings, tuples are lists."""
    return {
        "sentence": d.sentence,
        "issuer": d.issuer,
        "responsible": list(d.responsible),
        "co_executors": list(d.co_executors),
        "task": d.task,
        "deadline": d.deadline.isoformat() if d.deadline else None,
        "deadline_text": d.deadline_text,
        "deadline_granularity": d.deadline_granularity,
        "article_title": article.title,
        "published": article.published_date.isoformat(),
        "published_inferred": article.published_inferred,
        "confidence": d.confidence,
        "span": [d.start, d.end],
        "lang": d.lang,
        "unknown_bodies": list(d.unknown_bodies),
        "url": article.url,
        "source": article.source,
        "line": article.line,
    }
