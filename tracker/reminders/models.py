"""Who follows what, how they like to hear about it, and the reminder outbox.

A reminder is a database row before it is an email (pretix's outbox): the scan plans
rows, claims the due ones, and a send task turns a claimed group into one message.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from tracker.bodies.models import Body
from tracker.directives.models import Directive
from tracker.reminders import policy


class Subscription(models.Model):
    """A user follows a body (in a chosen role) or one directive."""

    class BodyRole(models.TextChoices):
        LEAD = "lead", _("As lead executor")
        CO_EXECUTOR = "co_executor", _("As co-executor")
        ANY = "any", _("Lead or co-executor")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="subscriptions"
    )
    body = models.ForeignKey(
        Body, null=True, blank=True, on_delete=models.CASCADE, related_name="subscriptions"
    )
    directive = models.ForeignKey(
        Directive, null=True, blank=True, on_delete=models.CASCADE, related_name="subscriptions"
    )
    body_role = models.CharField(
        _("role"), max_length=12, choices=BodyRole.choices, default=BodyRole.ANY
    )
    # Supervisors of a body also get the weekly summary of its long-overdue directives.
    is_supervisor = models.BooleanField(
        _("supervisor"),
        default=False,
        help_text=_("Also receives the weekly summary of this body's long-overdue directives."),
    )
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("subscription")
        verbose_name_plural = _("subscriptions")
        constraints = [
            models.CheckConstraint(
                condition=(Q(body__isnull=False) & Q(directive__isnull=True))
                | (Q(body__isnull=True) & Q(directive__isnull=False)),
                name="subscription_body_xor_directive",
            ),
            models.UniqueConstraint(fields=["user", "body"], name="subscription_user_body"),
            models.UniqueConstraint(
                fields=["user", "directive"], name="subscription_user_directive"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} → {self.body or self.directive}"


class Delivery(models.TextChoices):
    IMMEDIATE = "immediate", _("Immediately, as reminders fall due")
    DIGEST = "digest", _("One daily digest")


class ReminderPreference(models.Model):
    """How one user wants reminders. No row means the defaults."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reminder_preference"
    )
    enabled = models.BooleanField(_("send me reminders"), default=True)
    delivery = models.CharField(
        _("delivery"), max_length=10, choices=Delivery.choices, default=Delivery.DIGEST
    )
    # Days before the deadline; empty means the site's REMINDER_STAGES.
    stages = models.JSONField(_("stages"), default=list, blank=True)
    overdue = models.BooleanField(_("remind me of overdue directives"), default=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("reminder preference")
        verbose_name_plural = _("reminder preferences")

    def __str__(self) -> str:
        return f"{self.user}: {self.delivery}"

    def effective_stages(self, default: list[int] | tuple[int, ...]) -> tuple[int, ...]:
        chosen = policy.normalize_stages(s for s in self.stages if s in default)
        return chosen or policy.normalize_stages(default)


class ContactOptOut(models.Model):
    """A body's contact address that asked to hear nothing more about that body."""

    body = models.ForeignKey(Body, on_delete=models.CASCADE, related_name="contact_opt_outs")
    email = models.EmailField(_("email"))
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("contact opt-out")
        verbose_name_plural = _("contact opt-outs")
        constraints = [
            models.UniqueConstraint(fields=["body", "email"], name="contactoptout_body_email"),
        ]

    def __str__(self) -> str:
        return f"{self.email} ({self.body})"


class Reminder(models.Model):
    """One reminder of one directive at one stage for one address: the outbox row."""

    class Kind(models.TextChoices):
        STAGE = policy.KIND_STAGE, _("Deadline reminder")
        ESCALATION = policy.KIND_ESCALATION, _("Overdue summary for supervisors")

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        SENDING = "sending", _("Sending")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")
        CANCELLED = "cancelled", _("Cancelled")
        # Superseded by a later stage before it went out (catch-up after downtime).
        SKIPPED = "skipped", _("Skipped")

    # No index of its own: the unique constraint below starts with the directive. Every
    # index on this table is paid for by each row the scan inserts.
    directive = models.ForeignKey(
        Directive, on_delete=models.CASCADE, related_name="reminders", db_index=False
    )
    # The deadline this reminder was computed for. Part of the row's identity: after a
    # deadline moves, "7 days before" is a new reminder, not the one already sent.
    deadline = models.DateField(_("deadline"))
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.STAGE)
    # Days before the deadline; negative: days overdue (see policy).
    stage = models.IntegerField(_("stage"))
    recipient = models.EmailField(_("recipient"))
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="reminders",
    )
    # For a body's contact address (no user): which body's list it came from, so the
    # unsubscribe link turns off that address for that body only.
    body = models.ForeignKey(
        Body, null=True, blank=True, on_delete=models.CASCADE, related_name="+", db_index=False
    )
    immediate = models.BooleanField(default=True)
    scheduled_at = models.DateTimeField(_("scheduled"))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.QUEUED
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    # Set when a scan claims the row; the send task only acts on rows still holding
    # the claim it was given, so a swept and re-claimed row cannot go out twice.
    claim = models.UUIDField(null=True, blank=True)
    claimed_at = models.DateTimeField(_("claimed"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("reminder")
        verbose_name_plural = _("reminders")
        ordering = ["-scheduled_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["directive", "deadline", "kind", "stage", "recipient"],
                name="reminder_once_per_directive_stage_recipient",
            ),
        ]
        indexes = [
            models.Index(
                fields=["scheduled_at"], condition=Q(status="queued"), name="reminder_queued_due"
            ),
            models.Index(
                fields=["claimed_at"], condition=Q(status="sending"), name="reminder_sending"
            ),
            # "Has this digest reader had today's email?" and the contact unsubscribe.
            models.Index(fields=["recipient", "claimed_at"], name="reminder_recipient_claimed"),
            # A send task's rows: only rows in `sending` are ever looked up by claim.
            models.Index(
                fields=["claim", "recipient"],
                condition=Q(status="sending"),
                name="reminder_claim_recipient",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.recipient}: {self.directive_id} @ {self.stage}"
