"""Groups "Viewers" and "Editors" with their permissions (tracker.dashboard.roles).

Permissions are normally created after all migrations (post_migrate); on a fresh
database they do not exist yet when this runs, so roles_ensure creates them first.
"""

from django.db import migrations


def create_roles(apps, schema_editor):
    from tracker.dashboard.roles import roles_ensure

    roles_ensure(apps)


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=["Viewers", "Editors"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("dashboard", "0001_calendarfeed"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("directives", "0003_directive_duplicate_of"),
        ("bodies", "0002_seed_registry"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
