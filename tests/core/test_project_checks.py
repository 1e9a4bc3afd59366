"""Checks a deployment runs: the deploy checklist and migrations in step with models."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "tracker.settings", **env}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120,
    )


def test_check_deploy_reports_nothing_with_debug_off():
    result = manage(
        "check", "--deploy", "--fail-level", "DEBUG",
        DEBUG="0", SECRET_KEY="k" * 20 + "-a-real-secret-with-enough-entropy-9f8e7d6c5b4a",
        ALLOWED_HOSTS="tracker.gov.kz",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_secret_key_is_required_with_debug_off():
    result = manage("check", DEBUG="0", SECRET_KEY="")
    assert result.returncode != 0
    assert "SECRET_KEY must be set when DEBUG is off" in result.stderr


def test_a_bad_setting_fails_loudly_with_its_name():
    result = manage("check", DEBUG="perhaps")
    assert result.returncode != 0
    assert "DEBUG='perhaps'" in result.stderr


@pytest.mark.django_db
def test_migrations_match_models():
    from django.core.management import call_command

    call_command("makemigrations", "--check", "--dry-run", verbosity=0)
