"""Articles, the directives found in them, and the history of every change."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tracker.bodies.models import Body


class Language(models.TextChoices):
    ENGLISH = "en", _("English")
    RUSSIAN = "ru", _("Russian")
    KAZAKH = "kk", _("Kazakh")


_PUNCTUATION_AND_SPACE = re.compile(r"[\W_]+", re.UNICODE)


def normalized_content_hash(text: str) -> str:
    """Hash of an article's text that ignores case, spacing, quotes and punctuation.

    The same article copied from two sites differs in curly vs straight quotes, line
    breaks and trailing spaces; those copies must count as one article.
    """
    folded = unicodedata.normalize("NFKC", text).casefold()
    words = _PUNCTUATION_AND_SPACE.sub(" ", folded).split()
    return hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()


class Article(models.Model):
    title = models.CharField(_("title"), max_length=500)
    text = models.TextField(_("text"))
    published = models.DateTimeField(_("published"), db_index=True)
    # A headless first article in a news dump gets the date of the article below it.
    published_inferred = models.BooleanField(_("publication date inferred"), default=False)
    lang = models.CharField(_("language"), max_length=2, choices=Language.choices)
    source_name = models.CharField(_("source"), max_length=200, blank=True)
    url = models.URLField(_("URL"), max_length=1000, null=True, blank=True)
    content_hash = models.CharField(_("content hash"), max_length=64, editable=False)
    created = models.DateTimeField(_("added"), auto_now_add=True)

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        ordering = ["-published", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["url"], name="article_url_unique"),
            models.UniqueConstraint(fields=["content_hash"], name="article_content_unique"),
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs) -> None:
        # The hash is part of the row's identity, not business logic: keep it in step
        # with the text wherever the row is saved from (admin, services, shell).
        self.content_hash = normalized_content_hash(self.text)
        if self.url == "":
            self.url = None
        super().save(*args, **kwargs)


class Status(models.TextChoices):
    PROPOSED = "proposed", _("Proposed")
    OPEN = "open", _("Open")
    IN_PROGRESS = "in_progress", _("In progress")
    DONE = "done", _("Done")
    REJECTED = "rejected", _("Rejected")
    CANCELLED = "cancelled", _("Cancelled")


# Which status may follow which. Reopening a done directive and restoring a rejected
# proposal are allowed because people make mistakes; every move is a history row.
TRANSITIONS: dict[str, frozenset[str]] = {
    Status.PROPOSED: frozenset({Status.OPEN, Status.REJECTED}),
    Status.OPEN: frozenset({Status.IN_PROGRESS, Status.DONE, Status.CANCELLED}),
    Status.IN_PROGRESS: frozenset({Status.OPEN, Status.DONE, Status.CANCELLED}),
    Status.DONE: frozenset({Status.IN_PROGRESS}),
    Status.REJECTED: frozenset({Status.PROPOSED}),
    Status.CANCELLED: frozenset({Status.OPEN}),
}

# Statuses in which a directive is still someone's work: they can be overdue and
# they get reminders.
ACTIVE_STATUSES = frozenset({Status.OPEN, Status.IN_PROGRESS})
CLOSED_STATUSES = frozenset({Status.DONE, Status.REJECTED, Status.CANCELLED})


class Granularity(models.TextChoices):
    DAY = "day", _("Day")
    MONTH = "month", _("Month")
    QUARTER = "quarter", _("Quarter")
    HALF = "half", _("Half-year")
    YEAR = "year", _("Year")


class Origin(models.TextChoices):
    EXTRACTOR = "extractor", _("Extractor")
    PERSON = "person", _("Person")


class DirectiveQuerySet(models.QuerySet):
    def active(self) -> DirectiveQuerySet:
        return self.filter(status__in=ACTIVE_STATUSES)

    def overdue(self, today: dt.date | None = None) -> DirectiveQuerySet:
        today = today or timezone.localdate()
        return self.active().filter(deadline__lt=today)


class Directive(models.Model):
    article = models.ForeignKey(
        Article,
        verbose_name=_("article"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="directives",
    )
    sentence = models.TextField(_("evidence sentence"), blank=True)
    sentence_start = models.PositiveIntegerField(null=True, blank=True)
    sentence_end = models.PositiveIntegerField(null=True, blank=True)
    issuer = models.CharField(_("issuer"), max_length=120, blank=True)
    bodies = models.ManyToManyField(
        Body, through="DirectiveBody", related_name="directives", verbose_name=_("bodies")
    )
    task = models.TextField(_("task"))
    deadline = models.DateField(_("deadline"), null=True, blank=True, db_index=True)
    deadline_text = models.CharField(_("deadline words"), max_length=200, blank=True)
    deadline_granularity = models.CharField(
        _("deadline granularity"), max_length=10, choices=Granularity.choices, blank=True
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PROPOSED
    )
    origin = models.CharField(
        _("created by"), max_length=10, choices=Origin.choices, default=Origin.EXTRACTOR
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by user"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    confidence = models.FloatField(_("confidence"), null=True, blank=True)
    # Set when a person accepts or edits the directive: re-extraction leaves it alone.
    curated_at = models.DateTimeField(_("curated"), null=True, blank=True)
    # When it was marked done: the discipline report compares it with the deadline.
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)
    # The same instruction reported twice (two outlets, or English and Russian): the
    # copy is rejected and points at the directive that was kept.
    duplicate_of = models.ForeignKey(
        "self",
        verbose_name=_("duplicate of"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="duplicates",
    )
    created = models.DateTimeField(_("created"), auto_now_add=True)
    updated = models.DateTimeField(_("updated"), auto_now=True)

    objects = DirectiveQuerySet.as_manager()

    class Meta:
        verbose_name = _("directive")
        verbose_name_plural = _("directives")
        ordering = ["deadline", "id"]
        indexes = [
            models.Index(fields=["status", "deadline"], name="directive_status_deadline"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(sentence_start__isnull=True)
                | Q(sentence_end__gte=models.F("sentence_start")),
                name="directive_span_ordered",
            ),
        ]

    def __str__(self) -> str:
        return self.task[:80]

    @property
    def is_active(self) -> bool:
        return self.status in ACTIVE_STATUSES

    def is_overdue(self, today: dt.date | None = None) -> bool:
        today = today or timezone.localdate()
        return self.is_active and self.deadline is not None and self.deadline < today

    def days_left(self, today: dt.date | None = None) -> int | None:
        """Days until the deadline; negative when overdue, None without a deadline."""
        if self.deadline is None:
            return None
        return (self.deadline - (today or timezone.localdate())).days

    def can_move_to(self, status: str) -> bool:
        return status in TRANSITIONS.get(self.status, frozenset())

    def lead_bodies(self) -> list[Body]:
        return [link.body for link in self.body_links.all() if link.role == Role.LEAD]

    def co_executor_bodies(self) -> list[Body]:
        return [link.body for link in self.body_links.all() if link.role == Role.CO_EXECUTOR]


class Role(models.TextChoices):
    LEAD = "lead", _("Lead")
    CO_EXECUTOR = "co_executor", _("Co-executor")


class DirectiveBody(models.Model):
    """A body's part in a directive, kept in the order the article names them."""

    directive = models.ForeignKey(Directive, on_delete=models.CASCADE, related_name="body_links")
    body = models.ForeignKey(Body, on_delete=models.PROTECT, related_name="directive_links")
    role = models.CharField(_("role"), max_length=12, choices=Role.choices, default=Role.LEAD)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("responsible body")
        verbose_name_plural = _("responsible bodies")
        # Leads first ("lead" sorts after "co_executor"), then in the article's order.
        ordering = ["-role", "position", "id"]
        constraints = [
            models.UniqueConstraint(fields=["directive", "body"], name="directivebody_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.body} ({self.get_role_display()})"


class StatusChange(models.Model):
    directive = models.ForeignKey(
        Directive, on_delete=models.CASCADE, related_name="status_changes"
    )
    old_status = models.CharField(max_length=20, choices=Status.choices)
    new_status = models.CharField(max_length=20, choices=Status.choices)
    comment = models.TextField(_("comment"), blank=True)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    changed_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")
        ordering = ["changed_at", "id"]

    def __str__(self) -> str:
        return f"{self.old_status} → {self.new_status}"


class DeadlineChange(models.Model):
    directive = models.ForeignKey(
        Directive, on_delete=models.CASCADE, related_name="deadline_changes"
    )
    old_deadline = models.DateField(null=True, blank=True)
    new_deadline = models.DateField(null=True, blank=True)
    reason = models.TextField(_("reason"), blank=True)
    # True when the new deadline is not later than the old one: allowed only on purpose.
    forced = models.BooleanField(default=False)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    changed_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("deadline change")
        verbose_name_plural = _("deadline changes")
        ordering = ["changed_at", "id"]

    def __str__(self) -> str:
        return f"{self.old_deadline} → {self.new_deadline}"
