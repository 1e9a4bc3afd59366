"""Reads for the dashboard pages (HackSoft style: selectors read, services write).

Every selector issues a fixed number of queries whatever the number of rows, which the
view tests assert with django_assert_max_num_queries.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.core.cache import cache
from django.db.models import (
    Count,
    DurationField,
    ExpressionWrapper,
    F,
    Prefetch,
    Q,
    QuerySet,
    Sum,
)
from django.db.models.functions import TruncDate
from django.utils import timezone

from tracker.bodies.models import Body
from tracker.directives.models import (
    ACTIVE_STATUSES,
    CLOSED_STATUSES,
    DeadlineChange,
    Directive,
    DirectiveBody,
    Role,
    Status,
    StatusChange,
)
from tracker.reminders.models import Subscription

# The list never needs the article's text, which can be tens of kilobytes per row.
ARTICLE_LIST_FIELDS = ("article__title", "article__url", "article__lang", "article__source_name",
                       "article__published")


@dataclass(frozen=True)
class OverviewCounts:
    overdue: int
    due_7_days: int
    due_30_days: int
    awaiting_review: int
    no_deadline: int


def overview_counts(*, today: dt.date | None = None) -> OverviewCounts:
    """Five small counts, each a range of the (status, deadline) index: cheaper than one
    conditional aggregate, which has to read every active and proposed row."""
    today = today or timezone.localdate()
    active = Directive.objects.filter(status__in=sorted(ACTIVE_STATUSES))
    return OverviewCounts(
        overdue=active.filter(deadline__lt=today).count(),
        due_7_days=active.filter(
            deadline__gte=today, deadline__lte=today + dt.timedelta(days=7)
        ).count(),
        due_30_days=active.filter(
            deadline__gte=today, deadline__lte=today + dt.timedelta(days=30)
        ).count(),
        awaiting_review=Directive.objects.filter(status=Status.PROPOSED).count(),
        no_deadline=active.filter(deadline__isnull=True).count(),
    )


_OVERVIEW_VERSION = "dashboard:overview:version"


def overview_invalidate() -> None:
    """After a write through the dashboard: this process's next overview is fresh
    (other processes catch up within DASHBOARD_OVERVIEW_CACHE_SECONDS)."""
    try:
        cache.incr(_OVERVIEW_VERSION)
    except ValueError:
        cache.set(_OVERVIEW_VERSION, 1, None)


@dataclass
class OverviewFigures:
    counts: OverviewCounts
    next_deadlines: list
    by_body: list
    report: DisciplineReport
    computed_at: dt.datetime


def overview_figures(*, today: dt.date, start: dt.date, end: dt.date) -> OverviewFigures:
    """Everything the overview shows. The aggregates read most of the directives, so
    they are kept for DASHBOARD_OVERVIEW_CACHE_SECONDS per process."""

    def compute() -> OverviewFigures:
        report = discipline_report(start=start, end=end, today=today)
        return OverviewFigures(
            counts=overview_counts(today=today),
            next_deadlines=overview_next_deadlines(today=today),
            by_body=overview_by_body(today=today, report=report),
            report=report,
            computed_at=timezone.now(),
        )

    seconds = settings.DASHBOARD_OVERVIEW_CACHE_SECONDS
    if not seconds:
        return compute()
    version = cache.get(_OVERVIEW_VERSION, 0)
    key = f"dashboard:overview:{version}:{today}:{start}:{end}"
    return cache.get_or_set(key, compute, seconds)


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


def overview_next_deadlines(*, today: dt.date | None = None, limit: int = 10) -> list[Directive]:
    today = today or timezone.localdate()
    queryset = Directive.objects.filter(
        status__in=sorted(ACTIVE_STATUSES), deadline__gte=today
    ).order_by("deadline", "id")
    return list(directive_rows(queryset)[:limit])


@dataclass
class BodyRow:
    body_id: int
    name: str
    open: int = 0
    overdue: int = 0
    done_on_time: int = 0
    done_late: int = 0

    @property
    def done(self) -> int:
        return self.done_on_time + self.done_late

    @property
    def on_time_share(self) -> float | None:
        return self.done_on_time / self.done if self.done else None

    @property
    def overdue_share(self) -> float:
        return self.overdue / self.open if self.open else 0.0


def overview_by_body(
    *, today: dt.date | None = None, limit: int = 15,
    report: DisciplineReport | None = None,
) -> list[BodyRow]:
    """Per lead body: open and overdue directives, the bodies that are behind first,
    with the share done on time taken from the discipline report's period (the same
    figures as the report below it, and no second pass over every done directive)."""
    today = today or timezone.localdate()
    rows = (
        DirectiveBody.objects.filter(
            role=Role.LEAD, directive__status__in=sorted(ACTIVE_STATUSES)
        )
        .values("body_id", "body__name")
        .annotate(
            open=Count("id"),
            overdue=Count("id", filter=Q(directive__deadline__lt=today)),
        )
        .order_by("-overdue", "-open", "body__name")[:limit]
    )
    discipline = {row.key: row for row in (report.by_body_all if report else [])}
    result = []
    for row in rows:
        done = discipline.get(str(row["body_id"]))
        result.append(
            BodyRow(
                body_id=row["body_id"],
                name=row["body__name"],
                open=row["open"],
                overdue=row["overdue"],
                done_on_time=done.on_time if done else 0,
                done_late=done.late if done else 0,
            )
        )
    return result


@dataclass
class DisciplineRow:
    """One line of the discipline report as control departments keep it."""

    key: str
    label: str
    due: int = 0
    on_time: int = 0
    late: int = 0
    not_done: int = 0
    delay_days_total: int = 0

    @property
    def executed(self) -> int:
        return self.on_time + self.late

    @property
    def on_time_share(self) -> float | None:
        return self.on_time / self.executed if self.executed else None

    @property
    def average_delay(self) -> float | None:
        """Mean days late over the directives executed late."""
        return self.delay_days_total / self.late if self.late else None


@dataclass
class DisciplineReport:
    start: dt.date
    end: dt.date
    by_body: list[DisciplineRow] = field(default_factory=list)
    by_issuer: list[DisciplineRow] = field(default_factory=list)
    total: DisciplineRow | None = None
    by_body_all: list[DisciplineRow] = field(default_factory=list)


def _discipline_aggregates(prefix: str = "") -> dict:
    """Conditional aggregates of one discipline row, over directives reached through
    `prefix` ("" on Directive, "directive__" on DirectiveBody). The delay is whole local
    days from the deadline to the completion date; both databases subtract dates
    (PostgreSQL as an interval of days, SQLite in microseconds), read as a timedelta."""
    done = Q(**{f"{prefix}status": Status.DONE, f"{prefix}completed_at__isnull": False})
    completed_day = TruncDate(f"{prefix}completed_at")
    on_time = done & Q(**{f"{prefix}completed_at__date__lte": F(f"{prefix}deadline")})
    late = done & Q(**{f"{prefix}completed_at__date__gt": F(f"{prefix}deadline")})
    delay = ExpressionWrapper(completed_day - F(f"{prefix}deadline"), output_field=DurationField())
    return {
        "due": Count("pk"),
        "on_time": Count("pk", filter=on_time),
        "late": Count("pk", filter=late),
        "not_done": Count("pk", filter=~done),
        "delay_total": Sum(delay, filter=late),
    }


def _discipline_row(key: str, label: str, values: dict) -> DisciplineRow:
    total = values["delay_total"]
    return DisciplineRow(
        key=key,
        label=label,
        due=values["due"],
        on_time=values["on_time"],
        late=values["late"],
        not_done=values["not_done"],
        delay_days_total=round(total.total_seconds() / 86400) if total else 0,
    )


def discipline_report(
    *, start: dt.date, end: dt.date, today: dt.date | None = None, limit: int = 20
) -> DisciplineReport:
    """Directives whose deadline fell in [start, end] (and not after today): executed
    on time, executed late (with the mean delay) and not executed, per lead body and per
    issuer, the most loaded first. Two aggregate queries whatever the period: every
    directive has one issuer, so the total is the sum of the issuers' rows."""
    today = today or timezone.localdate()
    in_period = {
        "deadline__gte": start,
        "deadline__lte": min(end, today),
        "status__in": [*sorted(ACTIVE_STATUSES), Status.DONE],
    }
    by_issuer = [
        _discipline_row(r["issuer"], r["issuer"], r)
        for r in Directive.objects.filter(**in_period)
        .values("issuer")
        .annotate(**_discipline_aggregates())
        .order_by("-due", "issuer")
    ]
    by_body = [
        _discipline_row(str(r["body_id"]), r["body__name"], r)
        for r in DirectiveBody.objects.filter(
            role=Role.LEAD, **{f"directive__{key}": value for key, value in in_period.items()}
        )
        .values("body_id", "body__name")
        .annotate(**_discipline_aggregates("directive__"))
        .order_by("-due", "body__name")
    ]
    total = DisciplineRow(key="", label="")
    for row in by_issuer:
        total.due += row.due
        total.on_time += row.on_time
        total.late += row.late
        total.not_done += row.not_done
        total.delay_days_total += row.delay_days_total
    return DisciplineReport(
        start=start,
        end=end,
        by_body=by_body[:limit],
        by_issuer=by_issuer[:limit],
        total=total,
        by_body_all=by_body,
    )


# --- detail -----------------------------------------------------------------------


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
    """Reminders sent and pending for the detail page, when the reminders outbox exists."""
    try:
        Reminder = apps.get_model("reminders", "Reminder")
    except LookupError:
        return {"available": False, "sent": [], "pending": []}
    rows = list(
        Reminder.objects.filter(directive=directive).order_by("-scheduled_at", "id")[:limit]
    )
    sent = [r for r in rows if r.status in ("sent", "failed")]
    pending = [r for r in rows if r.status in ("queued", "sending")]
    return {"available": True, "sent": sent, "pending": sorted(pending,
            key=lambda r: r.scheduled_at)}


def safe_url(url: str | None) -> str | None:
    """Only http(s) links reach an href: the URL came from a feed or a paste."""
    if url and url.lower().startswith(("http://", "https://")):
        return url
    return None


# --- review queue -----------------------------------------------------------------


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


# --- calendar ---------------------------------------------------------------------


@dataclass
class CalendarDay:
    date: dt.date
    in_month: bool
    directives: list[Directive] = field(default_factory=list)
    more: int = 0


CALENDAR_PER_DAY = 6
CALENDAR_STATUSES = (Status.OPEN, Status.IN_PROGRESS, Status.DONE)


def calendar_month(
    *, year: int, month: int, queryset: QuerySet[Directive] | None = None
) -> list[list[CalendarDay]]:
    """Weeks (Monday first) of the month with the directives due each day."""
    weeks = calendar.Calendar(firstweekday=0).monthdatescalendar(year, month)
    first, last = weeks[0][0], weeks[-1][-1]
    queryset = queryset if queryset is not None else Directive.objects.all()
    rows = (
        queryset.filter(deadline__gte=first, deadline__lte=last, status__in=CALENDAR_STATUSES)
        .order_by("deadline", "id")
        .only("id", "task", "deadline", "status")
    )
    per_day: dict[dt.date, list[Directive]] = defaultdict(list)
    for directive in rows:
        per_day[directive.deadline].append(directive)
    result = []
    for week in weeks:
        days = []
        for day in week:
            items = per_day.get(day, [])
            days.append(
                CalendarDay(
                    date=day,
                    in_month=day.month == month,
                    directives=items[:CALENDAR_PER_DAY],
                    more=max(0, len(items) - CALENDAR_PER_DAY),
                )
            )
        result.append(days)
    return result


def feed_directives(*, user: AbstractBaseUser | None = None, body: Body | None = None):
    """Directives for an iCalendar feed: those of the bodies and directives the user
    follows (in the role they follow), or those of one body."""
    queryset = Directive.objects.filter(
        deadline__isnull=False, status__in=CALENDAR_STATUSES
    )
    if body is not None:
        queryset = queryset.filter(body_links__body=body)
    else:
        followed = Q(pk__in=[])
        subscriptions = Subscription.objects.filter(user=user).values_list(
            "body_id", "body_role", "directive_id"
        )
        for body_id, body_role, directive_id in subscriptions:
            if directive_id:
                followed |= Q(pk=directive_id)
            elif body_role in (Role.LEAD, Role.CO_EXECUTOR):
                followed |= Q(body_links__body_id=body_id, body_links__role=body_role)
            else:
                followed |= Q(body_links__body_id=body_id)
        queryset = queryset.filter(followed)
    ids = queryset.values("id")
    return _with_bodies(
        Directive.objects.filter(id__in=ids).order_by("deadline", "id").only(
            "id", "task", "issuer", "deadline", "status", "updated", "created"
        )
    )


def user_followed_bodies(*, user: AbstractBaseUser) -> list[Body]:
    return list(
        Body.objects.filter(subscriptions__user=user).order_by("name").only("id", "name")
    )

