"""The registry of government bodies: who can be told to do something."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _


def validate_email_list(value: object) -> None:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ValidationError(_("Enter a list of email addresses."))
    for item in value:
        try:
            validate_email(item)
        except ValidationError:
            raise ValidationError(
                _("%(email)s is not a valid email address."), params={"email": item}
            ) from None


class Body(models.Model):
    class Kind(models.TextChoices):
        GOVERNMENT = "government", _("Government")
        PRESIDENTIAL_ADMINISTRATION = "presidential_administration", _(
            "Presidential Administration"
        )
        MINISTRY = "ministry", _("Ministry")
        AGENCY = "agency", _("Agency")
        COMMITTEE = "committee", _("Committee")
        AKIMAT = "akimat", _("Akimat")
        NATIONAL_COMPANY = "national_company", _("National company")
        FUND = "fund", _("Fund")
        BANK = "bank", _("Bank")
        GROUP = "group", _("Group of bodies")
        OTHER = "other", _("Other")

    name = models.CharField(_("canonical name (English)"), max_length=255)
    name_ru = models.CharField(_("name in Russian"), max_length=255, blank=True)
    name_kk = models.CharField(_("name in Kazakh"), max_length=255, blank=True)
    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices, default=Kind.OTHER)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
    )
    contact_emails = models.JSONField(
        _("contact emails"), default=list, blank=True, validators=[validate_email_list]
    )
    is_active = models.BooleanField(_("active"), default=True)
    # Set when the extractor met a name that is not in the registry: the body exists so
    # the directive keeps it, and an editor decides whether it is new or an alias.
    needs_review = models.BooleanField(_("needs review"), default=False)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("body")
        verbose_name_plural = _("bodies")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(Lower("name"), name="body_name_unique_ci"),
        ]

    def __str__(self) -> str:
        return self.name

    def all_names(self) -> list[str]:
        names = [self.name, self.name_ru, self.name_kk]
        names.extend(alias.name for alias in self.aliases.all())
        return [name for name in names if name]


class BodyAlias(models.Model):
    """Another name of a body: abbreviation, short form, former name, other language."""

    body = models.ForeignKey(Body, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(_("alias"), max_length=255)

    class Meta:
        verbose_name = _("alias")
        verbose_name_plural = _("aliases")
        ordering = ["name"]
        constraints = [
            # One alias names one body; two bodies sharing "MTI" would make matching a guess.
            models.UniqueConstraint(Lower("name"), name="bodyalias_name_unique_ci"),
        ]

    def __str__(self) -> str:
        return self.name
