"""Small builders for reminder tests: bodies, directives, people, moments in Almaty."""

from __future__ import annotations

import datetime as dt
import itertools
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model

from tracker.bodies.models import Body
from tracker.directives.models import Article, Directive, DirectiveBody, Role, Status
from tracker.reminders.models import Delivery, ReminderPreference, Subscription

ALMATY = ZoneInfo("Asia/Almaty")
_counter = itertools.count(1)


def almaty(year: int, month: int, day: int, hour: int = 9, minute: int = 0) -> dt.datetime:
    """An aware moment at local Almaty time."""
    return dt.datetime(year, month, day, hour, minute, tzinfo=ALMATY)


def body(name: str = "Ministry of Trade and Integration", contacts=()) -> Body:
    """The body of that name (the registry migration seeds many), with these contacts."""
    found = Body.objects.filter(name__iexact=name).first()
    if found is None:
        return Body.objects.create(
            name=name, kind=Body.Kind.MINISTRY, contact_emails=list(contacts)
        )
    found.contact_emails = list(contacts)
    found.save(update_fields=["contact_emails"])
    return found


def directive(
    *,
    deadline: dt.date | None,
    task: str | None = None,
    status: str = Status.OPEN,
    lead: Body | None = None,
    co_executors=(),
    sentence: str = "",
) -> Directive:
    n = next(_counter)
    article = Article.objects.create(
        title=f"Government session {n}",
        text=f"Article {n}: {sentence or task or 'text'}",
        published=dt.datetime(2025, 8, 5, 7, 0, tzinfo=dt.UTC),
        lang="en",
    )
    item = Directive.objects.create(
        article=article,
        task=task or f"directive number {n}",
        deadline=deadline,
        status=status,
        sentence=sentence,
    )
    if lead is not None:
        DirectiveBody.objects.create(directive=item, body=lead, role=Role.LEAD, position=0)
    for position, other in enumerate(co_executors, start=1):
        DirectiveBody.objects.create(
            directive=item, body=other, role=Role.CO_EXECUTOR, position=position
        )
    return item


def person(
    username: str,
    *,
    follows: Body | None = None,
    role: str = Subscription.BodyRole.ANY,
    supervisor: bool = False,
    delivery: str | None = None,
    stages: list[int] | None = None,
):
    user = get_user_model().objects.create_user(
        username, email=f"{username}@gov.example.kz", password="pw-" + username * 3
    )
    if follows is not None:
        Subscription.objects.create(
            user=user, body=follows, body_role=role, is_supervisor=supervisor
        )
    if delivery is not None or stages is not None:
        ReminderPreference.objects.create(
            user=user, delivery=delivery or Delivery.DIGEST, stages=stages or []
        )
    return user
