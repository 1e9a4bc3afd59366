"""Reads for reminders: who hears about which directive, and what goes in an email."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Prefetch, QuerySet

from tracker.bodies.models import Body
from tracker.directives.models import ACTIVE_STATUSES, Directive, DirectiveBody
from tracker.reminders.models import (
    ContactOptOut,
    Delivery,
    Reminder,
    ReminderPreference,
    Subscription,
)


@dataclass
class Recipient:
    """One address that should hear about one directive, with its preferences."""

    email: str
    user_id: int | None
    body_id: int | None  # set for a body's bare contact address
    immediate: bool
    stages: tuple[int, ...]
    overdue: bool
    supervises: bool = False


def reminder_candidates(*, horizon: dt.date, directive_ids: Iterable[int] | None = None) -> list:
    """(id, deadline) of active directives whose deadline is at most `horizon`.

    Everything else is too far away for any stage or closed. The filter is shaped for
    the (status, deadline) index, so the scan reads only these rows however large the
    table grows.
    """
    queryset = Directive.objects.filter(
        status__in=sorted(ACTIVE_STATUSES), deadline__lte=horizon
    )
    if directive_ids is not None:
        queryset = queryset.filter(id__in=list(directive_ids))
    return list(queryset.order_by().values_list("id", "deadline"))


def reminder_recipients(
    *, directive_ids: list[int], default_stages: tuple[int, ...]
) -> dict[int, list[Recipient]]:
    """Recipients per directive: body subscribers in the right role, watchers of the
    directive, and the bodies' contact addresses (less those that opted out).

    One address is one recipient: a person who both follows a body and watches the
    directive, or whose address is also a contact address, gets one reminder.
    """
    links: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for directive_id, body_id, role in DirectiveBody.objects.filter(
        directive_id__in=directive_ids
    ).values_list("directive_id", "body_id", "role"):
        links[directive_id].append((body_id, role))
    body_ids = {body_id for pairs in links.values() for body_id, _ in pairs}

    body_subs: dict[int, list[tuple[str, bool, int, str]]] = defaultdict(list)
    for body_id, body_role, supervisor, user_id, email in (
        Subscription.objects.filter(body_id__in=body_ids, user__is_active=True)
        .exclude(user__email="")
        .values_list("body_id", "body_role", "is_supervisor", "user_id", "user__email")
    ):
        body_subs[body_id].append((body_role, supervisor, user_id, email))
    watchers: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for directive_id, user_id, email in (
        Subscription.objects.filter(directive_id__in=directive_ids, user__is_active=True)
        .exclude(user__email="")
        .values_list("directive_id", "user_id", "user__email")
    ):
        watchers[directive_id].append((user_id, email))
    user_ids = {s[2] for subs in body_subs.values() for s in subs}
    user_ids |= {w[0] for ws in watchers.values() for w in ws}
    preferences = {
        p.user_id: p for p in ReminderPreference.objects.filter(user_id__in=user_ids)
    }
    contacts = dict(Body.objects.filter(id__in=body_ids).values_list("id", "contact_emails"))
    opted_out = {
        (body_id, email.lower())
        for body_id, email in ContactOptOut.objects.filter(body_id__in=body_ids).values_list(
            "body_id", "email"
        )
    }

    def user_recipient(user_id: int, email: str) -> Recipient | None:
        preference = preferences.get(user_id)
        if preference is None:
            return Recipient(email.lower(), user_id, None, False, default_stages, True)
        if not preference.enabled:
            return None
        return Recipient(
            email.lower(),
            user_id,
            None,
            preference.delivery == Delivery.IMMEDIATE,
            preference.effective_stages(default_stages),
            preference.overdue,
        )

    result: dict[int, list[Recipient]] = {}
    for directive_id in directive_ids:
        found: dict[str, Recipient] = {}
        for body_id, role in links.get(directive_id, ()):
            for body_role, supervisor, user_id, email in body_subs.get(body_id, ()):
                if body_role not in (Subscription.BodyRole.ANY, role):
                    continue
                recipient = found.get(email.lower()) or user_recipient(user_id, email)
                if recipient is None:
                    continue
                found.setdefault(recipient.email, recipient)
                recipient.supervises |= supervisor
        for user_id, email in watchers.get(directive_id, ()):
            recipient = found.get(email.lower()) or user_recipient(user_id, email)
            if recipient is not None:
                found.setdefault(recipient.email, recipient)
        for body_id, _role in links.get(directive_id, ()):
            for email in contacts.get(body_id) or ():
                address = email.strip().lower()
                if not address or address in found or (body_id, address) in opted_out:
                    continue
                found[address] = Recipient(address, None, body_id, True, default_stages, True)
        if found:
            result[directive_id] = list(found.values())
    return result


def reminder_claimed_rows(*, claim: uuid.UUID, recipient: str, kind: str) -> QuerySet[Reminder]:
    """The rows a send task holds, with everything the email shows, in reading order."""
    return (
        Reminder.objects.filter(
            claim=claim, recipient=recipient, kind=kind, status=Reminder.Status.SENDING
        )
        .select_related("directive", "user", "body")
        .prefetch_related(
            Prefetch(
                "directive__body_links",
                queryset=DirectiveBody.objects.select_related("body"),
            )
        )
        .order_by("directive__deadline", "directive_id")
    )


def reminder_failed_count() -> int:
    """For the dashboard: reminders that could not be delivered."""
    return Reminder.objects.filter(status=Reminder.Status.FAILED).count()


def reminder_digest_recipients_served(
    *, recipients: Iterable[str], since: dt.datetime, other_than: uuid.UUID | None = None
) -> set[str]:
    """Digest recipients that already had their email in the period starting `since`
    (an email other than the one claim `other_than` is putting together)."""
    recipients = list(recipients)
    if not recipients:
        return set()
    served = Reminder.objects.filter(
        recipient__in=recipients,
        immediate=False,
        claimed_at__gte=since,
        status__in=[Reminder.Status.SENDING, Reminder.Status.SENT],
    )
    if other_than is not None:
        served = served.exclude(claim=other_than)
    return set(served.order_by().values_list("recipient", flat=True).distinct())

