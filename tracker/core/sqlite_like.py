"""SQLite's LIKE folds case for ASCII only: "минфин" would not find "Минфину поручено".

Django runs `icontains` (the admin's search, the dashboard's fallback text search) as LIKE
on SQLite. Registering a `like` function replaces the operator for the connection (SQLite
documents this), so every script folds case as it does on PostgreSQL. A user function
cannot use an index, but neither could LIKE with a leading %, and SQLite is the
development and demo database here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from django.db.backends.signals import connection_created


@lru_cache(maxsize=512)
def _pattern(pattern: str, escape: str | None) -> re.Pattern[str]:
    out = []
    chars = iter(pattern)
    for ch in chars:
        if escape is not None and ch == escape:
            out.append(re.escape(next(chars, "")))
        elif ch == "%":
            out.append(".*")
        elif ch == "_":
            out.append(".")
        else:
            out.append(re.escape(ch))
    return re.compile("".join(out), re.IGNORECASE | re.DOTALL)


def unicode_like(pattern: str | None, value: object, escape: str | None = None) -> bool | None:
    """LIKE as SQLite calls it: like(pattern, value[, escape]); NULL in, NULL out."""
    if pattern is None or value is None:
        return None
    return _pattern(pattern, escape).fullmatch(str(value)) is not None


def install(sender, connection, **kwargs) -> None:
    if connection.vendor != "sqlite":
        return
    raw = connection.connection
    raw.create_function("like", 2, unicode_like, deterministic=True)
    raw.create_function("like", 3, unicode_like, deterministic=True)


def connect_signal() -> None:
    connection_created.connect(install, dispatch_uid="tracker.core.sqlite_like")
