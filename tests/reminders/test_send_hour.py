"""The Asia/Almaty send hour holds across dates, including the 2024 switch from UTC+6 to
UTC+5, and nothing is ever sent at night."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine

from tests.reminders import builders as b
from tracker.reminders.services import reminders_scan

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("day", "utc_send_time"),
    [
        (dt.date(2024, 1, 15), dt.datetime(2024, 1, 15, 3, 0, tzinfo=dt.UTC)),  # UTC+6
        (dt.date(2024, 2, 29), dt.datetime(2024, 2, 29, 3, 0, tzinfo=dt.UTC)),  # last +6 day
        (dt.date(2024, 3, 1), dt.datetime(2024, 3, 1, 4, 0, tzinfo=dt.UTC)),  # first +5 day
        (dt.date(2025, 6, 30), dt.datetime(2025, 6, 30, 4, 0, tzinfo=dt.UTC)),  # summer
        (dt.date(2025, 12, 31), dt.datetime(2025, 12, 31, 4, 0, tzinfo=dt.UTC)),
        (dt.date(2026, 3, 29), dt.datetime(2026, 3, 29, 4, 0, tzinfo=dt.UTC)),  # EU DST day
    ],
)
def test_reminders_go_at_nine_almaty_time_on_any_date(day, utc_send_time):
    trade = b.body()
    # Only the 3-day stage, so that it is the first stage to fall due, on `day`.
    b.person("alice", follows=trade, delivery="immediate", stages=[3])
    b.directive(deadline=day + dt.timedelta(days=3), lead=trade)

    with time_machine.travel(utc_send_time - dt.timedelta(minutes=1), tick=False):
        assert reminders_scan(dispatch=False).digests == []
    with time_machine.travel(utc_send_time, tick=False):
        (digest,) = reminders_scan(dispatch=False).digests
    assert digest.recipient == "alice@gov.example.kz"


@pytest.mark.parametrize("hour", [21, 23, 0, 3, 6])
def test_catch_up_after_an_outage_waits_for_the_morning(hour):
    trade = b.body()
    b.person("alice", follows=trade, delivery="immediate")
    b.directive(deadline=dt.date(2025, 10, 2), lead=trade)
    night = b.almaty(2025, 9, 30, hour) if hour >= 21 else b.almaty(2025, 10, 1, hour)
    with time_machine.travel(night, tick=False):
        result = reminders_scan(dispatch=False)
    assert result.night and result.planned == 1 and result.digests == []
    with time_machine.travel(b.almaty(2025, 10, 1, 7, 0), tick=False):
        assert len(reminders_scan(dispatch=False).digests) == 1


@pytest.mark.django_db(transaction=True)
@pytest.mark.celery
def test_a_real_worker_delivers_at_the_local_hour(mailbox, celery_worker):
    trade = b.body()
    b.person("alice", follows=trade, stages=[3])
    b.directive(deadline=dt.date(2024, 3, 4), lead=trade)
    with time_machine.travel(dt.datetime(2024, 3, 1, 3, 59, tzinfo=dt.UTC), tick=True):
        assert reminders_scan().digests == []  # 08:59 in Almaty (UTC+5 since that day)
    with time_machine.travel(dt.datetime(2024, 3, 1, 4, 0, tzinfo=dt.UTC), tick=True):
        assert len(reminders_scan().digests) == 1
        celery_worker.wait_for(1)
    (message,) = mailbox.wait_for(1)
    assert message["Subject"].startswith("Due in 3 days")
