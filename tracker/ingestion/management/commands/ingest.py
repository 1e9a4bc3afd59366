"""`manage.py ingest PATH...`: store articles and their proposed directives."""

from __future__ import annotations

import datetime as dt

from django.core.management.base import BaseCommand, CommandError

from tracker.extraction.sources import FORMATS, LANGS, InputError, read_articles
from tracker.ingestion.services import IngestReport, ingest_articles


def iso_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"--published {value!r} is not a date (YYYY-MM-DD)") from None


class Command(BaseCommand):
    help = "Ingest news files (dump, JSON Lines or one plain article) into the tracker."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument("--format", choices=FORMATS, default="auto")
        parser.add_argument("--published", type=str, help="publication date of a plain article")
        parser.add_argument("--lang", choices=LANGS, help="language, if not detected")
        parser.add_argument("--source", default="", help="source name stored on the articles")

    def handle(self, *args, **options):
        published = iso_date(options["published"]) if options["published"] else None
        total = IngestReport()
        for path in options["paths"]:
            try:
                articles = read_articles(
                    path, format=options["format"], published=published, lang=options["lang"]
                )
                report = ingest_articles(articles=articles, source_name=options["source"])
            except InputError as exc:
                report = IngestReport(failed=1, errors=[str(exc)])
            for error in report.errors:
                self.stderr.write(f"error: {error}")
            total.add(report)
        self.stdout.write(total.summary())
        if total.failed:
            raise CommandError(f"{total.failed} input(s) failed")
