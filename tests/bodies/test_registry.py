"""The registry in the database: seeded by the migration, kept in step by sync_registry."""

import json

import pytest
from django.core.management import call_command

from tracker.bodies.models import Body, BodyAlias
from tracker.bodies.registry import read_registry_file
from tracker.bodies.selectors import body_by_any_name, registry_records
from tracker.extraction.registry import Registry

pytestmark = pytest.mark.django_db

# The aliases spec §5 names, in the three languages, with the body they must resolve to.
SPEC_ALIASES = [
    ("Ministry of Trade", "Ministry of Trade and Integration"),
    ("MTI", "Ministry of Trade and Integration"),
    ("Министерство торговли и интеграции", "Ministry of Trade and Integration"),
    ("Сауда және интеграция министрлігі", "Ministry of Trade and Integration"),
    ("Ministry of Labor", "Ministry of Labor and Social Protection of the Population"),
    ("Interior Ministry", "Ministry of Internal Affairs"),
    (
        "Ministry of Digital Development, Innovation and Aerospace Industry",
        "Ministry of Artificial Intelligence and Digital Development",
    ),
    ("Ministry of Digitalization", "Ministry of Artificial Intelligence and Digital Development"),
    ("KTZ", "Kazakhstan Temir Zholy"),
    ("МЧС", "Ministry of Emergency Situations"),
]

SPEC_CANONICAL = [
    "Ministry of Finance", "Ministry of Healthcare", "Ministry of Agriculture",
    "Ministry of Energy", "Ministry of National Economy", "Ministry of Education",
    "Ministry of Science and Higher Education", "Ministry of Industry and Construction",
    "Ministry of Transport", "Ministry of Defense", "Ministry of Emergency Situations",
    "Ministry of Ecology and Natural Resources", "Ministry of Water Resources and Irrigation",
    "Ministry of Culture and Information", "Ministry of Tourism and Sports",
    "Ministry of Justice", "Ministry of Foreign Affairs",
    "Agency for Strategic Planning and Reforms", "Samruk-Kazyna", "Baiterek", "Kazpost",
    "Development Bank of Kazakhstan", "National Bank", "Project Office", "Government",
    "Akimat of Astana", "Akimat of Almaty", "Akimat of Shymkent", "Akimat of Akmola region",
    "akimats", "sectoral government agencies", "interested government agencies",
    "national research centers",
]

INFLECTED = [
    ("Министерству энергетики", "ru", "Ministry of Energy"),
    ("Министерством национальной экономики", "ru", "Ministry of National Economy"),
    ("Акимату Атырауской области", "ru", "Akimat of Atyrau region"),
    ("Сауда және интеграция министрлігіне", "kk", "Ministry of Trade and Integration"),
]


@pytest.mark.parametrize(("alias", "canonical"), SPEC_ALIASES)
def test_every_spec_alias_resolves_in_the_database(alias, canonical):
    body = body_by_any_name(alias)
    assert body is not None, alias
    assert body.name == canonical


@pytest.mark.parametrize("name", SPEC_CANONICAL)
def test_every_spec_canonical_name_is_a_body(name):
    assert Body.objects.filter(name=name).exists()


def test_all_regional_and_city_akimats_are_seeded():
    akimats = Body.objects.filter(kind=Body.Kind.AKIMAT)
    regional = akimats.filter(name__endswith=" region")
    assert regional.count() == 17
    assert {"Akimat of Astana", "Akimat of Almaty", "Akimat of Shymkent"} <= set(
        akimats.values_list("name", flat=True)
    )


def test_every_body_has_three_languages():
    missing = Body.objects.exclude(kind=Body.Kind.GROUP).filter(name_ru="") | Body.objects.exclude(
        kind=Body.Kind.GROUP
    ).filter(name_kk="")
    assert list(missing.values_list("name", flat=True)) == []


@pytest.mark.parametrize(("text", "lang", "canonical"), INFLECTED)
def test_registry_built_from_the_database_resolves_case_forms(text, lang, canonical):
    registry = Registry.from_records(registry_records())
    assert registry.canonical(text) == canonical


def test_database_holds_the_whole_file():
    records = read_registry_file()
    assert Body.objects.count() == len(records)
    aliases = {alias.casefold() for record in records for alias in record.get("aliases", [])}
    stored = {name.casefold() for name in BodyAlias.objects.values_list("name", flat=True)}
    assert aliases - stored <= {r["name"].casefold() for r in records}


def test_sync_adds_new_bodies_and_aliases_but_keeps_edits(tmp_path, capsys):
    finance = Body.objects.get(name="Ministry of Finance")
    finance.name_ru = "Минфин (исправлено редактором)"
    finance.save()
    records = read_registry_file()
    records.append(
        {"name": "Ministry of Space Affairs", "kind": "ministry", "name_ru": "Минкосмос",
         "name_kk": "Ғарыш министрлігі", "aliases": ["MSA"], "parent": None}
    )
    for record in records:
        if record["name"] == "Ministry of Finance":
            record["aliases"].append("FinMin KZ")
    path = tmp_path / "bodies.json"
    path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")

    call_command("sync_registry", file=str(path))

    assert "1 bodies and 2 aliases added" in capsys.readouterr().out
    assert body_by_any_name("MSA").name == "Ministry of Space Affairs"
    assert body_by_any_name("FinMin KZ") == finance
    finance.refresh_from_db()
    assert finance.name_ru == "Минфин (исправлено редактором)"


def test_sync_refuses_a_broken_file_naming_it(tmp_path):
    from django.core.management.base import CommandError

    path = tmp_path / "bodies.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(CommandError, match=str(path)):
        call_command("sync_registry", file=str(path))
    assert Body.objects.filter(name="Ministry of Finance").exists()
