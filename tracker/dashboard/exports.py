"""CSV and XLSX of the directive list as filtered on screen.

Both stream: the list can hold 100,000 rows. Cells that a spreadsheet would run as a
formula (=, +, -, @ first) are prefixed with a quote: the text comes from news sites.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from django.conf import settings
from django.db.models import QuerySet
from django.urls import reverse
from django.utils.translation import gettext as _

from tracker.directives.models import Directive, Role, Status

EXPORT_CHUNK = 2000
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> object:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def export_headers() -> list[str]:
    return [
        _("ID"), _("Task"), _("Issuer"), _("Lead"), _("Co-executors"), _("Deadline"),
        _("Deadline words"), _("Status"), _("Completed"), _("Article"), _("Source"),
        _("Language"), _("Published"), _("Original URL"), _("Link"),
    ]


def export_rows(queryset: QuerySet[Directive]) -> Iterator[list[object]]:
    statuses = dict(Status.choices)
    for directive in queryset.iterator(chunk_size=EXPORT_CHUNK):
        links = list(directive.body_links.all())
        article = directive.article
        yield [
            directive.pk,
            directive.task,
            directive.issuer,
            "; ".join(lk.body.name for lk in links if lk.role == Role.LEAD),
            "; ".join(lk.body.name for lk in links if lk.role == Role.CO_EXECUTOR),
            directive.deadline.isoformat() if directive.deadline else "",
            directive.deadline_text,
            str(statuses.get(directive.status, directive.status)),
            directive.completed_at.date().isoformat() if directive.completed_at else "",
            article.title if article else "",
            article.source_name if article else "",
            article.lang if article else "",
            article.published.date().isoformat() if article else "",
            (article.url or "") if article else "",
            settings.SITE_URL + reverse("dashboard:detail", args=[directive.pk]),
        ]


class _Echo:
    def write(self, value: str) -> str:
        return value


def csv_stream(queryset: QuerySet[Directive]) -> Iterator[str]:
    writer = csv.writer(_Echo())
    # A byte-order mark so that Excel opens the Cyrillic text as UTF-8.
    yield "\ufeff" + writer.writerow(export_headers())
    for row in export_rows(queryset):
        yield writer.writerow([_cell(value) for value in row])


def xlsx_bytes(queryset: QuerySet[Directive]) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_("Directives"))
    sheet.append(export_headers())
    for row in export_rows(queryset):
        sheet.append([_cell(value) for value in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


