"""Builds articles.jsonl and dev_gold.jsonl for validation_set27 (speech-heavy English set).
Each article: (id, published, title, text, [gold...]). Gold tuples are dicts in spec order."""
import json, os

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def g(quote, issuer, responsible, task, deadline=None, deadline_text=None, gran=None,
      co=(), optional=False):
    return dict(quote=quote, optional=optional, issuer=issuer, responsible=list(responsible),
                co_executors=list(co), task=task, deadline=deadline,
                deadline_text=deadline_text, deadline_granularity=gran)

P, PM, DPM = "President", "Prime Minister", "Deputy Prime Minister"
ARTICLES = []

def art(aid, published, title, text, gold):
    ARTICLES.append(dict(id=aid, lang="en", published=published, title=title,
                         text=text.strip("\n"), gold=gold))

# ---------------------------------------------------------------- 01
art("vs27-en-01", "2026-01-27", "Head of State chairs expanded Government meeting on results of 2025", """
President Kassym-Jomart Tokayev chaired an expanded meeting of the Government dedicated to the results of the country's socio-economic development in 2025 and the tasks for the current year, Akorda reports.
Opening the meeting, the Head of State noted that last year the economy grew by 6.5 percent, while investment in fixed capital exceeded 20 trillion tenge. Real incomes of the population increased by 3.1 percent.
These are good results, but we cannot rest on our laurels. The global economy is going through a period of turbulence, and we need to move to a new model of growth based on processing industries and technologies. Our goal is to double the size of the economy by 2029," the President said.
According to the Head of State, inflation remains the main threat to the incomes of citizens. Over the past year, prices for food products increased by more than 11 percent. I instruct the Government, together with the National Bank, to bring inflation down to a single-digit level by the end of the year. We need coordinated actions of the fiscal and monetary authorities, not mutual accusations," Kassym-Jomart Tokayev said.
The President drew attention to the slow implementation of investment projects. Last year, only 60 percent of the planned projects were commissioned, and more than 200 projects have been stuck at the construction stage for years. The akims are personally responsible for this. I task the akims of the regions with ensuring the launch of all stalled projects in the first half of the year. There will be no more excuses," he said.
The Head of State criticized the work of the Ministry of Industry and Construction on the localization of production. The share of domestic goods in the purchases of subsoil users remains below 30 percent. The Ministry must revise the local content requirements for subsoil users and national companies by July 1. At the same time, we should not create artificial barriers for foreign investors," the President stated.
Kassym-Jomart Tokayev also touched upon the situation in the housing and utilities sector. According to him, the wear and tear of heat networks in a number of cities exceeds 70 percent, and the accident in Ekibastuz two years ago was a serious lesson for everyone. The Government must adopt a comprehensive plan for the modernization of utility networks until 2030 and ensure its strict implementation," the Head of State said.
Concluding his speech, the Head of State instructed the Presidential Administration to monitor the implementation of the instructions given at the meeting and report on the results every quarter.
""", [
    g("Our goal is to double the size of the economy by 2029", P, [], "double the size of the economy",
      "2029-12-31", "by 2029", "year", optional=True),
    g("I instruct the Government, together with the National Bank, to bring inflation down", P, ["Government"],
      "bring inflation down to a single-digit level", "2026-12-31", "by the end of the year", "year",
      co=["National Bank"]),
    g("I task the akims of the regions with ensuring the launch of all stalled projects", P, ["akimats"],
      "ensure the launch of all stalled projects", "2026-06-30", "in the first half of the year", "half"),
    g("The Ministry must revise the local content requirements", P, ["Ministry of Industry and Construction"],
      "revise the local content requirements for subsoil users and national companies", "2026-07-01", "by July 1", "day"),
    g("The Government must adopt a comprehensive plan for the modernization of utility networks", P, ["Government"],
      "adopt a comprehensive plan for the modernization of utility networks until 2030 and ensure its strict implementation"),
    g("instructed the Presidential Administration to monitor the implementation", P, ["Presidential Administration"],
      "monitor the implementation of the instructions given at the meeting and report on the results every quarter"),
])

# ---------------------------------------------------------------- 02
art("vs27-en-02", "2025-09-08", "State of the Nation Address by President Kassym-Jomart Tokayev “Kazakhstan in the Era of Artificial Intelligence”", """
Dear compatriots!
Dear members of Parliament and Government!
Today's Address is devoted to the most important issue for the future of our country – the digital transformation of the economy and the development of artificial intelligence.
Over the past year, we have done a lot. The export of IT services reached 1 billion dollars, and more than 90 percent of public services are now provided online. Our country is among the leaders of the UN e-government ranking.
However, we must not stop. The world is changing rapidly, and those who do not keep up with technological progress will be left behind. Within three years, Kazakhstan must become a fully digital country. This is our strategic goal.
First. Legislative framework. I instruct the Government to develop and adopt a Digital Code by the end of the year. The document must regulate the circulation of data, the use of artificial intelligence and the protection of personal information.
Second. Human capital. The shortage of specialists in the field of artificial intelligence is becoming a serious constraint. The Ministry of Science and Higher Education, together with the Ministry of Enlightenment, needs to introduce courses on artificial intelligence in all universities and colleges starting from the next academic year. We need to make digital literacy a basic skill for every citizen.
Third. Taxes. The new Tax Code comes into force on January 1, 2026. The Government must ensure that the new rules do not lead to an increase in the tax burden on small businesses. The Ministry of Finance should complete the transition of all taxpayers to electronic invoicing and online cash registers within six months.
Fourth. Energy. We need to build new generating capacities, otherwise the energy deficit will hold back economic growth. By 2029, it is planned to commission 14 gigawatts of new capacity, including the Ekibastuz GRES-3 and combined heat and power plants in Kokshetau, Semey and Ust-Kamenogorsk.
Fifth. Water. The shortage of water is becoming a serious challenge for the whole region. Our goal is to reduce water losses in irrigation by a third. The Ministry of Water Resources and Irrigation must reconstruct at least 3,500 kilometers of canals by 2027.
Dear compatriots!
I am confident that together we will achieve all our goals and build a Just and Prosperous Kazakhstan.
""", [
    g("Kazakhstan must become a fully digital country", P, [], "become a fully digital country",
      "2028-09-08", "Within three years", "day", optional=True),
    g("I instruct the Government to develop and adopt a Digital Code", P, ["Government"],
      "develop and adopt a Digital Code", "2025-12-31", "by the end of the year", "year"),
    g("needs to introduce courses on artificial intelligence in all universities and colleges", P,
      ["Ministry of Science and Higher Education"], "introduce courses on artificial intelligence in all universities and colleges",
      None, "starting from the next academic year", None, co=["Ministry of Education"]),
    g("The Government must ensure that the new rules do not lead to an increase", P, ["Government"],
      "ensure that the new rules do not lead to an increase in the tax burden on small businesses"),
    g("The Ministry of Finance should complete the transition of all taxpayers", P, ["Ministry of Finance"],
      "complete the transition of all taxpayers to electronic invoicing and online cash registers",
      "2026-03-08", "within six months", "day"),
    g("it is planned to commission 14 gigawatts of new capacity", P, [], "commission 14 gigawatts of new capacity",
      "2029-12-31", "By 2029", "year", optional=True),
    g("The Ministry of Water Resources and Irrigation must reconstruct at least 3,500 kilometers of canals", P,
      ["Ministry of Water Resources and Irrigation"], "reconstruct at least 3,500 kilometers of canals",
      "2027-12-31", "by 2027", "year"),
])

# ---------------------------------------------------------------- 03
art("vs27-en-03", "2025-10-14", "Olzhas Bektenov: heating season must pass without failures", """
At the Government session chaired by Prime Minister Olzhas Bektenov, the course of the heating season and the state of housing and utilities infrastructure were reviewed, primeminister.kz reports.
Minister of Energy Yerlan Akkenzhenov reported that 98 percent of heat sources are ready for the winter period. At the same time, the repair of boiler houses has not been completed in 14 settlements, and the stocks of coal at three power plants are below the normative level.
The heating season has started in all regions of the country. The Head of State pays special attention to the uninterrupted supply of heat and electricity to the population. Any failures in the work of heating systems are unacceptable. Akimats of Pavlodar, East Kazakhstan and Akmola regions must complete the repair of boiler houses by November 1," Olzhas Bektenov emphasized.
The Prime Minister noted that the wear and tear of utility networks in the country still averages 57 percent. In this regard, the Ministry of Industry and Construction needs to approve the list of priority projects for the modernization of heat networks for 2026 within two weeks. The Committee for Regulation of Natural Monopolies reported that the investment programs of natural monopolies were fulfilled by 82 percent this year.
We must learn the lessons of last winter. Emergency situations like the one in Ekibastuz should never be repeated. I instruct the Ministry of Emergency Situations to conduct inspections of all heat supply facilities in the northern regions by the end of October," the Prime Minister said.
Following the session, the Government approved a resolution on the procedure for the formation of fuel reserves.
""", [
    g("must complete the repair of boiler houses by November 1", PM,
      ["Akimat of Pavlodar region", "Akimat of East Kazakhstan region", "Akimat of Akmola region"],
      "complete the repair of boiler houses", "2025-11-01", "by November 1", "day"),
    g("needs to approve the list of priority projects", PM, ["Ministry of Industry and Construction"],
      "approve the list of priority projects for the modernization of heat networks for 2026",
      "2025-10-28", "within two weeks", "day"),
    g("I instruct the Ministry of Emergency Situations to conduct inspections", PM, ["Ministry of Emergency Situations"],
      "conduct inspections of all heat supply facilities in the northern regions", "2025-10-31", "by the end of October", "month"),
])

# ---------------------------------------------------------------- 04
art("vs27-en-04", "2025-12-23", "Government reviews execution of the republican budget for 2025", """
At the Government session chaired by Prime Minister Olzhas Bektenov, the progress of the execution of the republican budget for 2025 and preparation for the new financial year were considered, primeminister.kz reports.
Minister of Finance Madi Takiyev reported that as of December 20, the revenues of the republican budget were executed by 96.4 percent. The amount of unused funds is 312 billion tenge, most of which falls on capital expenditures.
There are only a few days left until the end of the year. All government agencies must ensure the full execution of the budget by the end of the year. Those responsible for the failure to use budget funds will be held accountable," Olzhas Bektenov said.
The Prime Minister instructed the Ministry of Finance to submit, by January 15, a report on the reasons for the non-use of funds for each budget program.
Particular attention was paid to the timely payment of salaries and social benefits before the New Year holidays. Last year, in several regions salaries to public sector employees were delayed for up to two weeks. This should not happen again. Akimats have been instructed to ensure that salaries and benefits are paid in full no later than December 29.
The new three-year budget for 2026-2028 comes into force on January 1. We need to learn to plan budget spending evenly throughout the year, without the rush in December," the Prime Minister noted.
In addition, the Agency for Strategic Planning and Reforms was instructed to present proposals on improving the system of state planning within two weeks.
""", [
    g("All government agencies must ensure the full execution of the budget", PM, ["government agencies"],
      "ensure the full execution of the budget", "2025-12-31", "by the end of the year", "year"),
    g("instructed the Ministry of Finance to submit, by January 15, a report", PM, ["Ministry of Finance"],
      "submit a report on the reasons for the non-use of funds for each budget program", "2026-01-15", "by January 15", "day"),
    g("Akimats have been instructed to ensure that salaries and benefits are paid in full", PM, ["akimats"],
      "ensure that salaries and benefits are paid in full", "2025-12-29", "no later than December 29", "day"),
    g("was instructed to present proposals on improving the system of state planning", PM,
      ["Agency for Strategic Planning and Reforms"], "present proposals on improving the system of state planning",
      "2026-01-06", "within two weeks", "day"),
])

# ---------------------------------------------------------------- 05
art("vs27-en-05", "2025-11-05", "Serik Zhumangarin inspects grain storage in Kostanay region", """
Deputy Prime Minister – Minister of National Economy Serik Zhumangarin paid a working trip to Kostanay region, where he inspected the progress of the harvesting campaign and the state of grain storage facilities, primeminister.kz reports.
This year, farmers of the region harvested 6.2 million tons of grain, which is 15 percent more than last year. At the same time, the capacity of elevators is not enough to store the entire crop, and about 400 thousand tons of grain are stored in open areas.
During a meeting at the regional akimat, Serik Zhumangarin noted that the problem of grain storage requires a systemic solution. Farmers should not be forced to sell grain at a loss in the autumn because of the lack of storage capacity. The state will support those who invest in modern storage facilities," the Deputy Prime Minister said.
He instructed the akimat of Kostanay region, together with the Ministry of Agriculture, to work out the construction of at least three new elevators with a total capacity of 300 thousand tons in 2026.
Kazakhstan Temir Zholy was tasked with ensuring the timely supply of grain cars. According to the Deputy Prime Minister, the shortage of rolling stock during the peak period should not exceed 5 percent.
During the trip, Zhumangarin also visited Kostanay district, where the construction of a new feed mill is underway. The district akimat was instructed to resolve the issue of connecting the enterprise to gas supply networks within a month.
""", [
    g("instructed the akimat of Kostanay region, together with the Ministry of Agriculture, to work out", DPM,
      ["Akimat of Kostanay region"], "work out the construction of at least three new elevators with a total capacity of 300 thousand tons",
      "2026-12-31", "in 2026", "year", co=["Ministry of Agriculture"]),
    g("Kazakhstan Temir Zholy was tasked with ensuring the timely supply of grain cars", DPM, ["Kazakhstan Temir Zholy"],
      "ensure the timely supply of grain cars"),
    g("the shortage of rolling stock during the peak period should not exceed 5 percent", DPM, ["Kazakhstan Temir Zholy"],
      "keep the shortage of rolling stock during the peak period within 5 percent", optional=True),
    g("The district akimat was instructed to resolve the issue", DPM, ["Akimat of Kostanay region"],
      "resolve the issue of connecting the enterprise to gas supply networks", "2025-12-05", "within a month", "day"),
])

# ---------------------------------------------------------------- 06
FDPM = "First Deputy Prime Minister"
art("vs27-en-06", "2026-01-16", "Roman Sklyar checks operation of energy facilities in East Kazakhstan region", """
First Deputy Prime Minister Roman Sklyar paid a working trip to East Kazakhstan region, where he checked the operation of energy facilities during the period of severe frosts, primeminister.kz reports.
In recent days, the air temperature in the region has dropped to minus 42 degrees, and the load on heat sources has increased by 20 percent. On January 12, an emergency shutdown of a boiler unit occurred at the Ust-Kamenogorsk CHP.
At a meeting held at the CHP, Roman Sklyar heard reports from the akim of the region and the heads of energy companies. There should be no interruptions in heat supply in such frosts. The akimat of East Kazakhstan region needs to keep the situation under constant control and ensure round-the-clock duty of emergency teams," the First Deputy Prime Minister said.
Sklyar instructed the Ministry of Energy to complete the replacement of boiler unit 9 at the CHP by Friday and to present a schedule for the repair of the remaining units by the end of next week.
The city akimat of Ridder was tasked with providing heat guns and backup diesel generators to social facilities within three days.
The First Deputy Prime Minister also noted that the modernization of the Ust-Kamenogorsk CHP under the national project has already begun.
""", [
    g("The akimat of East Kazakhstan region needs to keep the situation under constant control", FDPM,
      ["Akimat of East Kazakhstan region"], "keep the situation under constant control and ensure round-the-clock duty of emergency teams"),
    g("complete the replacement of boiler unit 9 at the CHP by Friday", FDPM, ["Ministry of Energy"],
      "complete the replacement of boiler unit 9 at the CHP", "2026-01-23", "by Friday", "day"),
    g("present a schedule for the repair of the remaining units", FDPM, ["Ministry of Energy"],
      "present a schedule for the repair of the remaining units", "2026-01-25", "by the end of next week", "day"),
    g("The city akimat of Ridder was tasked with providing heat guns", FDPM, ["Akimat of East Kazakhstan region"],
      "provide heat guns and backup diesel generators to social facilities", "2026-01-19", "within three days", "day"),
])

# ---------------------------------------------------------------- 07
art("vs27-en-07", "2025-12-11", "Tokayev calls for result-based subsidies, deeper processing in agriculture", """
ASTANA – President Kassym-Jomart Tokayev chaired a meeting on the development of the agro-industrial complex on Dec. 10, the Akorda press service reported.
The agricultural sector grew by 7.8 percent in the first nine months of the year, according to the Ministry of Agriculture. Tokayev noted, however, that the potential of the sector is far from being realized.
“Our farmers still depend on the weather and on subsidies. We need to change the approach to state support,” said Tokayev.
The President instructed the Government to switch to a system of subsidizing the final result instead of subsidizing costs by the end of next year.
“The Ministry of Agriculture must take the return of unused agricultural land under special control. Over 1.5 million hectares have already been returned to the state, but these lands are still not put into circulation. This work must be completed by the end of the first quarter,” the President said.
According to the President, livestock breeding requires special attention. “Kazakhstan has all the opportunities to become a major exporter of meat. Our goal is to make the country a reliable supplier of high-quality food products for the entire region,” he said.
The Head of State also tasked the Ministry of Trade and Integration to work out, together with QazTrade, new export routes for agricultural products to the markets of China and the Gulf countries in the first half of next year.
""", [
    g("instructed the Government to switch to a system of subsidizing the final result", P, ["Government"],
      "switch to a system of subsidizing the final result instead of subsidizing costs", "2026-12-31", "by the end of next year", "year"),
    g("The Ministry of Agriculture must take the return of unused agricultural land under special control", P,
      ["Ministry of Agriculture"], "take the return of unused agricultural land under special control"),
    g("This work must be completed by the end of the first quarter", P, [],
      "put the returned agricultural lands into circulation", "2026-03-31", "by the end of the first quarter", "quarter"),
    g("tasked the Ministry of Trade and Integration to work out, together with QazTrade", P, ["Ministry of Trade and Integration"],
      "work out new export routes for agricultural products to the markets of China and the Gulf countries",
      "2026-06-30", "in the first half of next year", "half", co=["QazTrade"]),
])

# ---------------------------------------------------------------- 08
art("vs27-en-08", "2026-01-20", "Olzhas Bektenov: all flood preparation measures must be completed by March 1", """
At the Government session chaired by Prime Minister Olzhas Bektenov, preparations for the spring flood period were reviewed, primeminister.kz reports.
According to Kazhydromet, snow reserves in the northern and western regions exceed the norm by 1.5-2 times. A high risk of flooding is forecast in Akmola, Kostanay, North Kazakhstan and West Kazakhstan regions in late March and April.
The flood of 2024 showed that prevention is much more effective than the elimination of consequences. We cannot allow a repetition of that situation. All preparatory measures must be completed by March 1. Akims must personally check the state of dams and protective structures in every settlement," Olzhas Bektenov said.
The Prime Minister noted that last year 1.2 thousand km of riverbeds were cleared and 38 dams were built. The Ministry of Water Resources and Irrigation needs to complete the repair of 52 hydraulic structures by the end of February.
We must not allow the construction of housing in flood-prone areas. Such facts have been identified in several regions," the Prime Minister stated.
Kazhydromet was instructed to provide the akimats with daily forecasts of the water level in rivers starting from February 15.
""", [
    g("All preparatory measures must be completed by March 1", PM, [],
      "complete all preparatory measures for the flood period", "2026-03-01", "by March 1", "day"),
    g("Akims must personally check the state of dams", PM, ["akimats"],
      "personally check the state of dams and protective structures in every settlement"),
    g("needs to complete the repair of 52 hydraulic structures", PM, ["Ministry of Water Resources and Irrigation"],
      "complete the repair of 52 hydraulic structures", "2026-02-28", "by the end of February", "month"),
    g("Kazhydromet was instructed to provide the akimats with daily forecasts", PM, ["Kazhydromet"],
      "provide the akimats with daily forecasts of the water level in rivers"),
])

# ---------------------------------------------------------------- 09
art("vs27-en-09", "2025-12-30", "Government considers development of secondary education", """
At the last Government session of the year, chaired by Prime Minister Olzhas Bektenov, issues of the development of secondary education were considered, primeminister.kz reports.
Minister of Education Zhuldyz Suleimenova reported that in 2025, 217 new schools were commissioned under the Comfortable School national project, which made it possible to eliminate emergency schools in nine regions. The shortage of student places decreased by 460 thousand.
The Head of State pays special attention to the quality of school education. The Comfortable School project is an important part of this work. The Ministry of Education, together with the akimats, needs to commission the remaining 152 schools by September 1," Olzhas Bektenov emphasized.
The Prime Minister noted that there are still cases of poor-quality construction and violations of deadlines by contractors. The Ministry of Industry and Construction has already inspected 60 schools built under the project.
In addition, the Ministry of Education has been tasked with developing, in January, a new methodology for per capita financing of schools, and the Ministry of Finance – with providing the necessary funds in the republican budget.
Our task is to ensure that every child studies in comfortable and safe conditions," Olzhas Bektenov concluded.
""", [
    g("needs to commission the remaining 152 schools by September 1", PM, ["Ministry of Education"],
      "commission the remaining 152 schools", "2026-09-01", "by September 1", "day", co=["akimats"]),
    g("has been tasked with developing, in January, a new methodology", PM, ["Ministry of Education"],
      "develop a new methodology for per capita financing of schools", "2026-01-31", "in January", "month"),
    g("with providing the necessary funds in the republican budget", PM, ["Ministry of Finance"],
      "provide the necessary funds in the republican budget"),
])

# ---------------------------------------------------------------- 10
art("vs27-en-10", "2025-10-28", "Kanat Bozumbayev: construction of desalination plant in Mangystau must be accelerated", """
Deputy Prime Minister Kanat Bozumbayev paid a working trip to Mangystau region, where he inspected the construction of a seawater desalination plant in the Kenderli area and the state of water supply networks in Aktau and Zhanaozen, primeminister.kz reports.
The water demand of the region is 240 thousand cubic meters per day, while the available capacities cover only 85 percent of this need. The deficit is particularly acute in the summer period.
The water supply of Mangystau region is under the personal control of the Head of State. The construction of the plant is four months behind schedule. The contractor and the regional akimat must take all measures to make up for the delay. The plant must be commissioned in the third quarter of next year," Kanat Bozumbayev said.
The Deputy Prime Minister instructed the Ministry of Water Resources and Irrigation, together with the akimat of Mangystau region, to complete the reconstruction of the Astrakhan–Mangyshlak water pipeline by 2027.
In Zhanaozen, Bozumbayev got acquainted with the work of the city water utility. Water losses in the networks reach 40 percent, and some microdistricts receive water on schedule.
In addition, the Deputy Prime Minister noted that the capacity of desalination plants in the region is planned to be increased threefold by 2030.
""", [
    g("The contractor and the regional akimat must take all measures to make up for the delay", DPM,
      ["Akimat of Mangystau region"], "take all measures to make up for the delay in the construction of the plant"),
    g("The plant must be commissioned in the third quarter of next year", DPM, [],
      "commission the desalination plant", "2026-09-30", "in the third quarter of next year", "quarter"),
    g("to complete the reconstruction of the Astrakhan–Mangyshlak water pipeline by 2027", DPM,
      ["Ministry of Water Resources and Irrigation"], "complete the reconstruction of the Astrakhan–Mangyshlak water pipeline",
      "2027-12-31", "by 2027", "year", co=["Akimat of Mangystau region"]),
    g("is planned to be increased threefold by 2030", None, [],
      "increase the capacity of desalination plants in the region threefold", "2030-12-31", "by 2030", "year", optional=True),
])

# ---------------------------------------------------------------- 11
art("vs27-en-11", "2025-10-09", "Tokayev assures foreign investors of stable rules at Foreign Investors’ Council", """
ASTANA – Kazakhstan will continue to create favorable conditions for foreign investors, said President Kassym-Jomart Tokayev at the 36th plenary session of the Foreign Investors’ Council on Oct. 8.
“Over the past 30 years, Kazakhstan has attracted more than 450 billion dollars of foreign direct investment. This is the result of our consistent policy,” Tokayev said.
The President noted that the country is entering a new stage of economic development. “We need to move from raw materials to high value-added production. Our goal is to make Kazakhstan a regional hub for logistics, digital services and green energy,” he said.
Tokayev emphasized that the protection of investors’ rights remains a priority. “Investors must be confident in the stability of the rules of the game. There will be no revision of contracts to the detriment of business,” he said.
According to the President, the Government has prepared a new package of measures to support investors. “I instruct the Government, together with Kazakh Invest, to launch a single investment window for large investors within three months. The Ministry of Foreign Affairs should strengthen the work of our embassies on attracting investment,” Tokayev said.
The President also invited the members of the council to take part in the development of the country’s critical minerals sector. “We are open to cooperation with all partners,” he said.
The council, established in 1998, is chaired by the President of Kazakhstan and brings together the heads of more than 30 international companies and organizations.
""", [
    g("to launch a single investment window for large investors within three months", P, ["Government"],
      "launch a single investment window for large investors", "2026-01-09", "within three months", "day", co=["Kazakh Invest"]),
    g("The Ministry of Foreign Affairs should strengthen the work of our embassies", P, ["Ministry of Foreign Affairs"],
      "strengthen the work of our embassies on attracting investment"),
])

# ---------------------------------------------------------------- 12
art("vs27-en-12", "2026-01-13", "Olzhas Bektenov instructs to strengthen measures to curb price growth", """
At the Government session chaired by Prime Minister Olzhas Bektenov, issues of curbing inflation and ensuring price stability in the food market were considered, primeminister.kz reports.
According to the Bureau of National Statistics, annual inflation in December 2025 amounted to 12.3 percent. Food prices increased by 11.1 percent, paid services by 16.4 percent.
Price growth directly affects the well-being of citizens. This issue is under the constant control of the Head of State. We need to act proactively and not react to the situation after the fact," the Prime Minister said.
The Ministry of Trade and Integration reported that the stabilization funds of the regions now contain 120 thousand tons of vegetables.
Bektenov drew attention to the high share of intermediaries in the supply chain. The Agency for Protection and Development of Competition, together with the Ministry of Internal Affairs, needs to identify and suppress price collusion in the fuel and food markets by the end of this week.
The Ministry of Agriculture has been instructed to submit proposals on increasing subsidies for greenhouse farms by the end of January, and the Ministry of Finance, together with the State Revenue Committee, to ensure the refund of VAT to exporters of agricultural products in February.
The Government will continue to keep the issue of price stability under special control," the Prime Minister concluded.
""", [
    g("needs to identify and suppress price collusion", PM, ["Agency for Protection and Development of Competition"],
      "identify and suppress price collusion in the fuel and food markets", "2026-01-18", "by the end of this week", "day",
      co=["Ministry of Internal Affairs"]),
    g("has been instructed to submit proposals on increasing subsidies for greenhouse farms", PM, ["Ministry of Agriculture"],
      "submit proposals on increasing subsidies for greenhouse farms", "2026-01-31", "by the end of January", "month"),
    g("to ensure the refund of VAT to exporters of agricultural products", PM, ["Ministry of Finance"],
      "ensure the refund of VAT to exporters of agricultural products", "2026-02-28", "in February", "month",
      co=["State Revenue Committee"]),
])

# ---------------------------------------------------------------- 13
art("vs27-en-13", "2025-11-25", "President holds meeting on regional development", """
Head of State Kassym-Jomart Tokayev held a meeting on the development of regions and local self-government, Akorda reports.
The meeting was attended by the Prime Minister, the Head of the Presidential Administration, members of the Government and akims of regions and cities of republican significance.
In his speech, the President noted that despite the increase in transfers from the republican budget, the regions remain heavily dependent on the center. Last year, the share of subsidies in the revenues of local budgets exceeded 50 percent.
This situation cannot continue. Regions must learn to earn on their own. I instruct the Ministry of National Economy to submit proposals on transferring additional tax sources to local budgets by February 1. At the same time, we must not allow an increase in the tax burden on business," the Head of State said.
Kassym-Jomart Tokayev criticized the low quality of services in rural areas. According to him, about 30 percent of villages still do not have access to centralized water supply. I task the akims with providing all villages with clean drinking water by the end of 2026. This is a direct instruction of the President, and I will personally monitor its implementation," he said.
The Head of State also noted that the construction of the LRT line in Astana should have been completed long ago.
Speaking about local self-government, the President said that rural akims should have real powers and resources. The Presidential Administration, together with the Government, is to work out the issue of expanding the powers of rural akims in the first quarter of next year.
In conclusion, Kassym-Jomart Tokayev set a number of specific tasks for the akims to improve the investment attractiveness of the regions.
""", [
    g("I instruct the Ministry of National Economy to submit proposals", P, ["Ministry of National Economy"],
      "submit proposals on transferring additional tax sources to local budgets", "2026-02-01", "by February 1", "day"),
    g("I task the akims with providing all villages with clean drinking water", P, ["akimats"],
      "provide all villages with clean drinking water", "2026-12-31", "by the end of 2026", "year"),
    g("is to work out the issue of expanding the powers of rural akims", P, ["Presidential Administration"],
      "work out the issue of expanding the powers of rural akims", "2026-03-31", "in the first quarter of next year", "quarter",
      co=["Government"]),
    g("set a number of specific tasks for the akims", P, ["akimats"],
      "improve the investment attractiveness of the regions", optional=True),
])

# ---------------------------------------------------------------- 14
art("vs27-en-14", "2026-01-06", "Government considers results of socio-economic development in 2025 and tasks for 2026", """
At the first Government session of the year, chaired by Prime Minister Olzhas Bektenov, the results of the socio-economic development of the country in 2025 and priority tasks for 2026 were considered, primeminister.kz reports.
According to the Ministry of National Economy, GDP growth in 2025 amounted to 6.4 percent. Manufacturing grew by 6.6 percent, construction by 14 percent, and transport and warehousing by 9.8 percent.
The Head of State set the task of ensuring economic growth of at least 6 percent this year. This is a high bar, but it is achievable. Every minister and every akim must clearly understand their area of responsibility," Olzhas Bektenov said.
The Prime Minister instructed the Ministry of National Economy, together with the Agency for Strategic Planning and Reforms, to approve the KPIs of all central and local executive bodies for 2026 by January 31.
Investment remains the key driver of growth. This year, it is necessary to attract at least 25 billion dollars of foreign direct investment. To do this, we need to remove administrative barriers and speed up the allocation of land plots for investors," the Prime Minister said.
The Ministry of Transport has been instructed to complete the construction of the Bakhty–Ayagoz railway line and 2,000 km of roads in the second half of the year. Kazakhstan Temir Zholy must launch the Darbaza–Maktaaral railway line by mid-year.
""", [
    g("The Head of State set the task of ensuring economic growth", P, [],
      "ensure economic growth of at least 6 percent", "2026-12-31", "this year", "year", optional=True),
    g("to approve the KPIs of all central and local executive bodies", PM, ["Ministry of National Economy"],
      "approve the KPIs of all central and local executive bodies for 2026", "2026-01-31", "by January 31", "day",
      co=["Agency for Strategic Planning and Reforms"]),
    g("it is necessary to attract at least 25 billion dollars", PM, [],
      "attract at least 25 billion dollars of foreign direct investment", "2026-12-31", "This year", "year"),
    g("has been instructed to complete the construction of the Bakhty–Ayagoz railway line", PM, ["Ministry of Transport"],
      "complete the construction of the Bakhty–Ayagoz railway line and 2,000 km of roads", "2026-12-31",
      "in the second half of the year", "half"),
    g("must launch the Darbaza–Maktaaral railway line by mid-year", PM, ["Kazakhstan Temir Zholy"],
      "launch the Darbaza–Maktaaral railway line", "2026-06-30", "by mid-year", "half"),
])

# ---------------------------------------------------------------- 15
art("vs27-en-15", "2025-12-04", "Tamara Duissenova checks social infrastructure in Turkistan region", """
Deputy Prime Minister Tamara Duissenova paid a working trip to Turkistan region, where she got acquainted with the work of medical organizations and employment centers, primeminister.kz reports.
The region has the highest birth rate in the country: more than 55 thousand children were born here last year. At the same time, the provision of the population with doctors is 20 percent lower than the national average.
At a meeting with the regional activists, the Deputy Prime Minister noted that the social sphere is a priority for local executive bodies. The regional health department needs to fill the vacancies of doctors in rural outpatient clinics by the end of the first quarter of 2026, using the mechanisms of the With a Diploma to the Village program," Tamara Duissenova said.
She instructed the Ministry of Healthcare to complete the construction of the multidisciplinary regional hospital in Turkistan in the fourth quarter of next year.
Duissenova also visited the Kentau employment center. The Ministry of Labor and Social Protection of the Population, together with the akimat of the region, has been tasked with creating at least 5,000 jobs for young people in Kentau and Arys in 2026.
We need to ensure that every young person has a decent job. Our goal is to reduce youth unemployment to 3 percent," the Deputy Prime Minister noted.
""", [
    g("The regional health department needs to fill the vacancies of doctors", DPM, ["Akimat of Turkistan region"],
      "fill the vacancies of doctors in rural outpatient clinics", "2026-03-31", "by the end of the first quarter of 2026", "quarter"),
    g("instructed the Ministry of Healthcare to complete the construction of the multidisciplinary regional hospital", DPM,
      ["Ministry of Healthcare"], "complete the construction of the multidisciplinary regional hospital in Turkistan",
      "2026-12-31", "in the fourth quarter of next year", "quarter"),
    g("has been tasked with creating at least 5,000 jobs for young people", DPM,
      ["Ministry of Labor and Social Protection of the Population"], "create at least 5,000 jobs for young people in Kentau and Arys",
      "2026-12-31", "in 2026", "year", co=["Akimat of Turkistan region"]),
])

# ---------------------------------------------------------------- 16
art("vs27-en-16", "2025-09-09", "Key takeaways from Tokayev’s 2025 State of the Nation Address", """
ASTANA – President Kassym-Jomart Tokayev delivered his annual State of the Nation Address at a joint session of the Kazakh Parliament on Sept. 8, focusing on artificial intelligence, digitalization and the reform of the tax system. The Astana Times has compiled the key takeaways from the speech.
Digital Code
Tokayev instructed the Government to develop and adopt the Digital Code by the end of the year. The document will regulate data circulation, the use of artificial intelligence and personal data protection.
Taxes
The new Tax Code will enter into force on Jan. 1, 2026. According to the President, the Finance Ministry should complete the transition of all taxpayers to electronic invoicing within six months.
Energy
Tokayev said the country needs new generating capacity to avoid an energy deficit, pointing to the planned Ekibastuz GRES-3 and new combined heat and power plants in Kokshetau, Semey and Ust-Kamenogorsk.
Water
Tokayev set the goal of reducing irrigation water losses by a third, instructing the Water Resources Ministry to reconstruct at least 3,500 kilometers of canals by 2027.
Experts interviewed by The Astana Times said the Address sets ambitious but achievable goals. “The emphasis on artificial intelligence reflects global trends. The key challenge will be implementation,” said an Astana-based economist.
""", [
    g("instructed the Government to develop and adopt the Digital Code", P, ["Government"],
      "develop and adopt the Digital Code", "2025-12-31", "by the end of the year", "year"),
    g("the Finance Ministry should complete the transition of all taxpayers", P, ["Ministry of Finance"],
      "complete the transition of all taxpayers to electronic invoicing", "2026-03-09", "within six months", "day"),
    g("instructing the Water Resources Ministry to reconstruct", P, ["Ministry of Water Resources and Irrigation"],
      "reconstruct at least 3,500 kilometers of canals", "2027-12-31", "by 2027", "year"),
])

KEYS = ["article", "published", "published_inferred", "quote", "optional", "issuer", "responsible",
        "co_executors", "task", "deadline", "deadline_text", "deadline_granularity"]

def main():
    with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as fa, \
         open(os.path.join(OUT, "dev_gold.jsonl"), "w", encoding="utf-8") as fg:
        for a in ARTICLES:
            fa.write(json.dumps({k: a[k] for k in ("id", "lang", "published", "title", "text")}, ensure_ascii=False) + "\n")
            for d in a["gold"]:
                row = dict(article=a["title"], published=a["published"], published_inferred=False, **d)
                fg.write(json.dumps({k: row[k] for k in KEYS}, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
