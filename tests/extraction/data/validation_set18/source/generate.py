"""Writes articles.jsonl and dev_gold.jsonl for validation set 18.

English Q&A interviews, Akorda audience readouts, Government press releases
with semicolon instruction blocks, and regional akimat news (2025-2026).
Labels are hand-written here; validate.py re-checks them.
"""
import json
import os

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ARTICLES = []   # (id, published, title, paragraphs, directives)


def D(quote, optional, issuer, responsible, co, task, deadline=None, dtext=None, gran=None):
    return dict(quote=quote, optional=optional, issuer=issuer, responsible=responsible,
                co_executors=co, task=task, deadline=deadline, deadline_text=dtext,
                deadline_granularity=gran)


def A(aid, published, title, paragraphs, directives):
    ARTICLES.append((aid, published, title, paragraphs, directives))


# ---------------------------------------------------------------- (a) interviews
A("v18-en-01", "2025-10-14",
  "Energy Minister: Ekibastuz GRES-1 power unit must be repaired before the heating season",
  [
   "Minister of Energy Yerlan Akkenzhenov told Kazinform News Agency about the preparations for the heating season, gasification and the construction of new power plants.",
   "– How ready are the regions for the coming winter?",
   "– As of October 10, readiness passports have been issued to 96% of heat sources. Over nine months of 2025, 640 km of heating networks were repaired, which is 20% more than in the same period last year.",
   "– There were accidents at Ekibastuz GRES-1 last winter. What will be done about it?",
   "– The Head of State instructed us to complete the overhaul of power unit 1 at Ekibastuz GRES-1 before the start of the heating season. The work is at the final stage. In addition, our ministry has been tasked with submitting to the Government a plan for replacing worn-out boilers at the Ekibastuz, Pavlodar and Petropavlovsk power plants within one month.",
   "– How is gasification going?",
   "– In accordance with the instruction of the Prime Minister, together with QazaqGaz we must connect 150 more settlements to gas by the end of the year. The General Scheme of Gasification until 2030 remains the main document for us. Today the level of gasification of the country has reached 61.8%.",
   "– And what about new generation?",
   "– The construction of three combined heat and power plants in Kokshetau, Semey and Ust-Kamenogorsk started in 2023. We plan to put the Kokshetau CHP into operation in the fourth quarter of 2026. The Government has also instructed the Ministry of Energy, jointly with Samruk-Energy, to complete the tender for the Ekibastuz GRES-3 project by March 1, 2026.",
   "– What would you say to consumers?",
   "– We urge citizens to pay for utilities on time and to use electric heaters carefully.",
  ],
  [
   D("The Head of State instructed us to complete the overhaul of power unit 1", False, "President",
     ["Ministry of Energy"], [], "complete the overhaul of power unit 1 at Ekibastuz GRES-1",
     None, "before the start of the heating season", None),
   D("our ministry has been tasked with submitting to the Government a plan", False, None,
     ["Ministry of Energy"], [],
     "submit to the Government a plan for replacing worn-out boilers at the Ekibastuz, Pavlodar and Petropavlovsk power plants",
     "2025-11-14", "within one month", "day"),
   D("together with QazaqGaz we must connect 150 more settlements to gas", False, "Prime Minister",
     ["Ministry of Energy"], ["QazaqGaz"], "connect 150 more settlements to gas",
     "2025-12-31", "by the end of the year", "year"),
   D("We plan to put the Kokshetau CHP into operation", True, None,
     ["Ministry of Energy"], [], "put the Kokshetau CHP into operation",
     "2026-12-31", "in the fourth quarter of 2026", "quarter"),
   D("to complete the tender for the Ekibastuz GRES-3 project", False, "Government",
     ["Ministry of Energy"], ["Samruk-Energy"], "complete the tender for the Ekibastuz GRES-3 project",
     "2026-03-01", "by March 1, 2026", "day"),
  ])

A("v18-en-02", "2025-12-23",
  "Gani Beisembayev: Three-shift schools must disappear by the end of next year",
  [
   "Minister of Education Gani Beisembayev spoke to The Astana Times about the Comfortable Schools project, teachers' workload and safety in schools.",
   "– How many comfortable schools have been opened so far?",
   "– Since 2023, 180 comfortable schools have been commissioned. The Head of State instructed us to put the remaining 37 schools into operation by September 1, so that children can study there from the new academic year.",
   "– What about the three-shift schools?",
   "– This is a painful issue. As of December 1, there are 46 three-shift schools in the country. Our ministry, together with akimats, has been tasked with eliminating three-shift education by the end of next year.",
   "– Teachers complain about paperwork.",
   "– Yes, we have already cut the number of reporting forms from 40 to 2. The Prime Minister instructed the ministry to approve new rules on teachers' workload in the first quarter.",
   "– And what about bullying and safety?",
   "– The President has repeatedly emphasized that the safety of children is a priority. By January 15, all schools must be equipped with video surveillance connected to the police situation centers. In addition, the ministry, jointly with the Ministry of Internal Affairs, must introduce the position of school safety inspector in all regions within three months.",
   "– What are the long-term goals?",
   "– The State Program for the Development of Education until 2029 sets the main benchmarks for us. I call on parents to take an active part in school life.",
  ],
  [
   D("The Head of State instructed us to put the remaining 37 schools into operation", False, "President",
     ["Ministry of Education"], [], "put the remaining 37 comfortable schools into operation",
     "2026-09-01", "by September 1", "day"),
   D("has been tasked with eliminating three-shift education", False, None,
     ["Ministry of Education"], ["akimats"], "eliminate three-shift education",
     "2026-12-31", "by the end of next year", "year"),
   D("instructed the ministry to approve new rules on teachers' workload", False, "Prime Minister",
     ["Ministry of Education"], [], "approve new rules on teachers' workload",
     "2026-03-31", "in the first quarter", "quarter"),
   D("all schools must be equipped with video surveillance", False, None,
     [], [], "equip all schools with video surveillance connected to the police situation centers",
     "2026-01-15", "By January 15", "day"),
   D("must introduce the position of school safety inspector", False, None,
     ["Ministry of Education"], ["Ministry of Internal Affairs"],
     "introduce the position of school safety inspector in all regions",
     "2026-03-23", "within three months", "day"),
  ])

A("v18-en-03", "2025-12-30",
  "Darkhan Satybaldy: Almaty to start building third metro line in 2026",
  [
   "Almaty akim Darkhan Satybaldy summed up the results of the year in an interview with Kazinform News Agency.",
   "– What has been done in 2025?",
   "– We commissioned 2.8 million square meters of housing and 34 schools. Since January 1, 2025, paid parking zones have been expanded to the Bostandyk district.",
   "– What tasks has the Head of State set for the city?",
   "– The Head of State instructed us to reduce air pollution by transferring the private sector to gas. By the end of next year, we must connect 12 thousand more private houses to gas.",
   "– What about the metro?",
   "– The Government has tasked the city akimat with launching the construction of the third metro line in 2026. The design documentation must be approved by the end of the second quarter.",
   "– Traffic jams remain a problem.",
   "– Our akimat has been instructed to put into operation the BRT line on Timiryazev Street by May 1. The traffic situation has already improved: the average speed on the main avenues has increased by 12%.",
   "– Almaty is a seismically active city. Are the buildings safe?",
   "– Together with the Ministry of Emergency Situations, we have been tasked with completing the seismic assessment of 3,500 apartment buildings within six months. I call on Almaty residents to take part in the Taza Qazaqstan campaign.",
  ],
  [
   D("The Head of State instructed us to reduce air pollution", False, "President",
     ["Akimat of Almaty"], [], "reduce air pollution by transferring the private sector to gas"),
   D("we must connect 12 thousand more private houses to gas", False, "President",
     ["Akimat of Almaty"], [], "connect 12 thousand more private houses to gas",
     "2026-12-31", "By the end of next year", "year"),
   D("tasked the city akimat with launching the construction of the third metro line", False, "Government",
     ["Akimat of Almaty"], [], "launch the construction of the third metro line",
     "2026-12-31", "in 2026", "year"),
   D("The design documentation must be approved", False, None,
     [], [], "approve the design documentation of the third metro line",
     "2026-06-30", "by the end of the second quarter", "quarter"),
   D("Our akimat has been instructed to put into operation the BRT line", False, None,
     ["Akimat of Almaty"], [], "put into operation the BRT line on Timiryazev Street",
     "2026-05-01", "by May 1", "day"),
   D("we have been tasked with completing the seismic assessment", False, None,
     ["Akimat of Almaty"], ["Ministry of Emergency Situations"],
     "complete the seismic assessment of 3,500 apartment buildings",
     "2026-06-30", "within six months", "day"),
  ])

A("v18-en-04", "2026-02-10",
  "Competition Agency chairman: state's share in economy to be cut to 14% by 2027",
  [
   "Chairman of the Agency for Protection and Development of Competition Marat Omarov answered questions from The Astana Times about the agency's priorities.",
   "– What are the agency's priorities for 2026?",
   "– The Head of State instructed the Government and our agency to reduce the state's share in the economy to 14% by 2027. In 2025, this share was 15.9%.",
   "– What about the fuel and food markets?",
   "– In January, we found signs of collusion in the fuel market in four regions. Our agency has been tasked with completing the investigations of the fuel market by the end of April.",
   "– And privatization?",
   "– The Comprehensive Privatization Plan for 2021-2025 has been completed: 640 objects were sold. A new privatization plan shall be adopted in the first half of the year, and the agency, together with the Ministry of Finance, must submit the list of objects for sale to the Government by March 15.",
   "– Should consumers expect lower prices?",
   "– Analysts believe that competition in the telecommunications market will grow. We call on entrepreneurs to report unfair practices through the e-Otinish portal.",
  ],
  [
   D("instructed the Government and our agency to reduce the state's share", False, "President",
     ["Government", "Agency for Protection and Development of Competition"], [],
     "reduce the state's share in the economy to 14%", "2027-12-31", "by 2027", "year"),
   D("Our agency has been tasked with completing the investigations", False, None,
     ["Agency for Protection and Development of Competition"], [],
     "complete the investigations of the fuel market", "2026-04-30", "by the end of April", "month"),
   D("A new privatization plan shall be adopted", False, None,
     [], [], "adopt a new privatization plan", "2026-06-30", "in the first half of the year", "half"),
   D("must submit the list of objects for sale to the Government", False, None,
     ["Agency for Protection and Development of Competition"], ["Ministry of Finance"],
     "submit the list of objects for sale to the Government", "2026-03-15", "by March 15", "day"),
  ])

A("v18-en-05", "2026-01-27",
  "Labor Minister: New Employment Map to be developed by end of first quarter",
  [
   "Minister of Labor and Social Protection of the Population Svetlana Zhakupova told Kazinform about pensions, employment and labor migration.",
   "– What changes await pensioners in 2026?",
   "– From January 1, 2026, pensions were indexed by 10%, and the basic pension by 9%.",
   "– The President set the task of creating new jobs. How is it going?",
   "– In 2025, 310 thousand permanent jobs were created. The Head of State instructed us to develop a new Employment Map for 2026-2028 by the end of the first quarter.",
   "– What about resettlement to the northern regions?",
   "– Our ministry, jointly with akimats of the northern regions, has been tasked with resettling 5,000 families in 2026. The quotas must be distributed among the regions by February 15.",
   "– Platform employment is growing fast.",
   "– The Labor Code amendments adopted in 2025 regulate platform employment. By mid-year we plan to launch a digital register of platform workers.",
   "– Your message to employers?",
   "– We urge employers to register employment contracts in the electronic system.",
  ],
  [
   D("The Head of State instructed us to develop a new Employment Map", False, "President",
     ["Ministry of Labor and Social Protection of the Population"], [],
     "develop a new Employment Map for 2026-2028", "2026-03-31", "by the end of the first quarter", "quarter"),
   D("has been tasked with resettling 5,000 families", False, None,
     ["Ministry of Labor and Social Protection of the Population"], ["akimats"],
     "resettle 5,000 families", "2026-12-31", "in 2026", "year"),
   D("The quotas must be distributed among the regions", False, None,
     [], [], "distribute the resettlement quotas among the regions", "2026-02-15", "by February 15", "day"),
   D("we plan to launch a digital register of platform workers", True, None,
     ["Ministry of Labor and Social Protection of the Population"], [],
     "launch a digital register of platform workers", "2026-06-30", "By mid-year", "half"),
  ])

# ---------------------------------------------------------------- (b) Akorda readouts
A("v18-en-06", "2025-11-18",
  "Head of State receives Minister of Agriculture",
  [
   "President Kassym-Jomart Tokayev received Minister of Agriculture Aidarbek Saparov, Akorda press service reports.",
   "The Head of State was briefed on the results of the harvesting campaign. According to the minister, 26.7 million tons of grain were threshed this year, with an average yield of 15.6 centners per hectare.",
   "Aidarbek Saparov also reported on grain exports and the preparations for the spring field work of 2026.",
   "The President instructed to ensure the export of at least 12 million tons of grain by the end of the marketing year.",
   "The Head of State also instructed to complete the subsidy payments to farmers before the end of the year, and to submit proposals on a new mechanism of forward purchases of grain by February 1.",
   "Kassym-Jomart Tokayev noted the importance of diversifying crops and reducing the share of wheat in the sown area.",
   "\"We must protect the interests of our farmers,\" the Head of State said.",
  ],
  [
   D("The President instructed to ensure the export of at least 12 million tons", False, "President",
     ["Ministry of Agriculture"], [], "ensure the export of at least 12 million tons of grain",
     None, "by the end of the marketing year", None),
   D("to complete the subsidy payments to farmers before the end of the year", False, "President",
     ["Ministry of Agriculture"], [], "complete the subsidy payments to farmers",
     "2025-12-31", "before the end of the year", "year"),
   D("to submit proposals on a new mechanism of forward purchases", False, "President",
     ["Ministry of Agriculture"], [], "submit proposals on a new mechanism of forward purchases of grain",
     "2026-02-01", "by February 1", "day"),
   D("noted the importance of diversifying crops", True, "President",
     ["Ministry of Agriculture"], [], "diversify crops and reduce the share of wheat in the sown area"),
  ])

A("v18-en-07", "2026-01-08",
  "Tokayev receives Mangystau region akim",
  [
   "Head of State Kassym-Jomart Tokayev received Akim of Mangystau region Nurdaulet Kilybay, Akorda reports.",
   "The President was informed about the socio-economic development of the region in 2025. The gross regional product grew by 5.8%, and investments in fixed capital amounted to 1.1 trillion tenge.",
   "The akim reported on the construction of the desalination plant in Kenderli, which is to be completed in 2027, and on the water supply of Aktau.",
   "The Head of State instructed to ensure uninterrupted water supply of Aktau and Zhanaozen and to complete the reconstruction of the Astrakhan-Mangyshlak water pipeline by the end of the third quarter.",
   "Kassym-Jomart Tokayev also set a number of tasks for the development of the tourism potential of the Caspian coast.",
   "Nurdaulet Kilybay was born in 1979 and has headed the region since 2023.",
  ],
  [
   D("which is to be completed in 2027", True, None,
     [], [], "complete the construction of the desalination plant in Kenderli",
     "2027-12-31", "in 2027", "year"),
   D("instructed to ensure uninterrupted water supply of Aktau and Zhanaozen", False, "President",
     ["Akimat of Mangystau region"], [], "ensure uninterrupted water supply of Aktau and Zhanaozen"),
   D("to complete the reconstruction of the Astrakhan-Mangyshlak water pipeline", False, "President",
     ["Akimat of Mangystau region"], [], "complete the reconstruction of the Astrakhan-Mangyshlak water pipeline",
     "2026-09-30", "by the end of the third quarter", "quarter"),
   D("set a number of tasks for the development of the tourism potential", True, "President",
     ["Akimat of Mangystau region"], [], "develop the tourism potential of the Caspian coast"),
  ])

A("v18-en-08", "2025-10-21",
  "President instructs to complete construction of multidisciplinary hospitals in 2026",
  [
   "President Kassym-Jomart Tokayev received Minister of Healthcare Akmaral Alnazarova, Akorda reports.",
   "The Head of State was informed about the implementation of the Comprehensive Plan for the Development of Healthcare until 2030 and about the incidence of influenza. According to the minister, over nine months 412 thousand people were vaccinated against influenza.",
   "The President was also briefed on the construction of multidisciplinary hospitals in the regions. Of the 20 planned hospitals, 11 were put into operation in 2024-2025.",
   "Kassym-Jomart Tokayev instructed to complete the construction of the remaining hospitals in Kyzylorda, Taldykorgan and Turkistan in 2026.",
   "In addition, the Head of State instructed to strengthen control over the prices of medicines and to ensure the full provision of rural medical facilities with ambulances by the end of the year.",
   "The President also instructed the ministry, together with the Social Health Insurance Fund, to promptly resolve the issue of debts to private clinics.",
   "The Head of State noted that the health of the nation is the basis of the country's well-being.",
  ],
  [
   D("instructed to complete the construction of the remaining hospitals", False, "President",
     ["Ministry of Healthcare"], [], "complete the construction of the remaining hospitals in Kyzylorda, Taldykorgan and Turkistan",
     "2026-12-31", "in 2026", "year"),
   D("instructed to strengthen control over the prices of medicines", False, "President",
     ["Ministry of Healthcare"], [], "strengthen control over the prices of medicines"),
   D("to ensure the full provision of rural medical facilities with ambulances", False, "President",
     ["Ministry of Healthcare"], [], "ensure the full provision of rural medical facilities with ambulances",
     "2025-12-31", "by the end of the year", "year"),
   D("to promptly resolve the issue of debts to private clinics", False, "President",
     ["Ministry of Healthcare"], ["Social Health Insurance Fund"], "resolve the issue of debts to private clinics",
     None, "promptly", None),
  ])

A("v18-en-09", "2026-03-05",
  "Head of State receives Samruk-Kazyna chairman",
  [
   "Head of State Kassym-Jomart Tokayev received Chairman of the Board of Samruk-Kazyna Nurlan Zhakupov, Akorda press service reports.",
   "The Head of State was briefed on the fund's results for 2025: net income amounted to 2.3 trillion tenge, and 480 billion tenge of dividends were paid to the budget.",
   "Zhakupov also reported on the implementation of major projects, including the second track of the Dostyk-Moyinty railway, completed in 2025, and the gas processing plant at the Kashagan field.",
   "The President instructed to accelerate the construction of the gas processing plant at Kashagan and to reduce the fund's operating costs by 10% in the current year.",
   "The Head of State also instructed to submit to the Government by the end of next week proposals on bringing the fund's subsidiaries to the stock market.",
   "\"We must move from a raw-materials economy to a processing one,\" Kassym-Jomart Tokayev said.",
  ],
  [
   D("instructed to accelerate the construction of the gas processing plant", False, "President",
     ["Samruk-Kazyna"], [], "accelerate the construction of the gas processing plant at Kashagan"),
   D("to reduce the fund's operating costs by 10%", False, "President",
     ["Samruk-Kazyna"], [], "reduce the fund's operating costs by 10%",
     "2026-12-31", "in the current year", "year"),
   D("proposals on bringing the fund's subsidiaries to the stock market", False, "President",
     ["Samruk-Kazyna"], [], "submit to the Government proposals on bringing the fund's subsidiaries to the stock market",
     "2026-03-15", "by the end of next week", "day"),
  ])

# ---------------------------------------------------------------- (c) Government releases
A("v18-en-10", "2025-12-09",
  "Government reviews passage of heating season",
  [
   "At the Government session chaired by Prime Minister Olzhas Bektenov, the passage of the heating season and the state of housing and utilities infrastructure were considered, primeminister.kz reports.",
   "Minister of Industry and Construction Yersayin Nagaspayev reported that since the start of the heating season on October 15, 212 accidents were recorded on heat networks, 30% fewer than a year earlier.",
   "Akims of Pavlodar and East Kazakhstan regions reported on the situation in Ekibastuz and Ridder.",
   "\"The residents of Ridder were left without heat for three days last winter. This must not happen again. We must learn the lessons of past years,\" Olzhas Bektenov said.",
   "Following the discussion, the Prime Minister instructed the Ministry of Industry and Construction to complete the inventory of all heating networks with a wear rate above 70% by the end of January; the Ministry of Energy to ensure fuel reserves of at least 30 days at all thermal power plants until the end of the heating season; the Ministry of National Economy, together with the Committee for Regulation of Natural Monopolies, to submit within two weeks proposals on investment tariffs for utilities; the akimats of Pavlodar and East Kazakhstan regions to complete the replacement of boilers in Ekibastuz and Ridder by December 25; Samruk-Kazyna to provide, by the end of this week, a schedule for repairing the power units of the Ekibastuz power plants.",
   "Control over the execution of the instructions was entrusted to Deputy Prime Minister Kanat Bozumbayev.",
  ],
  [
   D("to complete the inventory of all heating networks", False, "Prime Minister",
     ["Ministry of Industry and Construction"], [], "complete the inventory of all heating networks with a wear rate above 70%",
     "2026-01-31", "by the end of January", "month"),
   D("to ensure fuel reserves of at least 30 days", False, "Prime Minister",
     ["Ministry of Energy"], [], "ensure fuel reserves of at least 30 days at all thermal power plants",
     None, "until the end of the heating season", None),
   D("to submit within two weeks proposals on investment tariffs", False, "Prime Minister",
     ["Ministry of National Economy"], ["Committee for Regulation of Natural Monopolies"],
     "submit proposals on investment tariffs for utilities", "2025-12-23", "within two weeks", "day"),
   D("to complete the replacement of boilers in Ekibastuz and Ridder", False, "Prime Minister",
     ["Akimat of Pavlodar region", "Akimat of East Kazakhstan region"], [],
     "complete the replacement of boilers in Ekibastuz and Ridder", "2025-12-25", "by December 25", "day"),
   D("Samruk-Kazyna to provide, by the end of this week, a schedule", False, "Prime Minister",
     ["Samruk-Kazyna"], [], "provide a schedule for repairing the power units of the Ekibastuz power plants",
     "2025-12-14", "by the end of this week", "day"),
   D("Control over the execution of the instructions was entrusted", True, "Prime Minister",
     [], [], "control the execution of the instructions"),
  ])

A("v18-en-11", "2026-01-20",
  "Government discusses preparations for flood season",
  [
   "At the Government session chaired by Prime Minister Olzhas Bektenov, preparations for the spring flood season were considered.",
   "Minister of Emergency Situations Chingis Arinov reported that, according to Kazhydromet, snow reserves in the northern regions are 1.5 times above the norm. In 2024, floods affected 10 regions, and more than 118 thousand people were evacuated.",
   "Since the beginning of the year, 1,200 km of riverbeds and canals have been inspected.",
   "The Prime Minister noted that the Head of State had set the task of preventing a repeat of the 2024 floods.",
   "\"We must be ready for any scenario. People's lives are the top priority,\" Olzhas Bektenov said.",
   "Olzhas Bektenov instructed the Ministry of Emergency Situations, together with akimats, to complete the cleaning of riverbeds and culverts by March 1; the Ministry of Water Resources and Irrigation to bring all hydraulic structures into good condition before the flood period; the Ministry of Finance to allocate funds from the Government reserve within 10 days upon requests from the regions; the akimats of Akmola, Kostanay and North Kazakhstan regions to build protective dams in the first quarter; and Kazhydromet to provide daily forecasts of the water level in rivers starting from February 15.",
  ],
  [
   D("to complete the cleaning of riverbeds and culverts", False, "Prime Minister",
     ["Ministry of Emergency Situations"], ["akimats"], "complete the cleaning of riverbeds and culverts",
     "2026-03-01", "by March 1", "day"),
   D("to bring all hydraulic structures into good condition", False, "Prime Minister",
     ["Ministry of Water Resources and Irrigation"], [], "bring all hydraulic structures into good condition",
     None, "before the flood period", None),
   D("to allocate funds from the Government reserve", False, "Prime Minister",
     ["Ministry of Finance"], [], "allocate funds from the Government reserve upon requests from the regions",
     None, "within 10 days upon requests from the regions", None),
   D("to build protective dams in the first quarter", False, "Prime Minister",
     ["Akimat of Akmola region", "Akimat of Kostanay region", "Akimat of North Kazakhstan region"], [],
     "build protective dams", "2026-03-31", "in the first quarter", "quarter"),
   D("Kazhydromet to provide daily forecasts of the water level", False, "Prime Minister",
     ["Kazhydromet"], [], "provide daily forecasts of the water level in rivers"),
  ])

A("v18-en-12", "2025-11-25",
  "Government considers development of domestic tourism",
  [
   "At the Government session chaired by Prime Minister Olzhas Bektenov, the development of domestic tourism and preparations for the winter tourist season were considered.",
   "According to the Ministry of Tourism and Sports, in nine months of 2025 the number of domestic tourists reached 8.3 million, 12% more than in the same period of 2024. The Concept for the Development of the Tourism Industry until 2029 sets the goal of bringing the share of tourism in GDP to 8%.",
   "The Prime Minister noted that since 2023 the visa-free regime has been extended to citizens of 90 countries.",
   "The Ministry of Tourism and Sports has been instructed, together with the Ministry of Transport, to increase the number of domestic flights to the Shchuchinsk-Burabay and Alakol resort areas by the summer season.",
   "The Prime Minister gave a number of instructions: the Ministry of Tourism and Sports must launch a single tourist portal with online booking by the end of the first half of next year; the Ministry of Internal Affairs needs to introduce electronic registration of foreign tourists in hotels by October 1 of the current year; the akimat of Almaty region must complete the construction of engineering networks in the Kapshagay tourist zone in 2026-2027; the Akimat of Almaty must approve the master plan of the Oi-Karagai ski resort within a month.",
   "Tour operators are encouraged to develop budget tours for students.",
  ],
  [
   D("to increase the number of domestic flights", False, "Prime Minister",
     ["Ministry of Tourism and Sports"], ["Ministry of Transport"],
     "increase the number of domestic flights to the Shchuchinsk-Burabay and Alakol resort areas",
     None, "by the summer season", None),
   D("must launch a single tourist portal with online booking", False, "Prime Minister",
     ["Ministry of Tourism and Sports"], [], "launch a single tourist portal with online booking",
     "2026-06-30", "by the end of the first half of next year", "half"),
   D("needs to introduce electronic registration of foreign tourists", False, "Prime Minister",
     ["Ministry of Internal Affairs"], [], "introduce electronic registration of foreign tourists in hotels",
     "2025-10-01", "by October 1 of the current year", "day"),
   D("must complete the construction of engineering networks in the Kapshagay tourist zone", False, "Prime Minister",
     ["Akimat of Almaty region"], [], "complete the construction of engineering networks in the Kapshagay tourist zone",
     "2027-12-31", "in 2026-2027", "year"),
   D("must approve the master plan of the Oi-Karagai ski resort", False, "Prime Minister",
     ["Akimat of Almaty"], [], "approve the master plan of the Oi-Karagai ski resort",
     "2025-12-25", "within a month", "day"),
  ])

A("v18-en-13", "2025-12-26",
  "Final Government session of the year sums up results of 11 months",
  [
   "At the final Government session of the year, chaired by Prime Minister Olzhas Bektenov, the results of socio-economic development for 11 months of 2025 were summed up.",
   "According to the Ministry of National Economy, GDP growth in January-November 2025 amounted to 6.4%, and annual inflation was 12.4%. The National Bank expects inflation to slow down gradually.",
   "Olzhas Bektenov noted that the Government and the National Bank had adopted a joint action plan to curb inflation in October.",
   "The Prime Minister gave the following instructions: the Ministry of Trade and Integration is to report by Friday on the purchases of sugar and vegetable oil by the stabilization funds; the Ministry of Finance must transfer the remaining budget subsidies to the regions by the end of the year; the Ministry of National Economy, jointly with the National Bank, must submit a new medium-term plan for inflation targeting in January; the akimats of all regions must hold fairs of agricultural products every weekend until the end of the winter.",
   "In addition, all central government agencies must complete the execution of the 2025 budget by the end of this week.",
  ],
  [
   D("is to report by Friday on the purchases of sugar and vegetable oil", False, "Prime Minister",
     ["Ministry of Trade and Integration"], [], "report on the purchases of sugar and vegetable oil by the stabilization funds",
     "2026-01-02", "by Friday", "day"),
   D("must transfer the remaining budget subsidies to the regions", False, "Prime Minister",
     ["Ministry of Finance"], [], "transfer the remaining budget subsidies to the regions",
     "2025-12-31", "by the end of the year", "year"),
   D("must submit a new medium-term plan for inflation targeting", False, "Prime Minister",
     ["Ministry of National Economy"], ["National Bank"], "submit a new medium-term plan for inflation targeting",
     "2026-01-31", "in January", "month"),
   D("must hold fairs of agricultural products every weekend", False, "Prime Minister",
     ["akimats"], [], "hold fairs of agricultural products every weekend",
     None, "until the end of the winter", None),
   D("must complete the execution of the 2025 budget", False, "Prime Minister",
     ["government agencies"], [], "complete the execution of the 2025 budget",
     "2025-12-28", "by the end of this week", "day"),
  ])

A("v18-en-14", "2025-10-30",
  "Zhumangarin instructs to expand network of fixed-price shops",
  [
   "Deputy Prime Minister - Minister of National Economy Serik Zhumangarin held a meeting on the situation in the consumer market.",
   "It was noted that prices for socially significant food products increased by 9.6% in nine months of the year.",
   "\"We must stop unreasonable price increases. Every tenge of budget subsidies must reach the consumer,\" Zhumangarin said.",
   "Following the meeting, the Ministry of Trade and Integration was instructed to expand the network of fixed-price shops to 1,500 outlets by the end of November; the Ministry of Agriculture to conclude forward contracts for the purchase of potatoes and onions for the stabilization funds in the fourth quarter; the Agency for Protection and Development of Competition to check the pricing of the largest retail chains within 20 days; and the State Revenue Committee to strengthen control over the issuance of receipts at markets.",
  ],
  [
   D("to expand the network of fixed-price shops to 1,500 outlets", False, "Deputy Prime Minister",
     ["Ministry of Trade and Integration"], [], "expand the network of fixed-price shops to 1,500 outlets",
     "2025-11-30", "by the end of November", "month"),
   D("to conclude forward contracts for the purchase of potatoes and onions", False, "Deputy Prime Minister",
     ["Ministry of Agriculture"], [], "conclude forward contracts for the purchase of potatoes and onions for the stabilization funds",
     "2025-12-31", "in the fourth quarter", "quarter"),
   D("to check the pricing of the largest retail chains", False, "Deputy Prime Minister",
     ["Agency for Protection and Development of Competition"], [], "check the pricing of the largest retail chains",
     "2025-11-19", "within 20 days", "day"),
   D("to strengthen control over the issuance of receipts at markets", False, "Deputy Prime Minister",
     ["State Revenue Committee"], [], "strengthen control over the issuance of receipts at markets"),
  ])

# ---------------------------------------------------------------- (d) regional news
A("v18-en-15", "2025-12-29",
  "Karaganda region akim demands to clear rural roads within three days",
  [
   "Karaganda region akim Yermaganbet Bulekpayev held a meeting on the passage of the heating season and snow removal, the regional akimat's press service reports.",
   "On December 26, heavy snowfall hit the region, and 14 roads of regional significance were temporarily closed. Over 1,300 units of equipment were involved in snow removal.",
   "The akim criticized the work of some public utilities. \"The residents of Temirtau spent two days without heating. Such cases are unacceptable,\" Bulekpayev said.",
   "He instructed district akims to clear all rural roads of snow within three days and to keep a reserve of coal of at least 45 days.",
   "The akim of Temirtau was instructed to complete the replacement of the damaged section of the main heating pipeline by January 10.",
   "The regional department of energy and housing and utilities must, by the end of the first quarter, draw up a list of networks to be included in the MEKS national project.",
   "The Emergency Situations Department of the region, together with the police, was tasked with organizing round-the-clock duty at the closed sections of the highways.",
   "Residents are asked to refrain from travelling on intercity roads during the storm warning.",
  ],
  [
   D("to clear all rural roads of snow within three days", False, "Akim of Karaganda region",
     ["district akimats"], [], "clear all rural roads of snow", "2026-01-01", "within three days", "day"),
   D("to keep a reserve of coal of at least 45 days", False, "Akim of Karaganda region",
     ["district akimats"], [], "keep a reserve of coal of at least 45 days"),
   D("The akim of Temirtau was instructed to complete the replacement", False, "Akim of Karaganda region",
     ["Akimat of Temirtau"], [], "complete the replacement of the damaged section of the main heating pipeline",
     "2026-01-10", "by January 10", "day"),
   D("draw up a list of networks to be included in the MEKS national project", False, "Akim of Karaganda region",
     ["regional department of energy and housing and utilities"], [],
     "draw up a list of networks to be included in the MEKS national project",
     "2026-03-31", "by the end of the first quarter", "quarter"),
   D("was tasked with organizing round-the-clock duty", False, "Akim of Karaganda region",
     ["Ministry of Emergency Situations"], ["Ministry of Internal Affairs"],
     "organize round-the-clock duty at the closed sections of the highways"),
  ])

A("v18-en-16", "2026-01-14",
  "Astana to open 12 new bus routes by end of February",
  [
   "Akim of Astana Zhenis Kassymbek held a meeting on the development of public transport in the capital.",
   "In 2025, the city's buses carried 290 million passengers, and a new bus depot was opened in the Baikonyr district. Since January 1, the fare for payment by bank card has been 200 tenge.",
   "Kassymbek instructed the Department of Passenger Transport and Highways of Astana to open 12 new bus routes to the new residential areas by the end of February.",
   "The akims of the capital's districts have been instructed to ensure the daily cleaning of bus stops from snow and ice.",
   "The Department of Passenger Transport and Highways, together with the Police Department of Astana, must prepare proposals on dedicated bus lanes on Kabanbay Batyr and Turan avenues by Friday.",
   "A new fare payment system is to be introduced in the second half of the year.",
   "Residents are urged to use public transport during peak hours.",
  ],
  [
   D("to open 12 new bus routes to the new residential areas", False, "Akim of Astana",
     ["Department of Passenger Transport and Highways of Astana"], [],
     "open 12 new bus routes to the new residential areas", "2026-02-28", "by the end of February", "month"),
   D("have been instructed to ensure the daily cleaning of bus stops", False, "Akim of Astana",
     ["district akimats"], [], "ensure the daily cleaning of bus stops from snow and ice"),
   D("must prepare proposals on dedicated bus lanes", False, "Akim of Astana",
     ["Department of Passenger Transport and Highways of Astana"], ["Ministry of Internal Affairs"],
     "prepare proposals on dedicated bus lanes on Kabanbay Batyr and Turan avenues",
     "2026-01-16", "by Friday", "day"),
   D("A new fare payment system is to be introduced", True, None,
     [], [], "introduce a new fare payment system", "2026-12-31", "in the second half of the year", "half"),
  ])

A("v18-en-17", "2025-10-02",
  "Turkistan region akim sets tasks for autumn and winter",
  [
   "Turkistan region akim Nuralkhan Kushterov held a meeting on the results of the irrigation season and preparations for winter.",
   "This year, farmers of the region received 2.1 billion cubic meters of irrigation water. Since 2022, 1,450 km of canals have been reconstructed.",
   "The akim instructed the regional department of agriculture, together with Kazvodkhoz, to complete the cleaning of inter-farm canals in November.",
   "District akims must complete the preparation of schools and hospitals for winter by October 15.",
   "The akim of Sairam district was tasked with resolving the issue of drinking water supply in the villages of Karabulak and Kutarys within two months.",
   "\"We must not allow a repeat of last year's water shortage. Next year we must increase the area under water-saving technologies to 100 thousand hectares,\" Kushterov said.",
  ],
  [
   D("to complete the cleaning of inter-farm canals in November", False, "Akim of Turkistan region",
     ["regional department of agriculture"], ["Kazvodkhoz"], "complete the cleaning of inter-farm canals",
     "2025-11-30", "in November", "month"),
   D("District akims must complete the preparation of schools and hospitals", False, "Akim of Turkistan region",
     ["district akimats"], [], "complete the preparation of schools and hospitals for winter",
     "2025-10-15", "by October 15", "day"),
   D("The akim of Sairam district was tasked with resolving the issue", False, "Akim of Turkistan region",
     ["Akimat of Sairam district"], [], "resolve the issue of drinking water supply in the villages of Karabulak and Kutarys",
     "2025-12-02", "within two months", "day"),
   D("Next year we must increase the area under water-saving technologies", True, "Akim of Turkistan region",
     ["Akimat of Turkistan region"], [], "increase the area under water-saving technologies to 100 thousand hectares",
     "2026-12-31", "Next year", "year"),
  ])

A("v18-en-18", "2025-11-04",
  "Pavlodar region akim checks Ekibastuz readiness for winter",
  [
   "Pavlodar region akim Asain Baikhanov checked the readiness of Ekibastuz for winter.",
   "The akim visited the Ekibastuz heat and power plant, where 14 km of heating networks were replaced this year under the MEKS national project. This year the heating season in the region started on October 10, five days earlier than usual.",
   "Baikhanov instructed the akim of Ekibastuz to complete the commissioning of the new boiler at the heat and power plant before the onset of severe frosts.",
   "The regional department of energy and housing and utilities, together with the city akimat, has been tasked with creating a reserve of pipes and equipment for emergency repairs no later than December 1.",
   "The akims of Aksu and Ekibastuz were instructed to ensure the readiness of the emergency teams within five days.",
   "\"It is important to keep the situation under daily control,\" the akim stressed.",
  ],
  [
   D("instructed the akim of Ekibastuz to complete the commissioning of the new boiler", False, "Akim of Pavlodar region",
     ["Akimat of Ekibastuz"], [], "complete the commissioning of the new boiler at the heat and power plant",
     None, "before the onset of severe frosts", None),
   D("has been tasked with creating a reserve of pipes and equipment", False, "Akim of Pavlodar region",
     ["regional department of energy and housing and utilities"], ["Akimat of Ekibastuz"],
     "create a reserve of pipes and equipment for emergency repairs", "2025-12-01", "no later than December 1", "day"),
   D("were instructed to ensure the readiness of the emergency teams", False, "Akim of Pavlodar region",
     ["Akimat of Aksu", "Akimat of Ekibastuz"], [], "ensure the readiness of the emergency teams",
     "2025-11-09", "within five days", "day"),
   D("It is important to keep the situation under daily control", True, "Akim of Pavlodar region",
     [], [], "keep the situation under daily control"),
  ])


KEYS = ["article", "published", "published_inferred", "quote", "optional", "issuer", "responsible",
        "co_executors", "task", "deadline", "deadline_text", "deadline_granularity"]


def main():
    with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as fa, \
         open(os.path.join(OUT, "dev_gold.jsonl"), "w", encoding="utf-8") as fg:
        for aid, pub, title, paras, dirs in ARTICLES:
            fa.write(json.dumps({"id": aid, "lang": "en", "published": pub, "title": title,
                                 "text": "\n".join(paras)}, ensure_ascii=False) + "\n")
            for d in dirs:
                row = {"article": title, "published": pub, "published_inferred": False}
                row.update(d)
                fg.write(json.dumps({k: row[k] for k in KEYS}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
