"""Directive detection (spec §2-§3) on news-style sentences in English, Russian and Kazakh.

Each case is one short article; the expectation lists, per directive found, the bodies
responsible, the co-executors, the task and the deadline.
"""

from __future__ import annotations

import datetime

import pytest

from tracker.extraction import detect_lang, extract

PUB = datetime.date(2025, 8, 5)
D = datetime.date


def run(text: str, lang: str | None = None, published: datetime.date = PUB, title: str = ""):
    found = extract(text, published, lang, title=title)
    for d in found:
        assert text[d.start : d.end] == d.sentence
        assert 0.0 <= d.confidence <= 1.0
        assert set(d.unknown_bodies) <= set(d.responsible) | set(d.co_executors)
    return found


def summary(found):
    return [(list(d.responsible), list(d.co_executors), d.task, d.deadline) for d in found]


CASES = [
    # ---------------------------------------------------------------- English
    (
        "en",
        "The Head of State instructed the Government to develop a plan for the oil and gas "
        "sector by the end of the year.",
        [(["Government"], [], "develop a plan for the oil and gas sector", D(2025, 12, 31))],
    ),
    (
        "en",
        "The President charged the Government with drafting a new Tax Code by September 1, 2026.",
        [(["Government"], [], "draft a new Tax Code", D(2026, 9, 1))],
    ),
    (
        "en",
        "Roman Sklyar instructed the Ministry of Emergency Situations, together with local "
        "executive bodies, to take all necessary measures to prevent floods.",
        [
            (
                ["Ministry of Emergency Situations"],
                ["akimats"],
                "take all necessary measures to prevent floods",
                None,
            )
        ],
    ),
    (
        "en",
        "The akimats of Almaty and Shymkent have been instructed to submit proposals within a "
        "month.",
        [(["Akimat of Almaty", "Akimat of Shymkent"], [], "submit proposals", D(2025, 9, 5))],
    ),
    (
        "en",
        "By the end of the year, the Ministry of Transport must repair 12 thousand km of roads.",
        [(["Ministry of Transport"], [], "repair 12 thousand km of roads", D(2025, 12, 31))],
    ),
    (
        "en",
        "Samruk-Kazyna has been tasked with attracting foreign investors to petrochemical "
        "projects.",
        [(["Samruk-Kazyna"], [], "attract foreign investors to petrochemical projects", None)],
    ),
    (
        "en",
        "The Prime Minister demanded that the akimats take measures to stabilize prices.",
        [(["akimats"], [], "take measures to stabilize prices", None)],
    ),
    (
        "en",
        "Akimats must ensure that the heating season starts on time, the Prime Minister said.",
        [(["akimats"], [], "ensure that the heating season starts on time", None)],
    ),
    # one instruction, two addressees with their own tasks and deadlines
    (
        "en",
        "Olzhas Bektenov instructed the Ministry of Agriculture to complete the sowing campaign "
        "by May 15, and the Ministry of Finance to allocate additional funds by May 1.",
        [
            (["Ministry of Agriculture"], [], "complete the sowing campaign", D(2026, 5, 15)),
            (["Ministry of Finance"], [], "allocate additional funds", D(2026, 5, 1)),
        ],
    ),
    # same body, two tasks with different deadlines
    (
        "en",
        "The Prime Minister instructed the Ministry of Industry and Construction to complete 10 "
        "schools by September 1 and to commission 5 hospitals by the end of the year.",
        [
            (["Ministry of Industry and Construction"], [], "complete 10 schools", D(2025, 9, 1)),
            (
                ["Ministry of Industry and Construction"],
                [],
                "commission 5 hospitals",
                D(2025, 12, 31),
            ),
        ],
    ),
    (
        "en",
        "The Ministry of Health was instructed, together with the akimats, to modernize rural "
        "hospitals by 2027.",
        [(["Ministry of Healthcare"], ["akimats"], "modernize rural hospitals", D(2027, 12, 31))],
    ),
    (
        "en",
        "The Ministry of Agriculture has been instructed to ensure, together with akimats, the "
        "timely completion of the sowing campaign.",
        [
            (
                ["Ministry of Agriculture"],
                ["akimats"],
                "ensure the timely completion of the sowing campaign",
                None,
            )
        ],
    ),
    (
        "en",
        "Bektenov instructed the Ministry of Energy to ensure the supply of electricity and the "
        "akimats to create fuel reserves.",
        [
            (["Ministry of Energy"], [], "ensure the supply of electricity", None),
            (["akimats"], [], "create fuel reserves", None),
        ],
    ),
    (
        "en",
        "The Ministry of Energy received instructions to prepare a new tariff policy.",
        [(["Ministry of Energy"], [], "prepare a new tariff policy", None)],
    ),
    (
        "en",
        "The Head of State gave instructions to ensure the timely payment of wages.",
        [([], [], "ensure the timely payment of wages", None)],
    ),
    # ---------------------------------------------------------------- Russian
    (
        "ru",
        "Кроме того, акиматам областей необходимо обеспечить своевременную подготовку к "
        "отопительному сезону до 15 сентября.",
        [
            (
                ["akimats"],
                [],
                "обеспечить своевременную подготовку к отопительному сезону",
                D(2025, 9, 15),
            )
        ],
    ),
    (
        "ru",
        "Министерству здравоохранения поручено, совместно с акиматами, до конца года "
        "модернизировать сельские больницы.",
        [
            (
                ["Ministry of Healthcare"],
                ["akimats"],
                "модернизировать сельские больницы",
                D(2025, 12, 31),
            )
        ],
    ),
    (
        "ru",
        "Вице-премьер провел совещание. Все работы должны быть завершены до 1 октября.",
        [([], [], "завершить все работы", D(2025, 10, 1))],
    ),
    (
        "ru",
        "Обязать Министерство энергетики до 1 ноября утвердить план.",
        [(["Ministry of Energy"], [], "утвердить план", D(2025, 11, 1))],
    ),
    (
        "ru",
        "Глава государства поручил Правительству до конца года принять новый Налоговый кодекс.",
        [(["Government"], [], "принять новый Налоговый кодекс", D(2025, 12, 31))],
    ),
    (
        "ru",
        "Министерству здравоохранения совместно с акиматами поручено до 1 сентября завершить "
        "строительство больниц.",
        [
            (
                ["Ministry of Healthcare"],
                ["akimats"],
                "завершить строительство больниц",
                D(2025, 9, 1),
            )
        ],
    ),
    (
        "ru",
        "Акиматам областей необходимо усилить контроль за ценами на социально значимые товары.",
        [(["akimats"], [], "усилить контроль за ценами на социально значимые товары", None)],
    ),
    (
        "ru",
        "Министерство энергетики должно обеспечить бесперебойное энергоснабжение.",
        [(["Ministry of Energy"], [], "обеспечить бесперебойное энергоснабжение", None)],
    ),
    (
        "ru",
        "Премьер-министр поручил Минэнерго завершить ремонт до 15 сентября, а акиматам – "
        "обеспечить запасы угля до 1 октября.",
        [
            (["Ministry of Energy"], [], "завершить ремонт", D(2025, 9, 15)),
            (["akimats"], [], "обеспечить запасы угля", D(2025, 10, 1)),
        ],
    ),
    (
        "ru",
        "Перед Министерством финансов поставлена задача обеспечить исполнение бюджета.",
        [(["Ministry of Finance"], [], "обеспечить исполнение бюджета", None)],
    ),
    (
        "ru",
        "«Министерству финансов необходимо в течение месяца внести предложения», – отметил "
        "Премьер-министр.",
        [(["Ministry of Finance"], [], "внести предложения", D(2025, 9, 5))],
    ),
    # ---------------------------------------------------------------- Kazakh
    (
        "kk",
        "Мемлекет басшысы Үкіметке жыл соңына дейін жаңа Салық кодексін қабылдауды тапсырды.",
        [(["Government"], [], "жаңа Салық кодексін қабылдау", D(2025, 12, 31))],
    ),
    (
        "kk",
        "Денсаулық сақтау министрлігіне 1 қыркүйекке дейін ауруханалар салуды аяқтау тапсырылды.",
        [(["Ministry of Healthcare"], [], "ауруханалар салуды аяқтау", D(2025, 9, 1))],
    ),
    (
        "kk",
        "Энергетика министрлігі әкімдіктермен бірлесіп жылу желілерін жөндеуді аяқтауы тиіс.",
        [(["Ministry of Energy"], ["akimats"], "жылу желілерін жөндеуді аяқтау", None)],
    ),
    (
        "kk",
        "Олжас Бектенов Энергетика министрлігіне 15 қазанға дейін жылу желілерін жөндеуді "
        "аяқтауды, әкімдіктерге көмір қорын қалыптастыруды тапсырды.",
        [
            (["Ministry of Energy"], [], "жылу желілерін жөндеуді аяқтау", D(2025, 10, 15)),
            (["akimats"], [], "көмір қорын қалыптастыру", None),
        ],
    ),
    (
        "kk",
        "Энергетика министрлігіне жыл соңына дейін жоспарды бекіту тапсырылсын.",
        [(["Ministry of Energy"], [], "жоспарды бекіту", D(2025, 12, 31))],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES, ids=[c[1][:40] for c in CASES])
def test_directives(lang, text, expected):
    assert summary(run(text, lang)) == expected


NOT_DIRECTIVES = [
    ("en", "The Ministry of Healthcare reported that 150 facilities were modernized last year."),
    ("en", "It is planned to build 50 new hospitals in 2026."),
    ("en", "It is expected that by 2030 the share of online services will reach 95%."),
    ("en", "Kazakhstani businesses are called to actively join this work."),
    ("en", "These issues should be resolved by the new technical regulation system."),
    ("en", "At the same time, it is necessary to help businesses automate import processes."),
    ("en", "We must intensify efforts to prevent complex cases during childbirth."),
    ("en", "It is important for government agencies to understand the new rules."),
    ("en", "The Prime Minister highlighted the need to expand the training of specialists."),
    ("en", "Experts believe the government should reduce taxes."),
    ("en", "The National Bank should keep the base rate unchanged, analysts say."),
    ("en", "The Head of State urged citizens to take part in the census."),
    ("en", "Second-tier banks are called on to actively participate in financing the campaign."),
    ("en", "Kazakhstan should become a regional hub for transport and logistics."),
    ("en", "The Head of State has set the task of digital transformation of the economy."),
    ("en", "Why should the ministry do it?"),
    ("en", "Government agencies must be open to citizens."),
    ("ru", "В прошлом году построено 200 школ."),
    ("ru", "Планируется построить 100 км дорог до конца года."),
    ("ru", "Следует отметить, что в прошлом году рост ВВП составил 5%."),
    ("ru", "Как было поручено Главой государства, в прошлом году завершено строительство школ."),
    ("ru", "По мнению экспертов, Правительство должно снизить налоги."),
    ("ru", "Мы должны обеспечить рост экономики."),
    ("kk", "Былтыр 200 мектеп салынды."),
    ("kk", "Президент тапсырған міндеттер толық орындалды."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_DIRECTIVES, ids=[c[1][:40] for c in NOT_DIRECTIVES])
def test_not_directives(lang, text):
    assert run(text, lang) == []


def test_bodyless_obligation_counts_only_dated_impersonal_and_from_an_official():
    chair = "Prime Minister Olzhas Bektenov held a meeting on healthcare. "
    (d,) = run(chair + "All necessary documentation must be completed by November 1.", "en")
    assert d.responsible == () and d.deadline == D(2025, 11, 1)
    assert d.task == "complete all necessary documentation"
    assert d.issuer == "Prime Minister"
    assert run(chair + "All necessary documentation must be completed.", "en") == []
    # no official behind it
    assert run("All necessary documentation must be completed by November 1.", "en") == []
    # the subject is an actor that is no government body
    assert run(chair + "Citizens must pay the tax by March 31.", "en") == []
    assert run(chair + "We must complete this work by 2030.", "en") == []
    (r,) = run(
        "Премьер-министр провел совещание. Необходимо завершить строительство школ до "
        "конца 2025 года.",
        "ru",
    )
    assert r.task == "завершить строительство школ" and r.deadline == D(2025, 12, 31)


def test_list_items_take_the_bodies_of_their_introduction():
    text = (
        "In addition, the Prime Minister gave the following instructions to the akimats of "
        "Astana, Almaty and Shymkent:\n"
        "- by the end of the third quarter, ensure the readiness of all boiler houses;\n"
        "- within a month, approve schedules for the supply of coal to the population.\n"
        "- the Ministry of Energy must check the power plants."
    )
    found = run(text, "en", published=D(2025, 9, 9))
    assert summary(found) == [
        (
            ["Akimat of Astana", "Akimat of Almaty", "Akimat of Shymkent"],
            [],
            "ensure the readiness of all boiler houses",
            D(2025, 9, 30),
        ),
        (
            ["Akimat of Astana", "Akimat of Almaty", "Akimat of Shymkent"],
            [],
            "approve schedules for the supply of coal to the population",
            D(2025, 10, 9),
        ),
        (["Ministry of Energy"], [], "check the power plants", None),
    ]
    assert {d.issuer for d in found} == {"Prime Minister"}
    assert not any("following instructions" in d.sentence for d in found)


def test_russian_items_name_their_own_addressee():
    text = (
        "По итогам совещания Премьер-министр дал ряд поручений:\n"
        "- Министерству сельского хозяйства до 1 мая завершить подготовку к посевной;\n"
        "- акиматам областей обеспечить фермеров горюче-смазочными материалами."
    )
    assert summary(run(text, "ru")) == [
        (["Ministry of Agriculture"], [], "завершить подготовку к посевной", D(2026, 5, 1)),
        (["akimats"], [], "обеспечить фермеров горюче-смазочными материалами", None),
    ]


def test_items_under_a_non_instruction_introduction_are_not_directives():
    text = (
        "The Center's main objectives include:\n- Identifying false information;\n"
        "- Promoting a culture of responsible information consumption."
    )
    assert run(text, "en") == []


def test_task_pointing_back_takes_the_previous_necessity():
    text = (
        "To integrate the systems, it is necessary to carry out an analysis and update the "
        "regulatory legal acts. The Ministry of Finance, together with interested government "
        "agencies, has been instructed to carry out the corresponding work."
    )
    (d,) = run(text, "en")
    assert d.task == "carry out an analysis and update the regulatory legal acts"
    assert d.responsible == ("Ministry of Finance",)
    assert d.co_executors == ("interested government agencies",)
    assert d.start == 0  # the directive's sentences: both of them


def test_vague_instruction_needs_a_body_and_reads_a_purpose_clause():
    text = (
        "Defense Minister Dauren Kossanov reported on the army. "
        "Kassym-Jomart Tokayev set Minister Kossanov a number of tasks aimed at further "
        "enhancing the combat potential of the Armed Forces. "
        "Kassym-Jomart Tokayev set a number of tasks aimed at continuing reforms."
    )
    (d,) = run(text, "en")
    assert d.responsible == ("Ministry of Defense",)
    assert d.task == "further enhance the combat potential of the Armed Forces"
    text = (
        "For the full launch of projects through the MEKS mechanism in October of this year, "
        "Kanat Bozumbayev gave a number of instructions to the Project Office."
    )
    (d,) = run(text, "en")
    assert d.responsible == ("Project Office",)
    assert d.deadline == D(2025, 10, 31)
    assert d.task == "fully launch projects through the MEKS mechanism"


def test_issuer_from_the_sentence_the_quote_and_the_chair():
    text = (
        "At the Government session chaired by Prime Minister Olzhas Bektenov, heating was "
        "reviewed.\nThe Ministry of Energy has been instructed to repair the networks.\n"
        "Deputy Prime Minister Roman Sklyar instructed akimats to buy coal.\n"
        'Akimats must prepare reserves by October 1," the Head of State said.'
    )
    assert [d.issuer for d in run(text, "en")] == [
        "Prime Minister",
        "Deputy Prime Minister",
        "President",
    ]


def test_long_qualifications_and_this_pointing_back():
    (d,) = run(
        "The Head of State instructed the Ministry of Education to update the standards of "
        "teacher training, taking into account the objectives of the Concept for the "
        "Development of Secondary and Vocational Education for 2023-2029.",
        "en",
    )
    assert d.task == "update the standards of teacher training"
    found = run(
        "It is necessary to revise the rules for connecting new consumers to heat "
        "networks. The Ministry of Energy has been instructed to do this by December 1.",
        "en",
    )
    assert [(d.task, d.deadline) for d in found] == [
        ("revise the rules for connecting new consumers to heat networks", D(2025, 12, 1))
    ]


def test_company_words_and_legal_forms_do_not_break_a_run_of_bodies():
    (d,) = run(
        "Кроме того, Министерству энергетики и фонду «Самрук-Казына» поручено ускорить "
        "модернизацию ТЭЦ.",
        "ru",
    )
    assert d.responsible == ("Ministry of Energy", "Samruk-Kazyna")
    (d,) = run(
        "Министерству промышленности и строительства совместно с АО «Отбасы банк» следует "
        "во втором квартале запустить пилотный проект.",
        "ru",
    )
    assert (d.responsible, d.co_executors) == (
        ("Ministry of Industry and Construction",),
        ("Otbasy Bank",),
    )


def test_kazakh_word_order_and_decree_forms():
    # the task before its addressee, taken back from the sentence before
    found = run(
        "Бөлшек сауда желілеріндегі бағаны бақылау жүйесін енгізу қажет. Бұл жұмыс Сауда "
        "және интеграция министрлігіне жүктелді.",
        "kk",
    )
    assert [(d.responsible, d.task) for d in found] == [
        (
            ("Ministry of Trade and Integration",),
            "бөлшек сауда желілеріндегі бағаны бақылау жүйесін енгізу",
        )
    ]
    # two coordinated addressees, the first in the nominative
    (d,) = run(
        "Сауда және интеграция министрлігі мен Ауыл шаруашылығы министрлігіне 1 "
        "қыркүйекке дейін тұрақтандыру қорларын қалыптастыру тапсырылды.",
        "kk",
    )
    assert d.responsible == ("Ministry of Trade and Integration", "Ministry of Agriculture")
    # a decree's imperative; a co-executor after quotes and a legal form
    (d,) = run(
        "Өнеркәсіп және құрылыс министрлігі «Самұрық-Қазына» қорымен бірлесіп 2026 "
        "жылғы 1 шілдеге дейін келісімшарттар тізілімін қалыптастырсын.",
        "kk",
    )
    assert (d.responsible, d.co_executors, d.task, d.deadline) == (
        ("Ministry of Industry and Construction",),
        ("Samruk-Kazyna",),
        "келісімшарттар тізілімін қалыптастыру",
        D(2026, 7, 1),
    )
    # "міндеттелді" takes its body in the nominative
    (d,) = run(
        "Бәсекелестікті қорғау және дамыту агенттігі бағаны келісу фактілерін тексеруге "
        "міндеттелді.",
        "kk",
    )
    assert d.responsible == ("Agency for Protection and Development of Competition",)


def test_russian_sentence_opening_with_an_abbreviated_addressee():
    (d,) = run(
        "По итогам совещания дан ряд поручений. МТСЗН совместно с акиматами до конца года "
        "трудоустроить не менее 80% выпускников колледжей.",
        "ru",
    )
    assert (d.responsible, d.co_executors, d.deadline) == (
        ("Ministry of Labor and Social Protection of the Population",),
        ("akimats",),
        D(2025, 12, 31),
    )


def test_control_clauses_are_directives():
    (d,) = run(
        "Control over the implementation of this Decree is entrusted to the Presidential "
        "Administration.",
        "en",
    )
    assert (d.responsible, d.task) == (
        ("Presidential Administration",),
        "control the implementation of this Decree",
    )
    (d,) = run(
        "Контроль за исполнением постановления возложен на Министерство национальной экономики.",
        "ru",
    )
    assert d.responsible == ("Ministry of National Economy",)
    assert d.task == "контроль за исполнением постановления"


def test_gapped_and_repeated_assignments_split():
    found = run(
        "National Information Technologies JSC was tasked with ensuring the operation of eGov, "
        "and Kazakhtelecom with completing fiber-optic lines in the second half of next year.",
        "en",
    )
    assert [(d.task, d.deadline) for d in found][-1] == (
        "complete fiber-optic lines",
        D(2026, 12, 31),
    )
    found = run(
        "Akimats have been instructed to take control of the quality of seeds and, within "
        "three days, to submit information on the readiness of machinery.",
        "en",
    )
    assert summary(found) == [
        (["akimats"], [], "take control of the quality of seeds", None),
        (["akimats"], [], "submit information on the readiness of machinery", D(2025, 8, 8)),
    ]
    found = run(
        "Также акиматам Жамбылской области необходимо до 1 января представить дорожные "
        "карты, а Министерству национальной экономики – предусмотреть финансирование "
        "программы во втором полугодии 2026 года.",
        "ru",
    )
    assert summary(found) == [
        (["Akimat of Zhambyl region"], [], "представить дорожные карты", D(2026, 1, 1)),
        (
            ["Ministry of National Economy"],
            [],
            "предусмотреть финансирование программы",
            D(2026, 12, 31),
        ),
    ]


def test_decree_list_and_task_from_the_sentence_before():
    text = (
        "Under the Decree, the Government of the Republic of Kazakhstan shall:\n"
        "- within two months, approve an action plan for the Concept;\n"
        "- by July 1, 2026, ensure the launch of a national supercomputer cluster;"
    )
    assert summary(run(text, "en")) == [
        (["Government"], [], "approve an action plan for the Concept", D(2025, 10, 5)),
        (
            ["Government"],
            [],
            "ensure the launch of a national supercomputer cluster",
            D(2026, 7, 1),
        ),
    ]
    text = (
        "Кроме того, необходимо в кратчайшие сроки решить вопрос подключения микрорайонов к "
        "сетям водоснабжения. Соответствующее поручение дано акимату Шымкента."
    )
    (d,) = run(text, "ru")
    assert d.responsible == ("Akimat of Shymkent",) and d.start == 0
    assert d.task == "решить вопрос подключения микрорайонов к сетям водоснабжения"


def test_agent_of_a_passive_obligation_is_the_body():
    chair = "Prime Minister Olzhas Bektenov chaired a meeting. "
    (d,) = run(chair + "The repair of schools must be completed by akimats by September 1.", "en")
    assert (d.responsible, d.task, d.deadline) == (
        ("akimats",),
        "complete repair of schools",
        D(2025, 9, 1),
    )
    (d,) = run(chair + "This issue should be considered by the Ministry of Finance.", "en")
    assert (d.responsible, d.task) == (("Ministry of Finance",), "consider this issue")


def test_issuer_of_a_that_clause_and_of_an_official_title():
    (d,) = run("Tokayev emphasized that the Government must take measures to curb inflation.", "en")
    assert d.issuer == "President"
    (d,) = run("Министр энергетики поручил акиматам ускорить подготовку к зиме.", "ru")
    assert d.issuer == "Minister of Energy"
    (d,) = run("Как отметил Президент, Правительство должно обеспечить рост экономики.", "ru")
    assert d.issuer == "President"


def test_a_body_named_by_its_kind_is_the_one_named_before():
    text = (
        "The President held a meeting with the akim of Almaty. Tokayev instructed the city "
        "akimat to keep the modernization of CHP-2 under personal control."
    )
    assert run(text, "en", title="Tokayev meets Almaty akim")[-1].responsible == (
        "Akimat of Almaty",
    )
    text = (
        "Министр здравоохранения доложил о ходе реформы. Министерству совместно с акиматами "
        "необходимо в первом полугодии завершить переход на новую модель оплаты."
    )
    (d,) = run(text, "ru")
    assert (d.responsible, d.co_executors) == (("Ministry of Healthcare",), ("akimats",))


def test_a_long_official_name_heads_its_subject():
    (d,) = run("The Ministry of Energy of the Republic of Kazakhstan must prepare a plan.", "en")
    assert d.responsible == ("Ministry of Energy",)


def test_unknown_groups_are_kept_as_written_and_flagged():
    (d,) = run("Then, the technical and financial operators must form preliminary estimates.", "en")
    assert d.responsible == ("technical and financial operators",)


def test_detect_lang():
    assert detect_lang("The Ministry of Energy must repair networks.") == "en"
    assert detect_lang("Министерству энергетики поручено завершить ремонт.") == "ru"
    assert detect_lang("Үкіметке жыл соңына дейін тапсырды.") == "kk"
    # one Kazakh name does not make a Russian article Kazakh
    assert (
        detect_lang(
            "Аким Қостанайской области Иванов провел совещание по ремонту "
            "дорог и поручил завершить работы до конца года."
        )
        == "ru"
    )


def test_language_is_detected_when_not_given():
    (d,) = run("Акиматам дано поручение до конца первого квартала утвердить планы.")
    assert d.lang == "ru" and d.deadline == D(2026, 3, 31)


def test_odd_input_gives_nothing():
    assert extract("", PUB) == []
    assert extract("   \n", PUB, "en") == []
    assert extract("must must must", PUB, "en") == []


def test_output_record_has_the_spec_fields(tmp_path):
    import json

    from tracker.extraction.output import directive_record
    from tracker.extraction.sources import read_articles

    path = tmp_path / "news.txt"
    path.write_text(
        "05.08.2025, 12:38 18121\nGovernment reviews heating\n"
        "Akimats must prepare coal reserves by September 15.\n",
        encoding="utf-8",
    )
    (art,) = list(read_articles(path))
    (d,) = extract(art.text, art.published_date, title=art.title)
    rec = directive_record(art, d)
    json.dumps(rec)  # JSON-ready
    assert {
        "sentence",
        "issuer",
        "responsible",
        "co_executors",
        "task",
        "deadline",
        "deadline_text",
        "deadline_granularity",
        "article_title",
        "published",
        "published_inferred",
    } <= set(rec)
    assert rec["deadline"] == "2025-09-15" and rec["published"] == "2025-08-05"
    assert rec["responsible"] == ["akimats"] and rec["published_inferred"] is False
    assert rec["article_title"] == "Government reviews heating"
