"""Small helpers for the dashboard templates."""

from __future__ import annotations

from django import template
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

register = template.Library()


@register.simple_tag
def days_left_label(directive, today=None) -> str:
    """"in 3 days", "today", "2 days overdue" for an active directive with a deadline."""
    days = directive.days_left(today or timezone.localdate())
    if days is None:
        return ""
    if days == 0:
        return _("today")
    if days < 0:
        return ngettext("%(n)d day overdue", "%(n)d days overdue", -days) % {"n": -days}
    return ngettext("in %(n)d day", "in %(n)d days", days) % {"n": days}


@register.filter
def percent(value) -> str:
    if value is None:
        return "—"
    return f"{round(value * 100)}%"


@register.filter
def width(value) -> str:
    """A share (0..1) as a CSS width: '37%'."""
    return f"{max(0, min(100, round((value or 0) * 100)))}%"


@register.simple_tag
def select(bound_field, **attrs):
    """A <select> for a choice field, built in Python: Django's widget templates render
    one include per <option>, which costs more than the rest of the list page together
    when the registry's 140 bodies are options."""
    from django.utils.html import format_html, format_html_join

    value = bound_field.value()
    selected = {str(v) for v in value} if isinstance(value, list | tuple) else {
        "" if value is None else str(value)
    }
    options = format_html_join(
        "",
        '<option value="{}"{}>{}</option>',
        (
            (key, " selected" if str(key) in selected else "", label)
            for key, label in bound_field.field.choices
        ),
    )
    extra = format_html_join("", ' {}="{}"', attrs.items())
    return format_html(
        '<select name="{}" id="{}"{}>{}</select>',
        bound_field.html_name, bound_field.id_for_label, extra, options,
    )
