from django.contrib import admin

from tracker.dashboard.models import CalendarFeed


@admin.register(CalendarFeed)
class CalendarFeedAdmin(admin.ModelAdmin):
    """Secret calendar links. Deleting one revokes it; the token itself is not shown."""

    list_display = ["user", "created"]
    search_fields = ["user__username", "user__email"]
    exclude = ["token"]
    readonly_fields = ["user", "created"]

    def has_add_permission(self, request):
        return False
