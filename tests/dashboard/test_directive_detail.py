import datetime as dt
import re

import pytest
from django.utils import timezone

from tests.dashboard.conftest import body, make_article, make_directive
from tracker.directives.models import DeadlineChange, Directive, Role, Status, StatusChange
from tracker.reminders.models import Subscription

pytestmark = pytest.mark.django_db


def test_detail_full_page_highlights_the_sentence(viewer_client):
    d = make_directive(bodies=[body("Ministry of Finance")])
    response = viewer_client.get(f"/directives/{d.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<mark id="evidence">The Ministry of Finance must prepare the budget by 1 May.</mark>' in html
    assert 'href="https://kt.kz/news/' in html and 'rel="noopener noreferrer nofollow"' in html
    assert "Ministry of Finance" in html
    # A viewer sees no edit controls.
    assert "/edit/task/" not in html and 'id="status-form"' not in html


def test_detail_url_is_the_one_reminder_emails_use(viewer_client):
    from django.urls import reverse

    assert reverse("dashboard:detail", args=[7]) == "/directives/7/"
    assert viewer_client.get("/directives/999999/").status_code == 404


def test_span_that_does_not_fit_falls_back_to_finding_the_sentence(viewer_client):
    d = make_directive()
    Directive.objects.filter(pk=d.pk).update(sentence_start=5000, sentence_end=5010)
    response = viewer_client.get(f"/directives/{d.pk}/")
    assert b"<mark id=\"evidence\">The Ministry" in response.content


def test_non_http_original_url_is_not_linked(viewer_client):
    article = make_article()
    type(article).objects.filter(pk=article.pk).update(url="javascript:alert(1)")
    d = make_directive(article=article)
    response = viewer_client.get(f"/directives/{d.pk}/")
    assert b"javascript:alert" not in response.content


def test_inline_edit_form_and_save(editor_client, htmx):
    d = make_directive()
    form = editor_client.get(f"/directives/{d.pk}/edit/task/", **htmx)
    assert form.status_code == 200 and b"<html" not in form.content
    assert b"<textarea" in form.content
    version = re.search(r'name="version" value="([^"]+)"', form.content.decode()).group(1)
    saved = editor_client.post(
        f"/directives/{d.pk}/edit/task/", {"task": "adopt the budget law", "version": version},
        **htmx,
    )
    assert saved.status_code == 200
    assert b"adopt the budget law" in saved.content and b"<textarea" not in saved.content
    d.refresh_from_db()
    assert d.task == "adopt the budget law" and d.curated_at is not None
    # Without htmx: the full page (GET) and a redirect after POST.
    assert b"<html" in editor_client.get(f"/directives/{d.pk}/edit/issuer/").content
    response = editor_client.post(f"/directives/{d.pk}/edit/issuer/", {"issuer": "President"})
    assert response.status_code == 302
    d.refresh_from_db()
    assert d.issuer == "President"


def test_inline_edit_validation_keeps_the_input(editor_client, htmx):
    d = make_directive()
    response = editor_client.post(f"/directives/{d.pk}/edit/task/", {"task": "  "}, **htmx)
    assert response.status_code == 422
    assert b"This field is required" in response.content
    assert b"<textarea" in response.content


def test_inline_edit_over_someone_elses_change_is_refused_with_input_kept(editor_client, htmx):
    d = make_directive()
    old_version = d.updated.isoformat()
    Directive.objects.filter(pk=d.pk).update(
        task="changed by a colleague", updated=timezone.now() + dt.timedelta(seconds=5)
    )
    response = editor_client.post(
        f"/directives/{d.pk}/edit/task/", {"task": "my careful wording", "version": old_version},
        **htmx,
    )
    assert response.status_code == 422
    assert b"Someone else changed this directive" in response.content
    assert b"my careful wording" in response.content
    d.refresh_from_db()
    assert d.task == "changed by a colleague"
    # The form came back with the current stamp: saving again overwrites on purpose.
    current = re.search(r'name="version" value="([^"]+)"', response.content.decode()).group(1)
    assert current == d.updated.isoformat()
    again = editor_client.post(
        f"/directives/{d.pk}/edit/task/", {"task": "my careful wording", "version": current},
        **htmx,
    )
    assert again.status_code == 200
    d.refresh_from_db()
    assert d.task == "my careful wording"


def test_edit_bodies(editor_client, htmx):
    finance, energy, health = body("Ministry of Finance"), body("Ministry of Energy"), body(
        "Ministry of Health"
    )
    d = make_directive(bodies=[finance])
    response = editor_client.post(
        f"/directives/{d.pk}/edit/bodies/",
        {"lead": [energy.pk], "co_executors": [finance.pk, health.pk]},
        **htmx,
    )
    assert response.status_code == 200
    assert sorted((lk.body.name, lk.role) for lk in d.body_links.all()) == [
        ("Ministry of Energy", Role.LEAD),
        ("Ministry of Finance", Role.CO_EXECUTOR),
        ("Ministry of Health", Role.CO_EXECUTOR),
    ]
    both = editor_client.post(
        f"/directives/{d.pk}/edit/bodies/", {"lead": [energy.pk], "co_executors": [energy.pk]},
        **htmx,
    )
    assert both.status_code == 422 and b"both lead and co-executor" in both.content


def test_cancel_shows_the_field(viewer_client, htmx):
    d = make_directive()
    response = viewer_client.get(f"/directives/{d.pk}/field/task/", **htmx)
    assert response.status_code == 200 and b"prepare the budget" in response.content
    assert viewer_client.get(f"/directives/{d.pk}/field/nope/", **htmx).status_code == 404


def test_status_change_with_comment(editor_client, htmx):
    d = make_directive(status=Status.OPEN)
    response = editor_client.post(
        f"/directives/{d.pk}/status/",
        {"new_status": Status.IN_PROGRESS, "comment": "work started"},
        **htmx,
    )
    assert response.status_code == 200
    assert response["HX-Trigger"] == "directive-changed"
    assert b"work started" in response.content  # the timeline shows it
    change = StatusChange.objects.get(directive=d)
    assert (change.new_status, change.comment, change.changed_by.username) == (
        Status.IN_PROGRESS, "work started", "editor"
    )


def test_status_change_not_allowed_shows_the_message(editor_client, htmx):
    d = make_directive(status=Status.OPEN)
    response = editor_client.post(
        f"/directives/{d.pk}/status/", {"new_status": Status.PROPOSED}, **htmx
    )
    assert response.status_code == 422
    assert b"Select a valid choice" in response.content


def test_stale_status_change_is_reported(editor_client, htmx, monkeypatch):
    d = make_directive(status=Status.OPEN)
    from tracker.dashboard import views_detail

    real = views_detail.directive_change_status

    def racing(**kwargs):
        Directive.objects.filter(pk=d.pk).update(status=Status.IN_PROGRESS)
        return real(**kwargs)

    monkeypatch.setattr(views_detail, "directive_change_status", racing)
    response = editor_client.post(
        f"/directives/{d.pk}/status/", {"new_status": Status.DONE}, **htmx
    )
    assert response.status_code == 422
    assert b"changed by someone else" in response.content


def test_deadline_extension_with_reason(editor_client, htmx):
    old = timezone.localdate() + dt.timedelta(days=3)
    d = make_directive(deadline=old)
    new = old + dt.timedelta(days=30)
    response = editor_client.post(
        f"/directives/{d.pk}/deadline/",
        {"new_deadline": new.isoformat(), "reason": "budget revision"},
        **htmx,
    )
    assert response.status_code == 200
    d.refresh_from_db()
    assert d.deadline == new
    change = DeadlineChange.objects.get(directive=d)
    assert (change.old_deadline, change.new_deadline, change.reason) == (old, new, "budget revision")


def test_deadline_needs_reason_and_earlier_needs_confirmation(editor_client, htmx):
    old = timezone.localdate() + dt.timedelta(days=3)
    d = make_directive(deadline=old)
    no_reason = editor_client.post(
        f"/directives/{d.pk}/deadline/", {"new_deadline": "2099-01-01"}, **htmx
    )
    assert no_reason.status_code == 422 and b"Give a reason" in no_reason.content
    earlier = (old - dt.timedelta(days=1)).isoformat()
    refused = editor_client.post(
        f"/directives/{d.pk}/deadline/", {"new_deadline": earlier, "reason": "typo"}, **htmx
    )
    assert refused.status_code == 422 and b"must be later" in refused.content
    assert b'name="force"' in refused.content
    forced = editor_client.post(
        f"/directives/{d.pk}/deadline/",
        {"new_deadline": earlier, "reason": "typo", "force": "on"},
        **htmx,
    )
    assert forced.status_code == 200
    d.refresh_from_db()
    assert d.deadline.isoformat() == earlier


def test_proposed_deadline_is_corrected_inline(editor_client, htmx):
    d = make_directive(status=Status.PROPOSED, deadline=dt.date(2025, 5, 1))
    response = editor_client.post(
        f"/directives/{d.pk}/edit/deadline/", {"deadline": "2025-06-01"}, **htmx
    )
    assert response.status_code == 200
    d.refresh_from_db()
    assert d.deadline == dt.date(2025, 6, 1)
    accepted = make_directive(status=Status.OPEN)
    assert editor_client.get(f"/directives/{accepted.pk}/edit/deadline/").status_code == 404


def test_watch_and_unwatch(viewer_client, viewer, htmx):
    d = make_directive()
    watched = viewer_client.post(f"/directives/{d.pk}/watch/", {"action": "watch"}, **htmx)
    assert watched.status_code == 200 and b"Unwatch" in watched.content
    assert Subscription.objects.filter(user=viewer, directive=d).count() == 1
    # Twice is still once.
    viewer_client.post(f"/directives/{d.pk}/watch/", {"action": "watch"}, **htmx)
    assert Subscription.objects.filter(user=viewer, directive=d).count() == 1
    unwatched = viewer_client.post(f"/directives/{d.pk}/watch/", {"action": "unwatch"})
    assert unwatched.status_code == 302
    assert not Subscription.objects.filter(user=viewer, directive=d).exists()


def test_timeline_lists_history_in_order(editor_client):
    d = make_directive(deadline=timezone.localdate() + dt.timedelta(days=3))
    editor_client.post(f"/directives/{d.pk}/status/", {"new_status": "in_progress",
                                                       "comment": "first"})
    editor_client.post(f"/directives/{d.pk}/deadline/", {
        "new_deadline": (timezone.localdate() + dt.timedelta(days=9)).isoformat(),
        "reason": "second"})
    html = editor_client.get(f"/directives/{d.pk}/").content.decode()
    assert html.index("first") < html.index("second")
    assert [e.kind for e in editor_client.get(f"/directives/{d.pk}/").context["timeline"]] == [
        "created", "status", "deadline"
    ]
