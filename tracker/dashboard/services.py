"""The dashboard's own writes: watching directives, calendar links, bulk actions.

Directive changes themselves go through tracker.directives.services and .review, so a
change made here reads the same in the history as one made in the admin.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from tracker.dashboard.models import CalendarFeed, new_feed_token
from tracker.directives.models import Directive, Status
from tracker.directives.review import directive_accept
from tracker.directives.services import directive_change_status
from tracker.reminders.models import Subscription


def directive_watch(*, directive: Directive, user: AbstractBaseUser) -> Subscription:
    """Follow one directive (reminders and the calendar feed). Idempotent."""
    try:
        with transaction.atomic():
            subscription, _ = Subscription.objects.get_or_create(user=user, directive=directive)
    except IntegrityError:  # a double click raced us to the unique constraint
        subscription = Subscription.objects.get(user=user, directive=directive)
    return subscription


def directive_unwatch(*, directive: Directive, user: AbstractBaseUser) -> bool:
    deleted, _ = Subscription.objects.filter(user=user, directive=directive).delete()
    return bool(deleted)


@transaction.atomic
def calendar_feed_renew(*, user: AbstractBaseUser) -> CalendarFeed:
    """Create the user's secret calendar link, or replace it: the old link stops working."""
    feed, created = CalendarFeed.objects.select_for_update().get_or_create(user=user)
    if not created:
        feed.token = new_feed_token()
        feed.save(update_fields=["token"])
    return feed


def calendar_feed_revoke(*, user: AbstractBaseUser) -> bool:
    deleted, _ = CalendarFeed.objects.filter(user=user).delete()
    return bool(deleted)


BULK_ACCEPT = "accept"
BULK_DONE = "done"
BULK_ACTIONS = (BULK_ACCEPT, BULK_DONE)
BULK_LIMIT = 500


@dataclass
class BulkResult:
    done: list[int] = field(default_factory=list)
    failed: list[tuple[int, str]] = field(default_factory=list)


def directives_bulk_apply(
    *, action: str, directive_ids: Iterable[int], user: AbstractBaseUser, comment: str = ""
) -> BulkResult:
    """Accept proposed directives, or mark active ones done, one transaction each: a
    directive someone else already moved is reported, and the others still go through."""
    if action not in BULK_ACTIONS:
        raise ValidationError(f"unknown bulk action {action!r}")
    result = BulkResult()
    for directive in Directive.objects.filter(pk__in=list(directive_ids)[:BULK_LIMIT]).order_by(
        "id"
    ):
        try:
            if action == BULK_ACCEPT:
                directive_accept(directive=directive, user=user, comment=comment)
            else:
                directive_change_status(
                    directive=directive, new_status=Status.DONE, user=user, comment=comment
                )
        except ValidationError as exc:
            result.failed.append((directive.pk, " ".join(exc.messages)))
        else:
            result.done.append(directive.pk)
    return result
