"""The review queue: proposed directives one after another, accept / edit / reject.

Each decision answers htmx with the next card (and pushes its URL), so a reviewer can
go through the queue with the keyboard alone (static/js/tracker.js binds the keys).
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from tracker.dashboard import selectors
from tracker.dashboard.forms import RejectForm, ReviewEditForm
from tracker.dashboard.permissions import EDIT, editor_required, viewer_required
from tracker.directives.models import Directive
from tracker.directives.review import (
    DirectiveEdit,
    directive_accept,
    directive_edit_and_accept,
    directive_reject,
)

TEMPLATE = "dashboard/review.html"


def _card_context(request, directive: Directive | None, **extra) -> dict:
    context = {
        "directive": directive,
        "parts": selectors.article_parts(directive) if directive else None,
        "suggestion": selectors.review_suggestion(directive=directive) if directive else None,
        "remaining": selectors.review_remaining(),
        "can_edit": request.user.has_perm(EDIT),
        "reject_form": RejectForm(),
        "edit_form": None,
    }
    context.update(extra)
    return context


def _render_card(request, directive, *, status=200, push=True, **extra) -> HttpResponse:
    context = _card_context(request, directive, **extra)
    if request.htmx:
        response = render(request, f"{TEMPLATE}#card", context, status=status)
        if push and status == 200:
            url = reverse("dashboard:review")
            if directive is not None:
                url = reverse("dashboard:review_item", args=[directive.pk])
            response["HX-Push-Url"] = url
    else:
        response = render(request, TEMPLATE, context, status=status)
    patch_vary_headers(response, ("HX-Request",))
    return response


@viewer_required
@require_GET
def review(request: HttpRequest) -> HttpResponse:
    after = request.GET.get("after", "")
    directive = selectors.review_next(after=int(after) if after.isdigit() else None)
    if directive is None and after:
        directive = selectors.review_next()  # wrapped around the end of the queue
    return _render_card(request, directive, push=bool(after))


@viewer_required
@require_GET
def review_item(request: HttpRequest, directive_id: int) -> HttpResponse:
    try:
        directive = selectors.directive_detail(directive_id=directive_id)
    except Directive.DoesNotExist:
        raise Http404 from None
    if not selectors.review_is_waiting(directive=directive):
        return redirect("dashboard:review")
    edit_form = None
    if request.GET.get("edit") == "1":
        edit_form = ReviewEditForm(initial=ReviewEditForm.initial_for(directive))
    return _render_card(request, directive, push=False, edit_form=edit_form)


def _waiting(directive_id: int) -> Directive:
    try:
        return selectors.directive_detail(directive_id=directive_id)
    except Directive.DoesNotExist:
        raise Http404 from None


def _next(request, done: Directive, message: str) -> HttpResponse:
    selectors.overview_invalidate()
    if not request.htmx:
        messages.success(request, message)
        following = selectors.review_next(after=done.pk) or selectors.review_next()
        if following is None:
            return redirect("dashboard:review")
        return redirect("dashboard:review_item", directive_id=following.pk)
    following = selectors.review_next(after=done.pk) or selectors.review_next()
    return _render_card(request, following, flash=message)


@editor_required
@require_POST
def review_accept(request: HttpRequest, directive_id: int) -> HttpResponse:
    directive = _waiting(directive_id)
    try:
        directive_accept(directive=directive, user=request.user)
    except ValidationError as exc:
        return _render_card(request, directive, status=422, error=" ".join(exc.messages))
    return _next(request, directive, _("Accepted #%(id)d.") % {"id": directive.pk})


@editor_required
@require_POST
def review_edit(request: HttpRequest, directive_id: int) -> HttpResponse:
    directive = _waiting(directive_id)
    form = ReviewEditForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        edit = DirectiveEdit(
            task=data["task"],
            issuer=data["issuer"],
            lead_body_ids=[b.pk for b in data["lead"]],
            co_executor_body_ids=[b.pk for b in data["co_executors"]],
            deadline=data["deadline"],
            deadline_text=data["deadline_text"],
        )
        try:
            directive_edit_and_accept(directive=directive, edit=edit, user=request.user)
        except ValidationError as exc:
            if hasattr(exc, "error_dict"):
                for name, errors in exc.message_dict.items():
                    form.add_error(name if name in form.fields else None, errors)
            else:
                form.add_error(None, exc.messages)
        else:
            message = _("Edited and accepted #%(id)d.") % {"id": directive.pk}
            return _next(request, directive, message)
    directive = _waiting(directive_id)
    return _render_card(request, directive, status=422, edit_form=form)


@editor_required
@require_POST
def review_reject(request: HttpRequest, directive_id: int) -> HttpResponse:
    directive = _waiting(directive_id)
    form = RejectForm(request.POST)
    if form.is_valid():
        try:
            directive_reject(
                directive=directive, user=request.user, reason=form.cleaned_data["reason"]
            )
        except ValidationError as exc:
            form.add_error(None, exc.messages)
        else:
            return _next(request, directive, _("Rejected #%(id)d.") % {"id": directive.pk})
    return _render_card(request, directive, status=422, reject_form=form, rejecting=True)


def _open_suggestion(directive: Directive):
    found = selectors.review_suggestion(directive=directive)
    if found is None:
        raise Http404  # decided meanwhile, or no ingestion stage
    return found["suggestion"]


@editor_required
@require_POST
def review_suggestion_apply(request: HttpRequest, directive_id: int) -> HttpResponse:
    """Take the re-extraction's reading, all of it or the ticked fields."""
    from tracker.ingestion.suggestions import suggestion_apply

    directive = _waiting(directive_id)
    suggestion = _open_suggestion(directive)
    fields = request.POST.getlist("fields")
    if not fields:
        message = _("Tick at least one field to take, or keep the directive as curated.")
        return _render_card(request, directive, status=422, error=message)
    try:
        suggestion_apply(suggestion=suggestion, user=request.user, fields=fields)
    except ValidationError as exc:
        return _render_card(request, directive, status=422, error=" ".join(exc.messages))
    return _next(request, directive, _("Suggestion applied to #%(id)d.") % {"id": directive.pk})


@editor_required
@require_POST
def review_suggestion_dismiss(request: HttpRequest, directive_id: int) -> HttpResponse:
    from tracker.ingestion.suggestions import suggestion_dismiss

    directive = _waiting(directive_id)
    suggestion = _open_suggestion(directive)
    suggestion_dismiss(suggestion=suggestion, user=request.user)
    return _next(request, directive, _("Kept #%(id)d as curated.") % {"id": directive.pk})
