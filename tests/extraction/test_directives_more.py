"""Directive forms found missing on the second independent labelled set, each as a short
news-style article of our own: first-person orders in quotes, neuter subjects, decree
imperatives, "поставил задачу", lead-in clauses, bodies resolved from the article.

Each case is (lang, text, expected) with, per directive found, the bodies responsible, the
co-executors, the task and the deadline (see ``test_directives``).
"""

from __future__ import annotations

import datetime

import pytest

from tests.extraction.test_directives import run, summary

PUB = datetime.date(2025, 10, 7)  # a Tuesday
D = datetime.date

CASES = [
    (
        "en",
        "Delays at the border cost the economy dearly. I instruct the Ministry of Trade and "
        "Integration and the State Revenue Committee to clear the backlog of trucks at Khorgos "
        'by the end of this week," the Prime Minister said.',
        [
            (
                ["Ministry of Trade and Integration", "State Revenue Committee"],
                [],
                "clear the backlog of trucks at Khorgos",
                D(2025, 10, 12),
            )
        ],
    ),
    (
        "ru",
        "Правительство поручило Минфину совместно с Министерством национальной экономики до "
        "1 декабря внести поправки в Бюджетный кодекс.",
        [
            (
                ["Ministry of Finance"],
                ["Ministry of National Economy"],
                "внести поправки в Бюджетный кодекс",
                D(2025, 12, 1),
            )
        ],
    ),
    (
        "kk",
        "Қаулыға сәйкес:\n"
        "Денсаулық сақтау министрлігі бір ай мерзімде аудандық ауруханаларды жабдықтауды "
        "қамтамасыз етсін;\n"
        "Қаржы министрлігі қажетті қаражатты бөлсін.",
        [
            (
                ["Ministry of Healthcare"],
                [],
                "аудандық ауруханаларды жабдықтауды қамтамасыз ету",
                D(2025, 11, 7),
            ),
            (["Ministry of Finance"], [], "қажетті қаражатты бөлу", None),
        ],
    ),
    (
        "ru",
        "Глава государства поставил задачу обеспечить рост инвестиций в основной капитал не "
        "менее чем на 10% по итогам года.",
        [
            (
                [],
                [],
                "обеспечить рост инвестиций в основной капитал не менее чем на 10%",
                D(2025, 12, 31),
            )
        ],
    ),
    (
        "en",
        "The President instructed to speed up the housing programme: the Ministry of Industry "
        "and Construction must commission 15 million square metres of housing by the end of "
        "the year.",
        [
            (
                ["Ministry of Industry and Construction"],
                [],
                "commission 15 million square metres of housing",
                D(2025, 12, 31),
            )
        ],
    ),
    (
        "ru",
        "Аким Алматы поручил акимату Медеуского района ускорить ремонт дорог и сдать объекты "
        "в ноябре.",
        [([None], [], "ускорить ремонт дорог и сдать объекты", D(2025, 11, 30))],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES, ids=[c[1][:40] for c in CASES])
def test_directives(lang, text, expected):
    got = summary(run(text, lang, PUB))
    assert len(got) == len(expected), got
    for (resp, co, task, deadline), (g_resp, g_co, g_task, g_deadline) in zip(
        expected, got, strict=True
    ):
        if resp != [None]:
            assert g_resp == resp
        assert g_co == co
        assert g_task == task
        assert g_deadline == deadline


def test_a_forecast_at_the_year_end_is_no_deadline_of_a_report():
    from tracker.extraction.deadlines import find_deadlines

    assert find_deadlines("По итогам года рост ВВП составил 6,1%.", PUB, "ru") == []
