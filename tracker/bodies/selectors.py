"""Reads of the registry."""

from __future__ import annotations

from typing import Any

from tracker.bodies.models import Body


def registry_records(*, include_inactive: bool = False) -> list[dict[str, Any]]:
    """The registry as the plain records the extractor takes (see tracker.extraction)."""
    bodies = Body.objects.select_related("parent").prefetch_related("aliases")
    if not include_inactive:
        bodies = bodies.filter(is_active=True)
    return [
        {
            "name": body.name,
            "kind": body.kind,
            "name_ru": body.name_ru,
            "name_kk": body.name_kk,
            "aliases": [alias.name for alias in body.aliases.all()],
            "parent": body.parent.name if body.parent else None,
        }
        for body in bodies
    ]


def body_by_any_name(name: str) -> Body | None:
    """The body whose canonical name, translation or alias equals `name` (any case)."""
    needle = name.strip()
    for lookup in ("name__iexact", "name_ru__iexact", "name_kk__iexact", "aliases__name__iexact"):
        body = Body.objects.filter(**{lookup: needle}).first()
        if body is not None:
            return body
    return None
