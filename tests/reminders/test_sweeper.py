"""A worker killed between claim and send: the sweeper requeues, exactly one email."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine

from tests.reminders import builders as b
from tracker.reminders.models import Reminder
from tracker.reminders.services import reminders_scan
from tracker.reminders.tasks import reminder_send_task

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.celery]


def test_rows_stuck_in_sending_are_swept_and_sent_exactly_once(
    mailbox, start_celery_worker, settings
):
    trade = b.body()
    b.person("alice", follows=trade)
    item = b.directive(deadline=dt.date(2025, 10, 2), lead=trade)
    claim_time = b.almaty(2025, 9, 29, 9, 5)

    # The scan claims and commits, and the process dies before the send task is
    # enqueued (dispatch=False stands for the lost message).
    with time_machine.travel(claim_time, tick=False):
        lost = reminders_scan(dispatch=False)
    (digest,) = lost.digests
    row = Reminder.objects.get()
    assert row.status == "sending" and row.claim == digest.claim

    # Within the timeout the sweeper leaves the row alone: the worker may still send.
    just_before = claim_time + dt.timedelta(seconds=settings.REMINDER_SENDING_TIMEOUT - 1)
    with time_machine.travel(just_before, tick=False):
        assert reminders_scan().digests == []
    assert Reminder.objects.get().status == "sending"

    worker = start_celery_worker()
    after = claim_time + dt.timedelta(seconds=settings.REMINDER_SENDING_TIMEOUT + 60)
    with time_machine.travel(after, tick=True):
        swept = reminders_scan()
        assert swept.requeued == 1
        (again,) = swept.digests
        assert again.claim != digest.claim and again.reminder_ids == (item.reminders.get().pk,)
        # The lost task turns up late (acks_late redelivery): its claim is stale.
        reminder_send_task.delay(str(digest.claim), digest.recipient, digest.kind)
        outcomes = worker.wait_for(2)
    assert sorted(outcomes) == ["sent", "stale"]
    assert len(mailbox.messages) == 1
    row = Reminder.objects.get()
    assert (row.status, row.attempts) == ("sent", 2)
