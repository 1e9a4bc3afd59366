"""Admin for the registry of bodies: names in three languages, aliases, merging
duplicates, and the names the extractor met that the registry lacks."""

from __future__ import annotations

import re

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.widgets import AutocompleteSelect
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from tracker.bodies.models import Body, BodyAlias, validate_email_list
from tracker.bodies.services import BodyMergeResult, body_accept, body_merge

UNKNOWN_NAMES_PER_PAGE = 200


class EmailListField(forms.CharField):
    """The contact emails as one address per line (commas and semicolons work too),
    stored as the JSON list the reminders read."""

    widget = forms.Textarea(attrs={"rows": 3, "cols": 60})

    def prepare_value(self, value):
        if isinstance(value, list):
            return "\n".join(value)
        return value

    def to_python(self, value):
        text = super().to_python(value) or ""
        emails: dict[str, str] = {}
        for part in re.split(r"[\s,;]+", text):
            if part:
                emails.setdefault(part.casefold(), part)
        return list(emails.values())

    def validate(self, value):
        super().validate(value)
        validate_email_list(value)


class BodyForm(forms.ModelForm):
    contact_emails = EmailListField(
        label=gettext_lazy("contact emails"),
        required=False,
        help_text=gettext_lazy("One address per line. Reminders for this body go to them."),
    )

    class Meta:
        model = Body
        fields = [
            "name", "name_ru", "name_kk", "kind", "parent", "contact_emails", "is_active",
            "needs_review",
        ]

    def clean_parent(self):
        parent = self.cleaned_data.get("parent")
        if parent is not None and self.instance.pk is not None:
            seen, node = set(), parent
            while node is not None and node.pk not in seen:
                if node.pk == self.instance.pk:
                    raise ValidationError(_("A body cannot sit under itself or its own child."))
                seen.add(node.pk)
                node = node.parent
        return parent


class BodyAliasFormSet(forms.BaseInlineFormSet):
    def clean(self):
        super().clean()
        seen: set[str] = set()
        for form in self.forms:
            name = (getattr(form, "cleaned_data", None) or {}).get("name")
            if not name or (self.can_delete and self._should_delete_form(form)):
                continue
            key = name.strip().casefold()
            if key in seen:
                raise ValidationError(_("The alias %(name)s is listed twice.") % {"name": name})
            seen.add(key)


class BodyAliasInline(admin.TabularInline):
    model = BodyAlias
    formset = BodyAliasFormSet
    extra = 2
    verbose_name_plural = gettext_lazy(
        "aliases (abbreviations, short and former names, other spellings)"
    )


class MergeForm(forms.Form):
    survivor = forms.ModelChoiceField(queryset=Body.objects.none(), widget=forms.RadioSelect)

    def __init__(self, *args, bodies: list[Body], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["survivor"].queryset = Body.objects.filter(pk__in=[b.pk for b in bodies])
        # Suggest the reviewed body named by the most directives.
        suggested = max(bodies, key=lambda b: (not b.needs_review, b.directive_count, -b.pk))
        self.fields["survivor"].initial = suggested.pk


class UnknownNamesForm(forms.Form):
    ids = forms.ModelMultipleChoiceField(
        queryset=Body.objects.filter(needs_review=True), widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, admin_site, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # The admin's own autocomplete (searching names and aliases), borrowed from the
        # parent field, which points at the same table.
        self.fields["target"] = forms.ModelChoiceField(
            queryset=Body.objects.all(),
            required=False,
            label=gettext_lazy("merge into"),
            widget=AutocompleteSelect(Body._meta.get_field("parent"), admin_site),
        )


def merge_summary(result: BodyMergeResult) -> str:
    summary = _(
        "Merged %(names)s into %(survivor)s: %(directives)d directive(s) moved, "
        "%(aliases)d alias(es) moved, %(added)d name(s) added as aliases."
    ) % {
        "names": ", ".join(f"“{name}”" for name in result.merged_names),
        "survivor": result.survivor.name,
        "directives": result.directives_moved,
        "aliases": result.aliases_moved,
        "added": len(result.names_added_as_aliases),
    }
    if result.names_skipped:
        summary += " " + _(
            "Not added as aliases because another body already has them: %(names)s."
        ) % {"names": ", ".join(result.names_skipped)}
    return summary


@admin.register(Body)
class BodyAdmin(admin.ModelAdmin):
    form = BodyForm
    list_display = [
        "name", "kind", "name_ru", "name_kk", "alias_list", "parent", "directive_count",
        "is_active", "needs_review",
    ]
    list_filter = ["needs_review", "is_active", "kind"]
    list_select_related = ["parent"]
    # Explicit: Meta.ordering is dropped from the GROUP BY query the counts need, and
    # the autocomplete pages through this queryset.
    ordering = ["name"]
    search_fields = ["name", "name_ru", "name_kk", "aliases__name"]
    autocomplete_fields = ["parent"]
    inlines = [BodyAliasInline]
    actions = ["merge_selected", "accept_selected"]
    fieldsets = [
        (None, {"fields": ["name", "name_ru", "name_kk", "kind", "parent"]}),
        (gettext_lazy("Reminders"), {"fields": ["contact_emails"]}),
        (
            gettext_lazy("State"),
            {"fields": ["is_active", "needs_review", "directives_link", "created"]},
        ),
    ]
    readonly_fields = ["directives_link", "created"]
    change_list_template = "admin/bodies/body/change_list.html"

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .prefetch_related("aliases")
            .annotate(directive_count=Count("directive_links", distinct=True))
        )

    def has_merge_permission(self, request, obj=None) -> bool:
        # A merge rewrites one body and deletes the others.
        return self.has_change_permission(request, obj) and self.has_delete_permission(
            request, obj
        )

    # -- columns

    @admin.display(description=gettext_lazy("aliases"))
    def alias_list(self, obj):
        return ", ".join(alias.name for alias in obj.aliases.all())

    @admin.display(description=gettext_lazy("directives"), ordering="directive_count")
    def directive_count(self, obj):
        return obj.directive_count

    @admin.display(description=gettext_lazy("directives"))
    def directives_link(self, obj):
        if obj.pk is None:
            return "—"
        url = reverse("admin:directives_directive_changelist") + f"?body={obj.pk}"
        return format_html('<a href="{}">{}</a>', url, _("%(count)d directive(s)") % {
            "count": obj.directive_count
        })

    # -- views

    def get_urls(self):
        return [
            path(
                "unknown-names/",
                self.admin_site.admin_view(self.unknown_names_view),
                name="bodies_body_unknown_names",
            ),
            *super().get_urls(),
        ]

    def changelist_view(self, request, extra_context=None):
        extra_context = {
            **(extra_context or {}),
            "unknown_names_count": Body.objects.filter(needs_review=True).count(),
        }
        return super().changelist_view(request, extra_context)

    def unknown_names_view(self, request):
        """Names the extractor met that the registry lacks, most used first, to accept
        as bodies of their own or merge into the body they mean."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        if request.method == "POST":
            form = UnknownNamesForm(request.POST, admin_site=self.admin_site)
            if form.is_valid():
                self._act_on_unknown_names(request, form)
                return HttpResponseRedirect(request.get_full_path())
        else:
            form = UnknownNamesForm(admin_site=self.admin_site)
        names = (
            Body.objects.filter(needs_review=True)
            .annotate(directive_count=Count("directive_links"))
            .order_by("-directive_count", "name")
        )
        page = Paginator(names, UNKNOWN_NAMES_PER_PAGE).get_page(request.GET.get("p"))
        context = {
            **self.admin_site.each_context(request),
            "title": _("Unknown names"),
            "opts": self.model._meta,
            "page": page,
            "form": form,
            "media": self.media + form.media,
            "can_accept": self.has_change_permission(request),
            "can_merge": self.has_merge_permission(request),
            "directives_url": reverse("admin:directives_directive_changelist"),
        }
        return TemplateResponse(request, "admin/bodies/body/unknown_names.html", context)

    def _act_on_unknown_names(self, request, form: UnknownNamesForm) -> None:
        selected = list(form.cleaned_data["ids"])
        if "merge" in request.POST:
            if not self.has_merge_permission(request):
                raise PermissionDenied
            target = form.cleaned_data.get("target")
            if target is None:
                self.message_user(request, _("Choose the body to merge into."), messages.ERROR)
                return
            self._merge(request, survivor=target, duplicates=selected)
        elif "accept" in request.POST:
            if not self.has_change_permission(request):
                raise PermissionDenied
            self._accept(request, selected)

    def _merge(self, request, *, survivor: Body, duplicates: list[Body]) -> bool:
        try:
            result = body_merge(survivor=survivor, duplicates=duplicates, user=request.user)
        except ValidationError as exc:
            self.message_user(request, " ".join(exc.messages), messages.ERROR)
            return False
        summary = merge_summary(result)
        self.log_change(request, result.survivor, summary)
        self.message_user(request, summary, messages.SUCCESS)
        return True

    def _accept(self, request, bodies: list[Body]) -> None:
        for body in bodies:
            body_accept(body=body, user=request.user)
            self.log_change(request, body, _("Accepted as a body of its own."))
        self.message_user(
            request,
            ngettext(
                "%(count)d name accepted as a body of its own.",
                "%(count)d names accepted as bodies of their own.",
                len(bodies),
            ) % {"count": len(bodies)},
            messages.SUCCESS,
        )

    # -- actions

    @admin.action(description=gettext_lazy("Merge the selected bodies…"), permissions=["merge"])
    def merge_selected(self, request, queryset):
        bodies = list(queryset.order_by("name"))
        if len(bodies) < 2:
            self.message_user(request, _("Select at least two bodies to merge."), messages.ERROR)
            return None
        form = MergeForm(request.POST if "apply" in request.POST else None, bodies=bodies)
        if form.is_valid():
            survivor = form.cleaned_data["survivor"]
            duplicates = [body for body in bodies if body.pk != survivor.pk]
            self._merge(request, survivor=survivor, duplicates=duplicates)
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": _("Merge bodies"),
            "opts": self.model._meta,
            "bodies": bodies,
            "form": form,
            "chosen": str(form["survivor"].value()),
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            "action": "merge_selected",
        }
        return TemplateResponse(request, "admin/bodies/body/merge_confirmation.html", context)

    @admin.action(
        description=gettext_lazy("Accept the selected unknown names as bodies"),
        permissions=["change"],
    )
    def accept_selected(self, request, queryset):
        self._accept(request, list(queryset.filter(needs_review=True)))
