"""English articles (Kazinform / primeminister.kz / Akorda style) and their labels."""
from common import L, text

MOT = "Ministry of Transport"
MIC = "Ministry of Industry and Construction"
MNE = "Ministry of National Economy"
MOF = "Ministry of Finance"
MOE = "Ministry of Energy"
MOED = "Ministry of Education"
MLAB = "Ministry of Labor and Social Protection of the Population"
ECO = "Ministry of Ecology and Natural Resources"
PM = "Prime Minister"
DPM = "Deputy Prime Minister"
PRES = "President"

ARTICLES = []

# ---------------------------------------------------------------- EN1 airports
ARTICLES.append({
    "id": "v5-en-01", "lang": "en", "published": "2025-03-11",
    "url": "https://primeminister.kz/en/news/air-passenger-traffic-up-12-government-reviews-development-of-civil-aviation-2911",
    "title": "Air passenger traffic up 12%: Government reviews development of civil aviation",
    "text": text(
        "At the Government session chaired by Prime Minister Olzhas Bektenov, the development of civil aviation and the expansion of the route network were considered, primeminister.kz reports.",
        "Minister of Transport Marat Karabayev reported that in 2024 the airports of Kazakhstan served 29.6 million passengers, which is 12% more than a year earlier. The number of international routes reached 147, and 27 foreign airlines operate regular flights to Kazakhstan. In January-February 2025, passenger traffic grew by a further 9.4%.",
        "According to the minister, the reconstruction of the runways at the airports of Aktobe and Kostanay was completed last year, and new passenger terminals were commissioned in Almaty, Shymkent and Kyzylorda.",
        "The akims of Mangystau, Abai and East Kazakhstan regions reported on the construction of new airports in Kenderli, Zaisan and Katon-Karagai.",
        "The Head of State has set the task of turning Kazakhstan into a regional aviation hub. The growth of passenger traffic is obvious, but the largest airports are already working at the limit of their capacity, and most regional airports remain unprofitable. We need a systemic approach,\" Olzhas Bektenov noted.",
        "The Prime Minister instructed the Ministry of Transport, together with Samruk-Kazyna, to develop a program for the modernization of regional airports by June 1.",
        "The Ministry of Transport and the Ministry of Tourism and Sports are to open at least 20 new international routes in 2025, with priority given to flights to Southeast Asia, the Middle East and Europe.",
        "In addition, the Civil Aviation Committee must complete the certification of the airports in Kenderli, Zaisan and Katon-Karagai before the start of the summer tourist season, and the akimats of the Mangystau, Abai and East Kazakhstan regions must finish the construction of passenger terminals there by the end of the third quarter.",
        "Separate attention was paid to the supply of aviation fuel. Last year, shortages of jet fuel at regional airports led to the delay of more than 300 flights. The Ministry of Energy has been tasked with ensuring the uninterrupted supply of aviation fuel to all airports of the country.",
        "The Ministry of National Economy, jointly with the Ministry of Finance, needs to work out within a month the issue of subsidizing socially significant domestic flights.",
        "It is expected that by 2030 passenger traffic at Kazakh airports will reach 45 million people.",
    ),
    "labels": [
        L("The Head of State has set the task of turning Kazakhstan into a regional aviation hub", True, PRES, [], [],
          "turn Kazakhstan into a regional aviation hub"),
        L("to develop a program for the modernization of regional airports by June 1", False, PM, [MOT], ["Samruk-Kazyna"],
          "develop a program for the modernization of regional airports", "by June 1", "2025-06-01", "day"),
        L("are to open at least 20 new international routes in 2025", False, PM, [MOT, "Ministry of Tourism and Sports"], [],
          "open at least 20 new international routes", "in 2025", "2025-12-31", "year"),
        L("must complete the certification of the airports in Kenderli", False, PM, ["Civil Aviation Committee"], [],
          "complete the certification of the airports in Kenderli, Zaisan and Katon-Karagai",
          "before the start of the summer tourist season", None, None),
        L("must finish the construction of passenger terminals there by the end of the third quarter", False, PM,
          ["Akimat of Mangystau region", "Akimat of Abai region", "Akimat of East Kazakhstan region"], [],
          "finish the construction of passenger terminals at the airports in Kenderli, Zaisan and Katon-Karagai",
          "by the end of the third quarter", "2025-09-30", "quarter"),
        L("The Ministry of Energy has been tasked with ensuring the uninterrupted supply of aviation fuel", False, PM, [MOE], [],
          "ensure the uninterrupted supply of aviation fuel to all airports of the country"),
        L("needs to work out within a month the issue of subsidizing", False, PM, [MNE], [MOF],
          "work out the issue of subsidizing socially significant domestic flights", "within a month", "2025-04-11", "day"),
        L("by 2030 passenger traffic at Kazakh airports will reach 45 million", True, None, [], [],
          "reach 45 million passengers a year at Kazakh airports", "by 2030", "2030-12-31", "year"),
    ],
})

# ---------------------------------------------------------------- EN2 metallurgy
ARTICLES.append({
    "id": "v5-en-02", "lang": "en", "published": "2025-05-14T12:47:00+05:00",
    "url": "https://www.inform.kz/en/tokayev-receives-minister-of-industry-and-construction-a1b2c3",
    "title": "Tokayev receives Minister of Industry and Construction",
    "text": text(
        "President Kassym-Jomart Tokayev received Minister of Industry and Construction Yersayin Nagaspayev, Kazinform News Agency cites the Akorda press service.",
        "The Head of State was briefed on the performance of the manufacturing industry and the mining and metallurgical complex. According to the minister, in January-April 2025 manufacturing grew by 6.2%, while metallurgical output increased by 4.8%. Exports of rolled steel products amounted to 1.4 million tons.",
        "Yersayin Nagaspayev reported on the implementation of 26 investment projects in metallurgy worth 3.1 trillion tenge, including the construction of a copper smelter in Abai region and a ferroalloy plant in Pavlodar region.",
        "The minister also informed the President about the situation with the export of scrap and waste of ferrous and non-ferrous metals, the six-month ban on which expires in June.",
        "Kassym-Jomart Tokayev instructed the minister to work out, together with the Ministry of Trade and Integration, the introduction of export duties on certain types of rolled metal and scrap by July 1.",
        "The Head of State noted that the domestic market must be supplied with construction steel at fair prices. The Agency for Protection and Development of Competition has been charged with monitoring prices for metallurgical products on a monthly basis.",
        "The President emphasized the importance of deep processing of metals and the localization of the production of components for machine building.",
        "In addition, the Ministry of Industry and Construction is to submit to the Government by the end of the year a draft Concept for the development of the mining and metallurgical complex for 2026-2035.",
    ),
    "labels": [
        L("instructed the minister to work out, together with the Ministry of Trade and Integration", False, PRES, [MIC],
          ["Ministry of Trade and Integration"],
          "work out the introduction of export duties on certain types of rolled metal and scrap", "by July 1", "2025-07-01", "day"),
        L("the domestic market must be supplied with construction steel at fair prices", True, PRES, [], [],
          "supply the domestic market with construction steel at fair prices"),
        L("has been charged with monitoring prices for metallurgical products", False, PRES,
          ["Agency for Protection and Development of Competition"], [],
          "monitor prices for metallurgical products on a monthly basis"),
        L("emphasized the importance of deep processing of metals", True, PRES, [], [],
          "develop deep processing of metals and localize the production of components for machine building"),
        L("is to submit to the Government by the end of the year a draft Concept", False, PRES, [MIC], [],
          "submit to the Government a draft Concept for the development of the mining and metallurgical complex for 2026-2035",
          "by the end of the year", "2025-12-31", "year"),
    ],
})

# ---------------------------------------------------------------- EN3 rare earths
ARTICLES.append({
    "id": "v5-en-03", "lang": "en", "published": "2025-10-13",
    "url": "https://www.inform.kz/en/deputy-pm-zhumangarin-gives-instructions-on-rare-earth-metals-9f3e1d",
    "title": "Deputy PM Zhumangarin gives instructions on developing rare earth metals industry",
    "text": text(
        "Deputy Prime Minister – Minister of National Economy Serik Zhumangarin held a meeting on the development of the rare and rare earth metals industry, Kazinform News Agency correspondent reports.",
        "The meeting was attended by representatives of the Ministry of Industry and Construction, the Ministry of Ecology and Natural Resources, Tau-Ken Samruk, Kazatomprom, as well as the akims of Karaganda, Kostanay and East Kazakhstan regions.",
        "It was noted that the estimated resources of the Zhana Kazakhstan deposit in Karaganda region, discovered in 2024, exceed 20 million tons of ore. At present, the country extracts and processes a limited range of rare metals – mainly tantalum, niobium and beryllium at the Ulba Metallurgical Plant in Ust-Kamenogorsk.",
        "According to the Ministry of Industry and Construction, exports of rare metals in January-August 2025 amounted to 212 million US dollars.",
        "Following the meeting, Serik Zhumangarin gave a number of instructions.",
        "Tau-Ken Samruk, together with Kazatomprom, was instructed to submit by Friday proposals on the composition of a joint working group on the rare earth cluster.",
        "The Ministry of Industry and Construction needs to draft amendments to the Subsoil Code that simplify access to deposits of rare earth metals and submit them to the Government in the fourth quarter.",
        "The akimats of Karaganda, Kostanay and East Kazakhstan regions are to allocate land plots and bring engineering infrastructure to the sites of future processing plants by the end of next year.",
        "The Ministry of Ecology and Natural Resources was instructed to ensure that environmental permits for pilot projects are issued strictly within the time limits established by law, and to complete the digitization of the state balance of rare metal reserves by March 1, 2026.",
        "Kazatomprom must present a technology partner for the construction of a rare earth separation plant by mid-year.",
        "– We need investors with technologies, not just buyers of raw materials. Kazakh Invest must prepare within 10 days a list of potential partners from the EU, Japan and the Republic of Korea, the Deputy Prime Minister said.",
        "By 2029, it is planned to launch the production of rare earth oxides with a capacity of up to 3 thousand tons per year.",
    ),
    "labels": [
        L("was instructed to submit by Friday proposals on the composition", False, DPM, ["Tau-Ken Samruk"], ["Kazatomprom"],
          "submit proposals on the composition of a joint working group on the rare earth cluster",
          "by Friday", "2025-10-17", "day"),
        L("needs to draft amendments to the Subsoil Code", False, DPM, [MIC], [],
          "draft amendments to the Subsoil Code that simplify access to deposits of rare earth metals and submit them to the Government",
          "in the fourth quarter", "2025-12-31", "quarter"),
        L("are to allocate land plots and bring engineering infrastructure", False, DPM,
          ["Akimat of Karaganda region", "Akimat of Kostanay region", "Akimat of East Kazakhstan region"], [],
          "allocate land plots and bring engineering infrastructure to the sites of future processing plants",
          "by the end of next year", "2026-12-31", "year"),
        L("was instructed to ensure that environmental permits for pilot projects", False, DPM, [ECO], [],
          "ensure that environmental permits for pilot projects are issued strictly within the time limits established by law"),
        L("to complete the digitization of the state balance of rare metal reserves", False, DPM, [ECO], [],
          "complete the digitization of the state balance of rare metal reserves", "by March 1, 2026", "2026-03-01", "day"),
        L("Kazatomprom must present a technology partner", False, DPM, ["Kazatomprom"], [],
          "present a technology partner for the construction of a rare earth separation plant",
          "by mid-year", "2026-06-30", "half"),
        L("Kazakh Invest must prepare within 10 days a list of potential partners", False, DPM, ["Kazakh Invest"], [],
          "prepare a list of potential partners from the EU, Japan and the Republic of Korea",
          "within 10 days", "2025-10-23", "day"),
        L("it is planned to launch the production of rare earth oxides", True, None, [], [],
          "launch the production of rare earth oxides with a capacity of up to 3 thousand tons per year",
          "By 2029", "2029-12-31", "year"),
    ],
})

# ---------------------------------------------------------------- EN4 interview
ARTICLES.append({
    "id": "v5-en-04", "lang": "en", "published": "2026-01-20",
    "url": "https://www.inform.kz/en/minister-of-education-no-child-should-be-left-without-kindergarten-place-77ab0c",
    "title": "Minister of Education: No child aged 3 to 6 should be left without a kindergarten place",
    "text": text(
        "Minister of Education Gani Beisembayev told Kazinform News Agency about preschool coverage, the fight against \"dead souls\" in private kindergartens and the new status of educators.",
        "– Gani Bekenovich, how many children are still waiting for a place in kindergarten?",
        "– As of January 1, 2026, the coverage of children aged 3 to 6 with preschool education reached 98.6%. But the queue remains in Astana, Almaty, Shymkent and Turkistan region, about 41 thousand children in total. In 2025, 312 new kindergartens were opened, 60% of them private.",
        "– What tasks has the Head of State set for the ministry?",
        "– The President instructed us to completely eliminate the queue for kindergartens for children aged 3 to 6 by the end of 2026. This is a difficult task, and we are solving it together with the akimats. The Head of State also charged us with bringing the salaries of kindergarten teachers closer to the level of school teachers.",
        "– There have been many reports about violations in per capita financing. How is the ministry responding?",
        "– Last year, together with the Financial Monitoring Agency, we identified private kindergartens that received money for children who did not actually attend them. Therefore, the Prime Minister instructed us to transfer all kindergartens receiving the state order to the electronic attendance system within three months.",
        "– What will change for the educators themselves?",
        "– Under the Government's instruction, we must approve a new professional standard for preschool educators together with the Ministry of Labor by the end of the first quarter. The draft has already been discussed with the trade union.",
        "– And the requirements for buildings?",
        "– In 2025, we revised the sanitary rules jointly with the Ministry of Healthcare. Now the Ministry of Industry and Construction is to update the building codes for preschool organizations by June 1, so that new kindergartens are built according to modern standards.",
        "– Thank you for the interview.",
    ),
    "labels": [
        L("The President instructed us to completely eliminate the queue", False, PRES, [MOED], [],
          "completely eliminate the queue for kindergartens for children aged 3 to 6", "by the end of 2026", "2026-12-31", "year"),
        L("charged us with bringing the salaries of kindergarten teachers closer", False, PRES, [MOED], [],
          "bring the salaries of kindergarten teachers closer to the level of school teachers"),
        L("instructed us to transfer all kindergartens receiving the state order", False, PM, [MOED], [],
          "transfer all kindergartens receiving the state order to the electronic attendance system",
          "within three months", "2026-04-20", "day"),
        L("we must approve a new professional standard for preschool educators", False, "Government", [MOED], [MLAB],
          "approve a new professional standard for preschool educators", "by the end of the first quarter", "2026-03-31", "quarter"),
        L("is to update the building codes for preschool organizations by June 1", False, None, [MIC], [],
          "update the building codes for preschool organizations", "by June 1", "2026-06-01", "day"),
    ],
})

# ---------------------------------------------------------------- EN5 oil refining
ARTICLES.append({
    "id": "v5-en-05", "lang": "en", "published": "2025-07-08",
    "url": "https://primeminister.kz/en/news/government-reviews-development-of-oil-refining-and-petrochemical-industry-30412",
    "title": "Government reviews development of oil refining and petrochemical industry",
    "text": text(
        "At the Government session chaired by Prime Minister Olzhas Bektenov, the development of the oil refining and petrochemical industries was considered, primeminister.kz reports.",
        "Minister of Energy Yerlan Akkenzhenov reported that in the first half of 2025 the three major refineries processed 9.1 million tons of oil, 2.3% more than in the same period last year. Gasoline output amounted to 2.6 million tons and diesel fuel output to 2.7 million tons. The ministry expects the annual volume of refining to reach 18.5 million tons.",
        "Chairman of the Management Board of KazMunayGas Askhat Khassenov reported on the construction of the polyethylene plant in Atyrau region and the preparation of the project to expand the Shymkent refinery to 12 million tons per year.",
        "– The Head of State has set the task of moving away from the raw material model and producing goods with high added value. Petrochemicals are the basis for dozens of related industries, from packaging to construction materials. We cannot allow further delays in the implementation of key projects, – the Prime Minister emphasized.",
        "Following the discussion, the Prime Minister gave the following instructions to the Ministry of Energy and KazMunayGas:",
        "– ensure the commissioning of the polyethylene plant in 2028;",
        "– submit to the Government by September 1 the feasibility study for the expansion of the Shymkent refinery;",
        "– within two weeks, work out together with the Ministry of Finance the issue of tax preferences for new petrochemical projects.",
        "In addition, the Ministry of Industry and Construction, together with Samruk-Kazyna, has been entrusted with developing a program for localizing the production of goods from domestic polypropylene and polyethylene.",
        "The Ministry of Ecology and Natural Resources should promptly resolve the issue of issuing comprehensive environmental permits to the refineries.",
        "KazMunayGas must agree the schedules of scheduled repairs of the refineries for 2026 with the Ministry of Energy by the end of October, so as not to create fuel shortages in the domestic market.",
        "The Agency for Protection and Development of Competition, in turn, is to complete the analysis of the wholesale market of bitumen by the end of the first quarter.",
    ),
    "labels": [
        L("has set the task of moving away from the raw material model", True, PRES, [], [],
          "move away from the raw material model and produce goods with high added value"),
        L("ensure the commissioning of the polyethylene plant in 2028", False, PM, [MOE, "KazMunayGas"], [],
          "ensure the commissioning of the polyethylene plant", "in 2028", "2028-12-31", "year"),
        L("submit to the Government by September 1 the feasibility study", False, PM, [MOE, "KazMunayGas"], [],
          "submit to the Government the feasibility study for the expansion of the Shymkent refinery",
          "by September 1", "2025-09-01", "day"),
        L("work out together with the Ministry of Finance the issue of tax preferences", False, PM, [MOE, "KazMunayGas"], [MOF],
          "work out the issue of tax preferences for new petrochemical projects", "within two weeks", "2025-07-22", "day"),
        L("has been entrusted with developing a program for localizing", False, PM, [MIC], ["Samruk-Kazyna"],
          "develop a program for localizing the production of goods from domestic polypropylene and polyethylene"),
        L("should promptly resolve the issue of issuing comprehensive environmental permits", False, PM, [ECO], [],
          "resolve the issue of issuing comprehensive environmental permits to the refineries", "promptly", None, None),
        L("must agree the schedules of scheduled repairs of the refineries for 2026", False, PM, ["KazMunayGas"], [],
          "agree the schedules of scheduled repairs of the refineries for 2026 with the Ministry of Energy",
          "by the end of October", "2025-10-31", "month"),
        L("is to complete the analysis of the wholesale market of bitumen", False, PM,
          ["Agency for Protection and Development of Competition"], [],
          "complete the analysis of the wholesale market of bitumen", "by the end of the first quarter", "2026-03-31", "quarter"),
    ],
})

# ---------------------------------------------------------------- EN6 KTZ logistics
ARTICLES.append({
    "id": "v5-en-06", "lang": "en", "published": "2026-02-12",
    "url": "https://www.akorda.kz/en/head-of-state-receives-chairman-of-the-management-board-of-ktz-1221",
    "title": "Head of State receives Chairman of the Management Board of Kazakhstan Temir Zholy",
    "text": text(
        "Head of State Kassym-Jomart Tokayev received Chairman of the Management Board of Kazakhstan Temir Zholy Talgat Aldybergenov, Akorda press service reports.",
        "The President was informed about the results of the national company's activities in 2025 and plans for the development of transport and logistics infrastructure.",
        "Last year, transit cargo transportation by rail reached 28 million tons, which is 9% more than in 2024. Container traffic in the China – Europe – China direction increased by 21%.",
        "Talgat Aldybergenov reported on the construction of the second tracks on the Dostyk – Moiynty section, the new Bakhty – Ayagoz line, the development of the Khorgos dry port and the operation of Kazakh terminals in Xi'an and the Chinese port of Lianyungang.",
        "The Head of State noted that the country's transit potential is still not fully used and stressed the importance of creating a network of logistics hubs both inside the country and abroad.",
        "Kassym-Jomart Tokayev instructed KTZ to double the handling capacity of the Khorgos dry port by 2027.",
        "The President also tasked the company with starting, jointly with Kazakh Invest, the construction of a multimodal logistics center in Almaty region in the second half of this year.",
        "According to the Head of State, the Ministry of Transport and KTZ must ensure a full transition to electronic transportation documents in rail freight by July 1.",
        "In addition, the President instructed to take measures to eliminate the shortage of freight wagons and locomotives.",
    ),
    "labels": [
        L("stressed the importance of creating a network of logistics hubs", True, PRES, [], [],
          "create a network of logistics hubs both inside the country and abroad"),
        L("instructed KTZ to double the handling capacity of the Khorgos dry port", False, PRES, ["Kazakhstan Temir Zholy"], [],
          "double the handling capacity of the Khorgos dry port", "by 2027", "2027-12-31", "year"),
        L("tasked the company with starting, jointly with Kazakh Invest", False, PRES, ["Kazakhstan Temir Zholy"], ["Kazakh Invest"],
          "start the construction of a multimodal logistics center in Almaty region",
          "in the second half of this year", "2026-12-31", "half"),
        L("must ensure a full transition to electronic transportation documents", False, PRES, [MOT, "Kazakhstan Temir Zholy"], [],
          "ensure a full transition to electronic transportation documents in rail freight", "by July 1", "2026-07-01", "day"),
        L("instructed to take measures to eliminate the shortage of freight wagons", False, PRES, [], [],
          "take measures to eliminate the shortage of freight wagons and locomotives"),
    ],
})

# ---------------------------------------------------------------- EN7 earthquake
ARTICLES.append({
    "id": "v5-en-07", "lang": "en", "published": "2025-12-09",
    "url": "https://primeminister.kz/en/news/government-instructs-to-speed-up-seismic-strengthening-of-schools-in-almaty-31877",
    "title": "Government instructs to speed up seismic strengthening of schools in Almaty",
    "text": text(
        "At the Government session chaired by Prime Minister Olzhas Bektenov, measures to ensure seismic safety were considered, primeminister.kz reports.",
        "Minister of Emergency Situations Chingis Arinov reported that in 2024–2025 more than 7.9 thousand buildings were examined in Almaty, of which 1,620 were recognized as seismically unstable, including 163 schools and 48 healthcare facilities. The seismic monitoring network has been expanded to 312 stations.",
        "Akim of Almaty Darkhan Satybaldy reported that this year 73 schools were strengthened in the city, and more than 600 thousand residents took part in evacuation drills.",
        "– About 6 million people live in seismically hazardous areas of the country. Every year of delay increases the risks, – Olzhas Bektenov noted.",
        "The Prime Minister instructed the Akimat of Almaty to complete the seismic strengthening of all schools and kindergartens recognized as unstable by the end of 2027.",
        "The Ministry of Emergency Situations, jointly with the Ministry of Education, must hold earthquake drills in all schools of the seismically hazardous regions in the first quarter of next year, and the Ministry of Industry and Construction must update the general seismic zoning map by the end of next year.",
        "Akimats of Almaty, Zhetysu, Zhambyl and East Kazakhstan regions have been instructed to install public warning sirens in all settlements with a population of more than 5 thousand people within six months.",
        "The Ministry of Science and Higher Education is to ensure the modernization of the equipment of the Institute of Seismology, and the first stage of the work is to be completed in February.",
        "The Akimat of Almaty must also approve the updated plan for the evacuation of residents by December 25 of this year.",
        "Funding for these measures should be provided when the republican budget for 2026 is clarified. The Ministry of Finance has been instructed to work out this issue.",
    ),
    "labels": [
        L("to complete the seismic strengthening of all schools and kindergartens", False, PM, ["Akimat of Almaty"], [],
          "complete the seismic strengthening of all schools and kindergartens recognized as unstable",
          "by the end of 2027", "2027-12-31", "year"),
        L("must hold earthquake drills in all schools", False, PM, ["Ministry of Emergency Situations"], [MOED],
          "hold earthquake drills in all schools of the seismically hazardous regions",
          "in the first quarter of next year", "2026-03-31", "quarter"),
        L("must update the general seismic zoning map by the end of next year", False, PM, [MIC], [],
          "update the general seismic zoning map", "by the end of next year", "2026-12-31", "year"),
        L("have been instructed to install public warning sirens", False, PM,
          ["Akimat of Almaty region", "Akimat of Zhetysu region", "Akimat of Zhambyl region", "Akimat of East Kazakhstan region"], [],
          "install public warning sirens in all settlements with a population of more than 5 thousand people",
          "within six months", "2026-06-09", "day"),
        L("is to ensure the modernization of the equipment of the Institute of Seismology", False, PM,
          ["Ministry of Science and Higher Education"], [],
          "ensure the modernization of the equipment of the Institute of Seismology"),
        L("the first stage of the work is to be completed in February", False, PM,
          ["Ministry of Science and Higher Education"], [],
          "complete the first stage of the modernization of the equipment of the Institute of Seismology",
          "in February", "2026-02-28", "month"),
        L("must also approve the updated plan for the evacuation of residents", False, PM, ["Akimat of Almaty"], [],
          "approve the updated plan for the evacuation of residents", "by December 25 of this year", "2025-12-25", "day"),
        L("The Ministry of Finance has been instructed to work out this issue", False, PM, [MOF], [],
          "provide funding for the seismic safety measures when the republican budget for 2026 is clarified"),
    ],
})

# ---------------------------------------------------------------- EN8 anti-corruption
ARTICLES.append({
    "id": "v5-en-08", "lang": "en", "published": "2026-06-11",
    "url": "https://www.inform.kz/en/tokayev-receives-anti-corruption-agency-chairman-5c0d11",
    "title": "Tokayev receives Anti-Corruption Agency Chairman",
    "text": text(
        "President Kassym-Jomart Tokayev received Chairman of the Anti-Corruption Agency Askhat Zhumagali, Kazinform News Agency cites Akorda.",
        "The Head of State was briefed on the results of the Agency's work in the first five months of 2026. According to Zhumagali, 812 corruption offences were registered in January-May, and damage worth 41.3 billion tenge was compensated. 37 heads of state bodies and quasi-public organizations were brought to criminal responsibility.",
        "The chairman also reported on the implementation of the Anti-Corruption Policy Concept for 2022-2026 and the results of the external analysis of corruption risks in 19 government agencies.",
        "The President stressed that the fight against corruption must be systemic and uncompromising.",
        "Kassym-Jomart Tokayev instructed the Anti-Corruption Agency, together with the Supreme Audit Chamber, to analyze corruption risks in the quasi-public sector by the end of September.",
        "The Agency, jointly with the Prosecutor General's Office, is also to submit proposals on strengthening liability for corruption in public procurement by December 1, while the draft of the new Anti-Corruption Policy Concept must be submitted to the Presidential Administration by March 1.",
        "National companies are to introduce a unified anti-corruption compliance standard this year.",
        "In addition, the President instructed the Agency to step up preventive work among young people and civil servants.",
    ),
    "labels": [
        L("to analyze corruption risks in the quasi-public sector by the end of September", False, PRES,
          ["Anti-Corruption Agency"], ["Supreme Audit Chamber"],
          "analyze corruption risks in the quasi-public sector", "by the end of September", "2026-09-30", "month"),
        L("is also to submit proposals on strengthening liability", False, PRES,
          ["Anti-Corruption Agency"], ["Prosecutor General's Office"],
          "submit proposals on strengthening liability for corruption in public procurement", "by December 1", "2026-12-01", "day"),
        L("the draft of the new Anti-Corruption Policy Concept must be submitted", False, PRES, ["Anti-Corruption Agency"], [],
          "submit the draft of the new Anti-Corruption Policy Concept to the Presidential Administration",
          "by March 1", "2027-03-01", "day"),
        L("National companies are to introduce a unified anti-corruption compliance standard", False, PRES,
          ["national companies"], [],
          "introduce a unified anti-corruption compliance standard", "this year", "2026-12-31", "year"),
        L("instructed the Agency to step up preventive work", False, PRES, ["Anti-Corruption Agency"], [],
          "step up preventive work among young people and civil servants"),
    ],
})

# ---------------------------------------------------------------- EN9 statistics (no directive)
ARTICLES.append({
    "id": "v5-en-09", "lang": "en", "published": "2025-09-12",
    "url": "https://www.inform.kz/en/kazakhstan-s-industrial-output-up-7-1-in-eight-months-of-2025-e4410a",
    "title": "Kazakhstan's industrial output up 7.1% in eight months of 2025",
    "text": text(
        "In January-August 2025, industrial production in Kazakhstan grew by 7.1% compared to the same period last year, Kazinform News Agency cites the Bureau of National Statistics.",
        "Mining and quarrying increased by 8.4%, manufacturing by 6.0%, and electricity, gas and steam supply by 2.7%. Water supply, sewerage and waste management grew by 1.9%.",
        "Among the regions, the highest growth rates were recorded in Atyrau region (14.2%), Abai region (11.8%) and Kostanay region (10.5%). A decline in production was observed in Kyzylorda region, where output fell by 3.1%.",
        "In the manufacturing industry, the production of motor vehicles increased by 16.3%, pharmaceuticals by 12.1%, and food products by 5.6%. Metallurgical output grew by 4.2%.",
        "According to the Bureau, in August 2025 the industrial production index stood at 106.4% compared to August 2024.",
        "Earlier, the Ministry of National Economy reported that GDP growth in January-August 2025 amounted to 6.3%.",
    ),
    "labels": [],
})

# ---------------------------------------------------------------- EN10 special economic zones
ARTICLES.append({
    "id": "v5-en-10", "lang": "en", "published": "2026-04-07",
    "url": "https://primeminister.kz/en/news/special-economic-zones-attracted-1-3-trillion-tenge-of-investments-33210",
    "title": "Special economic zones attracted 1.3 trillion tenge of investments in 2025",
    "text": text(
        "At the Government session chaired by Prime Minister Olzhas Bektenov, the results of the activities of special economic and industrial zones were considered, primeminister.kz reports.",
        "Minister of Industry and Construction Yersayin Nagaspayev reported that as of April 1, 2026, 16 special economic zones and 37 industrial zones are operating in the country. In 2025, 48 projects worth 1.3 trillion tenge were launched in them, creating 6.4 thousand permanent jobs. The volume of production by SEZ participants reached 2.5 trillion tenge, of which 41% was exported.",
        "At the same time, according to the minister, almost a quarter of SEZ land remains undeveloped, and 23 participants have not started construction for more than three years. The ministry was to submit a list of such participants to the Government by March 1 of this year, but the work has not been completed.",
        "– The Head of State has instructed to turn special economic zones into real points of growth. Land must not be held by inactive participants for years, – Olzhas Bektenov emphasized.",
        "The Prime Minister instructed the Ministry of Industry and Construction to take inventory of land plots in all special economic zones and to withdraw unused plots from inactive participants by the end of the second quarter.",
        "The akimats of Astana, Almaty and Shymkent, as well as of Turkistan, Karaganda and Pavlodar regions, need to ensure the connection of SEZ sites to gas, electricity and water supply networks in 2026–2027.",
        "The Ministry of Finance, together with the State Revenue Committee, is to simplify the procedure for confirming tax benefits for SEZ participants no later than May 15.",
        "Kazakh Invest has been entrusted with attracting at least 10 anchor investors with a total investment of 1 trillion tenge by the end of the year.",
        "Deputy Prime Minister – Minister of National Economy Serik Zhumangarin has been tasked with reporting to the Government on the implementation of the instructions by the end of next week.",
    ),
    "labels": [
        L("The ministry was to submit a list of such participants to the Government", False, None, [MIC], [],
          "submit to the Government a list of SEZ participants that have not started construction",
          "by March 1 of this year", "2026-03-01", "day"),
        L("The Head of State has instructed to turn special economic zones into real points of growth", True, PRES, [], [],
          "turn special economic zones into real points of growth"),
        L("Land must not be held by inactive participants for years", True, PM, [], [],
          "prevent land in special economic zones from being held by inactive participants"),
        L("to take inventory of land plots in all special economic zones", False, PM, [MIC], [],
          "take inventory of land plots in all special economic zones and withdraw unused plots from inactive participants",
          "by the end of the second quarter", "2026-06-30", "quarter"),
        L("need to ensure the connection of SEZ sites to gas, electricity and water supply networks", False, PM,
          ["Akimat of Astana", "Akimat of Almaty", "Akimat of Shymkent", "Akimat of Turkistan region",
           "Akimat of Karaganda region", "Akimat of Pavlodar region"], [],
          "ensure the connection of SEZ sites to gas, electricity and water supply networks",
          "in 2026–2027", "2027-12-31", "year"),
        L("is to simplify the procedure for confirming tax benefits", False, PM, [MOF], ["State Revenue Committee"],
          "simplify the procedure for confirming tax benefits for SEZ participants", "no later than May 15", "2026-05-15", "day"),
        L("has been entrusted with attracting at least 10 anchor investors", False, PM, ["Kazakh Invest"], [],
          "attract at least 10 anchor investors with a total investment of 1 trillion tenge",
          "by the end of the year", "2026-12-31", "year"),
        L("has been tasked with reporting to the Government on the implementation", False, PM, [MNE], [],
          "report to the Government on the implementation of the instructions", "by the end of next week", "2026-04-19", "day"),
    ],
})

# ---------------------------------------------------------------- EN11 colleges
ARTICLES.append({
    "id": "v5-en-11", "lang": "en", "published": "2025-11-20",
    "url": "https://www.inform.kz/en/college-graduates-must-be-in-demand-on-the-labor-market-deputy-pm-3d9b7e",
    "title": "College graduates must be in demand on the labor market - Deputy PM",
    "text": text(
        "Deputy Prime Minister Tamara Duissenova held a meeting on the training of personnel in technical and vocational education organizations, Kazinform News Agency reports.",
        "According to the Ministry of Enlightenment, 822 colleges operate in the country, with more than 560 thousand students. In 2025, 104 thousand places were allocated under the state educational order. The employment rate of graduates in the first year after graduation was 68.4%.",
        "Representatives of Atameken noted that employers still face a shortage of welders, electricians and CNC machine operators, while colleges continue to train large numbers of accountants and lawyers.",
        "Following the meeting, the Ministry of Enlightenment, together with Atameken, was instructed to update the list of specialties in demand on the labor market by December 20.",
        "The Ministry of Labor must submit to the Government a forecast of the need for workers for the next five years by the end of this week.",
        "The Ministry of Enlightenment and the Ministry of Labor, together with local executive bodies, should ensure that at least 75% of college graduates are employed in their first year after graduation.",
        "Akimats are to cover all college students in the regions with dual training by 2028, and the new rules for allocating the state educational order must be approved by the ministry by February 15.",
        "It is planned to build 20 new colleges in regions with a shortage of places by 2029, the press service of the Deputy Prime Minister said.",
    ),
    "labels": [
        L("was instructed to update the list of specialties in demand", False, DPM, [MOED], ["Atameken"],
          "update the list of specialties in demand on the labor market", "by December 20", "2025-12-20", "day"),
        L("must submit to the Government a forecast of the need for workers", False, DPM, [MLAB], [],
          "submit to the Government a forecast of the need for workers for the next five years",
          "by the end of this week", "2025-11-23", "day"),
        L("should ensure that at least 75% of college graduates are employed", False, DPM, [MOED, MLAB], ["akimats"],
          "ensure that at least 75% of college graduates are employed in their first year after graduation"),
        L("Akimats are to cover all college students in the regions with dual training", False, DPM, ["akimats"], [],
          "cover all college students in the regions with dual training", "by 2028", "2028-12-31", "year"),
        L("the new rules for allocating the state educational order must be approved", False, DPM, [MOED], [],
          "approve the new rules for allocating the state educational order", "by February 15", "2026-02-15", "day"),
        L("It is planned to build 20 new colleges", True, None, [], [],
          "build 20 new colleges in regions with a shortage of places", "by 2029", "2029-12-31", "year"),
    ],
})

# ---------------------------------------------------------------- EN12 appointment (no directive)
ARTICLES.append({
    "id": "v5-en-12", "lang": "en", "published": "2026-08-04",
    "url": "https://www.inform.kz/en/new-vice-minister-of-transport-appointed-8a1f20",
    "title": "New Vice Minister of Transport appointed",
    "text": text(
        "By the Decree of the Government of Kazakhstan, Daniyar Ospanov has been appointed Vice Minister of Transport, Kazinform News Agency has learnt from the press service of the Government.",
        "Daniyar Ospanov was born in 1981 in Kyzylorda region. He graduated from the Kazakh Academy of Transport and Communications named after M. Tynyshpayev in 2003 and the Academy of Public Administration under the President of the Republic of Kazakhstan in 2015.",
        "He began his career in 2003 as an engineer at the Kyzylorda branch of Kazakhstan Temir Zholy.",
        "From 2010 to 2016, he worked in various positions at the Ministry of Investment and Development, and in 2017-2021 he was Deputy Chairman of the Roads Committee of the Ministry of Industry and Infrastructure Development.",
        "Since March 2023, he has served as Chairman of the Civil Aviation Committee of the Ministry of Transport.",
        "By another decree of the Government, Askar Zhanuzakov has been relieved of his post as Vice Minister of Transport in connection with his transfer to another job.",
    ),
    "labels": [],
})
