from common import A, G

PM = "Prime Minister"
PRES = "President"
DPM = "Deputy Prime Minister"
FDPM = "First Deputy Prime Minister"

MOE = "Ministry of Energy"
MIC = "Ministry of Industry and Construction"
MES = "Ministry of Emergency Situations"
MIA = "Ministry of Internal Affairs"
MOA = "Ministry of Agriculture"
MTI = "Ministry of Trade and Integration"
MOF = "Ministry of Finance"
MNE = "Ministry of National Economy"
MOT = "Ministry of Transport"
AI = "Ministry of Artificial Intelligence and Digital Development"
MWRI = "Ministry of Water Resources and Irrigation"
MOH = "Ministry of Healthcare"
EDU = "Ministry of Education"
MSHE = "Ministry of Science and Higher Education"
MFA = "Ministry of Foreign Affairs"
KTZ = "Kazakhstan Temir Zholy"

# ---------------------------------------------------------------- en-01
A("ws-en-01", "en", "2025-09-23",
  "Bektenov orders to complete repairs of heat networks by October 15",
  """
At the Government session chaired by Prime Minister Olzhas Bektenov, the progress of preparations for the 2025-2026 heating season was considered, primeminister.kz reports.
Minister of Energy Yerlan Akkenzhenov reported that as of September 20, repair work at power plants is 87% complete. Of the 12.4 thousand km of heat networks included in the repair plan, 9.1 thousand km have been repaired. Akims of Pavlodar, Abai and Akmola regions also reported on the situation in their regions.
According to the Ministry of Energy, coal reserves at power plants amount to 4.1 million tons, which is 12% more than on the same date last year.
Winter is not far away. Last year, accidents at the Ekibastuz CHP and in Ridder left thousands of residents without heat. Such situations are unacceptable," Olzhas Bektenov emphasized.
The Prime Minister instructed the Ministry of Energy, together with the akimats of the regions, to complete the repair of all power units and heat networks by October 15.
Akims of the Pavlodar and Abai regions were told to ensure the creation of a normative stock of fuel at all boiler houses before the start of the heating season.
The Ministry of Industry and Construction is to submit, within 10 days, a plan for replacing worn-out networks under the MEKS national project.
In addition, the Ministries of Emergency Situations and Internal Affairs must carry out joint inspections of the readiness of schools, hospitals and other social facilities, while the Committee for Atomic and Energy Supervision and Control must tighten oversight of the quality of repair work.
Control over the execution of the instructions was entrusted to Deputy Prime Minister Kanat Bozumbayev.
""",
  [
    G("to complete the repair of all power units and heat networks by October 15", [MOE],
      "complete the repair of all power units and heat networks", "2025-10-15", "by October 15", "day",
      co=["akimats"], issuer=PM),
    G("were told to ensure the creation of a normative stock of fuel",
      ["Akimat of Pavlodar region", "Akimat of Abai region"],
      "ensure the creation of a normative stock of fuel at all boiler houses", None,
      "before the start of the heating season", None, issuer=PM),
    G("is to submit, within 10 days, a plan for replacing worn-out networks", [MIC],
      "submit a plan for replacing worn-out networks under the MEKS national project",
      "2025-10-03", "within 10 days", "day", issuer=PM),
    G("must carry out joint inspections of the readiness of schools", [MES, MIA],
      "carry out joint inspections of the readiness of schools, hospitals and other social facilities",
      issuer=PM),
    G("must tighten oversight of the quality of repair work",
      ["Atomic and Energy Supervision and Control Committee"],
      "tighten oversight of the quality of repair work", issuer=PM),
    G("Control over the execution of the instructions was entrusted", [],
      "control the execution of the instructions", issuer=PM, opt=True),
  ])

# ---------------------------------------------------------------- en-02
A("ws-en-02", "en", "2025-10-14",
  "Tokayev receives Agriculture Minister, orders to resolve grain wagon shortage",
  """
On Monday, October 13, Head of State Kassym-Jomart Tokayev received Minister of Agriculture Aidarbek Saparov, Kazinform News Agency cites the Akorda press service.
The President was briefed on the progress of the harvesting campaign. As of October 13, grain crops have been harvested from 15.8 million hectares, or 97% of the sown area. The gross harvest amounted to 26.1 million tons, with an average yield of 16.5 centners per hectare.
The minister also reported that in nine months of 2025, gross agricultural output grew by 4.1%, while exports of agricultural products reached 3.9 billion US dollars.
Saparov informed the Head of State about the implementation of the Concept for the Development of the Agro-Industrial Complex for 2021-2030. The ministry plans to raise the share of processed products in agricultural exports to 70% by 2030.
Kassym-Jomart Tokayev instructed the Ministry of Agriculture to complete the harvesting campaign in a timely manner and ensure the safety of the grain.
The President pointed out the need to step up efforts to export grain to new markets, including via the Trans-Caspian route. The Head of State ordered the Ministry of Trade and Integration and KTZ to resolve the issue of the shortage of grain wagons before the end of the year.
In addition, Tokayev tasked the Government with preparing a new system of subsidies for farmers by March 1 of next year, with an emphasis on support for small and medium-sized farms.
""",
  [
    G("raise the share of processed products in agricultural exports to 70% by 2030", [MOA],
      "raise the share of processed products in agricultural exports to 70%", "2030-12-31", "by 2030", "year",
      opt=True),
    G("instructed the Ministry of Agriculture to complete the harvesting campaign", [MOA],
      "complete the harvesting campaign in a timely manner and ensure the safety of the grain",
      None, "in a timely manner", None, issuer=PRES),
    G("pointed out the need to step up efforts to export grain", [],
      "step up efforts to export grain to new markets, including via the Trans-Caspian route",
      issuer=PRES, opt=True),
    G("ordered the Ministry of Trade and Integration and KTZ to resolve", [MTI, KTZ],
      "resolve the issue of the shortage of grain wagons", "2025-12-31", "before the end of the year", "year",
      issuer=PRES),
    G("tasked the Government with preparing a new system of subsidies", ["Government"],
      "prepare a new system of subsidies for farmers", "2026-03-01", "by March 1 of next year", "day",
      issuer=PRES),
  ])

# ---------------------------------------------------------------- en-03 (no directives)
A("ws-en-03", "en", "2025-09-02",
  "New Vice Minister of Energy appointed",
  """
By the Decree of the Government of the Republic of Kazakhstan, Nurlan Seitkaliyev has been appointed Vice Minister of Energy, Kazinform News Agency reports citing the press service of the Prime Minister.
Nurlan Seitkaliyev was born in 1979 in Pavlodar region. He graduated from the Pavlodar State University named after S. Toraighyrov in 2001 with a degree in electric power engineering and from the Academy of Public Administration under the President of the Republic of Kazakhstan in 2012.
He started his career in 2001 as an engineer at the Pavlodar CHP-3. From 2006 to 2014, he worked at KEGOC, rising to the position of director of the national dispatch center.
In 2014-2019, he served as deputy chairman of the Committee for Atomic and Energy Supervision and Control of the Ministry of Energy. From 2019 to 2023, he was managing director at Samruk-Energy JSC.
Since February 2023, he has held the post of director of the Electric Power Industry Development Department of the Ministry of Energy.
In his new position, he will oversee the development of the electric power industry and projects to modernize generating capacities until 2029.
""",
  [])

# ---------------------------------------------------------------- en-04
A("ws-en-04", "en", "2025-11-18",
  "Government sets deadlines for paperless public administration",
  """
At the Government session chaired by Prime Minister Olzhas Bektenov, the progress of the digital transformation of public administration was considered, primeminister.kz reports.
Minister of Artificial Intelligence and Digital Development Zhaslan Madiyev reported that 94% of public services are now provided online. Over ten months of this year, 48 million services were rendered through the eGov portal, compared with 41 million in the whole of 2024.
Deputy Chairman of the Agency for Strategic Planning and Reforms Arman Yesseyev reported on the reduction of the reporting burden: since the beginning of the year, 312 forms of departmental reporting have been abolished.
The Head of State has set the task of making Kazakhstan a fully digital country. For this, paper document flow in government agencies must become a thing of the past, Olzhas Bektenov said.
Following the discussion, the Prime Minister gave the following instructions:
1) the Ministry of Artificial Intelligence and Digital Development, together with the Ministry of Finance, shall transfer all public procurement procedures to the Smart Data Ukimet platform by February 1;
2) central government agencies must move at least 80% of their information systems to the unified government cloud in the first quarter;
3) the Agency for Strategic Planning and Reforms is to prepare proposals on abolishing duplicate reporting by the end of next week;
4) akimats of all regions need to connect 1,200 rural settlements to broadband internet by the end of 2026.
National Information Technologies JSC was also tasked with ensuring the uninterrupted operation of eGov during peak loads, and Kazakhtelecom with completing the construction of fiber-optic lines under the Affordable Internet project in the second half of next year.
""",
  [
    G("has set the task of making Kazakhstan a fully digital country", [],
      "make Kazakhstan a fully digital country", issuer=PRES, opt=True),
    G("paper document flow in government agencies must become a thing of the past", ["government agencies"],
      "abandon paper document flow", issuer=PM, opt=True),
    G("shall transfer all public procurement procedures", [AI],
      "transfer all public procurement procedures to the Smart Data Ukimet platform",
      "2026-02-01", "by February 1", "day", co=[MOF], issuer=PM),
    G("must move at least 80% of their information systems", ["government agencies"],
      "move at least 80% of their information systems to the unified government cloud",
      "2026-03-31", "in the first quarter", "quarter", issuer=PM),
    G("is to prepare proposals on abolishing duplicate reporting", ["Agency for Strategic Planning and Reforms"],
      "prepare proposals on abolishing duplicate reporting", "2025-11-30", "by the end of next week", "day",
      issuer=PM),
    G("need to connect 1,200 rural settlements to broadband internet", ["akimats"],
      "connect 1,200 rural settlements to broadband internet", "2026-12-31", "by the end of 2026", "year",
      issuer=PM),
    G("was also tasked with ensuring the uninterrupted operation of eGov", ["National Information Technologies"],
      "ensure the uninterrupted operation of eGov during peak loads", issuer=PM),
    G("Kazakhtelecom with completing the construction of fiber-optic lines", ["Kazakhtelecom"],
      "complete the construction of fiber-optic lines under the Affordable Internet project",
      "2026-12-31", "in the second half of next year", "half", issuer=PM),
  ])

# ---------------------------------------------------------------- en-05
A("ws-en-05", "en", "2025-08-27",
  "Tokayev instructs Almaty akimat to develop plan against traffic congestion",
  """
President Kassym-Jomart Tokayev received Akim of Almaty Yerbolat Dossayev, who reported on the socio-economic development of the city, Kazinform News Agency reports citing Akorda.
In January-July 2025, the city's gross regional product grew by 7.2%. Investments in fixed capital increased by 12%, and 1.3 million square meters of housing were commissioned. The unemployment rate dropped to 4.6%.
The akim also reported on the construction of the LRT line, the extension of the metro to the Kalkaman station and measures to reduce air pollution. The gasification of private homes in the Nauryzbay district was completed in 2024, and the conversion of CHP-2 to gas is planned to be completed in 2026.
The Head of State paid special attention to the environmental situation and the development of public transport. Kassym-Jomart Tokayev instructed the city akimat to keep under personal control the modernization of CHP-2 and to continue work on improving air quality.
The President also charged the akim with developing, within three months, a comprehensive plan to combat traffic congestion, including the expansion of dedicated bus lanes.
In addition, the Head of State demanded that the akimat, together with the Ministry of Emergency Situations, inspect the seismic resistance of all schools and hospitals by December 1. The city must be prepared for any emergency, the President stressed.
""",
  [
    G("the conversion of CHP-2 to gas is planned to be completed in 2026", [],
      "complete the conversion of CHP-2 to gas", "2026-12-31", "in 2026", "year", opt=True),
    G("instructed the city akimat to keep under personal control", ["Akimat of Almaty"],
      "keep under personal control the modernization of CHP-2 and continue work on improving air quality",
      issuer=PRES),
    G("charged the akim with developing, within three months, a comprehensive plan", ["Akimat of Almaty"],
      "develop a comprehensive plan to combat traffic congestion, including the expansion of dedicated bus lanes",
      "2025-11-27", "within three months", "day", issuer=PRES),
    G("inspect the seismic resistance of all schools and hospitals by December 1", ["Akimat of Almaty"],
      "inspect the seismic resistance of all schools and hospitals", "2025-12-01", "by December 1", "day",
      co=[MES], issuer=PRES),
    G("The city must be prepared for any emergency", [], "be prepared for any emergency",
      issuer=PRES, opt=True),
  ])

# ---------------------------------------------------------------- en-06 (no directives)
A("ws-en-06", "en", "2025-10-10T11:20:00",
  "Kazakhstan's economy grows 6.3% in nine months of 2025",
  """
Kazakhstan's gross domestic product grew by 6.3% in January-September 2025, the Ministry of National Economy reports.
Growth in the real sector reached 7.4%, and in the services sector 5.6%. Construction increased by 14.1%, transport and warehousing by 20.1%, trade by 8.7%. In the same period of 2024, GDP growth stood at 4.1%.
Investments in fixed capital grew by 11.9%. Manufacturing output increased by 6.4%, mainly due to machine-building and metallurgy.
According to the ministry, the economy is expected to grow by at least 6% by the end of the year. The International Monetary Fund forecasts growth of 4.8% for Kazakhstan in 2026.
Annual inflation in September slowed to 12.9%, according to the Bureau of National Statistics.
""",
  [])

# ---------------------------------------------------------------- en-07
A("ws-en-07", "en", "2025-12-04",
  "Roman Sklyar sets deadlines for rail and port projects",
  """
First Deputy Prime Minister Roman Sklyar held a meeting on the development of the country's transport and logistics potential, primeminister.kz reports.
In 11 months of 2025, transit cargo traffic through Kazakhstan increased by 18% to 35 million tons. Container traffic along the Trans-Caspian International Transport Route grew 1.5 times.
The meeting was attended by representatives of the Ministry of Transport, KTZ, KazAvtoZhol, the akimat of Mangystau region and the Customs Control Committee. It was noted that the construction of the second tracks on the Dostyk-Moyinty section was completed in 2025, while the Bakhty-Ayagoz railway line is scheduled to be commissioned in 2027.
Following the meeting, a number of instructions were given.
KTZ, together with the Ministry of Transport, must by April 1 develop a schedule for the supply of rolling stock for exporters of grain and metals. The Ministry of Transport is also to submit proposals on tariff regulation in the ports of Aktau and Kuryk by Friday.
The Ministry of Finance and the Customs Control Committee have been instructed to reduce the time of customs clearance at the Khorgos checkpoint to 30 minutes by the end of the first quarter.
The akimat of Mangystau region was told to allocate land plots for the container hub in the port of Aktau within two weeks.
The First Deputy Prime Minister also drew attention to the need to speed up the digitalization of border checkpoints.
""",
  [
    G("is scheduled to be commissioned in 2027", [],
      "commission the Bakhty-Ayagoz railway line", "2027-12-31", "in 2027", "year", opt=True),
    G("must by April 1 develop a schedule for the supply of rolling stock", [KTZ],
      "develop a schedule for the supply of rolling stock for exporters of grain and metals",
      "2026-04-01", "by April 1", "day", co=[MOT], issuer=FDPM),
    G("submit proposals on tariff regulation in the ports of Aktau and Kuryk", [MOT],
      "submit proposals on tariff regulation in the ports of Aktau and Kuryk", "2025-12-05", "by Friday", "day",
      issuer=FDPM),
    G("have been instructed to reduce the time of customs clearance", [MOF, "Customs Control Committee"],
      "reduce the time of customs clearance at the Khorgos checkpoint to 30 minutes",
      "2026-03-31", "by the end of the first quarter", "quarter", issuer=FDPM),
    G("was told to allocate land plots for the container hub", ["Akimat of Mangystau region"],
      "allocate land plots for the container hub in the port of Aktau", "2025-12-18", "within two weeks", "day",
      issuer=FDPM),
    G("drew attention to the need to speed up the digitalization of border checkpoints", [],
      "speed up the digitalization of border checkpoints", issuer=FDPM, opt=True),
  ])

# ---------------------------------------------------------------- en-08
A("ws-en-08", "en", "2026-02-10",
  "Flood threat: Government instructs to pre-position forces by March 1",
  """
At the Government session chaired by Prime Minister Olzhas Bektenov, measures to prepare for the spring flood period were considered.
Minister of Emergency Situations Chingis Arinov reported that, according to Kazhydromet, snow reserves in the northern and western regions exceed the norm by 1.5-2 times. In 2024, floods affected 10 regions and more than 118 thousand people were evacuated.
Minister of Water Resources and Irrigation Nurzhan Nurzhigitov said that since 2024, 260 hydraulic structures have been repaired and 1,500 km of riverbeds cleared.
We must not repeat the mistakes of 2024. Every akim bears personal responsibility for the safety of people, the Prime Minister stressed.
Olzhas Bektenov instructed the Ministry of Emergency Situations to complete the pre-positioning of forces and equipment in flood-prone districts by March 1.
The Ministry of Water Resources and Irrigation, jointly with the akimats of Aktobe, West Kazakhstan, Atyrau and North Kazakhstan regions, needs to inspect all dams and reservoirs by the end of this week.
Akims of regions have been charged with creating reserves of sandbags, fuel and food within a month. Kazhydromet is to provide updated forecasts of the flood situation every ten days.
The Ministry of Finance must allocate funds from the Government reserve promptly upon requests from the regions, and the Ministry of Internal Affairs, with the participation of the National Guard, is to ensure law and order in evacuated settlements.
""",
  [
    G("We must not repeat the mistakes of 2024", [], "not repeat the mistakes of 2024", issuer=PM, opt=True),
    G("to complete the pre-positioning of forces and equipment", [MES],
      "complete the pre-positioning of forces and equipment in flood-prone districts",
      "2026-03-01", "by March 1", "day", issuer=PM),
    G("needs to inspect all dams and reservoirs", [MWRI], "inspect all dams and reservoirs",
      "2026-02-15", "by the end of this week", "day",
      co=["Akimat of Aktobe region", "Akimat of West Kazakhstan region", "Akimat of Atyrau region",
          "Akimat of North Kazakhstan region"], issuer=PM),
    G("have been charged with creating reserves of sandbags", ["akimats"],
      "create reserves of sandbags, fuel and food", "2026-03-10", "within a month", "day", issuer=PM),
    G("is to provide updated forecasts of the flood situation", ["Kazhydromet"],
      "provide updated forecasts of the flood situation every ten days", issuer=PM),
    G("must allocate funds from the Government reserve promptly", [MOF],
      "allocate funds from the Government reserve upon requests from the regions", None, "promptly", None,
      issuer=PM),
    G("is to ensure law and order in evacuated settlements", [MIA],
      "ensure law and order in evacuated settlements", co=["National Guard"], issuer=PM),
  ])

# ---------------------------------------------------------------- en-09 (decree)
A("ws-en-09", "en", "2025-11-05",
  "Head of State signs Decree on development of artificial intelligence",
  """
President Kassym-Jomart Tokayev signed the Decree "On measures to further develop artificial intelligence in the Republic of Kazakhstan", the Akorda press service reports.
The Decree was developed in pursuance of the Address of the Head of State to the people of Kazakhstan of September 8, 2025.
Under the Decree, the Government of the Republic of Kazakhstan shall:
- within two months, approve an action plan for the implementation of the Concept for the Development of Artificial Intelligence for 2024-2029;
- by July 1, 2026, ensure the launch of a national supercomputer cluster;
- take other measures arising from this Decree.
The Ministry of Artificial Intelligence and Digital Development, together with the Ministry of Science and Higher Education, is entrusted with training at least 10,000 specialists in the field of artificial intelligence by 2029.
Control over the implementation of this Decree is entrusted to the Administration of the President of the Republic of Kazakhstan.
The Decree enters into force on the day of its signing.
""",
  [
    G("approve an action plan for the implementation of the Concept", ["Government"],
      "approve an action plan for the implementation of the Concept for the Development of Artificial Intelligence",
      "2026-01-05", "within two months", "day", issuer=PRES),
    G("ensure the launch of a national supercomputer cluster", ["Government"],
      "ensure the launch of a national supercomputer cluster", "2026-07-01", "by July 1, 2026", "day",
      issuer=PRES),
    G("take other measures arising from this Decree", ["Government"],
      "take other measures arising from this Decree", issuer=PRES, opt=True),
    G("is entrusted with training at least 10,000 specialists", [AI],
      "train at least 10,000 specialists in the field of artificial intelligence", "2029-12-31", "by 2029", "year",
      co=[MSHE], issuer=PRES),
    G("Control over the implementation of this Decree is entrusted", ["Presidential Administration"],
      "control the implementation of this Decree", issuer=PRES),
  ])

# ---------------------------------------------------------------- en-10 (interview)
A("ws-en-10", "en", "2025-09-30",
  "Healthcare Minister: 20 new hospitals to open by 2027",
  """
In an interview with Kazinform News Agency, Minister of Healthcare Akmaral Alnazarova spoke about the construction of new hospitals, the shortage of doctors in rural areas and the digitalization of healthcare.
- Akmaral Shardarbekovna, how is the construction of new hospitals progressing?
- Within the national project on the modernization of rural healthcare, 655 medical facilities were built in 2023-2024. This year we are completing the construction of 20 multidisciplinary hospitals, and by 2027 all of them will be put into operation. The Head of State has instructed us to ensure that every district center has a modern hospital.
- The shortage of doctors in villages remains acute. What is being done?
- The shortage is about 3,700 specialists, most of them in Turkistan, Almaty and Abai regions. The Government has tasked the ministry, together with the akimats, with reducing this shortage by half by the end of 2026. For this, we are increasing the number of state grants for residency, and the relocation allowance for young specialists has been raised to 200 monthly calculation indices.
- When will electronic health passports be fully introduced?
- The pilot has been launched in Astana and Shymkent. Our plan is to cover the whole country in the first half of 2026. At the same time, the Social Health Insurance Fund must ensure that payments to clinics are linked to the data of electronic passports; this requirement was set at a Government session in August.
- Thank you for the interview.
""",
  [
    G("by 2027 all of them will be put into operation", [MOH],
      "put 20 multidisciplinary hospitals into operation", "2027-12-31", "by 2027", "year", opt=True),
    G("The Head of State has instructed us to ensure that every district center", [MOH],
      "ensure that every district center has a modern hospital", issuer=PRES, opt=True),
    G("has tasked the ministry, together with the akimats, with reducing this shortage", [MOH],
      "reduce the shortage of doctors in villages by half", "2026-12-31", "by the end of 2026", "year",
      co=["akimats"], issuer="Government"),
    G("Our plan is to cover the whole country in the first half of 2026", [MOH],
      "cover the whole country with electronic health passports", "2026-06-30", "in the first half of 2026",
      "half", opt=True),
    G("must ensure that payments to clinics are linked", ["Social Health Insurance Fund"],
      "ensure that payments to clinics are linked to the data of electronic passports", issuer="Government"),
  ])

# ---------------------------------------------------------------- en-11
A("ws-en-11", "en", "2025-07-15",
  "Government instructs to form stabilization stocks of vegetables by September 1",
  """
At the Government session chaired by Prime Minister Olzhas Bektenov, measures to curb inflation and stabilize prices for socially significant food products were considered, primeminister.kz reports.
Minister of National Economy Serik Zhumangarin reported that annual inflation in June 2025 stood at 11.8%, with food inflation at 10.2%. Minister of Trade and Integration Arman Shakkaliyev and the akims of Kostanay and Turkistan regions also delivered reports.
It was noted that the Government and the National Bank will continue coordinated actions within the Agreement on coordinated measures of macroeconomic policy for 2024-2026.
Price growth eats into people's incomes. At the same time, akimats are not using all the instruments available to them, the head of Government noted.
The Ministries of Trade and Integration and Agriculture were instructed to ensure the formation of stabilization stocks of potatoes, onions and carrots by September 1 of this year. The MTI was also instructed to launch a system for monitoring prices in retail chains within two weeks.
The Prime Minister also called on the akimats to expand the network of weekend fairs and trading places for farmers without intermediaries.
The Agency for Protection and Development of Competition is to check wholesale suppliers of sugar and sunflower oil for price collusion by the end of the month. The Food Contract Corporation needs to increase forward purchases of grain from farmers by 30%.
In turn, the Ministry of Finance, together with the Ministry of National Economy, must submit proposals to reduce the tax burden on producers of socially significant food products in the third quarter. Domestic producers are called on to increase supplies to retail chains.
""",
  [
    G("were instructed to ensure the formation of stabilization stocks", [MTI, MOA],
      "ensure the formation of stabilization stocks of potatoes, onions and carrots",
      "2025-09-01", "by September 1 of this year", "day", issuer=PM),
    G("The MTI was also instructed to launch a system for monitoring prices", [MTI],
      "launch a system for monitoring prices in retail chains", "2025-07-29", "within two weeks", "day",
      issuer=PM),
    G("called on the akimats to expand the network of weekend fairs", ["akimats"],
      "expand the network of weekend fairs and trading places for farmers without intermediaries", issuer=PM),
    G("is to check wholesale suppliers of sugar and sunflower oil", ["Agency for Protection and Development of Competition"],
      "check wholesale suppliers of sugar and sunflower oil for price collusion",
      "2025-07-31", "by the end of the month", "month", issuer=PM),
    G("needs to increase forward purchases of grain from farmers", ["Food Contract Corporation"],
      "increase forward purchases of grain from farmers by 30%", issuer=PM),
    G("must submit proposals to reduce the tax burden on producers", [MOF],
      "submit proposals to reduce the tax burden on producers of socially significant food products",
      "2025-09-30", "in the third quarter", "quarter", co=[MNE], issuer=PM),
  ])

# ---------------------------------------------------------------- en-12
A("ws-en-12", "en", "2025-08-19",
  "President receives Education Minister",
  """
Head of State Kassym-Jomart Tokayev received Minister of Education Gani Beisembayev, Akorda reports.
The President was informed about preparations for the new academic year. This year, the number of three-shift schools has been reduced from 126 in 2022 to 11.
According to the minister, within the Comfortable School national project, 217 schools for 460 thousand pupils will be commissioned by the end of 2025. A total of 88 schools have already been put into operation.
Kassym-Jomart Tokayev instructed to ensure the readiness of all schools for the new academic year by August 28, with strict control over the use of budget funds.
The Ministry of Education, together with the Ministry of Internal Affairs, was also tasked with strengthening measures to prevent bullying and ensuring the safety of children in educational institutions.
The Ministry of Digital Development, Innovation and Aerospace Industry was instructed to connect all rural schools to high-speed internet by the end of the year.
In addition, the Head of State instructed the minister to update the standards of teacher training, taking into account the objectives of the Concept for the Development of Preschool, Secondary, Technical and Vocational Education for 2023-2029.
""",
  [
    G("217 schools for 460 thousand pupils will be commissioned by the end of 2025", [],
      "commission 217 schools for 460 thousand pupils", "2025-12-31", "by the end of 2025", "year", opt=True),
    G("instructed to ensure the readiness of all schools for the new academic year", [],
      "ensure the readiness of all schools for the new academic year", "2025-08-28", "by August 28", "day",
      issuer=PRES),
    G("was also tasked with strengthening measures to prevent bullying", [EDU],
      "strengthen measures to prevent bullying and ensure the safety of children in educational institutions",
      co=[MIA], issuer=PRES),
    G("was instructed to connect all rural schools to high-speed internet", [AI],
      "connect all rural schools to high-speed internet", "2025-12-31", "by the end of the year", "year",
      issuer=PRES),
    G("instructed the minister to update the standards of teacher training", [EDU],
      "update the standards of teacher training", issuer=PRES),
  ])

# ---------------------------------------------------------------- en-13
A("ws-en-13", "en", "2025-12-22",
  "Zhumangarin: investors must not wait months for land plots",
  """
Deputy Prime Minister - Minister of National Economy Serik Zhumangarin chaired a meeting of the Interdepartmental Commission on investment issues, Kazinform News Agency reports.
According to the Ministry of Foreign Affairs, in January-September 2025 the gross inflow of foreign direct investment amounted to 14.2 billion US dollars. The portfolio of Kazakh Invest includes 412 projects worth 55 billion US dollars, 46 of which were implemented this year.
Investors still face delays in the allocation of land plots and connection to utilities. An investor should not wait months for a decision, Zhumangarin said.
Following the meeting, the Deputy Prime Minister gave a number of instructions to the government agencies and akimats:
- to reduce the period for allocating land plots to investors to 30 days by January 15;
- the Ministry of Energy and the Ministry of Industry and Construction, with the participation of Samruk-Kazyna, to work out the issue of connecting the Kostanay industrial zone to power grids by the end of the year;
- the Ministry of Foreign Affairs, together with Kazakh Invest, to present a pipeline of priority projects for 2026 by the end of this week;
- to ensure the launch of a single investor window in all regions in the first half of 2026.
""",
  [
    G("to reduce the period for allocating land plots to investors", ["government agencies", "akimats"],
      "reduce the period for allocating land plots to investors to 30 days", "2026-01-15", "by January 15", "day",
      issuer=DPM),
    G("to work out the issue of connecting the Kostanay industrial zone", [MOE, MIC],
      "work out the issue of connecting the Kostanay industrial zone to power grids",
      "2025-12-31", "by the end of the year", "year", co=["Samruk-Kazyna"], issuer=DPM),
    G("to present a pipeline of priority projects for 2026", [MFA],
      "present a pipeline of priority projects for 2026", "2025-12-28", "by the end of this week", "day",
      co=["Kazakh Invest"], issuer=DPM),
    G("to ensure the launch of a single investor window", ["government agencies", "akimats"],
      "ensure the launch of a single investor window in all regions", "2026-06-30", "in the first half of 2026",
      "half", issuer=DPM),
  ])

# ---------------------------------------------------------------- en-14
A("ws-en-14", "en", "2025-10-24",
  "Tokayev demands tougher fight against online fraud",
  """
Head of State Kassym-Jomart Tokayev received Prosecutor General Berik Asylov, who reported on the state of law and order and the work of the prosecution authorities, Akorda reports.
In nine months of 2025, the number of registered crimes decreased by 12%, including serious crimes by 17%. The prosecutor's office protected the rights of more than 94 thousand citizens and 8 thousand entrepreneurs. Damage of 41 billion tenge was compensated.
The Head of State was informed that in 2024-2025 over 200 illegal inspections of businesses were prevented.
Kassym-Jomart Tokayev demanded that law enforcement agencies step up the fight against online fraud and drug trafficking, paying special attention to the recruitment of young people.
The Prosecutor General's Office was instructed to continue protecting entrepreneurs from unjustified interference by government agencies and to submit proposals on improving legislation on administrative offenses by the end of the year.
The President also stressed the importance of strengthening the coordination of law enforcement agencies in the fight against corruption.
""",
  [
    G("demanded that law enforcement agencies step up the fight against online fraud", ["law enforcement agencies"],
      "step up the fight against online fraud and drug trafficking, paying special attention to the recruitment of young people",
      issuer=PRES),
    G("to continue protecting entrepreneurs from unjustified interference", ["Prosecutor General's Office"],
      "continue protecting entrepreneurs from unjustified interference by government agencies", issuer=PRES),
    G("submit proposals on improving legislation on administrative offenses", ["Prosecutor General's Office"],
      "submit proposals on improving legislation on administrative offenses",
      "2025-12-31", "by the end of the year", "year", issuer=PRES),
    G("stressed the importance of strengthening the coordination of law enforcement agencies", [],
      "strengthen the coordination of law enforcement agencies in the fight against corruption",
      issuer=PRES, opt=True),
  ])

# ---------------------------------------------------------------- en-15
A("ws-en-15", "en", "2026-03-03",
  "Sowing campaign: farmers to receive funding before the start of field work",
  """
At the Government session chaired by Prime Minister Olzhas Bektenov, preparations for the spring field work were considered.
Minister of Agriculture Aidarbek Saparov reported that this year the sown area will amount to 23.8 million hectares, of which wheat accounts for 12.5 million hectares. The need for diesel fuel is estimated at 420 thousand tons.
In 2025, 700 billion tenge was allocated for preferential lending of the spring field and harvesting work. This year, it is planned to allocate 800 billion tenge through the Agrarian Credit Corporation by April.
Olzhas Bektenov instructed the Ministry of Agriculture, together with the Agrarian Credit Corporation, to ensure that funds reach farmers by March 15.
The Ministry of Energy must ensure the supply of diesel fuel to agricultural producers at reduced prices in April and May, while KazMunayGas needs to keep the operation of refineries uninterrupted during the sowing campaign.
Akimats have been instructed to take control of the quality of seeds and, within three days, to submit to the ministry information on the readiness of machinery.
The Ministry of Agriculture was also instructed to reflect measures to support livestock farming in the new Concept for the Development of the Agro-Industrial Complex until 2030.
Second-tier banks are called on to actively participate in financing the sowing campaign.
""",
  [
    G("it is planned to allocate 800 billion tenge through the Agrarian Credit Corporation", [],
      "allocate 800 billion tenge through the Agrarian Credit Corporation", "2026-04-30", "by April", "month",
      opt=True),
    G("to ensure that funds reach farmers by March 15", [MOA],
      "ensure that funds reach farmers", "2026-03-15", "by March 15", "day",
      co=["Agrarian Credit Corporation"], issuer=PM),
    G("must ensure the supply of diesel fuel to agricultural producers", [MOE],
      "ensure the supply of diesel fuel to agricultural producers at reduced prices",
      "2026-05-31", "in April and May", "month", issuer=PM),
    G("needs to keep the operation of refineries uninterrupted", ["KazMunayGas"],
      "keep the operation of refineries uninterrupted", None, "during the sowing campaign", None, issuer=PM),
    G("have been instructed to take control of the quality of seeds", ["akimats"],
      "take control of the quality of seeds", issuer=PM),
    G("to submit to the ministry information on the readiness of machinery", ["akimats"],
      "submit to the ministry information on the readiness of machinery", "2026-03-06", "within three days", "day",
      issuer=PM),
    G("to reflect measures to support livestock farming", [MOA],
      "reflect measures to support livestock farming in the new Concept for the Development of the Agro-Industrial Complex",
      issuer=PM),
  ])

# ---------------------------------------------------------------- en-16
A("ws-en-16", "en", "2025-06-05",
  "Tokayev holds meeting on water management, sets deadlines",
  """
President Kassym-Jomart Tokayev held a meeting on the rational use of water resources, Kazinform News Agency reports.
The meeting was attended by Prime Minister Olzhas Bektenov, Head of the Presidential Administration Aibek Dadebay, ministers and akims of the southern regions.
As the Minister of Water Resources and Irrigation reported, the country's water deficit may reach 12-15 cubic kilometers by 2040. Losses in irrigation canals reach 40%. In 2024, 1,400 km of canals were reconstructed.
Kassym-Jomart Tokayev said that water-saving technologies must be introduced everywhere. The Head of State gave a number of instructions.
The Ministry of Water Resources and Irrigation was instructed to digitize the accounting of water at all main canals by the end of the year and to reconstruct 3,500 km of canals by 2027.
The Government needs to adopt a plan for the construction of 20 new reservoirs within three months, and the Ministry of Agriculture to expand subsidies for drip irrigation to 150 thousand hectares in 2026.
The Ministry of Foreign Affairs, jointly with the Ministry of Water Resources, is to intensify negotiations with neighboring states on the division of transboundary rivers.
The Ministry of Ecology, Geology and Natural Resources, as well as the akimats of Kyzylorda and Turkistan regions, must take urgent measures to preserve the Northern Aral Sea.
""",
  [
    G("water-saving technologies must be introduced everywhere", [],
      "introduce water-saving technologies everywhere", issuer=PRES, opt=True),
    G("to digitize the accounting of water at all main canals", [MWRI],
      "digitize the accounting of water at all main canals", "2025-12-31", "by the end of the year", "year",
      issuer=PRES),
    G("to reconstruct 3,500 km of canals by 2027", [MWRI],
      "reconstruct 3,500 km of canals", "2027-12-31", "by 2027", "year", issuer=PRES),
    G("needs to adopt a plan for the construction of 20 new reservoirs", ["Government"],
      "adopt a plan for the construction of 20 new reservoirs", "2025-09-05", "within three months", "day",
      issuer=PRES),
    G("to expand subsidies for drip irrigation", [MOA],
      "expand subsidies for drip irrigation to 150 thousand hectares", "2026-12-31", "in 2026", "year",
      issuer=PRES),
    G("is to intensify negotiations with neighboring states", [MFA],
      "intensify negotiations with neighboring states on the division of transboundary rivers",
      co=[MWRI], issuer=PRES),
    G("must take urgent measures to preserve the Northern Aral Sea",
      ["Ministry of Ecology and Natural Resources", "Akimat of Kyzylorda region", "Akimat of Turkistan region"],
      "take urgent measures to preserve the Northern Aral Sea", issuer=PRES),
  ])

# ---------------------------------------------------------------- en-17
A("ws-en-17", "en", "2025-10-28",
  "Bozumbayev: monopolists to publish investment programs by November 15",
  """
Deputy Prime Minister Kanat Bozumbayev held a meeting of the Project Office on the implementation of the National Project for the Modernization of the Energy and Utilities Sectors, primeminister.kz reports.
To date, 57 projects of natural monopoly entities worth 640 billion tenge have been approved. Since the beginning of the year, 6.2 thousand km of networks have been repaired, and the wear of utility networks has decreased from 57% to 52%. It is expected that by 2029 the wear will fall to 40%.
"Natural monopoly entities must publish their investment programs for 2026-2030 on their websites by November 15," the Deputy Prime Minister said.
The Committee for Regulation of Natural Monopolies has been tasked with approving tariffs for participants in the national project within 30 days after receiving applications.
The Kazakhstan Center for Modernization and Development of Housing and Utilities, together with the Development Bank of Kazakhstan, is to launch the electronic procurement platform for MEKS projects in November.
It was noted that akimats of the regions must submit updated modernization maps to the Project Office by November 10, while Samruk-Energy is to complete the replacement of two boilers at Ekibastuz GRES-1 by the end of the first quarter of next year.
It is necessary to revise the rules for connecting new consumers to heat networks. The Ministry of Energy has been instructed to do this by December 1.
""",
  [
    G("must publish their investment programs for 2026-2030", ["natural monopoly entities"],
      "publish their investment programs for 2026-2030 on their websites", "2025-11-15", "by November 15", "day",
      issuer=DPM),
    G("has been tasked with approving tariffs for participants in the national project",
      ["Committee for Regulation of Natural Monopolies"],
      "approve tariffs for participants in the national project within 30 days after receiving applications",
      None, "within 30 days after receiving applications", None, issuer=DPM),
    G("is to launch the electronic procurement platform for MEKS projects",
      ["Kazakhstan Center for Modernization and Development of Housing and Utilities"],
      "launch the electronic procurement platform for MEKS projects", "2025-11-30", "in November", "month",
      co=["Development Bank of Kazakhstan"], issuer=DPM),
    G("must submit updated modernization maps to the Project Office", ["akimats"],
      "submit updated modernization maps to the Project Office", "2025-11-10", "by November 10", "day",
      issuer=DPM),
    G("is to complete the replacement of two boilers at Ekibastuz GRES-1", ["Samruk-Energy"],
      "complete the replacement of two boilers at Ekibastuz GRES-1", "2026-03-31",
      "by the end of the first quarter of next year", "quarter", issuer=DPM),
    G("The Ministry of Energy has been instructed to do this by December 1", [MOE],
      "revise the rules for connecting new consumers to heat networks", "2025-12-01", "by December 1", "day",
      issuer=DPM),
  ])

# ---------------------------------------------------------------- en-18
A("ws-en-18", "en", "2025-08-12",
  "Bektenov criticizes akims for delays in road repair",
  """
Prime Minister Olzhas Bektenov criticized a number of akimats for delays in the repair of local roads at the Government session, Tengrinews.kz reports.
According to Minister of Transport Nurlan Sauranbayev, this year 12 thousand km of roads are covered by construction, reconstruction and repair work, including 4.5 thousand km of local roads. As of August 1, only 38% of the work on local roads has been completed.
In Zhambyl and Kyzylorda regions, the figure does not exceed 20%. "The construction season is short, and the akimats have not even completed the tenders yet," Bektenov said.
Akims of the Zhambyl and Kyzylorda regions were given 10 days to eliminate the lag and submit updated work schedules to the Ministry of Transport.
KazAvtoZhol and the Roads Committee must strengthen quality control of asphalt laying, and the Ministry of Transport should complete the repair of the Kyzylorda-Zhezkazgan highway by October.
The Prime Minister also ordered the Ministry of Industry and Construction to check the availability of bitumen at all regional plants by the end of August. Earlier, in 2023, bitumen shortages led to the suspension of work on 300 km of roads.
""",
  [
    G("were given 10 days to eliminate the lag",
      ["Akimat of Zhambyl region", "Akimat of Kyzylorda region"],
      "eliminate the lag and submit updated work schedules to the Ministry of Transport",
      "2025-08-22", "10 days", "day", issuer=PM),
    G("must strengthen quality control of asphalt laying", ["KazAvtoZhol", "Roads Committee"],
      "strengthen quality control of asphalt laying", issuer=PM),
    G("should complete the repair of the Kyzylorda-Zhezkazgan highway", [MOT],
      "complete the repair of the Kyzylorda-Zhezkazgan highway", "2025-10-31", "by October", "month",
      issuer=PM),
    G("ordered the Ministry of Industry and Construction to check the availability of bitumen", [MIC],
      "check the availability of bitumen at all regional plants", "2025-08-31", "by the end of August", "month",
      issuer=PM),
  ])

# ---------------------------------------------------------------- en-19 (no directives)
A("ws-en-19", "en", "2025-11-11",
  "Astana hosts Central Asian water security forum",
  """
The Central Asian Forum on Water Security opened in Astana on Tuesday, bringing together over 400 delegates from 18 countries, a Kazinform News Agency correspondent reports.
Participants discussed the use of transboundary rivers, glacier melting and the introduction of water-saving technologies. According to the UN, by 2050 the region could lose up to a third of its glacier mass.
Kazakhstan has reconstructed 3,000 km of irrigation canals since 2022. In 2024, the country began building 20 new reservoirs, six of which were completed this year.
Vice Minister of Water Resources and Irrigation Yerlan Koshanov said cooperation with neighboring countries had reached a new level. The ministry signed memoranda with Uzbekistan and Kyrgyzstan in 2025.
The forum will continue its work until November 13.
""",
  [])

# ---------------------------------------------------------------- en-20
A("ws-en-20", "en", "2026-01-20",
  "Tokayev instructs to resolve Aktau water shortage",
  """
Head of State Kassym-Jomart Tokayev received Akim of Mangystau region Nurdaulet Kilybay, the Akorda press service reports.
The President was informed about the socio-economic development of the region in 2025. The gross regional product grew by 5.4%, investments in fixed capital by 9%. Over the year, 1.1 million square meters of housing were commissioned.
The akim reported on the construction of the desalination plant in Kenderli, which is to be completed in 2026, and the expansion of the Astrakhan-Mangyshlak water pipeline.
The Head of State noted that providing Aktau and Zhanaozen with drinking water remains a priority. Kassym-Jomart Tokayev instructed the regional akimat, together with the Ministry of Water Resources and Irrigation and Samruk-Kazyna, to complete the first stage of the Kenderli plant by the end of the third quarter.
The President also tasked the akim with creating 15 thousand permanent jobs this year and reducing the number of unemployed young people.
The Ministry of Energy was instructed to promptly resolve the issue of gas supply to the Munaily district. QazaqGaz is to build the second line of the Beineu-Zhanaozen gas pipeline by the end of next year.
""",
  [
    G("which is to be completed in 2026", [],
      "complete the construction of the desalination plant in Kenderli", "2026-12-31", "in 2026", "year",
      opt=True),
    G("to complete the first stage of the Kenderli plant", ["Akimat of Mangystau region"],
      "complete the first stage of the Kenderli plant", "2026-09-30", "by the end of the third quarter", "quarter",
      co=[MWRI, "Samruk-Kazyna"], issuer=PRES),
    G("tasked the akim with creating 15 thousand permanent jobs", ["Akimat of Mangystau region"],
      "create 15 thousand permanent jobs and reduce the number of unemployed young people",
      "2026-12-31", "this year", "year", issuer=PRES),
    G("was instructed to promptly resolve the issue of gas supply", [MOE],
      "resolve the issue of gas supply to the Munaily district", None, "promptly", None, issuer=PRES),
    G("is to build the second line of the Beineu-Zhanaozen gas pipeline", ["QazaqGaz"],
      "build the second line of the Beineu-Zhanaozen gas pipeline", "2027-12-31", "by the end of next year",
      "year", issuer=PRES),
  ])
