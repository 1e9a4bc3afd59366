from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Cross-cutting tooling: the bundled Redis and the one-terminal dev server."""

    name = "tracker.core"
    verbose_name = "Core"
