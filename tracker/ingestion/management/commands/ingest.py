"""`manage.py ingest PATH...`: store articles and their proposed directives.

Prints one summary line (articles new / duplicate / failed, directives proposed) and
exits non-zero when any file or record failed; each failure is one line on stderr
naming the file and line.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from tracker.extraction.sources import LANGS, InputError
from tracker.ingestion.parallel import auto_workers
from tracker.ingestion.readers import FORMATS, read_input
from tracker.ingestion.services import IngestReport, ingest_articles


def iso_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"--published {value!r} is not a date (YYYY-MM-DD)") from None


class Command(BaseCommand):
    help = (
        "Ingest news files (a news-list dump, JSON Lines, an RSS/Atom feed file or one "
        "plain-text article) into the tracker."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument(
            "--format", choices=FORMATS, default="auto",
            help="auto (default) recognises the format from the content",
        )
        parser.add_argument("--published", type=str, help="publication date of a plain article")
        parser.add_argument("--lang", choices=LANGS, help="language, if not detected")
        parser.add_argument("--source", default="", help="source name stored on the articles")
        parser.add_argument(
            "--workers", type=int, default=None,
            help="extraction processes for large files (default: INGEST_WORKERS; "
                 "0 = one per CPU but one, up to 4)",
        )

    def handle(self, *args, **options):
        published = iso_date(options["published"]) if options["published"] else None
        workers = options["workers"]
        if workers is not None and workers < 0:
            raise CommandError("--workers must be 0 (auto) or more")
        workers = auto_workers(settings.INGEST_WORKERS if workers is None else workers)
        total = IngestReport()
        for path in options["paths"]:
            try:
                articles = read_input(
                    path, format=options["format"], published=published, lang=options["lang"]
                )
                report = ingest_articles(
                    articles=articles, source_name=options["source"], workers=workers
                )
            except InputError as exc:
                report = IngestReport()
                report.fail(str(exc))
            for error in report.errors:
                self.stderr.write(f"error: {error}")
            total.add(report)
        self.stdout.write(total.summary())
        if total.failed:
            raise CommandError(f"{total.failed} input(s) failed")
