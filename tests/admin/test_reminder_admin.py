import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages

from tests.admin.builders import make_article
from tracker.bodies.models import Body
from tracker.directives.models import Directive, Status
from tracker.reminders.models import ContactOptOut, Reminder, ReminderPreference, Subscription

pytestmark = pytest.mark.django_db

OUTBOX = "/admin/reminders/reminder/"
SMTP_REPLY = "550 5.1.1 <gone@example.kz>: Recipient address rejected\nUser unknown in table"


def texts(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def reminder(status="sent", recipient="someone@example.kz", last_error="", directive=None):
    directive = directive or Directive.objects.create(
        article=make_article(), task="pay arrears", status=Status.OPEN,
        deadline=dt.date(2025, 10, 1),
    )
    return Reminder.objects.create(
        directive=directive, deadline=directive.deadline, stage=3, recipient=recipient,
        status=status, attempts=3 if status == "failed" else 1, last_error=last_error,
        scheduled_at=dt.datetime(2025, 9, 28, 4, tzinfo=dt.UTC),
    )


def test_last_error_first_line_in_the_list_whole_reply_on_the_row(editor_client):
    failed = reminder("failed", "gone@example.kz", SMTP_REPLY)
    reminder("sent", "here@example.kz")

    listing = editor_client.get(OUTBOX, {"status__exact": "failed"}).content.decode()
    assert "gone@example.kz" in listing and "here@example.kz" not in listing
    assert "550 5.1.1 &lt;gone@example.kz&gt;: Recipient address rejected …" in listing
    assert 'title="550 5.1.1 &lt;gone@example.kz&gt;: Recipient address rejected\nUser' in (
        listing
    )
    assert "due in 3 days" in listing  # the stage in words

    page = editor_client.get(f"{OUTBOX}{failed.pk}/change/").content.decode()
    assert "User unknown in table" in page


def test_outbox_filters_rows_with_an_error(editor_client):
    with_error = reminder("queued", "retry@example.kz", "421 try again later")
    reminder("sent", "fine@example.kz")
    response = editor_client.get(OUTBOX, {"error": "yes"})
    assert [r.pk for r in response.context["cl"].result_list] == [with_error.pk]


def test_retry_failed_reports_what_it_left_alone(editor_client):
    failed = reminder("failed", "gone@example.kz", SMTP_REPLY)
    sent = reminder("sent", "here@example.kz")

    response = editor_client.post(
        OUTBOX, {"action": "retry_failed", "_selected_action": [failed.pk, sent.pk]},
        follow=True,
    )

    assert texts(response) == [
        "1 failed reminder queued again.",
        "1 selected reminder had not failed and was left alone.",
    ]
    failed.refresh_from_db()
    sent.refresh_from_db()
    assert (failed.status, failed.attempts, sent.status) == ("queued", 0, "sent")


def test_viewer_cannot_retry(viewer_client):
    failed = reminder("failed", "gone@example.kz", SMTP_REPLY)
    page = viewer_client.get(OUTBOX)
    assert page.status_code == 200
    assert page.context["action_form"] is None
    viewer_client.post(OUTBOX, {"action": "retry_failed", "_selected_action": [failed.pk]})
    failed.refresh_from_db()
    assert failed.status == "failed"


def test_outbox_queries_stay_bounded_with_1000_rows(editor_client, django_assert_max_num_queries):
    article = make_article()
    directives = Directive.objects.bulk_create(
        Directive(article=article, task=f"task {n}", status=Status.OPEN,
                  deadline=dt.date(2025, 10, 1))
        for n in range(100)
    )
    Reminder.objects.bulk_create(
        Reminder(directive=directives[n % 100], deadline=dt.date(2025, 10, 1), stage=n // 100,
                 recipient=f"r{n}@example.kz", status="failed", last_error=SMTP_REPLY,
                 scheduled_at=dt.datetime(2025, 9, 20, 4, tzinfo=dt.UTC))
        for n in range(1000)
    )
    editor_client.get(OUTBOX)

    # Session, user, two counts, the page with its directives, the date hierarchy.
    with django_assert_max_num_queries(8):
        response = editor_client.get(OUTBOX, {"status__exact": "failed"})
    assert len(response.context["cl"].result_list) == 100


@pytest.mark.parametrize(
    "url", ["/admin/reminders/subscription/", "/admin/reminders/contactoptout/",
            "/admin/reminders/reminderpreference/"],
)
def test_other_reminder_lists_stay_bounded_with_1000_rows(
    editor_client, django_assert_max_num_queries, url
):
    users = get_user_model().objects.bulk_create(
        get_user_model()(username=f"user{n}") for n in range(1000)
    )
    bodies = list(Body.objects.order_by("pk")[:50])
    directive = Directive.objects.create(article=make_article(), task="t")
    Subscription.objects.bulk_create(
        Subscription(user=user, body=bodies[n % 50]) if n % 2
        else Subscription(user=user, directive=directive)
        for n, user in enumerate(users)
    )
    ContactOptOut.objects.bulk_create(
        ContactOptOut(body=bodies[n % 50], email=f"o{n}@example.kz") for n in range(1000)
    )
    ReminderPreference.objects.bulk_create(ReminderPreference(user=user) for user in users)
    editor_client.get(url)

    with django_assert_max_num_queries(8):
        response = editor_client.get(url)
    assert len(response.context["cl"].result_list) == 100
