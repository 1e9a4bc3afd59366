from django.contrib import admin

from tracker.bodies.models import Body, BodyAlias


class BodyAliasInline(admin.TabularInline):
    model = BodyAlias
    extra = 1


@admin.register(Body)
class BodyAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "name_ru", "parent", "is_active", "needs_review"]
    list_filter = ["kind", "is_active", "needs_review"]
    list_select_related = ["parent"]
    search_fields = ["name", "name_ru", "name_kk", "aliases__name"]
    autocomplete_fields = ["parent"]
    inlines = [BodyAliasInline]
