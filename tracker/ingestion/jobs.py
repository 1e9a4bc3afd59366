"""Uploaded files: checked and counted on upload, previewed, then ingested as a job.

* ``ingest_job_create(*, upload, user, format, published, lang, source_name)`` checks
  the file (size before reading, then the readers' whole-file checks: empty, binary,
  undecodable, unknown format) and raises ``InputError`` naming it; otherwise it counts
  the records and stores the file on a *pending* ``IngestJob``.
* ``ingest_job_discard(*, job)`` deletes a pending job the user does not want.
* ``ingest_job_start(*, job)`` runs a small file (``INGEST_UPLOAD_INLINE_BYTES``) at once
  and queues a larger one for ``ingest_job_run_task`` when the transaction commits.
* ``ingest_job_run(*, job_id)`` (the task's work) claims the job with a conditional
  UPDATE, ingests the file through ``ingest_articles`` while writing progress on the row,
  stores the report and drops the file. A job left *running* by a worker that died is
  claimed again once the task time limit has passed; ingesting again is safe because
  stored articles are skipped as duplicates.
* ``ingest_jobs_sweep(*, now=None)`` (beat, hourly) queues again the jobs whose task
  message was lost (queued for over ``REQUEUE_AFTER``) or whose worker died (running past
  the task time limit), and deletes uploads left unconfirmed for ``PENDING_TTL``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import tempfile
from collections.abc import Iterator
from functools import partial
from pathlib import Path

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from tracker.extraction.sources import InputError, SourceArticle
from tracker.ingestion.models import IngestJob
from tracker.ingestion.readers import check_size, read_input
from tracker.ingestion.services import IngestReport, ingest_articles

MAX_JOB_ERRORS = 200
REQUEUE_AFTER = dt.timedelta(minutes=30)
PENDING_TTL = dt.timedelta(days=1)
_UNSAFE = re.compile(r"[^\w.\- ]+", re.UNICODE)


def safe_filename(name: str) -> str:
    """The uploaded file's base name, safe to create in a temporary directory, so error
    messages name the file the user chose."""
    base = Path(name.replace("\\", "/")).name
    base = _UNSAFE.sub("_", base).strip(". ") or "upload.txt"
    return base[:200]


@contextlib.contextmanager
def _as_file(filename: str, content: bytes | Iterator[bytes]) -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="tracker-ingest-") as tmp:
        path = Path(tmp) / filename
        with path.open("wb") as fh:
            if isinstance(content, bytes | memoryview):
                fh.write(content)
            else:
                for chunk in content:
                    fh.write(chunk)
        yield path


def _read(job: IngestJob, path: Path):
    return read_input(
        path, format=job.format, published=job.published, lang=job.lang or None
    )


def ingest_job_create(
    *,
    upload: UploadedFile,
    user: AbstractBaseUser | None,
    format: str = "auto",
    published: dt.date | None = None,
    lang: str | None = None,
    source_name: str = "",
) -> IngestJob:
    filename = safe_filename(upload.name or "upload.txt")
    check_size(source=filename, size=upload.size or 0)
    job = IngestJob(
        created_by=user if user is not None and user.is_authenticated else None,
        filename=filename,
        format=format,
        published=published,
        lang=lang or "",
        source_name=source_name,
        size=upload.size or 0,
    )
    with _as_file(filename, upload.chunks()) as path:
        total = 0
        errors: list[str] = []
        for item in _read(job, path):
            total += 1
            if isinstance(item, InputError) and len(errors) < MAX_JOB_ERRORS:
                errors.append(str(item))
        if total == 0:
            raise InputError(filename, None, "no articles found in the file")
        job.payload = path.read_bytes()
    job.total = total
    job.errors = errors  # found while counting; the run reports them again
    job.save()
    return job


def ingest_job_preview(
    *, job: IngestJob, limit: int = 3
) -> tuple[list[SourceArticle], list[str]]:
    """The first ``limit`` articles of a pending job and the bad records found on upload."""
    payload = IngestJob.objects.values_list("payload", flat=True).get(pk=job.pk)
    articles: list[SourceArticle] = []
    with _as_file(job.filename, bytes(payload)) as path:
        for item in _read(job, path):
            if isinstance(item, SourceArticle):
                articles.append(item)
                if len(articles) >= limit:
                    break
    return articles, list(job.errors)


def ingest_job_start(*, job: IngestJob) -> IngestJob:
    """Run a small job now, queue a large one. Only a pending job starts."""
    from tracker.ingestion.tasks import ingest_job_run_task

    if job.size <= settings.INGEST_UPLOAD_INLINE_BYTES:
        updated = IngestJob.objects.filter(pk=job.pk, status=IngestJob.Status.PENDING).update(
            status=IngestJob.Status.QUEUED
        )
        if updated:
            ingest_job_run(job_id=job.pk)
    else:
        with transaction.atomic():
            updated = IngestJob.objects.filter(
                pk=job.pk, status=IngestJob.Status.PENDING
            ).update(status=IngestJob.Status.QUEUED)
            if updated:
                transaction.on_commit(partial(ingest_job_run_task.delay, job.pk))
    job.refresh_from_db()
    return job


def ingest_job_discard(*, job: IngestJob) -> bool:
    """Delete a job that was uploaded but never started (and its stored file)."""
    deleted, _ = IngestJob.objects.filter(pk=job.pk, status=IngestJob.Status.PENDING).delete()
    return bool(deleted)


def _claim(job_id: int) -> bool:
    now = timezone.now()
    stale = now - dt.timedelta(seconds=settings.CELERY_TASK_TIME_LIMIT)
    return bool(
        IngestJob.objects.filter(pk=job_id)
        .filter(
            Q(status=IngestJob.Status.QUEUED)
            | Q(status=IngestJob.Status.RUNNING, started_at__lt=stale)
        )
        .update(status=IngestJob.Status.RUNNING, started_at=now, processed=0)
    )


def _counts(report: IngestReport) -> dict[str, int]:
    return {
        "processed": report.processed,
        "new": report.new,
        "duplicate": report.duplicate,
        "failed": report.failed,
        "directives_proposed": report.directives_proposed,
    }


def ingest_job_run(*, job_id: int) -> None:
    if not _claim(job_id):
        return  # done already, or another worker has it
    job = IngestJob.objects.get(pk=job_id)

    def progress(report: IngestReport) -> None:
        IngestJob.objects.filter(pk=job_id).update(**_counts(report))

    try:
        with _as_file(job.filename, bytes(job.payload)) as path:
            report = ingest_articles(
                articles=_read(job, path), source_name=job.source_name, on_progress=progress
            )
    except InputError as exc:
        IngestJob.objects.filter(pk=job_id).update(
            status=IngestJob.Status.FAILED, finished_at=timezone.now(), message=str(exc),
            payload=b"",
        )
        return
    except Exception as exc:
        IngestJob.objects.filter(pk=job_id).update(
            status=IngestJob.Status.FAILED, finished_at=timezone.now(),
            message=f"unexpected error: {type(exc).__name__}: {exc}",
        )
        raise
    IngestJob.objects.filter(pk=job_id).update(
        status=IngestJob.Status.DONE,
        finished_at=timezone.now(),
        total=max(job.total, report.processed),
        errors=report.errors[:MAX_JOB_ERRORS],
        payload=b"",
        **_counts(report),
    )


def ingest_jobs_sweep(*, now: dt.datetime | None = None) -> tuple[list[int], int]:
    """Requeue lost or orphaned jobs and drop stale uploads; returns (requeued ids,
    number of pending uploads deleted)."""
    from tracker.ingestion.tasks import ingest_job_run_task

    now = now or timezone.now()
    stale_running = now - dt.timedelta(seconds=settings.CELERY_TASK_TIME_LIMIT)
    stuck = IngestJob.objects.filter(
        Q(status=IngestJob.Status.QUEUED, created__lt=now - REQUEUE_AFTER)
        | Q(status=IngestJob.Status.RUNNING, started_at__lt=stale_running)
    )
    requeued = list(stuck.values_list("pk", flat=True))
    with transaction.atomic():
        for job_id in requeued:
            # A duplicate message is harmless: the run claims the job with a conditional
            # UPDATE, so only one worker ingests it.
            transaction.on_commit(partial(ingest_job_run_task.delay, job_id))
    deleted, _ = IngestJob.objects.filter(
        status=IngestJob.Status.PENDING, created__lt=now - PENDING_TTL
    ).delete()
    return requeued, deleted
