"""The dashboard with the other features: reminders on the detail page, the preferences
page in the dashboard's layout, re-extraction suggestions in the review queue, Add news.

Each test needs its feature's models; before that feature is merged they are skipped
with the reason."""

import datetime as dt

import pytest
from django.apps import apps
from django.utils import timezone

from tests.dashboard.conftest import make_directive
from tracker.directives.models import Status

pytestmark = pytest.mark.django_db


def _model(app_label, name):
    try:
        return apps.get_model(app_label, name)
    except LookupError:
        pytest.skip(f"{app_label}.{name} is not merged yet")


def test_detail_lists_reminders_sent_and_pending(viewer_client, django_assert_max_num_queries):
    Reminder = _model("reminders", "Reminder")
    d = make_directive(deadline=timezone.localdate() + dt.timedelta(days=10))
    now = timezone.now()
    Reminder.objects.create(
        directive=d, deadline=d.deadline, stage=14, recipient="sent@example.kz",
        scheduled_at=now - dt.timedelta(days=4), status=Reminder.Status.SENT, sent_at=now,
    )
    Reminder.objects.create(
        directive=d, deadline=d.deadline, stage=7, recipient="later@example.kz",
        scheduled_at=now + dt.timedelta(days=3),
    )
    with django_assert_max_num_queries(10):
        html = viewer_client.get(f"/directives/{d.pk}/").content.decode()
    sent = html.index('id="reminders"')
    assert "later@example.kz" in html[sent:] and "sent@example.kz" in html[sent:]
    assert html.index("later@example.kz") < html.index("sent@example.kz")  # pending first


def test_preferences_page_in_the_dashboard_layout(viewer_client):
    _model("reminders", "ReminderPreference")
    html = viewer_client.get("/preferences/").content.decode()
    assert 'class="mainnav"' in html and 'href="/preferences/"' in html
    assert "tracker.css" in html


def test_add_news_is_in_the_nav_for_editors(editor_client, viewer_client):
    _model("ingestion", "DirectiveSuggestion")
    from django.urls import reverse

    url = reverse("ingestion:add")
    assert f'href="{url}"'.encode() in editor_client.get("/").content
    assert f'href="{url}"'.encode() not in viewer_client.get("/").content


def test_review_queue_shows_and_applies_a_suggestion(editor_client, editor, htmx):
    Suggestion = _model("ingestion", "DirectiveSuggestion")
    d = make_directive(status=Status.OPEN, deadline_text="by 1 May",
                       curated_at=timezone.now())
    Suggestion.objects.create(directive=d, task=d.task, issuer=d.issuer,
                              deadline_text="by 1 June")
    page = editor_client.get("/review/")
    assert page.context["directive"] == d
    html = page.content.decode()
    assert "<del>by 1 May</del>" in html and "<ins>by 1 June</ins>" in html
    response = editor_client.post(
        f"/review/{d.pk}/suggestion/apply/", {"fields": ["deadline_text"]}, **htmx
    )
    assert response.status_code == 200, response.content[:500]
    d.refresh_from_db()
    assert d.deadline_text == "by 1 June"
    assert b"Nothing waits for review" in response.content


def test_review_queue_keeps_the_curated_version(editor_client, htmx):
    Suggestion = _model("ingestion", "DirectiveSuggestion")
    d = make_directive(status=Status.OPEN, task="keep me", curated_at=timezone.now())
    Suggestion.objects.create(directive=d, task="replace me", issuer=d.issuer)
    response = editor_client.post(f"/review/{d.pk}/suggestion/dismiss/", **htmx)
    assert response.status_code == 200
    d.refresh_from_db()
    assert d.task == "keep me"
    assert not Suggestion.objects.filter(resolved_at__isnull=True).exists()
