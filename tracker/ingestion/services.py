"""Storing articles and the directives the extractor finds in them.

One transaction per article: an article is stored with all its proposed directives or
not at all. Duplicates (same URL, or the same text after normalisation) are counted and
skipped. Bodies are resolved through one name map loaded per batch, never per row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
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
from tracker.extraction import detect_lang, extract
from tracker.extraction.registry import Registry
from tracker.extraction.sources import InputError, SourceArticle
from tracker.extraction.types import ExtractedDirective

LANGS = ("en", "ru", "kk")


@dataclass
class IngestReport:
    new: int = 0
    duplicate: int = 0
    failed: int = 0
    directives_proposed: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: IngestReport) -> None:
        self.new += other.new
        self.duplicate += other.duplicate
        self.failed += other.failed
        self.directives_proposed += other.directives_proposed
        self.errors.extend(other.errors)

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


def registry_from_database() -> Registry:
    return Registry.from_records(registry_records())


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
        issuer=found.issuer or "",
        task=found.task,
        deadline=found.deadline,
        deadline_text=found.deadline_text or "",
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


def ingest_article(
    *,
    article: SourceArticle,
    source_name: str,
    registry: Registry,
    bodies: BodyResolver,
    extract_directives: bool = True,
) -> tuple[Article | None, int]:
    """Store one article and its proposed directives. Returns (article or None if it
    was a duplicate, number of directives proposed)."""
    text = article.text.strip()
    if not text:
        raise ValueError("the article has no text")
    lang = article.lang if article.lang in LANGS else detect_lang(text)
    content_hash = normalized_content_hash(text)
    url = article.url or None
    duplicates = Article.objects.filter(content_hash=content_hash)
    if url:
        duplicates = duplicates | Article.objects.filter(url=url)
    if duplicates.exists():
        return None, 0

    found = (
        extract(text, article.published_date, lang, registry=registry, title=article.title)
        if extract_directives
        else []
    )
    try:
        with transaction.atomic():
            stored = Article.objects.create(
                title=article.title.strip()[:500] or text[:80],
                text=text,
                published=_aware_published(article.published),
                published_inferred=article.published_inferred,
                lang=lang,
                source_name=source_name,
                url=url,
            )
            directives = [directive_from_extraction(article=stored, found=item) for item in found]
            Directive.objects.bulk_create(directives)
            links = [
                link
                for directive, item in zip(directives, found, strict=True)
                for link in body_links_for(directive=directive, found=item, bodies=bodies)
            ]
            DirectiveBody.objects.bulk_create(links)
    except IntegrityError:
        # Another process stored the same article between our check and our insert.
        bodies.forget_uncommitted()
        return None, 0
    except BaseException:
        bodies.forget_uncommitted()
        raise
    bodies.committed()
    return stored, len(directives)


def ingest_articles(
    *,
    articles: Iterable[SourceArticle | InputError],
    source_name: str = "",
    extract_directives: bool = True,
    on_progress: Callable[[IngestReport], None] | None = None,
) -> IngestReport:
    """Store a stream of parsed articles; bad records are counted and reported, and the
    rest of the batch goes on."""
    report = IngestReport()
    registry = registry_from_database()
    bodies = BodyResolver()
    for item in articles:
        if isinstance(item, InputError):
            report.failed += 1
            report.errors.append(str(item))
        else:
            try:
                stored, proposed = ingest_article(
                    article=item,
                    source_name=source_name,
                    registry=registry,
                    bodies=bodies,
                    extract_directives=extract_directives,
                )
            except ValueError as exc:
                report.failed += 1
                report.errors.append(f"{item.source}:{item.line}: {exc}")
            else:
                if stored is None:
                    report.duplicate += 1
                else:
                    report.new += 1
                    report.directives_proposed += proposed
        if on_progress is not None:
            on_progress(report)
    return report
