"""Pending reminders follow the directive: a moved deadline replaces them, a closed
directive gets nothing more."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine

from tests.reminders import builders as b
from tracker.directives.models import Status
from tracker.directives.services import directive_change_deadline, directive_change_status
from tracker.reminders.models import Reminder
from tracker.reminders.services import reminders_scan

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.celery]


def test_a_deadline_moved_later_cancels_and_replaces_pending_reminders(
    mailbox, celery_worker
):
    trade = b.body()
    editor = b.person("alice", follows=trade)
    item = b.directive(deadline=dt.date(2025, 10, 1), lead=trade, task="launch digital vouchers")

    # At 22:00 the scan plans the 3-day reminder but sends nothing: it is night.
    with time_machine.travel(b.almaty(2025, 9, 28, 22, 0), tick=False):
        night = reminders_scan()
    assert night.night and night.digests == []
    pending = Reminder.objects.get()
    assert (pending.status, pending.stage, pending.deadline) == ("queued", 3, dt.date(2025, 10, 1))

    with time_machine.travel(b.almaty(2025, 9, 28, 23, 0), tick=False):
        directive_change_deadline(
            directive=item, new_deadline=dt.date(2025, 10, 20), user=editor,
            reason="Extended by the Prime Minister's office",
        )
    pending.refresh_from_db()
    assert pending.status == "cancelled" and pending.last_error == "the deadline changed"

    with time_machine.travel(b.almaty(2025, 9, 29, 9, 5), tick=True):
        assert reminders_scan().digests == []  # the new deadline is 21 days away

    # 14 days before the new deadline, its own first reminder goes out.
    with time_machine.travel(b.almaty(2025, 10, 6, 9, 5), tick=True):
        (digest,) = reminders_scan().digests
        celery_worker.wait_for(1)
    (message,) = mailbox.wait_for(1)
    assert message["Subject"] == "Due in 14 days: launch digital vouchers"
    assert "20 October 2025" in message.get_body(("plain",)).get_content()
    replacement = Reminder.objects.get(pk=digest.reminder_ids[0])
    assert (replacement.stage, replacement.deadline, replacement.status) == (
        14, dt.date(2025, 10, 20), "sent",
    )


def test_a_done_directive_gets_nothing_more(mailbox, celery_worker):
    trade = b.body(contacts=["office@mti.example.kz"])
    editor = b.person("alice", follows=trade, delivery="immediate")
    item = b.directive(deadline=dt.date(2025, 10, 6), lead=trade)

    with time_machine.travel(b.almaty(2025, 9, 29, 9, 5), tick=True):
        reminders_scan()  # the 7-day reminder, to alice and to the contact address
        celery_worker.wait_for(2)
    assert len(mailbox.messages) == 2

    with time_machine.travel(b.almaty(2025, 10, 3, 9, 5), tick=False):
        # Claimed for the 3-day stage, then closed before the worker sends it.
        claimed = reminders_scan(dispatch=False)
        assert len(claimed.digests) == 2
        directive_change_status(directive=item, new_status=Status.DONE, user=editor)
    with time_machine.travel(b.almaty(2025, 10, 3, 9, 6), tick=True):
        from tracker.reminders.tasks import reminder_send_task

        for digest in claimed.digests:
            reminder_send_task.delay(str(digest.claim), digest.recipient, digest.kind)
        assert celery_worker.wait_for(4)[2:] == ["cancelled", "cancelled"]

    for day in (4, 5, 6, 7, 14, 21):  # stages 1 and 0, then the overdue ones
        with time_machine.travel(b.almaty(2025, 10, day, 9, 5), tick=False):
            assert reminders_scan().digests == []
    assert len(mailbox.messages) == 2
    assert not Reminder.objects.filter(status__in=["queued", "sending"]).exists()
