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


RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Government news</title><link>https://gov.example.kz/</link>
<item><title>Heat networks</title><link>https://gov.example.kz/news/1</link>
<pubDate>Tue, 09 Sep 2025 10:00:00 +0500</pubDate>
<description>&lt;p&gt;The Prime Minister instructed the Ministry of Energy to complete repairs of heat networks by October 15.&lt;/p&gt;</description></item>
<item><title>Budget</title><link>https://gov.example.kz/news/2</link>
<pubDate>Mon, 08 Sep 2025 09:00:00 +0500</pubDate>
<description>The Ministry of Finance reported on the execution of the budget.</description></item>
<item><title>Empty</title><link>https://gov.example.kz/news/3</link></item>
</channel></rss>
"""


@pytest.mark.parametrize("format_args", [(), ("--format", "rss")])
def test_rss_file_is_ingested_with_item_links_and_dates(tmp_path, capsys, format_args):
    path = write(tmp_path, "feed.xml", RSS)
    error = run_ingest(path, *format_args, "--source", "gov.example.kz")
    captured = capsys.readouterr()
    # The third item has no text: named by its link, the other two are stored.
    assert error is not None
    assert "feed.xml:3: https://gov.example.kz/news/3: the item has no text" in captured.err
    assert "2 new, 0 duplicate, 1 failed; directives proposed: 1" in captured.out
    heat = Article.objects.get(url="https://gov.example.kz/news/1")
    assert heat.title == "Heat networks"
    assert heat.published.isoformat() == "2025-09-09T05:00:00+00:00"
    assert heat.text.startswith("The Prime Minister instructed")
    assert Directive.objects.get().deadline.isoformat() == "2025-10-15"


def test_format_auto_recognises_each_format(tmp_path, capsys):
    dump = write(tmp_path, "dump.txt", DUMP)
    lines = write(tmp_path, "lines.jsonl", json.dumps(
        {"title": "J", "published": "2025-09-09", "text": "The Ministry of Energy must "
         "complete repairs of heat networks by October 15."}) + "\n")
    feed = write(tmp_path, "feed.rss", RSS.replace("<item><title>Empty</title><link>"
                 "https://gov.example.kz/news/3</link></item>", ""))
    assert run_ingest(dump, lines, feed) is None
    assert "5 new, 0 duplicate, 0 failed" in capsys.readouterr().out


def test_feed_that_is_not_xml_names_the_file_and_the_rest_goes_on(tmp_path, capsys):
    bad = write(tmp_path, "notafeed.xml", "this is not XML at all, just words\n")
    good = write(tmp_path, "news.txt", DUMP)
    error = run_ingest(bad, good, "--format", "rss")
    captured = capsys.readouterr()
    assert error is not None
    assert "error: notafeed.xml: not an RSS or Atom feed" in captured.err
    # news.txt read as RSS fails too (--format applies to every path): nothing stored.
    assert "news.txt: not an RSS or Atom feed" in captured.err
    assert Article.objects.count() == 0


def test_file_over_the_size_limit_is_refused_before_reading(tmp_path, capsys, settings):
    settings.INGEST_MAX_BYTES = 1000
    big = write(tmp_path, "big.txt", DUMP * 10)
    good = write(tmp_path, "small.txt", DUMP)
    error = run_ingest(big, good)
    captured = capsys.readouterr()
    assert error is not None and "1 input(s) failed" in str(error)
    assert "big.txt: file too large (4 KB; the limit is 1000 bytes, INGEST_MAX_BYTES)" in captured.err
    assert "2 new, 0 duplicate, 1 failed" in captured.out


def test_undecodable_file_names_it_and_stores_nothing(tmp_path, capsys):
    path = tmp_path / "mojibake.txt"
    path.write_bytes(b"\x98\x98 hello \x98 world " * 20)
    error = run_ingest(path, "--format", "text", "--published", "2025-09-16")
    assert error is not None
    assert "mojibake.txt: cannot decode: neither UTF-8 nor cp1251 text" in capsys.readouterr().err
    assert Article.objects.count() == 0


def test_summary_counts_every_path_together(tmp_path, capsys):
    first = write(tmp_path, "a.txt", DUMP)
    second = write(tmp_path, "b.txt", DUMP.replace("\n", "\r\n"))  # same articles, CRLF
    assert run_ingest(first, second) is None
    out = capsys.readouterr().out.strip().splitlines()
    assert out == ["articles: 2 new, 2 duplicate, 0 failed; directives proposed: 1"]
