"""Rows of the directive list and everything the detail page reads."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.contrib.auth.base_user import AbstractBaseUser
from django.db.models import Prefetch, QuerySet

from tracker.directives.models import (
    DeadlineChange,
    Directive,
    DirectiveBody,
    Status,
    StatusChange,
)
from tracker.reminders.models import Reminder, Subscription

# The list never needs the article's text, which can be tens of kilobytes per row.
ARTICLE_LIST_FIELDS = ("article__title", "article__url", "article__lang", "article__source_name",
                       "article__published")


def _with_bodies(queryset: QuerySet[Directive]) -> QuerySet[Directive]:
    return queryset.prefetch_related(
        Prefetch(
            "body_links",
            queryset=DirectiveBody.objects.select_related("body").only(
                "id", "directive_id", "role", "position", "body__id", "body__name"
            ),
        )
    )


def directive_rows(queryset: QuerySet[Directive]) -> QuerySet[Directive]:
    """What a table row of directives shows: the article's heading, never its text."""
    return _with_bodies(
        queryset.select_related("article").only(
            "id", "task", "issuer", "deadline", "deadline_text", "deadline_granularity",
            "status", "created", "completed_at", "article_id", *ARTICLE_LIST_FIELDS,
        )
    )


def directive_detail(*, directive_id: int) -> Directive:
    return (
        Directive.objects.select_related("article", "duplicate_of", "created_by")
        .prefetch_related(
            Prefetch("body_links", queryset=DirectiveBody.objects.select_related("body"))
        )
        .get(pk=directive_id)
    )


@dataclass(frozen=True)
class TimelineEntry:
    at: dt.datetime
    kind: str  # "created", "status", "deadline"
    user: str
    old: object = None
    new: object = None
    text: str = ""
    forced: bool = False


def directive_timeline(*, directive: Directive) -> list[TimelineEntry]:
    status_rows = StatusChange.objects.filter(directive=directive).select_related("changed_by")
    deadline_rows = DeadlineChange.objects.filter(directive=directive).select_related(
        "changed_by"
    )
    entries = [TimelineEntry(at=directive.created, kind="created", user="")]
    for row in status_rows:
        entries.append(
            TimelineEntry(
                at=row.changed_at,
                kind="status",
                user=row.changed_by.get_username() if row.changed_by else "",
                old=Status(row.old_status).label,
                new=Status(row.new_status).label,
                text=row.comment,
            )
        )
    for row in deadline_rows:
        entries.append(
            TimelineEntry(
                at=row.changed_at,
                kind="deadline",
                user=row.changed_by.get_username() if row.changed_by else "",
                old=row.old_deadline,
                new=row.new_deadline,
                text=row.reason,
                forced=row.forced,
            )
        )
    return sorted(entries, key=lambda e: e.at)


def article_parts(directive: Directive) -> tuple[str, str, str] | None:
    """The article's text split around the evidence sentence: (before, sentence, after).

    The template escapes each part; nothing here marks text safe. When the stored span
    does not fit the text (edited article), the sentence is looked up instead.
    """
    article = directive.article
    if article is None or not article.text:
        return None
    text = article.text
    start, end = directive.sentence_start, directive.sentence_end
    if start is None or end is None or not (0 <= start <= end <= len(text)):
        found = text.find(directive.sentence) if directive.sentence else -1
        if found < 0:
            return (text, "", "")
        start, end = found, found + len(directive.sentence)
    return (text[:start], text[start:end], text[end:])


def directive_is_watched(*, directive: Directive, user: AbstractBaseUser) -> bool:
    return Subscription.objects.filter(user=user, directive=directive).exists()


def directive_reminders(*, directive: Directive, limit: int = 50) -> dict[str, list]:
    """Reminders of the directive for the detail page: pending ones (soonest first) and
    those sent or failed (latest first)."""
    rows = list(
        Reminder.objects.filter(directive=directive).order_by("-scheduled_at", "id")[:limit]
    )
    done = (Reminder.Status.SENT, Reminder.Status.FAILED)
    pending = (Reminder.Status.QUEUED, Reminder.Status.SENDING)
    return {
        "sent": [r for r in rows if r.status in done],
        "pending": sorted((r for r in rows if r.status in pending), key=lambda r: r.scheduled_at),
    }


def safe_url(url: str | None) -> str | None:
    """Only http(s) links reach an href: the URL came from a feed or a paste."""
    if url and url.lower().startswith(("http://", "https://")):
        return url
    return None
