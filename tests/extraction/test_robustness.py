"""extract() on random and adversarial text: it never raises, its output keeps its
invariants, and it returns within a bounded time (a guard against runaway regexes, with a
generous bound: speed itself is measured by the benchmark, not asserted here)."""

from __future__ import annotations

import datetime
import re
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.extraction import extract
from tracker.extraction.sentences import split_sentences

PUB = datetime.date(2025, 8, 5)
WORDS = re.split(
    r"\s+",
    (
        "The Ministry of Energy Akimats must should instructed has been tasked with to by October 1 "
        'end of the year within a month together with , . : ; - 1) " « » Министерству поручено '
        "необходимо до 1 октября совместно с акиматами завершить ремонт должны Үкіметке тапсырды "
        "жыл соңына дейін қажет тиіс бірлесіп 2025 2.8 млрд. т.е. K. Tokayev"
    ).strip(),
)
ALPHABET = st.characters(codec="utf-8", exclude_categories=("Cs",), max_codepoint=0x2FFF)
PROSE = st.lists(st.sampled_from(WORDS), max_size=120).map(" ".join)
TEXT = st.one_of(
    st.text(ALPHABET, max_size=2000),
    PROSE,
    st.lists(PROSE, max_size=12).map("\n".join),
)


def check(text: str, lang: str | None, seconds: float = 20.0) -> None:
    t0 = time.process_time()
    found = extract(text, PUB, lang)
    assert time.process_time() - t0 < seconds
    for d in found:
        assert text[d.start : d.end] == d.sentence
        assert d.task
        assert 0.0 <= d.confidence <= 1.0
        assert d.lang in ("en", "ru", "kk")


@settings(deadline=None, max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT, st.sampled_from([None, "en", "ru", "kk"]))
def test_random_text_never_raises(text, lang):
    check(text, lang)


@settings(deadline=None, max_examples=100)
@given(st.text(ALPHABET, max_size=3000))
def test_sentence_offsets_always_hold(text):
    for s in split_sentences(text):
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip()


def test_one_megabyte_on_one_line():
    check("The Ministry of Energy must complete repairs by October 1 " * 17_500, "en")


def test_megabyte_of_digits_and_of_punctuation():
    check("7" * 1_000_000, None)
    check(". " * 400_000, "en")
    check('"' * 500_000, "en")
    check(":- " * 300_000, "ru")


def test_huge_sentence_and_many_short_ones():
    check(
        ("Акиматам необходимо до 1 октября, совместно с министерством, завершить ремонт, " * 2_000)
        + ".",
        "ru",
    )
    check("Үкіметке тапсырды. " * 20_000, "kk")


def test_mixed_scripts_and_control_characters():
    check("Министерству\u00a0energy must\u200b тапсырды\x0b\x0c\r\n" * 5_000, None)
