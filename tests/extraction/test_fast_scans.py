"""The speed helpers give exactly what the plain scans give: ``KeyFinder`` the keys found by
``in``, ``Led`` the matches of ``finditer`` / ``search``."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.extraction.fastre import Led, Lowered, first_chars
from tracker.extraction.keys import KeyFinder

KEYS = ("instruct", "task", "has to", "is to", "nov ", "0.", "по итогам", "", "жыл", "ов")
MANY_KEYS = KEYS + tuple(f"{a}{b}" for a in "abcdeo" for b in "inrstxy")  # past FEW_KEYS
ALPHABET = "abcdefhinorstuvxyz .,;:!?\u00a0\n'’«»-0123456789ожылитгпвоКТ"


@given(st.text(alphabet=ALPHABET, max_size=80))
@settings(max_examples=400, deadline=None)
def test_key_finder_finds_what_in_finds(text):
    for keys in (KEYS, MANY_KEYS):
        finder = KeyFinder(keys)
        assert finder.present(text) == {k for k in keys if k in text}
        assert finder.present(text) == {k for k in keys if k in text}  # from the cache, too


def test_key_finder_examples():
    for keys in (KEYS, MANY_KEYS):
        finder = KeyFinder(keys)
        assert {"task", "is to"} <= finder.present("he was tasked, and it is to be done")
        assert "nov " not in finder.present("said bektenov")  # the key wants its space
        assert "ов" in finder.present("бектенов сказал")
        assert "nov " in finder.present("by nov 1")


PATTERNS = [
    r"\b(?:First\s+)?(?:Deputy|Vice)[\s-]+(?:Prime\s+Minister|Premier)\b|\bTokayev\b",
    r"[.!?…]+[\"»”’')\]]*(?=\s+(\S))",
    r"(?<![\w-])(?:поруч\w+|обяза\w+)\s+(?P<k>нами?)(?![\w-])",
    r"(?:ab|a)(?:c|)",
    r"\bx+y?",
]


@given(st.sampled_from(PATTERNS), st.text(alphabet="abcxy .!?\"» FDVirstuPremTokayev-", max_size=60))
@settings(max_examples=400, deadline=None)
def test_led_matches_what_finditer_matches(pattern, text):
    rx = re.compile(pattern)
    led = Led(rx)
    assert [m.span() for m in led.finditer(text)] == [m.span() for m in rx.finditer(text)]
    for pos in (0, 3, 10):
        got, want = led.search(text, pos), rx.search(text, pos)
        assert (got and got.span()) == (want and want.span())


def test_first_chars_only_when_they_can_be_told():
    assert first_chars(r"\b(?:First\s+)?(?:Deputy|Vice)") == frozenset("FDV")
    assert first_chars(r"[.!?…]+x") == frozenset(".!?…")
    assert first_chars(r"\w+") is None  # a category
    assert first_chars(r"a?") is None  # may match empty
    assert first_chars(r"abc", re.IGNORECASE) is None
    assert first_chars(r"(?i)abc") is None


I_PATTERNS = [
    r"\b(?:instructed|tasked|asked)\s+(?P<k>us)\b|\b(?P<k2>our\s+(?:ministry|agency))\b",
    r"(?<![\w-])(?:поруч\w+|обяза\w+)\s+(?P<k>нами?)(?![\w-])",
    r"\b(?:together|jointly)\s+with\b|\bсовместно\s+со?\b",
    r"[a-z]+ing\b|в[а-я]+",
]
I_ALPHABET = "abcdeginorstuwyIKSTU .-ſıİKΣσςᲀвВаоОсСпПрРучУЧнНмМи"


@given(st.sampled_from(I_PATTERNS), st.text(alphabet=I_ALPHABET, max_size=50))
@settings(max_examples=500, deadline=None)
def test_lowered_matches_what_the_case_insensitive_pattern_matches(pattern, text):
    rx = re.compile(pattern, re.IGNORECASE)
    low = Lowered(rx)
    assert [m.span() for m in low.finditer(text)] == [m.span() for m in rx.finditer(text)]
    assert [m.group(0) for m in low.finditer(text)] == [m.group(0) for m in rx.finditer(text)]
    got, want = low.search(text, 2), rx.search(text, 2)
    assert (got and got.span()) == (want and want.span())


def test_lowered_runs_on_lowered_text_only_when_it_can():
    assert Lowered(re.compile(r"\bwe\s+are", re.I))._low is not None
    assert Lowered(re.compile(r"\bWe\s+are", re.I))._low is None  # a capital in the pattern
    assert Lowered(re.compile(r"\bwe\s+are"))._low is None  # not case-insensitive
    text = "Поручил нам"
    m = Lowered(re.compile(r"поручил\s+(?P<k>нам)", re.I)).search(text)
    assert m is not None and m.group("k") == "нам" and m.group(0) == text  # as written
