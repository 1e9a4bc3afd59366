import datetime as dt

import pytest
from django.utils import timezone

from tests.dashboard.conftest import make_directive

pytestmark = pytest.mark.django_db


def test_russian_interface_and_dates(viewer_client):
    d = make_directive(deadline=dt.date(2025, 9, 5), status="open")
    viewer_client.cookies["django_language"] = "ru"
    page = viewer_client.get(f"/directives/{d.pk}/").content.decode()
    assert '<html lang="ru">' in page
    assert "Поручение" in page and "Исходная статья" in page
    assert "5 сентября 2025" in page  # DATE_FORMAT of the ru locale
    listing = viewer_client.get("/directives/").content.decode()
    assert "05.09.2025" in listing  # SHORT_DATE_FORMAT of the ru locale
    assert "1 поручение" in listing


def test_russian_plurals(viewer_client):
    today = timezone.localdate()
    for days in (1, 3, 5):
        make_directive(deadline=today + dt.timedelta(days=days), task=f"in {days}")
    viewer_client.cookies["django_language"] = "ru"
    listing = viewer_client.get("/directives/").content.decode()
    assert "через 1 день" in listing and "через 3 дня" in listing and "через 5 дней" in listing
    assert "3 поручения" in listing


def test_english_dates_are_day_first(viewer_client):
    d = make_directive(deadline=dt.date(2025, 9, 5))
    page = viewer_client.get(f"/directives/{d.pk}/").content.decode()
    assert "5 Sep 2025" in page
    assert "Sept. 5, 2025" not in page


def test_language_switch_sets_the_language(viewer_client):
    response = viewer_client.post("/i18n/setlang/", {"language": "ru", "next": "/directives/"})
    assert response.status_code == 302 and response.url == "/directives/"
    assert "Поручения" in viewer_client.get("/directives/").content.decode()
    page = viewer_client.get("/").content.decode()
    assert 'name="language"' in page and "Русский" in page and "English" in page


OURS = ("templates/base.html", "templates/dashboard/", "templates/registration/",
        "tracker/dashboard/")


def test_catalogue_is_compiled_and_has_every_dashboard_string():
    """Every string of the dashboard's templates and code has a Russian translation
    (other features' strings are theirs to translate), and the .mo is not older."""
    import re
    from pathlib import Path

    from django.conf import settings

    folder = Path(settings.BASE_DIR) / "locale" / "ru" / "LC_MESSAGES"
    po = (folder / "django.po").read_text(encoding="utf-8")
    assert (folder / "django.mo").stat().st_mtime >= (folder / "django.po").stat().st_mtime - 5
    missing = []
    for entry in po.split("\n\n"):
        locations = " ".join(re.findall(r"^#: (.*)$", entry, re.M))
        if not any(path in locations for path in OURS):
            continue
        strings = re.findall(r'^msgstr(?:\[\d\])? "(.*)"$', entry, re.M)
        continued = re.search(r'^msgstr(?:\[\d\])? ""\n"', entry, re.M)
        if any(value == "" for value in strings) and not continued:
            missing.append(re.search(r'^msgid "(.*)"$', entry, re.M).group(1))
    assert not missing, f"untranslated: {missing}"
