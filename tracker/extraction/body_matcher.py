"""The body finder's compiled registry for one language, and its tokens.

The registry's names are compiled, once per registry and language, into a trie over
normalised word keys (see :mod:`registry`: Russian and Kazakh words are stemmed, so every
case form of every name matches without being listed), with small tries of the complements
of "Ministry of X" / "X әкімдігі" names for coordinated lists and official titles. A sentence
is tokenised once, each spelling looked up in a cache that also says whether the word can
start a mention at all (the fast path of sentences naming no body).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import repeat
from typing import NamedTuple

from .body_words import (
    _AND,
    _AS_WELL_AS,
    _CLASSIFIERS,
    _EXCLUDE_PHRASES,
    _FOREIGN_WORDS,
    _GROUP_NOUNS,
    _PLURAL_HEADS,
    _POST_HEADS,
    _PRE_HEADS,
    _TITLE_POST,
    _TITLE_PRE,
    _UNKNOWN_HEAD_EN,
    _UNKNOWN_HEAD_KK,
    _UNKNOWN_HEAD_RU,
)
from .registry import (
    LEGAL_FORMS,
    TOKEN_RE,
    BodyRecord,
    Registry,
    name_keys,
    normalize_word,
)

PERSON = "person"
_TERM = "\x00"  # key of the entry list in a trie node

# Roles of a trie entry.
_BODY, _PERSON, _EXCLUDE = 0, 1, 2


# immutable, and built several times faster than a frozen dataclass
class BodyMention(NamedTuple):
    text: str  # the words as in the sentence
    start: int
    end: int  # span in the sentence
    canonical: str | None  # registry name; None = clearly a body, but not in the registry
    kind: str | None  # registry kind, or "person" for an official's title


@dataclass(frozen=True, slots=True)
class _Entry:
    canonical: str | None
    kind: str | None
    role: int
    nums: tuple[bool | None, ...]  # number of each word as written in the alias
    cap: tuple[bool, ...]  # words that must be capitalised in the sentence
    flag: str | None = None  # list complements: classifier ("region"/"city") left out
    # (word offset, must be capitalised, number wanted or None): the words ``cap`` and
    # ``nums`` constrain at all, so that most entries are taken without a look
    checks: tuple[tuple[int, bool, bool | None], ...] = field(default=(), compare=False)

    def __post_init__(self) -> None:
        cap, nums = self.cap, self.nums
        checks = tuple(
            (n, n < len(cap) and cap[n], nums[n] if n < len(nums) else None)
            for n in range(max(len(cap), len(nums)))
            if (n < len(cap) and cap[n]) or (n < len(nums) and nums[n] is not None)
        )
        object.__setattr__(self, "checks", checks)


class _Tok(NamedTuple):
    raw: str  # the word as written
    key: str  # normalised key (registry.normalize_word)
    start: int
    end: int
    plural: bool | None
    cap: bool  # starts with a capital
    low: str  # lower-cased
    after_the: bool  # English: "the" came right before (it is not a token itself)
    flags: int = 0  # _F_START | _F_UNKNOWN | _F_GROUP of the spelling


# Flags of a word (cached per spelling): may start a mention / an unknown name / a group.
_F_START, _F_UNKNOWN, _F_GROUP = 1, 2, 4

# --------------------------------------------------------------------------------------
# Compilation
# --------------------------------------------------------------------------------------


def _alias_words(alias: str) -> list[str]:
    """The words of an alias that become keys (mirrors registry.name_keys)."""
    return [w for w in TOKEN_RE.findall(alias) if w not in LEGAL_FORMS and w.lower() != "the"]


def _is_abbrev(alias: str) -> bool:
    if " " in alias or "-" in alias or len(alias) > 8:
        return False
    words = TOKEN_RE.findall(alias)
    if len(words) != 1 or words[0] != alias:
        return False
    upper = sum(c.isupper() for c in alias)
    if upper < 2:
        return False
    run = longest = 0
    for c in alias:
        run = run + 1 if c.islower() else 0
        longest = max(longest, run)
    return longest <= 2


_GOVERNMENT_KEYS = {"government", "правительств", "үкімет"}
_CAP_KINDS = {
    "government",
    "national_company",
    "fund",
    "bank",
    "other",
    "presidential_administration",
}


class _Matcher:
    """Everything find_bodies needs for one registry and one language."""

    def __init__(self, registry: Registry, lang: str) -> None:
        self.lang = lang
        self.trie: dict = {}
        self.abbrevs: dict[str, _Entry] = {}
        self.post: dict[str, dict] = {"ministry": {}, "akimat": {}}  # family -> trie
        self.pre: dict[str, dict] = {"ministry": {}, "akimat": {}}
        self.kinds = {rec.name: rec.kind for rec in registry}
        self.classifiers = _CLASSIFIERS[lang]
        self.and_words = _AND[lang]
        # compared with the tokens' keys, so in key form ("также" is "такж")
        self.as_well_as = tuple(normalize_word(w, lang)[0] for w in _AS_WELL_AS[lang])
        self.plural_heads = _PLURAL_HEADS[lang]
        self.foreign = {normalize_word(w, lang)[0] for w in _FOREIGN_WORDS.split()}
        for rec in registry:
            self._add_record(rec)
        for line in _EXCLUDE_PHRASES[lang].split("\n"):
            for phrase in line.split("|"):
                if phrase.strip():
                    keys, _ = name_keys(phrase, lang)
                    self._insert(self.trie, keys, _Entry(None, None, _EXCLUDE, (), ()))
        self._add_group_persons(registry)
        self.unknown_heads = {
            "en": _UNKNOWN_HEAD_EN,
            "ru": _UNKNOWN_HEAD_RU,
            "kk": _UNKNOWN_HEAD_KK,
        }[lang]
        # Keys at which a mention can start: anything else is skipped at the cost of one
        # set lookup per word.
        self.start_keys = (
            set(self.trie)
            | set(self.pre["ministry"])
            | set(self.pre["akimat"])
            | set(self.plural_heads)
            | set(self.unknown_heads)
            | {"government"}
            | (_GROUP_NOUNS if lang == "en" else set())
        )
        self.word_info: dict[str, tuple | None] = {}

    # -- building -----------------------------------------------------------------------

    @staticmethod
    def _insert(trie: dict, keys: tuple[str, ...], entry: _Entry) -> None:
        if not keys:
            return
        node = trie
        for k in keys:
            node = node.setdefault(k, {})
        entries = node.setdefault(_TERM, [])
        if entry not in entries:
            entries.append(entry)

    def _add_record(self, rec: BodyRecord) -> None:
        lang = self.lang
        for alias in rec.all_names():
            if _is_abbrev(alias):
                self.abbrevs.setdefault(alias, _Entry(rec.name, rec.kind, _BODY, (), ()))
                continue
            keys, nums = name_keys(alias, lang)
            if not keys:
                continue
            cap: tuple[bool, ...] = ()
            if rec.kind in _CAP_KINDS:
                # Names of companies and the Government are capitalised: "Development Bank",
                # "Kazakh Government" (not "a development bank", "Kazakh government programs").
                # The first word and the word "Government" itself must be written so.
                words = _alias_words(alias)
                if len(words) == len(keys):
                    cap = tuple(
                        w[:1].isupper() and (n == 0 or k in _GOVERNMENT_KEYS)
                        for n, (w, k) in enumerate(zip(words, keys, strict=True))
                    )
                else:
                    cap = (alias[:1].isupper(),)
            self._insert(self.trie, keys, _Entry(rec.name, rec.kind, _BODY, nums, cap))
            if rec.kind in ("ministry", "akimat"):
                self._add_complements(rec, keys, nums)

    def _add_complements(self, rec: BodyRecord, keys: tuple, nums: tuple) -> None:
        lang = self.lang
        post_heads, pre_heads = _POST_HEADS[lang], _PRE_HEADS[lang]
        comp: tuple[str, ...] = ()
        cnums: tuple = ()
        where = None
        if keys[0] in post_heads and len(keys) > 1:
            family = post_heads[keys[0]]
            rest, rnums = keys[1:], nums[1:]
            if lang == "en":
                if rest[0] != "of" or len(rest) < 2:
                    rest = ()
                else:
                    rest, rnums = rest[1:], rnums[1:]
            if rest:
                comp, cnums, where = rest, rnums, "post"
        if not comp and keys[-1] in pre_heads and len(keys) > 1:
            family = pre_heads[keys[-1]]
            comp, cnums, where = keys[:-1], nums[:-1], "pre"
        if not comp or where is None:
            return
        target = self.post[family] if where == "post" else self.pre[family]
        entry = _Entry(rec.name, rec.kind, _BODY, cnums, ())
        self._insert(target, comp, entry)
        # The same complement without its classifier ("Aktobe" of "Aktobe region").
        cls = self.classifiers
        if len(comp) > 1 and comp[-1] in cls:
            self._insert(
                target, comp[:-1], _Entry(rec.name, rec.kind, _BODY, cnums[:-1], (), cls[comp[-1]])
            )
        if len(comp) > 1 and comp[0] in cls:
            rest = comp[1:]
            if rest and rest[0] == "of":
                rest = rest[1:]
            if rest:
                self._insert(target, rest, _Entry(rec.name, rec.kind, _BODY, (), (), cls[comp[0]]))
        # Titles of officials: "Minister of X", "X Minister", "Министр X", "X министрі".
        person = _Entry(rec.name, PERSON, _PERSON, (), ())
        if where == "post":
            for head in _TITLE_POST[lang].get(family, ()):
                self._insert(self.trie, head + comp, person)
        else:
            for head in _TITLE_PRE[lang].get(family, ()):
                self._insert(self.trie, comp + head, person)

    def _add_group_persons(self, registry: Registry) -> None:
        if registry.get("akimats") is None or registry.get("akimats").kind != "group":
            return
        phrases = {
            "en": "akims|akims of the regions|akims of regions|regional akims|akims of all regions"
            "|akims of the regions, Astana, Almaty and Shymkent|akims of regions, Astana, Almaty "
            "and Shymkent|akims of the regions and the cities of Astana, Almaty and Shymkent"
            "|akims of oblasts|regional governors|governors of the regions|heads of regions"
            "|heads of the regions|regional heads|akims of regions and cities of republican "
            "significance|akims of the regions and cities of republican significance"
            "|district akims|akims of districts|akims of the districts|heads of districts",
            "ru": "акимы|акимы областей|акимы регионов|акимы всех регионов|акимы областей и "
            "городов|главы регионов|руководители регионов|акимы областей, городов Астаны, Алматы "
            "и Шымкента|акимы областей и городов Астаны, Алматы и Шымкента|акимы областей, "
            "городов республиканского значения и столицы|акимы областей и городов "
            "республиканского значения|акимы областей, городов республиканского значения"
            "|акимы районов|акимы районов и городов|руководители районов|главы районов",
            "kk": "әкімдер|облыс әкімдері|облыстардың әкімдері|өңір әкімдері|өңірлердің әкімдері"
            "|облыстардың, Астана, Алматы және Шымкент қалаларының әкімдері"
            "|өңір басшылары|өңірлердің басшылары|облыстардың және республикалық маңызы бар "
            "қалалардың әкімдері|облыстар мен республикалық маңызы бар қалалардың әкімдері"
            "|аудан әкімдері|аудандардың әкімдері|аудан және қала әкімдері",
        }[self.lang]
        for phrase in phrases.split("|"):
            keys, nums = name_keys(phrase, self.lang)
            self._insert(self.trie, keys, _Entry("akimats", PERSON, _PERSON, nums, ()))

    # -- matching helpers ---------------------------------------------------------------

    @staticmethod
    def _fits(entry: _Entry, toks: list[_Tok], i: int) -> bool:
        for n, want_cap, want_num in entry.checks:
            tok = toks[i + n]
            if want_cap and not tok.cap:
                return False
            if want_num is not None and tok.plural is not None and tok.plural != want_num:
                return False
        return True

    def longest(self, trie: dict, toks: list[_Tok], i: int) -> tuple[int, list[_Entry]]:
        """Longest match in ``trie`` at ``i``: (end index, fitting entries) or (i, [])."""
        node = trie
        best_end, best = i, []
        j, n = i, len(toks)
        while j < n:
            node = node.get(toks[j].key)
            if node is None:
                break
            j += 1
            entries = node.get(_TERM)
            if entries:
                fit = [e for e in entries if not e.checks or self._fits(e, toks, i)]
                if fit:
                    best_end, best = j, fit
        return best_end, best

    def separator(self, toks: list[_Tok], j: int) -> int:
        """Index after a list separator at ``j`` (", ", "and", ", and", "as well as"), or j."""
        n = len(toks)
        k = j
        if k < n and toks[k].raw == ",":
            k += 1
        if k < n and toks[k].key in self.and_words:
            k += 1
        elif (
            self.as_well_as
            and k + len(self.as_well_as) <= n
            and all(toks[k + m].key == w for m, w in enumerate(self.as_well_as))
        ):
            k += len(self.as_well_as)
        return k

    def parse_list(self, trie: dict, toks: list[_Tok], j: int):
        """Items of a coordinated list of complements starting at ``j``."""
        items = []
        while True:
            end, entries = self.longest(trie, toks, j)
            if not entries:
                break
            items.append((j, end, entries))
            k = self.separator(toks, end)
            if k == end:
                j = end
                break
            _, more = self.longest(trie, toks, k)
            if not more:
                j = end
                break
            j = k
        return items, j

    @staticmethod
    def resolve_item(entries: list[_Entry], cls: set[str]) -> _Entry | None:
        for e in entries:
            if e.flag is not None and e.flag in cls:
                return e
        for e in entries:
            if e.flag is None:
                return e
        return None


# --------------------------------------------------------------------------------------
# Scanning a sentence
# --------------------------------------------------------------------------------------


def _word_info(mt: _Matcher, raw: str):
    """(key, plural, cap, low, flags) of one spelling, or None for words that are no token
    (legal forms like JSC/АО, English "the" is kept with key "the")."""
    if raw in LEGAL_FORMS:
        return None
    key, plural = normalize_word(raw, mt.lang)
    low = raw.lower()
    flags = 0
    bare = raw[:-2] if raw.endswith(("'s", "’s")) else raw
    if key in mt.start_keys or bare in mt.abbrevs:
        flags |= _F_START
    if key in mt.unknown_heads:
        flags |= _F_UNKNOWN
    if mt.lang == "en" and low in _GROUP_NOUNS:
        flags |= _F_GROUP
    return key, plural, raw[:1].isupper(), low, flags


def _tokenize(
    mt: _Matcher, sentence: str, *, any_word: bool = False
) -> tuple[list[_Tok], int] | None:
    """Tokens of ``sentence`` and the union of their flags, or None when no word can start
    a mention (the fast path: one cached dict lookup per word; ``any_word`` turns it off).
    Runs once per sentence a directive may stand in: kept to plain loops and tuples.

    The words come from ``findall`` (no match objects) and each is placed by ``str.find``
    from the end of the one before: what lies between two tokens holds no letter, digit or
    ``,;:()``, so a token's text cannot occur there."""
    info = mt.word_info
    raws = TOKEN_RE.findall(sentence)
    infos = list(map(info.get, raws, repeat(_UNSEEN)))
    if _UNSEEN in infos:
        for n, raw in enumerate(raws):
            if infos[n] is _UNSEEN:
                if len(info) > 200_000:
                    info.clear()
                infos[n] = info[raw] = _word_info(mt, raw)
    toks: list[_Tok] = []
    add = toks.append
    new = tuple.__new__
    find = sentence.find
    any_flags = 0
    after_the = False
    end = 0
    for raw, wi in zip(raws, infos, strict=True):
        start = find(raw, end)
        end = start + len(raw)
        if wi is None:
            continue
        key, plural, cap, low, flags = wi
        if key == "the":
            after_the = True
            continue
        any_flags |= flags
        add(new(_Tok, (raw, key, start, end, plural, cap, low, after_the, flags)))
        after_the = False
    if not any_flags and not any_word:
        return None
    return toks, any_flags


_UNSEEN = object()


def _matcher(registry: Registry, lang: str) -> _Matcher:
    key = ("bodies.matcher", lang)
    m = registry.cache.get(key)
    if m is None:
        m = registry.cache[key] = _Matcher(registry, lang)
    return m


def _mention(sentence: str, start: int, end: int, canonical: str | None, kind: str | None):
    # Keep quotes balanced: «Самрук-Казына», «Бәйтерек» холдингі, "Kazpost" JSC.
    text = sentence[start:end]
    opens = text.count("«") + text.count("“")
    closes = text.count("»") + text.count("”")
    while opens > closes and end < len(sentence) and sentence[end] in "»”":
        end += 1
        closes += 1
    while closes > opens and start > 0 and sentence[start - 1] in "«“":
        start -= 1
        opens += 1
    return BodyMention(sentence[start:end], start, end, canonical, kind)


def _is_foreign(mt: _Matcher, toks: list[_Tok], i: int, end: int) -> bool:
    """'Russian Ministry of ...', 'Ministry of ... of Uzbekistan', 'МИД Узбекистана'."""
    foreign = mt.foreign
    if i > 0 and toks[i - 1].key in foreign:
        return True
    j = end
    if j < len(toks) and toks[j].key == "of":
        j += 1
    return j < len(toks) and toks[j].key in foreign
