#!/usr/bin/env python3
"""Generator for validation_set10: hand-written articles + hand labels.
Writes ../articles.jsonl and ../dev_gold.jsonl. Run validate.py afterwards."""
import json, os

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ARTS = []  # (meta, lines, gold)

def D(quote, issuer, resp, task, deadline=None, dtext=None, gran=None, co=(), optional=False):
    return dict(quote=quote, optional=optional, issuer=issuer, responsible=list(resp),
                co_executors=list(co), task=task, deadline=deadline, deadline_text=dtext,
                deadline_granularity=gran)

PM, PR = "Prime Minister", "President"
MWRI = "Ministry of Water Resources and Irrigation"
MAIDD = "Ministry of Artificial Intelligence and Digital Development"
MLSPP = "Ministry of Labor and Social Protection of the Population"

# ---------------------------------------------------------------- EN1
ARTS.append((dict(id="v10-en-1", lang="en", published="2025-04-22",
  title="Government reviews construction of new water reservoirs"), [
"At the Government session chaired by Prime Minister Olzhas Bektenov, the progress of construction of new water reservoirs and the modernization of irrigation systems were considered.",
"Minister of Water Resources and Irrigation Nurzhan Nurzhigitov reported that in 2024, construction of 3 new reservoirs was completed and 14 existing ones were reconstructed, which made it possible to provide additional water to 40 thousand hectares of irrigated land.",
"According to him, in the first quarter of 2025, 210 km of canals were cleaned, and by 2030 it is planned to build 42 new reservoirs with a total volume of 1.9 billion cubic meters.",
"Akim of Turkistan region Darkhan Satybaldy said that since the beginning of the year the region has lost about 12% of irrigation water due to worn-out canals, and the repair of 85 km of the main canal started on April 1.",
"Akim of Zhambyl region Yerbol Karashukeyev noted that the Tasotkel reservoir was filled to 92% as of April 15.",
"Summing up, the Prime Minister recalled that earlier the Head of State had instructed the Government to build at least 20 new reservoirs by 2027.",
"In this regard, Olzhas Bektenov instructed the Ministry of Finance to provide funding for the construction of priority reservoirs in the third quarter, and the Ministry of Water Resources and Irrigation to complete the design and estimate documentation for six new reservoirs by July 1.",
"The ministry, together with the akimats of Turkistan and Zhambyl regions, must also complete the reconstruction of 150 km of irrigation canals by the end of the year.",
"In addition, the Prime Minister gave a number of instructions to the Ministry of Ecology and Natural Resources:",
"- within two weeks, submit proposals on simplifying environmental permits for hydraulic structures;",
"- by the end of the second quarter, approve the rules for sanitary protection zones of reservoirs;",
"- together with Kazvodkhoz, complete the inventory of ownerless hydraulic structures in June.",
"Water is a strategic resource, and every tenge allocated for reservoirs must work for the farmer, so the regional akimats must ensure strict control over the quality of construction works, – the Prime Minister said.",
], [
D("it is planned to build 42 new reservoirs", None, [], "build 42 new reservoirs with a total volume of 1.9 billion cubic meters", "2030-12-31", "by 2030", "year", optional=True),
D("had instructed the Government to build at least 20 new reservoirs", PR, ["Government"], "build at least 20 new reservoirs", "2027-12-31", "by 2027", "year"),
D("instructed the Ministry of Finance to provide funding for the construction of priority reservoirs", PM, ["Ministry of Finance"], "provide funding for the construction of priority reservoirs", "2025-09-30", "in the third quarter", "quarter"),
D("the Ministry of Water Resources and Irrigation to complete the design and estimate documentation", PM, [MWRI], "complete the design and estimate documentation for six new reservoirs", "2025-07-01", "by July 1", "day"),
D("must also complete the reconstruction of 150 km of irrigation canals", PM, [MWRI], "complete the reconstruction of 150 km of irrigation canals", "2025-12-31", "by the end of the year", "year", co=["Akimat of Turkistan region", "Akimat of Zhambyl region"]),
D("submit proposals on simplifying environmental permits", PM, ["Ministry of Ecology and Natural Resources"], "submit proposals on simplifying environmental permits for hydraulic structures", "2025-05-06", "within two weeks", "day"),
D("approve the rules for sanitary protection zones of reservoirs", PM, ["Ministry of Ecology and Natural Resources"], "approve the rules for sanitary protection zones of reservoirs", "2025-06-30", "by the end of the second quarter", "quarter"),
D("complete the inventory of ownerless hydraulic structures", PM, ["Ministry of Ecology and Natural Resources"], "complete the inventory of ownerless hydraulic structures", "2025-06-30", "in June", "month", co=["Kazvodkhoz"]),
D("the regional akimats must ensure strict control over the quality of construction works", PM, ["akimats"], "ensure strict control over the quality of construction works"),
]))

# ---------------------------------------------------------------- EN2
ARTS.append((dict(id="v10-en-2", lang="en", published="2025-07-15",
  title="Head of State holds meeting on increasing transit cargo traffic through Kazakhstan"), [
"President Kassym-Jomart Tokayev held a meeting on the development of the country's transit and logistics potential, attended by members of the Government and heads of national companies.",
"Minister of Transport Nurlan Sauranbayev reported that in the first half of 2025, transit cargo traffic through Kazakhstan by road increased by 18% and amounted to 2.1 million tons.",
"Minister of Finance Madi Takiyev informed that waiting time at the Nur Zholy and Khorgos checkpoints decreased from 12 to 7 hours after the launch of electronic queues in March.",
"Minister of Trade and Integration Arman Shakkaliyev said that 46 agreements with foreign logistics operators were signed last year.",
"The Head of State noted that Kazakhstan must become a key transit hub of Eurasia, and the volume of transit by road should double by 2029.",
"Kassym-Jomart Tokayev instructed the Ministry of Transport to complete the construction of four multimodal logistics hubs near the borders by the end of next year.",
"The Ministry of Finance, jointly with the Border Service, was instructed to introduce round-the-clock operation of all automobile checkpoints on the border with China by October 1.",
"Within a month, the Government must submit proposals on unifying transit fees with the member states of the Eurasian Economic Union, and the Ministry of Trade and Integration must prepare a draft agreement on a single transit declaration with Uzbekistan by the end of the third quarter.",
"The President also gave the following instructions to the Ministry of Artificial Intelligence and Digital Development:",
"- launch the digital transit corridor information system in the fourth quarter;",
"- within 10 days, present a plan for integrating the customs databases of neighboring countries.",
"The President reminded that last year he had instructed the Government to bring annual transit revenue to 10 billion dollars by 2030.",
"Akimats of the border regions need to allocate land plots for roadside service facilities along transit routes promptly.",
"Every hour of downtime at the border is lost money for the country, and the ministry must remove all bottlenecks on transit routes, – the Head of State said.",
], [
D("the volume of transit by road should double by 2029", PR, [], "double the volume of transit by road", "2029-12-31", "by 2029", "year", optional=True),
D("instructed the Ministry of Transport to complete the construction of four multimodal logistics hubs", PR, ["Ministry of Transport"], "complete the construction of four multimodal logistics hubs near the borders", "2026-12-31", "by the end of next year", "year"),
D("was instructed to introduce round-the-clock operation of all automobile checkpoints", PR, ["Ministry of Finance"], "introduce round-the-clock operation of all automobile checkpoints on the border with China", "2025-10-01", "by October 1", "day", co=["Border Service"]),
D("the Government must submit proposals on unifying transit fees", PR, ["Government"], "submit proposals on unifying transit fees with the member states of the Eurasian Economic Union", "2025-08-15", "Within a month", "day"),
D("must prepare a draft agreement on a single transit declaration", PR, ["Ministry of Trade and Integration"], "prepare a draft agreement on a single transit declaration with Uzbekistan", "2025-09-30", "by the end of the third quarter", "quarter"),
D("launch the digital transit corridor information system", PR, [MAIDD], "launch the digital transit corridor information system", "2025-12-31", "in the fourth quarter", "quarter"),
D("present a plan for integrating the customs databases", PR, [MAIDD], "present a plan for integrating the customs databases of neighboring countries", "2025-07-25", "within 10 days", "day"),
D("he had instructed the Government to bring annual transit revenue", PR, ["Government"], "bring annual transit revenue to 10 billion dollars", "2030-12-31", "by 2030", "year"),
D("need to allocate land plots for roadside service facilities", PR, ["akimats"], "allocate land plots for roadside service facilities along transit routes", None, "promptly", None),
D("the ministry must remove all bottlenecks on transit routes", PR, ["Ministry of Transport"], "remove all bottlenecks on transit routes"),
]))

# ---------------------------------------------------------------- EN3
ARTS.append((dict(id="v10-en-3", lang="en", published="2025-10-30",
  title="Government discusses measures to prevent electricity shortages in winter"), [
"At the Government session chaired by Prime Minister Olzhas Bektenov, measures to ensure reliable electricity supply during the autumn-winter period were considered.",
"Minister of Energy Yerlan Akkenzhenov reported that in 9 months of 2025 electricity consumption grew by 4.2%, while generation increased by only 2.9%, and the deficit during peak hours reached 1.3 GW last January.",
"He noted that repairs of 27 power units were completed by October 20, and KEGOC commissioned a new 500 kV line in September.",
"Akim of Pavlodar region Asain Baikhanov said that two units of the Ekibastuz power plant will be launched after repairs in November.",
"Prime Minister Olzhas Bektenov instructed the Ministry of Energy, together with Samruk-Energy and KEGOC, to ensure the readiness of reserve capacities by November 15.",
"The ministry has also been tasked with concluding agreements on emergency electricity imports from neighboring countries by the end of this week.",
"The Committee for Regulation of Natural Monopolies must approve the investment programs of regional power grid companies by December 1, and the Ministry of National Economy must submit proposals on tariffs for consumers who reduce peak load in the first quarter of next year.",
"The Prime Minister gave a number of instructions to the akimats of Pavlodar, Karaganda and East Kazakhstan regions:",
"- create a reserve of emergency repair teams within 10 days;",
"- by the end of the year, carry out the replacement of 300 worn-out transformer substations;",
"- the Akimat of Karaganda region should additionally complete the connection of the new substation in Temirtau by December 20.",
"The akimats must also report to the Ministry of Energy on the state of power grids every week.",
"Not a single settlement should be left without electricity in winter, and the Ministry of Energy must take every outage under personal control, – the Prime Minister said.",
], [
D("two units of the Ekibastuz power plant will be launched", None, [], "launch two units of the Ekibastuz power plant after repairs", "2025-11-30", "in November", "month", optional=True),
D("to ensure the readiness of reserve capacities by November 15", PM, ["Ministry of Energy"], "ensure the readiness of reserve capacities", "2025-11-15", "by November 15", "day", co=["Samruk-Energy", "KEGOC"]),
D("has also been tasked with concluding agreements on emergency electricity imports", PM, ["Ministry of Energy"], "conclude agreements on emergency electricity imports from neighboring countries", "2025-11-02", "by the end of this week", "day"),
D("must approve the investment programs of regional power grid companies", PM, ["Committee for Regulation of Natural Monopolies"], "approve the investment programs of regional power grid companies", "2025-12-01", "by December 1", "day"),
D("must submit proposals on tariffs for consumers who reduce peak load", PM, ["Ministry of National Economy"], "submit proposals on tariffs for consumers who reduce peak load", "2026-03-31", "in the first quarter of next year", "quarter"),
D("create a reserve of emergency repair teams", PM, ["Akimat of Pavlodar region", "Akimat of Karaganda region", "Akimat of East Kazakhstan region"], "create a reserve of emergency repair teams", "2025-11-09", "within 10 days", "day"),
D("carry out the replacement of 300 worn-out transformer substations", PM, ["Akimat of Pavlodar region", "Akimat of Karaganda region", "Akimat of East Kazakhstan region"], "carry out the replacement of 300 worn-out transformer substations", "2025-12-31", "by the end of the year", "year"),
D("complete the connection of the new substation in Temirtau", PM, ["Akimat of Karaganda region"], "complete the connection of the new substation in Temirtau", "2025-12-20", "by December 20", "day"),
D("The akimats must also report to the Ministry of Energy", PM, ["Akimat of Pavlodar region", "Akimat of Karaganda region", "Akimat of East Kazakhstan region"], "report to the Ministry of Energy on the state of power grids every week"),
D("the Ministry of Energy must take every outage under personal control", PM, ["Ministry of Energy"], "take every outage under personal control"),
]))

# ---------------------------------------------------------------- EN4
ARTS.append((dict(id="v10-en-4", lang="en", published="2026-02-10",
  title="Government discusses staffing of rural medical facilities"), [
"The Government session chaired by Prime Minister Olzhas Bektenov considered the issue of providing rural settlements with medical personnel.",
"Minister of Healthcare Akmaral Alnazarova reported that as of January 1, 2026, the shortage of doctors in rural areas amounted to 2,340 specialists, most of them general practitioners and pediatricians.",
"In 2025, 1,150 young specialists went to work in villages under the With a Diploma to the Village program, and 86 new medical outpatient clinics were opened.",
"Minister of Science and Higher Education Sayasat Nurbek said that the number of state grants for medical specialties was increased by 15% last year.",
"Akim of Kostanay region Kumar Aksakalov noted that the region provided 120 service houses for doctors in 2025.",
"The Prime Minister noted that the Head of State had previously instructed to fully eliminate the shortage of doctors in rural areas by 2028.",
"Olzhas Bektenov instructed the Ministry of Healthcare, together with the Ministry of Science and Higher Education, to increase the targeted grants for rural youth in medical universities by 20% by August 1.",
"Akimats must provide housing for all young doctors who arrived in villages last year by May 1, and the Ministry of Labor and Social Protection of the Population must revise the size of the relocation allowance by the end of the first half of the year.",
"The Prime Minister gave the following instructions to the Ministry of Healthcare:",
"- within a month, launch a unified vacancy portal for rural medical organizations;",
"- in March, approve the standard of mobile medical teams for remote villages;",
"- together with the akimats, draw up a regional map of personnel needs by April 15.",
"A doctor in a village is not a luxury, but a basic guarantee of the state, and the ministry must personally monitor each vacancy, – the Prime Minister said.",
"Olzhas Bektenov also set a number of tasks aimed at raising the prestige of rural medicine.",
], [
D("had previously instructed to fully eliminate the shortage of doctors in rural areas", PR, [], "fully eliminate the shortage of doctors in rural areas", "2028-12-31", "by 2028", "year"),
D("to increase the targeted grants for rural youth in medical universities", PM, ["Ministry of Healthcare"], "increase the targeted grants for rural youth in medical universities by 20%", "2026-08-01", "by August 1", "day", co=["Ministry of Science and Higher Education"]),
D("Akimats must provide housing for all young doctors", PM, ["akimats"], "provide housing for all young doctors who arrived in villages last year", "2026-05-01", "by May 1", "day"),
D("must revise the size of the relocation allowance", PM, [MLSPP], "revise the size of the relocation allowance", "2026-06-30", "by the end of the first half of the year", "half"),
D("launch a unified vacancy portal for rural medical organizations", PM, ["Ministry of Healthcare"], "launch a unified vacancy portal for rural medical organizations", "2026-03-10", "within a month", "day"),
D("approve the standard of mobile medical teams", PM, ["Ministry of Healthcare"], "approve the standard of mobile medical teams for remote villages", "2026-03-31", "in March", "month"),
D("draw up a regional map of personnel needs", PM, ["Ministry of Healthcare"], "draw up a regional map of personnel needs", "2026-04-15", "by April 15", "day", co=["akimats"]),
D("the ministry must personally monitor each vacancy", PM, ["Ministry of Healthcare"], "personally monitor each vacancy"),
D("set a number of tasks aimed at raising the prestige of rural medicine", PM, [], "raise the prestige of rural medicine", optional=True),
]))

# ---------------------------------------------------------------- EN5
ARTS.append((dict(id="v10-en-5", lang="en", published="2026-05-21",
  title="Tokayev holds meeting on digitalization of traffic fines"), [
"Head of State Kassym-Jomart Tokayev held a meeting on ensuring road safety and digitalization of the administrative fines system.",
"Minister of Internal Affairs Yerzhan Sadenov reported that in 4 months of 2026, 3.8 million traffic violations were recorded by cameras, which is 22% more than in the same period last year.",
"He noted that since January 2025 the number of road traffic deaths decreased by 11%, and 1,400 new cameras were installed in Astana, Almaty and Shymkent.",
"Minister of Artificial Intelligence and Digital Development Zhaslan Madiyev said that 64% of fines are now paid through the eGov mobile application.",
"The President emphasized that the digitalization of fines should not turn into a tool for replenishing local budgets.",
"Kassym-Jomart Tokayev instructed the Ministry of Internal Affairs to introduce automatic notification of drivers of violations through eGov within two weeks, and the Ministry of Artificial Intelligence and Digital Development to ensure the integration of the fines database with banking applications by September 1.",
"The Prosecutor General's Office, jointly with the Ministry of Internal Affairs, must audit the legality of the placement of private traffic cameras by the end of June.",
"The Head of State gave a number of instructions to the Akimat of Astana and the Akimat of Almaty:",
"- by the end of the third quarter, install cameras at all pedestrian crossings near kindergartens;",
"- in the current year, transfer the maintenance of traffic lights to a single digital platform;",
"- by Friday, publish the map of all speed cameras on open data portals.",
"Fines must discipline, not punish, and the Interior Ministry must ensure that every citizen can appeal a fine online, – the Head of State said.",
"The President recalled that in March he had instructed the Government to fully switch to paperless administrative proceedings for traffic violations by January 1, 2027.",
], [
D("to introduce automatic notification of drivers of violations through eGov", PR, ["Ministry of Internal Affairs"], "introduce automatic notification of drivers of violations through eGov", "2026-06-04", "within two weeks", "day"),
D("to ensure the integration of the fines database with banking applications", PR, [MAIDD], "ensure the integration of the fines database with banking applications", "2026-09-01", "by September 1", "day"),
D("must audit the legality of the placement of private traffic cameras", PR, ["Prosecutor General's Office"], "audit the legality of the placement of private traffic cameras", "2026-06-30", "by the end of June", "month", co=["Ministry of Internal Affairs"]),
D("install cameras at all pedestrian crossings near kindergartens", PR, ["Akimat of Astana", "Akimat of Almaty"], "install cameras at all pedestrian crossings near kindergartens", "2026-09-30", "by the end of the third quarter", "quarter"),
D("transfer the maintenance of traffic lights to a single digital platform", PR, ["Akimat of Astana", "Akimat of Almaty"], "transfer the maintenance of traffic lights to a single digital platform", "2026-12-31", "in the current year", "year"),
D("publish the map of all speed cameras on open data portals", PR, ["Akimat of Astana", "Akimat of Almaty"], "publish the map of all speed cameras on open data portals", "2026-05-22", "by Friday", "day"),
D("must ensure that every citizen can appeal a fine online", PR, ["Ministry of Internal Affairs"], "ensure that every citizen can appeal a fine online"),
D("had instructed the Government to fully switch to paperless administrative proceedings", PR, ["Government"], "fully switch to paperless administrative proceedings for traffic violations", "2027-01-01", "by January 1, 2027", "day"),
]))

# ---------------------------------------------------------------- EN6
ARTS.append((dict(id="v10-en-6", lang="en", published="2026-09-08",
  title="Government discusses development of export of services"), [
"At the Government session chaired by Prime Minister Olzhas Bektenov, measures to increase the export of services were discussed.",
"Minister of Trade and Integration Arman Shakkaliyev reported that in the first half of 2026, the export of services amounted to 6.4 billion dollars, which is 9% more than a year earlier.",
"The largest share was transport and tourism services, while the export of IT services grew by 31% and reached 780 million dollars.",
"Minister of Artificial Intelligence and Digital Development Zhaslan Madiyev said that since 2023, 1,250 participants of Astana Hub have exported their services to 79 countries.",
"Chairman of the Board of QazTrade Kairat Torebayev reported that 340 exporters of services received support in 2025.",
"The Prime Minister recalled that the Head of State had instructed the Government to bring the export of services to 15 billion dollars by 2029.",
"Olzhas Bektenov instructed the Ministry of Trade and Integration, together with QazTrade, to develop a Roadmap for the export of services by November 1.",
"The National Bank has been instructed to simplify currency control procedures for service exporters by the end of the year, and KazakhExport to launch an insurance product for exporters of IT services in the fourth quarter.",
"Akimats of Astana, Almaty and Shymkent should open export support centers for service companies by December 15.",
"The Prime Minister gave a number of instructions to the Ministry of Artificial Intelligence and Digital Development:",
"- within two weeks, submit proposals on the creation of IT export offices in the USA and the UAE;",
"- by mid-year, ensure the training of 5,000 specialists under export-oriented IT programs;",
"- together with the Ministry of Foreign Affairs, hold a road show of Kazakh IT companies in Southeast Asia in October.",
"Services are a new source of growth, and the Ministry of Trade must remove every administrative barrier for exporters, – the Prime Minister said.",
], [
D("had instructed the Government to bring the export of services to 15 billion dollars", PR, ["Government"], "bring the export of services to 15 billion dollars", "2029-12-31", "by 2029", "year"),
D("to develop a Roadmap for the export of services by November 1", PM, ["Ministry of Trade and Integration"], "develop a Roadmap for the export of services", "2026-11-01", "by November 1", "day", co=["QazTrade"]),
D("has been instructed to simplify currency control procedures for service exporters", PM, ["National Bank"], "simplify currency control procedures for service exporters", "2026-12-31", "by the end of the year", "year"),
D("KazakhExport to launch an insurance product for exporters of IT services", PM, ["KazakhExport"], "launch an insurance product for exporters of IT services", "2026-12-31", "in the fourth quarter", "quarter"),
D("should open export support centers for service companies", PM, ["Akimat of Astana", "Akimat of Almaty", "Akimat of Shymkent"], "open export support centers for service companies", "2026-12-15", "by December 15", "day"),
D("submit proposals on the creation of IT export offices", PM, [MAIDD], "submit proposals on the creation of IT export offices in the USA and the UAE", "2026-09-22", "within two weeks", "day"),
D("ensure the training of 5,000 specialists", PM, [MAIDD], "ensure the training of 5,000 specialists under export-oriented IT programs", "2027-06-30", "by mid-year", "half"),
D("hold a road show of Kazakh IT companies in Southeast Asia", PM, [MAIDD], "hold a road show of Kazakh IT companies in Southeast Asia", "2026-10-31", "in October", "month", co=["Ministry of Foreign Affairs"]),
D("the Ministry of Trade must remove every administrative barrier for exporters", PM, ["Ministry of Trade and Integration"], "remove every administrative barrier for exporters"),
]))

# ---------------------------------------------------------------- RU1
ARTS.append((dict(id="v10-ru-1", lang="ru", published="2025-05-27",
  title="Правительство обсудило развитие внутреннего туризма"), [
"На заседании Правительства под председательством Премьер-министра Олжаса Бектенова рассмотрены вопросы развития внутреннего туризма.",
"Министр туризма и спорта Ербол Мырзабосынов доложил, что в 2024 году внутренние туристические поездки совершили 9,8 млн человек, что на 12% больше, чем годом ранее.",
"По его словам, за первый квартал 2025 года места размещения приняли 1,6 млн посетителей, а доходы от туризма выросли на 14%.",
"В текущем году планируется ввести в эксплуатацию 40 новых гостиниц.",
"Аким Алматинской области Марат Султангазиев сообщил, что к 1 мая на Алаколе и Капшагае введено 34 новых объекта придорожного сервиса.",
"Аким Акмолинской области Марат Ахметжанов отметил, что курортную зону Бурабай в прошлом году посетили 2,1 млн туристов.",
"Премьер-министр напомнил, что ранее Глава государства поручил Правительству довести число внутренних туристов до 12 млн к 2029 году.",
"Олжас Бектенов поручил Министерству туризма и спорта совместно с Kazakh Tourism до 1 июля запустить единую национальную платформу бронирования туров.",
"Отдых внутри страны должен быть доступным и качественным, поэтому ведомству совместно с акиматами необходимо взять под контроль цены на размещение в высокий сезон, – подчеркнул Премьер-министр.",
"Министерству транспорта необходимо до конца июня обеспечить запуск дополнительных автобусных рейсов к курортным зонам, а Министерству внутренних дел — в двухнедельный срок усилить патрулирование на туристических маршрутах.",
"Премьер-министр дал ряд поручений акиматам Алматинской и Акмолинской областей:",
"— до начала летнего сезона завершить благоустройство пляжей и общественных туалетов;",
"— в течение месяца утвердить единые требования к сезонным торговым точкам;",
"— до конца третьего квартала построить 15 кемпингов на туристических маршрутах.",
], [
D("планируется ввести в эксплуатацию 40 новых гостиниц", None, [], "ввести в эксплуатацию 40 новых гостиниц", "2025-12-31", "В текущем году", "year", optional=True),
D("поручил Правительству довести число внутренних туристов до 12 млн", PR, ["Government"], "довести число внутренних туристов до 12 млн", "2029-12-31", "к 2029 году", "year"),
D("до 1 июля запустить единую национальную платформу бронирования туров", PM, ["Ministry of Tourism and Sports"], "запустить единую национальную платформу бронирования туров", "2025-07-01", "до 1 июля", "day", co=["Kazakh Tourism"]),
D("необходимо взять под контроль цены на размещение в высокий сезон", PM, ["Ministry of Tourism and Sports"], "взять под контроль цены на размещение в высокий сезон", co=["akimats"]),
D("обеспечить запуск дополнительных автобусных рейсов к курортным зонам", PM, ["Ministry of Transport"], "обеспечить запуск дополнительных автобусных рейсов к курортным зонам", "2025-06-30", "до конца июня", "month"),
D("в двухнедельный срок усилить патрулирование на туристических маршрутах", PM, ["Ministry of Internal Affairs"], "усилить патрулирование на туристических маршрутах", "2025-06-10", "в двухнедельный срок", "day"),
D("завершить благоустройство пляжей и общественных туалетов", PM, ["Akimat of Almaty region", "Akimat of Akmola region"], "завершить благоустройство пляжей и общественных туалетов", None, "до начала летнего сезона", None),
D("утвердить единые требования к сезонным торговым точкам", PM, ["Akimat of Almaty region", "Akimat of Akmola region"], "утвердить единые требования к сезонным торговым точкам", "2025-06-27", "в течение месяца", "day"),
D("построить 15 кемпингов на туристических маршрутах", PM, ["Akimat of Almaty region", "Akimat of Akmola region"], "построить 15 кемпингов на туристических маршрутах", "2025-09-30", "до конца третьего квартала", "quarter"),
]))

# ---------------------------------------------------------------- RU2
ARTS.append((dict(id="v10-ru-2", lang="ru", published="2025-08-19",
  title="Правительство рассмотрело реформу системы субсидирования АПК"), [
"На заседании Правительства рассмотрены вопросы реформирования системы субсидирования агропромышленного комплекса.",
"Министр сельского хозяйства Айдарбек Сапаров доложил, что в 2024 году на субсидирование было направлено 640 млрд тенге, однако 38% средств получили всего 5% крупных хозяйств.",
"За семь месяцев 2025 года выявлено нарушений при выдаче субсидий на сумму 12,4 млрд тенге.",
"Министр национальной экономики Серик Жумангарин отметил, что с 1 января 2025 года доля субсидий, выданных через цифровую платформу, достигла 92%.",
"Председатель правления Аграрной кредитной корпорации Бахыт Мукашев сообщил, что в первом полугодии выдано займов на 210 млрд тенге.",
"Премьер-министр напомнил, что в прошлом году Глава государства поручил Правительству до конца 2026 года перейти от прямых субсидий к льготному кредитованию аграриев.",
"Олжас Бектенов поручил Министерству сельского хозяйства до 1 октября внести в Правительство новые правила субсидирования, а Министерству финансов совместно с Министерством национальной экономики до конца года обеспечить перевод всех выплат субсидий на казначейское сопровождение.",
"Аграрной кредитной корпорации необходимо в третьем квартале снизить ставку по кредитам для малых хозяйств до 5%.",
"Кроме того, Премьер-министр дал ряд поручений Министерству сельского хозяйства:",
"— в течение 10 дней представить перечень неэффективных видов субсидий;",
"— до 15 сентября обеспечить автоматическую проверку заявок на субсидии;",
"— в октябре провести обсуждение новых правил с фермерами во всех регионах.",
"Субсидии должны работать на рост производительности, а не на поддержку отдельных хозяйств, ведомству необходимо обеспечить полную прозрачность их распределения, – подчеркнул Премьер-министр.",
"Акиматам областей поручено до конца недели проверить все выданные в 2025 году субсидии на приобретение техники.",
], [
D("поручил Правительству до конца 2026 года перейти от прямых субсидий", PR, ["Government"], "перейти от прямых субсидий к льготному кредитованию аграриев", "2026-12-31", "до конца 2026 года", "year"),
D("до 1 октября внести в Правительство новые правила субсидирования", PM, ["Ministry of Agriculture"], "внести в Правительство новые правила субсидирования", "2025-10-01", "до 1 октября", "day"),
D("обеспечить перевод всех выплат субсидий на казначейское сопровождение", PM, ["Ministry of Finance"], "обеспечить перевод всех выплат субсидий на казначейское сопровождение", "2025-12-31", "до конца года", "year", co=["Ministry of National Economy"]),
D("необходимо в третьем квартале снизить ставку по кредитам", PM, ["Agrarian Credit Corporation"], "снизить ставку по кредитам для малых хозяйств до 5%", "2025-09-30", "в третьем квартале", "quarter"),
D("представить перечень неэффективных видов субсидий", PM, ["Ministry of Agriculture"], "представить перечень неэффективных видов субсидий", "2025-08-29", "в течение 10 дней", "day"),
D("обеспечить автоматическую проверку заявок на субсидии", PM, ["Ministry of Agriculture"], "обеспечить автоматическую проверку заявок на субсидии", "2025-09-15", "до 15 сентября", "day"),
D("провести обсуждение новых правил с фермерами во всех регионах", PM, ["Ministry of Agriculture"], "провести обсуждение новых правил с фермерами во всех регионах", "2025-10-31", "в октябре", "month"),
D("ведомству необходимо обеспечить полную прозрачность их распределения", PM, ["Ministry of Agriculture"], "обеспечить полную прозрачность распределения субсидий"),
D("поручено до конца недели проверить все выданные в 2025 году субсидии", PM, ["akimats"], "проверить все выданные в 2025 году субсидии на приобретение техники", "2025-08-24", "до конца недели", "day"),
]))

# ---------------------------------------------------------------- RU3
ARTS.append((dict(id="v10-ru-3", lang="ru", published="2025-11-25",
  title="Правительство обсудило создание новых индустриальных парков"), [
"На заседании Правительства под председательством Премьер-министра Олжаса Бектенова обсуждено создание новых индустриальных парков в регионах.",
"Министр промышленности и строительства Ерсайын Нагаспаев доложил, что сегодня в стране действуют 34 индустриальных парка, в которых за 10 месяцев 2025 года произведено продукции на 1,1 трлн тенге.",
"С начала года в них запущено 56 новых производств и создано 7200 рабочих мест.",
"Аким Карагандинской области Ермаганбет Булекпаев сообщил, что индустриальный парк в Темиртау заполнен на 87%, а в очереди на размещение стоят 14 инвесторов.",
"Аким Шымкента Габит Сыздыкбеков отметил, что в 2026 году город планирует открыть второй индустриальный парк площадью 200 гектаров.",
"Ранее Глава государства поручил довести количество индустриальных парков до 50 к 2027 году.",
"Премьер-министр поручил Министерству промышленности и строительства до конца первого квартала следующего года разработать типовой стандарт индустриального парка, а Kazakh Invest — в течение двух месяцев сформировать пул якорных инвесторов.",
"Министерству энергетики совместно с KEGOC необходимо до 1 марта 2026 года обеспечить подключение парков в Карагандинской и Жамбылской областях к электросетям.",
"Премьер-министр дал ряд поручений акиматам Карагандинской, Жамбылской областей и города Шымкента:",
"— до 20 декабря изъять неиспользуемые земельные участки в индустриальных парках;",
"— в первом полугодии 2026 года подвести инженерную инфраструктуру к новым площадкам;",
"— Акимату Шымкента дополнительно к 1 февраля представить мастер-план второго парка.",
"Каждый индустриальный парк должен давать реальные рабочие места, а акиматам нужно прекратить практику резервирования земель под непрофильных инвесторов, – подчеркнул Премьер-министр.",
], [
D("город планирует открыть второй индустриальный парк", None, [], "открыть второй индустриальный парк площадью 200 гектаров", "2026-12-31", "в 2026 году", "year", optional=True),
D("поручил довести количество индустриальных парков до 50", PR, [], "довести количество индустриальных парков до 50", "2027-12-31", "к 2027 году", "year"),
D("разработать типовой стандарт индустриального парка", PM, ["Ministry of Industry and Construction"], "разработать типовой стандарт индустриального парка", "2026-03-31", "до конца первого квартала следующего года", "quarter"),
D("в течение двух месяцев сформировать пул якорных инвесторов", PM, ["Kazakh Invest"], "сформировать пул якорных инвесторов", "2026-01-25", "в течение двух месяцев", "day"),
D("обеспечить подключение парков в Карагандинской и Жамбылской областях", PM, ["Ministry of Energy"], "обеспечить подключение парков в Карагандинской и Жамбылской областях к электросетям", "2026-03-01", "до 1 марта 2026 года", "day", co=["KEGOC"]),
D("изъять неиспользуемые земельные участки в индустриальных парках", PM, ["Akimat of Karaganda region", "Akimat of Zhambyl region", "Akimat of Shymkent"], "изъять неиспользуемые земельные участки в индустриальных парках", "2025-12-20", "до 20 декабря", "day"),
D("подвести инженерную инфраструктуру к новым площадкам", PM, ["Akimat of Karaganda region", "Akimat of Zhambyl region", "Akimat of Shymkent"], "подвести инженерную инфраструктуру к новым площадкам", "2026-06-30", "в первом полугодии 2026 года", "half"),
D("представить мастер-план второго парка", PM, ["Akimat of Shymkent"], "представить мастер-план второго парка", "2026-02-01", "к 1 февраля", "day"),
D("акиматам нужно прекратить практику резервирования земель", PM, ["Akimat of Karaganda region", "Akimat of Zhambyl region", "Akimat of Shymkent"], "прекратить практику резервирования земель под непрофильных инвесторов"),
]))

# ---------------------------------------------------------------- RU4
ARTS.append((dict(id="v10-ru-4", lang="ru", published="2026-01-27",
  title="Правительство рассмотрело меры помощи бездомным гражданам"), [
"На заседании Правительства рассмотрены меры социальной поддержки лиц без определенного места жительства.",
"Министр труда и социальной защиты населения Аскарбек Ертаев доложил, что по состоянию на 1 января 2026 года в стране учтено 4700 бездомных граждан, из них 38% проживают в Астане и Алматы.",
"В 2025 году в 17 центрах социальной адаптации помощь получили 11 тысяч человек, а 620 человек были трудоустроены.",
"Министр внутренних дел Ержан Саденов сообщил, что с начала зимы полицейские доставили в приюты более 2300 человек.",
"Аким Алматы Ерболат Досаев отметил, что в декабре в городе открыт новый приют на 150 мест.",
"Премьер-министр Олжас Бектенов поручил Министерству труда и социальной защиты населения до конца февраля разработать стандарт оказания услуг в центрах социальной адаптации, а Министерству здравоохранения — в течение месяца обеспечить бесплатное медицинское обследование всех постояльцев приютов.",
"Министерству внутренних дел совместно с акиматами поручено до конца недели провести рейды по выявлению людей, нуждающихся в помощи, на рынках и в подземных переходах.",
"Ни один человек не должен остаться на улице в мороз, ведомству совместно с волонтерами необходимо наладить ежедневный мониторинг улиц, – подчеркнул Премьер-министр.",
"Акиматам Астаны, Алматы и Шымкента необходимо к 1 марта увеличить число мест в приютах не менее чем на 30%.",
"Кроме того, Премьер-министр дал ряд поручений акиматам всех регионов:",
"— в двухнедельный срок открыть круглосуточные пункты временного пребывания в каждом районном центре;",
"— до конца первого полугодия совместно с Министерством юстиции восстановить документы всем бездомным гражданам;",
"— в текущем году обеспечить трудоустройство не менее 1000 постояльцев центров адаптации.",
"Ранее Глава государства поручил Правительству до 1 июля 2026 года внести законопроект о профилактике бездомности.",
], [
D("разработать стандарт оказания услуг в центрах социальной адаптации", PM, [MLSPP], "разработать стандарт оказания услуг в центрах социальной адаптации", "2026-02-28", "до конца февраля", "month"),
D("обеспечить бесплатное медицинское обследование всех постояльцев приютов", PM, ["Ministry of Healthcare"], "обеспечить бесплатное медицинское обследование всех постояльцев приютов", "2026-02-27", "в течение месяца", "day"),
D("поручено до конца недели провести рейды", PM, ["Ministry of Internal Affairs"], "провести рейды по выявлению людей, нуждающихся в помощи, на рынках и в подземных переходах", "2026-02-01", "до конца недели", "day", co=["akimats"]),
D("необходимо наладить ежедневный мониторинг улиц", PM, ["Ministry of Internal Affairs"], "наладить ежедневный мониторинг улиц"),
D("к 1 марта увеличить число мест в приютах", PM, ["Akimat of Astana", "Akimat of Almaty", "Akimat of Shymkent"], "увеличить число мест в приютах не менее чем на 30%", "2026-03-01", "к 1 марта", "day"),
D("открыть круглосуточные пункты временного пребывания", PM, ["akimats"], "открыть круглосуточные пункты временного пребывания в каждом районном центре", "2026-02-10", "в двухнедельный срок", "day"),
D("восстановить документы всем бездомным гражданам", PM, ["akimats"], "восстановить документы всем бездомным гражданам", "2026-06-30", "до конца первого полугодия", "half", co=["Ministry of Justice"]),
D("обеспечить трудоустройство не менее 1000 постояльцев", PM, ["akimats"], "обеспечить трудоустройство не менее 1000 постояльцев центров адаптации", "2026-12-31", "в текущем году", "year"),
D("поручил Правительству до 1 июля 2026 года внести законопроект", PR, ["Government"], "внести законопроект о профилактике бездомности", "2026-07-01", "до 1 июля 2026 года", "day"),
]))

# ---------------------------------------------------------------- RU5
ARTS.append((dict(id="v10-ru-5", lang="ru", published="2026-04-14",
  title="Глава государства провел заседание Совета Безопасности по противодействию интернет-мошенничеству"), [
"Президент Касым-Жомарт Токаев провел расширенное заседание Совета Безопасности, посвященное противодействию интернет-мошенничеству.",
"Министр внутренних дел Ержан Саденов доложил, что в 2025 году зарегистрировано 21 тысяча фактов интернет-мошенничества, а ущерб граждан превысил 18 млрд тенге.",
"За первый квартал 2026 года число таких преступлений снизилось на 14%, заблокировано 3600 мошеннических сайтов.",
"Председатель Агентства по регулированию и развитию финансового рынка Мадина Абылкасымова сообщила, что с 1 февраля банки внедрили антифрод-центр, который предотвратил 40 тысяч подозрительных переводов.",
"Председатель Комитета национальной безопасности Ермек Сагимбаев отметил, что в марте ликвидированы 12 колл-центров, действовавших из-за рубежа.",
"Глава государства поручил Министерству внутренних дел совместно с Комитетом национальной безопасности до конца второго квартала создать единый центр противодействия кибермошенничеству.",
"Агентству по регулированию и развитию финансового рынка необходимо до 1 июня ввести обязательный период охлаждения для онлайн-кредитов, а Национальному банку — в течение трех месяцев запустить систему обмена данными о мошеннических счетах.",
"Министерству искусственного интеллекта и цифрового развития поручено до конца года обязать операторов связи блокировать подменные номера.",
"Президент также дал ряд поручений Генеральной прокуратуре и Министерству юстиции:",
"— в сентябре внести поправки об ужесточении ответственности дропперов;",
"— до 1 мая 2027 года обеспечить возврат похищенных средств потерпевшим по упрощенной процедуре;",
"— совместно с Министерством внутренних дел к 2027 году создать единый реестр лиц, причастных к мошенничеству.",
"Мошенники должны понимать неотвратимость наказания, и министерство обязано еженедельно докладывать о раскрытии таких преступлений, – подчеркнул Глава государства.",
"Напомню, в прошлом году я поручал Правительству до 1 января 2026 года запустить систему верификации абонентов, однако эта работа до сих пор не завершена, – заявил Президент.",
"Глава государства поставил ряд задач, направленных на повышение цифровой грамотности населения.",
], [
D("до конца второго квартала создать единый центр противодействия кибермошенничеству", PR, ["Ministry of Internal Affairs"], "создать единый центр противодействия кибермошенничеству", "2026-06-30", "до конца второго квартала", "quarter", co=["Committee for National Security"]),
D("ввести обязательный период охлаждения для онлайн-кредитов", PR, ["Agency for Regulation and Development of the Financial Market"], "ввести обязательный период охлаждения для онлайн-кредитов", "2026-06-01", "до 1 июня", "day"),
D("запустить систему обмена данными о мошеннических счетах", PR, ["National Bank"], "запустить систему обмена данными о мошеннических счетах", "2026-07-14", "в течение трех месяцев", "day"),
D("обязать операторов связи блокировать подменные номера", PR, [MAIDD], "обязать операторов связи блокировать подменные номера", "2026-12-31", "до конца года", "year"),
D("внести поправки об ужесточении ответственности дропперов", PR, ["Prosecutor General's Office", "Ministry of Justice"], "внести поправки об ужесточении ответственности дропперов", "2026-09-30", "в сентябре", "month"),
D("обеспечить возврат похищенных средств потерпевшим", PR, ["Prosecutor General's Office", "Ministry of Justice"], "обеспечить возврат похищенных средств потерпевшим по упрощенной процедуре", "2027-05-01", "до 1 мая 2027 года", "day"),
D("создать единый реестр лиц, причастных к мошенничеству", PR, ["Prosecutor General's Office", "Ministry of Justice"], "создать единый реестр лиц, причастных к мошенничеству", "2027-12-31", "к 2027 году", "year", co=["Ministry of Internal Affairs"]),
D("министерство обязано еженедельно докладывать о раскрытии таких преступлений", PR, ["Ministry of Internal Affairs"], "еженедельно докладывать о раскрытии таких преступлений"),
D("я поручал Правительству до 1 января 2026 года запустить систему верификации абонентов", PR, ["Government"], "запустить систему верификации абонентов", "2026-01-01", "до 1 января 2026 года", "day"),
D("поставил ряд задач, направленных на повышение цифровой грамотности", PR, [], "повысить цифровую грамотность населения", optional=True),
]))

# ---------------------------------------------------------------- RU6
ARTS.append((dict(id="v10-ru-6", lang="ru", published="2026-10-06",
  title="Правительство обсудило меры по обеспечению занятости молодежи"), [
"На заседании Правительства под председательством Премьер-министра Олжаса Бектенова рассмотрены вопросы обеспечения занятости молодежи.",
"Министр труда и социальной защиты населения Аскарбек Ертаев доложил, что за восемь месяцев 2026 года трудоустроено 186 тысяч молодых людей, а уровень молодежной безработицы снизился до 3,6%.",
"По прогнозу министерства, до конца года уровень безработицы среди молодежи снизится до 3,4%.",
"Министр науки и высшего образования Саясат Нурбек сообщил, что в прошлом учебном году 72% выпускников вузов трудоустроились в течение года после выпуска.",
"Аким Туркестанской области Нуралхан Кушеров отметил, что с января в области открыто 14 молодежных центров занятости.",
"Премьер-министр напомнил, что в прошлом году Глава государства поручил обеспечить работой 300 тысяч молодых людей к 2028 году.",
"Премьер-министр поручил Министерству науки и высшего образования совместно с Атамекен до конца года обновить образовательные программы с учетом потребностей работодателей, а Министерству труда и социальной защиты населения — до 1 декабря запустить цифровую платформу первого рабочего места.",
"Ведомству также необходимо в двухнедельный срок подготовить предложения по субсидированию рабочих мест для выпускников колледжей.",
"Акиматам необходимо в четвертом квартале довести квоту рабочих мест для молодежи в подведомственных организациях до 10%.",
"Премьер-министр дал ряд поручений Министерству культуры и информации и Министерству туризма и спорта:",
"— до конца октября провести информационную кампанию о государственных программах занятости;",
"— в течение 10 дней утвердить план молодежных форумов в регионах;",
"— до 1 апреля организовать сезонную занятость студентов в туристической отрасли.",
"Молодежь не должна уезжать из регионов из-за отсутствия работы, поэтому акиматам совместно с Министерством труда необходимо создать условия для ее трудоустройства на местах, – подчеркнул Премьер-министр.",
], [
D("до конца года уровень безработицы среди молодежи снизится", None, [], "снизить уровень безработицы среди молодежи до 3,4%", "2026-12-31", "до конца года", "year", optional=True),
D("поручил обеспечить работой 300 тысяч молодых людей", PR, [], "обеспечить работой 300 тысяч молодых людей", "2028-12-31", "к 2028 году", "year"),
D("обновить образовательные программы с учетом потребностей работодателей", PM, ["Ministry of Science and Higher Education"], "обновить образовательные программы с учетом потребностей работодателей", "2026-12-31", "до конца года", "year", co=["Atameken"]),
D("до 1 декабря запустить цифровую платформу первого рабочего места", PM, [MLSPP], "запустить цифровую платформу первого рабочего места", "2026-12-01", "до 1 декабря", "day"),
D("подготовить предложения по субсидированию рабочих мест для выпускников колледжей", PM, [MLSPP], "подготовить предложения по субсидированию рабочих мест для выпускников колледжей", "2026-10-20", "в двухнедельный срок", "day"),
D("довести квоту рабочих мест для молодежи в подведомственных организациях", PM, ["akimats"], "довести квоту рабочих мест для молодежи в подведомственных организациях до 10%", "2026-12-31", "в четвертом квартале", "quarter"),
D("провести информационную кампанию о государственных программах занятости", PM, ["Ministry of Culture and Information", "Ministry of Tourism and Sports"], "провести информационную кампанию о государственных программах занятости", "2026-10-31", "до конца октября", "month"),
D("утвердить план молодежных форумов в регионах", PM, ["Ministry of Culture and Information", "Ministry of Tourism and Sports"], "утвердить план молодежных форумов в регионах", "2026-10-16", "в течение 10 дней", "day"),
D("организовать сезонную занятость студентов в туристической отрасли", PM, ["Ministry of Culture and Information", "Ministry of Tourism and Sports"], "организовать сезонную занятость студентов в туристической отрасли", "2027-04-01", "до 1 апреля", "day"),
D("создать условия для ее трудоустройства на местах", PM, ["akimats"], "создать условия для трудоустройства молодежи на местах", co=[MLSPP]),
]))


def main():
    with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as fa, \
         open(os.path.join(OUT, "dev_gold.jsonl"), "w", encoding="utf-8") as fg:
        for meta, lines, gold in ARTS:
            art = dict(meta)
            art["text"] = "\n".join(lines)
            fa.write(json.dumps({k: art[k] for k in ("id", "lang", "published", "title", "text")}, ensure_ascii=False) + "\n")
            for g in gold:
                rec = {"article": meta["title"], "published": meta["published"], "published_inferred": False}
                rec.update(g)
                fg.write(json.dumps(rec, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
