"""What ingestion keeps: feed sources, upload jobs, and what the extractor said.

* ``Source``: an RSS/Atom feed the tracker polls on its own (edited in the admin).
* ``IngestJob``: a file uploaded on the "Add news" page, with its progress and report.
* ``DirectiveExtraction``: the extractor's last reading of a directive, so re-extraction
  can tell "the extractor changed its mind" from "a person corrected the extractor".
* ``DirectiveSuggestion``: a newer extraction of a directive a person has curated; the
  reviewer applies or dismisses it (see ``tracker.ingestion.suggestions``).
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tracker.directives.models import Directive, Granularity, Language


def _default_interval() -> int:
    return settings.INGEST_FEED_DEFAULT_INTERVAL_MINUTES


class Source(models.Model):
    """A news feed polled on an interval; its last error shows in the admin."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    feed_url = models.URLField(_("feed URL"), max_length=1000, unique=True)
    language = models.CharField(
        _("language"),
        max_length=2,
        choices=Language.choices,
        blank=True,
        help_text=_("Leave empty to detect the language of each article."),
    )
    active = models.BooleanField(_("active"), default=True)
    poll_interval = models.PositiveIntegerField(
        _("poll interval (minutes)"),
        default=_default_interval,
        validators=[MinValueValidator(5)],
    )
    fetch_pages = models.BooleanField(
        _("fetch article pages"),
        default=True,
        help_text=_(
            "Extract the text from each item's web page; off when the feed carries the "
            "full text."
        ),
    )
    # Claimed by the beat task with a conditional UPDATE, so a slow poll is not queued twice.
    next_poll_at = models.DateTimeField(_("next poll"), null=True, blank=True, db_index=True)
    last_polled_at = models.DateTimeField(_("last polled"), null=True, blank=True)
    last_success_at = models.DateTimeField(_("last success"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    last_report = models.CharField(_("last report"), max_length=300, blank=True)
    # HTTP validators of the last feed response: an unchanged feed costs a 304.
    etag = models.CharField(max_length=300, blank=True, editable=False)
    last_modified = models.CharField(max_length=100, blank=True, editable=False)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("feed source")
        verbose_name_plural = _("feed sources")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def is_due(self, now: dt.datetime | None = None) -> bool:
        now = now or timezone.now()
        return self.active and (self.next_poll_at is None or self.next_poll_at <= now)


class IngestJob(models.Model):
    """An uploaded file: previewed, then ingested in the request or by a Celery task."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Awaiting confirmation")
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Running")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    FINAL = frozenset({Status.DONE, Status.FAILED})

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    created = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    filename = models.CharField(_("file"), max_length=255)
    format = models.CharField(_("format"), max_length=10, default="auto")
    published = models.DateField(_("publication date"), null=True, blank=True)
    lang = models.CharField(_("language"), max_length=2, blank=True)
    source_name = models.CharField(_("source"), max_length=200, blank=True)
    size = models.PositiveBigIntegerField(_("size in bytes"), default=0)
    # The file itself lives in the database until the job is done, so a worker on
    # another machine can read it; it is emptied when the job finishes.
    payload = models.BinaryField(editable=False, default=b"")
    total = models.PositiveIntegerField(_("records"), default=0)
    processed = models.PositiveIntegerField(_("processed"), default=0)
    new = models.PositiveIntegerField(default=0)
    duplicate = models.PositiveIntegerField(default=0)
    failed = models.PositiveIntegerField(default=0)
    directives_proposed = models.PositiveIntegerField(default=0)
    errors = models.JSONField(default=list, blank=True)
    message = models.TextField(blank=True)

    class Meta:
        verbose_name = _("ingest job")
        verbose_name_plural = _("ingest jobs")
        ordering = ["-created", "-id"]

    def __str__(self) -> str:
        return f"{self.filename} ({self.get_status_display()})"

    @property
    def is_finished(self) -> bool:
        return self.status in self.FINAL

    @property
    def percent(self) -> int:
        if self.status == self.Status.DONE:
            return 100
        if not self.total:
            return 0
        return min(100, int(100 * self.processed / self.total))


class DirectiveExtraction(models.Model):
    """The fields the extractor last gave for a directive (see ``suggestion_fields``)."""

    directive = models.OneToOneField(
        Directive, primary_key=True, on_delete=models.CASCADE, related_name="extraction"
    )
    fields = models.JSONField(default=dict)
    extracted_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("extractor reading")
        verbose_name_plural = _("extractor readings")

    def __str__(self) -> str:
        return f"#{self.directive_id}"


class DirectiveSuggestion(models.Model):
    """What a newer extractor reads in a curated directive's sentence, for the reviewer."""

    class Resolution(models.TextChoices):
        APPLIED = "applied", _("Applied")
        DISMISSED = "dismissed", _("Dismissed")
        SUPERSEDED = "superseded", _("Superseded")

    directive = models.ForeignKey(
        Directive, on_delete=models.CASCADE, related_name="suggestions",
        verbose_name=_("directive"),
    )
    task = models.TextField(_("task"))
    issuer = models.CharField(_("issuer"), max_length=120, blank=True)
    deadline = models.DateField(_("deadline"), null=True, blank=True)
    deadline_text = models.CharField(_("deadline words"), max_length=200, blank=True)
    deadline_granularity = models.CharField(
        _("deadline granularity"), max_length=10, choices=Granularity.choices, blank=True
    )
    # Canonical body names, in the article's order; resolved to bodies when applied.
    lead_names = models.JSONField(_("lead bodies"), default=list, blank=True)
    co_executor_names = models.JSONField(_("co-executors"), default=list, blank=True)
    created = models.DateTimeField(_("suggested"), default=timezone.now)
    resolved_at = models.DateTimeField(_("resolved"), null=True, blank=True)
    resolution = models.CharField(
        _("resolution"), max_length=10, choices=Resolution.choices, blank=True
    )
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("suggestion")
        verbose_name_plural = _("suggestions")
        ordering = ["-created", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["directive"],
                condition=Q(resolved_at__isnull=True),
                name="suggestion_one_open_per_directive",
            ),
        ]

    def __str__(self) -> str:
        return f"#{self.directive_id}: {self.task[:60]}"
