"""The two roles as groups: Viewers read, Editors also curate. Admins are superusers.

Used by migration 0002_roles (with the historical models) and by tests that flush the
database (transactional browser tests) to put the groups back.
"""

from __future__ import annotations

VIEWERS = "Viewers"
EDITORS = "Editors"

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
    # Add news (the ingestion feature's page) is for staff and holders of add_article.
    ("directives", "add_article"),
    ("directives", "change_directive"),
    ("directives", "add_directivebody"),
    ("directives", "change_directivebody"),
    ("directives", "delete_directivebody"),
    ("directives", "add_statuschange"),
    ("directives", "add_deadlinechange"),
]


def roles_ensure(apps=None) -> None:
    """Create both groups with their permissions (idempotent). `apps` is a migration's
    app registry, or None for the live one."""
    from django.contrib.auth.management import create_permissions

    if apps is None:
        from django.apps import apps
    for app_config in apps.get_app_configs():
        # create_permissions skips app configs without a models module, which the
        # migration registry's stubs lack.
        had_models = getattr(app_config, "models_module", None)
        app_config.models_module = had_models or True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = had_models
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    def perms(pairs):
        return [
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
            for app_label, codename in pairs
        ]

    view = perms([(app, f"view_{model}") for app, model in READ_MODELS])
    viewers, _ = Group.objects.get_or_create(name=VIEWERS)
    viewers.permissions.add(*view)
    editors, _ = Group.objects.get_or_create(name=EDITORS)
    editors.permissions.add(*view, *perms(EDITOR_EXTRA))
