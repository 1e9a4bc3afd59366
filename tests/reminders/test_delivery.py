"""Real worker, real broker, real SMTP: one digest with the right directives, once."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine

from tests.reminders import builders as b
from tracker.directives.models import Status
from tracker.reminders.models import Reminder
from tracker.reminders.services import reminders_scan

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.celery]

MONDAY_0905 = b.almaty(2025, 9, 29, 9, 5)


@pytest.fixture
def world():
    trade = b.body("Ministry of Trade and Integration", contacts=["office@mti.example.kz"])
    finance = b.body("Ministry of Finance")
    alice = b.person("alice", follows=trade)
    due_in_3 = b.directive(
        deadline=dt.date(2025, 10, 2), lead=trade, co_executors=[finance],
        task="complete the distribution of product groups in the unified classifier",
        sentence="The Ministries of Trade and Finance must complete by October 2 the "
                 "distribution of product groups.",
    )
    due_in_7 = b.directive(deadline=dt.date(2025, 10, 6), lead=trade, status=Status.IN_PROGRESS)
    overdue = b.directive(deadline=dt.date(2025, 9, 28), lead=finance, co_executors=[trade])
    far = b.directive(deadline=dt.date(2025, 11, 30), lead=trade)
    done = b.directive(deadline=dt.date(2025, 9, 30), lead=trade, status=Status.DONE)
    proposed = b.directive(deadline=dt.date(2025, 9, 29), lead=trade, status=Status.PROPOSED)
    return {
        "alice": alice, "due_in_3": due_in_3, "due_in_7": due_in_7, "overdue": overdue,
        "far": far, "done": done, "proposed": proposed,
    }


def test_one_digest_arrives_with_the_right_directives_and_a_second_scan_sends_nothing(
    world, mailbox, celery_worker
):
    with time_machine.travel(MONDAY_0905, tick=True):
        result = reminders_scan()
        # alice (digest) and the ministry's contact address (immediate): one email each
        assert sorted(d.recipient for d in result.digests) == [
            "alice@gov.example.kz", "office@mti.example.kz",
        ]
        celery_worker.wait_for(2)
        messages = mailbox.wait_for(2)

        assert len(messages) == 2
        (to_alice,) = mailbox.to("alice@gov.example.kz")
        assert to_alice["Subject"] == "2 directives due this week, 1 overdue"
        text = to_alice.get_body(("plain",)).get_content()
        html = to_alice.get_body(("html",)).get_content()
        for wanted in ("due_in_3", "due_in_7", "overdue"):
            url = f"http://127.0.0.1:8000/directives/{world[wanted].pk}/"
            assert url in text and url in html
        for unwanted in ("far", "done", "proposed"):
            assert f"/directives/{world[unwanted].pk}/" not in text
        assert "due in 3 days" in text and "1 day overdue" in text
        assert "Co-executors: Ministry of Finance" in text
        assert "distribution of product groups" in html
        assert to_alice["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        assert str(to_alice["List-Unsubscribe"]).strip().startswith("<http://127.0.0.1:8000/reminders/")

        assert set(Reminder.objects.values_list("status", flat=True)) == {"sent"}
        sent_before = Reminder.objects.count()

        second = reminders_scan()
        assert second.digests == [] and second.planned == 0
    assert Reminder.objects.count() == sent_before
    assert len(mailbox.messages) == 2
