"""Small builders for the admin tests."""

from __future__ import annotations

import datetime as dt
import itertools

from tracker.bodies.models import Body
from tracker.directives.models import Article, Directive, DirectiveBody, Role, Status

_counter = itertools.count(1)


def make_article(text: str = "", *, lang: str = "en", title: str = "", **fields) -> Article:
    n = next(_counter)
    return Article.objects.create(
        title=title or f"Article {n}",
        text=text or f"Article number {n}. The Government must act.",
        lang=lang,
        published=fields.pop("published", dt.datetime(2025, 8, 5, 9, tzinfo=dt.UTC)),
        **fields,
    )


def make_directive(
    article: Article | None = None,
    *,
    task: str = "launch a pilot project",
    status: str = Status.PROPOSED,
    deadline: dt.date | None = None,
    bodies: tuple[tuple[Body, str], ...] = (),
    **fields,
) -> Directive:
    directive = Directive.objects.create(
        article=article or make_article(),
        task=task,
        status=status,
        deadline=deadline,
        deadline_granularity="day" if deadline else "",
        **fields,
    )
    for position, (body, role) in enumerate(bodies):
        DirectiveBody.objects.create(directive=directive, body=body, role=role, position=position)
    return directive


def body_named(name: str) -> Body:
    return Body.objects.get(name=name)


LEAD, CO = Role.LEAD, Role.CO_EXECUTOR


def form_data(response) -> dict:
    """The POST a browser would send back for an admin change form, as rendered."""
    data: dict = {}

    def put(form, name):
        value = form[name].value()
        key = form.add_prefix(name)
        if isinstance(value, bool):
            if value:
                data[key] = "on"
        elif value is None:
            data[key] = ""
        elif isinstance(value, dt.date):
            data[key] = value.isoformat()
        elif isinstance(value, list | tuple):
            data[key] = [str(item) for item in value]
        else:
            data[key] = str(value)

    form = response.context["adminform"].form
    for name in form.fields:
        put(form, name)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        for name in formset.management_form.fields:
            put(formset.management_form, name)
        for item in formset.forms:
            for name in item.fields:
                put(item, name)
    return data
