# English JSONL articles (5) with gold labels.
# Gold tuple: (quote, optional, issuer, responsible, co_executors, task, deadline, deadline_text, granularity)

ARTICLES = []

def art(id, published, title, text, gold):
    ARTICLES.append({"id": id, "lang": "en", "published": published, "title": title,
                     "text": "\n".join(text), "gold": gold})

art("v7-en-01", "2025-05-15",
    "Agriculture Ministry to boost horse breeding and kumis production",
    ["A meeting on the development of productive horse breeding and kumis production was held at the Ministry of Agriculture, chaired by Vice Minister of Agriculture Amanbek Sarsenov.",
     "The number of horses in Kazakhstan reached 4.5 million heads as of April 1, 2025, up 7.2% from a year earlier, the ministry said.",
     "In 2024, farmers produced 38,000 tonnes of mare's milk, only a fifth of which was processed industrially.",
     "The Vice Minister instructed the Agrarian Credit Corporation to approve, by the end of the second quarter, a special lending product for kumis farms.",
     "The akimats of the Almaty, Zhambyl and Kostanay regions have been tasked with submitting, within 20 days, lists of farms ready to build mare's milk processing shops.",
     "It is expected that industrial kumis output will double by 2028."],
    [("instructed the Agrarian Credit Corporation to approve", False, "Vice Minister of Agriculture", ["Agrarian Credit Corporation"], [],
      "approve a special lending product for kumis farms", "2025-06-30", "by the end of the second quarter", "quarter"),
     ("have been tasked with submitting, within 20 days, lists of farms", False, "Vice Minister of Agriculture",
      ["Akimat of Almaty region", "Akimat of Zhambyl region", "Akimat of Kostanay region"], [],
      "submit lists of farms ready to build mare's milk processing shops", "2025-06-04", "within 20 days", "day"),
     ("industrial kumis output will double by 2028", True, None, [], [],
      "double industrial kumis output", "2028-12-31", "by 2028", "year")])

art("v7-en-02", "2026-03-27",
    "Justice Ministry sets tasks to improve civil registry offices",
    ["The Ministry of Justice held a meeting on improving the work of civil registry offices, the ministry's press service reports.",
     "In 2025, registry offices registered over 118,000 marriages and 356,000 births, and some 70% of the services were provided online.",
     "Minister of Justice Yerlan Sarsembayev instructed the Government for Citizens State Corporation to submit a plan for digitising civil status records issued before 1990 by the end of next week.",
     "Akimats of all regions must, no later than September 1, bring wedding palaces in line with accessibility standards for persons with disabilities.",
     "In addition, the ministry is to amend, by Friday, the rules for state registration of civil status acts to allow same-day marriage registration."],
    [("to submit a plan for digitising civil status records", False, "Minister of Justice", ["Government for Citizens State Corporation"], [],
      "submit a plan for digitising civil status records issued before 1990", "2026-04-05", "by the end of next week", "day"),
     ("must, no later than September 1, bring wedding palaces", False, None, ["akimats"], [],
      "bring wedding palaces in line with accessibility standards for persons with disabilities", "2026-09-01", "no later than September 1", "day"),
     ("the ministry is to amend, by Friday, the rules", False, None, ["Ministry of Justice"], [],
      "amend the rules for state registration of civil status acts to allow same-day marriage registration", "2026-04-03", "by Friday", "day")])

art("v7-en-03", "2025-11-12",
    "Remote villages to get autonomous solar power by 2027",
    ["Prime Minister Olzhas Bektenov held a meeting on the power supply of remote settlements.",
     "According to the Ministry of Energy, 134 villages and 2,800 remote farms are still not connected to centralized power grids.",
     "Since 2022, autonomous solar stations have been installed in 41 settlements of the Mangystau, Kyzylorda and Ulytau regions.",
     "The Prime Minister instructed the Ministry of Energy, together with the akimats of the Mangystau and Kyzylorda regions, to provide all remaining villages with autonomous solar power systems in 2027.",
     "Samruk-Energy, the Development Bank of Kazakhstan and the Industrial Development Fund were instructed to work out financing mechanisms for the projects by mid-year.",
     "The Ministry of Energy was also tasked with reporting to the Government on the progress of the work every quarter."],
    [("to provide all remaining villages with autonomous solar power systems", False, "Prime Minister", ["Ministry of Energy"],
      ["Akimat of Mangystau region", "Akimat of Kyzylorda region"],
      "provide all remaining villages with autonomous solar power systems", "2027-12-31", "in 2027", "year"),
     ("were instructed to work out financing mechanisms", False, "Prime Minister",
      ["Samruk-Energy", "Development Bank of Kazakhstan", "Industrial Development Fund"], [],
      "work out financing mechanisms for the projects", "2026-06-30", "by mid-year", "half"),
     ("was also tasked with reporting to the Government", False, "Prime Minister", ["Ministry of Energy"], [],
      "report to the Government on the progress of the work every quarter", None, None, None)])

art("v7-en-04", "2026-01-08",
    "Kazakhstan to localise toy production",
    ["Domestic manufacturers produced toys worth 4.2 billion tenge in 2025, covering less than 3% of the domestic market, the Ministry of Industry and Construction reported.",
     "More than 90% of toys sold in Kazakhstan are imported.",
     "At a meeting on the development of the children's goods industry, Deputy Prime Minister Serik Zhumangarin instructed the Ministry of Industry and Construction to draft a roadmap for the production of children's goods and toys by April 1, 2026.",
     "The Ministry of Trade and Integration, together with the Technical Regulation and Metrology Committee, must promptly strengthen safety checks of imported toys.",
     "The Industrial Development Fund is to consider, within a month, applications from three toy manufacturers in Almaty and Shymkent for preferential leasing."],
    [("to draft a roadmap for the production of children's goods and toys", False, "Deputy Prime Minister", ["Ministry of Industry and Construction"], [],
      "draft a roadmap for the production of children's goods and toys", "2026-04-01", "by April 1, 2026", "day"),
     ("must promptly strengthen safety checks of imported toys", False, None, ["Ministry of Trade and Integration"], ["Technical Regulation and Metrology Committee"],
      "strengthen safety checks of imported toys", None, "promptly", None),
     ("is to consider, within a month, applications", False, None, ["Industrial Development Fund"], [],
      "consider applications from three toy manufacturers in Almaty and Shymkent for preferential leasing", "2026-02-08", "within a month", "day")])

art("v7-en-05", "2025-12-18",
    "Interior Ministry to expand probation service",
    ["The Board of the Ministry of Internal Affairs reviewed the results of the probation service this year.",
     "There are currently 24,600 people registered with the probation service, and 3,100 of them wear electronic bracelets, the ministry said.",
     "Over 11 months of 2025, repeat offences among probationers fell by 14%.",
     "Interior Minister Yerzhan Sadenov instructed the Penal Correction System Committee to equip all probation offices with video conferencing systems by the end of this year.",
     "Together with the Ministry of Labor and Social Protection of the Population, the committee must also help at least 5,000 probationers find jobs next year.",
     "The Minister also called on akimats to provide temporary housing for released persons who have no place to live."],
    [("to equip all probation offices with video conferencing systems", False, "Minister of Internal Affairs", ["Penal Correction System Committee"], [],
      "equip all probation offices with video conferencing systems", "2025-12-31", "by the end of this year", "year"),
     ("help at least 5,000 probationers find jobs", False, None, ["Penal Correction System Committee"],
      ["Ministry of Labor and Social Protection of the Population"],
      "help at least 5,000 probationers find jobs", "2026-12-31", "next year", "year"),
     ("called on akimats to provide temporary housing", True, "Minister of Internal Affairs", ["akimats"], [],
      "provide temporary housing for released persons who have no place to live", None, None, None)])
