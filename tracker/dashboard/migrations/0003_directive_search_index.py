"""GIN index for full-text search of directives, on PostgreSQL only.

The expression comes from tracker.dashboard.search so that it is the one the list
queries with; SQLite has no such index and the list falls back to icontains there.
"""

from django.contrib.postgres.indexes import GinIndex
from django.db import migrations

from tracker.dashboard.search import SEARCH_INDEX_NAME, search_vector


def _index():
    return GinIndex(search_vector(), name=SEARCH_INDEX_NAME)


def add_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.add_index(apps.get_model("directives", "Directive"), _index())


def remove_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.remove_index(apps.get_model("directives", "Directive"), _index())


class Migration(migrations.Migration):
    dependencies = [
        ("dashboard", "0002_roles"),
        ("directives", "0003_directive_duplicate_of"),
    ]

    operations = [migrations.RunPython(add_index, remove_index)]
