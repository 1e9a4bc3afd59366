"""iCalendar feeds of deadlines, built with the icalendar library."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar, Event

from tracker.directives.models import Directive, Role, Status

PRODID = "-//Directive Tracker//Deadlines//EN"


def _uid(directive: Directive) -> str:
    host = settings.SITE_URL.split("://", 1)[-1].split("/", 1)[0] or "tracker"
    return f"directive-{directive.pk}@{host}"


def calendar_bytes(*, name: str, directives: Iterable[Directive]) -> bytes:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", settings.TIME_ZONE)
    stamp = timezone.now()
    for directive in directives:
        links = list(directive.body_links.all())
        leads = [lk.body.name for lk in links if lk.role == Role.LEAD]
        co = [lk.body.name for lk in links if lk.role == Role.CO_EXECUTOR]
        link = settings.SITE_URL + reverse("dashboard:detail", args=[directive.pk])
        event = Event()
        event.add("uid", _uid(directive))
        event.add("dtstamp", stamp)
        event.add("last-modified", directive.updated)
        # All-day: a deadline is a date, not a moment.
        event.add("dtstart", directive.deadline)
        event.add("dtend", directive.deadline + dt.timedelta(days=1))
        summary = directive.task if len(directive.task) <= 120 else directive.task[:119] + "…"
        if directive.status == Status.DONE:
            summary = "✓ " + summary
        event.add("summary", summary)
        lines = [directive.task, ""]
        if leads:
            lines.append("Lead: " + "; ".join(leads))
        if co:
            lines.append("Co-executors: " + "; ".join(co))
        if directive.issuer:
            lines.append("Issuer: " + directive.issuer)
        lines += ["", link]
        event.add("description", "\n".join(lines))
        event.add("url", link)
        event.add("status", "CONFIRMED")
        if leads or co:
            event.add("categories", leads + co)
        event.add("transp", "TRANSPARENT")
        cal.add_component(event)
    return cal.to_ical()
