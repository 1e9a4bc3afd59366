"""Real parts for reminder tests: an SMTP server (aiosmtpd) and a Celery worker thread."""

from __future__ import annotations

import contextlib
import email
import email.policy
import threading
from collections import deque
from collections.abc import Callable, Iterator

import pytest
from aiosmtpd.controller import Controller

from tests.celery_worker import purge_broker, worker_thread
from tracker.core.bundled_redis import free_port

WAIT = 30.0  # seconds: an upper bound for the worker, never a pause


class Mailbox:
    """An aiosmtpd handler that records accepted messages and can be told what to reply.

    `replies` is a queue of SMTP replies for the next DATA commands ("451 ..." to refuse
    for now, "550 ..." to refuse for good); when it is empty every message is accepted.
    """

    def __init__(self) -> None:
        self.messages: list[email.message.EmailMessage] = []
        self.refused: list[str] = []
        self.replies: deque[str] = deque()
        self._changed = threading.Condition()

    async def handle_DATA(self, server, session, envelope) -> str:
        with self._changed:
            reply = self.replies.popleft() if self.replies else "250 2.0.0 OK"
            if reply.startswith("250"):
                self.messages.append(
                    email.message_from_bytes(envelope.content, policy=email.policy.default)
                )
            else:
                self.refused.append(reply)
            self._changed.notify_all()
        return reply

    def wait_for(self, count: int, timeout: float = WAIT) -> list[email.message.EmailMessage]:
        with self._changed:
            self._changed.wait_for(lambda: len(self.messages) >= count, timeout=timeout)
            return list(self.messages)

    def to(self, address: str) -> list[email.message.EmailMessage]:
        return [m for m in self.messages if m["To"] == address]


class SmtpServer:
    def __init__(self) -> None:
        self.mailbox = Mailbox()
        self.port = free_port()
        self.controller: Controller | None = None

    def start(self) -> None:
        self.controller = Controller(self.mailbox, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


@pytest.fixture
def smtp_server(settings) -> Iterator[SmtpServer]:
    """A real SMTP server on a free loopback port, and Django pointed at it.

    Django's test setup forces the locmem backend; switch back to SMTP here.
    """
    server = SmtpServer()
    server.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = server.port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_TIMEOUT = 5
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def mailbox(smtp_server: SmtpServer) -> Mailbox:
    return smtp_server.mailbox


class TaskCounter:
    """Counts send tasks the worker finished, so a test waits for work, not for time."""

    def __init__(self) -> None:
        self.results: list[object] = []
        self._changed = threading.Condition()

    def on_postrun(self, sender=None, retval=None, **kwargs) -> None:
        if sender is not None and sender.name.endswith("reminder_send_task"):
            with self._changed:
                self.results.append(retval)
                self._changed.notify_all()

    def wait_for(self, count: int, timeout: float = WAIT) -> list[object]:
        with self._changed:
            ok = self._changed.wait_for(lambda: len(self.results) >= count, timeout=timeout)
            assert ok, f"the worker finished {len(self.results)} send tasks, expected {count}"
            return list(self.results)



@pytest.fixture
def celery_worker(transactional_db) -> Iterator[TaskCounter]:
    """A real Celery worker thread on the real broker (the session's Redis).

    Only for `transaction=True` tests: the worker thread has its own database
    connection and sees only committed rows.
    """
    purge_broker()
    counter = TaskCounter()
    try:
        with worker_thread(counter.on_postrun):
            yield counter
    finally:
        purge_broker()


@pytest.fixture
def start_celery_worker(transactional_db) -> Iterator[Callable[[], object]]:
    """Like celery_worker, but started when the test says so (a worker that was down)."""
    purge_broker()
    stack = contextlib.ExitStack()
    counter = TaskCounter()

    def start() -> TaskCounter:
        stack.enter_context(worker_thread(counter.on_postrun))
        return counter

    try:
        yield start
    finally:
        stack.close()
        purge_broker()
