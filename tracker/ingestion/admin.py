from django.contrib import admin, messages
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from tracker.ingestion.models import DirectiveSuggestion, IngestJob, Source


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = [
        "name", "feed_url", "language", "active", "poll_interval", "last_polled_at",
        "last_success_at", "error_summary",
    ]
    list_filter = ["active", "language"]
    search_fields = ["name", "feed_url"]
    readonly_fields = [
        "last_polled_at", "last_success_at", "last_error", "last_report", "next_poll_at",
        "created",
    ]
    fieldsets = [
        (None, {"fields": ["name", "feed_url", "language", "active", "poll_interval",
                           "fetch_pages"]}),
        (_("Last poll"), {"fields": ["last_polled_at", "last_success_at", "last_report",
                                     "last_error", "next_poll_at", "created"]}),
    ]
    actions = ["poll_now"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    @admin.display(description=_("last error"))
    def error_summary(self, obj: Source) -> str:
        first = obj.last_error.strip().splitlines()[0] if obj.last_error.strip() else ""
        return first[:120] + ("…" if len(first) > 120 or "\n" in obj.last_error.strip() else "")

    @admin.action(description=_("Poll the selected sources now"))
    def poll_now(self, request, queryset):
        from tracker.ingestion.tasks import source_poll_task

        ids = list(queryset.values_list("pk", flat=True))
        for source_id in ids:
            transaction.on_commit(lambda source_id=source_id: source_poll_task.delay(source_id))
        self.message_user(
            request,
            ngettext("%(n)d source queued for polling.", "%(n)d sources queued for polling.",
                     len(ids)) % {"n": len(ids)},
            messages.SUCCESS,
        )


@admin.register(IngestJob)
class IngestJobAdmin(admin.ModelAdmin):
    list_display = ["filename", "status", "created", "created_by", "processed", "total", "new",
                    "duplicate", "failed", "directives_proposed"]
    list_filter = ["status"]
    exclude = ["payload"]

    def get_readonly_fields(self, request, obj=None):
        return [f.name for f in self.model._meta.fields if f.name != "payload"]

    def has_add_permission(self, request):
        return False


@admin.register(DirectiveSuggestion)
class DirectiveSuggestionAdmin(admin.ModelAdmin):
    list_display = ["directive", "task", "deadline", "created", "resolution"]
    list_filter = ["resolution"]
    raw_id_fields = ["directive"]

    def get_readonly_fields(self, request, obj=None):
        return [f.name for f in self.model._meta.fields]

    def has_add_permission(self, request):
        return False
