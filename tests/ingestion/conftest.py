"""Real parts for ingestion tests: a local HTTP server and a Celery worker thread."""

from __future__ import annotations

import contextlib
import ipaddress
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.celery_worker import purge_broker, worker_thread

WAIT = 30.0  # seconds: an upper bound for the worker, never a pause


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    # Seconds to hold the answer back (a page that times out); cut short at teardown.
    delay: float = 0.0
    # Answer 304 when the request carries this ETag in If-None-Match.
    etag: str | None = None
    # False: no Content-Length, so only the bytes read tell the size.
    send_length: bool = True


class LocalServer:
    """An HTTP server on a free loopback port serving the routes a test sets."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.host = host
        self.routes: dict[str, Route] = {}
        self.hits: list[str] = []
        self.released = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server.hits.append(self.path)
                route = server.routes.get(self.path)
                if route is None:
                    self.send_error(404, "Not Found")
                    return
                if route.delay:
                    server.released.wait(route.delay)
                if route.etag and self.headers.get("If-None-Match") == route.etag:
                    self.send_response(304)
                    self.end_headers()
                    return
                self.send_response(route.status)
                self.send_header("Content-Type", route.content_type)
                if route.send_length:
                    self.send_header("Content-Length", str(len(route.body)))
                else:
                    self.close_connection = True
                if route.etag:
                    self.send_header("ETag", route.etag)
                for name, value in route.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                # The client may give up (timeout, size limit): that is the test.
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(route.body)

            def log_message(self, format, *args) -> None:
                pass

        self.httpd = ThreadingHTTPServer((host, 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def url(self, path: str) -> str:
        return f"http://{self.host}:{self.httpd.server_address[1]}{path}"

    def serve(self, path: str, body: str | bytes = b"", **kwargs) -> str:
        self.routes[path] = Route(body.encode() if isinstance(body, str) else body, **kwargs)
        return self.url(path)

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> None:
        self.released.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=10)


@pytest.fixture
def http_server(settings) -> Iterator[LocalServer]:
    """A server on 127.0.0.1, which the fetcher may reach in these tests only: in production
    it connects to public addresses alone (tracker/ingestion/addresses.py)."""
    settings.INGEST_FETCH_ALLOW_NETWORKS = [ipaddress.ip_network("127.0.0.1/32")]
    server = LocalServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


class TaskCounter:
    """Counts tasks the worker finished, by name, so a test waits for work, not time."""

    def __init__(self) -> None:
        self.done: list[str] = []
        self._changed = threading.Condition()

    def on_postrun(self, sender=None, **kwargs) -> None:
        from django.db import connections

        # The worker thread's connection would outlive the thread and keep PostgreSQL
        # from dropping the test database: close it after each task.
        connections.close_all()
        if sender is not None:
            with self._changed:
                self.done.append(sender.name.rsplit(".", 1)[-1])
                self._changed.notify_all()

    def wait_for(self, name: str, count: int, timeout: float = WAIT) -> None:
        with self._changed:
            ok = self._changed.wait_for(lambda: self.done.count(name) >= count, timeout=timeout)
        assert ok, f"the worker finished {self.done}, expected {count} x {name}"



@pytest.fixture
def celery_worker(transactional_db) -> Iterator[TaskCounter]:
    """A real Celery worker thread on the real broker; only for transaction=True tests
    (the worker has its own database connection and sees committed rows only)."""
    purge_broker()
    counter = TaskCounter()
    try:
        with worker_thread(counter.on_postrun):
            yield counter
    finally:
        purge_broker()


@pytest.fixture
def make_user(django_user_model) -> Callable[..., object]:
    def make(username="staff", *, staff=True, perms=()):
        from django.contrib.auth.models import Permission

        user = django_user_model.objects.create_user(username, password="pw-" + "x" * 12,
                                                     is_staff=staff)
        for perm in perms:
            app_label, codename = perm.split(".")
            user.user_permissions.add(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )
        return user

    return make


@pytest.fixture
def start_celery_worker(transactional_db) -> Iterator[Callable[[], TaskCounter]]:
    """Like celery_worker, but started when the test says so (tasks wait in Redis)."""
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
