"""The October 2025 news-list dump (5 English articles, newest first).

`date_line` is None for the first, headless article: its date is inferred from
the nearest dated article below it (spec section 1).
"""
from _label import L

PM, DPM, GOV = "Prime Minister", "Deputy Prime Minister", "Government"

ARTICLES = [
# ---------------------------------------------------------------- D1 (headless)
dict(id="v6-dump-1", lang="en", date_line=None, published="2025-10-15", inferred=True,
title="Government tightens control over betting companies and lotteries",
text="""The number of citizens included in the register of persons who have voluntarily restricted their participation in gambling reached 310 thousand in nine months of 2025, the press service of the Government reports.
Deputy Prime Minister - Minister of National Economy Serik Zhumangarin held a meeting on the regulation of the gambling business and lotteries.
The Ministry of Tourism and Sports, together with the Financial Monitoring Agency, was instructed to introduce a unified accounting system for bets by the end of the year.
The Agency for Regulation and Development of the Financial Market must ban payments to unlicensed online casinos by November 1, and the Ministry of Artificial Intelligence and Digital Development - block their websites within 10 days.
The Ministry of Finance is to audit the distribution of lottery revenues for sports and culture in the first quarter of 2026.""",
labels=[
 L("was instructed to introduce a unified accounting system for bets", DPM, ["Ministry of Tourism and Sports"], "introduce a unified accounting system for bets", "2025-12-31", "by the end of the year", "year", co=["Financial Monitoring Agency"]),
 L("must ban payments to unlicensed online casinos by November 1", DPM, ["Agency for Regulation and Development of the Financial Market"], "ban payments to unlicensed online casinos", "2025-11-01", "by November 1", "day"),
 L("block their websites within 10 days", DPM, ["Ministry of Artificial Intelligence and Digital Development"], "block the websites of unlicensed online casinos", "2025-10-25", "within 10 days", "day"),
 L("is to audit the distribution of lottery revenues", DPM, ["Ministry of Finance"], "audit the distribution of lottery revenues for sports and culture", "2026-03-31", "in the first quarter of 2026", "quarter"),
]),
# ---------------------------------------------------------------- D2
dict(id="v6-dump-2", lang="en", date_line="15.10.2025, 11:20 4521", published="2025-10-15", inferred=False,
title="Kazpost to modernize rural post offices",
text="""Deputy Prime Minister Kanat Bozumbayev held a meeting on the development of the postal network, Kazinform News Agency reports.
Kazpost has 2,988 post offices, 2,170 of which are located in rural areas; 40% of the buildings were built before 1980.
The Deputy Prime Minister instructed Kazpost to complete the repair of 300 rural post offices no later than December 1 and to launch parcel lockers in all district centers in 2026.
The Ministry of Artificial Intelligence and Digital Development, together with Samruk-Kazyna, needs to work out the issue of transferring the postal network to trust management by the end of the third quarter of 2026.
Akimats of the regions must provide Kazpost with premises in new social facilities free of charge.""",
labels=[
 L("to complete the repair of 300 rural post offices no later than December 1", DPM, ["Kazpost"], "complete the repair of 300 rural post offices", "2025-12-01", "no later than December 1", "day"),
 L("to launch parcel lockers in all district centers in 2026", DPM, ["Kazpost"], "launch parcel lockers in all district centers", "2026-12-31", "in 2026", "year"),
 L("needs to work out the issue of transferring the postal network", DPM, ["Ministry of Artificial Intelligence and Digital Development"], "work out the issue of transferring the postal network to trust management", "2026-09-30", "by the end of the third quarter of 2026", "quarter", co=["Samruk-Kazyna"]),
 L("must provide Kazpost with premises in new social facilities", DPM, ["akimats"], "provide Kazpost with premises in new social facilities free of charge"),
]),
# ---------------------------------------------------------------- D3 (published on a Friday)
dict(id="v6-dump-3", lang="en", date_line="10.10.2025, 17:05 6230", published="2025-10-10", inferred=False,
title="Prime Minister orders to prepare mountain roads for the avalanche season",
text="""Prime Minister Olzhas Bektenov held a meeting on preparing for the avalanche season in the mountain areas of Almaty, Zhetysu and East Kazakhstan regions.
Last winter, 146 avalanches were recorded, 12 of them blocked roads.
The Ministry of Emergency Situations was instructed to approve the plan of preventive avalanche releases by Friday.
Kazhydromet must expand the network of snow-avalanche stations by 8 points and issue forecasts every 6 hours, starting from November 1.
The Akimat of East Kazakhstan region and the Akimat of Zhetysu region are to equip avalanche-prone sections of roads with warning signs and barriers promptly.
The Ministry of Transport, in turn, should purchase 15 units of special equipment for mountain road services in November.""",
labels=[
 L("was instructed to approve the plan of preventive avalanche releases by Friday", PM, ["Ministry of Emergency Situations"], "approve the plan of preventive avalanche releases", "2025-10-17", "by Friday", "day"),
 L("must expand the network of snow-avalanche stations by 8 points", PM, ["Kazhydromet"], "expand the network of snow-avalanche stations by 8 points and issue forecasts every 6 hours"),
 L("are to equip avalanche-prone sections of roads with warning signs", PM, ["Akimat of East Kazakhstan region", "Akimat of Zhetysu region"], "equip avalanche-prone sections of roads with warning signs and barriers", None, "promptly", None),
 L("should purchase 15 units of special equipment for mountain road services", PM, ["Ministry of Transport"], "purchase 15 units of special equipment for mountain road services", "2025-11-30", "in November", "month"),
]),
# ---------------------------------------------------------------- D4
dict(id="v6-dump-4", lang="en", date_line="07.10.2025, 10:12 2214", published="2025-10-07", inferred=False,
title="Ministry to check scales at markets and fuel dispensers",
text="""Minister of Trade and Integration Arman Shakkaliyev held a meeting on ensuring the uniformity of measurements, the press service of the ministry reports.
In January-September, inspectors of the Technical Regulation and Metrology Committee checked 12.4 thousand measuring instruments; violations were found at every fifth market scale.
Following the meeting, the minister gave the following instructions:
- the Technical Regulation and Metrology Committee, together with akimats, is to inspect scales at all food markets within one month;
- the committee is also to develop a digital register of verified measuring instruments by the end of the year;
- the committee must modernize the national standard of mass in 2026-2027.""",
labels=[
 L("is to inspect scales at all food markets within one month", "Minister of Trade and Integration", ["Technical Regulation and Metrology Committee"], "inspect scales at all food markets", "2025-11-07", "within one month", "day", co=["akimats"]),
 L("to develop a digital register of verified measuring instruments", "Minister of Trade and Integration", ["Technical Regulation and Metrology Committee"], "develop a digital register of verified measuring instruments", "2025-12-31", "by the end of the year", "year"),
 L("must modernize the national standard of mass in 2026-2027", "Minister of Trade and Integration", ["Technical Regulation and Metrology Committee"], "modernize the national standard of mass", "2027-12-31", "in 2026-2027", "year"),
]),
# ---------------------------------------------------------------- D5 (no view counter on its date line)
dict(id="v6-dump-5", lang="en", date_line="01.10.2025, 15:30", published="2025-10-01", inferred=False,
title="Ile-Balkhash reserve to be expanded and new natural park created in Ulytau region",
text="""By the Decree of the Government, the Ile-Balkhash reserve will be expanded by 45 thousand hectares and a new state natural park will be created in Ulytau region, primeminister.kz reports.
Currently, specially protected natural areas cover 10.2% of the country's territory; under the Environmental Code, their share should reach 11% by 2030.
The Ministry of Ecology and Natural Resources has been instructed to complete the transfer of the lands to the reserve within three months.
The Akimat of Ulytau region needs to build a visitor center and ranger cordons for the new park by the end of 2026.""",
labels=[
 L("their share should reach 11% by 2030", None, [], "raise the share of specially protected natural areas to 11%", "2030-12-31", "by 2030", "year", opt=True),
 L("has been instructed to complete the transfer of the lands to the reserve", GOV, ["Ministry of Ecology and Natural Resources"], "complete the transfer of the lands to the reserve", "2026-01-01", "within three months", "day"),
 L("needs to build a visitor center and ranger cordons for the new park", GOV, ["Akimat of Ulytau region"], "build a visitor center and ranger cordons for the new park", "2026-12-31", "by the end of 2026", "year"),
]),
]
