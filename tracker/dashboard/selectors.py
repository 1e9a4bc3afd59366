"""Reads for the dashboard pages."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Count, Q
from django.utils import timezone

from tracker.directives.models import ACTIVE_STATUSES, Directive, Status


@dataclass(frozen=True)
class OverviewCounts:
    overdue: int
    due_7_days: int
    due_30_days: int
    awaiting_review: int
    no_deadline: int


def overview_counts(*, today: dt.date | None = None) -> OverviewCounts:
    today = today or timezone.localdate()
    active = Q(status__in=ACTIVE_STATUSES)
    counts = Directive.objects.aggregate(
        overdue=Count("id", filter=active & Q(deadline__lt=today)),
        due_7_days=Count(
            "id",
            filter=active & Q(deadline__gte=today, deadline__lte=today + dt.timedelta(days=7)),
        ),
        due_30_days=Count(
            "id",
            filter=active & Q(deadline__gte=today, deadline__lte=today + dt.timedelta(days=30)),
        ),
        awaiting_review=Count("id", filter=Q(status=Status.PROPOSED)),
        no_deadline=Count("id", filter=active & Q(deadline__isnull=True)),
    )
    return OverviewCounts(**counts)
