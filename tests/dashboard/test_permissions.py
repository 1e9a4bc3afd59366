"""Roles are enforced on the server: anonymous users go to the login page, viewers read
but every write answers 403 with a message, editors write."""

import pytest

from tests.dashboard.conftest import make_directive
from tracker.directives.models import Directive, Status

pytestmark = pytest.mark.django_db

READ_PAGES = [
    "/", "/directives/", "/directives/{id}/", "/review/", "/review/{id}/", "/calendar/",
    "/directives/export.csv", "/directives/export.xlsx", "/directives/{id}/field/task/",
]
EDITOR_WRITES = [
    ("post", "/directives/bulk/", {"action": "accept", "ids": ["{id}"], "confirm": "1"}),
    ("get", "/directives/{id}/edit/task/", {}),
    ("post", "/directives/{id}/edit/task/", {"task": "hacked"}),
    ("post", "/directives/{id}/status/", {"new_status": "open", "comment": "x"}),
    ("post", "/directives/{id}/deadline/", {"new_deadline": "2099-01-01", "reason": "x"}),
    ("post", "/review/{id}/accept/", {}),
    ("post", "/review/{id}/edit/", {"task": "hacked"}),
    ("post", "/review/{id}/reject/", {"reason": "x"}),
]
LOGIN_WRITES = [
    ("post", "/directives/{id}/watch/", {"action": "watch"}),
    ("post", "/calendar/link/", {"action": "renew"}),
]


@pytest.fixture
def proposed():
    return make_directive(status=Status.PROPOSED)


def _fill(value, directive_id):
    if isinstance(value, str):
        return value.replace("{id}", str(directive_id))
    if isinstance(value, list):
        return [_fill(v, directive_id) for v in value]
    return value


@pytest.mark.parametrize("url", READ_PAGES)
def test_anonymous_is_redirected_to_login(client, proposed, url):
    response = client.get(url.format(id=proposed.pk))
    assert response.status_code == 302
    assert response.url.startswith("/login/?next=")


@pytest.mark.parametrize(("method", "url", "data"), EDITOR_WRITES + LOGIN_WRITES)
def test_anonymous_cannot_write(client, proposed, method, url, data):
    response = getattr(client, method)(url.format(id=proposed.pk),
                                       {k: _fill(v, proposed.pk) for k, v in data.items()})
    assert response.status_code == 302 and response.url.startswith("/login/")


@pytest.mark.parametrize("url", READ_PAGES)
def test_viewer_reads(viewer_client, proposed, url):
    response = viewer_client.get(url.format(id=proposed.pk))
    if "/field/" in url:  # a fragment URL: without htmx it sends to the page
        assert response.status_code == 302 and response.url == f"/directives/{proposed.pk}/"
    else:
        assert response.status_code == 200


@pytest.mark.parametrize(("method", "url", "data"), EDITOR_WRITES)
def test_viewer_cannot_write(viewer_client, proposed, method, url, data, htmx):
    response = getattr(viewer_client, method)(
        url.format(id=proposed.pk), {k: _fill(v, proposed.pk) for k, v in data.items()}
    )
    assert response.status_code == 403
    assert b"Only editors can change directives." in response.content
    proposed.refresh_from_db()
    assert proposed.status == Status.PROPOSED and proposed.task == "prepare the budget"
    # htmx: the message goes to the flash area, not into the form that asked.
    fragment = getattr(viewer_client, method)(
        url.format(id=proposed.pk), {k: _fill(v, proposed.pk) for k, v in data.items()}, **htmx
    )
    assert fragment.status_code == 403 and fragment["HX-Retarget"] == "#flash"
    assert b"<html" not in fragment.content


def test_editor_can_write(editor_client, proposed):
    response = editor_client.post(f"/review/{proposed.pk}/accept/")
    assert response.status_code == 302
    assert Directive.objects.get(pk=proposed.pk).status == Status.OPEN


def test_superuser_writes_without_groups(client, proposed):
    from tests.dashboard.conftest import make_user

    client.force_login(make_user("boss", is_superuser=True, is_staff=True))
    assert client.post(f"/review/{proposed.pk}/accept/").status_code == 302
    assert b"/admin/" in client.get("/").content


def test_roles_hold_the_right_permissions():
    from django.contrib.auth.models import Group

    viewers = set(Group.objects.get(name="Viewers").permissions.values_list("codename", flat=True))
    editors = set(Group.objects.get(name="Editors").permissions.values_list("codename", flat=True))
    assert "view_directive" in viewers and "change_directive" not in viewers
    assert all(code.startswith("view_") for code in viewers)
    assert {"view_directive", "change_directive", "add_statuschange", "add_article"} <= editors
    assert "delete_directive" not in editors
