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
    # an official's name after the title, the country after a body's name
    (
        "ru",
        "Министру энергетики Ерлану Аккенженову поручено до 15 ноября завершить ремонт ТЭЦ.",
        [(["Ministry of Energy"], [], "завершить ремонт ТЭЦ", D(2025, 11, 15))],
    ),
    (
        "ru",
        "Министерству здравоохранения РК совместно с Минфином поручено до конца года "
        "закупить 200 машин скорой помощи.",
        [
            (
                ["Ministry of Healthcare"],
                ["Ministry of Finance"],
                "закупить 200 машин скорой помощи",
                D(2025, 12, 31),
            )
        ],
    ),
    # two tasks of the same body, the second with a deadline of its own: two directives;
    # without one the tasks stay together
    (
        "kk",
        "Президент Денсаулық сақтау министрлігіне емханалардағы кезекті қысқартуды, сондай-ақ "
        "келесі айдың соңына дейін электрондық жазылу жүйесін іске қосуды тапсырды.",
        [
            (["Ministry of Healthcare"], [], "емханалардағы кезекті қысқарту", None),
            (["Ministry of Healthcare"], [], "электрондық жазылу жүйесін іске қосу", D(2025, 11, 30)),
        ],
    ),
    (
        "kk",
        "Көлік министрлігіне жыл соңына дейін жол картасын әзірлеуді және 1 наурызға дейін "
        "жөндеуді бастауды тапсырды.",
        [
            (["Ministry of Transport"], [], "жол картасын әзірлеу", D(2025, 12, 31)),
            (["Ministry of Transport"], [], "жөндеуді бастау", D(2026, 3, 1)),
        ],
    ),
    (
        "kk",
        "Көлік министрлігіне жыл соңына дейін жол картасын әзірлеуді және бекітуді тапсырды.",
        [(["Ministry of Transport"], [], "жол картасын әзірлеуді және бекіту", D(2025, 12, 31))],
    ),
    (
        "ru",
        "Президент поручил Минздраву до конца года сократить очереди в поликлиниках, а до 1 марта "
        "запустить электронную запись.",
        [
            (["Ministry of Healthcare"], [], "сократить очереди в поликлиниках", D(2025, 12, 31)),
            (["Ministry of Healthcare"], [], "запустить электронную запись", D(2026, 3, 1)),
        ],
    ),
    (
        "ru",
        "Президент поручил Минздраву сократить очереди в поликлиниках, а также до конца месяца "
        "полностью запустить электронную запись.",
        [
            (["Ministry of Healthcare"], [], "сократить очереди в поликлиниках", None),
            (
                ["Ministry of Healthcare"],
                [],
                "полностью запустить электронную запись",
                D(2025, 10, 31),
            ),
        ],
    ),
    # an earlier instruction reported ("... тапсырылғанын атап өтті") is a directive; an
    # assigned task as a noun phrase is not
    (
        "kk",
        "Вице-премьер бұған дейін Көлік министрлігіне 1 желтоқсанға дейін жол белгілерін "
        "ауыстыру тапсырылғанын атап өтті.",
        [(["Ministry of Transport"], [], "жол белгілерін ауыстыру", D(2025, 12, 1))],
    ),
    ("kk", "Министрлікке тапсырылған жұмыс толық аяқталды.", []),
    # a deadline of the clause before "необходимо" is the first task's
    (
        "ru",
        "Министерству финансов во втором квартале необходимо запустить портал закупок, а в "
        "четвертом квартале обеспечить его интеграцию с казначейством.",
        [
            (["Ministry of Finance"], [], "запустить портал закупок", D(2026, 6, 30)),
            (
                ["Ministry of Finance"],
                [],
                "обеспечить его интеграцию с казначейством",
                D(2025, 12, 31),
            ),
        ],
    ),
    # "биыл" with a Kazakh "жүктелді" is this year; a centre takes its case ending
    (
        "kk",
        "Облыс әкімдіктеріне биыл барлық ауылдарды интернетке қосу жүктелді.",
        [(["akimats"], [], "барлық ауылдарды интернетке қосу", D(2025, 12, 31))],
    ),
    (
        "kk",
        "Сауда және интеграция министрлігіне QazTrade орталығымен бірлесіп ай соңына дейін "
        "экспорт жоспарын әзірлеу жүктелді.",
        [
            (
                ["Ministry of Trade and Integration"],
                ["QazTrade"],
                "экспорт жоспарын әзірлеу",
                D(2025, 10, 31),
            )
        ],
    ),
    # a body's branch acts for it; akimats named with where they are
    (
        "en",
        "The Almaty branch of Kazpost is to open 20 new post offices by June 1.",
        [(["Kazpost"], [], "open 20 new post offices", D(2026, 6, 1))],
    ),
    (
        "ru",
        "Акиматам северных областей необходимо до 1 ноября завершить заготовку угля.",
        [(["akimats"], [], "завершить заготовку угля", D(2025, 11, 1))],
    ),
    (
        "ru",
        "Районным акиматам города поручено до 1 декабря открыть 10 катков.",
        [(["akimats"], [], "открыть 10 катков", D(2025, 12, 1))],
    ),
    # "..., а <object> <infinitive> <deadline>": a second task with its object first
    (
        "ru",
        "Министерству транспорта поручено до конца года открыть 10 новых авиарейсов, а "
        "субсидирование региональных перевозок утвердить в течение месяца.",
        [
            (["Ministry of Transport"], [], "открыть 10 новых авиарейсов", D(2025, 12, 31)),
            (
                ["Ministry of Transport"],
                [],
                "субсидирование региональных перевозок утвердить",
                D(2025, 11, 7),
            ),
        ],
    ),
    # a bodyless passive obligation in the next clause is a step of the bodies before it
    (
        "en",
        "The Ministry of Transport is to open ten new air routes, and the first flights are to "
        "be launched by December 1.",
        [
            (["Ministry of Transport"], [], "open ten new air routes", None),
            (["Ministry of Transport"], [], "launch first flights", D(2025, 12, 1)),
        ],
    ),
    (
        "en",
        "The Ministry of Energy, jointly with KEGOC, is to submit proposals by December 1, and "
        "the draft rules must be submitted to the Government by March 1.",
        [
            (["Ministry of Energy"], ["KEGOC"], "submit proposals", D(2025, 12, 1)),
            (["Ministry of Energy"], [], "submit draft rules to the Government", D(2026, 3, 1)),
        ],
    ),
    (
        "en",
        "The Ministry of Justice is to submit proposals by December 1, while the draft law "
        "must be submitted to the Mazhilis by March 1.",
        [
            (["Ministry of Justice"], [], "submit proposals", D(2025, 12, 1)),
            (["Ministry of Justice"], [], "submit draft law to the Mazhilis", D(2026, 3, 1)),
        ],
    ),
    # Kazakh: "X алдына ... міндетін қойды"; bare verbal nouns joined by ", ал", each with its
    # deadline; a perfect closing the sentence; a decree imperative inside a quote
    (
        "kk",
        "Президент Денсаулық сақтау министрлігі алдына 2027 жылға дейін емханаларды толық "
        "цифрландыру, ал жыл соңына дейін кезекті қысқарту жөнінде ұсыныс енгізу міндетін қойды.",
        [
            (["Ministry of Healthcare"], [], "емханаларды толық цифрландыру", D(2027, 12, 31)),
            (
                ["Ministry of Healthcare"],
                [],
                "кезекті қысқарту жөнінде ұсыныс енгізу",
                D(2025, 12, 31),
            ),
        ],
    ),
    (
        "kk",
        "Сонымен қатар Ұлттық банкке ай соңына дейін несие нарығын талдау тапсырылған.",
        [(["National Bank"], [], "несие нарығын талдау", D(2025, 10, 31))],
    ),
    (
        "kk",
        "«Облыс әкімдіктері жыл соңына дейін жол картасын ұсынсын», – деді Премьер-Министр.",
        [(["akimats"], [], "жол картасын ұсыну", D(2025, 12, 31))],
    ),
    # Russian "предписано"; a co-executor phrase leading the sentence
    (
        "ru",
        "Акиматам областей предписано до 1 декабря открыть пункты обогрева.",
        [(["akimats"], [], "открыть пункты обогрева", D(2025, 12, 1))],
    ),
    (
        "ru",
        "Совместно с Министерством финансов Министерству энергетики поручено до конца года "
        "утвердить тарифную смету.",
        [(["Ministry of Energy"], ["Ministry of Finance"], "утвердить тарифную смету", D(2025, 12, 31))],
    ),
    (
        "en",
        "Together with the Ministry of Finance, the Ministry of Energy must approve the tariff "
        "estimate by the end of the year.",
        [(["Ministry of Energy"], ["Ministry of Finance"], "approve the tariff estimate", D(2025, 12, 31))],
    ),
    # "akims of regions and cities of republican significance" are the akimats; "was then
    # tasked"; a second body's verb after a dash
    (
        "ru",
        "Акимам областей и городов республиканского значения поручено до 1 сентября открыть "
        "кабинеты психологов во всех школах.",
        [(["akimats"], [], "открыть кабинеты психологов во всех школах", D(2026, 9, 1))],
    ),
    (
        "en",
        "The Ministry of Finance was then tasked with drafting the budget by November 1.",
        [(["Ministry of Finance"], [], "draft the budget", D(2025, 11, 1))],
    ),
    (
        "en",
        "The Ministry of Finance must approve the rules by November 1, and the Ministry of "
        "Justice - register them within 10 days.",
        [
            (["Ministry of Finance"], [], "approve the rules", D(2025, 11, 1)),
            (["Ministry of Justice"], [], "register them", D(2025, 10, 17)),
        ],
    ),
    # terse assignments by dash ("Минэкологии – до 15 апреля внести ..., Минюсту – ..."); a
    # modal in a relative clause dates the noun, not the task
    (
        "ru",
        "Минздраву – до 1 декабря утвердить стандарт донорства, Минфину – до 15 декабря "
        "выделить средства.",
        [
            (["Ministry of Healthcare"], [], "утвердить стандарт донорства", D(2025, 12, 1)),
            (["Ministry of Finance"], [], "выделить средства", D(2025, 12, 15)),
        ],
    ),
    ("ru", "Москва – столица России.", []),
    (
        "ru",
        "Казпочте поручено до 1 декабря открыть логистический центр, который должен быть "
        "введен в эксплуатацию к 2028 году.",
        [(["Kazpost"], [], "открыть логистический центр", D(2025, 12, 1))],
    ),
    # Kazakh: "тапсырған болатын" recalls an instruction; "бірқатар тапсырма берілді" with no
    # body is a summary
    (
        "kk",
        "Еске салайық, Үкімет облыс әкімдіктеріне 1 желтоқсанға дейін малды тіркеуді аяқтауды "
        "тапсырған болатын.",
        [(["akimats"], [], "малды тіркеуді аяқтау", D(2025, 12, 1))],
    ),
    ("kk", "Кеңес қорытындысы бойынша бірқатар тапсырма берілді.", []),
    # an earlier obligation recalled is a directive ("was to submit", "тапсырылған болатын")
    (
        "en",
        "The Ministry of Energy was to submit the repair schedule to the Government by "
        "September 1, but the work has not been completed.",
        [(["Ministry of Energy"], [], "submit the repair schedule to the Government", D(2026, 9, 1))],
    ),
    ("en", "The plant was to be built by 2020.", []),
    (
        "kk",
        "Еске салайық, Көлік министрлігіне 1 желтоқсанға дейін жол картасын әзірлеу "
        "тапсырылған болатын.",
        [(["Ministry of Transport"], [], "жол картасын әзірлеу", D(2025, 12, 1))],
    ),
    # the same task for other bodies by another deadline ("..., and akimats – by May")
    (
        "en",
        "All ministries must complete the inventory of their buildings by the end of March, and "
        "regional akimats – by the end of June.",
        [
            (["ministries"], [], "complete the inventory of their buildings", D(2026, 3, 31)),
            (["akimats"], [], "complete the inventory of their buildings", D(2026, 6, 30)),
        ],
    ),
    (
        "ru",
        "Министерству финансов необходимо представить отчет до 1 ноября, а акиматам областей – "
        "до 1 декабря.",
        [
            (["Ministry of Finance"], [], "представить отчет", D(2025, 11, 1)),
            (["akimats"], [], "представить отчет", D(2025, 12, 1)),
        ],
    ),
    # "а уже в мае – утвердить ...": a second task after a time adverb and a dash
    (
        "ru",
        "Акиматам областей необходимо до конца года построить 40 школ, а уже в ноябре – "
        "утвердить перечень участков.",
        [
            (["akimats"], [], "построить 40 школ", D(2025, 12, 31)),
            (["akimats"], [], "утвердить перечень участков", D(2025, 11, 30)),
        ],
    ),
    # "жұма күнге дейін" is by Friday
    (
        "kk",
        "Вице-премьер Энергетика министрлігіне жұма күнге дейін жоспар ұсынуды тапсырды.",
        [(["Ministry of Energy"], [], "жоспар ұсыну", D(2025, 10, 10))],
    ),
    # an appeal to citizens or business is no order; one to a body is
    ("ru", "Министр также призвал граждан своевременно проходить вакцинацию.", []),
    ("ru", "Вице-премьер призвал предпринимателей активнее участвовать в программе.", []),
    (
        "ru",
        "Президент призвал акиматы до конца года ускорить строительство школ.",
        [(["akimats"], [], "ускорить строительство школ", D(2025, 12, 31))],
    ),
    # a passive followed by a bare comma and no task is a report
    ("en", "In 2024, 30 schools were commissioned, however, the shortage remains.", []),
    # an apposition between the body and its verb stands aside
    (
        "en",
        "Kazakhtelecom, as the operator of the rural broadband project, needs to connect 300 "
        "villages by the end of the year.",
        [(["Kazakhtelecom"], [], "connect 300 villages", D(2025, 12, 31))],
    ),
    (
        "ru",
        "Казахтелекому, в качестве оператора проекта, поручено до конца года подключить 300 сел.",
        [(["Kazakhtelecom"], [], "подключить 300 сел", D(2025, 12, 31))],
    ),
    # "... and to submit it by D" is the last step of one task; two deadlines make two
    (
        "en",
        "The Ministry of Justice was instructed to draft the amendments and to submit them to "
        "the Mazhilis by December 1.",
        [
            (
                ["Ministry of Justice"],
                [],
                "draft the amendments and submit them to the Mazhilis",
                D(2025, 12, 1),
            )
        ],
    ),
    (
        "en",
        "The Ministry of Justice was instructed to draft the amendments by November 1 and to "
        "submit them to the Mazhilis by December 1.",
        [
            (["Ministry of Justice"], [], "draft the amendments", D(2025, 11, 1)),
            (["Ministry of Justice"], [], "submit them to the Mazhilis", D(2025, 12, 1)),
        ],
    ),
    # a planning document's horizon is no deadline when the task has one of its own; a
    # participle clause is no second task
    (
        "en",
        "The Ministry of National Economy was tasked with preparing a new regional development "
        "plan until 2030, taking into account the census results, within two months.",
        [
            (
                ["Ministry of National Economy"],
                [],
                "prepare a new regional development plan, take into account the census results",
                D(2025, 12, 7),
            )
        ],
    ),
    (
        "ru",
        "Министерству национальной экономики поручено в течение двух месяцев подготовить "
        "прогноз социально-экономического развития до 2030 года.",
        [
            (
                ["Ministry of National Economy"],
                [],
                "подготовить прогноз социально-экономического развития",
                D(2025, 12, 7),
            )
        ],
    ),
    # the Government a body reports to is no doer; a listed second body is
    (
        "kk",
        "Ұлттық банкке ай соңына дейін несие нарығын талдап, Үкіметке баяндау тапсырылды.",
        [(["National Bank"], [], "несие нарығын талдап, Үкіметке баяндау", D(2025, 10, 31))],
    ),
    (
        "kk",
        "Қаржы министрлігіне, Ұлттық экономика министрлігіне ұсыныс енгізу тапсырылды.",
        [(["Ministry of Finance", "Ministry of National Economy"], [], "ұсыныс енгізу", None)],
    ),
    # regions and a city before one head: every akimat is responsible
    (
        "kk",
        "Премьер-Министр Павлодар, Абай облыстары мен Астана қаласының әкімдіктеріне жылыту "
        "маусымына дайындықты ай соңына дейін аяқтауды тапсырды.",
        [
            (
                ["Akimat of Pavlodar region", "Akimat of Abai region", "Akimat of Astana"],
                [],
                "жылыту маусымына дайындықты аяқтау",
                D(2025, 10, 31),
            )
        ],
    ),
    # a legal form's abbreviation takes the case ending after a hyphen, and quotes may
    # open right after "мен"; a body's regional branch stands for the body
    (
        "kk",
        "Энергетика министрлігі мен «Самұрық-Энерго» АҚ-ға жыл соңына дейін жылу желілерін "
        "жаңғырту тапсырылды.",
        [(["Ministry of Energy", "Samruk-Energy"], [], "жылу желілерін жаңғырту", D(2025, 12, 31))],
    ),
    (
        "kk",
        "Премьер-Министр «Қазсушар» РМК облыстық филиалына ай соңына дейін арналарды "
        "тазартуды тапсырды.",
        [(["Kazvodkhoz"], [], "арналарды тазарту", D(2025, 10, 31))],
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


CONTEXT_CASES = [
    # a numbered item ending in a colon introduces its own sub-items; the numbered control
    # clause is a directive too
    (
        "ru",
        "Постановлением предусмотрено:\n"
        "1. Министерству энергетики до 1 декабря утвердить график ремонтов.\n"
        "2. Акиматам областей:\n"
        "1) в течение месяца провести проверку котельных;\n"
        "2) до конца года завершить замену сетей.\n"
        "3. Контроль за исполнением настоящего постановления возложить на Министерство "
        "энергетики.",
        [
            (["Ministry of Energy"], [], "утвердить график ремонтов", D(2025, 12, 1)),
            (["akimats"], [], "провести проверку котельных", D(2025, 11, 7)),
            (["akimats"], [], "завершить замену сетей", D(2025, 12, 31)),
            (
                ["Ministry of Energy"],
                [],
                "контроль за исполнением настоящего постановления",
                None,
            ),
        ],
    ),
    # an item whose trigger word gives nothing is still an item
    (
        "en",
        "The akim gave a number of instructions to Kazakhtelecom:\n"
        "1) by December 1, to inspect all towers commissioned before 1990;\n"
        "2) to replace 150 towers by the end of the year.",
        [
            (["Kazakhtelecom"], [], "inspect all towers commissioned before 1990", D(2025, 12, 1)),
            (["Kazakhtelecom"], [], "replace 150 towers", D(2025, 12, 31)),
        ],
    ),
    # a co-executor inside an item's task
    (
        "en",
        "The Prime Minister gave the Ministry of Energy a number of instructions:\n"
        "– within two weeks, work out together with the Ministry of Finance the issue of tax "
        "preferences for refineries.",
        [
            (
                ["Ministry of Energy"],
                ["Ministry of Finance"],
                "work out the issue of tax preferences for refineries",
                D(2025, 10, 21),
            )
        ],
    ),
    # "Эта работа возложена на X": X does the task of the sentence before
    (
        "ru",
        "До конца года необходимо обновить парк автобусов. Эта работа возложена на "
        "Министерство транспорта.",
        [(["Ministry of Transport"], [], "обновить парк автобусов", D(2025, 12, 31))],
    ),
    # "the Agency" / "the company" is the one whose head the article introduced
    (
        "en",
        "The Head of State received Chairman of the Management Board of Kazakhstan Temir Zholy "
        "Talgat Alimbayev.\nThe President tasked the company with building a dry port, jointly "
        "with Kazakh Invest, by the end of next year.",
        [
            (
                ["Kazakhstan Temir Zholy"],
                ["Kazakh Invest"],
                "build a dry port",
                D(2026, 12, 31),
            )
        ],
    ),
    # an interviewed official's "we must / мы должны / нам необходимо" binds their body; the
    # body that gave the instruction (instrumental) is not a doer
    (
        "en",
        "Vice Minister of Energy Sanzhar Zharkeshov answered our questions.\n"
        "- What is next?\n"
        "- By December 1, we must approve a new standard for boiler inspections.",
        [
            (
                ["Ministry of Energy"],
                [],
                "approve a new standard for boiler inspections",
                D(2025, 12, 1),
            )
        ],
    ),
    (
        "ru",
        "Вице-министр энергетики Санжар Жаркешов ответил на вопросы.\n"
        "– Какие задачи?\n"
        "– Правительством нам поручено до конца года проверить все котельные. Кроме того, к 1 "
        "декабря мы должны утвердить новый стандарт.",
        [
            (["Ministry of Energy"], [], "проверить все котельные", D(2025, 12, 31)),
            (["Ministry of Energy"], [], "утвердить новый стандарт", D(2025, 12, 1)),
        ],
    ),
    # a committee named by its kind alone is the last committee the article named
    (
        "kk",
        "Қылмыстық-атқару жүйесі комитетінің төрағасы кеңес өткізді.\n"
        "Комитетке жыл соңына дейін түзеу мекемелерін тексеру жүктелді.",
        [(["Penal Correction System Committee"], [], "түзеу мекемелерін тексеру", D(2025, 12, 31))],
    ),
    # "the akimat of the region" is the region's the article named; ", for its part," stands
    # aside; a subject after "According to the instruction of X,"
    (
        "en",
        "The Prime Minister visited a fertilizer plant in Zhambyl region.\n"
        "The Ministry of Industry and Construction, together with the akimat of the region, "
        "must connect the plant to the power grid by December 1.",
        [
            (
                ["Ministry of Industry and Construction"],
                ["Akimat of Zhambyl region"],
                "connect the plant to the power grid",
                D(2025, 12, 1),
            )
        ],
    ),
    (
        "en",
        "The Akimat of Almaty region, for its part, should allocate land for the resort by "
        "December 15.",
        [(["Akimat of Almaty region"], [], "allocate land for the resort", D(2025, 12, 15))],
    ),
    (
        "en",
        "In an interview, Vice Minister of Energy Sanzhar Zharkeshov spoke about the grid.\n"
        "– According to the instruction of the Government, we must build 500 km of lines by "
        "2028.",
        [(["Ministry of Energy"], [], "build 500 km of lines", D(2028, 12, 31))],
    ),
    # "поручено ... обязать операторов": the infinitive is the task, not a new trigger;
    # the deadline between the verb and the infinitive is the task's; "я поручал"
    (
        "ru",
        "Министерству энергетики поручено до конца года обязать энергокомпании установить "
        "умные счетчики.",
        [
            (
                ["Ministry of Energy"],
                [],
                "обязать энергокомпании установить умные счетчики",
                D(2025, 12, 31),
            )
        ],
    ),
    (
        "ru",
        "Акиматам поручено до конца недели проверить все выданные в 2025 году субсидии.",
        [(["akimats"], [], "проверить все выданные субсидии", D(2025, 10, 12))],
    ),
    (
        "ru",
        "В прошлом году я поручал Правительству до 1 января 2027 года запустить систему.",
        [(["Government"], [], "запустить систему", D(2027, 1, 1))],
    ),
    # Kazakh: an instruction ending in a colon introduces items; ", ал ... қажет" is a second
    # task of the same subject
    (
        "kk",
        "Аудан әкімдіктері биыл 15 ауылда су мұнараларын ауыстыруы тиіс, ал сәуір айында "
        "барлық мұнараларды тексеруі қажет.",
        [
            (["akimats"], [], "15 ауылда су мұнараларын ауыстыру", D(2025, 12, 31)),
            (["akimats"], [], "барлық мұнараларды тексеру", D(2026, 4, 30)),
        ],
    ),
    # the task before a passive, the bodies after it, each with its own deadline
    (
        "ru",
        "Подготовить поправки в Налоговый кодекс поручено Минфину – до 1 ноября, МНЭ – до 1 "
        "декабря.",
        [
            (["Ministry of Finance"], [], "подготовить поправки в Налоговый кодекс", D(2025, 11, 1)),
            (
                ["Ministry of National Economy"],
                [],
                "подготовить поправки в Налоговый кодекс",
                D(2025, 12, 1),
            ),
        ],
    ),
    (
        "ru",
        "Разработать дорожную карту поручено Министерству энергетики.",
        [(["Ministry of Energy"], [], "разработать дорожную карту", None)],
    ),
    # Russian back-references "ведомству", "компании"; "совместно с нами" in an interview
    (
        "ru",
        "Министерству финансов поручено до 1 декабря пересмотреть правила закупок. Ведомству "
        "также следует в течение двух месяцев утвердить типовую спецификацию.",
        [
            (["Ministry of Finance"], [], "пересмотреть правила закупок", D(2025, 12, 1)),
            (["Ministry of Finance"], [], "утвердить типовую спецификацию", D(2025, 12, 7)),
        ],
    ),
    (
        "ru",
        "Вице-премьер провел совещание в АО «Казпочта». Также компании следует в течение трех "
        "месяцев открыть 50 пунктов выдачи.",
        [(["Kazpost"], [], "открыть 50 пунктов выдачи", D(2026, 1, 7))],
    ),
    (
        "ru",
        "Вице-министр энергетики Санжар Жаркешов ответил на вопросы.\n"
        "– Что делается?\n"
        "– Министерству национальной экономики совместно с нами поручено до конца года "
        "пересмотреть тарифы.",
        [
            (
                ["Ministry of National Economy"],
                ["Ministry of Energy"],
                "пересмотреть тарифы",
                D(2025, 12, 31),
            )
        ],
    ),
    # "the committee" is not the co-executor named just before it
    (
        "en",
        "The Forestry and Wildlife Committee reported on saiga numbers.\n"
        "Together with the Science Committee, the committee must update the monitoring "
        "program within a month.",
        [
            (
                ["Forestry and Wildlife Committee"],
                ["Science Committee"],
                "update the monitoring program",
                D(2025, 11, 7),
            )
        ],
    ),
    (
        "kk",
        "Үкімет жол картасын бекітті.\n"
        "Қаулыға сәйкес Ауыл шаруашылығы министрлігіне мынадай тапсырмалар жүктелді:\n"
        "- 1 желтоқсанға дейін жайылымдарды цифрлық картаға енгізу;\n"
        "- келесі жылдың соңына дейін 150 құдық салу.",
        [
            (["Ministry of Agriculture"], [], "жайылымдарды цифрлық картаға енгізу", D(2025, 12, 1)),
            (["Ministry of Agriculture"], [], "150 құдық салу", D(2026, 12, 31)),
        ],
    ),
    (
        "kk",
        "Ақмола облысы әкімінің орынбасары Ерлан Ахметов сұхбат берді.\n"
        "– Облыс әкімінің тапсырмасына сәйкес біз жыл соңына дейін 38 ауылда моншаларды "
        "жөндеуге тиіспіз.",
        [(["Akimat of Akmola region"], [], "38 ауылда моншаларды жөндеу", D(2025, 12, 31))],
    ),
    # the head of the region is the akim of the region the article introduced
    (
        "ru",
        "Глава государства принял акима Павлодарской области Асаина Байханова.\n"
        "Главе региона поручено до конца года завершить ремонт котельных.",
        [(["Akimat of Pavlodar region"], [], "завершить ремонт котельных", D(2025, 12, 31))],
    ),
    (
        "en",
        "The Head of State received Akim of Pavlodar region Assain Baikhanov.\n"
        "The head of the region was instructed to complete the repair of boiler houses by "
        "the end of the year.",
        [
            (
                ["Akimat of Pavlodar region"],
                [],
                "complete the repair of boiler houses",
                D(2025, 12, 31),
            )
        ],
    ),
    (
        "kk",
        "Мемлекет басшысы Павлодар облысының әкімі Асайын Байхановты қабылдады.\n"
        "Өңір басшысына жыл соңына дейін қазандықтарды жөндеуді аяқтау тапсырылды.",
        [(["Akimat of Pavlodar region"], [], "қазандықтарды жөндеуді аяқтау", D(2025, 12, 31))],
    ),
    # bodies named without their names
    (
        "en",
        "Tokayev receives head of the National Managing Holding Baiterek\n"
        "The President was told about housing loans. The Kazakhstan Housing Company reported "
        "on rental housing.\nThe Head of State instructed the holding to cut the number of "
        "its subsidiaries by a third within six months.",
        [(["Baiterek"], [], "cut the number of its subsidiaries by a third", D(2026, 4, 7))],
    ),
    (
        "ru",
        "КТЖ необходимо до пятницы представить график ремонта путей. Кроме того, национальной "
        "компании поручено в 2026 году закупить 300 новых вагонов.",
        [
            (["Kazakhstan Temir Zholy"], [], "представить график ремонта путей", D(2025, 10, 10)),
            (["Kazakhstan Temir Zholy"], [], "закупить 300 новых вагонов", D(2026, 12, 31)),
        ],
    ),
    (
        "en",
        "KazMunayGas must modernise the Shymkent refinery in 2026, and the expansion of the "
        "Atyrau terminal shall be carried out by the national company in 2027.",
        [
            (["KazMunayGas"], [], "modernise the Shymkent refinery", D(2026, 12, 31)),
            (["KazMunayGas"], [], "carry out expansion of the Atyrau terminal", D(2027, 12, 31)),
        ],
    ),
    (
        "en",
        "The meeting discussed the situation in Kostanay region, where the Tobol river burst "
        "its banks last spring. The regional akimat was instructed to strengthen the dams by "
        "March 1.",
        [(["Akimat of Kostanay region"], [], "strengthen the dams", D(2026, 3, 1))],
    ),
    (
        "en",
        "In an interview, Minister of Healthcare Akmaral Alnazarova spoke about the reform.\n"
        "- The Head of State has instructed us to open 30 new district hospitals by 2027.",
        [(["Ministry of Healthcare"], [], "open 30 new district hospitals", D(2027, 12, 31))],
    ),
    (
        "ru",
        "Министр энергетики Ерлан Аккенженов рассказал о подготовке к зиме.\n"
        "— Правительство поручило нашему министерству до 1 ноября завершить ремонт ТЭЦ.",
        [(["Ministry of Energy"], [], "завершить ремонт ТЭЦ", D(2025, 11, 1))],
    ),
    (
        "en",
        "Head of State receives Minister of Water Resources and Irrigation\n"
        "The President was briefed on the irrigation season. Kassym-Jomart Tokayev instructed "
        "to line 1,500 km of irrigation canals with concrete by the end of next year.",
        [
            (
                ["Ministry of Water Resources and Irrigation"],
                [],
                "line 1,500 km of irrigation canals with concrete",
                D(2026, 12, 31),
            )
        ],
    ),
    (
        "ru",
        "Глава государства принял акима Павлодарской области.\n"
        "Президент поручил до конца года завершить газификацию Экибастуза.",
        [(["Akimat of Pavlodar region"], [], "завершить газификацию Экибастуза", D(2025, 12, 31))],
    ),
    (
        "kk",
        "Мемлекет басшысы Энергетика министрін қабылдады.\n"
        "Президент жылу беру маусымын үздіксіз өткізуді тапсырды.",
        [(["Ministry of Energy"], [], "жылу беру маусымын үздіксіз өткізу", None)],
    ),
    # coordinated and qualified subjects
    (
        "en",
        "Central and local executive bodies are to ensure the timely implementation of the Plan.",
        [
            (
                ["government agencies", "akimats"],
                [],
                "ensure the timely implementation of the Plan",
                None,
            )
        ],
    ),
    (
        "ru",
        "Акиматам Туркестанской и Жамбылской областей, которые отстают от графика, поручено в "
        "месячный срок представить планы ускорения работ.",
        [
            (
                ["Akimat of Turkistan region", "Akimat of Zhambyl region"],
                [],
                "представить планы ускорения работ",
                D(2025, 11, 7),
            )
        ],
    ),
    (
        "en",
        "The Almaty akimat was instructed to open 20 new bus routes, and the police - to "
        "step up checks of overloaded trucks.",
        [
            (["Akimat of Almaty"], [], "open 20 new bus routes", None),
            (["Ministry of Internal Affairs"], [], "step up checks of overloaded trucks", None),
        ],
    ),
    (
        "kk",
        "Көлік министрлігі «ҚТЖ» ұлттық компаниясымен бірлесіп жыл соңына дейін Достық "
        "станциясын кеңейтуі тиіс.",
        [
            (
                ["Ministry of Transport"],
                ["Kazakhstan Temir Zholy"],
                "достық станциясын кеңейту",
                D(2025, 12, 31),
            )
        ],
    ),
    (
        "kk",
        "«Самұрық-Энерго» АҚ келесі жылдың соңына дейін Алматы ЖЭО-3 станциясын газға "
        "көшіруі тиіс.",
        [
            (
                ["Samruk-Energy"],
                [],
                "алматы ЖЭО-3 станциясын газға көшіру",
                D(2026, 12, 31),
            )
        ],
    ),
    (
        "kk",
        "Қаулыға сәйкес:\n"
        "Ұлттық экономика министрлігі 1 желтоқсанға дейін Үкіметке баға тұрақтандыру "
        "жоспарын ұсынсын;",
        [
            (
                ["Ministry of National Economy"],
                [],
                "үкіметке баға тұрақтандыру жоспарын ұсыну",
                D(2025, 12, 1),
            )
        ],
    ),
    # deadlines and decree items
    (
        "en",
        "The Head of State tasked the Ministry of Foreign Affairs, together with the Ministry "
        "of Trade and Integration, to open five new trade missions in Africa this year.",
        [
            (
                ["Ministry of Foreign Affairs"],
                ["Ministry of Trade and Integration"],
                "open five new trade missions in Africa",
                D(2025, 12, 31),
            )
        ],
    ),
    (
        "ru",
        "Согласно постановлению:\n"
        "1) Министерству просвещения до 1 сентября обеспечить школы учебниками;\n"
        "2) акиматам областей в течение месяца провести инвентаризацию спортивных залов.",
        [
            (["Ministry of Education"], [], "обеспечить школы учебниками", D(2026, 9, 1)),
            (["akimats"], [], "провести инвентаризацию спортивных залов", D(2025, 11, 7)),
        ],
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"), CONTEXT_CASES, ids=[c[1][:40] for c in CONTEXT_CASES]
)
def test_bodies_from_the_article(lang, text, expected):
    test_directives(lang, text, expected)


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


DEADLINE_CASES = [
    # (lang, published, sentence, deadline text, date, granularity)
    # an instruction recalled with last year's date is overdue, not a statistics period
    ("ru", "2026-01-21", "Президент поручил до конца октября 2025 года принять план.", "до конца октября 2025 года", "2025-10-31", "month"),
    ("en", "2026-01-21", "The President instructed to adopt the plan by the end of October 2025.", "by the end of October 2025", "2025-10-31", "month"),
    ("en", "2026-03-10", "Fuel must be supplied in April and May.", "in April and May", "2026-05-31", "month"),
    ("en", "2026-03-10", "in April, May and June", "in April, May and June", "2026-06-30", "month"),
    ("ru", "2026-03-10", "обеспечить поставки в апреле и мае", "в апреле и мае", "2026-05-31", "month"),
    ("kk", "2026-03-10", "сәуір және мамыр айларында жеткізу", "сәуір және мамыр айларында", "2026-05-31", "month"),
    ("en", "2025-10-07", "The akims were given 10 days to fix it.", "10 days", "2025-10-17", "day"),
    ("en", "2025-10-07", "The agency was granted two weeks to respond.", "two weeks", "2025-10-21", "day"),
    ("en", "2025-10-07", "launch it by the beginning of next year", "by the beginning of next year", "2026-01-01", "day"),
    ("en", "2025-10-07", "launch it by the start of 2027", "by the start of 2027", "2027-01-01", "day"),
    ("ru", "2025-10-07", "до начала следующего года запустить", "до начала следующего года", "2026-01-01", "day"),
    ("kk", "2025-10-07", "келесі жылдың басына дейін енгізу", "келесі жылдың басына дейін", "2026-01-01", "day"),
    (
        "kk",
        "2025-10-07",
        "Министрлікке келесі жылдың бірінші жартыжылдығында жүйені енгізу жүктелді.",
        "келесі жылдың бірінші жартыжылдығында",
        "2026-06-30",
        "half",
    ),
    # the end of this or the next month or quarter, named by the period alone
    ("kk", "2025-10-07", "ай соңына дейін арналарды тазарту", "ай соңына дейін", "2025-10-31", "month"),
    ("kk", "2025-12-15", "келесі айдың соңына дейін есеп беру", "келесі айдың соңына дейін", "2026-01-31", "month"),
    ("kk", "2025-10-07", "осы тоқсанның аяғына дейін аяқтау", "осы тоқсанның аяғына дейін", "2025-12-31", "quarter"),
    ("kk", "2025-11-20", "келесі тоқсанның соңына дейін іске қосу", "келесі тоқсанның соңына дейін", "2026-03-31", "quarter"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "published", "text", "words", "date", "granularity"),
    DEADLINE_CASES,
    ids=[c[2][:40] for c in DEADLINE_CASES],
)
def test_deadline_forms(lang, published, text, words, date, granularity):
    from tracker.extraction.deadlines import find_deadlines

    found = find_deadlines(text, D.fromisoformat(published), lang)
    assert [(d.text, d.date, d.granularity) for d in found] == [
        (words, D.fromisoformat(date), granularity)
    ]


def test_at_the_beginning_of_next_year_is_no_deadline():
    from tracker.extraction.deadlines import find_deadlines

    assert find_deadlines("at the beginning of next year", PUB, "en") == []


MORE_CASES = [
    (
        "ru",
        "Необходимо обновить санитарные правила до конца года. Соответствующая работа "
        "поручена Министерству здравоохранения.",
        [(["Ministry of Healthcare"], [], "обновить санитарные правила", D(2025, 12, 31))],
    ),
    (
        "ru",
        "Центральным и местным исполнительным органам, а также иным организациям (по "
        "согласованию) поручено обеспечить исполнение плана.",
        [(["government agencies", "akimats"], [], "обеспечить исполнение плана", None)],
    ),
    (
        "en",
        "The akims of Turkistan and Zhambyl regions were given 10 days to clear the irrigation "
        "canals.",
        [
            (
                ["Akimat of Turkistan region", "Akimat of Zhambyl region"],
                [],
                "clear the irrigation canals",
                D(2025, 10, 17),
            )
        ],
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"), MORE_CASES, ids=[c[1][:40] for c in MORE_CASES]
)
def test_back_references_and_other_members(lang, text, expected):
    test_directives(lang, text, expected)


NEGATION_AND_CASE_CASES = [
    (
        "ru",
        "Министерству торговли и интеграции поручено не допустить роста цен на сахар.",
        [(["Ministry of Trade and Integration"], [], "не допустить роста цен на сахар", None)],
    ),
    (
        "en",
        "The Prime Minister instructed the akimats not to allow a rise in utility tariffs.",
        [(["akimats"], [], "not allow a rise in utility tariffs", None)],
    ),
    (
        "en",
        "The akimats were instructed not to allow delays in school repairs by September 1.",
        [(["akimats"], [], "not allow delays in school repairs", D(2026, 9, 1))],
    ),
    (
        "kk",
        "Ақтөбе, Атырау және Маңғыстау облыстарының әкімдіктеріне жыл соңына дейін жолдарды "
        "жөндеуді аяқтау тапсырылды.",
        [
            (
                [
                    "Akimat of Aktobe region",
                    "Akimat of Atyrau region",
                    "Akimat of Mangystau region",
                ],
                [],
                "жолдарды жөндеуді аяқтау",
                D(2025, 12, 31),
            )
        ],
    ),
    (
        "kk",
        "Мемлекет басшысы облыс әкімдеріне көктемгі су тасқынына дайындықты жеке бақылауға "
        "алуды тапсырды.",
        [(["akimats"], [], "көктемгі су тасқынына дайындықты жеке бақылауға алу", None)],
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    NEGATION_AND_CASE_CASES,
    ids=[c[1][:40] for c in NEGATION_AND_CASE_CASES],
)
def test_negations_and_kazakh_case_chains(lang, text, expected):
    test_directives(lang, text, expected)


def test_given_a_period_and_kazakh_task_in_the_accusative():
    test_directives(
        "en",
        "The Ministry of Energy has been given a month to draft new tariff rules.",
        [(["Ministry of Energy"], [], "draft new tariff rules", D(2025, 11, 7))],
    )
    test_directives(
        "kk",
        "Вице-премьер Қаржы министрлігіне 10 күн ішінде қаражат бөлуді, ал әкімдіктерге "
        "жұмысты дереу бастауды тапсырды.",
        [
            (["Ministry of Finance"], [], "қаражат бөлу", D(2025, 10, 17)),
            (["akimats"], [], "жұмысты бастау", None),
        ],
    )


def test_a_term_given_to_the_addressee_is_an_instruction_with_its_deadline():
    test_directives(
        "en",
        "Tokayev gave the Government a month to submit proposals on the new tax regime.",
        [(["Government"], [], "submit proposals on the new tax regime", D(2025, 11, 7))],
    )
    test_directives(
        "en",
        "The Prime Minister gave the Ministry of Energy and the akimats of regions two weeks "
        "to check the readiness of boiler houses.",
        [
            (
                ["Ministry of Energy", "akimats"],
                [],
                "check the readiness of boiler houses",
                D(2025, 10, 21),
            )
        ],
    )
    # the heads of bodies act for them; "a week" needs no count word before it
    test_directives(
        "en",
        "Heads of central government agencies and akims were given a week to eliminate the "
        "shortcomings.",
        [(["government agencies", "akimats"], [], "eliminate the shortcomings", D(2025, 10, 14))],
    )
    assert summary(run("He gave the journalists a week to send their questions.", "en", PUB)) == []


def test_a_deadline_set_off_by_commas_takes_its_commas_out_of_the_task():
    test_directives(
        "en",
        "The Ministry of Education has been instructed to develop, by the end of the year, a "
        "comprehensive plan for the construction of dormitories.",
        [
            (
                ["Ministry of Education"],
                [],
                "develop a comprehensive plan for the construction of dormitories",
                D(2025, 12, 31),
            )
        ],
    )


@pytest.mark.parametrize(
    "says",
    [
        "Облыс әкімінің тапсырмасына сәйкес біз жыл соңына дейін 38 ауылда моншаларды "
        "жөндеуіміз қажет.",
        "Жыл соңына дейін 38 ауылда моншаларды жөндеуіміз керек.",
        "Бізге жыл соңына дейін 38 ауылда моншаларды жөндеу қажет.",
    ],
)
def test_kazakh_we_need_to_in_an_interview_is_the_officials_body(says):
    test_directives(
        "kk",
        "Ақмола облысы әкімінің орынбасары Ерлан Ахметов сұхбат берді.\n– " + says,
        [(["Akimat of Akmola region"], [], "38 ауылда моншаларды жөндеу", D(2025, 12, 31))],
    )


def test_a_speakers_own_we_must_in_a_quote_is_no_directive():
    # the chair's resolve ("we need to ..., – said the Prime Minister"), not an assignment;
    # an interviewed official's "we" is their body (the test above)
    for text in (
        "Премьер-Министр Олжас Бектенов Үкімет отырысын өткізді.\n– Біз жыл соңына дейін 38 "
        "ауылда моншаларды жөндеуіміз қажет, – деді Премьер-Министр.",
        "Қостанай облысының әкімі кеңес өткізді.\n«Біз ағымдағы жылдың соңына дейін барлық "
        "бастаған жобаларды аяқтауымыз керек», – деді Құмар Ақсақалов.",
        "Денсаулық сақтау министрі алқа отырысын өткізді.\n«Біз аудандық ауруханаларды "
        "жаңғырту жоспарын ағымдағы жылдың соңына дейін толық аяқтауға тиіспіз», – деді министр.",
    ):
        assert summary(run(text, "kk", PUB)) == []


def test_a_dated_need_in_a_kazakh_quote_is_the_speakers_directive():
    found = run(
        "Премьер-Министр кеңес өткізді.\n«Мектептердің жылу жүйелерін сынақтан өткізуді 20 "
        "тамызға дейін аяқтау қажет», – деді Үкімет басшысы.",
        "kk",
        D(2025, 8, 12),
    )
    assert summary(found) == [
        ([], [], "мектептердің жылу жүйелерін сынақтан өткізуді аяқтау", D(2025, 8, 20))
    ]
    found = run(
        "Вице-премьер кеңес өткізді.\n«Шаруаларға арзандатылған дизель отыны 1 сәуірден "
        "кешіктірілмей жеткізілуі керек. Бағаның өсуіне жол берілмейді», – деді вице-премьер.",
        "kk",
        D(2026, 3, 24),
    )
    assert [d.deadline for d in found] == [D(2026, 4, 1)]


def test_the_presidents_we_must_is_no_interviewed_bodys_obligation():
    found = run(
        "Minister of Water Resources and Irrigation Nurzhan Nurzhigitov reported on the "
        "canals.\nThe President noted that water shortage remains a challenge. \"We must learn "
        'to use every cubic meter of water rationally," Kassym-Jomart Tokayev said.',
        "en",
        PUB,
    )
    assert summary(found) == []


def test_a_commissioning_report_going_on_with_which_is_no_directive():
    text = (
        "In 2025, 217 new schools with 460 thousand places were commissioned, which made it "
        "possible to close 96 three-shift schools."
    )
    assert summary(run(text, "en", PUB)) == []


@pytest.mark.parametrize("who", ["the new akim", "the newly appointed akim"])
def test_the_new_akim_is_the_akimat_of_the_region_just_named(who):
    test_directives(
        "en",
        "By the Decree of the Head of State, Dastan Ryspekov has been appointed akim of Ulytau "
        f"region.\nKassym-Jomart Tokayev instructed {who} to focus on developing the mining "
        "industry.",
        [(["Akimat of Ulytau region"], [], "focus on developing the mining industry", None)],
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Центральным государственным органам в месячный срок внести предложения.",
            [(["government agencies"], [], "внести предложения", D(2025, 11, 7))],
        ),
        (
            "Местным исполнительным органам до 1 декабря обеспечить готовность школ.",
            [(["akimats"], [], "обеспечить готовность школ", D(2025, 12, 1))],
        ),
        (
            "Согласно постановлению, центральным и местным исполнительным органам, а также "
            "иным организациям (по согласованию), ответственным за исполнение Комплексного "
            "плана, обеспечить своевременную реализацию предусмотренных мероприятий.",
            [
                (
                    ["government agencies", "akimats"],
                    [],
                    "обеспечить своевременную реализацию предусмотренных мероприятий",
                    None,
                )
            ],
        ),
        (
            "Фонду развития предпринимательства «Даму» (по согласованию) обеспечить до конца "
            "III квартала запуск цифровой платформы гарантирования кредитов.",
            [
                (
                    ["Damu"],
                    [],
                    "обеспечить запуск цифровой платформы гарантирования кредитов",
                    D(2026, 9, 30),  # the third quarter of 2025 is over
                )
            ],
        ),
        ("Новым правилам следовать обязательно.", []),
    ],
)
def test_decree_addressees_in_the_plural_after_a_lead_in_or_before_an_aside(text, expected):
    test_directives("ru", "Правительство приняло постановление.\n" + text, expected)


def test_a_ministrys_territorial_department_is_the_ministry():
    test_directives(
        "ru",
        "Аким Карагандинской области Ермаганбет Булекпаев провел совещание.\nДепартаменту по "
        "чрезвычайным ситуациям области совместно с полицией до конца недели необходимо "
        "организовать круглосуточное дежурство на трассах.",
        [
            (
                ["Ministry of Emergency Situations"],
                ["Ministry of Internal Affairs"],
                "организовать круглосуточное дежурство на трассах",
                D(2025, 10, 12),
            )
        ],
    )


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "kk",
            "Маңғыстау облысының әкімі Нұрдәулет Қилыбай кеңес өткізді.\nСонымен қатар әкім "
            "облыстың құрылыс басқармасына су құбырының екінші желісі бойынша жұмыстарды "
            "ағымдағы жылдың соңына дейін аяқтауды тапсырды.",
            (
                ["Akimat of Mangystau region"],
                "су құбырының екінші желісі бойынша жұмыстарды аяқтау",
                D(2025, 12, 31),
            ),
        ),
        (
            "kk",
            "Денсаулық сақтау министрі Ақмарал Әлназарова алқа отырысын өткізді.\nМинистр "
            "облыстық денсаулық сақтау басқармаларына 15 қаңтарға дейін дәрі-дәрмекпен "
            "қамтамасыз ету жоспарын бекітуді тапсырды.",
            (["akimats"], "дәрі-дәрмекпен қамтамасыз ету жоспарын бекіту", D(2026, 1, 15)),
        ),
        (
            "ru",
            "Аким Костанайской области Кумар Аксакалов провел совещание.\nУправлению "
            "энергетики и ЖКХ области поручено до 1 декабря запустить новую котельную.",
            (["Akimat of Kostanay region"], "запустить новую котельную", D(2025, 12, 1)),
        ),
        (
            "ru",
            "Аким Костанайской области Кумар Аксакалов провел совещание.\nУправлениям "
            "образования поручено до 1 декабря отремонтировать школы.",
            (["akimats"], "отремонтировать школы", D(2025, 12, 1)),
        ),
        (
            "en",
            "Astana akim Zhenis Kassymbek held a meeting on housing.\nThe city energy "
            "department was instructed to restore street lighting in courtyards by December 1.",
            (["Akimat of Astana"], "restore street lighting in courtyards", D(2025, 12, 1)),
        ),
        (
            "en",
            "Kostanay region akim Kumar Aksakalov held a meeting.\nThe regional department of "
            "energy and housing was instructed to launch the new boiler house by December 1.",
            (["Akimat of Kostanay region"], "launch the new boiler house", D(2025, 12, 1)),
        ),
    ],
)
def test_an_akimats_department_is_the_akimat_and_in_the_plural_the_akimats(
    lang, text, expected
):
    resp, task, deadline = expected
    test_directives(lang, text, [(resp, [], task, deadline)])


def test_management_in_a_russian_sentence_is_no_department():
    text = "Аким провел совещание.\nСистема управления водными ресурсами области должна быть "
    text += "модернизирована до 2030 года."
    assert all(d.responsible == () or "Akimat" not in d.responsible[0] for d in run(text, "ru"))


def test_kazakh_item_bodies_as_possessor_or_inside_the_task_leave_the_introductions():
    test_directives(
        "kk",
        "Мемлекет басшысы Үкіметке мынадай тапсырмалар берді:\n"
        "– бірінші жартыжылдықта мемлекеттік органдарға арналған ұлттық ЖИ-платформаны толық "
        "іске қосу;\n"
        "– «Самұрық-Қазына» қоры мен «Бәйтерек» холдингінің операциялық шығындарын "
        "оңтайландыру.",
        [
            (
                ["Government"],
                [],
                "мемлекеттік органдарға арналған ұлттық ЖИ-платформаны толық іске қосу",
                D(2026, 6, 30),
            ),
            (
                ["Government"],
                [],
                "«Самұрық-Қазына» қоры мен «Бәйтерек» холдингінің операциялық шығындарын "
                "оңтайландыру",
                None,
            ),
        ],
    )


def test_kazakh_obliged_takes_its_addressee_in_the_accusative_and_through_is_no_doer():
    test_directives(
        "kk",
        "Премьер-Министр «Бәйтерек» холдингін Аграрлық несие корпорациясы арқылы көктемгі егіс "
        "жұмыстарын қаржыландыруды 1 ақпанға дейін бастауға міндеттеді.",
        [
            (
                ["Baiterek"],
                [],
                "аграрлық несие корпорациясы арқылы көктемгі егіс жұмыстарын қаржыландыруды "
                "бастау",
                D(2026, 2, 1),
            )
        ],
    )


def test_a_district_akimat_is_one_of_the_akimats_and_a_branch_a_co_executor():
    test_directives(
        "kk",
        "Маңғыстау облысының әкімі кеңес өткізді.\nКеңес қорытындысы бойынша Маңғыстау "
        "ауданының әкімдігі «Қазсушар» РМК филиалымен бірлесіп үш апта ішінде су құбырындағы "
        "ағып кетулерді жоюы керек.",
        [(["akimats"], ["Kazvodkhoz"], "су құбырындағы ағып кетулерді жою", D(2025, 10, 28))],
    )
    test_directives(
        "ru",
        "Акимату Карасайского района поручено до 1 декабря отремонтировать водопровод.",
        [(["akimats"], [], "отремонтировать водопровод", D(2025, 12, 1))],
    )


def test_a_recalled_kazakh_instruction_reported_done_is_no_directive():
    head = "Су ресурстары министрі кеңес өткізді.\nӨткен жылы министрлікке 500 шақырым каналды "
    assert summary(run(head + "бетондау тапсырылған болатын, бұл жұмыс толық орындалды.", "kk")) == []
    assert len(run(head + "бетондау тапсырылған болатын.", "kk")) == 1


@pytest.mark.parametrize(
    ("lang", "text", "task", "bodies"),
    [
        (
            "ru",
            "Профильным министерствам поручено утвердить обновленные планы модернизации: "
            "Минэнерго – до 1 мая, Минпромстрою – до 1 июня.",
            "утвердить обновленные планы модернизации",
            ["Ministry of Energy", "Ministry of Industry and Construction"],
        ),
        (
            "en",
            "The relevant ministries were instructed to approve updated modernization plans: "
            "the Ministry of Energy – by May 1, the Ministry of Industry and Construction – by "
            "June 1.",
            "approve updated modernization plans",
            ["Ministry of Energy", "Ministry of Industry and Construction"],
        ),
    ],
)
def test_bodies_listed_after_a_colon_each_with_a_deadline_split_the_directive(
    lang, text, task, bodies
):
    test_directives(
        lang,
        text,
        [([bodies[0]], [], task, D(2026, 5, 1)), ([bodies[1]], [], task, D(2026, 6, 1))],
    )


def test_a_deadline_leading_the_next_clause_is_that_clauses():
    test_directives(
        "en",
        "The Ministry of Transport, together with the company, must ensure the transition of "
        "all toll sections to the free-flow system by the end of next year, and by February 1, "
        "the ministry is to submit proposals on discounts for residents.",
        [
            (
                ["Ministry of Transport"],
                [],
                "ensure the transition of all toll sections to the free-flow system",
                D(2026, 12, 31),
            ),
            (["Ministry of Transport"], [], "submit proposals on discounts for residents",
             D(2026, 2, 1)),
        ],
    )
    test_directives(
        "ru",
        "Министерству энергетики необходимо отремонтировать станции до 1 ноября, а до 1 "
        "декабря акиматам необходимо подготовить котельные.",
        [
            (["Ministry of Energy"], [], "отремонтировать станции", D(2025, 11, 1)),
            (["akimats"], [], "подготовить котельные", D(2025, 12, 1)),
        ],
    )


def test_a_fronted_deadline_wins_over_a_year_inside_the_task():
    test_directives(
        "en",
        "The Government gave the following instructions:\n- within a week, the Ministry of "
        "Industry and Construction is to submit a schedule for the commissioning of 40 major "
        "industrial projects in 2026.",
        [
            (
                ["Ministry of Industry and Construction"],
                [],
                "submit a schedule for the commissioning of 40 major industrial projects",
                D(2025, 10, 14),
            )
        ],
    )


def test_money_directed_to_a_purpose_is_no_directive_and_the_holding_is_samruk_kazyna():
    assert summary(run("All funds are directed to the repair and maintenance of roads.")) == []
    found = run(
        "Samruk-Kazyna and KazMunayGas need to consider financing the third string of the "
        "water pipeline. The holding is to submit its proposals to the Government within three "
        "weeks.",
        "en",
        PUB,
    )
    assert summary(found)[-1] == (
        ["Samruk-Kazyna"], [], "submit its proposals to the Government", D(2025, 10, 28)
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Прошу Министерство финансов в недельный срок рассмотреть заявки регионов.",
            [(["Ministry of Finance"], [], "рассмотреть заявки регионов", D(2025, 10, 14))],
        ),
        (
            "«Прошу Минсельхоз и Минфин до конца месяца полностью рассчитаться с аграриями», – "
            "сказал Премьер-Министр.",
            [
                (
                    ["Ministry of Agriculture", "Ministry of Finance"],
                    [],
                    "рассчитаться с аграриями",
                    D(2025, 10, 31),
                )
            ],
        ),
        (
            "Прошу руководителей районов лично проконтролировать этот вопрос.",
            [(["akimats"], [], "проконтролировать этот вопрос", None)],
        ),
        ("Прошу прощения за опоздание.", []),
    ],
)
def test_a_chairs_first_person_request_is_an_instruction(text, expected):
    test_directives("ru", text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Министр поручила руководителям управлений здравоохранения областей в течение "
            "месяца провести сверку регистров пациентов.",
            (["akimats"], [], "провести сверку регистров пациентов", D(2025, 11, 7)),
        ),
        (
            "Департаменту полиции Алматинской области поручено в январе провести "
            "профилактическую операцию на трассе.",
            (
                ["Ministry of Internal Affairs"],
                [],
                "провести профилактическую операцию на трассе",
                D(2026, 1, 31),
            ),
        ),
        (
            "Совместно с Министерством водных ресурсов и ирригации акиматам Сарыагашского и "
            "Мактааральского районов поручено в первом квартале провести ремонт каналов.",
            (
                ["akimats"],
                ["Ministry of Water Resources and Irrigation"],
                "провести ремонт каналов",
                D(2026, 3, 31),
            ),
        ),
    ],
)
def test_units_named_with_their_place_and_heads_of_departments(text, expected):
    test_directives("ru", text, [expected])


def test_a_recurring_task_after_its_addressee_is_a_directive_without_a_date():
    test_directives(
        "ru",
        "Министерству водных ресурсов и ирригации поручено в течение 10 дней провести "
        "обследование водохранилищ, а Казгидромету – ежедневно информировать местные "
        "исполнительные органы о прогнозе уровня воды.",
        [
            (
                ["Ministry of Water Resources and Irrigation"],
                [],
                "провести обследование водохранилищ",
                D(2025, 10, 17),
            ),
            (
                ["Kazhydromet"],
                [],
                "информировать местные исполнительные органы о прогнозе уровня воды",
                None,
            ),
        ],
    )
    test_directives(
        "ru",
        "Премьер-Министр дал ряд поручений:\n– акиматам областей ежемесячно представлять "
        "информацию о потребности в иностранной рабочей силе.",
        [
            (
                ["akimats"],
                [],
                "представлять информацию о потребности в иностранной рабочей силе",
                None,
            )
        ],
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "қажет болған жағдайда" (if need be) is no necessity
        (
            "4. Қаржы министрлігі қажет болған жағдайда Үкіметтің төтенше резервінен қаражат "
            "бөлу туралы ұсыныстарды бір ай мерзімде енгізсін.",
            [
                (
                    ["Ministry of Finance"],
                    [],
                    "қажет болған жағдайда Үкіметтің төтенше резервінен қаражат бөлу туралы "
                    "ұсыныстарды енгізу",
                    D(2025, 11, 7),
                )
            ],
        ),
        # two bodies with their quote marks, coordinated by "пен"
        (
            "Сондай-ақ «Отбасы банк» пен «Қазақстан тұрғын үй компаниясына» бір ай мерзімде "
            "ұсыныстар енгізу жүктелді.",
            [
                (
                    ["Otbasy Bank", "Kazakhstan Housing Company"],
                    [],
                    "ұсыныстар енгізу",
                    D(2025, 11, 7),
                )
            ],
        ),
        # co-executors coordinated by "мен", the addressee right before the verb
        (
            "Премьер-Министр Туризм және спорт министрлігіне Алматы облысы мен Шығыс Қазақстан "
            "облысының әкімдіктерімен бірлесіп жолдарды салуды аяқтауды тапсырды.",
            [
                (
                    ["Ministry of Tourism and Sports"],
                    ["Akimat of Almaty region", "Akimat of East Kazakhstan region"],
                    "жолдарды салуды аяқтау",
                    None,
                )
            ],
        ),
        (
            "Облыс әкімі Полиция департаментімен бірлесіп мектептер маңындағы жол қауіпсіздігін "
            "күшейтуді аудан әкімдеріне жүктеді.",
            [
                (
                    ["akimats"],
                    ["Ministry of Internal Affairs"],
                    "мектептер маңындағы жол қауіпсіздігін күшейту",
                    None,
                )
            ],
        ),
        # a body's units or heads addressed in its stead
        (
            "Министр облыстардың, Астана, Алматы және Шымкент қалаларының полиция "
            "департаменттерінің бастықтарына Көлік министрлігімен бірлесіп учаскелердің "
            "картасын жаңартуды тапсырды.",
            [
                (
                    ["Ministry of Internal Affairs"],
                    ["Ministry of Transport"],
                    "учаскелердің картасын жаңарту",
                    None,
                )
            ],
        ),
    ],
)
def test_kazakh_coordination_units_and_if_need_be(text, expected):
    test_directives("kk", text, expected)


def test_kazakh_references_departments_and_a_report_of_done_work():
    test_directives(
        "kk",
        "Ауыл шаруашылығы министрлігі алқа отырысын өткізді.\nВедомствоға сәуір айында "
        "өтінімдерді қабылдауды аяқтау жүктелді.",
        [(["Ministry of Agriculture"], [], "өтінімдерді қабылдауды аяқтау", D(2026, 4, 30))],
    )
    test_directives(
        "kk",
        "Алматы қаласының әкімі Дархан Сатыбалды кеңес өткізді.\nҚала әкімі Энергетика және "
        "сумен жабдықтау басқармасына 1 желтоқсанға дейін учаскелерді жөндеуді аяқтауды, ал "
        "Жолаушылар көлігі және автомобиль жолдары басқармасына апта соңына дейін қар "
        "тазарту техникасын дайындауды тапсырды.",
        [
            (["Akimat of Almaty"], [], "учаскелерді жөндеуді аяқтау", D(2025, 12, 1)),
            (["Akimat of Almaty"], [], "қар тазарту техникасын дайындау", D(2025, 10, 12)),
        ],
    )
    found = run(
        "Түркістан облысының әкімі кеңес өткізді.\nМектептерді жылумен қамтамасыз ету "
        "мәселесін шешу облыс әкімдігіне бұрын тапсырылған болатын, бүгінде 18 мектепке жаңа "
        "қазандық орнатылды.",
        "kk",
        PUB,
    )
    assert summary(found) == []


@pytest.mark.parametrize(
    ("lang", "text", "task"),
    [
        (
            "en",
            "By the end of this week, the regional akimats must approve the schedules of "
            "patrolling forest areas jointly with the territorial divisions of the Ministry of "
            "Internal Affairs.",
            "approve the schedules of patrolling forest areas",
        ),
        (
            "ru",
            "Акиматам областей совместно с территориальными подразделениями Министерства "
            "внутренних дел до конца недели утвердить графики патрулирования.",
            "утвердить графики патрулирования",
        ),
    ],
)
def test_co_executors_named_by_their_territorial_units(lang, text, task):
    test_directives(lang, text, [(["akimats"], ["Ministry of Internal Affairs"], task,
                                  D(2025, 10, 12))])


def test_kazakh_demanded_of_takes_its_addressee_in_the_ablative():
    test_directives(
        "kk",
        "Премьер-Министр әкімдіктерден 1 желтоқсанға дейін жылумен қамтуды қамтамасыз етуді "
        "талап етті.",
        [(["akimats"], [], "жылумен қамтуды қамтамасыз ету", D(2025, 12, 1))],
    )


def test_an_interview_answers_we_is_the_body_and_a_quoted_we_must_is_not():
    test_directives(
        "en",
        "Minister of Energy Almassadam Satkaliyev answered questions.\n– How is gasification "
        "going?\n– In accordance with the instruction of the Prime Minister, together with "
        "QazaqGaz we must connect 150 more settlements to gas by the end of the year.",
        [(["Ministry of Energy"], ["QazaqGaz"], "connect 150 more settlements to gas",
          D(2025, 12, 31))],
    )
    test_directives(
        "en",
        "Minister of Labor Svetlana Zhakupova gave an interview.\n– What about resettlement?\n"
        "– Our ministry, jointly with akimats of the northern regions, has been tasked with "
        "resettling 5,000 families in 2026.",
        [
            (
                ["Ministry of Labor and Social Protection of the Population"],
                ["akimats"],
                "resettle 5,000 families",
                D(2026, 12, 31),
            )
        ],
    )
    quoted = (
        "Turkistan region akim Darkhan Satybaldy held a meeting.\n\"We must not allow a "
        "repeat of last year's water shortage. Next year we must increase the area under "
        'water-saving technologies," Satybaldy said.'
    )
    assert summary(run(quoted, "en", PUB)) == []


def test_decree_texts_with_asides_legal_forms_and_adverbials():
    text = (
        "Правительство Республики Казахстан ПОСТАНОВЛЯЕТ:\n"
        "2. Центральным и местным исполнительным органам, а также иным организациям (по "
        "согласованию), ответственным за исполнение Комплексного плана:\n"
        "1) обеспечить своевременную реализацию мероприятий Комплексного плана;\n"
        "3. Министерству по чрезвычайным ситуациям Республики Казахстан совместно с "
        "Министерством внутренних дел Республики Казахстан на период отопительного сезона "
        "обеспечить готовность сил и средств.\n"
        "4. Акционерному обществу «Национальная компания «Kazakh Tourism» (по согласованию) до "
        "конца первого полугодия 2026 года запустить единый туристический портал."
    )
    test_directives(
        "ru",
        text,
        [
            (
                ["government agencies", "akimats"],
                [],
                "обеспечить своевременную реализацию мероприятий Комплексного плана",
                None,
            ),
            (
                ["Ministry of Emergency Situations"],
                ["Ministry of Internal Affairs"],
                "обеспечить готовность сил и средств",
                None,
            ),
            (["Kazakh Tourism"], [], "запустить единый туристический портал", D(2026, 6, 30)),
        ],
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Министр здравоохранения дал интервью.\n– Что с лекарствами?\n– Мы поручили "
            "управлениям здравоохранения регионов до 15 ноября провести инвентаризацию остатков "
            "лекарств.",
            [(["akimats"], [], "провести инвентаризацию остатков лекарств", D(2025, 11, 15))],
        ),
        (
            "Аким Туркестанской области провел совещание.\nАким области дал ряд поручений "
            "управлению здравоохранения:\n– до 15 января обеспечить укомплектованность "
            "амбулаторий врачами.",
            [
                (
                    ["Akimat of Turkistan region"],
                    [],
                    "обеспечить укомплектованность амбулаторий врачами",
                    D(2026, 1, 15),
                )
            ],
        ),
        (
            "Аким Павлодарской области провел совещание.\nУправлению пассажирского транспорта и "
            "автомобильных дорог необходимо в первом полугодии 2026 года обновить 100 автобусов.",
            [(["Akimat of Pavlodar region"], [], "обновить 100 автобусов", D(2026, 6, 30))],
        ),
    ],
)
def test_russian_departments_after_an_instruction_word_or_with_long_fields(text, expected):
    test_directives("ru", text, expected)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Аким Карагандинской области провел совещание.\nОтделам ЖКХ городов Караганды, "
            "Темиртау и Балхаша поручено усилить контроль за работой управляющих компаний.",
            "akimats",
        ),
        (
            "Аким Алматы Ерболат Досаев провел совещание.\nУправлению энергетики и "
            "водоснабжения поручено усилить контроль за работой управляющих компаний.",
            "Akimat of Almaty",
        ),
    ],
)
def test_russian_city_and_district_departments(text, body):
    test_directives(
        "ru", text, [([body], [], "усилить контроль за работой управляющих компаний", None)]
    )


def test_semicolon_blocks_after_a_vague_lead_in_keep_each_deadline():
    test_directives(
        "en",
        "The Prime Minister gave a number of instructions: the Ministry of Tourism and Sports "
        "must launch a tourist portal by the end of the first half of next year; the Ministry "
        "of Internal Affairs needs to introduce electronic registration by December 1.",
        [
            (["Ministry of Tourism and Sports"], [], "launch a tourist portal", D(2026, 6, 30)),
            (["Ministry of Internal Affairs"], [], "introduce electronic registration",
             D(2025, 12, 1)),
        ],
    )
    test_directives(
        "en",
        "Zhumangarin instructed the Ministry of Trade and Integration to expand the network of "
        "shops by the end of November; the Ministry of Agriculture to conclude forward "
        "contracts in the fourth quarter; and the State Revenue Committee to strengthen "
        "control over receipts.",
        [
            (["Ministry of Trade and Integration"], [], "expand the network of shops",
             D(2025, 11, 30)),
            (["Ministry of Agriculture"], [], "conclude forward contracts", D(2025, 12, 31)),
            (["State Revenue Committee"], [], "strengthen control over receipts", None),
        ],
    )


def test_english_local_bodies_the_registry_does_not_hold():
    head = "Karaganda region akim Yermaganbet Bulekpayev held a meeting.\n"
    test_directives(
        "en",
        head + "The akim of Temirtau was instructed to replace the heating pipeline by "
        "December 10.",
        [(["akimats"], [], "replace the heating pipeline", D(2025, 12, 10))],
    )
    test_directives(
        "en",
        head + "The regional department of energy and housing and utilities must, by the end "
        "of the year, draw up a list of networks.",
        [(["Akimat of Karaganda region"], [], "draw up a list of networks", D(2025, 12, 31))],
    )


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "ru",
            "Министр здравоохранения Акмарал Альназарова дала интервью.\n– Какие поручения "
            "получены?\n– Глава государства поручил до конца текущего года завершить "
            "модернизацию первичного звена.",
            [(["Ministry of Healthcare"], [], "завершить модернизацию первичного звена",
              D(2025, 12, 31))],
        ),
        (
            "en",
            "Minister of Energy Almassadam Satkaliyev gave an interview.\n– What tasks were "
            "set?\n– The Head of State instructed to complete the repair of the power unit by "
            "December 1.",
            [(["Ministry of Energy"], [], "complete the repair of the power unit",
              D(2025, 12, 1))],
        ),
    ],
)
def test_an_instruction_without_addressee_in_an_interview_is_the_interviewees(
    lang, text, expected
):
    test_directives(lang, text, expected)


def test_a_dash_led_quote_in_a_readout_is_no_interview():
    found = run(
        "Премьер-Министр провел заседание Правительства.\n— Глава государства поставил задачу "
        "обеспечить рост экономики не менее 6% по итогам года, — сказал Олжас Бектенов.",
        "ru",
        PUB,
    )
    assert all("Ministry" not in " ".join(d.responsible) for d in found)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "Ранее Агентству по атомной энергии было поручено завершить инженерные изыскания, "
            "эта работа завершена в полном объеме.",
        ),
        (
            "ru",
            "Ранее Правительству было поручено разработать новый Налоговый кодекс, документ "
            "принят и вступил в силу.",
        ),
        (
            "en",
            "Earlier, the Ministry of Finance was instructed to draft the new Tax Code, and the "
            "document has been adopted.",
        ),
    ],
)
def test_an_earlier_instruction_reported_done_is_no_directive(lang, text):
    assert summary(run(text, lang, PUB)) == []


def test_a_where_clause_between_subject_and_modal_keeps_the_subject():
    test_directives(
        "en",
        "The akimat of Konaev city, where three attacks on children were recorded in October, "
        "must inspect the local animal control service within 10 days.",
        [(["akimats"], [], "inspect the local animal control service", D(2025, 10, 17))],
    )


@pytest.mark.parametrize(
    ("lang", "text", "task"),
    [
        (
            "en",
            "The Ministries of Energy and Industry and Construction must submit the plans by "
            "November 1 and December 1, respectively.",
            "submit the plans",
        ),
        (
            "ru",
            "Министерствам энергетики и промышленности и строительства до 1 ноября и 1 декабря "
            "соответственно представить планы.",
            "представить планы",
        ),
        (
            "kk",
            "Энергетика және Өнеркәсіп және құрылыс министрліктеріне тиісінше 1 қарашаға және 1 "
            "желтоқсанға дейін жоспарларды ұсыну тапсырылды.",
            "жоспарларды ұсыну",
        ),
    ],
)
def test_bodies_and_deadlines_paired_respectively(lang, text, task):
    test_directives(
        lang,
        text,
        [
            (["Ministry of Energy"], [], task, D(2025, 11, 1)),
            (["Ministry of Industry and Construction"], [], task, D(2025, 12, 1)),
        ],
    )


def test_two_bodies_and_two_tasks_paired_respectively():
    test_directives(
        "en",
        "The Ministry of Finance and the Ministry of Labor are to provide financing for medical "
        "equipment and to launch a retraining program for nurses, respectively, in the first "
        "half of 2026.",
        [
            (["Ministry of Finance"], [], "provide financing for medical equipment",
             D(2026, 6, 30)),
            (["Ministry of Labor and Social Protection of the Population"], [],
             "launch a retraining program for nurses", D(2026, 6, 30)),
        ],
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "По итогам совещания Министерству энергетики поручено обеспечить запуск ТЭЦ. Срок – "
            "до 1 марта 2026 года.",
        ),
        ("en", "The Ministry of Energy was instructed to launch the plant. The deadline is March "
               "1, 2026."),
    ],
)
def test_a_deadline_line_dates_the_directive_before_it(lang, text):
    found = run(text, lang, PUB)
    assert [(d.deadline, d.sentence) for d in found] == [(D(2026, 3, 1), text)]


def test_a_deadline_line_leaves_a_dated_directive_alone():
    found = run(
        "The Ministry of Energy was instructed to launch the plant by May 1. The deadline is "
        "March 1, 2026.",
        "en",
        PUB,
    )
    assert [d.deadline for d in found] == [D(2026, 5, 1)]


def test_russian_for_its_part_keeps_the_subject():
    test_directives(
        "ru",
        "Министерству финансов, со своей стороны, следует выделить средства до 1 ноября.",
        [(["Ministry of Finance"], [], "выделить средства", D(2025, 11, 1))],
    )


def test_a_month_before_a_past_order_is_when_it_was_given():
    test_directives(
        "ru",
        "Также вице-премьер напомнил, что в декабре Премьер-министр поручил всем госорганам "
        "сократить число проверок бизнеса на 30%.",
        [(["government agencies"], [], "сократить число проверок бизнеса на 30%", None)],
    )
    test_directives(
        "en",
        "In September, the President instructed the Government to curb inflation.",
        [(["Government"], [], "curb inflation", None)],
    )


def test_a_decision_line_opens_a_decree_item_and_neither_nor_coordinates():
    test_directives(
        "ru",
        "По итогам совещания принято решение: Министерству по чрезвычайным ситуациям "
        "совместно с акиматами областей обеспечить проведение учений. Срок – до 1 марта 2026 "
        "года.",
        [
            (
                ["Ministry of Emergency Situations"],
                ["akimats"],
                "обеспечить проведение учений",
                D(2026, 3, 1),
            )
        ],
    )
    test_directives(
        "en",
        "Neither the akimats nor Samruk-Energy should allow interruptions in heat supply.",
        [(["akimats", "Samruk-Energy"], [], "not allow interruptions in heat supply", None)],
    )


def test_kazakh_term_tags_after_the_verb_or_on_the_next_line_date_the_directive():
    test_directives(
        "kk",
        "Әкімдіктерге аудандық жолдарды қардан тазартатын техникамен қамтамасыз ету "
        "тапсырылсын (мерзімі – 10 күн ішінде).",
        [
            (
                ["akimats"],
                [],
                "аудандық жолдарды қардан тазартатын техникамен қамтамасыз ету",
                D(2025, 10, 17),
            )
        ],
    )
    found = run(
        "Кеңес қорытындысы бойынша шешім қабылданды: Сауда және интеграция министрлігіне "
        "өтінімдерді қарау мерзімін қысқарту тапсырылсын.\nМерзімі – 1 желтоқсан.",
        "kk",
        PUB,
    )
    assert [d.deadline for d in found] == [D(2025, 12, 1)]


def test_first_person_orders_in_speeches_and_a_speakers_we_must_outside_interviews():
    test_directives(
        "kk",
        "Мемлекет басшысы Үкіметтің кеңейтілген отырысында сөз сөйледі.\n«Қаржы министрлігіне "
        "бір ай ішінде бағалаудың жаңа әдістемесін әзірлеуді тапсырамын.",
        [(["Ministry of Finance"], [], "бағалаудың жаңа әдістемесін әзірлеу", D(2025, 11, 7))],
    )
    test_directives(
        "en",
        "I task the akims of the regions with ensuring the launch of all stalled projects by "
        "the end of the year.",
        [(["akimats"], [], "ensure the launch of all stalled projects", D(2025, 12, 31))],
    )
    speech = (
        "Энергетика министрі Ерлан Аккенженов кеңесте баяндама жасады.\nПремьер-Министр "
        "жылыту маусымына дайындықты тексерді.\nБіз бұл тапсырманы мүлтіксіз орындауға "
        "тиіспіз."
    )
    assert summary(run(speech, "kk", PUB)) == []


def test_the_prosecutor_general_and_the_district_akimat():
    test_directives(
        "ru",
        "Глава государства поручил Генеральному прокурору в первом полугодии следующего года "
        "завершить проверку.",
        [(["Prosecutor General's Office"], [], "завершить проверку", D(2026, 6, 30))],
    )
    test_directives(
        "en",
        "Zhumangarin visited Kostanay region. The district akimat was instructed to resolve the "
        "issue of grain storage within a month.",
        [(["akimats"], [], "resolve the issue of grain storage", D(2025, 11, 7))],
    )


def test_kazakh_body_and_the_regional_akimat_coordinated_by_men():
    test_directives(
        "kk",
        "Олжас Бектенов Маңғыстау облысына жұмыс сапарымен барды.\nЭнергетика министрлігі мен "
        "облыс әкімдігі тұщыландыру зауытының құрылысын 2026 жылы аяқтауы қажет.",
        [
            (
                ["Ministry of Energy", "Akimat of Mangystau region"],
                [],
                "тұщыландыру зауытының құрылысын аяқтау",
                D(2026, 12, 31),
            )
        ],
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Аким Астаны провел совещание.\nКроме того, акиматам районов до пятницы представить "
            "списки детей.",
            (["akimats"], [], "представить списки детей", D(2025, 10, 10)),
        ),
        (
            "Аким Шымкента Габит Сыздыкбеков провел совещание.\nАкиму Абайского района "
            "совместно с управлением строительства до 1 декабря завершить прокладку сетей.",
            (["akimats"], ["Akimat of Shymkent"], "завершить прокладку сетей", D(2025, 12, 1)),
        ),
        (
            "Аким Алматы провел совещание.\nДепартаменту государственных доходов по городу "
            "Алматы совместно с управлением предпринимательства и инвестиций необходимо в "
            "течение месяца проверить рынки.",
            (["State Revenue Committee"], ["Akimat of Almaty"], "проверить рынки",
             D(2025, 11, 7)),
        ),
        (
            "Аким Жезказгана провел совещание.\nАкиму города Жезказган поручено до 10 января "
            "устранить замечания по теплоснабжению.",
            (["akimats"], [], "устранить замечания по теплоснабжению", D(2026, 1, 10)),
        ),
    ],
)
def test_russian_regional_news_local_akims_units_and_lead_ins(text, expected):
    test_directives("ru", text, [expected])


def test_a_bodyless_passive_that_only_asks_or_names_people_is_no_directive():
    assert run("Students were asked to take part in the survey by Friday.", "en", PUB) == []
    assert run("Contractors were instructed to finish the road by November 1.", "en", PUB)
    assert run("Residents were instructed to stay at home during the blizzard.", "en", PUB) == []
    found = run("It was also instructed to speed up the digitalization of services.", "en", PUB)
    assert [d.task for d in found] == ["speed up the digitalization of services"]


@pytest.mark.parametrize(
    ("lang", "text", "date"),
    [
        ("en", "before the New Year", D(2025, 12, 31)),
        ("ru", "до Нового года", D(2025, 12, 31)),
        ("kk", "Жаңа жылға дейін", D(2025, 12, 31)),
        ("ru", "ко 2 декабря", D(2025, 12, 2)),
        ("en", "in the coming months", None),
        ("en", "in the coming weeks", None),
    ],
)
def test_new_year_and_counts_left_open(lang, text, date):
    from tracker.extraction.deadlines import find_deadlines

    found = find_deadlines(text, PUB, lang)
    assert [(d.text, d.date) for d in found] == [(text, date)]


def test_statistics_bureau_is_the_bureau_of_national_statistics():
    test_directives(
        "en",
        "The Statistics Bureau must update the methodology of the consumer price index by "
        "December 1.",
        [
            (
                ["Bureau of National Statistics"],
                [],
                "update the methodology of the consumer price index",
                D(2025, 12, 1),
            )
        ],
    )


def test_decree_lists_whose_introduction_names_the_addressee():
    test_directives(
        "ru",
        "Согласно Указу, Правительству поручено:\n"
        "1) в трехмесячный срок утвердить план развития машиностроения;\n"
        "2) принять иные меры, вытекающие из настоящего Указа.\n"
        "Акимам областей, городов Астаны, Алматы и Шымкента поручено до конца года выделить "
        "земельные участки под новые производства.",
        [
            (["Government"], [], "утвердить план развития машиностроения", D(2026, 1, 7)),
            (["Government"], [], "принять иные меры, вытекающие из настоящего Указа", None),
            (
                ["akimats"],
                [],
                "выделить земельные участки под новые производства",
                D(2025, 12, 31),
            ),
        ],
    )
    test_directives(
        "kk",
        "Жарлыққа сәйкес Үкіметке:\n"
        "1) үш ай мерзімде машина жасауды дамыту жоспарын бекіту;\n"
        "2) жыл соңына дейін өндірісті оқшаулауды қамтамасыз ету тапсырылды.",
        [
            (["Government"], [], "машина жасауды дамыту жоспарын бекіту", D(2026, 1, 7)),
            (["Government"], [], "өндірісті оқшаулауды қамтамасыз ету", D(2025, 12, 31)),
        ],
    )


def test_work_entrusted_to_bodies_takes_the_necessity_before_and_replaces_it():
    text = (
        "It is necessary to complete the repair of agricultural machinery by March 15, the "
        "Prime Minister said. This work has been entrusted to the Ministry of Agriculture and "
        "the akimats."
    )
    found = run(text, "en", D(2026, 2, 10))
    assert summary(found) == [
        (
            ["Ministry of Agriculture", "akimats"],
            [],
            "complete the repair of agricultural machinery",
            D(2026, 3, 15),
        )
    ]
    assert found[0].sentence == text


def test_given_the_task_of_doing():
    test_directives(
        "en",
        "The Ministry of Finance has been given the task of preparing a new Budget Code by "
        "March 1.",
        [(["Ministry of Finance"], [], "prepare a new Budget Code", D(2026, 3, 1))],
    )


def test_russian_received_an_instruction_and_a_task_laid_on_a_body():
    test_directives(
        "ru",
        "Министерство энергетики получило поручение до конца года разработать новые тарифы. "
        "На МЧС возложена задача до 1 марта проверить состояние дамб.",
        [
            (["Ministry of Energy"], [], "разработать новые тарифы", D(2025, 12, 31)),
            (["Ministry of Emergency Situations"], [], "проверить состояние дамб", D(2026, 3, 1)),
        ],
    )


def test_kazakh_duties_set_received_and_obliged():
    test_directives(
        "kk",
        "Энергетика министрлігі жыл соңына дейін жаңа тарифтерді әзірлеу туралы тапсырма алды. "
        "Үкіметке 2029 жылға дейін экспортты екі есе арттыру міндеті қойылды. "
        "Төтенше жағдайлар министрлігіне 1 наурызға дейін бөгеттерді тексеру міндеті жүктелді. "
        "Әкімдіктер жыл соңына дейін қар шығаруды қамтамасыз етуге міндетті.",
        [
            (["Ministry of Energy"], [], "жаңа тарифтерді әзірлеу", D(2025, 12, 31)),
            (["Government"], [], "экспортты екі есе арттыру", D(2029, 12, 31)),
            (["Ministry of Emergency Situations"], [], "бөгеттерді тексеру", D(2026, 3, 1)),
            (["akimats"], [], "қар шығаруды қамтамасыз ету", D(2025, 12, 31)),
        ],
    )


def test_list_items_with_a_shared_classifier_and_a_quoted_passive():
    text = (
        "Following the meeting, the Deputy Prime Minister gave the following instructions:\n"
        "1) akimats of Pavlodar and East Kazakhstan regions - to create a 45-day coal reserve;\n"
        "2) KEGOC - to complete the reconstruction of the power line in the fourth quarter.\n"
        '"All repairs must be completed by October 15," Roman Sklyar said.'
    )
    got = summary(run(text, "en", D(2025, 9, 2)))
    assert got == [
        (
            ["Akimat of Pavlodar region", "Akimat of East Kazakhstan region"],
            [],
            "create a 45-day coal reserve",
            None,
        ),
        (["KEGOC"], [], "complete the reconstruction of the power line", D(2025, 12, 31)),
        ([], [], "complete all repairs", D(2025, 10, 15)),
    ]


def test_the_prime_minister_saying_us_speaks_for_the_government():
    test_directives(
        "ru",
        "На заседании Правительства министр энергетики Ерлан Аккенженов доложил о подготовке "
        "к зиме.\n"
        "— Глава государства поручил нам до конца года завершить газификацию Астаны, — "
        "заявил Олжас Бектенов.",
        [(["Government"], [], "завершить газификацию Астаны", D(2025, 12, 31))],
    )


def test_the_chairman_of_the_board_received_is_his_company():
    test_directives(
        "en",
        "Tokayev receives Chairman of the Board of Kazakhtelecom\n"
        "The President was informed about the connection of villages to the internet. "
        "The Head of State instructed to connect all rural schools to broadband by the end "
        "of next year.",
        [(["Kazakhtelecom"], [], "connect all rural schools to broadband", D(2026, 12, 31))],
    )
    test_directives(
        "ru",
        "Глава государства принял председателя правления АО «Казахтелеком».\n"
        "Президент поручил до конца года подключить к интернету все сельские школы.",
        [(["Kazakhtelecom"], [], "подключить к интернету все сельские школы", D(2025, 12, 31))],
    )


def test_this_work_is_the_work_the_sentence_before_called_for():
    found = run(
        "It is necessary to speed up the purchase of snow-removal equipment. The akimat of "
        "Astana has been instructed to ensure the completion of this work by December 1.",
        "en",
        PUB,
    )
    assert summary(found) == [
        (
            ["Akimat of Astana"],
            [],
            "ensure the completion of the purchase of snow-removal equipment",
            D(2025, 12, 1),
        )
    ]
    # an earlier clause of the same sentence is what "this issue" means: left alone
    found = run(
        "The reconstruction of the bridge must be completed in the first half of the year, and "
        "the Ministry of Transport was instructed to keep this issue under special control.",
        "en",
        PUB,
    )
    assert found[-1].task == "keep this issue under special control"
    assert found[-1].deadline is None


def test_a_repeated_to_before_a_noun_is_no_second_task():
    test_directives(
        "en",
        "The Ministry of Trade and Integration must increase exports to China and to the EU "
        "by 2027.",
        [
            (
                ["Ministry of Trade and Integration"],
                [],
                "increase exports to China and to the EU",
                D(2027, 12, 31),
            )
        ],
    )
    test_directives(
        "en",
        "The akimats were instructed to clear the roads and to keep the situation under "
        "control.",
        [(["akimats"], [], "clear the roads and keep the situation under control", None)],
    )
