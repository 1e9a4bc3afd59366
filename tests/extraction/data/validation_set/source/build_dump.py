# English news-list dump (kt.kz style). First block has no date line -> inferred date.
DUMP_NAME = "kazinform_en_2025-11.txt"
DUMP = [
dict(title="Kazakh President orders to ensure uninterrupted passage of heating season", date_line=None, published="2025-11-27", inferred=True, text="""
Head of State Kassym-Jomart Tokayev received Minister of Energy Yerlan Akkenzhenov, Kazinform News Agency cites the Akorda press service.
The Head of State was briefed on the passage of the heating season and the implementation of the National Project for the Modernization of the Energy and Utilities Sectors.
According to the minister, 98% of heat sources and networks entered the heating season with readiness passports. This year, 1,100 km of heat networks were repaired, and 12.4 million tons of coal were shipped to the regions for the needs of the population and utilities.
The minister also reported on the construction of new combined heat and power plants in Kokshetau, Semey and Ust-Kamenogorsk, which are scheduled to be commissioned in 2027-2028.
Kassym-Jomart Tokayev instructed the Ministry of Energy, together with the akimats, to ensure the uninterrupted passage of the heating season and to keep the situation in Ekibastuz and Rudny under special control.
The President also instructed to complete the construction of the CHP plants in Kokshetau, Semey and Ust-Kamenogorsk within the established time frame.
In addition, the Head of State instructed the minister to submit proposals on a new tariff policy in the electric power industry by the end of the year.
""", gold=[
("scheduled to be commissioned in 2027-2028", [], [], "commission new combined heat and power plants in Kokshetau, Semey and Ust-Kamenogorsk", "2028-12-31", "in 2027-2028", "year", None, True),
("to ensure the uninterrupted passage of the heating season", ["Ministry of Energy"], ["akimats"], "ensure the uninterrupted passage of the heating season and keep the situation in Ekibastuz and Rudny under special control", None, None, None, "President", False),
("The President also instructed to complete the construction of the CHP plants", ["Ministry of Energy"], [], "complete the construction of the CHP plants in Kokshetau, Semey and Ust-Kamenogorsk", None, "within the established time frame", None, "President", False),
("instructed the minister to submit proposals on a new tariff policy", ["Ministry of Energy"], [], "submit proposals on a new tariff policy in the electric power industry", "2025-12-31", "by the end of the year", "year", "President", False),
]),
dict(title="Almaty air quality: Deputy Prime Minister sets deadlines for gasification and CHP conversion", date_line="27.11.2025, 16:20 3120", published="2025-11-27", inferred=False, text="""
Deputy Prime Minister Kanat Bozumbayev held a meeting on improving air quality in Almaty, Kazinform News Agency reports with reference to the press service of the Government.
According to Kazhydromet, in October 2025 the number of days with high air pollution in Almaty increased by 15% compared to October 2024. Emissions from motor vehicles account for up to 60% of pollution, and private houses heated with coal for another 20%.
Samruk-Energy reported that the conversion of Almaty CHP-2 to gas was completed this year, which reduced emissions by 12 thousand tons per year.
Bozumbayev instructed Samruk-Energy to complete the conversion of Almaty CHP-3 to gas in the third quarter of 2026.
QazaqGaz (formerly KazTransGas), together with the Almaty akimat, must ensure the connection of 4,500 private houses in the Nauryzbay and Alatau districts to gas networks before the end of the year.
The Ministry of Ecology and Natural Resources was ordered to install 40 additional automatic air quality monitoring stations in the city by the end of February.
The Ministry of Energy and the Ministry of Industry and Construction need to, within 10 days, submit proposals on subsidizing electric heating for private households.
The city akimat was also instructed to increase the number of gas-powered buses to 1,200, and the police - to strengthen control over vehicles with excessive exhaust emissions.
It is expected that the measures will reduce the level of air pollution in the city by 30% by 2028.
""", gold=[
("to complete the conversion of Almaty CHP-3 to gas", ["Samruk-Energy"], [], "complete the conversion of Almaty CHP-3 to gas", "2026-09-30", "in the third quarter of 2026", "quarter", "Deputy Prime Minister", False),
("must ensure the connection of 4,500 private houses", ["QazaqGaz"], ["Akimat of Almaty"], "ensure the connection of 4,500 private houses in the Nauryzbay and Alatau districts to gas networks", "2025-12-31", "before the end of the year", "year", "Deputy Prime Minister", False),
("was ordered to install 40 additional automatic air quality monitoring stations", ["Ministry of Ecology and Natural Resources"], [], "install 40 additional automatic air quality monitoring stations in the city", "2026-02-28", "by the end of February", "month", "Deputy Prime Minister", False),
("need to, within 10 days, submit proposals on subsidizing electric heating", ["Ministry of Energy", "Ministry of Industry and Construction"], [], "submit proposals on subsidizing electric heating for private households", "2025-12-07", "within 10 days", "day", "Deputy Prime Minister", False),
("The city akimat was also instructed to increase the number of gas-powered buses", ["Akimat of Almaty"], [], "increase the number of gas-powered buses to 1,200", None, None, None, "Deputy Prime Minister", False),
("to strengthen control over vehicles with excessive exhaust emissions", ["Ministry of Internal Affairs"], [], "strengthen control over vehicles with excessive exhaust emissions", None, None, None, "Deputy Prime Minister", False),
("It is expected that the measures will reduce the level of air pollution", [], [], "reduce the level of air pollution in the city by 30%", "2028-12-31", "by 2028", "year", None, True),
]),
dict(title="Daniyar Abenov appointed Vice Minister of Water Resources and Irrigation", date_line="27.11.2025, 11:05 2210", published="2025-11-27", inferred=False, text="""
By the resolution of the Government of the Republic of Kazakhstan, Daniyar Abenov has been appointed Vice Minister of Water Resources and Irrigation, Kazinform News Agency reports.
Daniyar Abenov was born in 1981 in Zhambyl region. He graduated from Taraz State University with a degree in hydraulic engineering and from the Academy of Public Administration under the President of the Republic of Kazakhstan.
He began his career in 2003 as an engineer at the Zhambyl branch of the Kazvodkhoz enterprise.
From 2008 to 2016, he held various positions in the Committee for Water Resources of the Ministry of Agriculture, including head of the department of water use regulation.
In 2016-2021, he served as Deputy Director General of Kazvodkhoz, and from 2021 to 2023 he was Deputy Akim of Zhambyl region in charge of agriculture and water issues.
Since September 2023, he has served as Chairman of the Water Resources Committee of the Ministry of Water Resources and Irrigation.
In his new position, the Vice Minister will oversee the construction of new reservoirs, 20 of which are to be built by 2027 under the national project.
""", gold=[
("20 of which are to be built by 2027", [], [], "build 20 new reservoirs under the national project", "2027-12-31", "by 2027", "year", None, True),
]),
dict(title="Astana akim sets tasks for snow removal in winter season", date_line="25.11.2025, 18:40 4471", published="2025-11-25", inferred=False, text="""
Akim of Astana Zhenis Kassymbek held a meeting on the preparation of the city infrastructure for winter, Kazinform correspondent reports.
In November, 62 thousand cubic meters of snow were removed from the city streets, and 1,300 units of special equipment were involved. Last winter, the city spent 14 billion tenge on snow removal, and 48 snow melting points were in operation.
According to the akimat, 95 snow melting points will be put into operation by December 1.
The akim instructed the district akimats to ensure that sidewalks, bus stops and pedestrian crossings are cleared of snow no later than 8:00 after each snowfall.
The district akimats were also tasked with completing the inventory of roofs of multi-storey buildings to prevent icicles from falling by the end of the week.
Management companies and condominium associations were called upon to take part in cleaning yards and roofs.
Kassymbek warned that the heads of district akimats would bear personal responsibility for the quality of snow removal.
""", gold=[
("95 snow melting points will be put into operation by December 1", ["Akimat of Astana"], [], "put 95 snow melting points into operation", "2025-12-01", "by December 1", "day", None, True),
("to ensure that sidewalks, bus stops and pedestrian crossings are cleared", ["akimats"], [], "ensure that sidewalks, bus stops and pedestrian crossings are cleared of snow no later than 8:00 after each snowfall", None, None, None, "akim of Astana", False),
("were also tasked with completing the inventory of roofs", ["akimats"], [], "complete the inventory of roofs of multi-storey buildings to prevent icicles from falling", "2025-11-30", "by the end of the week", "day", "akim of Astana", False),
]),
]
