#!/usr/bin/env python3
"""Builds articles.jsonl and dev_gold.jsonl for validation_set12 (hand-written English articles)."""
import json, os

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ARTICLES = []
GOLD = []


def A(aid, published, title, paras, directives):
    ARTICLES.append({"id": aid, "lang": "en", "published": published, "title": title, "text": "\n".join(paras)})
    for d in directives:
        quote, opt, issuer, resp, co, task, dl, dtext, gran = d
        GOLD.append({"article": title, "published": published, "published_inferred": False, "quote": quote,
                     "optional": opt, "issuer": issuer, "responsible": resp, "co_executors": co, "task": task,
                     "deadline": dl, "deadline_text": dtext, "deadline_granularity": gran})


PM, P, DPM = "Prime Minister", "President", "Deputy Prime Minister"
MES, MWRI, MAG, MEN = "Ministry of Emergency Situations", "Ministry of Water Resources and Irrigation", "Ministry of Agriculture", "Ministry of Energy"
MAI, MFIN, MNE, MTI = "Ministry of Artificial Intelligence and Digital Development", "Ministry of Finance", "Ministry of National Economy", "Ministry of Trade and Integration"
MIC, MH, MT, MED = "Ministry of Industry and Construction", "Ministry of Healthcare", "Ministry of Transport", "Ministry of Education"

# 1 ---------------------------------------------------------------
A("vs12-01", "2025-10-14", "Bektenov instructs to complete preparations for heating season", [
    "At the Government session chaired by Prime Minister Olzhas Bektenov, the progress of preparations for the 2025-2026 heating season was reviewed, primeminister.kz reports.",
    "Minister of Energy Yerlan Akkenzhenov reported that in January-September, 3.1 thousand km of heat networks were repaired, which is 12% more than in the same period last year. The readiness of combined heat and power plants currently stands at 96%.",
    "The heating season has already started in the northern regions, and any delay in repairs is unacceptable. We must not allow a repeat of the situation in Ekibastuz,\" Olzhas Bektenov said.",
    "The Prime Minister instructed the Ministry of Energy, together with akimats of the regions, to complete the remaining repair work on heat sources in the southern regions by the start of the heating season.",
    "Akimats of the Pavlodar and North Kazakhstan regions must create a normative reserve of coal for social facilities by Friday.",
    "The Committee for Regulation of Natural Monopolies has been instructed to check the validity of the investment programs of heat supply companies within 10 days.",
    "In addition, the Ministry of Emergency Situations is to conduct unscheduled inspections of gas distribution networks in apartment buildings. The ministry should present the results of the inspections to the Government Office by November 1.",
    "Last year, the Government allocated 40 billion tenge for the modernization of heat networks in 12 cities.",
], [
    ("to complete the remaining repair work on heat sources", False, PM, [MEN], ["akimats"], "complete the remaining repair work on heat sources in the southern regions", None, "by the start of the heating season", None),
    ("must create a normative reserve of coal", False, PM, ["Akimat of Pavlodar region", "Akimat of North Kazakhstan region"], [], "create a normative reserve of coal for social facilities", "2025-10-17", "by Friday", "day"),
    ("has been instructed to check the validity of the investment programs", False, PM, ["Committee for Regulation of Natural Monopolies"], [], "check the validity of the investment programs of heat supply companies", "2025-10-24", "within 10 days", "day"),
    ("is to conduct unscheduled inspections of gas distribution networks", False, PM, [MES], [], "conduct unscheduled inspections of gas distribution networks in apartment buildings", None, None, None),
    ("The ministry should present the results of the inspections", False, PM, [MES], [], "present the results of the inspections to the Government Office", "2025-11-01", "by November 1", "day"),
])

# 2 ---------------------------------------------------------------
A("vs12-02", "2025-12-23", "Head of State receives Minister of Agriculture", [
    "President Kassym-Jomart Tokayev received Minister of Agriculture Aidarbek Saparov, Akorda press service reports.",
    "The Head of State was informed about the results of the agricultural year. According to the minister, in 2025 the gross grain harvest amounted to 27.1 million tons, and agricultural output grew by 6.2% in January-November.",
    "Kassym-Jomart Tokayev was also briefed on the progress of the program of subsidizing spring field work, which has been implemented since 2022.",
    "The President instructed the Ministry of Agriculture to submit proposals on a new subsidy model focused on labor productivity by March 1.",
    "The Head of State also tasked the ministry, jointly with the Ministry of Water Resources and Irrigation, with ensuring the transition of at least 150 thousand hectares of irrigated land to water-saving technologies next year.",
    "In addition, Kassym-Jomart Tokayev ordered the Government to complete the construction of wholesale distribution centers in Almaty and Turkistan regions in the first quarter.",
    "In conclusion, the President noted that food security remains a strategic priority, and it is important to support domestic producers of fertilizers and agricultural machinery.",
], [
    ("submit proposals on a new subsidy model", False, P, [MAG], [], "submit proposals on a new subsidy model focused on labor productivity", "2026-03-01", "by March 1", "day"),
    ("tasked the ministry, jointly with the Ministry of Water Resources and Irrigation", False, P, [MAG], [MWRI], "ensure the transition of at least 150 thousand hectares of irrigated land to water-saving technologies", "2026-12-31", "next year", "year"),
    ("ordered the Government to complete the construction of wholesale distribution centers", False, P, ["Government"], [], "complete the construction of wholesale distribution centers in Almaty and Turkistan regions", "2026-03-31", "in the first quarter", "quarter"),
    ("it is important to support domestic producers", True, P, [], [], "support domestic producers of fertilizers and agricultural machinery", None, None, None),
])

# 3 ---------------------------------------------------------------
A("vs12-03", "2026-01-20", "Government reviews flood preparedness: instructions given to regions", [
    "At a Government session chaired by Prime Minister Olzhas Bektenov, measures to prepare for the spring flood period were considered, primeminister.kz reports.",
    "Minister of Emergency Situations Chingis Arinov reported that in 2025, 1,170 km of riverbeds were cleared and 214 km of protective dams were built. According to Kazhydromet, snow reserves in the northern and eastern regions exceed the norm by 20-40%.",
    "Olzhas Bektenov recalled that in spring 2024 the country faced the largest floods in 80 years. \"We must draw lessons from that period and act ahead of time,\" the Prime Minister emphasized.",
    "The Prime Minister gave the following instructions to the Ministry of Emergency Situations and akimats:",
    "- this month, complete the inventory of all snow-removal equipment and pumping units;",
    "- by February 15, form reserves of sandbags, fuel and inert materials in each flood-prone district;",
    "- no later than March 1, conduct training exercises together with Kazhydromet and the Ministry of Water Resources and Irrigation.",
    "The Ministry of Water Resources and Irrigation has to complete the repair of 38 hydraulic structures in the Akmola, Kostanay and Aktobe regions within two weeks.",
    "Akimats of the Atyrau and West Kazakhstan regions are to finish building protective dams along the Ural River by mid-year.",
    "Following the session, the Prime Minister warned that heads of regions bear personal responsibility for the safety of settlements.",
], [
    ("complete the inventory of all snow-removal equipment", False, PM, [MES, "akimats"], [], "complete the inventory of all snow-removal equipment and pumping units", "2026-01-31", "this month", "month"),
    ("form reserves of sandbags, fuel and inert materials", False, PM, [MES, "akimats"], [], "form reserves of sandbags, fuel and inert materials in each flood-prone district", "2026-02-15", "by February 15", "day"),
    ("conduct training exercises together with Kazhydromet", False, PM, [MES, "akimats"], ["Kazhydromet", MWRI], "conduct training exercises", "2026-03-01", "no later than March 1", "day"),
    ("has to complete the repair of 38 hydraulic structures", False, PM, [MWRI], [], "complete the repair of 38 hydraulic structures in the Akmola, Kostanay and Aktobe regions", "2026-02-03", "within two weeks", "day"),
    ("are to finish building protective dams along the Ural River", False, PM, ["Akimat of Atyrau region", "Akimat of West Kazakhstan region"], [], "finish building protective dams along the Ural River", "2026-06-30", "by mid-year", "half"),
])

# 4 ---------------------------------------------------------------
A("vs12-04", "2025-11-25", "Tokayev sets tasks for Ministry of Artificial Intelligence", [
    "Kassym-Jomart Tokayev received Minister of Artificial Intelligence and Digital Development Zhaslan Madiyev, Kazinform News Agency cites Akorda.",
    "The minister reported on the implementation of the Digital Kazakhstan concept until 2029 and the work of the Alem.AI international center. In ten months of 2025, exports of IT services reached 850 million US dollars.",
    "The Head of State set several tasks for the minister:",
    "- to ensure the adoption of bylaws to the Law on Artificial Intelligence by December 15, 2025;",
    "- to connect all rural schools to high-speed internet in the first half of next year;",
    "- to bring the share of proactive public services to 50% by 2030.",
    "Kassym-Jomart Tokayev also instructed the Ministry, in cooperation with the Committee for National Security, to strengthen the protection of personal data in state information systems.",
    "It was noted that the Government plans to launch a national supercomputer cluster in the third quarter of 2026.",
], [
    ("ensure the adoption of bylaws to the Law on Artificial Intelligence", False, P, [MAI], [], "ensure the adoption of bylaws to the Law on Artificial Intelligence", "2025-12-15", "by December 15, 2025", "day"),
    ("connect all rural schools to high-speed internet", False, P, [MAI], [], "connect all rural schools to high-speed internet", "2026-06-30", "in the first half of next year", "half"),
    ("bring the share of proactive public services to 50%", False, P, [MAI], [], "bring the share of proactive public services to 50%", "2030-12-31", "by 2030", "year"),
    ("in cooperation with the Committee for National Security", False, P, [MAI], ["Committee for National Security"], "strengthen the protection of personal data in state information systems", None, None, None),
    ("plans to launch a national supercomputer cluster", True, None, ["Government"], [], "launch a national supercomputer cluster", "2026-09-30", "in the third quarter of 2026", "quarter"),
])

# 5 ---------------------------------------------------------------
A("vs12-05", "2026-02-10", "Deputy PM Zhumangarin urges timely preparation for spring field work", [
    "Deputy Prime Minister - Minister of National Economy Serik Zhumangarin held a meeting on preparations for the 2026 spring field campaign, The Astana Times reports.",
    "According to the Ministry of Agriculture, 23.5 million hectares are to be sown this year, including 16 million hectares of grain crops. Since 2022, the area under oilseeds has grown by 1.4 million hectares.",
    "Zhumangarin instructed the Ministry of Agriculture, together with the Agrarian Credit Corporation, to ensure the disbursement of preferential loans for spring field work by April 1.",
    "The Ministry of Energy was tasked with providing farmers with diesel fuel at fixed prices before the start of the sowing campaign.",
    "Akimats should approve the lists of recipients of subsidies for seeds within a month.",
    "The Deputy Prime Minister urged agricultural producers to make wider use of crop insurance and certified seeds.",
    "The Ministries of Agriculture and Trade are to complete the formation of stabilization stocks of vegetables in the second quarter.",
], [
    ("23.5 million hectares are to be sown this year", True, None, [], [], "sow 23.5 million hectares", "2026-12-31", "this year", "year"),
    ("to ensure the disbursement of preferential loans", False, DPM, [MAG], ["Agrarian Credit Corporation"], "ensure the disbursement of preferential loans for spring field work", "2026-04-01", "by April 1", "day"),
    ("was tasked with providing farmers with diesel fuel", False, DPM, [MEN], [], "provide farmers with diesel fuel at fixed prices", None, "before the start of the sowing campaign", None),
    ("Akimats should approve the lists of recipients", False, DPM, ["akimats"], [], "approve the lists of recipients of subsidies for seeds", "2026-03-10", "within a month", "day"),
    ("complete the formation of stabilization stocks of vegetables", False, DPM, [MAG, MTI], [], "complete the formation of stabilization stocks of vegetables", "2026-06-30", "in the second quarter", "quarter"),
])

# 6 ---------------------------------------------------------------
A("vs12-06", "2025-12-29", "Government reviews execution of the 2025 republican budget", [
    "At the Government session chaired by Prime Minister Olzhas Bektenov, the progress of the execution of the republican budget was considered, primeminister.kz reports.",
    "Minister of Finance Madi Takiyev reported that in January-November 2025, revenues of the republican budget amounted to 17.9 trillion tenge, and the plan was fulfilled by 101.4%. Last year, unspent budget funds amounted to 94 billion tenge.",
    "Olzhas Bektenov noted that a number of administrators of budget programs have still not ensured full use of the allocated funds. \"It is important to complete all settlements without delay,\" the Prime Minister said.",
    "All central government agencies and akimats must complete settlements with contractors under concluded contracts by the end of the year.",
    "The Ministry of Finance has been instructed to submit a report on unspent budget funds to the Government Office by January 15.",
    "The Ministry of National Economy, jointly with the Ministry of Finance and interested government agencies, is to prepare proposals on optimizing budget expenditures by the end of this week.",
    "The Prime Minister also instructed the Ministry of Finance to transfer all budget programs to payments in digital tenge in the first half of the year.",
    "In 2026, the republican budget envisages expenditures of 25.4 trillion tenge.",
], [
    ("It is important to complete all settlements without delay", True, PM, [], [], "complete all settlements without delay", None, None, None),
    ("must complete settlements with contractors", False, PM, ["government agencies", "akimats"], [], "complete settlements with contractors under concluded contracts", "2025-12-31", "by the end of the year", "year"),
    ("submit a report on unspent budget funds", False, PM, [MFIN], [], "submit a report on unspent budget funds to the Government Office", "2026-01-15", "by January 15", "day"),
    ("is to prepare proposals on optimizing budget expenditures", False, PM, [MNE], [MFIN, "interested government agencies"], "prepare proposals on optimizing budget expenditures", "2026-01-04", "by the end of this week", "day"),
    ("transfer all budget programs to payments in digital tenge", False, PM, [MFIN], [], "transfer all budget programs to payments in digital tenge", "2026-06-30", "in the first half of the year", "half"),
])

# 7 ---------------------------------------------------------------
A("vs12-07", "2025-10-03", "President holds meeting on water security", [
    "Head of State Kassym-Jomart Tokayev held a meeting on water security issues in the Akorda on Friday, October 3.",
    "Minister of Water Resources and Irrigation Nurzhan Nurzhigitov reported that in 2024-2025, 2.6 thousand km of irrigation canals were reconstructed and water losses decreased by 12%. Since 2022, 26 water reservoirs have been built or restored.",
    "The President noted that water shortage remains one of the key challenges for the country's agriculture. \"The volume of transboundary flows is decreasing every year. We must learn to use every cubic meter of water rationally,\" Kassym-Jomart Tokayev said.",
    "The Head of State instructed the Government to build 20 new reservoirs and reconstruct 14 thousand km of canals by 2030.",
    "The Ministry of Water Resources and Irrigation, together with akimats, must ensure the transition of irrigation systems to automated water metering during 2026-2027.",
    "Kazvodkhoz was ordered to commission the Kazygurt reservoir in the third quarter.",
    "In addition, the Head of State directed the Ministry of Foreign Affairs to intensify negotiations with neighboring countries on the fair distribution of water of transboundary rivers.",
    "The meeting also considered the implementation of the Concept for the Development of the Water Resources Management System for 2024-2030.",
], [
    ("build 20 new reservoirs and reconstruct 14 thousand km of canals", False, P, ["Government"], [], "build 20 new reservoirs and reconstruct 14 thousand km of canals", "2030-12-31", "by 2030", "year"),
    ("must ensure the transition of irrigation systems to automated water metering", False, P, [MWRI], ["akimats"], "ensure the transition of irrigation systems to automated water metering", "2027-12-31", "during 2026-2027", "year"),
    ("Kazvodkhoz was ordered to commission the Kazygurt reservoir", False, P, ["Kazvodkhoz"], [], "commission the Kazygurt reservoir", "2026-09-30", "in the third quarter", "quarter"),
    ("directed the Ministry of Foreign Affairs to intensify negotiations", False, P, ["Ministry of Foreign Affairs"], [], "intensify negotiations with neighboring countries on the fair distribution of water of transboundary rivers", None, None, None),
])

# 8 ---------------------------------------------------------------
A("vs12-08", "2026-01-08", "Government and National Bank agree on joint anti-inflation measures", [
    "The Government and the National Bank held a joint meeting on curbing inflation chaired by Prime Minister Olzhas Bektenov, Kursiv reports.",
    "According to the Bureau of National Statistics, annual inflation in 2025 was 12.3%, while food prices rose by 11.1%. In December alone, prices increased by 0.9%.",
    "Following the meeting, a joint action plan was approved. The Ministry of National Economy and the National Bank must bring inflation into the target corridor of 9-11% before the end of the first half of the year.",
    "The Agency for Protection and Development of Competition has been instructed to conduct an analysis of markups in the fuel and food markets in January.",
    "Akimats are to increase the volume of forward purchases of socially significant food products through regional stabilization funds.",
    "The Ministry of Finance is to present a plan to reduce the non-oil budget deficit in the fourth quarter.",
    "Analysts expect that the National Bank may begin to lower the base rate in the second half of the year.",
], [
    ("must bring inflation into the target corridor", False, PM, [MNE, "National Bank"], [], "bring inflation into the target corridor of 9-11%", "2026-06-30", "before the end of the first half of the year", "half"),
    ("conduct an analysis of markups in the fuel and food markets", False, PM, ["Agency for Protection and Development of Competition"], [], "conduct an analysis of markups in the fuel and food markets", "2026-01-31", "in January", "month"),
    ("Akimats are to increase the volume of forward purchases", False, PM, ["akimats"], [], "increase the volume of forward purchases of socially significant food products through regional stabilization funds", None, None, None),
    ("is to present a plan to reduce the non-oil budget deficit", False, PM, [MFIN], [], "present a plan to reduce the non-oil budget deficit", "2026-12-31", "in the fourth quarter", "quarter"),
])

# 9 ---------------------------------------------------------------
A("vs12-09", "2025-11-04", "Deputy PM gives instructions on Almaty traffic congestion and air pollution", [
    "Deputy Prime Minister Kanat Bozumbayev held a meeting in Almaty on reducing traffic congestion and air pollution in the city, Tengrinews.kz reports.",
    "According to the city akimat, the number of cars in Almaty has exceeded 750,000, and in January-October, public transport carried 410 million passengers.",
    "Bozumbayev instructed the Akimat of Almaty, together with the Ministry of Transport, to launch a dedicated bus lane along Raiymbek Avenue by December 1.",
    "The Ministries of Energy and Industry, together with QazaqGaz, were charged with completing the gasification of the remaining 3,200 private houses in the city's suburbs next year.",
    "The city akimat also has to present a plan for converting the Almaty CHP-3 to gas within two months.",
    "The Deputy Prime Minister believes that the construction of a light rail line in Almaty should be considered only after the Astana project is completed.",
], [
    ("to launch a dedicated bus lane along Raiymbek Avenue", False, DPM, ["Akimat of Almaty"], [MT], "launch a dedicated bus lane along Raiymbek Avenue", "2025-12-01", "by December 1", "day"),
    ("were charged with completing the gasification", False, DPM, [MEN, MIC], ["QazaqGaz"], "complete the gasification of the remaining 3,200 private houses in the city's suburbs", "2026-12-31", "next year", "year"),
    ("has to present a plan for converting the Almaty CHP-3 to gas", False, DPM, ["Akimat of Almaty"], [], "present a plan for converting the Almaty CHP-3 to gas", "2026-01-04", "within two months", "day"),
])

# 10 --------------------------------------------------------------
A("vs12-10", "2026-03-05", "Government considers provision of medicines to population", [
    "At the Government session chaired by Prime Minister Olzhas Bektenov, issues of providing the population with medicines were considered, primeminister.kz reports.",
    "Minister of Healthcare Akmaral Alnazarova reported that in 2025, more than 2.3 million patients received free medicines, and the share of domestic medicines in public procurement reached 31%.",
    "The Prime Minister instructed the Ministry of Healthcare, jointly with the Social Health Insurance Fund, to introduce electronic monitoring of the movement of medicines from the warehouse to the patient within three months.",
    "The Medical and Pharmaceutical Control Committee must complete scheduled inspections of pharmacy warehouses by July 1.",
    "The Ministries of Industry and Healthcare were tasked with increasing the share of domestic medicines in public procurement to 50% by the end of the year.",
    "Akimats should ensure the uninterrupted supply of medicines to rural outpatient clinics.",
    "In the second half of the year, the Ministry of Healthcare is to launch a pilot project on electronic prescriptions in Astana and Shymkent.",
    "In 2024, the Government adopted a Comprehensive Plan for the development of the pharmaceutical industry until 2030.",
], [
    ("to introduce electronic monitoring of the movement of medicines", False, PM, [MH], ["Social Health Insurance Fund"], "introduce electronic monitoring of the movement of medicines from the warehouse to the patient", "2026-06-05", "within three months", "day"),
    ("must complete scheduled inspections of pharmacy warehouses", False, PM, ["Medical and Pharmaceutical Control Committee"], [], "complete scheduled inspections of pharmacy warehouses", "2026-07-01", "by July 1", "day"),
    ("were tasked with increasing the share of domestic medicines", False, PM, [MIC, MH], [], "increase the share of domestic medicines in public procurement to 50%", "2026-12-31", "by the end of the year", "year"),
    ("Akimats should ensure the uninterrupted supply of medicines", False, PM, ["akimats"], [], "ensure the uninterrupted supply of medicines to rural outpatient clinics", None, None, None),
    ("is to launch a pilot project on electronic prescriptions", False, PM, [MH], [], "launch a pilot project on electronic prescriptions in Astana and Shymkent", "2026-12-31", "In the second half of the year", "half"),
])

# 11 --------------------------------------------------------------
A("vs12-11", "2025-10-21", "Tokayev tells Government to remove barriers for investors", [
    "President Kassym-Jomart Tokayev chaired a meeting on attracting investment on October 20, The Astana Times reports.",
    "In the first half of 2025, the gross inflow of foreign direct investment amounted to 9.6 billion US dollars. The portfolio of Kazakh Invest includes 240 projects worth 51 billion US dollars.",
    "According to the President, investors still face excessive bureaucracy. \"We must create conditions under which no investor leaves Kazakhstan because of administrative barriers,\" he said.",
    "Tokayev instructed the Government to adopt a unified investor protection standard by November 15.",
    "Kazakh Invest, jointly with the Ministry of Foreign Affairs, has to attract at least 20 anchor investors to the manufacturing industry by the end of the year.",
    "The Head of State also charged the Prosecutor General's Office with stopping unjustified inspections of investors.",
    "All investment procedures must be transferred to the one-stop-shop platform no later than the end of the first quarter of next year.",
    "The President urged the Government to speed up the construction of new cargo terminals on the border with China.",
], [
    ("adopt a unified investor protection standard", False, P, ["Government"], [], "adopt a unified investor protection standard", "2025-11-15", "by November 15", "day"),
    ("has to attract at least 20 anchor investors", False, P, ["Kazakh Invest"], ["Ministry of Foreign Affairs"], "attract at least 20 anchor investors to the manufacturing industry", "2025-12-31", "by the end of the year", "year"),
    ("charged the Prosecutor General's Office with stopping unjustified inspections", False, P, ["Prosecutor General's Office"], [], "stop unjustified inspections of investors", None, None, None),
    ("must be transferred to the one-stop-shop platform", False, P, [], [], "transfer all investment procedures to the one-stop-shop platform", "2026-03-31", "no later than the end of the first quarter of next year", "quarter"),
    ("urged the Government to speed up the construction of new cargo terminals", True, P, ["Government"], [], "speed up the construction of new cargo terminals on the border with China", None, None, None),
])

# 12 --------------------------------------------------------------
A("vs12-12", "2026-01-27", "Head of State receives Minister of Education", [
    "Kassym-Jomart Tokayev received Minister of Education Zhuldyz Suleimenova, the Akorda press service reports.",
    "The minister reported on the progress of the Comfortable School national project. In 2025, 217 new schools with 460 thousand places were commissioned, which made it possible to close 96 three-shift schools.",
    "The Head of State instructed the Ministry to ensure the commissioning of the remaining 152 schools under the project before the start of the new academic year.",
    "The Ministry of Education, together with the Ministry of Artificial Intelligence and Digital Development, has been instructed to equip all schools with subject classrooms and high-speed internet this year.",
    "The President also emphasized that the ministry should pay special attention to the safety of students and the prevention of bullying.",
    "Kassym-Jomart Tokayev ordered the Ministry of Science and Higher Education to present a new model of financing universities by September 1.",
], [
    ("ensure the commissioning of the remaining 152 schools", False, P, [MED], [], "ensure the commissioning of the remaining 152 schools under the project", None, "before the start of the new academic year", None),
    ("has been instructed to equip all schools with subject classrooms", False, P, [MED], [MAI], "equip all schools with subject classrooms and high-speed internet", "2026-12-31", "this year", "year"),
    ("should pay special attention to the safety of students", True, P, [MED], [], "pay special attention to the safety of students and the prevention of bullying", None, None, None),
    ("present a new model of financing universities", False, P, ["Ministry of Science and Higher Education"], [], "present a new model of financing universities", "2026-09-01", "by September 1", "day"),
])

# 13 --------------------------------------------------------------
A("vs12-13", "2025-12-18", "Prime Minister sums up economic results of January-November", [
    "At the Government session chaired by Prime Minister Olzhas Bektenov, the results of the socio-economic development of the country for January-November 2025 were reviewed, Kazinform News Agency reports.",
    "GDP growth amounted to 6.4%. Construction grew by 14.8%, transport by 21.3%, and trade by 8.1%.",
    "The Prime Minister noted that the task set by the Head of State to double the economy by 2029 requires sustained growth rates.",
    "Olzhas Bektenov gave a number of instructions to the Ministry of National Economy and akimats:",
    "- akimats must approve regional investment plans for 2026 by December 25;",
    "- the Ministry of National Economy is to submit proposals on new drivers of growth by January 10;",
    "- in the first quarter, it is necessary to launch at least 40 industrial projects that were delayed in 2025.",
    "The Ministry of Transport and Kazakhstan Temir Zholy must complete the construction of the Bakhty-Ayagoz railway line by the end of next year.",
], [
    ("the task set by the Head of State to double the economy", True, P, [], [], "double the economy", "2029-12-31", "by 2029", "year"),
    ("approve regional investment plans for 2026 by December 25", False, PM, ["akimats"], [], "approve regional investment plans for 2026", "2025-12-25", "by December 25", "day"),
    ("submit proposals on new drivers of growth", False, PM, [MNE], [], "submit proposals on new drivers of growth", "2026-01-10", "by January 10", "day"),
    ("launch at least 40 industrial projects", False, PM, [MNE, "akimats"], [], "launch at least 40 industrial projects that were delayed in 2025", "2026-03-31", "in the first quarter", "quarter"),
    ("complete the construction of the Bakhty-Ayagoz railway line", False, PM, [MT, "Kazakhstan Temir Zholy"], [], "complete the construction of the Bakhty-Ayagoz railway line", "2026-12-31", "by the end of next year", "year"),
])

# 14 --------------------------------------------------------------
A("vs12-14", "2025-11-12", "New akim of Ulytau region appointed", [
    "By the Decree of the Head of State, Dastan Ryspekov has been appointed akim of Ulytau region, Kazinform News Agency reports.",
    "Dastan Ryspekov was born in 1978 in Karaganda region. He graduated from Karaganda State Technical University in 2000.",
    "From 2008 to 2016, he worked in the mining companies of the region, and in 2019-2022 he served as deputy akim of Karaganda region.",
    "Since 2023, he has headed the Industrial Development Committee of the Ministry of Industry and Construction.",
    "Kassym-Jomart Tokayev instructed the new akim to focus on developing the mining industry and the social infrastructure of Zhezkazgan and Satpayev.",
], [
    ("instructed the new akim to focus on developing the mining industry", False, P, ["Akimat of Ulytau region"], [], "focus on developing the mining industry and the social infrastructure of Zhezkazgan and Satpayev", None, None, None),
])

# 15 --------------------------------------------------------------
A("vs12-15", "2026-02-24", "Emergencies Ministry sums up fire safety results of 2025", [
    "The Ministry of Emergency Situations held an expanded board meeting on the results of 2025, Tengrinews.kz reports.",
    "Last year, the number of fires decreased by 8%, and 27 thousand people were rescued. In 2025, the ministry was tasked with building 30 fire depots in rural areas, and 28 of them have already been built.",
    "Minister Chingis Arinov instructed the Fire Service Committee to complete inspections of all shopping and entertainment centers by March 20.",
    "The Industrial Safety Committee must check the readiness of mine rescue units in Karaganda region within 15 days.",
    "Citizens are called to install autonomous smoke detectors in private houses.",
], [
    ("the ministry was tasked with building 30 fire depots", True, None, [MES], [], "build 30 fire depots in rural areas", None, None, None),
    ("to complete inspections of all shopping and entertainment centers", False, "Minister of Emergency Situations", ["Fire Service Committee"], [], "complete inspections of all shopping and entertainment centers", "2026-03-20", "by March 20", "day"),
    ("must check the readiness of mine rescue units", False, "Minister of Emergency Situations", ["Industrial Safety Committee"], [], "check the readiness of mine rescue units in Karaganda region", "2026-03-11", "within 15 days", "day"),
])

# 16 --------------------------------------------------------------
A("vs12-16", "2025-11-28", "Zhumangarin orders measures to curb fuel and food prices", [
    "Deputy Prime Minister - Minister of National Economy Serik Zhumangarin held a meeting of the interdepartmental commission on price stabilization, Kursiv reports.",
    "In January-October 2025, prices for socially significant food products increased by 9.4%, and AI-92 gasoline by 18%. Since October 1, a moratorium on raising fuel prices has been in effect.",
    "Zhumangarin directed the Ministry of Trade and Integration and the Agency for Protection and Development of Competition to identify unjustified price increases by retail chains within two months.",
    "The Ministry of Energy is to ensure the supply of 400 thousand tons of diesel fuel to the domestic market by December 20.",
    "Food Contract Corporation has been instructed to release 30 thousand tons of sugar and buckwheat from stabilization reserves by the end of the week.",
    "The commission also decided that akimats must extend the regional stabilization fund mechanism to meat and dairy products in the first quarter of 2026.",
], [
    ("to identify unjustified price increases by retail chains", False, DPM, [MTI, "Agency for Protection and Development of Competition"], [], "identify unjustified price increases by retail chains", "2026-01-28", "within two months", "day"),
    ("is to ensure the supply of 400 thousand tons of diesel fuel", False, DPM, [MEN], [], "ensure the supply of 400 thousand tons of diesel fuel to the domestic market", "2025-12-20", "by December 20", "day"),
    ("release 30 thousand tons of sugar and buckwheat", False, DPM, ["Food Contract Corporation"], [], "release 30 thousand tons of sugar and buckwheat from stabilization reserves", "2025-11-30", "by the end of the week", "day"),
    ("must extend the regional stabilization fund mechanism", False, "interdepartmental commission", ["akimats"], [], "extend the regional stabilization fund mechanism to meat and dairy products", "2026-03-31", "in the first quarter of 2026", "quarter"),
])

# 17 --------------------------------------------------------------
A("vs12-17", "2026-04-07", "Government prepares resort areas for summer tourist season", [
    "First Deputy Prime Minister Roman Sklyar held a meeting on preparations for the summer tourist season at Lake Alakol, Lake Balkhash and the Burabay resort area, The Astana Times reports.",
    "Last year, the domestic tourist flow reached 10.2 million people, and Alakol alone received 1.1 million visitors.",
    "The Ministry of Tourism and Sports, together with the akimats of Abai, Zhetysu, Akmola and Karaganda regions, must complete the improvement of beaches and public infrastructure by June 1.",
    "The Ministry of Transport was tasked with launching additional flights and passenger trains to resort areas in May.",
    "The Ministry of Healthcare and the Ministry of Internal Affairs should deploy mobile medical and police posts at major resorts before the start of the summer season.",
    "Sklyar ordered the Akimat of Zhetysu region to resolve the issue of water supply in the village of Koktuma by the end of May.",
    "Under the tourism development concept, Kazakhstan expects to receive 15 million domestic tourists by 2029.",
], [
    ("must complete the improvement of beaches and public infrastructure", False, "First Deputy Prime Minister", ["Ministry of Tourism and Sports"], ["Akimat of Abai region", "Akimat of Zhetysu region", "Akimat of Akmola region", "Akimat of Karaganda region"], "complete the improvement of beaches and public infrastructure", "2026-06-01", "by June 1", "day"),
    ("was tasked with launching additional flights and passenger trains", False, "First Deputy Prime Minister", [MT], [], "launch additional flights and passenger trains to resort areas", "2026-05-31", "in May", "month"),
    ("should deploy mobile medical and police posts", False, "First Deputy Prime Minister", [MH, "Ministry of Internal Affairs"], [], "deploy mobile medical and police posts at major resorts", None, "before the start of the summer season", None),
    ("resolve the issue of water supply in the village of Koktuma", False, "First Deputy Prime Minister", ["Akimat of Zhetysu region"], [], "resolve the issue of water supply in the village of Koktuma", "2026-05-31", "by the end of May", "month"),
    ("expects to receive 15 million domestic tourists", True, None, [], [], "receive 15 million domestic tourists", "2029-12-31", "by 2029", "year"),
])

# 18 --------------------------------------------------------------
A("vs12-18", "2025-10-30", "Tokayev receives Samruk-Kazyna chairman", [
    "President Kassym-Jomart Tokayev received Nurlan Zhakupov, Chairman of the Management Board of Samruk-Kazyna, Qazinform News Agency cites Akorda.",
    "The Head of State was informed of the fund's performance in nine months of 2025. Consolidated net income amounted to 1.9 trillion tenge, and 14 investment projects worth 5 trillion tenge are being implemented.",
    "Kassym-Jomart Tokayev instructed the fund to complete the construction of the Kokshetau, Semey and Ust-Kamenogorsk combined heat and power plants by the end of 2026.",
    "The Head of State also tasked Samruk-Kazyna and KazMunayGas with putting the polyethylene plant in Atyrau region into operation in 2027.",
    "Within a month, the fund must present a program for reducing the operating costs of its portfolio companies.",
    "In addition, Kazakhtelecom has to complete connecting 1,000 villages to broadband internet by the end of the fourth quarter.",
    "Nurlan Zhakupov was appointed head of the fund in 2024.",
], [
    ("instructed the fund to complete the construction of the Kokshetau, Semey", False, P, ["Samruk-Kazyna"], [], "complete the construction of the Kokshetau, Semey and Ust-Kamenogorsk combined heat and power plants", "2026-12-31", "by the end of 2026", "year"),
    ("putting the polyethylene plant in Atyrau region into operation", False, P, ["Samruk-Kazyna", "KazMunayGas"], [], "put the polyethylene plant in Atyrau region into operation", "2027-12-31", "in 2027", "year"),
    ("the fund must present a program for reducing the operating costs", False, P, ["Samruk-Kazyna"], [], "present a program for reducing the operating costs of its portfolio companies", "2025-11-30", "Within a month", "day"),
    ("has to complete connecting 1,000 villages to broadband internet", False, P, ["Kazakhtelecom"], [], "complete connecting 1,000 villages to broadband internet", "2025-12-31", "by the end of the fourth quarter", "quarter"),
])

if __name__ == "__main__":
    with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as f:
        for a in ARTICLES:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "dev_gold.jsonl"), "w", encoding="utf-8") as f:
        for g in GOLD:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(len(ARTICLES), "articles,", len(GOLD), "directives")
