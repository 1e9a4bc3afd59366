"""`remind --dry-run` on the shipped sample news, with a date: sensible reminders.

The sample dump is ingested (proposed directives), a curator accepts the ones with a
deadline, a person follows the Ministry of Trade and the Ministry of Finance has a
contact address. On 29 September 2025 the two October 1 directives are due in two days
(the 3-day stage); December's are too far away; nothing else is listed.
"""

from __future__ import annotations

import datetime as dt
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from tests.reminders import builders as b
from tracker.directives.models import Directive, Status
from tracker.directives.review import directive_accept
from tracker.reminders.models import Reminder

pytestmark = pytest.mark.django_db
SAMPLE = Path(settings.BASE_DIR) / "tracker" / "sample" / "kt_kz_government_2025-08.txt"


def test_dry_run_on_the_sample_news_lists_the_directives_due_that_week():
    call_command("ingest", str(SAMPLE), source="kt.kz", stdout=StringIO())
    curator = b.person("curator")
    for directive in Directive.objects.filter(status=Status.PROPOSED, deadline__isnull=False):
        directive_accept(directive=directive, user=curator)
    b.person("analyst", follows=b.body("Ministry of Trade and Integration"))
    b.body("Ministry of Finance", contacts=["office@minfin.example.kz"])

    out = StringIO()
    call_command("remind", "--now", "2025-09-29", "--dry-run", stdout=out)
    header, *lines = out.getvalue().strip().splitlines()

    due_oct_1 = Directive.objects.filter(deadline=dt.date(2025, 10, 1), status=Status.OPEN)
    assert due_oct_1.count() == 2
    expected = {
        ("analyst@gov.example.kz", f"#{d.pk}") for d in due_oct_1
    } | {
        ("office@minfin.example.kz", f"#{d.pk}")
        for d in due_oct_1 if "Ministry of Finance" in [x.name for x in d.lead_bodies()]
    }
    assert {tuple(line.split("\t")[:2]) for line in lines} == expected
    assert header == f"dry run at 2025-09-29 09:00 +05: 2 emails, {len(expected)} reminders"
    for line in lines:
        assert "\treminder +3\tdeadline 2025-10-01 (due in 2 days)\t" in line
    assert not Reminder.objects.exists()  # a dry run leaves no trace
