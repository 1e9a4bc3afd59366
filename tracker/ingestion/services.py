"""Storing articles and the directives the extractor finds in them.

    report = ingest_articles(articles=read_input(path), source_name="kt.kz")

Every article is stored with all its proposed directives or not at all. Duplicates (the
same URL, or the same text after normalisation) are counted and skipped before they are
extracted, so re-ingesting a file costs a parse and two queries per chunk. Bodies are
resolved through one name map loaded per batch, never per row; a name the registry does
not know becomes a Body flagged ``needs_review``.

How a batch is written: articles are taken in chunks (``chunk_size``). Two queries find
which of a chunk's URLs, then which of the remaining texts' hashes, are stored already;
the rest are extracted (inline, or in a process pool when ``workers > 1`` and the batch
is large, see ``parallel``) and the chunk is written in one transaction with bulk
inserts. If that transaction fails (a concurrent writer stored one of the articles, a
value the database refuses), it is rolled back and the chunk is written again one
article per transaction, so only the article at fault is counted failed (or duplicate)
and nothing of it is stored.

Next to each proposed directive a ``DirectiveExtraction`` keeps the extractor's reading,
which re-extraction compares against (``tracker.ingestion.reextract``).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from tracker.bodies.models import Body
from tracker.bodies.selectors import registry_records
from tracker.directives.models import (
    Article,
    Directive,
    DirectiveBody,
    Origin,
    Role,
    Status,
    normalized_content_hash,
)
from tracker.extraction import detect_lang
from tracker.extraction.registry import Registry
from tracker.extraction.sources import InputError, SourceArticle
from tracker.extraction.types import ExtractedDirective
from tracker.ingestion.models import DirectiveExtraction
from tracker.ingestion.parallel import Batch, Extractor, Job
from tracker.ingestion.suggestions import snapshot_from_extraction

LANGS = ("en", "ru", "kk")
CHUNK_SIZE = 200
MAX_ERRORS = 1000  # messages kept in a report; the count goes on
URL_MAX_LENGTH = Article._meta.get_field("url").max_length


@dataclass
class IngestReport:
    new: int = 0
    duplicate: int = 0
    failed: int = 0
    directives_proposed: int = 0
    errors: list[str] = field(default_factory=list)
    article_ids: list[int] = field(default_factory=list)

    @property
    def processed(self) -> int:
        return self.new + self.duplicate + self.failed

    def fail(self, message: str) -> None:
        self.failed += 1
        if len(self.errors) < MAX_ERRORS:
            self.errors.append(message)
        elif len(self.errors) == MAX_ERRORS:
            self.errors.append("... more errors not shown")

    def add(self, other: IngestReport) -> None:
        self.new += other.new
        self.duplicate += other.duplicate
        self.failed += other.failed
        self.directives_proposed += other.directives_proposed
        self.errors.extend(other.errors)
        self.article_ids.extend(other.article_ids)

    def summary(self) -> str:
        return (
            f"articles: {self.new} new, {self.duplicate} duplicate, {self.failed} failed; "
            f"directives proposed: {self.directives_proposed}"
        )


class BodyResolver:
    """Maps the extractor's canonical names to Body rows, creating unknown ones.

    Loaded once per batch: ingest must not look the registry up row by row.
    """

    def __init__(self) -> None:
        self._by_name: dict[str, int] = {
            name.casefold(): pk for pk, name in Body.objects.values_list("pk", "name")
        }
        self._created_in_transaction: list[str] = []

    def forget_uncommitted(self) -> None:
        """Drop bodies created inside a transaction that was rolled back."""
        for key in self._created_in_transaction:
            self._by_name.pop(key, None)
        self._created_in_transaction.clear()

    def committed(self) -> None:
        self._created_in_transaction.clear()

    def body_id(self, name: str) -> int:
        key = name.strip().casefold()
        pk = self._by_name.get(key)
        if pk is None:
            # A name the registry does not know: keep it on a body an editor reviews,
            # never drop it silently.
            body, _ = Body.objects.get_or_create(
                name=name.strip(),
                defaults={
                    "kind": Body.Kind.GROUP if name.islower() else Body.Kind.OTHER,
                    "needs_review": True,
                },
            )
            pk = self._by_name[key] = body.pk
            self._created_in_transaction.append(key)
        return pk


def registry_records_for_extraction() -> list[dict]:
    """The registry's records without the bodies still awaiting review.

    A body flagged ``needs_review`` is a name the extractor met and did not know. Left
    out, the extractor reports the name as unknown again and the resolver links the same
    row, so nothing is lost; kept in, an editor who files that name as an alias of the
    right body (the usual way to resolve it) would make the registry refuse to load.
    """
    pending = set(Body.objects.filter(needs_review=True).values_list("name", flat=True))
    return [record for record in registry_records() if record["name"] not in pending]


def registry_from_database() -> Registry:
    return Registry.from_records(registry_records_for_extraction())


def _aware_published(value: dt.date | dt.datetime) -> dt.datetime:
    if isinstance(value, dt.datetime):
        if timezone.is_aware(value):
            return value
        return timezone.make_aware(value)
    return timezone.make_aware(dt.datetime.combine(value, dt.time(0, 0)))


def directive_from_extraction(
    *, article: Article, found: ExtractedDirective
) -> Directive:
    return Directive(
        article=article,
        sentence=found.sentence,
        sentence_start=found.start,
        sentence_end=found.end,
        issuer=(found.issuer or "")[:120],
        task=found.task,
        deadline=found.deadline,
        deadline_text=(found.deadline_text or "")[:200],
        deadline_granularity=found.deadline_granularity or "",
        status=Status.PROPOSED,
        origin=Origin.EXTRACTOR,
        confidence=found.confidence,
    )


def body_links_for(
    *, directive: Directive, found: ExtractedDirective, bodies: BodyResolver
) -> list[DirectiveBody]:
    links: list[DirectiveBody] = []
    seen: set[int] = set()
    for role, names in ((Role.LEAD, found.responsible), (Role.CO_EXECUTOR, found.co_executors)):
        for position, name in enumerate(names):
            body_id = bodies.body_id(name)
            if body_id in seen:
                continue
            seen.add(body_id)
            links.append(
                DirectiveBody(directive=directive, body_id=body_id, role=role, position=position)
            )
    return links


# --------------------------------------------------------------------------- one article


@dataclass(slots=True)
class Prepared:
    """An article checked and normalised, waiting for its directives and its row."""

    item: SourceArticle
    text: str
    lang: str | None  # detected once the article is known to be new
    url: str | None
    found: list[ExtractedDirective] = field(default_factory=list)
    _hash: str | None = None

    @property
    def where(self) -> str:
        return f"{self.item.source}:{self.item.line}"

    @property
    def content_hash(self) -> str:
        # Computed on demand: an article whose URL is stored already is a duplicate
        # without it, and hashing is most of what a re-ingest costs.
        if self._hash is None:
            self._hash = normalized_content_hash(self.text)
        return self._hash


def prepare_article(article: SourceArticle) -> Prepared:
    """Check one parsed article; raises ValueError with the reason it cannot be stored."""
    text = article.text.strip()
    if not text:
        raise ValueError("the article has no text")
    if "\x00" in text:
        raise ValueError("the article's text holds NUL characters (binary data?)")
    url = (article.url or "").strip() or None
    if url is not None and len(url) > URL_MAX_LENGTH:
        raise ValueError(f"URL longer than {URL_MAX_LENGTH} characters")
    lang = article.lang if article.lang in LANGS else None
    return Prepared(article, text, lang, url)


def _detect_lang(prepared: Prepared) -> Prepared:
    if prepared.lang is None:
        prepared.lang = detect_lang(prepared.text)
    return prepared


def extraction_job(prepared: Prepared) -> Job:
    return Job(prepared.text, prepared.item.published_date, prepared.lang, prepared.item.title)


def _article_row(prepared: Prepared, source_name: str) -> Article:
    # bulk_create skips Article.save(): set what save() would.
    return Article(
        title=prepared.item.title.strip()[:500] or prepared.text[:80],
        text=prepared.text,
        published=_aware_published(prepared.item.published),
        published_inferred=prepared.item.published_inferred,
        lang=prepared.lang,
        source_name=source_name[:200],
        url=prepared.url,
        content_hash=prepared.content_hash,
    )


def _write(batch: list[Prepared], *, source_name: str, bodies: BodyResolver) -> list[Article]:
    """Insert the articles, their directives, body links and extractor readings in one
    transaction."""
    now = timezone.now()
    try:
        with transaction.atomic():
            stored = Article.objects.bulk_create([_article_row(p, source_name) for p in batch])
            pairs = [
                (directive_from_extraction(article=article, found=found), found)
                for article, prepared in zip(stored, batch, strict=True)
                for found in prepared.found
            ]
            Directive.objects.bulk_create([directive for directive, _ in pairs])
            DirectiveBody.objects.bulk_create(
                [
                    link
                    for directive, found in pairs
                    for link in body_links_for(directive=directive, found=found, bodies=bodies)
                ]
            )
            DirectiveExtraction.objects.bulk_create(
                [
                    DirectiveExtraction(
                        directive=directive,
                        fields=snapshot_from_extraction(found),
                        extracted_at=now,
                    )
                    for directive, found in pairs
                ]
            )
    except BaseException:
        bodies.forget_uncommitted()
        raise
    bodies.committed()
    return stored


def _is_stored(prepared: Prepared) -> bool:
    query = Q(content_hash=prepared.content_hash)
    if prepared.url:
        query |= Q(url=prepared.url)
    return Article.objects.filter(query).exists()


def _write_one_by_one(
    batch: list[Prepared], *, source_name: str, bodies: BodyResolver, report: IngestReport
) -> None:
    for prepared in batch:
        try:
            (stored,) = _write([prepared], source_name=source_name, bodies=bodies)
        except IntegrityError as exc:
            if _is_stored(prepared):
                # Another process stored the same article between our check and insert.
                report.duplicate += 1
            else:
                report.fail(f"{prepared.where}: could not store the article: {exc}")
        except DatabaseError as exc:
            report.fail(f"{prepared.where}: could not store the article: {exc}")
        else:
            report.new += 1
            report.directives_proposed += len(prepared.found)
            report.article_ids.append(stored.pk)


def _write_chunk(
    batch: list[Prepared], *, source_name: str, bodies: BodyResolver, report: IngestReport
) -> None:
    if not batch:
        return
    try:
        stored = _write(batch, source_name=source_name, bodies=bodies)
    except DatabaseError:
        _write_one_by_one(batch, source_name=source_name, bodies=bodies, report=report)
        return
    report.new += len(stored)
    report.directives_proposed += sum(len(p.found) for p in batch)
    report.article_ids.extend(article.pk for article in stored)


def ingest_article(
    *,
    article: SourceArticle,
    source_name: str,
    registry: Registry,
    bodies: BodyResolver,
    extract_directives: bool = True,
) -> tuple[Article | None, int]:
    """Store one article and its proposed directives. Returns (article or None if it
    was a duplicate, number of directives proposed). Raises ValueError for an article
    that cannot be stored."""
    prepared = prepare_article(article)
    if _is_stored(prepared):
        return None, 0
    _detect_lang(prepared)
    if extract_directives:
        (result,) = Extractor(registry=registry, records=None).submit(
            [extraction_job(prepared)]
        ).results()
        if isinstance(result, str):
            raise ValueError(result)
        prepared.found = result
    report = IngestReport()
    _write_one_by_one([prepared], source_name=source_name, bodies=bodies, report=report)
    if report.failed:
        raise ValueError(report.errors[0])
    if not report.new:
        return None, 0
    return Article.objects.get(pk=report.article_ids[0]), report.directives_proposed


# --------------------------------------------------------------------------- a batch


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def _new_articles(
    chunk: list[SourceArticle | InputError],
    *,
    report: IngestReport,
    seen_hashes: set[str],
    seen_urls: set[str],
) -> list[Prepared]:
    """The chunk's articles that are neither stored nor earlier in this batch; bad
    records and unusable articles are counted failed."""
    candidates: list[Prepared] = []
    for item in chunk:
        if isinstance(item, InputError):
            report.fail(str(item))
            continue
        try:
            candidates.append(prepare_article(item))
        except ValueError as exc:
            report.fail(f"{item.source}:{item.line}: {exc}")
    if not candidates:
        return []
    # URLs first: an article whose URL is stored is a duplicate, its text need not be
    # hashed. Then the hashes of the rest. At most two queries per chunk.
    urls = {p.url for p in candidates if p.url} - seen_urls
    if urls:
        seen_urls.update(
            Article.objects.filter(url__in=urls).values_list("url", flat=True)
        )
    unknown = [p for p in candidates if not (p.url and p.url in seen_urls)]
    hashes = {p.content_hash for p in unknown} - seen_hashes
    if hashes:
        seen_hashes.update(
            Article.objects.filter(content_hash__in=hashes).values_list(
                "content_hash", flat=True
            )
        )
    fresh: list[Prepared] = []
    for prepared in candidates:
        if (prepared.url and prepared.url in seen_urls) or prepared.content_hash in seen_hashes:
            report.duplicate += 1
            continue
        seen_hashes.add(prepared.content_hash)
        if prepared.url:
            seen_urls.add(prepared.url)
        fresh.append(_detect_lang(prepared))
    return fresh


def ingest_articles(
    *,
    articles: Iterable[SourceArticle | InputError],
    source_name: str = "",
    extract_directives: bool = True,
    on_progress: Callable[[IngestReport], None] | None = None,
    workers: int = 1,
    chunk_size: int = CHUNK_SIZE,
) -> IngestReport:
    """Store a stream of parsed articles; bad records are counted and reported, and the
    rest of the batch goes on. ``on_progress`` is called with the running report after
    each chunk. ``workers > 1`` lets a large batch be extracted in that many processes."""
    report = IngestReport()
    bodies = BodyResolver()
    extractor: Extractor | None = None  # built at the first new article: a re-ingest
    # of known articles never loads the registry
    seen_hashes: set[str] = set()
    seen_urls: set[str] = set()
    # Chunks whose extraction runs while an earlier chunk is written.
    in_flight: deque[tuple[list[Prepared], Batch | None]] = deque()

    def write_oldest() -> None:
        batch, extraction = in_flight.popleft()
        ready = batch
        if extraction is not None:
            ready = []
            for prepared, result in zip(batch, extraction.results(), strict=True):
                if isinstance(result, str):
                    report.fail(f"{prepared.where}: {result}")
                else:
                    prepared.found = result
                    ready.append(prepared)
        _write_chunk(ready, source_name=source_name, bodies=bodies, report=report)
        if on_progress is not None:
            on_progress(report)

    try:
        for chunk in _chunks(articles, chunk_size):
            fresh = _new_articles(
                chunk, report=report, seen_hashes=seen_hashes, seen_urls=seen_urls
            )
            extraction = None
            if fresh and extract_directives:
                if extractor is None:
                    records = registry_records_for_extraction()
                    extractor = Extractor(
                        registry=Registry.from_records(records), records=records,
                        workers=workers,
                    )
                extraction = extractor.submit([extraction_job(p) for p in fresh])
            in_flight.append((fresh, extraction))
            parallel = extractor is not None and extractor.parallel
            while len(in_flight) > (1 if parallel else 0):
                write_oldest()
        while in_flight:
            write_oldest()
    finally:
        if extractor is not None:
            extractor.close()
    return report
