"""After downtime, one catch-up email per person with only the latest due stage."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine

from tests.reminders import builders as b
from tracker.reminders.models import Reminder
from tracker.reminders.services import reminders_scan

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.celery]


def test_a_week_of_downtime_gives_one_catch_up_digest_per_person(mailbox, start_celery_worker):
    trade = b.body(contacts=["office@mti.example.kz"])
    b.person("alice", follows=trade)
    b.person("bob", follows=trade, delivery="immediate")
    soon = b.directive(deadline=dt.date(2025, 10, 1), lead=trade)  # stages 14, 7, 3 missed
    past = b.directive(deadline=dt.date(2025, 9, 25), lead=trade)  # 14..0 missed, now +1
    later = b.directive(deadline=dt.date(2025, 10, 10), lead=trade)  # stage 14 missed

    # Planned at night before the outage and never sent: superseded, not sent late.
    with time_machine.travel(b.almaty(2025, 9, 17, 22, 0), tick=False):
        stale = reminders_scan(dispatch=False)
    assert stale.digests == [] and stale.planned == 6

    worker = start_celery_worker()
    with time_machine.travel(b.almaty(2025, 9, 29, 10, 30), tick=True):
        result = reminders_scan()
        assert len(result.digests) == 3
        worker.wait_for(3)
    messages = mailbox.wait_for(3)
    assert sorted(m["To"] for m in messages) == [
        "alice@gov.example.kz", "bob@gov.example.kz", "office@mti.example.kz",
    ]
    for message in messages:
        assert message["Subject"] == "1 directive due this week, 1 due later, 1 overdue"

    sent = Reminder.objects.filter(status="sent")
    assert sorted(set(sent.values_list("directive_id", "stage"))) == sorted(
        [(soon.pk, 3), (past.pk, -1), (later.pk, 14)]
    )
    skipped = Reminder.objects.filter(status="skipped")
    assert set(skipped.values_list("directive_id", "stage")) == {(soon.pk, 14), (past.pk, 14)}
    assert skipped.count() == 6  # the night's rows, for each of the three recipients
