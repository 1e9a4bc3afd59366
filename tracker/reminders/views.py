"""The reminder pages: one-click unsubscribe (no login) and the preferences page."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from tracker.reminders import services
from tracker.reminders.forms import PreferenceForm, SubscriptionForm
from tracker.reminders.models import ReminderPreference
from tracker.reminders.tokens import unsubscribe_target


# Mail clients send RFC 8058 one-click unsubscribes as a bare POST with the body
# "List-Unsubscribe=One-Click" and no cookie, so there is no CSRF token to check; the
# signed token in the URL is what authorises the request. A GET only shows a button:
# link scanners and previews follow GETs, and must not unsubscribe anybody.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    try:
        target = unsubscribe_target(token)
    except signing.BadSignature:
        return render(request, "reminders/unsubscribe.html", {"invalid": True}, status=400)
    if request.method == "POST":
        done = services.reminders_unsubscribe(target=target)
        return render(request, "reminders/unsubscribe.html", {"done": done})
    return render(request, "reminders/unsubscribe.html", {"target": target})


@login_required
@require_http_methods(["GET", "POST"])
def preferences(request: HttpRequest) -> HttpResponse:
    preference = ReminderPreference.objects.filter(user=request.user).first()
    form = PreferenceForm(initial=PreferenceForm.initial_for(preference))
    add_form = SubscriptionForm()
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "save":
            form = PreferenceForm(request.POST)
            if form.is_valid():
                services.reminder_preference_update(user=request.user, **form.cleaned_data)
                messages.success(request, _("Your reminder preferences are saved."))
                return redirect("reminders:preferences")
        elif action == "follow":
            add_form = SubscriptionForm(request.POST)
            if add_form.is_valid():
                services.subscription_create(user=request.user, **add_form.cleaned_data)
                messages.success(request, _("You now follow %(body)s.") % {
                    "body": add_form.cleaned_data["body"].name
                })
                return redirect("reminders:preferences")
        elif action == "unfollow":
            try:
                subscription_id = int(request.POST.get("subscription", ""))
            except ValueError:
                subscription_id = 0
            if services.subscription_delete(user=request.user, subscription_id=subscription_id):
                messages.success(request, _("Subscription removed."))
            return redirect("reminders:preferences")
    subscriptions = request.user.subscriptions.select_related("body", "directive").order_by(
        "body__name", "directive_id"
    )
    return render(
        request,
        "reminders/preferences.html",
        {"form": form, "add_form": add_form, "subscriptions": subscriptions},
    )
