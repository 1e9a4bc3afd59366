"""Polling RSS/Atom sources: fetch the feed, the pages of new items, and ingest them.

* ``sources_poll_due(*, now=None)``: the beat task's work. Claims every active source
  whose ``next_poll_at`` has come with a conditional UPDATE (so a second beat or a slow
  poll never queues a source twice) and enqueues one ``source_poll_task`` per source
  when the transaction commits. Returns the claimed ids.
* ``source_poll(*, source_id)``: poll one source now. The feed is fetched with the
  source's ETag / Last-Modified (an unchanged feed is a 304 and costs nothing); items
  whose URL is already stored are skipped without fetching their page; the page of each
  new item is fetched (timeout and size limit from settings) and its article text taken
  with trafilatura. When the page fails, or has no article text, the feed's own summary
  is ingested instead and the error is recorded. Articles go through ``ingest_articles``
  like any file. Every outcome is written on the Source row: ``last_polled_at``,
  ``last_success_at`` (the feed itself was read), ``last_error`` (empty when all went
  well) and ``last_report``. It never raises for a bad feed or page, so one failing
  source never stops the others.

A poll stops fetching pages after ``INGEST_FEED_POLL_BUDGET_SECONDS``; the items it did
not reach are not stored and come again on the next poll.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from dataclasses import dataclass, field
from functools import partial

import trafilatura
from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from tracker.directives.models import Article
from tracker.extraction.sources import InputError, SourceArticle
from tracker.ingestion.fetch import FetchError, fetch_url
from tracker.ingestion.models import Source
from tracker.ingestion.readers import (
    entry_published,
    entry_summary_text,
    html_to_text,
    parse_feed,
)
from tracker.ingestion.services import IngestReport, ingest_articles

logger = logging.getLogger(__name__)

MAX_ERROR_CHARS = 4000


@dataclass
class PollReport:
    source: str
    not_modified: bool = False
    items: int = 0
    known: int = 0
    deferred: int = 0
    from_summary: int = 0
    ingest: IngestReport = field(default_factory=IngestReport)
    errors: list[str] = field(default_factory=list)

    def summary(self) -> str:
        if self.not_modified:
            return "feed not modified"
        parts = [
            f"{self.items} items: {self.known} already stored",
            self.ingest.summary(),
        ]
        if self.from_summary:
            parts.append(f"{self.from_summary} from the feed's summary")
        if self.deferred:
            parts.append(f"{self.deferred} left for the next poll")
        return "; ".join(parts)


def sources_poll_due(*, now: dt.datetime | None = None) -> list[int]:
    """Claim the due sources and enqueue a poll for each (see the module docstring)."""
    from tracker.ingestion.tasks import source_poll_task

    now = now or timezone.now()
    due = Source.objects.filter(active=True).filter(
        Q(next_poll_at__isnull=True) | Q(next_poll_at__lte=now)
    )
    claimed: list[int] = []
    with transaction.atomic():
        for source_id, interval, next_poll_at in due.values_list(
            "pk", "poll_interval", "next_poll_at"
        ):
            won = Source.objects.filter(pk=source_id, next_poll_at=next_poll_at).update(
                next_poll_at=now + dt.timedelta(minutes=interval)
            )
            if won:
                claimed.append(source_id)
                transaction.on_commit(partial(source_poll_task.delay, source_id))
    return claimed


def page_text(body: bytes, *, url: str, title: str) -> str:
    """The article text of a web page, or "" when trafilatura finds none."""
    text = trafilatura.extract(
        body, url=url, include_comments=False, include_tables=False, deduplicate=False
    ) or ""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    # trafilatura keeps the headline as the first line; the title is stored apart.
    if lines and title and lines[0].casefold() == title.strip().casefold():
        lines = lines[1:]
    return "\n".join(lines)


def _feed_items(
    source: Source, parsed, *, report: PollReport, started: float
) -> list[SourceArticle]:
    now = timezone.now()
    entries = list(parsed.entries)
    report.items = len(entries)
    links = {(e.get("link") or "").strip() for e in entries} - {""}
    known = set(Article.objects.filter(url__in=links).values_list("url", flat=True))
    budget = settings.INGEST_FEED_POLL_BUDGET_SECONDS
    articles: list[SourceArticle] = []
    for number, entry in enumerate(entries, 1):
        link = (entry.get("link") or "").strip() or None
        if link in known:
            report.known += 1
            continue
        title = html_to_text(entry.get("title") or "")
        text = ""
        if source.fetch_pages and link:
            if time.monotonic() - started > budget:
                report.deferred += 1
                continue
            try:
                page = fetch_url(link)
                text = page_text(page.body, url=link, title=title)
                if not text:
                    report.errors.append(f"{link}: no article text found on the page")
            except FetchError as exc:
                report.errors.append(str(exc))
            if not text:
                text = entry_summary_text(entry)
                if text:
                    report.from_summary += 1
                    report.errors[-1] += "; used the feed's summary"
        else:
            text = entry_summary_text(entry)
        if not text:
            report.ingest.fail(f"{link or f'{source.feed_url} item {number}'}: no text in the "
                               "page or the feed")
            continue
        published, inferred = entry_published(entry)
        articles.append(SourceArticle(
            title, text, published or now, inferred, link, source.language or None,
            source.feed_url, number,
        ))
    return articles


def source_poll(*, source_id: int) -> PollReport:
    """Poll one source now and record the outcome on it (see the module docstring)."""
    source = Source.objects.get(pk=source_id)
    report = PollReport(source=source.name)
    started = time.monotonic()
    fields: dict[str, object] = {}
    try:
        headers = {}
        if source.etag:
            headers["If-None-Match"] = source.etag
        if source.last_modified:
            headers["If-Modified-Since"] = source.last_modified
        response = fetch_url(source.feed_url, headers=headers)
        if response.status == 304:
            report.not_modified = True
        else:
            parsed = parse_feed(
                response.body, source=source.feed_url, headers=dict(response.headers.items())
            )
            articles = _feed_items(source, parsed, report=report, started=started)
            ingested = ingest_articles(articles=articles, source_name=source.name)
            report.ingest.add(ingested)
            report.errors.extend(report.ingest.errors)
            fields["etag"] = (response.headers.get("ETag") or "")[:300]
            fields["last_modified"] = (response.headers.get("Last-Modified") or "")[:100]
        fields["last_success_at"] = timezone.now()
    except (FetchError, InputError) as exc:
        report.errors.append(str(exc))
    except Exception as exc:  # recorded on the row: one bad source must not stop the others
        logger.exception("polling source %s failed", source.name)
        report.errors.append(f"{source.feed_url}: unexpected error: {type(exc).__name__}: {exc}")
    error = "\n".join(report.errors)
    if len(error) > MAX_ERROR_CHARS:
        error = error[:MAX_ERROR_CHARS] + "\n..."
    Source.objects.filter(pk=source.pk).update(
        last_polled_at=timezone.now(),
        last_error=error,
        last_report=report.summary()[:300],
        **fields,
    )
    return report
