"""Writes to the registry of bodies: accepting unknown names and merging duplicates.

The admin (actions, the unknown-names view) calls these, and so would any other
screen: the rules of a merge live here, not in a view.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Value
from django.db.models.functions import Lower
from django.utils.translation import gettext as _

from tracker.bodies.models import Body, BodyAlias
from tracker.directives.models import DirectiveBody, Role

logger = logging.getLogger(__name__)


@dataclass
class BodyMergeResult:
    survivor: Body
    merged_names: list[str] = field(default_factory=list)
    # Directives that named a merged body and now name the survivor instead.
    directives_moved: int = 0
    # Of those, the ones that named two of the bodies: one link is kept.
    directives_deduplicated: int = 0
    aliases_moved: int = 0
    names_added_as_aliases: list[str] = field(default_factory=list)
    # Names of merged bodies that are already an alias of a third body: left alone,
    # because an alias naming two bodies would make matching a guess.
    names_skipped: list[str] = field(default_factory=list)


def _actor_name(user: AbstractBaseUser | None) -> str:
    return str(user) if user is not None and user.is_authenticated else "system"


@transaction.atomic
def body_accept(*, body: Body, user: AbstractBaseUser | None) -> Body:
    """Accept a name the extractor met as a body of its own: it leaves the review list."""
    updated = Body.objects.filter(pk=body.pk, needs_review=True).update(needs_review=False)
    body.needs_review = False
    if updated:
        logger.info("body %s (%r) accepted by %s", body.pk, body.name, _actor_name(user))
    return body


@transaction.atomic
def body_merge(
    *, survivor: Body, duplicates: Iterable[Body], user: AbstractBaseUser | None
) -> BodyMergeResult:
    """Fold `duplicates` into `survivor` and delete them.

    Moves directive links (one link per directive and body: when a directive names
    both, the survivor's link stays and takes the lead role if either had it),
    aliases, subscriptions, contact opt-outs and outbox rows, children and contact
    emails, and the body names ingestion keeps as text (open suggestions, the
    extractor's last readings). The merged bodies' own names
    become aliases of the survivor, so the extractor maps them to it from now on.
    """
    duplicate_ids = sorted({body.pk for body in duplicates})
    if not duplicate_ids:
        raise ValidationError(_("Choose at least one body to merge into %(name)s.")
                              % {"name": survivor.name})
    if survivor.pk in duplicate_ids:
        raise ValidationError(_("A body cannot be merged into itself."))
    # Lock every row taking part, in id order so two merges cannot deadlock.
    locked = {
        body.pk: body
        for body in Body.objects.select_for_update()
        .filter(pk__in=[survivor.pk, *duplicate_ids])
        .order_by("pk")
    }
    missing = set(duplicate_ids) - locked.keys()
    if survivor.pk not in locked or missing:
        raise ValidationError(_("A body to merge was deleted meanwhile; reload and retry."))
    survivor = locked[survivor.pk]
    merged = [locked[pk] for pk in duplicate_ids]
    result = BodyMergeResult(survivor=survivor, merged_names=[body.name for body in merged])

    named_directives = set(
        DirectiveBody.objects.filter(body_id__in=duplicate_ids).values_list(
            "directive_id", flat=True
        )
    )
    _move_directive_links(survivor=survivor, duplicate_ids=duplicate_ids, result=result)
    result.aliases_moved = BodyAlias.objects.filter(body_id__in=duplicate_ids).update(
        body=survivor
    )
    _take_names(survivor=survivor, merged=merged, result=result)
    _move_reminder_rows(survivor=survivor, duplicate_ids=duplicate_ids)
    _rename_in_extractor_readings(
        survivor=survivor, merged=merged, directive_ids=named_directives
    )
    _move_family(survivor=survivor, merged=merged, duplicate_ids=duplicate_ids)
    _join_contact_emails(survivor=survivor, merged=merged)
    survivor.save(update_fields=["name_ru", "name_kk", "parent", "contact_emails"])

    Body.objects.filter(pk__in=duplicate_ids).delete()
    logger.info(
        "bodies %s merged into %s (%r) by %s",
        duplicate_ids, survivor.pk, survivor.name, _actor_name(user),
    )
    return result


def _move_directive_links(
    *, survivor: Body, duplicate_ids: list[int], result: BodyMergeResult
) -> None:
    links = DirectiveBody.objects.filter(body_id__in=[survivor.pk, *duplicate_ids]).order_by(
        "directive_id", "-role", "position", "id"  # per directive: leads first, in order
    )
    by_directive: dict[int, list[DirectiveBody]] = defaultdict(list)
    for link in links:
        by_directive[link.directive_id].append(link)

    to_delete: list[int] = []
    to_update: list[DirectiveBody] = []
    for group in by_directive.values():
        keeper = next((link for link in group if link.body_id == survivor.pk), group[0])
        if len(group) == 1 and keeper.body_id == survivor.pk:
            continue
        result.directives_moved += 1
        if len(group) > 1:
            result.directives_deduplicated += 1
        leads = [link for link in group if link.role == Role.LEAD]
        if leads and keeper.role != Role.LEAD:
            keeper.role, keeper.position = Role.LEAD, leads[0].position
        keeper.body_id = survivor.pk
        to_update.append(keeper)
        to_delete.extend(link.pk for link in group if link is not keeper)
    # Delete before updating: the (directive, body) constraint holds at every step.
    DirectiveBody.objects.filter(pk__in=to_delete).delete()
    DirectiveBody.objects.bulk_update(to_update, ["body", "role", "position"], batch_size=500)


def _take_names(*, survivor: Body, merged: list[Body], result: BodyMergeResult) -> None:
    for merged_body in merged:
        for lang_field in ("name_ru", "name_kk"):
            if not getattr(survivor, lang_field) and getattr(merged_body, lang_field):
                setattr(survivor, lang_field, getattr(merged_body, lang_field))

    taken = {name.casefold() for name in (survivor.name, survivor.name_ru, survivor.name_kk)}
    candidates: list[str] = []
    for merged_body in merged:
        for name in (merged_body.name, merged_body.name_ru, merged_body.name_kk):
            name = name.strip()
            if name and name.casefold() not in taken:
                taken.add(name.casefold())
                candidates.append(name)
    new_aliases = []
    for name in candidates:
        # Lowered by the database, as the unique index does it: SQLite's LOWER() folds
        # ASCII only, so a Python-side lower() would miss Cyrillic clashes there.
        owner = (
            BodyAlias.objects.annotate(key=Lower("name"))
            .filter(key=Lower(Value(name)))
            .values_list("body_id", flat=True)
            .first()
        )
        if owner is None:
            new_aliases.append(BodyAlias(body=survivor, name=name))
            result.names_added_as_aliases.append(name)
        elif owner != survivor.pk:
            result.names_skipped.append(name)
    BodyAlias.objects.bulk_create(new_aliases)


def _move_reminder_rows(*, survivor: Body, duplicate_ids: list[int]) -> None:
    """Subscriptions, contact opt-outs and the outbox rows of contact addresses.

    The outbox rows must survive: they are the guard that keeps a reminder already sent
    from going out again, and their history. An address that opted out of a merged body
    has opted out of the survivor, which is the same body.
    """
    # Imported here: reminders are a stage downstream of the registry.
    from tracker.reminders.models import ContactOptOut, Reminder

    _move_subscriptions(survivor=survivor, duplicate_ids=duplicate_ids)
    opted_out = {
        email.casefold()
        for email in ContactOptOut.objects.filter(body=survivor).values_list("email", flat=True)
    }
    for opt_out in ContactOptOut.objects.filter(body_id__in=duplicate_ids).order_by("id"):
        if opt_out.email.casefold() in opted_out:
            opt_out.delete()
        else:
            opted_out.add(opt_out.email.casefold())
            opt_out.body = survivor
            opt_out.save(update_fields=["body"])
    Reminder.objects.filter(body_id__in=duplicate_ids).update(body=survivor)


def _move_subscriptions(*, survivor: Body, duplicate_ids: list[int]) -> None:
    from tracker.reminders.models import Subscription

    subscriptions = Subscription.objects.filter(body_id__in=[survivor.pk, *duplicate_ids])
    by_user: dict[int, list[Subscription]] = defaultdict(list)
    for subscription in subscriptions.order_by("id"):
        by_user[subscription.user_id].append(subscription)
    for group in by_user.values():
        keeper = next((s for s in group if s.body_id == survivor.pk), group[0])
        others = [s for s in group if s is not keeper]
        roles = {s.body_role for s in group}
        if len(roles) > 1:
            # Following one body as lead and its duplicate as co-executor is following both.
            keeper.body_role = Subscription.BodyRole.ANY
        supervisor = any(s.is_supervisor for s in group)
        changed = (
            keeper.body_id != survivor.pk or len(roles) > 1 or supervisor != keeper.is_supervisor
        )
        Subscription.objects.filter(pk__in=[s.pk for s in others]).delete()
        if changed:
            keeper.body_id = survivor.pk
            keeper.is_supervisor = supervisor
            keeper.save(update_fields=["body", "body_role", "is_supervisor"])


def _rename_in_extractor_readings(
    *, survivor: Body, merged: list[Body], directive_ids: set[int]
) -> None:
    """Put the survivor's name where ingestion kept a merged body's name as text.

    Open suggestions name bodies by canonical name and are resolved by that name when
    applied: left alone, applying one would create the merged body again as an unknown
    name. The extractor's last readings of the directives that named a merged body are
    renamed too, so the next re-extraction does not take the new name for a change of
    mind.
    """
    # Imported here: ingestion is a stage downstream of the registry.
    from tracker.ingestion.models import DirectiveExtraction, DirectiveSuggestion

    renames = {body.name.strip().casefold(): survivor.name for body in merged}

    def renamed(lead: list[str], co_executors: list[str]) -> tuple[list[str], list[str]]:
        seen: set[str] = set()
        result: tuple[list[str], list[str]] = ([], [])
        for bucket, names in zip(result, (lead, co_executors), strict=True):
            for name in names:
                name = renames.get(name.strip().casefold(), name)
                if name.casefold() not in seen:  # one role per body, lead first
                    seen.add(name.casefold())
                    bucket.append(name)
        return result

    def mentions(names: list[str]) -> bool:
        return any(name.strip().casefold() in renames for name in names)

    for suggestion in DirectiveSuggestion.objects.filter(resolved_at__isnull=True):
        if mentions(suggestion.lead_names) or mentions(suggestion.co_executor_names):
            suggestion.lead_names, suggestion.co_executor_names = renamed(
                suggestion.lead_names, suggestion.co_executor_names
            )
            suggestion.save(update_fields=["lead_names", "co_executor_names"])
    for reading in DirectiveExtraction.objects.filter(directive_id__in=directive_ids):
        lead = list(reading.fields.get("lead") or [])
        co_executors = list(reading.fields.get("co_executors") or [])
        if mentions(lead) or mentions(co_executors):
            reading.fields["lead"], reading.fields["co_executors"] = renamed(lead, co_executors)
            reading.save(update_fields=["fields"])


def _move_family(*, survivor: Body, merged: list[Body], duplicate_ids: list[int]) -> None:
    Body.objects.filter(parent_id__in=duplicate_ids).exclude(pk=survivor.pk).update(
        parent=survivor
    )
    merged_ids = {survivor.pk, *duplicate_ids}
    if survivor.parent_id in merged_ids:
        # The survivor sat under one of the bodies merged into it.
        survivor.parent_id = None
    if survivor.parent_id is None:
        survivor.parent_id = next(
            (
                body.parent_id
                for body in merged
                if body.parent_id is not None and body.parent_id not in merged_ids
            ),
            None,
        )


def _join_contact_emails(*, survivor: Body, merged: list[Body]) -> None:
    emails: dict[str, str] = {}
    for body in (survivor, *merged):
        for email in body.contact_emails or []:
            emails.setdefault(email.casefold(), email)
    survivor.contact_emails = list(emails.values())
