from django.contrib import admin, messages
from django.db import models, transaction
from django.db.models import F, Q
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from tracker.ingestion.models import DirectiveSuggestion, IngestJob, Source


class SourceStateFilter(admin.SimpleListFilter):
    title = _("last poll")
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return [
            ("down", _("feed not read")),
            ("errors", _("with errors")),
            ("ok", _("clean")),
            ("never", _("never polled")),
        ]

    def queryset(self, request, queryset):
        value = self.value()
        polled = queryset.filter(last_polled_at__isnull=False)
        if value == "down":
            # The last poll did not get the feed itself (last success is older or never).
            return polled.filter(
                Q(last_success_at__isnull=True) | Q(last_success_at__lt=F("last_polled_at"))
            )
        if value == "errors":
            return polled.exclude(last_error="")
        if value == "ok":
            return polled.filter(last_error="")
        if value == "never":
            return queryset.filter(last_polled_at__isnull=True)
        return queryset


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = [
        "name", "feed_url", "language", "active", "poll_interval", "last_polled_at",
        "last_success_at", "error_summary",
    ]
    list_filter = [SourceStateFilter, "active", "language"]
    search_fields = ["name", "feed_url", "last_error"]
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

    @admin.display(description=_("last error"), ordering="last_error")
    def error_summary(self, obj: Source) -> str:
        """The first line in the list, every line on hover and on the source's page."""
        error = obj.last_error.strip()
        if not error:
            return ""
        first = error.splitlines()[0]
        short = first[:120] + ("…" if len(first) > 120 or "\n" in error else "")
        return format_html('<span class="error" title="{}">{}</span>', error, short)

    @admin.action(description=_("Poll the selected sources now"), permissions=["change"])
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
    list_select_related = ["created_by"]
    exclude = ["payload"]

    def get_queryset(self, request):
        # The uploaded file waits in `payload` until its job ends: never load it here.
        return super().get_queryset(request).defer("payload")

    def get_readonly_fields(self, request, obj=None):
        return [f.name for f in self.model._meta.fields if f.name != "payload"]

    def has_add_permission(self, request):
        return False


@admin.register(DirectiveSuggestion)
class DirectiveSuggestionAdmin(admin.ModelAdmin):
    list_display = ["directive", "task", "deadline", "created", "resolution"]
    list_filter = ["resolution"]
    list_select_related = ["directive"]
    raw_id_fields = ["directive"]

    def get_readonly_fields(self, request, obj=None):
        return [f.name for f in self.model._meta.fields]

    def has_add_permission(self, request):
        return False
