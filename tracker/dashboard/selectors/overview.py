"""The overview: counts, next deadlines, bodies that are behind, the discipline report."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, DurationField, ExpressionWrapper, F, Q, Sum
from django.db.models.functions import TruncDate
from django.utils import timezone

from tracker.dashboard.selectors.directives import directive_rows
from tracker.directives.models import ACTIVE_STATUSES, Directive, DirectiveBody, Role, Status


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
        body_rows = _lead_body_rows(today=today, start=start, end=end)
        return OverviewFigures(
            counts=overview_counts(today=today),
            next_deadlines=overview_next_deadlines(today=today),
            by_body=overview_by_body(today=today, body_rows=body_rows),
            report=discipline_report(start=start, end=end, today=today, body_rows=body_rows),
            computed_at=timezone.now(),
        )

    seconds = settings.DASHBOARD_OVERVIEW_CACHE_SECONDS
    if not seconds:
        return compute()
    version = cache.get(_OVERVIEW_VERSION, 0)
    key = f"dashboard:overview:{version}:{today}:{start}:{end}"
    return cache.get_or_set(key, compute, seconds)


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
    *, today: dt.date | None = None, limit: int = 15, body_rows: list[dict] | None = None,
    start: dt.date | None = None, end: dt.date | None = None,
) -> list[BodyRow]:
    """Per lead body: open and overdue directives, the bodies that are behind first,
    with the directives of the discipline report's period done on time and late."""
    today = today or timezone.localdate()
    if body_rows is None:
        body_rows = _lead_body_rows(
            today=today, start=start or dt.date(today.year, 1, 1), end=end or today
        )
    rows = sorted(
        (r for r in body_rows if r["open"]),
        key=lambda r: (-r["overdue"], -r["open"], r["body__name"]),
    )[:limit]
    return [
        BodyRow(
            body_id=r["body_id"],
            name=r["body__name"],
            open=r["open"],
            overdue=r["overdue"],
            done_on_time=r["on_time"],
            done_late=r["late"],
        )
        for r in rows
    ]


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


def _discipline_aggregates(prefix: str = "", within: Q | None = None) -> dict:
    """Conditional aggregates of one discipline row, over directives reached through
    `prefix` ("" on Directive, "directive__" on DirectiveBody). The delay is whole local
    days from the deadline to the completion date; both databases subtract dates
    (PostgreSQL as an interval of days, SQLite in microseconds), read as a timedelta."""
    done = Q(**{f"{prefix}status": Status.DONE, f"{prefix}completed_at__isnull": False})
    completed_day = TruncDate(f"{prefix}completed_at")
    on_time = done & Q(**{f"{prefix}completed_at__date__lte": F(f"{prefix}deadline")})
    late = done & Q(**{f"{prefix}completed_at__date__gt": F(f"{prefix}deadline")})
    delay = ExpressionWrapper(completed_day - F(f"{prefix}deadline"), output_field=DurationField())
    if within is None:
        return {
            "due": Count("pk"),
            "on_time": Count("pk", filter=on_time),
            "late": Count("pk", filter=late),
            "not_done": Count("pk", filter=~done),
            "delay_total": Sum(delay, filter=late),
        }
    return {
        "due": Count("pk", filter=within),
        "on_time": Count("pk", filter=within & on_time),
        "late": Count("pk", filter=within & late),
        "not_done": Count("pk", filter=within & ~done),
        "delay_total": Sum(delay, filter=within & late),
    }


def _period(start: dt.date, end: dt.date, today: dt.date, prefix: str = "") -> Q:
    return Q(**{
        f"{prefix}deadline__gte": start,
        f"{prefix}deadline__lte": min(end, today),
        f"{prefix}status__in": [*sorted(ACTIVE_STATUSES), Status.DONE],
    })


def _lead_body_rows(*, today: dt.date, start: dt.date, end: dt.date) -> list[dict]:
    """Per lead body, in one pass over the links: open and overdue directives (for the
    table of bodies) and the discipline figures of the period (for the report)."""
    active = Q(directive__status__in=sorted(ACTIVE_STATUSES))
    period = _period(start, end, today, "directive__")
    return list(
        DirectiveBody.objects.filter(role=Role.LEAD)
        .filter(active | period)
        .values("body_id", "body__name")
        .annotate(
            open=Count("id", filter=active),
            overdue=Count("id", filter=active & Q(directive__deadline__lt=today)),
            **_discipline_aggregates("directive__", within=period),
        )
    )


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
    *, start: dt.date, end: dt.date, today: dt.date | None = None, limit: int = 20,
    body_rows: list[dict] | None = None,
) -> DisciplineReport:
    """Directives whose deadline fell in [start, end] (and not after today): executed
    on time, executed late (with the mean delay) and not executed, per lead body and per
    issuer, the most loaded first. Two aggregate queries whatever the period: every
    directive has one issuer, so the total is the sum of the issuers' rows."""
    today = today or timezone.localdate()
    by_issuer = [
        _discipline_row(r["issuer"], r["issuer"], r)
        for r in Directive.objects.filter(_period(start, end, today))
        .values("issuer")
        .annotate(**_discipline_aggregates())
        .order_by("-due", "issuer")
    ]
    if body_rows is None:
        body_rows = list(
            DirectiveBody.objects.filter(role=Role.LEAD)
            .filter(_period(start, end, today, "directive__"))
            .values("body_id", "body__name")
            .annotate(**_discipline_aggregates("directive__"))
        )
    by_body = sorted(
        (
            _discipline_row(str(r["body_id"]), r["body__name"], r)
            for r in body_rows
            if r["due"]
        ),
        key=lambda row: (-row.due, row.label),
    )
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
    )
