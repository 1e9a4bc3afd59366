# English articles (jsonl part). Each entry: meta, text, gold list.
# gold tuple: (quote, responsible, co_executors, task, deadline, deadline_text, granularity, issuer, optional)
EN = []
def art(id, published, title, text, gold):
    EN.append(dict(id=id, lang="en", published=published, title=title, text=text.strip("\n"), gold=gold))

art("v-en-01", "2025-10-14",
"Kazakhstan to digitalize water accounting at all irrigation canals - Bektenov", """
At the Government session chaired by Prime Minister Olzhas Bektenov, the results of the irrigation season and measures to reduce water losses were considered, primeminister.kz reports.
Minister of Water Resources and Irrigation Nurzhan Nurzhigitov reported that in nine months of 2025, 1,320 km of irrigation canals were reconstructed and 94 thousand hectares of previously unused land were returned to agricultural circulation. Last year, water losses in the main canals exceeded 40%, while this season the figure fell to 34%.
According to the minister, automated water accounting has already been introduced at 1,840 water intake points, mainly in Turkistan, Zhambyl and Kyzylorda regions. It is planned to bring the share of water-saving irrigation technologies to 40% of irrigated land by 2030.
Additional reports were made by the akims of Zhambyl region Yerbol Karashukeyev and Kyzylorda region Nurlybek Nalibayev.
The Head of State has repeatedly pointed to the need for rational use of water. Water is becoming a strategic resource, and every cubic meter counts. The situation in which water is lost on the way to the field is unacceptable," Olzhas Bektenov said.
The Prime Minister instructed the Ministry of Water Resources and Irrigation, together with the regional akimats, to complete the digitalization of water accounting at all 3,500 water intake points by the end of the year.
The Ministry of Agriculture has been tasked with expanding the area under water-saving technologies to 350 thousand hectares in 2026, including through subsidizing up to 80% of the cost of drip and sprinkler systems.
In addition, the Ministries of Finance and National Economy need to work out, within a month, the issue of additional financing for the reconstruction of main canals in Turkistan and Kyzylorda regions.
Kazvodkhoz must complete the inventory of hydraulic structures no later than December 1, while the akimats of Zhambyl and Turkistan regions should ensure the transfer of ownerless structures to communal ownership in the first quarter of next year.
The Prime Minister also noted the importance of training specialists for the water sector. The Ministry of Science and Higher Education, jointly with the Ministry of Water Resources, is to increase the number of educational grants for hydraulic engineering specialties starting from the next academic year.
Separately, the Prime Minister drew attention to the situation with water supply in the Aral Sea region. Kazakhstan will continue to work with the neighboring countries of Central Asia on the fair distribution of transboundary water resources, he said.
""", [
("It is planned to bring the share of water-saving irrigation technologies", [], [], "bring the share of water-saving irrigation technologies to 40% of irrigated land", "2030-12-31", "by 2030", "year", None, True),
("to complete the digitalization of water accounting", ["Ministry of Water Resources and Irrigation"], ["akimats"], "complete the digitalization of water accounting at all 3,500 water intake points", "2025-12-31", "by the end of the year", "year", "Prime Minister", False),
("has been tasked with expanding the area under water-saving technologies", ["Ministry of Agriculture"], [], "expand the area under water-saving technologies to 350 thousand hectares, including through subsidizing up to 80% of the cost of drip and sprinkler systems", "2026-12-31", "in 2026", "year", "Prime Minister", False),
("need to work out, within a month, the issue of additional financing", ["Ministry of Finance", "Ministry of National Economy"], [], "work out the issue of additional financing for the reconstruction of main canals in Turkistan and Kyzylorda regions", "2025-11-14", "within a month", "day", "Prime Minister", False),
("Kazvodkhoz must complete the inventory of hydraulic structures", ["Kazvodkhoz"], [], "complete the inventory of hydraulic structures", "2025-12-01", "no later than December 1", "day", "Prime Minister", False),
("should ensure the transfer of ownerless structures to communal ownership", ["Akimat of Zhambyl region", "Akimat of Turkistan region"], [], "ensure the transfer of ownerless structures to communal ownership", "2026-03-31", "in the first quarter of next year", "quarter", "Prime Minister", False),
("is to increase the number of educational grants for hydraulic engineering", ["Ministry of Science and Higher Education"], ["Ministry of Water Resources and Irrigation"], "increase the number of educational grants for hydraulic engineering specialties", None, None, None, "Prime Minister", False),
])

art("v-en-02", "2025-06-18",
"Head of State receives Minister of Tourism and Sports", """
President Kassym-Jomart Tokayev received Minister of Tourism and Sports Yerbol Myrzabossynov, Akorda press service reports.
The Head of State was briefed on the development of the tourism industry and the construction of sports infrastructure in the regions.
According to the minister, in the first five months of 2025, the number of inbound foreign tourists grew by 14% compared to the same period last year and reached 1.1 million people. Tourism revenues in 2024 exceeded 1.3 trillion tenge. Since January 1, 2025, 16 new international flights to China, India and the Gulf countries have been opened.
Yerbol Myrzabossynov also reported on the construction of 100 sports and recreation complexes in rural areas, of which 38 were commissioned last year.
Kassym-Jomart Tokayev instructed the Ministry to complete the construction of all 100 sports and recreation complexes by the end of 2026.
The President also instructed the minister, together with the Ministry of Foreign Affairs, to work out the expansion of the list of countries whose citizens can obtain an electronic visa within three months.
In addition, the Head of State pointed to the need to develop the infrastructure of the Burabay, Alakol and Kaindy resort areas and ordered the national company Kazakh Tourism to launch a unified online booking service for domestic resorts before the start of the summer season of next year.
The Head of State noted that tourism should become one of the drivers of economic growth and gave a number of specific instructions in this regard.
""", [
("instructed the Ministry to complete the construction of all 100 sports", ["Ministry of Tourism and Sports"], [], "complete the construction of all 100 sports and recreation complexes", "2026-12-31", "by the end of 2026", "year", "President", False),
("to work out the expansion of the list of countries", ["Ministry of Tourism and Sports"], ["Ministry of Foreign Affairs"], "work out the expansion of the list of countries whose citizens can obtain an electronic visa", "2025-09-18", "within three months", "day", "President", False),
("ordered the national company Kazakh Tourism to launch a unified online booking service", ["Kazakh Tourism"], [], "launch a unified online booking service for domestic resorts", None, "before the start of the summer season of next year", None, "President", False),
("gave a number of specific instructions in this regard", ["Ministry of Tourism and Sports"], [], "develop tourism as one of the drivers of economic growth", None, None, None, "President", True),
])

art("v-en-03", "2026-01-27",
"Tokayev sets Government tasks for 2026 at expanded meeting", """
President Kassym-Jomart Tokayev held an expanded meeting of the Government on the results of the socio-economic development of the country in 2025 and the tasks for the current year, Akorda press service reports.
The Head of State noted that last year the economy grew by 6.5%, and investment in fixed capital increased by 12%. At the same time, inflation at the end of 2025 amounted to 12.3%, which is well above the target corridor.
Inflation is eating away at the incomes of citizens. The Government and the National Bank must bring inflation down to the level of 9-11% by the end of the year. The measures taken so far are clearly insufficient," the President said.
Kassym-Jomart Tokayev instructed the Government to ensure economic growth of at least 6% this year through the development of manufacturing, transport and logistics, and agriculture.
According to the President, the state should withdraw from the economy faster. The Head of State instructed Samruk-Kazyna and Baiterek to complete the transfer of non-core assets to the competitive environment by July 1, and the Agency for Protection and Development of Competition to monitor this work on a quarterly basis.
The Head of State drew attention to the growth of utility tariffs. Tariffs that do not reflect real costs are unacceptable. The Ministry of National Economy, together with the Ministry of Energy, has been instructed to present a new tariff methodology for natural monopolies within two months.
Touching upon the energy sector, the President instructed the Ministry of Energy to commission at least 1.5 gigawatts of new generating capacity in the current year and to start the construction of the Ekibastuz GRES-3 in the second half of the year.
The Head of State paid special attention to the digitalization of public administration. By the end of the first quarter, the Ministry of Artificial Intelligence and Digital Development must ensure that all public services are available through the Digital ID in the eGov Mobile application, Kassym-Jomart Tokayev said.
Speaking about the social sphere, the President recalled that in 2025, 3,800 km of local roads were repaired and 180 schools were built under the Comfortable School project. According to the forecast of the Ministry of National Economy, GDP will grow by 5.5-6% in 2026.
The Government must submit to the Mazhilis by March 1 a draft law on the modernization of the pension system, the Head of State said.
Akims are personally responsible for the situation in housing and utilities. By the start of the next heating season, all akimats must reduce the wear of heat networks by at least 5 percentage points.
In conclusion, Kassym-Jomart Tokayev instructed the Presidential Administration to monitor the implementation of the instructions given at the meeting.
""", [
("must bring inflation down to the level of 9-11%", ["Government", "National Bank"], [], "bring inflation down to the level of 9-11%", "2026-12-31", "by the end of the year", "year", "President", False),
("instructed the Government to ensure economic growth of at least 6%", ["Government"], [], "ensure economic growth of at least 6% through the development of manufacturing, transport and logistics, and agriculture", "2026-12-31", "this year", "year", "President", False),
("to complete the transfer of non-core assets to the competitive environment", ["Samruk-Kazyna", "Baiterek"], [], "complete the transfer of non-core assets to the competitive environment", "2026-07-01", "by July 1", "day", "President", False),
("the Agency for Protection and Development of Competition to monitor this work", ["Agency for Protection and Development of Competition"], [], "monitor this work on a quarterly basis", None, None, None, "President", False),
("has been instructed to present a new tariff methodology", ["Ministry of National Economy"], ["Ministry of Energy"], "present a new tariff methodology for natural monopolies", "2026-03-27", "within two months", "day", "President", False),
("to commission at least 1.5 gigawatts of new generating capacity", ["Ministry of Energy"], [], "commission at least 1.5 gigawatts of new generating capacity", "2026-12-31", "in the current year", "year", "President", False),
("to start the construction of the Ekibastuz GRES-3", ["Ministry of Energy"], [], "start the construction of the Ekibastuz GRES-3", "2026-12-31", "in the second half of the year", "half", "President", False),
("must ensure that all public services are available through the Digital ID", ["Ministry of Artificial Intelligence and Digital Development"], [], "ensure that all public services are available through the Digital ID in the eGov Mobile application", "2026-03-31", "By the end of the first quarter", "quarter", "President", False),
("The Government must submit to the Mazhilis by March 1", ["Government"], [], "submit to the Mazhilis a draft law on the modernization of the pension system", "2026-03-01", "by March 1", "day", "President", False),
("all akimats must reduce the wear of heat networks", ["akimats"], [], "reduce the wear of heat networks by at least 5 percentage points", None, "By the start of the next heating season", None, "President", False),
("instructed the Presidential Administration to monitor the implementation", ["Presidential Administration"], [], "monitor the implementation of the instructions given at the meeting", None, None, None, "President", False),
])

art("v-en-04", "2026-03-06",
"Deputy Prime Minister holds meeting of the Republican Headquarters on flood prevention", """
Deputy Prime Minister Kanat Bozumbayev held a meeting of the Republican Headquarters on the prevention of floods, primeminister.kz reports.
According to Kazhydromet, snow reserves in the basins of the Ilek, Tobol and Yesil rivers exceed the norm by 30-60%. The peak of the flood in the northern and western regions is expected in the first half of April.
Minister of Emergency Situations Chingis Arinov reported that since January 1, 1,640 km of ditches and 920 culverts have been cleaned, and 2.3 million sandbags have been prepared. Last spring, 87 settlements were partially flooded, and the damage amounted to 12 billion tenge.
The experience of 2024 showed how costly any delay can be. We have no right to repeat the mistakes of previous years," Kanat Bozumbayev noted.
The Deputy Prime Minister instructed the Ministry of Emergency Situations and the akimats of Aktobe, West Kazakhstan and Kostanay regions to complete the placement of pumping equipment in flood-prone settlements by Friday.
The Ministry of Water Resources and Irrigation was tasked with completing the pre-flood drawdown of the Sergeyev and Verkhne-Tobolsk reservoirs by the end of next week.
Akimats must approve evacuation plans and check the readiness of temporary accommodation points no later than March 20, 2026.
Special attention was paid to Aktobe region, where the Ilek river caused serious damage two years ago. The regional akimat was instructed to complete the construction of the protective dam near the village of Yenbekshi by April 1.
The Ministry of Transport, together with KazAvtoZhol, must promptly clear the culverts under republican roads, the Deputy Prime Minister said.
Kazhydromet has been instructed to provide forecasts of water levels twice a day during the flood period.
In addition, the Ministry of Defense and the National Guard are to keep forces and equipment on standby until the end of the flood period.
The next meeting of the Headquarters will be held on March 13.
""", [
("to complete the placement of pumping equipment in flood-prone settlements", ["Ministry of Emergency Situations", "Akimat of Aktobe region", "Akimat of West Kazakhstan region", "Akimat of Kostanay region"], [], "complete the placement of pumping equipment in flood-prone settlements", "2026-03-13", "by Friday", "day", "Deputy Prime Minister", False),
("was tasked with completing the pre-flood drawdown", ["Ministry of Water Resources and Irrigation"], [], "complete the pre-flood drawdown of the Sergeyev and Verkhne-Tobolsk reservoirs", "2026-03-15", "by the end of next week", "day", "Deputy Prime Minister", False),
("Akimats must approve evacuation plans", ["akimats"], [], "approve evacuation plans and check the readiness of temporary accommodation points", "2026-03-20", "no later than March 20, 2026", "day", "Deputy Prime Minister", False),
("The regional akimat was instructed to complete the construction of the protective dam", ["Akimat of Aktobe region"], [], "complete the construction of the protective dam near the village of Yenbekshi", "2026-04-01", "by April 1", "day", "Deputy Prime Minister", False),
("must promptly clear the culverts under republican roads", ["Ministry of Transport"], ["KazAvtoZhol"], "clear the culverts under republican roads", None, "promptly", None, "Deputy Prime Minister", False),
("Kazhydromet has been instructed to provide forecasts of water levels", ["Kazhydromet"], [], "provide forecasts of water levels twice a day during the flood period", None, None, None, "Deputy Prime Minister", False),
("are to keep forces and equipment on standby", ["Ministry of Defense", "National Guard"], [], "keep forces and equipment on standby", None, "until the end of the flood period", None, "Deputy Prime Minister", False),
])

art("v-en-05", "2025-07-22",
"Government approves Comprehensive Plan for the development of the Trans-Caspian route until 2030", """
The Government of Kazakhstan adopted a resolution approving the Comprehensive Plan for the development of the Trans-Caspian International Transport Route until 2030, Kazinform News Agency reports with reference to the Adilet legal information system.
The document was signed by Prime Minister Olzhas Bektenov on July 18 and comes into force ten calendar days after its first official publication.
In 2024, 4.5 million tons of cargo were transported along the route, 62% more than in 2023. It is expected that by 2027 the volume of traffic along the route will reach 10 million tons.
Under the resolution, the Ministry of Transport shall ensure the completion of the Bakhty-Ayagoz railway line by 2027.
The Ministry of Transport shall also submit a detailed schedule of the Plan's implementation to the Government by July 20 of the current year.
Kazakhstan Temir Zholy, together with the Ministry of Finance, shall launch a single digital window for transit cargo in the fourth quarter of 2025, and the construction of a new dry port in the Khorgos - Eastern Gate special economic zone shall be carried out by the national company in 2026-2027.
The Ministry of Trade and Integration, jointly with the Ministry of Foreign Affairs, shall within three months submit proposals on harmonizing transit tariffs with Azerbaijan and Georgia.
Central and local executive bodies, as well as national companies, are to take measures to implement the Plan.
Control over the execution of the resolution is entrusted to the Ministry of Transport.
""", [
("It is expected that by 2027 the volume of traffic", [], [], "reach 10 million tons of traffic along the route", "2027-12-31", "by 2027", "year", None, True),
("shall ensure the completion of the Bakhty-Ayagoz railway line", ["Ministry of Transport"], [], "ensure the completion of the Bakhty-Ayagoz railway line", "2027-12-31", "by 2027", "year", "Government", False),
("shall also submit a detailed schedule of the Plan's implementation", ["Ministry of Transport"], [], "submit a detailed schedule of the Plan's implementation to the Government", "2025-07-20", "by July 20 of the current year", "day", "Government", False),
("shall launch a single digital window for transit cargo", ["Kazakhstan Temir Zholy"], ["Ministry of Finance"], "launch a single digital window for transit cargo", "2025-12-31", "in the fourth quarter of 2025", "quarter", "Government", False),
("the construction of a new dry port in the Khorgos - Eastern Gate", ["Kazakhstan Temir Zholy"], [], "carry out the construction of a new dry port in the Khorgos - Eastern Gate special economic zone", "2027-12-31", "in 2026-2027", "year", "Government", False),
("shall within three months submit proposals on harmonizing transit tariffs", ["Ministry of Trade and Integration"], ["Ministry of Foreign Affairs"], "submit proposals on harmonizing transit tariffs with Azerbaijan and Georgia", "2025-10-22", "within three months", "day", "Government", False),
("are to take measures to implement the Plan", ["central executive bodies", "akimats", "national companies"], [], "take measures to implement the Plan", None, None, None, "Government", False),
("Control over the execution of the resolution is entrusted", ["Ministry of Transport"], [], "control the execution of the resolution", None, None, None, "Government", True),
])

art("v-en-06", "2025-07-08",
"Kazakhstan exports 11.2 million tons of grain since start of marketing year", """
Since the beginning of the 2024/2025 marketing year, which started on September 1, 2024, Kazakhstan has exported 11.2 million tons of grain and flour in grain equivalent, the Ministry of Agriculture reports.
Wheat accounted for 8.9 million tons of the total. The main importers of Kazakh grain were Uzbekistan, Tajikistan, Afghanistan, China and Iran. Exports to China increased by 18% compared to the previous season.
In June 2025 alone, 1.1 million tons of grain were shipped, including 420 thousand tons through the ports of Aktau and Kuryk.
Last year, the gross grain harvest amounted to 26.7 million tons, the highest figure in a decade.
Analysts of the Grain Union of Kazakhstan estimate that by the end of the marketing year on August 31, exports may exceed 12.5 million tons.
The harvest campaign this year is expected to begin in the southern regions in the second half of July.
""", [])

art("v-en-07", "2025-12-09",
"Svetlana Zhakupova: pension replacement rate must reach 40% by 2030", """
In an interview with Kazinform News Agency, Minister of Labor and Social Protection of the Population Svetlana Zhakupova spoke about the changes in the pension system and the plans of the ministry for next year.
- Svetlana Kokkozovna, what changes await pensioners in 2026?
- From January 1, 2026, the basic pension will be indexed by 10% and the solidarity pension by 8%. In total, 2.3 million pensioners will receive increased payments. In 11 months of 2025, 4.1 trillion tenge was allocated for pensions and benefits.
- How will the replacement rate change?
- The Head of State has instructed us to bring the replacement rate of pensions to 40% of lost earnings by 2030. To achieve this, we are working together with the National Bank and the Unified Accumulative Pension Fund on a new model of pension asset management.
- Will citizens be able to see their future pension in advance?
- Yes. By the end of the first quarter of next year, we plan to launch a pension calculator in the eGov Mobile application. It will show the expected amount of all three components of the pension.
- What about the taxation of pension payments?
- The Government has also instructed our ministry, together with the Ministry of Finance, to prepare proposals on the taxation of pension payments by March 1. We will hold a broad public discussion of them.
- Thank you for the interview.
""", [
("From January 1, 2026, the basic pension will be indexed", [], [], "index the basic pension by 10% and the solidarity pension by 8%", None, None, None, None, True),
("The Head of State has instructed us to bring the replacement rate", ["Ministry of Labor and Social Protection of the Population"], [], "bring the replacement rate of pensions to 40% of lost earnings", "2030-12-31", "by 2030", "year", "President", False),
("we plan to launch a pension calculator", ["Ministry of Labor and Social Protection of the Population"], [], "launch a pension calculator in the eGov Mobile application", "2026-03-31", "By the end of the first quarter of next year", "quarter", None, True),
("to prepare proposals on the taxation of pension payments", ["Ministry of Labor and Social Protection of the Population"], ["Ministry of Finance"], "prepare proposals on the taxation of pension payments", "2026-03-01", "by March 1", "day", "Government", False),
])

art("v-en-08", "2025-09-12",
"Harvest campaign: grain threshed on 46% of the area", """
Deputy Prime Minister - Minister of National Economy Serik Zhumangarin held a meeting of the republican headquarters on the harvest campaign, primeminister.kz reports.
As of September 11, grain crops have been harvested on 46% of the area, or 7.4 million hectares, with an average yield of 14.2 centners per hectare. Last year, by the same date, 38% of the area had been threshed.
Minister of Agriculture Aidarbek Saparov said that the gross harvest is expected to reach 24 million tons this year.
The Deputy Prime Minister instructed the Ministry of Agriculture, together with the akimats of Kostanay, Akmola and North Kazakhstan regions, to complete the harvesting of grain crops by October 15.
The Food Contract Corporation must purchase at least 1 million tons of grain for the state resources before the end of October, at prices not lower than the market level.
KTZ was tasked to allocate at least 500 grain carriers per day and to clear the backlog of applications by the end of this week.
The Ministry of Trade and Integration and the Ministry of Finance should, within 10 days, submit proposals on the regime of grain exports to Central Asian countries.
The Agrarian Credit Corporation is to ensure the disbursement of 40 billion tenge under the forward purchase program by the end of the third quarter.
The Ministry of Energy was instructed to ensure the supply of diesel fuel to agricultural producers at fixed prices until the completion of the harvest.
""", [
("the gross harvest is expected to reach 24 million tons", [], [], "reach a gross harvest of 24 million tons", "2025-12-31", "this year", "year", None, True),
("to complete the harvesting of grain crops by October 15", ["Ministry of Agriculture"], ["Akimat of Kostanay region", "Akimat of Akmola region", "Akimat of North Kazakhstan region"], "complete the harvesting of grain crops", "2025-10-15", "by October 15", "day", "Deputy Prime Minister", False),
("must purchase at least 1 million tons of grain for the state resources", ["Food Contract Corporation"], [], "purchase at least 1 million tons of grain for the state resources at prices not lower than the market level", "2025-10-31", "before the end of October", "month", "Deputy Prime Minister", False),
("KTZ was tasked to allocate at least 500 grain carriers per day", ["Kazakhstan Temir Zholy"], [], "allocate at least 500 grain carriers per day", None, None, None, "Deputy Prime Minister", False),
("to clear the backlog of applications by the end of this week", ["Kazakhstan Temir Zholy"], [], "clear the backlog of applications", "2025-09-14", "by the end of this week", "day", "Deputy Prime Minister", False),
("should, within 10 days, submit proposals on the regime of grain exports", ["Ministry of Trade and Integration", "Ministry of Finance"], [], "submit proposals on the regime of grain exports to Central Asian countries", "2025-09-22", "within 10 days", "day", "Deputy Prime Minister", False),
("is to ensure the disbursement of 40 billion tenge", ["Agrarian Credit Corporation"], [], "ensure the disbursement of 40 billion tenge under the forward purchase program", "2025-09-30", "by the end of the third quarter", "quarter", "Deputy Prime Minister", False),
("was instructed to ensure the supply of diesel fuel to agricultural producers", ["Ministry of Energy"], [], "ensure the supply of diesel fuel to agricultural producers at fixed prices", None, "until the completion of the harvest", None, "Deputy Prime Minister", False),
])

art("v-en-09", "2025-04-29",
"Government to audit security of all state information systems", """
At the Government session chaired by Prime Minister Olzhas Bektenov, measures to ensure cyber security and protect personal data were considered, primeminister.kz reports.
Minister of Digital Development, Innovation and Aerospace Industry Zhaslan Madiyev reported that in 2024 the National Coordination Center for Information Security recorded more than 36 thousand cyber incidents, 60% of which were related to fraud. In the first quarter of 2025, 2,100 phishing resources were blocked.
Chairman of the Agency for Regulation and Development of the Financial Market Madina Abylkassymova reported that since the launch of the antifraud center in 2024, banks have prevented fraudulent transactions worth 9 billion tenge.
The Prime Minister noted that leaks of personal data undermine citizens' trust in digital services.
Following the session, Olzhas Bektenov gave a number of instructions.
The Ministry of Digital Development, Innovation and Aerospace Industry, together with the National Security Committee, has been instructed to conduct an audit of the security of all government information systems by the end of the second quarter. The ministry must also launch biometric digital identification of citizens in the eGov Mobile application in the third quarter.
Government agencies and national companies are to transfer their information systems to the unified government cloud platform no later than December 1 of the current year.
The ARDFM, jointly with second-tier banks, must by mid-year introduce a mandatory cooling-off period for online loans to protect citizens from fraudsters.
The Ministry of Internal Affairs needs to increase the detection rate of cyber fraud crimes, and the Ministry of Education must include a course on digital hygiene in the school curriculum starting from the new academic year.
It is necessary to introduce criminal liability for the illegal sale of personal data, the Prime Minister said. The Ministry of Justice has been instructed to prepare the relevant amendments within a month.
""", [
("has been instructed to conduct an audit of the security of all government information systems", ["Ministry of Artificial Intelligence and Digital Development"], ["Committee for National Security"], "conduct an audit of the security of all government information systems", "2025-06-30", "by the end of the second quarter", "quarter", "Prime Minister", False),
("The ministry must also launch biometric digital identification", ["Ministry of Artificial Intelligence and Digital Development"], [], "launch biometric digital identification of citizens in the eGov Mobile application", "2025-09-30", "in the third quarter", "quarter", "Prime Minister", False),
("are to transfer their information systems to the unified government cloud platform", ["government agencies", "national companies"], [], "transfer their information systems to the unified government cloud platform", "2025-12-01", "no later than December 1 of the current year", "day", "Prime Minister", False),
("must by mid-year introduce a mandatory cooling-off period", ["Agency for Regulation and Development of the Financial Market"], ["second-tier banks"], "introduce a mandatory cooling-off period for online loans", "2025-06-30", "by mid-year", "half", "Prime Minister", False),
("needs to increase the detection rate of cyber fraud crimes", ["Ministry of Internal Affairs"], [], "increase the detection rate of cyber fraud crimes", None, None, None, "Prime Minister", False),
("must include a course on digital hygiene in the school curriculum", ["Ministry of Education"], [], "include a course on digital hygiene in the school curriculum", None, "starting from the new academic year", None, "Prime Minister", False),
("has been instructed to prepare the relevant amendments within a month", ["Ministry of Justice"], [], "prepare the relevant amendments introducing criminal liability for the illegal sale of personal data", "2025-05-29", "within a month", "day", "Prime Minister", False),
])

art("v-en-10", "2025-02-20",
"President instructs to strengthen control over labor migration", """
Kassym-Jomart Tokayev received Minister of Labor and Social Protection of the Population Svetlana Zhakupova, Akorda reports.
The Head of State was informed about the situation on the labor market and the implementation of the employment policy. In 2024, 830 thousand people were employed, including 310 thousand young people. The unemployment rate at the end of the year was 4.7%.
The minister reported that last year 19 thousand Kazakh citizens went to work abroad under organized recruitment programs, mainly to South Korea, Germany and the United Kingdom, while the number of foreign workers attracted to Kazakhstan under permits amounted to 12.5 thousand.
The President instructed the ministry to tighten the rules for attracting foreign labor and to give priority to domestic specialists.
In addition, the Head of State ordered the Ministry of Labor, jointly with the Ministry of Foreign Affairs, to conclude agreements on organized labor recruitment with at least five more countries this year.
Kassym-Jomart Tokayev also instructed the Ministry of Internal Affairs and the Migration Service Committee to launch a unified digital register of labor migrants by September.
The President set a number of other tasks aimed at improving the social protection of citizens.
""", [
("instructed the ministry to tighten the rules for attracting foreign labor", ["Ministry of Labor and Social Protection of the Population"], [], "tighten the rules for attracting foreign labor and give priority to domestic specialists", None, None, None, "President", False),
("to conclude agreements on organized labor recruitment", ["Ministry of Labor and Social Protection of the Population"], ["Ministry of Foreign Affairs"], "conclude agreements on organized labor recruitment with at least five more countries", "2025-12-31", "this year", "year", "President", False),
("to launch a unified digital register of labor migrants", ["Ministry of Internal Affairs", "Migration Service Committee"], [], "launch a unified digital register of labor migrants", "2025-09-30", "by September", "month", "President", False),
("set a number of other tasks aimed at improving the social protection", ["Ministry of Labor and Social Protection of the Population"], [], "improve the social protection of citizens", None, None, None, "President", True),
])

art("v-en-11", "2025-12-16",
"Queues at border checkpoints must be eliminated by the end of the week - Bektenov", """
At the Government session chaired by Prime Minister Olzhas Bektenov, the issues of improving customs administration and developing border checkpoints were considered, primeminister.kz reports.
Minister of Finance Madi Takiyev reported that in 11 months of 2025, customs revenues to the budget amounted to 2.6 trillion tenge, 8% more than in the same period of 2024. The average time of customs clearance has been reduced to 2.5 hours, and 92% of declarations are now processed automatically.
At the same time, in October and November, queues of up to 1,500 trucks formed at the Nur Zholy and Bakhty checkpoints.
Queues at the border are a direct loss for the economy and the image of the country. I instruct the Ministry of Finance and the Border Service of the National Security Committee to eliminate congestion at the Nur Zholy, Bakhty and Dostyk checkpoints by the end of this week," the Prime Minister said.
Olzhas Bektenov instructed the Ministry of Finance, together with the Ministry of Transport and the Ministry of Trade and Integration, to launch an electronic queue system at all road checkpoints on the border with China by February 1.
The Customs Control Committee must complete the integration of the Astana-1 system with the information systems of the customs authorities of China and Uzbekistan by the end of the first quarter.
The reconstruction of the Kalzhat and Tauken checkpoints must be completed in the first half of the year, and the Ministry of Industry and Construction was instructed to keep this issue under special control.
The Ministry of National Economy is to submit, within a month, proposals on the introduction of a green corridor for exporters of agricultural products.
In addition, it is necessary to speed up the procurement of inspection and screening complexes for checkpoints. The Ministry of Finance has been instructed to ensure the completion of this work by the end of March.
""", [
("to eliminate congestion at the Nur Zholy, Bakhty and Dostyk checkpoints", ["Ministry of Finance", "Border Service"], [], "eliminate congestion at the Nur Zholy, Bakhty and Dostyk checkpoints", "2025-12-21", "by the end of this week", "day", "Prime Minister", False),
("to launch an electronic queue system at all road checkpoints", ["Ministry of Finance"], ["Ministry of Transport", "Ministry of Trade and Integration"], "launch an electronic queue system at all road checkpoints on the border with China", "2026-02-01", "by February 1", "day", "Prime Minister", False),
("must complete the integration of the Astana-1 system", ["Customs Control Committee"], [], "complete the integration of the Astana-1 system with the information systems of the customs authorities of China and Uzbekistan", "2026-03-31", "by the end of the first quarter", "quarter", "Prime Minister", False),
("The reconstruction of the Kalzhat and Tauken checkpoints must be completed", [], [], "complete the reconstruction of the Kalzhat and Tauken checkpoints", "2026-06-30", "in the first half of the year", "half", "Prime Minister", False),
("was instructed to keep this issue under special control", ["Ministry of Industry and Construction"], [], "keep the reconstruction of the Kalzhat and Tauken checkpoints under special control", None, None, None, "Prime Minister", False),
("is to submit, within a month, proposals on the introduction of a green corridor", ["Ministry of National Economy"], [], "submit proposals on the introduction of a green corridor for exporters of agricultural products", "2026-01-16", "within a month", "day", "Prime Minister", False),
("has been instructed to ensure the completion of this work by the end of March", ["Ministry of Finance"], [], "ensure the completion of the procurement of inspection and screening complexes for checkpoints", "2026-03-31", "by the end of March", "month", "Prime Minister", False),
])

art("v-en-12", "2025-05-27",
"Number of engineering grants to be increased: Government reviews training of personnel", """
At the Government session chaired by Prime Minister Olzhas Bektenov, the training of personnel for the priority sectors of the economy was reviewed, primeminister.kz reports.
Minister of Science and Higher Education Sayasat Nurbek reported that in 2024, 75 thousand state educational grants were allocated, of which 38% were for engineering and technical specialties. Since 2022, the number of grants for IT specialties has doubled.
Minister of Education Gani Beisembayev reported that within the Comfortable School national project, 217 schools for 400 thousand pupils are being built in 2025, of which 152 have already been completed.
The economy needs engineers, not just diplomas," the Prime Minister noted.
Following the meeting, the Prime Minister gave the following instructions to the Ministry of Science and Higher Education and the Ministry of Education:
- within two weeks, approve the rules for distributing educational grants based on the labor market forecast;
- in the second half of the year, launch a unified platform for admission to colleges and universities;
- the Ministry of Education, together with the akimats, is to ensure the commissioning of all Comfortable Schools by September 1;
- the Ministry of Labor is to update the forecast of labor market needs for specialists by August.
The Ministry of Science and Higher Education was also instructed to increase the number of Serpin grants for young people from rural areas by 15% in the next admission campaign.
""", [
("approve the rules for distributing educational grants", ["Ministry of Science and Higher Education", "Ministry of Education"], [], "approve the rules for distributing educational grants based on the labor market forecast", "2025-06-10", "within two weeks", "day", "Prime Minister", False),
("launch a unified platform for admission to colleges and universities", ["Ministry of Science and Higher Education", "Ministry of Education"], [], "launch a unified platform for admission to colleges and universities", "2025-12-31", "in the second half of the year", "half", "Prime Minister", False),
("is to ensure the commissioning of all Comfortable Schools", ["Ministry of Education"], ["akimats"], "ensure the commissioning of all Comfortable Schools", "2025-09-01", "by September 1", "day", "Prime Minister", False),
("is to update the forecast of labor market needs", ["Ministry of Labor and Social Protection of the Population"], [], "update the forecast of labor market needs for specialists", "2025-08-31", "by August", "month", "Prime Minister", False),
("was also instructed to increase the number of Serpin grants", ["Ministry of Science and Higher Education"], [], "increase the number of Serpin grants for young people from rural areas by 15%", None, None, None, "Prime Minister", False),
])

art("v-en-13", "2025-08-19",
"Tokayev receives Chairman of the Board of Baiterek Holding", """
The Head of State received Chairman of the Board of the National Managing Holding Baiterek Arman Kuanyshev, Akorda press service reports.
The President was informed about the holding's performance in the first half of 2025. The assets of the holding reached 17.6 trillion tenge, and the volume of support for businesses amounted to 2.4 trillion tenge. Under the Otbasy Bank programs, 41 thousand families received housing loans in six months.
The head of the holding also reported on the integration of KazAgro into Baiterek and the transformation of the Kazakhstan Housing Company into a single housing operator.
Kassym-Jomart Tokayev emphasized that the holding should focus on long-term financing of the manufacturing industry and housing construction.
The Head of State instructed to ensure the transparency of the housing queue: Otbasy Bank, together with the akimats, must complete the transfer of all local waiting lists to a single digital platform by the end of the year.
The Kazakhstan Housing Company was instructed to increase the volume of purchased rental housing for large families and socially vulnerable categories of citizens to 15 thousand apartments by the end of next year.
The President also instructed the holding to present, within two weeks, proposals on the optimization of its subsidiaries.
""", [
("the holding should focus on long-term financing", ["Baiterek"], [], "focus on long-term financing of the manufacturing industry and housing construction", None, None, None, "President", True),
("must complete the transfer of all local waiting lists to a single digital platform", ["Otbasy Bank"], ["akimats"], "complete the transfer of all local waiting lists to a single digital platform", "2025-12-31", "by the end of the year", "year", "President", False),
("was instructed to increase the volume of purchased rental housing", ["Kazakhstan Housing Company"], [], "increase the volume of purchased rental housing for large families and socially vulnerable categories of citizens to 15 thousand apartments", "2026-12-31", "by the end of next year", "year", "President", False),
("instructed the holding to present, within two weeks, proposals", ["Baiterek"], [], "present proposals on the optimization of its subsidiaries", "2025-09-02", "within two weeks", "day", "President", False),
])

art("v-en-14", "2025-03-11",
"Head of State receives Minister of Industry and Construction", """
President Kassym-Jomart Tokayev received Minister of Industry and Construction Yersayin Nagaspayev, Akorda reports.
The minister reported on the results of the industry in 2024: manufacturing grew by 5.9%, and the output of the mining and metallurgical complex reached 28 trillion tenge.
The Head of State was also informed about the work on geological exploration. In 2024, 1,146 licenses for the exploration of solid minerals were issued, and the area under exploration increased to 400 thousand square kilometers. The unified subsoil use platform, launched in 2023, has reduced the time for issuing licenses to 10 working days.
Kassym-Jomart Tokayev instructed to bring the coverage of the country's territory with geological mapping at a scale of 1:200,000 to 100% by 2028.
The Head of State also instructed the ministry, together with the Ministry of Ecology and Natural Resources, to simplify the procedure for issuing licenses for the exploration of rare earth metals within six months.
In addition, Tau-Ken Samruk was instructed to complete the feasibility study for the development of the rare earth deposit in Kostanay region in 2026.
The President set a number of tasks on the development of deep processing of metals.
""", [
("instructed to bring the coverage of the country's territory with geological mapping", ["Ministry of Industry and Construction"], [], "bring the coverage of the country's territory with geological mapping at a scale of 1:200,000 to 100%", "2028-12-31", "by 2028", "year", "President", False),
("to simplify the procedure for issuing licenses for the exploration of rare earth metals", ["Ministry of Industry and Construction"], ["Ministry of Ecology and Natural Resources"], "simplify the procedure for issuing licenses for the exploration of rare earth metals", "2025-09-11", "within six months", "day", "President", False),
("Tau-Ken Samruk was instructed to complete the feasibility study", ["Tau-Ken Samruk"], [], "complete the feasibility study for the development of the rare earth deposit in Kostanay region", "2026-12-31", "in 2026", "year", "President", False),
("set a number of tasks on the development of deep processing of metals", ["Ministry of Industry and Construction"], [], "develop deep processing of metals", None, None, None, "President", True),
])
