from django.contrib import admin

from tracker.directives.models import (
    Article,
    DeadlineChange,
    Directive,
    DirectiveBody,
    StatusChange,
)


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "published", "lang", "source_name"]
    list_filter = ["lang", "source_name"]
    search_fields = ["title", "url"]
    date_hierarchy = "published"
    readonly_fields = ["content_hash", "created"]


class DirectiveBodyInline(admin.TabularInline):
    model = DirectiveBody
    extra = 0
    autocomplete_fields = ["body"]


class StatusChangeInline(admin.TabularInline):
    model = StatusChange
    extra = 0
    can_delete = False
    readonly_fields = ["old_status", "new_status", "comment", "changed_by", "changed_at"]

    def has_add_permission(self, request, obj=None):
        return False


class DeadlineChangeInline(admin.TabularInline):
    model = DeadlineChange
    extra = 0
    can_delete = False
    readonly_fields = [
        "old_deadline", "new_deadline", "reason", "forced", "changed_by", "changed_at"
    ]

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Directive)
class DirectiveAdmin(admin.ModelAdmin):
    list_display = ["task", "deadline", "status", "issuer"]
    list_filter = ["status", "issuer", "article__lang"]
    list_select_related = ["article"]
    search_fields = ["task", "sentence"]
    raw_id_fields = ["article"]
    readonly_fields = ["created", "updated", "curated_at", "completed_at"]
    inlines = [DirectiveBodyInline, StatusChangeInline, DeadlineChangeInline]

    def get_readonly_fields(self, request, obj=None):
        # Status and deadline change only through the services, which write history.
        fields = list(super().get_readonly_fields(request, obj))
        if obj is not None:
            fields += ["status", "deadline", "deadline_text", "deadline_granularity"]
        return fields
