"""Builds articles.jsonl and dev_gold.jsonl of validation_set30 from the data below.

Articles are synthetic, written in the style of primeminister.kz / kt.kz English
Government readouts. Gold is hand-labelled (deadlines written by hand; validate.py
re-derives them independently from deadline_text + published).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

ARTICLES = []  # (id, published, title, paragraphs)
GOLD = []      # dicts


def art(aid, published, title, paras):
    ARTICLES.append({"id": aid, "lang": "en", "published": published,
                     "title": title, "text": "\n".join(paras)})


def g(quote, issuer, responsible, co, task, deadline=None, dtext=None, gran=None, optional=False):
    a = ARTICLES[-1]
    GOLD.append({"article": a["title"], "published": a["published"], "published_inferred": False,
                 "quote": quote, "optional": optional, "issuer": issuer,
                 "responsible": responsible, "co_executors": co, "task": task,
                 "deadline": deadline, "deadline_text": dtext, "deadline_granularity": gran})


PM = "Prime Minister"
DPM = "Deputy Prime Minister"

# ---------------------------------------------------------------- 01
art("v30-01", "2025-10-07", "Government reviews readiness of energy facilities for the heating season", [
    "At the Government session chaired by Prime Minister Olzhas Bektenov, the progress of preparations for the autumn-winter period 2025-2026 was reviewed, primeminister.kz reports.",
    "Minister of Energy Yerlan Akkenzhenov reported that as of October 1, repairs of 11 power units, 2.4 thousand km of heat networks and 5.1 thousand km of power grids had been completed. According to KEGOC JSC, the unified power system is operating normally, and coal reserves at thermal power plants exceed 1.8 million tons.",
    "Last year, the Ministry of Energy was instructed to modernize the Ekibastuz CHP, and this work has now been completed in full.",
    "The Head of State has repeatedly emphasized that every house must be warm in winter. There is no room for formalism here. The accidents of previous years showed that preparation for the heating season must be systematic,\" Olzhas Bektenov noted.",
    "The Prime Minister instructed the Ministry of Energy, together with the akimats of Abai and East Kazakhstan regions, to complete the repair of the boilers of the Semey and Ust-Kamenogorsk CHPs by November 1.",
    "KEGOC JSC must ensure the commissioning of the second circuit of the Ekibastuz-Semey-Ust-Kamenogorsk 500 kV transmission line before the end of the year, while Samruk-Energy must complete the overhaul of unit 2 at Ekibastuz GRES-2 by November 15.",
    "The Committee for Regulation of Natural Monopolies has been tasked with checking, within 10 days, the execution of investment programs by heat supply organizations whose tariffs were raised this year.",
])
g("to complete the repair of the boilers of the Semey and Ust-Kamenogorsk CHPs", PM,
  ["Ministry of Energy"], ["Akimat of Abai region", "Akimat of East Kazakhstan region"],
  "complete the repair of the boilers of the Semey and Ust-Kamenogorsk CHPs", "2025-11-01", "by November 1", "day")
g("KEGOC JSC must ensure the commissioning of the second circuit", PM, ["KEGOC"], [],
  "ensure the commissioning of the second circuit of the Ekibastuz-Semey-Ust-Kamenogorsk 500 kV transmission line",
  "2025-12-31", "before the end of the year", "year")
g("Samruk-Energy must complete the overhaul of unit 2", PM, ["Samruk-Energy"], [],
  "complete the overhaul of unit 2 at Ekibastuz GRES-2", "2025-11-15", "by November 15", "day")
g("has been tasked with checking, within 10 days, the execution of investment programs", PM,
  ["Committee for Regulation of Natural Monopolies"], [],
  "check the execution of investment programs by heat supply organizations whose tariffs were raised this year",
  "2025-10-17", "within 10 days", "day")

# ---------------------------------------------------------------- 02
art("v30-02", "2025-10-21", "Bektenov: all public services must become proactive", [
    "At the Government session chaired by Prime Minister Olzhas Bektenov, the progress of the digitalization of public services was reviewed.",
    "Minister of Artificial Intelligence and Digital Development Zhaslan Madiyev reported that since the beginning of the year, 42 million public services have been provided electronically. In 2024, 16 services were transferred to a proactive format, and the share of services available online reached 93%.",
    "Following the discussion, the Prime Minister gave the following instructions to the Ministry of Digital Development:",
    "- transfer at least 50 life situations to a proactive format by the end of the year;",
    "- together with National Information Technologies JSC, complete the migration of government information systems to the unified cloud platform in the first quarter of next year.",
    "The Prime Minister also stressed the need for the Government for Citizens State Corporation to reduce waiting times at public service centers.",
    "Head of the Agency for Strategic Planning and Reforms Kairat Balabiyev presented the results of a survey of citizens' satisfaction with the quality of public services. The Agency has been instructed to submit proposals on a new model for assessing the quality of public services no later than December 15.",
    "Kazakhtelecom reported that 1,200 villages received broadband internet access this year.",
])
g("transfer at least 50 life situations to a proactive format", PM,
  ["Ministry of Artificial Intelligence and Digital Development"], [],
  "transfer at least 50 life situations to a proactive format", "2025-12-31", "by the end of the year", "year")
g("complete the migration of government information systems to the unified cloud platform", PM,
  ["Ministry of Artificial Intelligence and Digital Development"], ["National Information Technologies"],
  "complete the migration of government information systems to the unified cloud platform",
  "2026-03-31", "in the first quarter of next year", "quarter")
g("stressed the need for the Government for Citizens State Corporation", PM,
  ["Government for Citizens State Corporation"], [],
  "reduce waiting times at public service centers", optional=True)
g("The Agency has been instructed to submit proposals on a new model", PM,
  ["Agency for Strategic Planning and Reforms"], [],
  "submit proposals on a new model for assessing the quality of public services",
  "2025-12-15", "no later than December 15", "day")

# ---------------------------------------------------------------- 03
art("v30-03", "2025-11-11", "Government discusses measures to counter drop accounts and illegal financial schemes", [
    "At the Government session chaired by Prime Minister Olzhas Bektenov, measures to counter the shadow economy and illegal financial schemes were discussed.",
    "Chairman of the Financial Monitoring Agency Zhanat Elimanov reported that in 10 months of 2025, the activities of 27 online casinos and 14 financial pyramids were suppressed, and damage worth 19 billion tenge was compensated to citizens.",
    "The Prime Minister noted that drop accounts remain the main channel for cashing out criminal proceeds. The AFM, together with the ARDFM and second-tier banks, must block the schemes for withdrawing funds through drop cards by the end of the year.",
    "The Agency for Regulation and Development of the Financial Market and the National Bank have been instructed to submit amendments limiting the number of bank cards issued to one person by December 1.",
    "The State Revenue Committee of the Ministry of Finance is to expand risk-based control over cash transactions of individual entrepreneurs no later than March 1.",
    "The Anti-Corruption Agency reported that, on behalf of the Head of State, it had checked 40 quasi-public sector companies and identified violations worth 12 billion tenge.",
    "In conclusion, Olzhas Bektenov set a number of tasks aimed at increasing the transparency of the financial sector.",
])
g("must block the schemes for withdrawing funds through drop cards", PM,
  ["Financial Monitoring Agency"],
  ["Agency for Regulation and Development of the Financial Market", "second-tier banks"],
  "block the schemes for withdrawing funds through drop cards", "2025-12-31", "by the end of the year", "year")
g("have been instructed to submit amendments limiting the number of bank cards", PM,
  ["Agency for Regulation and Development of the Financial Market", "National Bank"], [],
  "submit amendments limiting the number of bank cards issued to one person", "2025-12-01", "by December 1", "day")
g("is to expand risk-based control over cash transactions", PM, ["State Revenue Committee"], [],
  "expand risk-based control over cash transactions of individual entrepreneurs",
  "2026-03-01", "no later than March 1", "day")
g("set a number of tasks aimed at increasing the transparency", PM, [], [],
  "increase the transparency of the financial sector", optional=True)

# ---------------------------------------------------------------- 04
art("v30-04", "2025-11-25", "Government gives instructions on preparation for the 2026 sowing campaign", [
    "At the Government session chaired by Prime Minister Olzhas Bektenov, the results of the harvesting campaign and preparations for next year's sowing campaign were considered.",
    "According to the Agriculture Ministry, 26.8 million tons of grain were harvested in 2025 with an average yield of 15.7 centners per hectare. Farmers received 580 billion tenge of preferential loans this year.",
    "The Prime Minister noted that timely financing of spring field work is the key condition for a good harvest.",
    "The Agriculture Ministry, together with Baiterek Holding, must start financing spring field work through the Agrarian Credit Corporation no later than February 1.",
    "Akimats of Kostanay, North Kazakhstan and Akmola regions are to ensure the availability of seeds, fertilizers and fuel before the start of the sowing campaign.",
    "The Veterinary Control and Supervision Committee should complete the vaccination of livestock against foot-and-mouth disease in the first quarter.",
    "It is planned to increase the area under oilseeds to 3.5 million hectares in 2026.",
    "Farmers are called to switch to moisture-saving technologies more actively.",
])
g("must start financing spring field work through the Agrarian Credit Corporation", PM,
  ["Ministry of Agriculture"], ["Baiterek"],
  "start financing spring field work through the Agrarian Credit Corporation",
  "2026-02-01", "no later than February 1", "day")
g("are to ensure the availability of seeds, fertilizers and fuel", PM,
  ["Akimat of Kostanay region", "Akimat of North Kazakhstan region", "Akimat of Akmola region"], [],
  "ensure the availability of seeds, fertilizers and fuel",
  None, "before the start of the sowing campaign", None)
g("should complete the vaccination of livestock against foot-and-mouth disease", PM,
  ["Veterinary Control and Supervision Committee"], [],
  "complete the vaccination of livestock against foot-and-mouth disease",
  "2026-03-31", "in the first quarter", "quarter")
g("It is planned to increase the area under oilseeds", None, [], [],
  "increase the area under oilseeds to 3.5 million hectares", "2026-12-31", "in 2026", "year", optional=True)

# ---------------------------------------------------------------- 05
FDPM = "First Deputy Prime Minister"
art("v30-05", "2025-12-09", "Roman Sklyar instructs to speed up construction of railways and roads", [
    "First Deputy Prime Minister Roman Sklyar held a meeting on the implementation of infrastructure projects in the transport sector.",
    "It was reported that 1,100 km of new railway lines were built in 2025, including the second track of the Dostyk-Moyinty section. Construction of the Darbaza-Maktaaral line is 60% complete.",
    "Roman Sklyar instructed NC KTZ to complete the construction of the Moyinty-Kyzylzhar line by the end of next year and to launch passenger traffic on the Bakhty-Ayagoz line in 2027.",
    "The Roads Committee of the Ministry of Transport, together with NC KazAvtoZhol, is to complete the reconstruction of the Zhezkazgan-Karaganda highway by September 1, 2026.",
    "The Mangystau regional akimat and the Ulytau region akimat must allocate land plots for roadside service facilities within a month.",
    "In 2026-2027, it is planned to build a new passenger terminal at Aktau airport.",
    "The Civil Aviation Committee noted that the airports of Aktau and Zhezkazgan handled 1.3 million passengers in 11 months.",
])
g("to complete the construction of the Moyinty-Kyzylzhar line", FDPM, ["Kazakhstan Temir Zholy"], [],
  "complete the construction of the Moyinty-Kyzylzhar line", "2026-12-31", "by the end of next year", "year")
g("to launch passenger traffic on the Bakhty-Ayagoz line", FDPM, ["Kazakhstan Temir Zholy"], [],
  "launch passenger traffic on the Bakhty-Ayagoz line", "2027-12-31", "in 2027", "year")
g("is to complete the reconstruction of the Zhezkazgan-Karaganda highway", FDPM,
  ["Roads Committee"], ["KazAvtoZhol"],
  "complete the reconstruction of the Zhezkazgan-Karaganda highway", "2026-09-01", "by September 1, 2026", "day")
g("must allocate land plots for roadside service facilities", FDPM,
  ["Akimat of Mangystau region", "Akimat of Ulytau region"], [],
  "allocate land plots for roadside service facilities", "2026-01-09", "within a month", "day")
g("it is planned to build a new passenger terminal at Aktau airport", None, [], [],
  "build a new passenger terminal at Aktau airport", "2027-12-31", "In 2026-2027", "year", optional=True)

# ---------------------------------------------------------------- 06
art("v30-06", "2025-12-23", "Government sums up budget execution for January-November 2025", [
    "At the Government session chaired by Prime Minister Olzhas Bektenov, the results of the execution of the republican budget for January-November 2025 were reviewed.",
    "Minister of Finance Madi Takiyev reported that state budget revenues amounted to 17.4 trillion tenge, or 101.2% of the plan. The execution of the expenditure part of the republican budget was 97.8%.",
    "In pursuance of the instruction given at the Government session on October 14, the Finance Ministry has reduced accounts receivable by 38 billion tenge.",
    "Only a few days remain until the end of the year. All government agencies and akimats must ensure the full execution of budget programs by the end of the year. Every unspent tenge is a missed opportunity for the economy,\" Olzhas Bektenov noted.",
    "The Treasury Committee of the Finance Ministry must complete the registration of all payment obligations by the end of this week.",
    "The Ministry of Economy, together with the Ministry of Finance, has been instructed to submit proposals on optimizing inefficient budget expenditures by January 15.",
    "The Supreme Audit Chamber reported that it had identified budget violations worth 412 billion tenge in 2025; the materials were sent to the Prosecutor General's Office.",
])
g("must ensure the full execution of budget programs", PM, ["government agencies", "akimats"], [],
  "ensure the full execution of budget programs", "2025-12-31", "by the end of the year", "year")
g("must complete the registration of all payment obligations", PM, ["Treasury Committee"], [],
  "complete the registration of all payment obligations", "2025-12-28", "by the end of this week", "day")
g("has been instructed to submit proposals on optimizing inefficient budget expenditures", PM,
  ["Ministry of National Economy"], ["Ministry of Finance"],
  "submit proposals on optimizing inefficient budget expenditures", "2026-01-15", "by January 15", "day")

# ---------------------------------------------------------------- 07
art("v30-07", "2025-12-30", "Head of State receives Chairman of the Management Board of Samruk-Kazyna", [
    "President Kassym-Jomart Tokayev received the Chairman of the Management Board of Samruk-Kazyna Sovereign Wealth Fund, Akorda reports.",
    "The Head of State was informed about the results of the Fund's activities in 2025. The consolidated net income of the Fund's group of companies is expected to exceed 2.5 trillion tenge, and its portfolio companies implemented 28 investment projects worth 5.2 trillion tenge.",
    "The President highlighted the importance of increasing the efficiency of the Fund's assets and reducing the operating costs of its portfolio companies.",
    "Kassym-Jomart Tokayev instructed the Fund to ensure the implementation of gas chemical projects in Atyrau region until 2029.",
    "NC QazaqGaz must complete the construction of the second string of the Beineu-Bozoi-Shymkent gas pipeline by the end of 2026, the Head of State noted.",
    "NAC Kazatomprom was tasked with raising the share of local content in its procurement to 70% by the end of the first half of 2026.",
    "KMG has started construction of a polyethylene plant in Atyrau region.",
])
g("highlighted the importance of increasing the efficiency of the Fund's assets", "President", ["Samruk-Kazyna"], [],
  "increase the efficiency of the Fund's assets and reduce the operating costs of its portfolio companies", optional=True)
g("instructed the Fund to ensure the implementation of gas chemical projects", "President", ["Samruk-Kazyna"], [],
  "ensure the implementation of gas chemical projects in Atyrau region", "2029-12-31", "until 2029", "year")
g("must complete the construction of the second string", "President", ["QazaqGaz"], [],
  "complete the construction of the second string of the Beineu-Bozoi-Shymkent gas pipeline",
  "2026-12-31", "by the end of 2026", "year")
g("was tasked with raising the share of local content in its procurement", "President", ["Kazatomprom"], [],
  "raise the share of local content in its procurement to 70%", "2026-06-30", "by the end of the first half of 2026", "half")

# ---------------------------------------------------------------- 08
art("v30-08", "2026-01-13", "Government reviews preparations for the 2026 flood season", [
    "At the Government session chaired by Prime Minister Olzhas Bektenov, preparations for the spring flood period were reviewed.",
    "According to Kazhydromet, snow reserves in the Abai, East Kazakhstan and Ulytau regions exceed the norm by 20-40%. Last spring, 2,300 residential houses were flooded across the country. The peak of the flood is expected in the first half of April.",
    "Olzhas Bektenov instructed the Emergency Situations Ministry and the akimats to complete the pre-flood survey of all settlements at risk by Friday.",
    "The Ministry of Water Resources, with the participation of Kazvodkhoz RSE, must complete the repair of 48 hydraulic structures by March 1 of the current year.",
    "The West Kazakhstan regional akimat has been instructed to develop design estimates for a protective dam near the village of Kushum within two weeks; Kazhydromet is to provide daily forecasts of the water level in the Ural River.",
])
g("to complete the pre-flood survey of all settlements at risk", PM,
  ["Ministry of Emergency Situations", "akimats"], [],
  "complete the pre-flood survey of all settlements at risk", "2026-01-16", "by Friday", "day")
g("must complete the repair of 48 hydraulic structures", PM,
  ["Ministry of Water Resources and Irrigation"], ["Kazvodkhoz"],
  "complete the repair of 48 hydraulic structures", "2026-03-01", "by March 1 of the current year", "day")
g("has been instructed to develop design estimates for a protective dam", PM,
  ["Akimat of West Kazakhstan region"], [],
  "develop design estimates for a protective dam near the village of Kushum", "2026-01-27", "within two weeks", "day")
g("Kazhydromet is to provide daily forecasts of the water level", PM, ["Kazhydromet"], [],
  "provide daily forecasts of the water level in the Ural River")

# ---------------------------------------------------------------- 09
art("v30-09", "2026-01-20", "Government considers development of primary health care", [
    "At the Government session chaired by Prime Minister Olzhas Bektenov, issues of the development of primary health care were considered.",
    "Minister of Health Akmaral Alnazarova reported that 96 new medical outpatient clinics and feldsher-obstetric stations were put into operation in rural areas in 2025. The number of visits to polyclinics increased by 8%.",
    "The Chairman of the Board of the Social Health Insurance Fund reported that the SHIF paid 2.1 trillion tenge to medical organizations last year.",
    "Every citizen must have access to a family doctor within walking distance. It is necessary to digitize the entire chain of medical care, from making an appointment to issuing a prescription,\" Olzhas Bektenov said.",
    "The Ministry of Health has been instructed to carry out this work by December 1.",
    "The Prime Minister instructed the Fund to switch to paying for primary care services based on the final result by mid-year.",
    "The capital's akimat and the Almaty city akimat have been tasked with building 12 new polyclinics by the end of the current year.",
    "The Sanitary and Epidemiological Control Committee reported that the incidence of measles decreased by 60% last year.",
])
g("has been instructed to carry out this work", PM, ["Ministry of Healthcare"], [],
  "digitize the entire chain of medical care, from making an appointment to issuing a prescription",
  "2026-12-01", "by December 1", "day")
g("instructed the Fund to switch to paying for primary care services", PM, ["Social Health Insurance Fund"], [],
  "switch to paying for primary care services based on the final result", "2026-06-30", "by mid-year", "half")
g("have been tasked with building 12 new polyclinics", PM, ["Akimat of Astana", "Akimat of Almaty"], [],
  "build 12 new polyclinics", "2026-12-31", "by the end of the current year", "year")

# ---------------------------------------------------------------- 10
art("v30-10", "2026-01-27", "Government reviews progress of industrialization and investment attraction", [
    "At the Government session chaired by Prime Minister Olzhas Bektenov, the progress of industrialization and investment attraction was reviewed.",
    "The Minister of Industry and Construction reported that growth in the manufacturing industry amounted to 6.4% in 2025, and 186 industrial projects worth 1.4 trillion tenge were launched last year.",
    "NCE Atameken proposed to simplify the procedures for allocating land plots for industrial projects.",
    "Olzhas Bektenov gave a number of instructions to the Ministry of Industry and Kazakh Invest:",
    "- to form a pool of at least 100 large investment projects in the second quarter;",
    "- to launch the one-stop shop service for investors in all regions by the end of next year.",
    "DBK and the Industrial Development Fund must increase the financing of manufacturing projects to 1.2 trillion tenge in 2026.",
])
g("to form a pool of at least 100 large investment projects", PM,
  ["Ministry of Industry and Construction", "Kazakh Invest"], [],
  "form a pool of at least 100 large investment projects", "2026-06-30", "in the second quarter", "quarter")
g("to launch the one-stop shop service for investors in all regions", PM,
  ["Ministry of Industry and Construction", "Kazakh Invest"], [],
  "launch the one-stop shop service for investors in all regions", "2027-12-31", "by the end of next year", "year")
g("must increase the financing of manufacturing projects", PM,
  ["Development Bank of Kazakhstan", "Industrial Development Fund"], [],
  "increase the financing of manufacturing projects to 1.2 trillion tenge", "2026-12-31", "in 2026", "year")

# ---------------------------------------------------------------- 11
art("v30-11", "2025-10-28", "Kanat Bozumbayev holds meeting on modernization of housing and utilities", [
    "Deputy Prime Minister Kanat Bozumbayev held a meeting on the modernization of the housing and utilities sector within the framework of the National Project (MEKS).",
    "It was noted that since the beginning of the year, 78% of the planned repairs of utility networks have been completed. 62 projects of natural monopoly entities have been approved under MEKS, and Kazakhstan Housing Company has placed bonds worth 120 billion tenge.",
    "Kanat Bozumbayev instructed the Project Office to submit the consolidated list of projects for 2026 to the Government in November of this year.",
    "NMEs were instructed to sign contracts with EPC contractors by the end of the fourth quarter.",
    "The Construction and Housing and Utilities Committee, jointly with the Kazakhstan Center for Modernization and Development of Housing and Utilities, must conduct an inventory of emergency residential buildings within three months.",
    "Shymkent city akimat and the Karaganda regional akimat need to speed up the connection of new residential districts to water supply and sewerage networks.",
])
g("instructed the Project Office to submit the consolidated list of projects", DPM, ["Project Office"], [],
  "submit the consolidated list of projects for 2026 to the Government", "2025-11-30", "in November of this year", "month")
g("NMEs were instructed to sign contracts with EPC contractors", DPM, ["natural monopoly entities"], [],
  "sign contracts with EPC contractors", "2025-12-31", "by the end of the fourth quarter", "quarter")
g("must conduct an inventory of emergency residential buildings", DPM,
  ["Construction and Housing and Utilities Committee"],
  ["Kazakhstan Center for Modernization and Development of Housing and Utilities"],
  "conduct an inventory of emergency residential buildings", "2026-01-28", "within three months", "day")
g("need to speed up the connection of new residential districts", DPM,
  ["Akimat of Shymkent", "Akimat of Karaganda region"], [],
  "speed up the connection of new residential districts to water supply and sewerage networks")

# ---------------------------------------------------------------- 12
art("v30-12", "2025-11-18", "Government gives instructions on Comfortable Schools and teacher shortage", [
    "At the Government session chaired by Prime Minister Olzhas Bektenov, the implementation of the Comfortable School national project and the quality of school education were discussed.",
    "Minister of Education Zhuldyz Suleimenova reported that 217 comfortable schools with 460 thousand student places have been commissioned since the start of the project. In the 2025-2026 academic year, the shortage of teachers decreased to 1.2 thousand people.",
    "The Prime Minister instructed the Ministry of Education to commission the remaining 152 comfortable schools by September 1.",
    "The akimats of Turkistan and Zhambyl regions must eliminate three-shift schooling before the start of the new academic year.",
    "The Education Quality Assurance Committee is to audit private schools receiving state per capita funding in December.",
    "Parents and the public are called to take an active part in monitoring the construction of schools.",
])
g("to commission the remaining 152 comfortable schools", PM, ["Ministry of Education"], [],
  "commission the remaining 152 comfortable schools", "2026-09-01", "by September 1", "day")
g("must eliminate three-shift schooling", PM, ["Akimat of Turkistan region", "Akimat of Zhambyl region"], [],
  "eliminate three-shift schooling", None, "before the start of the new academic year", None)
g("is to audit private schools receiving state per capita funding", PM,
  ["Education Quality Assurance Committee"], [],
  "audit private schools receiving state per capita funding", "2025-12-31", "in December", "month")

# ---------------------------------------------------------------- 13 (no directives)
art("v30-13", "2025-12-16", "New Vice Minister of Energy appointed", [
    "By the Decree of the Government, Daniyar Yessenov has been appointed Vice Minister of Energy of the Republic of Kazakhstan.",
    "He was born in 1979 in Pavlodar region and graduated from Satbayev University in 2001.",
    "From 2016 to 2020, he headed the department of electric power industry at the Ministry of Energy, and from 2020 to 2025 he served as Managing Director of KEGOC JSC, where he was responsible for the development of the national power grid.",
])

# ---------------------------------------------------------------- 14
art("v30-14", "2026-01-08", "Deputy Prime Minister instructs to prepare Alakol and Kapshagay resorts for the tourist season", [
    "Deputy Prime Minister Yermek Kosherbayev held a meeting on the development of the Alakol and Kapshagay resort areas.",
    "According to the Ministry of Tourism and Sports, the resort areas received 1.9 million tourists in 2025, which is 14% more than a year earlier.",
    "The Deputy Prime Minister instructed the Ministry of Tourism and Sports, together with NC Kazakh Tourism, to launch a unified booking platform for the resorts by June 1.",
    "The Forestry and Wildlife Committee of the Ministry of Ecology has been instructed to submit proposals on the boundaries of new recreational zones by the end of next week.",
    "The Zhetysu regional akimat and the Almaty region akimat, together with Zhasyl Damu JSC, are to organize separate waste collection on all resort beaches in the second half of the year.",
    "Kazakh Tourism noted that the number of foreign tourists visiting the resorts grew by a quarter last year.",
])
g("to launch a unified booking platform for the resorts", DPM, ["Ministry of Tourism and Sports"], ["Kazakh Tourism"],
  "launch a unified booking platform for the resorts", "2026-06-01", "by June 1", "day")
g("has been instructed to submit proposals on the boundaries of new recreational zones", DPM,
  ["Forestry and Wildlife Committee"], [],
  "submit proposals on the boundaries of new recreational zones", "2026-01-18", "by the end of next week", "day")
g("are to organize separate waste collection on all resort beaches", DPM,
  ["Akimat of Zhetysu region", "Akimat of Almaty region"], ["Zhasyl Damu"],
  "organize separate waste collection on all resort beaches", "2026-12-31", "in the second half of the year", "half")

# ---------------------------------------------------------------- 15
art("v30-15", "2025-11-04", "Government discusses youth employment and social insurance", [
    "At the Government session chaired by Prime Minister Olzhas Bektenov, the situation on the labor market and measures to support youth employment were considered.",
    "Minister of Labor and Social Protection of the Population Svetlana Zhakupova reported that in nine months of 2025, 612 thousand people were employed through active employment measures, including 236 thousand young people.",
    "The Prime Minister noted that the Ministry of Labor should have worked more actively with employers in the regions.",
    "The Ministry of Labor, jointly with NCE Atameken, has been instructed to launch the First Job program in all regions in December.",
    "The State Social Insurance Fund and the ENPF must complete the integration of their databases with the Electronic Labor Exchange by the end of the year.",
    "The Labor and Social Protection Committee was tasked with inspecting all enterprises with wage arrears before December 20.",
])
g("has been instructed to launch the First Job program", PM,
  ["Ministry of Labor and Social Protection of the Population"], ["Atameken"],
  "launch the First Job program in all regions", "2025-12-31", "in December", "month")
g("must complete the integration of their databases with the Electronic Labor Exchange", PM,
  ["State Social Insurance Fund", "Unified Accumulative Pension Fund"], [],
  "complete the integration of their databases with the Electronic Labor Exchange",
  "2025-12-31", "by the end of the year", "year")
g("was tasked with inspecting all enterprises with wage arrears", PM,
  ["Labor and Social Protection Committee"], [],
  "inspect all enterprises with wage arrears", "2025-12-20", "before December 20", "day")

# ---------------------------------------------------------------- 16
art("v30-16", "2026-01-30", "Government tightens control over prices of socially significant food products", [
    "At the Government session chaired by Prime Minister Olzhas Bektenov, the situation with prices for socially significant food products was reviewed.",
    "According to the Bureau of National Statistics, food inflation in December 2025 amounted to 11.2% year-on-year, and prices for 19 types of socially significant food products increased.",
    "The Chairman of the Agency for Protection and Development of Competition reported on the results of investigations in commodity markets. The Agency has been instructed to complete the investigation of price collusion in the sugar and sunflower oil markets by Friday.",
    "MTI, together with QazTrade, must launch a system for monitoring trade markups in February.",
    "The capital's akimat has been tasked with opening 20 new fairs and retail outlets of agricultural producers before the end of the first quarter.",
    "The Consumer Rights Protection Committee must respond promptly to every complaint about unjustified price increases.",
    "Businesses are called to refrain from unjustified price increases.",
])
g("The Agency has been instructed to complete the investigation of price collusion", PM,
  ["Agency for Protection and Development of Competition"], [],
  "complete the investigation of price collusion in the sugar and sunflower oil markets",
  "2026-02-06", "by Friday", "day")
g("must launch a system for monitoring trade markups", PM, ["Ministry of Trade and Integration"], ["QazTrade"],
  "launch a system for monitoring trade markups", "2026-02-28", "in February", "month")
g("has been tasked with opening 20 new fairs", PM, ["Akimat of Astana"], [],
  "open 20 new fairs and retail outlets of agricultural producers",
  "2026-03-31", "before the end of the first quarter", "quarter")
g("must respond promptly to every complaint", PM, ["Consumer Rights Protection Committee"], [],
  "respond to every complaint about unjustified price increases", None, "promptly", None)


if __name__ == "__main__":
    with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as f:
        for a in ARTICLES:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "dev_gold.jsonl"), "w", encoding="utf-8") as f:
        for d in GOLD:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(len(ARTICLES), "articles,", len(GOLD), "gold,", sum(d["optional"] for d in GOLD), "optional")
