"""The registry of government bodies, as plain data (no Django).

``data/bodies.json`` is the single source: the Django ``Body`` table is seeded from it, and
the extractor reads it through :func:`load_default_registry`. Every alias, abbreviation,
Russian or Kazakh name and former name maps to one canonical English name (spec section 5).

This module also owns the word normalisation that lets inflected forms match: Russian case
endings and Kazakh suffix chains are stripped by a small rule-based stemmer (no dictionary),
so ``Министерству энергетики`` and ``Министерство энергетики``, or ``Сауда және интеграция
министрлігіне`` and ``Сауда және интеграция министрлігі``, normalise to the same key.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

KINDS = frozenset(
    {
        "government",
        "presidential_administration",
        "ministry",
        "agency",
        "committee",
        "akimat",
        "national_company",
        "fund",
        "bank",
        "group",
        "other",
    }
)

DATA_PATH = Path(__file__).with_name("data") / "bodies.json"


@dataclass(frozen=True, slots=True)
class BodyRecord:
    name: str
    kind: str
    name_ru: str
    name_kk: str
    aliases: tuple[str, ...]
    parent: str | None

    def all_names(self) -> tuple[str, ...]:
        """Canonical name, Russian and Kazakh names, then aliases (empty ones dropped)."""
        return tuple(n for n in (self.name, self.name_ru, self.name_kk, *self.aliases) if n)


# --------------------------------------------------------------------------------------
# Tokenising and normalising words
# --------------------------------------------------------------------------------------

# Words (letters, with an inner apostrophe for English possessives), numbers, and the
# punctuation that matters for lists. Hyphens, dots and quotes separate words and vanish,
# so "Samruk-Kazyna" == "Samruk Kazyna" and «Казпочта» == Казпочта.
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+|[,;:()]")

_CYRILLIC_RE = re.compile(r"[а-яёәғқңөұүһі]", re.IGNORECASE)
KAZAKH_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")

# Legal-form prefixes written in capitals before company names; they are not part of names.
LEGAL_FORMS = frozenset({"JSC", "АО", "АҚ", "НАО", "КЕАҚ", "ТОО", "LLP", "PLC", "ЖШС", "ОАО"})

# English: British spellings and a few variants folded onto one key.
_EN_SPELLING = {
    "defence": "defense",
    "labour": "labor",
    "centre": "center",
    "centres": "centers",
    "organisation": "organization",
    "organisations": "organizations",
    "programme": "program",
    "modernisation": "modernization",
    "digitalisation": "digitalization",
}
EN_DROP = frozenset({"the"})

def _longest_first(words: str) -> tuple[str, ...]:
    return tuple(sorted(set(words.split()), key=lambda w: (-len(w), w)))


# Russian endings, longest first (a light stemmer in the spirit of Snowball's, without
# the R1/R2 regions: keeping the same cut for a name and its inflected forms is all we need).
_RU_ENDINGS = _longest_first(
    "иями ями ами иях ях ах иям ям ам ием ией ого его ому ему ыми ими ых их ым им ой ей"
    " ая яя ое ее ую юю ые ие ий ый ия ии ию ья ье ьи ью ов ев ом ем а я о е у ю ы и ь й"
)
_RU_ALL = {"все", "всем", "всех", "всеми", "всё", "весь", "всего", "всему", "вся", "всей", "всю"}
# Russian nouns whose number matters (a group "акиматы" is not one "акимат"): ending -> plural?
_RU_NUMBER_MASC = {"": False, "а": False, "у": False, "ом": False, "е": False,
                   "ы": True, "ов": True, "ам": True, "ами": True, "ах": True}
_RU_NUMBER_NEUT = {"о": False, "у": False, "ом": False, "е": False,
                   "": True, "ам": True, "ами": True, "ах": True}
_RU_NUMBER_FEM = {"ь": False, "ью": False, "ей": True, "ям": True, "ями": True, "ях": True}
RU_NUMBER_STEMS = {
    "акимат": _RU_NUMBER_MASC,
    "орган": _RU_NUMBER_MASC,
    "госорган": _RU_NUMBER_MASC,
    "центр": _RU_NUMBER_MASC,
    "регион": _RU_NUMBER_MASC,
    "банк": _RU_NUMBER_MASC,
    "оператор": _RU_NUMBER_MASC,
    "аким": _RU_NUMBER_MASC,
    "министр": _RU_NUMBER_MASC,
    "министерств": _RU_NUMBER_NEUT,
    "агентств": _RU_NUMBER_NEUT,
    "ведомств": _RU_NUMBER_NEUT,
    "област": _RU_NUMBER_FEM,
}

# Kazakh suffixes (case, possessive, plural), stripped repeatedly from the end.
_KK_PLURAL = ("лар", "лер", "дар", "дер", "тар", "тер")
_KK_SUFFIXES = _longest_first(
    "менен бенен пенен ндағы ндегі дағы дегі тағы тегі ның нің дың дің тың тің нан нен дан"
    " ден тан тен нда нде мен бен пен ға ге қа ке на не ны ні ды ді ты ті да де та те ы і н "
    + " ".join(_KK_PLURAL)
)
_KK_VOWELS = frozenset("аәеиоөұүыіэюяу")
_KK_AFTER_POSSESSIVE = frozenset({"на", "не", "н"})  # only after a possessive -ы/-і
_KK_AFTER_VOWEL = frozenset({"ны", "ні"})


def is_cyrillic(word: str) -> bool:
    return _CYRILLIC_RE.search(word) is not None


@lru_cache(maxsize=200_000)
def _ru_stem(word: str) -> tuple[str, bool | None]:
    """Lower-cased Russian word -> (stem, plural?) where plural is None when unknown."""
    if word in _RU_ALL:
        return "все", True
    for end in _RU_ENDINGS:
        if word.endswith(end) and len(word) - len(end) >= 3:
            stem = word[: -len(end)]
            break
    else:
        stem, end = word, ""
    table = RU_NUMBER_STEMS.get(stem)
    plural = table.get(end) if table is not None else None
    return stem, plural


@lru_cache(maxsize=200_000)
def _kk_stem(word: str) -> tuple[str, bool | None]:
    """Lower-cased Kazakh word -> (stem, plural?) with a plural suffix seen -> True."""
    plural = False
    for _ in range(5):
        for suf in _KK_SUFFIXES:
            if not word.endswith(suf) or len(word) - len(suf) < 3:
                continue
            before = word[-len(suf) - 1]
            if suf in _KK_AFTER_POSSESSIVE and before not in "ыі":
                continue
            if suf in _KK_AFTER_VOWEL and before not in _KK_VOWELS:
                continue
            word = word[: -len(suf)]
            if suf in _KK_PLURAL:
                plural = True
            break
        else:
            break
    if word[-1] == "г":
        word = word[:-1] + "к"
    elif word[-1] == "ғ":
        word = word[:-1] + "қ"
    return word, plural


@lru_cache(maxsize=200_000)
def _en_norm(word: str) -> str:
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    elif w.endswith("'"):
        w = w[:-1]
    return _EN_SPELLING.get(w, w)


def normalize_word(raw: str, lang: str) -> tuple[str, bool | None]:
    """One word as written -> (key, plural?). Latin words take the English rule whatever
    ``lang`` says; Cyrillic words the Kazakh stemmer when ``lang == "kk"``, else Russian."""
    if not is_cyrillic(raw):
        return _en_norm(raw), None
    w = raw.lower().replace("ё", "е")
    if lang == "kk":
        return _kk_stem(w)
    return _ru_stem(w)


def name_keys(text: str, lang: str) -> tuple[tuple[str, ...], tuple[bool | None, ...]]:
    """A name -> its key sequence and per-word number, as the matcher sees them."""
    keys: list[str] = []
    nums: list[bool | None] = []
    for m in TOKEN_RE.finditer(text):
        raw = m.group()
        if raw in LEGAL_FORMS:
            continue
        key, num = normalize_word(raw, lang)
        if key in EN_DROP:
            continue
        keys.append(key)
        nums.append(num)
    return tuple(keys), tuple(nums)


def _clean(name: str) -> str:
    return " ".join(re.sub(r"[«»\"“”„]", " ", name).split()).lower().replace("ё", "е")


# --------------------------------------------------------------------------------------
# The registry
# --------------------------------------------------------------------------------------


class Registry:
    """Immutable set of :class:`BodyRecord`, resolving any name form to a canonical name."""

    __slots__ = ("_by_name", "_exact", "_keyed", "_records", "cache")

    def __init__(self, records: Iterable[BodyRecord]) -> None:
        self._records: tuple[BodyRecord, ...] = tuple(records)
        self._by_name: dict[str, BodyRecord] = {}
        self._exact: dict[str, str] = {}
        for rec in self._records:
            _validate_record(rec)
            if rec.name in self._by_name:
                raise ValueError(f"body {rec.name!r}: duplicate canonical name")
            self._by_name[rec.name] = rec
        for rec in self._records:
            if rec.parent is not None:
                if rec.parent not in self._by_name:
                    raise ValueError(f"body {rec.name!r}: unknown parent {rec.parent!r}")
                if rec.parent == rec.name:
                    raise ValueError(f"body {rec.name!r}: is its own parent")
            for alias in rec.all_names():
                key = _clean(alias)
                other = self._exact.get(key)
                if other is not None and other != rec.name:
                    raise ValueError(
                        f"body {rec.name!r}: alias {alias!r} already names body {other!r}"
                    )
                self._exact[key] = rec.name
        self._keyed: dict[str, dict[tuple[str, ...], str | None]] | None = None
        # Compiled matchers and other derived data live here (filled by bodies.py).
        self.cache: dict[Any, Any] = {}

    # -- construction -------------------------------------------------------------------

    @classmethod
    def from_records(cls, records: Iterable[Mapping[str, Any]]) -> Registry:
        """Build from dicts with the keys of ``bodies.json`` (or Body rows turned to dicts)."""
        out = []
        for i, raw in enumerate(records):
            label = raw.get("name") if isinstance(raw, Mapping) else None
            where = f"body {label!r}" if label else f"record #{i}"
            if not isinstance(raw, Mapping):
                raise ValueError(f"{where}: expected a mapping, got {type(raw).__name__}")
            missing = {"name", "kind"} - raw.keys()
            if missing:
                raise ValueError(f"{where}: missing field(s) {sorted(missing)}")
            aliases = raw.get("aliases") or ()
            if isinstance(aliases, str) or not all(isinstance(a, str) for a in aliases):
                raise ValueError(f"{where}: aliases must be a list of strings")
            out.append(
                BodyRecord(
                    name=raw["name"],
                    kind=raw["kind"],
                    name_ru=raw.get("name_ru") or "",
                    name_kk=raw.get("name_kk") or "",
                    aliases=tuple(aliases),
                    parent=raw.get("parent") or None,
                )
            )
        return cls(out)

    # -- lookups --------------------------------------------------------------------------

    def canonical(self, name: str) -> str | None:
        """Any name, alias, abbreviation or inflected form -> canonical name, else None."""
        if not name or not name.strip():
            return None
        hit = self._exact.get(_clean(name))
        if hit is not None:
            return hit
        keyed = self._keyed_index()
        langs = ("kk", "ru") if any(c in KAZAKH_LETTERS for c in name) else ("ru", "kk")
        for lang in ("en", *langs):
            keys, _ = name_keys(name, lang)
            if keys:
                hit = keyed[lang].get(keys)
                if hit is not None:
                    return hit
        return None

    def get(self, name: str) -> BodyRecord | None:
        rec = self._by_name.get(name)
        if rec is not None:
            return rec
        canon = self.canonical(name)
        return self._by_name.get(canon) if canon is not None else None

    def __iter__(self) -> Iterator[BodyRecord]:
        return iter(self._records)

    def __len__(self) -> int:
        return len(self._records)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self.canonical(name) is not None

    def _keyed_index(self) -> dict[str, dict[tuple[str, ...], str | None]]:
        """Normalised key sequence -> canonical name, per language; ambiguous keys -> None."""
        if self._keyed is None:
            keyed: dict[str, dict[tuple[str, ...], str | None]] = {"en": {}, "ru": {}, "kk": {}}
            for lang, index in keyed.items():
                for rec in self._records:
                    for alias in rec.all_names():
                        keys, _ = name_keys(alias, lang)
                        if not keys:
                            continue
                        if keys in index and index[keys] != rec.name:
                            index[keys] = None
                        else:
                            index[keys] = rec.name
            self._keyed = keyed
        return self._keyed


def _validate_record(rec: BodyRecord) -> None:
    where = f"body {rec.name!r}"
    if not isinstance(rec.name, str) or not rec.name.strip():
        raise ValueError(f"{where}: name must be a non-empty string")
    if rec.kind not in KINDS:
        raise ValueError(f"{where}: unknown kind {rec.kind!r} (expected one of {sorted(KINDS)})")
    for field in ("name_ru", "name_kk"):
        if not isinstance(getattr(rec, field), str):
            raise ValueError(f"{where}: {field} must be a string")
    if rec.parent is not None and not isinstance(rec.parent, str):
        raise ValueError(f"{where}: parent must be a name or null")
    for alias in rec.aliases:
        if not alias.strip():
            raise ValueError(f"{where}: empty alias")


@lru_cache(maxsize=1)
def load_default_registry() -> Registry:
    """The registry of ``data/bodies.json`` next to this module (read once)."""
    with DATA_PATH.open(encoding="utf-8") as fh:
        data = json.load(fh)
    if not isinstance(data, list):
        raise ValueError(f"{DATA_PATH}: expected a JSON list of bodies")
    return Registry.from_records(data)
