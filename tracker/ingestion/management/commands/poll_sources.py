"""`manage.py poll_sources [NAME...]`: poll feed sources now, in this process.

Without names, every active source is polled (due or not). Prints one line per source;
exits non-zero when any source recorded an error. The Celery beat task does the same
on its own for the sources that are due.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from tracker.ingestion.feeds import source_poll
from tracker.ingestion.models import Source


class Command(BaseCommand):
    help = "Poll RSS/Atom sources now and ingest their new items."

    def add_arguments(self, parser):
        parser.add_argument(
            "names", nargs="*", metavar="NAME", help="source names (default: all active)"
        )

    def handle(self, *args, **options):
        names = options["names"]
        sources = Source.objects.filter(name__in=names) if names else Source.objects.filter(
            active=True
        )
        missing = sorted(set(names) - set(sources.values_list("name", flat=True)))
        if missing:
            raise CommandError(f"unknown source(s): {', '.join(missing)}")
        failed = 0
        for source_id, name in sources.values_list("pk", "name"):
            report = source_poll(source_id=source_id)
            self.stdout.write(f"{name}: {report.summary()}")
            for error in report.errors:
                self.stderr.write(f"error: {name}: {error}")
            failed += bool(report.errors)
        if failed:
            raise CommandError(f"{failed} source(s) had errors")
