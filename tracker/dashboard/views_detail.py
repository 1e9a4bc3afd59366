"""The directive detail page and its htmx writes: inline edits, status, deadline, watch.

Every write checks the editor permission on the server, calls a service, and answers
an htmx request with the fragment to swap (422 with the form and its messages when
the input or the workflow says no; the user's input is always re-rendered).
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from tracker.dashboard import selectors, services
from tracker.dashboard.forms import (
    INLINE_FORMS,
    DeadlineForm,
    StatusForm,
    inline_initial,
)
from tracker.dashboard.permissions import EDIT, editor_required, viewer_required
from tracker.directives.models import Directive, Status
from tracker.directives.review import DirectiveEdit, directive_edit
from tracker.directives.services import directive_change_deadline, directive_change_status

TEMPLATE = "dashboard/directive_detail.html"


def _directive(directive_id: int) -> Directive:
    try:
        return selectors.directive_detail(directive_id=directive_id)
    except Directive.DoesNotExist:
        raise Http404 from None


def _add_errors(form, exc: ValidationError) -> None:
    """Put a service's ValidationError on the form: per field where it names one the
    form has, on the form otherwise."""
    if hasattr(exc, "error_dict"):
        for name, errors in exc.message_dict.items():
            form.add_error(name if name in form.fields else None, errors)
    else:
        form.add_error(None, exc.messages)


def _context(request, directive: Directive, **extra) -> dict:
    can_edit = request.user.has_perm(EDIT)
    context = {
        "directive": directive,
        "parts": selectors.article_parts(directive),
        "original_url": selectors.safe_url(directive.article.url if directive.article else None),
        "timeline": selectors.directive_timeline(directive=directive),
        "watching": selectors.directive_is_watched(directive=directive, user=request.user),
        "reminders": selectors.directive_reminders(directive=directive),
        "can_edit": can_edit,
        "status_form": StatusForm(directive=directive),
        "deadline_form": DeadlineForm(),
        "editing": None,
    }
    context.update(extra)
    return context


@viewer_required
def directive_detail(request: HttpRequest, directive_id: int) -> HttpResponse:
    directive = _directive(directive_id)
    return render(request, TEMPLATE, _context(request, directive))


@viewer_required
@require_http_methods(["GET"])
def directive_field(request: HttpRequest, directive_id: int, field: str) -> HttpResponse:
    """The read-only view of one field (htmx: Cancel of an inline edit)."""
    if field not in INLINE_FORMS:
        raise Http404
    directive = _directive(directive_id)
    context = _context(request, directive, field=field)
    if not request.htmx:
        return redirect("dashboard:detail", directive_id=directive.pk)
    return render(request, f"{TEMPLATE}#field", context)


@editor_required
@require_http_methods(["GET", "POST"])
def directive_field_edit(request: HttpRequest, directive_id: int, field: str) -> HttpResponse:
    form_class = INLINE_FORMS.get(field)
    if form_class is None:
        raise Http404
    directive = _directive(directive_id)
    if field == "deadline" and directive.status != Status.PROPOSED:
        raise Http404  # an accepted directive's deadline moves with a reason (below)
    if request.method == "GET":
        form = form_class(directive=directive, initial=inline_initial(field, directive))
        context = _context(request, directive, field=field, form=form, editing=field)
        if request.htmx:
            return render(request, f"{TEMPLATE}#field", context)
        return render(request, TEMPLATE, context)
    form = form_class(request.POST, directive=directive)
    if form.is_valid():
        data = form.cleaned_data
        edit = {
            "task": lambda: DirectiveEdit(task=data["task"]),
            "issuer": lambda: DirectiveEdit(issuer=data["issuer"]),
            "bodies": lambda: DirectiveEdit(
                lead_body_ids=[b.pk for b in data["lead"]],
                co_executor_body_ids=[b.pk for b in data["co_executors"]],
            ),
            "deadline_words": lambda: DirectiveEdit(
                deadline_text=data["deadline_text"],
                deadline_granularity=data["deadline_granularity"],
            ),
            "deadline": lambda: DirectiveEdit(deadline=data["deadline"]),
        }[field]()
        try:
            directive_edit(directive=directive, edit=edit, user=request.user)
        except ValidationError as exc:
            _add_errors(form, exc)
        else:
            selectors.overview_invalidate()
            directive = _directive(directive.pk)
            if not request.htmx:
                messages.success(request, _("Saved."))
                return redirect("dashboard:detail", directive_id=directive.pk)
            response = render(
                request, f"{TEMPLATE}#field", _context(request, directive, field=field)
            )
            response["HX-Trigger"] = "directive-changed"
            return response
    context = _context(request, directive, field=field, form=form, editing=field)
    if request.htmx:
        return render(request, f"{TEMPLATE}#field", context, status=422)
    return render(request, TEMPLATE, context, status=422)


def _answer(request, directive_id: int, partial: str, **extra) -> HttpResponse:
    """After a status or deadline write: the refreshed workflow panel for htmx."""
    directive = _directive(directive_id)
    context = _context(request, directive, **extra)
    failed = any(form.errors for form in extra.values() if hasattr(form, "errors"))
    if not failed:
        selectors.overview_invalidate()
    if not request.htmx:
        if failed:
            return render(request, TEMPLATE, context, status=422)
        return redirect("dashboard:detail", directive_id=directive_id)
    response = render(request, f"{TEMPLATE}#{partial}", context, status=422 if failed else 200)
    if not failed:
        # The status pill in the heading is outside the swapped panel: send it along
        # as an out-of-band swap.
        pill = render(request, f"{TEMPLATE}#pill", {**context, "oob": True})
        response.content += pill.content
        response["HX-Trigger"] = "directive-changed"
    return response


@editor_required
@require_POST
def directive_status(request: HttpRequest, directive_id: int) -> HttpResponse:
    directive = _directive(directive_id)
    form = StatusForm(request.POST, directive=directive)
    if form.is_valid():
        try:
            directive_change_status(
                directive=directive,
                new_status=form.cleaned_data["new_status"],
                user=request.user,
                comment=form.cleaned_data["comment"],
            )
        except ValidationError as exc:
            _add_errors(form, exc)
        else:
            if not request.htmx:
                messages.success(request, _("Status changed."))
            return _answer(request, directive_id, "workflow")
    return _answer(request, directive_id, "workflow", status_form=form)


@editor_required
@require_POST
def directive_deadline(request: HttpRequest, directive_id: int) -> HttpResponse:
    directive = _directive(directive_id)
    form = DeadlineForm(request.POST)
    if form.is_valid():
        try:
            directive_change_deadline(
                directive=directive,
                new_deadline=form.cleaned_data["new_deadline"],
                user=request.user,
                reason=form.cleaned_data["reason"],
                force=form.cleaned_data["force"],
            )
        except ValidationError as exc:
            _add_errors(form, exc)
        else:
            if not request.htmx:
                messages.success(request, _("Deadline changed."))
            return _answer(request, directive_id, "workflow")
    return _answer(request, directive_id, "workflow", deadline_form=form)


@viewer_required
@require_POST
def directive_watch(request: HttpRequest, directive_id: int) -> HttpResponse:
    """Watch or unwatch: anyone who can read a directive may follow it."""
    directive = _directive(directive_id)
    if request.POST.get("action") == "unwatch":
        services.directive_unwatch(directive=directive, user=request.user)
    else:
        services.directive_watch(directive=directive, user=request.user)
    if not request.htmx:
        return redirect("dashboard:detail", directive_id=directive.pk)
    return render(request, f"{TEMPLATE}#watch", _context(request, directive))
