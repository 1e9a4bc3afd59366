"""Pages that read: overview, directive list (with bulk actions and exports), calendar
and its feeds. The detail page and the review queue live in views_detail/views_review.

Function views, thin (healthchecks style): parse, call a selector or a service, render.
htmx requests get the named partial of the same template; a plain GET of any URL that
htmx pushed renders the whole page.
"""

from __future__ import annotations

import datetime as dt

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseRedirect,
    QueryDict,
    StreamingHttpResponse,
)
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_POST

from tracker.bodies.models import Body
from tracker.dashboard import selectors, services
from tracker.dashboard.exports import csv_stream, xlsx_bytes
from tracker.dashboard.filters import DirectiveFilterForm
from tracker.dashboard.forms import PeriodForm
from tracker.dashboard.ics import calendar_bytes
from tracker.dashboard.models import CalendarFeed
from tracker.dashboard.pagination import paginate
from tracker.dashboard.permissions import EDIT, editor_required, viewer_required
from tracker.directives.models import Directive

PAGE_SIZE = 25


def _partial_or_page(request, template: str, partial: str, context: dict) -> HttpResponse:
    """The named partial for an htmx request, the whole page otherwise. Vary on
    HX-Request so a browser never serves one for the other from its cache."""
    is_fragment = request.htmx and not request.htmx.history_restore_request
    name = f"{template}#{partial}" if is_fragment else template
    response = render(request, name, context)
    patch_vary_headers(response, ("HX-Request",))
    return response


@viewer_required
@require_GET
def overview(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    period_form = PeriodForm(request.GET or None)
    start, end = period_form.period(today)
    figures = selectors.overview_figures(today=today, start=start, end=end)
    context = {
        "counts": figures.counts,
        "next_deadlines": figures.next_deadlines,
        "by_body": figures.by_body,
        "report": figures.report,
        "computed_at": figures.computed_at,
        "period_form": period_form,
        "today": today,
        "week_end": today + dt.timedelta(days=7),
        "month_end": today + dt.timedelta(days=30),
    }
    template = "dashboard/overview.html"
    if request.htmx and not request.htmx.history_restore_request and (
        request.GET.get("part") == "discipline"
    ):
        template += "#discipline"
    response = render(request, template, context)
    patch_vary_headers(response, ("HX-Request",))
    return response


def _filtered(request: HttpRequest) -> tuple[DirectiveFilterForm, object]:
    form = DirectiveFilterForm(request.GET)
    queryset = form.order(form.filter(Directive.objects.all()))
    return form, queryset


def _with(query: QueryDict, **params) -> str:
    query = query.copy()
    for key in ("page", "after", "before"):
        query.pop(key, None)
    for key, value in params.items():
        query[key] = value
    encoded = query.urlencode()
    return "?" + encoded if encoded else ""


@viewer_required
@require_GET
def directive_list(request: HttpRequest) -> HttpResponse:
    form = DirectiveFilterForm(request.GET)
    rows = selectors.directive_rows(form.filter(Directive.objects.all()))
    page = paginate(
        rows, request.GET, sort=form.sort_key(), per_page=PAGE_SIZE, filtered=form.is_filtered()
    )
    list_url = reverse("dashboard:directive_list")
    context = {
        "form": form,
        "page": page,
        "query_string": _with(request.GET).lstrip("?"),
        "current_url": list_url + _with(request.GET, **{
            key: request.GET[key] for key in ("page", "after", "before") if key in request.GET
        }),
        "next_url": list_url + _with(request.GET, **page.next_query) if page.has_next else "",
        "previous_url": list_url + _with(request.GET, **page.previous_query)
        if page.has_previous else "",
        "first_url": list_url + _with(request.GET),
        "list_url": list_url,
        "sort": form.sort_key(),
        "can_edit": request.user.has_perm(EDIT),
        "today": timezone.localdate(),
    }
    return _partial_or_page(request, "dashboard/directive_list.html", "results", context)


@editor_required
@require_POST
def directive_bulk(request: HttpRequest) -> HttpResponse:
    """Bulk accept / mark done. The first POST asks for confirmation; the second, with
    confirm=1, acts. Both steps work without JavaScript too."""
    action = request.POST.get("action", "")
    ids = [int(value) for value in request.POST.getlist("ids") if value.isdigit()]
    back = request.POST.get("back") or reverse("dashboard:directive_list")
    if not back.startswith("/") or back.startswith("//"):
        back = reverse("dashboard:directive_list")
    if action not in services.BULK_ACTIONS or not ids:
        message = _("Select some directives and an action first.")
        if request.htmx:
            return render(request, "dashboard/_bulk.html#bulk-message", {"message": message})
        messages.error(request, message)
        return redirect(back)
    if request.POST.get("confirm") != "1":
        directives = list(Directive.objects.filter(pk__in=ids).only("id", "task", "status")[:50])
        context = {"action": action, "ids": ids, "directives": directives, "back": back,
                   "count": len(ids)}
        template = "dashboard/_bulk.html#bulk-confirm" if request.htmx else "dashboard/bulk.html"
        return render(request, template, context)
    result = services.directives_bulk_apply(
        action=action, directive_ids=ids, user=request.user,
        comment=request.POST.get("comment", ""),
    )
    selectors.overview_invalidate()
    context = {"result": result, "action": action}
    if request.htmx:
        response = render(request, "dashboard/_bulk.html#bulk-done", context)
        response["HX-Trigger"] = "directives-changed"
        return response
    messages.success(
        request,
        ngettext("%(n)d directive changed.", "%(n)d directives changed.", len(result.done))
        % {"n": len(result.done)},
    )
    for directive_id, error in result.failed:
        messages.error(request, f"#{directive_id}: {error}")
    return redirect(back)


@viewer_required
@require_GET
def directive_export(request: HttpRequest, fmt: str) -> HttpResponse:
    _form, queryset = _filtered(request)
    rows = selectors.directive_rows(queryset)
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
    if fmt == "csv":
        response = StreamingHttpResponse(csv_stream(rows), content_type="text/csv; charset=utf-8")
    elif fmt == "xlsx":
        response = HttpResponse(
            xlsx_bytes(rows),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    else:
        raise Http404
    response["Content-Disposition"] = f'attachment; filename="directives-{stamp}.{fmt}"'
    return response


def _month(request: HttpRequest) -> dt.date:
    raw = request.GET.get("month", "")
    try:
        year, month = (int(part) for part in raw.split("-", 1))
        return dt.date(year, month, 1)
    except (ValueError, TypeError):
        return timezone.localdate().replace(day=1)


@viewer_required
@require_GET
def calendar_view(request: HttpRequest) -> HttpResponse:
    first = _month(request)
    form = DirectiveFilterForm(request.GET)
    weeks = selectors.calendar_month(
        year=first.year, month=first.month, queryset=form.filter(Directive.objects.all())
    )
    previous = (first - dt.timedelta(days=1)).replace(day=1)
    following = (first + dt.timedelta(days=32)).replace(day=1)
    feed = CalendarFeed.objects.filter(user=request.user).first()
    context = {
        "weeks": weeks,
        "first": first,
        "previous": previous,
        "following": following,
        "today": timezone.localdate(),
        "feed": feed,
        "form": form,
        "followed_bodies": selectors.user_followed_bodies(user=request.user) if feed else [],
    }
    return _partial_or_page(request, "dashboard/calendar.html", "month", context)


@login_required
@require_POST
def calendar_feed_manage(request: HttpRequest) -> HttpResponse:
    """Create, replace or revoke the user's secret calendar link (their own only)."""
    if request.POST.get("action") == "revoke":
        services.calendar_feed_revoke(user=request.user)
        messages.success(request, _("Your calendar link is revoked; it no longer works."))
    else:
        services.calendar_feed_renew(user=request.user)
        messages.success(request, _("Your calendar link is ready. Any older link stopped working."))
    return HttpResponseRedirect(reverse("dashboard:calendar") + "#feeds")


def _feed_owner(token: str) -> CalendarFeed:
    feed = CalendarFeed.objects.select_related("user").filter(token=token).first()
    if feed is None or not feed.user.is_active or not feed.user.has_perm(
        "directives.view_directive"
    ):
        raise Http404
    return feed


def _ics_response(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    response["Cache-Control"] = "private, max-age=300"
    return response


# No login: calendar apps fetch these. The secret token in the URL is the credential.
@require_GET
def calendar_feed_user(request: HttpRequest, token: str) -> HttpResponse:
    feed = _feed_owner(token)
    directives = selectors.feed_directives(user=feed.user)
    name = _("Deadlines I follow")
    return _ics_response(calendar_bytes(name=name, directives=directives), "deadlines.ics")


@require_GET
def calendar_feed_body(request: HttpRequest, token: str, body_id: int) -> HttpResponse:
    _feed_owner(token)
    body = get_object_or_404(Body, pk=body_id)
    directives = selectors.feed_directives(body=body)
    return _ics_response(
        calendar_bytes(name=body.name, directives=directives), f"body-{body.pk}.ics"
    )
