"""Suggestions: a newer extraction of a directive a person has curated.

Re-extraction never overwrites a curated directive (see ``tracker.ingestion.reextract``);
when the extractor now reads its sentence differently, the new reading is stored as a
``DirectiveSuggestion`` and the reviewer decides:

* ``suggestion_apply(*, suggestion, user, fields=None)``: copy the suggested values (all,
  or only the named ``fields``) onto the directive through ``directive_edit``, so the
  change is recorded like any reviewer's edit (deadline moves leave a DeadlineChange);
* ``suggestion_dismiss(*, suggestion, user)``: keep the directive as it is.

Reads for the dashboard are in ``tracker.ingestion.selectors``
(``directive_suggestion_get``, ``directive_suggestion_diff``).

A directive's fields are compared as a *snapshot*, a JSON-friendly dict with the keys of
``SNAPSHOT_FIELDS``: ``task``, ``issuer``, ``deadline`` (ISO date or None),
``deadline_text``, ``deadline_granularity``, ``lead`` and ``co_executors`` (body names in
order).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from tracker.directives.models import Directive, Role
from tracker.directives.review import DirectiveEdit, directive_edit
from tracker.extraction.types import ExtractedDirective
from tracker.ingestion.models import DirectiveSuggestion

Snapshot = dict[str, Any]

SNAPSHOT_FIELDS: dict[str, Any] = {
    "task": gettext_lazy("Task"),
    "issuer": gettext_lazy("Issuer"),
    "lead": gettext_lazy("Lead bodies"),
    "co_executors": gettext_lazy("Co-executors"),
    "deadline": gettext_lazy("Deadline"),
    "deadline_text": gettext_lazy("Deadline words"),
    "deadline_granularity": gettext_lazy("Deadline granularity"),
}


def _roles(lead: Iterable[str], co_executors: Iterable[str]) -> tuple[list[str], list[str]]:
    """Names without repeats (any case); a body named as lead is not also a co-executor,
    as ingestion links each body once."""
    seen: set[str] = set()
    out: tuple[list[str], list[str]] = ([], [])
    for bucket, names in zip(out, (lead, co_executors), strict=True):
        for name in names:
            key = name.strip().casefold()
            if key and key not in seen:
                seen.add(key)
                bucket.append(name.strip())
    return out


def snapshot_from_extraction(found: ExtractedDirective) -> Snapshot:
    lead, co = _roles(found.responsible, found.co_executors)
    return {
        "task": found.task.strip(),
        "issuer": (found.issuer or "").strip(),
        "deadline": found.deadline.isoformat() if found.deadline else None,
        "deadline_text": (found.deadline_text or "").strip(),
        "deadline_granularity": found.deadline_granularity or "",
        "lead": lead,
        "co_executors": co,
    }


def snapshot_from_directive(directive: Directive) -> Snapshot:
    """Uses ``directive.body_links`` (prefetch ``body_links__body`` for many)."""
    links = list(directive.body_links.all())
    links.sort(key=lambda link: (link.role != Role.LEAD, link.position, link.pk or 0))
    return {
        "task": directive.task.strip(),
        "issuer": directive.issuer.strip(),
        "deadline": directive.deadline.isoformat() if directive.deadline else None,
        "deadline_text": directive.deadline_text.strip(),
        "deadline_granularity": directive.deadline_granularity,
        "lead": [link.body.name for link in links if link.role == Role.LEAD],
        "co_executors": [link.body.name for link in links if link.role == Role.CO_EXECUTOR],
    }


def snapshot_from_suggestion(suggestion: DirectiveSuggestion) -> Snapshot:
    return {
        "task": suggestion.task,
        "issuer": suggestion.issuer,
        "deadline": suggestion.deadline.isoformat() if suggestion.deadline else None,
        "deadline_text": suggestion.deadline_text,
        "deadline_granularity": suggestion.deadline_granularity,
        "lead": list(suggestion.lead_names),
        "co_executors": list(suggestion.co_executor_names),
    }


def _comparable(snapshot: Snapshot) -> tuple:
    return tuple(
        tuple(n.casefold() for n in snapshot.get(key) or [])
        if key in ("lead", "co_executors")
        else (snapshot.get(key) or "")
        for key in SNAPSHOT_FIELDS
    )


def snapshots_equal(a: Snapshot, b: Snapshot) -> bool:
    return _comparable(a) == _comparable(b)


def changed_fields(current: Snapshot, suggested: Snapshot) -> list[str]:
    return [
        key for key, a, b in zip(SNAPSHOT_FIELDS, _comparable(current), _comparable(suggested),
                                 strict=True)
        if a != b
    ]


def suggestion_values(snapshot: Snapshot) -> dict[str, Any]:
    """Model field values of a DirectiveSuggestion for ``snapshot``."""
    deadline = snapshot.get("deadline")
    return {
        "task": snapshot["task"],
        "issuer": snapshot.get("issuer") or "",
        "deadline": dt.date.fromisoformat(deadline) if deadline else None,
        "deadline_text": (snapshot.get("deadline_text") or "")[:200],
        "deadline_granularity": snapshot.get("deadline_granularity") or "",
        "lead_names": list(snapshot.get("lead") or []),
        "co_executor_names": list(snapshot.get("co_executors") or []),
    }


def _resolve(
    *, suggestion: DirectiveSuggestion, resolution: str, user: AbstractBaseUser | None
) -> None:
    now = timezone.now()
    actor = user if user is not None and user.is_authenticated else None
    updated = DirectiveSuggestion.objects.filter(
        pk=suggestion.pk, resolved_at__isnull=True
    ).update(resolved_at=now, resolution=resolution, resolved_by=actor)
    if not updated:
        raise ValidationError(_("This suggestion was already handled."))
    suggestion.resolved_at, suggestion.resolution, suggestion.resolved_by = now, resolution, actor


@transaction.atomic
def suggestion_apply(
    *,
    suggestion: DirectiveSuggestion,
    user: AbstractBaseUser | None,
    fields: Sequence[str] | None = None,
) -> Directive:
    """Take the suggested values (all, or those in ``fields``) onto the directive."""
    from tracker.ingestion.services import BodyResolver

    wanted = list(SNAPSHOT_FIELDS) if fields is None else list(fields)
    unknown = sorted(set(wanted) - set(SNAPSHOT_FIELDS))
    if unknown:
        raise ValidationError(_("Unknown field(s): %(f)s") % {"f": ", ".join(unknown)})
    _resolve(suggestion=suggestion, resolution=DirectiveSuggestion.Resolution.APPLIED, user=user)
    directive = Directive.objects.get(pk=suggestion.directive_id)
    bodies = BodyResolver()
    edit: dict[str, Any] = {}
    if "task" in wanted:
        edit["task"] = suggestion.task
    if "issuer" in wanted:
        edit["issuer"] = suggestion.issuer
    if "lead" in wanted or "co_executors" in wanted:
        current = list(directive.body_links.values_list("body_id", "role"))
        lead = (
            [bodies.body_id(n) for n in suggestion.lead_names]
            if "lead" in wanted
            else [b for b, r in current if r == Role.LEAD]
        )
        co = (
            [bodies.body_id(n) for n in suggestion.co_executor_names]
            if "co_executors" in wanted
            else [b for b, r in current if r == Role.CO_EXECUTOR]
        )
        edit["lead_body_ids"] = lead
        edit["co_executor_body_ids"] = [b for b in co if b not in set(lead)]
    if "deadline" in wanted:
        edit["deadline"] = suggestion.deadline
        edit["deadline_text"] = suggestion.deadline_text
        edit["deadline_granularity"] = suggestion.deadline_granularity
        edit["deadline_reason"] = _("Suggested by re-extraction")
        # The reviewer chose this date on purpose, even if it is earlier.
        edit["force_deadline"] = True
    else:
        if "deadline_text" in wanted:
            edit["deadline_text"] = suggestion.deadline_text
        if "deadline_granularity" in wanted:
            edit["deadline_granularity"] = suggestion.deadline_granularity
    return directive_edit(directive=directive, edit=DirectiveEdit(**edit), user=user)


@transaction.atomic
def suggestion_dismiss(
    *, suggestion: DirectiveSuggestion, user: AbstractBaseUser | None
) -> DirectiveSuggestion:
    """Keep the directive as curated; the same reading is not suggested again."""
    _resolve(
        suggestion=suggestion, resolution=DirectiveSuggestion.Resolution.DISMISSED, user=user
    )
    return suggestion
