"""Forms of the directive admin: the change form whose status and deadline inputs go
through the services, and the reason asked by the reject action."""

from __future__ import annotations

from django import forms
from django.contrib.admin.widgets import AdminDateWidget
from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from tracker.directives.models import Directive, Granularity, Role, Status
from tracker.directives.review import (
    DirectiveEdit,
    directive_accept,
    directive_edit,
    directive_reject,
)
from tracker.directives.services import TransitionNotAllowed, directive_change_status


class WorkflowRefused(Exception):
    """A service refused a change at save time (a race the form check could not see)."""

    def __init__(self, error: ValidationError) -> None:
        super().__init__(error)
        self.error = error


class _DryRun(Exception):
    pass


# Which form field shows a service's error for each key it raises.
_SERVICE_ERROR_FIELDS = {
    "task": "task",
    "reason": "deadline_reason",
    "new_deadline": "deadline_to",
    "granularity": "deadline_granularity_to",
    "deadline_granularity": "deadline_granularity_to",
}


def _seen_deadline(directive: Directive) -> str:
    return directive.deadline.isoformat() if directive.deadline else ""


class DirectiveChangeForm(forms.ModelForm):
    """Task and issuer as plain fields; status and deadline as requests to the services.

    The workflow inputs are not model fields, so the instance keeps the status and
    deadline read from the database, which the services compare against.
    """

    request_user: AbstractBaseUser | None = None  # set by DirectiveAdmin.get_form

    status_to = forms.ChoiceField(label=gettext_lazy("move to"), required=False)
    status_comment = forms.CharField(
        label=gettext_lazy("comment"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2, "cols": 60}),
        help_text=gettext_lazy("Required with a move; for a rejection it is the reason."),
    )
    status_seen = forms.CharField(required=False, widget=forms.HiddenInput)
    deadline_to = forms.DateField(
        label=gettext_lazy("new deadline"),
        required=False,
        widget=AdminDateWidget,
        help_text=gettext_lazy("Clear it to remove the deadline."),
    )
    deadline_words = forms.CharField(
        label=gettext_lazy("deadline words"), required=False, max_length=200
    )
    deadline_granularity_to = forms.ChoiceField(
        label=gettext_lazy("granularity"),
        required=False,
        choices=[("", "—"), *Granularity.choices],
    )
    deadline_reason = forms.CharField(
        label=gettext_lazy("reason for the change"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2, "cols": 60}),
    )
    deadline_force = forms.BooleanField(
        label=gettext_lazy("confirm moving it earlier or removing it"), required=False
    )
    deadline_seen = forms.CharField(required=False, widget=forms.HiddenInput)

    class Meta:
        model = Directive
        fields = ["task", "issuer"]

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        directive = self.instance
        if "status_to" in self.fields:
            self.fields["status_to"].choices = [
                ("", _("— keep “%(status)s” —") % {"status": directive.get_status_display()}),
                *((value, label) for value, label in Status.choices
                  if directive.can_move_to(value)),
            ]
        initial = {
            "status_seen": directive.status,
            "deadline_to": directive.deadline,
            "deadline_words": directive.deadline_text,
            "deadline_granularity_to": directive.deadline_granularity,
            "deadline_seen": _seen_deadline(directive),
        }
        for name, value in initial.items():
            if name in self.fields:
                self.fields[name].initial = value

    # -- what the editor asks for

    def _deadline_moves(self) -> bool:
        return self.cleaned_data.get("deadline_to") != self.instance.deadline

    def _deadline_words_change(self) -> bool:
        data = self.cleaned_data
        return (data.get("deadline_words") or "") != self.instance.deadline_text or (
            data.get("deadline_granularity_to") or ""
        ) != self.instance.deadline_granularity

    def _review_edit(self) -> DirectiveEdit | None:
        data = self.cleaned_data
        changes: dict[str, object] = {}
        for name in ("task", "issuer"):
            if name in self.changed_data:
                changes[name] = data[name]
        if self._deadline_moves():
            changes.update(
                deadline=data.get("deadline_to"),
                deadline_text=data.get("deadline_words") or "",
                deadline_granularity=data.get("deadline_granularity_to") or None,
                deadline_reason=data.get("deadline_reason") or "",
                force_deadline=bool(data.get("deadline_force")),
            )
        elif self._deadline_words_change():
            changes.update(
                deadline_text=data.get("deadline_words") or "",
                deadline_granularity=data.get("deadline_granularity_to") or "",
            )
        return DirectiveEdit(**changes) if changes else None

    def apply(self, *, directive: Directive, user: AbstractBaseUser | None) -> None:
        """Call the services the dashboard calls, in the review queue's order: corrections
        first, then the move."""
        edit = self._review_edit()
        if edit is not None:
            directive_edit(directive=directive, edit=edit, user=user)
        status_to = self.cleaned_data.get("status_to")
        comment = (self.cleaned_data.get("status_comment") or "").strip()
        if not status_to:
            return
        if status_to == Status.OPEN and directive.status == Status.PROPOSED:
            directive_accept(directive=directive, user=user, comment=comment)
        elif status_to == Status.REJECTED:
            directive_reject(directive=directive, user=user, reason=comment)
        else:
            directive_change_status(
                directive=directive, new_status=status_to, user=user, comment=comment
            )

    # -- validation

    def clean(self):
        cleaned = super().clean()
        directive = self.instance
        if cleaned.get("status_seen") != directive.status or cleaned.get(
            "deadline_seen"
        ) != _seen_deadline(directive):
            raise ValidationError(
                _(
                    "Someone else changed the status or deadline of this directive while "
                    "you were editing it. Reload the page to see their change."
                ),
                code="stale",
            )
        if cleaned.get("status_to") and not (cleaned.get("status_comment") or "").strip():
            self.add_error("status_comment", _("Say why the status changes."))
        if self._deadline_moves() and not (cleaned.get("deadline_reason") or "").strip():
            self.add_error("deadline_reason", _("Give a reason for changing the deadline."))
        if not self.errors:
            self._check_with_services()
        return cleaned

    def _check_with_services(self) -> None:
        """Run the change on a fresh copy inside a savepoint that is always rolled back,
        so the form shows the services' own verdict (extension rule, workflow) next to
        the field, with the editor's input kept."""
        if self._review_edit() is None and not self.cleaned_data.get("status_to"):
            return
        copy = Directive.objects.get(pk=self.instance.pk)
        for name in ("task", "issuer"):
            setattr(copy, name, self.cleaned_data.get(name, getattr(copy, name)))
        try:
            with transaction.atomic():
                self.apply(directive=copy, user=self.request_user)
                raise _DryRun
        except _DryRun:
            pass
        except ValidationError as exc:
            self._add_service_error(exc)

    def _add_service_error(self, exc: ValidationError) -> None:
        if hasattr(exc, "error_dict"):
            for key, errors in exc.error_dict.items():
                field = _SERVICE_ERROR_FIELDS.get(key)
                self.add_error(field if field in self.fields else None, errors)
        elif isinstance(exc, TransitionNotAllowed):
            self.add_error("status_to", exc.messages)
        else:
            self.add_error(None, exc.messages)


class DirectiveAddForm(forms.ModelForm):
    """A directive typed in by a person: proposed or already open, nothing further."""

    class Meta:
        model = Directive
        fields = [
            "article", "task", "issuer", "sentence", "status", "deadline", "deadline_text",
            "deadline_granularity",
        ]

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if "status" in self.fields:
            self.fields["status"].choices = [
                (Status.OPEN, Status.OPEN.label),
                (Status.PROPOSED, Status.PROPOSED.label),
            ]
            self.fields["status"].initial = Status.OPEN

    def save(self, commit: bool = True) -> Directive:
        directive = super().save(commit=False)
        directive.curated_at = directive.curated_at or timezone.now()
        if directive.deadline and not directive.deadline_granularity:
            directive.deadline_granularity = Granularity.DAY
        if commit:
            directive.save()
            self.save_m2m()
        return directive


class RejectForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason"),
        widget=forms.Textarea(attrs={"rows": 3, "cols": 70}),
        help_text=gettext_lazy("Kept in each directive's history."),
    )

    def clean_reason(self) -> str:
        reason = self.cleaned_data["reason"].strip()
        if not reason:
            raise ValidationError(_("Say why the directives are rejected."))
        return reason


def directive_body_ids_from_formset(formset) -> tuple[list[int], list[int]]:
    """The bodies left in the inline, as (lead ids, co-executor ids) in their order."""
    rows = []
    for index, form in enumerate(formset.forms):
        data = getattr(form, "cleaned_data", None) or {}
        if not data or data.get("DELETE") or data.get("body") is None:
            continue
        rows.append((data.get("position") or 0, index, data["body"].pk, data.get("role")))
    rows.sort()
    leads = [body_id for _, _, body_id, role in rows if role == Role.LEAD]
    co_executors = [body_id for _, _, body_id, role in rows if role == Role.CO_EXECUTOR]
    return leads, co_executors


def record_formset_changes(formset) -> None:
    """Fill the attributes `formset.save()` would set, for the admin's change message,
    when the rows are written by a service instead."""
    formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
    for form in formset.initial_forms:
        if formset.can_delete and formset._should_delete_form(form):
            formset.deleted_objects.append(form.instance)
        elif form.has_changed():
            formset.changed_objects.append((form.instance, form.changed_data))
    for form in formset.extra_forms:
        if form.has_changed() and not (formset.can_delete and formset._should_delete_form(form)):
            formset.new_objects.append(form.instance)
