"""News-list dump kt_kz_government_2026-03.txt: newest first, first article headless.

Each entry: header (None for the headless first article, else 'DD.MM.YYYY, HH:MM NNNN'),
title, body lines, labels. 'published' of the headless article is inferred from
the nearest dated article below it.
"""
from common import L

AI = "Ministry of Artificial Intelligence and Digital Development"
APDC = "Agency for Protection and Development of Competition"
MNE = "Ministry of National Economy"
MIC = "Ministry of Industry and Construction"

DUMP = []

# D1 — headless; its date is inferred from the next dated article (27.03.2026)
DUMP.append({
    "header": None, "published": "2026-03-27", "inferred": True,
    "title": "Kazhydromet to install 300 new automatic weather stations",
    "body": [
        "Minister of Ecology and Natural Resources Yerlan Nyssanbayev held a meeting on the modernization of the national hydrometeorological service, Kazinform News Agency reports.",
        "It was noted that the observation network of Kazhydromet currently includes 349 meteorological stations, 27% of which require replacement. In 2025, the accuracy of short-term weather forecasts was 91%, and the number of dangerous weather warnings issued increased by 18%.",
        "The minister instructed Kazhydromet to install 300 new automatic weather stations by the end of the year and to launch the new numerical forecasting system in the third quarter.",
        "The Ministry of Digital Development is to provide Kazhydromet with access to the government cloud platform within a month.",
        "Kazhydromet must also publish agrometeorological forecasts for farmers on a daily basis.",
    ],
    "labels": [
        L("to install 300 new automatic weather stations by the end of the year", False,
          "Minister of Ecology and Natural Resources", ["Kazhydromet"], [],
          "install 300 new automatic weather stations", "by the end of the year", "2026-12-31", "year"),
        L("to launch the new numerical forecasting system in the third quarter", False,
          "Minister of Ecology and Natural Resources", ["Kazhydromet"], [],
          "launch the new numerical forecasting system", "in the third quarter", "2026-09-30", "quarter"),
        L("is to provide Kazhydromet with access to the government cloud platform", False,
          "Minister of Ecology and Natural Resources", [AI], [],
          "provide Kazhydromet with access to the government cloud platform", "within a month", "2026-04-27", "day"),
        L("must also publish agrometeorological forecasts for farmers", False,
          "Minister of Ecology and Natural Resources", ["Kazhydromet"], [],
          "publish agrometeorological forecasts for farmers on a daily basis"),
    ],
})

DUMP.append({
    "header": "27.03.2026, 15:12 2148", "published": "2026-03-27", "inferred": False,
    "title": "Head of State receives Chairman of Competition Protection Agency",
    "body": [
        "Head of State Kassym-Jomart Tokayev received Chairman of the Agency for Protection and Development of Competition Marat Omarov, Akorda press service reports.",
        "The President was briefed on the results of the Agency's work in 2025. Last year, 214 violations of competition law were identified, and 48 billion tenge were returned to the budget and consumers. The share of markets with high concentration decreased from 47% to 41%.",
        "The Head of State instructed the Agency to complete the analysis of commodity markets with high concentration, including the markets of cement, fertilizers and medical devices, by the end of May.",
        "Kassym-Jomart Tokayev also noted that the state's share in the economy must be reduced. The Agency, together with Samruk-Kazyna and the Ministry of National Economy, has been instructed to submit proposals on the privatization of non-core assets by June 1.",
        "The President also instructed to ensure fair access of small businesses to the infrastructure of natural monopolies.",
    ],
    "labels": [
        L("instructed the Agency to complete the analysis of commodity markets", False, "President", [APDC], [],
          "complete the analysis of commodity markets with high concentration, including the markets of cement, fertilizers and medical devices",
          "by the end of May", "2026-05-31", "month"),
        L("the state's share in the economy must be reduced", True, "President", [], [],
          "reduce the state's share in the economy"),
        L("has been instructed to submit proposals on the privatization of non-core assets", False, "President", [APDC],
          ["Samruk-Kazyna", MNE],
          "submit proposals on the privatization of non-core assets", "by June 1", "2026-06-01", "day"),
        L("instructed to ensure fair access of small businesses", False, "President", [], [],
          "ensure fair access of small businesses to the infrastructure of natural monopolies"),
    ],
})

DUMP.append({
    "header": "24.03.2026, 11:40 3017", "published": "2026-03-24", "inferred": False,
    "title": "Civil service reform: government agencies to complete functional review by end of April",
    "body": [
        "A meeting on the reform of the civil service was held in the Government under the chairmanship of Deputy Prime Minister – Head of the Government Office Galymzhan Koishybayev, primeminister.kz reports.",
        "According to the Civil Service Affairs Agency, as of March 1, 2026, there are 96.3 thousand civil servants in the country, and 12% of positions are vacant. In 2025, 4.2 thousand state functions were transferred to the competitive environment.",
        "Following the meeting, the Civil Service Affairs Agency was instructed to launch a new system for assessing the performance of civil servants in the second half of the year.",
        "All central government agencies must complete the functional review of their structures by the end of April, and regional akimats – by the end of May.",
        "The Office of the Prime Minister has been tasked with submitting a consolidated report to the Government by July 15.",
    ],
    "labels": [
        L("was instructed to launch a new system for assessing the performance", False, "Deputy Prime Minister",
          ["Civil Service Affairs Agency"], [],
          "launch a new system for assessing the performance of civil servants",
          "in the second half of the year", "2026-12-31", "half"),
        L("must complete the functional review of their structures by the end of April", False, "Deputy Prime Minister",
          ["government agencies"], [],
          "complete the functional review of their structures", "by the end of April", "2026-04-30", "month"),
        L("and regional akimats – by the end of May", False, "Deputy Prime Minister", ["akimats"], [],
          "complete the functional review of their structures", "by the end of May", "2026-05-31", "month"),
        L("has been tasked with submitting a consolidated report to the Government", False, "Deputy Prime Minister",
          ["Office of the Prime Minister"], [],
          "submit a consolidated report on the functional review to the Government", "by July 15", "2026-07-15", "day"),
    ],
})

DUMP.append({
    "header": "12.03.2026, 17:05 1876", "published": "2026-03-12", "inferred": False,
    "title": "Domestic textile producers to get more state orders",
    "body": [
        "Prime Minister Olzhas Bektenov held a meeting on the development of light industry, primeminister.kz reports.",
        "In 2025, light industry output grew by 9.7% and amounted to 312 billion tenge. The share of domestic producers in the procurement of uniforms for law enforcement and military agencies reached 64%.",
        "The Prime Minister instructed the Ministry of Defense, the Ministry of Internal Affairs and the National Guard to increase the share of domestic producers in the procurement of uniforms to 80% this year.",
        "The Ministry of Industry and Construction, together with QazIndustry, needs to compile within 10 days a register of light industry enterprises capable of fulfilling large orders.",
        "Samruk-Kazyna must sign long-term offtake contracts with domestic textile producers before March 31.",
    ],
    "labels": [
        L("to increase the share of domestic producers in the procurement of uniforms", False, "Prime Minister",
          ["Ministry of Defense", "Ministry of Internal Affairs", "National Guard"], [],
          "increase the share of domestic producers in the procurement of uniforms to 80%",
          "this year", "2026-12-31", "year"),
        L("needs to compile within 10 days a register of light industry enterprises", False, "Prime Minister",
          [MIC], ["QazIndustry"],
          "compile a register of light industry enterprises capable of fulfilling large orders",
          "within 10 days", "2026-03-22", "day"),
        L("must sign long-term offtake contracts with domestic textile producers", False, "Prime Minister",
          ["Samruk-Kazyna"], [],
          "sign long-term offtake contracts with domestic textile producers", "before March 31", "2026-03-31", "day"),
    ],
})

DUMP.append({
    "header": "05.03.2026, 10:20 2561", "published": "2026-03-05", "inferred": False,
    "title": "Development institutions to increase financing of manufacturing projects",
    "body": [
        "Deputy Prime Minister – Minister of National Economy Serik Zhumangarin held a meeting on the financing of the manufacturing industry, Kazinform News Agency reports.",
        "According to the National Bank, as of February 1, 2026, the loan portfolio of banks to businesses amounted to 14.1 trillion tenge, of which manufacturing accounted for only 13%.",
        "Baiterek and the Development Bank of Kazakhstan were instructed to increase the volume of financing of manufacturing projects by 1.5 times by the end of the year.",
        "KazakhExport is to launch a new export insurance product for manufacturers by the end of the month.",
        "Second-tier banks are called on to revise their lending policies in favor of the real sector of the economy.",
        "The Ministry of National Economy must submit proposals on a new mechanism for subsidizing interest rates within 10 days.",
    ],
    "labels": [
        L("were instructed to increase the volume of financing of manufacturing projects", False, "Deputy Prime Minister",
          ["Baiterek", "Development Bank of Kazakhstan"], [],
          "increase the volume of financing of manufacturing projects by 1.5 times",
          "by the end of the year", "2026-12-31", "year"),
        L("is to launch a new export insurance product for manufacturers", False, "Deputy Prime Minister",
          ["KazakhExport"], [],
          "launch a new export insurance product for manufacturers", "by the end of the month", "2026-03-31", "month"),
        L("must submit proposals on a new mechanism for subsidizing interest rates", False, "Deputy Prime Minister",
          [MNE], [],
          "submit proposals on a new mechanism for subsidizing interest rates", "within 10 days", "2026-03-15", "day"),
    ],
})
