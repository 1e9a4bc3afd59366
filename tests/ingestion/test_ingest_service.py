"""ingest_articles: chunks, bulk writes, per-article atomicity, bounded queries."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tracker.directives.models import Article, Directive, DirectiveBody
from tracker.extraction.sources import InputError, SourceArticle
from tracker.ingestion import parallel
from tracker.ingestion.models import DirectiveExtraction
from tracker.ingestion.services import ingest_articles

pytestmark = pytest.mark.django_db

BODIES = ["Ministry of Energy", "Ministry of Finance", "Ministry of Healthcare",
          "Ministry of Transport", "Ministry of Education"]


def article(n: int, *, url: str | None = None, text: str | None = None) -> SourceArticle:
    body = BODIES[n % len(BODIES)]
    text = text or (
        f"At the Government session on item {n}, the Prime Minister instructed the {body} "
        f"to prepare report number {n} on regional programmes by October {1 + n % 28}.\n"
        f"The budget was executed at {n % 100} percent."
    )
    return SourceArticle(f"Session {n}", text, dt.date(2025, 9, 1) + dt.timedelta(days=n % 20),
                         False, url, "en", "gen.jsonl", n + 1)


def test_every_article_gets_its_directive_bodies_and_extractor_reading():
    report = ingest_articles(articles=[article(n) for n in range(12)], chunk_size=5)
    assert (report.new, report.duplicate, report.failed, report.directives_proposed) == (12, 0, 0, 12)
    assert Article.objects.count() == 12
    for directive in Directive.objects.select_related("article", "extraction"):
        n = int(directive.article.title.split()[1])
        assert directive.bodies.get().name == BODIES[n % len(BODIES)]
        assert directive.extraction.fields["lead"] == [BODIES[n % len(BODIES)]]
        assert directive.extraction.fields["deadline"] == f"2025-10-{1 + n % 28:02d}"
    assert sorted(report.article_ids) == sorted(Article.objects.values_list("pk", flat=True))


def test_duplicates_inside_one_batch_and_against_the_database_are_skipped():
    ingest_articles(articles=[article(1, url="https://news.example.kz/1")])
    report = ingest_articles(articles=[
        article(1),  # same text as the stored one
        article(2, url="https://news.example.kz/1"),  # same URL, other text
        article(3), article(3),  # twice in this batch
        article(4, text="   \n  "),  # no text
    ], chunk_size=2)
    assert (report.new, report.duplicate, report.failed) == (1, 3, 1)
    assert report.errors == ["gen.jsonl:5: the article has no text"]
    assert Article.objects.count() == 2


def test_bad_records_are_counted_and_the_batch_goes_on():
    items = [article(1), InputError("gen.jsonl", 2, "malformed JSON: Expecting value (column 1)"),
             article(3)]
    report = ingest_articles(articles=items)
    assert (report.new, report.failed) == (2, 1)
    assert report.errors == ["gen.jsonl:2: malformed JSON: Expecting value (column 1)"]


def test_queries_do_not_grow_with_the_number_of_articles():
    def count(numbers):
        with CaptureQueriesContext(connection) as ctx:
            ingest_articles(articles=[article(n) for n in numbers], chunk_size=200)
        return len(ctx.captured_queries)

    small = count(range(0, 10))
    large = count(range(100, 300))
    # Registry and body map once, then per chunk: one lookup and a few bulk inserts
    # (SQLite splits a bulk insert into batches of its variable limit).
    assert small <= 12, small
    assert large <= small + 6, (small, large)


def test_re_ingest_writes_nothing_and_skips_extraction():
    items = [article(n) for n in range(30)]
    ingest_articles(articles=items)
    with CaptureQueriesContext(connection) as ctx:
        report = ingest_articles(articles=items)
    assert (report.new, report.duplicate) == (0, 30)
    writes = [q["sql"] for q in ctx.captured_queries if q["sql"].lstrip().upper().startswith("INSERT")]
    assert writes == []


def test_an_article_stored_by_someone_else_mid_batch_counts_duplicate_and_the_chunk_survives(
    monkeypatch,
):
    """With the pool, chunk k+1 is read while chunk k is extracted: another writer that
    stores one of chunk k's articles then makes chunk k's bulk insert fail. The chunk is
    written again one article at a time: that article is a duplicate, the others are stored
    whole, and nothing is stored twice."""
    monkeypatch.setattr(parallel, "POOL_THRESHOLD", 1)
    first_chunk = [article(n) for n in range(4)]

    def items():
        yield from first_chunk
        # Chunk 1 has been looked up and sent for extraction; a concurrent ingest stores
        # one of its articles now.
        Article.objects.create(title="race", text=first_chunk[2].text,
                               published=dt.datetime(2025, 9, 1, tzinfo=dt.UTC), lang="en")
        yield from (article(n) for n in range(4, 8))

    report = ingest_articles(articles=items(), chunk_size=4, workers=2)
    assert (report.new, report.duplicate, report.failed) == (7, 1, 0)
    assert report.directives_proposed == 7
    assert Article.objects.count() == 8
    assert Directive.objects.count() == 7 == DirectiveExtraction.objects.count()
    raced = Article.objects.get(title="race")
    assert not raced.directives.exists()
    assert DirectiveBody.objects.count() == 7


@pytest.mark.parametrize(("cpus", "expected"), [(1, 1), (2, 1), (3, 2), (8, 4), (None, 1)])
def test_auto_workers_leave_a_cpu_to_the_writer(monkeypatch, cpus, expected):
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: cpus)
    assert parallel.auto_workers(0) == expected
    assert parallel.auto_workers(3) == 3
