"""manage.py ingest: articles stored once, proposed directives, clear errors."""

import json
import re

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from tracker.bodies.models import Body
from tracker.directives.models import Article, Directive, Role, Status

pytestmark = pytest.mark.django_db

DUMP = """\
12.03.2026, 10:15 1520
Government reviews spring flood preparedness
At the Government session chaired by Prime Minister Olzhas Bektenov, flood preparedness was reviewed.
The Ministry of Emergency Situations, together with the akimats of the regions, must complete the clearing of river channels by April 1.
11.03.2026, 09:00
Ministry of Finance reports budget execution
The budget was executed at 98 percent in two months of 2026.
"""


def write(tmp_path, name, content, encoding="utf-8"):
    path = tmp_path / name
    path.write_text(content, encoding=encoding)
    return path


def run_ingest(*args):
    try:
        call_command("ingest", *map(str, args))
    except CommandError as exc:
        return exc
    return None


def test_dump_is_stored_with_proposed_directives_and_linked_bodies(tmp_path, capsys):
    path = write(tmp_path, "news.txt", DUMP)
    assert run_ingest(path, "--source", "kt.kz") is None
    assert "2 new, 0 duplicate, 0 failed; directives proposed: 1" in capsys.readouterr().out

    article = Article.objects.get(title="Government reviews spring flood preparedness")
    assert (article.source_name, article.lang) == ("kt.kz", "en")
    assert article.published.date().isoformat() == "2026-03-12"
    directive = Directive.objects.get()
    assert directive.status == Status.PROPOSED
    assert directive.deadline.isoformat() == "2026-04-01"
    assert article.text[directive.sentence_start:directive.sentence_end] == directive.sentence
    roles = [(link.body.name, link.role) for link in directive.body_links.all()]
    assert roles == [
        ("Ministry of Emergency Situations", Role.LEAD),
        ("akimats", Role.CO_EXECUTOR),
    ]


def test_second_ingest_of_the_same_file_changes_nothing(tmp_path, capsys):
    path = write(tmp_path, "news.txt", DUMP)
    run_ingest(path)
    counts = (Article.objects.count(), Directive.objects.count())
    capsys.readouterr()
    assert run_ingest(path) is None
    assert "0 new, 2 duplicate" in capsys.readouterr().out
    assert (Article.objects.count(), Directive.objects.count()) == counts


def test_malformed_json_line_fails_alone_and_names_the_line(tmp_path, capsys):
    good = {"title": "A", "published": "2025-09-09", "text": "The Ministry of Energy must "
            "complete repairs of heat networks by October 15.", "lang": "en"}
    other = dict(good, title="B", text="The Ministry of Finance reported on the budget.")
    content = json.dumps(good) + "\n{broken json\n" + json.dumps(other) + "\n"
    path = write(tmp_path, "batch.jsonl", content)
    error = run_ingest(path)
    assert error is not None and "1 input(s) failed" in str(error)
    captured = capsys.readouterr()
    assert "batch.jsonl:2:" in captured.err
    assert "2 new, 0 duplicate, 1 failed" in captured.out
    assert Article.objects.count() == 2


def test_unknown_body_becomes_a_body_to_review(tmp_path):
    article = {"title": "Space", "published": "2025-09-09", "lang": "en",
               "text": "The Prime Minister instructed the Ministry of Lunar Affairs to prepare "
                       "a launch plan by December 1."}
    path = write(tmp_path, "space.jsonl", json.dumps(article) + "\n")
    run_ingest(path)
    body = Body.objects.get(needs_review=True)
    assert "Lunar" in body.name
    assert Directive.objects.get().bodies.get() == body


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "empty"), (b"\x00\x01\x02binary\x00" * 50, "binary")],
)
def test_unusable_file_is_an_error_naming_it(tmp_path, capsys, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    error = run_ingest(path)
    assert error is not None
    assert "bad.txt" in capsys.readouterr().err
    assert Article.objects.count() == 0


def test_missing_file_is_an_error(tmp_path, capsys):
    assert run_ingest(tmp_path / "nope.txt") is not None
    assert "nope.txt" in capsys.readouterr().err


def test_cp1251_russian_text_is_read(tmp_path):
    text = ("Премьер-министр поручил Министерству энергетики завершить ремонт теплосетей "
            "до 1 октября текущего года.")
    path = tmp_path / "ru.txt"
    path.write_bytes(text.encode("cp1251"))
    assert run_ingest(path, "--format", "text", "--published", "2025-09-16") is None
    article = Article.objects.get()
    assert article.lang == "ru"
    assert "Министерству энергетики" in article.text
    assert Directive.objects.get().deadline.isoformat() == "2025-10-01"


def test_bad_published_option_is_refused():
    with pytest.raises(CommandError, match=re.escape("--published '16.09.2025' is not a date")):
        call_command("ingest", "x.txt", "--published", "16.09.2025")
