"""Text search: PostgreSQL full-text search with its GIN index, icontains on SQLite."""

import pytest
from django.db import connection

from tests.dashboard.conftest import make_directive
from tracker.dashboard.search import SEARCH_INDEX_NAME, directive_search, uses_full_text_search
from tracker.directives.models import Directive

pytestmark = pytest.mark.django_db


def _found(words):
    return list(directive_search(Directive.objects.all(), words).values_list("task", flat=True))


def test_search_finds_words_in_task_sentence_and_issuer():
    make_directive(task="modernise the heating network", issuer="Prime Minister Bektenov")
    make_directive(task="build schools")
    assert _found("heating") == ["modernise the heating network"]
    assert _found("Bektenov") == ["modernise the heating network"]
    assert _found("budget") == ["modernise the heating network", "build schools"]  # sentence
    assert _found("  ") == ["modernise the heating network", "build schools"]


@pytest.mark.skipif(not uses_full_text_search(), reason="full-text search is PostgreSQL's")
def test_postgres_stems_russian_and_english_and_takes_web_syntax():
    make_directive(task="модернизировать тепловые сети в городах")
    make_directive(task="building new schools")
    assert _found("сетей") == ["модернизировать тепловые сети в городах"]
    assert _found("school") == ["building new schools"]
    assert _found('"new schools" -heating') == ["building new schools"]
    assert _found("schools -new") == []


@pytest.mark.skipif(not uses_full_text_search(), reason="the GIN index exists on PostgreSQL only")
def test_postgres_search_uses_the_gin_index():
    make_directive(task="modernise the heating network")
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = %s", [SEARCH_INDEX_NAME])
        assert "gin" in cursor.fetchone()[0].lower()
        cursor.execute("SET LOCAL enable_seqscan = off")
        queryset = directive_search(Directive.objects.all(), "heating")
        plan = queryset.explain()
    assert SEARCH_INDEX_NAME in plan, plan


@pytest.mark.skipif(not uses_full_text_search(), reason="the search column is PostgreSQL's")
def test_postgres_search_column_follows_every_write():
    """The trigger keeps the column right whoever writes: the ORM, bulk updates, raw SQL."""
    d = make_directive(task="modernise the heating network")
    Directive.objects.filter(pk=d.pk).update(task="build kindergartens")
    assert _found("heating") == [] and _found("kindergartens") == ["build kindergartens"]
    Directive.objects.filter(pk=d.pk).update(issuer="Akim Kassymbek")
    assert _found("Kassymbek") == ["build kindergartens"]
    Directive.objects.bulk_create([Directive(task="repair bridges", status="open")])
    assert _found("bridges") == ["repair bridges"]


def test_search_folds_the_case_of_cyrillic_and_kazakh_letters():
    """On SQLite too: its LIKE folds ASCII only, tracker.core.sqlite_like the rest."""
    make_directive(task="Минфину завершить аудит ЖКХ")
    make_directive(task="Әкімдіктерге жолдарды жөндеу")
    make_directive(task="build 50% of schools")
    assert _found("минфину") == ["Минфину завершить аудит ЖКХ"]
    assert _found("жкх") == ["Минфину завершить аудит ЖКХ"]
    assert _found("ӘКІМДІКТЕРГЕ") == ["Әкімдіктерге жолдарды жөндеу"]
    assert _found("50%") == ["build 50% of schools"]  # LIKE's wildcards stay literal
