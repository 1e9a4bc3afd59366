"""The review queue: proposed directives, then curated ones with a suggestion."""

from __future__ import annotations

from dataclasses import dataclass

from django.apps import apps
from django.db.models import Q, QuerySet

from tracker.dashboard.selectors.directives import directive_detail
from tracker.directives.models import CLOSED_STATUSES, Directive, Status


def _suggestion_model():
    """The ingestion stage's DirectiveSuggestion, once that stage provides it."""
    try:
        return apps.get_model("ingestion", "DirectiveSuggestion")
    except LookupError:
        return None


def review_queryset() -> QuerySet[Directive]:
    """Proposed directives, and curated ones with an open suggestion from re-extraction
    (those are still in play: not done, rejected or cancelled)."""
    waiting = Q(status=Status.PROPOSED)
    Suggestion = _suggestion_model()
    if Suggestion is not None:
        open_ids = Suggestion.objects.filter(resolved_at__isnull=True).values("directive_id")
        waiting |= Q(id__in=open_ids) & ~Q(status__in=sorted(CLOSED_STATUSES))
    return Directive.objects.filter(waiting).order_by("id")


def review_next(*, after: int | None = None) -> Directive | None:
    """The next directive to review, oldest first, after the one skipped or decided."""
    queryset = review_queryset()
    if after:
        queryset = queryset.filter(id__gt=after)
    first = queryset.values_list("id", flat=True).first()
    if first is None:
        return None
    return directive_detail(directive_id=first)


def review_remaining() -> int:
    return review_queryset().count()


def review_is_waiting(*, directive: Directive) -> bool:
    return review_queryset().filter(pk=directive.pk).exists()


@dataclass(frozen=True)
class SuggestionRow:
    name: str
    label: str
    curated: object
    suggested: object
    changed: bool


def review_suggestion(*, directive: Directive) -> dict | None:
    """The open suggestion of a curated directive as rows of a diff (curated beside
    suggested), or None. Built on tracker.ingestion.selectors.directive_suggestion_diff."""
    if directive.status == Status.PROPOSED or _suggestion_model() is None:
        return None
    from tracker.ingestion.selectors import directive_suggestion_diff

    diff = directive_suggestion_diff(directive_id=directive.pk)
    if diff is None:
        return None

    def shown(value):
        if isinstance(value, list | tuple):
            return "; ".join(str(v) for v in value)
        return value

    rows = [
        SuggestionRow(
            name=name,
            label=field["label"],
            curated=shown(field["current"]),
            suggested=shown(field["suggested"]),
            changed=field["changed"],
        )
        for name, field in diff["fields"].items()
    ]
    return {"suggestion": diff["suggestion"], "rows": rows, "changed": diff["changed"]}
