"""Input readers (spec §1): dump, JSON Lines, plain text; whole-file and per-record errors."""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterator

import pytest

from tracker.extraction.sources import InputError, SourceArticle, read_articles

DUMP = """\
Tokayev meets the Minister of Energy
The Head of State received Energy Minister Almassadam Satkaliyev.
The President instructed the ministry to complete repairs by October 1.
07.08.2025, 16:20 1204
Government reviews the heating season
At the Government session chaired by Prime Minister Olzhas Bektenov, the readiness was reviewed.

Akimats must prepare coal reserves by September 15.
05.08.2025, 09:05
Kazakhstan's GDP grows by 6.2%
In seven months of 2025 GDP grew by 6.2%.
"""


def _ok(items) -> list[SourceArticle]:
    items = list(items)
    errors = [i for i in items if isinstance(i, InputError)]
    assert not errors, errors
    return items


def _write(tmp_path, name: str, data: bytes | str):
    path = tmp_path / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


# --------------------------------------------------------------------------- dump


def test_dump_articles_titles_bodies_and_lines(tmp_path):
    arts = _ok(read_articles(_write(tmp_path, "news.txt", DUMP)))
    assert [a.title for a in arts] == [
        "Tokayev meets the Minister of Energy",
        "Government reviews the heating season",
        "Kazakhstan's GDP grows by 6.2%",
    ]
    second = arts[1]
    assert second.published == datetime.datetime(2025, 8, 7, 16, 20)
    assert second.published_date == datetime.date(2025, 8, 7)
    assert second.published_inferred is False
    assert second.line == 4
    assert second.source == "news.txt"
    assert second.text.startswith("At the Government session")
    assert second.text.endswith("by September 15.")
    assert "\n\n" in second.text  # paragraphs kept as written


def test_dump_headless_first_article_takes_the_date_below_and_is_marked_inferred(tmp_path):
    first = _ok(read_articles(_write(tmp_path, "news.txt", DUMP)))[0]
    assert first.published == datetime.date(2025, 8, 7)
    assert first.published_inferred is True
    assert first.line == 1
    assert first.text.startswith("The Head of State received")


def test_dump_dates_are_day_first_and_the_counter_is_optional(tmp_path):
    last = _ok(read_articles(_write(tmp_path, "news.txt", DUMP)))[-1]
    assert last.published == datetime.datetime(2025, 8, 5, 9, 5)  # August 5, never May 8


def test_dump_invalid_date_line_is_reported_and_its_article_skipped(tmp_path):
    text = "31.02.2025, 10:00 5\nBroken\nbody\n01.03.2025, 11:00 7\nGood\nbody text\n"
    items = list(read_articles(_write(tmp_path, "d.txt", text), format="dump"))
    assert isinstance(items[0], InputError)
    assert items[0].line == 1
    assert [a.title for a in items[1:]] == ["Good"]


def test_dump_without_any_date_line_needs_a_date(tmp_path):
    path = _write(tmp_path, "d.txt", "Title\nSome body.\n")
    items = list(read_articles(path, format="dump"))
    assert isinstance(items[0], InputError)
    arts = _ok(read_articles(path, format="dump", published=datetime.date(2025, 1, 2)))
    assert arts[0].published_inferred is True


def test_reader_is_lazy(tmp_path):
    it = read_articles(_write(tmp_path, "news.txt", DUMP))
    assert isinstance(it, Iterator)
    assert next(it).title.startswith("Tokayev")


# --------------------------------------------------------------------------- encodings


def test_cp1251_is_read_correctly(tmp_path):
    text = "12.09.2025, 10:00 15\nПравительство рассмотрело ход отопительного сезона\n"
    text += "Министерству энергетики поручено до 1 октября завершить ремонт «теплосетей».\n"
    path = _write(tmp_path, "ru.txt", text.encode("cp1251"))
    art = _ok(read_articles(path))[0]
    assert art.title == "Правительство рассмотрело ход отопительного сезона"
    assert "«теплосетей»" in art.text


def test_utf8_bom_is_dropped(tmp_path):
    row = {"title": "T", "published": "2025-08-05", "text": "Body."}
    path = _write(tmp_path, "a.jsonl", b"\xef\xbb\xbf" + json.dumps(row).encode() + b"\n")
    art = _ok(read_articles(path))[0]
    assert art.title == "T"


def test_bom_dump_first_line_is_not_garbled(tmp_path):
    path = _write(tmp_path, "d.txt", b"\xef\xbb\xbf" + DUMP.encode("utf-8"))
    assert _ok(read_articles(path))[0].title == "Tokayev meets the Minister of Energy"


# --------------------------------------------------------------------------- jsonl


def test_jsonl_records(tmp_path):
    rows = [
        {"title": "A", "published": "2025-09-16", "text": "x", "lang": "ru", "id": 7},
        {"title": "B", "published": "2025-09-16T10:30:00+05:00", "text": "y", "url": "https://e/b"},
    ]
    path = _write(tmp_path, "a.jsonl", "\n".join(json.dumps(r) for r in rows) + "\n\n")
    a, b = _ok(read_articles(path))
    assert a.published == datetime.date(2025, 9, 16) and a.lang == "ru" and a.line == 1
    assert isinstance(b.published, datetime.datetime)
    assert b.published_date == datetime.date(2025, 9, 16)
    assert b.url == "https://e/b" and b.lang is None and b.line == 2


def test_jsonl_lang_argument_overrides(tmp_path):
    row = {"title": "A", "published": "2025-09-16", "text": "x", "lang": "ru"}
    path = _write(tmp_path, "a.jsonl", json.dumps(row) + "\n")
    assert _ok(read_articles(path, lang="kk"))[0].lang == "kk"


def test_jsonl_bad_records_are_yielded_with_their_line(tmp_path):
    lines = [
        json.dumps({"title": "ok", "published": "2025-01-01", "text": "t"}),
        '{"title": "broken", "published": ',
        json.dumps({"title": "no text", "published": "2025-01-01"}),
        json.dumps({"title": "bad date", "published": "01.02.2025", "text": "t"}),
        json.dumps({"title": "bad lang", "published": "2025-01-01", "text": "t", "lang": "de"}),
        json.dumps(["not", "an", "object"]),
    ]
    items = list(read_articles(_write(tmp_path, "a.jsonl", "\n".join(lines) + "\n")))
    assert isinstance(items[0], SourceArticle)
    errors = items[1:]
    assert all(isinstance(e, InputError) for e in errors)
    assert [e.line for e in errors] == [2, 3, 4, 5, 6]
    assert str(errors[0]).startswith("a.jsonl:2: malformed JSON")
    assert "text" in errors[1].message
    assert "date" in errors[2].message


# --------------------------------------------------------------------------- plain text


def test_plain_text_article_with_a_title_line(tmp_path):
    path = _write(tmp_path, "one.txt", "Akimats told to prepare\n\nAkimats must prepare coal.\n")
    art = _ok(read_articles(path, format="text", published=datetime.date(2025, 8, 1)))[0]
    assert art.title == "Akimats told to prepare"
    assert art.text == "Akimats must prepare coal."
    assert art.published == datetime.date(2025, 8, 1)


def test_plain_text_is_sniffed_when_a_date_is_given(tmp_path):
    path = _write(tmp_path, "one.txt", "Akimats must prepare coal reserves by September 15.\n")
    art = _ok(read_articles(path, published=datetime.date(2025, 8, 1)))[0]
    assert art.title == ""
    assert art.text.startswith("Akimats must")


def test_plain_text_without_a_date_raises(tmp_path):
    path = _write(tmp_path, "one.txt", "Akimats must prepare coal.\n")
    with pytest.raises(InputError, match="publication date"):
        read_articles(path, format="text")
    with pytest.raises(InputError, match="unknown format"):
        read_articles(path)


# --------------------------------------------------------------------------- whole file


def test_missing_file_raises_naming_it(tmp_path):
    with pytest.raises(InputError) as exc:
        read_articles(tmp_path / "nope.txt")
    assert exc.value.source == "nope.txt"
    assert exc.value.line is None
    assert str(exc.value).startswith("nope.txt: file not found")


@pytest.mark.parametrize("data", [b"", b"  \n\n \t\n"])
def test_empty_file_raises(tmp_path, data):
    with pytest.raises(InputError, match="empty"):
        read_articles(_write(tmp_path, "e.txt", data))


def test_binary_file_raises(tmp_path):
    with pytest.raises(InputError, match="binary"):
        read_articles(_write(tmp_path, "b.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))


def test_undecodable_file_raises(tmp_path):
    # invalid UTF-8, and bytes cp1251 cannot decode (0x98) or that are not Cyrillic text
    with pytest.raises(InputError, match="decode"):
        read_articles(_write(tmp_path, "u.txt", b"Title\n\x98\x98 \x83\x80\x81\x98\n"))


def test_unknown_format_name_raises(tmp_path):
    with pytest.raises(InputError, match="unknown format"):
        read_articles(_write(tmp_path, "news.txt", DUMP), format="xml")


def test_input_error_text():
    assert str(InputError("a.jsonl", 3, "bad date")) == "a.jsonl:3: bad date"
    assert str(InputError("a.jsonl", None, "empty file")) == "a.jsonl: empty file"
