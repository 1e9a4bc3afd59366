"""LIKE on SQLite folding case for every script, with LIKE's own wildcards and escape."""

import pytest

from tracker.core.sqlite_like import unicode_like


@pytest.mark.parametrize(
    ("pattern", "value", "expected"),
    [
        ("%минфин%", "Минфину поручено", True),
        ("%ӘКІМ%", "облыс әкімдігі", True),
        ("abc", "ABC", True),
        ("a_c", "abc", True),
        ("a_c", "ac", False),
        ("%x%", "abc", False),
        ("line%", "line one\nline two", True),  # % spans line breaks, as in SQLite
    ],
)
def test_like_folds_case_for_every_script(pattern, value, expected):
    assert unicode_like(pattern, value) is expected


def test_escaped_wildcards_are_literal():
    assert unicode_like(r"%50\%%", "up 50% now", "\\") is True
    assert unicode_like(r"%50\%%", "up 50 now", "\\") is False
    assert unicode_like(r"a\_c", "abc", "\\") is False


def test_null_in_null_out():
    assert unicode_like(None, "x") is None
    assert unicode_like("%", None) is None


def test_numbers_compare_as_text():
    assert unicode_like("%42%", 1420) is True
