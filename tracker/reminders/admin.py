from django.contrib import admin

from tracker.reminders.models import Subscription


@admin.register(Subscription)
class SubscriptionAdmin(admin.ModelAdmin):
    list_display = ["user", "body", "directive", "body_role", "created"]
    list_select_related = ["user", "body", "directive"]
    autocomplete_fields = ["body"]
    raw_id_fields = ["user", "directive"]
