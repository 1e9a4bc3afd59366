"""Admin for articles and directives: the editors' second desk beside the dashboard.

Every write that has a service goes through it (status, deadline, review edits), so a
change made here leaves the same history rows as one made on the dashboard. Actions
report each refused item as a message instead of failing the whole batch.
"""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.core.exceptions import ValidationError
from django.db.models import Count, Prefetch, Q
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from tracker.directives.admin_display import (
    BodyFilter,
    BodyRoleFilter,
    DeadlineRangeFilter,
    days_left_badge,
    evidence_html,
)
from tracker.directives.admin_forms import (
    DirectiveAddForm,
    DirectiveChangeForm,
    RejectForm,
    WorkflowRefused,
    directive_body_ids_from_formset,
    record_formset_changes,
)
from tracker.directives.models import (
    ACTIVE_STATUSES,
    Article,
    DeadlineChange,
    Directive,
    DirectiveBody,
    Origin,
    Status,
    StatusChange,
)
from tracker.directives.review import (
    DirectiveEdit,
    directive_accept,
    directive_edit,
    directive_reject,
)
from tracker.directives.services import directive_change_status
from tracker.ingestion.reextract import articles_reextract

# More refusals than this collapse into one "and N more" line.
MAX_FAILURE_MESSAGES = 10
# Re-extraction runs in the request (a few hundred articles a second); more than this
# belongs to `manage.py reextract`.
REEXTRACT_LIMIT = 200


def _body_links_prefetch() -> Prefetch:
    return Prefetch("body_links", queryset=DirectiveBody.objects.select_related("body"))


def reextract_articles(model_admin: admin.ModelAdmin, request, article_ids) -> None:
    """Run the current extractor again over these articles (the ingestion service:
    untouched proposals updated, curated directives left alone with a suggestion) and
    report what changed."""
    ids = sorted({pk for pk in article_ids if pk is not None})
    if not ids:
        model_admin.message_user(
            request, _("None of the selected directives comes from an article."), messages.ERROR
        )
        return
    if len(ids) > REEXTRACT_LIMIT:
        model_admin.message_user(
            request,
            _(
                "%(count)d articles are more than one request re-extracts (at most %(limit)d); "
                "select fewer or run “manage.py reextract”."
            ) % {"count": len(ids), "limit": REEXTRACT_LIMIT},
            messages.ERROR,
        )
        return
    report = articles_reextract(article_ids=ids)
    if report.articles:
        model_admin.message_user(request, report.summary(), messages.SUCCESS)
    for error in report.errors[:MAX_FAILURE_MESSAGES]:
        model_admin.message_user(request, error, messages.ERROR)


# ---------------------------------------------------------------- articles


class ArticleDirectiveInline(admin.TabularInline):
    """The article's directives, read-only here: each opens on its own page, where
    bodies, status and deadline are edited through the services."""

    model = Directive
    extra = 0
    fields = ["task_link", "lead_bodies", "deadline", "status", "issuer"]
    readonly_fields = fields
    can_delete = False
    show_change_link = False
    verbose_name_plural = gettext_lazy("directives found in this article")

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related(_body_links_prefetch())

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description=gettext_lazy("task"))
    def task_link(self, obj):
        url = reverse("admin:directives_directive_change", args=[obj.pk])
        return format_html('<a href="{}">{}</a>', url, Truncator(obj.task).chars(120))

    @admin.display(description=gettext_lazy("lead bodies"))
    def lead_bodies(self, obj):
        return ", ".join(body.name for body in obj.lead_bodies())


class DirectivePresenceFilter(admin.SimpleListFilter):
    title = gettext_lazy("directives")
    parameter_name = "has"

    def lookups(self, request, model_admin):
        return [
            ("proposed", _("with proposals to review")),
            ("open", _("with open directives")),
            ("none", _("without directives")),
        ]

    def queryset(self, request, queryset):
        value = self.value()
        if value == "proposed":
            return queryset.filter(proposed_count__gt=0)
        if value == "open":
            return queryset.filter(open_count__gt=0)
        if value == "none":
            return queryset.filter(directives__isnull=True)
        return queryset


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = [
        "title", "published", "source_name", "lang", "proposed_count", "open_count", "done_count",
    ]
    list_filter = ["lang", DirectivePresenceFilter, "source_name", "published_inferred"]
    search_fields = ["title", "url", "source_name", "text"]
    date_hierarchy = "published"
    inlines = [ArticleDirectiveInline]
    actions = ["reextract_selected"]

    def get_queryset(self, request):
        # One query for the page: the counts are aggregates, not a query per row.
        return (
            super()
            .get_queryset(request)
            .defer("text")  # whole articles are heavy; the change page loads its one
            .annotate(
                proposed_count=Count("directives", filter=Q(directives__status=Status.PROPOSED)),
                open_count=Count("directives", filter=Q(directives__status__in=ACTIVE_STATUSES)),
                done_count=Count("directives", filter=Q(directives__status=Status.DONE)),
            )
        )

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "url":
            kwargs["assume_scheme"] = "https"  # news sites are https; Django 6 agrees
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return ["content_hash", "created"]
        # The directives' evidence spans point into the text: it stays as ingested.
        return ["text", "content_hash", "created"]

    @admin.action(
        description=gettext_lazy("Re-extract the selected articles"), permissions=["change"]
    )
    def reextract_selected(self, request, queryset):
        reextract_articles(self, request, queryset.values_list("pk", flat=True))

    @admin.display(description=gettext_lazy("proposed"), ordering="proposed_count")
    def proposed_count(self, obj):
        return obj.proposed_count

    @admin.display(description=gettext_lazy("open"), ordering="open_count")
    def open_count(self, obj):
        return obj.open_count

    @admin.display(description=gettext_lazy("done"), ordering="done_count")
    def done_count(self, obj):
        return obj.done_count


# ---------------------------------------------------------------- directives


class DirectiveBodyInline(admin.TabularInline):
    model = DirectiveBody
    extra = 0
    fields = ["body", "role", "position"]
    autocomplete_fields = ["body"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("body")


class _HistoryInline(admin.TabularInline):
    extra = 0
    can_delete = False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("changed_by")

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class StatusChangeInline(_HistoryInline):
    model = StatusChange
    fields = ["changed_at", "old_status", "new_status", "comment", "changed_by"]
    readonly_fields = fields


class DeadlineChangeInline(_HistoryInline):
    model = DeadlineChange
    fields = ["changed_at", "old_deadline", "new_deadline", "reason", "forced", "changed_by"]
    readonly_fields = fields


@admin.register(Directive)
class DirectiveAdmin(admin.ModelAdmin):
    list_display = [
        "short_task", "lead_bodies", "deadline", "days_left", "status", "issuer", "language",
    ]
    list_filter = [
        "status", DeadlineRangeFilter, BodyFilter, BodyRoleFilter, "issuer", "article__lang",
        "origin",
    ]
    search_fields = ["task", "sentence"]
    list_select_related = ["article"]
    raw_id_fields = ["article"]
    inlines = [DirectiveBodyInline, StatusChangeInline, DeadlineChangeInline]
    actions = ["accept_selected", "reject_selected", "mark_done", "reextract_selected"]

    change_fieldsets = [
        (None, {"fields": ["task", "issuer", "lead_and_co_executors", "article_link", "evidence"]}),
        (
            gettext_lazy("Status"),
            {
                "fields": ["status", "status_to", "status_comment", "status_seen"],
                "description": gettext_lazy(
                    "A move is recorded in the history with your comment."
                ),
            },
        ),
        (
            gettext_lazy("Deadline"),
            {
                "fields": [
                    "deadline_display", "deadline_to", "deadline_words", "deadline_granularity_to",
                    "deadline_reason", "deadline_force", "deadline_seen",
                ],
                "description": gettext_lazy(
                    "Once accepted, a deadline may only be extended. Moving it earlier or "
                    "removing it needs the confirmation box and a reason."
                ),
            },
        ),
        (
            gettext_lazy("Provenance"),
            {
                "classes": ["collapse"],
                "fields": [
                    "origin", "created_by", "confidence", "duplicate_of", "curated_at",
                    "completed_at", "created", "updated",
                ],
            },
        ),
    ]
    workflow_fields = {
        "status_to", "status_comment", "status_seen", "deadline_to", "deadline_words",
        "deadline_granularity_to", "deadline_reason", "deadline_force", "deadline_seen",
    }
    change_readonly_fields = [
        "lead_and_co_executors", "article_link", "evidence", "status", "deadline_display",
        "origin", "created_by", "confidence", "duplicate_of", "curated_at", "completed_at",
        "created", "updated",
    ]
    add_fieldsets = [
        (None, {"fields": ["article", "task", "issuer", "sentence"]}),
        (gettext_lazy("Status and deadline"), {
            "fields": ["status", "deadline", "deadline_text", "deadline_granularity"],
        }),
    ]

    # -- queries

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("article")
            .defer("article__text")  # only the change page's evidence reads it
            .prefetch_related(_body_links_prefetch())
        )

    # -- list columns

    @admin.display(description=gettext_lazy("task"), ordering="task")
    def short_task(self, obj):
        return Truncator(obj.task).chars(100)

    @admin.display(description=gettext_lazy("lead bodies"))
    def lead_bodies(self, obj):
        return ", ".join(body.name for body in obj.lead_bodies())

    @admin.display(description=gettext_lazy("days left"), ordering="deadline")
    def days_left(self, obj):
        return days_left_badge(obj)

    @admin.display(description=gettext_lazy("language"), ordering="article__lang")
    def language(self, obj):
        return obj.article.get_lang_display() if obj.article else "—"

    # -- change page

    def get_form(self, request, obj=None, change=False, **kwargs):
        kwargs["form"] = DirectiveChangeForm if obj is not None else DirectiveAddForm
        form = super().get_form(request, obj, change=change, **kwargs)
        form.request_user = request.user
        return form

    def get_fieldsets(self, request, obj=None):
        if obj is None:
            return self.add_fieldsets
        if self.has_change_permission(request, obj):
            return self.change_fieldsets
        # Read-only visitors see the record, not the workflow inputs.
        return [
            (name, {**options, "fields": [f for f in options["fields"]
                                          if f not in self.workflow_fields]})
            for name, options in self.change_fieldsets
        ]

    def get_readonly_fields(self, request, obj=None):
        return self.change_readonly_fields if obj is not None else []

    @admin.display(description=gettext_lazy("responsible bodies"))
    def lead_and_co_executors(self, obj):
        return format_html_join(
            ", ", "{} ({})", ((link.body.name, link.get_role_display())
                              for link in obj.body_links.all())
        ) or "—"

    @admin.display(description=gettext_lazy("article"))
    def article_link(self, obj):
        if obj.article is None:
            return "—"
        url = reverse("admin:directives_article_change", args=[obj.article_id])
        return format_html(
            '<a href="{}">{}</a> ({}, {})', url, obj.article.title,
            obj.article.published.date(), obj.article.get_lang_display(),
        )

    @admin.display(description=gettext_lazy("evidence"))
    def evidence(self, obj):
        return evidence_html(obj)

    @admin.display(description=gettext_lazy("deadline"))
    def deadline_display(self, obj):
        if obj.deadline is None:
            return _("none") + (f" ({obj.deadline_text})" if obj.deadline_text else "")
        words = f" — “{obj.deadline_text}”" if obj.deadline_text else ""
        granularity = (
            f" ({obj.get_deadline_granularity_display()})" if obj.deadline_granularity else ""
        )
        return f"{obj.deadline.isoformat()}{granularity}{words}"

    def save_model(self, request, obj, form, change):
        if not change:
            obj.origin = Origin.PERSON
            obj.created_by = request.user
            super().save_model(request, obj, form, change)
            return
        # Never obj.save() here: it would write back the status and deadline read at
        # the start of the request over a concurrent change, without history.
        try:
            form.apply(directive=obj, user=request.user)
        except ValidationError as exc:
            raise WorkflowRefused(exc) from exc

    def save_formset(self, request, form, formset, change):
        if change and formset.model is DirectiveBody:
            record_formset_changes(formset)  # for the admin's change message
            if formset.has_changed():
                leads, co_executors = directive_body_ids_from_formset(formset)
                try:
                    directive_edit(
                        directive=form.instance,
                        edit=DirectiveEdit(
                            lead_body_ids=leads, co_executor_body_ids=co_executors
                        ),
                        user=request.user,
                    )
                except ValidationError as exc:
                    raise WorkflowRefused(exc) from exc
            return
        super().save_formset(request, form, formset, change)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except WorkflowRefused as refused:
            # The form was checked against the services a moment ago, so this is a
            # race with another editor; the transaction is rolled back by now.
            for message in refused.error.messages:
                self.message_user(request, message, messages.ERROR)
            return HttpResponseRedirect(request.get_full_path())

    # -- actions

    def _for_each(
        self,
        request,
        queryset,
        apply: Callable[[Directive], object],
        done: Callable[[int], str],
    ) -> None:
        """Apply a service to each selected directive in its own transaction; refusals
        become messages and the rest of the batch goes on."""
        succeeded = 0
        failures: list[str] = []
        for directive in queryset.order_by("pk"):
            try:
                apply(directive)
            except ValidationError as exc:
                failures.append(
                    _("#%(id)s “%(task)s”: %(error)s")
                    % {
                        "id": directive.pk,
                        "task": Truncator(directive.task).chars(60),
                        "error": " ".join(exc.messages),
                    }
                )
            else:
                succeeded += 1
        if succeeded:
            self.message_user(request, done(succeeded), messages.SUCCESS)
        for failure in failures[:MAX_FAILURE_MESSAGES]:
            self.message_user(request, failure, messages.ERROR)
        if len(failures) > MAX_FAILURE_MESSAGES:
            self.message_user(
                request,
                _("… and %(count)d more refused.")
                % {"count": len(failures) - MAX_FAILURE_MESSAGES},
                messages.ERROR,
            )

    @admin.action(
        description=gettext_lazy("Accept the selected proposals"), permissions=["change"]
    )
    def accept_selected(self, request, queryset):
        self._for_each(
            request,
            queryset,
            lambda directive: directive_accept(directive=directive, user=request.user),
            lambda n: ngettext("%(n)d directive accepted.", "%(n)d directives accepted.", n)
            % {"n": n},
        )

    @admin.action(
        description=gettext_lazy("Reject the selected proposals…"), permissions=["change"]
    )
    def reject_selected(self, request, queryset):
        if "apply" in request.POST:
            form = RejectForm(request.POST)
            if form.is_valid():
                reason = form.cleaned_data["reason"]
                self._for_each(
                    request,
                    queryset,
                    lambda directive: directive_reject(
                        directive=directive, user=request.user, reason=reason
                    ),
                    lambda n: ngettext(
                        "%(n)d directive rejected.", "%(n)d directives rejected.", n
                    ) % {"n": n},
                )
                return None
        else:
            form = RejectForm()
        context = {
            **self.admin_site.each_context(request),
            "title": _("Reject directives"),
            "opts": self.model._meta,
            "queryset": queryset.order_by("pk"),
            "form": form,
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            "action": "reject_selected",
        }
        return TemplateResponse(
            request, "admin/directives/directive/reject_confirmation.html", context
        )

    @admin.action(
        description=gettext_lazy("Mark the selected directives done"), permissions=["change"]
    )
    def mark_done(self, request, queryset):
        self._for_each(
            request,
            queryset,
            lambda directive: directive_change_status(
                directive=directive, new_status=Status.DONE, user=request.user
            ),
            lambda n: ngettext(
                "%(n)d directive marked done.", "%(n)d directives marked done.", n
            ) % {"n": n},
        )

    @admin.action(
        description=gettext_lazy("Re-extract the articles of the selected directives"),
        permissions=["change"],
    )
    def reextract_selected(self, request, queryset):
        reextract_articles(self, request, queryset.values_list("article_id", flat=True))
