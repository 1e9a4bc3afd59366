"""Writes to directives. Every change of status or deadline leaves a history row.

The dashboard, the admin and the commands all call these functions, so a change made
anywhere reads the same in the timeline.
"""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from tracker.directives.models import (
    DeadlineChange,
    Directive,
    Granularity,
    Status,
    StatusChange,
)


class TransitionNotAllowed(ValidationError):
    pass


class StaleDirective(ValidationError):
    """Someone else changed the directive between our read and our write."""


def _reschedule_reminders_on_commit(directive_id: int) -> None:
    """Pending reminders follow the directive: cancelled when it closes, recomputed when
    its deadline moves. After commit, so the reminders see the new row; robust, because
    a failure there must not undo the edit (the next scan repairs it anyway)."""

    def reschedule() -> None:
        from tracker.reminders.services import reminders_reschedule

        reminders_reschedule(directive_id=directive_id)

    transaction.on_commit(reschedule, robust=True)


def _actor(user: AbstractBaseUser | None) -> AbstractBaseUser | None:
    return user if user is not None and user.is_authenticated else None


@transaction.atomic
def directive_change_status(
    *,
    directive: Directive,
    new_status: str,
    user: AbstractBaseUser | None,
    comment: str = "",
    now: dt.datetime | None = None,
) -> StatusChange:
    """Move a directive to `new_status` if the workflow allows it.

    The update is conditional on the status we read (`UPDATE ... WHERE status=old`), so
    two editors acting on the same directive at once cannot both succeed.
    """
    old_status = directive.status
    if new_status not in Status.values:
        raise TransitionNotAllowed(_("Unknown status %(status)s.") % {"status": new_status})
    if not directive.can_move_to(new_status):
        raise TransitionNotAllowed(
            _("A directive cannot go from %(old)s to %(new)s.")
            % {"old": Status(old_status).label, "new": Status(new_status).label}
        )
    now = now or timezone.now()
    fields: dict[str, object] = {"status": new_status, "updated": now}
    if new_status == Status.DONE:
        fields["completed_at"] = now
    elif old_status == Status.DONE:
        fields["completed_at"] = None
    if _actor(user) is not None and directive.curated_at is None:
        fields["curated_at"] = now
    updated = Directive.objects.filter(pk=directive.pk, status=old_status).update(**fields)
    if not updated:
        raise StaleDirective(_("The directive was changed by someone else; reload and retry."))
    for name, value in fields.items():
        setattr(directive, name, value)
    _reschedule_reminders_on_commit(directive.pk)
    return StatusChange.objects.create(
        directive=directive,
        old_status=old_status,
        new_status=new_status,
        comment=comment.strip(),
        changed_by=_actor(user),
        changed_at=now,
    )


@transaction.atomic
def directive_change_deadline(
    *,
    directive: Directive,
    new_deadline: dt.date | None,
    user: AbstractBaseUser | None,
    reason: str = "",
    force: bool = False,
    deadline_text: str | None = None,
    granularity: str | None = None,
    now: dt.datetime | None = None,
) -> DeadlineChange:
    """Set a new deadline and record the change.

    An extension must move the deadline later. Moving it earlier, keeping the same
    date or removing it is refused unless `force` is given together with a reason,
    because such edits usually mean a mistake rather than a decision.
    """
    old_deadline = directive.deadline
    reason = reason.strip()
    if old_deadline is not None:
        if not reason:
            raise ValidationError({"reason": _("Give a reason for changing the deadline.")})
        not_later = new_deadline is None or new_deadline <= old_deadline
        if not_later and not force:
            raise ValidationError(
                {
                    "new_deadline": _(
                        "The new deadline must be later than %(old)s; "
                        "confirm the change to move it earlier or remove it."
                    )
                    % {"old": old_deadline.isoformat()}
                }
            )
    else:
        not_later = False
        if new_deadline is None:
            raise ValidationError({"new_deadline": _("The directive has no deadline yet.")})
    if granularity and granularity not in Granularity.values:
        raise ValidationError({"granularity": _("Unknown granularity.")})

    now = now or timezone.now()
    fields: dict[str, object] = {
        "deadline": new_deadline,
        "deadline_text": deadline_text if deadline_text is not None else "",
        "deadline_granularity": (granularity or Granularity.DAY) if new_deadline else "",
        "updated": now,
    }
    if _actor(user) is not None and directive.curated_at is None:
        fields["curated_at"] = now
    updated = Directive.objects.filter(pk=directive.pk, deadline=old_deadline).update(**fields)
    if not updated:
        raise StaleDirective(_("The directive was changed by someone else; reload and retry."))
    for name, value in fields.items():
        setattr(directive, name, value)
    _reschedule_reminders_on_commit(directive.pk)
    return DeadlineChange.objects.create(
        directive=directive,
        old_deadline=old_deadline,
        new_deadline=new_deadline,
        reason=reason,
        forced=not_later,
        changed_by=_actor(user),
        changed_at=now,
    )
