import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from tracker.directives.models import Article, Directive, Status

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client):
    user = get_user_model().objects.create_user("analyst", password="pw-analyst-123")
    client.force_login(user)
    return client


def test_anonymous_is_sent_to_login(client):
    response = client.get("/")
    assert response.status_code == 302
    assert response.url.startswith("/login/")


def test_overview_counts_directives(staff_client):
    today = timezone.localdate()
    article = Article.objects.create(
        title="t", text="text", published=timezone.now(), lang="en"
    )
    Directive.objects.create(
        article=article, task="a", status=Status.OPEN, deadline=today - dt.timedelta(days=2)
    )
    Directive.objects.create(
        article=article, task="b", status=Status.OPEN, deadline=today + dt.timedelta(days=3)
    )
    Directive.objects.create(article=article, task="c", status=Status.PROPOSED)
    response = staff_client.get("/")
    assert response.status_code == 200
    counts = response.context["counts"]
    assert (counts.overdue, counts.due_7_days, counts.due_30_days) == (1, 1, 1)
    assert (counts.awaiting_review, counts.no_deadline) == (1, 0)


def test_login_page_renders_and_logs_in(client):
    get_user_model().objects.create_user("analyst", password="pw-analyst-123")
    assert client.get("/login/").status_code == 200
    response = client.post("/login/", {"username": "analyst", "password": "pw-analyst-123"})
    assert response.status_code == 302
    assert client.get("/").status_code == 200


def test_admin_login_page_is_served(client):
    assert client.get("/admin/login/").status_code == 200
