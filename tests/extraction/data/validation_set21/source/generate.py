#!/usr/bin/env python3
"""Writes ../articles.jsonl and ../dev_gold.jsonl for validation set 21.

Articles are hand-written in the style of the kt.kz "Government" category
(English translated from Russian). Gold directives are hand-labelled per
/work/shared/spec/extraction.md; deadlines are written by hand here and
re-derived independently by validate.py.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

PM, P, DPM = "Prime Minister", "President", "Deputy Prime Minister"
MAIDD = "Ministry of Artificial Intelligence and Digital Development"
MLSPP = "Ministry of Labor and Social Protection of the Population"
MENR = "Ministry of Ecology and Natural Resources"
MWRI = "Ministry of Water Resources and Irrigation"
MSHE = "Ministry of Science and Higher Education"


def G(quote, task, resp=(), co=(), issuer=None, dl=None, dt=None, gr=None, opt=False):
    return dict(quote=quote, optional=opt, issuer=issuer, responsible=list(resp),
                co_executors=list(co), task=task, deadline=dl, deadline_text=dt,
                deadline_granularity=gr)


ARTICLES = []


def A(id_, published, title, paras, gold=()):
    ARTICLES.append(dict(id=id_, published=published, title=title,
                         text="\n".join(paras), gold=list(gold)))


# ---------------------------------------------------------------- v21-01 (no directive)
A("v21-01", "2025-09-23", "Digital tenge used to finance 14 budget projects - National Bank", [
    "The National Bank of Kazakhstan summed up the first results of the use of the digital tenge in the budget process, Kazinform News Agency reports.",
    "According to the Deputy Chairman of the National Bank, since the beginning of 2025 more than 14 budget investment projects worth 312 billion tenge have been financed through the digital tenge platform.",
    "The use of smart contracts makes it possible to track every tenge of budget funds down to the final contractor. In seven months of 2025, the platform processed over 48 thousand transactions, and no cases of misuse of funds were recorded.",
    "The National Bank plans to connect all second-tier banks to the digital tenge platform and to expand the range of operations available to citizens.",
    "Experts recommend that the Government extend the use of the digital tenge to the financing of social programs, including housing payments and student stipends.",
    "It is necessary to note that the digital tenge is not a cryptocurrency. It is the third form of the national currency along with cash and non-cash money, and it is fully backed by the reserves of the National Bank,\" the Deputy Chairman explained.",
    "Earlier, the Head of State instructed the National Bank to ensure the wide use of the digital tenge in the budget process, and this task has been fulfilled in full, the regulator said.",
    "The digital tenge pilot was launched in 2023 at the site of the Astana International Financial Centre, and in November 2023 it was integrated with the payment systems of four banks.",
])

# ---------------------------------------------------------------- v21-02 NPP (several)
A("v21-02", "2025-10-14", "Government reviews progress in construction of Kazakhstan's first nuclear power plant", [
    "At a Government session chaired by Prime Minister Olzhas Bektenov, the progress of the construction of the first nuclear power plant near the village of Ulken in Almaty region was reviewed, primeminister.kz reports.",
    "Chairman of the Atomic Energy Agency Almassadam Satkaliyev reported that engineering surveys at the site have been completed, and 1.2 thousand soil samples have been transferred for laboratory research. Last year, the Ministry of Energy was instructed to select a site for the second nuclear power plant, and this work has been completed: the site in Zhambyl region has been approved by the interdepartmental commission.",
    "According to the Agency, more than 600 Kazakh specialists are currently undergoing training at the enterprises of Rosatom State Corporation and in specialized universities abroad. Construction of the first power unit is scheduled to be completed in 2035. Kazakhstan also plans to build a second nuclear power plant with the participation of the China National Nuclear Corporation.",
    "The construction of the nuclear power plant is a strategic project that will ensure the energy security of our country for decades to come. The Head of State pays special attention to this issue. All work must be carried out in strict compliance with international safety standards and under the supervision of the IAEA,\" Olzhas Bektenov noted.",
    "The Prime Minister instructed the Atomic Energy Agency, together with the Ministry of Energy, to approve a detailed schedule for the construction of the infrastructure of the nuclear power plant by December 1.",
    "The akimat of Almaty region must complete the construction of the access road and the power transmission line to the construction site by the end of the year, and the Ministry of Ecology and Natural Resources must ensure public hearings on the environmental impact assessment within two months.",
    "The Ministry of Science and Higher Education has been tasked with increasing the number of educational grants for nuclear and radiation specialties, with the participation of the Atomic Energy Agency.",
    "In addition, it is necessary to strengthen explanatory work among the population on the safety of nuclear energy. The Ministry of Culture and Information, together with the Atomic Energy Agency, has been instructed to carry out the corresponding work.",
], [
    G("Construction of the first power unit is scheduled to be completed in 2035", "complete construction of the first power unit",
      dl="2035-12-31", dt="in 2035", gr="year", opt=True),
    G("All work must be carried out in strict compliance with international safety standards",
      "carry out all work in strict compliance with international safety standards and under the supervision of the IAEA",
      issuer=PM, opt=True),
    G("to approve a detailed schedule for the construction of the infrastructure",
      "approve a detailed schedule for the construction of the infrastructure of the nuclear power plant",
      ["Atomic Energy Agency"], ["Ministry of Energy"], PM, "2025-12-01", "by December 1", "day"),
    G("must complete the construction of the access road",
      "complete the construction of the access road and the power transmission line to the construction site",
      ["Akimat of Almaty region"], [], PM, "2025-12-31", "by the end of the year", "year"),
    G("must ensure public hearings on the environmental impact assessment",
      "ensure public hearings on the environmental impact assessment",
      [MENR], [], PM, "2025-12-14", "within two months", "day"),
    G("has been tasked with increasing the number of educational grants",
      "increase the number of educational grants for nuclear and radiation specialties",
      [MSHE], ["Atomic Energy Agency"], PM),
    G("has been instructed to carry out the corresponding work",
      "strengthen explanatory work among the population on the safety of nuclear energy",
      ["Ministry of Culture and Information"], ["Atomic Energy Agency"], PM),
])

# ---------------------------------------------------------------- v21-03 Caspian (several)
A("v21-03", "2025-11-05", "Zhumangarin: comprehensive plan to preserve the Caspian Sea to be developed", [
    "Deputy Prime Minister Serik Zhumangarin held a meeting on the shallowing of the Caspian Sea and its impact on the economy of the western regions, Kazinform News Agency reports.",
    "According to Kazhydromet, in 2024 the level of the Caspian Sea decreased by 31 centimeters, and over the past five years by more than 1.5 meters. The greatest shallowing is observed in the northeastern part of the sea, where the coastline has retreated by several kilometers.",
    "The decline of the sea level affects the navigation conditions in the ports of Aktau and Kuryk, the habitat of the Caspian seal and the fish stocks. Scientists forecast that by 2030 the level may decrease by another 50-70 centimeters.",
    "The Caspian Sea is a unique natural object, and its preservation is a common task of all the Caspian states. We cannot wait, the measures must be systemic,\" Serik Zhumangarin said.",
    "Following the meeting, the Ministry of Water Resources and Irrigation, together with the Ministry of Ecology and Natural Resources and the Ministry of Foreign Affairs, was instructed to develop a comprehensive plan for the preservation of the Caspian Sea by the end of the first quarter of 2026.",
    "The Ministry of Transport needs to ensure dredging works in the approach channels of the ports of Aktau and Kuryk before the start of the navigation season.",
    "The akimats of Mangystau and Atyrau regions have been tasked with developing measures to support fishermen and residents of coastal villages by December 15.",
    "Kazhydromet is to organize monthly monitoring of the sea level with the publication of the data on its website.",
    "In addition, the Ministry of Ecology and Natural Resources has been instructed to promptly investigate the causes of the mass death of seals on the coast of Mangystau region.",
], [
    G("to develop a comprehensive plan for the preservation of the Caspian Sea",
      "develop a comprehensive plan for the preservation of the Caspian Sea",
      [MWRI], [MENR, "Ministry of Foreign Affairs"], DPM, "2026-03-31",
      "by the end of the first quarter of 2026", "quarter"),
    G("needs to ensure dredging works in the approach channels",
      "ensure dredging works in the approach channels of the ports of Aktau and Kuryk",
      ["Ministry of Transport"], [], DPM, None, "before the start of the navigation season", None),
    G("have been tasked with developing measures to support fishermen",
      "develop measures to support fishermen and residents of coastal villages",
      ["Akimat of Mangystau region", "Akimat of Atyrau region"], [], DPM, "2025-12-15", "by December 15", "day"),
    G("Kazhydromet is to organize monthly monitoring of the sea level",
      "organize monthly monitoring of the sea level with the publication of the data on its website",
      ["Kazhydromet"], [], DPM),
    G("has been instructed to promptly investigate the causes of the mass death of seals",
      "investigate the causes of the mass death of seals on the coast of Mangystau region",
      [MENR], [], DPM, None, "promptly", None),
])

# ---------------------------------------------------------------- v21-04 Baikonur (one)
A("v21-04", "2025-11-18", "Kazakhstan and Russia agree on transfer of Baikonur facilities", [
    "The Kazakh-Russian intergovernmental commission on the Baikonur complex held its regular meeting in Astana, Kazinform News Agency reports.",
    "The meeting was co-chaired by Minister of Artificial Intelligence and Digital Development Zhaslan Madiyev and the head of the Roscosmos State Corporation.",
    "The parties signed a protocol on the transfer to Kazakhstan of 18 facilities of the Baikonur complex that are no longer used by the Russian side. In total, since 2019, Kazakhstan has received more than 40 facilities, including launch pads and assembly and testing buildings.",
    "Work is underway on the joint Baiterek space rocket complex project. According to the Aerospace Committee, the first launch of the Soyuz-5 rocket from the modernized launch pad is scheduled to take place in 2026.",
    "Minister Zhaslan Madiyev instructed the Aerospace Committee to prepare proposals on the further use of the transferred facilities, including for the development of space tourism, by February 1.",
    "The parties also discussed the environmental situation in the areas where the separated parts of launch vehicles fall. The Russian side confirmed its readiness to continue financing the remediation works.",
    "The next meeting of the commission will be held in Moscow.",
], [
    G("the first launch of the Soyuz-5 rocket from the modernized launch pad is scheduled",
      "carry out the first launch of the Soyuz-5 rocket from the modernized launch pad",
      dl="2026-12-31", dt="in 2026", gr="year", opt=True),
    G("instructed the Aerospace Committee to prepare proposals on the further use",
      "prepare proposals on the further use of the transferred facilities, including for the development of space tourism",
      ["Aerospace Committee"], [], "Minister of Artificial Intelligence and Digital Development",
      "2026-02-01", "by February 1", "day"),
])

# ---------------------------------------------------------------- v21-05 eGov (two)
A("v21-05", "2025-12-02", "Tokayev: all socially significant public services to be provided proactively", [
    "Head of State Kassym-Jomart Tokayev received Minister of Artificial Intelligence and Digital Development Zhaslan Madiyev, Akorda reports.",
    "The President was informed about the development of e-government and the digitalization of public services. According to the minister, in 2025 citizens received more than 60 million public services via the eGov portal and the eGov Mobile application, and 93% of all public services are now available online.",
    "Zhaslan Madiyev also reported on the introduction of artificial intelligence in the work of government agencies and the development of the national data platform.",
    "The Head of State instructed the Ministry to ensure the transfer of all socially significant public services to a proactive format by the end of 2026, when a citizen receives a service without submitting an application.",
    "The President also emphasized the importance of protecting the personal data of citizens.",
    "Kassym-Jomart Tokayev instructed the Ministry, together with the Committee for National Security, to conduct an audit of the information security of all state information systems within three months.",
], [
    G("ensure the transfer of all socially significant public services to a proactive format",
      "ensure the transfer of all socially significant public services to a proactive format",
      [MAIDD], [], P, "2026-12-31", "by the end of 2026", "year"),
    G("to conduct an audit of the information security of all state information systems",
      "conduct an audit of the information security of all state information systems",
      [MAIDD], ["Committee for National Security"], P, "2026-03-02", "within three months", "day"),
])

# ---------------------------------------------------------------- v21-06 pensions (several)
A("v21-06", "2025-12-09", "Government to involve self-employed in pension system: Prime Minister gives instructions", [
    "At a Government session chaired by Prime Minister Olzhas Bektenov, the development of the pension system was considered, primeminister.kz reports.",
    "Minister of Labor and Social Protection of the Population Askarbek Yertayev reported that since January 1, 2025, basic and solidary pensions have been indexed by 6.5% and 8.5%, respectively. Pension savings of citizens in the Unified Accumulative Pension Fund (UAPF) exceeded 24 trillion tenge, and the number of depositors who used part of their savings for housing and treatment reached 1.6 million people.",
    "The Chairman of the Agency for Regulation and Development of the Financial Market reported on the results of the management of pension assets. In nine months of 2025, the return on pension assets amounted to 11.2%, which exceeds the inflation rate.",
    "The Prime Minister noted that the pension system should guarantee a decent income to citizens in old age and stressed the importance of increasing its transparency.",
    "Today, a significant part of citizens working in the informal sector do not make pension contributions. This creates risks for their future. In this regard, the Ministry of Labor, together with the Ministry of Finance and the State Revenue Committee, needs to develop measures to involve self-employed citizens in the pension system by March 1,\" Olzhas Bektenov said.",
    "The Agency for Regulation and Development of the Financial Market, together with the National Bank, has been instructed to expand the tools for investing pension assets, including in domestic infrastructure projects, by July 1, 2026.",
    "In addition, the Ministry of Finance must provide funds for the indexation of pensions in the republican budget for 2026-2028.",
    "Following the session, the Prime Minister gave the following instructions to the Ministry of Labor:",
    "- within a month, submit to the Government proposals on the gradual equalization of the retirement age for women;",
    "- by the end of the first quarter, launch the service for calculating the future pension on the eGov portal together with the UAPF;",
    "- ensure the timely payment of pensions and benefits before the New Year holidays.",
    "The UAPF also plans to update its mobile application and to introduce new services for depositors.",
], [
    G("needs to develop measures to involve self-employed citizens in the pension system",
      "develop measures to involve self-employed citizens in the pension system",
      [MLSPP], ["Ministry of Finance", "State Revenue Committee"], PM, "2026-03-01", "by March 1", "day"),
    G("has been instructed to expand the tools for investing pension assets",
      "expand the tools for investing pension assets, including in domestic infrastructure projects",
      ["Agency for Regulation and Development of the Financial Market"], ["National Bank"], PM,
      "2026-07-01", "by July 1, 2026", "day"),
    G("must provide funds for the indexation of pensions",
      "provide funds for the indexation of pensions in the republican budget for 2026-2028",
      ["Ministry of Finance"], [], PM),
    G("submit to the Government proposals on the gradual equalization of the retirement age",
      "submit to the Government proposals on the gradual equalization of the retirement age for women",
      [MLSPP], [], PM, "2026-01-09", "within a month", "day"),
    G("launch the service for calculating the future pension on the eGov portal",
      "launch the service for calculating the future pension on the eGov portal",
      [MLSPP], ["Unified Accumulative Pension Fund"], PM, "2026-03-31", "by the end of the first quarter", "quarter"),
    G("ensure the timely payment of pensions and benefits",
      "ensure the timely payment of pensions and benefits",
      [MLSPP], [], PM, None, "before the New Year holidays", None),
])

# ---------------------------------------------------------------- v21-07 grants (no directive)
A("v21-07", "2025-08-26", "Over 93 thousand educational grants allocated for 2025-2026 academic year", [
    "By the Decree of the Government, the state educational order for the training of specialists with higher and postgraduate education for the 2025-2026 academic year has been approved, the press service of the Ministry of Science and Higher Education reports.",
    "In total, 93,440 grants have been allocated, of which 71 thousand are for bachelor's degree programs, 17.6 thousand for master's programs and 4.8 thousand for doctoral programs.",
    "More than half of the grants are allocated to engineering, technical and IT specialties, as well as to pedagogical and medical programs. 1,150 grants are provided for the training of specialists for the nuclear industry.",
    "The Ministry plans to continue increasing the share of grants for priority specialties and to link the state order more closely to the needs of the labor market.",
    "The amount of the stipend for students of bachelor's programs is 58,456 tenge, and for master's students 117,116 tenge, the ministry said. The competition for the award of educational grants was held from August 10 to August 13, and its results were published on the website of the National Testing Center on August 20.",
    "Earlier, the Head of State emphasized the importance of training personnel for the priority sectors of the economy.",
])

# ---------------------------------------------------------------- v21-08 veterinary (several)
A("v21-08", "2025-09-30", "Government reviews measures to ensure veterinary safety", [
    "At a Government session chaired by Prime Minister Olzhas Bektenov, measures to ensure veterinary safety and prevent the spread of especially dangerous animal diseases were considered, primeminister.kz reports.",
    "Minister of Agriculture Aidarbek Saparov reported that this year 38 million heads of farm animals were vaccinated against foot-and-mouth disease, brucellosis, anthrax and other diseases. At the same time, 14 outbreaks of anthrax and rabies were recorded in eight months of 2025, and cases of brucellosis among people remain in Zhambyl and Turkistan regions.",
    "Veterinary safety is a matter of the health of people and the export potential of our agriculture. Any outbreak of a dangerous disease leads to restrictions on the export of meat and livestock products. Therefore, prevention is the main principle of the work of the veterinary service,\" Olzhas Bektenov said.",
    "The Prime Minister instructed the Ministry of Agriculture, together with the akimats, to complete the autumn vaccination of livestock against foot-and-mouth disease and anthrax by November 15.",
    "The Veterinary Control and Supervision Committee must strengthen control over the movement of livestock between regions and, with the participation of the Border Service and the Customs Control Committee, over the import of animals and animal products at the border.",
    "All regions have been instructed to ensure the construction of cattle burial grounds meeting veterinary and sanitary requirements in every rural district by the end of next year.",
    "The Ministry of Finance is to allocate funds from the Government reserve for the purchase of vaccines in the fourth quarter.",
    "The Ministry of Healthcare and the Ministry of Agriculture should ensure joint epidemiological investigations of each case of human brucellosis.",
    "The Prime Minister also noted that the Ministry of Agriculture was instructed last year to complete the identification of all farm animals, and this work has been completed: today more than 90% of livestock are included in the identification database.",
    "In addition, the Ministry of Agriculture plans to introduce electronic veterinary certificates for all export shipments.",
], [
    G("to complete the autumn vaccination of livestock",
      "complete the autumn vaccination of livestock against foot-and-mouth disease and anthrax",
      ["Ministry of Agriculture"], ["akimats"], PM, "2025-11-15", "by November 15", "day"),
    G("must strengthen control over the movement of livestock between regions",
      "strengthen control over the movement of livestock between regions and over the import of animals and animal products at the border",
      ["Veterinary Control and Supervision Committee"], ["Border Service", "Customs Control Committee"], PM),
    G("All regions have been instructed to ensure the construction of cattle burial grounds",
      "ensure the construction of cattle burial grounds meeting veterinary and sanitary requirements in every rural district",
      ["akimats"], [], PM, "2026-12-31", "by the end of next year", "year"),
    G("is to allocate funds from the Government reserve for the purchase of vaccines",
      "allocate funds from the Government reserve for the purchase of vaccines",
      ["Ministry of Finance"], [], PM, "2025-12-31", "in the fourth quarter", "quarter"),
    G("should ensure joint epidemiological investigations",
      "ensure joint epidemiological investigations of each case of human brucellosis",
      ["Ministry of Healthcare", "Ministry of Agriculture"], [], PM),
])

# ---------------------------------------------------------------- v21-09 lithium (no directive, one optional)
A("v21-09", "2026-01-20", "New lithium deposit discovered in East Kazakhstan region", [
    "Geologists of the Geology Committee of the Ministry of Industry and Construction have discovered a new lithium deposit in East Kazakhstan region, Kazinform News Agency reports.",
    "According to preliminary estimates, the forecast resources of the Yubileinoye site amount to about 500 thousand tons of lithium oxide with an average content of 1.1%, which makes it one of the largest hard-rock lithium deposits in Central Asia.",
    "The discovery was made as part of the program of geological exploration, which provides for the study of the entire territory of the country with a geological map at a scale of 1:200,000 by 2028.",
    "Lithium is a critical raw material for the production of batteries for electric vehicles and energy storage systems. Interest in the deposit has already been expressed by investors from the European Union, South Korea and the United States.",
    "Last year, Kazakhstan and the European Union signed a roadmap for cooperation in the field of critical raw materials, batteries and green hydrogen for 2025-2026.",
    "The Ministry of Industry and Construction intends to put the site up for auction through the subsoil use platform, and the winner will have to carry out additional exploration and calculate the reserves according to the KAZRC code.",
    "Earlier, the Head of State noted that the development of rare and rare earth metals should become a new driver of the economy.",
], [
    G("which provides for the study of the entire territory of the country",
      "study the entire territory of the country with a geological map at a scale of 1:200,000",
      dl="2028-12-31", dt="by 2028", gr="year", opt=True),
])

# ---------------------------------------------------------------- v21-10 hydrogen (no directive, one optional)
A("v21-10", "2025-10-21", "Agreement on green hydrogen project in Mangystau region signed in Astana", [
    "An agreement on the implementation of a green hydrogen production project in Mangystau region was signed in Astana with the participation of Prime Minister Olzhas Bektenov, primeminister.kz reports.",
    "The document was signed by the Ministry of Energy, Kazakh Invest and the international consortium Hyrasia One. The project provides for the construction of wind and solar power plants with a total capacity of 40 GW and electrolyzers for the production of up to 2 million tons of green hydrogen per year.",
    "The total investment in the project is estimated at 50 billion US dollars. The first stage is expected to be launched in 2032.",
    "The project is of great importance for the diversification of the economy and the development of the western region. The Government will provide comprehensive support to investors,\" Olzhas Bektenov noted.",
    "The Prime Minister emphasized the importance of involving domestic companies in the construction and operation of the facilities.",
    "According to the Ministry of Energy, 13 hydrogen projects are currently at various stages of development in Kazakhstan, and this year the first pilot production of hydrogen was launched at the Pavlodar refinery.",
], [
    G("The first stage is expected to be launched in 2032", "launch the first stage of the green hydrogen project",
      dl="2032-12-31", dt="in 2032", gr="year", opt=True),
])

# ---------------------------------------------------------------- v21-11 Middle Corridor (several)
A("v21-11", "2025-12-23", "Cargo transit via Middle Corridor: Government sets tasks for 2026", [
    "At a Government session chaired by Prime Minister Olzhas Bektenov, the development of the Trans-Caspian International Transport Route (Middle Corridor) was considered, primeminister.kz reports.",
    "Minister of Transport Nurlan Sauranbayev reported that in 11 months of 2025, the volume of cargo transportation along the Middle Corridor amounted to 4.5 million tons, which is 62% more than in the same period last year. The construction of the second tracks on the Dostyk - Moiynty section has been completed, and the construction of the Darbaza - Maktaaral railway line is underway.",
    "The Middle Corridor has become one of the key routes connecting Asia and Europe. The Head of State has set the task of bringing the volume of transit through the corridor to 10 million tons by 2027,\" Olzhas Bektenov said.",
    "Kazakhstan Temir Zholy was instructed to purchase 1,000 fitting platforms and 50 mainline locomotives by the end of next year.",
    "The Ministry of Foreign Affairs, together with the Ministry of Transport, must agree with Azerbaijan and Georgia on unified through tariffs for container transportation in the first quarter.",
    "The Customs Control Committee needs to reduce the time of customs clearance of transit cargo at the Khorgos and Dostyk border crossings to two hours by January 15.",
    "The akimat of Mangystau region should allocate land plots for the construction of a container hub in the port of Aktau by the end of the year, and the Ministry of Transport should ensure the construction of the hub by the end of 2027.",
    "In addition, the Ministry of Transport has been instructed to launch a digital platform for tracking transit cargo along the entire route within three months.",
    "The Ministry plans to increase the number of container trains to China to 15 per day.",
], [
    G("has set the task of bringing the volume of transit through the corridor to 10 million tons",
      "bring the volume of transit through the corridor to 10 million tons",
      [], [], P, "2027-12-31", "by 2027", "year", opt=True),
    G("was instructed to purchase 1,000 fitting platforms",
      "purchase 1,000 fitting platforms and 50 mainline locomotives",
      ["Kazakhstan Temir Zholy"], [], PM, "2026-12-31", "by the end of next year", "year"),
    G("must agree with Azerbaijan and Georgia on unified through tariffs",
      "agree with Azerbaijan and Georgia on unified through tariffs for container transportation",
      ["Ministry of Foreign Affairs"], ["Ministry of Transport"], PM, "2026-03-31", "in the first quarter", "quarter"),
    G("needs to reduce the time of customs clearance of transit cargo",
      "reduce the time of customs clearance of transit cargo at the Khorgos and Dostyk border crossings to two hours",
      ["Customs Control Committee"], [], PM, "2026-01-15", "by January 15", "day"),
    G("should allocate land plots for the construction of a container hub",
      "allocate land plots for the construction of a container hub in the port of Aktau",
      ["Akimat of Mangystau region"], [], PM, "2025-12-31", "by the end of the year", "year"),
    G("should ensure the construction of the hub by the end of 2027",
      "ensure the construction of the container hub in the port of Aktau",
      ["Ministry of Transport"], [], PM, "2027-12-31", "by the end of 2027", "year"),
    G("has been instructed to launch a digital platform for tracking transit cargo",
      "launch a digital platform for tracking transit cargo along the entire route",
      ["Ministry of Transport"], [], PM, "2026-03-23", "within three months", "day"),
])

# ---------------------------------------------------------------- v21-12 appointment (no directive)
A("v21-12", "2025-10-02", "New Chairman of Civil Aviation Committee appointed", [
    "By the order of the Minister of Transport, Daulet Seitkazy has been appointed Chairman of the Civil Aviation Committee of the Ministry of Transport, Kazinform News Agency reports.",
    "Daulet Seitkazy was born in 1981 in Karaganda region. He graduated from the Academy of Civil Aviation and the Kazakh University of Economics, Finance and International Trade.",
    "He began his career in 2003 as a flight dispatcher at the Kazaeronavigatsia state enterprise.",
    "From 2012 to 2018, he worked at the Civil Aviation Committee, holding positions from chief expert to head of department.",
    "In 2018-2022, he served as Deputy General Director of the Aviation Administration of Kazakhstan.",
    "Since 2023, he has served as Deputy Chairman of the Civil Aviation Committee.",
])

# ---------------------------------------------------------------- v21-13 air tickets (several)
A("v21-13", "2026-01-09", "Prime Minister demands to curb rising air ticket prices", [
    "Prime Minister Olzhas Bektenov held a meeting on the situation with prices for air tickets on domestic routes, primeminister.kz reports.",
    "According to the Ministry of Transport, in December 2025 the average cost of a ticket on domestic flights increased by 18% compared to the same period of the previous year, and on some routes, such as Astana - Aktau and Almaty - Oskemen, during the holidays prices exceeded 120 thousand tenge.",
    "The representatives of airlines explained the growth of prices by the increase in the cost of aviation fuel, aircraft maintenance and leasing payments.",
    "Air transportation should be affordable for ordinary citizens. We see that in the holiday season, when demand increases, the fares rise several times. This is unacceptable,\" Olzhas Bektenov noted.",
    "The Agency for Protection and Development of Competition has been instructed to submit preliminary information on the pricing of airlines on domestic routes by Friday and to complete a full investigation within a month.",
    "The Ministry of Transport, together with the Ministry of Energy, must work out the issue of ensuring the supply of aviation fuel at fixed prices for domestic flights by February 1.",
    "In addition, it is necessary to expand the network of subsidized routes to regional centers before the start of the summer season. The Ministry of Transport has been instructed to ensure this work.",
], [
    G("submit preliminary information on the pricing of airlines",
      "submit preliminary information on the pricing of airlines on domestic routes",
      ["Agency for Protection and Development of Competition"], [], PM, "2026-01-16", "by Friday", "day"),
    G("to complete a full investigation within a month", "complete a full investigation",
      ["Agency for Protection and Development of Competition"], [], PM, "2026-02-09", "within a month", "day"),
    G("must work out the issue of ensuring the supply of aviation fuel",
      "work out the issue of ensuring the supply of aviation fuel at fixed prices for domestic flights",
      ["Ministry of Transport"], ["Ministry of Energy"], PM, "2026-02-01", "by February 1", "day"),
    G("The Ministry of Transport has been instructed to ensure this work",
      "expand the network of subsidized routes to regional centers",
      ["Ministry of Transport"], [], PM, None, "before the start of the summer season", None),
])

# ---------------------------------------------------------------- v21-14 stray animals (several)
A("v21-14", "2025-11-27", "Shelters for stray animals to be built in every regional center", [
    "At a meeting chaired by Deputy Prime Minister Tamara Duissenova, the implementation of the Law on Responsible Treatment of Animals was considered, Kazinform News Agency reports.",
    "According to the Ministry of Ecology and Natural Resources, in 10 months of 2025, more than 62 thousand stray dogs and cats were captured in the country, of which 41 thousand were sterilized and vaccinated under the catch-sterilize-vaccinate-release program. 87 animal shelters are currently operating in the country.",
    "At the same time, 1,430 cases of dog attacks on people were registered this year, including 312 cases involving children.",
    "The akimat of Astana has completed the construction of a modern shelter for 2,000 animals, and the akimat of Shymkent has launched a mobile sterilization service.",
    "The Deputy Prime Minister instructed the akimats of the regions to ensure the construction of at least one animal shelter in each regional center by the end of next year.",
    "The Ministry of Ecology and Natural Resources, together with the Ministry of Internal Affairs, is to develop amendments to the legislation toughening the liability of dog owners for walking animals without leashes and muzzles by the end of the first half of 2026.",
    "The Ministry of Healthcare has been tasked with ensuring a sufficient supply of anti-rabies vaccine in all medical organizations. The akimat of Konaev city, where three cases of attacks on children were recorded in October, must conduct an inspection of the work of the local animal control service within 10 days.",
    "Experts recommend that the Government consider introducing mandatory registration of all dogs and cats.",
], [
    G("instructed the akimats of the regions to ensure the construction of at least one animal shelter",
      "ensure the construction of at least one animal shelter in each regional center",
      ["akimats"], [], DPM, "2026-12-31", "by the end of next year", "year"),
    G("is to develop amendments to the legislation toughening the liability of dog owners",
      "develop amendments to the legislation toughening the liability of dog owners for walking animals without leashes and muzzles",
      [MENR], ["Ministry of Internal Affairs"], DPM, "2026-06-30", "by the end of the first half of 2026", "half"),
    G("has been tasked with ensuring a sufficient supply of anti-rabies vaccine",
      "ensure a sufficient supply of anti-rabies vaccine in all medical organizations",
      ["Ministry of Healthcare"], [], DPM),
    G("must conduct an inspection of the work of the local animal control service",
      "conduct an inspection of the work of the local animal control service",
      ["Akimat of Almaty region"], [], DPM, "2025-12-07", "within 10 days", "day"),
])

# ---------------------------------------------------------------- v21-15 IT parks (no directive)
A("v21-15", "2025-12-30", "Astana Hub residents export IT services worth over $1 billion in 2025", [
    "Residents of the international technology park Astana Hub exported IT services worth more than 1 billion US dollars in 2025, the Ministry of Artificial Intelligence and Digital Development reports.",
    "The number of participants of the technopark exceeded 1,900 companies, which employ more than 30 thousand specialists. Over the year, the total income of the residents amounted to 1.2 trillion tenge.",
    "In 2025, regional IT hubs were opened in Shymkent, Aktobe and Karaganda, and the Alatau IT City project was launched in Almaty region.",
    "The Ministry of Artificial Intelligence and Digital Development intends to open IT parks in all regional centers and to attract large international technology companies.",
    "Experts recommend that the Government extend the tax preferences for participants of Astana Hub beyond 2028 and simplify the issuance of visas for foreign IT specialists.",
    "It is necessary to note that the status of a participant of Astana Hub gives companies an exemption from corporate income tax, VAT and individual income tax for employees,\" the press service said.",
])

# ---------------------------------------------------------------- v21-16 tasks for 2026 (several)
A("v21-16", "2026-01-27", "Government sums up results of 2025 and sets tasks for the current year", [
    "At the expanded Government session chaired by Prime Minister Olzhas Bektenov, the results of the socio-economic development of the country in 2025 and the tasks for 2026 were considered, primeminister.kz reports.",
    "According to the Ministry of National Economy, GDP growth in 2025 amounted to 6.2%, inflation stood at 12.3%, and the volume of investments in fixed capital increased by 9.8%. The Ministry of National Economy forecasts GDP growth of 5.5% in 2026.",
    "In his Address, the Head of State set ambitious goals for the diversification of the economy and the reduction of inflation. The Prime Minister noted that the results of the year were achieved thanks to the coordinated work of the central and local executive bodies.",
    "The Ministry of National Economy, together with the Agency for Strategic Planning and Reforms, must submit to the Government by March 1 a plan of measures to reduce inflation to a single-digit level.",
    "The Ministry of Finance, together with the National Bank, is to ensure the payment of at least 30% of budget investment projects in digital tenge by the end of the current year.",
    "All akimats must ensure the commissioning of 15 million square meters of housing this year.",
    "The Ministry of Industry and Construction should approve the list of priority industrial projects in the first half of the year, and the Industrial Development Fund should begin financing them by December 1.",
    "The Ministry of Energy needs to submit information on the readiness of power plants for the remaining part of the heating season by Friday.",
], [
    G("must submit to the Government by March 1 a plan of measures to reduce inflation",
      "submit to the Government a plan of measures to reduce inflation to a single-digit level",
      ["Ministry of National Economy"], ["Agency for Strategic Planning and Reforms"], PM, "2026-03-01", "by March 1", "day"),
    G("is to ensure the payment of at least 30% of budget investment projects in digital tenge",
      "ensure the payment of at least 30% of budget investment projects in digital tenge",
      ["Ministry of Finance"], ["National Bank"], PM, "2026-12-31", "by the end of the current year", "year"),
    G("must ensure the commissioning of 15 million square meters of housing",
      "ensure the commissioning of 15 million square meters of housing",
      ["akimats"], [], PM, "2026-12-31", "this year", "year"),
    G("should approve the list of priority industrial projects",
      "approve the list of priority industrial projects",
      ["Ministry of Industry and Construction"], [], PM, "2026-06-30", "in the first half of the year", "half"),
    G("should begin financing them by December 1", "begin financing the priority industrial projects",
      ["Industrial Development Fund"], [], PM, "2026-12-01", "by December 1", "day"),
    G("needs to submit information on the readiness of power plants",
      "submit information on the readiness of power plants for the remaining part of the heating season",
      ["Ministry of Energy"], [], PM, "2026-01-30", "by Friday", "day"),
])

# ---------------------------------------------------------------- v21-17 Kyzylorda (one + optional)
A("v21-17", "2025-09-16", "Head of State receives Akim of Kyzylorda region", [
    "President Kassym-Jomart Tokayev received Akim of Kyzylorda region Nurlybek Nalibayev, Akorda reports.",
    "The Head of State was informed about the socio-economic development of the region. In seven months of 2025, the volume of industrial production increased by 4.1%, and investments in fixed capital by 12%.",
    "According to the akim, the level of gasification of the region's settlements has reached 78%, and last year 16 villages were connected to the gas supply network.",
    "The akim also reported on the situation at the Baikonur complex, where the region is implementing joint projects with the Aerospace Committee.",
    "The Head of State instructed the akim to complete the gasification of the remaining villages of the region by the end of next year.",
    "In addition, Kassym-Jomart Tokayev gave a number of instructions on the development of the agro-industrial complex and the rational use of the water resources of the Syr Darya river.",
    "The President emphasized the importance of preserving the Northern Aral Sea.",
], [
    G("instructed the akim to complete the gasification of the remaining villages",
      "complete the gasification of the remaining villages of the region",
      ["Akimat of Kyzylorda region"], [], P, "2026-12-31", "by the end of next year", "year"),
    G("gave a number of instructions on the development of the agro-industrial complex",
      "develop the agro-industrial complex and ensure the rational use of the water resources of the Syr Darya river",
      ["Akimat of Kyzylorda region"], [], P, opt=True),
])

# ---------------------------------------------------------------- v21-18 Turkistan visit (two)
A("v21-18", "2026-02-10", "Olzhas Bektenov visits Turkistan region", [
    "Prime Minister Olzhas Bektenov, during a working trip to Turkistan region, got acquainted with the implementation of industrial and social projects, primeminister.kz reports.",
    "The Prime Minister visited the cotton-textile cluster in the Maktaaral district, where a new spinning factory with a capacity of 20 thousand tons of yarn per year has been launched. Over the past year, the akimat has completed the construction of 12 schools for 9.6 thousand places and three hospitals in the region.",
    "In Turkistan, Olzhas Bektenov inspected the construction of the new multidisciplinary regional hospital for 600 beds. The readiness of the facility is 65%.",
    "During the visit, the Prime Minister instructed the akimat of Turkistan region to ensure the commissioning of the hospital by the end of the third quarter.",
    "The Ministry of Water Resources and Irrigation, together with the regional akimat, must complete the reconstruction of the irrigation canals of the Maktaaral district before the start of the growing season, the Prime Minister noted.",
], [
    G("instructed the akimat of Turkistan region to ensure the commissioning of the hospital",
      "ensure the commissioning of the hospital",
      ["Akimat of Turkistan region"], [], PM, "2026-09-30", "by the end of the third quarter", "quarter"),
    G("must complete the reconstruction of the irrigation canals",
      "complete the reconstruction of the irrigation canals of the Maktaaral district",
      [MWRI], ["Akimat of Turkistan region"], PM, None, "before the start of the growing season", None),
])

# ---------------------------------------------------------------- v21-19 forum (no directive, one optional)
A("v21-19", "2025-08-19", "Astana hosts Central Asia - EU forum on critical raw materials", [
    "The first Central Asia - European Union forum on critical raw materials was held in Astana, Kazinform News Agency reports.",
    "The forum was attended by more than 500 delegates, including ministers of the Central Asian countries, representatives of the European Commission, international financial institutions and mining companies.",
    "Speaking at the forum, First Deputy Prime Minister Roman Sklyar noted that more than 5 thousand deposits of 105 elements of the periodic table have been explored in Kazakhstan.",
    "Kazakhstan will build at least ten new processing plants for rare and rare earth metals by 2030. We are open to cooperation with all partners who are ready to invest in deep processing and transfer technologies,\" Roman Sklyar said.",
    "On the sidelines of the forum, 14 agreements worth 2.3 billion US dollars were signed, including agreements on the exploration of tungsten and lithium deposits.",
    "The participants adopted a joint declaration calling on the governments of the region to harmonize the standards of reporting on mineral reserves.",
    "The next forum will be held in Tashkent.",
], [
    G("Kazakhstan will build at least ten new processing plants",
      "build at least ten new processing plants for rare and rare earth metals",
      [], [], None, "2030-12-31", "by 2030", "year", opt=True),
])

# ---------------------------------------------------------------- v21-20 spring field work (several)
A("v21-20", "2026-03-03", "Government reviews preparations for spring field work", [
    "At a Government session chaired by Prime Minister Olzhas Bektenov, the readiness for spring field work was considered, primeminister.kz reports.",
    "Minister of Agriculture Aidarbek Saparov reported that the structure of sown areas for this year has been approved: 23.6 million hectares, including 12.5 million hectares of wheat. Farmers are provided with preferential loans in the amount of 700 billion tenge through the Agrarian Credit Corporation, of which 580 billion tenge has already been allocated.",
    "Last year, the Ministry of Agriculture was instructed to transfer the subsidy system to a digital platform, and this work has been completed.",
    "The sowing campaign should be carried out in an organized manner and in optimal time. Farmers should not face shortages of fuel, seeds and fertilizers,\" Olzhas Bektenov said.",
    "The Ministry of Energy has been instructed to ensure the supply of 410 thousand tons of diesel fuel to agricultural producers at reduced prices in March.",
    "The Agrarian Credit Corporation must complete the disbursement of preferential loans by April 1, and the Ministry of Agriculture must pay subsidies for mineral fertilizers within two weeks.",
    "The Food Contract Corporation, together with the akimats of the northern regions, is to organize forward purchases of grain from the new harvest.",
    "The Prime Minister also instructed the Ministry of Water Resources and Irrigation to ensure timely water supply to farmers in the southern regions in accordance with the approved limits.",
], [
    G("to ensure the supply of 410 thousand tons of diesel fuel",
      "ensure the supply of 410 thousand tons of diesel fuel to agricultural producers at reduced prices",
      ["Ministry of Energy"], [], PM, "2026-03-31", "in March", "month"),
    G("must complete the disbursement of preferential loans",
      "complete the disbursement of preferential loans",
      ["Agrarian Credit Corporation"], [], PM, "2026-04-01", "by April 1", "day"),
    G("must pay subsidies for mineral fertilizers",
      "pay subsidies for mineral fertilizers",
      ["Ministry of Agriculture"], [], PM, "2026-03-17", "within two weeks", "day"),
    G("is to organize forward purchases of grain",
      "organize forward purchases of grain from the new harvest",
      ["Food Contract Corporation"], ["akimats"], PM),
    G("to ensure timely water supply to farmers in the southern regions",
      "ensure timely water supply to farmers in the southern regions in accordance with the approved limits",
      [MWRI], [], PM),
])

# ---------------------------------------------------------------- v21-21 heating / holidays (several)
A("v21-21", "2025-12-29", "Prime Minister holds meeting on passage of heating season during New Year holidays", [
    "Prime Minister Olzhas Bektenov held an operational meeting on the passage of the heating season and ensuring the safety of citizens during the New Year holidays, primeminister.kz reports.",
    "According to the Ministry of Energy, the heating season is proceeding normally. In December, 14 emergency shutdowns occurred at thermal power plants, all of which were eliminated within a day. Coal reserves at power plants amount to 4.2 million tons, which is sufficient for 35 days.",
    "The Ministry of Emergency Situations reported that during the period of frosts, 1,200 people were rescued on the roads of the republic, and 137 heating points were deployed along highways.",
    "The Prime Minister noted that the heating season is a serious test for all energy companies.",
    "Olzhas Bektenov instructed the Ministry of Energy and the akimats to ensure round-the-clock duty of emergency teams at energy facilities.",
    "The Ministry of Energy must complete the repair of the damaged boiler of the Ekibastuz TPP by January 10, and the akimat of Pavlodar region must ensure the creation of a reserve of coal for the population by the end of the year.",
    "The Ministry of Internal Affairs, together with the Ministry of Emergency Situations, has been tasked with strengthening the patrolling of republican highways by the end of next week.",
    "The Ministry of Energy, together with KEGOC and Samruk-Energy, was instructed to develop a plan for the modernization of power grids in February.",
], [
    G("to ensure round-the-clock duty of emergency teams",
      "ensure round-the-clock duty of emergency teams at energy facilities",
      ["Ministry of Energy", "akimats"], [], PM),
    G("must complete the repair of the damaged boiler of the Ekibastuz TPP",
      "complete the repair of the damaged boiler of the Ekibastuz TPP",
      ["Ministry of Energy"], [], PM, "2026-01-10", "by January 10", "day"),
    G("must ensure the creation of a reserve of coal for the population",
      "ensure the creation of a reserve of coal for the population",
      ["Akimat of Pavlodar region"], [], PM, "2025-12-31", "by the end of the year", "year"),
    G("has been tasked with strengthening the patrolling of republican highways",
      "strengthen the patrolling of republican highways",
      ["Ministry of Internal Affairs"], ["Ministry of Emergency Situations"], PM, "2026-01-11", "by the end of next week", "day"),
    G("was instructed to develop a plan for the modernization of power grids",
      "develop a plan for the modernization of power grids",
      ["Ministry of Energy"], ["KEGOC", "Samruk-Energy"], PM, "2026-02-28", "in February", "month"),
])

# ---------------------------------------------------------------- v21-22 inflation statistics (no directive)
A("v21-22", "2026-01-06", "Annual inflation in Kazakhstan amounted to 12.3% in 2025", [
    "According to the Bureau of National Statistics of the Agency for Strategic Planning and Reforms, annual inflation in Kazakhstan in December 2025 amounted to 12.3%, Kazinform News Agency reports.",
    "Food prices increased by 11.1%, non-food products by 12.9%, and paid services by 13.2%. The largest price increase was recorded in Aktobe region, the smallest in Kyzylorda region.",
    "In December, the monthly inflation rate was 0.9%. Prices for utility services increased by 2.4% due to the revision of tariffs in several regions.",
    "The National Bank noted that the tight monetary policy will be maintained until inflation returns to the target corridor.",
    "Economists believe that the Government should restrain the growth of regulated tariffs and increase the supply of goods in the domestic market.",
    "Earlier, the Government, the National Bank and the Agency for Regulation and Development of the Financial Market approved a joint action plan to curb inflation for 2025-2026.",
])

# ---------------------------------------------------------------- v21-23 science minister (two + optional)
A("v21-23", "2026-04-14", "Tokayev receives Minister of Science and Higher Education", [
    "Head of State Kassym-Jomart Tokayev received Minister of Science and Higher Education Sayasat Nurbek, Akorda reports.",
    "The President was informed about the implementation of the state educational order and the development of university science. According to the minister, this academic year 93.4 thousand grants were allocated, and 23 branches of leading foreign universities are operating in the country.",
    "Sayasat Nurbek also reported on the construction of student dormitories: since 2022, more than 80 thousand new places have been created.",
    "The Head of State emphasized the importance of improving the quality of higher education and the transparency of the distribution of grants.",
    "Kassym-Jomart Tokayev instructed the ministry to approve the new rules for awarding educational grants, taking into account the needs of the regions, by June 1.",
    "The President also instructed the minister to ensure the creation of 50 thousand additional places in dormitories by 2028, including through public-private partnership.",
    "In addition, the Head of State gave a number of instructions on the development of scientific infrastructure.",
], [
    G("instructed the ministry to approve the new rules for awarding educational grants",
      "approve the new rules for awarding educational grants, taking into account the needs of the regions",
      [MSHE], [], P, "2026-06-01", "by June 1", "day"),
    G("ensure the creation of 50 thousand additional places in dormitories",
      "ensure the creation of 50 thousand additional places in dormitories, including through public-private partnership",
      [MSHE], [], P, "2028-12-31", "by 2028", "year"),
    G("gave a number of instructions on the development of scientific infrastructure",
      "develop scientific infrastructure", [MSHE], [], P, opt=True),
])

# ---------------------------------------------------------------- v21-24 PSC queues (two)
A("v21-24", "2025-10-28", "Queues at public service centers in Almaty to be reduced", [
    "Minister of Artificial Intelligence and Digital Development Zhaslan Madiyev inspected the work of public service centers in Almaty, Kazinform News Agency reports.",
    "In recent months, residents of the city have complained about long queues for the registration of vehicles and the replacement of identity documents. According to the State Corporation Government for Citizens, the PSCs of Almaty serve up to 25 thousand visitors per day, and the waiting time in some centers reaches three hours.",
    "The minister instructed the State Corporation to reduce the waiting time in the Almaty PSCs to 15 minutes within a month by opening additional service windows and introducing electronic queue booking.",
    "The Almaty akimat, in turn, was tasked with providing premises for two new PSCs in the Alatau and Nauryzbay districts by the end of the year.",
    "Zhaslan Madiyev noted that 80% of the services provided at PSCs are already available on the eGov portal, and the ministry plans to transfer vehicle registration fully online.",
], [
    G("instructed the State Corporation to reduce the waiting time",
      "reduce the waiting time in the Almaty PSCs to 15 minutes by opening additional service windows and introducing electronic queue booking",
      ["Government for Citizens State Corporation"], [], "Minister of Artificial Intelligence and Digital Development",
      "2025-11-28", "within a month", "day"),
    G("was tasked with providing premises for two new PSCs",
      "provide premises for two new PSCs in the Alatau and Nauryzbay districts",
      ["Akimat of Almaty"], [], "Minister of Artificial Intelligence and Digital Development",
      "2025-12-31", "by the end of the year", "year"),
])

KEYS = ["article", "published", "published_inferred", "quote", "optional", "issuer", "responsible",
        "co_executors", "task", "deadline", "deadline_text", "deadline_granularity"]


def main():
    with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as fa, \
         open(os.path.join(OUT, "dev_gold.jsonl"), "w", encoding="utf-8") as fg:
        for a in ARTICLES:
            fa.write(json.dumps({"id": a["id"], "lang": "en", "published": a["published"],
                                 "title": a["title"], "text": a["text"]}, ensure_ascii=False) + "\n")
            gold = sorted(a["gold"], key=lambda g: a["text"].find(g["quote"]))
            for g in gold:
                row = dict(article=a["title"], published=a["published"], published_inferred=False, **g)
                fg.write(json.dumps({k: row[k] for k in KEYS}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
