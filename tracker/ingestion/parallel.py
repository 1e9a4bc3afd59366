"""Running the extractor over a batch, in this process or in a pool of processes.

Extraction is pure Python and CPU-bound (about 7-15 ms for a 2,000-character article),
so on a large batch it is most of the time of an ingest. ``Extractor`` runs it inline, or,
when asked for several workers, in a ``spawn`` process pool started only once a batch
turns out to be large: a small paste or a re-ingest of known articles never pays for
starting processes. The pool's processes import only ``tracker.extraction`` (no Django,
no database connection) and build the registry once from the records they are given.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any

from tracker.extraction import extract
from tracker.extraction.registry import Registry
from tracker.extraction.types import ExtractedDirective

# Below this many articles waiting for extraction, starting processes costs more than
# it saves (a spawned process imports the extractor and builds the registry: ~1 s).
POOL_THRESHOLD = 300
MAX_AUTO_WORKERS = 4


@dataclass(frozen=True, slots=True)
class Job:
    text: str
    published: dt.date
    lang: str
    title: str


# A job's result: the directives, or the message of the exception the extractor raised.
Result = list[ExtractedDirective] | str

_worker_registry: Registry | None = None


def _init_worker(records: list[dict[str, Any]]) -> None:
    global _worker_registry
    _worker_registry = Registry.from_records(records)


def run_one(job: Job, registry: Registry) -> Result:
    try:
        return extract(job.text, job.published, job.lang, registry=registry, title=job.title)
    except Exception as exc:  # a rule's bug fails this article, not the batch
        return f"extraction failed: {type(exc).__name__}: {exc}"


def _run_many(jobs: list[Job]) -> list[Result]:
    assert _worker_registry is not None
    return [run_one(job, _worker_registry) for job in jobs]


def auto_workers(setting: int) -> int:
    """``setting`` if positive; else one extraction process per CPU but one, at most 4.

    One CPU is left to the process that parses and writes (and often to the database
    on the same machine): on two CPUs that means no pool, which the benchmark found no
    slower there.
    """
    if setting > 0:
        return setting
    return max(1, min(MAX_AUTO_WORKERS, (os.cpu_count() or 1) - 1))


class Batch:
    """The extraction of one chunk of jobs, inline or spread over the pool's processes."""

    def __init__(self, futures: list[Future] | None = None, results: list[Result] | None = None):
        self._futures = futures
        self._results = results

    def results(self) -> list[Result]:
        if self._results is None:
            assert self._futures is not None
            self._results = [r for future in self._futures for r in future.result()]
        return self._results


class Extractor:
    """Extract chunk after chunk; ``workers > 1`` may move the work to processes."""

    def __init__(
        self, *, registry: Registry, records: list[dict[str, Any]] | None, workers: int = 1
    ) -> None:
        self.registry = registry
        self.records = records
        self.workers = workers
        self._pool: ProcessPoolExecutor | None = None
        self._queued = 0

    @property
    def parallel(self) -> bool:
        return self._pool is not None

    def submit(self, jobs: list[Job]) -> Batch:
        self._queued += len(jobs)
        if (
            self._pool is None
            and self.workers > 1
            and self.records is not None
            and self._queued >= POOL_THRESHOLD
        ):
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_init_worker,
                initargs=(self.records,),
            )
        if self._pool is None:
            return Batch(results=[run_one(job, self.registry) for job in jobs])
        size = -(-len(jobs) // self.workers)
        return Batch(
            futures=[
                self._pool.submit(_run_many, jobs[start : start + size])
                for start in range(0, len(jobs), size)
            ]
        )

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
