"""English articles for the kt.kz-style news-list dump (newest first).

The first article is headless: its date is inferred from the first date line
below it (27.11.2025) and marked published_inferred.
"""
from common import G, O

MAI = "Ministry of Artificial Intelligence and Digital Development"
MWRI = "Ministry of Water Resources and Irrigation"

DUMP_FILE = "kt_kz_government_2025-11.txt"

# each: stamp (None for headless), published, title, text, gold
ARTICLES = []

# ---------------------------------------------------------------- A0 headless
ARTICLES.append(dict(
    id="v3-dump-0", lang="en", stamp=None, published="2025-11-27", inferred=True,
    title="Tokayev receives Minister of Water Resources and Irrigation Nurzhan Nurzhigitov",
    issuer="President",
    text="""Head of State Kassym-Jomart Tokayev received Minister of Water Resources and Irrigation Nurzhan Nurzhigitov, who reported on the results of the irrigation season and the state of the Northern Aral Sea, Kazinform News Agency cites Akorda.
The minister informed that in 2025, 1.2 thousand km of irrigation canals were reconstructed, which made it possible to reduce water losses by 0.9 cubic km. The volume of water in the Northern (Small) Aral Sea has reached 22 billion cubic meters.
The Head of State was also informed about the implementation of the second phase of the project "Regulation of the Syr Darya riverbed and preservation of the northern part of the Aral Sea".
Kassym-Jomart Tokayev noted that the preservation of the Aral Sea is a matter of environmental security of the entire region.
The President instructed the ministry to complete the design of the second phase of the project, including the raising of the Kokaral dam, by the end of the first quarter of next year.
The Head of State also pointed to the need to scale up water-saving technologies, noting that their coverage must reach at least 150 thousand hectares of irrigated land next year.
The Ministry of Water Resources and Irrigation, together with the Ministry of Foreign Affairs, was instructed to intensify negotiations with the countries of Central Asia on water allocation in the Syr Darya basin before the start of the next growing season.
In addition, the Head of State instructed Kazvodkhoz to complete the digitalization of all main canals and the installation of automated water metering systems by 2027.""",
    gold=[
        G("instructed the ministry to complete the design of the second phase", [MWRI], [],
          "complete the design of the second phase of the project, including the raising of the Kokaral dam",
          "2026-03-31", "by the end of the first quarter of next year", "quarter"),
        O("their coverage must reach at least 150 thousand hectares", [],
          "scale up water-saving technologies to at least 150 thousand hectares of irrigated land",
          "2026-12-31", "next year", "year", issuer="President"),
        G("to intensify negotiations with the countries of Central Asia", [MWRI], ["Ministry of Foreign Affairs"],
          "intensify negotiations with the countries of Central Asia on water allocation in the Syr Darya basin",
          None, "before the start of the next growing season", None),
        G("instructed Kazvodkhoz to complete the digitalization of all main canals", ["Kazvodkhoz"], [],
          "complete the digitalization of all main canals and the installation of automated water metering systems",
          "2027-12-31", "by 2027", "year"),
    ]))

# ---------------------------------------------------------------- A1
ARTICLES.append(dict(
    id="v3-dump-1", lang="en", stamp="27.11.2025, 17:20 4512", published="2025-11-27", inferred=False,
    title="Bektenov holds meeting on construction of Kazakhstan's first nuclear power plant",
    issuer="Prime Minister",
    text="""Prime Minister Olzhas Bektenov held a meeting on the construction of the first nuclear power plant in Kazakhstan, Kazinform News Agency reports.
Chairman of the Atomic Energy Agency Almassadam Satkaliyev reported that engineering surveys are being carried out at the site near the village of Ulken in Almaty region. To date, 20 wells have been drilled, and the soil samples have been sent for laboratory research. The intergovernmental agreement with Russia on the construction of the plant is at the final stage of approval.
According to Satkaliyev, the first power unit is planned to be commissioned in 2035.
The Prime Minister noted that the construction of the NPP is a strategic project supported by citizens at the national referendum on October 6, 2024.
All stages of the project must be implemented transparently and in strict compliance with IAEA requirements. The Atomic Energy Agency needs to complete negotiations on the intergovernmental agreement and submit it for consideration by the Government before December 20," Olzhas Bektenov said.
The Ministry of Energy was tasked with submitting an updated forecast energy balance until 2035, taking into account nuclear generation, within a month.
The akimat of Almaty region is to begin the construction of engineering infrastructure and housing for the builders of the plant in the first quarter, and, together with the Ministry of Education and the Ministry of Science and Higher Education, to work out the training of local personnel.
Kazatomprom was instructed to work out the issues of supplying nuclear fuel to the plant and localizing the production of fuel assemblies at the Ulba Metallurgical Plant.""",
    gold=[
        O("the first power unit is planned to be commissioned in 2035", [],
          "commission the first power unit of the NPP", "2035-12-31", "in 2035", "year"),
        O("All stages of the project must be implemented transparently", [],
          "implement all stages of the project transparently and in strict compliance with IAEA requirements",
          issuer="Prime Minister"),
        G("needs to complete negotiations on the intergovernmental agreement", ["Atomic Energy Agency"], [],
          "complete negotiations on the intergovernmental agreement and submit it for consideration by the Government",
          "2025-12-20", "before December 20", "day"),
        G("was tasked with submitting an updated forecast energy balance", ["Ministry of Energy"], [],
          "submit an updated forecast energy balance until 2035, taking into account nuclear generation",
          "2025-12-27", "within a month", "day"),
        G("is to begin the construction of engineering infrastructure and housing", ["Akimat of Almaty region"], [],
          "begin the construction of engineering infrastructure and housing for the builders of the plant",
          "2026-03-31", "in the first quarter", "quarter"),
        G("to work out the training of local personnel", ["Akimat of Almaty region"],
          ["Ministry of Education", "Ministry of Science and Higher Education"],
          "work out the training of local personnel"),
        G("Kazatomprom was instructed to work out the issues of supplying nuclear fuel", ["Kazatomprom"], [],
          "work out the issues of supplying nuclear fuel to the plant and localizing the production of fuel assemblies at the Ulba Metallurgical Plant"),
    ]))

# ---------------------------------------------------------------- A2 statistics only
ARTICLES.append(dict(
    id="v3-dump-2", lang="en", stamp="27.11.2025, 11:05 2210", published="2025-11-27", inferred=False,
    title="Industrial output in Kazakhstan grows 7.1% in January-October",
    issuer=None,
    text="""Industrial production in Kazakhstan increased by 7.1% in January-October 2025 compared to the same period of 2024, according to the Bureau of National Statistics.
Growth was recorded in the mining industry by 8.9%, and in the manufacturing industry by 6.4%. The production of machine-building products increased by 14.2%, pharmaceuticals by 11.5%, and food products by 5.8%.
In October alone, the volume of industrial production amounted to 4.6 trillion tenge.
The largest growth among the regions was observed in Atyrau, Mangystau and Karaganda regions. In Kyzylorda region, output decreased by 3.2% due to the decline in oil production.
Since the beginning of the year, 118 new industrial enterprises have been put into operation in the country, creating 9.4 thousand permanent jobs.""",
    gold=[]))

# ---------------------------------------------------------------- A3
ARTICLES.append(dict(
    id="v3-dump-3", lang="en", stamp="25.11.2025, 15:40 6893", published="2025-11-25", inferred=False,
    title="Implementation of the Address: Bektenov instructs ministries to speed up digital transformation",
    issuer="Prime Minister",
    text="""At the Government session chaired by Prime Minister Olzhas Bektenov, the progress of implementing the instructions of the Head of State voiced in the Address to the People of Kazakhstan on September 8, 2025 was considered.
Deputy Prime Minister - Minister of Artificial Intelligence and Digital Development Zhaslan Madiyev reported that out of 78 points of the National Plan for the implementation of the Address, 12 have already been implemented, and work on the rest is being carried out according to the approved schedule. The Law on Artificial Intelligence was signed by the Head of State on November 17.
The Prime Minister noted that the Head of State had set the task of turning Kazakhstan into a fully digital country.
Following the consideration of the issue, Olzhas Bektenov gave the following instructions to the Ministry of Artificial Intelligence and Digital Development and the Ministry of Justice:
- ensure the adoption of all by-laws to the Law on Artificial Intelligence by January 15;
- within two weeks, submit proposals on the transfer of public services to a proactive format;
- together with the Ministry of Finance, complete the audit of state information systems by the end of the year.
The Ministry of Science and Higher Education and the Ministry of Education must launch mass training programs in the basics of artificial intelligence for teachers and students in the second half of next year.
The Agency for Strategic Planning and Reforms was tasked with monitoring the implementation of the Address and reporting to the Government on a quarterly basis.
The Ministry of Finance must provide funds for these purposes when specifying the budget for 2026.""",
    gold=[
        O("had set the task of turning Kazakhstan into a fully digital country", [],
          "turn Kazakhstan into a fully digital country", issuer="President"),
        G("ensure the adoption of all by-laws to the Law on Artificial Intelligence", [MAI, "Ministry of Justice"], [],
          "ensure the adoption of all by-laws to the Law on Artificial Intelligence",
          "2026-01-15", "by January 15", "day"),
        G("submit proposals on the transfer of public services to a proactive format", [MAI, "Ministry of Justice"], [],
          "submit proposals on the transfer of public services to a proactive format",
          "2025-12-09", "within two weeks", "day"),
        G("complete the audit of state information systems", [MAI, "Ministry of Justice"], ["Ministry of Finance"],
          "complete the audit of state information systems",
          "2025-12-31", "by the end of the year", "year"),
        G("must launch mass training programs in the basics of artificial intelligence",
          ["Ministry of Science and Higher Education", "Ministry of Education"], [],
          "launch mass training programs in the basics of artificial intelligence for teachers and students",
          "2026-12-31", "in the second half of next year", "half"),
        G("was tasked with monitoring the implementation of the Address", ["Agency for Strategic Planning and Reforms"], [],
          "monitor the implementation of the Address and report to the Government on a quarterly basis"),
        G("must provide funds for these purposes", ["Ministry of Finance"], [],
          "provide funds for these purposes",
          None, "when specifying the budget for 2026", None),
    ]))

# ---------------------------------------------------------------- A4
ARTICLES.append(dict(
    id="v3-dump-4", lang="en", stamp="24.11.2025, 19:02 9120", published="2025-11-24", inferred=False,
    title="Zhumangarin instructs to curb food price growth ahead of New Year holidays",
    issuer="Deputy Prime Minister",
    text="""Deputy Prime Minister - Minister of National Economy Serik Zhumangarin held a meeting on stabilizing prices for socially significant food products, Kazinform News Agency reports.
According to the Bureau of National Statistics, in October 2025 food prices increased by 1.3%, and since the beginning of the year by 11.6%. The largest increase was recorded for beef, eggs and sunflower oil.
It was noted that this year akimats concluded forward contracts for the purchase of 180 thousand tons of products through regional stabilization funds.
Serik Zhumangarin instructed the akimats to increase the volume of stabilization funds for beef, potatoes and onions, as well as to hold at least two agricultural fairs a week in each district center until the end of the year.
The Ministry of Trade and Integration, together with the Agency for Protection and Development of Competition, was tasked with analyzing the pricing chain for beef from producer to retail by the end of this week.
The Ministry of Agriculture must extend the temporary ban on the export of live cattle and small ruminants for another six months and submit the relevant draft order by December 1.
The Food Contract Corporation was instructed to start selling sugar and sunflower oil from state reserves through retail chains in December.
Zhumangarin recalled that the moratorium on the increase in retail prices for fuel introduced in October will remain in effect until March 31, 2026.""",
    gold=[
        G("to increase the volume of stabilization funds for beef", ["akimats"], [],
          "increase the volume of stabilization funds for beef, potatoes and onions"),
        G("hold at least two agricultural fairs a week", ["akimats"], [],
          "hold at least two agricultural fairs a week in each district center",
          "2025-12-31", "until the end of the year", "year"),
        G("was tasked with analyzing the pricing chain for beef", ["Ministry of Trade and Integration"],
          ["Agency for Protection and Development of Competition"],
          "analyze the pricing chain for beef from producer to retail",
          "2025-11-30", "by the end of this week", "day"),
        G("must extend the temporary ban on the export of live cattle", ["Ministry of Agriculture"], [],
          "extend the temporary ban on the export of live cattle and small ruminants for another six months and submit the relevant draft order",
          "2025-12-01", "by December 1", "day"),
        G("start selling sugar and sunflower oil from state reserves", ["Food Contract Corporation"], [],
          "start selling sugar and sunflower oil from state reserves through retail chains",
          "2025-12-31", "in December", "month"),
    ]))
