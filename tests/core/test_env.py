import pytest
from django.core.exceptions import ImproperlyConfigured

from tracker import env


@pytest.mark.parametrize(
    ("raw", "expected"), [("1", True), ("yes", True), ("0", False), ("", False)]
)
def test_env_bool_reads_common_spellings(monkeypatch, raw, expected):
    monkeypatch.setenv("FLAG", raw)
    assert env.env_bool("FLAG", not expected) is expected


def test_env_bool_refuses_garbage_naming_the_variable(monkeypatch):
    monkeypatch.setenv("DEBUG", "maybe")
    with pytest.raises(ImproperlyConfigured, match="DEBUG='maybe'"):
        env.env_bool("DEBUG", False)


def test_env_int_refuses_non_numbers_and_too_small(monkeypatch):
    monkeypatch.setenv("N", "ten")
    with pytest.raises(ImproperlyConfigured, match="N='ten' is not an integer"):
        env.env_int("N", 1)
    monkeypatch.setenv("N", "0")
    with pytest.raises(ImproperlyConfigured, match="at least 1"):
        env.env_int("N", 1, minimum=1)


def test_env_list_splits_and_trims(monkeypatch):
    monkeypatch.setenv("HOSTS", " a.kz, b.kz ,,")
    assert env.env_list("HOSTS", []) == ["a.kz", "b.kz"]


def test_env_timezone_refuses_unknown_zone(monkeypatch):
    monkeypatch.setenv("TIME_ZONE", "Asia/Nowhere")
    with pytest.raises(ImproperlyConfigured, match="Asia/Nowhere"):
        env.env_timezone("TIME_ZONE", "Asia/Almaty")


def test_env_database_defaults_to_sqlite_with_wal(monkeypatch):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    config = env.env_database("DATABASE_URL", "sqlite:////tmp/x.sqlite3")
    assert config["ENGINE"] == "django.db.backends.sqlite3"
    assert "journal_mode=WAL" in config["OPTIONS"]["init_command"]


def test_env_database_reads_postgres(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgres://u:p@db.local:5433/tracker")
    config = env.env_database("DATABASE_URL", "sqlite:////tmp/x")
    assert (config["ENGINE"], config["HOST"], config["PORT"], config["NAME"]) == (
        "django.db.backends.postgresql", "db.local", 5433, "tracker",
    )


@pytest.mark.parametrize("url", ["mysql://u@h/db", "nonsense"])
def test_env_database_refuses_other_engines(monkeypatch, url):
    monkeypatch.setenv("DATABASE_URL", url)
    with pytest.raises(ImproperlyConfigured, match="DATABASE_URL"):
        env.env_database("DATABASE_URL", "sqlite:////tmp/x")


def test_email_defaults_to_console(monkeypatch):
    for name in ("EMAIL_URL", "EMAIL_HOST"):
        monkeypatch.delenv(name, raising=False)
    assert env.env_email()["EMAIL_BACKEND"].endswith("console.EmailBackend")


def test_email_url_with_tls_and_credentials(monkeypatch):
    monkeypatch.setenv("EMAIL_URL", "submission://bot%40gov.kz:s3cret@smtp.gov.kz")
    config = env.env_email()
    assert config["EMAIL_BACKEND"].endswith("smtp.EmailBackend")
    assert (config["EMAIL_HOST"], config["EMAIL_PORT"]) == ("smtp.gov.kz", 587)
    assert (config["EMAIL_HOST_USER"], config["EMAIL_HOST_PASSWORD"]) == ("bot@gov.kz", "s3cret")
    assert config["EMAIL_USE_TLS"] and not config["EMAIL_USE_SSL"]


def test_email_url_with_unknown_scheme_is_refused(monkeypatch):
    monkeypatch.setenv("EMAIL_URL", "carrier-pigeon://loft")
    with pytest.raises(ImproperlyConfigured, match="EMAIL_URL scheme"):
        env.env_email()
