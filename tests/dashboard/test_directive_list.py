import datetime as dt
import re

import pytest
from django.utils import timezone

from tests.dashboard.conftest import body, make_article, make_directive
from tracker.dashboard.views import PAGE_SIZE
from tracker.directives.models import Directive, Role, Status, StatusChange

pytestmark = pytest.mark.django_db


def ids(response):
    return [d.pk for d in response.context["page"].object_list]


def test_full_page_and_htmx_results(viewer_client, htmx):
    make_directive(task="build schools")
    page = viewer_client.get("/directives/")
    assert page.status_code == 200
    assert b"<html" in page.content and b'id="filters"' in page.content
    assert b"build schools" in page.content
    fragment = viewer_client.get("/directives/", {"q": "schools"}, **htmx)
    assert fragment.status_code == 200
    assert b"<html" not in fragment.content and b'id="filters"' not in fragment.content
    assert b"build schools" in fragment.content
    assert "HX-Request" in fragment["Vary"]


def test_history_restore_gets_the_full_page(viewer_client):
    """Back after htmx navigation: htmx asks with HX-History-Restore-Request (and, with
    historyRestoreAsHxRequest false, without HX-Request); either way the full page."""
    response = viewer_client.get(
        "/directives/", {"status": "open"},
        HTTP_HX_REQUEST="true", HTTP_HX_HISTORY_RESTORE_REQUEST="true",
    )
    assert b"<html" in response.content and b'id="filters"' in response.content


def test_pushed_url_keeps_filters_in_the_form(viewer_client):
    response = viewer_client.get("/directives/", {"status": "open", "q": "budget"})
    assert b'<option value="open" selected>' in response.content
    assert b'value="budget"' in response.content


def test_filters(viewer_client):
    today = timezone.localdate()
    finance, energy = body("Ministry of Finance"), body("Ministry of Energy")
    lead = make_directive(bodies=[finance], deadline=today + dt.timedelta(days=10))
    co = make_directive(bodies=[energy], co_executors=[finance], issuer="President")
    overdue = make_directive(bodies=[energy], deadline=today - dt.timedelta(days=1))
    done = make_directive(status=Status.DONE, deadline=today - dt.timedelta(days=3))
    ru = make_directive(article=make_article(lang="ru", source_name="tengrinews"),
                        task="подготовить бюджет")

    def get(**params):
        return sorted(ids(viewer_client.get("/directives/", params)))

    assert get(body=finance.pk) == [lead.pk, co.pk]
    assert get(body=finance.pk, role=Role.LEAD) == [lead.pk]
    assert get(body=finance.pk, role=Role.CO_EXECUTOR) == [co.pk]
    assert get(issuer="President") == [co.pk]
    assert get(status="done") == [done.pk]
    assert done.pk not in get(status="active")
    assert get(overdue="on") == [overdue.pk]
    assert get(no_deadline="on") == [co.pk, ru.pk]
    assert get(deadline_from=today.isoformat()) == [lead.pk]
    assert get(deadline_to=(today - dt.timedelta(days=2)).isoformat()) == [done.pk]
    assert get(lang="ru") == [ru.pk]
    assert get(source="tengrinews") == [ru.pk]
    assert get(q="бюджет") == [ru.pk]
    # A bad value is ignored rather than failing the page.
    assert len(get(deadline_from="not-a-date", body="999999")) == 5


def test_text_search_needs_every_word(viewer_client):
    a = make_directive(task="modernise the heating network in Ekibastuz")
    make_directive(task="modernise the schools")
    assert ids(viewer_client.get("/directives/", {"q": "heating modernise"})) == [a.pk]


def test_sorting(viewer_client):
    today = timezone.localdate()
    late = make_directive(deadline=today + dt.timedelta(days=20))
    soon = make_directive(deadline=today + dt.timedelta(days=2))
    none = make_directive()
    assert ids(viewer_client.get("/directives/")) == [soon.pk, late.pk, none.pk]
    assert ids(viewer_client.get("/directives/", {"sort": "-deadline"})) == [
        late.pk, soon.pk, none.pk
    ]
    assert ids(viewer_client.get("/directives/", {"sort": "-created"}))[0] == none.pk


def test_pagination_keeps_filters(viewer_client, htmx):
    article = make_article()
    Directive.objects.bulk_create(
        Directive(article=article, task=f"task {i}", status=Status.OPEN)
        for i in range(PAGE_SIZE + 3)
    )
    first = viewer_client.get("/directives/", {"status": "open"})
    assert len(ids(first)) == PAGE_SIZE
    next_url = re.search(r'href="([^"]+)"[^>]*rel="next"', first.content.decode()).group(1)
    assert "status=open" in next_url and "after=" in next_url
    second = viewer_client.get(next_url.replace("&amp;", "&"), **htmx)
    assert len(ids(second)) == 3
    # ?page=N still works (OFFSET), and an out-of-range page shows the last one.
    assert len(ids(viewer_client.get("/directives/", {"status": "open", "page": 2}))) == 3
    assert viewer_client.get("/directives/", {"page": 99}).status_code == 200
    assert viewer_client.get("/directives/", {"after": "garbage"}).status_code == 200


def _walk(client, params, direction="next"):
    """Every page from the first, following the Next links (then back with Previous)."""
    response = client.get("/directives/", params)
    pages = [ids(response)]
    seen = 0
    while True:
        match = re.search(rf'href="([^"]+)"[^>]*rel="{direction}"', response.content.decode())
        if not match:
            return pages, response
        response = client.get(match.group(1).replace("&amp;", "&"))
        pages.append(ids(response))
        seen += 1
        assert seen < 50


@pytest.mark.parametrize("sort", ["", "-deadline", "created", "-created", "status"])
def test_keyset_pages_cover_the_list_in_order_both_ways(viewer_client, sort):
    """Deadlines repeat and some are missing (sorted last): every row once, in order."""
    today = timezone.localdate()
    article = make_article()
    Directive.objects.bulk_create(
        Directive(article=article, task=f"task {i}", status=Status.OPEN,
                  deadline=None if i % 5 == 0 else today + dt.timedelta(days=i % 7))
        for i in range(2 * PAGE_SIZE + 7)
    )
    expected_order = {
        "": ("deadline", "id"), "-deadline": ("-deadline", "-id"), "created": ("created", "id"),
        "-created": ("-created", "-id"), "status": ("status", "deadline", "id"),
    }[sort]
    from django.db.models import F

    order = [F("deadline").asc(nulls_last=True) if key == "deadline" else
             F("deadline").desc(nulls_last=True) if key == "-deadline" else key
             for key in expected_order]
    expected = list(Directive.objects.order_by(*order).values_list("id", flat=True))
    params = {"sort": sort} if sort else {}
    pages, last = _walk(viewer_client, params)
    assert [pk for page in pages for pk in page] == expected
    assert len(pages) == 3
    back, _ = _walk_back(viewer_client, last)
    assert [pk for page in reversed(back) for pk in page] == expected


def _walk_back(client, response):
    pages = [ids(response)]
    while True:
        match = re.search(r'href="([^"]+)"[^>]*rel="prev"', response.content.decode())
        if not match:
            return pages, response
        response = client.get(match.group(1).replace("&amp;", "&"))
        pages.append(ids(response))
        assert len(pages) < 50


def test_filtered_count_is_capped(viewer_client, monkeypatch):
    from tracker.dashboard import pagination

    monkeypatch.setattr(pagination, "COUNT_CAP", 5)
    for _ in range(7):
        make_directive(status=Status.OPEN)
    assert b"more than 5 directives" in viewer_client.get("/directives/", {"status": "open"}).content
    assert b"7 directives" in viewer_client.get("/directives/").content


def test_bulk_asks_then_acts(editor_client, htmx):
    proposed = [make_directive(status=Status.PROPOSED) for _ in range(3)]
    data = {"action": "accept", "ids": [d.pk for d in proposed]}
    ask = editor_client.post("/directives/bulk/", data, **htmx)
    assert ask.status_code == 200
    assert b"Accept 3 directives?" in ask.content
    assert Directive.objects.filter(status=Status.PROPOSED).count() == 3
    done = editor_client.post("/directives/bulk/", {**data, "confirm": "1"}, **htmx)
    assert b"3 directives changed" in done.content
    assert done["HX-Trigger"] == "directives-changed"
    assert Directive.objects.filter(status=Status.OPEN).count() == 3
    assert StatusChange.objects.filter(new_status=Status.OPEN).count() == 3


def test_bulk_done_reports_those_that_cannot_move(editor_client):
    open_one = make_directive(status=Status.OPEN)
    proposed = make_directive(status=Status.PROPOSED)
    response = editor_client.post(
        "/directives/bulk/",
        {"action": "done", "ids": [open_one.pk, proposed.pk], "confirm": "1",
         "back": "/directives/?status=open"},
    )
    assert response.status_code == 302 and response.url == "/directives/?status=open"
    open_one.refresh_from_db()
    proposed.refresh_from_db()
    assert (open_one.status, proposed.status) == (Status.DONE, Status.PROPOSED)
    messages = [str(m) for m in response.wsgi_request._messages]
    assert any(f"#{proposed.pk}" in m for m in messages)


def test_bulk_without_js_shows_a_confirmation_page(editor_client):
    d = make_directive(status=Status.PROPOSED)
    response = editor_client.post("/directives/bulk/", {"action": "accept", "ids": [d.pk]})
    assert response.status_code == 200 and b"<html" in response.content
    assert b'name="confirm" value="1"' in response.content


def test_bulk_back_must_be_local(editor_client):
    d = make_directive(status=Status.PROPOSED)
    response = editor_client.post(
        "/directives/bulk/",
        {"action": "accept", "ids": [d.pk], "confirm": "1", "back": "https://evil.example/"},
    )
    assert response.url == "/directives/"
