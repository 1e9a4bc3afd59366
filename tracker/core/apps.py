from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Cross-cutting tooling: the bundled Redis, the one-terminal dev server, and LIKE on
    SQLite folding case for every script."""

    name = "tracker.core"
    verbose_name = "Core"

    def ready(self) -> None:
        from tracker.core.sqlite_like import connect_signal

        connect_signal()
