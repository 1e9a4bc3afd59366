"""Keeping the Body table in step with the registry file shipped with the extractor.

The file `tracker/extraction/data/bodies.json` is the reviewed list of bodies. The
initial migration loads it; `manage.py sync_registry` applies later additions. Syncing
only adds (bodies, aliases, missing translations): what editors changed in the admin
is never overwritten.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REGISTRY_FILE = Path(__file__).resolve().parent.parent / "extraction" / "data" / "bodies.json"


def read_registry_file(path: Path = REGISTRY_FILE) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        records = json.load(handle)
    if not isinstance(records, list):
        raise ValueError(f"{path}: expected a JSON list of bodies")
    return records


@dataclass
class SyncResult:
    bodies_created: int = 0
    aliases_created: int = 0
    names_filled: int = 0
    conflicts: list[str] = field(default_factory=list)


def registry_sync(
    *,
    records: Iterable[Mapping[str, Any]],
    body_model: Any,
    alias_model: Any,
) -> SyncResult:
    """Add the bodies and aliases of `records` that the table lacks.

    Takes the model classes as arguments so a data migration can pass its historical
    models. An alias already used by another body is reported, not moved.
    """
    result = SyncResult()
    records = list(records)
    by_name = {body.name.casefold(): body for body in body_model.objects.all()}
    alias_owner = {
        alias.name.casefold(): alias.body_id
        for alias in alias_model.objects.only("name", "body_id")
    }

    for record in records:
        name = record["name"].strip()
        body = by_name.get(name.casefold())
        if body is None:
            body = body_model.objects.create(
                name=name,
                name_ru=record.get("name_ru", ""),
                name_kk=record.get("name_kk", ""),
                kind=record.get("kind", "other"),
            )
            by_name[name.casefold()] = body
            result.bodies_created += 1
        else:
            changed = []
            for key in ("name_ru", "name_kk"):
                if not getattr(body, key) and record.get(key):
                    setattr(body, key, record[key])
                    changed.append(key)
            if changed:
                body.save(update_fields=changed)
                result.names_filled += 1

        new_aliases = []
        for alias in record.get("aliases", []):
            alias = alias.strip()
            key = alias.casefold()
            if not alias or key == name.casefold():
                continue
            owner = alias_owner.get(key)
            if owner is None:
                new_aliases.append(alias_model(body=body, name=alias))
                alias_owner[key] = body.pk
            elif owner != body.pk:
                result.conflicts.append(f"alias {alias!r} of {name!r} belongs to another body")
        alias_model.objects.bulk_create(new_aliases)
        result.aliases_created += len(new_aliases)

    for record in records:
        parent_name = record.get("parent")
        if not parent_name:
            continue
        body = by_name[record["name"].strip().casefold()]
        parent = by_name.get(parent_name.casefold())
        if parent is None:
            result.conflicts.append(f"parent {parent_name!r} of {record['name']!r} is unknown")
        elif body.parent_id is None:
            body.parent = parent
            body.save(update_fields=["parent"])
    return result
