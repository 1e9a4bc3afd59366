"""A real Celery worker thread on the test broker, shared by the suites that need one.

Each suite counts the tasks it waits for in its own way (by name, by result); what they
share is starting the worker with a postrun hook and emptying the queue around a test.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator


def purge_broker() -> None:
    """Leftovers of earlier tests must not run against this test's rows."""
    from tracker.celery import app

    with app.connection_for_write() as connection:
        connection.default_channel.client.delete("celery")


@contextlib.contextmanager
def worker_thread(on_postrun: Callable[..., None]) -> Iterator[None]:
    """A solo-pool worker in a thread of this process, reporting each finished task to
    ``on_postrun`` (celery's task_postrun signal)."""
    from celery.contrib.testing.worker import start_worker
    from celery.signals import task_postrun

    from tracker.celery import app

    task_postrun.connect(on_postrun, weak=False)
    try:
        with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=30):
            yield
    finally:
        task_postrun.disconnect(on_postrun)
