import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from django.utils import timezone

from tests.admin.builders import make_directive
from tracker.ingestion.models import DirectiveSuggestion, IngestJob, Source

pytestmark = pytest.mark.django_db

SOURCES = "/admin/ingestion/source/"
FEED_ERROR = "https://gov.example.kz/rss: HTTP 503 <Service Unavailable>\nitem 3: no text"


def texts(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def source(name, *, polled=None, success=None, error=""):
    return Source.objects.create(
        name=name, feed_url=f"https://{name}.example.kz/rss", last_polled_at=polled,
        last_success_at=success, last_error=error,
    )


@pytest.fixture
def sources():
    now = timezone.now()
    earlier = now - dt.timedelta(hours=1)
    return {
        "down": source("down", polled=now, success=earlier, error=FEED_ERROR),
        "errors": source("items", polled=now, success=now, error="item 3: no text"),
        "ok": source("clean", polled=now, success=now),
        "never": source("new"),
    }


@pytest.mark.parametrize(
    ("state", "expected"),
    [("down", {"down"}), ("errors", {"down", "errors"}), ("ok", {"ok"}), ("never", {"never"})],
)
def test_sources_filter_by_the_state_of_their_last_poll(editor_client, sources, state, expected):
    response = editor_client.get(SOURCES, {"state": state})
    assert {s.pk for s in response.context["cl"].result_list} == {
        sources[key].pk for key in expected
    }


def test_last_error_first_line_in_the_list_and_whole_on_hover(editor_client, sources):
    html = editor_client.get(SOURCES).content.decode()
    assert "https://gov.example.kz/rss: HTTP 503 &lt;Service Unavailable&gt;…" in html
    assert 'title="https://gov.example.kz/rss: HTTP 503 &lt;Service Unavailable&gt;\nitem 3' in (
        html
    )
    assert "<Service Unavailable>" not in html


def test_poll_now_queues_one_task_per_source_after_commit(
    editor_client, sources, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = editor_client.post(
            SOURCES,
            {"action": "poll_now", "_selected_action": [sources["down"].pk, sources["ok"].pk]},
            follow=True,
        )
    assert "2 sources queued for polling." in texts(response)
    assert len(callbacks) == 2


def test_viewer_cannot_poll(viewer_client, sources, django_capture_on_commit_callbacks):
    assert viewer_client.get(SOURCES).context["action_form"] is None
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        viewer_client.post(SOURCES, {"action": "poll_now", "_selected_action": [sources["ok"].pk]})
    assert callbacks == []


def test_ingestion_lists_stay_bounded_with_1000_rows(editor_client, django_assert_max_num_queries):
    users = get_user_model().objects.bulk_create(
        get_user_model()(username=f"uploader{n}") for n in range(10)
    )
    Source.objects.bulk_create(
        Source(name=f"source {n}", feed_url=f"https://s{n}.example.kz/rss",
               last_error="" if n % 3 else FEED_ERROR)
        for n in range(1000)
    )
    IngestJob.objects.bulk_create(
        IngestJob(filename=f"dump{n}.txt", created_by=users[n % 10], payload=b"x" * 1000)
        for n in range(1000)
    )
    directives = [make_directive(task=f"task {n}") for n in range(10)]
    DirectiveSuggestion.objects.bulk_create(
        DirectiveSuggestion(directive=directives[n % 10], task=f"better {n}",
                            resolved_at=timezone.now(), resolution="dismissed")
        for n in range(1000)
    )
    for url in [SOURCES, "/admin/ingestion/ingestjob/", "/admin/ingestion/directivesuggestion/"]:
        editor_client.get(url)
        with django_assert_max_num_queries(8):
            response = editor_client.get(url)
        assert len(response.context["cl"].result_list) == 100, url
