"""Sentence splitting with offsets for English, Russian and Kazakh news text."""

from __future__ import annotations

import pytest

from tracker.extraction.sentences import split_sentences


def texts(text: str) -> list[str]:
    out = split_sentences(text)
    for s in out:
        assert text[s.start : s.end] == s.text
    return [s.text for s in out]


def test_offsets_and_paragraphs():
    text = "First one. Second one.\n\n  Third, in a new paragraph.  \n"
    out = split_sentences(text)
    assert [s.text for s in out] == ["First one.", "Second one.", "Third, in a new paragraph."]
    assert [s.paragraph for s in out] == [0, 0, 1]
    assert [s.index for s in out] == [0, 1, 2]
    for s in out:
        assert text[s.start : s.end] == s.text


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Aliyev met Mr. Smith at St. Petersburg airport.",
        "The plant No. 3 will be repaired.",
        "President K. Tokayev chaired the meeting.",
        "Академик А. Куатбеков и Президент К.-Ж. Токаев встретились.",
        "Он отметил, т.е. подтвердил, что работа продолжается.",
        "Бюджет составил 2,8 млрд. тенге в этом году.",
        "Fraud worth 2.8 billion tenge was prevented.",
        "Министр посетил г. Астана и обл. центр.",
        "Ауыл шаруашылығы, өнеркәсіп т.б. салаларда жұмыс жалғасуда.",
        'Rosatom offers to "build a truly bestseller on the market," he added.',
        '"Crime decreased in every category." he said.',
    ],
)
def test_no_break_inside(text):
    assert texts(text) == [text]


def test_breaks_between_sentences():
    assert texts("Crime fell. 146 groups were dismantled! Why? «Всё хорошо».") == [
        "Crime fell.",
        "146 groups were dismantled!",
        "Why?",
        "«Всё хорошо».",
    ]


def test_year_abbreviation_can_end_a_sentence():
    assert texts("Рост составил 5% в 2024 г. В текущем году рост продолжится.") == [
        "Рост составил 5% в 2024 г.",
        "В текущем году рост продолжится.",
    ]


def test_quote_closing_without_opening_stays_with_its_attribution():
    text = (
        "We must intensify efforts. All documentation must be completed by November 1, and "
        'construction must begin," Olzhas Bektenov instructed. The Prime Minister stressed it.'
    )
    assert texts(text) == [
        "We must intensify efforts.",
        'All documentation must be completed by November 1, and construction must begin,"'
        " Olzhas Bektenov instructed.",
        "The Prime Minister stressed it.",
    ]


def test_list_items_are_units_attached_to_their_introduction():
    text = (
        "In addition, the Prime Minister gave the following instructions to the akimats:\n"
        "- by the end of the third quarter, ensure the readiness of all boiler houses;\n"
        "- within a month, approve schedules for the supply of coal.\n"
        "The meeting ended."
    )
    out = split_sentences(text)
    assert [s.is_item for s in out] == [False, True, True, False]
    assert out[1].intro == 0 and out[2].intro == 0
    assert out[3].intro is None
    assert out[1].text.startswith("- by the end")


@pytest.mark.parametrize("marker", ["1)", "2.", "•", "a)"])
def test_other_item_markers(marker):
    text = f"The Head of State set the following tasks:\n{marker} Ensure growth. Keep prices.\n"
    out = split_sentences(text)
    assert out[1].is_item and out[1].intro == 0
    assert out[1].text == f"{marker} Ensure growth. Keep prices."  # an item is one unit


def test_inline_enumeration_after_a_colon():
    text = (
        "Вице-премьер поручил: 1) Министерству транспорта завершить ремонт дорог; "
        "2) акиматам обеспечить содержание дорог."
    )
    out = split_sentences(text)
    assert [s.text for s in out] == [
        "Вице-премьер поручил:",
        "1) Министерству транспорта завершить ремонт дорог;",
        "2) акиматам обеспечить содержание дорог.",
    ]
    assert out[2].intro == 0


def test_russian_direct_speech_dash_is_not_a_list_item():
    text = "– Необходимо завершить ремонт до 1 октября. Это важно, – отметил Премьер-министр."
    out = split_sentences(text)
    assert not any(s.is_item for s in out)
    assert len(out) == 2


def test_empty_and_blank_text():
    assert split_sentences("") == []
    assert split_sentences("\n \n\t\n") == []


def test_etc_abbreviations_may_end_a_sentence_before_a_capital():
    assert texts("Жол, мектеп т.б. Сондай-ақ ауруханалар салынады.") == [
        "Жол, мектеп т.б.",
        "Сондай-ақ ауруханалар салынады.",
    ]


def test_nested_lists_point_at_their_own_introduction():
    text = (
        "The decree provides:\n"
        "1. The Ministry shall act.\n"
        "2. Akimats:\n"
        "1) repair roads;\n"
        "2) build schools.\n"
        "3. The Agency shall report."
    )
    got = [(s.text[:8], s.is_item, s.intro) for s in split_sentences(text)]
    assert got == [
        ("The decr", False, None),
        ("1. The M", True, 0),
        ("2. Akima", True, 0),
        ("1) repai", True, 2),
        ("2) build", True, 2),
        ("3. The A", True, 0),
    ]
