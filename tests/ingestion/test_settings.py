"""Ingestion settings come from the environment through the strict helpers."""

from __future__ import annotations

import os
import subprocess
import sys

from django.conf import settings


def read_setting(name: str, **env: str) -> subprocess.CompletedProcess:
    code = ("import django; django.setup(); from django.conf import settings; "
            f"print(settings.{name})")
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "tracker.settings", **env},
        cwd=settings.BASE_DIR,
    )


def test_defaults():
    assert settings.INGEST_MAX_BYTES == 20 * 1024 * 1024
    entry = settings.CELERY_BEAT_SCHEDULE["ingestion-poll-due-sources"]
    assert entry == {"task": "tracker.ingestion.tasks.sources_poll_due_task",
                     "schedule": float(settings.INGEST_FEED_CHECK_SECONDS),
                     "options": {"expires": float(settings.INGEST_FEED_CHECK_SECONDS)}}
    assert "ingestion-sweep-jobs" in settings.CELERY_BEAT_SCHEDULE
    from tracker.celery import app

    app.loader.import_default_modules()  # what a worker does at start: autodiscovery
    for name in ("ingestion-poll-due-sources", "ingestion-sweep-jobs"):
        assert app.conf.beat_schedule[name]["task"] in app.tasks


def test_size_limit_and_beat_interval_are_read_from_the_environment():
    assert read_setting("INGEST_MAX_BYTES", INGEST_MAX_BYTES="1000").stdout.strip() == "1000"
    beat = read_setting("CELERY_BEAT_SCHEDULE['ingestion-poll-due-sources']['schedule']",
                        INGEST_FEED_CHECK_SECONDS="60")
    assert beat.stdout.strip() == "60.0"


def test_a_bad_value_stops_the_start_naming_the_variable():
    result = read_setting("INGEST_MAX_BYTES", INGEST_MAX_BYTES="20MB")
    assert result.returncode != 0
    assert "INGEST_MAX_BYTES='20MB' is not an integer" in result.stderr
    result = read_setting("INGEST_FETCH_TIMEOUT", INGEST_FETCH_TIMEOUT="0")
    assert "INGEST_FETCH_TIMEOUT=0 must be at least 1" in result.stderr
