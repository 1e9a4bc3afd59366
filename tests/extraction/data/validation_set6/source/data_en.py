"""English JSON Lines articles (13) with their gold directives."""
from _label import L

PM, DPM, PRES, GOV = "Prime Minister", "Deputy Prime Minister", "President", "Government"

ARTICLES = [
# ---------------------------------------------------------------- E1
dict(id="v6-en-01", lang="en", published="2025-01-14",
title="Government reviews snow removal on republican highways",
text="""At the Government session chaired by Prime Minister Olzhas Bektenov, measures to ensure uninterrupted traffic on republican highways in winter were reviewed, primeminister.kz reports.
According to the Ministry of Transport, in December 2024 snowstorms led to the temporary closure of 41 road sections with a total length of 3.2 thousand km.
Since November 15, more than 2.1 thousand units of snow removal equipment have been on duty on republican roads, and 86 heating points have been deployed along the routes.
Minister of Transport Nurlan Sauranbayev reported that 1.4 million tonnes of anti-icing materials have been stockpiled.
The Prime Minister noted that the situation on the Astana-Karaganda and Kostanay-Auliekol sections last week showed weaknesses in the interaction between road services and emergency units.
Olzhas Bektenov instructed the Ministry of Transport, together with KazAvtoZhol, to deploy additional snow removal teams on the most problematic sections within 10 days.
The Ministry of Emergency Situations and the Interior Ministry must work out a unified procedure for closing and opening road sections during blizzards by Friday.
In addition, the Prime Minister gave a number of instructions to the akimats of Akmola, Kostanay and North Kazakhstan regions:
- to clear local roads leading to district centers and socially important facilities without delay;
- to complete the equipping of all heating points with generators and fuel reserves by February 1;
- by the end of the first quarter, to submit proposals on the purchase of snow removal equipment for local road services.
The Ministry of Finance has been instructed to consider allocating funds for this from the reserve of the Government.
The installation of snow-retaining fences along the republican roads is scheduled to be completed in 2027.""",
labels=[
 L("to deploy additional snow removal teams on the most problematic sections", PM, ["Ministry of Transport"], "deploy additional snow removal teams on the most problematic sections", "2025-01-24", "within 10 days", "day", co=["KazAvtoZhol"]),
 L("must work out a unified procedure for closing and opening road sections", PM, ["Ministry of Emergency Situations", "Ministry of Internal Affairs"], "work out a unified procedure for closing and opening road sections during blizzards", "2025-01-17", "by Friday", "day"),
 L("to clear local roads leading to district centers", PM, ["Akimat of Akmola region", "Akimat of Kostanay region", "Akimat of North Kazakhstan region"], "clear local roads leading to district centers and socially important facilities", None, "without delay", None),
 L("to complete the equipping of all heating points with generators", PM, ["Akimat of Akmola region", "Akimat of Kostanay region", "Akimat of North Kazakhstan region"], "complete the equipping of all heating points with generators and fuel reserves", "2025-02-01", "by February 1", "day"),
 L("to submit proposals on the purchase of snow removal equipment", PM, ["Akimat of Akmola region", "Akimat of Kostanay region", "Akimat of North Kazakhstan region"], "submit proposals on the purchase of snow removal equipment for local road services", "2025-03-31", "by the end of the first quarter", "quarter"),
 L("has been instructed to consider allocating funds for this", PM, ["Ministry of Finance"], "consider allocating funds for the purchase of snow removal equipment from the reserve of the Government"),
 L("is scheduled to be completed in 2027", None, [], "complete the installation of snow-retaining fences along the republican roads", "2027-12-31", "in 2027", "year", opt=True),
]),
# ---------------------------------------------------------------- E2
dict(id="v6-en-02", lang="en", published="2025-02-20",
title="Deputy Prime Minister inspects mudflow protection facilities in Almaty region",
text="""During a working trip to Almaty region, Deputy Prime Minister Kanat Bozumbayev inspected the mudflow protection dams in the Kaskelen and Talgar river basins, the press service of the Government reports.
According to Kazhydromet, the area of glaciers in the Ile Alatau has decreased by almost 40% since 1955, and the number of moraine lakes posing a threat of outburst has reached 170.
In 2024, specialists carried out 212 helicopter inspections of high-mountain lakes and lowered the water level in 14 of them.
Having heard the reports, the Deputy Prime Minister instructed the Ministry of Emergency Situations to complete the repair of the Talgar mudflow dam by April 15 and to draw up a schedule for emptying dangerous moraine lakes before the start of the mudflow season.
Kazhydromet, jointly with the Ministry of Ecology and Natural Resources, is to install automatic monitoring stations on 25 high-mountain lakes by the end of the first half of the year.
The Ministry of Science and Higher Education was tasked with launching a research program on glacier degradation in 2026.
The Akimat of Almaty region and the Akimat of Zhetysu region need to ban construction in mudflow-hazardous zones and update the warning systems in foothill villages by the end of May.
According to the Deputy Prime Minister, a new mudflow protection complex on the Ulken Almaty river is expected to be built in 2028-2029.""",
labels=[
 L("to complete the repair of the Talgar mudflow dam by April 15", DPM, ["Ministry of Emergency Situations"], "complete the repair of the Talgar mudflow dam", "2025-04-15", "by April 15", "day"),
 L("to draw up a schedule for emptying dangerous moraine lakes", DPM, ["Ministry of Emergency Situations"], "draw up a schedule for emptying dangerous moraine lakes", None, "before the start of the mudflow season", None),
 L("is to install automatic monitoring stations on 25 high-mountain lakes", DPM, ["Kazhydromet"], "install automatic monitoring stations on 25 high-mountain lakes", "2025-06-30", "by the end of the first half of the year", "half", co=["Ministry of Ecology and Natural Resources"]),
 L("was tasked with launching a research program on glacier degradation", DPM, ["Ministry of Science and Higher Education"], "launch a research program on glacier degradation", "2026-12-31", "in 2026", "year"),
 L("need to ban construction in mudflow-hazardous zones", DPM, ["Akimat of Almaty region", "Akimat of Zhetysu region"], "ban construction in mudflow-hazardous zones and update the warning systems in foothill villages", "2025-05-31", "by the end of May", "month"),
 L("is expected to be built in 2028-2029", None, [], "build a new mudflow protection complex on the Ulken Almaty river", "2029-12-31", "in 2028-2029", "year", opt=True),
]),
# ---------------------------------------------------------------- E3
dict(id="v6-en-03", lang="en", published="2025-04-08",
title="Minister of Ecology holds meeting on saiga population and hunting quotas",
text="""Minister of Ecology and Natural Resources Yerlan Nyssanbayev held a meeting on the conservation of rare animal species and the regulation of hunting, the press service of the ministry reports.
According to the results of the aerial census conducted in April 2024, the saiga population amounted to 4.1 million heads, while the number of snow leopards in the country is estimated at 180-200.
The meeting was attended by representatives of the Forestry and Wildlife Committee, the Science Committee, regional territorial inspections and hunting farms.
The minister noted that damage caused by saigas to farmers' crops in West Kazakhstan and Aktobe regions remains a pressing issue.
Following the meeting, the minister gave a number of instructions.
The Forestry and Wildlife Committee was instructed to submit proposals on the regulation of the saiga population – by May 1, and a draft order on hunting quotas for the 2025-2026 season – by June 1.
Together with the Science Committee, the committee must also update the snow leopard monitoring program within a month.
Akimats of West Kazakhstan and Aktobe regions are to organize the compensation of damage to farmers in the second quarter.
The Kazakh Space Agency was asked to provide satellite data on saiga migration routes promptly.""",
labels=[
 L("to submit proposals on the regulation of the saiga population", "Minister of Ecology and Natural Resources", ["Forestry and Wildlife Committee"], "submit proposals on the regulation of the saiga population", "2025-05-01", "by May 1", "day"),
 L("a draft order on hunting quotas for the 2025-2026 season", "Minister of Ecology and Natural Resources", ["Forestry and Wildlife Committee"], "submit a draft order on hunting quotas for the 2025-2026 season", "2025-06-01", "by June 1", "day"),
 L("must also update the snow leopard monitoring program within a month", "Minister of Ecology and Natural Resources", ["Forestry and Wildlife Committee"], "update the snow leopard monitoring program", "2025-05-08", "within a month", "day", co=["Science Committee"]),
 L("are to organize the compensation of damage to farmers", "Minister of Ecology and Natural Resources", ["Akimat of West Kazakhstan region", "Akimat of Aktobe region"], "organize the compensation of damage to farmers", "2025-06-30", "in the second quarter", "quarter"),
 L("was asked to provide satellite data on saiga migration routes", "Minister of Ecology and Natural Resources", ["Aerospace Committee"], "provide satellite data on saiga migration routes", None, "promptly", None),
]),
# ---------------------------------------------------------------- E4
dict(id="v6-en-04", lang="en", published="2025-05-27",
title="Astana akim instructs to replace worn-out elevators in old residential buildings",
text="""Akim of Astana Zhenis Kassymbek held a meeting on the condition of the housing stock, the press service of the city akimat reports.
There are 4,870 elevators in the capital, of which 612 have exceeded the standard service life of 25 years. Since the beginning of the year, 96 elevators have been replaced under the city program.
The akim criticized the pace of work and gave a number of instructions to the city housing department and the Kazakhstan Center for Modernization and Development of Housing and Utilities:
1) by August 1, to complete a technical inspection of all elevators in buildings commissioned before 1990;
2) to replace at least 150 elevators by the end of the year;
3) within two weeks, to publish on the akimat's website the schedule of replacement for each building.
The city energy department was instructed to restore street lighting in courtyards of old residential areas by the end of June.
Akims of the city's districts must check the condition of all entrances of five-story buildings before the start of the heating season.
According to the akimat, the city program for the modernization of the housing stock is designed until 2029.""",
labels=[
 L("to complete a technical inspection of all elevators in buildings commissioned before 1990", "Akim of Astana", ["city housing department", "Kazakhstan Center for Modernization and Development of Housing and Utilities"], "complete a technical inspection of all elevators in buildings commissioned before 1990", "2025-08-01", "by August 1", "day"),
 L("to replace at least 150 elevators by the end of the year", "Akim of Astana", ["city housing department", "Kazakhstan Center for Modernization and Development of Housing and Utilities"], "replace at least 150 elevators", "2025-12-31", "by the end of the year", "year"),
 L("to publish on the akimat's website the schedule of replacement", "Akim of Astana", ["city housing department", "Kazakhstan Center for Modernization and Development of Housing and Utilities"], "publish on the akimat's website the schedule of replacement for each building", "2025-06-10", "within two weeks", "day"),
 L("was instructed to restore street lighting in courtyards", "Akim of Astana", ["city energy department"], "restore street lighting in courtyards of old residential areas", "2025-06-30", "by the end of June", "month"),
 L("must check the condition of all entrances of five-story buildings", "Akim of Astana", ["akimats"], "check the condition of all entrances of five-story buildings", None, "before the start of the heating season", None),
]),
# ---------------------------------------------------------------- E5
dict(id="v6-en-05", lang="en", published="2025-06-17",
title="Vice Minister of Healthcare: We have been instructed to build a single donor register",
text="""In an interview with Kazinform, Vice Minister of Healthcare Yerlan Kiyassov spoke about the development of the blood service and transplantology in the country.
- How many people are waiting for an organ transplant today?
- As of June 1, more than 4,300 patients are on the waiting list, most of them need a kidney. Last year, 212 transplants were performed, of which only 38 from deceased donors. This is very low compared to the OECD countries.
- What is being done to change the situation?
- At the Government session in May, the Prime Minister instructed us to create a single electronic register of donors and recipients by the end of the year. We must also, together with the Ministry of Artificial Intelligence and Digital Development, integrate it with the electronic health passport. The Ministry of Justice has been instructed to prepare amendments on the presumption of consent within three months.
- What about the blood service?
- The network of blood centers has 24 organizations. We have been tasked to complete the transfer of all blood centers to a single information system in the third quarter. In addition, by September 1, we must approve a new standard for the storage of blood components. Regional akimats need to provide blood centers with mobile collection units in 2026.
- Is there a shortage of donors?
- Yes, in summer the number of donations falls by 20-25%. I would like to call on citizens to donate blood regularly.""",
labels=[
 L("instructed us to create a single electronic register of donors and recipients", PM, ["Ministry of Healthcare"], "create a single electronic register of donors and recipients", "2025-12-31", "by the end of the year", "year"),
 L("We must also, together with the Ministry of Artificial Intelligence and Digital Development, integrate it", PM, ["Ministry of Healthcare"], "integrate the single electronic register of donors and recipients with the electronic health passport", co=["Ministry of Artificial Intelligence and Digital Development"]),
 L("has been instructed to prepare amendments on the presumption of consent", PM, ["Ministry of Justice"], "prepare amendments on the presumption of consent", "2025-09-17", "within three months", "day"),
 L("We have been tasked to complete the transfer of all blood centers", None, ["Ministry of Healthcare"], "complete the transfer of all blood centers to a single information system", "2025-09-30", "in the third quarter", "quarter"),
 L("we must approve a new standard for the storage of blood components", None, ["Ministry of Healthcare"], "approve a new standard for the storage of blood components", "2025-09-01", "by September 1", "day"),
 L("need to provide blood centers with mobile collection units", None, ["akimats"], "provide blood centers with mobile collection units", "2026-12-31", "in 2026", "year"),
]),
# ---------------------------------------------------------------- E6
dict(id="v6-en-06", lang="en", published="2025-07-22",
title="Free school meals to cover all primary pupils from September",
text="""From September 1, free hot meals will be provided to all pupils of grades 1-4 in 6,900 schools of the country, the Ministry of Education reports.
In the 2024-2025 academic year, 1.38 million children received free meals, and the average cost of one meal amounted to 780 tenge.
Recall that in March the Government instructed the Ministry of Education, together with akimats, to approve a unified menu and a new standard of school meals by June 1 of this year. The standard was approved on May 28.
The Ministry of Trade and Integration was then tasked with working out a mechanism for price control on products supplied to school canteens by August 15.
Now the Education Ministry is to complete the transfer of the procurement of school meals to a single electronic platform by the beginning of the school year, while the Sanitary and Epidemiological Control Committee is to carry out inspections of all school canteens in August.
The ministry also expects that by 2027 the share of local products in school canteens will reach 70%.
From January 1, 2026, parents will be able to track the menu through a mobile application.""",
labels=[
 L("instructed the Ministry of Education, together with akimats, to approve a unified menu", GOV, ["Ministry of Education"], "approve a unified menu and a new standard of school meals", "2025-06-01", "by June 1 of this year", "day", co=["akimats"]),
 L("was then tasked with working out a mechanism for price control", GOV, ["Ministry of Trade and Integration"], "work out a mechanism for price control on products supplied to school canteens", "2025-08-15", "by August 15", "day"),
 L("is to complete the transfer of the procurement of school meals", None, ["Ministry of Education"], "complete the transfer of the procurement of school meals to a single electronic platform", None, "by the beginning of the school year", None),
 L("is to carry out inspections of all school canteens in August", None, ["Sanitary and Epidemiological Control Committee"], "carry out inspections of all school canteens", "2025-08-31", "in August", "month"),
 L("by 2027 the share of local products in school canteens will reach 70%", None, [], "raise the share of local products in school canteens to 70%", "2027-12-31", "by 2027", "year", opt=True),
]),
# ---------------------------------------------------------------- E7 (Telegram style)
dict(id="v6-en-07", lang="en", published="2025-09-30",
title="Prime Minister orders tighter rules for online taxi aggregators",
text="""Olzhas Bektenov instructed the Ministry of Transport to approve new rules for the work of online taxi aggregators by the end of October. The Interior Ministry and the State Revenue Committee are to check the registration of taxi drivers working through the applications within two weeks. A report on the results must be submitted to the Government by November 20.""",
labels=[
 L("to approve new rules for the work of online taxi aggregators", PM, ["Ministry of Transport"], "approve new rules for the work of online taxi aggregators", "2025-10-31", "by the end of October", "month"),
 L("are to check the registration of taxi drivers", PM, ["Ministry of Internal Affairs", "State Revenue Committee"], "check the registration of taxi drivers working through the applications", "2025-10-14", "within two weeks", "day"),
 L("A report on the results must be submitted to the Government by November 20", PM, [], "submit a report on the results to the Government", "2025-11-20", "by November 20", "day"),
]),
# ---------------------------------------------------------------- E8
dict(id="v6-en-08", lang="en", published="2025-11-11",
title="Government discusses development of unmanned aviation and satellite communications",
text="""At the Government session chaired by Prime Minister Olzhas Bektenov, issues of the development of unmanned aerial vehicles and satellite communications were considered.
Minister of Artificial Intelligence and Digital Development Zhaslan Madiyev reported that as of October 1, 2025, 18.6 thousand drones were registered in the country, which is 2.4 times more than a year earlier. Since 2023, drones have been used to monitor pastures, power lines and oil pipelines.
The KazSat-2R satellite, which will replace KazSat-2, is being manufactured and, according to the plan, will be launched into orbit in 2026.
Following the discussion, the Prime Minister gave the following instructions.
The Ministry of Digital Development, Innovation and Aerospace Industry, together with the Ministry of Defense and the National Security Committee, must develop a unified system for the registration and identification of drones in the first half of next year.
The Ministry of Transport and the Civil Aviation Committee need to simplify the procedure for issuing permits for drone flights for agricultural and rescue work by December 1.
In order to ensure stable data transmission, it is necessary to provide satellite communication channels to 120 remote meteorological stations and railway sidings by the end of next year. Kazakhtelecom has been instructed to carry out this work jointly with the Aerospace Committee.
The Ministry of Industry and Construction is to prepare proposals for the localization of drone production in Q4.""",
labels=[
 L("will be launched into orbit in 2026", None, [], "launch the KazSat-2R satellite into orbit", "2026-12-31", "in 2026", "year", opt=True),
 L("must develop a unified system for the registration and identification of drones", PM, ["Ministry of Artificial Intelligence and Digital Development"], "develop a unified system for the registration and identification of drones", "2026-06-30", "in the first half of next year", "half", co=["Ministry of Defense", "Committee for National Security"]),
 L("need to simplify the procedure for issuing permits for drone flights", PM, ["Ministry of Transport", "Civil Aviation Committee"], "simplify the procedure for issuing permits for drone flights for agricultural and rescue work", "2025-12-01", "by December 1", "day"),
 L("it is necessary to provide satellite communication channels to 120 remote meteorological stations", PM, [], "provide satellite communication channels to 120 remote meteorological stations and railway sidings", "2026-12-31", "by the end of next year", "year", opt=True),
 L("Kazakhtelecom has been instructed to carry out this work jointly with the Aerospace Committee", PM, ["Kazakhtelecom"], "provide satellite communication channels to 120 remote meteorological stations and railway sidings", "2026-12-31", "by the end of next year", "year", co=["Aerospace Committee"]),
 L("is to prepare proposals for the localization of drone production", PM, ["Ministry of Industry and Construction"], "prepare proposals for the localization of drone production", "2025-12-31", "in Q4", "quarter"),
]),
# ---------------------------------------------------------------- E9 (statistics + forecasts + instructions)
dict(id="v6-en-09", lang="en", published="2025-12-16",
title="Share of counterfeit goods falls to 9% after labelling expansion",
text="""In 11 months of 2025, 4.2 billion units of goods were labelled in Kazakhstan, and the share of counterfeit products in labelled categories decreased from 24% to 9%, the Ministry of Trade and Integration reports.
Consumers filed 31.5 thousand complaints in January-November, 14% more than a year earlier; most of them concern online trade and household appliances.
Analysts of QazTrade forecast that by 2027 the volume of e-commerce will exceed 20% of retail trade.
In 2026, it is planned to extend mandatory labelling to dairy products, bottled water and children's goods.
At a meeting in the ministry, Minister of Trade and Integration Arman Shakkaliyev noted that the protection of consumer rights in online trade remains weak. The Consumer Rights Protection Committee was instructed to launch a register of unscrupulous online sellers by March 1 and to prepare amendments to the law on consumer protection by the end of the first half of 2026.
The State Revenue Committee must block the sale of unlabelled tobacco and alcohol products on marketplaces by the end of this week.
QazTrade, together with Atameken, is to hold explanatory seminars for entrepreneurs in all regions by the end of January.""",
labels=[
 L("it is planned to extend mandatory labelling to dairy products", None, [], "extend mandatory labelling to dairy products, bottled water and children's goods", "2026-12-31", "In 2026", "year", opt=True),
 L("to launch a register of unscrupulous online sellers by March 1", "Minister of Trade and Integration", ["Consumer Rights Protection Committee"], "launch a register of unscrupulous online sellers", "2026-03-01", "by March 1", "day"),
 L("to prepare amendments to the law on consumer protection", "Minister of Trade and Integration", ["Consumer Rights Protection Committee"], "prepare amendments to the law on consumer protection", "2026-06-30", "by the end of the first half of 2026", "half"),
 L("must block the sale of unlabelled tobacco and alcohol products", "Minister of Trade and Integration", ["State Revenue Committee"], "block the sale of unlabelled tobacco and alcohol products on marketplaces", "2025-12-21", "by the end of this week", "day"),
 L("is to hold explanatory seminars for entrepreneurs in all regions", "Minister of Trade and Integration", ["QazTrade"], "hold explanatory seminars for entrepreneurs in all regions", "2026-01-31", "by the end of January", "month", co=["Atameken"]),
]),
# ---------------------------------------------------------------- E10
dict(id="v6-en-10", lang="en", published="2026-02-10",
title="Tokayev instructs to expand greenhouse vegetable production",
text="""President Kassym-Jomart Tokayev received Minister of Agriculture Aidarbek Saparov, Akorda reports.
The Head of State was informed about the results of the agro-industrial complex in 2025 and the preparation for spring field work. Last year, the area of industrial greenhouses reached 1,560 hectares, and 312 thousand tonnes of vegetables were harvested in them.
The minister also reported that 146 enterprises have received halal certificates recognized in the Gulf countries.
The President instructed the Ministry of Agriculture to bring the area of greenhouses to 2,500 hectares by 2028 and to ensure the subsidizing of energy costs for greenhouse farms this year.
Kassym-Jomart Tokayev stressed that the Ministry of Trade and Integration and the Ministry of Foreign Affairs should, within six months, achieve the recognition of Kazakh halal certificates in the member states of the Organization of Islamic Cooperation.
The Head of State also set a number of tasks aimed at attracting investment in deep processing of agricultural products.""",
labels=[
 L("to bring the area of greenhouses to 2,500 hectares by 2028", PRES, ["Ministry of Agriculture"], "bring the area of greenhouses to 2,500 hectares", "2028-12-31", "by 2028", "year"),
 L("to ensure the subsidizing of energy costs for greenhouse farms this year", PRES, ["Ministry of Agriculture"], "ensure the subsidizing of energy costs for greenhouse farms", "2026-12-31", "this year", "year"),
 L("should, within six months, achieve the recognition of Kazakh halal certificates", PRES, ["Ministry of Trade and Integration", "Ministry of Foreign Affairs"], "achieve the recognition of Kazakh halal certificates in the member states of the Organization of Islamic Cooperation", "2026-08-10", "within six months", "day"),
 L("set a number of tasks aimed at attracting investment in deep processing", PRES, ["Ministry of Agriculture"], "attract investment in deep processing of agricultural products", opt=True),
]),
# ---------------------------------------------------------------- E11
dict(id="v6-en-11", lang="en", published="2026-04-21",
title="Regulator to tighten rules for microfinance organizations and debt collectors",
text="""The Agency for Regulation and Development of the Financial Market held an expanded board meeting on the situation in the microcredit market.
As of April 1, 2026, the loan portfolio of microfinance organizations amounted to 1.9 trillion tenge; the volume of overdue loans increased by 11% in the first quarter.
Chairperson of the Agency Madina Abylkassymova noted that complaints about the actions of collectors have doubled since 2024.
Following the meeting, the Chairperson instructed the Agency's departments to prepare a ban on issuing new microloans to borrowers with overdue debts of more than 90 days within a month.
The Ministry of Justice and the Financial Monitoring Agency are to jointly check collection agencies for compliance with the law in the second half of the year.
Second-tier banks need to stop transferring problem loans to collectors without notifying borrowers by July 1, 2026.
The Agency must also present a report on the inspections of microfinance organizations to the Government by mid-year.
Akimats were recommended to open financial literacy offices at public service centers.""",
labels=[
 L("to prepare a ban on issuing new microloans to borrowers", "Chairperson of the Agency for Regulation and Development of the Financial Market", ["Agency for Regulation and Development of the Financial Market"], "prepare a ban on issuing new microloans to borrowers with overdue debts of more than 90 days", "2026-05-21", "within a month", "day"),
 L("are to jointly check collection agencies for compliance with the law", None, ["Ministry of Justice", "Financial Monitoring Agency"], "check collection agencies for compliance with the law", "2026-12-31", "in the second half of the year", "half"),
 L("need to stop transferring problem loans to collectors", None, ["second-tier banks"], "stop transferring problem loans to collectors without notifying borrowers", "2026-07-01", "by July 1, 2026", "day"),
 L("must also present a report on the inspections of microfinance organizations", None, ["Agency for Regulation and Development of the Financial Market"], "present a report on the inspections of microfinance organizations to the Government", "2026-06-30", "by mid-year", "half"),
 L("Akimats were recommended to open financial literacy offices", None, ["akimats"], "open financial literacy offices at public service centers", opt=True),
]),
# ---------------------------------------------------------------- E12 (no directive: international visit)
dict(id="v6-en-12", lang="en", published="2026-08-04",
title="Kazakh Foreign Minister holds talks in Kuala Lumpur",
text="""Minister of Foreign Affairs Yermek Kosherbayev held talks with the Minister of Foreign Affairs of Malaysia in Kuala Lumpur on August 3, the press service of the Foreign Ministry reports.
The sides discussed cooperation in trade, education and the halal industry. In 2025, trade turnover between the two countries amounted to 412 million US dollars, up 18% from 2024.
The ministers noted the importance of the direct flight between Almaty and Kuala Lumpur launched in 2024. The next meeting of the intergovernmental commission will take place in Astana in November.
Following the talks, a memorandum on cooperation between the diplomatic academies of the two countries was signed. Kosherbayev invited Malaysian companies to take part in the Astana International Forum next year.""",
labels=[]),
# ---------------------------------------------------------------- E13 (regional akimat)
dict(id="v6-en-13", lang="en", published="2026-10-06",
title="Mangystau akim orders to install smart water meters in Aktau and Zhanaozen",
text="""Akim of Mangystau region Nurdaulet Kilybay held a meeting on the rational use of water, the regional akimat reports.
In nine months of 2026, the region consumed 41 million cubic meters of desalinated water, and losses in networks amounted to 17%. Only 58% of apartments in Aktau and Zhanaozen are equipped with individual water meters.
The akim instructed the akimats of Aktau and Zhanaozen to ensure the installation of smart water meters in all apartment buildings by the end of the year.
The regional energy and housing department must repair 35 km of water supply networks by November 15.
The akims of districts need to complete the replacement of street lights with LED lamps in district centers in the fourth quarter and submit a report to the regional akimat by December 20.
According to the regional program, the capacity of the desalination plant in Aktau will be increased to 100 thousand cubic meters per day by 2030.""",
labels=[
 L("to ensure the installation of smart water meters in all apartment buildings", "Akim of Mangystau region", ["Akimat of Aktau", "Akimat of Zhanaozen"], "ensure the installation of smart water meters in all apartment buildings", "2026-12-31", "by the end of the year", "year"),
 L("must repair 35 km of water supply networks by November 15", "Akim of Mangystau region", ["regional energy and housing department"], "repair 35 km of water supply networks", "2026-11-15", "by November 15", "day"),
 L("need to complete the replacement of street lights with LED lamps", "Akim of Mangystau region", ["akimats"], "complete the replacement of street lights with LED lamps in district centers", "2026-12-31", "in the fourth quarter", "quarter"),
 L("submit a report to the regional akimat by December 20", "Akim of Mangystau region", ["akimats"], "submit a report to the regional akimat", "2026-12-20", "by December 20", "day"),
 L("will be increased to 100 thousand cubic meters per day by 2030", None, [], "increase the capacity of the desalination plant in Aktau to 100 thousand cubic meters per day", "2030-12-31", "by 2030", "year", opt=True),
]),
]
