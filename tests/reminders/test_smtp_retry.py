"""SMTP answering 451 then 250 is retried and sent once; 550 fails for good."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine

from tests.reminders import builders as b
from tracker.reminders.models import Reminder
from tracker.reminders.services import reminders_scan

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.celery]


@pytest.fixture
def one_reminder():
    trade = b.body()
    b.person("alice", follows=trade)
    return b.directive(deadline=dt.date(2025, 10, 2), lead=trade)


def test_451_then_250_is_retried_with_backoff_and_sent_once(
    one_reminder, mailbox, celery_worker, settings
):
    mailbox.replies.append("451 4.3.0 Mailbox busy, try again later")
    start = b.almaty(2025, 9, 29, 9, 5)
    with time_machine.travel(start, tick=True):
        reminders_scan()
        assert celery_worker.wait_for(1) == ["retry"]
    row = Reminder.objects.get()
    assert row.status == "queued" and row.attempts == 1
    assert row.last_error.startswith("451")
    backoff = dt.timedelta(seconds=settings.REMINDER_RETRY_SECONDS)
    assert row.scheduled_at >= start + backoff

    with time_machine.travel(start + backoff / 2, tick=True):
        assert reminders_scan().digests == []  # not before the backoff ends

    with time_machine.travel(start + backoff + dt.timedelta(minutes=1), tick=True):
        assert len(reminders_scan().digests) == 1
        assert celery_worker.wait_for(2) == ["retry", "sent"]
    assert mailbox.refused == ["451 4.3.0 Mailbox busy, try again later"]
    assert len(mailbox.messages) == 1
    row.refresh_from_db()
    assert (row.status, row.attempts, row.last_error) == ("sent", 2, "")


def test_550_marks_the_reminder_failed_with_the_reason(one_reminder, mailbox, celery_worker):
    mailbox.replies.append("550 5.1.1 No such user")
    with time_machine.travel(b.almaty(2025, 9, 29, 9, 5), tick=True):
        reminders_scan()
        assert celery_worker.wait_for(1) == ["failed"]
    row = Reminder.objects.get()
    assert row.status == "failed" and "550 5.1.1 No such user" in row.last_error
    with time_machine.travel(b.almaty(2025, 9, 29, 12, 0), tick=True):
        assert reminders_scan().digests == []  # failed rows wait for a person (admin)
    assert mailbox.messages == []
