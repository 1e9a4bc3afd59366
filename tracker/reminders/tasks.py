"""Celery tasks: thin wrappers that take ids and call the services."""

from __future__ import annotations

import uuid

from celery import shared_task

from tracker.reminders import services


@shared_task(name="tracker.reminders.tasks.reminders_scan_task", ignore_result=True)
def reminders_scan_task() -> dict[str, int]:
    """Beat's one entry: sweep, plan, claim; the sends are enqueued on commit."""
    result = services.reminders_scan()
    return {"requeued": result.requeued, "planned": result.planned, "claimed": result.claimed}


@shared_task(name="tracker.reminders.tasks.reminder_send_task", ignore_result=True)
def reminder_send_task(claim: str, recipient: str, kind: str) -> str:
    """Send one claimed digest. Retries are rows queued again by the service (with
    backoff), not Celery retries: the next scan picks them up, so nothing waits in the
    broker for longer than one run."""
    return services.reminder_digest_send(claim=uuid.UUID(claim), recipient=recipient, kind=kind)
