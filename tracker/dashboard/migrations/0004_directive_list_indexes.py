"""Indexes for the directive list's default order (deadline, soonest first, then id) and
its reverse, so that a page deep in the list is an index walk rather than a sort of the
whole table. The directives app owns the table; these live here, beside the queries that
need them, and are made with the schema editor so the model state is untouched.
"""

from django.db import migrations, models
from django.db.models import F

def _indexes(vendor):
    # Ascending B-tree order puts NULLs last on PostgreSQL and first on SQLite, which
    # cannot say NULLS LAST in an index; the list there is small enough to sort anyway.
    indexes = [models.Index(fields=["deadline", "id"], name="directive_deadline_id")]
    if vendor == "postgresql":
        indexes.append(
            models.Index(
                F("deadline").desc(nulls_last=True), F("id").desc(),
                name="directive_deadline_id_desc",
            )
        )
    return indexes


def add_indexes(apps, schema_editor):
    directive = apps.get_model("directives", "Directive")
    for index in _indexes(schema_editor.connection.vendor):
        schema_editor.add_index(directive, index)


def remove_indexes(apps, schema_editor):
    directive = apps.get_model("directives", "Directive")
    for index in _indexes(schema_editor.connection.vendor):
        schema_editor.remove_index(directive, index)


class Migration(migrations.Migration):
    dependencies = [
        ("dashboard", "0003_directive_search_column"),
        ("directives", "0003_directive_duplicate_of"),
    ]

    operations = [migrations.RunPython(add_indexes, remove_indexes)]
