"""In Chromium: upload a large file, confirm, and watch the htmx progress bar finish."""

from __future__ import annotations

import os

import pytest

from tests.ingestion.test_add_news_views import line
from tracker.directives.models import Article

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser, pytest.mark.celery]

CHROMIUM = "/usr/bin/chromium"


@pytest.fixture
def page(live_server, monkeypatch):
    if not os.path.exists(CHROMIUM):
        pytest.skip("Debian's chromium is not installed")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop beside the live server's ORM calls.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-background-networking"]
        )
        try:
            context = browser.new_context(base_url=live_server.url)
            yield context.new_page()
        finally:
            browser.close()
            # The test's ORM calls made while Playwright's loop runs get their own
            # connection (asgiref locals follow the context): close it, or PostgreSQL
            # refuses to drop the test database at the end of the session.
            from django.db import connections

            connections.close_all()


def test_upload_preview_save_and_progress_bar(page, live_server, client, make_user, settings,
                                              start_celery_worker, tmp_path):
    settings.INGEST_UPLOAD_INLINE_BYTES = 1000
    client.force_login(make_user("editor"))
    page.context.add_cookies([{"name": "sessionid", "value": client.cookies["sessionid"].value,
                               "url": live_server.url}])
    batch = tmp_path / "week.jsonl"
    batch.write_text("\n".join(line(n) for n in range(1, 31)) + "\n", encoding="utf-8")

    page.goto("/news/add/")
    page.locator("#upload input[type=file]").set_input_files(str(batch))
    page.locator("#upload input[name=source_name]").fill("kt.kz")
    page.get_by_role("button", name="Upload and preview").click()
    page.wait_for_url("**/news/jobs/*/")
    assert page.get_by_role("heading", name="Session 1").is_visible()
    assert page.get_by_text("complete repairs of heat networks in district 1").first.is_visible()

    page.get_by_role("button", name="Save these articles").click()
    page.wait_for_selector("#job-progress[hx-trigger]")
    assert page.locator("#job-progress h2").inner_text() == "Queued"
    # A marker survives only if the page is updated in place, not reloaded.
    page.evaluate("window.stillHere = true")

    start_celery_worker().wait_for("ingest_job_run_task", 1)
    page.wait_for_selector("#job-progress:not([hx-trigger])", timeout=15_000)
    assert page.locator("#job-progress h2").inner_text() == "Done"
    assert page.locator("#job-progress progress").get_attribute("value") == "100"
    assert "30 new, 0 duplicate, 0 failed; 30 directives proposed." in page.locator(
        "#job-progress").inner_text()
    assert page.evaluate("window.stillHere") is True
    assert Article.objects.filter(source_name="kt.kz").count() == 30
