"""`manage.py extract PATH`: print the directives in a file as JSON Lines (spec §6).

Reads only: nothing is written to the database. The registry of bodies comes from the
database (so editors' aliases count) or, when no database is set up, from the file
shipped with the extractor.
"""

from __future__ import annotations

import json
import os
import sys

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from tracker.extraction import default_registry, extract
from tracker.extraction.output import directive_record
from tracker.extraction.registry import Registry
from tracker.extraction.sources import LANGS, InputError, read_articles
from tracker.ingestion.management.commands.ingest import iso_date


def registry_for_command() -> Registry:
    from tracker.bodies.selectors import registry_records

    try:
        records = registry_records()
    except DatabaseError:
        return default_registry()
    return Registry.from_records(records) if records else default_registry()


class Command(BaseCommand):
    help = "Print the directives found in a news file as JSON Lines; stores nothing."

    def add_arguments(self, parser):
        parser.add_argument("path", metavar="PATH")
        parser.add_argument("--published", type=str, help="publication date of a plain article")
        parser.add_argument("--lang", choices=LANGS, help="language, if not detected")
        parser.add_argument(
            "--format", choices=("auto", "dump", "jsonl", "text"), default="auto"
        )

    def handle(self, *args, **options):
        published = iso_date(options["published"]) if options["published"] else None
        registry = registry_for_command()
        out = sys.stdout
        try:
            for item in read_articles(
                options["path"], format=options["format"], published=published,
                lang=options["lang"],
            ):
                if isinstance(item, InputError):
                    raise item
                found = extract(
                    item.text, item.published_date, options["lang"] or item.lang,
                    registry=registry, title=item.title,
                )
                for directive in found:
                    record = directive_record(item, directive)
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
        except InputError as exc:
            raise CommandError(str(exc)) from None
        except BrokenPipeError:
            # The reader went away (`| head`): stop quietly, like other Unix filters.
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps interpreter exit quiet
