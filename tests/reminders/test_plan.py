"""Planning rows: only active directives, only the latest stage, once, digests once a day."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import IntegrityError, transaction

from tests.reminders import builders as b
from tracker.directives.models import Status
from tracker.reminders.models import Reminder
from tracker.reminders.services import reminders_claim, reminders_plan, reminders_scan

pytestmark = pytest.mark.django_db
NOW = b.almaty(2025, 9, 29, 9, 5)


@pytest.mark.parametrize(
    "status", [Status.PROPOSED, Status.DONE, Status.REJECTED, Status.CANCELLED]
)
def test_proposed_and_closed_directives_get_nothing(status):
    trade = b.body(contacts=["office@mti.example.kz"])
    b.person("alice", follows=trade)
    b.directive(deadline=dt.date(2025, 9, 30), lead=trade, status=status)
    b.directive(deadline=None, lead=trade)  # no deadline: nothing to remind of
    assert reminders_plan(now=NOW) == (0, 0)
    assert not Reminder.objects.exists()


def test_a_second_plan_inserts_nothing_and_the_constraint_guards_duplicates():
    trade = b.body()
    b.person("alice", follows=trade)
    item = b.directive(deadline=dt.date(2025, 10, 2), lead=trade)
    assert reminders_plan(now=NOW) == (1, 0)
    assert reminders_plan(now=NOW + dt.timedelta(hours=3)) == (0, 0)
    row = Reminder.objects.get()
    assert (row.stage, row.deadline, row.status) == (3, item.deadline, "queued")
    assert row.scheduled_at == b.almaty(2025, 9, 29, 9, 0)
    duplicate = Reminder(
        directive=item, deadline=item.deadline, kind="stage", stage=3,
        recipient="alice@gov.example.kz", scheduled_at=NOW,
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        duplicate.save()


def test_a_later_stage_supersedes_a_queued_earlier_one():
    trade = b.body()
    b.person("alice", follows=trade)
    b.directive(deadline=dt.date(2025, 10, 2), lead=trade)
    with transaction.atomic():
        reminders_plan(now=b.almaty(2025, 9, 25, 22, 0))  # planned at night: stage 7
    assert reminders_plan(now=NOW) == (1, 1)
    assert dict(Reminder.objects.values_list("stage", "status")) == {7: "skipped", 3: "queued"}


def test_a_digest_recipient_gets_at_most_one_email_a_day_immediate_ones_get_each():
    trade = b.body(contacts=["office@mti.example.kz"])  # contacts are immediate
    b.person("alice", follows=trade)  # digest by default
    b.directive(deadline=dt.date(2025, 10, 2), lead=trade)
    first = reminders_scan(now=NOW, dispatch=False)
    assert sorted(d.recipient for d in first.digests) == [
        "alice@gov.example.kz", "office@mti.example.kz",
    ]
    Reminder.objects.filter(status="sending").update(status="sent")

    # At noon a directive is opened with a deadline in two days.
    b.directive(deadline=dt.date(2025, 10, 1), lead=trade)
    noon = reminders_scan(now=b.almaty(2025, 9, 29, 12, 0), dispatch=False)
    assert [d.recipient for d in noon.digests] == ["office@mti.example.kz"]
    # Alice's waits for tomorrow's digest, where it goes with the next stage.
    tomorrow = reminders_scan(now=b.almaty(2025, 9, 30, 9, 5), dispatch=False)
    assert [d.recipient for d in tomorrow.digests if d.recipient.startswith("alice")] == [
        "alice@gov.example.kz"
    ]


def test_claiming_is_conditional_so_a_row_is_claimed_once():
    trade = b.body()
    b.person("alice", follows=trade)
    b.directive(deadline=dt.date(2025, 10, 2), lead=trade)
    reminders_plan(now=NOW)
    assert len(reminders_claim(now=NOW, dispatch=False)) == 1
    assert reminders_claim(now=NOW, dispatch=False) == []


def test_escalation_rows_go_to_supervisors_only_in_their_own_email():
    trade = b.body()
    b.person("alice", follows=trade)
    b.person("boss", follows=trade, supervisor=True)
    late = b.directive(deadline=dt.date(2025, 9, 10), lead=trade)  # 19 days late on Monday
    b.directive(deadline=dt.date(2025, 9, 20), lead=trade)  # 9 days: not escalated
    result = reminders_scan(now=NOW, dispatch=False)
    kinds = sorted((d.recipient, d.kind, len(d.reminder_ids)) for d in result.digests)
    assert kinds == [
        ("alice@gov.example.kz", "stage", 2),
        ("boss@gov.example.kz", "escalation", 1),
        ("boss@gov.example.kz", "stage", 2),
    ]
    escalation = Reminder.objects.get(kind="escalation")
    assert (escalation.directive, escalation.stage) == (late, -19)
    Reminder.objects.filter(status="sending").update(status="sent")
    # Later that week: no second summary; next Monday: the next one.
    thursday = reminders_scan(now=b.almaty(2025, 10, 2, 9, 5), dispatch=False)
    assert "escalation" not in {d.kind for d in thursday.digests}
    next_week = reminders_scan(now=b.almaty(2025, 10, 6, 9, 5), dispatch=False)
    assert ("boss@gov.example.kz", "escalation") in {(d.recipient, d.kind)
                                                     for d in next_week.digests}
