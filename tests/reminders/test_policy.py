"""The reminder policy as a table of cases, plus properties checked by Hypothesis.

No database, no broker: the policy is plain Python.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker.reminders import policy

ALMATY = ZoneInfo("Asia/Almaty")
STAGES = (14, 7, 3, 1, 0)


def at(day: str, hour: int = 9, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(dt.date.fromisoformat(day), dt.time(hour, minute), tzinfo=ALMATY)


def due(deadline: str, now: dt.datetime, stages=STAGES, overdue=True):
    found = policy.due_stage(
        deadline=dt.date.fromisoformat(deadline), now=now, stages=stages, send_hour=9,
        tz=ALMATY, overdue=overdue,
    )
    return None if found is None else (found.stage, found.day.isoformat())


@pytest.mark.parametrize(
    ("deadline", "now", "expected"),
    [
        ("2025-10-15", at("2025-09-30"), None),  # 15 days: before the first stage
        ("2025-10-14", at("2025-09-30", 8, 59), None),  # stage 14 is due at 09:00
        ("2025-10-14", at("2025-09-30"), (14, "2025-09-30")),
        ("2025-10-10", at("2025-09-30"), (14, "2025-09-26")),  # latest due stage
        ("2025-10-07", at("2025-09-30"), (7, "2025-09-30")),
        ("2025-10-03", at("2025-09-30"), (3, "2025-09-30")),
        ("2025-10-02", at("2025-09-30"), (3, "2025-09-29")),
        ("2025-10-01", at("2025-09-30"), (1, "2025-09-30")),
        ("2025-09-30", at("2025-09-30"), (0, "2025-09-30")),
        ("2025-09-30", at("2025-09-30", 8), (1, "2025-09-29")),  # before nine: yesterday's
        ("2025-09-29", at("2025-09-30"), (-1, "2025-09-30")),  # the day after
        ("2025-09-24", at("2025-09-30"), (-1, "2025-09-25")),  # 6 days late: still +1
        ("2025-09-22", at("2025-09-30"), (-8, "2025-09-30")),  # then weekly
        ("2025-09-16", at("2025-09-30"), (-8, "2025-09-24")),
        ("2025-09-15", at("2025-09-30"), (-15, "2025-09-30")),
        ("2025-09-14", at("2025-09-30"), (-15, "2025-09-29")),
        ("2024-09-29", at("2025-09-30"), (-365, "2025-09-29")),  # a year on: still weekly
    ],
)
def test_latest_due_stage(deadline, now, expected):
    assert due(deadline, now) == expected


def test_per_person_stages_and_overdue_choice():
    assert due("2025-10-05", at("2025-09-30"), stages=(1, 0)) is None
    assert due("2025-10-01", at("2025-09-30"), stages=(1, 0)) == (1, "2025-09-30")
    assert due("2025-09-29", at("2025-09-30"), overdue=False) is None


@pytest.mark.parametrize(
    ("day", "utc_hour"),
    [("2024-02-29", 3), ("2024-03-01", 4), ("2025-01-01", 4), ("2025-07-01", 4)],
)
def test_send_time_is_local_nine_with_the_offset_of_that_date(day, utc_hour):
    moment = policy.send_time(dt.date.fromisoformat(day), send_hour=9, tz=ALMATY)
    assert (moment.tzinfo, moment.hour, moment.minute) == (dt.UTC, utc_hour, 0)
    assert moment.astimezone(ALMATY).hour == 9


@pytest.mark.parametrize(
    ("hour", "night"), [(6, True), (7, False), (9, False), (20, False), (21, True), (0, True)]
)
def test_night(hour, night):
    assert policy.is_night(at("2025-09-30", hour), tz=ALMATY) is night


@pytest.mark.parametrize(
    ("deadline", "now", "expected"),
    [
        ("2025-09-15", at("2025-09-29"), None),  # Monday: 14 days overdue is not more than 14
        ("2025-09-14", at("2025-09-29"), (-15, "2025-09-29")),
        ("2025-09-14", at("2025-10-01"), (-15, "2025-09-29")),  # Wednesday: Monday's summary
        ("2025-09-14", at("2025-09-29", 8), None),  # Monday before nine: last week's (13 days)
        ("2025-09-14", at("2025-10-06"), (-22, "2025-10-06")),  # next Monday: a new summary
    ],
)
def test_weekly_escalation_on_mondays(deadline, now, expected):
    found = policy.due_escalation(
        deadline=dt.date.fromisoformat(deadline), now=now, escalation_days=14, send_hour=9,
        tz=ALMATY,
    )
    assert (None if found is None else (found.stage, found.day.isoformat())) == expected


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        ("2025-10-01", ""),  # Wednesday
        ("2025-10-04", "a Saturday"),
        ("2025-12-16", "a public holiday (Independence Day)"),
        ("2025-03-22", "a public holiday (Nowruz Holiday)"),  # a Saturday and a holiday
    ],
)
def test_deadlines_on_weekends_and_kazakhstan_holidays_are_flagged(day, expected):
    assert policy.non_working_day(dt.date.fromisoformat(day)) == expected


@pytest.mark.parametrize(
    ("days_left", "subject"),
    [
        ([3, 5, 6, -1], "3 directives due this week, 1 overdue"),
        ([0, 0], "2 directives due today"),
        ([0, 12], "1 directive due today, 1 due later"),
        ([2, 12], "1 directive due this week, 1 due later"),
        ([-1, -8], "2 directives overdue"),
        ([14, 14, -30], "2 directives due later, 1 overdue"),
    ],
)
def test_digest_subjects_are_scannable(days_left, subject):
    assert policy.digest_subject(days_left) == subject


def test_a_single_directive_names_its_task_and_urgency():
    assert policy.digest_subject([1], first_task="report on the  pilot") == (
        "Due tomorrow: report on the pilot"
    )
    assert policy.digest_subject([-8], first_task="x" * 100).startswith("8 days overdue: xxx")
    assert len(policy.digest_subject([-8], first_task="x" * 100)) < 90


def test_backoff_doubles_and_is_capped():
    delays = [policy.retry_delay(n, base_seconds=60).total_seconds() for n in range(1, 10)]
    assert delays[:4] == [60, 120, 240, 480]
    assert max(delays) == 7200


@pytest.mark.parametrize(("code", "transient"), [(None, True), (421, True), (451, True),
                                                 (550, False), (554, False)])
def test_which_smtp_replies_are_worth_a_retry(code, transient):
    assert policy.is_transient_smtp_code(code) is transient


deadlines = st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2035, 12, 31))
moments = st.datetimes(
    min_value=dt.datetime(2020, 1, 1), max_value=dt.datetime(2035, 12, 31),
    timezones=st.just(dt.UTC),
)
stage_sets = st.sets(st.integers(min_value=0, max_value=30), min_size=1, max_size=6).map(
    policy.normalize_stages
)


@given(deadline=deadlines, now=moments, stages=stage_sets)
def test_the_due_stage_is_never_in_the_future_and_never_skips_a_newer_one(deadline, now, stages):
    found = policy.due_stage(deadline=deadline, now=now, stages=stages, send_hour=9, tz=ALMATY)
    if found is None:
        # nothing due: the earliest stage is still ahead
        assert policy.send_time(deadline - dt.timedelta(days=max(stages)), send_hour=9,
                                tz=ALMATY) > now
        return
    assert found.at(send_hour=9, tz=ALMATY) <= now
    if found.stage >= 0:
        assert found.day == deadline - dt.timedelta(days=found.stage)
        # no later stage has fallen due yet
        for stage in stages:
            if stage < found.stage:
                assert policy.send_time(deadline - dt.timedelta(days=stage), send_hour=9,
                                        tz=ALMATY) > now
        # and no overdue reminder either
        assert policy.send_time(deadline + dt.timedelta(days=1), send_hour=9, tz=ALMATY) > now
    else:
        late = -found.stage
        assert late % 7 == 1 and found.day == deadline + dt.timedelta(days=late)
        assert policy.send_time(found.day + dt.timedelta(days=7), send_hour=9, tz=ALMATY) > now


@given(deadline=deadlines, now=moments)
def test_a_later_scan_never_goes_back_to_an_earlier_stage(deadline, now):
    def key(found):
        return None if found is None else found.day

    first = policy.due_stage(deadline=deadline, now=now, stages=STAGES, send_hour=9, tz=ALMATY)
    later = policy.due_stage(
        deadline=deadline, now=now + dt.timedelta(hours=7), stages=STAGES, send_hour=9, tz=ALMATY
    )
    if first is not None:
        assert later is not None and key(later) >= key(first)
