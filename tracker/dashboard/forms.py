"""Forms of the detail page and the review queue. They validate input only; the
services decide what is allowed and their messages are shown as they are."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tracker.bodies.models import Body
from tracker.directives.models import Granularity, Status


class BodiesField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: Body) -> str:
        return obj.name


def _bodies_field(label) -> BodiesField:
    return BodiesField(
        label=label,
        queryset=Body.objects.filter(is_active=True).only("id", "name"),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 6}),
    )


class VersionedForm(forms.Form):
    """Carries the `updated` stamp the editor saw, so a save over someone else's change
    is refused with the editor's input kept on screen instead of silently winning."""

    version = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, directive=None, **kwargs):
        self.directive = directive
        super().__init__(*args, **kwargs)
        if directive is not None and not self.is_bound:
            self.initial["version"] = directive.updated.isoformat()

    def clean(self):
        data = super().clean()
        version = data.get("version") or ""
        current = self.directive.updated.isoformat() if self.directive is not None else ""
        if current and version and version != current:
            # The form comes back with the current stamp: saving again overwrites.
            self.data = self.data.copy()
            self.data["version"] = current
            raise forms.ValidationError(
                _("Someone else changed this directive meanwhile; your text is kept below. "
                  "Reload to see their change, or save again to overwrite it."),
                code="stale",
            )
        return data


class TaskForm(VersionedForm):
    task = forms.CharField(
        label=_("Task"), widget=forms.Textarea(attrs={"rows": 3}), max_length=5000
    )


class IssuerForm(VersionedForm):
    issuer = forms.CharField(label=_("Issuer"), max_length=120, required=False)


class BodiesForm(VersionedForm):
    lead = _bodies_field(_("Lead"))
    co_executors = _bodies_field(_("Co-executors"))

    def clean(self):
        data = super().clean()
        overlap = set(data.get("lead") or []) & set(data.get("co_executors") or [])
        if overlap:
            raise forms.ValidationError(_("A body cannot be both lead and co-executor."))
        return data


class DeadlineWordsForm(VersionedForm):
    deadline_text = forms.CharField(label=_("Deadline words"), max_length=200, required=False)
    deadline_granularity = forms.ChoiceField(
        label=_("Granularity"), choices=[("", "—"), *Granularity.choices], required=False
    )


class ProposedDeadlineForm(VersionedForm):
    """A proposed directive's deadline is the extractor's reading: correct either way."""

    deadline = forms.DateField(
        label=_("Deadline"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )


INLINE_FORMS = {
    "task": TaskForm,
    "issuer": IssuerForm,
    "bodies": BodiesForm,
    "deadline_words": DeadlineWordsForm,
    "deadline": ProposedDeadlineForm,
}


def inline_initial(field: str, directive) -> dict:
    if field == "bodies":
        return {
            "lead": [link.body for link in directive.body_links.all() if link.role == "lead"],
            "co_executors": [
                link.body for link in directive.body_links.all() if link.role == "co_executor"
            ],
        }
    if field == "deadline_words":
        return {
            "deadline_text": directive.deadline_text,
            "deadline_granularity": directive.deadline_granularity,
        }
    return {field: getattr(directive, field)}


class StatusForm(forms.Form):
    new_status = forms.ChoiceField(label=_("New status"), choices=Status.choices)
    comment = forms.CharField(
        label=_("Comment"), required=False, max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args, directive=None, **kwargs):
        super().__init__(*args, **kwargs)
        if directive is not None:
            allowed = [(value, label) for value, label in Status.choices
                       if directive.can_move_to(value)]
            self.fields["new_status"].choices = allowed


class DeadlineForm(forms.Form):
    new_deadline = forms.DateField(
        label=_("New deadline"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    reason = forms.CharField(
        label=_("Reason"), required=False, max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    force = forms.BooleanField(
        label=_("Yes, move it earlier or remove it"), required=False
    )


class RejectForm(forms.Form):
    reason = forms.CharField(
        label=_("Why is it not a directive?"), max_length=2000,
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )


class ReviewEditForm(forms.Form):
    task = forms.CharField(
        label=_("Task"), widget=forms.Textarea(attrs={"rows": 3}), max_length=5000
    )
    issuer = forms.CharField(label=_("Issuer"), max_length=120, required=False)
    lead = _bodies_field(_("Lead"))
    co_executors = _bodies_field(_("Co-executors"))
    deadline = forms.DateField(
        label=_("Deadline"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    deadline_text = forms.CharField(label=_("Deadline words"), max_length=200, required=False)

    def clean(self):
        data = super().clean()
        overlap = set(data.get("lead") or []) & set(data.get("co_executors") or [])
        if overlap:
            raise forms.ValidationError(_("A body cannot be both lead and co-executor."))
        return data

    @classmethod
    def initial_for(cls, directive) -> dict:
        return {
            "task": directive.task,
            "issuer": directive.issuer,
            "lead": [lk.body for lk in directive.body_links.all() if lk.role == "lead"],
            "co_executors": [
                lk.body for lk in directive.body_links.all() if lk.role == "co_executor"
            ],
            "deadline": directive.deadline,
            "deadline_text": directive.deadline_text,
        }


class PeriodForm(forms.Form):
    start = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    end = forms.DateField(
        label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def period(self, today: dt.date | None = None) -> tuple[dt.date, dt.date]:
        """The chosen period; by default the year so far."""
        today = today or timezone.localdate()
        start, end = dt.date(today.year, 1, 1), today
        if self.is_valid():
            start = self.cleaned_data.get("start") or start
            end = self.cleaned_data.get("end") or end
        if end < start:
            start, end = end, start
        return start, end
