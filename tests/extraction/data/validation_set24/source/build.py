"""Builds articles.jsonl and dev_gold.jsonl of validation set 24 (hand-written, hand-labelled).
Run from anywhere: python3 source/build.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

PM, P, DPM = "Prime Minister", "President", "Deputy Prime Minister"
MIN_EN = "Ministry of Energy"; MIC = "Ministry of Industry and Construction"; MF = "Ministry of Finance"
MNE = "Ministry of National Economy"; MOA = "Ministry of Agriculture"; MAI = "Ministry of Artificial Intelligence and Digital Development"
MLAB = "Ministry of Labor and Social Protection of the Population"; MOT = "Ministry of Transport"; MIA = "Ministry of Internal Affairs"
MES = "Ministry of Emergency Situations"; MWR = "Ministry of Water Resources and Irrigation"; MTI = "Ministry of Trade and Integration"
MOH = "Ministry of Healthcare"; MOE = "Ministry of Education"; MENR = "Ministry of Ecology and Natural Resources"

# each article: id, published, title, text lines, gold list of
# (quote, optional, issuer, responsible, co_executors, task, deadline, deadline_text, granularity)
A = []

A.append(("v24-01", "2025-10-14", "Olzhas Bektenov: Heating season must pass without accidents", [
"At a Government session chaired by Prime Minister Olzhas Bektenov, the progress of preparations for the autumn-winter period was reviewed, primeminister.kz reports.",
"Minister of Energy Yerlan Akkenzhenov reported that repairs have been completed at 62 of 82 power units and at 5.1 thousand km of heat networks. According to the Ministry of Energy, coal reserves at power plants amount to 4.2 million tons, which is 15% more than last year.",
"The Prime Minister noted that the wear of heat networks in a number of cities still exceeds 70%.",
"Following the discussion, the Ministries of Energy and Industry must submit updated schedules for the repair of power units and boiler equipment by November 1 and December 1, respectively.",
"The akimats of Almaty and Shymkent are to complete the connection of new residential districts to centralized heat supply by the end of the year and in the first quarter respectively.",
"Neither the akimats nor Samruk-Energy should allow interruptions in heat and power supply during the cold season, Olzhas Bektenov stressed.",
"The Ministry of Finance, for its part, must ensure the timely allocation of funds for emergency repair works.",
"According to the forecast of Kazhydromet, temperatures in November will be below the climatic norm.",
], [
("the Ministries of Energy and Industry must submit updated schedules", False, PM, [MIN_EN], [], "submit updated schedules for the repair of power units and boiler equipment", "2025-11-01", "by November 1", "day"),
("by November 1 and December 1, respectively", False, PM, [MIC], [], "submit updated schedules for the repair of power units and boiler equipment", "2025-12-01", "by December 1", "day"),
("The akimats of Almaty and Shymkent are to complete the connection", False, PM, ["Akimat of Almaty"], [], "complete the connection of new residential districts to centralized heat supply", "2025-12-31", "by the end of the year", "year"),
("by the end of the year and in the first quarter respectively", False, PM, ["Akimat of Shymkent"], [], "complete the connection of new residential districts to centralized heat supply", "2026-03-31", "in the first quarter", "quarter"),
("Neither the akimats nor Samruk-Energy should allow interruptions", False, PM, ["akimats", "Samruk-Energy"], [], "not allow interruptions in heat and power supply during the cold season", None, None, None),
("The Ministry of Finance, for its part, must ensure the timely allocation", False, PM, [MF], [], "ensure the timely allocation of funds for emergency repair works", None, None, None),
]))

A.append(("v24-02", "2025-11-05", "Head of State receives Minister of Agriculture Aidarbek Saparov", [
"President Kassym-Jomart Tokayev received Minister of Agriculture Aidarbek Saparov, Akorda press service reports.",
"The Head of State was informed about the results of the harvesting campaign. This year, 26.6 million tons of grain were harvested, which is 1.2 million tons more than in 2024.",
"According to the minister, 2.1 million tons of grain have already been exported since the beginning of the marketing year.",
"The President instructed the Ministry of Agriculture to ensure the uninterrupted transportation of grain to export markets as well as to expand grain storage capacities by 120 thousand tons by 2027.",
"Among other things, the Head of State tasked the Government with submitting a draft law on agricultural cooperation to the Mazhilis by March 1, 2026.",
"Kassym-Jomart Tokayev also stressed the importance of supporting small livestock farms.",
"Farmers were urged to make wider use of water-saving technologies.",
], [
("instructed the Ministry of Agriculture to ensure the uninterrupted transportation", False, P, [MOA], [], "ensure the uninterrupted transportation of grain to export markets as well as expand grain storage capacities by 120 thousand tons", "2027-12-31", "by 2027", "year"),
("tasked the Government with submitting a draft law on agricultural cooperation", False, P, ["Government"], [], "submit a draft law on agricultural cooperation to the Mazhilis", "2026-03-01", "by March 1, 2026", "day"),
("stressed the importance of supporting small livestock farms", True, P, [MOA], [], "support small livestock farms", None, None, None),
]))

A.append(("v24-03", "2025-11-18", "Government reviews progress in digitalization of public services", [
"At a Government session chaired by Prime Minister Olzhas Bektenov, the progress of digitalization of public services was reviewed, primeminister.kz reports.",
"Minister of Artificial Intelligence and Digital Development Zhaslan Madiyev reported that 92% of public services are now available online. In nine months of 2025, citizens received more than 48 million electronic services.",
"At the same time, the Prime Minister pointed to the low quality of a number of services in the land and construction sectors.",
"Both the Ministry of Artificial Intelligence and Digital Development and the Agency for Strategic Planning and Reforms were instructed to conduct an audit of the 50 most requested public services (deadline – December 1).",
"In particular, the Ministry of Justice must submit proposals on transferring the registration of real estate transactions to a proactive format within two weeks.",
"The Government for Citizens State Corporation needs to reduce queues in public service centers by half by the end of the first quarter of 2026.",
"It is important to ensure that every citizen can receive services in the Kazakh and Russian languages without errors, Olzhas Bektenov noted.",
"In addition, the Ministry of Industry and Construction, together with akimats, has been instructed to fully digitalize the issuance of construction permits in 2026.",
], [
("were instructed to conduct an audit of the 50 most requested public services", False, PM, [MAI, "Agency for Strategic Planning and Reforms"], [], "conduct an audit of the 50 most requested public services", "2025-12-01", "deadline – December 1", "day"),
("the Ministry of Justice must submit proposals", False, PM, ["Ministry of Justice"], [], "submit proposals on transferring the registration of real estate transactions to a proactive format", "2025-12-02", "within two weeks", "day"),
("needs to reduce queues in public service centers by half", False, PM, ["Government for Citizens State Corporation"], [], "reduce queues in public service centers by half", "2026-03-31", "by the end of the first quarter of 2026", "quarter"),
("It is important to ensure that every citizen can receive services", True, PM, [], [], "ensure that every citizen can receive services in the Kazakh and Russian languages without errors", None, None, None),
("has been instructed to fully digitalize the issuance of construction permits", False, PM, [MIC], ["akimats"], "fully digitalize the issuance of construction permits", "2026-12-31", "in 2026", "year"),
]))

A.append(("v24-04", "2025-12-23", "Bektenov: Budget funds must be disbursed in full by the end of the year", [
"The Government session chaired by Prime Minister Olzhas Bektenov reviewed the execution of the republican budget for eleven months of 2025, primeminister.kz reports.",
"Minister of Finance Madi Takiyev reported that the revenue plan for January-November was fulfilled by 101.3%. Undisbursed funds amounted to 84 billion tenge, most of them in the construction and transport sectors.",
"The Prime Minister criticized a number of administrators of budget programs for delays in concluding contracts.",
"Each ministry must ensure full disbursement of allocated funds no later than December 29 of the current year, Olzhas Bektenov said.",
"The Ministry of Finance, together with the Ministry of National Economy, must submit a report on the reasons for non-disbursement to the Government by January 15.",
"In turn, the akimats need to complete the conclusion of public procurement contracts for 2026 projects in the first quarter.",
"The Supreme Audit Chamber has already audited 14 budget programs this year.",
], [
("Each ministry must ensure full disbursement of allocated funds", False, PM, ["government agencies"], [], "ensure full disbursement of allocated funds", "2025-12-29", "no later than December 29 of the current year", "day"),
("must submit a report on the reasons for non-disbursement", False, PM, [MF], [MNE], "submit a report on the reasons for non-disbursement to the Government", "2026-01-15", "by January 15", "day"),
("In turn, the akimats need to complete the conclusion of public procurement contracts", False, PM, ["akimats"], [], "complete the conclusion of public procurement contracts for 2026 projects", "2026-03-31", "in the first quarter", "quarter"),
]))

A.append(("v24-05", "2026-01-13", "Prime Minister gives instructions on preparation for spring field works", [
"Prime Minister Olzhas Bektenov held a meeting on preparations for the 2026 spring field works, primeminister.kz reports.",
"According to the Ministry of Agriculture, the sown area this year will amount to 23.7 million hectares. Last year, farmers received 580 billion tenge of preferential loans.",
"Olzhas Bektenov gave a number of instructions to the Ministry of Agriculture and the akimats. First, the supply of farmers with high-quality seeds and mineral fertilizers must be ensured by March 1. Second, the Ministry of Agriculture must launch the acceptance of applications for preferential lending in January. Third, the akimats are to complete the repair of agricultural machinery by the end of the first quarter.",
"The Prime Minister also instructed the Agrarian Credit Corporation to shorten the period for reviewing loan applications to five working days.",
"Agricultural producers are called to conclude forward purchase contracts with the Food Contract Corporation in advance.",
], [
("First, the supply of farmers with high-quality seeds", False, PM, [MOA, "akimats"], [], "ensure the supply of farmers with high-quality seeds and mineral fertilizers", "2026-03-01", "by March 1", "day"),
("Second, the Ministry of Agriculture must launch the acceptance of applications", False, PM, [MOA], [], "launch the acceptance of applications for preferential lending", "2026-01-31", "in January", "month"),
("Third, the akimats are to complete the repair of agricultural machinery", False, PM, ["akimats"], [], "complete the repair of agricultural machinery", "2026-03-31", "by the end of the first quarter", "quarter"),
("instructed the Agrarian Credit Corporation to shorten the period", False, PM, ["Agrarian Credit Corporation"], [], "shorten the period for reviewing loan applications to five working days", None, None, None),
]))

A.append(("v24-06", "2026-01-20", "President receives Akim of Almaty region Marat Sultangaziyev", [
"Head of State Kassym-Jomart Tokayev received Akim of Almaty region Marat Sultangaziyev, Akorda press service reports.",
"The President was informed about the socio-economic development of the region in 2025. The gross regional product grew by 8.1%, and investments in fixed capital exceeded 1.1 trillion tenge.",
"The akim reported that 14 schools and 9 medical facilities were commissioned last year, and construction of the infrastructure of Alatau city is underway.",
"The Head of State instructed the akim to complete the construction of the bypass road around Konaev as well as to build three new schools in Alatau by the end of the year.",
"Kassym-Jomart Tokayev also noted the need to resolve the issue of drinking water supply in remote villages of the region.",
"In addition, the regional akimat, together with the Ministry of Water Resources and Irrigation, was tasked with completing the reconstruction of the Bartogay reservoir canals in 2026-2027.",
], [
("instructed the akim to complete the construction of the bypass road", False, P, ["Akimat of Almaty region"], [], "complete the construction of the bypass road around Konaev as well as build three new schools in Alatau", "2026-12-31", "by the end of the year", "year"),
("noted the need to resolve the issue of drinking water supply", True, P, ["Akimat of Almaty region"], [], "resolve the issue of drinking water supply in remote villages of the region", None, None, None),
("was tasked with completing the reconstruction of the Bartogay reservoir canals", False, P, ["Akimat of Almaty region"], [MWR], "complete the reconstruction of the Bartogay reservoir canals", "2027-12-31", "in 2026-2027", "year"),
]))

A.append(("v24-07", "2025-10-28", "Government discusses new housing policy", [
"At a Government session, the implementation of the housing policy was considered, primeminister.kz reports.",
"Minister of Industry and Construction Yersayin Nagaspayev reported that 14.2 million square meters of housing were commissioned in nine months, 9% more than in the same period last year.",
"Prime Minister Olzhas Bektenov noted that the current model of housing construction does not fully meet the needs of citizens.",
"The Ministry of Industry and Construction has been instructed to develop a unified model of rental housing construction with the participation of Baiterek. The deadline is March 1.",
"Otbasy Bank must simplify the procedure for issuing preferential mortgage loans to large families by the end of November.",
"The Ministry of Labor is to update the list of socially vulnerable categories of citizens entitled to rental housing by December 15.",
"It is planned to commission 17 million square meters of housing by the end of the year.",
], [
("has been instructed to develop a unified model of rental housing construction", False, PM, [MIC], ["Baiterek"], "develop a unified model of rental housing construction", "2026-03-01", "The deadline is March 1", "day"),
("must simplify the procedure for issuing preferential mortgage loans", False, PM, ["Otbasy Bank"], [], "simplify the procedure for issuing preferential mortgage loans to large families", "2025-11-30", "by the end of November", "month"),
("is to update the list of socially vulnerable categories", False, PM, [MLAB], [], "update the list of socially vulnerable categories of citizens entitled to rental housing", "2025-12-15", "by December 15", "day"),
("It is planned to commission 17 million square meters of housing", True, None, [], [], "commission 17 million square meters of housing", "2025-12-31", "by the end of the year", "year"),
]))

A.append(("v24-08", "2025-12-26", "Olzhas Bektenov holds meeting on stable operation of life-support systems during the holidays", [
"Prime Minister Olzhas Bektenov held a meeting on ensuring the stable functioning of life-support systems and price stability during the New Year holidays, primeminister.kz reports.",
"The Ministry of Trade and Integration reported that annual inflation in November amounted to 12.4%. Stabilization funds hold stocks of socially significant food products sufficient for three months.",
"The Prime Minister instructed the Ministry of Trade and Integration, together with akimats, to prevent an unjustified rise in prices for socially significant food products during the holidays.",
"The Ministry of Emergency Situations and the Ministry of Internal Affairs must approve schedules of round-the-clock duty of rescue and police units by the end of this week.",
"The Ministry of Transport needs to submit a plan for clearing republican roads of snow within 10 days.",
"At the same time, the akimats must not allow interruptions in the operation of public transport and must organize timely snow removal in cities.",
"Kazakhstan Temir Zholy reported that 120 additional trains have been assigned for the holiday period.",
], [
("instructed the Ministry of Trade and Integration, together with akimats, to prevent", False, PM, [MTI], ["akimats"], "prevent an unjustified rise in prices for socially significant food products during the holidays", None, None, None),
("must approve schedules of round-the-clock duty", False, PM, [MES, MIA], [], "approve schedules of round-the-clock duty of rescue and police units", "2025-12-28", "by the end of this week", "day"),
("needs to submit a plan for clearing republican roads of snow", False, PM, [MOT], [], "submit a plan for clearing republican roads of snow", "2026-01-05", "within 10 days", "day"),
("the akimats must not allow interruptions in the operation of public transport", False, PM, ["akimats"], [], "not allow interruptions in the operation of public transport and organize timely snow removal in cities", None, None, None),
]))

A.append(("v24-09", "2025-12-30", "Kazakhstan's economy grew by 6.4% in January-November 2025", [
"Kazakhstan's GDP growth in January-November 2025 amounted to 6.4%, Kazinform News Agency reports, citing the Ministry of National Economy.",
"The main drivers of growth were construction (up 15.2%), transport (up 9.8%) and trade (up 8.4%).",
"Investments in fixed capital increased by 11.7% compared to the same period of 2024.",
"According to the Bureau of National Statistics, manufacturing output grew by 6.1%, including mechanical engineering by 14.3%.",
"The Ministry of National Economy expects annual growth to remain above 6%.",
], []))

A.append(("v24-10", "2026-01-06", "New Vice Minister of Energy appointed", [
"By the Decree of the Government, Nurlan Zhakupov has been appointed Vice Minister of Energy of the Republic of Kazakhstan, Kazinform News Agency reports.",
"He was born in 1981 in Pavlodar region and graduated from Toraighyrov Pavlodar State University in 2003.",
"From 2015 to 2019, he worked at KEGOC, and since 2022 he has headed the Electric Power Development Department of the Ministry of Energy.",
"In 2024, he was responsible for the preparation of the unified power system for the autumn-winter period.",
], []))

A.append(("v24-11", "2025-11-25", "Government reviews water-saving measures for the 2026 irrigation season", [
"At a Government session chaired by Prime Minister Olzhas Bektenov, measures to prepare for the 2026 growing season and to save water resources were reviewed, primeminister.kz reports.",
"Minister of Water Resources and Irrigation Nurzhan Nurzhigitov reported that 3.5 thousand km of irrigation canals were reconstructed this year, which made it possible to save 1.2 billion cubic meters of water.",
"Water losses in irrigation networks still reach 40%, the Prime Minister noted.",
"Among other things, the Ministry of Water Resources and Irrigation, with the participation of Kazvodkhoz, must complete the digitalization of water accounting at all main canals by the end of 2026.",
"The Ministry of Agriculture should increase the area under water-saving technologies to 400 thousand hectares next year.",
"The akimats of Turkistan, Kyzylorda and Zhambyl regions have been instructed to approve water-use plans for farms before the start of the growing season.",
], [
("must complete the digitalization of water accounting at all main canals", False, PM, [MWR], ["Kazvodkhoz"], "complete the digitalization of water accounting at all main canals", "2026-12-31", "by the end of 2026", "year"),
("should increase the area under water-saving technologies", False, PM, [MOA], [], "increase the area under water-saving technologies to 400 thousand hectares", "2026-12-31", "next year", "year"),
("have been instructed to approve water-use plans for farms", False, PM, ["Akimat of Turkistan region", "Akimat of Kyzylorda region", "Akimat of Zhambyl region"], [], "approve water-use plans for farms", None, "before the start of the growing season", None),
]))

A.append(("v24-12", "2025-12-09", "Government reviews implementation of the healthcare modernization program", [
"At a Government session, the implementation of measures to modernize healthcare infrastructure was considered, primeminister.kz reports.",
"Minister of Healthcare Akmaral Alnazarova reported that 32 of the 40 planned medical facilities were commissioned in 2025. In 2026, it is planned to open 20 more multidisciplinary hospitals.",
"Prime Minister Olzhas Bektenov instructed the Ministry of Healthcare, together with the Social Health Insurance Fund, to revise tariffs for primary health care services by February 1.",
"The Ministry of Finance and the Ministry of Labor are to provide financing for the purchase of medical equipment and to launch a retraining program for nurses, respectively, in the first half of 2026.",
"The Ministry of Science and Higher Education must increase the number of residency grants in pediatrics and neonatology by the end of this year.",
], [
("it is planned to open 20 more multidisciplinary hospitals", True, None, [], [], "open 20 more multidisciplinary hospitals", "2026-12-31", "In 2026", "year"),
("to revise tariffs for primary health care services by February 1", False, PM, [MOH], ["Social Health Insurance Fund"], "revise tariffs for primary health care services", "2026-02-01", "by February 1", "day"),
("The Ministry of Finance and the Ministry of Labor are to provide financing", False, PM, [MF], [], "provide financing for the purchase of medical equipment", "2026-06-30", "in the first half of 2026", "half"),
("to launch a retraining program for nurses, respectively", False, PM, [MLAB], [], "launch a retraining program for nurses", "2026-06-30", "in the first half of 2026", "half"),
("must increase the number of residency grants in pediatrics and neonatology", False, PM, ["Ministry of Science and Higher Education"], [], "increase the number of residency grants in pediatrics and neonatology", "2025-12-31", "by the end of this year", "year"),
]))

A.append(("v24-13", "2026-01-27", "Deputy Prime Minister holds meeting on flood prevention", [
"Deputy Prime Minister Kanat Bozumbayev held a meeting on preparations for the spring flood period, primeminister.kz reports.",
"According to Kazhydromet, snow reserves in the northern and western regions exceed the norm by 30-50%. Last year, floods affected 12 settlements.",
"Kanat Bozumbayev instructed the Ministry of Emergency Situations to complete an inspection of all dams and hydraulic structures by Friday.",
"The akimats of North Kazakhstan, Akmola and Kostanay regions must clear culverts and drainage ditches of snow and ice within a month.",
"The Ministry of Water Resources and Irrigation needs to promptly repair the damaged sections of protective dams on the Ishim and Tobol rivers.",
"Residents of flood-prone areas are urged to follow the recommendations of the emergency services.",
], [
("instructed the Ministry of Emergency Situations to complete an inspection", False, DPM, [MES], [], "complete an inspection of all dams and hydraulic structures", "2026-01-30", "by Friday", "day"),
("must clear culverts and drainage ditches of snow and ice", False, DPM, ["Akimat of North Kazakhstan region", "Akimat of Akmola region", "Akimat of Kostanay region"], [], "clear culverts and drainage ditches of snow and ice", "2026-02-27", "within a month", "day"),
("needs to promptly repair the damaged sections of protective dams", False, DPM, [MWR], [], "repair the damaged sections of protective dams on the Ishim and Tobol rivers", None, "promptly", None),
]))

A.append(("v24-14", "2025-10-07", "Tokayev holds meeting on attracting investment", [
"President Kassym-Jomart Tokayev held a meeting on attracting foreign direct investment, Kazinform News Agency cites Akorda press service.",
"The Head of State was informed that the inflow of foreign direct investment in the first half of 2025 amounted to 9.8 billion US dollars.",
"The President noted that the investment climate must be predictable, and frequent changes in legislation frighten off investors.",
"The Head of State instructed the Government to create a single investor support office by the end of the year.",
"Kazakh Invest and the Ministry of Foreign Affairs must form a pipeline of at least 50 projects with foreign participation in the first quarter of next year.",
"Kassym-Jomart Tokayev called on foreign investors to make wider use of the opportunities of the Astana International Financial Centre.",
], [
("instructed the Government to create a single investor support office", False, P, ["Government"], [], "create a single investor support office", "2025-12-31", "by the end of the year", "year"),
("must form a pipeline of at least 50 projects", False, P, ["Kazakh Invest", "Ministry of Foreign Affairs"], [], "form a pipeline of at least 50 projects with foreign participation", "2026-03-31", "in the first quarter of next year", "quarter"),
]))

A.append(("v24-15", "2025-11-11", "Government considers development of road infrastructure", [
"At a Government session chaired by Prime Minister Olzhas Bektenov, the development of the road sector was reviewed, primeminister.kz reports.",
"Minister of Transport Nurlan Sauranbayev reported that 13 thousand km of roads were covered by construction, reconstruction and repair this year. The share of republican roads in good and satisfactory condition reached 93%.",
"At the same time, 35% of local roads remain in poor condition.",
"The Ministry of Transport, together with akimats, was instructed to repair 2.5 thousand km of local roads as well as to build 40 bridges by 2027.",
"KazAvtoZhol must complete the installation of automated weight and size control systems on all republican roads in the fourth quarter.",
"The Ministry of Transport as well as the Ministry of Internal Affairs need to submit proposals on tightening liability for overloaded trucks within a month.",
"The Prime Minister also reminded that the quality of road works is under the special control of the Head of State.",
], [
("was instructed to repair 2.5 thousand km of local roads", False, PM, [MOT], ["akimats"], "repair 2.5 thousand km of local roads as well as build 40 bridges", "2027-12-31", "by 2027", "year"),
("must complete the installation of automated weight and size control systems", False, PM, ["KazAvtoZhol"], [], "complete the installation of automated weight and size control systems on all republican roads", "2025-12-31", "in the fourth quarter", "quarter"),
("need to submit proposals on tightening liability for overloaded trucks", False, PM, [MOT, MIA], [], "submit proposals on tightening liability for overloaded trucks", "2025-12-11", "within a month", "day"),
]))

A.append(("v24-16", "2026-01-15", "Government reviews development of rural schools", [
"At a Government session, the state of rural education was reviewed, primeminister.kz reports.",
"Minister of Education Gani Beisembayev reported that there are 3.8 thousand small schools in the country, where 190 thousand children study. In 2025, 217 new schools were put into operation under the Comfortable School national project.",
"Prime Minister Olzhas Bektenov emphasized that the quality of education in rural and urban schools should not differ.",
"Akimats must not allow the closure of small rural schools without public hearings and the consent of residents.",
"The Ministry of Education must ensure that all rural schools are connected to high-speed internet by September 1.",
"The Ministry of Artificial Intelligence and Digital Development, in turn, is to provide the technical conditions for the connection of 600 remote schools in the first half of the year.",
"In addition, the Ministry of Education needs to develop a program of additional payments for teachers who move to rural areas by the start of the new academic year.",
], [
("Akimats must not allow the closure of small rural schools", False, PM, ["akimats"], [], "not allow the closure of small rural schools without public hearings and the consent of residents", None, None, None),
("must ensure that all rural schools are connected to high-speed internet", False, PM, [MOE], [], "ensure that all rural schools are connected to high-speed internet", "2026-09-01", "by September 1", "day"),
("is to provide the technical conditions for the connection of 600 remote schools", False, PM, [MAI], [], "provide the technical conditions for the connection of 600 remote schools", "2026-06-30", "in the first half of the year", "half"),
("needs to develop a program of additional payments for teachers", False, PM, [MOE], [], "develop a program of additional payments for teachers who move to rural areas", None, "by the start of the new academic year", None),
]))

A.append(("v24-17", "2025-12-16", "Government discusses measures to improve air quality in large cities", [
"At a Government session chaired by Prime Minister Olzhas Bektenov, measures to reduce air pollution in large cities were considered, primeminister.kz reports.",
"Minister of Ecology and Natural Resources Yerlan Nyssanbayev reported that emissions from stationary sources decreased by 4% in 2025. The main sources of pollution remain coal-fired thermal power plants, private households and vehicles.",
"According to Kazhydromet, the level of air pollution in Almaty, Karaganda and Temirtau remains high.",
"The Ministry of Ecology and Natural Resources, jointly with akimats, must install automatic air monitoring stations in all cities with a population of over 100 thousand by the end of 2026.",
"The akimat of Almaty needs to complete the gasification of private households in the Nauryzbay and Alatau districts by October 1, 2026, as well as to transfer 300 municipal buses to gas by the end of next year.",
"The akimat of Karaganda region is to prepare a plan for the transfer of the Karaganda thermal power plant to gas by March 1.",
"The Prime Minister called on industrial enterprises to voluntarily reduce emissions ahead of schedule.",
"It is planned to plant 2 billion trees by 2030 under the national afforestation project.",
], [
("must install automatic air monitoring stations", False, PM, [MENR], ["akimats"], "install automatic air monitoring stations in all cities with a population of over 100 thousand", "2026-12-31", "by the end of 2026", "year"),
("needs to complete the gasification of private households", False, PM, ["Akimat of Almaty"], [], "complete the gasification of private households in the Nauryzbay and Alatau districts", "2026-10-01", "by October 1, 2026", "day"),
("to transfer 300 municipal buses to gas by the end of next year", False, PM, ["Akimat of Almaty"], [], "transfer 300 municipal buses to gas", "2026-12-31", "by the end of next year", "year"),
("is to prepare a plan for the transfer of the Karaganda thermal power plant to gas", False, PM, ["Akimat of Karaganda region"], [], "prepare a plan for the transfer of the Karaganda thermal power plant to gas", "2026-03-01", "by March 1", "day"),
("It is planned to plant 2 billion trees by 2030", True, None, [], [], "plant 2 billion trees under the national afforestation project", "2030-12-31", "by 2030", "year"),
]))

A.append(("v24-18", "2025-10-21", "Bektenov instructs to expand access to financing for small and medium-sized businesses", [
"Prime Minister Olzhas Bektenov held a meeting on support for small and medium-sized businesses, primeminister.kz reports.",
"It was noted that the share of SMEs in GDP reached 39.4% in the first half of 2025. Damu Fund has supported more than 9 thousand projects worth 1.3 trillion tenge since the beginning of the year.",
"The Ministry of National Economy and the Ministry of Finance are to submit proposals on tax incentives for manufacturing SMEs and on the simplification of tax administration, respectively, within two weeks.",
"Baiterek, together with second-tier banks, must launch a new program of concessional lending for microbusinesses in rural areas in November.",
"The Prime Minister also stressed that entrepreneurs should receive loans without unnecessary bureaucracy.",
"Among other things, Atameken was instructed to collect proposals from entrepreneurs on the most pressing administrative barriers by November 15.",
], [
("The Ministry of National Economy and the Ministry of Finance are to submit proposals", False, PM, [MNE], [], "submit proposals on tax incentives for manufacturing SMEs", "2025-11-04", "within two weeks", "day"),
("on the simplification of tax administration, respectively", False, PM, [MF], [], "submit proposals on the simplification of tax administration", "2025-11-04", "within two weeks", "day"),
("must launch a new program of concessional lending for microbusinesses", False, PM, ["Baiterek"], ["second-tier banks"], "launch a new program of concessional lending for microbusinesses in rural areas", "2025-11-30", "in November", "month"),
("Atameken was instructed to collect proposals from entrepreneurs", False, PM, ["Atameken"], [], "collect proposals from entrepreneurs on the most pressing administrative barriers", "2025-11-15", "by November 15", "day"),
]))

def main():
    with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as fa, \
         open(os.path.join(OUT, "dev_gold.jsonl"), "w", encoding="utf-8") as fg:
        for aid, pub, title, lines, gold in A:
            fa.write(json.dumps({"id": aid, "lang": "en", "published": pub, "title": title,
                                 "text": "\n".join(lines)}, ensure_ascii=False) + "\n")
            for (q, opt, iss, resp, co, task, dl, dt, gr) in gold:
                fg.write(json.dumps({"article": title, "published": pub, "published_inferred": False,
                    "quote": q, "optional": opt, "issuer": iss, "responsible": resp,
                    "co_executors": co, "task": task, "deadline": dl, "deadline_text": dt,
                    "deadline_granularity": gr}, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
