"""The review queue's data operations on ingested directives, including the same
instruction reported in English and in Russian (merge across languages)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.auth import get_user_model

from tracker.directives.models import Directive, Status
from tracker.directives.review import (
    DirectiveEdit,
    directive_accept,
    directive_edit_and_accept,
    directive_merge,
    directive_reject,
)
from tracker.extraction.sources import SourceArticle
from tracker.ingestion.reextract import articles_reextract
from tracker.ingestion.selectors import directive_suggestion_get
from tracker.ingestion.services import ingest_articles

pytestmark = pytest.mark.django_db

EN = ("The Prime Minister instructed the Ministry of Energy, together with the akimats, "
      "to complete repairs of heat networks by October 15.")
RU = ("Премьер-министр поручил Министерству энергетики совместно с акиматами завершить "
      "ремонт тепловых сетей до 15 октября.")


@pytest.fixture
def editor():
    return get_user_model().objects.create_user("editor", password="x" * 12)


def ingest(text, title, lang, url):
    report = ingest_articles(articles=[SourceArticle(
        title, text, dt.date(2025, 9, 9), False, url, lang, "test", 1)])
    assert report.new == 1
    return Directive.objects.get(article_id=report.article_ids[0])


def test_same_instruction_in_english_and_russian_is_merged(editor):
    en = ingest(EN, "Heat networks", "en", "https://primeminister.kz/en/news/1")
    ru = ingest(RU, "Теплосети", "ru", "https://primeminister.kz/ru/news/1")
    assert en.article.lang == "en" and ru.article.lang == "ru"
    # The registry maps both languages to the same bodies.
    assert [b.name for b in en.bodies.all()] == [b.name for b in ru.bodies.all()]
    assert en.deadline == ru.deadline == dt.date(2025, 10, 15)

    directive_accept(directive=en, user=editor)
    directive_merge(keep=en, duplicate=ru, user=editor)
    ru.refresh_from_db()
    assert (ru.status, ru.duplicate_of) == (Status.REJECTED, en)
    assert ru.status_changes.last().comment == f"Duplicate of #{en.pk}"
    assert en.body_links.count() == 2

    # Re-extraction leaves both alone: one is curated, the other a merged duplicate.
    report = articles_reextract()
    assert (report.updated, report.added, report.restored, report.suggested) == (0, 0, 0, 0)
    ru.refresh_from_db()
    assert ru.status == Status.REJECTED and directive_suggestion_get(directive_id=ru.pk) is None


def test_edit_and_accept_then_reextract_keeps_the_edit(editor):
    en = ingest(EN, "Heat networks", "en", None)
    directive_edit_and_accept(
        directive=en, user=editor,
        edit=DirectiveEdit(task="repair the heat networks", deadline=dt.date(2025, 10, 31),
                           deadline_reason="Government decree says October 31"),
    )
    articles_reextract()
    en.refresh_from_db()
    assert (en.task, en.deadline, en.status) == ("repair the heat networks",
                                                  dt.date(2025, 10, 31), Status.OPEN)
    assert directive_suggestion_get(directive_id=en.pk) is None


def test_rejected_with_reason_is_not_brought_back(editor):
    en = ingest(EN, "Heat networks", "en", None)
    directive_reject(directive=en, user=editor, reason="A plan, not an instruction")
    report = articles_reextract()
    en.refresh_from_db()
    assert en.status == Status.REJECTED
    assert (report.restored, report.added) == (0, 0)
