"""manage.py extract: JSON Lines of spec §6 on stdout, nothing stored, clear errors."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from tracker.directives.models import Article, Directive

ROOT = Path(__file__).resolve().parents[2]
SPEC_FIELDS = {
    "sentence", "issuer", "responsible", "co_executors", "task", "deadline",
    "deadline_text", "deadline_granularity", "article_title", "published", "published_inferred",
}

DUMP = """\
Headless article about the budget
The Ministry of Finance must submit the draft budget to the Government by September 15.
02.09.2025, 11:20 804
Roads to be repaired in the regions
Deputy Prime Minister instructed the Ministry of Transport, jointly with the akimats of the regions, to repair 500 km of local roads by the end of the year.
"""


def extract_lines(capsys, *args) -> list[dict]:
    call_command("extract", *map(str, args))
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


@pytest.mark.django_db
def test_dump_gives_spec_records_and_stores_nothing(tmp_path, capsys):
    path = tmp_path / "dump.txt"
    path.write_text(DUMP, encoding="utf-8")
    records = extract_lines(capsys, path)
    assert [r["deadline"] for r in records] == ["2025-09-15", "2025-12-31"]
    assert all(set(r) >= SPEC_FIELDS for r in records)
    headless, roads = records
    assert (headless["published"], headless["published_inferred"]) == ("2025-09-02", True)
    assert headless["responsible"] == ["Ministry of Finance"]
    assert roads["responsible"] == ["Ministry of Transport"]
    assert roads["co_executors"] == ["akimats"]
    assert roads["issuer"] == "Deputy Prime Minister"
    assert roads["deadline_granularity"] == "year"
    assert not Article.objects.exists() and not Directive.objects.exists()


@pytest.mark.django_db
def test_plain_article_in_cp1251_with_published_date(tmp_path, capsys):
    path = tmp_path / "ru.txt"
    path.write_bytes(
        "Министерству здравоохранения поручено в двухнедельный срок представить план."
        .encode("cp1251")
    )
    (record,) = extract_lines(capsys, path, "--published", "2025-08-05")
    assert (record["deadline"], record["deadline_text"]) == ("2025-08-19", "в двухнедельный срок")
    assert record["responsible"] == ["Ministry of Healthcare"]


@pytest.mark.django_db
def test_malformed_json_line_is_named(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text('{"title": "a", "published": "2025-01-01", "text": "x"}\n{oops\n')
    with pytest.raises(CommandError, match=r"in\.jsonl:2: malformed JSON"):
        call_command("extract", str(path))


def test_bad_input_exits_1_with_one_line_naming_the_file(tmp_path):
    path = tmp_path / "binary.bin"
    path.write_bytes(bytes(range(256)) * 40)
    result = subprocess.run(
        [sys.executable, "manage.py", "extract", str(path)],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "tracker.settings"},
    )
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "binary.bin" in lines[0]
