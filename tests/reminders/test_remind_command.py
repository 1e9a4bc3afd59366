"""`manage.py remind [--now ISO] [--dry-run]`."""

from __future__ import annotations

import datetime as dt
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from tests.reminders import builders as b
from tracker.reminders.models import Reminder

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    trade = b.body("Ministry of Trade", contacts=["office@mti.example.kz"])
    finance = b.body("Ministry of Finance")
    b.person("alice", follows=trade)
    b.person("bob", follows=finance)
    return {
        "pilot": b.directive(deadline=dt.date(2025, 10, 1), lead=trade,
                             task="launch the pilot project of digital food vouchers"),
        "acts": b.directive(deadline=dt.date(2025, 9, 26), lead=finance, co_executors=[trade],
                            task="update the regulatory legal acts"),
        "later": b.directive(deadline=dt.date(2025, 12, 31), lead=trade),
    }


def run(*args: str) -> str:
    out = StringIO()
    call_command("remind", *args, stdout=out)
    return out.getvalue()


def test_dry_run_prints_one_line_per_recipient_and_directive_and_changes_nothing(world):
    output = run("--now", "2025-09-29", "--dry-run")
    header, *lines = output.strip().splitlines()
    assert header == "dry run at 2025-09-29 09:00 +05: 3 emails, 5 reminders"
    pilot, acts = world["pilot"].pk, world["acts"].pk
    assert sorted(line.split("\t")[:3] for line in lines) == sorted([
        ["alice@gov.example.kz", f"#{pilot}", "reminder +3"],
        ["alice@gov.example.kz", f"#{acts}", "reminder -1"],
        ["bob@gov.example.kz", f"#{acts}", "reminder -1"],
        ["office@mti.example.kz", f"#{pilot}", "reminder +3"],
        ["office@mti.example.kz", f"#{acts}", "reminder -1"],
    ])
    assert any("deadline 2025-10-01 (due in 2 days)\tlaunch the pilot project" in line
               for line in lines)
    assert any("(3 days overdue)" in line for line in lines)
    assert not Reminder.objects.exists()


def test_a_date_time_without_offset_is_local_and_night_is_said(world):
    output = run("--now", "2025-09-29T23:30", "--dry-run")
    assert output.startswith("dry run at 2025-09-29 23:30 +05: 0 emails, 0 reminders (night")


def test_without_dry_run_it_runs_one_scan(world):
    output = run("--now", "2025-09-29T10:00+05:00")
    assert "5 planned" in output and "5 claimed in 3 emails" in output
    assert Reminder.objects.filter(status="sending").count() == 5


@pytest.mark.parametrize("value", ["tomorrow", "2025-13-01", "29.09.2025"])
def test_a_bad_now_is_refused_naming_the_value(value):
    with pytest.raises(CommandError, match=f"--now '{value}'"):
        run("--now", value, "--dry-run")
