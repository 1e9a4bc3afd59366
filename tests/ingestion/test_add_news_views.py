"""The "Add news" pages: permissions, paste preview and save, uploads, bad input, CSRF."""

from __future__ import annotations

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from tracker.directives.models import Article, Directive, Status
from tracker.ingestion.models import IngestJob

pytestmark = pytest.mark.django_db

ADD = "/news/add/"
TEXT = ("At the Government session, flood preparedness was reviewed.\n"
        "The Ministry of Emergency Situations, together with the akimats of the regions, must "
        "complete the clearing of river channels by April 1.")


def line(n: int, **extra) -> str:
    return json.dumps({"title": f"Session {n}", "published": "2026-03-12", "lang": "en",
                       "text": f"Item {n}. The Ministry of Energy must complete repairs of heat "
                               f"networks in district {n} by October 15.", **extra})


@pytest.fixture
def editor_client(client, make_user):
    client.force_login(make_user("editor", staff=False, perms=["directives.add_article"]))
    return client


def paste(client, action="preview", **fields):
    data = {"kind": "paste", "title": "Floods", "published": "2026-03-12", "lang": "",
            "url": "", "source_name": "primeminister.kz", "text": TEXT, "action": action}
    data.update(fields)
    return client.post(ADD, data)


def upload(client, name, content: bytes, **fields):
    data = {"kind": "upload", "format": "auto", "published": "", "lang": "", "source_name": "",
            "file": SimpleUploadedFile(name, content)}
    data.update(fields)
    return client.post(ADD, data)


def test_only_news_editors_get_in(client, make_user):
    response = client.get(ADD)
    assert response.status_code == 302 and response.url.startswith("/login/")
    client.force_login(make_user("reader", staff=False))
    assert client.get(ADD).status_code == 403
    client.force_login(make_user("boss", staff=True))
    assert client.get(ADD).status_code == 200


def test_add_page_renders_both_forms_in_the_site_layout(editor_client):
    html = editor_client.get(ADD).content.decode()
    assert '<html lang="en">' in html and "Directive Tracker" in html
    assert 'name="text"' in html and 'type="file"' in html
    assert 'enctype="multipart/form-data"' in html and "csrfmiddlewaretoken" in html


def test_paste_preview_shows_directives_and_stores_nothing(editor_client):
    response = paste(editor_client)
    assert response.status_code == 200
    html = response.content.decode()
    assert "complete the clearing of river channels" in html
    assert "Ministry of Emergency Situations" in html and "akimats" in html
    assert "1 Apr 2026" in html and "by April 1" in html
    assert 'value="save"' in html
    assert Article.objects.count() == 0


def test_paste_save_ingests_through_the_service(editor_client):
    response = paste(editor_client, action="save")
    assert response.status_code == 302 and response.url == ADD
    article = Article.objects.get()
    assert (article.title, article.source_name, article.lang) == ("Floods", "primeminister.kz", "en")
    directive = Directive.objects.get()
    assert directive.status == Status.PROPOSED
    assert [b.name for b in directive.lead_bodies()] == ["Ministry of Emergency Situations"]
    page = editor_client.get(ADD).content.decode()
    assert "Stored “Floods” with 1 proposed directive(s) for review." in page

    again = paste(editor_client, action="save")
    assert again.status_code == 302
    assert "stored already" in editor_client.get(ADD).content.decode()
    assert Article.objects.count() == 1
    # The preview says so before saving, too.
    assert "This article is stored already" in paste(editor_client).content.decode()


def test_paste_without_text_or_with_a_bad_date_is_a_400_form_error(editor_client):
    response = paste(editor_client, text="   ")
    assert response.status_code == 400
    assert "This field is required." in response.content.decode()
    response = paste(editor_client, published="12.03.2026x")
    assert response.status_code == 400
    assert "Enter a valid date." in response.content.decode()
    assert Article.objects.count() == 0


def test_csrf_is_enforced(make_user):
    client = Client(enforce_csrf_checks=True)
    client.force_login(make_user("editor", staff=True))
    response = paste(client, action="save")
    assert response.status_code == 403
    assert Article.objects.count() == 0
    page = client.get(ADD)
    token = page.cookies["csrftoken"].value
    assert paste(client, action="save", csrfmiddlewaretoken=token).status_code == 302


def test_small_upload_is_previewed_then_saved_in_the_request(editor_client):
    content = "\n".join([line(1), "{broken json", line(3)]).encode()
    response = upload(editor_client, "batch.jsonl", content, source_name="kt.kz")
    assert response.status_code == 302
    job = IngestJob.objects.get()
    assert response.url == f"/news/jobs/{job.pk}/"
    assert (job.status, job.total, job.filename) == ("pending", 3, "batch.jsonl")

    page = editor_client.get(response.url).content.decode()
    assert "Session 1" in page and "complete repairs of heat networks" in page
    assert "batch.jsonl:2: malformed JSON" in page
    assert Article.objects.count() == 0

    started = editor_client.post(f"/news/jobs/{job.pk}/start/")
    assert started.status_code == 302
    job.refresh_from_db()
    assert (job.status, job.new, job.failed, job.directives_proposed) == ("done", 2, 1, 2)
    assert job.payload == b""
    assert job.errors == ["batch.jsonl:2: malformed JSON: Expecting property name enclosed in "
                          "double quotes (column 2)"]
    page = editor_client.get(f"/news/jobs/{job.pk}/").content.decode()
    assert "2 new, 0 duplicate, 1 failed; 2 directives proposed." in page
    assert 'value="100"' in page and "hx-trigger" not in page
    assert set(Article.objects.values_list("source_name", flat=True)) == {"kt.kz"}
    # Starting twice does nothing.
    editor_client.post(f"/news/jobs/{job.pk}/start/")
    assert Article.objects.count() == 2


@pytest.mark.parametrize(
    ("name", "content", "fields", "message"),
    [
        ("empty.txt", b"", {}, "empty.txt: empty file"),
        ("blank.jsonl", b"\n\n  \n", {}, "blank.jsonl: empty file"),
        ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" * 100, {}, "photo.jpg: binary file"),
        ("mojibake.txt", b"\x98\x98 hello \x98 world " * 20, {"format": "text", "published": "2026-03-12"},
         "mojibake.txt: cannot decode: neither UTF-8 nor cp1251 text"),
        ("feed.xml", b"Service unavailable, not XML", {"format": "rss"},
         "feed.xml: not an RSS or Atom feed"),
        ("note.txt", b"Just a plain article without any date.", {},
         "note.txt: unknown format: no dump date lines and not JSON Lines"),
        ("bad.jsonl", b"{broken\n{also broken\n", {}, None),
    ],
)
def test_bad_uploads_are_a_400_naming_the_file(editor_client, name, content, fields, message):
    response = upload(editor_client, name, content, **fields)
    if message is None:  # every record bad: the job shows each line
        job = IngestJob.objects.get()
        page = editor_client.get(f"/news/jobs/{job.pk}/").content.decode()
        assert "bad.jsonl:1: malformed JSON" in page and "bad.jsonl:2: malformed JSON" in page
        return
    assert response.status_code == 400
    assert message in response.content.decode()
    assert IngestJob.objects.count() == 0 and Article.objects.count() == 0


def test_upload_over_the_limit_is_refused_naming_the_file(editor_client, settings):
    settings.INGEST_MAX_BYTES = 1000
    response = upload(editor_client, "big.jsonl", "\n".join(line(n) for n in range(20)).encode())
    assert response.status_code == 400
    assert "big.jsonl: file too large (3 KB; the limit is 1000 bytes, INGEST_MAX_BYTES)" in (
        response.content.decode())


def test_a_body_far_over_the_limit_is_refused_unread(editor_client, settings):
    settings.INGEST_MAX_BYTES = 1000
    response = upload(editor_client, "huge.jsonl", b"x" * 200_000)
    assert response.status_code == 413
    assert "The upload is 196 KB; the limit is 1000 bytes" in response.content.decode()


def test_uploaded_file_names_are_made_safe(editor_client):
    response = upload(editor_client, "../../etc/pass wd<>.jsonl", line(1).encode())
    assert response.status_code == 302
    assert IngestJob.objects.get().filename == "pass wd_.jsonl"


def test_every_job_url_renders_a_full_page_on_a_plain_get(editor_client, make_user):
    upload(editor_client, "batch.jsonl", line(1).encode())
    job = IngestJob.objects.get()
    base = f"/news/jobs/{job.pk}/"
    for url in (base, base + "progress/"):
        html = editor_client.get(url).content.decode()
        assert html.startswith("<!doctype html>") and "batch.jsonl" in html
    assert editor_client.get(base + "start/").url == base
    # Running: the fragment polls every second while the job is not finished.
    IngestJob.objects.filter(pk=job.pk).update(status="running", processed=1, total=4)
    fragment = editor_client.get(base + "progress/", headers={"HX-Request": "true"}).content.decode()
    assert not fragment.lstrip().startswith("<!doctype")
    assert 'hx-trigger="every 1s"' in fragment and 'value="25"' in fragment
    full = editor_client.get(base + "progress/").content.decode()
    assert full.startswith("<!doctype html>") and 'hx-trigger="every 1s"' in full
    IngestJob.objects.filter(pk=job.pk).update(status="done", processed=4)
    fragment = editor_client.get(base + "progress/", headers={"HX-Request": "true"}).content.decode()
    assert "hx-trigger" not in fragment and 'value="100"' in fragment

    other = Client()
    other.force_login(make_user("other", staff=False, perms=["directives.add_article"]))
    assert other.get(base).status_code == 404


def test_a_pending_upload_can_be_discarded(editor_client):
    upload(editor_client, "batch.jsonl", line(1).encode())
    job = IngestJob.objects.get()
    response = editor_client.post(f"/news/jobs/{job.pk}/discard/")
    assert response.status_code == 302
    assert not IngestJob.objects.exists() and not Article.objects.exists()


def test_sweep_requeues_lost_and_orphaned_jobs_and_drops_stale_uploads(
    editor_client, django_capture_on_commit_callbacks
):
    import datetime as dt

    from django.utils import timezone

    from tracker.ingestion.jobs import ingest_jobs_sweep

    for name in ("lost.jsonl", "orphan.jsonl", "fresh.jsonl", "stale.jsonl", "new.jsonl"):
        upload(editor_client, name, line(1).encode())
    jobs = {job.filename: job for job in IngestJob.objects.all()}
    now = timezone.now()
    IngestJob.objects.filter(pk=jobs["lost.jsonl"].pk).update(
        status="queued", created=now - dt.timedelta(hours=1))
    IngestJob.objects.filter(pk=jobs["orphan.jsonl"].pk).update(
        status="running", started_at=now - dt.timedelta(hours=1))
    IngestJob.objects.filter(pk=jobs["fresh.jsonl"].pk).update(status="queued")
    IngestJob.objects.filter(pk=jobs["stale.jsonl"].pk).update(created=now - dt.timedelta(days=2))

    with django_capture_on_commit_callbacks() as callbacks:
        requeued, deleted = ingest_jobs_sweep(now=now)
    assert sorted(requeued) == sorted([jobs["lost.jsonl"].pk, jobs["orphan.jsonl"].pk])
    assert len(callbacks) == 2 and deleted == 1
    assert not IngestJob.objects.filter(filename="stale.jsonl").exists()
    assert IngestJob.objects.filter(filename="new.jsonl", status="pending").exists()
    # The requeued orphan is claimed again and finished; a fresh queued job is not
    # taken twice.
    from tracker.ingestion.jobs import ingest_job_run

    ingest_job_run(job_id=jobs["orphan.jsonl"].pk)
    assert IngestJob.objects.get(pk=jobs["orphan.jsonl"].pk).status == "done"
    IngestJob.objects.filter(pk=jobs["new.jsonl"].pk).update(
        status="running", started_at=timezone.now())
    ingest_job_run(job_id=jobs["new.jsonl"].pk)
    assert IngestJob.objects.get(pk=jobs["new.jsonl"].pk).status == "running"
