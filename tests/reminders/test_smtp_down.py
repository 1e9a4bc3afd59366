"""SMTP down for a whole run: nothing is lost, everything goes once it is back."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine

from tests.reminders import builders as b
from tests.reminders.conftest import SmtpServer
from tracker.core.bundled_redis import free_port
from tracker.reminders.models import Reminder
from tracker.reminders.services import reminders_scan

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.celery]


def test_smtp_down_for_a_whole_run_sends_later_without_loss(
    smtp_server: SmtpServer, celery_worker, settings
):
    trade = b.body(contacts=["office@mti.example.kz"])
    b.person("alice", follows=trade)
    first = b.directive(deadline=dt.date(2025, 10, 2), lead=trade)
    second = b.directive(deadline=dt.date(2025, 9, 29), lead=trade)

    smtp_server.stop()
    settings.EMAIL_PORT = free_port()  # nothing listens there: connection refused
    start = b.almaty(2025, 9, 29, 9, 5)
    for minutes in (0, 5, 10):  # three scans while the server is down
        with time_machine.travel(start + dt.timedelta(minutes=minutes), tick=True):
            # counted before the scan: its tasks may finish before it returns
            done_before = len(celery_worker.results)
            claimed = len(reminders_scan().digests)
            celery_worker.wait_for(done_before + claimed)
    assert set(celery_worker.results) == {"retry"}
    assert all("Connection" in error or "Errno" in error
               for error in Reminder.objects.values_list("last_error", flat=True))
    assert set(Reminder.objects.values_list("status", flat=True)) == {"queued"}

    smtp_server.start()
    settings.EMAIL_PORT = smtp_server.port
    with time_machine.travel(start + dt.timedelta(hours=2), tick=True):
        done_before = len(celery_worker.results)
        result = reminders_scan()
        assert len(result.digests) == 2
        celery_worker.wait_for(done_before + 2)
    messages = smtp_server.mailbox.wait_for(2)
    assert sorted(m["To"] for m in messages) == ["alice@gov.example.kz", "office@mti.example.kz"]
    for message in messages:
        text = message.get_body(("plain",)).get_content()
        assert f"/directives/{first.pk}/" in text and f"/directives/{second.pk}/" in text
    assert set(Reminder.objects.values_list("status", flat=True)) == {"sent"}
