"""Reminder settings are read strictly, and beat has the scan's entry."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

from tracker.celery import app

ROOT = Path(__file__).resolve().parents[2]


def check(**env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, capture_output=True, text=True,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "tracker.settings", **env}, timeout=120,
    )


def test_defaults_and_the_beat_entry():
    assert settings.REMINDER_STAGES == [14, 7, 3, 1, 0]
    assert settings.REMINDER_SEND_HOUR == 9
    # Other stages add entries of their own (ingestion polls feeds): find the scan's.
    entry = app.conf.beat_schedule["reminders-scan"]
    assert entry["task"] == "tracker.reminders.tasks.reminders_scan_task"
    assert entry["schedule"] == settings.REMINDER_SCAN_MINUTES * 60
    app.loader.import_default_modules()  # what a worker does at start: autodiscovery
    assert entry["task"] in app.tasks


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"REMINDER_STAGES": "14,seven"}, "REMINDER_STAGES='14,seven': 'seven' is not an integer"),
        ({"REMINDER_STAGES": "7,-1"}, "must be at least 0"),
        ({"REMINDER_SEND_HOUR": "3"}, "REMINDER_SEND_HOUR=3 must be at least 7"),
        ({"REMINDER_SEND_HOUR": "22"}, "REMINDER_SEND_HOUR=22 must be 7..20"),
        ({"REMINDER_SENDING_TIMEOUT": "300"}, "must exceed CELERY_TASK_TIME_LIMIT"),
    ],
)
def test_a_bad_value_stops_the_start_naming_the_variable(env, message):
    result = check(**env)
    assert result.returncode != 0
    assert message in result.stderr
