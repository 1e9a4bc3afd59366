"""Signed one-click unsubscribe tokens.

A token names what to turn off: a user's reminders, or one contact address of one body.
It is signed with SECRET_KEY (salted) and does not expire: an unsubscribe link in an old
email must keep working.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core import signing

_SALT = "tracker.reminders.unsubscribe"


@dataclass(frozen=True)
class UnsubscribeTarget:
    user_id: int | None = None
    body_id: int | None = None
    email: str = ""


def unsubscribe_token(*, user_id: int | None = None, body_id: int | None = None,
                      email: str = "") -> str:
    if user_id is not None:
        payload: dict[str, object] = {"u": user_id}
    elif body_id is not None and email:
        payload = {"b": body_id, "e": email.lower()}
    else:
        raise ValueError("a token names a user, or a body and an email")
    return signing.dumps(payload, salt=_SALT, compress=True)


def unsubscribe_target(token: str) -> UnsubscribeTarget:
    """The target of a token; raises signing.BadSignature when it was not ours."""
    payload = signing.loads(token, salt=_SALT)
    if not isinstance(payload, dict):
        raise signing.BadSignature("unexpected payload")
    if isinstance(payload.get("u"), int):
        return UnsubscribeTarget(user_id=payload["u"])
    if isinstance(payload.get("b"), int) and isinstance(payload.get("e"), str):
        return UnsubscribeTarget(body_id=payload["b"], email=payload["e"])
    raise signing.BadSignature("unexpected payload")
