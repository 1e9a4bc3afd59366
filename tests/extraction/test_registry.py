"""The registry of bodies: contents, name resolution in three languages, validation."""

from __future__ import annotations

import json

import pytest

from tracker.extraction.registry import (
    DATA_PATH,
    KINDS,
    BodyRecord,
    Registry,
    load_default_registry,
    name_keys,
)


@pytest.fixture(scope="module")
def reg() -> Registry:
    return load_default_registry()


# --------------------------------------------------------------------------------------
# The file itself
# --------------------------------------------------------------------------------------


def test_json_schema_is_exactly_what_the_migration_reads():
    data = json.loads(DATA_PATH.read_text(encoding="utf-8"))
    assert isinstance(data, list) and len(data) > 100
    for rec in data:
        assert set(rec) == {"name", "kind", "name_ru", "name_kk", "aliases", "parent"}, rec
        assert rec["kind"] in KINDS
        assert rec["name_ru"] and rec["name_kk"], rec["name"]
        assert isinstance(rec["aliases"], list)
        assert all(isinstance(a, str) and a.strip() == a and a for a in rec["aliases"])


def test_default_registry_is_cached_and_iterable(reg):
    assert load_default_registry() is reg
    records = list(reg)
    assert len(records) == len(reg)
    assert all(isinstance(r, BodyRecord) for r in records)
    assert len({r.name for r in records}) == len(records)


def test_every_parent_exists_and_committees_sit_under_a_body(reg):
    names = {r.name for r in reg}
    for rec in reg:
        if rec.parent is not None:
            assert rec.parent in names
    assert reg.get("State Revenue Committee").parent == "Ministry of Finance"
    assert reg.get("Bureau of National Statistics").parent == (
        "Agency for Strategic Planning and Reforms"
    )


SPEC_MINISTRIES = [
    "Ministry of Trade and Integration",
    "Ministry of Finance",
    "Ministry of Healthcare",
    "Ministry of Agriculture",
    "Ministry of Energy",
    "Ministry of National Economy",
    "Ministry of Labor and Social Protection of the Population",
    "Ministry of Education",
    "Ministry of Science and Higher Education",
    "Ministry of Industry and Construction",
    "Ministry of Transport",
    "Ministry of Internal Affairs",
    "Ministry of Defense",
    "Ministry of Emergency Situations",
    "Ministry of Ecology and Natural Resources",
    "Ministry of Water Resources and Irrigation",
    "Ministry of Culture and Information",
    "Ministry of Tourism and Sports",
    "Ministry of Justice",
    "Ministry of Foreign Affairs",
    "Ministry of Artificial Intelligence and Digital Development",
]
REGIONS = [
    "Akmola", "Aktobe", "Almaty", "Atyrau", "West Kazakhstan", "Zhambyl", "Zhetysu",
    "Karaganda", "Kostanay", "Kyzylorda", "Mangystau", "Pavlodar", "North Kazakhstan",
    "Turkistan", "Ulytau", "Abai", "East Kazakhstan",
]  # fmt: skip
OTHER_REQUIRED = {
    "Government": "government",
    "Office of the Prime Minister": "government",
    "Presidential Administration": "presidential_administration",
    "Agency for Strategic Planning and Reforms": "agency",
    "Bureau of National Statistics": "agency",
    "Anti-Corruption Agency": "agency",
    "Financial Monitoring Agency": "agency",
    "Agency for Regulation and Development of the Financial Market": "agency",
    "Agency for Protection and Development of Competition": "agency",
    "Civil Service Affairs Agency": "agency",
    "Atomic Energy Agency": "agency",
    "State Revenue Committee": "committee",
    "Committee for National Security": "committee",
    "Customs Control Committee": "committee",
    "Project Office": "other",
    "National Bank": "bank",
    "Supreme Audit Chamber": "other",
    "Prosecutor General's Office": "other",
    "Samruk-Kazyna": "fund",
    "Baiterek": "national_company",
    "Kazakhstan Temir Zholy": "national_company",
    "Kazpost": "national_company",
    "KazMunayGas": "national_company",
    "KEGOC": "national_company",
    "Kazatomprom": "national_company",
    "Development Bank of Kazakhstan": "bank",
    "Kazakhstan Housing Company": "national_company",
    "Otbasy Bank": "bank",
    "Damu": "fund",
    "QazaqGaz": "national_company",
    "KazAvtoZhol": "national_company",
    "Samruk-Energy": "national_company",
    "Kazakhtelecom": "national_company",
    "Zhasyl Damu": "national_company",
    "Akimat of Astana": "akimat",
    "Akimat of Almaty": "akimat",
    "Akimat of Shymkent": "akimat",
    "akimats": "group",
    "sectoral government agencies": "group",
    "interested government agencies": "group",
    "government agencies": "group",
    "national research centers": "group",
    "relevant ministries": "group",
}


def test_contents_cover_the_spec(reg):
    for name in SPEC_MINISTRIES:
        assert reg.get(name) is not None and reg.get(name).kind == "ministry", name
    assert sum(1 for r in reg if r.kind == "ministry") == len(SPEC_MINISTRIES)
    for region in REGIONS:
        rec = reg.get(f"Akimat of {region} region")
        assert rec is not None and rec.kind == "akimat", region
    assert sum(1 for r in reg if r.kind == "akimat") == len(REGIONS) + 3
    for name, kind in OTHER_REQUIRED.items():
        rec = reg.get(name)
        assert rec is not None and rec.name == name and rec.kind == kind, name


def test_groups_are_lower_case(reg):
    for rec in reg:
        if rec.kind == "group":
            assert rec.name == rec.name.lower(), rec.name


# --------------------------------------------------------------------------------------
# Resolving names
# --------------------------------------------------------------------------------------


def test_every_listed_name_resolves_to_its_own_body(reg):
    for rec in reg:
        for alias in rec.all_names():
            assert reg.canonical(alias) == rec.name, (alias, rec.name)
            assert reg.canonical(alias.upper()) == rec.name, alias
            assert reg.canonical(f"  {alias.lower()} ") == rec.name, alias


CANONICAL_CASES = [
    # spec section 5 and the brief, English
    ("Ministry of Trade", "Ministry of Trade and Integration"),
    ("MTI", "Ministry of Trade and Integration"),
    ("the Trade Ministry", "Ministry of Trade and Integration"),
    ("Ministry of Labor", "Ministry of Labor and Social Protection of the Population"),
    ("Ministry of Labour and Social Protection",
     "Ministry of Labor and Social Protection of the Population"),
    ("Interior Ministry", "Ministry of Internal Affairs"),
    ("Ministry of Digitalization", "Ministry of Artificial Intelligence and Digital Development"),
    ("Ministry of Digital Development, Innovation and Aerospace Industry",
     "Ministry of Artificial Intelligence and Digital Development"),
    ("Ministry of Industry and Infrastructure Development",
     "Ministry of Industry and Construction"),
    ("Ministry of Health", "Ministry of Healthcare"),
    ("Ministry of Defence", "Ministry of Defense"),
    ("Defence Ministry", "Ministry of Defense"),
    ("Ministry of Education and Science", "Ministry of Education"),
    ("Ministry of Information and Social Development", "Ministry of Culture and Information"),
    ("Ministry of Ecology, Geology and Natural Resources",
     "Ministry of Ecology and Natural Resources"),
    ("KTZ", "Kazakhstan Temir Zholy"),
    ("Samruk Kazyna", "Samruk-Kazyna"),
    ("National Bank of Kazakhstan", "National Bank"),
    ("Government Office", "Office of the Prime Minister"),
    ("the Government", "Government"),
    ("Akimat of Atyrau region", "Akimat of Atyrau region"),
    ("Atyrau regional akimat", "Akimat of Atyrau region"),
    ("akimat of the West Kazakhstan region", "Akimat of West Kazakhstan region"),
    ("Akimat of South Kazakhstan region", "Akimat of Turkistan region"),
    ("Almaty city akimat", "Akimat of Almaty"),
    ("akimat of the city of Astana", "Akimat of Astana"),
    ("regional akimats", "akimats"),
    ("akimats of the regions", "akimats"),
    ("all regions", "akimats"),
    ("local executive bodies", "akimats"),
    ("other government agencies", "government agencies"),
    ("relevant state bodies", "government agencies"),
    ("national research centres", "national research centers"),
    # Russian, nominative and other cases
    ("Министерство торговли и интеграции", "Ministry of Trade and Integration"),
    ("Минторговли", "Ministry of Trade and Integration"),
    ("МТИ", "Ministry of Trade and Integration"),
    ("Министерству энергетики", "Ministry of Energy"),
    ("Министерством национальной экономики", "Ministry of National Economy"),
    ("МНЭ", "Ministry of National Economy"),
    ("МЧС", "Ministry of Emergency Situations"),
    ("Министерством по чрезвычайным ситуациям", "Ministry of Emergency Situations"),
    ("МВД", "Ministry of Internal Affairs"),
    ("Министерства внутренних дел", "Ministry of Internal Affairs"),
    ("МИД", "Ministry of Foreign Affairs"),
    ("Минфину", "Ministry of Finance"),
    ("Министерстве финансов", "Ministry of Finance"),
    ("Минздраву", "Ministry of Healthcare"),
    ("Министерству здравоохранения", "Ministry of Healthcare"),
    ("Министерству труда и социальной защиты населения",
     "Ministry of Labor and Social Protection of the Population"),
    ("Министерству искусственного интеллекта и цифрового развития",
     "Ministry of Artificial Intelligence and Digital Development"),
    ("МЦРИАП", "Ministry of Artificial Intelligence and Digital Development"),
    ("Министерству просвещения", "Ministry of Education"),
    ("Министерством водных ресурсов и ирригации", "Ministry of Water Resources and Irrigation"),
    ("АСПиР", "Agency for Strategic Planning and Reforms"),
    ("Агентству по стратегическому планированию и реформам",
     "Agency for Strategic Planning and Reforms"),
    ("Бюро национальной статистики", "Bureau of National Statistics"),
    ("Агентством по финансовому мониторингу", "Financial Monitoring Agency"),
    ("Правительству", "Government"),
    ("Правительством Республики Казахстан", "Government"),
    ("Администрации Президента", "Presidential Administration"),
    ("Национальному банку", "National Bank"),
    ("Нацбанком", "National Bank"),
    ("Генпрокуратуре", "Prosecutor General's Office"),
    ("Казпочте", "Kazpost"),
    ("Фонду национального благосостояния «Самрук-Казына»", "Samruk-Kazyna"),
    ("Акимату Атырауской области", "Akimat of Atyrau region"),
    ("акиматом Западно-Казахстанской области", "Akimat of West Kazakhstan region"),
    ("акимату области Абай", "Akimat of Abai region"),
    ("акимату ВКО", "Akimat of East Kazakhstan region"),
    ("акимату Астаны", "Akimat of Astana"),
    ("акиматом города Шымкента", "Akimat of Shymkent"),
    ("акиматами областей", "akimats"),
    ("акиматам", "akimats"),
    ("местным исполнительным органам", "akimats"),
    ("заинтересованными государственными органами", "interested government agencies"),
    ("отраслевым госорганам", "sectoral government agencies"),
    ("национальным научным центрам", "national research centers"),
    ("профильным министерствам", "relevant ministries"),
    # Kazakh, with case and possessive suffixes
    ("Сауда және интеграция министрлігі", "Ministry of Trade and Integration"),
    ("Сауда және интеграция министрлігіне", "Ministry of Trade and Integration"),
    ("Денсаулық сақтау министрлігі", "Ministry of Healthcare"),
    ("Денсаулық сақтау министрлігімен", "Ministry of Healthcare"),
    ("Ұлттық экономика министрлігінің", "Ministry of National Economy"),
    ("Төтенше жағдайлар министрлігіне", "Ministry of Emergency Situations"),
    ("Ішкі істер министрлігі", "Ministry of Internal Affairs"),
    ("Қаржы министрлігін", "Ministry of Finance"),
    ("Үкімет", "Government"),
    ("Үкіметке", "Government"),
    ("Ұлттық Банкке", "National Bank"),
    ("Атырау облысының әкімдігіне", "Akimat of Atyrau region"),
    ("Батыс Қазақстан облысы әкімдігі", "Akimat of West Kazakhstan region"),
    ("Астана қаласының әкімдігімен", "Akimat of Astana"),
    ("облыс әкімдіктеріне", "akimats"),
    ("жергілікті атқарушы органдарға", "akimats"),
    ("мүдделі мемлекеттік органдармен", "interested government agencies"),
    ("салалық мемлекеттік органдар", "sectoral government agencies"),
    ("Стратегиялық жоспарлау және реформалар агенттігіне",
     "Agency for Strategic Planning and Reforms"),
]  # fmt: skip


@pytest.mark.parametrize(("form", "canonical"), CANONICAL_CASES)
def test_canonical_resolves_forms_in_three_languages(reg, form, canonical):
    assert reg.canonical(form) == canonical


@pytest.mark.parametrize(
    "form",
    ["", "   ", "Kazakhstan", "Ministry of Space Tourism", "Prime Minister", "Head of State",
     "Astana", "Министерство космического туризма", "министр", "the"],
)  # fmt: skip
def test_unknown_names_resolve_to_none(reg, form):
    assert reg.canonical(form) is None


def test_get_accepts_aliases_and_returns_the_record(reg):
    rec = reg.get("Минфин")
    assert rec is not None and rec.name == "Ministry of Finance" and rec.kind == "ministry"
    assert reg.get("nothing of the kind") is None
    assert "MTI" in reg and "Ministry of Space Tourism" not in reg


def test_russian_and_kazakh_names_share_keys_with_their_case_forms():
    assert name_keys("Министерству энергетики", "ru")[0] == name_keys(
        "Министерство энергетики", "ru"
    )[0]
    assert name_keys("облыстарының әкімдіктеріне", "kk")[0] == name_keys(
        "облыстар әкімдіктері", "kk"
    )[0]
    # number is kept where it matters: plural group vs one akimat
    assert name_keys("акиматам", "ru")[1] == (True,)
    assert name_keys("акимату", "ru")[1] == (False,)
    assert name_keys("әкімдіктеріне", "kk")[1] == (True,)


# --------------------------------------------------------------------------------------
# Validation
# --------------------------------------------------------------------------------------


def _rec(name, kind="ministry", aliases=(), parent=None, **extra):
    return {"name": name, "kind": kind, "name_ru": extra.get("ru", ""),
            "name_kk": extra.get("kk", ""), "aliases": list(aliases), "parent": parent}  # fmt: skip


def test_from_records_builds_a_small_registry():
    reg = Registry.from_records(
        [
            _rec("Ministry of Finance", aliases=["Minfin", "MoF"], ru="Министерство финансов"),
            _rec("State Revenue Committee", "committee", parent="Ministry of Finance"),
        ]
    )
    assert len(reg) == 2
    assert reg.canonical("Министерству финансов") == "Ministry of Finance"
    assert reg.canonical("mof") == "Ministry of Finance"
    assert reg.get("State Revenue Committee").parent == "Ministry of Finance"


@pytest.mark.parametrize(
    ("records", "message"),
    [
        ([_rec("Ministry of X"), _rec("Ministry of X")], "Ministry of X.*duplicate"),
        ([_rec("Ministry of X", aliases=["MX"]), _rec("Ministry of Y", aliases=["mx"])],
         "Ministry of Y.*alias 'mx'.*Ministry of X"),
        ([_rec("Ministry of X", kind="department")], "Ministry of X.*unknown kind 'department'"),
        ([_rec("Committee Z", kind="committee", parent="Ministry of Nowhere")],
         "Committee Z.*unknown parent 'Ministry of Nowhere'"),
        ([_rec("Ministry of X", parent="Ministry of X")], "Ministry of X.*own parent"),
        ([{"kind": "ministry"}], "record #0.*missing"),
        ([{"name": "Ministry of X"}], "Ministry of X.*missing.*kind"),
        ([_rec("Ministry of X") | {"aliases": "MX"}], "Ministry of X.*aliases"),
        ([_rec("Ministry of X", aliases=[" "])], "Ministry of X.*empty alias"),
        ([_rec("  ")], "name must be"),
        (["not a mapping"], "record #0.*mapping"),
    ],
)  # fmt: skip
def test_invalid_records_fail_loudly_naming_the_record(records, message):
    with pytest.raises(ValueError, match=message):
        Registry.from_records(records)
