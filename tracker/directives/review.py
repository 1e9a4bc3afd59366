"""The review queue's writes: accept, edit, reject, merge.

The dashboard's review queue, its bulk actions and the admin actions all call these,
so a decision reads the same in the history wherever it was taken. Status moves go
through `directive_change_status`; deadline edits leave a DeadlineChange row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from tracker.directives.models import (
    DeadlineChange,
    Directive,
    DirectiveBody,
    Granularity,
    Role,
    Status,
)
from tracker.directives.services import directive_change_deadline, directive_change_status

_UNSET = object()


@dataclass(frozen=True)
class DirectiveEdit:
    """Fields a reviewer may correct. None means "leave as it is"."""

    task: str | None = None
    issuer: str | None = None
    lead_body_ids: Sequence[int] | None = None
    co_executor_body_ids: Sequence[int] | None = None
    deadline: dt.date | object | None = _UNSET
    deadline_text: str | None = None
    deadline_granularity: str | None = None
    deadline_reason: str = ""
    force_deadline: bool = False


def _set_bodies(
    *, directive: Directive, lead_ids: Sequence[int], co_executor_ids: Sequence[int]
) -> None:
    overlap = set(lead_ids) & set(co_executor_ids)
    if overlap:
        raise ValidationError(
            {"co_executor_body_ids": _("A body cannot be both lead and co-executor.")}
        )
    DirectiveBody.objects.filter(directive=directive).delete()
    links = [
        DirectiveBody(directive=directive, body_id=body_id, role=role, position=position)
        for role, ids in ((Role.LEAD, lead_ids), (Role.CO_EXECUTOR, co_executor_ids))
        for position, body_id in enumerate(dict.fromkeys(ids))
    ]
    DirectiveBody.objects.bulk_create(links)


def _correct_deadline(
    *, directive: Directive, edit: DirectiveEdit, user: AbstractBaseUser | None
) -> None:
    """A proposed directive's deadline is the extractor's reading, so a reviewer may
    correct it either way; once accepted, the extension rules apply."""
    new = edit.deadline
    if new is _UNSET or new == directive.deadline:
        if edit.deadline_text is not None or edit.deadline_granularity is not None:
            _set_deadline_words(directive=directive, edit=edit)
        return
    if directive.status != Status.PROPOSED:
        directive_change_deadline(
            directive=directive,
            new_deadline=new,
            user=user,
            reason=edit.deadline_reason,
            force=edit.force_deadline,
            deadline_text=edit.deadline_text,
            granularity=edit.deadline_granularity,
        )
        return
    if edit.deadline_granularity and edit.deadline_granularity not in Granularity.values:
        raise ValidationError({"deadline_granularity": _("Unknown granularity.")})
    DeadlineChange.objects.create(
        directive=directive,
        old_deadline=directive.deadline,
        new_deadline=new,
        reason=edit.deadline_reason.strip() or _("Corrected in review"),
        forced=directive.deadline is not None and (new is None or new <= directive.deadline),
        changed_by=user if user is not None and user.is_authenticated else None,
    )
    directive.deadline = new
    directive.deadline_text = edit.deadline_text or ""
    directive.deadline_granularity = (edit.deadline_granularity or Granularity.DAY) if new else ""
    directive.save(update_fields=["deadline", "deadline_text", "deadline_granularity"])


def _set_deadline_words(*, directive: Directive, edit: DirectiveEdit) -> None:
    fields = []
    if edit.deadline_text is not None:
        directive.deadline_text = edit.deadline_text.strip()
        fields.append("deadline_text")
    if edit.deadline_granularity is not None:
        if edit.deadline_granularity and edit.deadline_granularity not in Granularity.values:
            raise ValidationError({"deadline_granularity": _("Unknown granularity.")})
        directive.deadline_granularity = edit.deadline_granularity
        fields.append("deadline_granularity")
    directive.save(update_fields=fields)


@transaction.atomic
def directive_edit(
    *, directive: Directive, edit: DirectiveEdit, user: AbstractBaseUser | None
) -> Directive:
    """Apply a reviewer's corrections. Marks the directive curated, so re-extraction
    leaves it alone from now on."""
    if edit.task is not None:
        task = edit.task.strip()
        if not task:
            raise ValidationError({"task": _("The task cannot be empty.")})
        directive.task = task
    if edit.issuer is not None:
        directive.issuer = edit.issuer.strip()
    directive.curated_at = directive.curated_at or timezone.now()
    directive.save(update_fields=["task", "issuer", "curated_at", "updated"])
    if edit.lead_body_ids is not None or edit.co_executor_body_ids is not None:
        current = list(directive.body_links.values_list("body_id", "role"))
        _set_bodies(
            directive=directive,
            lead_ids=edit.lead_body_ids
            if edit.lead_body_ids is not None
            else [b for b, r in current if r == Role.LEAD],
            co_executor_ids=edit.co_executor_body_ids
            if edit.co_executor_body_ids is not None
            else [b for b, r in current if r == Role.CO_EXECUTOR],
        )
    _correct_deadline(directive=directive, edit=edit, user=user)
    return directive


@transaction.atomic
def directive_accept(
    *, directive: Directive, user: AbstractBaseUser | None, comment: str = ""
) -> Directive:
    directive_change_status(
        directive=directive, new_status=Status.OPEN, user=user, comment=comment
    )
    return directive


@transaction.atomic
def directive_edit_and_accept(
    *, directive: Directive, edit: DirectiveEdit, user: AbstractBaseUser | None, comment: str = ""
) -> Directive:
    directive_edit(directive=directive, edit=edit, user=user)
    return directive_accept(directive=directive, user=user, comment=comment)


@transaction.atomic
def directive_reject(
    *, directive: Directive, user: AbstractBaseUser | None, reason: str
) -> Directive:
    if not reason.strip():
        raise ValidationError({"reason": _("Say why the directive is rejected.")})
    directive_change_status(
        directive=directive, new_status=Status.REJECTED, user=user, comment=reason
    )
    return directive


@transaction.atomic
def directive_merge(
    *, keep: Directive, duplicate: Directive, user: AbstractBaseUser | None
) -> Directive:
    """Fold `duplicate` (the same instruction reported twice) into `keep`.

    The kept directive gains the duplicate's bodies it lacks and its watchers; the
    duplicate is rejected with a pointer to the kept one, so its article still shows
    where the instruction was reported.
    """
    if keep.pk == duplicate.pk:
        raise ValidationError(_("A directive cannot be merged into itself."))
    if duplicate.status not in (Status.PROPOSED,) and not duplicate.can_move_to(
        Status.CANCELLED
    ):
        raise ValidationError(
            _("Only a proposed or open directive can be merged into another one.")
        )
    kept_bodies = set(keep.body_links.values_list("body_id", flat=True))
    next_position = {
        role: keep.body_links.filter(role=role).count() for role in (Role.LEAD, Role.CO_EXECUTOR)
    }
    for link in duplicate.body_links.all():
        if link.body_id in kept_bodies:
            continue
        DirectiveBody.objects.create(
            directive=keep, body_id=link.body_id, role=link.role,
            position=next_position[link.role],
        )
        next_position[link.role] += 1
        kept_bodies.add(link.body_id)
    if keep.deadline is None and duplicate.deadline is not None:
        _correct_deadline(
            directive=keep,
            edit=DirectiveEdit(
                deadline=duplicate.deadline,
                deadline_text=duplicate.deadline_text,
                deadline_granularity=duplicate.deadline_granularity,
                deadline_reason=_("Taken from merged duplicate #%(id)s") % {"id": duplicate.pk},
            ),
            user=user,
        )
    _move_watchers(source=duplicate, target=keep)
    comment = _("Duplicate of #%(id)s") % {"id": keep.pk}
    final = Status.REJECTED if duplicate.status == Status.PROPOSED else Status.CANCELLED
    directive_change_status(directive=duplicate, new_status=final, user=user, comment=comment)
    Directive.objects.filter(pk=duplicate.pk).update(duplicate_of=keep)
    duplicate.duplicate_of = keep
    return keep


def _move_watchers(*, source: Directive, target: Directive) -> None:
    # Imported here: subscriptions belong to the reminders stage, downstream of this one.
    from tracker.reminders.models import Subscription

    already = set(
        Subscription.objects.filter(directive=target).values_list("user_id", flat=True)
    )
    Subscription.objects.filter(directive=source).exclude(user_id__in=already).update(
        directive=target
    )
    Subscription.objects.filter(directive=source).delete()
