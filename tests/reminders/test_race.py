"""Two scans racing (two threads, two database connections) send one email."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
import time_machine
from django.db import connection

from tests.reminders import builders as b
from tracker.reminders.models import Reminder
from tracker.reminders.services import reminders_scan

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.celery]


def test_two_racing_scans_send_each_reminder_once(mailbox, celery_worker):
    trade = b.body(contacts=["office@mti.example.kz"])
    b.person("alice", follows=trade)
    b.person("bob", follows=trade, delivery="immediate")
    for day in (1, 3, 6):
        b.directive(deadline=dt.date(2025, 10, day), lead=trade)

    barrier = threading.Barrier(2)
    results, errors = [], []

    def scan() -> None:
        try:
            barrier.wait(timeout=10)
            results.append(reminders_scan())
        except Exception as exc:  # reported below, with the thread's traceback
            errors.append(exc)
        finally:
            connection.close()

    with time_machine.travel(b.almaty(2025, 9, 29, 9, 5), tick=True):
        threads = [threading.Thread(target=scan) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert not errors, errors
        claimed = [digest for result in results for digest in result.digests]
        # three recipients, each claimed by exactly one of the two scans
        assert sorted(d.recipient for d in claimed) == [
            "alice@gov.example.kz", "bob@gov.example.kz", "office@mti.example.kz",
        ]
        celery_worker.wait_for(3)
        mailbox.wait_for(3)

    assert sorted(m["To"] for m in mailbox.messages) == [
        "alice@gov.example.kz", "bob@gov.example.kz", "office@mti.example.kz",
    ]
    assert Reminder.objects.count() == 9  # 3 directives x 3 recipients, no duplicate rows
    assert set(Reminder.objects.values_list("status", flat=True)) == {"sent"}
