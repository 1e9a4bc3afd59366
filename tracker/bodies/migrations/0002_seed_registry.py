"""Load the shipped registry of bodies (tracker/extraction/data/bodies.json).

Later additions to the file reach existing databases through `manage.py sync_registry`,
which runs the same loader.
"""

from django.db import migrations


def seed_registry(apps, schema_editor):
    from tracker.bodies.registry import read_registry_file, registry_sync

    registry_sync(
        records=read_registry_file(),
        body_model=apps.get_model("bodies", "Body"),
        alias_model=apps.get_model("bodies", "BodyAlias"),
    )


class Migration(migrations.Migration):
    dependencies = [("bodies", "0001_initial")]

    operations = [migrations.RunPython(seed_registry, migrations.RunPython.noop)]
