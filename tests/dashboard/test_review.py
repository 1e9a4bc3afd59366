import pytest

from tests.dashboard.conftest import body, make_directive
from tracker.directives.models import Role, Status

pytestmark = pytest.mark.django_db


def test_queue_shows_the_oldest_proposed_first(viewer_client, htmx):
    first = make_directive(status=Status.PROPOSED, task="first task")
    make_directive(status=Status.PROPOSED, task="second task")
    make_directive(status=Status.OPEN, task="already open")
    page = viewer_client.get("/review/")
    assert page.status_code == 200 and b"<html" in page.content
    assert page.context["directive"] == first
    assert b"2 directives wait for review" in page.content
    fragment = viewer_client.get("/review/", **htmx)
    assert b"<html" not in fragment.content and b'id="card"' in fragment.content
    # A viewer sees the queue without the buttons.
    assert b"data-key=\"a\"" not in page.content


def test_skip_goes_to_the_next_and_wraps(editor_client, htmx):
    first = make_directive(status=Status.PROPOSED)
    second = make_directive(status=Status.PROPOSED)
    response = editor_client.get("/review/", {"after": first.pk}, **htmx)
    assert response.status_code == 200 and b'data-key="a"' in response.content
    assert f"#{second.pk}".encode() in response.content
    assert response["HX-Push-Url"] == f"/review/{second.pk}/"
    wrapped = editor_client.get("/review/", {"after": second.pk})
    assert wrapped.context["directive"] == first
    assert editor_client.get(f"/review/{second.pk}/").context["directive"] == second


def test_accept_then_the_next_card(editor_client, htmx):
    first = make_directive(status=Status.PROPOSED, task="first task")
    second = make_directive(status=Status.PROPOSED, task="second task")
    response = editor_client.post(f"/review/{first.pk}/accept/", **htmx)
    assert response.status_code == 200
    assert b"Accepted #" in response.content and b"second task" in response.content
    assert response["HX-Push-Url"] == f"/review/{second.pk}/"
    first.refresh_from_db()
    assert first.status == Status.OPEN and first.curated_at is not None
    # Without htmx: a redirect to the next one.
    response = editor_client.post(f"/review/{second.pk}/accept/")
    assert response.status_code == 302 and response.url == "/review/"


def test_edit_and_accept(editor_client, htmx):
    finance, energy = body("Ministry of Finance"), body("Ministry of Energy")
    d = make_directive(status=Status.PROPOSED, bodies=[finance])
    form = editor_client.get(f"/review/{d.pk}/", {"edit": "1"}, **htmx)
    assert b'name="task"' in form.content
    response = editor_client.post(
        f"/review/{d.pk}/edit/",
        {"task": "corrected task", "issuer": "President", "lead": [energy.pk],
         "co_executors": [finance.pk], "deadline": "2026-03-01", "deadline_text": "by March"},
        **htmx,
    )
    assert response.status_code == 200
    d.refresh_from_db()
    assert (d.task, d.issuer, d.status, d.deadline.isoformat()) == (
        "corrected task", "President", Status.OPEN, "2026-03-01"
    )
    assert [(lk.body, lk.role) for lk in d.body_links.order_by("-role")] == [
        (energy, Role.LEAD), (finance, Role.CO_EXECUTOR)
    ]


def test_edit_with_errors_keeps_the_input(editor_client, htmx):
    d = make_directive(status=Status.PROPOSED)
    response = editor_client.post(
        f"/review/{d.pk}/edit/", {"task": "", "issuer": "typed issuer"}, **htmx
    )
    assert response.status_code == 422
    assert b"typed issuer" in response.content and b"This field is required" in response.content
    d.refresh_from_db()
    assert d.status == Status.PROPOSED


def test_reject_needs_a_reason(editor_client, htmx):
    d = make_directive(status=Status.PROPOSED)
    missing = editor_client.post(f"/review/{d.pk}/reject/", {"reason": ""}, **htmx)
    assert missing.status_code == 422
    response = editor_client.post(f"/review/{d.pk}/reject/", {"reason": "a statistic"}, **htmx)
    assert response.status_code == 200 and b"Nothing waits for review" in response.content
    d.refresh_from_db()
    assert d.status == Status.REJECTED
    assert d.status_changes.get().comment == "a statistic"


def test_accept_of_a_decided_directive_says_why(editor_client, htmx):
    d = make_directive(status=Status.OPEN)
    response = editor_client.post(f"/review/{d.pk}/accept/", **htmx)
    assert response.status_code == 422
    assert b"cannot go from" in response.content


def test_suggestion_card_shows_a_diff(editor_client, monkeypatch):
    """With a stand-in for the ingestion stage's diff (its own tests cover the real one)."""
    from tracker.dashboard import selectors

    d = make_directive(status=Status.OPEN)
    rows = [
        selectors.SuggestionRow("deadline_text", "Deadline words", "by 1 May", "by 1 June", True),
        selectors.SuggestionRow("issuer", "Issuer", "Prime Minister", "Prime Minister", False),
    ]
    monkeypatch.setattr(selectors, "review_suggestion",
                        lambda directive: {"suggestion": object(), "rows": rows,
                                           "changed": ["deadline_text"]})
    monkeypatch.setattr(selectors, "review_is_waiting", lambda directive: True)
    html = editor_client.get(f"/review/{d.pk}/").content.decode()
    assert "<del>by 1 May</del>" in html and "<ins>by 1 June</ins>" in html
    assert 'name="fields" value="deadline_text" checked' in html
    assert 'value="issuer"' not in html
    assert "Keep as curated" in html
