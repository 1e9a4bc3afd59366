"""List filters and display helpers of the directive admin."""

from __future__ import annotations

import calendar
import datetime as dt

from django.contrib import admin
from django.db.models import Exists, OuterRef
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from tracker.bodies.models import Body
from tracker.directives.models import CLOSED_STATUSES, Directive, DirectiveBody, Role

# How much of the article is shown around the evidence sentence, each side.
EVIDENCE_CONTEXT_CHARS = 400


class DeadlineRangeFilter(admin.SimpleListFilter):
    title = gettext_lazy("deadline")
    parameter_name = "due"

    def lookups(self, request, model_admin):
        return [
            ("overdue", _("overdue")),
            ("week", _("due this week (today to Sunday)")),
            ("month", _("due this month (today to month end)")),
            ("none", _("no deadline")),
        ]

    def queryset(self, request, queryset):
        today = timezone.localdate()
        value = self.value()
        if value == "overdue":
            return queryset.overdue(today)
        if value == "week":
            sunday = today + dt.timedelta(days=6 - today.weekday())
            return queryset.filter(deadline__range=(today, sunday))
        if value == "month":
            last = today.replace(day=calendar.monthrange(today.year, today.month)[1])
            return queryset.filter(deadline__range=(today, last))
        if value == "none":
            return queryset.filter(deadline__isnull=True)
        return queryset


class BodyFilter(admin.SimpleListFilter):
    """Directives naming a body; with the role filter beside it, in that role only."""

    title = gettext_lazy("body")
    parameter_name = "body"

    def lookups(self, request, model_admin):
        named = DirectiveBody.objects.filter(body=OuterRef("pk"))
        return list(Body.objects.filter(Exists(named)).values_list("pk", "name"))

    def queryset(self, request, queryset):
        if self.value() is None:
            return queryset
        links = DirectiveBody.objects.filter(directive=OuterRef("pk"), body_id=int(self.value()))
        role = request.GET.get(BodyRoleFilter.parameter_name)
        if role in Role.values:
            links = links.filter(role=role)
        return queryset.filter(Exists(links))


class BodyRoleFilter(admin.SimpleListFilter):
    title = gettext_lazy("body's role")
    parameter_name = "body_role"

    def lookups(self, request, model_admin):
        return Role.choices

    def queryset(self, request, queryset):
        if self.value() not in Role.values or request.GET.get(BodyFilter.parameter_name):
            return queryset  # with a body chosen, BodyFilter applies the role to it
        return queryset.filter(
            Exists(DirectiveBody.objects.filter(directive=OuterRef("pk"), role=self.value()))
        )


def days_left_badge(directive: Directive, today: dt.date | None = None) -> str:
    if directive.deadline is None or directive.status in CLOSED_STATUSES:
        return "—"
    today = today or timezone.localdate()
    days = directive.days_left(today)
    if directive.is_overdue(today):
        css, colour = "overdue", "#ba2121"
        text = ngettext("%(n)d day overdue", "%(n)d days overdue", -days) % {"n": -days}
    elif days < 0:  # a proposal whose deadline has passed: not anyone's work yet
        css, colour = "passed", "#666"
        text = ngettext("passed %(n)d day ago", "passed %(n)d days ago", -days) % {"n": -days}
    elif days == 0:
        css, colour = "due-soon", "#b35c00"
        text = _("due today")
    else:
        css, colour = ("due-soon", "#b35c00") if days <= 7 else ("on-track", "#2e7d32")
        text = ngettext("%(n)d day left", "%(n)d days left", days) % {"n": days}
    return format_html(
        '<span class="days-left {}" style="color: {}; font-weight: bold">{}</span>',
        css, colour, text,
    )


def _evidence_span(directive: Directive, text: str) -> tuple[int, int] | None:
    start, end = directive.sentence_start, directive.sentence_end
    if start is not None and end is not None and 0 <= start < end <= len(text):
        return start, end
    if directive.sentence:
        found = text.find(directive.sentence)
        if found >= 0:
            return found, found + len(directive.sentence)
    return None


def _cut_left(text: str, start: int) -> int:
    """Start the context at a word boundary rather than mid-word."""
    if start <= 0:
        return 0
    space = text.find(" ", start, start + 40)
    return space + 1 if space >= 0 else start


def _cut_right(text: str, end: int) -> int:
    if end >= len(text):
        return len(text)
    space = text.rfind(" ", end - 40, end)
    return space if space >= 0 else end


def evidence_html(directive: Directive) -> SafeString:
    """The evidence sentence highlighted inside its article. The article is untrusted
    text from the web: the template escapes every piece of it."""
    text = directive.article.text if directive.article_id else ""
    span = _evidence_span(directive, text)
    if span is None:
        context = {"sentence": directive.sentence, "located": False}
    else:
        start, end = span
        left = _cut_left(text, start - EVIDENCE_CONTEXT_CHARS)
        right = _cut_right(text, end + EVIDENCE_CONTEXT_CHARS)
        context = {
            "located": True,
            "cut_before": left > 0,
            "before": text[left:start],
            "sentence": text[start:end],
            "after": text[end:right],
            "cut_after": right < len(text),
        }
    return render_to_string("admin/directives/directive/evidence.html", context)
