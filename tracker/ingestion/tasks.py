"""Celery tasks of ingestion: thin wrappers taking ids (the work is in feeds and jobs)."""

from __future__ import annotations

from celery import shared_task
from django.conf import settings

from tracker.ingestion.feeds import source_poll, sources_poll_due
from tracker.ingestion.jobs import ingest_job_run, ingest_jobs_sweep


@shared_task(ignore_result=True)
def sources_poll_due_task() -> None:
    """Beat, every INGEST_FEED_CHECK_SECONDS: one poll task per due active source."""
    sources_poll_due()


# A poll stops fetching pages after its budget; its time limits stay above that.
_POLL_SOFT_LIMIT = max(
    settings.CELERY_TASK_SOFT_TIME_LIMIT, settings.INGEST_FEED_POLL_BUDGET_SECONDS + 60
)


@shared_task(ignore_result=True, soft_time_limit=_POLL_SOFT_LIMIT,
             time_limit=_POLL_SOFT_LIMIT + 60)
def source_poll_task(source_id: int) -> None:
    source_poll(source_id=source_id)


@shared_task(ignore_result=True)
def ingest_job_run_task(job_id: int) -> None:
    ingest_job_run(job_id=job_id)



@shared_task(ignore_result=True)
def ingest_jobs_sweep_task() -> None:
    """Beat, hourly: requeue lost or orphaned upload jobs, drop stale uploads."""
    ingest_jobs_sweep()
