"""One-click signed unsubscribe for users and for bodies' contact addresses (RFC 8058)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from tests.reminders import builders as b
from tracker.reminders.models import ContactOptOut, Reminder, ReminderPreference
from tracker.reminders.services import reminders_plan
from tracker.reminders.tokens import unsubscribe_token

pytestmark = pytest.mark.django_db


def url(token: str) -> str:
    return reverse("reminders:unsubscribe", args=[token])


def test_a_mail_client_one_click_post_turns_off_a_users_reminders(client):
    trade = b.body()
    alice = b.person("alice", follows=trade)
    b.directive(deadline=dt.date(2025, 10, 1), lead=trade)
    reminders_plan(now=b.almaty(2025, 9, 29, 22, 0))
    client.handler.enforce_csrf_checks = True  # mail clients send no CSRF token
    response = client.post(
        url(unsubscribe_token(user_id=alice.pk)), data="List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert "no more deadline reminders" in response.text
    assert ReminderPreference.objects.get(user=alice).enabled is False
    assert Reminder.objects.get().status == "cancelled"
    # and the next plan leaves alice out
    assert reminders_plan(now=b.almaty(2025, 9, 30, 9, 5)) == (0, 0)


def test_a_get_only_asks_so_link_scanners_unsubscribe_nobody(client):
    alice = b.person("alice")
    response = client.get(url(unsubscribe_token(user_id=alice.pk)))
    assert response.status_code == 200
    assert "<form method=\"post\">" in response.text
    assert not ReminderPreference.objects.exists()


def test_a_contact_address_is_turned_off_for_that_body_only(client):
    trade = b.body("Ministry of Trade", contacts=["office@gov.example.kz"])
    finance = b.body("Ministry of Finance", contacts=["office@gov.example.kz"])
    token = unsubscribe_token(body_id=trade.pk, email="Office@gov.example.kz")
    response = client.post(url(token))
    assert "office@gov.example.kz will receive no more reminders about Ministry of Trade" in (
        response.text
    )
    assert list(ContactOptOut.objects.values_list("body", "email")) == [
        (trade.pk, "office@gov.example.kz")
    ]
    b.directive(deadline=dt.date(2025, 10, 1), lead=trade)
    b.directive(deadline=dt.date(2025, 10, 1), lead=finance)
    reminders_plan(now=b.almaty(2025, 9, 29, 9, 5))
    assert list(Reminder.objects.values_list("directive__body_links__body", flat=True)) == [
        finance.pk
    ]


@pytest.mark.parametrize("token", ["garbage", "eyJ1IjoxfQ:1v358G:forged-signature"])
def test_a_forged_token_is_refused(client, token):
    response = client.post(url(token))
    assert response.status_code == 400
    assert not ReminderPreference.objects.exists()
