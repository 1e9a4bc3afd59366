"""Turning a claimed group of reminder rows into one email (HTML and plain text)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse

from tracker.directives.models import Directive
from tracker.reminders import policy
from tracker.reminders.models import Reminder
from tracker.reminders.tokens import unsubscribe_token


@dataclass(frozen=True)
class DigestItem:
    directive_id: int
    task: str
    leads: list[str]
    co_executors: list[str]
    deadline: dt.date
    days_left: int
    days_phrase: str
    non_working: str
    sentence: str
    url: str

    @property
    def overdue(self) -> bool:
        return self.days_left < 0


def directive_url(directive_id: int) -> str:
    return f"{settings.SITE_URL}/directives/{directive_id}/"


def unsubscribe_url(reminder: Reminder) -> str:
    if reminder.user_id is not None:
        token = unsubscribe_token(user_id=reminder.user_id)
    else:
        token = unsubscribe_token(body_id=reminder.body_id, email=reminder.recipient)
    return settings.SITE_URL + reverse("reminders:unsubscribe", args=[token])


def digest_item(directive: Directive, *, today: dt.date) -> DigestItem:
    assert directive.deadline is not None
    days_left = directive.days_left(today)
    assert days_left is not None
    return DigestItem(
        directive_id=directive.pk,
        task=directive.task,
        leads=[b.name for b in directive.lead_bodies()],
        co_executors=[b.name for b in directive.co_executor_bodies()],
        deadline=directive.deadline,
        days_left=days_left,
        days_phrase=policy.days_phrase(days_left),
        non_working=policy.non_working_day(directive.deadline),
        sentence=" ".join(directive.sentence.split()),
        url=directive_url(directive.pk),
    )


def digest_message(
    rows: Sequence[Reminder], *, now: dt.datetime, connection=None
) -> EmailMultiAlternatives:
    """One email for one recipient: every directive in `rows`, most urgent first."""
    first = rows[0]
    today = now.astimezone(ZoneInfo(settings.TIME_ZONE)).date()
    items = sorted(
        (digest_item(row.directive, today=today) for row in rows),
        key=lambda item: (item.days_left, item.directive_id),
    )
    escalation = first.kind == Reminder.Kind.ESCALATION
    if escalation:
        subject = policy.escalation_subject(
            len(items), escalation_days=settings.REMINDER_ESCALATION_DAYS
        )
    else:
        subject = policy.digest_subject(
            [item.days_left for item in items], first_task=items[0].task
        )
    unsubscribe = unsubscribe_url(first)
    context = {
        "subject": subject,
        "items": items,
        "overdue_items": [item for item in items if item.overdue],
        "upcoming_items": [item for item in items if not item.overdue],
        "escalation": escalation,
        "escalation_days": settings.REMINDER_ESCALATION_DAYS,
        "contact_body": first.body if first.user_id is None else None,
        "unsubscribe_url": unsubscribe,
        "preferences_url": settings.SITE_URL + reverse("reminders:preferences"),
        "site_url": settings.SITE_URL,
        "today": today,
    }
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string("emails/reminder_digest.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[first.recipient],
        connection=connection,
        headers={
            # RFC 2369 + RFC 8058: mail clients show an unsubscribe button that POSTs
            # "List-Unsubscribe=One-Click" to this URL.
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Auto-Submitted": "auto-generated",
            "X-Auto-Response-Suppress": "All",
        },
    )
    html = render_to_string("emails/reminder_digest.html", context)
    message.attach_alternative(html, "text/html")
    return message
