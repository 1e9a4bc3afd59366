#!/usr/bin/env python3
"""Generator for validation_set8: 16 English articles + gold labels.

Articles are hand-written imitations of Kazinform / Astana Times / Trend /
primeminister.kz / akorda.kz English readouts. Gold rows are written by hand
next to each article; validate.py re-checks them.
"""
import json
import os

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

MAIC = "Ministry of Artificial Intelligence and Digital Development"
MIC = "Ministry of Industry and Construction"
MOT = "Ministry of Transport"
MOA = "Ministry of Agriculture"
MTI = "Ministry of Trade and Integration"
MCI = "Ministry of Culture and Information"
MLSP = "Ministry of Labor and Social Protection of the Population"

ARTICLES = []  # (id, published, title, lines, gold)


def G(quote, task, deadline=None, dtext=None, gran=None, issuer=None,
      resp=(), co=(), optional=False):
    return dict(quote=quote, optional=optional, issuer=issuer,
                responsible=list(resp), co_executors=list(co), task=task,
                deadline=deadline, deadline_text=dtext,
                deadline_granularity=gran)


def A(aid, published, title, lines, gold, url=None):
    ARTICLES.append((aid, published, title, lines, gold, url))


# 1 ---------------------------------------------------------------- space
A("v8-01", "2025-03-18",
  "Olzhas Bektenov instructs to accelerate development of domestic space industry",
  [
      "At the Government session chaired by Prime Minister Olzhas Bektenov, issues of the development of the domestic space industry were considered, the Prime Minister's press service reports.",
      "As reported by the Minister of Digital Development, Innovation and Aerospace Industry, in 2024 the KazSat-2 and KazSat-3 satellites provided communication services to more than 1.5 thousand users, while the revenue of the industry grew by 12% compared with 2023.",
      "The Prime Minister noted that the Head of State had set the task of creating a full-fledged national space industry, including the production of small satellites at the assembly and testing complex in Astana.",
      "In this regard, the Ministry of Digital Development, Innovation and Aerospace Industry, together with Kazcosmos, was instructed to develop a roadmap for the launch of a constellation of Earth remote sensing satellites by May 1.",
      "The Aerospace Committee should ensure the certification of the Baikonur ground infrastructure facilities transferred to Kazakhstan by the end of the second quarter, and the ministry is to submit proposals on attracting private satellite operators within a month.",
      "In addition, Olzhas Bektenov charged the Ministry of Finance and the Ministry of National Economy to consider the issue of financing the construction of a new communication satellite in the first half of the year.",
      "\u201cSpace technologies are not a luxury but a working tool for the economy, agriculture and emergency monitoring,\u201d the Prime Minister emphasized.",
      "By 2030, it is planned to increase the share of domestic components in satellites produced in Kazakhstan to 30%.",
  ],
  [
      G("the Head of State had set the task of creating a full-fledged national space industry",
        "create a full-fledged national space industry, including the production of small satellites",
        None, None, None, "President", [], optional=True),
      G("was instructed to develop a roadmap for the launch of a constellation",
        "develop a roadmap for the launch of a constellation of Earth remote sensing satellites",
        "2025-05-01", "by May 1", "day", "Prime Minister", [MAIC], ["Aerospace Committee"]),
      G("should ensure the certification of the Baikonur ground infrastructure",
        "ensure the certification of the Baikonur ground infrastructure facilities transferred to Kazakhstan",
        "2025-06-30", "by the end of the second quarter", "quarter", "Prime Minister", ["Aerospace Committee"]),
      G("the ministry is to submit proposals on attracting private satellite operators",
        "submit proposals on attracting private satellite operators",
        "2025-04-18", "within a month", "day", "Prime Minister", [MAIC]),
      G("charged the Ministry of Finance and the Ministry of National Economy to consider",
        "consider the issue of financing the construction of a new communication satellite",
        "2025-06-30", "in the first half of the year", "half", "Prime Minister",
        ["Ministry of Finance", "Ministry of National Economy"]),
      G("it is planned to increase the share of domestic components",
        "increase the share of domestic components in satellites produced in Kazakhstan to 30%",
        "2030-12-31", "By 2030", "year", None, [], optional=True),
  ])

# 2 ---------------------------------------------------------- shipbuilding
A("v8-02", "2025-07-22",
  "Zhumangarin holds meeting on shipbuilding development in Mangystau region",
  [
      "Deputy Prime Minister \u2013 Minister of National Economy Serik Zhumangarin held a meeting on the development of shipbuilding and ship repair on the Caspian coast, Kazinform News Agency correspondent reports.",
      "According to the Ministry of Industry and Infrastructure Development, the Kuryk shipyard built 14 vessels between 2021 and 2024, including two tugboats and a multifunctional ice-class vessel, and the load of its docks in the first half of 2025 amounted to 68 percent.",
      "At present, 80 percent of the vessels operating in the Kazakh sector of the Caspian Sea are registered under foreign flags, the meeting participants noted.",
      "Following the meeting, the Deputy Prime Minister gave a number of instructions to the Ministry of Industry and Construction and the Ministry of Transport:",
      "- to work out, within two weeks, the issue of subsidizing the lease of domestically built vessels;",
      "- by October 1, to submit to the Government a draft comprehensive plan for the development of shipbuilding until 2030;",
      "- jointly with Samruk-Kazyna, to determine by the end of the year the list of vessels for the national fleet to be ordered at domestic shipyards.",
      "The Akimat of Mangystau region has been assigned to allocate land plots for the expansion of the shipyard by September 15, while the Industrial Development Fund is to consider financing the construction of a second slipway by December 1.",
  ],
  [
      G("to work out, within two weeks, the issue of subsidizing the lease",
        "work out the issue of subsidizing the lease of domestically built vessels",
        "2025-08-05", "within two weeks", "day", "Deputy Prime Minister", [MIC, MOT]),
      G("to submit to the Government a draft comprehensive plan for the development of shipbuilding",
        "submit to the Government a draft comprehensive plan for the development of shipbuilding until 2030",
        "2025-10-01", "by October 1", "day", "Deputy Prime Minister", [MIC, MOT]),
      G("to determine by the end of the year the list of vessels for the national fleet",
        "determine the list of vessels for the national fleet to be ordered at domestic shipyards",
        "2025-12-31", "by the end of the year", "year", "Deputy Prime Minister", [MIC, MOT], ["Samruk-Kazyna"]),
      G("has been assigned to allocate land plots for the expansion of the shipyard",
        "allocate land plots for the expansion of the shipyard",
        "2025-09-15", "by September 15", "day", "Deputy Prime Minister", ["Akimat of Mangystau region"]),
      G("is to consider financing the construction of a second slipway",
        "consider financing the construction of a second slipway",
        "2025-12-01", "by December 1", "day", "Deputy Prime Minister", ["Industrial Development Fund"]),
  ])

# 3 ------------------------------------------------------------ port cargo
A("v8-03", "2025-11-26",
  "Cargo transshipment at Aktau and Kuryk ports grows by 18% \u2013 Government",
  [
      "The development of the seaports of Aktau and Kuryk was discussed at the Government session chaired by Prime Minister Olzhas Bektenov.",
      "In ten months of 2025, the volume of cargo transshipment at the ports amounted to 6.4 million tonnes, which is 18% more than in the same period of 2024, Minister of Transport Nurlan Sauranbayev reported.",
      "The Head of the Government noted that the ports are still not working at full capacity because of the slow processing of containers and the insufficient number of feeder vessels.",
      "The Ministry of Transport, together with KTZ, was instructed to ensure the launch of the container hub at the port of Aktau by March 1, and the port information system should be integrated with the systems of the ports of Baku and Poti in the first quarter.",
      "The ministry must report on the results of the negotiations with the Azerbaijani side on a unified through rate for the Trans-Caspian route by Friday.",
      "The Prime Minister also charged the Akimat of Mangystau region to resolve the issue of the access road to the port of Kuryk by the end of next week.",
      "It should be noted that in 2024 the total throughput capacity of the two ports was increased to 21 million tonnes.",
  ],
  [
      G("was instructed to ensure the launch of the container hub at the port of Aktau",
        "ensure the launch of the container hub at the port of Aktau",
        "2026-03-01", "by March 1", "day", "Prime Minister", [MOT], ["Kazakhstan Temir Zholy"]),
      G("the port information system should be integrated with the systems",
        "integrate the port information system with the systems of the ports of Baku and Poti",
        "2026-03-31", "in the first quarter", "quarter", "Prime Minister", []),
      G("The ministry must report on the results of the negotiations",
        "report on the results of the negotiations with the Azerbaijani side on a unified through rate for the Trans-Caspian route",
        "2025-11-28", "by Friday", "day", "Prime Minister", [MOT]),
      G("charged the Akimat of Mangystau region to resolve the issue of the access road",
        "resolve the issue of the access road to the port of Kuryk",
        "2025-12-07", "by the end of next week", "day", "Prime Minister", ["Akimat of Mangystau region"]),
  ])

# 4 ----------------------------------------------------- transit via China
A("v8-04", "2026-01-15",
  "Head of State receives Minister of Transport",
  [
      "President Kassym-Jomart Tokayev received Minister of Transport Nurlan Sauranbayev, Akorda press service reports.",
      "The Head of State was informed about the development of the country's transit potential: in 2025, the volume of transit cargo via Kazakhstan reached 30.5 million tonnes, while the traffic of trucks through the Nur Zholy checkpoint on the border with China grew by 21 percent.",
      "Kassym-Jomart Tokayev instructed the ministry to bring the capacity of the international road checkpoints on the border with China to 2,500 trucks a day by 2027.",
      "He also instructed the minister to ensure, jointly with KTZ, the introduction of a single digital platform for tracking transit cargo by the end of the year.",
      "The Government was instructed to submit proposals on attracting additional container flows from the western provinces of China within three months.",
      "The President stressed the importance of further strengthening cooperation with Chinese partners in the field of logistics.",
  ],
  [
      G("instructed the ministry to bring the capacity of the international road checkpoints",
        "bring the capacity of the international road checkpoints on the border with China to 2,500 trucks a day",
        "2027-12-31", "by 2027", "year", "President", [MOT]),
      G("instructed the minister to ensure, jointly with KTZ, the introduction",
        "ensure the introduction of a single digital platform for tracking transit cargo",
        "2026-12-31", "by the end of the year", "year", "President", [MOT], ["Kazakhstan Temir Zholy"]),
      G("The Government was instructed to submit proposals on attracting additional container flows",
        "submit proposals on attracting additional container flows from the western provinces of China",
        "2026-04-15", "within three months", "day", "President", ["Government"]),
      G("stressed the importance of further strengthening cooperation with Chinese partners",
        "further strengthen cooperation with Chinese partners in the field of logistics",
        None, None, None, "President", [], optional=True),
  ])

# 5 ----------------------------------------------------------- copper
A("v8-05", "2025-04-10",
  "Bektenov inspects construction of copper smelter in Abai region",
  [
      "Prime Minister Olzhas Bektenov, during a working trip to the Abai region, inspected the construction of a copper smelting plant with a capacity of 300 thousand tonnes of cathode copper per year, the Government press service reports.",
      "Construction of the plant began in 2023, and the project will create 1,500 permanent jobs.",
      "Currently, domestic smelters process about 60% of the copper concentrate produced in the country, and the rest is exported.",
      "The Prime Minister instructed the Ministry of Industry and Construction, together with the akimat of the region, to ensure the timely connection of the plant to engineering networks: power supply \u2013 by September 1, water supply \u2013 by November 1.",
      "The Ministry of Energy has been tasked with ensuring the supply of electricity to the plant from the Unified Power System, and KEGOC is required to complete the construction of the 500 kV substation by the end of the third quarter of 2026.",
      "The Ministry of Ecology and Natural Resources was charged to consider the environmental documentation of the project promptly.",
      "It is planned that the plant will reach its full design capacity in 2028.",
  ],
  [
      G("power supply \u2013 by September 1",
        "ensure the timely connection of the plant to power supply",
        "2025-09-01", "by September 1", "day", "Prime Minister", [MIC], ["Akimat of Abai region"]),
      G("water supply \u2013 by November 1",
        "ensure the timely connection of the plant to water supply",
        "2025-11-01", "by November 1", "day", "Prime Minister", [MIC], ["Akimat of Abai region"]),
      G("has been tasked with ensuring the supply of electricity to the plant",
        "ensure the supply of electricity to the plant from the Unified Power System",
        None, None, None, "Prime Minister", ["Ministry of Energy"]),
      G("KEGOC is required to complete the construction of the 500 kV substation",
        "complete the construction of the 500 kV substation",
        "2026-09-30", "by the end of the third quarter of 2026", "quarter", "Prime Minister", ["KEGOC"]),
      G("was charged to consider the environmental documentation of the project promptly",
        "consider the environmental documentation of the project",
        None, "promptly", None, "Prime Minister", ["Ministry of Ecology and Natural Resources"]),
      G("It is planned that the plant will reach its full design capacity in 2028",
        "reach the full design capacity of the plant",
        "2028-12-31", "in 2028", "year", None, [], optional=True),
  ])

# 6 ------------------------------------------------ auto assembly interview
A("v8-06", "2025-09-04",
  "Vice Minister: Kazakhstan aims to raise localization of car production",
  [
      "In an interview with The Astana Times, Vice Minister of Industry and Construction spoke about the development of the domestic automotive industry and the tasks set by the Government.",
      "\u2013 How many cars have been produced in Kazakhstan this year?",
      "\u2013 In eight months of 2025, plants in Kostanay, Almaty and Ust-Kamenogorsk produced 82.4 thousand vehicles, which is 6% more than in the same period last year. The level of localization is currently about 30%.",
      "\u2013 What tasks has the Government set for the industry?",
      "\u2013 At the Government session in July, we were instructed to develop a new mechanism of industrial assembly agreements by the end of the year. This work is already underway, and the draft has been sent to the interested government agencies.",
      "The Prime Minister also instructed us to launch full-cycle production of car bodies with welding and painting at the Kostanay plant in 2026.",
      "\u2013 What about components?",
      "\u2013 According to the instruction of the Government, we must create at least 20 component manufacturing facilities by 2028. Together with Kazakh Invest we are looking for partners in China, Korea and Türkiye.",
      "\u2013 Has the state procurement of domestic cars increased?",
      "\u2013 Last year, the Head of State instructed to increase the share of domestic cars in public procurement, and this instruction has been fulfilled: in 2024 the share reached 90%.",
  ],
  [
      G("we were instructed to develop a new mechanism of industrial assembly agreements",
        "develop a new mechanism of industrial assembly agreements",
        "2025-12-31", "by the end of the year", "year", "Government", [MIC]),
      G("The Prime Minister also instructed us to launch full-cycle production of car bodies",
        "launch full-cycle production of car bodies with welding and painting at the Kostanay plant",
        "2026-12-31", "in 2026", "year", "Prime Minister", [MIC]),
      G("we must create at least 20 component manufacturing facilities",
        "create at least 20 component manufacturing facilities",
        "2028-12-31", "by 2028", "year", "Government", [MIC]),
      G("the Head of State instructed to increase the share of domestic cars in public procurement",
        "increase the share of domestic cars in public procurement",
        None, None, None, "President", [], optional=True),
  ])

# 7 ------------------------------------------------------- fertilizers
A("v8-07", "2026-02-10",
  "Government reviews development of mineral fertilizer production",
  [
      "At the Government session chaired by Prime Minister Olzhas Bektenov, the development of the chemical industry and the production of mineral fertilizers were considered.",
      "According to the Ministry of Industry and Construction, in 2025 domestic enterprises produced 2.1 million tonnes of mineral fertilizers, while the needs of agricultural producers are met by only 63%.",
      "Having heard the reports, the Prime Minister gave the following instructions to the Ministry of Industry and Construction and the Ministry of Agriculture:",
      "1) to approve the balance of supply and demand for mineral fertilizers for 2026 within 10 days;",
      "2) to ensure priority supply of fertilizers to the domestic market before the start of spring field work;",
      "3) to develop, jointly with Baiterek, a mechanism of forward purchases of fertilizers by the end of the first quarter.",
      "The Ministry of Industry and Construction is to launch the construction of the ammonia and urea plant in the Zhambyl region in the second half of the year, and the Akimat of Zhambyl region should provide the necessary infrastructure \u2013 electricity, water and roads \u2013 by August 1.",
      "The MTI has been tasked to consider introducing a temporary ban on the export of ammonium nitrate within two weeks.",
  ],
  [
      G("to approve the balance of supply and demand for mineral fertilizers",
        "approve the balance of supply and demand for mineral fertilizers for 2026",
        "2026-02-20", "within 10 days", "day", "Prime Minister", [MIC, MOA]),
      G("to ensure priority supply of fertilizers to the domestic market",
        "ensure priority supply of fertilizers to the domestic market",
        None, "before the start of spring field work", None, "Prime Minister", [MIC, MOA]),
      G("to develop, jointly with Baiterek, a mechanism of forward purchases",
        "develop a mechanism of forward purchases of fertilizers",
        "2026-03-31", "by the end of the first quarter", "quarter", "Prime Minister", [MIC, MOA], ["Baiterek"]),
      G("is to launch the construction of the ammonia and urea plant",
        "launch the construction of the ammonia and urea plant in the Zhambyl region",
        "2026-12-31", "in the second half of the year", "half", "Prime Minister", [MIC]),
      G("should provide the necessary infrastructure",
        "provide the necessary infrastructure \u2013 electricity, water and roads",
        "2026-08-01", "by August 1", "day", "Prime Minister", ["Akimat of Zhambyl region"]),
      G("The MTI has been tasked to consider introducing a temporary ban",
        "consider introducing a temporary ban on the export of ammonium nitrate",
        "2026-02-24", "within two weeks", "day", "Prime Minister", [MTI]),
  ])

# 8 -------------------------------------------------------- Alakol resort
A("v8-08", "2025-05-06",
  "Preparations for summer season at Lake Alakol discussed in Government",
  [
      "Deputy Prime Minister held a meeting on preparations for the tourist season on Lake Alakol with the participation of the akims of the Abai and Zhetysu regions, Trend reports citing the Government press service.",
      "Last summer, the resort areas of Alakol were visited by more than 700 thousand tourists, which is 11% more than a year earlier.",
      "The Deputy Prime Minister instructed the akimats of the Abai and Zhetysu regions to complete the improvement of public beaches and the installation of rescue posts by June 1.",
      "The Ministry of Tourism, in cooperation with the Sanitary and Epidemiological Control Committee, is to organize regular monitoring of water quality in the lake.",
      "Kazakh Tourism has been assigned to launch a promotional campaign of the resort in the markets of Central Asia and China in May, and the company is also required to update the online map of accommodation facilities by May 20.",
      "The Ministry of Emergency Situations was tasked with bringing additional rescue boats to the lake by the start of the season.",
  ],
  [
      G("instructed the akimats of the Abai and Zhetysu regions to complete the improvement",
        "complete the improvement of public beaches and the installation of rescue posts",
        "2025-06-01", "by June 1", "day", "Deputy Prime Minister",
        ["Akimat of Abai region", "Akimat of Zhetysu region"]),
      G("is to organize regular monitoring of water quality in the lake",
        "organize regular monitoring of water quality in the lake",
        None, None, None, "Deputy Prime Minister", ["Ministry of Tourism and Sports"],
        ["Sanitary and Epidemiological Control Committee"]),
      G("has been assigned to launch a promotional campaign of the resort",
        "launch a promotional campaign of the resort in the markets of Central Asia and China",
        "2025-05-31", "in May", "month", "Deputy Prime Minister", ["Kazakh Tourism"]),
      G("the company is also required to update the online map of accommodation facilities",
        "update the online map of accommodation facilities",
        "2025-05-20", "by May 20", "day", "Deputy Prime Minister", ["Kazakh Tourism"]),
      G("was tasked with bringing additional rescue boats to the lake",
        "bring additional rescue boats to the lake",
        None, "by the start of the season", None, "Deputy Prime Minister", ["Ministry of Emergency Situations"]),
  ])

# 9 ------------------------------------------------------- data centres
A("v8-09", "2025-10-14",
  "Tokayev instructs to build hyperscale data center and expand supercomputer capacity",
  [
      "President Kassym-Jomart Tokayev received Minister of Artificial Intelligence and Digital Development Zhaslan Madiyev, Akorda press service reports.",
      "The Head of State was informed that the first national supercomputer cluster, launched in July 2025, is already used by 40 universities and research institutes, and its load in September exceeded 80 percent.",
      "The President instructed the ministry to put into operation the second supercomputer cluster in the first half of next year and, jointly with Samruk-Kazyna and Kazakhtelecom, to build a hyperscale data center in the Pavlodar region by 2028.",
      "The Government has been instructed to approve the concept of the national data platform by the end of this year.",
      "National Information Technologies is required to transfer state information systems to the new government cloud within two years.",
  ],
  [
      G("instructed the ministry to put into operation the second supercomputer cluster",
        "put into operation the second supercomputer cluster",
        "2026-06-30", "in the first half of next year", "half", "President", [MAIC]),
      G("to build a hyperscale data center in the Pavlodar region",
        "build a hyperscale data center in the Pavlodar region",
        "2028-12-31", "by 2028", "year", "President", [MAIC], ["Samruk-Kazyna", "Kazakhtelecom"]),
      G("has been instructed to approve the concept of the national data platform",
        "approve the concept of the national data platform",
        "2025-12-31", "by the end of this year", "year", "President", ["Government"]),
      G("is required to transfer state information systems to the new government cloud",
        "transfer state information systems to the new government cloud",
        "2027-10-14", "within two years", "day", "President", ["National Information Technologies"]),
  ])

# 10 -------------------------------------------------------------- halal
A("v8-10", "2026-06-23",
  "Kazakhstan to increase halal food exports to Gulf countries",
  [
      "Issues of increasing the export of halal products were discussed at a meeting chaired by Prime Minister Olzhas Bektenov, primeminister.kz reports.",
      "In 2025, Kazakhstan exported halal food worth 310 million US dollars, mainly to the UAE, Saudi Arabia and Qatar, and in five months of 2026 exports grew by a quarter.",
      "According to the Prime Minister, the potential of the industry is still used insufficiently, and the Head of State has instructed to double the export of processed agricultural products by 2029.",
      "The Ministry of Agriculture, together with the Ministry of Trade and Integration, was instructed to conclude agreements on mutual recognition of halal certificates with the Gulf countries by June 1.",
      "QazTrade is to open a trade house of Kazakhstan in Riyadh in the third quarter, while the Ministry of Foreign Affairs should assist in organizing business missions of domestic producers by the end of July.",
      "KazakhExport has been assigned to provide insurance of export contracts for halal producers on preferential terms.",
  ],
  [
      G("the Head of State has instructed to double the export of processed agricultural products",
        "double the export of processed agricultural products",
        "2029-12-31", "by 2029", "year", "President", [], optional=True),
      G("was instructed to conclude agreements on mutual recognition of halal certificates",
        "conclude agreements on mutual recognition of halal certificates with the Gulf countries",
        "2027-06-01", "by June 1", "day", "Prime Minister", [MOA], [MTI]),
      G("QazTrade is to open a trade house of Kazakhstan in Riyadh",
        "open a trade house of Kazakhstan in Riyadh",
        "2026-09-30", "in the third quarter", "quarter", "Prime Minister", ["QazTrade"]),
      G("should assist in organizing business missions of domestic producers",
        "assist in organizing business missions of domestic producers",
        "2026-07-31", "by the end of July", "month", "Prime Minister", ["Ministry of Foreign Affairs"]),
      G("KazakhExport has been assigned to provide insurance of export contracts",
        "provide insurance of export contracts for halal producers on preferential terms",
        None, None, None, "Prime Minister", ["KazakhExport"]),
  ])

# 11 ---------------------------------------------- no directive: statistics
A("v8-11", "2025-10-21",
  "Kazakhstan-China trade turnover exceeds $32 billion in eight months",
  [
      "Trade turnover between Kazakhstan and China amounted to 32.4 billion US dollars in January-August 2025, up 8.7% year-on-year, the Bureau of National Statistics reports.",
      "Exports to China reached 12.9 billion dollars, while imports from China totaled 19.5 billion dollars.",
      "Crude oil, copper cathodes, ferroalloys and zinc accounted for the bulk of Kazakh exports, whereas machinery, vehicles and electronics prevailed in imports.",
      "In 2024, the trade turnover between the two countries reached a record 43.8 billion dollars.",
      "The next meeting of the Kazakh-Chinese intergovernmental cooperation committee is scheduled for December in Beijing.",
  ],
  [])

# 12 ------------------------------------------- no directive: appointment
A("v8-12", "2026-04-02",
  "New Chairman of Aerospace Committee appointed",
  [
      "By the order of the Minister of Artificial Intelligence and Digital Development, a new Chairman of the Aerospace Committee has been appointed.",
      "Born in 1981 in Karaganda, he graduated from the Moscow Aviation Institute in 2004 and from Nazarbayev University in 2014.",
      "From 2015 to 2020, he worked at Kazakhstan Gharysh Sapary, and since 2022 he has served as Deputy Chairman of the Committee.",
      "The Committee is responsible for the implementation of state policy in the field of space activities, including the operation of the Baikonur complex facilities transferred to Kazakhstan.",
  ],
  [])

# 13 --------------------------------------------------- petrochemicals
A("v8-13", "2026-09-08",
  "Polyethylene project in Atyrau region: Government sets new deadlines",
  [
      "Deputy Prime Minister Kanat Bozumbayev held a meeting on the implementation of the petrochemical projects in the Atyrau region, Kazinform News Agency reports.",
      "In the first half of 2026, the polypropylene plant launched in 2022 produced 290 thousand tonnes of products, 98% of which were exported to China, Türkiye and the EU.",
      "The Ministry of Energy and KazMunayGas have been instructed to ensure the signing of the EPC contract for the polyethylene project by the end of September, with financial closing to be reached by the end of next year.",
      "The Ministry of Industry and Construction, with the participation of the Atyrau region akimat, is to develop a program for the production of finished plastic products from domestic polymers by July 1.",
      "Samruk-Kazyna should provide for the training of 600 specialists for the complex in the third quarter.",
      "According to the ministry, the launch of the polyethylene plant with a capacity of 1.25 million tonnes per year is expected in 2029.",
  ],
  [
      G("have been instructed to ensure the signing of the EPC contract",
        "ensure the signing of the EPC contract for the polyethylene project",
        "2026-09-30", "by the end of September", "month", "Deputy Prime Minister",
        ["Ministry of Energy", "KazMunayGas"]),
      G("with financial closing to be reached by the end of next year",
        "reach financial closing for the polyethylene project",
        "2027-12-31", "by the end of next year", "year", "Deputy Prime Minister",
        ["Ministry of Energy", "KazMunayGas"]),
      G("is to develop a program for the production of finished plastic products",
        "develop a program for the production of finished plastic products from domestic polymers",
        "2027-07-01", "by July 1", "day", "Deputy Prime Minister", [MIC], ["Akimat of Atyrau region"]),
      G("Samruk-Kazyna should provide for the training of 600 specialists",
        "provide for the training of 600 specialists for the complex",
        "2026-09-30", "in the third quarter", "quarter", "Deputy Prime Minister", ["Samruk-Kazyna"]),
      G("the launch of the polyethylene plant with a capacity of 1.25 million tonnes",
        "launch the polyethylene plant with a capacity of 1.25 million tonnes per year",
        "2029-12-31", "in 2029", "year", None, [], optional=True),
  ])

# 14 ---------------------------------------------------------- film
A("v8-14", "2025-12-30",
  "Head of State gives instructions on developing domestic film industry",
  [
      "President Kassym-Jomart Tokayev held a meeting on the development of the domestic film industry at the Akorda.",
      "In 2025, 74 Kazakh films were released, and their share in the box office of cinemas reached 32 percent, the Minister of Culture and Information reported.",
      "The President noted that the film industry should become a full-fledged sector of the creative economy.",
      "The Head of State gave a number of instructions to the Government and the Ministry of Information and Social Development:",
      "- to introduce a system of cash rebates for foreign film companies shooting in Kazakhstan in the first half of the year;",
      "- to modernize the Kazakhfilm studio jointly with Samruk-Kazyna, completing the first stage by the end of 2027;",
      "- to submit proposals on tax preferences for cinemas in rural areas by March 1.",
      "Kazakh Tourism, in cooperation with the ministry, is required to include film locations in national tourist routes.",
  ],
  [
      G("to introduce a system of cash rebates for foreign film companies",
        "introduce a system of cash rebates for foreign film companies shooting in Kazakhstan",
        "2026-06-30", "in the first half of the year", "half", "President", ["Government", MCI]),
      G("to modernize the Kazakhfilm studio jointly with Samruk-Kazyna",
        "modernize the Kazakhfilm studio, completing the first stage",
        "2027-12-31", "by the end of 2027", "year", "President", ["Government", MCI], ["Samruk-Kazyna"]),
      G("to submit proposals on tax preferences for cinemas in rural areas",
        "submit proposals on tax preferences for cinemas in rural areas",
        "2026-03-01", "by March 1", "day", "President", ["Government", MCI]),
      G("is required to include film locations in national tourist routes",
        "include film locations in national tourist routes",
        None, None, None, "President", ["Kazakh Tourism"], [MCI]),
  ])

# 15 ------------------------------------------------ active longevity
A("v8-15", "2026-08-18",
  "Network of active longevity centers to be expanded to all districts",
  [
      "At the Government session chaired by Prime Minister Olzhas Bektenov, the implementation of the Active Longevity Concept was considered.",
      "As of August 1, 2026, 212 active longevity centers operate in the country and are attended by more than 95 thousand elderly people, the Minister of Labour and Social Protection reported.",
      "The Prime Minister noted that in a number of regions the centers are located only in regional centers, and it is necessary to revise the standard of special social services for the elderly.",
      "The Ministry of Labour and Social Protection has been instructed to carry out this work by November 1.",
      "Akimats of the regions were instructed to open centers in all district centers by the end of next year, and the Ministry of Healthcare is to ensure the attachment of geriatric specialists to them in the first half of next year.",
      "In addition, the Ministry of Labor and NITEC were instructed to develop a digital map of social services for the elderly within two months.",
  ],
  [
      G("has been instructed to carry out this work by November 1",
        "revise the standard of special social services for the elderly",
        "2026-11-01", "by November 1", "day", "Prime Minister", [MLSP]),
      G("were instructed to open centers in all district centers",
        "open active longevity centers in all district centers",
        "2027-12-31", "by the end of next year", "year", "Prime Minister", ["akimats"]),
      G("is to ensure the attachment of geriatric specialists to them",
        "ensure the attachment of geriatric specialists to the active longevity centers",
        "2027-06-30", "in the first half of next year", "half", "Prime Minister", ["Ministry of Healthcare"]),
      G("were instructed to develop a digital map of social services for the elderly",
        "develop a digital map of social services for the elderly",
        "2026-10-18", "within two months", "day", "Prime Minister", [MLSP, "National Information Technologies"]),
  ])

# 16 ---------------------------------------------- Almaty mountain cluster
A("v8-16", "2025-03-25",
  "Almaty mountain cluster: Government sets deadlines for new ski resorts",
  [
      "Deputy Prime Minister held a meeting on the development of the Almaty mountain cluster, Kazinform correspondent reports.",
      "Recall that at the expanded Government meeting in January, the Head of State instructed to turn the Almaty mountain cluster into a year-round tourist destination.",
      "In the 2024\u20132025 winter season, Shymbulak and other resorts of the cluster received 1.1 million visitors.",
      "Following the meeting, the Ministry of Tourism and Sports and the Almaty city akimat were instructed to complete the development of the master plan of the cluster by the end of May.",
      "The Akimat of Almaty region, for its part, should resolve land issues for the construction of the Oi-Karagai resort by June 15, and the akimat is also to ensure the connection of the resort to power grids in the current year.",
      "MENR must complete the review of the project documentation in the Ile-Alatau national park within 20 days.",
  ],
  [
      G("the Head of State instructed to turn the Almaty mountain cluster into a year-round tourist destination",
        "turn the Almaty mountain cluster into a year-round tourist destination",
        None, None, None, "President", [], optional=True),
      G("were instructed to complete the development of the master plan of the cluster",
        "complete the development of the master plan of the cluster",
        "2025-05-31", "by the end of May", "month", "Deputy Prime Minister",
        ["Ministry of Tourism and Sports", "Akimat of Almaty"]),
      G("should resolve land issues for the construction of the Oi-Karagai resort",
        "resolve land issues for the construction of the Oi-Karagai resort",
        "2025-06-15", "by June 15", "day", "Deputy Prime Minister", ["Akimat of Almaty region"]),
      G("the akimat is also to ensure the connection of the resort to power grids",
        "ensure the connection of the resort to power grids",
        "2025-12-31", "in the current year", "year", "Deputy Prime Minister", ["Akimat of Almaty region"]),
      G("MENR must complete the review of the project documentation",
        "complete the review of the project documentation in the Ile-Alatau national park",
        "2025-04-14", "within 20 days", "day", "Deputy Prime Minister", ["Ministry of Ecology and Natural Resources"]),
  ])


def main():
    arts, gold = [], []
    for aid, pub, title, lines, g, url in ARTICLES:
        rec = {"id": aid, "lang": "en", "published": pub, "title": title,
               "text": "\n".join(lines)}
        if url:
            rec["url"] = url
        arts.append(rec)
        for row in g:
            out = {"article": title, "published": pub, "published_inferred": False}
            out.update(row)
            gold.append(out)
    with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as f:
        for r in arts:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "dev_gold.jsonl"), "w", encoding="utf-8") as f:
        for r in gold:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(arts), "articles;", len(gold), "gold rows;",
          sum(not r["optional"] for r in gold), "required;",
          sum(r["optional"] for r in gold), "optional")


if __name__ == "__main__":
    main()
