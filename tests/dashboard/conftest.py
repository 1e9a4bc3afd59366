"""Builders for the dashboard tests: users in the role groups and small directives."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.test import Client
from django.utils import timezone

from tracker.bodies.models import Body
from tracker.directives.models import Article, Directive, DirectiveBody, Role, Status

_counter = itertools.count(1)


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()


def make_user(username: str, group: str | None = None, **extra):
    user = get_user_model().objects.create_user(
        username, email=f"{username}@example.kz", password="pw-" + username, **extra
    )
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def viewer(db):
    return make_user("viewer", "Viewers")


@pytest.fixture
def editor(db):
    return make_user("editor", "Editors")


@pytest.fixture
def viewer_client(viewer):
    client = Client()
    client.force_login(viewer)
    return client


@pytest.fixture
def editor_client(editor):
    client = Client()
    client.force_login(editor)
    return client


@pytest.fixture
def htmx():
    """Headers of an htmx request."""
    return {"HTTP_HX_REQUEST": "true"}


def make_article(**fields) -> Article:
    n = next(_counter)
    defaults = {
        "title": f"Government meeting {n}",
        "text": f"Intro {n}. The Ministry of Finance must prepare the budget by 1 May. Outro.",
        "published": timezone.now() - dt.timedelta(days=1),
        "lang": "en",
        "source_name": "kt.kz",
        "url": f"https://kt.kz/news/{n}",
    }
    defaults.update(fields)
    return Article.objects.create(**defaults)


def make_directive(
    *, article: Article | None = None, bodies=(), co_executors=(), **fields
) -> Directive:
    article = article or make_article()
    sentence = "The Ministry of Finance must prepare the budget by 1 May."
    start = article.text.find(sentence)
    defaults = {
        "article": article,
        "task": "prepare the budget",
        "issuer": "Prime Minister",
        "status": Status.OPEN,
        "sentence": sentence,
        "sentence_start": start if start >= 0 else None,
        "sentence_end": start + len(sentence) if start >= 0 else None,
    }
    defaults.update(fields)
    directive = Directive.objects.create(**defaults)
    for position, body in enumerate(bodies):
        DirectiveBody.objects.create(directive=directive, body=body, role=Role.LEAD,
                                     position=position)
    for position, body in enumerate(co_executors):
        DirectiveBody.objects.create(directive=directive, body=body, role=Role.CO_EXECUTOR,
                                     position=position)
    return directive


def body(name: str) -> Body:
    found = Body.objects.filter(name__iexact=name).first()
    return found or Body.objects.create(name=name, kind=Body.Kind.MINISTRY)
