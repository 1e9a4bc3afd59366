#!/usr/bin/env python3
"""Writes articles.jsonl and dev_gold.jsonl of validation_set20 from the data below.

Each article: id, lang, published, title, paragraphs; gold items: q (locating quote),
opt, iss, resp, co, task, dl, dt, gr.  Deadlines are written by hand; validate.py
re-derives them from deadline_text + published (spec section 4).
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

def G(q, iss, resp, task, dl=None, dt=None, gr=None, co=(), opt=False):
    return dict(q=q, opt=opt, iss=iss, resp=list(resp), co=list(co), task=task, dl=dl, dt=dt, gr=gr)

MOTI = "Ministry of Trade and Integration"
MAIDD = "Ministry of Artificial Intelligence and Digital Development"
ARDFM = "Agency for Regulation and Development of the Financial Market"
APDC = "Agency for Protection and Development of Competition"
MLSPP = "Ministry of Labor and Social Protection of the Population"

A = []

# ---------------------------------------------------------------- English
A.append(dict(id="v20-en-01", lang="en", published="2025-10-14",
  title="Tokayev orders Government to curb inflation and stabilize food prices",
  paras=[
  "President Kassym-Jomart Tokayev received Prime Minister Olzhas Bektenov, Akorda reports.",
  "The Prime Minister reported on the socio-economic development of the country in nine months of 2025, with GDP growth at 6.3%.",
  "The Head of State instructed the Government, together with the National Bank, to take additional measures to bring inflation down to single digits by the end of next year.",
  "The President also tasked the Ministry of Trade and Integration with ensuring stable prices for socially significant food products before the new year.",
  "Tokayev noted that the business community is called upon to take an active part in import substitution programs."],
  gold=[
  G("to take additional measures to bring inflation down to single digits", "President", ["Government"],
    "take additional measures to bring inflation down to single digits", "2026-12-31", "by the end of next year", "year", co=["National Bank"]),
  G("tasked the Ministry of Trade and Integration with ensuring stable prices", "President", [MOTI],
    "ensure stable prices for socially significant food products", "2025-12-31", "before the new year", "year"),
  ]))

A.append(dict(id="v20-en-02", lang="en", published="2025-11-03",
  title="Bektenov instructs KEGOC to finish Western grid link",
  paras=[
  "At a meeting in the Government, Prime Minister Olzhas Bektenov reviewed the progress of the project to unify the Western energy zone with the Unified Power System of Kazakhstan.",
  "KEGOC reported that 78% of the construction and installation works have been completed.",
  "The Prime Minister instructed KEGOC to complete the construction of the Western zone transmission line in the second quarter of 2026.",
  "The Ministry of Energy, jointly with Samruk-Energy, must present a schedule of repair campaigns at power plants within 10 days."],
  gold=[
  G("instructed KEGOC to complete the construction of the Western zone transmission line", "Prime Minister", ["KEGOC"],
    "complete the construction of the Western zone transmission line", "2026-06-30", "in the second quarter of 2026", "quarter"),
  G("must present a schedule of repair campaigns at power plants", None, ["Ministry of Energy"],
    "present a schedule of repair campaigns at power plants", "2025-11-13", "within 10 days", "day", co=["Samruk-Energy"]),
  ]))

A.append(dict(id="v20-en-03", lang="en", published="2025-12-22",
  title="Deputy PM orders Astana and Almaty akimats to speed up snow removal",
  paras=[
  "Deputy Prime Minister Kanat Bozumbayev held a meeting on the operation of city utilities in winter conditions.",
  "Since the beginning of December, more than 400 thousand cubic meters of snow have been removed from the streets of Astana.",
  "The akimats of Astana and Almaty have been instructed to fully clear snow from pedestrian crossings and public transport stops by the end of this week.",
  "The Ministry of Emergency Situations is to keep the heating supply situation under constant control until the end of the heating season.",
  "Bozumbayev also asked residents to refrain from unnecessary trips during heavy snowfalls."],
  gold=[
  G("have been instructed to fully clear snow from pedestrian crossings", "Deputy Prime Minister", ["Akimat of Astana", "Akimat of Almaty"],
    "fully clear snow from pedestrian crossings and public transport stops", "2025-12-28", "by the end of this week", "day"),
  G("is to keep the heating supply situation under constant control", None, ["Ministry of Emergency Situations"],
    "keep the heating supply situation under constant control", None, "until the end of the heating season", None),
  ]))

A.append(dict(id="v20-en-04", lang="en", published="2025-07-08",
  title="Competition Agency to check fuel pricing within a month",
  paras=[
  "Prime Minister Olzhas Bektenov held a meeting on the situation in the fuel and lubricants market.",
  "According to the Ministry of Energy, retail prices for AI-92 gasoline have risen by 4.1% since the beginning of the year.",
  "The Agency for Protection and Development of Competition was instructed to conduct an inspection of pricing at gas station chains within a month.",
  "KazMunayGas needs to ensure uninterrupted supplies of diesel fuel to agricultural producers."],
  gold=[
  G("was instructed to conduct an inspection of pricing at gas station chains", "Prime Minister", [APDC],
    "conduct an inspection of pricing at gas station chains", "2025-08-08", "within a month", "day"),
  G("needs to ensure uninterrupted supplies of diesel fuel", None, ["KazMunayGas"],
    "ensure uninterrupted supplies of diesel fuel to agricultural producers"),
  ]))

A.append(dict(id="v20-en-05", lang="en", published="2025-12-29",
  title="Financial regulator told to tighten rules on consumer loans",
  paras=[
  "At a meeting on the financial sector chaired by the Head of State, the Governor of the National Bank reported on the results of monetary policy.",
  "The President instructed the Agency for Regulation and Development of the Financial Market to tighten requirements for unsecured consumer lending by March 1, 2026.",
  "The National Bank must, no later than January 15, submit proposals on strengthening the tenge liquidity framework.",
  "Second-tier banks are recommended to expand lending to the manufacturing sector."],
  gold=[
  G("to tighten requirements for unsecured consumer lending", "President", [ARDFM],
    "tighten requirements for unsecured consumer lending", "2026-03-01", "by March 1, 2026", "day"),
  G("must, no later than January 15, submit proposals", None, ["National Bank"],
    "submit proposals on strengthening the tenge liquidity framework", "2026-01-15", "no later than January 15", "day"),
  G("Second-tier banks are recommended to expand lending", "President", ["second-tier banks"],
    "expand lending to the manufacturing sector", opt=True),
  ]))

A.append(dict(id="v20-en-06", lang="en", published="2026-01-20",
  title="Government tasks Kazakhtelecom with connecting 1,000 more villages to broadband",
  paras=[
  "At the Government session, the results of the Affordable Internet project were considered.",
  "In 2025, 1,200 rural settlements were connected to high-speed internet, the Minister of Artificial Intelligence and Digital Development reported.",
  "Prime Minister Olzhas Bektenov instructed Kazakhtelecom to connect another 1,000 villages to fiber-optic communication lines this year.",
  "The Ministry of Artificial Intelligence and Digital Development, together with the akimats, needs to complete the inventory of mobile coverage on highways by the end of February.",
  "The ministry plans to launch 5G networks in all regional centers by 2027."],
  gold=[
  G("instructed Kazakhtelecom to connect another 1,000 villages", "Prime Minister", ["Kazakhtelecom"],
    "connect another 1,000 villages to fiber-optic communication lines", "2026-12-31", "this year", "year"),
  G("needs to complete the inventory of mobile coverage on highways", None, [MAIDD],
    "complete the inventory of mobile coverage on highways", "2026-02-28", "by the end of February", "month", co=["akimats"]),
  G("plans to launch 5G networks in all regional centers", None, [MAIDD],
    "launch 5G networks in all regional centers", "2027-12-31", "by 2027", "year", opt=True),
  ]))

A.append(dict(id="v20-en-07", lang="en", published="2025-09-30",
  title="Tokayev demands Samruk-Kazyna cut costs and sell non-core assets",
  paras=[
  "Head of State Kassym-Jomart Tokayev received the Chairman of the Board of Samruk-Kazyna.",
  "The Fund's net income for the first half of 2025 amounted to 1.1 trillion tenge, the President was told.",
  "Tokayev instructed the Fund to reduce administrative expenses of its portfolio companies by 15%.",
  "The transfer of non-core assets to the competitive environment must be completed by the end of 2026.",
  "In addition, the Head of State set a number of tasks aimed at increasing the transparency of procurement."],
  gold=[
  G("instructed the Fund to reduce administrative expenses", "President", ["Samruk-Kazyna"],
    "reduce administrative expenses of its portfolio companies by 15%"),
  G("must be completed by the end of 2026", "President", [],
    "complete the transfer of non-core assets to the competitive environment", "2026-12-31", "by the end of 2026", "year"),
  G("set a number of tasks aimed at increasing the transparency of procurement", "President", ["Samruk-Kazyna"],
    "increase the transparency of procurement", opt=True),
  ]))

A.append(dict(id="v20-en-08", lang="en", published="2025-08-19",
  title="Kazakhstan's grain harvest campaign gains pace",
  paras=[
  "According to the Ministry of Agriculture, harvesting has started on 16 million hectares.",
  "The ministry forecasts the gross grain harvest at about 22 million tons.",
  "In 2024, farmers harvested 26.7 million tons of grain, a record for the last decade.",
  "Experts believe that export demand for Kazakh wheat will remain high."],
  gold=[]))

A.append(dict(id="v20-en-09", lang="en", published="2025-10-27",
  title="Deputy PM Sklyar orders KTZ to speed up grain wagon supply",
  paras=[
  "Deputy Prime Minister Roman Sklyar held a meeting on the export of grain.",
  "Sklyar gave the following instructions to Kazakhstan Temir Zholy and the Ministry of Transport:",
  "- within two weeks, provide an additional 1,500 grain hopper wagons;",
  "- by November 15, eliminate the backlog of applications at border stations;",
  "- in December, submit proposals on the tariff policy for 2026."],
  gold=[
  G("provide an additional 1,500 grain hopper wagons", "Deputy Prime Minister", ["Kazakhstan Temir Zholy", "Ministry of Transport"],
    "provide an additional 1,500 grain hopper wagons", "2025-11-10", "within two weeks", "day"),
  G("eliminate the backlog of applications at border stations", "Deputy Prime Minister", ["Kazakhstan Temir Zholy", "Ministry of Transport"],
    "eliminate the backlog of applications at border stations", "2025-11-15", "by November 15", "day"),
  G("submit proposals on the tariff policy for 2026", "Deputy Prime Minister", ["Kazakhstan Temir Zholy", "Ministry of Transport"],
    "submit proposals on the tariff policy for 2026", "2025-12-31", "in December", "month"),
  ]))

A.append(dict(id="v20-en-10", lang="en", published="2025-12-17",
  title="Anti-Corruption Agency to audit road construction spending",
  paras=[
  "President Kassym-Jomart Tokayev received the Chairman of the Anti-Corruption Agency.",
  "Since the beginning of the year, 1,300 corruption offences have been registered and damage of 40 billion tenge has been recovered.",
  "The Anti-Corruption Agency, with the participation of the Supreme Audit Chamber, was instructed to analyze the spending of funds on road construction in 2024-2025 within three months.",
  "The Head of State also noted that the fight against corruption should remain a priority for all government agencies."],
  gold=[
  G("was instructed to analyze the spending of funds on road construction", "President", ["Anti-Corruption Agency"],
    "analyze the spending of funds on road construction in 2024-2025", "2026-03-17", "within three months", "day", co=["Supreme Audit Chamber"]),
  G("the fight against corruption should remain a priority", "President", ["government agencies"],
    "keep the fight against corruption a priority", opt=True),
  ]))

A.append(dict(id="v20-en-11", lang="en", published="2026-02-10",
  title="Damu to launch new lending program for small businesses by mid-year",
  paras=[
  "At a Government meeting on support for entrepreneurship, Baiterek holding reported on the results of 2025.",
  "Last year, Damu supported 9,800 projects worth 1.5 trillion tenge.",
  "Baiterek and Damu must launch a new lending program for micro and small businesses by mid-year.",
  "The Ministry of National Economy was instructed to submit amendments to the Entrepreneurial Code to the Government by April 1."],
  gold=[
  G("must launch a new lending program for micro and small businesses", None, ["Baiterek", "Damu"],
    "launch a new lending program for micro and small businesses", "2026-06-30", "by mid-year", "half"),
  G("was instructed to submit amendments to the Entrepreneurial Code", None, ["Ministry of National Economy"],
    "submit amendments to the Entrepreneurial Code to the Government", "2026-04-01", "by April 1", "day"),
  ]))

A.append(dict(id="v20-en-12", lang="en", published="2025-11-26",
  title="Bektenov sets dates for Astana LRT launch",
  paras=[
  "Prime Minister Olzhas Bektenov inspected the construction of the light rail transit line in Astana.",
  "The city akimat reported that the line is 92% complete.",
  "Bektenov instructed the Akimat of Astana to launch the test runs of the light rail transit in the first quarter and to open passenger traffic in the second half of 2026.",
  "The Ministry of Transport, together with the Akimat of Astana, needs to work out the integration of the LRT with city bus routes."],
  gold=[
  G("to launch the test runs of the light rail transit in the first quarter", "Prime Minister", ["Akimat of Astana"],
    "launch the test runs of the light rail transit", "2026-03-31", "in the first quarter", "quarter"),
  G("to open passenger traffic in the second half of 2026", "Prime Minister", ["Akimat of Astana"],
    "open passenger traffic", "2026-12-31", "in the second half of 2026", "half"),
  G("needs to work out the integration of the LRT with city bus routes", None, ["Ministry of Transport"],
    "work out the integration of the LRT with city bus routes", co=["Akimat of Astana"]),
  ]))

A.append(dict(id="v20-en-13", lang="en", published="2025-12-15",
  title="Tokayev signs decree ordering Government to draft AI roadmap",
  paras=[
  "President Kassym-Jomart Tokayev signed a decree on measures to develop artificial intelligence, the Akorda press service reports.",
  "Under the decree, the Government shall approve a roadmap for the introduction of AI in public administration within two months.",
  "The Ministry of Science and Higher Education is to open at least five AI research laboratories at universities in 2026.",
  "The decree comes into force on the date of its first official publication."],
  gold=[
  G("the Government shall approve a roadmap for the introduction of AI", "President", ["Government"],
    "approve a roadmap for the introduction of AI in public administration", "2026-02-15", "within two months", "day"),
  G("is to open at least five AI research laboratories", "President", ["Ministry of Science and Higher Education"],
    "open at least five AI research laboratories at universities", "2026-12-31", "in 2026", "year"),
  ]))

A.append(dict(id="v20-en-14", lang="en", published="2026-01-05",
  title="Bektenov orders check of free medicine supply after insulin complaints",
  paras=[
  "Prime Minister Olzhas Bektenov instructed the Ministry of Healthcare and the Social Health Insurance Fund to check the availability of free medicines in all regions within 10 days.",
  "Earlier, residents of several regions complained about shortages of insulin in pharmacies."],
  gold=[
  G("to check the availability of free medicines in all regions", "Prime Minister", ["Ministry of Healthcare", "Social Health Insurance Fund"],
    "check the availability of free medicines in all regions", "2026-01-15", "within 10 days", "day"),
  ]))

# ---------------------------------------------------------------- Russian
A.append(dict(id="v20-ru-01", lang="ru", published="2025-12-09",
  title="Бектенов поручил устранить аварии на теплосетях Павлодарской и Карагандинской областей",
  paras=[
  "Премьер-министр Олжас Бектенов провел заседание штаба по прохождению отопительного сезона.",
  "С начала отопительного сезона на объектах теплоэнергетики зафиксировано 37 аварийных отключений.",
  "Акиматам Павлодарской и Карагандинской областей поручено до 25 декабря завершить восстановление поврежденных участков теплосетей.",
  "Министерству энергетики совместно с АО «Самрук-Энерго» необходимо обеспечить запас угля на ТЭЦ не менее чем на 30 дней до конца отопительного сезона."],
  gold=[
  G("до 25 декабря завершить восстановление поврежденных участков теплосетей", "Prime Minister", ["Akimat of Pavlodar region", "Akimat of Karaganda region"],
    "завершить восстановление поврежденных участков теплосетей", "2025-12-25", "до 25 декабря", "day"),
  G("обеспечить запас угля на ТЭЦ", None, ["Ministry of Energy"],
    "обеспечить запас угля на ТЭЦ не менее чем на 30 дней", None, "до конца отопительного сезона", None, co=["Samruk-Energy"]),
  ]))

A.append(dict(id="v20-ru-02", lang="ru", published="2025-11-18",
  title="Токаев поручил пересмотреть ценообразование на лекарства",
  paras=[
  "Глава государства Касым-Жомарт Токаев провел совещание по вопросам развития здравоохранения.",
  "Президент поручил Министерству здравоохранения до конца текущего года пересмотреть механизм формирования цен на лекарственные средства.",
  "Кроме того, требуется актуализировать перечень лекарств, закупаемых в рамках гарантированного объема бесплатной медицинской помощи.",
  "Министерству здравоохранения поручено провести соответствующую работу до 1 февраля.",
  "Фонду социального медицинского страхования в течение 10 дней необходимо погасить задолженность перед медицинскими организациями.",
  "По данным Минздрава, в 2024 году объем закупа лекарств вырос на 18%."],
  gold=[
  G("пересмотреть механизм формирования цен на лекарственные средства", "President", ["Ministry of Healthcare"],
    "пересмотреть механизм формирования цен на лекарственные средства", "2025-12-31", "до конца текущего года", "year"),
  G("поручено провести соответствующую работу до 1 февраля", "President", ["Ministry of Healthcare"],
    "актуализировать перечень лекарств, закупаемых в рамках гарантированного объема бесплатной медицинской помощи", "2026-02-01", "до 1 февраля", "day"),
  G("в течение 10 дней необходимо погасить задолженность", None, ["Social Health Insurance Fund"],
    "погасить задолженность перед медицинскими организациями", "2025-11-28", "в течение 10 дней", "day"),
  ]))

A.append(dict(id="v20-ru-03", lang="ru", published="2025-10-21",
  title="Скляр дал ряд поручений Минэнерго и KEGOC по подготовке энергосистемы к зиме",
  paras=[
  "Заместитель Премьер-министра Роман Скляр провел совещание по вопросам энергетической безопасности.",
  "Вице-премьер дал ряд поручений Министерству энергетики и АО «KEGOC»:",
  "- до 1 ноября завершить ремонт 14 энергоблоков;",
  "- в двухнедельный срок утвердить график перетоков электроэнергии;",
  "- в первом квартале 2026 года представить предложения по модернизации электрических сетей.",
  "Министр энергетики сообщил, что готовность энергоисточников к зиме составляет 96%."],
  gold=[
  G("до 1 ноября завершить ремонт 14 энергоблоков", "Deputy Prime Minister", ["Ministry of Energy", "KEGOC"],
    "завершить ремонт 14 энергоблоков", "2025-11-01", "до 1 ноября", "day"),
  G("в двухнедельный срок утвердить график перетоков электроэнергии", "Deputy Prime Minister", ["Ministry of Energy", "KEGOC"],
    "утвердить график перетоков электроэнергии", "2025-11-04", "в двухнедельный срок", "day"),
  G("в первом квартале 2026 года представить предложения", "Deputy Prime Minister", ["Ministry of Energy", "KEGOC"],
    "представить предложения по модернизации электрических сетей", "2026-03-31", "в первом квартале 2026 года", "quarter"),
  ]))

A.append(dict(id="v20-ru-04", lang="ru", published="2025-12-26",
  title="Акимату Алматы поручено запустить новые автобусные маршруты",
  paras=[
  "Премьер-министр Олжас Бектенов посетил Алматы с рабочей поездкой.",
  "Акимату Алматы поручено до конца января запустить 12 новых автобусных маршрутов в микрорайонах.",
  "Кроме того, Министерству транспорта совместно с акиматом города необходимо в январе утвердить проект расширения Восточной объездной автодороги.",
  "В ходе поездки премьер также осмотрел строительство новой школы на 3 000 мест."],
  gold=[
  G("до конца января запустить 12 новых автобусных маршрутов", "Prime Minister", ["Akimat of Almaty"],
    "запустить 12 новых автобусных маршрутов в микрорайонах", "2026-01-31", "до конца января", "month"),
  G("в январе утвердить проект расширения Восточной объездной автодороги", None, ["Ministry of Transport"],
    "утвердить проект расширения Восточной объездной автодороги", "2026-01-31", "в январе", "month", co=["Akimat of Almaty"]),
  ]))

A.append(dict(id="v20-ru-05", lang="ru", published="2025-09-02",
  title="Нацбанк сохранил базовую ставку на уровне 16,5%",
  paras=[
  "Национальный банк Казахстана сохранил базовую ставку на уровне 16,5%.",
  "Годовая инфляция в июле ускорилась до 12,2%, сообщили в Нацбанке.",
  "По оценке регулятора, инфляция вернется к целевому коридору в среднесрочной перспективе.",
  "Следующее решение по базовой ставке будет объявлено 10 октября."],
  gold=[]))

A.append(dict(id="v20-ru-06", lang="ru", published="2026-01-14",
  title="Вице-премьер поручил QazaqGaz увеличить поставки газа в Алматинскую область",
  paras=[
  "Заместитель Премьер-министра провел совещание по ситуации с газоснабжением в Алматинской области.",
  "Из-за аномальных морозов потребление газа в регионе выросло на 20%.",
  "АО «QazaqGaz» поручено до конца недели увеличить поставки газа в Алматинскую область.",
  "Акимату Алматинской области необходимо в кратчайшие сроки развернуть пункты обогрева в населенных пунктах.",
  "Жителей региона призывают экономно расходовать газ."],
  gold=[
  G("поручено до конца недели увеличить поставки газа", "Deputy Prime Minister", ["QazaqGaz"],
    "увеличить поставки газа в Алматинскую область", "2026-01-18", "до конца недели", "day"),
  G("в кратчайшие сроки развернуть пункты обогрева", None, ["Akimat of Almaty region"],
    "развернуть пункты обогрева в населенных пунктах", None, "в кратчайшие сроки", None),
  ]))

A.append(dict(id="v20-ru-07", lang="ru", published="2025-11-11",
  title="Бектенов поручил Минторговли заключить форвардные контракты на продукты",
  paras=[
  "На заседании Правительства под председательством Премьер-министра Олжаса Бектенова рассмотрены меры по сдерживанию цен на продукты питания.",
  "С начала года цены на социально значимые продовольственные товары выросли на 9,4%.",
  "Министерству торговли и интеграции совместно с акиматами поручено до 1 декабря заключить форвардные контракты на закуп сахара, гречки и растительного масла.",
  "Агентству по защите и развитию конкуренции необходимо усилить контроль за торговыми наценками.",
  "Премьер-министр отметил, что Правительство рассматривает возможность введения временного запрета на вывоз картофеля."],
  gold=[
  G("до 1 декабря заключить форвардные контракты", "Prime Minister", [MOTI],
    "заключить форвардные контракты на закуп сахара, гречки и растительного масла", "2025-12-01", "до 1 декабря", "day", co=["akimats"]),
  G("необходимо усилить контроль за торговыми наценками", None, [APDC],
    "усилить контроль за торговыми наценками"),
  ]))

A.append(dict(id="v20-ru-08", lang="ru", published="2025-08-12",
  title="МЧС поручено за три дня локализовать лесной пожар в области Абай",
  paras=[
  "В области Абай продолжается тушение лесного пожара в ленточном бору.",
  "Площадь пожара составила 1 200 гектаров, сообщили в МЧС.",
  "Министерству по чрезвычайным ситуациям совместно с Комитетом лесного хозяйства и животного мира поручено в течение трех дней локализовать очаги возгорания.",
  "Акимату области Абай необходимо до конца сентября обеспечить пострадавших жильем."],
  gold=[
  G("в течение трех дней локализовать очаги возгорания", None, ["Ministry of Emergency Situations"],
    "локализовать очаги возгорания", "2025-08-15", "в течение трех дней", "day", co=["Forestry and Wildlife Committee"]),
  G("до конца сентября обеспечить пострадавших жильем", None, ["Akimat of Abai region"],
    "обеспечить пострадавших жильем", "2025-09-30", "до конца сентября", "month"),
  ]))

A.append(dict(id="v20-ru-09", lang="ru", published="2025-12-30",
  title="Токаев поручил внести законопроект о поддержке отечественных производителей",
  paras=[
  "Касым-Жомарт Токаев поручил Правительству до 1 марта внести в Мажилис законопроект о поддержке отечественных производителей.",
  "Об этом сообщил пресс-секретарь Президента.",
  "Министерству промышленности и строительства и Министерству финансов поручено в течение месяца пересмотреть перечень льгот для обрабатывающей промышленности."],
  gold=[
  G("до 1 марта внести в Мажилис законопроект", "President", ["Government"],
    "внести в Мажилис законопроект о поддержке отечественных производителей", "2026-03-01", "до 1 марта", "day"),
  G("в течение месяца пересмотреть перечень льгот", None, ["Ministry of Industry and Construction", "Ministry of Finance"],
    "пересмотреть перечень льгот для обрабатывающей промышленности", "2026-01-30", "в течение месяца", "day"),
  ]))

A.append(dict(id="v20-ru-10", lang="ru", published="2026-03-03",
  title="Отбасы банку поручено расширить ипотечную программу «Наурыз»",
  paras=[
  "На заседании Правительства обсуждены итоги жилищного строительства за 2025 год.",
  "В прошлом году введено в эксплуатацию 18,2 млн квадратных метров жилья.",
  "Отбасы банку совместно с Казахстанской жилищной компанией поручено во втором полугодии расширить ипотечную программу «Наурыз» на вторичное жилье.",
  "Министерству промышленности и строительства необходимо до конца текущего года утвердить новые строительные нормы по сейсмостойкости.",
  "По планам, в 2026 году будет построено 19 млн квадратных метров жилья."],
  gold=[
  G("во втором полугодии расширить ипотечную программу", None, ["Otbasy Bank"],
    "расширить ипотечную программу «Наурыз» на вторичное жилье", "2026-12-31", "во втором полугодии", "half", co=["Kazakhstan Housing Company"]),
  G("до конца текущего года утвердить новые строительные нормы", None, ["Ministry of Industry and Construction"],
    "утвердить новые строительные нормы по сейсмостойкости", "2026-12-31", "до конца текущего года", "year"),
  G("в 2026 году будет построено 19 млн квадратных метров", None, [],
    "построить 19 млн квадратных метров жилья", "2026-12-31", "в 2026 году", "year", opt=True),
  ]))

A.append(dict(id="v20-ru-11", lang="ru", published="2025-10-08",
  title="Мадиев поручил Госкорпорации перевести госуслуги в проактивный формат",
  paras=[
  "Заместитель Премьер-министра – министр искусственного интеллекта и цифрового развития Жаслан Мадиев провел совещание по качеству государственных услуг.",
  "Госкорпорации «Правительство для граждан» поручено к 2027 году перевести в проактивный формат 50 государственных услуг.",
  "АО «Казпочта» должно в IV квартале запустить доставку документов из ЦОНов на дом.",
  "Также поставлен ряд задач, направленных на повышение цифровой грамотности населения."],
  gold=[
  G("к 2027 году перевести в проактивный формат 50 государственных услуг", "Deputy Prime Minister", ["Government for Citizens State Corporation"],
    "перевести в проактивный формат 50 государственных услуг", "2027-12-31", "к 2027 году", "year"),
  G("должно в IV квартале запустить доставку документов", None, ["Kazpost"],
    "запустить доставку документов из ЦОНов на дом", "2025-12-31", "в IV квартале", "quarter"),
  G("поставлен ряд задач, направленных на повышение цифровой грамотности", "Deputy Prime Minister", [],
    "повысить цифровую грамотность населения", opt=True),
  ]))

A.append(dict(id="v20-ru-12", lang="ru", published="2025-07-22",
  title="ВВП Казахстана за первое полугодие вырос на 6,2%",
  paras=[
  "Рост экономики Казахстана за январь–июнь 2025 года составил 6,2%.",
  "Наибольший рост показали строительство (15,1%) и транспорт (10,4%), сообщает Бюро национальной статистики.",
  "В Министерстве национальной экономики ожидают сохранения высоких темпов роста."],
  gold=[]))

A.append(dict(id="v20-ru-13", lang="ru", published="2025-12-19",
  title="Минфин поручил акиматам выплатить зарплаты бюджетникам до Нового года",
  paras=[
  "Министерство финансов поручило акиматам обеспечить выплату заработной платы работникам бюджетной сферы за декабрь до Нового года.",
  "Кроме того, государственным органам необходимо до 25 декабря текущего года завершить оплату по заключенным договорам госзакупок."],
  gold=[
  G("поручило акиматам обеспечить выплату заработной платы", "Ministry of Finance", ["akimats"],
    "обеспечить выплату заработной платы работникам бюджетной сферы за декабрь", "2025-12-31", "до Нового года", "year"),
  G("до 25 декабря текущего года завершить оплату", None, ["government agencies"],
    "завершить оплату по заключенным договорам госзакупок", "2025-12-25", "до 25 декабря текущего года", "day"),
  ]))

# ---------------------------------------------------------------- Kazakh
A.append(dict(id="v20-kk-01", lang="kk", published="2025-11-25",
  title="Премьер-Министр Ауыл шаруашылығы министрлігіне көктемгі егіске дайындықты бастауды тапсырды",
  paras=[
  "Үкімет отырысында 2026 жылғы көктемгі егіс жұмыстарына дайындық мәселесі қаралды.",
  "Биыл елімізде 23,5 млн гектарға егін егілді.",
  "Премьер-Министр Олжас Бектенов Ауыл шаруашылығы министрлігіне Аграрлық несие корпорациясымен бірлесіп жыл соңына дейін шаруаларды жеңілдетілген несиелендіру бағдарламасын бекітуді тапсырды.",
  "Сондай-ақ әкімдіктерге 2026 жылдың бірінші тоқсанында жанар-жағармай мен тұқым қорын толық қалыптастыру қажет."],
  gold=[
  G("жыл соңына дейін шаруаларды жеңілдетілген несиелендіру", "Prime Minister", ["Ministry of Agriculture"],
    "шаруаларды жеңілдетілген несиелендіру бағдарламасын бекіту", "2025-12-31", "жыл соңына дейін", "year", co=["Agrarian Credit Corporation"]),
  G("2026 жылдың бірінші тоқсанында жанар-жағармай мен тұқым қорын", None, ["akimats"],
    "жанар-жағармай мен тұқым қорын толық қалыптастыру", "2026-03-31", "2026 жылдың бірінші тоқсанында", "quarter"),
  ]))

A.append(dict(id="v20-kk-02", lang="kk", published="2025-12-16",
  title="Мемлекет басшысы Қаржы министрлігіне жаңа Салық кодексін түсіндіруді тапсырды",
  paras=[
  "Президент Қасым-Жомарт Тоқаев Ақордада Қаржы министрін қабылдады.",
  "Министр 2026 жылғы 1 қаңтардан бастап күшіне енетін жаңа Салық кодексін енгізуге дайындық туралы баяндады.",
  "Мемлекет басшысы Қаржы министрлігіне Мемлекеттік кірістер комитетімен бірлесіп бір ай ішінде кәсіпкерлерге арналған түсіндіру жұмыстарын жүргізуді тапсырды.",
  "Сонымен қатар Президент салық әкімшілігін цифрландыру жұмысын жалғастыру маңызды екенін атап өтті."],
  gold=[
  G("бір ай ішінде кәсіпкерлерге арналған түсіндіру жұмыстарын", "President", ["Ministry of Finance"],
    "кәсіпкерлерге арналған түсіндіру жұмыстарын жүргізу", "2026-01-16", "бір ай ішінде", "day", co=["State Revenue Committee"]),
  G("салық әкімшілігін цифрландыру жұмысын жалғастыру маңызды", "President", ["Ministry of Finance"],
    "салық әкімшілігін цифрландыру жұмысын жалғастыру", opt=True),
  ]))

A.append(dict(id="v20-kk-03", lang="kk", published="2026-01-27",
  title="Вице-премьер су тасқынына дайындық бойынша тапсырма берді",
  paras=[
  "Премьер-Министрдің орынбасары көктемгі су тасқынына дайындық жөніндегі кеңес өткізді.",
  "Қазгидромет болжамы бойынша, биыл Ақтөбе және Батыс Қазақстан облыстарында қар қоры нормадан 1,5 есе жоғары.",
  "Су ресурстары және ирригация министрлігіне ақпан айының соңына дейін гидротехникалық құрылыстарды тексеруді аяқтау тапсырылды.",
  "Төтенше жағдайлар министрлігі Ақтөбе облысының әкімдігімен бірлесіп 10 наурызға дейін қауіпті аймақтардағы тұрғындарды эвакуациялау жоспарын бекітуі тиіс."],
  gold=[
  G("ақпан айының соңына дейін гидротехникалық құрылыстарды", "Deputy Prime Minister", ["Ministry of Water Resources and Irrigation"],
    "гидротехникалық құрылыстарды тексеруді аяқтау", "2026-02-28", "ақпан айының соңына дейін", "month"),
  G("10 наурызға дейін қауіпті аймақтардағы тұрғындарды", None, ["Ministry of Emergency Situations"],
    "қауіпті аймақтардағы тұрғындарды эвакуациялау жоспарын бекіту", "2026-03-10", "10 наурызға дейін", "day", co=["Akimat of Aktobe region"]),
  ]))

A.append(dict(id="v20-kk-04", lang="kk", published="2025-09-23",
  title="Премьер-Министр үш ауысымды мектептер мәселесін шешуді тапсырды",
  paras=[
  "Үкімет отырысында жаңа оқу жылының басталуы қорытындыланды.",
  "Биыл 1 қыркүйекте 217 жаңа мектеп пайдалануға берілді.",
  "Премьер-Министр Оқу-ағарту министрлігі мен әкімдіктерге 2027 жылға дейін үш ауысымды мектептер мәселесін толық шешуді тапсырды.",
  "Шымкент қаласының әкімдігіне екі апта ішінде мектеп асханаларындағы тамақтану сапасын тексеру қажет."],
  gold=[
  G("2027 жылға дейін үш ауысымды мектептер мәселесін", "Prime Minister", ["Ministry of Education", "akimats"],
    "үш ауысымды мектептер мәселесін толық шешу", "2027-12-31", "2027 жылға дейін", "year"),
  G("екі апта ішінде мектеп асханаларындағы", None, ["Akimat of Shymkent"],
    "мектеп асханаларындағы тамақтану сапасын тексеру", "2025-10-07", "екі апта ішінде", "day"),
  ]))

A.append(dict(id="v20-kk-05", lang="kk", published="2025-12-23",
  title="Президент Ұлттық Банкке цифрлық теңге жобасын кеңейтуді тапсырды",
  paras=[
  "Мемлекет басшысы қаржы секторын дамыту мәселелері жөнінде кеңес өткізді.",
  "Президент Ұлттық Банкке Қаржы нарығын реттеу және дамыту агенттігімен бірлесіп 2026 жылдың бірінші жартыжылдығында цифрлық теңге жобасын кеңейтуді тапсырды.",
  "Сондай-ақ Қаржы нарығын реттеу және дамыту агенттігі 15 қаңтарға дейін микроқаржы ұйымдарына қойылатын талаптарды күшейту жөнінде ұсыныстар енгізуі тиіс.",
  "Кеңесте банктердің несие портфелі биыл 20 пайызға өскені айтылды."],
  gold=[
  G("2026 жылдың бірінші жартыжылдығында цифрлық теңге жобасын", "President", ["National Bank"],
    "цифрлық теңге жобасын кеңейту", "2026-06-30", "2026 жылдың бірінші жартыжылдығында", "half", co=[ARDFM]),
  G("15 қаңтарға дейін микроқаржы ұйымдарына", None, [ARDFM],
    "микроқаржы ұйымдарына қойылатын талаптарды күшейту жөнінде ұсыныстар енгізу", "2026-01-15", "15 қаңтарға дейін", "day"),
  ]))

A.append(dict(id="v20-kk-06", lang="kk", published="2025-10-14",
  title="ҚТЖ жолаушылар вагондарын жаңартпақ",
  paras=[
  "«Қазақстан темір жолы» ұлттық компаниясы 2026 жылы 300 жаңа жолаушылар вагонын сатып алуды жоспарлап отыр.",
  "Компания мәліметінше, биылғы 9 айда темір жолмен 15 млн жолаушы тасымалданды.",
  "Көлік министрлігінің хабарлауынша, Достық – Мойынты екінші жолы толық пайдалануға берілді."],
  gold=[
  G("2026 жылы 300 жаңа жолаушылар вагонын", None, ["Kazakhstan Temir Zholy"],
    "300 жаңа жолаушылар вагонын сатып алу", "2026-12-31", "2026 жылы", "year", opt=True),
  ]))

A.append(dict(id="v20-kk-07", lang="kk", published="2025-11-04",
  title="Премьер-Министр Жаңаөзен газ өңдеу зауытын іске қосу мерзімін белгіледі",
  paras=[
  "Премьер-Министр Олжас Бектенов Жаңаөзен газ өңдеу зауытының құрылыс барысымен танысты.",
  "Жобаның құны 300 млрд теңгеден асады, құрылыс жұмыстары 2024 жылы басталған.",
  "Бектенов «Самұрық-Қазына» қоры мен «QazaqGaz» ұлттық компаниясына зауытты 2026 жылдың екінші тоқсанында іске қосуды тапсырды.",
  "Энергетика министрлігі Маңғыстау облысының әкімдігімен бірлесіп жергілікті кадрларды даярлау мәселесін пысықтауы қажет."],
  gold=[
  G("зауытты 2026 жылдың екінші тоқсанында іске қосуды", "Prime Minister", ["Samruk-Kazyna", "QazaqGaz"],
    "зауытты іске қосу", "2026-06-30", "2026 жылдың екінші тоқсанында", "quarter"),
  G("жергілікті кадрларды даярлау мәселесін пысықтауы қажет", None, ["Ministry of Energy"],
    "жергілікті кадрларды даярлау мәселесін пысықтау", co=["Akimat of Mangystau region"]),
  ]))

A.append(dict(id="v20-kk-08", lang="kk", published="2026-01-09",
  title="Туризм және спорт министрлігіне курорттарды жаңғырту тапсырылды",
  paras=[
  "Үкімет отырысында ішкі туризмді дамыту мәселесі талқыланды.",
  "2025 жылы Қазақстанға 10 млн шетелдік турист келді.",
  "Туризм және спорт министрлігіне «Kazakh Tourism» ұлттық компаниясымен бірлесіп маусым айының соңына дейін Алакөл мен Бурабай курорттарындағы инфрақұрылымды жаңғырту жоспарын әзірлеу тапсырылды.",
  "Алматы облысының әкімдігі жаз маусымы басталғанға дейін Қапшағай жағалауын абаттандыруды аяқтауы тиіс."],
  gold=[
  G("маусым айының соңына дейін Алакөл мен Бурабай", None, ["Ministry of Tourism and Sports"],
    "Алакөл мен Бурабай курорттарындағы инфрақұрылымды жаңғырту жоспарын әзірлеу", "2026-06-30", "маусым айының соңына дейін", "month", co=["Kazakh Tourism"]),
  G("Қапшағай жағалауын абаттандыруды аяқтауы тиіс", None, ["Akimat of Almaty region"],
    "Қапшағай жағалауын абаттандыруды аяқтау", None, "жаз маусымы басталғанға дейін", None),
  ]))

A.append(dict(id="v20-kk-09", lang="kk", published="2025-12-02",
  title="Еңбек министрлігіне жастарды жұмыспен қамтудың жаңа тетігін ұсыну тапсырылды",
  paras=[
  "Премьер-Министрдің орынбасары – Ұлттық экономика министрі жұмыспен қамту мәселесі бойынша кеңес өткізді.",
  "Ресми деректерге сәйкес, үшінші тоқсанда жұмыссыздық деңгейі 4,6 пайыз болды.",
  "Еңбек және халықты әлеуметтік қорғау министрлігі Мемлекеттік әлеуметтік сақтандыру қорымен бірлесіп ағымдағы жылдың 20 желтоқсанына дейін жастарды жұмысқа орналастырудың жаңа тетігін ұсынуы тиіс.",
  "Кеңесте кәсіпкерлер жастарға арналған жаңа жұмыс орындарын ашуға шақырылды."],
  gold=[
  G("ағымдағы жылдың 20 желтоқсанына дейін жастарды", None, [MLSPP],
    "жастарды жұмысқа орналастырудың жаңа тетігін ұсыну", "2025-12-20", "ағымдағы жылдың 20 желтоқсанына дейін", "day", co=["State Social Insurance Fund"]),
  ]))

A.append(dict(id="v20-kk-10", lang="kk", published="2025-08-26",
  title="Ақмола облысында жаңа құс фабрикасы іске қосылды",
  paras=[
  "Ақмола облысында жылына 50 мың тонна өнім шығаратын құс фабрикасы іске қосылды.",
  "Жобаға 30 млрд теңге инвестиция салынып, 400 жаңа жұмыс орны ашылды.",
  "Облыс әкімінің айтуынша, өнімнің 30 пайызы экспортқа шығарылады."],
  gold=[]))

A.append(dict(id="v20-kk-11", lang="kk", published="2025-12-29",
  title="Бектенов Павлодар облысының әкімдігіне Екібастұздағы жылу беруді қалпына келтіруді тапсырды",
  paras=[
  "Премьер-Министр Олжас Бектенов Екібастұз ЖЭО-дағы жағдай бойынша жедел кеңес өткізді.",
  "Павлодар облысының әкімдігіне Жаңа жылға дейін қаладағы барлық тұрғын үйлерге жылу беруді толық қалпына келтіру тапсырылды.",
  "Энергетика министрлігі жылу маусымы аяқталғанша станцияның жұмысын күнделікті бақылауда ұстауы қажет."],
  gold=[
  G("Жаңа жылға дейін қаладағы барлық тұрғын үйлерге", "Prime Minister", ["Akimat of Pavlodar region"],
    "қаладағы барлық тұрғын үйлерге жылу беруді толық қалпына келтіру", "2025-12-31", "Жаңа жылға дейін", "year"),
  G("станцияның жұмысын күнделікті бақылауда ұстауы қажет", None, ["Ministry of Energy"],
    "станцияның жұмысын күнделікті бақылауда ұстау", None, "жылу маусымы аяқталғанша", None),
  ]))

A.append(dict(id="v20-kk-12", lang="kk", published="2025-10-28",
  title="Президент Сыртқы істер министрлігіне инвестиция тарту бойынша тапсырма берді",
  paras=[
  "Мемлекет басшысы Сыртқы істер министрін қабылдады.",
  "Министр биылғы 9 айда 45 халықаралық келісімге қол қойылғанын баяндады.",
  "Президент Сыртқы істер министрлігіне «Kazakh Invest» ұлттық компаниясымен бірлесіп келесі жылдың соңына дейін кемінде 20 ірі инвестициялық жобаны тартуды тапсырды.",
  "Сондай-ақ Мемлекет басшысы шетелдегі отандастарды қолдау жұмысын күшейту қажеттігін айтты."],
  gold=[
  G("келесі жылдың соңына дейін кемінде 20 ірі инвестициялық", "President", ["Ministry of Foreign Affairs"],
    "кемінде 20 ірі инвестициялық жобаны тарту", "2026-12-31", "келесі жылдың соңына дейін", "year", co=["Kazakh Invest"]),
  G("шетелдегі отандастарды қолдау жұмысын күшейту қажеттігін", "President", ["Ministry of Foreign Affairs"],
    "шетелдегі отандастарды қолдау жұмысын күшейту", opt=True),
  ]))

A.append(dict(id="v20-kk-13", lang="kk", published="2026-04-14",
  title="Ішкі істер министрлігіне жол қауіпсіздігін арттыру тапсырылды",
  paras=[
  "Үкімет отырысында жол-көлік оқиғаларының алдын алу шаралары қаралды.",
  "Ішкі істер министрлігіне жұмаға дейін Алматы – Қапшағай тас жолындағы жылдамдықты бақылау камераларының жұмысын тексеру тапсырылды.",
  "Көлік министрлігі «ҚазАвтоЖол» ұлттық компаниясымен бірлесіп үшінші тоқсанның соңына дейін 500 шақырым жолды жөндеуді аяқтауы тиіс.",
  "Былтыр жол апаттарының саны 7 пайызға азайған."],
  gold=[
  G("жұмаға дейін Алматы – Қапшағай тас жолындағы", None, ["Ministry of Internal Affairs"],
    "Алматы – Қапшағай тас жолындағы жылдамдықты бақылау камераларының жұмысын тексеру", "2026-04-17", "жұмаға дейін", "day"),
  G("үшінші тоқсанның соңына дейін 500 шақырым жолды", None, ["Ministry of Transport"],
    "500 шақырым жолды жөндеуді аяқтау", "2026-09-30", "үшінші тоқсанның соңына дейін", "quarter", co=["KazAvtoZhol"]),
  ]))

A.append(dict(id="v20-kk-14", lang="kk", published="2025-09-09",
  title="Шығыс Қазақстан облысының әкімдігіне драма театрын жөндеуді жеделдету тапсырылды",
  paras=[
  "Үкіметте Шығыс Қазақстан облысындағы мәдени нысандарды жөндеу мәселесі талқыланды.",
  "Шығыс Қазақстан облысының әкімдігіне 10 күн ішінде Өскемендегі драма театрын жөндеу жобасын сараптамаға жіберу тапсырылды.",
  "Мәдениет және ақпарат министрлігі ағымдағы жылдың 1 желтоқсанына дейін өңірлік мұражайларды цифрландыру бағдарламасын бекітуі қажет.",
  "Министрліктің мәліметінше, 2024 жылы облыстағы 12 мәдениет үйі жөнделген."],
  gold=[
  G("10 күн ішінде Өскемендегі драма театрын", None, ["Akimat of East Kazakhstan region"],
    "Өскемендегі драма театрын жөндеу жобасын сараптамаға жіберу", "2025-09-19", "10 күн ішінде", "day"),
  G("ағымдағы жылдың 1 желтоқсанына дейін өңірлік мұражайларды", None, ["Ministry of Culture and Information"],
    "өңірлік мұражайларды цифрландыру бағдарламасын бекіту", "2025-12-01", "ағымдағы жылдың 1 желтоқсанына дейін", "day"),
  ]))


def main():
    with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as fa, \
         open(os.path.join(OUT, "dev_gold.jsonl"), "w", encoding="utf-8") as fg:
        for a in A:
            fa.write(json.dumps({"id": a["id"], "lang": a["lang"], "published": a["published"],
                                 "title": a["title"], "text": "\n".join(a["paras"])}, ensure_ascii=False) + "\n")
            for g in a["gold"]:
                fg.write(json.dumps({
                    "article": a["title"], "published": a["published"], "published_inferred": False,
                    "quote": g["q"], "optional": g["opt"], "issuer": g["iss"],
                    "responsible": g["resp"], "co_executors": g["co"], "task": g["task"],
                    "deadline": g["dl"], "deadline_text": g["dt"], "deadline_granularity": g["gr"],
                }, ensure_ascii=False) + "\n")
    print(len(A), "articles,", sum(len(a["gold"]) for a in A), "directives")

if __name__ == "__main__":
    main()
