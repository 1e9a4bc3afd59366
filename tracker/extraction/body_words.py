"""Words the body finder reads for their grammar, not as names of bodies (per language):
heads of coordinated names and titles, classifiers ("region", "облыс"), look-alikes that are
no bodies (issuers, foreign and international bodies), the open rule for lower-case groups,
and the heads of names the registry lacks. Used by ``body_matcher``, ``bodies`` and
``body_unknown``.
"""

from __future__ import annotations

# fmt: off
_LANGS = ("en", "ru", "kk")

# Heads of families whose complements can be coordinated: key -> family.
_POST_HEADS = {
    "en": {"ministry": "ministry", "akimat": "akimat"},
    "ru": {"министерств": "ministry", "акимат": "akimat"},
    "kk": {},
}
_PRE_HEADS = {
    "en": {"ministry": "ministry", "akimat": "akimat"},
    "ru": {},
    "kk": {"министрлік": "ministry", "әкімдік": "akimat"},
}
# Plural head words (keys) that open or close a coordinated list: key -> (family, person?).
# Titles too: "the akims of Astana and Almaty", "министрам финансов и торговли".
_PLURAL_HEADS = {
    "en": {
        "ministries": ("ministry", False),
        "akimats": ("akimat", False),
        "ministers": ("ministry", True),
        "akims": ("akimat", True),
        "mayors": ("akimat", True),
        "governors": ("akimat", True),
    },
    "ru": {
        "министерств": ("ministry", False),
        "акимат": ("akimat", False),
        "министр": ("ministry", True),
        "аким": ("akimat", True),
    },
    "kk": {
        "министрлік": ("ministry", False),
        "әкімдік": ("akimat", False),
        "министр": ("ministry", True),
        "әкім": ("akimat", True),
    },
}
# Person titles built from the same complements.
_TITLE_POST = {
    "en": {
        "ministry": (("minister", "of"), ("minister", "for")),
        "akimat": (("akim", "of"), ("mayor", "of"), ("governor", "of")),
    },
    "ru": {"ministry": (("министр",),), "akimat": (("аким",),)},
    "kk": {},
}
_TITLE_PRE = {
    "en": {"ministry": (("minister",),), "akimat": (("akim",), ("mayor",), ("governor",))},
    "ru": {},
    "kk": {"ministry": (("министр",), ("вице", "министр")), "akimat": (("әкім",),)},
}
# Classifier words that a list can share ("the Aktobe and Atyrau regions").
_CLASSIFIERS = {
    "en": {
        "region": "region",
        "regions": "region",
        "oblast": "region",
        "oblasts": "region",
        "province": "region",
        "provinces": "region",
        "regional": "region",
        "city": "city",
        "cities": "city",
    },
    "ru": {"област": "region", "обл": "region", "город": "city", "г": "city"},
    "kk": {"облыс": "region", "қала": "city"},
}
_AND = {"en": {"and", "&"}, "ru": {"и"}, "kk": {"және", "мен", "бен", "пен"}}
_AS_WELL_AS = {"en": ("as", "well", "as"), "ru": ("а", "также"), "kk": ()}

# Words before a body that make the mention an official of it.
_TITLE_BEFORE = {
    "en": {"chairman", "chair", "chairperson", "head", "director", "ceo", "governor", "chief"},
    "ru": {"председател", "глав", "руководител", "директор", "заместител"},
    "kk": set(),
}
_TITLE_AFTER = {"kk": {"төрағас", "басшыс", "төраға", "басшы", "бастық", "орынбасар"}}
_VICE = {"vice", "deputy", "first", "вице", "заместитель", "первый", "first-deputy"}

# Phrases that look like bodies but are not (issuers, foreign or international bodies).
_EXCLUDE_PHRASES = {
    "en": """
        prime minister|deputy prime minister|vice prime minister|first deputy prime minister
        head of state|head of government|head of cabinet
        government session|government meeting|government sitting|government hour
        government decree|government resolution|government's session|government chaired
        government house|government program|government programme|government hour
        government extended meeting|government expanded meeting|government meeting room
        meeting of the government|session of the government|sitting of the government
        decree of the government|resolution of the government
        extended government meeting|expanded government meeting
        international atomic energy agency|iaea|international energy agency
        eurasian development bank|asian development bank|islamic development bank
        european bank for reconstruction and development|new development bank
        world bank|national bank of tajikistan|national bank of kyrgyzstan|news agency
        eurasian economic commission
    """,
    "ru": """
        премьер-министр|вице-премьер|вице-премьер-министр|первый вице-премьер
        заместитель премьер-министра|глава государства|глава правительства
        заседание правительства|расширенное заседание правительства
        постановление правительства|правительственный час
        постановлением правительства|распоряжение премьер-министра
        международное агентство по атомной энергии|магатэ
        евразийский банк развития|азиатский банк развития|исламский банк развития
        всемирный банк|евразийская экономическая комиссия|информационное агентство
    """,
    "kk": """
        премьер-министр|премьер-министрдің орынбасары|вице-премьер|мемлекет басшысы
        үкімет басшысы|үкімет отырысы|үкімет қаулысы|үкімет сағаты
        атом энергиясы жөніндегі халықаралық агенттік|магатэ|еуразиялық даму банкі
        азия даму банкі|дүниежүзілік банк
    """,
}

# Countries and their adjectives: a ministry "of Uzbekistan" or a "Russian ministry" is
# not ours. Compared as keys (English as is, Russian/Kazakh stemmed by the language).
_FOREIGN_WORDS = """
    russia russian china chinese uzbekistan uzbek kyrgyzstan kyrgyz tajikistan tajik
    turkmenistan turkmen belarus belarusian armenia armenian azerbaijan azerbaijani georgia
    georgian turkey turkish türkiye ukraine ukrainian usa american germany german france
    french italy italian japan japanese korea korean india indian iran iranian mongolia
    mongolian pakistan pakistani afghanistan afghan qatar qatari uae emirati saudi egypt
    egyptian hungary hungarian poland polish britain british uk
    россия российский китай китайский узбекистан узбекский кыргызстан киргизия кыргызский
    таджикистан таджикский туркменистан туркменский беларусь белоруссия белорусский
    армения армянский азербайджан азербайджанский грузия турция турецкий украина
    сша германия франция япония корея индия иран монголия
    ресей қытай өзбекстан қырғызстан тәжікстан түрікменстан беларусь әзербайжан түркия
"""

_GOV_VERBS = {
    "has", "have", "had", "is", "was", "will", "must", "should", "shall", "needs", "need",
    "intends", "plans", "instructed", "ordered", "approved", "adopted", "decided", "tasked",
    "to", "and", ",", "also", "would", "can", "could", "may",
}

# --- the open rule for lower-case plural groups (English) -----------------------------
_GROUP_NOUNS = {
    "operators", "companies", "organizations", "organisations", "institutions", "enterprises",
    "agencies", "bodies", "authorities", "ministries", "akimats", "departments", "banks",
    "universities", "holdings", "regulators", "administrations", "committees", "commissions",
    "corporations", "inspectorates", "contractors", "entities", "subsidiaries",
}
_GROUP_STOP = {
    "a", "an", "of", "in", "on", "for", "to", "with", "by", "at", "from", "as", "into",
    "these", "those", "this", "that", "such", "their", "its", "our", "his", "her", "which",
    "who", "whose", "must", "should", "will", "shall", "are", "were", "is", "was", "have",
    "has", "had", "be", "been", "not", "also", "other", "all", "relevant", "respective",
    "both", "some", "many", "most", "several", "each", "every", "any", "no", "what",
    "said", "says", "noted", "instructed", "tasked", "ordered", "between", "among", "about",
    "than", "then", "there", "where", "when", "while", "but", "or", "nor", "so", "if",
}
_GROUP_LEADING_DROP = {"all", "other", "relevant", "respective", "these", "those", "such"}
_GROUP_AFTER = {
    "must", "should", "shall", "will", "need", "needs", "are", "were", "have", "has", "is",
    "was", "to", "would", "can", "could", "may", "also", "together", "jointly",
}
_GROUP_BEFORE = {"instructed", "tasked", "ordered", "obliged", "charged", "urged", "asked",
                 "directed", "commissioned", "requested", "told"}
_GROUP_BEFORE2 = {("together", "with"), ("jointly", "with"), ("along", "with"),
                  ("participation", "of"), ("in", "cooperation"), ("cooperation", "with")}

# --- unresolved names ----------------------------------------------------------------
_UNKNOWN_HEAD_EN = {"ministry": "ministry", "agency": "agency", "committee": "committee",
                    "akimat": "akimat", "bureau": "agency"}
_UNKNOWN_HEAD_RU = {"министерств": "ministry", "агентств": "agency", "комитет": "committee",
                    "акимат": "akimat", "аким": "akimat"}  # "Акиму города Жезказган"
_UNKNOWN_HEAD_KK = {"министрлік": "ministry", "агенттік": "agency", "комитет": "committee",
                    "әкімдік": "akimat"}
_EN_CONNECT = {"of", "and", "for", "on", "&"}
_EN_NOT_NAME = {"The", "A", "An", "This", "That", "These", "In", "On", "At", "By", "For",
                "According", "Meanwhile", "Also", "Kazakh", "Kazakhstan", "Kazakhstan's",
                "Kazakhstani", "National", "Its", "Our", "Their", "His", "Her", "Earlier",
                "Later", "Then", "Besides", "Moreover", "However", "Thus", "As", "With"}
_RU_GEN_ENDINGS = ("ого", "его", "ой", "ей", "ых", "их", "а", "я", "ы", "и", "ов", "ев", "ий",
                   "ия", "ии", "ам", "ям", "ам")
_RU_CONNECT = {"и", "по", "в", "с"}
# fmt: on
