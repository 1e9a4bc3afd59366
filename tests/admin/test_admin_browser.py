"""The admin pages that lean on JavaScript, driven in a real Chromium.

The unknown-names view borrows the admin's autocomplete widget outside a model form;
only a browser shows that its scripts load and that the chosen body is posted.
"""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.db import connections

from tests.admin.builders import LEAD, make_directive
from tracker.bodies.models import Body, BodyAlias

pytestmark = [
    pytest.mark.browser,
    # The live server runs in another thread: data must be committed. pytest-django runs
    # such tests after the others, so the registry the flush removes is not missed;
    # this test makes the bodies it needs.
    pytest.mark.django_db(transaction=True),
]


@pytest.fixture
def browser_page(live_server, monkeypatch):
    sync_api = pytest.importorskip("playwright.sync_api")
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=["--no-sandbox", "--disable-background-networking"],
        )
        try:
            page = browser.new_page()
            page.set_default_timeout(10_000)
            yield page
        finally:
            browser.close()
            # Playwright's sync API runs the test under its own context, where Django's
            # context-local connections are new ones: close them here, or the test
            # database cannot be dropped at the end of the session.
            connections.close_all()


def log_in(page, live_server) -> None:
    get_user_model().objects.create_superuser("editor", "editor@example.kz", "pw-editor-123")
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "pw-editor-123")
    page.click("input[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")


def test_unknown_name_merged_through_the_autocomplete(browser_page, live_server):
    page = browser_page
    target = Body.objects.create(name="Ministry of Browser Tests")
    BodyAlias.objects.create(body=target, name="MBTQZ")
    unknown = Body.objects.create(name="Browser tests ministry", needs_review=True)
    directive = make_directive(bodies=((unknown, LEAD),))
    log_in(page, live_server)

    page.goto(f"{live_server.url}/admin/bodies/body/")
    page.click("text=1 unknown name to review")
    page.check(f"#unknown-{unknown.pk}")
    page.click(".select2-selection")
    page.fill(".select2-search__field", "mbtqz")  # found by its alias
    page.click(".select2-results__option >> text=Ministry of Browser Tests")
    page.click("input[name=merge]")

    page.wait_for_selector("text=into Ministry of Browser Tests")
    assert not Body.objects.filter(pk=unknown.pk).exists()
    assert [b.name for b in directive.lead_bodies()] == ["Ministry of Browser Tests"]
    assert target.aliases.filter(name="Browser tests ministry").exists()
