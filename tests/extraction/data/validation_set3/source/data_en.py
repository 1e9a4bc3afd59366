"""English articles for validation_set3 (JSON Lines part)."""
from common import G, O

MOE = "Ministry of Energy"
MNE = "Ministry of National Economy"
MAI = "Ministry of Artificial Intelligence and Digital Development"
MOH = "Ministry of Healthcare"
SHIF = "Social Health Insurance Fund"
MIA = "Ministry of Internal Affairs"
MOT = "Ministry of Transport"
KTZ = "Kazakhstan Temir Zholy"

ARTICLES = []

# ---------------------------------------------------------------- EN1
ARTICLES.append(dict(
    id="v3-en-01", lang="en", published="2025-10-14",
    url="https://primeminister.kz/en/news/gas-market-2025-10-14",
    title="Bektenov instructs to work out phased transition to market gas prices",
    issuer="Prime Minister",
    text="""At the Government session chaired by Prime Minister Olzhas Bektenov, the issues of supplying the domestic market with commercial and liquefied petroleum gas were considered, primeminister.kz reports.
Minister of Energy Yerlan Akkenzhenov reported that in nine months of 2025, consumption of commercial gas amounted to 15.2 billion cubic meters, which is 6.4% more than in the same period of 2024. The level of gasification of the country has reached 61.8%, and in 2024 alone more than 1.1 thousand km of distribution gas networks were built.
Chairman of the Management Board of QazaqGaz Sanzhar Zharkeshov reported on the construction of a gas processing plant at the Kashagan field with a capacity of 1 billion cubic meters per year. The launch of the plant is scheduled for the fourth quarter of 2026.
The Prime Minister noted that gas consumption is growing faster than its production, and the deficit of the resource base must be addressed systematically.
Today, the wholesale price of gas does not cover the cost of its production and transportation. At the same time, any change in prices must be justified and understandable for the population. The Ministry of Energy, together with the Ministry of National Economy, needs to work out a phased mechanism for the transition to market pricing of commercial gas by December 1 of the current year, taking into account the protection of socially vulnerable groups," Olzhas Bektenov said.
QazaqGaz was instructed to ensure the timely commissioning of the Kashagan gas processing plant and to accelerate the construction of the second string of the Beineu-Bozoi-Shymkent main gas pipeline.
In addition, the akimats of the regions were instructed to complete the preparation of gas distribution networks for the autumn-winter period by November 1, and to take the work of LPG filling stations under special control.
Separately, the Prime Minister touched upon the illegal export of liquefied gas outside the country, which creates shortages at filling stations in the southern regions. The Ministry of Internal Affairs and the State Revenue Committee were tasked with conducting joint inspections in the border areas within two weeks.
Minister Akkenzhenov was also instructed to report on the forecast gas balance for the period until 2030 at one of the next Government meetings.
Next year, it is planned to gasify 125 more settlements with a population of over 200 thousand people.""",
    gold=[
        O("The launch of the plant is scheduled for the fourth quarter of 2026", [],
          "launch the gas processing plant at the Kashagan field",
          "2026-12-31", "the fourth quarter of 2026", "quarter"),
        G("needs to work out a phased mechanism for the transition to market pricing", [MOE], [MNE],
          "work out a phased mechanism for the transition to market pricing of commercial gas",
          "2025-12-01", "by December 1 of the current year", "day"),
        G("QazaqGaz was instructed to ensure the timely commissioning", ["QazaqGaz"], [],
          "ensure the timely commissioning of the Kashagan gas processing plant and accelerate the construction of the second string of the Beineu-Bozoi-Shymkent main gas pipeline"),
        G("complete the preparation of gas distribution networks", ["akimats"], [],
          "complete the preparation of gas distribution networks for the autumn-winter period",
          "2025-11-01", "by November 1", "day"),
        G("take the work of LPG filling stations under special control", ["akimats"], [],
          "take the work of LPG filling stations under special control"),
        G("were tasked with conducting joint inspections in the border areas", [MIA, "State Revenue Committee"], [],
          "conduct joint inspections in the border areas",
          "2025-10-28", "within two weeks", "day"),
        G("was also instructed to report on the forecast gas balance", [MOE], [],
          "report on the forecast gas balance for the period until 2030",
          None, "at one of the next Government meetings", None),
        O("it is planned to gasify 125 more settlements", [],
          "gasify 125 more settlements", "2026-12-31", "Next year", "year"),
    ]))

# ---------------------------------------------------------------- EN2
ARTICLES.append(dict(
    id="v3-en-02", lang="en", published="2025-04-08",
    url="https://www.akorda.kz/en/head-of-state-receives-minister-of-agriculture-2025-04-08",
    title="Head of State receives Minister of Agriculture Aidarbek Saparov",
    issuer="President",
    text="""President Kassym-Jomart Tokayev received Minister of Agriculture Aidarbek Saparov, who reported on the progress of the spring field work and the development of the livestock sector, Akorda press service reports.
According to the minister, this year the total sown area will amount to 23.7 million hectares, including 16.4 million hectares of grain crops. 580 billion tenge has been allocated for preferential lending of spring field and harvesting works, and the disbursement of funds began in January.
The Head of State was also informed about the state of animal husbandry. Over the past three years, the number of cattle increased by 8.3% and reached 8.5 million head, while the share of breeding stock remains at 13%.
Kassym-Jomart Tokayev noted that the funds allocated for spring field works must reach farmers in a timely manner, no later than the start of sowing.
The President instructed the Ministry to take measures to increase the share of breeding livestock and to ensure the renewal of the agricultural machinery fleet at a rate of at least 8% a year.
The Head of State also pointed to the need to prevent the spread of foot-and-mouth disease and other especially dangerous animal diseases. In this regard, the Veterinary Control and Supervision Committee was instructed to complete the vaccination of livestock in the border districts by the end of May.
In addition, Kassym-Jomart Tokayev instructed the Minister to develop, together with the akimats, a program for the development of distant pastures and watering points this year.
Kassym-Jomart Tokayev stressed that the system of subsidies must be transparent and aimed at increasing productivity rather than supporting inefficient farms.""",
    gold=[
        G("must reach farmers in a timely manner", [], [],
          "ensure that the funds allocated for spring field works reach farmers in a timely manner",
          None, "no later than the start of sowing", None),
        G("instructed the Ministry to take measures to increase the share of breeding livestock",
          ["Ministry of Agriculture"], [],
          "take measures to increase the share of breeding livestock and ensure the renewal of the agricultural machinery fleet at a rate of at least 8% a year"),
        G("complete the vaccination of livestock in the border districts", ["Veterinary Control and Supervision Committee"], [],
          "complete the vaccination of livestock in the border districts",
          "2025-05-31", "by the end of May", "month"),
        G("instructed the Minister to develop, together with the akimats", ["Ministry of Agriculture"], ["akimats"],
          "develop a program for the development of distant pastures and watering points",
          "2025-12-31", "this year", "year"),
        O("the system of subsidies must be transparent", [],
          "make the system of subsidies transparent and aimed at increasing productivity", issuer="President"),
    ]))

# ---------------------------------------------------------------- EN3
ARTICLES.append(dict(
    id="v3-en-03", lang="en", published="2025-07-16",
    url="https://primeminister.kz/en/news/caspian-sea-level-meeting-2025-07-16",
    title="Roman Sklyar holds meeting on the shallowing of the Caspian Sea",
    issuer="First Deputy Prime Minister",
    text="""First Deputy Prime Minister Roman Sklyar held a meeting on the situation related to the decline in the level of the Caspian Sea, primeminister.kz reports.
The meeting was attended by the heads of the Ministries of Ecology and Natural Resources, Water Resources and Irrigation, Transport, the akims of Atyrau and Mangystau regions, as well as representatives of KazMunayGas and Kazhydromet.
According to Kazhydromet, since 2006 the level of the Caspian Sea has dropped by more than 2 meters, and in 2024 alone by 31 cm. In the northeastern part of the sea the water's edge has retreated by tens of kilometers, which affects the spawning grounds of sturgeon and the habitat of the Caspian seal.
Minister of Transport Nurlan Sauranbayev reported that due to the shallowing, the ports of Aktau and Kuryk are forced to load vessels incompletely, and the depth of the approach channels in some places has decreased to 4.5 meters.
It was noted that in 2023 the Head of State instructed to create a research institute of the Caspian Sea, which began its work in Atyrau last year.
Roman Sklyar noted that the problem is transboundary in nature and requires coordinated actions of all the littoral states.
The First Deputy Prime Minister instructed the Ministry of Ecology and Natural Resources, together with the Ministry of Water Resources and Irrigation, to develop a comprehensive plan for the conservation of the Caspian Sea, including measures in the Ural river basin, and to submit it to the Government by October 1.
The Ministry of Transport, together with KazMunayGas, needs to carry out dredging of the approach channels of the Aktau and Kuryk ports until the end of the navigation period.
Kazhydromet was tasked with launching a system of continuous satellite monitoring of the sea level and coastline in the third quarter.
The akimats of Atyrau and Mangystau regions have been instructed to assess the risks for coastal settlements and water intake facilities within a month; in addition, the Mangystau regional akimat must work out the issue of relocating the water intake of the Kenderli resort zone by the end of the year.
Next year, the Ministry of Ecology plans to open a branch of the research institute in Aktau.""",
    gold=[
        O("in 2023 the Head of State instructed to create a research institute", [],
          "create a research institute of the Caspian Sea", issuer="President"),
        G("to develop a comprehensive plan for the conservation of the Caspian Sea",
          ["Ministry of Ecology and Natural Resources"], ["Ministry of Water Resources and Irrigation"],
          "develop a comprehensive plan for the conservation of the Caspian Sea, including measures in the Ural river basin, and submit it to the Government",
          "2025-10-01", "by October 1", "day"),
        G("needs to carry out dredging of the approach channels", [MOT], ["KazMunayGas"],
          "carry out dredging of the approach channels of the Aktau and Kuryk ports",
          None, "until the end of the navigation period", None),
        G("Kazhydromet was tasked with launching a system of continuous satellite monitoring", ["Kazhydromet"], [],
          "launch a system of continuous satellite monitoring of the sea level and coastline",
          "2025-09-30", "in the third quarter", "quarter"),
        G("assess the risks for coastal settlements", ["Akimat of Atyrau region", "Akimat of Mangystau region"], [],
          "assess the risks for coastal settlements and water intake facilities",
          "2025-08-16", "within a month", "day"),
        G("must work out the issue of relocating the water intake", ["Akimat of Mangystau region"], [],
          "work out the issue of relocating the water intake of the Kenderli resort zone",
          "2025-12-31", "by the end of the year", "year"),
        O("the Ministry of Ecology plans to open a branch", ["Ministry of Ecology and Natural Resources"],
          "open a branch of the research institute in Aktau", "2026-12-31", "Next year", "year"),
    ]))

# ---------------------------------------------------------------- EN4
ARTICLES.append(dict(
    id="v3-en-04", lang="en", published="2024-11-19",
    url="https://primeminister.kz/en/news/drug-provision-2024-11-19",
    title="Interruptions in supply of vital medicines are unacceptable - Bektenov",
    issuer="Prime Minister",
    text="""At the Government session chaired by Prime Minister Olzhas Bektenov, the issues of providing the population with medicines were considered.
Minister of Healthcare Akmaral Alnazarova reported that this year 1,174 items of medicines and medical devices are purchased within the guaranteed volume of free medical care and the compulsory social health insurance system. Since the beginning of the year, more than 2.5 million people have received free outpatient drug provision. The share of domestic medicines in the procurement of the single distributor has reached 38%.
At the same time, interruptions in the supply of insulin, anticancer and orphan drugs are recorded in a number of regions. In ten months of 2024, 24 thousand complaints were received from citizens about the lack of free medicines in pharmacies.
Interruptions in the supply of vital medicines are unacceptable. Every patient must receive the prescribed medicine on time. The Ministry of Healthcare must, within ten days, carry out an inventory of the remaining stocks of medicines in all regions and ensure their redistribution," the Prime Minister said.
Olzhas Bektenov instructed the Ministry of Healthcare and the Social Health Insurance Fund to complete the procurement of medicines for 2025 by December 15.
In addition, the Ministry of Digital Development, Innovation and Aerospace Industry, together with the Ministry of Healthcare, needs to ensure the integration of the information systems of pharmacies with the electronic prescription system by the end of the first quarter of next year.
Akimats were tasked with keeping the issue of drug provision under personal control and with taking measures to open pharmacy points in rural settlements where there are none.
It is expected that by 2027 the share of domestic medicines in the total volume of the market will reach 50%.""",
    gold=[
        G("must, within ten days, carry out an inventory", [MOH], [],
          "carry out an inventory of the remaining stocks of medicines in all regions and ensure their redistribution",
          "2024-11-29", "within ten days", "day"),
        G("to complete the procurement of medicines for 2025 by December 15", [MOH, SHIF], [],
          "complete the procurement of medicines for 2025",
          "2024-12-15", "by December 15", "day"),
        G("needs to ensure the integration of the information systems of pharmacies", [MAI], [MOH],
          "ensure the integration of the information systems of pharmacies with the electronic prescription system",
          "2025-03-31", "by the end of the first quarter of next year", "quarter"),
        G("Akimats were tasked with keeping the issue of drug provision under personal control", ["akimats"], [],
          "keep the issue of drug provision under personal control and take measures to open pharmacy points in rural settlements where there are none"),
        O("by 2027 the share of domestic medicines", [],
          "reach a 50% share of domestic medicines in the market", "2027-12-31", "by 2027", "year"),
    ]))

# ---------------------------------------------------------------- EN5
ARTICLES.append(dict(
    id="v3-en-05", lang="en", published="2025-05-20",
    url="https://primeminister.kz/en/news/sme-support-2025-05-20",
    title="Government to launch single window for SME support measures",
    issuer="Prime Minister",
    text="""The issues of financial support for small and medium-sized businesses were considered at the Government session chaired by Prime Minister Olzhas Bektenov.
Deputy Prime Minister - Minister of National Economy Serik Zhumangarin reported that at the end of the first quarter of 2025, the share of SMEs in GDP amounted to 39.4%, and the number of operating SMEs exceeded 2.2 million. Since the beginning of the year, the Damu Entrepreneurship Development Fund has supported 4.2 thousand projects worth 610 billion tenge through interest rate subsidies and loan guarantees.
At the same time, the Prime Minister noted that access to credit for micro and small businesses in the regions remains limited. The SME loan portfolio of banks is concentrated in Almaty and Astana, and more than 60% of applications from rural entrepreneurs are rejected due to lack of collateral.
We need to move from the distribution of subsidies to the creation of real conditions for business growth. The Baiterek holding, together with the Damu Fund, is to launch a single window for all support measures on a digital platform within a month," Olzhas Bektenov said.
The Agency for Regulation and Development of the Financial Market and the National Bank, together with second-tier banks, were instructed to work out mechanisms to simplify collateral requirements for micro-businesses by July 1.
Also, the Ministry of National Economy was instructed to revise the rules for subsidizing interest rates in the second half of the year, providing for priority support of manufacturing projects.
Akimats need to ensure the allocation of funds for co-financing of the Business Roadmap program and provide entrepreneurs with land plots with ready-made infrastructure.
The Ministries of Industry and Construction and Agriculture must form a pool of investment projects for 2026 by the end of the third quarter.
It is planned that this year the volume of financing through Damu will exceed 1 trillion tenge.""",
    gold=[
        G("is to launch a single window for all support measures", ["Baiterek"], ["Damu"],
          "launch a single window for all support measures on a digital platform",
          "2025-06-20", "within a month", "day"),
        G("to work out mechanisms to simplify collateral requirements",
          ["Agency for Regulation and Development of the Financial Market", "National Bank"], ["second-tier banks"],
          "work out mechanisms to simplify collateral requirements for micro-businesses",
          "2025-07-01", "by July 1", "day"),
        G("was instructed to revise the rules for subsidizing interest rates", [MNE], [],
          "revise the rules for subsidizing interest rates, providing for priority support of manufacturing projects",
          "2025-12-31", "in the second half of the year", "half"),
        G("Akimats need to ensure the allocation of funds for co-financing", ["akimats"], [],
          "ensure the allocation of funds for co-financing of the Business Roadmap program and provide entrepreneurs with land plots with ready-made infrastructure"),
        G("must form a pool of investment projects for 2026", ["Ministry of Industry and Construction", "Ministry of Agriculture"], [],
          "form a pool of investment projects for 2026",
          "2025-09-30", "by the end of the third quarter", "quarter"),
        O("It is planned that this year the volume of financing through Damu", [],
          "bring the volume of financing through Damu above 1 trillion tenge", "2025-12-31", "this year", "year"),
    ]))

# ---------------------------------------------------------------- EN6
ARTICLES.append(dict(
    id="v3-en-06", lang="en", published="2024-08-27",
    url="https://primeminister.kz/en/news/new-academic-year-2024-08-27",
    title="Schools under construction in Turkistan region and Shymkent must be commissioned by September 1",
    issuer="Prime Minister",
    text="""At the Government session chaired by Prime Minister Olzhas Bektenov, the readiness of educational organizations for the new academic year was considered.
Minister of Education Gani Beisembayev reported that this year 7.8 thousand schools will receive about 3.9 million students, including 400 thousand first-graders. As of today, repair works have been completed in 96% of schools. Within the framework of the Comfortable School national project, the construction of 217 schools for 460 thousand student places is underway, and 40 of them are to be commissioned this year.
The Prime Minister noted that the problem of three-shift and emergency schools has not yet been fully resolved: in the new academic year, 41 schools will still operate in three shifts.
The Prime Minister instructed the akimats of Turkistan region and Shymkent, where the shortage of student places is most acute, to complete the commissioning of the schools under construction by September 1.
Samruk-Kazyna, as the operator of the Comfortable School project, needs to submit to the Government by the end of next week a schedule for the commissioning of the remaining schools broken down by region.
The Ministry of Education was instructed to ensure, together with the akimats, the transportation of schoolchildren from settlements without schools and the provision of hot meals to students of grades 1-4.
In addition, the Ministry of Education, together with the Ministry of Industry and Construction, was tasked with approving a new standard design of schools in the fourth quarter.
The safety of children on the roads near schools must be ensured, and measures must be taken to prevent bullying and offenses among minors," Olzhas Bektenov noted.
By 2025, it is planned to completely solve the problem of emergency schools.""",
    gold=[
        O("40 of them are to be commissioned this year", [],
          "commission 40 Comfortable Schools", "2024-12-31", "this year", "year"),
        G("to complete the commissioning of the schools under construction", ["Akimat of Turkistan region", "Akimat of Shymkent"], [],
          "complete the commissioning of the schools under construction",
          "2024-09-01", "by September 1", "day"),
        G("needs to submit to the Government by the end of next week", ["Samruk-Kazyna"], [],
          "submit to the Government a schedule for the commissioning of the remaining schools broken down by region",
          "2024-09-08", "by the end of next week", "day"),
        G("The Ministry of Education was instructed to ensure, together with the akimats", ["Ministry of Education"], ["akimats"],
          "ensure the transportation of schoolchildren from settlements without schools and the provision of hot meals to students of grades 1-4"),
        G("was tasked with approving a new standard design of schools", ["Ministry of Education"], ["Ministry of Industry and Construction"],
          "approve a new standard design of schools",
          "2024-12-31", "in the fourth quarter", "quarter"),
        G("The safety of children on the roads near schools must be ensured", [], [],
          "ensure the safety of children on the roads near schools and take measures to prevent bullying and offenses among minors"),
        O("it is planned to completely solve the problem of emergency schools", [],
          "completely solve the problem of emergency schools", "2025-12-31", "By 2025", "year"),
    ]))

# ---------------------------------------------------------------- EN7
ARTICLES.append(dict(
    id="v3-en-07", lang="en", published="2025-01-23",
    url="https://www.akorda.kz/en/president-receives-ktz-chairman-2025-01-23",
    title="President receives Chairman of KTZ Management Board",
    issuer="President",
    text="""Head of State Kassym-Jomart Tokayev received Chairman of the Management Board of Kazakhstan Temir Zholy Nurlan Sauranbayev, Akorda press service reports.
The President was informed about the results of the company's activities in 2024 and plans for 2025. Last year, the volume of freight transportation by rail amounted to 297 million tons, and transit traffic through Kazakhstan grew by 18%. In 2024, construction of the Dostyk-Moyinty second track and the Darbaza-Maktaaral and Bakhty-Ayagoz lines continued.
Nurlan Sauranbayev also reported on the renewal of the passenger car fleet: last year the company purchased 264 new passenger cars, and the average wear of the fleet decreased to 56%.
The Head of State noted the strategic importance of the railway industry for the economy and the transit potential of the country. Kassym-Jomart Tokayev instructed the company to complete the construction of the Darbaza-Maktaaral line by the end of the year, and to put the Bakhty-Ayagoz line into operation in 2026-2027.
The President emphasized that the quality of passenger services remains low, and KTZ must purchase at least 400 passenger cars annually, giving priority to domestic production.
The Ministry of Transport, together with KTZ, was instructed to develop a new tariff policy for passenger rail transportation within three months.
According to Sauranbayev, by 2030 the company plans to build more than 5 thousand km of new railways.""",
    gold=[
        G("instructed the company to complete the construction of the Darbaza-Maktaaral line", [KTZ], [],
          "complete the construction of the Darbaza-Maktaaral line",
          "2025-12-31", "by the end of the year", "year"),
        G("to put the Bakhty-Ayagoz line into operation", [KTZ], [],
          "put the Bakhty-Ayagoz line into operation",
          "2027-12-31", "in 2026-2027", "year"),
        G("KTZ must purchase at least 400 passenger cars annually", [KTZ], [],
          "purchase at least 400 passenger cars annually, giving priority to domestic production"),
        G("was instructed to develop a new tariff policy for passenger rail transportation", [MOT], [KTZ],
          "develop a new tariff policy for passenger rail transportation",
          "2025-04-23", "within three months", "day"),
        O("by 2030 the company plans to build", [KTZ],
          "build more than 5 thousand km of new railways", "2030-12-31", "by 2030", "year"),
    ]))

# ---------------------------------------------------------------- EN8
ARTICLES.append(dict(
    id="v3-en-08", lang="en", published="2025-06-03",
    url="https://primeminister.kz/en/news/temirtau-ecology-2025-06-03",
    title="Bozumbayev holds outbound meeting in Temirtau on air pollution",
    issuer="Deputy Prime Minister",
    text="""Deputy Prime Minister Kanat Bozumbayev held an outbound meeting in Temirtau on the environmental situation in the city and the implementation of the environmental commitments of Qarmet JSC, primeminister.kz reports.
Residents of Temirtau have repeatedly complained about smog and "black snow" during the winter period. According to the Ministry of Ecology and Natural Resources, in 2024 emissions of pollutants from the city's enterprises amounted to 276 thousand tons, of which 85% accounted for Qarmet. Last year, high air pollution in Temirtau was recorded on 132 days.
Company representatives reported that Qarmet is implementing an environmental program worth 1.2 billion US dollars, which provides for the reconstruction of the gas cleaning equipment of the sinter plant and the blast furnaces. By 2030, the company intends to reduce emissions by 30%.
Kanat Bozumbayev noted that the company's commitments to the state and residents must be fulfilled in full and on time.
The Deputy Prime Minister instructed the Ministry of Ecology and Natural Resources to conduct an unscheduled inspection of compliance with environmental requirements at all enterprises of Temirtau by July 1.
Qarmet must complete the reconstruction of the gas cleaning equipment of the sinter plant in the fourth quarter of this year.
The akimat of Karaganda region, together with the Environmental Regulation and Control Committee, was tasked with installing 10 additional automatic air quality monitoring stations in Temirtau by the start of the heating season, while Kazhydromet must ensure the publication of data from the stations online in real time.
In addition, the regional akimat, together with QazaqGaz, needs to accelerate the gasification of the private sector of Temirtau, which should be completed in 2026.""",
    gold=[
        O("By 2030, the company intends to reduce emissions", [],
          "reduce emissions by 30%", "2030-12-31", "By 2030", "year"),
        O("the company's commitments to the state and residents must be fulfilled", [],
          "fulfil the company's commitments in full and on time", issuer="Deputy Prime Minister"),
        G("to conduct an unscheduled inspection of compliance with environmental requirements",
          ["Ministry of Ecology and Natural Resources"], [],
          "conduct an unscheduled inspection of compliance with environmental requirements at all enterprises of Temirtau",
          "2025-07-01", "by July 1", "day"),
        O("Qarmet must complete the reconstruction of the gas cleaning equipment", [],
          "complete the reconstruction of the gas cleaning equipment of the sinter plant",
          "2025-12-31", "in the fourth quarter of this year", "quarter", issuer="Deputy Prime Minister"),
        G("was tasked with installing 10 additional automatic air quality monitoring stations",
          ["Akimat of Karaganda region"], ["Environmental Regulation and Control Committee"],
          "install 10 additional automatic air quality monitoring stations in Temirtau",
          None, "by the start of the heating season", None),
        G("Kazhydromet must ensure the publication of data from the stations", ["Kazhydromet"], [],
          "ensure the publication of data from the stations online in real time"),
        G("needs to accelerate the gasification of the private sector of Temirtau",
          ["Akimat of Karaganda region"], ["QazaqGaz"],
          "accelerate the gasification of the private sector of Temirtau",
          "2026-12-31", "in 2026", "year"),
    ]))

# ---------------------------------------------------------------- EN9
ARTICLES.append(dict(
    id="v3-en-09", lang="en", published="2025-04-15",
    url="https://www.gov.kz/memleket/entities/emer/press/news/fire-season-2025-04-15",
    title="Emergencies Ministry instructs regions to prepare for fire-hazardous season",
    issuer="Minister of Emergency Situations",
    text="""Minister of Emergency Situations Chingis Arinov held a republican meeting via videoconference on preparations for the fire-hazardous period, the ministry's press service reports.
In June 2023, a large-scale forest fire in the Semey Ormany reserve in Abai region claimed the lives of 14 foresters and covered more than 60 thousand hectares. Last year, 465 natural fires were registered in the country on a total area of 48 thousand hectares.
According to the Forestry and Wildlife Committee, the area of the state forest fund is 30.3 million hectares, and in most regions the fire-hazardous season lasts from April to October.
The minister stressed that the lessons of 2023 must not be forgotten, and all services must be ready to respond to fires at an early stage.
Chingis Arinov instructed the akimats of Abai, East Kazakhstan, Kostanay and Pavlodar regions to complete the laying of mineralized strips along the borders of forest areas and settlements no later than May 1.
The Forestry and Wildlife Committee, in turn, is to equip forestry institutions with fire-fighting equipment and means of communication in the shortest possible time, and to complete the training of forest guards within 10 days.
The akimats of all regions were instructed to ban the burning of dry grass and stubble in agricultural fields and to submit updated operational plans for extinguishing landscape fires to the ministry by Friday.
It is planned that this year 12 aircraft of Kazavialesookhrana will be involved in patrolling forests.""",
    gold=[
        O("all services must be ready to respond to fires at an early stage", [],
          "be ready to respond to fires at an early stage", issuer="Minister of Emergency Situations"),
        G("complete the laying of mineralized strips",
          ["Akimat of Abai region", "Akimat of East Kazakhstan region", "Akimat of Kostanay region", "Akimat of Pavlodar region"], [],
          "complete the laying of mineralized strips along the borders of forest areas and settlements",
          "2025-05-01", "no later than May 1", "day"),
        G("is to equip forestry institutions with fire-fighting equipment", ["Forestry and Wildlife Committee"], [],
          "equip forestry institutions with fire-fighting equipment and means of communication",
          None, "in the shortest possible time", None),
        G("complete the training of forest guards within 10 days", ["Forestry and Wildlife Committee"], [],
          "complete the training of forest guards",
          "2025-04-25", "within 10 days", "day"),
        G("to ban the burning of dry grass and stubble", ["akimats"], [],
          "ban the burning of dry grass and stubble in agricultural fields"),
        G("submit updated operational plans for extinguishing landscape fires", ["akimats"], [],
          "submit updated operational plans for extinguishing landscape fires to the ministry",
          "2025-04-18", "by Friday", "day"),
        O("It is planned that this year 12 aircraft", [],
          "involve 12 aircraft in patrolling forests", "2025-12-31", "this year", "year"),
    ]))

# ---------------------------------------------------------------- EN10
ARTICLES.append(dict(
    id="v3-en-10", lang="en", published="2025-01-28",
    url="https://primeminister.kz/en/news/cshi-2025-01-28",
    title="Waiting time for specialist consultations must not exceed 10 days - Olzhas Bektenov",
    issuer="Prime Minister",
    text="""At the Government session chaired by Prime Minister Olzhas Bektenov, the functioning of the compulsory social health insurance (CSHI) system was considered, primeminister.kz reports.
Minister of Healthcare Akmaral Alnazarova reported that as of January 1, 2025, 16.8 million people, or 83% of the population, are insured in the CSHI system. About 3.4 million Kazakhstanis remain uninsured, most of them self-employed and unemployed citizens of working age.
According to the Social Health Insurance Fund, in 2024 the Fund's expenses amounted to 2.1 trillion tenge, and the volume of medical services purchased within the insurance package grew by 12%.
The Prime Minister noted that the insurance medicine system must become more transparent and understandable for citizens.
Citizens complain about queues for consultations of specialists and diagnostics, and about having to pay for services that must be provided free of charge. This is unacceptable. The Ministry of Healthcare and the Social Health Insurance Fund need to ensure that the waiting period for consultations of specialized doctors does not exceed 10 days by the end of the first half of the year," Olzhas Bektenov said.
Olzhas Bektenov instructed the Ministry of Labor and Social Protection of the Population, together with akimats, to involve the uninsured population in the system by increasing the coverage of self-employed people through the single aggregate payment.
The Ministry of Digital Development, Innovation and Aerospace Industry must ensure by March 1 that information on the insurance status and services received is available in the eGov mobile application.
Also, the Ministry of Finance and the Fund were instructed to tighten control over the targeted use of funds and to exclude the payment for services that were not provided; the results of the audit must be submitted to the Government within 45 days.
In 2026, it is planned to introduce a new basic package of medical care.""",
    gold=[
        O("the insurance medicine system must become more transparent", [],
          "make the insurance medicine system more transparent and understandable for citizens", issuer="Prime Minister"),
        G("need to ensure that the waiting period for consultations", [MOH, SHIF], [],
          "ensure that the waiting period for consultations of specialized doctors does not exceed 10 days",
          "2025-06-30", "by the end of the first half of the year", "half"),
        G("to involve the uninsured population in the system", ["Ministry of Labor and Social Protection of the Population"], ["akimats"],
          "involve the uninsured population in the system by increasing the coverage of self-employed people through the single aggregate payment"),
        G("must ensure by March 1 that information on the insurance status", [MAI], [],
          "ensure that information on the insurance status and services received is available in the eGov mobile application",
          "2025-03-01", "by March 1", "day"),
        G("to tighten control over the targeted use of funds", ["Ministry of Finance", SHIF], [],
          "tighten control over the targeted use of funds and exclude the payment for services that were not provided"),
        G("the results of the audit must be submitted to the Government within 45 days", ["Ministry of Finance", SHIF], [],
          "submit the results of the audit to the Government",
          "2025-03-14", "within 45 days", "day"),
        O("it is planned to introduce a new basic package of medical care", [],
          "introduce a new basic package of medical care", "2026-12-31", "In 2026", "year"),
    ]))

# ---------------------------------------------------------------- EN11
ARTICLES.append(dict(
    id="v3-en-11", lang="en", published="2025-09-30",
    url="https://primeminister.kz/en/news/road-safety-2025-09-30",
    title="Road deaths must be reduced by at least 10% - Prime Minister",
    issuer="Prime Minister",
    text="""The Government session chaired by Prime Minister Olzhas Bektenov considered the issues of ensuring road safety, primeminister.kz reports.
Minister of Internal Affairs Yerzhan Sadenov reported that in eight months of 2025, 14.6 thousand road accidents were registered in the country, in which 1,330 people died. The main causes of accidents are speeding, driving into the oncoming lane and drunk driving. Since the beginning of the year, 2.1 thousand cameras have been installed on republican roads.
Minister of Transport Nurlan Sauranbayev reported that this year repair works cover 12 thousand km of roads, and lighting has been installed on 700 km of highways.
The Prime Minister noted that despite the measures taken, the number of deaths on the roads remains high.
Behind every figure there is a human life. The Ministry of Internal Affairs, together with the Ministry of Transport and akimats, must reduce the mortality rate in road accidents by at least 10% by the end of next year," the Prime Minister stressed.
The Ministry of Transport was instructed to complete the installation of lighting and barrier fencing on the most dangerous sections of the Almaty-Ust-Kamenogorsk and Kyzylorda-Shymkent highways by November 1.
KazAvtoZhol must eliminate 150 accident-prone sections, the so-called "black spots", within two months.
In addition, the Prime Minister instructed the Ministry of Internal Affairs and the Ministry of Artificial Intelligence and Digital Development to integrate the video surveillance cameras of akimats and businesses into a single system by the end of the year.
Akimats need to ensure the arrangement of lighting and sidewalks on road sections passing through settlements by July 1, 2026.
Drivers are urged to strictly observe traffic rules and speed limits.""",
    gold=[
        G("must reduce the mortality rate in road accidents", [MIA], [MOT, "akimats"],
          "reduce the mortality rate in road accidents by at least 10%",
          "2026-12-31", "by the end of next year", "year"),
        G("was instructed to complete the installation of lighting and barrier fencing", [MOT], [],
          "complete the installation of lighting and barrier fencing on the most dangerous sections of the Almaty-Ust-Kamenogorsk and Kyzylorda-Shymkent highways",
          "2025-11-01", "by November 1", "day"),
        G("KazAvtoZhol must eliminate 150 accident-prone sections", ["KazAvtoZhol"], [],
          "eliminate 150 accident-prone sections",
          "2025-11-30", "within two months", "day"),
        G("to integrate the video surveillance cameras of akimats and businesses", [MIA, MAI], [],
          "integrate the video surveillance cameras of akimats and businesses into a single system",
          "2025-12-31", "by the end of the year", "year"),
        G("Akimats need to ensure the arrangement of lighting and sidewalks", ["akimats"], [],
          "ensure the arrangement of lighting and sidewalks on road sections passing through settlements",
          "2026-07-01", "by July 1, 2026", "day"),
    ]))

# ---------------------------------------------------------------- EN12
ARTICLES.append(dict(
    id="v3-en-12", lang="en", published="2025-12-16",
    url="https://www.akorda.kz/en/president-receives-national-bank-chairman-2025-12-16",
    title="Tokayev receives National Bank Chairman Timur Suleimenov",
    issuer="President",
    text="""President Kassym-Jomart Tokayev received Chairman of the National Bank Timur Suleimenov, who reported on the situation in the financial market and the implementation of monetary policy, Akorda press service reports.
The Head of State was informed that annual inflation in November 2025 amounted to 12.4%. The base rate has been kept at 18% since October. As of December 1, the gold and foreign currency reserves of the National Bank amounted to 55 billion US dollars.
Timur Suleimenov also reported on the development of the digital tenge. Since the launch of the platform in 2023, the volume of operations has exceeded 1.5 trillion tenge, and a number of budget programs are already being financed in digital tenge.
The President noted the importance of bringing inflation down and instructed the National Bank, together with the Government, to take coordinated measures to return inflation to the target corridor in 2026.
Kassym-Jomart Tokayev instructed to expand the use of the digital tenge in the budget process. The Ministry of Finance and the National Bank are to transfer the payment of all budget subsidies in the agro-industrial complex to the digital tenge in the first half of the year.
In addition, the National Bank must present proposals on the formation of a state reserve of digital assets in February.
The Head of State was also informed that the new Law on Banks and Banking Activities will be adopted by the end of the year.""",
    gold=[
        G("to take coordinated measures to return inflation to the target corridor", ["National Bank"], ["Government"],
          "take coordinated measures to return inflation to the target corridor",
          "2026-12-31", "in 2026", "year"),
        G("instructed to expand the use of the digital tenge in the budget process", [], [],
          "expand the use of the digital tenge in the budget process"),
        G("are to transfer the payment of all budget subsidies", ["Ministry of Finance", "National Bank"], [],
          "transfer the payment of all budget subsidies in the agro-industrial complex to the digital tenge",
          "2026-06-30", "in the first half of the year", "half"),
        G("must present proposals on the formation of a state reserve of digital assets", ["National Bank"], [],
          "present proposals on the formation of a state reserve of digital assets",
          "2026-02-28", "in February", "month"),
        O("will be adopted by the end of the year", [],
          "adopt the new Law on Banks and Banking Activities", "2025-12-31", "by the end of the year", "year"),
    ]))

# ---------------------------------------------------------------- EN13
ARTICLES.append(dict(
    id="v3-en-13", lang="en", published="2025-09-03",
    url="https://www.inform.kz/en/new-vice-minister-of-energy-appointed-2025-09-03",
    title="New Vice Minister of Energy appointed",
    issuer="Minister of Energy",
    text="""By the resolution of the Government of the Republic of Kazakhstan, Nurbolat Kaliyev has been appointed Vice Minister of Energy, Kazinform News Agency reports.
Nurbolat Kaliyev was born in 1979 in Pavlodar region. He graduated from Toraighyrov Pavlodar State University with a degree in power supply and later from the Academy of Public Administration under the President.
He began his career in 2001 as an engineer at Ekibastuz GRES-1.
From 2008 to 2016, he held various positions at Samruk-Energy JSC, including director of the production department.
In 2016-2020, he served as deputy akim of Pavlodar region, and from 2020 to 2023 as managing director of KEGOC JSC.
Since March 2023, he has headed the Department of Electric Power Industry Development of the Ministry of Energy.
Introducing the new vice minister to the staff, Minister of Energy Yerlan Akkenzhenov instructed him to focus on the modernization of heat and power plants and the timely preparation of the energy sector for the autumn-winter period.""",
    gold=[
        G("instructed him to focus on the modernization of heat and power plants", [MOE], [],
          "focus on the modernization of heat and power plants and the timely preparation of the energy sector for the autumn-winter period"),
    ]))
