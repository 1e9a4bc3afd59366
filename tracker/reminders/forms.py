"""Forms for the preferences page; the writes go through the services."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from tracker.bodies.models import Body
from tracker.reminders import policy
from tracker.reminders.models import Delivery, ReminderPreference, Subscription


def stage_label(stage: int) -> str:
    if stage == 0:
        return str(_("On the day"))
    if stage == 1:
        return str(_("1 day before"))
    return str(_("%(n)d days before") % {"n": stage})


class PreferenceForm(forms.Form):
    enabled = forms.BooleanField(label=_("Send me deadline reminders"), required=False)
    delivery = forms.ChoiceField(
        label=_("Delivery"), choices=Delivery.choices, widget=forms.RadioSelect
    )
    stages = forms.TypedMultipleChoiceField(
        label=_("Remind me"),
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("None ticked means all of them."),
    )
    overdue = forms.BooleanField(
        label=_("Remind me of overdue directives (the day after, then weekly)"), required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        stages = policy.normalize_stages(settings.REMINDER_STAGES)
        self.fields["stages"].choices = [(stage, stage_label(stage)) for stage in stages]

    @classmethod
    def initial_for(cls, preference: ReminderPreference | None) -> dict[str, object]:
        if preference is None:
            return {
                "enabled": True,
                "delivery": Delivery.DIGEST,
                "stages": list(settings.REMINDER_STAGES),
                "overdue": True,
            }
        return {
            "enabled": preference.enabled,
            "delivery": preference.delivery,
            "stages": list(preference.effective_stages(settings.REMINDER_STAGES)),
            "overdue": preference.overdue,
        }


class SubscriptionForm(forms.Form):
    body = forms.ModelChoiceField(
        label=_("Body"), queryset=Body.objects.filter(is_active=True).order_by("name")
    )
    body_role = forms.ChoiceField(
        label=_("When it is"), choices=Subscription.BodyRole.choices,
        initial=Subscription.BodyRole.ANY,
    )
