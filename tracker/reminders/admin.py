from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from tracker.reminders.models import ContactOptOut, Reminder, ReminderPreference, Subscription
from tracker.reminders.services import reminders_retry_failed


@admin.register(Subscription)
class SubscriptionAdmin(admin.ModelAdmin):
    list_display = ["user", "body", "directive", "body_role", "is_supervisor", "created"]
    list_filter = ["body_role", "is_supervisor"]
    list_select_related = ["user", "body", "directive"]
    autocomplete_fields = ["body"]
    raw_id_fields = ["user", "directive"]


@admin.register(Reminder)
class ReminderAdmin(admin.ModelAdmin):
    """The outbox: what went out, what is waiting, and what failed (with the reason)."""

    list_display = [
        "recipient", "directive", "kind", "stage", "deadline", "status", "scheduled_at",
        "attempts", "sent_at", "last_error",
    ]
    list_filter = ["status", "kind", "immediate"]
    list_select_related = ["directive"]
    search_fields = ["recipient", "directive__task", "last_error"]
    date_hierarchy = "scheduled_at"
    raw_id_fields = ["directive", "user", "body"]
    actions = ["retry_failed"]
    readonly_fields = [
        "directive", "deadline", "kind", "stage", "recipient", "user", "body", "immediate",
        "status", "attempts", "last_error", "claim", "claimed_at", "sent_at", "created",
    ]

    def has_add_permission(self, request):
        return False  # rows are planned by the scan, never typed in

    @admin.action(description=_("Retry the selected failed reminders"))
    def retry_failed(self, request, queryset):
        count = reminders_retry_failed(reminder_ids=list(queryset.values_list("id", flat=True)))
        self.message_user(
            request,
            ngettext(
                "%(count)d failed reminder queued again.",
                "%(count)d failed reminders queued again.",
                count,
            ) % {"count": count},
            messages.SUCCESS,
        )


@admin.register(ReminderPreference)
class ReminderPreferenceAdmin(admin.ModelAdmin):
    list_display = ["user", "enabled", "delivery", "stages", "overdue", "updated"]
    list_filter = ["enabled", "delivery"]
    raw_id_fields = ["user"]


@admin.register(ContactOptOut)
class ContactOptOutAdmin(admin.ModelAdmin):
    list_display = ["email", "body", "created"]
    search_fields = ["email", "body__name"]
    autocomplete_fields = ["body"]
