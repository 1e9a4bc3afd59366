"""Who follows what. The reminder outbox itself arrives with the reminders feature."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from tracker.bodies.models import Body
from tracker.directives.models import Directive


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
