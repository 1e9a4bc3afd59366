"""Who hears about a directive: body followers in their role, watchers, contact emails."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.reminders import builders as b
from tracker.reminders.models import ContactOptOut, ReminderPreference, Subscription
from tracker.reminders.selectors import reminder_recipients

pytestmark = pytest.mark.django_db
STAGES = (14, 7, 3, 1, 0)


def emails(directive) -> list[str]:
    found = reminder_recipients(directive_ids=[directive.pk], default_stages=STAGES)
    return sorted(r.email for r in found.get(directive.pk, []))


def test_body_followers_by_role_watchers_and_contacts():
    trade = b.body("Ministry of Trade", contacts=["Office@MTI.example.kz"])
    finance = b.body("Ministry of Finance", contacts=["desk@minfin.example.kz"])
    b.person("lead_only", follows=trade, role=Subscription.BodyRole.LEAD)
    b.person("co_only", follows=trade, role=Subscription.BodyRole.CO_EXECUTOR)
    b.person("any_role", follows=finance)
    watcher = b.person("watcher")
    item = b.directive(deadline=dt.date(2025, 10, 1), lead=trade, co_executors=[finance])
    Subscription.objects.create(user=watcher, directive=item)
    assert emails(item) == [
        "any_role@gov.example.kz", "desk@minfin.example.kz", "lead_only@gov.example.kz",
        "office@mti.example.kz", "watcher@gov.example.kz",
    ]
    other = b.directive(deadline=dt.date(2025, 10, 1), lead=finance, co_executors=[trade])
    assert emails(other) == [
        "any_role@gov.example.kz", "co_only@gov.example.kz", "desk@minfin.example.kz",
        "office@mti.example.kz",
    ]


def test_one_address_is_one_recipient():
    trade = b.body(contacts=["alice@gov.example.kz"])
    alice = b.person("alice", follows=trade)
    item = b.directive(deadline=dt.date(2025, 10, 1), lead=trade)
    Subscription.objects.create(user=alice, directive=item)
    (recipient,) = reminder_recipients(directive_ids=[item.pk], default_stages=STAGES)[item.pk]
    assert (recipient.email, recipient.user_id) == ("alice@gov.example.kz", alice.pk)


def test_opt_outs_disabled_users_and_users_without_email_hear_nothing():
    trade = b.body(contacts=["office@mti.example.kz", "head@mti.example.kz"])
    ContactOptOut.objects.create(body=trade, email="head@mti.example.kz")
    quiet = b.person("quiet", follows=trade)
    ReminderPreference.objects.create(user=quiet, enabled=False)
    mute = b.person("mute", follows=trade)
    mute.email = ""
    mute.save()
    gone = b.person("gone", follows=trade)
    gone.is_active = False
    gone.save()
    item = b.directive(deadline=dt.date(2025, 10, 1), lead=trade)
    assert emails(item) == ["office@mti.example.kz"]


def test_preferences_travel_with_the_recipient():
    trade = b.body()
    b.person("alice", follows=trade, delivery="immediate", stages=[3, 0, 99])
    b.person("boss", follows=trade, supervisor=True)
    item = b.directive(deadline=dt.date(2025, 10, 1), lead=trade)
    found = {
        r.email: r
        for r in reminder_recipients(directive_ids=[item.pk], default_stages=STAGES)[item.pk]
    }
    alice, boss = found["alice@gov.example.kz"], found["boss@gov.example.kz"]
    assert (alice.immediate, alice.stages, alice.supervises) == (True, (3, 0), False)
    assert (boss.immediate, boss.stages, boss.supervises) == (False, STAGES, True)
