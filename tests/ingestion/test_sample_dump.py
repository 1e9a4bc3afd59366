"""Done-when: the sample dump ingested twice leaves the same counts, and the admin shows
its articles and proposed directives with their bodies linked."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from tracker.directives.models import Article, Directive, DirectiveBody, Status

pytestmark = pytest.mark.django_db

SAMPLE = Path(settings.BASE_DIR) / "tracker" / "sample" / "kt_kz_government_2025-08.txt"


def counts():
    return (Article.objects.count(), Directive.objects.count(), DirectiveBody.objects.count())


def test_sample_twice_same_counts_and_admin_shows_bodies(client, make_user, capsys):
    call_command("ingest", str(SAMPLE), "--source", "kt.kz")
    first = counts()
    assert first[0] == 9 and first[1] > 5 and first[2] >= first[1] - 2
    capsys.readouterr()
    call_command("ingest", str(SAMPLE), "--source", "kt.kz")
    assert "0 new, 9 duplicate, 0 failed" in capsys.readouterr().out
    assert counts() == first

    client.force_login(_superuser(make_user))
    articles = client.get("/admin/directives/article/").content.decode()
    assert "Reducing Maternal and Infant Mortality" in articles
    proposed = client.get("/admin/directives/directive/?status__exact=proposed").content.decode()
    directive = (Directive.objects.filter(status=Status.PROPOSED, body_links__isnull=False)
                 .order_by("pk").first())
    assert directive.task[:40] in proposed
    change = client.get(f"/admin/directives/directive/{directive.pk}/change/").content.decode()
    for link in directive.body_links.select_related("body"):
        assert f'<option value="{link.body_id}" selected>{link.body.name}</option>' in change


def _superuser(make_user):
    user = make_user("admin", staff=True)
    user.is_superuser = True
    user.save()
    return user
