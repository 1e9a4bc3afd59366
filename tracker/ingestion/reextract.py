"""Running the current extractor again over stored articles (``manage.py reextract``).

    report = articles_reextract(since=dt.date(2025, 8, 1))

For each article the new extraction is matched with the article's extractor-made
directives (by overlapping evidence spans, then by the bodies named), and then:

* **untouched** directives (nobody curated them: ``curated_at`` is null and the status
  is still *proposed*) are updated in place: task, issuer, deadline, evidence span and
  bodies. A changed deadline leaves a DeadlineChange row ("Re-extraction"). The update
  is conditional on the directive still being untouched, so a reviewer who accepts it in
  the meantime wins and the new reading becomes a suggestion instead.
* **curated** directives (accepted, edited, or moved on by a person) are never written.
  When the extractor now reads their sentence differently from its previous reading
  *and* from what the person settled on, the new reading is stored as an open
  ``DirectiveSuggestion`` (one per directive, updated on later runs) for the reviewer;
  see ``tracker.ingestion.suggestions``. Closed directives (done, rejected, cancelled)
  get no suggestions.
* extractions that match nothing are **added** as proposed directives.
* untouched directives the extractor **no longer finds** are *rejected with a note*
  ("No longer found by the extractor"), not deleted: the row may already be followed,
  merged into or linked from elsewhere, the history shows what happened, and the move is
  reversible. Such a *retired* directive (rejected, never curated, not a merged
  duplicate) that a later extractor finds again is restored to *proposed*.

Each article is handled in its own transaction; one that fails is reported and the run
goes on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext as _

from tracker.directives.models import (
    CLOSED_STATUSES,
    Article,
    DeadlineChange,
    Directive,
    DirectiveBody,
    Origin,
    Status,
)
from tracker.directives.services import StaleDirective, directive_change_status
from tracker.extraction import extract
from tracker.extraction.registry import Registry
from tracker.extraction.types import ExtractedDirective
from tracker.ingestion.models import DirectiveExtraction, DirectiveSuggestion
from tracker.ingestion.services import (
    BodyResolver,
    body_links_for,
    directive_from_extraction,
    registry_from_database,
)
from tracker.ingestion.suggestions import (
    Snapshot,
    snapshot_from_directive,
    snapshot_from_extraction,
    snapshots_equal,
    suggestion_values,
)

RETIRED_NOTE = "No longer found by the extractor (re-extraction)"
RESTORED_NOTE = "Found again by the extractor (re-extraction)"
DEADLINE_REASON = "Re-extraction"
CHUNK_SIZE = 100


@dataclass
class ReextractReport:
    articles: int = 0
    updated: int = 0
    unchanged: int = 0
    curated: int = 0
    added: int = 0
    retired: int = 0
    restored: int = 0
    suggested: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: ReextractReport) -> None:
        for name in ("articles", "updated", "unchanged", "curated", "added", "retired",
                     "restored", "suggested", "failed"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors.extend(other.errors)

    def summary(self) -> str:
        return (
            f"articles: {self.articles} re-extracted, {self.failed} failed; directives: "
            f"{self.updated} updated, {self.unchanged} unchanged, {self.added} added, "
            f"{self.retired} retired, {self.restored} restored, {self.curated} curated left "
            f"alone; suggestions: {self.suggested}"
        )


def is_untouched(directive: Directive) -> bool:
    return directive.curated_at is None and directive.status == Status.PROPOSED


def is_retired(directive: Directive) -> bool:
    return (
        directive.curated_at is None
        and directive.status == Status.REJECTED
        and directive.duplicate_of_id is None
    )


# --------------------------------------------------------------------------- matching


def _previous_reading(directive: Directive) -> Snapshot:
    """The extractor's last reading; for directives stored before readings were kept,
    the directive's own values."""
    # A missing reverse one-to-one raises RelatedObjectDoesNotExist, an AttributeError.
    record = getattr(directive, "extraction", None)
    return record.fields if record is not None else snapshot_from_directive(directive)


def _overlap(directive: Directive, found: ExtractedDirective) -> int:
    if directive.sentence_start is None or directive.sentence_end is None:
        return len(found.sentence) if directive.sentence.strip() == found.sentence.strip() else 0
    return min(directive.sentence_end, found.end) - max(directive.sentence_start, found.start)


def match_extractions(
    existing: list[Directive], found: list[ExtractedDirective]
) -> list[tuple[Directive | None, ExtractedDirective | None]]:
    """Pair stored directives with new extractions whose evidence overlaps.

    Pairs are chosen greedily: first those naming the same bodies, then the larger overlap,
    then the closer start. Unpaired items come back with None on the other side.
    """
    candidates = []
    for i, directive in enumerate(existing):
        previous = _previous_reading(directive)
        old_bodies = {n.casefold() for n in [*previous["lead"], *previous["co_executors"]]}
        for j, item in enumerate(found):
            overlap = _overlap(directive, item)
            if overlap <= 0:
                continue
            new_bodies = {n.casefold() for n in [*item.responsible, *item.co_executors]}
            union = old_bodies | new_bodies
            same_bodies = len(old_bodies & new_bodies) / len(union) if union else 1.0
            distance = abs((directive.sentence_start or 0) - item.start) + abs(i - j)
            candidates.append((-same_bodies, -overlap, distance, i, j))
    candidates.sort()
    used_old: set[int] = set()
    used_new: set[int] = set()
    pairs: list[tuple[Directive | None, ExtractedDirective | None]] = []
    for *_score, i, j in candidates:
        if i in used_old or j in used_new:
            continue
        used_old.add(i)
        used_new.add(j)
        pairs.append((existing[i], found[j]))
    pairs.extend((d, None) for i, d in enumerate(existing) if i not in used_old)
    pairs.extend((None, f) for j, f in enumerate(found) if j not in used_new)
    return pairs


# --------------------------------------------------------------------------- writing


def _save_reading(directive: Directive, snapshot: Snapshot, now: dt.datetime) -> None:
    DirectiveExtraction.objects.update_or_create(
        directive=directive, defaults={"fields": snapshot, "extracted_at": now}
    )


def _add(
    *, article: Article, found: ExtractedDirective, bodies: BodyResolver, now: dt.datetime
) -> Directive:
    directive = directive_from_extraction(article=article, found=found)
    directive.save()
    DirectiveBody.objects.bulk_create(
        body_links_for(directive=directive, found=found, bodies=bodies)
    )
    DirectiveExtraction.objects.create(
        directive=directive, fields=snapshot_from_extraction(found), extracted_at=now
    )
    return directive


def _update_untouched(
    *, directive: Directive, found: ExtractedDirective, bodies: BodyResolver, now: dt.datetime
) -> bool | None:
    """Rewrite an untouched directive from ``found``. Returns whether anything changed,
    or None when a person curated it since we read it (then nothing was written)."""
    new = directive_from_extraction(article=directive.article, found=found)
    fields = [
        "sentence", "sentence_start", "sentence_end", "issuer", "task", "deadline",
        "deadline_text", "deadline_granularity", "confidence",
    ]
    changed_values = {
        name: getattr(new, name)
        for name in fields
        if getattr(directive, name) != getattr(new, name)
    }
    old_links = sorted(
        (link.body_id, link.role, link.position) for link in directive.body_links.all()
    )
    new_links = body_links_for(directive=directive, found=found, bodies=bodies)
    links_changed = old_links != sorted((lk.body_id, lk.role, lk.position) for lk in new_links)
    if not changed_values and not links_changed:
        return False
    updated = Directive.objects.filter(
        pk=directive.pk, curated_at__isnull=True, status=Status.PROPOSED
    ).update(**changed_values, updated=now)
    if not updated:
        return None
    if "deadline" in changed_values:
        old, new_deadline = directive.deadline, changed_values["deadline"]
        DeadlineChange.objects.create(
            directive=directive,
            old_deadline=old,
            new_deadline=new_deadline,
            reason=DEADLINE_REASON,
            forced=old is not None and (new_deadline is None or new_deadline <= old),
            changed_at=now,
        )
    for name, value in changed_values.items():
        setattr(directive, name, value)
    if links_changed:
        DirectiveBody.objects.filter(directive=directive).delete()
        DirectiveBody.objects.bulk_create(new_links)
    return True


def _suggest(
    *, directive: Directive, found: ExtractedDirective, now: dt.datetime
) -> bool:
    """Store the new reading of a curated directive as a suggestion when it differs from
    the extractor's previous reading and from the curated values. Returns whether a
    suggestion was created or changed."""
    new = snapshot_from_extraction(found)
    previous = _previous_reading(directive)
    open_suggestion = next(
        (s for s in directive.suggestions.all() if s.resolved_at is None), None
    )
    changed = False
    if directive.status not in CLOSED_STATUSES and not snapshots_equal(new, previous):
        if snapshots_equal(new, snapshot_from_directive(directive)):
            # The extractor now agrees with the person: nothing left to suggest.
            if open_suggestion is not None:
                DirectiveSuggestion.objects.filter(pk=open_suggestion.pk).update(
                    resolved_at=now, resolution=DirectiveSuggestion.Resolution.SUPERSEDED
                )
        elif open_suggestion is None:
            DirectiveSuggestion.objects.create(
                directive=directive, created=now, **suggestion_values(new)
            )
            changed = True
        else:
            values = suggestion_values(new)
            if any(getattr(open_suggestion, k) != v for k, v in values.items()):
                DirectiveSuggestion.objects.filter(pk=open_suggestion.pk).update(
                    created=now, **values
                )
                changed = True
    _save_reading(directive, new, now)
    return changed


def article_reextract(
    *, article: Article, registry: Registry, bodies: BodyResolver
) -> ReextractReport:
    """Re-extract one article (its extractor-made directives prefetched as
    ``article.extracted``) in one transaction; returns what changed."""
    report = ReextractReport(articles=1)
    found = extract(
        article.text, article.published.date(), article.lang, registry=registry,
        title=article.title,
    )
    now = timezone.now()
    existing = list(article.extracted)
    try:
        with transaction.atomic():
            for directive, item in match_extractions(existing, found):
                if directive is None:
                    _add(article=article, found=item, bodies=bodies, now=now)
                    report.added += 1
                elif item is None:
                    if not is_untouched(directive):
                        report.curated += not is_retired(directive)
                    else:
                        try:
                            directive_change_status(
                                directive=directive, new_status=Status.REJECTED, user=None,
                                comment=_(RETIRED_NOTE), now=now,
                            )
                        except StaleDirective:
                            continue  # a reviewer acted on it meanwhile: theirs now
                        report.retired += 1
                elif is_untouched(directive) or is_retired(directive):
                    if is_retired(directive):
                        try:
                            directive_change_status(
                                directive=directive, new_status=Status.PROPOSED, user=None,
                                comment=_(RESTORED_NOTE), now=now,
                            )
                        except StaleDirective:
                            continue
                        report.restored += 1
                    result = _update_untouched(
                        directive=directive, found=item, bodies=bodies, now=now
                    )
                    if result is None:  # curated meanwhile
                        directive.refresh_from_db()
                        report.curated += 1
                        report.suggested += _suggest(directive=directive, found=item, now=now)
                    else:
                        report.updated += result
                        report.unchanged += not result
                        _save_reading(directive, snapshot_from_extraction(item), now)
                else:
                    report.curated += 1
                    report.suggested += _suggest(directive=directive, found=item, now=now)
    except BaseException:
        bodies.forget_uncommitted()
        raise
    bodies.committed()
    return report


def articles_reextract(
    *,
    since: dt.date | None = None,
    article_ids: Iterable[int] | None = None,
    on_progress: Callable[[ReextractReport], None] | None = None,
) -> ReextractReport:
    """Re-extract the articles published on or after ``since`` (all when None), or the
    given ``article_ids``. See the module docstring for what happens to each directive."""
    report = ReextractReport()
    registry = registry_from_database()
    bodies = BodyResolver()
    articles = Article.objects.order_by("pk")
    if since is not None:
        start = timezone.make_aware(dt.datetime.combine(since, dt.time.min))
        articles = articles.filter(published__gte=start)
    if article_ids is not None:
        articles = articles.filter(pk__in=list(article_ids))
    ids = list(articles.values_list("pk", flat=True))
    directives = (
        Directive.objects.filter(origin=Origin.EXTRACTOR)
        .select_related("extraction")
        .prefetch_related("body_links__body", "suggestions")
        .order_by("sentence_start", "pk")
    )
    for start in range(0, len(ids), CHUNK_SIZE):
        chunk = Article.objects.filter(pk__in=ids[start : start + CHUNK_SIZE]).prefetch_related(
            Prefetch("directives", queryset=directives, to_attr="extracted")
        )
        for article in chunk.order_by("pk"):
            try:
                report.add(article_reextract(article=article, registry=registry, bodies=bodies))
            except Exception as exc:
                report.failed += 1
                report.errors.append(f"article #{article.pk} ({article.title[:60]}): {exc}")
        if on_progress is not None:
            on_progress(report)
    return report
