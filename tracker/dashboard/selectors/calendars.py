"""The month view and the iCalendar feeds."""

from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from django.contrib.auth.base_user import AbstractBaseUser
from django.db.models import Q, QuerySet

from tracker.bodies.models import Body
from tracker.dashboard.selectors.directives import _with_bodies
from tracker.directives.models import Directive, Role, Status
from tracker.reminders.models import Subscription


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
