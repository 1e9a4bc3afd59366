"""Users for the admin tests: an editor with every permission, a viewer with none to change."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.test import Client


@pytest.fixture
def editor(db):
    """A superuser: every admin permission."""
    return get_user_model().objects.create_superuser("editor", "editor@example.kz", "x" * 12)


@pytest.fixture
def editor_client(editor):
    client = Client()
    client.force_login(editor)
    return client


@pytest.fixture
def viewer(db):
    """Staff who may look at everything and change nothing."""
    user = get_user_model().objects.create_user("viewer", password="x" * 12, is_staff=True)
    user.user_permissions.set(Permission.objects.filter(codename__startswith="view_"))
    return user


@pytest.fixture
def viewer_client(viewer):
    client = Client()
    client.force_login(viewer)
    return client
