"""A large upload runs as a Celery job in a real worker on the real Redis broker."""

from __future__ import annotations

import pytest

from tests.ingestion.test_add_news_views import line, upload
from tracker.directives.models import Article
from tracker.ingestion.models import IngestJob

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.celery]


def test_large_upload_is_queued_and_the_worker_reports_progress(
    client, make_user, celery_worker, settings
):
    settings.INGEST_UPLOAD_INLINE_BYTES = 1000
    client.force_login(make_user("editor"))
    content = "\n".join([*(line(n) for n in range(1, 41)), "{broken", line(1)]).encode()
    response = upload(client, "big.jsonl", content, source_name="kt.kz")
    job = IngestJob.objects.get()
    assert response.url == f"/news/jobs/{job.pk}/"
    assert "Files over 1000 bytes are stored in the background" in client.get(response.url).content.decode()

    client.post(f"/news/jobs/{job.pk}/start/")
    page = client.get(f"/news/jobs/{job.pk}/").content.decode()
    assert 'hx-trigger="every 1s"' in page or "Done" in page  # queued, or done already

    celery_worker.wait_for("ingest_job_run_task", 1)
    job.refresh_from_db()
    assert (job.status, job.total, job.processed) == ("done", 42, 42)
    assert (job.new, job.duplicate, job.failed, job.directives_proposed) == (40, 1, 1, 40)
    assert job.errors[0].startswith("big.jsonl:41: malformed JSON")
    assert job.payload == b"" and job.started_at and job.finished_at
    assert Article.objects.filter(source_name="kt.kz").count() == 40
    fragment = client.get(f"/news/jobs/{job.pk}/progress/", headers={"HX-Request": "true"})
    html = fragment.content.decode()
    assert "hx-trigger" not in html and 'value="100"' in html
    assert "40 new, 1 duplicate, 1 failed; 40 directives proposed." in html
