"""Reads of ingestion data for the dashboard and the "Add news" pages.

Suggestions (a newer extraction of a curated directive, see ``reextract``):

* ``directive_suggestion_get(*, directive_id)`` -> the open ``DirectiveSuggestion`` of a
  directive that is still in play (not done, rejected or cancelled), or None.
* ``directive_suggestion_diff(*, directive_id)`` -> None, or a dict ready for a
  side-by-side view::

      {
          "suggestion": <DirectiveSuggestion>,        # apply/dismiss it by its id
          "changed": ["task", "deadline"],             # names of the differing fields
          "fields": {                                  # every field, in display order
              "task": {"label": "Task", "current": "...", "suggested": "...",
                       "changed": True},
              "issuer": {...},
              "lead": {"label": "Lead bodies", "current": ["Ministry of Finance"],
                       "suggested": [...], "changed": False},
              "co_executors": {...},
              "deadline": {"current": date | None, "suggested": date | None, ...},
              "deadline_text": {...}, "deadline_granularity": {...},
          },
      }

  ``current`` is the directive as curated now; body names are lists of canonical names.
* ``directive_ids_with_suggestions(*, directive_ids)`` -> the subset that has an open
  suggestion: one query for a page of the review queue.

Previews and jobs (the "Add news" pages):

* ``article_preview(*, article)`` -> what ingesting a parsed article would propose (its
  language, the extracted directives, the stored duplicate if any); stores nothing.
* ``ingest_job_get(*, job_id)`` -> the upload job without its file.

Writes are ``suggestion_apply`` / ``suggestion_dismiss`` in ``tracker.ingestion.suggestions``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.db.models import Q

from tracker.directives.models import (
    CLOSED_STATUSES,
    Article,
    Directive,
    normalized_content_hash,
)
from tracker.extraction import detect_lang, extract
from tracker.extraction.registry import Registry
from tracker.extraction.sources import SourceArticle
from tracker.extraction.types import ExtractedDirective
from tracker.ingestion.models import DirectiveSuggestion, IngestJob
from tracker.ingestion.services import registry_from_database
from tracker.ingestion.suggestions import (
    SNAPSHOT_FIELDS,
    changed_fields,
    snapshot_from_directive,
    snapshot_from_suggestion,
)


def _open_suggestions():
    return DirectiveSuggestion.objects.filter(resolved_at__isnull=True).exclude(
        directive__status__in=CLOSED_STATUSES
    )


def directive_suggestion_get(*, directive_id: int) -> DirectiveSuggestion | None:
    return _open_suggestions().filter(directive_id=directive_id).first()


def directive_ids_with_suggestions(*, directive_ids: Iterable[int]) -> set[int]:
    return set(
        _open_suggestions()
        .filter(directive_id__in=list(directive_ids))
        .values_list("directive_id", flat=True)
    )


def _display(name: str, value: Any) -> Any:
    if name == "deadline":
        return dt.date.fromisoformat(value) if value else None
    return value


def directive_suggestion_diff(*, directive_id: int) -> dict[str, Any] | None:
    suggestion = directive_suggestion_get(directive_id=directive_id)
    if suggestion is None:
        return None
    directive = Directive.objects.prefetch_related("body_links__body").get(pk=directive_id)
    current = snapshot_from_directive(directive)
    suggested = snapshot_from_suggestion(suggestion)
    changed = changed_fields(current, suggested)
    return {
        "suggestion": suggestion,
        "changed": changed,
        "fields": {
            name: {
                "label": str(label),
                "current": _display(name, current[name]),
                "suggested": _display(name, suggested[name]),
                "changed": name in changed,
            }
            for name, label in SNAPSHOT_FIELDS.items()
        },
    }


@dataclass(frozen=True)
class ArticlePreview:
    article: SourceArticle
    lang: str
    directives: list[ExtractedDirective]
    duplicate: Article | None  # the stored article with the same text or URL


def article_preview(*, article: SourceArticle, registry: Registry | None = None) -> ArticlePreview:
    """What ingesting ``article`` would propose, without storing anything."""
    text = article.text.strip()
    lang = article.lang if article.lang in ("en", "ru", "kk") else detect_lang(text)
    found = extract(
        text, article.published_date, lang, registry=registry or registry_from_database(),
        title=article.title,
    )
    query = Q(content_hash=normalized_content_hash(text))
    if article.url:
        query |= Q(url=article.url)
    return ArticlePreview(article, lang, found, Article.objects.filter(query).first())


def ingest_job_get(*, job_id: int) -> IngestJob:
    """The job without its payload (the file can be 20 MB)."""
    return IngestJob.objects.defer("payload").get(pk=job_id)
