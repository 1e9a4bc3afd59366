"""The beat task through a real Celery worker on the real Redis broker: every due source
is polled by its own task, and a broken one does not stop the others."""

from __future__ import annotations

import pytest

from tests.ingestion.test_feeds import ENERGY, FINANCE, feed, item
from tracker.directives.models import Article, Directive
from tracker.ingestion.models import Source
from tracker.ingestion.tasks import sources_poll_due_task

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.celery]


def test_beat_task_polls_each_due_source_in_the_worker(http_server, celery_worker, settings):
    settings.INGEST_FETCH_TIMEOUT = 1
    http_server.serve("/gov.xml", feed(item(http_server, 1, sentence=ENERGY),
                                       item(http_server, 2, sentence=FINANCE)))
    http_server.serve("/broken.xml", "Service temporarily unavailable, not XML at all")
    http_server.serve("/slow.xml", feed(), delay=10)
    gov = Source.objects.create(name="Gov News", feed_url=http_server.url("/gov.xml"))
    broken = Source.objects.create(name="Broken", feed_url=http_server.url("/broken.xml"))
    slow = Source.objects.create(name="Slow", feed_url=http_server.url("/slow.xml"))
    Source.objects.create(name="Off", feed_url=http_server.url("/off.xml"), active=False)

    sources_poll_due_task.delay()
    celery_worker.wait_for("sources_poll_due_task", 1)
    celery_worker.wait_for("source_poll_task", 3)

    assert Article.objects.filter(source_name="Gov News").count() == 2
    assert Directive.objects.filter(article__source_name="Gov News").count() == 2
    for source in (gov, broken, slow):
        source.refresh_from_db()
        assert source.last_polled_at is not None
    assert gov.last_error == ""
    assert broken.last_error.startswith(f"{broken.feed_url}: not an RSS or Atom feed")
    assert slow.last_error == f"{slow.feed_url}: timed out after 1 s"
    assert "/off.xml" not in http_server.hits
    assert celery_worker.done.count("source_poll_task") == 3
