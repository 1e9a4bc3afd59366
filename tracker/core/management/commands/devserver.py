"""`make run`: prepare the database and start Redis, Celery and the web server together.

Everything logs into this one terminal with a prefix per process; Ctrl-C stops all of
them. A second run reuses the database, the sample news and the demo login.
"""

from __future__ import annotations

import os
import secrets
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand

from tracker.core.bundled_redis import BundledRedis, start_bundled_redis
from tracker.directives.models import Article

SAMPLE_DUMP = Path(settings.BASE_DIR) / "tracker" / "sample" / "kt_kz_government_2025-08.txt"
DEMO_USERNAME = "demo"


class Command(BaseCommand):
    help = "Set up and run the tracker: migrations, sample data, Redis, Celery, web server."

    def add_arguments(self, parser):
        parser.add_argument("--addrport", default="127.0.0.1:8000")
        parser.add_argument(
            "--setup-only", action="store_true", help="prepare the database, start nothing"
        )

    def handle(self, *args, **options):
        Path(settings.VAR_DIR).mkdir(parents=True, exist_ok=True)
        call_command("migrate", interactive=False, verbosity=1)
        call_command("sync_registry")
        if not Article.objects.exists():
            call_command("ingest", str(SAMPLE_DUMP), source="kt.kz")
        password = self.ensure_demo_user()
        host = options["addrport"]
        self.stdout.write(
            self.style.SUCCESS(
                f"\nDirective Tracker: http://{host}/  admin: http://{host}/admin/\n"
                f"Log in as {DEMO_USERNAME} / {password}\n"
            )
        )
        if options["setup_only"]:
            return
        self.run_processes(host)

    def ensure_demo_user(self) -> str:
        """A staff superuser for trying things out; its password is kept under var/."""
        password_file = Path(settings.VAR_DIR) / "demo-password.txt"
        User = get_user_model()
        user = User.objects.filter(username=DEMO_USERNAME).first()
        if user is not None and password_file.exists():
            return password_file.read_text().strip()
        password = secrets.token_urlsafe(9)
        if user is None:
            user = User(username=DEMO_USERNAME, email="demo@example.com")
        user.is_staff = user.is_superuser = True
        user.set_password(password)
        user.save()
        password_file.write_text(password + "\n")
        password_file.chmod(0o600)
        return password

    def run_processes(self, addrport: str) -> None:
        env = os.environ.copy()
        redis_server: BundledRedis | None = None
        if not os.environ.get("REDIS_URL"):
            redis_server = start_bundled_redis()
            env["REDIS_URL"] = redis_server.url
            self.stdout.write(f"redis  | bundled redis-server on {redis_server.url}")
        python = sys.executable
        beat_schedule = str(Path(settings.VAR_DIR) / "celerybeat-schedule")
        commands = {
            "worker": [
                python, "-m", "celery", "-A", "tracker.celery", "worker", "--beat",
                "--schedule", beat_schedule, "--loglevel", "INFO", "--concurrency", "2",
            ],
            "web": [python, "manage.py", "runserver", addrport],
        }
        children: dict[str, subprocess.Popen] = {}
        for name, command in commands.items():
            children[name] = subprocess.Popen(
                command,
                cwd=settings.BASE_DIR,
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
                bufsize=1,
                start_new_session=True,  # Ctrl-C reaches us; we stop them in order
            )
            threading.Thread(
                target=self.relay, args=(name, children[name]), daemon=True
            ).start()

        # A plain flag, not a threading.Event: the signal often comes twice (Ctrl-C or a
        # group kill reaches make too, which passes it on), and a second handler run inside
        # the first Event.set() would wait forever on the Event's own lock.
        stopping = False

        def stop(signum, frame):
            nonlocal stopping
            stopping = True

        signal.signal(signal.SIGINT, stop)
        signal.signal(signal.SIGTERM, stop)
        try:
            while not stopping:
                for name, child in children.items():
                    if child.poll() is not None:
                        self.stderr.write(f"{name} exited with status {child.returncode}")
                        stopping = True
                time.sleep(0.2)
        finally:
            self.stdout.write("stopping ...")
            for child in children.values():
                if child.poll() is None:
                    os.killpg(child.pid, signal.SIGTERM)
            for child in children.values():
                try:
                    child.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    os.killpg(child.pid, signal.SIGKILL)
            if redis_server is not None:
                redis_server.stop()

    def relay(self, name: str, child: subprocess.Popen) -> None:
        assert child.stdout is not None
        for line in child.stdout:
            self.stdout.write(f"{name:<6} | {line.rstrip()}")
