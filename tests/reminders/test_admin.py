"""The reminder outbox in the admin: status filter and the retry-failed action."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from tests.reminders import builders as b
from tracker.reminders.models import Reminder

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("root", "root@example.kz", "pw-root-123")
    client.force_login(user)
    return client


def make(status: str, recipient: str) -> Reminder:
    item = b.directive(deadline=dt.date(2025, 10, 1))
    return Reminder.objects.create(
        directive=item, deadline=item.deadline, stage=3, recipient=recipient, status=status,
        attempts=3, last_error="550 5.1.1 No such user" if status == "failed" else "",
        scheduled_at=b.almaty(2025, 9, 28),
    )


def test_the_outbox_filters_by_status(admin_client):
    make("failed", "gone@example.kz")
    make("sent", "here@example.kz")
    url = reverse("admin:reminders_reminder_changelist")
    response = admin_client.get(url, {"status__exact": "failed"})
    assert response.status_code == 200
    assert "gone@example.kz" in response.text and "here@example.kz" not in response.text
    assert "550 5.1.1 No such user" in response.text


def test_retry_failed_queues_only_failed_rows_again(admin_client):
    failed = make("failed", "gone@example.kz")
    sent = make("sent", "here@example.kz")
    response = admin_client.post(
        reverse("admin:reminders_reminder_changelist"),
        {"action": "retry_failed", "_selected_action": [failed.pk, sent.pk]},
        follow=True,
    )
    assert "1 failed reminder queued again." in response.text
    failed.refresh_from_db()
    sent.refresh_from_db()
    assert (failed.status, failed.attempts) == ("queued", 0)
    assert sent.status == "sent"
