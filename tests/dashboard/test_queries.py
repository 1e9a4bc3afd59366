"""A constant number of queries per page, however many rows: measured with few rows and
with many, both under the same ceiling."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.dashboard.conftest import body, make_directive
from tracker.dashboard.models import CalendarFeed
from tracker.directives.models import Status
from tracker.reminders.models import Subscription

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_overview_cache(settings):
    """Count the queries of the overview as computed, not as served from the cache."""
    settings.DASHBOARD_OVERVIEW_CACHE_SECONDS = 0

# Ceilings per page, for an editor (the role that sees most). Session, user and
# permission lookups are part of every request and included.
CEILINGS = {
    "overview": 13,
    "list": 8,
    "list_search": 8,
    "list_htmx": 8,
    "detail": 10,
    "review": 9,
    "calendar": 8,
    "export_csv": 6,
    "feed": 6,
}


def _populate(n: int, user):
    today = timezone.localdate()
    bodies = [body(f"Ministry {i}") for i in range(4)]
    directives = []
    for i in range(n):
        d = make_directive(
            bodies=[bodies[i % 4]], co_executors=[bodies[(i + 1) % 4]],
            deadline=today + dt.timedelta(days=i - n // 2),
            status=[Status.OPEN, Status.PROPOSED, Status.DONE, Status.IN_PROGRESS][i % 4],
            completed_at=timezone.now() if i % 4 == 2 else None,
        )
        directives.append(d)
    Subscription.objects.create(user=user, body=bodies[0])
    Subscription.objects.create(user=user, directive=directives[0])
    return directives


def _urls(directives, token):
    first = directives[0]
    proposed = next(d for d in directives if d.status == Status.PROPOSED)
    return {
        "overview": "/",
        "list": "/directives/",
        "list_search": "/directives/?q=budget&status=active&body=1&sort=-deadline",
        "list_htmx": "/directives/?page=1",
        "detail": f"/directives/{first.pk}/",
        "review": f"/review/{proposed.pk}/",
        "calendar": "/calendar/",
        "export_csv": "/directives/export.csv",
        "feed": f"/calendar/feed/{token}.ics",
    }


def _count(client, url, **headers):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **headers)
        if hasattr(response, "streaming_content"):
            b"".join(response.streaming_content)
    assert response.status_code == 200, url
    return len(queries)


@pytest.mark.parametrize("rows", [4, 40])
def test_queries_per_page_do_not_grow_with_rows(editor_client, editor, rows,
                                                django_assert_max_num_queries):
    directives = _populate(rows, editor)
    token = CalendarFeed.objects.create(user=editor).token
    for name, url in _urls(directives, token).items():
        headers = {"HTTP_HX_REQUEST": "true"} if name == "list_htmx" else {}
        editor_client.get(url, **headers)  # warm the caches of filter menus
        with django_assert_max_num_queries(CEILINGS[name]):
            response = editor_client.get(url, **headers)
            if hasattr(response, "streaming_content"):
                b"".join(response.streaming_content)
        assert response.status_code == 200


def test_counts_are_equal_for_few_and_many_rows(editor_client, editor):
    few = _populate(4, editor)
    token = CalendarFeed.objects.create(user=editor).token
    urls = _urls(few, token)
    editor_client.get("/directives/")
    small = {name: _count(editor_client, url) for name, url in urls.items()}
    for _ in range(40):
        make_directive(bodies=[body("Ministry 1")], co_executors=[body("Ministry 2")],
                       deadline=timezone.localdate() + dt.timedelta(days=3))
    large = {name: _count(editor_client, url) for name, url in urls.items()}
    assert small == large, (small, large)
