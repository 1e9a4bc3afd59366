from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from tracker.bodies.models import Body, BodyAlias
from tracker.bodies.registry import REGISTRY_FILE, read_registry_file, registry_sync


class Command(BaseCommand):
    help = "Add bodies and aliases from the shipped registry file that the database lacks."

    def add_arguments(self, parser):
        parser.add_argument("--file", default=str(REGISTRY_FILE), help="registry JSON file")

    def handle(self, *args, **options):
        from pathlib import Path

        path = Path(options["file"])
        try:
            records = read_registry_file(path)
        except (OSError, ValueError) as exc:
            raise CommandError(f"{path}: {exc}") from exc
        try:
            with transaction.atomic():
                result = registry_sync(records=records, body_model=Body, alias_model=BodyAlias)
        except KeyError as exc:
            raise CommandError(f"{path}: a body lacks the field {exc}") from exc
        for conflict in result.conflicts:
            self.stderr.write(f"warning: {conflict}")
        self.stdout.write(
            f"registry: {result.bodies_created} bodies and {result.aliases_created} aliases "
            f"added, {result.names_filled} translations filled"
        )
