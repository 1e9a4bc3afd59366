"""Strict readers for settings that come from the environment.

Each helper fails loudly with the variable's name and the value it got, so a typo in a
deployment shows up at start-up rather than as odd behaviour later (a habit from
healthchecks' settings module).
"""

from __future__ import annotations

import ipaddress
import os
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_str(name: str, default: str | None = None) -> str | None:
    value = os.environ.get(name)
    return default if value is None else value.strip()


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name}={raw!r} is not a boolean (use 1/0, true/false, yes/no)")


def env_int(name: str, default: int, *, minimum: int | None = None) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw.strip())
    except ValueError:
        raise ImproperlyConfigured(f"{name}={raw!r} is not an integer") from None
    if minimum is not None and value < minimum:
        raise ImproperlyConfigured(f"{name}={value} must be at least {minimum}")
    return value


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


def env_network_list(
    name: str, default: list[str]
) -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
    """Comma-separated networks, e.g. INGEST_FETCH_ALLOW_NETWORKS="10.20.0.0/16,192.0.2.7"."""
    networks = []
    for item in env_list(name, default):
        try:
            networks.append(ipaddress.ip_network(item, strict=False))
        except ValueError:
            raise ImproperlyConfigured(f"{name}: {item!r} is not an IP network") from None
    return networks


def env_int_list(name: str, default: list[int], *, minimum: int | None = None) -> list[int]:
    """Comma-separated integers, e.g. REMINDER_STAGES="14,7,3,1,0"."""
    raw = os.environ.get(name)
    if raw is None:
        return default
    values: list[int] = []
    for item in raw.split(","):
        if not item.strip():
            continue
        try:
            value = int(item.strip())
        except ValueError:
            raise ImproperlyConfigured(
                f"{name}={raw!r}: {item.strip()!r} is not an integer"
            ) from None
        if minimum is not None and value < minimum:
            raise ImproperlyConfigured(f"{name}={raw!r}: {value} must be at least {minimum}")
        values.append(value)
    if not values:
        raise ImproperlyConfigured(f"{name}={raw!r} names no values")
    return values


def env_timezone(name: str, default: str) -> str:
    value = env_str(name, default) or default
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ImproperlyConfigured(f"{name}={value!r} is not an IANA time zone") from None
    return value


def env_database(name: str, default: str) -> dict[str, Any]:
    url = env_str(name, default) or default
    try:
        config = dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name}: {exc}") from None
    engine = config.get("ENGINE", "")
    if engine == "django.db.backends.sqlite3":
        name = str(config.get("NAME") or "")
        if name and name != ":memory:" and not name.startswith("file:"):
            # The default database lives under var/, which a fresh clone lacks.
            Path(name).parent.mkdir(parents=True, exist_ok=True)
        # WAL lets the web server read while the Celery worker writes; IMMEDIATE
        # transactions take the write lock up front so two writers queue on the busy
        # timeout instead of failing with "database is locked" mid-transaction.
        config["CONN_MAX_AGE"] = 0
        config["OPTIONS"] = {
            "timeout": 20,
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    elif engine not in ("django.db.backends.postgresql",):
        raise ImproperlyConfigured(f"{name}: only sqlite:// and postgres:// URLs are supported")
    return config


def env_email(prefix: str = "EMAIL") -> dict[str, Any]:
    """Email settings from EMAIL_URL (smtp://user:pass@host:port, smtps:// for TLS,
    console:// or locmem://) or from the individual EMAIL_* variables."""
    from urllib.parse import unquote, urlsplit

    url = env_str(f"{prefix}_URL")
    if url:
        parts = urlsplit(url)
        backends = {
            "smtp": "django.core.mail.backends.smtp.EmailBackend",
            "smtps": "django.core.mail.backends.smtp.EmailBackend",
            "submission": "django.core.mail.backends.smtp.EmailBackend",
            "console": "django.core.mail.backends.console.EmailBackend",
            "locmem": "django.core.mail.backends.locmem.EmailBackend",
        }
        if parts.scheme not in backends:
            raise ImproperlyConfigured(
                f"{prefix}_URL scheme {parts.scheme!r} is not one of {', '.join(backends)}"
            )
        try:
            port = parts.port
        except ValueError:
            raise ImproperlyConfigured(f"{prefix}_URL has a bad port: {url!r}") from None
        return {
            "EMAIL_BACKEND": backends[parts.scheme],
            "EMAIL_HOST": parts.hostname or "localhost",
            "EMAIL_PORT": port or {"smtps": 465, "submission": 587}.get(parts.scheme, 25),
            "EMAIL_HOST_USER": unquote(parts.username or ""),
            "EMAIL_HOST_PASSWORD": unquote(parts.password or ""),
            "EMAIL_USE_SSL": parts.scheme == "smtps",
            "EMAIL_USE_TLS": parts.scheme == "submission",
        }
    host = env_str(f"{prefix}_HOST")
    if not host:
        return {"EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend"}
    use_tls = env_bool(f"{prefix}_USE_TLS", False)
    use_ssl = env_bool(f"{prefix}_USE_SSL", False)
    if use_tls and use_ssl:
        raise ImproperlyConfigured(f"{prefix}_USE_TLS and {prefix}_USE_SSL are exclusive")
    return {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": host,
        "EMAIL_PORT": env_int(f"{prefix}_PORT", 25, minimum=1),
        "EMAIL_HOST_USER": env_str(f"{prefix}_HOST_USER", "") or "",
        "EMAIL_HOST_PASSWORD": env_str(f"{prefix}_HOST_PASSWORD", "") or "",
        "EMAIL_USE_TLS": use_tls,
        "EMAIL_USE_SSL": use_ssl,
    }
