"""`manage.py reextract [--since DATE]`: run the current extractor over stored articles.

Untouched proposed directives are updated in place, curated ones are left alone (a
differing new reading becomes a suggestion), new finds are added as proposed and
untouched ones no longer found are rejected with a note. See tracker.ingestion.reextract.
"""

from __future__ import annotations

import datetime as dt

from django.core.management.base import BaseCommand, CommandError

from tracker.ingestion.reextract import articles_reextract


class Command(BaseCommand):
    help = "Re-run the extractor over stored articles without touching curated directives."

    def add_arguments(self, parser):
        parser.add_argument(
            "--since", help="only articles published on or after this date (YYYY-MM-DD)"
        )

    def handle(self, *args, **options):
        since = None
        if options["since"]:
            try:
                since = dt.date.fromisoformat(options["since"])
            except ValueError:
                raise CommandError(
                    f"--since {options['since']!r} is not a date (YYYY-MM-DD)"
                ) from None
        report = articles_reextract(since=since)
        for error in report.errors:
            self.stderr.write(f"error: {error}")
        self.stdout.write(report.summary())
        if report.failed:
            raise CommandError(f"{report.failed} article(s) failed")
