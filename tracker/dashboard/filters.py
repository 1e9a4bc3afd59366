"""The directive list's filters and sorting, read from the query string.

One form parses the GET parameters for the list page, its htmx results, the exports
and the calendar, so a bookmarked or exported view always means the same rows.
"""

from __future__ import annotations

from django import forms
from django.core.cache import cache
from django.db.models import F, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tracker.bodies.models import Body
from tracker.dashboard.search import directive_search
from tracker.directives.models import ACTIVE_STATUSES, Directive, Language, Role, Status

ACTIVE = "active"
ANY_ROLE = ""

SORTS = {
    "deadline": (F("deadline").asc(nulls_last=True), "id"),
    "-deadline": (F("deadline").desc(nulls_last=True), "-id"),
    "created": ("created", "id"),
    "-created": ("-created", "-id"),
    "status": ("status", F("deadline").asc(nulls_last=True), "id"),
    "issuer": ("issuer", F("deadline").asc(nulls_last=True), "id"),
}
SORT_LABELS = {
    "": _("Deadline, soonest first"),
    "-deadline": _("Deadline, latest first"),
    "-created": _("Newest first"),
    "created": _("Oldest first"),
    "status": _("Status"),
    "issuer": _("Issuer"),
}
CHOICES_CACHE_SECONDS = 300


def _cached_distinct(field: str) -> list[str]:
    """Issuers and sources for the filter menus: a DISTINCT over the whole table costs
    tens of milliseconds at 100,000 rows, so it is kept for a few minutes."""

    def load() -> list[str]:
        if field == "source_name":
            rows = Directive.objects.exclude(article__source_name="").values_list(
                "article__source_name", flat=True
            )
        else:
            rows = Directive.objects.exclude(**{field: ""}).values_list(field, flat=True)
        return sorted(set(rows.order_by().distinct()))

    return cache.get_or_set(f"dashboard:distinct:{field}", load, CHOICES_CACHE_SECONDS)


def _body_choices() -> list[tuple[int, str]]:
    return cache.get_or_set(
        "dashboard:bodies",
        lambda: list(Body.objects.order_by("name").values_list("id", "name")),
        CHOICES_CACHE_SECONDS,
    )


class DirectiveFilterForm(forms.Form):
    q = forms.CharField(label=_("Words"), required=False, max_length=200)
    body = forms.TypedChoiceField(label=_("Body"), required=False, coerce=int, empty_value=None)
    role = forms.ChoiceField(
        label=_("Role"),
        required=False,
        choices=[(ANY_ROLE, _("Any role")), *Role.choices],
    )
    issuer = forms.ChoiceField(label=_("Issuer"), required=False)
    status = forms.ChoiceField(label=_("Status"), required=False)
    deadline_from = forms.DateField(
        label=_("Deadline from"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    deadline_to = forms.DateField(
        label=_("Deadline to"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    overdue = forms.BooleanField(label=_("Overdue"), required=False)
    no_deadline = forms.BooleanField(label=_("No deadline"), required=False)
    lang = forms.ChoiceField(
        label=_("Language"), required=False, choices=[("", _("Any language")), *Language.choices]
    )
    source = forms.ChoiceField(label=_("Source"), required=False)
    sort = forms.ChoiceField(
        label=_("Sort"), required=False, choices=list(SORT_LABELS.items())
    )

    def __init__(self, data=None, **kwargs):
        super().__init__(data if data is not None else {}, **kwargs)
        self.fields["body"].choices = [("", _("Any body")), *_body_choices()]
        self.fields["status"].choices = [
            ("", _("Any status")),
            (ACTIVE, _("Active (open or in progress)")),
            *Status.choices,
        ]
        self.fields["issuer"].choices = [("", _("Any issuer"))] + [
            (name, name) for name in _cached_distinct("issuer")
        ]
        self.fields["source"].choices = [("", _("Any source"))] + [
            (name, name) for name in _cached_distinct("source_name")
        ]

    @property
    def values(self) -> dict:
        """Cleaned values; an invalid field counts as not set rather than failing the page."""
        if not self.is_bound:
            return {}
        self.is_valid()
        return self.cleaned_data

    def filter(self, queryset: QuerySet[Directive], *, today=None) -> QuerySet[Directive]:
        v = self.values
        today = today or timezone.localdate()
        if v.get("body"):
            links = {"body_links__body_id": v["body"]}
            if v.get("role"):
                links["body_links__role"] = v["role"]
            # One join row per directive: a body appears once in a directive.
            queryset = queryset.filter(**links)
        if v.get("issuer"):
            queryset = queryset.filter(issuer=v["issuer"])
        status = v.get("status")
        if status == ACTIVE:
            queryset = queryset.filter(status__in=sorted(ACTIVE_STATUSES))
        elif status:
            queryset = queryset.filter(status=status)
        if v.get("deadline_from"):
            queryset = queryset.filter(deadline__gte=v["deadline_from"])
        if v.get("deadline_to"):
            queryset = queryset.filter(deadline__lte=v["deadline_to"])
        if v.get("overdue"):
            queryset = queryset.filter(status__in=sorted(ACTIVE_STATUSES), deadline__lt=today)
        if v.get("no_deadline"):
            queryset = queryset.filter(deadline__isnull=True)
        if v.get("lang"):
            queryset = queryset.filter(article__lang=v["lang"])
        if v.get("source"):
            queryset = queryset.filter(article__source_name=v["source"])
        if v.get("q"):
            queryset = directive_search(queryset, v["q"])
        return queryset

    def sort_key(self) -> str:
        return self.values.get("sort") or "deadline"

    def order(self, queryset: QuerySet[Directive]) -> QuerySet[Directive]:
        return queryset.order_by(*SORTS[self.sort_key()])

    def is_filtered(self) -> bool:
        return any(value not in (None, "", False) for key, value in self.values.items()
                   if key != "sort")
