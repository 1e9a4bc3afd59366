"""5 English articles for kt_kz_government_2025-12.txt (newest first).
The first article has no date line: its date is inferred from the next one."""
from common import d, art

DUMP = [
# ---------------------------------------------------------------- D1 (headless)
(None,
 art("v4-dump-1", "en", "2025-12-09",
    "Ministry of Science to commission 12 new student dormitories",
    [
     "At the Government session, Minister of Science and Higher Education Sayasat Nurbek reported on the provision of students with places in dormitories, Kazinform News Agency reports.",
     "In 2025, 14 thousand new places in dormitories were commissioned, however, the shortage still amounts to 38 thousand places, mainly in Almaty, Astana and Shymkent.",
     "Prime Minister Olzhas Bektenov instructed the Ministry of Science and Higher Education to commission 12 dormitories built under public-private partnership by September 1.",
     "The Ministry of Finance has been instructed to settle the issue of reimbursing investors for the construction of dormitories within a month.",
     "Akimats of Astana, Almaty and Shymkent need to allocate land plots for the construction of 20 new dormitories by the end of Q1.",
    ],
    [
     d("to commission 12 dormitories built under public-private partnership", ["Ministry of Science and Higher Education"],
       "commission 12 dormitories built under public-private partnership", "2026-09-01", "by September 1", "day"),
     d("to settle the issue of reimbursing investors", ["Ministry of Finance"],
       "settle the issue of reimbursing investors for the construction of dormitories", "2026-01-09", "within a month", "day"),
     d("need to allocate land plots for the construction of 20 new dormitories",
       ["Akimat of Astana", "Akimat of Almaty", "Akimat of Shymkent"],
       "allocate land plots for the construction of 20 new dormitories", "2026-03-31", "by the end of Q1", "quarter"),
    ], issuer="Prime Minister")),

# ---------------------------------------------------------------- D2
("09.12.2025, 16:05 2214",
 art("v4-dump-2", "en", "2025-12-09",
    "Head of State instructs to restore fish stocks in Balkhash and Zaisan lakes",
    [
     "President Kassym-Jomart Tokayev received Minister of Ecology and Natural Resources Yerlan Nyssanbayev, Akorda reports.",
     "The Head of State was informed that the fish catch in 2025 amounted to 48 thousand tons, and 12 fish hatcheries released 230 million juveniles into water bodies.",
     "The President instructed the Ministry of Ecology to toughen control over illegal fishing and to complete the construction of a fish hatchery on Lake Balkhash by the end of next year.",
     "The Forestry and Wildlife Committee, together with the Interior Ministry, is to conduct joint raids against poachers on Lake Zaisan in December.",
    ],
    [
     d("instructed the Ministry of Ecology to toughen control over illegal fishing", ["Ministry of Ecology and Natural Resources"],
       "toughen control over illegal fishing"),
     d("to complete the construction of a fish hatchery on Lake Balkhash", ["Ministry of Ecology and Natural Resources"],
       "complete the construction of a fish hatchery on Lake Balkhash", "2026-12-31", "by the end of next year", "year"),
     d("is to conduct joint raids against poachers", ["Forestry and Wildlife Committee"],
       "conduct joint raids against poachers on Lake Zaisan", "2025-12-31", "in December", "month",
       co=["Ministry of Internal Affairs"]),
    ], issuer="President")),

# ---------------------------------------------------------------- D3
("05.12.2025, 11:30 3120",
 art("v4-dump-3", "en", "2025-12-05",
    "Geological exploration to cover 2.5 million square kilometers by 2030",
    [
     "The results of geological exploration in 2025 were summed up at a meeting of the Ministry of Industry and Construction.",
     "In 11 months of 2025, geological and geophysical surveys covered 1.8 million square kilometers, and 46 new deposits were put on the state balance sheet.",
     "By 2030, it is planned to cover 2.5 million square kilometers with geological surveys on a scale of 1:200,000.",
     "Vice Minister of Industry and Construction Iran Sharkhan instructed the Geology Committee to publish the results of this year's exploration on the national geological portal within 10 days.",
     "Tau-Ken Samruk must start drilling at three new sites in the Ulytau region in the second half of next year.",
    ],
    [
     d("it is planned to cover 2.5 million square kilometers", [],
       "cover 2.5 million square kilometers with geological surveys", "2030-12-31", "By 2030", "year",
       optional=True, issuer=None),
     d("instructed the Geology Committee to publish the results", ["Geology Committee"],
       "publish the results of this year's exploration on the national geological portal",
       "2025-12-15", "within 10 days", "day"),
     d("must start drilling at three new sites in the Ulytau region", ["Tau-Ken Samruk"],
       "start drilling at three new sites in the Ulytau region", "2026-12-31",
       "in the second half of next year", "half"),
    ], issuer="Vice Minister of Industry and Construction")),

# ---------------------------------------------------------------- D4
("03.12.2025, 14:40 4518",
 art("v4-dump-4", "en", "2025-12-03",
    "Deputy Prime Minister checks construction of multidisciplinary hospitals",
    [
     "Deputy Prime Minister Tamara Duissenova held a meeting on the construction of multidisciplinary hospitals under the national project.",
     "Of the 20 hospitals envisaged by the national project, 6 were commissioned this year. Construction of the remaining hospitals is scheduled to be completed in 2026-2027.",
     "The Deputy Prime Minister instructed the Ministry of Healthcare to submit a schedule of equipment deliveries for the hospitals in Kokshetau and Taraz by Friday.",
     "The akimats of Akmola and Zhambyl regions must complete the connection of the hospitals to utility networks in the first quarter, and the Social Health Insurance Fund is to conclude contracts for medical services with them before they open.",
     "The Ministry of Industry and Construction was charged with monitoring the quality of construction.",
    ],
    [
     d("Construction of the remaining hospitals is scheduled to be completed", [],
       "complete construction of the remaining hospitals", "2027-12-31", "in 2026-2027", "year",
       optional=True, issuer=None),
     d("to submit a schedule of equipment deliveries", ["Ministry of Healthcare"],
       "submit a schedule of equipment deliveries for the hospitals in Kokshetau and Taraz", "2025-12-05", "by Friday", "day"),
     d("must complete the connection of the hospitals to utility networks",
       ["Akimat of Akmola region", "Akimat of Zhambyl region"],
       "complete the connection of the hospitals to utility networks", "2026-03-31", "in the first quarter", "quarter"),
     d("is to conclude contracts for medical services with them", ["Social Health Insurance Fund"],
       "conclude contracts for medical services with the hospitals", None, "before they open", None),
     d("was charged with monitoring the quality of construction", ["Ministry of Industry and Construction"],
       "monitor the quality of construction"),
    ], issuer="Deputy Prime Minister")),

# ---------------------------------------------------------------- D5 (date line without view counter)
("01.12.2025, 10:15",
 art("v4-dump-5", "en", "2025-12-01",
    "Permits for foreign workers to be issued only electronically",
    [
     "The Ministry of Labor and Social Protection of the Population held a meeting on attracting foreign labour, the ministry's press service reports.",
     "As of November 1, 2025, 21,400 foreign specialists were working in Kazakhstan under permits issued by local executive bodies. The quota for attracting foreign labour for 2026 has been set at 0.23% of the labour force.",
     "Minister Svetlana Zhakupova instructed the Labor and Social Protection Committee, with the participation of the Ministry of Internal Affairs, to transfer the issuance of permits for foreign workers entirely to electronic format by the end of the year.",
     "Employers were urged to give priority to Kazakhstani personnel when filling vacancies.",
    ],
    [
     d("to transfer the issuance of permits for foreign workers", ["Labor and Social Protection Committee"],
       "transfer the issuance of permits for foreign workers entirely to electronic format",
       "2025-12-31", "by the end of the year", "year", co=["Ministry of Internal Affairs"]),
    ], issuer="Minister of Labor and Social Protection of the Population")),
]
