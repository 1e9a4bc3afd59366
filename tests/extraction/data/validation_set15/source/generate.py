#!/usr/bin/env python3
"""Generate validation_set15: articles.jsonl + dev_gold.jsonl.

Every article is hand-written in the style of kt.kz "Government" news (English
translated from Russian). Gold labels are written by hand next to the text;
deadlines are written by hand too and re-derived independently by validate.py.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

PM = "Prime Minister"
DPM = "Deputy Prime Minister"
PRES = "President"

LAB = "Ministry of Labor and Social Protection of the Population"
AI = "Ministry of Artificial Intelligence and Digital Development"


def g(q, task, resp=(), co=(), iss=None, dl=None, dt=None, gr=None, opt=False):
    return dict(q=q, task=task, resp=list(resp), co=list(co), iss=iss, dl=dl, dt=dt, gr=gr, opt=opt)


ARTICLES = []


def art(aid, published, title, paras, gold):
    ARTICLES.append(dict(id=aid, published=published, title=title, paras=paras, gold=gold))


# ---------------------------------------------------------------- 01 grain
art("v15-01", "2025-09-23",
    "Grain harvest to be completed by mid-October: Government sets tasks on exports",
    [
        "At the Government session chaired by Prime Minister Olzhas Bektenov, the issues of the progress of the harvesting campaign and the export of grain of the new crop were considered, primeminister.kz reports.",
        "Minister of Agriculture Aidarbek Saparov reported that as of September 22, grain crops had been threshed on an area of 10.4 million hectares, or 62% of the plan. The average yield is 14.8 centners per hectare, which is 1.3 centners higher than last year. In eight months of 2025, grain exports amounted to 5.1 million tons, of which 2.3 million tons were shipped to Central Asian countries.",
        "Chairman of the Board of Kazakhstan Temir Zholy Talgat Aldybergenov reported that in September the company provided 1,150 grain hopper cars per day against the request of 1,400 cars. Akims of Kostanay, North Kazakhstan and Akmola regions also made reports.",
        "This year we have a good harvest, and our main task is to harvest it without losses and ensure its sale at fair prices. Farmers should not be left alone with the problems of storage and transportation,\" Olzhas Bektenov said.",
        "The Prime Minister instructed the Ministry of Agriculture, together with the akimats of the grain-sowing regions, to complete the harvesting campaign by October 15.",
        "Together with the Ministry of Transport, Kazakhstan Temir Zholy needs to increase the daily supply of grain hopper cars to at least 1,400 units. In addition, the company must ensure the return of 2,000 hopper cars from the territory of neighboring countries within a month.",
        "Food Contract Corporation is to purchase 1 million tons of grain for the state resources by the end of November, while the Agrarian Credit Corporation must complete settlements with farmers under forward purchase contracts in the fourth quarter.",
        "Farmers are called to actively use the forward purchase program and the services of certified grain receiving enterprises.",
        "The next meeting on the progress of the harvest will be held on October 7.",
    ],
    [
        g("to complete the harvesting campaign by October 15", "complete the harvesting campaign",
          ["Ministry of Agriculture"], ["akimats"], PM, "2025-10-15", "by October 15", "day"),
        g("Kazakhstan Temir Zholy needs to increase the daily supply of grain hopper cars",
          "increase the daily supply of grain hopper cars to at least 1,400 units",
          ["Kazakhstan Temir Zholy"], ["Ministry of Transport"], PM),
        g("the company must ensure the return of 2,000 hopper cars",
          "ensure the return of 2,000 hopper cars from the territory of neighboring countries",
          ["Kazakhstan Temir Zholy"], [], PM, "2025-10-23", "within a month", "day"),
        g("is to purchase 1 million tons of grain for the state resources",
          "purchase 1 million tons of grain for the state resources",
          ["Food Contract Corporation"], [], PM, "2025-11-30", "by the end of November", "month"),
        g("must complete settlements with farmers under forward purchase contracts",
          "complete settlements with farmers under forward purchase contracts",
          ["Agrarian Credit Corporation"], [], PM, "2025-12-31", "in the fourth quarter", "quarter"),
    ])

# ---------------------------------------------------------------- 02 labour migration (Akorda)
art("v15-02", "2025-10-14",
    "Head of State receives Minister of Labor: focus on labor migration",
    [
        "President Kassym-Jomart Tokayev received Minister of Labor and Social Protection of the Population Askarbek Yertayev, Akorda reports.",
        "The Head of State was informed about the situation on the labor market, the implementation of the employment roadmap and the regulation of labor migration. According to the minister, in nine months of 2025, 812 thousand people were employed, including 348 thousand young people. Since the beginning of the year, 27.4 thousand Kazakh citizens have gone to work abroad under organized recruitment programs, mainly to South Korea, Germany and the United Kingdom.",
        "Askarbek Yertayev also reported that the number of foreign workers attracted by employers under quotas amounted to 19.6 thousand people, which is 11% less than in the same period last year. The Enbek.kz electronic labor exchange currently contains 74 thousand vacancies.",
        "The President noted that labor migration should be organized and safe, and the rights of our citizens abroad must be reliably protected.",
        "Kassym-Jomart Tokayev instructed the Minister to strengthen control over the activities of private employment agencies sending citizens abroad.",
        "The ministry, together with the Ministry of Foreign Affairs, must conclude agreements on organized recruitment with Japan and the United Arab Emirates by the end of the year.",
        "The Head of State also instructed to launch the digital migration card of foreign workers in the first half of next year and to integrate it with the information systems of the Ministry of Internal Affairs.",
        "It is important that every citizen who wants to work receives real support from the state,\" the President said.",
        "In conclusion, the Head of State set a number of tasks aimed at reducing informal employment and increasing the incomes of the population.",
    ],
    [
        g("instructed the Minister to strengthen control over the activities of private employment agencies",
          "strengthen control over the activities of private employment agencies sending citizens abroad",
          [LAB], [], PRES),
        g("must conclude agreements on organized recruitment with Japan",
          "conclude agreements on organized recruitment with Japan and the United Arab Emirates",
          [LAB], ["Ministry of Foreign Affairs"], PRES, "2025-12-31", "by the end of the year", "year"),
        g("to launch the digital migration card of foreign workers",
          "launch the digital migration card of foreign workers and integrate it with the information systems of the Ministry of Internal Affairs",
          [LAB], [], PRES, "2026-06-30", "in the first half of next year", "half"),
        g("set a number of tasks aimed at reducing informal employment",
          "reduce informal employment and increase the incomes of the population",
          [LAB], [], PRES, opt=True),
    ])

# ---------------------------------------------------------------- 03 wildfires
art("v15-03", "2026-03-12",
    "Wildfire season: Kanat Bozumbayev demands to complete fire breaks by mid-April",
    [
        "Deputy Prime Minister Kanat Bozumbayev held a meeting on preparations for the fire-hazardous period of 2026, primeminister.kz reports.",
        "Reports were made by Vice Minister of Ecology and Natural Resources Nurlan Kurmalayev, Vice Minister of Emergency Situations Ilyas Ospanov, and the akims of Abai, East Kazakhstan and Kostanay regions.",
        "According to the Ministry of Ecology and Natural Resources, in 2025, 412 forest and steppe fires were recorded in the country on a total area of 58.3 thousand hectares, which is 37% less than in 2024. The forest fund of the country covers 30.5 million hectares, of which 3.6 million hectares are located in the Abai and East Kazakhstan regions. Over the past year, 186 units of fire-fighting equipment were purchased, 1.2 thousand km of mineralized strips were laid and 45 video surveillance cameras were installed in the Semey Ormany and West Altai reserves.",
        "Kanat Bozumbayev noted that, despite the positive dynamics, the material and technical base of forestry institutions remains weak, and the detection of fires by means of space monitoring is still carried out with a delay.",
        "The tragedy in the Semey Ormany forest in 2023 showed the cost of every hour of delay. Therefore, all preparatory work must be completed before the start of the fire-hazardous season,\" the Deputy Prime Minister emphasized.",
        "The Ministry of Ecology and Natural Resources and the Ministry of Emergency Situations were instructed to complete the laying of mineralized fire breaks with a total length of 12 thousand km by April 15.",
        "Akimats of Abai, East Kazakhstan and Kostanay regions must purchase 85 units of fire-fighting equipment in the first half of the year and staff the forestry institutions with firefighters.",
        "Kazhydromet is to publish daily fire danger forecasts for each forestry institution starting from April 1.",
        "In addition, the Aerospace Committee needs to promptly ensure the transfer of satellite data on thermal anomalies to the Ministry of Emergency Situations in real time.",
        "By the end of this week, the regional akimats must approve the schedules of patrolling forest areas jointly with the territorial divisions of the Ministry of Internal Affairs.",
        "Residents and tourists are urged to observe fire safety rules in forests and not to make fires during the dry period.",
    ],
    [
        g("all preparatory work must be completed before the start of the fire-hazardous season",
          "complete all preparatory work", [], [], DPM, None,
          "before the start of the fire-hazardous season", None, opt=True),
        g("were instructed to complete the laying of mineralized fire breaks",
          "complete the laying of mineralized fire breaks with a total length of 12 thousand km",
          ["Ministry of Ecology and Natural Resources", "Ministry of Emergency Situations"], [], DPM,
          "2026-04-15", "by April 15", "day"),
        g("must purchase 85 units of fire-fighting equipment",
          "purchase 85 units of fire-fighting equipment and staff the forestry institutions with firefighters",
          ["Akimat of Abai region", "Akimat of East Kazakhstan region", "Akimat of Kostanay region"], [], DPM,
          "2026-06-30", "in the first half of the year", "half"),
        g("Kazhydromet is to publish daily fire danger forecasts",
          "publish daily fire danger forecasts for each forestry institution",
          ["Kazhydromet"], [], DPM),
        g("needs to promptly ensure the transfer of satellite data on thermal anomalies",
          "ensure the transfer of satellite data on thermal anomalies to the Ministry of Emergency Situations in real time",
          ["Aerospace Committee"], [], DPM, None, "promptly", None),
        g("the regional akimats must approve the schedules of patrolling forest areas",
          "approve the schedules of patrolling forest areas",
          ["akimats"], ["Ministry of Internal Affairs"], DPM, "2026-03-15", "By the end of this week", "day"),
    ])

# ---------------------------------------------------------------- 04 coal / heating season
art("v15-04", "2025-12-23",
    "Coal stocks, heat sources and Ekibastuz networks: Government reviews passage of heating season",
    [
        "At the Government session chaired by Prime Minister Olzhas Bektenov, the issues of the passage of the autumn-winter period and the provision of the population and social facilities with coal were considered.",
        "Minister of Energy Yerlan Akkenzhenov reported that as of December 22, coal reserves at power plants amounted to 6.8 million tons, or 24 days of operation. Since the beginning of the heating season, 41 technological violations have been recorded at energy facilities, which is 18% less than in the same period last year.",
        "According to the Ministry of Industry and Construction, in 11 months of 2025, 1.9 thousand km of heating networks were replaced, and the wear of networks in Ekibastuz, Ridder and Kentau still exceeds 70%. The average retail price of coal for the population increased by 9.4% compared to December 2024.",
        "Kazakhstan Temir Zholy reported that 52 thousand cars of coal were shipped to the regions in November, and the average delivery time was reduced to 6 days.",
        "Olzhas Bektenov noted that the accident at the Ekibastuz CHP in November 2022 should be a lesson for everyone.",
        "The Ministry of Energy, together with Kazakhstan Temir Zholy, has been instructed to ensure the uninterrupted shipment of coal to the regions until the end of the heating season.",
        "The Ministry of Industry and Construction is to submit a report on the readiness of reserve heat sources in each region by January 15, and Samruk-Energy must complete the repair of boiler unit 8 at the Ekibastuz GRES-1 by the end of the year.",
        "By the end of the first quarter, the Ministry of National Economy and the Agency for Protection and Development of Competition need to analyze the formation of retail prices of coal and make proposals on their regulation.",
        "The situation in Ekibastuz was considered separately. The Akimat of Pavlodar region reported that 9 km of main heating networks had been replaced in the city this year out of the planned 23 km.",
        "The regional akimat has been instructed to complete the replacement of the remaining 14 km of networks in the second quarter of next year.",
        "All emergency repair work at heat sources must be completed within 10 days, the Prime Minister said.",
        "We must not allow a repetition of the situations when residents of entire microdistricts were left without heat in severe frosts,\" Olzhas Bektenov said.",
    ],
    [
        g("has been instructed to ensure the uninterrupted shipment of coal",
          "ensure the uninterrupted shipment of coal to the regions",
          ["Ministry of Energy"], ["Kazakhstan Temir Zholy"], PM, None,
          "until the end of the heating season", None),
        g("is to submit a report on the readiness of reserve heat sources",
          "submit a report on the readiness of reserve heat sources in each region",
          ["Ministry of Industry and Construction"], [], PM, "2026-01-15", "by January 15", "day"),
        g("must complete the repair of boiler unit 8",
          "complete the repair of boiler unit 8 at the Ekibastuz GRES-1",
          ["Samruk-Energy"], [], PM, "2025-12-31", "by the end of the year", "year"),
        g("need to analyze the formation of retail prices of coal",
          "analyze the formation of retail prices of coal and make proposals on their regulation",
          ["Ministry of National Economy", "Agency for Protection and Development of Competition"], [], PM,
          "2026-03-31", "By the end of the first quarter", "quarter"),
        g("The regional akimat has been instructed to complete the replacement of the remaining 14 km",
          "complete the replacement of the remaining 14 km of networks",
          ["Akimat of Pavlodar region"], [], PM, "2026-06-30", "in the second quarter of next year", "quarter"),
        g("All emergency repair work at heat sources must be completed within 10 days",
          "complete all emergency repair work at heat sources", [], [], PM,
          "2026-01-02", "within 10 days", "day"),
    ])

# ---------------------------------------------------------------- 05 bird flu
art("v15-05", "2026-01-16",
    "Bird flu outbreak in North Kazakhstan region: Serik Zhumangarin gives instructions",
    [
        "Deputy Prime Minister Serik Zhumangarin held an emergency meeting in connection with the registration of highly pathogenic avian influenza at a poultry farm in the Kyzylzhar district of the North Kazakhstan region.",
        "According to the Veterinary Control and Supervision Committee of the Ministry of Agriculture, the disease was confirmed by laboratory tests on January 13. As of January 15, 38.6 thousand birds have been destroyed at the outbreak site, and a quarantine zone with a radius of 10 km has been established. Owners of the destroyed poultry will receive compensation at the market value; in total, about 210 million tenge will be required for these purposes.",
        "The committee noted that in 2025, two outbreaks of avian influenza were registered in the country, in the Kostanay and Pavlodar regions, and both were localized within 21 days.",
        "Serik Zhumangarin instructed the Veterinary Control and Supervision Committee to complete the vaccination of poultry in the threatened zone by Friday.",
        "The Akimat of North Kazakhstan region, jointly with the Ministry of Internal Affairs, must ensure round-the-clock operation of veterinary and police posts at the borders of the quarantine zone until the quarantine is lifted.",
        "Within three days, the regional akimat needs to pay compensation to the owners of the destroyed poultry, and the Ministry of Agriculture is to allocate the necessary funds from the reserve within a week.",
        "The Ministry of Trade and Integration must monitor the prices of eggs and poultry meat in the northern regions on a daily basis.",
        "The Deputy Prime Minister stressed that the situation is under control and there is no threat to public health. Residents are advised to purchase poultry products only at authorized points of sale.",
        "The next meeting of the operational headquarters will be held on January 20.",
    ],
    [
        g("to complete the vaccination of poultry in the threatened zone by Friday",
          "complete the vaccination of poultry in the threatened zone",
          ["Veterinary Control and Supervision Committee"], [], DPM, "2026-01-23", "by Friday", "day"),
        g("must ensure round-the-clock operation of veterinary and police posts",
          "ensure round-the-clock operation of veterinary and police posts at the borders of the quarantine zone",
          ["Akimat of North Kazakhstan region"], ["Ministry of Internal Affairs"], DPM, None,
          "until the quarantine is lifted", None),
        g("the regional akimat needs to pay compensation to the owners",
          "pay compensation to the owners of the destroyed poultry",
          ["Akimat of North Kazakhstan region"], [], DPM, "2026-01-19", "Within three days", "day"),
        g("is to allocate the necessary funds from the reserve within a week",
          "allocate the necessary funds from the reserve",
          ["Ministry of Agriculture"], [], DPM, "2026-01-23", "within a week", "day"),
        g("must monitor the prices of eggs and poultry meat",
          "monitor the prices of eggs and poultry meat in the northern regions on a daily basis",
          ["Ministry of Trade and Integration"], [], DPM),
    ])

# ---------------------------------------------------------------- 06 vocational education
MOE_AK = ["Ministry of Education", "akimats"]
art("v15-06", "2025-10-02",
    "Colleges should train specialists for the real sector: Government reviews vocational education",
    [
        "At the Government session chaired by Prime Minister Olzhas Bektenov, the issues of the development of technical and vocational education were considered.",
        "Minister of Education Gani Beisembayev reported that 783 colleges operate in the country, where 544 thousand students study. In 2025, 172 thousand people were admitted to colleges under the state educational order, and the share of graduates employed in the first year after graduation reached 71%. Since 2024, 52 colleges have been equipped with modern workshops within the framework of the Comprehensive Plan for the Development of Vocational Education.",
        "Minister of Labor and Social Protection of the Population Askarbek Yertayev noted that the shortage of qualified workers in the construction, energy and machine-building industries is estimated at 68 thousand people.",
        "The Head of State in his Address to the people of Kazakhstan set the task of training specialists in demand by the economy. Vocational education is a key element of the country's human capital. Unfortunately, many colleges still teach according to outdated programs on outdated equipment,\" Olzhas Bektenov said.",
        "Following the discussion, the Prime Minister gave a number of instructions to the Ministry of Education and akimats:",
        "- by the end of the year, update the educational programs of colleges in 120 specialties together with employers;",
        "- in the first quarter of 2026, transfer at least 30 colleges to the trust management of large enterprises;",
        "- ensure the construction of dormitories for 15 thousand places by September 1, 2026;",
        "- the Ministry of Labor, jointly with Atameken, is to form a forecast of the need for personnel for five years within two months.",
        "Akimats of Karaganda, Pavlodar and East Kazakhstan regions have been instructed to provide colleges with industrial practice places at enterprises of the mining and metallurgical complex.",
        "The Prime Minister emphasized that it is important to raise the prestige of working professions and the salaries of masters of industrial training.",
        "By 2029, it is planned to increase the share of students studying under the dual training system to 50%.",
    ],
    [
        g("update the educational programs of colleges in 120 specialties",
          "update the educational programs of colleges in 120 specialties together with employers",
          MOE_AK, [], PM, "2025-12-31", "by the end of the year", "year"),
        g("transfer at least 30 colleges to the trust management",
          "transfer at least 30 colleges to the trust management of large enterprises",
          MOE_AK, [], PM, "2026-03-31", "in the first quarter of 2026", "quarter"),
        g("ensure the construction of dormitories for 15 thousand places",
          "ensure the construction of dormitories for 15 thousand places",
          MOE_AK, [], PM, "2026-09-01", "by September 1, 2026", "day"),
        g("is to form a forecast of the need for personnel",
          "form a forecast of the need for personnel for five years",
          [LAB], ["Atameken"], PM, "2025-12-02", "within two months", "day"),
        g("have been instructed to provide colleges with industrial practice places",
          "provide colleges with industrial practice places at enterprises of the mining and metallurgical complex",
          ["Akimat of Karaganda region", "Akimat of Pavlodar region", "Akimat of East Kazakhstan region"], [], PM),
        g("it is important to raise the prestige of working professions",
          "raise the prestige of working professions and the salaries of masters of industrial training",
          [], [], PM, opt=True),
        g("it is planned to increase the share of students studying under the dual training system",
          "increase the share of students studying under the dual training system to 50%",
          [], [], None, "2029-12-31", "By 2029", "year", opt=True),
    ])

# ---------------------------------------------------------------- 07 Turkistan tourism (Akorda)
TURK = "Akimat of Turkistan region"
art("v15-07", "2025-11-18",
    "Tokayev receives akim of Turkistan region: tourist flow to reach 3 million",
    [
        "Head of State Kassym-Jomart Tokayev received the akim of Turkistan region Nuralkhan Kusherov, Akorda reports.",
        "The President was informed about the socio-economic development of the region and the implementation of his instructions given during the working trip in 2024. According to the akim, in 10 months of 2025, the gross regional product increased by 7.2%, investments in fixed capital amounted to 1.1 trillion tenge, and 14 thousand permanent jobs were created.",
        "Nuralkhan Kusherov reported that in January-October, the city of Turkistan was visited by 1.7 million tourists, including 312 thousand foreigners. The number of hotel beds in the city has reached 9.8 thousand, and the international airport served 640 thousand passengers.",
        "The Head of State was also briefed on the construction of the Turkistan-Shymkent road bypass, the development of the Sauran and Otrar archaeological sites, and the provision of settlements with drinking water.",
        "Kassym-Jomart Tokayev instructed the akim to increase the tourist flow to the city of Turkistan to 3 million people by 2028 by developing pilgrimage, cultural and ecological tourism.",
        "The regional akimat, together with Kazakh Tourism, must launch a single digital tourist pass to museums and historical sites of the region in the second half of next year.",
        "It is important to preserve the historical appearance of Turkistan and not to allow chaotic development,\" the Head of State noted.",
        "In addition, the President drew attention to the need to complete the provision of 58 villages of the region with centralized water supply by the end of next year.",
    ],
    [
        g("instructed the akim to increase the tourist flow to the city of Turkistan",
          "increase the tourist flow to the city of Turkistan to 3 million people by developing pilgrimage, cultural and ecological tourism",
          [TURK], [], PRES, "2028-12-31", "by 2028", "year"),
        g("must launch a single digital tourist pass",
          "launch a single digital tourist pass to museums and historical sites of the region",
          [TURK], ["Kazakh Tourism"], PRES, "2026-12-31", "in the second half of next year", "half"),
        g("drew attention to the need to complete the provision of 58 villages",
          "complete the provision of 58 villages of the region with centralized water supply",
          [TURK], [], PRES, "2026-12-31", "by the end of next year", "year", opt=True),
    ])

# ---------------------------------------------------------------- 08 medicine prices
art("v15-08", "2026-02-10",
    "Government to tighten control over medicine prices",
    [
        "At the Government session chaired by Prime Minister Olzhas Bektenov, the issues of ensuring the availability of medicines and controlling their prices were considered, primeminister.kz reports.",
        "Minister of Healthcare Akmaral Alnazarova reported that in 2025, the volume of the pharmaceutical market amounted to 1.9 trillion tenge, and the share of domestic production in monetary terms reached 34%. Marginal prices have been set for 7.4 thousand medicines, and in January of this year, violations of pricing requirements were revealed in 412 pharmacies.",
        "Chairman of the Agency for Protection and Development of Competition Marat Omarov reported that 11 investigations were carried out in the pharmaceutical market last year, and fines totaling 1.3 billion tenge were imposed. Last year, 96 pharmacy points were also opened in rural settlements where there were none.",
        "Olzhas Bektenov noted that citizens continue to complain about the shortage of certain medicines in pharmacies in small towns and rural areas, as well as about the price difference for the same drug in different regions reaching 40%.",
        "The Ministry of Healthcare, together with the Agency for Protection and Development of Competition, must analyze the pricing of the 500 most demanded medicines within a month.",
        "The Medical and Pharmaceutical Control Committee has been instructed to conduct inspections of pharmacy chains in the regions where the largest price deviations were recorded. The committee is to report on the results by March 1.",
        "The Ministry of Industry and Construction and the Ministry of Healthcare need to conclude offtake contracts with domestic pharmaceutical manufacturers for a period of up to 10 years and ensure the localization of 20 new drugs in 2026.",
        "The new marginal prices for medicines within the guaranteed volume of free medical care must come into force no later than April 1, Olzhas Bektenov said.",
        "The Social Health Insurance Fund is to ensure the transfer of all prescriptions for outpatient drug provision to electronic format in the first half of the year.",
    ],
    [
        g("must analyze the pricing of the 500 most demanded medicines",
          "analyze the pricing of the 500 most demanded medicines",
          ["Ministry of Healthcare"], ["Agency for Protection and Development of Competition"], PM,
          "2026-03-10", "within a month", "day"),
        g("has been instructed to conduct inspections of pharmacy chains",
          "conduct inspections of pharmacy chains in the regions where the largest price deviations were recorded",
          ["Medical and Pharmaceutical Control Committee"], [], PM),
        g("The committee is to report on the results by March 1",
          "report on the results of the inspections of pharmacy chains",
          ["Medical and Pharmaceutical Control Committee"], [], PM, "2026-03-01", "by March 1", "day"),
        g("need to conclude offtake contracts with domestic pharmaceutical manufacturers",
          "conclude offtake contracts with domestic pharmaceutical manufacturers and ensure the localization of 20 new drugs",
          ["Ministry of Industry and Construction", "Ministry of Healthcare"], [], PM,
          "2026-12-31", "in 2026", "year"),
        g("must come into force no later than April 1",
          "bring into force the new marginal prices for medicines within the guaranteed volume of free medical care",
          [], [], PM, "2026-04-01", "no later than April 1", "day"),
        g("is to ensure the transfer of all prescriptions for outpatient drug provision",
          "ensure the transfer of all prescriptions for outpatient drug provision to electronic format",
          ["Social Health Insurance Fund"], [], PM, "2026-06-30", "in the first half of the year", "half"),
    ])

# ---------------------------------------------------------------- 09 road tolls
art("v15-09", "2025-12-29",
    "Toll collection to be introduced on 11 more road sections",
    [
        "Deputy Prime Minister Roman Sklyar held a meeting on the development of the network of toll roads, primeminister.kz reports.",
        "According to the Ministry of Transport, as of December 1, toll collection is carried out on 18 sections with a total length of 4.2 thousand km. In 11 months of 2025, the revenue from the use of toll roads amounted to 39.7 billion tenge, which is 22% more than in the same period of 2024. All funds are directed to the repair and maintenance of roads.",
        "Chairman of the Board of KazAvtoZhol Nurlan Sauranbayev reported that the company has installed 96 automated toll points and introduced free-flow technology on two sections.",
        "Roman Sklyar noted that drivers continue to complain about queues at toll points and the lack of alternative free routes.",
        "The Deputy Prime Minister instructed KazAvtoZhol to launch toll collection on the Almaty-Kapshagay-Taldykorgan section by the end of the year.",
        "The Ministry of Transport, together with the company, must ensure the transition of all toll sections to the free-flow system by the end of next year, and by February 1, the ministry is to submit proposals on discounts for residents of nearby settlements.",
        "In March, the Ministry of Internal Affairs needs to integrate the data of toll points with the Sergek video surveillance system for the detection of stolen vehicles.",
        "In 2026, toll collection will be introduced on 11 more sections with a length of 2.7 thousand km.",
        "Drivers are reminded that the fare can be paid through the Kazakhstan Tolls application and at automated toll points.",
    ],
    [
        g("instructed KazAvtoZhol to launch toll collection",
          "launch toll collection on the Almaty-Kapshagay-Taldykorgan section",
          ["KazAvtoZhol"], [], DPM, "2025-12-31", "by the end of the year", "year"),
        g("must ensure the transition of all toll sections to the free-flow system",
          "ensure the transition of all toll sections to the free-flow system",
          ["Ministry of Transport"], ["KazAvtoZhol"], DPM, "2026-12-31", "by the end of next year", "year"),
        g("the ministry is to submit proposals on discounts for residents",
          "submit proposals on discounts for residents of nearby settlements",
          ["Ministry of Transport"], [], DPM, "2026-02-01", "by February 1", "day"),
        g("needs to integrate the data of toll points with the Sergek video surveillance system",
          "integrate the data of toll points with the Sergek video surveillance system for the detection of stolen vehicles",
          ["Ministry of Internal Affairs"], [], DPM, "2026-03-31", "In March", "month"),
        g("toll collection will be introduced on 11 more sections",
          "introduce toll collection on 11 more sections with a length of 2.7 thousand km",
          [], [], None, "2026-12-31", "In 2026", "year", opt=True),
    ])

# ---------------------------------------------------------------- 10 rent subsidies
art("v15-10", "2026-01-20",
    "Rent subsidies for those in the housing queue: Government sets tasks",
    [
        "At the Government session chaired by Prime Minister Olzhas Bektenov, the issues of providing housing to socially vulnerable groups of the population and subsidizing rent in the private housing stock were considered.",
        "Minister of Industry and Construction Yersayin Nagaspayev reported that 635 thousand people are in the queue for housing from the state housing stock in the country. In 2025, 1.2 thousand families received rent subsidies in Astana, Almaty and Shymkent, and the average subsidy amounted to 68 thousand tenge per month.",
        "Chairman of the Board of Otbasy Bank Lyazzat Ibragimova noted that since the launch of the program in 2023, more than 40 thousand applications have been submitted, and payments are made within 10 working days after the conclusion of a lease agreement.",
        "The Prime Minister noted that the rent subsidy is an effective tool that allows families to receive housing without waiting in line for years, but its coverage remains insufficient.",
        "Following the consideration of the issue, the following tasks were set:",
        "- the Ministry of Industry and Construction, jointly with Otbasy Bank, is to expand the program to all regional centers by March 1;",
        "- the Ministry of Finance must provide for additional funding of 18 billion tenge for rent subsidies when clarifying the budget in the first half of the year;",
        "- akimats need to digitize the housing queues and integrate them with the Otbasy Bank portal within two weeks;",
        "- the Akimats of Astana and Almaty should increase the number of rental apartments without the right of purchase by 3 thousand units by the end of the year.",
        "In addition, it is necessary to eliminate the practice of requiring tenants to provide notarized lease agreements. The Ministry of Justice has been instructed to carry out the corresponding work.",
        "Every family that is in line should have the opportunity to rent decent housing at an affordable price,\" Olzhas Bektenov said.",
        "It is expected that by 2029, the number of families receiving rent subsidies will reach 25 thousand.",
    ],
    [
        g("is to expand the program to all regional centers by March 1",
          "expand the program to all regional centers",
          ["Ministry of Industry and Construction"], ["Otbasy Bank"], PM, "2026-03-01", "by March 1", "day"),
        g("must provide for additional funding of 18 billion tenge",
          "provide for additional funding of 18 billion tenge for rent subsidies when clarifying the budget",
          ["Ministry of Finance"], [], PM, "2026-06-30", "in the first half of the year", "half"),
        g("akimats need to digitize the housing queues",
          "digitize the housing queues and integrate them with the Otbasy Bank portal",
          ["akimats"], [], PM, "2026-02-03", "within two weeks", "day"),
        g("should increase the number of rental apartments without the right of purchase",
          "increase the number of rental apartments without the right of purchase by 3 thousand units",
          ["Akimat of Astana", "Akimat of Almaty"], [], PM, "2026-12-31", "by the end of the year", "year"),
        g("The Ministry of Justice has been instructed to carry out the corresponding work",
          "eliminate the practice of requiring tenants to provide notarized lease agreements",
          ["Ministry of Justice"], [], PM),
        g("by 2029, the number of families receiving rent subsidies will reach 25 thousand",
          "bring the number of families receiving rent subsidies to 25 thousand",
          [], [], None, "2029-12-31", "by 2029", "year", opt=True),
    ])

# ---------------------------------------------------------------- 11 IT outsourcing
art("v15-11", "2025-10-28",
    "IT services export to reach $1 billion: Zhaslan Madiyev holds meeting on IT outsourcing",
    [
        "Deputy Prime Minister - Minister of Artificial Intelligence and Digital Development Zhaslan Madiyev held a meeting on the development of IT outsourcing and the export of IT services, primeminister.kz reports.",
        "It was noted that in nine months of 2025, the export of IT services amounted to 463 million US dollars, which is 1.6 times more than in the same period last year. The number of participants of the Astana Hub technopark has exceeded 1.9 thousand companies, of which 412 are foreign. Last year, 16 large international IT companies opened development centers in Kazakhstan.",
        "The Deputy Prime Minister noted that the country has a unique opportunity to become a regional hub for IT outsourcing, but the shortage of qualified developers and the complexity of visa procedures for foreign specialists remain a constraint.",
        "Our goal is to increase the export of IT services to 1 billion dollars by the end of 2026. To do this, we need to work with each large company individually,\" Zhaslan Madiyev said.",
        "The Ministry of Foreign Affairs and the Ministry of Internal Affairs were instructed to simplify the procedure for issuing digital nomad visas and work permits for IT specialists by December 1.",
        "Together with QazTrade and KazakhExport, the Ministry of Artificial Intelligence and Digital Development is to develop a program to support the entry of Kazakh IT companies into the markets of the Gulf countries and the European Union in the fourth quarter.",
        "In addition, the Deputy Prime Minister instructed the ministry to submit amendments to the rules for granting the status of Astana Hub participants within a month, and Kazakhtelecom must provide data center capacities for foreign IT companies on preferential terms.",
        "Kazakh IT companies are invited to take part in the Digital Bridge forum.",
    ],
    [
        g("Our goal is to increase the export of IT services to 1 billion dollars",
          "increase the export of IT services to 1 billion dollars",
          [], [], DPM, "2026-12-31", "by the end of 2026", "year", opt=True),
        g("were instructed to simplify the procedure for issuing digital nomad visas",
          "simplify the procedure for issuing digital nomad visas and work permits for IT specialists",
          ["Ministry of Foreign Affairs", "Ministry of Internal Affairs"], [], DPM,
          "2025-12-01", "by December 1", "day"),
        g("is to develop a program to support the entry of Kazakh IT companies",
          "develop a program to support the entry of Kazakh IT companies into the markets of the Gulf countries and the European Union",
          [AI], ["QazTrade", "KazakhExport"], DPM, "2025-12-31", "in the fourth quarter", "quarter"),
        g("instructed the ministry to submit amendments to the rules for granting the status",
          "submit amendments to the rules for granting the status of Astana Hub participants",
          [AI], [], DPM, "2025-11-28", "within a month", "day"),
        g("must provide data center capacities for foreign IT companies",
          "provide data center capacities for foreign IT companies on preferential terms",
          ["Kazakhtelecom"], [], DPM),
    ])

# ---------------------------------------------------------------- 12 Mangystau water
MANG = "Akimat of Mangystau region"
art("v15-12", "2026-04-14",
    "Drinking water for Mangystau: Government reviews construction of water pipelines",
    [
        "At the Government session chaired by Prime Minister Olzhas Bektenov, the issues of providing the Mangystau region with drinking water were considered.",
        "Minister of Water Resources and Irrigation Nurzhan Nurzhigitov reported that the daily water shortage in the region in the summer period reaches 45 thousand cubic meters. In 2025, the second string of the Astrakhan-Mangyshlak water pipeline with a length of 220 km was completed, which made it possible to increase the supply of Volga water by 25%. In the first quarter of 2026, 38 km of distribution networks were replaced in Aktau and Zhanaozen.",
        "Akim of Mangystau region Nurdaulet Kilybay reported that the construction of a seawater desalination plant in the village of Kenderli with a capacity of 50 thousand cubic meters per day is 64% complete.",
        "Olzhas Bektenov noted that the problem of water supply in Mangystau has accumulated for decades, and its solution is under the special control of the Head of State.",
        "The Kenderli desalination plant must be commissioned by the end of 2026, the Prime Minister said.",
        "The Ministry of Water Resources and Irrigation, together with the regional akimat, has been instructed to complete the reconstruction of the Kuryk-Zhanaozen main water pipeline in the third quarter.",
        "By July 1, the akimat needs to ensure the replacement of 60 km of worn-out distribution networks in Aktau, Zhanaozen and Beineu before the peak of water consumption.",
        "Samruk-Kazyna and KazMunayGas need to consider the possibility of financing the construction of the third string of the water pipeline. The holding is to submit its proposals to the Government within three weeks.",
        "Residents of the region are called to use water sparingly during the summer period.",
    ],
    [
        g("The Kenderli desalination plant must be commissioned by the end of 2026",
          "commission the Kenderli desalination plant", [], [], PM,
          "2026-12-31", "by the end of 2026", "year"),
        g("has been instructed to complete the reconstruction of the Kuryk-Zhanaozen main water pipeline",
          "complete the reconstruction of the Kuryk-Zhanaozen main water pipeline",
          ["Ministry of Water Resources and Irrigation"], [MANG], PM, "2026-09-30", "in the third quarter", "quarter"),
        g("the akimat needs to ensure the replacement of 60 km of worn-out distribution networks",
          "ensure the replacement of 60 km of worn-out distribution networks in Aktau, Zhanaozen and Beineu",
          [MANG], [], PM, "2026-07-01", "By July 1", "day"),
        g("need to consider the possibility of financing the construction of the third string",
          "consider the possibility of financing the construction of the third string of the water pipeline",
          ["Samruk-Kazyna", "KazMunayGas"], [], PM),
        g("The holding is to submit its proposals to the Government within three weeks",
          "submit its proposals on financing the third string of the water pipeline to the Government",
          ["Samruk-Kazyna"], [], PM, "2026-05-05", "within three weeks", "day"),
    ])

# ---------------------------------------------------------------- 13 Khorgos customs
art("v15-13", "2025-11-26",
    "Queues of trucks at Khorgos: Serik Zhumangarin instructs to increase the capacity of the checkpoint",
    [
        "Deputy Prime Minister - Minister of National Economy Serik Zhumangarin made a working trip to the Khorgos checkpoint on the border with China, primeminister.kz reports.",
        "The Deputy Prime Minister got acquainted with the work of the Nur Zholy automobile checkpoint and the Khorgos Eastern Gate dry port. It was reported that in 10 months of 2025, 198 thousand trucks passed through the checkpoint, which is 14% more than a year earlier, and the volume of container traffic through the dry port exceeded 340 thousand TEU.",
        "At the same time, in the autumn period, queues of up to 1.5 thousand trucks accumulate at the border, and the average waiting time reaches three days. The Chinese side has increased the capacity of its checkpoint to 2 thousand vehicles per day, while the Kazakh side processes no more than 1.2 thousand.",
        "Following the trip, Serik Zhumangarin held a meeting with the participation of the Ministry of Finance, the Ministry of Transport, the Border Service of the National Security Committee and the akimat of Zhetysu region.",
        "The Customs Control Committee has been instructed to increase the number of inspection lanes to 24 and introduce round-the-clock operation of customs posts within 10 days.",
        "The Ministry of Finance, together with the Border Service, must launch an electronic queue system for trucks by December 15, while the Ministry of Transport is to complete the construction of a parking lot for 800 trucks by the end of the first quarter of next year.",
        "The Akimat of Zhetysu region needs to ensure sanitary conditions and access to food and medical aid for drivers waiting at the border.",
        "The Deputy Prime Minister also recalled that the Head of State, at the meeting on the development of the transport and logistics potential, instructed to increase the transit of containers through Kazakhstan to 2 million TEU by 2030.",
    ],
    [
        g("has been instructed to increase the number of inspection lanes to 24",
          "increase the number of inspection lanes to 24 and introduce round-the-clock operation of customs posts",
          ["Customs Control Committee"], [], DPM, "2025-12-06", "within 10 days", "day"),
        g("must launch an electronic queue system for trucks",
          "launch an electronic queue system for trucks",
          ["Ministry of Finance"], ["Border Service"], DPM, "2025-12-15", "by December 15", "day"),
        g("is to complete the construction of a parking lot for 800 trucks",
          "complete the construction of a parking lot for 800 trucks",
          ["Ministry of Transport"], [], DPM, "2026-03-31", "by the end of the first quarter of next year", "quarter"),
        g("needs to ensure sanitary conditions and access to food and medical aid",
          "ensure sanitary conditions and access to food and medical aid for drivers waiting at the border",
          ["Akimat of Zhetysu region"], [], DPM),
        g("instructed to increase the transit of containers through Kazakhstan",
          "increase the transit of containers through Kazakhstan to 2 million TEU",
          [], [], PRES, "2030-12-31", "by 2030", "year", opt=True),
    ])

# ---------------------------------------------------------------- 14 Zhambyl trip
ZHAM = "Akimat of Zhambyl region"
art("v15-14", "2025-08-19",
    "Olzhas Bektenov gets acquainted with construction of schools and canals in Zhambyl region",
    [
        "Prime Minister Olzhas Bektenov made a working trip to the Zhambyl region, where he got acquainted with the progress of the construction of social facilities and irrigation infrastructure, primeminister.kz reports.",
        "In Taraz, the Prime Minister visited the construction site of a school for 1,200 students being built under the Comfortable School national project. According to the akim of the region Yerbol Karashukeyev, 11 comfortable schools are being built in the region.",
        "In the Baizak district, the head of the Government inspected the reconstruction of the Tasotkel-Shu main canal. In 2024-2025, 86 km of the canal were reconstructed, which made it possible to return 12 thousand hectares of irrigated land to agricultural circulation.",
        "The Prime Minister also visited the Taraz sugar plant, which processed 310 thousand tons of sugar beet last season. In 2025, the area under sugar beet in the region increased to 14.2 thousand hectares.",
        "The Zhambyl region has great potential for the development of agriculture and processing. The Head of State has set the task of fully providing the country with domestic sugar. To do this, we need to expand irrigated areas and modernize processing plants,\" Olzhas Bektenov said.",
        "Following the trip, the Prime Minister instructed the regional akimat to complete the construction of the remaining four comfortable schools by September 1, 2026.",
        "The Ministry of Water Resources and Irrigation must complete the reconstruction of the remaining 42 km of the Tasotkel-Shu canal in 2026 and introduce water-saving technologies on an area of 20 thousand hectares by 2027.",
        "The akim of the region was instructed to ensure the preparation of the housing and utilities sector for the heating season by October 1.",
    ],
    [
        g("instructed the regional akimat to complete the construction of the remaining four comfortable schools",
          "complete the construction of the remaining four comfortable schools",
          [ZHAM], [], PM, "2026-09-01", "by September 1, 2026", "day"),
        g("must complete the reconstruction of the remaining 42 km of the Tasotkel-Shu canal",
          "complete the reconstruction of the remaining 42 km of the Tasotkel-Shu canal",
          ["Ministry of Water Resources and Irrigation"], [], PM, "2026-12-31", "in 2026", "year"),
        g("introduce water-saving technologies on an area of 20 thousand hectares",
          "introduce water-saving technologies on an area of 20 thousand hectares",
          ["Ministry of Water Resources and Irrigation"], [], PM, "2027-12-31", "by 2027", "year"),
        g("was instructed to ensure the preparation of the housing and utilities sector",
          "ensure the preparation of the housing and utilities sector for the heating season",
          [ZHAM], [], PM, "2025-10-01", "by October 1", "day"),
    ])

# ---------------------------------------------------------------- 15 tourism collegium
art("v15-15", "2026-05-20",
    "Ministry of Tourism and Sports holds collegium on preparations for the summer season",
    [
        "An expanded collegium of the Ministry of Tourism and Sports was held in Astana under the chairmanship of Minister Yerbol Myrzabosynov, at which the results of the first four months of 2026 and the tasks for the summer tourist season were discussed.",
        "According to the ministry, in January-April 2026, the number of foreign tourists increased by 17% and amounted to 1.4 million people. The number of accommodation facilities has reached 4.3 thousand, and the volume of services provided by them has grown by 12%. In 2025, Kazakhstan was visited by 17.2 million tourists, of which 3.1 million were foreigners.",
        "Chairman of the Tourism Industry Committee Yerzhan Yerkinbayev reported on the readiness of the resort areas of Alakol, Balkhash, Burabay and the Caspian coast. In particular, 38 beaches have been certified, and 26 rescue posts will be deployed on the coast of Alakol.",
        "The minister noted that the main complaints of tourists still relate to the lack of public toilets, poor roads to resort areas and high prices for accommodation.",
        "Yerbol Myrzabosynov instructed the Tourism Industry Committee to complete the inspection of all beaches and recreation areas by June 1.",
        "Kazakh Tourism, jointly with the akimats of Abai, Zhetysu and Akmola regions, is to launch an online booking service for guest houses before the start of the beach season.",
        "In addition, the committee has been tasked with conducting, together with the Ministry of Emergency Situations, raids to check the safety of tourist routes in the mountains of the Almaty region in June.",
        "Tourism is one of the drivers of economic growth. We must make our resorts comfortable and affordable for every family,\" the minister emphasized.",
        "The ministry also plans to attract 5 thousand young people to work as guides and instructors.",
    ],
    [
        g("instructed the Tourism Industry Committee to complete the inspection of all beaches",
          "complete the inspection of all beaches and recreation areas",
          ["Tourism Industry Committee"], [], "Minister of Tourism and Sports", "2026-06-01", "by June 1", "day"),
        g("is to launch an online booking service for guest houses",
          "launch an online booking service for guest houses",
          ["Kazakh Tourism"], ["Akimat of Abai region", "Akimat of Zhetysu region", "Akimat of Akmola region"],
          "Minister of Tourism and Sports", None, "before the start of the beach season", None),
        g("the committee has been tasked with conducting",
          "conduct raids to check the safety of tourist routes in the mountains of the Almaty region",
          ["Tourism Industry Committee"], ["Ministry of Emergency Situations"], "Minister of Tourism and Sports",
          "2026-06-30", "in June", "month"),
    ])

# ---------------------------------------------------------------- 16 trade (Akorda)
MTI = "Ministry of Trade and Integration"
art("v15-16", "2025-12-30",
    "President receives Minister of Trade and Integration",
    [
        "Head of State Kassym-Jomart Tokayev received Minister of Trade and Integration Arman Shakkaliyev, Akorda reports.",
        "The President was informed about the results of foreign trade and measures to stabilize prices for socially significant food products. According to the minister, in January-November 2025, Kazakhstan's foreign trade turnover amounted to 131.4 billion US dollars, and non-resource exports increased by 8.6% to 39.2 billion dollars.",
        "Arman Shakkaliyev reported that in December, inflation for food products slowed to 0.6% month-on-month, and the prices of 19 socially significant products remained unchanged over the past month.",
        "The Head of State was also briefed on the implementation of the National Export Strategy, the launch of trade houses in China, Uzbekistan and Azerbaijan, and the development of cross-border e-commerce.",
        "Kassym-Jomart Tokayev instructed the Ministry of Trade and Integration to bring the volume of non-resource exports to 41 billion US dollars in 2026.",
        "The Head of State instructed to ensure, together with akimats, the stability of prices for socially significant food products in the first quarter, when seasonal price increases are traditionally observed.",
        "It is important to protect the domestic market from low-quality products and create conditions for domestic producers,\" the President said.",
        "Kassym-Jomart Tokayev also set a number of tasks to further increase the export potential of the country.",
    ],
    [
        g("to bring the volume of non-resource exports to 41 billion US dollars",
          "bring the volume of non-resource exports to 41 billion US dollars",
          [MTI], [], PRES, "2026-12-31", "in 2026", "year"),
        g("instructed to ensure, together with akimats, the stability of prices",
          "ensure the stability of prices for socially significant food products",
          [MTI], ["akimats"], PRES, "2026-03-31", "in the first quarter", "quarter"),
        g("set a number of tasks to further increase the export potential",
          "further increase the export potential of the country",
          [MTI], [], PRES, opt=True),
    ])

# ---------------------------------------------------------------- 17 sowing campaign
MOA_MOE = ["Ministry of Agriculture", "Ministry of Energy"]
art("v15-17", "2026-02-24",
    "Sowing campaign 2026: farmers to receive diesel fuel at reduced prices",
    [
        "At the Government session chaired by Prime Minister Olzhas Bektenov, the issues of preparation for the spring field work of 2026 were considered.",
        "Minister of Agriculture Aidarbek Saparov reported that the total sown area will amount to 23.9 million hectares, of which 16.1 million hectares will be under grain crops.",
        "According to the Ministry of Energy, the need of agricultural producers for diesel fuel for the sowing campaign is estimated at 420 thousand tons. Last year, farmers received diesel fuel at a price 15% below the market price.",
        "Chairman of the Board of the Agrarian Credit Corporation Daniyar Sadykov reported that in January-February, 146 billion tenge were allocated for spring field work, which is 1.4 times more than in the same period last year.",
        "Following the discussion, Olzhas Bektenov gave a number of instructions to the Ministry of Agriculture and the Ministry of Energy:",
        "- by March 15, approve the schedules for the supply of diesel fuel to the regions at reduced prices;",
        "- ensure the allocation of preferential loans for spring field work in the amount of at least 700 billion tenge before the start of sowing;",
        "- the Agrarian Credit Corporation is to complete the acceptance of applications for forward purchase of the new crop in April;",
        "- together with akimats, organize the supply of seeds and mineral fertilizers to farmers in the required volumes.",
        "Special attention should be paid to the quality of seeds. The share of elite seeds must be increased to at least 5% this year, the Prime Minister noted.",
        "The Ministry of Internal Affairs and the State Revenue Committee have been instructed to prevent the illegal export of subsidized diesel fuel outside the country.",
        "Farmers are called to complete the sowing within the optimal agrotechnical time frame.",
    ],
    [
        g("approve the schedules for the supply of diesel fuel to the regions",
          "approve the schedules for the supply of diesel fuel to the regions at reduced prices",
          MOA_MOE, [], PM, "2026-03-15", "by March 15", "day"),
        g("ensure the allocation of preferential loans for spring field work",
          "ensure the allocation of preferential loans for spring field work in the amount of at least 700 billion tenge",
          MOA_MOE, [], PM, None, "before the start of sowing", None),
        g("is to complete the acceptance of applications for forward purchase",
          "complete the acceptance of applications for forward purchase of the new crop",
          ["Agrarian Credit Corporation"], [], PM, "2026-04-30", "in April", "month"),
        g("organize the supply of seeds and mineral fertilizers",
          "organize the supply of seeds and mineral fertilizers to farmers in the required volumes",
          MOA_MOE, ["akimats"], PM),
        g("The share of elite seeds must be increased to at least 5% this year",
          "increase the share of elite seeds to at least 5%",
          [], [], PM, "2026-12-31", "this year", "year"),
        g("have been instructed to prevent the illegal export of subsidized diesel fuel",
          "prevent the illegal export of subsidized diesel fuel outside the country",
          ["Ministry of Internal Affairs", "State Revenue Committee"], [], PM),
    ])

# ---------------------------------------------------------------- 18 results of 2025
art("v15-18", "2026-01-06",
    "Economic growth in 2025 reached 6.4%: Government sets tasks for 2026",
    [
        "At the first Government session this year chaired by Prime Minister Olzhas Bektenov, the results of the socio-economic development of the country in 2025 were summed up and the tasks for 2026 were considered.",
        "Minister of National Economy Serik Zhumangarin reported that, according to preliminary data, the country's GDP growth in 2025 amounted to 6.4%. Construction increased by 14.1%, transport by 19.8%, trade by 8.3%. Inflation at the end of the year was 12.1%. In 2025, the volume of investments in fixed capital exceeded 21 trillion tenge.",
        "Minister of Finance Madi Takiyev reported that the revenues of the state budget in 2025 were executed by 101.2%, and the expenditures by 99.1%.",
        "The Prime Minister noted that the Head of State set the task of ensuring high-quality economic growth of at least 6% and reducing inflation to single digits.",
        "Following the session, the Prime Minister gave the following instructions:",
        "- the Ministry of National Economy, together with the National Bank and the Agency for Regulation and Development of the Financial Market, is to approve a joint action plan to reduce inflation by the end of January;",
        "- the Ministry of Finance must ensure the launch of the new budget planning system in the first quarter;",
        "- central government agencies and akimats need to ensure the financing of all budget programs from the first days of the year and prevent the accumulation of unused funds;",
        "- within a week, the Ministry of Industry and Construction is to submit a schedule for the commissioning of 40 major industrial projects in 2026.",
        "The Prime Minister reminded that the main indicators of the republican budget for 2026-2028 were approved by law in December.",
        "Economic growth must be based on the manufacturing industry, agriculture and logistics, not only on raw materials,\" Olzhas Bektenov said.",
    ],
    [
        g("is to approve a joint action plan to reduce inflation",
          "approve a joint action plan to reduce inflation",
          ["Ministry of National Economy"],
          ["National Bank", "Agency for Regulation and Development of the Financial Market"], PM,
          "2026-01-31", "by the end of January", "month"),
        g("must ensure the launch of the new budget planning system",
          "ensure the launch of the new budget planning system",
          ["Ministry of Finance"], [], PM, "2026-03-31", "in the first quarter", "quarter"),
        g("need to ensure the financing of all budget programs from the first days of the year",
          "ensure the financing of all budget programs from the first days of the year and prevent the accumulation of unused funds",
          ["government agencies", "akimats"], [], PM),
        g("is to submit a schedule for the commissioning of 40 major industrial projects",
          "submit a schedule for the commissioning of 40 major industrial projects in 2026",
          ["Ministry of Industry and Construction"], [], PM, "2026-01-13", "within a week", "day"),
    ])

# ---------------------------------------------------------------- 19 KTZ (Akorda)
KTZ = "Kazakhstan Temir Zholy"
art("v15-19", "2025-07-15",
    "Head of State receives Chairman of the Board of Kazakhstan Temir Zholy",
    [
        "President Kassym-Jomart Tokayev received the Chairman of the Board of Kazakhstan Temir Zholy Talgat Aldybergenov, Akorda reports.",
        "The Head of State was informed about the company's performance in the first half of 2025 and the implementation of major railway construction projects. In January-June, the volume of cargo transportation amounted to 148.6 million tons, and transit container traffic increased by 17% to 684 thousand TEU.",
        "Talgat Aldybergenov reported that work continues on the construction of the Darbaza-Maktaaral and Bakhty-Ayagoz lines, and the company has purchased 1,300 freight cars and 127 passenger cars since the beginning of the year.",
        "The President noted that the railway industry plays a key role in the development of the country's transit potential.",
        "Kassym-Jomart Tokayev instructed to complete the construction of the Darbaza-Maktaaral railway line in 2026 and the Bakhty-Ayagoz line in 2027.",
        "The company, together with the Ministry of Transport, must renew 2,500 passenger cars by the end of next year.",
        "The Head of State also pointed out the need to improve the quality of passenger services and to digitalize ticket sales.",
        "The President was informed about the company's updated development strategy until 2034.",
    ],
    [
        g("to complete the construction of the Darbaza-Maktaaral railway line in 2026",
          "complete the construction of the Darbaza-Maktaaral railway line",
          [KTZ], [], PRES, "2026-12-31", "in 2026", "year"),
        g("the Bakhty-Ayagoz line in 2027",
          "complete the construction of the Bakhty-Ayagoz line",
          [KTZ], [], PRES, "2027-12-31", "in 2027", "year"),
        g("must renew 2,500 passenger cars",
          "renew 2,500 passenger cars",
          [KTZ], ["Ministry of Transport"], PRES, "2026-12-31", "by the end of next year", "year"),
        g("pointed out the need to improve the quality of passenger services",
          "improve the quality of passenger services and digitalize ticket sales",
          [KTZ], [], PRES, opt=True),
    ])

# ---------------------------------------------------------------- 20 appointment (no directives)
art("v15-20", "2025-09-02",
    "New Vice Minister of Water Resources and Irrigation appointed",
    [
        "By the Decree of the Government of the Republic of Kazakhstan, Arman Kozhakhmetov has been appointed Vice Minister of Water Resources and Irrigation, Kazinform News Agency reports.",
        "Arman Kozhakhmetov was born in 1981 in the Kyzylorda region. He graduated from the Taraz State University named after M.Kh. Dulaty with a degree in hydraulic engineering and the Academy of Public Administration under the President.",
        "He began his career in 2003 as an engineer of the Kyzylorda branch of Kazvodkhoz.",
        "From 2015 to 2019, he headed the department of water management of the Kyzylorda region, and in 2019-2023 he worked as Deputy Chairman of the Water Resources Committee.",
        "Since February 2024, he has served as Chairman of the Water Resources Committee of the Ministry of Water Resources and Irrigation.",
    ],
    [])

# ---------------------------------------------------------------- 21 coal statistics (only a plan)
art("v15-21", "2025-10-21",
    "Coal production in Kazakhstan down 3% in nine months",
    [
        "In January-September 2025, 81.6 million tons of coal were produced in Kazakhstan, which is 3% less than in the same period last year, the Bureau of National Statistics reports.",
        "The main volume of production falls on the Pavlodar and Karaganda regions, which account for 68% and 29% of the total, respectively. Exports of coal in eight months of 2025 amounted to 17.3 million tons.",
        "By the Government decree, the temporary ban on the export of coal by road has been extended until April 1, 2026.",
        "According to the Ministry of Energy, it is planned to produce 113 million tons of coal by the end of the year, of which 28 million tons will be supplied to the population and utility companies.",
        "Coal remains the main source of electricity and heat generation in the country, accounting for about 65% of electricity production.",
    ],
    [
        g("it is planned to produce 113 million tons of coal",
          "produce 113 million tons of coal", [], [], None,
          "2025-12-31", "by the end of the year", "year", opt=True),
    ])


def main():
    arts_path = os.path.join(OUT, "articles.jsonl")
    gold_path = os.path.join(OUT, "dev_gold.jsonl")
    with open(arts_path, "w", encoding="utf-8") as fa, open(gold_path, "w", encoding="utf-8") as fg:
        for a in ARTICLES:
            rec = {"id": a["id"], "lang": "en", "published": a["published"], "title": a["title"],
                   "text": "\n".join(a["paras"])}
            fa.write(json.dumps(rec, ensure_ascii=False) + "\n")
            for d in a["gold"]:
                out = {
                    "article": a["title"],
                    "published": a["published"],
                    "published_inferred": False,
                    "quote": d["q"],
                    "optional": d["opt"],
                    "issuer": d["iss"],
                    "responsible": d["resp"],
                    "co_executors": d["co"],
                    "task": d["task"],
                    "deadline": d["dl"],
                    "deadline_text": d["dt"],
                    "deadline_granularity": d["gr"],
                }
                fg.write(json.dumps(out, ensure_ascii=False) + "\n")
    n = sum(len(a["gold"]) for a in ARTICLES)
    print(f"{len(ARTICLES)} articles, {n} directives -> {OUT}")


if __name__ == "__main__":
    main()
