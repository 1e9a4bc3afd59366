"""What a reminder email says, in both parts, and its headers."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail

from tests.reminders import builders as b
from tracker.reminders.models import Reminder
from tracker.reminders.services import reminder_digest_send, reminders_scan

pytestmark = pytest.mark.django_db
MONDAY = b.almaty(2025, 12, 15, 9, 5)


def send_all(now):
    result = reminders_scan(now=now, dispatch=False)
    for digest in result.digests:
        assert reminder_digest_send(
            claim=digest.claim, recipient=digest.recipient, kind=digest.kind, now=now
        ) == "sent"
    return result


def test_the_digest_lists_task_bodies_deadline_flag_sentence_and_link(settings):
    settings.SITE_URL = "https://tracker.gov.example.kz"
    trade = b.body("Ministry of Trade and Integration")
    finance = b.body("Ministry of Finance")
    b.person("alice", follows=trade)
    holiday = b.directive(
        deadline=dt.date(2025, 12, 16), lead=trade, co_executors=[finance],
        task="launch digital food vouchers in Kokshetau & Pavlodar",
        sentence="The Ministry of Trade must ensure the launch of a pilot project of "
                 "digital food vouchers <by December 16>.",
    )
    late = b.directive(deadline=dt.date(2025, 12, 7), lead=finance, co_executors=[trade],
                       task="update the regulatory legal acts")
    send_all(MONDAY)

    (message,) = mail.outbox
    assert message.to == ["alice@gov.example.kz"]
    assert message.subject == "1 directive due this week, 1 overdue"
    text = message.body
    html = message.alternatives[0][0]
    assert message.alternatives[0][1] == "text/html"
    # overdue first, then what is coming up
    assert text.index("OVERDUE") < text.index("update the regulatory") < text.index("COMING UP")
    assert "Deadline: 16 December 2025 (Tuesday), due tomorrow" in text
    assert "[falls on a public holiday (Independence Day)]" in text
    assert "8 days overdue" in text
    assert "Lead: Ministry of Trade and Integration\n  Co-executors: Ministry of Finance" in text
    assert "digital food vouchers <by December 16>." in text  # plain text is not escaped
    assert "&lt;by December 16&gt;" in html and "Kokshetau &amp; Pavlodar" in html
    for item in (holiday, late):
        url = f"https://tracker.gov.example.kz/directives/{item.pk}/"
        assert url in text and f'href="{url}"' in html
    assert "https://tracker.gov.example.kz/preferences/" in text
    unsubscribe = message.extra_headers["List-Unsubscribe"]
    assert unsubscribe.startswith("<https://tracker.gov.example.kz/reminders/unsubscribe/")
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert unsubscribe[1:-1] in text and unsubscribe[1:-1] in html


def test_a_contact_address_gets_its_own_unsubscribe_and_names_the_body():
    trade = b.body("Ministry of Trade and Integration", contacts=["office@mti.example.kz"])
    b.directive(deadline=dt.date(2025, 12, 18), lead=trade, task="report to the Government")
    send_all(MONDAY)
    (message,) = mail.outbox
    assert message.subject == "Due in 3 days: report to the Government"
    assert "Deadline reminder for Ministry of Trade and Integration." in message.body
    row = Reminder.objects.get()
    assert (row.user, row.body, row.status) == (None, trade, "sent")


def test_supervisors_get_a_weekly_overdue_summary_as_its_own_email(settings):
    settings.REMINDER_ESCALATION_DAYS = 10
    trade = b.body()
    b.person("boss", follows=trade, supervisor=True, stages=[0])
    b.directive(deadline=dt.date(2025, 11, 20), lead=trade, task="open the trade house")
    b.directive(deadline=dt.date(2025, 12, 1), lead=trade, task="publish the register")
    send_all(MONDAY)
    subjects = sorted(m.subject for m in mail.outbox)
    assert subjects == [
        "2 directives overdue",
        "Weekly overdue summary: 2 directives overdue more than 10 days",
    ]
    summary = next(m for m in mail.outbox if m.subject.startswith("Weekly"))
    assert "overdue by more than 10 days" in summary.body
    assert "25 days overdue" in summary.body and "14 days overdue" in summary.body
