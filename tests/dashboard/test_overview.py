import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from tests.dashboard.conftest import body, make_directive, make_user
from tracker.dashboard.selectors import discipline_report, overview_by_body
from tracker.directives.models import Article, Directive, Status

pytestmark = pytest.mark.django_db


def test_anonymous_is_sent_to_login(client):
    response = client.get("/")
    assert response.status_code == 302
    assert response.url.startswith("/login/")


def test_overview_counts_directives(viewer_client):
    today = timezone.localdate()
    article = Article.objects.create(title="t", text="text", published=timezone.now(), lang="en")
    Directive.objects.create(
        article=article, task="a", status=Status.OPEN, deadline=today - dt.timedelta(days=2)
    )
    Directive.objects.create(
        article=article, task="b", status=Status.OPEN, deadline=today + dt.timedelta(days=3)
    )
    Directive.objects.create(article=article, task="c", status=Status.PROPOSED)
    response = viewer_client.get("/")
    assert response.status_code == 200
    counts = response.context["counts"]
    assert (counts.overdue, counts.due_7_days, counts.due_30_days) == (1, 1, 1)
    assert (counts.awaiting_review, counts.no_deadline) == (1, 0)
    assert [d.task for d in response.context["next_deadlines"]] == ["b"]


def test_overview_full_page_and_discipline_fragment(viewer_client, htmx):
    page = viewer_client.get("/")
    assert b"<html" in page.content and b"Discipline report" in page.content
    assert "HX-Request" in page["Vary"]
    fragment = viewer_client.get(
        "/", {"part": "discipline", "start": "2025-01-01", "end": "2025-12-31"}, **htmx
    )
    assert fragment.status_code == 200
    assert b"<html" not in fragment.content
    assert b'id="discipline"' in fragment.content
    # The pushed URL of the period renders the whole page on a plain GET.
    full = viewer_client.get("/", {"part": "discipline", "start": "2025-01-01"})
    assert b"<html" in full.content and b"Next deadlines" in full.content


def test_login_page_renders_and_logs_in(client):
    get_user_model().objects.create_user("analyst", password="pw-analyst-123")
    assert client.get("/login/").status_code == 200
    response = client.post("/login/", {"username": "analyst", "password": "pw-analyst-123"})
    assert response.status_code == 302


def test_admin_login_page_is_served(client):
    assert client.get("/admin/login/").status_code == 200


def test_user_without_a_role_is_told_to_ask_for_one(client):
    client.force_login(make_user("nobody"))
    response = client.get("/")
    assert response.status_code == 403
    assert b"Viewers" in response.content


def test_by_body_puts_bodies_behind_first():
    today = timezone.localdate()
    finance, energy = body("Ministry of Finance"), body("Ministry of Energy")
    make_directive(bodies=[finance], deadline=today + dt.timedelta(days=5))
    make_directive(bodies=[energy], deadline=today - dt.timedelta(days=5))
    make_directive(bodies=[energy], deadline=today + dt.timedelta(days=5))
    rows = overview_by_body(today=today)
    assert [(r.name, r.open, r.overdue) for r in rows] == [
        ("Ministry of Energy", 2, 1),
        ("Ministry of Finance", 1, 0),
    ]
    assert rows[0].overdue_share == 0.5


def test_discipline_report_on_time_late_and_delay():
    zone = timezone.get_current_timezone()
    finance = body("Ministry of Finance")
    deadline = dt.date(2025, 3, 10)

    def done_on(day):
        return dt.datetime.combine(day, dt.time(18), tzinfo=zone)

    make_directive(bodies=[finance], deadline=deadline, status=Status.DONE,
                   completed_at=done_on(deadline))
    make_directive(bodies=[finance], deadline=deadline, status=Status.DONE,
                   completed_at=done_on(deadline + dt.timedelta(days=4)), issuer="President")
    make_directive(bodies=[finance], deadline=deadline, status=Status.DONE,
                   completed_at=done_on(deadline + dt.timedelta(days=2)))
    make_directive(bodies=[finance], deadline=deadline, status=Status.OPEN)
    make_directive(bodies=[finance], deadline=dt.date(2025, 6, 1), status=Status.OPEN)
    make_directive(bodies=[finance], deadline=deadline, status=Status.REJECTED)
    report = discipline_report(
        start=dt.date(2025, 3, 1), end=dt.date(2025, 3, 31), today=dt.date(2025, 7, 1)
    )
    (row,) = report.by_body
    assert (row.due, row.on_time, row.late, row.not_done) == (4, 1, 2, 1)
    assert row.average_delay == 3.0
    assert row.on_time_share == pytest.approx(1 / 3)
    by_issuer = {r.label: r for r in report.by_issuer}
    assert by_issuer["President"].late == 1
    assert by_issuer["Prime Minister"].due == 3
    assert report.total.due == 4


def test_overview_figures_are_cached_and_refreshed_after_a_dashboard_write(
    editor_client, settings
):
    settings.DASHBOARD_OVERVIEW_CACHE_SECONDS = 60
    today = timezone.localdate()
    d = make_directive(deadline=today - dt.timedelta(days=1))
    assert editor_client.get("/").context["counts"].overdue == 1
    make_directive(deadline=today - dt.timedelta(days=2))  # written elsewhere (admin)
    assert editor_client.get("/").context["counts"].overdue == 1  # cached
    editor_client.post(f"/directives/{d.pk}/status/", {"new_status": "done"})
    assert editor_client.get("/").context["counts"].overdue == 1  # fresh: 2 - 1 done
    assert b"Figures as of" in editor_client.get("/").content


def test_responses_say_how_long_the_server_took(viewer_client):
    timing = viewer_client.get("/")["Server-Timing"]
    assert timing.startswith("app;dur=") and float(timing.split("=")[1]) >= 0
