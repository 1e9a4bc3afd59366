"""The preferences page: delivery, stages, overdue, and what one follows."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.reminders import builders as b
from tracker.reminders.models import ReminderPreference, Subscription

pytestmark = pytest.mark.django_db
URL = reverse("reminders:preferences")


def test_login_is_required(client):
    response = client.get(URL)
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_defaults_are_shown_and_choices_saved(client):
    alice = b.person("alice")
    client.force_login(alice)
    page = client.get(URL)
    assert page.status_code == 200
    assert page.context["form"].initial["delivery"] == "digest"
    assert 'name="stages" value="14"' in page.text
    response = client.post(URL, {
        "action": "save", "enabled": "on", "delivery": "immediate", "stages": ["3", "0"],
    })
    assert response.status_code == 302
    preference = ReminderPreference.objects.get(user=alice)
    assert (preference.enabled, preference.delivery, preference.stages, preference.overdue) == (
        True, "immediate", [3, 0], False,
    )


def test_a_stage_not_offered_is_refused(client):
    client.force_login(b.person("alice"))
    response = client.post(URL, {"action": "save", "delivery": "digest", "stages": ["5"]})
    assert response.status_code == 200
    assert not ReminderPreference.objects.exists()


def test_follow_and_unfollow_a_body(client):
    trade = b.body("Ministry of Trade")
    alice = b.person("alice")
    client.force_login(alice)
    client.post(URL, {"action": "follow", "body": trade.pk, "body_role": "lead"})
    subscription = Subscription.objects.get(user=alice)
    assert (subscription.body, subscription.body_role) == (trade, "lead")
    assert "Ministry of Trade (As lead executor)" in client.get(URL).text

    bob = b.person("bob", follows=trade)
    # one cannot remove someone else's subscription
    client.post(URL, {"action": "unfollow", "subscription": bob.subscriptions.get().pk})
    assert bob.subscriptions.exists()
    client.post(URL, {"action": "unfollow", "subscription": subscription.pk})
    assert not alice.subscriptions.exists()
