from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectivesConfig(AppConfig):
    name = "tracker.directives"
    verbose_name = _("Directives")

    def ready(self) -> None:
        # Load the Celery app in every Django process (web, commands), so that
        # shared_task.delay() uses our broker settings. It is imported here rather than
        # in tracker/__init__.py to keep the pure tracker.extraction package free of it.
        import tracker.celery  # noqa: F401
