# Russian and Kazakh sentences are the point of these tables, not look-alike typos.
"""Deadline resolution (spec §4), table-driven: every row of the table in English, Russian and
Kazakh, the expressions that are never deadlines, several deadlines in one sentence, year
rollover, weekdays and week ends, and Kazakh case suffixes.

Sentences are written in the style of Kazakh government news (primeminister.kz, akorda.kz,
Kazinform); a few come from the development gold set as regressions.
"""

from __future__ import annotations

import datetime

import pytest

from tracker.extraction.deadlines import DeadlineMention, find_deadlines


def d(iso: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(iso) if iso else None


def found(sentence: str, published: str, lang: str) -> list[tuple]:
    mentions = find_deadlines(sentence, d(published), lang)
    for m in mentions:
        assert sentence[m.start : m.end] == m.text
    return [(m.text, m.date, m.granularity) for m in mentions]


def one(sentence: str, published: str, lang: str, text: str, date: str | None, gran: str | None):
    assert found(sentence, published, lang) == [(text, d(date), gran)]


# (published, sentence, deadline text, deadline, granularity)
EN = [
    # by / until / before / no later than <day month>
    ("2025-08-05", "All necessary documentation must be completed by November 1, and construction "
     "of such centers in Shymkent and Karaganda must begin.", "by November 1", "2025-11-01", "day"),
    ("2025-09-09", "Prime Minister Olzhas Bektenov instructed the Ministry of Energy, together "
     "with "
     "akimats of the regions, to complete repairs of heat supply networks by October 15.",
     "by October 15", "2025-10-15", "day"),
    ("2025-11-20", "The akimats are to keep the moratorium on utility tariff increases until "
     "March 31.", "until March 31", "2026-03-31", "day"),
    ("2025-08-01", "The Ministry of Energy must submit the updated fuel balance before 15 "
     "September.",
     "before 15 September", "2025-09-15", "day"),
    ("2026-03-17", "Akimats of the Aktobe and West Kazakhstan regions must allocate reserve funds "
     "no later than April 1 of the current year.", "no later than April 1 of the current year",
     "2026-04-01", "day"),
    ("2025-06-10", "The Ministry of Industry and Construction should by September 1 approve new "
     "construction norms.", "by September 1", "2025-09-01", "day"),
    ("2025-08-05", "The Ministry of Trade must ensure the launch of a pilot project of digital "
     "food "
     "vouchers in Kokshetau and Pavlodar by October 1 of the current year.",
     "by October 1 of the current year", "2025-10-01", "day"),
    # "... of the current year" already past: that year all the same (overdue)
    ("2025-08-05", "The Ministry of Finance was to complete the inventory of state assets by July "
     "1 "
     "of the current year.", "by July 1 of the current year", "2025-07-01", "day"),
    ("2025-10-01", "The report was due by September 1 this year.", "by September 1 this year",
     "2025-09-01", "day"),
    # explicit full dates
    ("2025-08-05", "The Government has been instructed to adopt the new Water Code by October 1, "
     "2026.", "by October 1, 2026", "2026-10-01", "day"),
    ("2025-08-05", "The Agency must introduce the register of public services by 1 March 2026.",
     "by 1 March 2026", "2026-03-01", "day"),
    ("2025-08-05", "Kazakhtelecom is to connect 300 villages to broadband internet by the 1st of "
     "December.", "by the 1st of December", "2025-12-01", "day"),
    ("2025-08-05", "The akimat must hand over the school building by 01.10.2026.", "by 01.10.2026",
     "2026-10-01", "day"),
    ("2025-06-10", "The Ministry of Education must approve the new textbooks by March 1 next year.",
     "by March 1 next year", "2026-03-01", "day"),
    # rollover: the day is already past in the publication year
    ("2025-11-20", "The Head of State instructed the Government to submit amendments to the "
     "Digital Code to Parliament by February 1.", "by February 1", "2026-02-01", "day"),
    ("2025-12-20", "Local executive bodies must pay off wage arrears before January 10.",
     "before January 10", "2026-01-10", "day"),
    # month forms
    ("2025-08-04", "The Project Office must finalise the list of priority projects in October of "
     "this year.", "in October of this year", "2025-10-31", "month"),
    ("2025-08-04", "The sowing campaign results are to be reported in October.", "in October",
     "2025-10-31", "month"),
    ("2025-08-04", "The Ministry of Agriculture must complete the subsidy payments by the end of "
     "October.", "by the end of October", "2025-10-31", "month"),
    ("2025-11-20", "The akimats must finish the construction of the dams by April.", "by April",
     "2026-04-30", "month"),
    ("2025-11-20", "The new tariffs are to be approved in February.", "in February", "2026-02-28",
     "month"),
    ("2025-08-05", "The Ministry of Transport must launch the new flights in March 2026.",
     "in March 2026", "2026-03-31", "month"),
    ("2025-09-09", "The akimats must report on coal stocks by the end of this month.",
     "by the end of this month", "2025-09-30", "month"),
    # year
    ("2025-08-05", "The Ministry of Agriculture must, by the end of the year, develop mechanisms "
     "to "
     "stimulate the work of agricultural producers through the agromarketplace.",
     "by the end of the year", "2025-12-31", "year"),
    ("2025-08-05", "In this regard, the Ministries of Trade, Finance, and Digitalization need to "
     "ensure full integration of E-KTRM by the end of the current year.",
     "by the end of the current year", "2025-12-31", "year"),
    ("2025-08-05", "Samruk-Kazyna must commission the gas processing plant by year-end.",
     "by year-end", "2025-12-31", "year"),
    ("2025-06-10", "KTZ was instructed to purchase 200 new passenger cars by the end of next year.",
     "by the end of next year", "2026-12-31", "year"),
    ("2025-06-10", "Deputy Prime Minister Roman Sklyar instructed the Ministry of Transport to "
     "finish the reconstruction of the Almaty-Kapshagay highway in 2026.", "in 2026", "2026-12-31",
     "year"),
    ("2025-11-20", "It is expected that by 2030 the share of public services provided online will "
     "reach 95%.", "by 2030", "2030-12-31", "year"),
    ("2025-08-05", "The share of renewables must reach 15% by the year 2030.", "by the year 2030",
     "2030-12-31", "year"),
    ("2025-08-05", "Baiterek must finance 40 industrial projects by the end of 2027.",
     "by the end of 2027", "2027-12-31", "year"),
    ("2025-08-05", "The state will subsidise the interest rate on these loans until 2030.",
     "until 2030", "2030-12-31", "year"),
    ("2025-08-08", "Construction of Kazakhstan's first NPP is scheduled to be completed in "
     "2035-2036.", "in 2035-2036", "2036-12-31", "year"),
    ("2025-08-05", "The Ministry of Energy must put the new power unit into operation this year.",
     "this year", "2025-12-31", "year"),
    ("2025-08-05", "The akimats are to build 50 new schools in the current year.",
     "in the current year", "2025-12-31", "year"),
    # quarters
    ("2025-09-09", "- by the end of the third quarter, ensure the readiness of all boiler houses;",
     "by the end of the third quarter", "2025-09-30", "quarter"),
    ("2025-11-20", "The Agency for Strategic Planning and Reforms is to present a methodology for "
     "measuring the quality of digital services by the end of the first quarter of 2026.",
     "by the end of the first quarter of 2026", "2026-03-31", "quarter"),
    ("2025-11-20", "The Ministry of Finance must launch the new budget system in the first "
     "quarter.",
     "in the first quarter", "2026-03-31", "quarter"),
    ("2025-08-05", "The akimats must approve the modernization plans by the end of Q1.",
     "by the end of Q1", "2026-03-31", "quarter"),
    ("2025-05-01", "The draft law must be submitted to the Mazhilis in the III quarter.",
     "in the III quarter", "2025-09-30", "quarter"),
    ("2025-08-05", "The ministry must complete the tender in the fourth quarter of 2026.",
     "in the fourth quarter of 2026", "2026-12-31", "quarter"),
    ("2025-08-05", "KEGOC is to finish the power line in Q2 2026.", "in Q2 2026", "2026-06-30",
     "quarter"),
    # halves
    ("2025-11-20", "The Ministry of Artificial Intelligence and Digital Development must launch "
     "the "
     "national AI platform in the first half of next year.", "in the first half of next year",
     "2026-06-30", "half"),
    ("2026-01-13", "The akimat must complete the dams in the first half of the year.",
     "in the first half of the year", "2026-06-30", "half"),
    ("2025-02-03", "The Government must adopt the new Budget Code by mid-year.", "by mid-year",
     "2025-06-30", "half"),
    ("2025-08-05", "The Ministry of Healthcare must open the perinatal centre in the second half "
     "of "
     "the year.", "in the second half of the year", "2025-12-31", "half"),
    ("2025-08-05", "Kazakhstan Temir Zholy is to electrify the line in the first half of 2026.",
     "in the first half of 2026", "2026-06-30", "half"),
    ("2025-09-01", "The akimats must renovate the hospitals in the first half of the year.",
     "in the first half of the year", "2026-06-30", "half"),
    # within a period
    ("2025-09-09", "The Ministry of National Economy has been tasked with submitting a report on "
     "tariff changes within two weeks.", "within two weeks", "2025-09-23", "day"),
    ("2025-09-09", "- within a month, approve schedules for the supply of coal to the population.",
     "within a month", "2025-10-09", "day"),
    ("2025-08-05", "The ministry must respond to the appeals within 10 days.", "within 10 days",
     "2025-08-15", "day"),
    ("2025-11-30", "The akimats must draw up the lists within three months.", "within three months",
     "2026-02-28", "day"),
    ("2025-11-20", "The ministry must publish the results within 10 working days.",
     "within 10 working days", "2025-12-04", "day"),
    ("2025-08-05", "The commission must report within a week.", "within a week", "2025-08-12",
     "day"),
    ("2025-08-05", "The Ministry of Justice is to draft the amendments within a two-week period.",
     "within a two-week period", "2025-08-19", "day"),
    # weekday, week end
    ("2026-03-17", "Olzhas Bektenov instructed the Ministry of Emergency Situations and the "
     "Ministry of Water Resources and Irrigation to complete the cleaning of riverbeds by Friday.",
     "by Friday", "2026-03-20", "day"),
    ("2026-03-20", "The akimats must report on the flood situation by Friday.", "by Friday",
     "2026-03-27", "day"),
    ("2025-11-23", "The ministry must send the data by Monday.", "by Monday", "2025-11-24", "day"),
    ("2026-03-17", "The regions must submit their reports by the end of this week.",
     "by the end of this week", "2026-03-22", "day"),
    ("2026-03-17", "The regions must submit their reports by the end of next week.",
     "by the end of next week", "2026-03-29", "day"),
    ("2026-03-22", "The regions must submit their reports by the end of the week.",
     "by the end of the week", "2026-03-22", "day"),
    # vague
    ("2025-08-05", "The akimats must promptly eliminate the shortcomings.", "promptly", None, None),
    ("2025-08-05", "The Ministry of Energy must complete the repairs before the start of the "
     "heating season.", "before the start of the heating season", None, None),
    ("2025-08-05", "The regions must prepare the boiler houses by the start of the heating season.",
     "by the start of the heating season", None, None),
    ("2025-08-05", "The ministry must resolve the issue as soon as possible.",
     "as soon as possible", None, None),
    ("2025-08-05", "The akimats must pay the compensation without delay.", "without delay", None,
     None),
    ("2025-08-05", "Gas supply must be restored before the end of the heating season.",
     "before the end of the heating season", None, None),
    ("2025-08-05", "The akimats must draw up the lists within the next month.",
     "within the next month", "2025-09-05", "day"),
    # parts of a month: the middle is the 15th, the end is the month
    ("2025-08-05", "By mid-September, the harvest campaign must be completed.", "By mid-September",
     "2025-09-15", "day"),
    ("2025-08-05", "The draft law is to be submitted to Parliament in the second half of "
     "September.", "in the second half of September", "2025-09-30", "month"),
    ("2025-08-05", "The ministry must hold the tender in late October.", "in late October",
     "2025-10-31", "month"),
    ("2025-08-05", "The ministry must finish the audit up to the end of the year.",
     "up to the end of the year", "2025-12-31", "year"),
    ("2025-08-05", "Deadline: October 2026.", "October 2026", "2026-10-31", "month"),
    ("2025-08-05", "The deadline for the reports is Friday.", "Friday", "2025-08-08", "day"),
    ("2025-08-05", "The deadline for submitting applications is October 15.",
     "October 15", "2025-10-15", "day"),
    # this / next month alone: the end of that month
    ("2025-12-20", "- this month, complete the inventory of all snow-removal equipment;",
     "this month", "2025-12-31", "month"),
    ("2025-12-20", "The ministry must submit the draft next month.", "next month", "2026-01-31",
     "month"),
    # a past relative clause reports on its noun, not on the period before it
    ("2025-12-20", "In the first quarter, it is necessary to launch the 40 projects that were "
     "delayed in 2025.", "In the first quarter", "2026-03-31", "quarter"),
    ("2025-12-17", "The ministry must ensure stable prices before the new year.",
     "before the new year", "2025-12-31", "day"),
    # a range begun before the article is the period the task looks at
    ("2025-12-17", "The agency was instructed to analyze the spending on roads in 2024-2025 "
     "within three months.", "within three months", "2026-03-17", "day"),
]

RU = [
    ("2025-09-16", "Премьер-министр поручил Министерству энергетики совместно с акиматами областей "
     "завершить ремонт теплосетей до 1 октября текущего года.", "до 1 октября текущего года",
     "2025-10-01", "day"),
    ("2025-08-05", "Агентству по стратегическому планированию и реформам совместно с Министерством "
     "национальной экономики до 1 декабря разработать новую систему оценки госорганов.",
     "до 1 декабря", "2025-12-01", "day"),
    ("2025-11-20", "Министерству юстиции поручено до 15 февраля внести поправки в Кодекс.",
     "до 15 февраля", "2026-02-15", "day"),
    ("2025-06-10", "Акиматам необходимо к 1 сентября завершить ремонт школ.", "к 1 сентября",
     "2025-09-01", "day"),
    ("2026-03-17", "Акиматам поручено выделить резервные средства не позднее 1 апреля.",
     "не позднее 1 апреля", "2026-04-01", "day"),
    ("2025-11-04", "Министерству финансов и Министерству торговли и интеграции поручено до 1 марта "
     "2026 года внедрить систему электронных счетов-фактур для всех товаров.",
     "до 1 марта 2026 года", "2026-03-01", "day"),
    ("2025-08-05", "Министерству сельского хозяйства в срок до 1 ноября 2025 года утвердить "
     "правила субсидирования.", "в срок до 1 ноября 2025 года", "2025-11-01", "day"),
    ("2025-08-05", "Министерству финансов поручено завершить инвентаризацию до 1 июля текущего "
     "года.", "до 1 июля текущего года", "2025-07-01", "day"),
    ("2025-08-05", "Акимату поручено сдать объект до 01.10.2026 г.", "до 01.10.2026 г.",
     "2026-10-01", "day"),
    ("2025-08-05", "Министерству энергетики до 1-го ноября представить баланс.", "до 1-го ноября",
     "2025-11-01", "day"),
    # month
    ("2025-08-04", "Проектному офису необходимо в октябре текущего года утвердить перечень "
     "проектов.", "в октябре текущего года", "2025-10-31", "month"),
    ("2025-08-04", "Министерству сельского хозяйства до конца октября завершить выплату "
     "субсидий.", "до конца октября", "2025-10-31", "month"),
    ("2025-11-20", "Новые тарифы необходимо утвердить в феврале.", "в феврале", "2026-02-28",
     "month"),
    ("2025-08-05", "Министерству транспорта поручено открыть новые рейсы в марте 2026 года.",
     "в марте 2026 года", "2026-03-31", "month"),
    ("2025-08-05", "Акиматам к сентябрю подготовить школы.", "к сентябрю", "2025-09-30", "month"),
    # year
    ("2025-11-04", "Министерству искусственного интеллекта и цифрового развития необходимо до "
     "конца года обеспечить подключение 500 сел к интернету.", "до конца года", "2025-12-31",
     "year"),
    ("2025-08-05", "Министерствам торговли и финансов поручено до конца текущего года обеспечить "
     "интеграцию систем.", "до конца текущего года", "2025-12-31", "year"),
    ("2025-06-10", "КТЖ поручено закупить 200 пассажирских вагонов до конца следующего года.",
     "до конца следующего года", "2026-12-31", "year"),
    ("2025-08-05", "Президент поручил Правительству к 2030 году довести долю обрабатывающей "
     "промышленности в ВВП до 15%.", "к 2030 году", "2030-12-31", "year"),
    ("2025-08-05", "Довести долю возобновляемой энергетики до 15% к 2030-му году.",
     "к 2030-му году", "2030-12-31", "year"),
    ("2025-08-05", "Байтереку поручено профинансировать 40 проектов до конца 2027 года.",
     "до конца 2027 года", "2027-12-31", "year"),
    ("2025-06-10", "Министерству транспорта поручено завершить реконструкцию трассы в 2026 году.",
     "в 2026 году", "2026-12-31", "year"),
    ("2025-08-08", "Строительство первой АЭС планируется завершить в 2035–2036 годах.",
     "в 2035–2036 годах", "2036-12-31", "year"),
    ("2025-08-05", "Акиматам необходимо построить 50 школ в текущем году.", "в текущем году",
     "2025-12-31", "year"),
    ("2025-08-05", "Льготы для фермеров сохранятся до 2030 года.", "до 2030 года", "2030-12-31",
     "year"),
    # quarter
    ("2025-11-04", "Акиматам дано поручение до конца первого квартала утвердить планы "
     "цифровизации регионов.", "до конца первого квартала", "2026-03-31", "quarter"),
    ("2025-08-05", "Законопроект необходимо внести в Мажилис в III квартале 2026 года.",
     "в III квартале 2026 года", "2026-09-30", "quarter"),
    ("2025-02-01", "Министерству финансов во втором квартале запустить новую систему.",
     "во втором квартале", "2025-06-30", "quarter"),
    ("2025-03-01", "Министерству энергетики до конца I квартала следующего года завершить "
     "модернизацию ТЭЦ.", "до конца I квартала следующего года", "2026-03-31", "quarter"),
    # half
    ("2026-01-13", "Акимату Атырауской области в первом полугодии необходимо завершить "
     "строительство дамб.", "в первом полугодии", "2026-06-30", "half"),
    ("2025-08-05", "Министерству здравоохранения во втором полугодии открыть перинатальный центр.",
     "во втором полугодии", "2025-12-31", "half"),
    ("2025-02-03", "Правительству поручено к середине года принять новый Бюджетный кодекс.",
     "к середине года", "2025-06-30", "half"),
    ("2025-08-05", "КТЖ необходимо электрифицировать участок в первом полугодии 2026 года.",
     "в первом полугодии 2026 года", "2026-06-30", "half"),
    # within
    ("2025-09-16", "Министерству национальной экономики поручено в течение месяца внести "
     "предложения по тарифам.", "в течение месяца", "2025-10-16", "day"),
    ("2025-08-05", "Министерству здравоохранения поручено в двухнедельный срок представить план "
     "модернизации перинатальных центров.", "в двухнедельный срок", "2025-08-19", "day"),
    ("2025-01-31", "Акиматам в месячный срок утвердить графики.", "в месячный срок", "2025-02-28",
     "day"),
    ("2025-08-05", "Министерству юстиции в 10-дневный срок подготовить поправки.",
     "в 10-дневный срок", "2025-08-15", "day"),
    ("2025-08-05", "Комиссии в десятидневный срок рассмотреть обращения.", "в десятидневный срок",
     "2025-08-15", "day"),
    ("2025-08-05", "Министерству финансов в течение двух недель представить расчеты.",
     "в течение двух недель", "2025-08-19", "day"),
    ("2025-08-05", "Акиматам в течение 10 дней устранить нарушения.", "в течение 10 дней",
     "2025-08-15", "day"),
    ("2025-11-30", "Акиматам в течение трех месяцев составить списки.", "в течение трех месяцев",
     "2026-02-28", "day"),
    # weekday, week
    ("2026-03-17", "МЧС поручено до пятницы завершить расчистку русел рек.", "до пятницы",
     "2026-03-20", "day"),
    ("2026-03-17", "Акиматам представить отчеты до конца недели.", "до конца недели",
     "2026-03-22", "day"),
    ("2026-03-17", "Акиматам представить отчеты до конца следующей недели.",
     "до конца следующей недели", "2026-03-29", "day"),
    # vague
    ("2025-08-05", "Акиматам поручено в кратчайшие сроки устранить недостатки.",
     "в кратчайшие сроки", None, None),
    ("2025-08-05", "Министерству энергетики оперативно принять меры.", "оперативно", None, None),
    ("2025-08-05", "Акиматам завершить ремонт котельных к началу отопительного сезона.",
     "к началу отопительного сезона", None, None),
    ("2025-08-05", "Министерству незамедлительно выплатить компенсации.", "незамедлительно", None,
     None),
    ("2025-08-05", "Правительству в ближайшие три года построить 100 школ.",
     "в ближайшие три года", "2028-08-05", "day"),
    ("2025-08-05", "Министерству просвещения к новому учебному году обеспечить школы кадрами.",
     "к новому учебному году", None, None),
    ("2025-08-05", "Акиматам завершить уборку урожая до середины сентября.",
     "до середины сентября", "2025-09-15", "day"),
    ("2025-08-05", "Тендер необходимо провести во второй половине октября.",
     "во второй половине октября", "2025-10-31", "month"),
    ("2025-12-20", "Министерству необходимо в этом месяце завершить инвентаризацию.",
     "в этом месяце", "2025-12-31", "month"),
    ("2025-12-20", "Министерству необходимо в следующем месяце завершить инвентаризацию.",
     "в следующем месяце", "2026-01-31", "month"),
    # a range of months: the end of its last month
    ("2025-03-10", "Министерству энергетики обеспечить поставку топлива в период с апреля по "
     "июнь.", "в период с апреля по июнь", "2025-06-30", "month"),
    ("2025-12-17", "Агентству поручено проанализировать расходы на дороги в 2024–2025 годах в "
     "течение трех месяцев.", "в течение трех месяцев", "2026-03-17", "day"),
    # a term tag with a month in the nominative
    ("2025-12-23", "Kazakh Tourism необходимо запустить портал (срок исполнения – март 2026 "
     "года).", "срок исполнения – март 2026 года", "2026-03-31", "month"),
]

KK = [
    ("2025-10-07", "Премьер-Министр Сауда және интеграция министрлігіне жыл соңына дейін цифрлық "
     "платформаны іске қосуды тапсырды.", "жыл соңына дейін", "2025-12-31", "year"),
    ("2025-08-05", "Энергетика министрлігіне ағымдағы жылдың 1 қазанына дейін жылу желілерін "
     "жөндеуді аяқтау тапсырылды.", "ағымдағы жылдың 1 қазанына дейін", "2025-10-01", "day"),
    ("2025-08-05", "Әкімдіктерге 2025 жылғы 1 желтоқсанға дейін есеп беру тапсырылды.",
     "2025 жылғы 1 желтоқсанға дейін", "2025-12-01", "day"),
    ("2025-08-05", "Цифрлық даму министрлігі 2026 жылдың 1 наурызына дейін жүйені енгізуі тиіс.",
     "2026 жылдың 1 наурызына дейін", "2026-03-01", "day"),
    ("2025-08-05", "Министрлікке 1 желтоқсанға дейін жаңа бағалау жүйесін әзірлеу тапсырылды.",
     "1 желтоқсанға дейін", "2025-12-01", "day"),
    ("2025-11-20", "Үкіметке 1 ақпанға дейін Цифрлық кодекске түзетулер енгізу тапсырылды.",
     "1 ақпанға дейін", "2026-02-01", "day"),
    ("2025-08-05", "Министрлікке 1 қазаннан кешіктірмей есеп ұсыну тапсырылды.",
     "1 қазаннан кешіктірмей", "2025-10-01", "day"),
    ("2025-08-05", "Қаржы министрлігіне ағымдағы жылдың 1 шілдесіне дейін түгендеуді аяқтау "
     "тапсырылды.", "ағымдағы жылдың 1 шілдесіне дейін", "2025-07-01", "day"),
    # year
    ("2025-08-05", "Үкіметке 2030 жылға дейін өңдеу өнеркәсібінің үлесін 15 пайызға жеткізу "
     "тапсырылды.", "2030 жылға дейін", "2030-12-31", "year"),
    ("2025-06-10", "Автожолды қайта жаңарту жұмыстары 2026 жылы аяқталуы тиіс.", "2026 жылы",
     "2026-12-31", "year"),
    ("2025-08-05", "Бәйтерекке 2027 жылдың соңына дейін 40 жобаны қаржыландыру тапсырылды.",
     "2027 жылдың соңына дейін", "2027-12-31", "year"),
    ("2025-06-10", "Көлік министрлігіне келесі жылдың соңына дейін 200 вагон сатып алу "
     "тапсырылды.", "келесі жылдың соңына дейін", "2026-12-31", "year"),
    ("2025-08-05", "Министрлікке ағымдағы жылдың соңына дейін жүйелерді біріктіру тапсырылды.",
     "ағымдағы жылдың соңына дейін", "2025-12-31", "year"),
    ("2025-08-08", "Алғашқы АЭС құрылысын 2035-2036 жылдары аяқтау жоспарланған.",
     "2035-2036 жылдары", "2036-12-31", "year"),
    ("2025-08-05", "Әкімдіктерге биыл 50 мектеп салу тапсырылды.", "биыл", "2025-12-31", "year"),
    ("2025-08-05", "Әкімдіктерге ағымдағы жылы 50 мектеп салу тапсырылды.", "ағымдағы жылы",
     "2025-12-31", "year"),
    # quarter
    ("2025-11-04", "Әкімдіктер бірінші тоқсанның соңына дейін өңірлерді цифрландыру жоспарларын "
     "бекітуі тиіс.", "бірінші тоқсанның соңына дейін", "2026-03-31", "quarter"),
    ("2025-05-01", "Заң жобасын үшінші тоқсанда Мәжіліске енгізу қажет.", "үшінші тоқсанда",
     "2025-09-30", "quarter"),
    ("2025-08-05", "Министрлік жүйені 2026 жылдың екінші тоқсанында іске қосуы тиіс.",
     "2026 жылдың екінші тоқсанында", "2026-06-30", "quarter"),
    ("2025-05-01", "Жобаны ІІІ тоқсанда аяқтау тапсырылды.", "ІІІ тоқсанда", "2025-09-30",
     "quarter"),
    # half
    ("2026-01-13", "Атырау облысының әкімдігі бірінші жартыжылдықта бөгеттер құрылысын аяқтауы "
     "қажет.", "бірінші жартыжылдықта", "2026-06-30", "half"),
    ("2025-08-05", "Денсаулық сақтау министрлігі екінші жартыжылдықта перинаталдық орталықты ашуы "
     "тиіс.", "екінші жартыжылдықта", "2025-12-31", "half"),
    ("2025-11-20", "Министрлік ұлттық платформаны келесі жылдың бірінші жартыжылдығында іске "
     "қосуы тиіс.", "келесі жылдың бірінші жартыжылдығында", "2026-06-30", "half"),
    ("2025-02-03", "Үкіметке жыл ортасына дейін жаңа Бюджет кодексін қабылдау тапсырылды.",
     "жыл ортасына дейін", "2025-06-30", "half"),
    # within
    ("2025-09-16", "Ұлттық экономика министрлігіне екі апта ішінде тарифтер бойынша ұсыныс енгізу "
     "тапсырылды.", "екі апта ішінде", "2025-09-30", "day"),
    ("2025-09-16", "Денсаулық сақтау министрлігі бір ай ішінде жаңғырту жоспарын ұсынуы тиіс.",
     "бір ай ішінде", "2025-10-16", "day"),
    ("2025-08-05", "Министрлікке 10 күн ішінде өтініштерге жауап беру тапсырылды.",
     "10 күн ішінде", "2025-08-15", "day"),
    ("2025-08-05", "Комиссияға он күн ішінде шағымдарды қарау тапсырылды.", "он күн ішінде",
     "2025-08-15", "day"),
    ("2025-08-05", "Әділет министрлігіне екі апталық мерзімде түзетулер дайындау тапсырылды.",
     "екі апталық мерзімде", "2025-08-19", "day"),
    ("2025-11-30", "Әкімдіктерге үш ай ішінде тізімдерді жасау тапсырылды.", "үш ай ішінде",
     "2026-02-28", "day"),
    # month
    ("2025-08-05", "Министрлік қазан айының соңына дейін есеп беруі керек.",
     "қазан айының соңына дейін", "2025-10-31", "month"),
    ("2025-08-04", "Жобалық кеңсе тізімді қазан айында бекітуі тиіс.", "қазан айында",
     "2025-10-31", "month"),
    ("2025-08-04", "Жобалық кеңсе тізімді қазанда бекітуі тиіс.", "қазанда", "2025-10-31", "month"),
    ("2025-11-20", "Әкімдіктер бөгеттер құрылысын сәуірге дейін аяқтауы тиіс.", "сәуірге дейін",
     "2026-04-30", "month"),
    # weekday, week
    ("2026-03-17", "Төтенше жағдайлар министрлігіне жұмаға дейін өзен арналарын тазарту "
     "тапсырылды.", "жұмаға дейін", "2026-03-20", "day"),
    ("2026-03-17", "Әкімдіктерге осы аптаның соңына дейін есеп беру тапсырылды.",
     "осы аптаның соңына дейін", "2026-03-22", "day"),
    ("2026-03-17", "Әкімдіктерге келесі аптаның соңына дейін есеп беру тапсырылды.",
     "келесі аптаның соңына дейін", "2026-03-29", "day"),
    # vague
    ("2025-08-05", "Әкімдіктерге кемшіліктерді жедел жою тапсырылды.", "жедел", None, None),
    ("2025-08-05", "Министрлікке мәселені қысқа мерзімде шешу тапсырылды.", "қысқа мерзімде",
     None, None),
    ("2025-08-05", "Әкімдіктерге жылыту маусымы басталғанға дейін қазандықтарды жөндеу "
     "тапсырылды.", "жылыту маусымы басталғанға дейін", None, None),
    ("2025-08-05", "Әкімдіктерге жылыту маусымына дейін көмір қорын жасау тапсырылды.",
     "жылыту маусымына дейін", None, None),
    ("2025-08-05", "Министрлікке ағымдағы жылдың желтоқсан айының 31-не дейін есеп беру "
     "тапсырылды.", "ағымдағы жылдың желтоқсан айының 31-не дейін", "2025-12-31", "day"),
    ("2025-08-05", "Министрлікке қазанның 1-іне дейін есеп беру тапсырылды.",
     "қазанның 1-іне дейін", "2025-10-01", "day"),
    ("2025-08-05", "Министрлік таяу арада есеп беруі тиіс.", "таяу арада", None, None),
    ("2025-08-05", "Министрлікке қыркүйектің ортасына дейін есеп беру тапсырылды.",
     "қыркүйектің ортасына дейін", "2025-09-15", "day"),
    # a present-future verb ("жөнделеді") is a plan, not a report ("жөнделді")
    ("2025-08-05", "Биыл 12 мың шақырым жол жөнделеді.", "Биыл", "2025-12-31", "year"),
    ("2025-12-20", "Министрлікке осы айда түгендеуді аяқтау тапсырылды.", "осы айда",
     "2025-12-31", "month"),
    ("2025-12-20", "Министрлікке келесі тоқсанда түгендеуді аяқтау тапсырылды.",
     "келесі тоқсанда", "2026-03-31", "quarter"),
    ("2025-12-17", "Агенттікке 2024-2025 жылдары жол құрылысына жұмсалған қаражатты үш ай "
     "ішінде талдау тапсырылды.", "үш ай ішінде", "2026-03-17", "day"),
    # a term tag: the date after "мерзімі" in the nominative
    ("2025-10-20", "Мерзімі – 1 желтоқсан.", "Мерзімі – 1 желтоқсан", "2025-12-01", "day"),
    ("2025-10-20", "Министрлікке ұсыныс енгізу тапсырылсын (мерзімі – 2026 жылғы 15 қаңтар).",
     "мерзімі – 2026 жылғы 15 қаңтар", "2026-01-15", "day"),
    ("2025-10-20", "Әкімдіктерге тізімді жариялау тапсырылсын, орындау мерзімі – 2026 жылдың "
     "бірінші тоқсаны.", "орындау мерзімі – 2026 жылдың бірінші тоқсаны", "2026-03-31",
     "quarter"),
]


def _ids(rows):
    return [f"{i}:{row[2][:30]}" for i, row in enumerate(rows)]


@pytest.mark.parametrize(("published", "sentence", "text", "date", "gran"), EN, ids=_ids(EN))
def test_english(published, sentence, text, date, gran):
    one(sentence, published, "en", text, date, gran)


@pytest.mark.parametrize(("published", "sentence", "text", "date", "gran"), RU, ids=_ids(RU))
def test_russian(published, sentence, text, date, gran):
    one(sentence, published, "ru", text, date, gran)


@pytest.mark.parametrize(("published", "sentence", "text", "date", "gran"), KK, ids=_ids(KK))
def test_kazakh(published, sentence, text, date, gran):
    one(sentence, published, "kk", text, date, gran)


# --------------------------------------------------------------------------- never deadlines

NEVER = [
    ("en", "2025-08-04", "For the legislative implementation of the National Project, the Head of "
     "State signed the relevant law on July 17, which entered into force on July 29."),
    ("en", "2025-08-04", "On Friday, Prime Minister Olzhas Bektenov held a meeting on flood "
     "preparedness."),
    ("en", "2025-09-09", "Last year, 1.2 thousand km of heat networks were repaired across the "
     "country."),
    ("en", "2025-08-08", "A report made by Interior Minister Sadenov highlighted the comprehensive "
     "measures led to the number of crimes falling by 9,000 in seven months of 2025."),
    ("en", "2025-08-05", "According to the Ministry of Healthcare, in the first six months of "
     "2025, "
     "the maternal mortality rate decreased by 10%."),
    ("en", "2025-08-05", "In the first half of this year, 2,300 km of roads were repaired."),
    ("en", "2025-10-01", "In 2024, GDP growth was 4.8%, the Bureau of National Statistics said."),
    ("en", "2024-12-03", "Born in 1975, he graduated from Al-Farabi Kazakh National University in "
     "1997."),
    ("en", "2024-12-03", "From 2019 to 2023, he headed the department of secondary education, and "
     "since March 2023 he has worked in the Presidential Administration."),
    ("en", "2025-10-01", "In 2022-2023, he served as deputy akim of the Kostanay region."),
    ("en", "2025-08-05", "He emphasized the need to reflect this indicator in the new Healthcare "
     "Development Concept until 2030."),
    ("en", "2026-03-17", "The ministry reported that 350 settlements were inspected in January."),
    ("en", "2025-08-05", "Since the beginning of the year, 120 schools have been built."),
    ("en", "2025-08-05", "The new Tax Code will come into force from January 1, 2026."),
    ("en", "2025-08-05", "The programme for 2025-2029 provides for 1.5 trillion tenge."),
    ("en", "2025-08-05", "The Head of State may visit the region again, the akim said."),
    ("en", "2025-08-01", "He reminded that early this year he visited the battery locomotive "
     "plant in Astana."),
    ("en", "2025-08-05", "This year, 2,000 km of local roads were repaired."),
    ("en", "2025-08-05", "The indicator is included in the Concept for the Development of "
     "Healthcare until 2030."),
    ("en", "2025-08-05", "The plan, which covers the period up to 2030, was approved."),
    ("en", "2025-08-05", "In late July, the President signed the law."),
    ("ru", "2025-08-05", "В мае Президент подписал указ об Агентстве."),
    ("ru", "2025-08-05", "В конце июля Президент подписал закон."),
    ("kk", "2025-08-05", "Мамыр айында Президент Агенттік туралы жарлыққа қол қойды."),
    ("kk", "2025-08-05", "Биыл 12 мың шақырым жол жөнделді."),
    ("ru", "2025-10-01", "За девять месяцев 2025 года ВВП вырос на 6,3%."),
    ("ru", "2025-10-01", "В 2024 году рост составил 4,8%, сообщили в Бюро национальной "
     "статистики."),
    ("ru", "2025-09-16", "В прошлом году было отремонтировано 1,5 тыс. км сетей."),
    ("ru", "2025-08-04", "17 июля Глава государства подписал закон, который вступил в силу 29 "
     "июля."),
    ("ru", "2025-08-05", "В первом полугодии 2025 года объем инвестиций вырос на 12%."),
    ("ru", "2025-08-05", "Необходимо отразить этот показатель в новой Концепции развития "
     "здравоохранения до 2030 года."),
    ("ru", "2026-03-17", "В январе было обследовано 350 населенных пунктов."),
    ("ru", "2025-08-05", "С 1 января 2026 года вступает в силу новый Налоговый кодекс."),
    ("ru", "2024-12-03", "В 2019–2023 годах он работал заместителем акима области."),
    ("ru", "2025-08-05", "По итогам первого полугодия 2025 года объем торговли составил 70 млрд "
     "долларов."),
    ("kk", "2025-09-09", "Өткен жылы елде 1,2 мың шақырым жылу желісі жөнделді."),
    ("kk", "2025-08-08", "2025 жылдың жеті айында қылмыс саны 9 мыңға азайды."),
    ("kk", "2024-12-03", "Ол 1975 жылы Қостанай облысында туған."),
    ("kk", "2025-10-01", "2024 жылы ЖІӨ өсімі 4,8 пайызды құрады."),
    ("kk", "2025-08-04", "17 шілдеде Мемлекет басшысы тиісті заңға қол қойды."),
    ("kk", "2026-03-17", "Қаңтарда 350 елді мекен тексерілді."),
    ("kk", "2025-08-05", "Бұл көрсеткіш денсаулық сақтауды дамытудың 2030 жылға дейінгі "
     "тұжырымдамасында көрініс табуы тиіс."),
    ("kk", "2025-08-05", "Қазанда өткен кездесуде екі елдің министрлері келісімге қол қойды."),
    ("en", "2025-12-20", "This month, 40 projects were launched."),
    ("en", "2025-12-20", "The law, adopted this month, requires akimats to act."),
    ("ru", "2025-12-20", "В этом месяце было запущено 40 проектов."),
    ("kk", "2025-12-20", "Осы айда 40 жоба іске қосылды."),
    ("ru", "2025-11-10", "С января по октябрь объем производства вырос на 5%."),
    ("en", "2025-12-09", "The ministry must pay the benefits before the New Year holidays."),
]


@pytest.mark.parametrize(("lang", "published", "sentence"), NEVER, ids=[r[2][:40] for r in NEVER])
def test_never_a_deadline(lang, published, sentence):
    assert found(sentence, published, lang) == []


# --------------------------------------------------------------------------- several in one


def test_several_deadlines_english_in_order():
    s = (
        "The Ministry of Finance must submit the draft by October 1, the akimats must approve the "
        "schedules within two weeks and complete the work by the end of the year."
    )
    assert found(s, "2025-08-05", "en") == [
        ("by October 1", d("2025-10-01"), "day"),
        ("within two weeks", d("2025-08-19"), "day"),
        ("by the end of the year", d("2025-12-31"), "year"),
    ]


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        ("en", "The ministries must submit the plans by November 1 and December 1, respectively.",
         [("by November 1", "2025-11-01"), ("December 1", "2025-12-01")]),
        ("ru", "Министерствам до 1 ноября и 1 декабря соответственно представить планы.",
         [("до 1 ноября", "2025-11-01"), ("1 декабря", "2025-12-01")]),
        ("kk", "Министрліктерге тиісінше 1 қарашаға және 1 желтоқсанға дейін жоспар ұсыну "
         "тапсырылды.", [("1 қарашаға", "2025-11-01"), ("1 желтоқсанға дейін", "2025-12-01")]),
    ],
)
def test_one_cue_dates_two_coordinated_days(lang, sentence, expected):
    got = find_deadlines(sentence, datetime.date(2025, 8, 5), lang)
    assert [(d.text, d.date.isoformat()) for d in got] == expected


def test_several_deadlines_russian():
    s = (
        "Министерству финансов в 10-дневный срок, а акиматам в течение двух недель представить "
        "отчеты, работы завершить до конца октября."
    )
    assert found(s, "2025-08-05", "ru") == [
        ("в 10-дневный срок", d("2025-08-15"), "day"),
        ("в течение двух недель", d("2025-08-19"), "day"),
        ("до конца октября", d("2025-10-31"), "month"),
    ]


def test_several_deadlines_kazakh():
    s = (
        "Министрлікке 1 қазаннан кешіктірмей есеп ұсыну, ал әкімдіктерге 10 жұмыс күні ішінде "
        "кестелерді бекіту тапсырылды."
    )
    assert found(s, "2025-08-05", "kk") == [
        ("1 қазаннан кешіктірмей", d("2025-10-01"), "day"),
        ("10 жұмыс күні ішінде", d("2025-08-19"), "day"),
    ]


def test_past_statistics_and_a_deadline_in_one_sentence():
    s = (
        "Last year, 1.2 thousand km of networks were repaired, and this year the akimats must "
        "repair another 900 km by November 15."
    )
    assert found(s, "2025-08-05", "en") == [
        ("this year", d("2025-12-31"), "year"),
        ("by November 15", d("2025-11-15"), "day"),
    ]


def test_longer_expression_wins_over_the_year_inside_it():
    s = ("The plan must be approved by October 1 of this year and published in the first "
         "half of 2026.")
    assert found(s, "2025-08-05", "en") == [
        ("by October 1 of this year", d("2025-10-01"), "day"),
        ("in the first half of 2026", d("2026-06-30"), "half"),
    ]


# --------------------------------------------------------------------------- rollover


@pytest.mark.parametrize(
    ("lang", "sentence", "text", "date", "gran"),
    [
        ("en", "The draft must be ready by February 1.", "by February 1", "2026-02-01", "day"),
        ("en", "Launch the system in the first quarter.", "in the first quarter", "2026-03-31",
         "quarter"),
        ("en", "Open the centres by the end of October.", "by the end of October", "2026-10-31",
         "month"),
        ("en", "Finish the design in the first half of the year.", "in the first half of the year",
         "2026-06-30", "half"),
        ("en", "Sign the contracts by October 1 of the current year.",
         "by October 1 of the current year", "2025-10-01", "day"),
        ("en", "Finish the design in the first quarter of 2025.", "in the first quarter of 2025",
         None, None),  # a named past period is a report, not a deadline: see below
        ("ru", "Проект подготовить до 1 февраля.", "до 1 февраля", "2026-02-01", "day"),
        ("ru", "Запустить систему в первом квартале.", "в первом квартале", "2026-03-31",
         "quarter"),
        ("ru", "Договоры подписать до 1 октября текущего года.", "до 1 октября текущего года",
         "2025-10-01", "day"),
        ("kk", "Жобаны 1 ақпанға дейін дайындау қажет.", "1 ақпанға дейін", "2026-02-01", "day"),
        ("kk", "Жүйені бірінші тоқсанда іске қосу қажет.", "бірінші тоқсанда", "2026-03-31",
         "quarter"),
        ("kk", "Шарттарға ағымдағы жылдың 1 қазанына дейін қол қою қажет.",
         "ағымдағы жылдың 1 қазанына дейін", "2025-10-01", "day"),
    ],
)
def test_rollover_published_in_november(lang, sentence, text, date, gran):
    if date is None:
        assert found(sentence, "2025-11-20", lang) == []
    else:
        one(sentence, "2025-11-20", lang, text, date, gran)


def test_overdue_end_of_period_with_a_named_year_is_kept():
    one("The akimats were to finish by the end of the first quarter of this year.", "2025-08-05",
        "en", "by the end of the first quarter of this year", "2025-03-31", "quarter")


def test_leap_day_in_a_common_year_falls_back_to_february_28():
    one("Submit the report by February 29.", "2025-11-20", "en", "by February 29", "2026-02-28",
        "day")


# --------------------------------------------------------------------------- weekdays, weeks


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2026-03-16", "2026-03-20"),  # Monday -> this Friday
        ("2026-03-19", "2026-03-20"),  # Thursday -> tomorrow
        ("2026-03-20", "2026-03-27"),  # Friday -> next Friday (strictly after)
        ("2026-03-21", "2026-03-27"),  # Saturday
    ],
)
@pytest.mark.parametrize(
    ("lang", "sentence", "text"),
    [
        ("en", "Clean the riverbeds by Friday.", "by Friday"),
        ("ru", "Расчистить русла рек до пятницы.", "до пятницы"),
        ("ru", "Расчистить русла рек к пятнице.", "к пятнице"),
        ("kk", "Өзен арналарын жұмаға дейін тазарту қажет.", "жұмаға дейін"),
    ],
)
def test_weekday_is_the_first_after_publication(published, expected, lang, sentence, text):
    one(sentence, published, lang, text, expected, "day")


@pytest.mark.parametrize(
    ("published", "this_week", "next_week"),
    [
        ("2026-03-16", "2026-03-22", "2026-03-29"),  # Monday
        ("2026-03-22", "2026-03-22", "2026-03-29"),  # Sunday closes its own week
    ],
)
def test_week_ends_on_sunday(published, this_week, next_week):
    one("Report by the end of this week.", published, "en", "by the end of this week", this_week,
        "day")
    one("Report by the end of next week.", published, "en", "by the end of next week", next_week,
        "day")
    one("Отчитаться до конца недели.", published, "ru", "до конца недели", this_week, "day")
    one("Отчитаться до конца следующей недели.", published, "ru", "до конца следующей недели",
        next_week, "day")
    one("Есепті апта соңына дейін беру қажет.", published, "kk", "апта соңына дейін", this_week,
        "day")
    one("Есепті келесі аптаның соңына дейін беру қажет.", published, "kk",
        "келесі аптаның соңына дейін", next_week, "day")


# --------------------------------------------------------------------------- Kazakh suffixes

KK_MONTHS = [
    ("қаңтарға", 1), ("ақпанға", 2), ("наурызға", 3), ("сәуірге", 4), ("мамырға", 5),
    ("маусымға", 6), ("шілдеге", 7), ("тамызға", 8), ("қыркүйекке", 9), ("қазанға", 10),
    ("қарашаға", 11), ("желтоқсанға", 12),
]  # fmt: skip


@pytest.mark.parametrize(("word", "month"), KK_MONTHS)
def test_kazakh_dative_month_after_a_day(word, month):
    s = f"Министрлікке 15 {word} дейін есеп беру тапсырылды."
    expected = datetime.date(2026 if month < 6 else 2025, month, 15)
    assert found(s, "2025-06-01", "kk") == [(f"15 {word} дейін", expected, "day")]


@pytest.mark.parametrize(
    ("phrase", "date"),
    [
        ("ағымдағы жылдың 1 қазанына дейін", "2025-10-01"),
        ("ағымдағы жылғы 1 қазанға дейін", "2025-10-01"),
        ("биылғы 1 қазанға дейін", "2025-10-01"),
        ("2026 жылғы 1 қазанға дейін", "2026-10-01"),
        ("2026 жылдың 1 қазанына дейін", "2026-10-01"),
        ("1 қазанға дейінгі мерзімде", "2025-10-01"),
        ("1 қазаннан кешіктірмей", "2025-10-01"),
        ("1 қазанға қарай", "2025-10-01"),
        ("келесі жылдың 1 наурызына дейін", "2026-03-01"),
        ("2025 жылдың 1 қыркүйегіне дейін", "2025-09-01"),  # к -> г before a vowel
        ("2025 жылғы 1 қыркүйекке дейін", "2025-09-01"),
    ],
)
def test_kazakh_day_forms(phrase, date):
    one(f"Министрлікке {phrase} есеп ұсыну тапсырылды.", "2025-08-05", "kk", phrase, date, "day")


@pytest.mark.parametrize(
    ("phrase", "date", "gran"),
    [
        ("қазанның соңына дейін", "2025-10-31", "month"),
        ("қазан айына дейін", "2025-10-31", "month"),
        ("қазан айы ішінде", "2025-10-31", "month"),
        ("желтоқсанда", "2025-12-31", "month"),
        ("шілдеде", "2026-07-31", "month"),
        ("2026 жылғы наурызда", "2026-03-31", "month"),
        ("ағымдағы жылдың қыркүйегінде", "2025-09-30", "month"),
        ("2026 жылдың шілдесінде", "2026-07-31", "month"),
        ("3-тоқсанда", "2025-09-30", "quarter"),
        ("жылдың соңына дейін", "2025-12-31", "year"),
        ("жыл аяғына дейін", "2025-12-31", "year"),
        ("2030 жылға қарай", "2030-12-31", "year"),
        ("2026 жыл ішінде", "2026-12-31", "year"),
        ("келесі жылы", "2026-12-31", "year"),
        ("I тоқсанда", "2026-03-31", "quarter"),
        ("төртінші тоқсанның соңына дейін", "2025-12-31", "quarter"),
        ("екінші жартыжылдықтың соңына дейін", "2025-12-31", "half"),
        ("бір апта ішінде", "2025-08-12", "day"),
        ("бір айлық мерзімде", "2025-09-05", "day"),
        ("он бес күн ішінде", "2025-08-20", "day"),
    ],
)
def test_kazakh_period_forms(phrase, date, gran):
    one(f"Әкімдіктерге {phrase} жұмысты аяқтау тапсырылды.", "2025-08-05", "kk", phrase, date, gran)


def test_kazakh_june_is_not_the_heating_season():
    one("Министрлікке маусымға дейін жоспар бекіту тапсырылды.", "2025-02-01", "kk",
        "маусымға дейін", "2025-06-30", "month")


# --------------------------------------------------------------------------- API and guards


def test_mention_is_the_frozen_contract_type():
    (m,) = find_deadlines("Report by October 1.", datetime.date(2025, 8, 5), "en")
    assert isinstance(m, DeadlineMention)
    assert (m.text, m.start, m.end, m.date, m.granularity) == (
        "by October 1", 7, 19, datetime.date(2025, 10, 1), "day",
    )
    with pytest.raises(AttributeError):
        m.text = "x"  # type: ignore[misc]


@pytest.mark.parametrize("lang", ["de", "", None, 5])
def test_unknown_language_gives_nothing(lang):
    assert find_deadlines("by October 1", datetime.date(2025, 8, 5), lang) == []


@pytest.mark.parametrize("lang", ["EN", "en-GB", "en_US"])
def test_language_codes_with_region_or_capitals(lang):
    assert [m.text for m in find_deadlines("by October 1", datetime.date(2025, 8, 5), lang)] == [
        "by October 1"
    ]


def test_kz_is_kazakh():
    (m,) = find_deadlines("жыл соңына дейін", datetime.date(2025, 8, 5), "kz")
    assert m.date == datetime.date(2025, 12, 31)


def test_datetime_publication_is_read_as_its_date():
    (m,) = find_deadlines("by October 1", datetime.datetime(2025, 11, 20, 10, 30), "en")
    assert m.date == datetime.date(2026, 10, 1)


def test_over_long_sentence_reads_only_the_head():
    head = "The ministry must report by October 1. "
    mentions = find_deadlines(head + "x " * 600_000 + "by November 1", datetime.date(2025, 8, 5),
                              "en")
    assert [m.text for m in mentions] == ["by October 1"]


def test_rule_keys_cover_every_match_in_the_tables():
    from tracker.extraction.deadlines import en, kk, ru

    modules = {"en": en, "ru": ru, "kk": kk}
    rows = [("en", r[1]) for r in EN] + [("ru", r[1]) for r in RU] + [("kk", r[1]) for r in KK]
    rows += [(r[0], r[2]) for r in NEVER]
    for lang, sentence in rows:
        for rule in modules[lang].RULES:
            for m in rule.pattern.finditer(sentence):
                assert any(k in m.group().lower() for k in rule.keys or ("",)), (sentence, m)


def test_dateparser_reads_the_normalised_phrases_we_hand_it():
    # We strip cue words and Kazakh case suffixes and resolve the year ourselves; these are
    # the shapes parse_day_month sends. A dateparser upgrade that breaks one fails here.
    from tracker.extraction.deadlines.common import parse_day_month

    assert parse_day_month("1 October", "en") == (1, 10, None)
    assert parse_day_month("1 October 2026", "en") == (1, 10, 2026)
    assert parse_day_month("01.10.2026", "en") == (1, 10, 2026)
    assert parse_day_month("29 February", "en") == (29, 2, None)
    assert parse_day_month("1 октября", "ru") == (1, 10, None)
    assert parse_day_month("15 февраля 2026", "ru") == (15, 2, 2026)
    assert parse_day_month("1 қазан", "kk") == (1, 10, None)
    assert parse_day_month("1 желтоқсан 2025", "kk") == (1, 12, 2025)
    assert parse_day_month("31 September", "en") is None
    assert parse_day_month("x" * 61, "en") is None  # over the phrase cap: never sent
