"""`manage.py remind [--now ISO] [--dry-run]`: one reminder scan, now or as of a moment.

With --dry-run the scan runs inside a transaction that is rolled back: it prints exactly
what a real scan would claim (one line per recipient and directive) and changes nothing.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from tracker.reminders import policy
from tracker.reminders.models import Reminder
from tracker.reminders.services import reminders_scan


class _DryRun(Exception):
    pass


def parse_now(value: str) -> dt.datetime:
    """An ISO date or date-time. A bare date means that day at the send hour; a time
    without an offset is local (TIME_ZONE)."""
    tz = ZoneInfo(settings.TIME_ZONE)
    try:
        if len(value.strip()) == 10:
            day = dt.date.fromisoformat(value.strip())
            return policy.send_time(day, send_hour=settings.REMINDER_SEND_HOUR, tz=tz)
        moment = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        raise CommandError(
            f"--now {value!r} is not an ISO date or date-time (e.g. 2025-09-28 or "
            "2025-09-28T09:30+05:00)"
        ) from None
    if timezone.is_naive(moment):
        moment = moment.replace(tzinfo=tz)
    return moment


class Command(BaseCommand):
    help = "Run one reminder scan: plan due reminders, claim them and enqueue the emails."

    def add_arguments(self, parser):
        parser.add_argument("--now", help="scan as of this ISO date or date-time")
        parser.add_argument(
            "--dry-run", action="store_true", help="print who would get what; change nothing"
        )

    def handle(self, *args, **options):
        now = parse_now(options["now"]) if options["now"] else timezone.now()
        tz = ZoneInfo(settings.TIME_ZONE)
        if not options["dry_run"]:
            result = reminders_scan(now=now)
            self.stdout.write(
                f"scan at {now.astimezone(tz):%Y-%m-%d %H:%M %Z}: {result.requeued} requeued, "
                f"{result.cancelled} cancelled, {result.planned} planned, {result.skipped} "
                f"skipped, {result.claimed} claimed in {len(result.digests)} emails"
                + (" (night: nothing is sent before morning)" if result.night else "")
            )
            return
        lines: list[str] = []
        try:
            with transaction.atomic():
                result = reminders_scan(now=now, dispatch=False)
                lines = self.describe(result, now=now, tz=tz)
                raise _DryRun
        except _DryRun:
            pass
        when = now.astimezone(tz)
        self.stdout.write(
            f"dry run at {when:%Y-%m-%d %H:%M %Z}: {len(result.digests)} emails, "
            f"{len(lines)} reminders" + (" (night: nothing is sent before morning)"
                                        if result.night else "")
        )
        for line in lines:
            self.stdout.write(line)

    def describe(self, result, *, now: dt.datetime, tz: ZoneInfo) -> list[str]:
        ids = [row_id for digest in result.digests for row_id in digest.reminder_ids]
        rows = {
            row.pk: row
            for row in Reminder.objects.filter(id__in=ids).select_related("directive")
        }
        today = now.astimezone(tz).date()
        lines = []
        for digest in result.digests:
            for row_id in digest.reminder_ids:
                row = rows[row_id]
                days_left = (row.deadline - today).days
                kind = "escalation" if row.kind == Reminder.Kind.ESCALATION else "reminder"
                task = " ".join(row.directive.task.split())
                lines.append(
                    f"{row.recipient}\t#{row.directive_id}\t{kind} {row.stage:+d}\t"
                    f"deadline {row.deadline.isoformat()} ({policy.days_phrase(days_left)})\t"
                    f"{task[:80]}"
                )
        return lines
