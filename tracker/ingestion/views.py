"""The "Add news" pages: paste or upload, preview, save; upload jobs with progress.

Every URL renders a full page on a plain GET; the progress URL answers htmx with the
progress fragment only (a named partial of ``ingestion/job.html``).
"""

from __future__ import annotations

from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from tracker.extraction.sources import InputError, SourceArticle
from tracker.ingestion.forms import PasteForm, UploadForm
from tracker.ingestion.jobs import (
    ingest_job_create,
    ingest_job_discard,
    ingest_job_preview,
    ingest_job_start,
)
from tracker.ingestion.models import IngestJob
from tracker.ingestion.readers import human_size
from tracker.ingestion.selectors import article_preview, ingest_job_get
from tracker.ingestion.services import ingest_articles

# Multipart overhead allowed above INGEST_MAX_BYTES before the body is refused unread.
_FORM_OVERHEAD = 64 * 1024


def can_add_news(user) -> bool:
    return user.is_active and (user.is_staff or user.has_perm("directives.add_article"))


def news_editor_required(view):
    @login_required
    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs):
        if not can_add_news(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


def _render_add(
    request: HttpRequest,
    *,
    paste: PasteForm | None = None,
    upload: UploadForm | None = None,
    preview=None,
    status: int = 200,
) -> HttpResponse:
    return render(
        request,
        "ingestion/add.html",
        {
            "paste": paste or PasteForm(),
            "upload": upload or UploadForm(),
            "preview": preview,
            "max_size": human_size(settings.INGEST_MAX_BYTES),
        },
        status=status,
    )


def _pasted_article(form: PasteForm) -> SourceArticle:
    data = form.cleaned_data
    return SourceArticle(
        data["title"], data["text"], data["published"], False, data["url"] or None,
        data["lang"] or None, _("pasted text"), 1,
    )


@news_editor_required
@require_http_methods(["GET", "POST"])
def add_news(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":
        return _render_add(request)
    if request.POST.get("kind") == "upload":
        return _upload(request)
    form = PasteForm(request.POST)
    if not form.is_valid():
        return _render_add(request, paste=form, status=400)
    article = _pasted_article(form)
    if request.POST.get("action") != "save":
        return _render_add(request, paste=form, preview=article_preview(article=article))
    report = ingest_articles(
        articles=[article], source_name=form.cleaned_data["source_name"]
    )
    if report.failed:
        form.add_error("text", report.errors[0])
        return _render_add(request, paste=form, status=400)
    if report.duplicate:
        messages.warning(request, _("This article is stored already; nothing was added."))
    else:
        messages.success(
            request,
            format_html(
                _("Stored “{title}” with {n} proposed directive(s) for review."),
                title=article.title or article.text[:60],
                n=report.directives_proposed,
            ),
        )
    return redirect("ingestion:add")


def _upload(request: HttpRequest) -> HttpResponse:
    # Refuse an oversized body before Django reads it into a temporary file.
    length = request.META.get("CONTENT_LENGTH") or ""
    if length.isdigit() and int(length) > settings.INGEST_MAX_BYTES + _FORM_OVERHEAD:
        return render(
            request,
            "ingestion/too_large.html",
            {"size": human_size(int(length)), "limit": human_size(settings.INGEST_MAX_BYTES)},
            status=413,
        )
    form = UploadForm(request.POST, request.FILES)
    if not form.is_valid():
        return _render_add(request, upload=form, status=400)
    data = form.cleaned_data
    try:
        job = ingest_job_create(
            upload=data["file"],
            user=request.user,
            format=data["format"],
            published=data["published"],
            lang=data["lang"] or None,
            source_name=data["source_name"],
        )
    except InputError as exc:
        form.add_error("file", str(exc))
        return _render_add(request, upload=form, status=400)
    return redirect("ingestion:job", pk=job.pk)


def _job_for(request: HttpRequest, pk: int) -> IngestJob:
    try:
        job = ingest_job_get(job_id=pk)
    except IngestJob.DoesNotExist:
        raise Http404 from None
    if job.created_by_id != request.user.pk and not request.user.is_staff:
        raise Http404
    return job


def _render_job(request: HttpRequest, job: IngestJob) -> HttpResponse:
    context = {
        "job": job,
        "inline_limit": human_size(settings.INGEST_UPLOAD_INLINE_BYTES),
        "runs_inline": job.size <= settings.INGEST_UPLOAD_INLINE_BYTES,
    }
    if job.status == IngestJob.Status.PENDING:
        articles, errors = ingest_job_preview(job=job)
        context["previews"] = [article_preview(article=a) for a in articles]
        context["upload_errors"] = errors
    return render(request, "ingestion/job.html", context)


@news_editor_required
@require_GET
def job_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return _render_job(request, _job_for(request, pk))


@news_editor_required
@require_GET
def job_progress(request: HttpRequest, pk: int) -> HttpResponse:
    job = _job_for(request, pk)
    if request.htmx:
        return render(request, "ingestion/job.html#progress", {"job": job})
    return _render_job(request, job)


@news_editor_required
@require_http_methods(["GET", "POST"])
def job_start(request: HttpRequest, pk: int) -> HttpResponse:
    job = _job_for(request, pk)
    if request.method == "POST" and job.status == IngestJob.Status.PENDING:
        ingest_job_start(job=job)
    return redirect("ingestion:job", pk=job.pk)


@news_editor_required
@require_POST
def job_discard(request: HttpRequest, pk: int) -> HttpResponse:
    job = _job_for(request, pk)
    if job.status == IngestJob.Status.PENDING:
        ingest_job_discard(job=job)
        messages.info(request, _("The upload of %(file)s was discarded.") % {"file": job.filename})
        return redirect(reverse("ingestion:add"))
    return redirect("ingestion:job", pk=job.pk)
