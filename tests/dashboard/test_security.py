"""Article text and titles come from news sites and pastes: they must render inert.
htmx posts carry the CSRF token from <body hx-headers>, and without it are refused."""

import re

import pytest
from django.test import Client

from tests.dashboard.conftest import make_article, make_directive
from tracker.directives.models import Status

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert('x')</script>"
ATTR = '"><img src=x onerror=alert(1)>'


@pytest.fixture
def hostile():
    text = f"Intro {SCRIPT}. The Ministry of Finance must {ATTR} prepare the budget. {SCRIPT}"
    article = make_article(title=f"Title {SCRIPT} {ATTR}", text=text,
                           url="https://kt.kz/x?a=\"><script>")
    sentence = f"The Ministry of Finance must {ATTR} prepare the budget."
    start = text.index(sentence)
    return make_directive(
        article=article, task=f"task {ATTR} {SCRIPT}", issuer=ATTR, sentence=sentence,
        sentence_start=start, sentence_end=start + len(sentence), status=Status.PROPOSED,
        deadline_text=SCRIPT,
    )


def _assert_inert(html: str):
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert 'onerror=alert(1)>' not in html or "&quot;&gt;&lt;img" in html
    # Only our own scripts: htmx from django-htmx and static/js.
    for tag in re.findall(r"<script[^>]*>", html):
        assert "src=" in tag


@pytest.mark.parametrize("url", ["/directives/{id}/", "/review/", "/directives/",
                                 "/directives/?q=task", "/", "/calendar/"])
def test_hostile_text_renders_inert(viewer_client, hostile, url):
    html = viewer_client.get(url.format(id=hostile.pk)).content.decode()
    _assert_inert(html)


def test_detail_escapes_every_part_around_the_highlight(viewer_client, hostile):
    html = viewer_client.get(f"/directives/{hostile.pk}/").content.decode()
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert '<mark id="evidence">The Ministry of Finance must &quot;&gt;&lt;img src=x onerror=alert(1)&gt;' in html


def test_inline_edit_fragments_escape(editor_client, hostile, htmx):
    html = editor_client.get(f"/directives/{hostile.pk}/edit/task/", **htmx).content.decode()
    _assert_inert(html)
    html = editor_client.get(f"/directives/{hostile.pk}/field/issuer/", **htmx).content.decode()
    _assert_inert(html)


@pytest.fixture
def csrf_client(editor):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    return client


@pytest.mark.parametrize(
    ("url", "data"),
    [
        ("/directives/{id}/status/", {"new_status": "open"}),
        ("/review/{id}/accept/", {}),
        ("/directives/{id}/edit/task/", {"task": "x"}),
        ("/directives/{id}/watch/", {"action": "watch"}),
        ("/directives/bulk/", {"action": "accept", "ids": "{id}", "confirm": "1"}),
    ],
)
def test_htmx_posts_need_the_csrf_token(csrf_client, url, data):
    directive = make_directive(status=Status.PROPOSED)
    url = url.format(id=directive.pk)
    data = {k: v.format(id=directive.pk) for k, v in data.items()}
    refused = csrf_client.post(url, data, HTTP_HX_REQUEST="true")
    assert refused.status_code == 403
    directive.refresh_from_db()
    assert directive.status == Status.PROPOSED

    # The page puts the token in <body hx-headers>, which htmx sends as X-CSRFToken.
    page = csrf_client.get(f"/directives/{directive.pk}/").content.decode()
    token = re.search(r'hx-headers=\'\{"X-CSRFToken": "([^"]+)"\}\'', page).group(1)
    allowed = csrf_client.post(url, data, HTTP_HX_REQUEST="true", HTTP_X_CSRFTOKEN=token)
    assert allowed.status_code in (200, 302)
