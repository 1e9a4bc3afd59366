"""find_bodies on sentences written in the style of Kazakh news (en, ru, kk).

Each case lists the expected mentions in order as (canonical, kind); kind may be "*" when
only the name matters. A canonical of None is a body the registry lacks.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.extraction.bodies import BodyMention, canonical_names, find_bodies
from tracker.extraction.registry import Registry, load_default_registry

MTI = "Ministry of Trade and Integration"
MF = "Ministry of Finance"
MAI = "Ministry of Artificial Intelligence and Digital Development"
MNE = "Ministry of National Economy"
MH = "Ministry of Healthcare"
ME = "Ministry of Energy"
MIA = "Ministry of Internal Affairs"
MES = "Ministry of Emergency Situations"
MIC = "Ministry of Industry and Construction"
MEDU = "Ministry of Education"
ASPR = "Agency for Strategic Planning and Reforms"
AKIMATS = "akimats"
GA = "government agencies"
IGA = "interested government agencies"
SGA = "sectoral government agencies"
AST, ALA, SHY = "Akimat of Astana", "Akimat of Almaty", "Akimat of Shymkent"


@pytest.fixture(scope="module")
def reg() -> Registry:
    return load_default_registry()


def _found(reg, sentence, lang):
    mentions = find_bodies(sentence, lang, reg)
    for m in mentions:
        assert sentence[m.start : m.end] == m.text
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    return mentions


def _check(reg, lang, sentence, expected):
    got = [(m.canonical, m.kind) for m in _found(reg, sentence, lang)]
    want = [(c, k) for c, k in expected]
    assert [c for c, _ in got] == [c for c, _ in want], got
    for (_, gk), (_, wk) in zip(got, want, strict=True):
        if wk != "*":
            assert gk == wk, got


# --------------------------------------------------------------------------------------
# English
# --------------------------------------------------------------------------------------

EN_CASES = [
    # full names, short forms, abbreviations, former names
    ("The Ministry of Water Resources and Irrigation must finish cleaning the canals by May.",
     [("Ministry of Water Resources and Irrigation", "ministry")]),
    ("The Trade Ministry, together with the MTI's regional departments, reviewed prices.",
     [(MTI, "ministry"), (MTI, "ministry")]),
    ("The Ministry of Digital Development, Innovation and Aerospace Industry was told to "
     "speed up the rollout of 5G.", [(MAI, "ministry")]),
    ("The Ministry of Industry and Infrastructure Development must revise the building codes.",
     [(MIC, "ministry")]),
    ("KTZ was instructed to buy new locomotives, while KEGOC is to modernise substations.",
     [("Kazakhstan Temir Zholy", "national_company"), ("KEGOC", "national_company")]),
    ("Samruk-Kazyna and QazaqGaz have been tasked with gasifying the northern regions.",
     [("Samruk-Kazyna", "fund"), ("QazaqGaz", "national_company")]),
    ('The Ministry of Trade, together with "Kazpost," must open rural delivery points.',
     [(MTI, "ministry"), ("Kazpost", "national_company")]),
    ("Baiterek Holding, together with Damu Fund and the Development Bank of Kazakhstan, "
     "must finance 300 projects.",
     [("Baiterek", "*"), ("Damu", "*"), ("Development Bank of Kazakhstan", "bank")]),
    ("The Agency for Strategic Planning and Reforms, jointly with the Bureau of National "
     "Statistics, will publish the census results.",
     [(ASPR, "agency"), ("Bureau of National Statistics", "agency")]),
    ("The National Bank and the ARDFM, jointly with second-tier banks, must keep loans "
     "affordable.",
     [("National Bank", "bank"),
      ("Agency for Regulation and Development of the Financial Market", "agency"),
      ("second-tier banks", "group")]),
    ("The Head of State instructed the Ministry of Internal Affairs, the Prosecutor General's "
     "Office and the National Security Committee to act.",
     [(MIA, "ministry"), ("Prosecutor General's Office", "other"),
      ("Committee for National Security", "committee")]),
    ("The Emergencies Ministry and the Interior Ministry held joint drills.",
     [(MES, "ministry"), (MIA, "ministry")]),
    # coordinated plurals
    ("In this regard, the Ministries of Energy, Finance, and Digitalization need to agree "
     "on the tariff methodology by the end of the year.",
     [(ME, "ministry"), (MF, "ministry"), (MAI, "ministry")]),
    ("The Ministries of Finance and Trade, together with other state bodies, must review "
     "the customs rules.", [(MF, "ministry"), (MTI, "ministry"), (GA, "group")]),
    ("The Ministries of Trade and Integration and Agriculture were instructed to stabilise "
     "food prices.", [(MTI, "ministry"), ("Ministry of Agriculture", "ministry")]),
    ("The Ministries of Energy, Industry and Construction, and Ecology are to draft a "
     "decarbonisation plan.",
     [(ME, "ministry"), (MIC, "ministry"),
      ("Ministry of Ecology and Natural Resources", "ministry")]),
    ("The Health and Education ministries must jointly update school canteen rules.",
     [(MH, "ministry"), (MEDU, "ministry")]),
    ("Bektenov gave instructions to the akimats of Astana, Almaty and Shymkent to clear snow.",
     [(AST, "akimat"), (ALA, "akimat"), (SHY, "akimat")]),
    ("The akimats of the cities of Astana and Shymkent must open new schools.",
     [(AST, "akimat"), (SHY, "akimat")]),
    ("Akimats of the Kostanay and North Kazakhstan regions must prepare for spring floods.",
     [("Akimat of Kostanay region", "akimat"), ("Akimat of North Kazakhstan region", "akimat")]),
    ("The akimats of Almaty and Zhambyl regions should finish the irrigation canals.",
     [("Akimat of Almaty region", "akimat"), ("Akimat of Zhambyl region", "akimat")]),
    ("The Pavlodar, Abai and East Kazakhstan regions' akimats are to allocate land plots.",
     [("Akimat of Pavlodar region", "akimat"), ("Akimat of Abai region", "akimat"),
      ("Akimat of East Kazakhstan region", "akimat")]),
    ("The Atyrau region akimat and the akimat of Mangystau region must repair the roads.",
     [("Akimat of Atyrau region", "akimat"), ("Akimat of Mangystau region", "akimat")]),
    # groups
    ("The Ministry of Healthcare, together with regional akimats, must staff rural clinics.",
     [(MH, "ministry"), (AKIMATS, "group")]),
    ("Akimats of the regions have been tasked with repairing rural roads.",
     [(AKIMATS, "group")]),
    ("All regions have been instructed to provide housing for young teachers.",
     [(AKIMATS, "group")]),
    ("Local executive bodies must ensure that schools are ready by September 1.",
     [(AKIMATS, "group")]),
    ("The Ministry of Energy, together with the akimats of the regions and the cities of "
     "Astana, Almaty and Shymkent, must prepare for the heating season.",
     [(ME, "ministry"), (AKIMATS, "group")]),
    ("The Ministry of Finance, together with interested government agencies, must amend "
     "the Budget Code.", [(MF, "ministry"), (IGA, "group")]),
    ("The systems must be integrated with the information systems of sectoral government "
     "agencies by the end of the year.", [(SGA, "group")]),
    ("The Ministry of Healthcare and national research centers were instructed to transfer "
     "new technologies to the regions.", [(MH, "ministry"), ("national research centers", "group")]),
    ("Bektenov gave a number of instructions to the relevant ministries.",
     [("relevant ministries", "group")]),
    ("It is important for government agencies to understand the new rules.", [(GA, "group")]),
    # open-ended lower-case plural groups
    ("Then, the technical and financial operators must form preliminary estimates.",
     [("technical and financial operators", "group")]),
    ("The regional energy companies should replace worn-out networks.",
     [("regional energy companies", "group")]),
    ("The Prime Minister instructed the domestic carriers and operators to cut waiting times.",
     [("domestic carriers and operators", "group")]),
    # the Government
    ("The Head of State instructed the Government to submit the draft law by February 1.",
     [("Government", "government")]),
    ("The government has instructed the regional akimats to check prices.",
     [("Government", "government"), (AKIMATS, "group")]),
    # officials' titles
    ("The meeting with Defense Minister Dauren Kossanov focused on conscription.",
     [("Ministry of Defense", "person")]),
    ("Interior Minister Yerzhan Sadenov reported on the crime situation.", [(MIA, "person")]),
    ("The Minister of Healthcare, Akmaral Alnazarova, delivered a report.", [(MH, "person")]),
    ("Vice Minister of Trade and Integration Aidar Abildabekov was appointed.",
     [(MTI, "person")]),
    ("Deputy Prime Minister - Minister of National Economy Serik Zhumangarin chaired the "
     "meeting.", [(MNE, "person")]),
    ("Akim of Almaty Darkhan Satybaldy and the Turkistan region akim reported on the work.",
     [(ALA, "person"), ("Akimat of Turkistan region", "person")]),
    ("Chairman of the National Bank Timur Suleimenov spoke about inflation.",
     [("National Bank", "person")]),
    ("The regional akims have been instructed to take personal control of the issue.",
     [(AKIMATS, "person")]),
    ("Akims must personally check the readiness of every school.", [(AKIMATS, "person")]),
    ("The mayors of Astana and Almaty were told to solve the traffic problem.",
     [(AST, "person"), (ALA, "person")]),
    # bodies the registry lacks
    ("The Ministry of Space Tourism and the Agency for Lunar Affairs must cooperate.",
     [(None, "ministry"), (None, "agency")]),
    # a town's akimat the registry lacks is one of the local executive bodies (spec §5)
    ("The akimat of the city of Aktobe was instructed to build a new bridge.",
     [(AKIMATS, "akimat")]),
    ("The minister instructed the State Corporation to reduce the waiting time.",
     [("Government for Citizens State Corporation", "national_company")]),
]  # fmt: skip

EN_NOT_BODIES = [
    "At the Government session chaired by Prime Minister Olzhas Bektenov, the budget was "
    "reviewed.",
    "The Head of State held a meeting with the Deputy Prime Minister.",
    "At an extended meeting of the Government, the results of the year were summed up.",
    "By the Decree of the Government, he was appointed to the post.",
    "Construction of perinatal centers in Shymkent and Karaganda must begin next year.",
    "Kazakhstan and China signed an agreement in Astana on Friday.",
    "The ministry reported that 350 settlements were inspected in January.",
    "Head of the Government Olzhas Bektenov opened the forum in Almaty.",
    "The Uzbek Ministry of Energy and the Ministry of Foreign Affairs of Russia sent delegations.",
    "Kazinform News Agency reports, citing the International Atomic Energy Agency.",
    "The Eurasian Development Bank and the Asian Development Bank will co-finance the road.",
    "The President instructed to raise the salaries of teachers.",
    "The Kazakh government programs were discussed by experts.",
    "The funds must be allocated and the services must be provided on time.",
    "In January the settlements were inspected and the centers must be equipped.",
    "",
]


@pytest.mark.parametrize(("sentence", "expected"), EN_CASES)
def test_english(reg, sentence, expected):
    _check(reg, "en", sentence, expected)


@pytest.mark.parametrize("sentence", EN_NOT_BODIES)
def test_english_look_alikes_are_not_bodies(reg, sentence):
    assert _found(reg, sentence, "en") == []


# --------------------------------------------------------------------------------------
# Russian
# --------------------------------------------------------------------------------------

RU_CASES = [
    ("Премьер-министр поручил Министерству энергетики совместно с акиматами областей "
     "завершить ремонт сетей.", [(ME, "ministry"), (AKIMATS, "group")]),
    ("Министерством национальной экономики подготовлен проект закона.", [(MNE, "ministry")]),
    ("Министерству финансов и Министерству торговли и интеграции поручено внедрить систему.",
     [(MF, "ministry"), (MTI, "ministry")]),
    ("Министерствам финансов и торговли поручено обеспечить прослеживаемость товаров.",
     [(MF, "ministry"), (MTI, "ministry")]),
    ("Министерствам энергетики, промышленности и строительства поручено разработать план.",
     [(ME, "ministry"), (MIC, "ministry")]),
    ("Агентству по стратегическому планированию и реформам совместно с Минфином поручено "
     "разработать методику.", [(ASPR, "agency"), (MF, "ministry")]),
    ("Вице-премьер поручил МЧС и МВД провести проверку дамб.",
     [(MES, "ministry"), (MIA, "ministry")]),
    ("Акимату Атырауской области необходимо завершить строительство дамб.",
     [("Akimat of Atyrau region", "akimat")]),
    ("Акиматам Актюбинской и Западно-Казахстанской областей поручено выделить резервы.",
     [("Akimat of Aktobe region", "akimat"), ("Akimat of West Kazakhstan region", "akimat")]),
    ("Акиматам Астаны, Алматы и Шымкента поручено подготовить котельные.",
     [(AST, "akimat"), (ALA, "akimat"), (SHY, "akimat")]),
    # "а также" continues a coordinated list
    ("Акиматам Алматинской и Туркестанской областей, а также городов Алматы и Шымкента "
     "необходимо ввести школы.",
     [("Akimat of Almaty region", "akimat"), ("Akimat of Turkistan region", "akimat"),
      (ALA, "akimat"), (SHY, "akimat")]),
    ("Министерствам финансов и энергетики, а также Министерству торговли поручено.",
     [(MF, "ministry"), (ME, "ministry"), ("Ministry of Trade and Integration", "ministry")]),
    # the group word in the singular describes the company named after it
    ("Национальной компании «ҚазАвтоЖол» поручено обеспечить ремонт дорог.",
     [("KazAvtoZhol", "national_company")]),
    ("Национальным компаниям поручено снизить расходы.",
     [("national companies", "group")]),
    # a ministry's territorial department is the ministry
    ("Департаменту по чрезвычайным ситуациям области поручено усилить дежурство.",
     [(MES, "ministry")]),
    ("Акиматам областей, городов Астаны, Алматы и Шымкента поручено обеспечить готовность.",
     [(AKIMATS, "group")]),
    ("Министерству просвещения совместно с местными исполнительными органами необходимо "
     "построить школы.", [(MEDU, "ministry"), (AKIMATS, "group")]),
    ("Заинтересованным государственным органам поручено внести предложения.",
     [(IGA, "group")]),
    ("Отраслевым госорганам поручено определить порядок модернизации.", [(SGA, "group")]),
    ("Президент поручил Правительству и Национальному банку снизить инфляцию.",
     [("Government", "government"), ("National Bank", "bank")]),
    ("Фонду национального благосостояния «Самрук-Казына» и АО «НК «ҚТЖ» поручено обновить "
     "вагоны.", [("Samruk-Kazyna", "fund"), ("Kazakhstan Temir Zholy", "national_company")]),
    ("Министр энергетики Алмасадам Саткалиев и аким Алматы Дархан Сатыбалды провели встречу.",
     [(ME, "person"), (ALA, "person")]),
    ("Вице-министр здравоохранения сообщил о ходе работ.", [(MH, "person")]),
    ("Акимам областей поручено взять на личный контроль ход работ.", [(AKIMATS, "person")]),
    ("Акимам Астаны и Шымкента поручено решить проблему пробок.",
     [(AST, "person"), (SHY, "person")]),
    ("Председатель Агентства по финансовому мониторингу доложил о работе.",
     [("Financial Monitoring Agency", "person")]),
    ("Канцелярией Премьер-министра и Минпромстрою поручено подготовить отчет.",
     [("Office of the Prime Minister", "government"), (MIC, "ministry")]),
    ("Министерство космического туризма должно подготовить план.", [(None, "ministry")]),
    ("Акимату города Актобе поручено построить мост.", [(AKIMATS, "akimat")]),
]  # fmt: skip

RU_NOT_BODIES = [
    "На заседании Правительства рассмотрен ход подготовки к отопительному сезону.",
    "Глава государства провел совещание с Премьер-министром.",
    "В Шымкенте и Караганде начнется строительство перинатальных центров.",
    "Казахстан и Узбекистан подписали соглашение.",
    "МИД Узбекистана и Министерство иностранных дел России провели консультации.",
    "Об этом сообщает МАГАТЭ.",
    "Аким области доложил о ходе работ.",
]


@pytest.mark.parametrize(("sentence", "expected"), RU_CASES)
def test_russian(reg, sentence, expected):
    _check(reg, "ru", sentence, expected)


@pytest.mark.parametrize("sentence", RU_NOT_BODIES)
def test_russian_look_alikes_are_not_bodies(reg, sentence):
    assert _found(reg, sentence, "ru") == []


# --------------------------------------------------------------------------------------
# Kazakh
# --------------------------------------------------------------------------------------

KK_CASES = [
    ("Премьер-Министр Сауда және интеграция министрлігіне платформаны іске қосуды тапсырды.",
     [(MTI, "ministry")]),
    ("Денсаулық сақтау министрлігі мен облыс әкімдіктеріне тапсырма берілді.",
     [(MH, "ministry"), (AKIMATS, "group")]),
    ("Энергетика министрлігіне облыстардың, Астана, Алматы және Шымкент қалаларының "
     "әкімдіктерімен бірлесіп дайындықты қамтамасыз ету тапсырылды.",
     [(ME, "ministry"), (AKIMATS, "group")]),
    ("Қаржы және Ұлттық экономика министрліктеріне ұсыныстар енгізу тапсырылды.",
     [(MF, "ministry"), (MNE, "ministry")]),
    ("Түркістан және Қызылорда облыстарының әкімдіктеріне каналдарды тазалау тапсырылды.",
     [("Akimat of Turkistan region", "akimat"), ("Akimat of Kyzylorda region", "akimat")]),
    ("Астана, Алматы және Шымкент қалаларының әкімдіктеріне тапсырылды.",
     [(AST, "akimat"), (ALA, "akimat"), (SHY, "akimat")]),
    ("Атырау облысының әкімдігіне бөгеттер салуды аяқтау тапсырылды.",
     [("Akimat of Atyrau region", "akimat")]),
    ("Оқу-ағарту министрлігі мен жергілікті атқарушы органдар мектептерді дайындауы тиіс.",
     [(MEDU, "ministry"), (AKIMATS, "group")]),
    ("Мемлекет басшысы Үкіметке инфляцияны төмендетуді тапсырды.",
     [("Government", "government")]),
    ("Мүдделі мемлекеттік органдармен бірлесіп ТЖМ-ге тексеру жүргізу тапсырылды.",
     [(IGA, "group"), (MES, "ministry")]),
    ("Ішкі істер министрі Ержан Сәденов баяндама жасады.", [(MIA, "person")]),
    ("Алматы қаласының әкімі Дархан Сатыбалды мәлімдеді.", [(ALA, "person")]),
    ("Қаржы және Сауда министрлеріне тапсырылды.", [(MF, "person"), (MTI, "person")]),
    ("Ғарыш туризмі министрлігіне хат жолданды.", [(None, "ministry")]),
    # the Government inside the quoted name of a platform or programme is no body
    ("Мемлекеттік органдарға жүйелерді «Смарт дата Үкімет» платформасына қосу қажет.",
     [(GA, "group")]),
]  # fmt: skip

KK_NOT_BODIES = [
    "Үкімет отырысында сауда саласын цифрландыру мәселесі қаралды.",
    "Шымкент пен Қарағандыда перинаталдық орталықтар салынады.",
    "Бұл министрлік жұмысты жалғастырады.",
    "Премьер-Министрдің орынбасары кеңес өткізді.",
]


@pytest.mark.parametrize(("sentence", "expected"), KK_CASES)
def test_kazakh(reg, sentence, expected):
    _check(reg, "kk", sentence, expected)


@pytest.mark.parametrize("sentence", KK_NOT_BODIES)
def test_kazakh_look_alikes_are_not_bodies(reg, sentence):
    assert _found(reg, sentence, "kk") == []


# --------------------------------------------------------------------------------------
# Spans, helpers, other registries
# --------------------------------------------------------------------------------------


def test_spans_cover_the_words_as_written(reg):
    s = "Olzhas Bektenov instructed the Ministry of Trade and the Ministries of Finance and Energy."
    got = find_bodies(s, "en", reg)
    assert [m.text for m in got] == ["Ministry of Trade", "Ministries of Finance", "Energy"]
    first = got[0]
    assert isinstance(first, BodyMention)
    assert (first.start, first.end) == (31, 48)


def test_quotes_around_names_stay_balanced(reg):
    got = find_bodies("Кеше «Бәйтерек» холдингіне және «Қазпошта» АҚ-ға тапсырылды.", "kk", reg)
    assert [m.text for m in got] == ["«Бәйтерек» холдингіне", "Қазпошта"]
    got = find_bodies("Фонду «Самрук-Казына» и АО «НК «ҚТЖ» поручено.", "ru", reg)
    assert [m.text for m in got] == ["Самрук-Казына", "НК «ҚТЖ»"]


def test_canonical_names_dedupes_in_order(reg):
    s = "The Ministry of Finance, the Finance Ministry and Minfin's MoF and the MTI met."
    assert canonical_names(find_bodies(s, "en", reg)) == [MF, MTI]


def test_abbreviations_are_word_bounded_and_case_sensitive(reg):
    assert find_bodies("The committee studied the mtis of KTZs.", "en", reg) == []
    assert find_bodies("The SMTI report.", "en", reg) == []
    assert [m.canonical for m in find_bodies("MTI's plan.", "en", reg)] == [MTI]


def test_unknown_language_falls_back_to_the_script(reg):
    got = find_bodies("Министерству финансов поручено.", "xx", reg)
    assert [m.canonical for m in got] == [MF]


def test_works_with_a_registry_built_from_records():
    reg = Registry.from_records(
        [
            {"name": "Ministry of Finance", "kind": "ministry", "name_ru": "Министерство финансов",
             "name_kk": "Қаржы министрлігі", "aliases": ["Finance Ministry"], "parent": None},
            {"name": "Ministry of Trade", "kind": "ministry", "name_ru": "", "name_kk": "",
             "aliases": [], "parent": None},
        ]
    )  # fmt: skip
    got = find_bodies("The Ministries of Finance and Trade must act.", "en", reg)
    assert [m.canonical for m in got] == ["Ministry of Finance", "Ministry of Trade"]
    assert [m.canonical for m in find_bodies("Қаржы министрлігіне.", "kk", reg)] == [
        "Ministry of Finance"
    ]


# --------------------------------------------------------------------------------------
# Robustness
# --------------------------------------------------------------------------------------

_WORDS = st.sampled_from(
    [
        "Ministry", "Ministries", "of", "and", "the", ",", "akimats", "Akimat", "region",
        "regions", "Finance", "Trade", "Astana", "Almaty", "MTI", "KTZ's", "Министерству",
        "министерствам", "финансов", "и", "торговли", "акиматам", "областей", "Атырауской",
        "министрліктеріне", "Қаржы", "және", "облыстарының", "әкімдіктері", "Minister",
        "Prime", "Head", "of", "State", "operators", "must", "technical", "Government",
        "Үкімет", "«", "»", "-", "'s", "’", "Space", "Tourism", "Agency", "for", "city",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.one_of(
        st.text(max_size=300),
        st.lists(_WORDS, max_size=60).map(" ".join),
        st.lists(st.one_of(_WORDS, st.text(max_size=5)), max_size=40).map("".join),
    ),
    lang=st.sampled_from(["en", "ru", "kk", "de"]),
)
def test_never_raises_and_spans_slice_to_text(text, lang):
    reg = load_default_registry()
    mentions = find_bodies(text, lang, reg)
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert m.canonical is None or m.canonical == m.canonical.strip()


def test_huge_mixed_script_text(reg):
    chunk = (
        "The Ministries of Trade, Finance and Digitalization, Министерству энергетики и "
        "акиматам областей, Сауда және интеграция министрлігіне, 中文 العربية 😀 \x00 "
    )
    text = chunk * 2000
    for lang in ("en", "ru", "kk"):
        mentions = find_bodies(text, lang, reg)
        assert len(mentions) >= 2000
        assert all(text[m.start : m.end] == m.text for m in mentions)


# --------------------------------------------------------------------------------------
# Registry-wide checks: every name, its case forms and coordinations, not a hand-picked few
# --------------------------------------------------------------------------------------


def _langs_of(alias: str) -> list[str]:
    if not any("а" <= c.lower() <= "я" or c in "әғқңөұүһіӘҒҚҢӨҰҮҺІ" for c in alias):
        return ["en"]
    return ["kk"] if any(c in "әғқңөұүһіӘҒҚҢӨҰҮҺІ" for c in alias) else ["ru", "kk"]


_FRAME = {
    "en": "Yesterday {} was instructed to act.",
    "ru": "Вчера {} поручено действовать.",
    "kk": "Кеше {} тапсырма алды.",
}


def test_every_registry_name_is_found_in_a_sentence(reg):
    failures = []
    for rec in reg:
        for alias in rec.all_names():
            for lang in _langs_of(alias):
                got = [m.canonical for m in find_bodies(_FRAME[lang].format(alias), lang, reg)]
                if got != [rec.name]:
                    failures.append((lang, alias, got))
    assert failures == []


_RU_HEAD_FORMS = {
    "Министерство": ("Министерству", "Министерством", "Министерства", "Министерстве"),
    "Акимат": ("Акимату", "Акиматом", "Акимата", "Акимате"),
    "Агентство": ("Агентству", "Агентством", "Агентства"),
    "Комитет": ("Комитету", "Комитетом", "Комитета"),
}
_KK_HEADS = ("министрлігі", "әкімдігі", "агенттігі", "комитеті")


def test_case_forms_of_every_russian_and_kazakh_name(reg):
    failures = []
    for rec in reg:
        for alias in rec.all_names():
            words = alias.split()
            for form in _RU_HEAD_FORMS.get(words[0].capitalize(), ()):
                s = f"Вчера {form} {' '.join(words[1:])} поручено действовать."
                if [m.canonical for m in find_bodies(s, "ru", reg)] != [rec.name]:
                    failures.append(s)
            if words[-1] in _KK_HEADS:
                for suffix in ("не", "мен", "нің", "н"):
                    s = f"Кеше {alias}{suffix} тапсырма берілді."
                    if [m.canonical for m in find_bodies(s, "kk", reg)] != [rec.name]:
                        failures.append(s)
    assert failures == []


def _complements(reg, prefix="", suffix=""):
    out: dict[str, list[str]] = {}
    for rec in reg:
        if rec.kind != "ministry":
            continue
        for alias in rec.all_names():
            if alias.startswith(prefix) and alias.endswith(suffix) and "," not in alias:
                comp = alias[len(prefix) : len(alias) - len(suffix)]
                if comp and "Республик" not in comp and "Kazakhstan" not in comp:
                    out.setdefault(rec.name, []).append(comp)
    return out


@pytest.mark.parametrize(
    ("lang", "prefix", "suffix", "frame", "joined"),
    [
        ("en", "Ministry of ", "", "The Ministries of {} and {} must act.", "Ministry of {} and {}"),
        ("ru", "Министерство ", "", "Министерствам {} и {} поручено действовать.",
         "Министерство {} и {}"),
        ("kk", "", " министрлігі", "{} және {} министрліктеріне тапсырылды.",
         "{} және {} министрлігі"),
    ],
)  # fmt: skip
def test_any_two_ministries_coordinate(reg, lang, prefix, suffix, frame, joined):
    comps = _complements(reg, prefix, suffix)
    assert len(comps) >= 20
    failures = []
    names = sorted(comps)
    for a in names:
        for b in names:
            if a == b:
                continue
            for x in comps[a][:2]:
                for y in comps[b][:2]:
                    if any(
                        reg.canonical(joined.format(*pair)) is not None
                        for pair in ((x, y), (x, y.split()[0]), (x.split()[-1], y))
                    ):
                        continue  # "Education and Science" is itself a (former) name
                    got = [m.canonical for m in find_bodies(frame.format(x, y), lang, reg)]
                    if got != [a, b]:
                        failures.append((frame.format(x, y), got))
    assert failures == []


_REGIONS_EN = ["Akmola", "Aktobe", "Almaty", "Atyrau", "West Kazakhstan", "Zhambyl", "Zhetysu",
               "Karaganda", "Kostanay", "Kyzylorda", "Mangystau", "Pavlodar", "North Kazakhstan",
               "Turkistan", "Ulytau", "Abai", "East Kazakhstan"]  # fmt: skip


def test_any_two_regional_akimats_coordinate(reg):
    ru_adj, kk_name = {}, {}
    for key in _REGIONS_EN:
        rec = reg.get(f"Akimat of {key} region")
        words = rec.name_ru.split()
        if words[1] != "области":  # "Акимат Атырауской области"
            ru_adj[rec.name] = words[1]
        kk_name[rec.name] = rec.name_kk.removesuffix(" облысының әкімдігі")
    failures = []
    for x in _REGIONS_EN:
        for y in _REGIONS_EN:
            if x == y:
                continue
            a, b = f"Akimat of {x} region", f"Akimat of {y} region"
            cases = [
                ("en", f"Akimats of the {x} and {y} regions must act.", [a, b]),
                ("en", f"The {x} and {y} regional akimats must act.", [a, b]),
                ("kk", f"{kk_name[a]} және {kk_name[b]} облыстарының әкімдіктеріне тапсырылды.",
                 [a, b]),
            ]  # fmt: skip
            if a in ru_adj and b in ru_adj:
                cases.append(
                    ("ru", f"Акиматам {ru_adj[a]} и {ru_adj[b]} областей поручено.", [a, b])
                )
            for lang, s, want in cases:
                got = [m.canonical for m in find_bodies(s, lang, reg)]
                if got != want:
                    failures.append((s, got))
    assert failures == []


_CITIES_KK = {"Astana": "Астана", "Almaty": "Алматы", "Shymkent": "Шымкент"}


def test_regions_then_a_city_coordinate(reg):
    """Two groups before (kk) or after (en) the head, each with its own classifier: "X, Y
    облыстары мен Z қаласының әкімдіктері", "the akimats of X and Y regions and Z"."""
    kk_name = {
        f"Akimat of {key} region": reg.get(f"Akimat of {key} region").name_kk.removesuffix(
            " облысының әкімдігі"
        )
        for key in _REGIONS_EN
    }
    failures = []
    for x, y in zip(_REGIONS_EN, _REGIONS_EN[1:] + _REGIONS_EN[:1], strict=True):
        for city, city_kk in _CITIES_KK.items():
            a, b, c = f"Akimat of {x} region", f"Akimat of {y} region", f"Akimat of {city}"
            cases = [
                ("en", f"The akimats of {x} and {y} regions and {city} must act.", [a, b, c]),
                ("en", f"The akimats of {x} and {y} regions and the city of {city} must act.",
                 [a, b, c]),
                ("kk", f"{kk_name[a]}, {kk_name[b]} облыстары мен {city_kk} қаласының "
                 "әкімдіктеріне тапсырылды.", [a, b, c]),
            ]  # fmt: skip
            for lang, s, want in cases:
                got = [m.canonical for m in find_bodies(s, lang, reg)]
                if got != want:
                    failures.append((s, got))
    assert failures == []
