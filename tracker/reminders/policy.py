"""When a directive's reminders fall due, and how a reminder reads.

A plain module: no database, no broker, no settings. Callers pass the stages, the send
hour and the time zone, so each rule is a function tested by a table of cases.

Stages are whole days before the deadline (14, 7, 3, 1, 0 by default). A stage for a
deadline D falls due at the send hour, local time, on D - stage. Overdue reminders fall
on D + 1, then weekly (D + 8, D + 15, ...) until the directive is closed; they are stored
as negative stages (-1, -8, -15, ...). Only the *latest* due stage is ever sent: after a
night of downtime a person gets one reminder saying where things stand, not a stack of
stale ones.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

# Nothing is sent between these local hours, whatever is due: a catch-up after a night
# outage waits for the morning instead of waking people at 3 a.m.
NIGHT_STARTS = 21
NIGHT_ENDS = 7

OVERDUE_FIRST_DAY = 1
OVERDUE_EVERY_DAYS = 7
ESCALATION_WEEKDAY = 0  # Monday: the weekly overdue summary for supervisors
MAX_RETRY_DELAY = dt.timedelta(hours=2)

KIND_STAGE = "stage"
KIND_ESCALATION = "escalation"


@dataclass(frozen=True)
class Due:
    """A reminder that has fallen due: its stage and the local day it fell due on."""

    stage: int
    day: dt.date

    def at(self, *, send_hour: int, tz: ZoneInfo) -> dt.datetime:
        return send_time(self.day, send_hour=send_hour, tz=tz)


def send_time(day: dt.date, *, send_hour: int, tz: ZoneInfo) -> dt.datetime:
    """The moment, in UTC, when reminders for a local `day` fall due.

    zoneinfo gives the offset in force on that date: Almaty was UTC+6 until
    2024-03-01 and is UTC+5 since, so 09:00 local is 03:00 or 04:00 UTC.
    """
    return dt.datetime.combine(day, dt.time(send_hour), tzinfo=tz).astimezone(dt.UTC)


def last_send_day(now: dt.datetime, *, send_hour: int, tz: ZoneInfo) -> dt.date:
    """The latest local day whose send time is not after `now`."""
    local = now.astimezone(tz)
    return local.date() if local.hour >= send_hour else local.date() - dt.timedelta(days=1)


def is_night(now: dt.datetime, *, tz: ZoneInfo) -> bool:
    hour = now.astimezone(tz).hour
    return hour >= NIGHT_STARTS or hour < NIGHT_ENDS


def normalize_stages(stages: Iterable[int]) -> tuple[int, ...]:
    """Distinct non-negative stages, latest-notice-first (14, 7, 3, 1, 0)."""
    return tuple(sorted({int(s) for s in stages if int(s) >= 0}, reverse=True))


def due_stage(
    *,
    deadline: dt.date,
    now: dt.datetime,
    stages: Sequence[int],
    send_hour: int,
    tz: ZoneInfo,
    overdue: bool = True,
) -> Due | None:
    """The latest reminder stage due by `now` for `deadline`, or None.

    With stages (14, 7, 3, 1, 0) and a deadline in 5 days the answer is stage 7 (it fell
    due two days ago); with the deadline 10 days past it is the overdue stage -8.
    """
    day = last_send_day(now, send_hour=send_hour, tz=tz)
    return due_stage_on(deadline=deadline, day=day, stages=tuple(stages), overdue=overdue)


@lru_cache(maxsize=65536)
def due_stage_on(
    *, deadline: dt.date, day: dt.date, stages: tuple[int, ...], overdue: bool = True
) -> Due | None:
    """due_stage for the local `day` whose send time has passed (see last_send_day).

    Cached: a scan asks it for thousands of (deadline, preferences) pairs that repeat.
    """
    days_left = (deadline - day).days
    if days_left < 0:
        if not overdue:
            return None
        late = -days_left
        point = OVERDUE_FIRST_DAY + OVERDUE_EVERY_DAYS * (
            (late - OVERDUE_FIRST_DAY) // OVERDUE_EVERY_DAYS
        )
        return Due(stage=-point, day=deadline + dt.timedelta(days=point))
    # Stage s falls due on deadline - s, which is on or before `day` when s >= days_left.
    reached = [s for s in stages if s >= days_left]
    if not reached:
        return None
    stage = min(reached)
    return Due(stage=stage, day=deadline - dt.timedelta(days=stage))


def due_escalation(
    *,
    deadline: dt.date,
    now: dt.datetime,
    escalation_days: int,
    send_hour: int,
    tz: ZoneInfo,
) -> Due | None:
    """The weekly supervisors' summary due by `now`, if the directive qualifies.

    The summary goes out on Mondays at the send hour and lists directives overdue by more
    than `escalation_days` on that Monday. The stage is minus the days overdue then, so
    each week's summary is a distinct row.
    """
    day = last_send_day(now, send_hour=send_hour, tz=tz)
    monday = day - dt.timedelta(days=(day.weekday() - ESCALATION_WEEKDAY) % 7)
    late = (monday - deadline).days
    if late <= escalation_days:
        return None
    return Due(stage=-late, day=monday)


def retry_delay(attempts: int, *, base_seconds: int) -> dt.timedelta:
    """Exponential backoff after a transient SMTP failure, capped at two hours."""
    delay = dt.timedelta(seconds=base_seconds * 2 ** max(attempts - 1, 0))
    return min(delay, MAX_RETRY_DELAY)


def is_transient_smtp_code(code: int | None) -> bool:
    """4xx replies (and no reply at all) are worth another try; 5xx are final."""
    return code is None or 400 <= code < 500


@lru_cache(maxsize=16)
def _kazakhstan_holidays(year: int) -> dict[dt.date, str]:
    return dict(holidays.country_holidays("KZ", years=year).items())


def non_working_day(day: dt.date) -> str:
    """'' for a working day in Kazakhstan; else what the day is ("a public holiday
    (Independence Day)", "a Saturday"), for "the deadline falls on ..."."""
    name = _kazakhstan_holidays(day.year).get(day)
    if name:
        return f"a public holiday ({name})"
    if day.weekday() >= 5:
        return f"a {day:%A}"
    return ""


def days_phrase(days_left: int) -> str:
    if days_left == 0:
        return "due today"
    if days_left == 1:
        return "due tomorrow"
    if days_left > 1:
        return f"due in {days_left} days"
    if days_left == -1:
        return "1 day overdue"
    return f"{-days_left} days overdue"


def _directives(count: int) -> str:
    return f"{count} directive" if count == 1 else f"{count} directives"


def digest_subject(days_left: Sequence[int], *, first_task: str = "") -> str:
    """A subject a person can scan in an inbox.

    One directive: "Due in 3 days: launch the pilot project". Several: counts, most
    urgent first, e.g. "3 directives due this week, 1 overdue".
    """
    if len(days_left) == 1:
        phrase = days_phrase(days_left[0])
        task = " ".join(first_task.split())
        if len(task) > 70:
            task = task[:69].rstrip() + "…"
        return f"{phrase[0].upper()}{phrase[1:]}: {task}" if task else phrase.capitalize()
    overdue = sum(1 for d in days_left if d < 0)
    today = sum(1 for d in days_left if d == 0)
    week = sum(1 for d in days_left if 0 <= d <= 7)
    later = sum(1 for d in days_left if d > 7)
    parts: list[str] = []
    if week:
        parts.append(f"{week} due today" if today == week else f"{week} due this week")
    if later:
        parts.append(f"{later} due later")
    if overdue:
        parts.append(f"{overdue} overdue")
    first_count, _, rest = parts[0].partition(" ")
    parts[0] = f"{_directives(int(first_count))} {rest}"
    return ", ".join(parts)


def escalation_subject(count: int, *, escalation_days: int) -> str:
    return f"Weekly overdue summary: {_directives(count)} overdue more than {escalation_days} days"
