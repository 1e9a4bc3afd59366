"""Keyset ("seek") pagination for the directive list, with OFFSET pages as a fallback.

Next and Previous links carry the sort key of the page's last (or first) row, so a page
deep in a 100,000-row list is an index range scan from that key instead of reading and
discarding every row before it (page 400 with OFFSET reads 10,000 rows; with a key, 25).
`?page=N` still works (bookmarks, sorts without a key order), through OFFSET.

The key orders are the list's deadline and creation orders. The deadline may be NULL
(sorted last): the seek runs over the dated rows with an SQL row comparison, which
PostgreSQL and SQLite both turn into an index range, and continues into the undated rows
by id once the dated ones run out.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.db.models import F, QuerySet

TABLE = '"directives_directive"'
# sort key -> (column, descending, column may be NULL)
KEYSET_SORTS = {
    "deadline": ("deadline", False, True),
    "-deadline": ("deadline", True, True),
    "created": ("created", False, False),
    "-created": ("created", True, False),
}
COUNT_CAP = 10_000


@dataclass
class ListPage:
    object_list: list
    count: int
    count_capped: bool = False
    has_next: bool = False
    has_previous: bool = False
    next_query: dict = field(default_factory=dict)
    previous_query: dict = field(default_factory=dict)
    number: int | None = None  # OFFSET pages only
    num_pages: int | None = None


def encode_cursor(value, pk: int) -> str:
    raw = json.dumps([value.isoformat() if value is not None else None, pk])
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(token: str, column: str):
    try:
        padded = token + "=" * (-len(token) % 4)
        value, pk = json.loads(base64.urlsafe_b64decode(padded.encode()).decode())
        if value is not None:
            value = (dt.date if column == "deadline" else dt.datetime).fromisoformat(value)
        return value, int(pk)
    except (ValueError, TypeError, json.JSONDecodeError, UnicodeDecodeError):
        return None


def _ordered(queryset: QuerySet, column: str, descending: bool, reverse: bool) -> QuerySet:
    down = descending != reverse
    # Forward: NULLs last; read backwards, they come first.
    nulls = {"nulls_first": True} if reverse else {"nulls_last": True}
    expression = F(column).desc(**nulls) if down else F(column).asc(**nulls)
    return queryset.order_by(expression, "-id" if down else "id")


def _adapt(column: str, value):
    """The cursor's value as the database stores it (SQLite keeps datetimes as UTC text)."""
    from django.db import connection

    if column == "deadline":
        return connection.ops.adapt_datefield_value(value)
    return connection.ops.adapt_datetimefield_value(value)


def _seek(queryset: QuerySet, column: str, value, pk: int, *, descending: bool,
          reverse: bool) -> tuple[QuerySet, QuerySet | None]:
    """Rows strictly after (value, pk) in the list's order (before it, if `reverse`):
    the dated part as one row comparison, and the undated part separately (or None)."""
    later = descending == reverse  # compare with > when walking up the column
    op = ">" if later else "<"
    if value is not None:
        dated = queryset.filter(**{f"{column}__isnull": False}).extra(
            where=[f"({TABLE}.\"{column}\", {TABLE}.\"id\") {op} (%s, %s)"],
            params=[_adapt(column, value), pk],
        )
        undated = queryset.filter(**{f"{column}__isnull": True}) if not reverse else None
        return dated, undated
    # The cursor is in the undated tail (ordered by id the same way as the column).
    undated = queryset.filter(**{f"{column}__isnull": True}).extra(
        where=[f'{TABLE}."id" {op} %s'], params=[pk]
    )
    dated = queryset.filter(**{f"{column}__isnull": False}) if reverse else None
    return undated, dated


def _take(parts: list[QuerySet | None], column, descending, reverse, limit) -> list:
    rows: list = []
    for part in parts:
        if part is None or len(rows) > limit:
            continue
        rows.extend(_ordered(part, column, descending, reverse)[: limit + 1 - len(rows)])
    return rows


def _count(queryset: QuerySet, *, filtered: bool) -> tuple[int, bool]:
    """An exact count of the whole table is an index-only scan; of a filtered search it
    can read tens of thousands of rows, so past COUNT_CAP it says "more than"."""
    if not filtered:
        return queryset.order_by().count(), False
    count = queryset.order_by()[: COUNT_CAP + 1].count()
    return min(count, COUNT_CAP), count > COUNT_CAP


def paginate(queryset: QuerySet, params, *, sort: str, per_page: int,
             filtered: bool) -> ListPage:
    """The page asked for by `params` (after=, before= or page=) of `queryset`, which
    must be unordered rows of the list (select/prefetch applied)."""
    count, capped = _count(queryset, filtered=filtered)
    spec = KEYSET_SORTS.get(sort)
    if spec is None or (params.get("page") and not (params.get("after") or params.get("before"))):
        return _offset_page(queryset, params, sort=sort, per_page=per_page, count=count,
                            capped=capped)
    column, descending, _nullable = spec
    after, before = params.get("after"), params.get("before")
    cursor = decode_cursor(after or before or "", column) if (after or before) else None
    reverse = bool(before) and cursor is not None
    if cursor is None:
        rows = _take([queryset], column, descending, False, per_page)
        has_previous = False
    else:
        first, second = _seek(queryset, column, *cursor, descending=descending,
                              reverse=reverse)
        rows = _take([first, second], column, descending, reverse, per_page)
        has_previous = True
    more = len(rows) > per_page
    rows = rows[:per_page]
    if reverse:
        rows.reverse()
        has_next, has_previous = True, more
    else:
        has_next = more
    page = ListPage(object_list=rows, count=count, count_capped=capped,
                    has_next=has_next and bool(rows), has_previous=has_previous and bool(rows))
    if rows:
        last, first_row = rows[-1], rows[0]
        page.next_query = {"after": encode_cursor(getattr(last, column), last.pk)}
        page.previous_query = {"before": encode_cursor(getattr(first_row, column), first_row.pk)}
    return page


def _offset_page(queryset, params, *, sort, per_page, count, capped) -> ListPage:
    from tracker.dashboard.filters import SORTS

    paginator = Paginator(queryset.order_by(*SORTS[sort]), per_page)
    paginator.count = count  # already counted (maybe capped); do not count again
    page = paginator.get_page(params.get("page"))
    return ListPage(
        object_list=list(page.object_list), count=count, count_capped=capped,
        has_next=page.has_next(), has_previous=page.has_previous(),
        next_query={"page": page.next_page_number()} if page.has_next() else {},
        previous_query={"page": page.previous_page_number()} if page.has_previous() else {},
        number=page.number, num_pages=paginator.num_pages,
    )
