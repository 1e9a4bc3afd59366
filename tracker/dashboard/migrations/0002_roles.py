"""Groups "Viewers" and "Editors" with their permissions.

Permissions are normally created after all migrations (post_migrate); on a fresh
database they do not exist yet when this runs, so create them first.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

READ_MODELS = [
    ("directives", "article"),
    ("directives", "directive"),
    ("directives", "directivebody"),
    ("directives", "statuschange"),
    ("directives", "deadlinechange"),
    ("bodies", "body"),
    ("bodies", "bodyalias"),
]
EDITOR_EXTRA = [
    ("directives", "change_directive"),
    ("directives", "add_directivebody"),
    ("directives", "change_directivebody"),
    ("directives", "delete_directivebody"),
    ("directives", "add_statuschange"),
    ("directives", "add_deadlinechange"),
]


def create_roles(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    def perms(pairs):
        found = []
        for app_label, codename in pairs:
            found.append(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )
        return found

    view = perms([(app, f"view_{model}") for app, model in READ_MODELS])
    viewers, _ = Group.objects.get_or_create(name="Viewers")
    viewers.permissions.add(*view)
    editors, _ = Group.objects.get_or_create(name="Editors")
    editors.permissions.add(*view, *perms(EDITOR_EXTRA))


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
