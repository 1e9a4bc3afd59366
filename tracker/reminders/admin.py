from django.contrib import admin, messages
from django.urls import reverse
from django.utils.html import format_html
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from tracker.reminders import policy
from tracker.reminders.models import ContactOptOut, Reminder, ReminderPreference, Subscription
from tracker.reminders.services import reminders_retry_failed


@admin.register(Subscription)
class SubscriptionAdmin(admin.ModelAdmin):
    list_display = ["user", "body", "directive", "body_role", "is_supervisor", "created"]
    list_filter = ["body_role", "is_supervisor"]
    list_select_related = ["user", "body", "directive"]
    search_fields = ["user__username", "user__email", "body__name", "directive__task"]
    autocomplete_fields = ["body"]
    raw_id_fields = ["user", "directive"]


class HasErrorFilter(admin.SimpleListFilter):
    title = _("last error")
    parameter_name = "error"

    def lookups(self, request, model_admin):
        return [("yes", _("with an error")), ("no", _("without"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.exclude(last_error="")
        if self.value() == "no":
            return queryset.filter(last_error="")
        return queryset


@admin.register(Reminder)
class ReminderAdmin(admin.ModelAdmin):
    """The outbox: what went out, what is waiting, and what failed (with the reason)."""

    list_display = [
        "recipient", "directive_link", "kind", "stage_display", "deadline", "status",
        "scheduled_at", "attempts", "sent_at", "error_summary",
    ]
    list_filter = ["status", HasErrorFilter, "kind", "immediate"]
    list_select_related = ["directive"]
    search_fields = ["recipient", "directive__task", "last_error"]
    date_hierarchy = "scheduled_at"
    raw_id_fields = ["directive", "user", "body"]
    actions = ["retry_failed"]
    readonly_fields = [
        "directive", "deadline", "kind", "stage", "recipient", "user", "body", "immediate",
        "status", "attempts", "last_error", "claim", "claimed_at", "sent_at", "created",
    ]
    fieldsets = [
        (None, {"fields": ["directive", "deadline", "kind", "stage", "recipient", "user",
                           "body", "immediate"]}),
        (_("Delivery"), {"fields": ["status", "attempts", "last_error", "sent_at", "claim",
                                    "claimed_at", "created"]}),
    ]

    def get_queryset(self, request):
        # The directive column shows the task only: leave its long text fields unloaded.
        return super().get_queryset(request).defer("directive__sentence")

    def has_add_permission(self, request):
        return False  # rows are planned by the scan, never typed in

    @admin.display(description=_("directive"), ordering="directive__task")
    def directive_link(self, obj):
        url = reverse("admin:directives_directive_change", args=[obj.directive_id])
        return format_html('<a href="{}">{}</a>', url, Truncator(obj.directive.task).chars(70))

    @admin.display(description=_("stage"), ordering="stage")
    def stage_display(self, obj):
        if obj.kind == Reminder.Kind.ESCALATION:
            return _("weekly summary")
        return policy.days_phrase(obj.stage)

    @admin.display(description=_("last error"), ordering="last_error")
    def error_summary(self, obj):
        """The first line in the list, the whole reply on hover and on the row's page."""
        error = obj.last_error.strip()
        if not error:
            return ""
        first = error.splitlines()[0]
        short = Truncator(first).chars(120)
        if short == error:
            return format_html('<span class="error">{}</span>', short)
        return format_html(
            '<span class="error" title="{}">{}</span>',
            error,
            short if short != first else f"{short} …",
        )

    @admin.action(description=_("Retry the selected failed reminders"), permissions=["change"])
    def retry_failed(self, request, queryset):
        selected = list(queryset.values_list("id", flat=True))
        count = reminders_retry_failed(reminder_ids=selected)
        if count:
            self.message_user(
                request,
                ngettext(
                    "%(count)d failed reminder queued again.",
                    "%(count)d failed reminders queued again.",
                    count,
                ) % {"count": count},
                messages.SUCCESS,
            )
        if len(selected) > count:
            self.message_user(
                request,
                ngettext(
                    "%(count)d selected reminder had not failed and was left alone.",
                    "%(count)d selected reminders had not failed and were left alone.",
                    len(selected) - count,
                ) % {"count": len(selected) - count},
                messages.WARNING,
            )


@admin.register(ReminderPreference)
class ReminderPreferenceAdmin(admin.ModelAdmin):
    list_display = ["user", "enabled", "delivery", "stages", "overdue", "updated"]
    list_filter = ["enabled", "delivery"]
    list_select_related = ["user"]
    search_fields = ["user__username", "user__email"]
    raw_id_fields = ["user"]


@admin.register(ContactOptOut)
class ContactOptOutAdmin(admin.ModelAdmin):
    list_display = ["email", "body", "created"]
    list_select_related = ["body"]
    search_fields = ["email", "body__name"]
    autocomplete_fields = ["body"]
