"""Finding government bodies in one sentence (spec section 5).

The registry's names are compiled, once per registry and language, into a trie over
normalised word keys (see :mod:`registry`: Russian and Kazakh words are stemmed, so every
case form of every name matches without being listed). A sentence is tokenised once and
scanned left to right, taking the longest match at each word. On top of the trie:

* coordinated plurals: *the Ministries of Trade, Finance, and Digitalization*,
  *министерствам финансов и торговли*, *Қаржы және Сауда министрліктері*, *akimats of
  Astana, Almaty and Shymkent*, *Akimats of the Aktobe and West Kazakhstan regions*:
  the complements of every "Ministry of X" / "X Ministry" / "Акимат X" / "X әкімдігі" name
  form their own small trie, and a list of them after (or before) a plural head yields one
  body each, with a shared "regions" / "областей" / "облыстарының" distributed over the list;
* official titles (*Defense Minister*, *Министр энергетики*, *аким Алматы*, *Энергетика
  министрі*), built from the same complements, give mentions of kind ``"person"``;
* issuers and look-alikes that are not bodies (*Prime Minister*, *Head of State*,
  *Government session*, *International Atomic Energy Agency*, foreign ministries) are
  consumed without a mention;
* names that clearly name a body the registry lacks (*Ministry of Space Tourism*,
  *Министерство космического туризма*) give a mention with ``canonical=None``;
* an open rule for lower-case plural groups acting as subject (*the technical and financial
  operators must ...*) gives a ``"group"`` named as written.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from .registry import (
    LEGAL_FORMS,
    TOKEN_RE,
    BodyRecord,
    Registry,
    is_cyrillic,
    name_keys,
    normalize_word,
)

PERSON = "person"
_TERM = "\x00"  # key of the entry list in a trie node

# Roles of a trie entry.
_BODY, _PERSON, _EXCLUDE = 0, 1, 2


@dataclass(frozen=True, slots=True)
class BodyMention:
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


class _Tok(NamedTuple):
    raw: str  # the word as written
    key: str  # normalised key (registry.normalize_word)
    start: int
    end: int
    plural: bool | None
    cap: bool  # starts with a capital
    low: str  # lower-cased
    after_the: bool  # English: "the" came right before (it is not a token itself)


# Flags of a word (cached per spelling): may start a mention / an unknown name / a group.
_F_START, _F_UNKNOWN, _F_GROUP = 1, 2, 4


# --------------------------------------------------------------------------------------
# Language data that is about grammar, not about bodies
# --------------------------------------------------------------------------------------

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
_EXCLUDE = {
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
                    "акимат": "akimat"}
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
_CAP_KINDS = {"government", "national_company", "fund", "bank", "other",
              "presidential_administration"}


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
        self.as_well_as = _AS_WELL_AS[lang]
        self.plural_heads = _PLURAL_HEADS[lang]
        self.foreign = {normalize_word(w, lang)[0] for w in _FOREIGN_WORDS.split()}
        for rec in registry:
            self._add_record(rec)
        for line in _EXCLUDE[lang].split("\n"):
            for phrase in line.split("|"):
                if phrase.strip():
                    keys, _ = name_keys(phrase, lang)
                    self._insert(self.trie, keys, _Entry(None, None, _EXCLUDE, (), ()))
        self._add_group_persons(registry)
        self.unknown_heads = {"en": _UNKNOWN_HEAD_EN, "ru": _UNKNOWN_HEAD_RU,
                              "kk": _UNKNOWN_HEAD_KK}[lang]
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
            self._insert(target, comp[:-1],
                         _Entry(rec.name, rec.kind, _BODY, cnums[:-1], (), cls[comp[-1]]))
        if len(comp) > 1 and comp[0] in cls:
            rest = comp[1:]
            if rest and rest[0] == "of":
                rest = rest[1:]
            if rest:
                self._insert(target, rest,
                             _Entry(rec.name, rec.kind, _BODY, (), (), cls[comp[0]]))
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
            "|akims of oblasts|regional governors|governors of the regions|heads of regions"
            "|heads of the regions|regional heads",
            "ru": "акимы|акимы областей|акимы регионов|акимы всех регионов|акимы областей и "
            "городов|главы регионов|руководители регионов",
            "kk": "әкімдер|облыс әкімдері|облыстардың әкімдері|өңір әкімдері|өңірлердің әкімдері"
            "|өңір басшылары|өңірлердің басшылары",
        }[self.lang]
        for phrase in phrases.split("|"):
            keys, nums = name_keys(phrase, self.lang)
            self._insert(self.trie, keys, _Entry("akimats", PERSON, _PERSON, nums, ()))

    # -- matching helpers ---------------------------------------------------------------

    @staticmethod
    def _fits(entry: _Entry, toks: list[_Tok], i: int) -> bool:
        for n, want in enumerate(entry.cap):
            if want and not toks[i + n].cap:
                return False
        for n, want in enumerate(entry.nums):
            if want is None:
                continue
            got = toks[i + n].plural
            if got is not None and got != want:
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
                fit = [e for e in entries if self._fits(e, toks, i)]
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
        elif self.as_well_as and k + len(self.as_well_as) <= n and all(
            toks[k + m].key == w for m, w in enumerate(self.as_well_as)
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


def _tokenize(mt: _Matcher, sentence: str) -> tuple[list[_Tok], int] | None:
    """Tokens of ``sentence`` and the union of their flags, or None when no word can start
    a mention (the fast path: one cached dict lookup per word)."""
    info = mt.word_info
    words = []
    any_flags = 0
    for m in TOKEN_RE.finditer(sentence):
        start, end = m.span()
        raw = sentence[start:end]
        try:
            wi = info[raw]
        except KeyError:
            if len(info) > 200_000:
                info.clear()
            wi = info[raw] = _word_info(mt, raw)
        if wi is None:
            continue
        any_flags |= wi[4]
        words.append((raw, wi, start, end))
    if not any_flags:
        return None
    toks: list[_Tok] = []
    after_the = False
    for raw, (key, plural, cap, low, _f), start, end in words:
        if key == "the":
            after_the = True
            continue
        toks.append(_Tok(raw, key, start, end, plural, cap, low, after_the))
        after_the = False
    return toks, any_flags


def _matcher(registry: Registry, lang: str) -> _Matcher:
    key = ("bodies.matcher", lang)
    m = registry.cache.get(key)
    if m is None:
        m = registry.cache[key] = _Matcher(registry, lang)
    return m


def find_bodies(sentence: str, lang: str, registry: Registry) -> list[BodyMention]:
    """Government bodies named in ``sentence``, in order of mention."""
    if not sentence:
        return []
    if lang not in _LANGS:
        lang = (
            "kk"
            if any(c in "әғқңөұүһі" for c in sentence.lower())
            else ("ru" if is_cyrillic(sentence) else "en")
        )
    mt = _matcher(registry, lang)
    tokenized = _tokenize(mt, sentence)
    if tokenized is None:
        return []
    toks, flags = tokenized
    out: list[BodyMention] = []
    n = len(toks)
    covered = [False] * n
    info = mt.word_info
    i = 0
    while i < n:
        wi = info.get(toks[i].raw)
        if wi is not None and not wi[4] & _F_START:
            i += 1
            continue
        end, found = _match_at(mt, toks, i, sentence)
        if end > i:
            for k in range(i, end):
                covered[k] = True
            out.extend(found)
            i = end
        else:
            i += 1
    if flags & _F_UNKNOWN:
        out.extend(_unknown_bodies(mt, toks, covered, sentence))
    if flags & _F_GROUP:
        out.extend(_open_groups(toks, covered, sentence))
    if len(out) > 1:
        out.sort(key=lambda m: (m.start, m.end))
    return out


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


def _match_at(mt: _Matcher, toks: list[_Tok], i: int, sentence: str):
    """Best reading at token ``i``: (end index, mentions); end == i when nothing."""
    tok = toks[i]
    n = len(toks)
    candidates: list[tuple[int, list[BodyMention]]] = []

    # 1. Abbreviations, case-sensitive: "MTI", "KTZ's", "МЧС".
    raw = tok.raw[:-2] if tok.raw.endswith(("'s", "’s")) else tok.raw
    ab = mt.abbrevs.get(raw)
    if ab is not None:
        candidates.append(
            (i + 1, [_mention(sentence, tok.start, tok.start + len(raw), ab.canonical, ab.kind)])
        )

    # 2. Registry names, titles and exclusions (longest match).
    end, entries = mt.longest(mt.trie, toks, i)
    if entries:
        e = entries[0]
        if e.role == _EXCLUDE:
            candidates.append((end, []))
        else:
            candidates.append((end, [_mention(sentence, tok.start, toks[end - 1].end,
                                              e.canonical, e.kind)]))
    elif tok.key == "government" and not tok.cap and mt.kinds.get("Government") == "government":
        # "the government has instructed": lower-case, but clearly the Government.
        nxt = toks[i + 1].key if i + 1 < n else ","
        if nxt in _GOV_VERBS and (tok.after_the or (i > 0 and toks[i - 1].low == "kazakh")):
            candidates.append(
                (i + 1, [_mention(sentence, tok.start, tok.end, "Government", "government")])
            )

    # 3. A plural head followed by a list: "Ministries of Trade, Finance and ...".
    head = mt.plural_heads.get(tok.key)
    if head is not None and tok.plural is not False and mt.lang != "kk":
        lst = _post_list(mt, toks, i, head, sentence)
        if lst is not None:
            candidates.append(lst)

    # 4. A list before a plural head: "the Finance and Trade ministries", "Қаржы және
    #    Сауда министрліктері", "Ақтөбе және Атырау облыстарының әкімдіктері".
    if tok.key in mt.pre["ministry"] or tok.key in mt.pre["akimat"]:
        lst = _pre_list(mt, toks, i, sentence)
        if lst is not None:
            candidates.append(lst)

    if not candidates:
        return i, []
    # Longest reading wins; on a tie the one with more mentions (a list over one name).
    best_end, best = max(candidates, key=lambda c: (c[0], len(c[1])))
    if best and _is_foreign(mt, toks, i, best_end):
        return best_end, []
    if len(best) == 1 and best[0].kind not in (PERSON, "group", None):
        best_end, best = _as_title(mt, toks, i, best_end, best[0], sentence)
    elif len(best) == 1 and best[0].kind == PERSON and i > 0 and toks[i - 1].low in _VICE:
        m = best[0]  # "Vice Minister of Trade", "вице-министр энергетики"
        best = [_mention(sentence, toks[i - 1].start, m.end, m.canonical, m.kind)]
    return best_end, best


def _as_title(mt: _Matcher, toks: list[_Tok], i: int, end: int, m: BodyMention, sentence: str):
    """'Chairman of the National Bank', 'Председатель АФМ', 'Агенттік төрағасы' -> person."""
    lang = mt.lang
    titles = _TITLE_BEFORE[lang]
    if lang == "en" and i >= 2 and toks[i - 1].key == "of" and toks[i - 2].key in titles:
        start = toks[i - 2].start
        if i >= 3 and toks[i - 3].low in _VICE:
            start = toks[i - 3].start
        return end, [_mention(sentence, start, m.end, m.canonical, PERSON)]
    if lang == "ru" and i >= 1 and toks[i - 1].key in titles:
        return end, [_mention(sentence, toks[i - 1].start, m.end, m.canonical, PERSON)]
    if lang == "kk" and end < len(toks) and toks[end].key in _TITLE_AFTER["kk"]:
        return end + 1, [_mention(sentence, m.start, toks[end].end, m.canonical, PERSON)]
    return end, [m]


def _is_foreign(mt: _Matcher, toks: list[_Tok], i: int, end: int) -> bool:
    """'Russian Ministry of ...', 'Ministry of ... of Uzbekistan', 'МИД Узбекистана'."""
    foreign = mt.foreign
    if i > 0 and toks[i - 1].key in foreign:
        return True
    j = end
    if j < len(toks) and toks[j].key == "of":
        j += 1
    return j < len(toks) and toks[j].key in foreign


def _lent_classifiers(mt: _Matcher, toks: list[_Tok], items) -> set[str]:
    """Classifiers written inside items ("Atyrau regional", "Западно-Казахстанской
    областей") that the other items of the list share."""
    cls = set()
    for s, e, _entries in items:
        for k in range(s, e):
            c = mt.classifiers.get(toks[k].key)
            if c is not None:
                cls.add(c)
    return cls


def _post_list(mt: _Matcher, toks: list[_Tok], i: int, head: tuple[str, bool], sentence: str):
    family, person = head
    n = len(toks)
    j = i + 1
    if mt.lang == "en":
        if j >= n or toks[j].key != "of":
            return None
        j += 1
    cls: set[str] = set()
    if j < n and toks[j].key in mt.classifiers:  # "akimats of the cities of ...", "городов"
        cls.add(mt.classifiers[toks[j].key])
        j += 1
        if j < n and toks[j].key == "of":
            j += 1
    items, j = mt.parse_list(mt.post[family], toks, j)
    if not items:
        return None
    if j < n and toks[j].key in mt.classifiers:  # "... Aktobe and Atyrau regions"
        cls.add(mt.classifiers[toks[j].key])
        j += 1
    cls |= _lent_classifiers(mt, toks, items)
    return j, _list_mentions(mt, toks, items, cls, sentence, toks[i].start, family, person)


def _pre_list(mt: _Matcher, toks: list[_Tok], i: int, sentence: str):
    n = len(toks)
    for family in ("ministry", "akimat"):
        if toks[i].key not in mt.pre[family]:
            continue
        items, j = mt.parse_list(mt.pre[family], toks, i)
        if len(items) < 2:
            continue
        cls: set[str] = set()
        if j < n and toks[j].key in mt.classifiers:
            cls.add(mt.classifiers[toks[j].key])
            j += 1
        kind = mt.plural_heads.get(toks[j].key) if j < n else None
        if kind is None or kind[0] != family:
            continue
        head = toks[j]
        if mt.lang == "kk" and head.plural is not True:
            continue
        if mt.lang == "ru" and head.plural is not True:
            continue
        cls |= _lent_classifiers(mt, toks, items)
        mentions = _list_mentions(mt, toks, items, cls, sentence, None, family, kind[1])
        if mentions:
            # The last body's span reaches the shared head word.
            last = mentions[-1]
            mentions[-1] = _mention(sentence, last.start, head.end, last.canonical, last.kind)
        return j + 1, mentions
    return None


def _list_mentions(
    mt, toks, items, cls, sentence, head_start, family, person=False
) -> list[BodyMention]:
    out = []
    for n, (s, e, entries) in enumerate(items):
        entry = mt.resolve_item(entries, cls)
        start = head_start if (n == 0 and head_start is not None) else toks[s].start
        if entry is None:
            if family == "akimat":  # "akimats of Aktobe and Atyrau": city akimats we lack
                kind = PERSON if person else "akimat"
                out.append(_mention(sentence, start, toks[e - 1].end, None, kind))
            continue
        kind = PERSON if person else entry.kind
        out.append(_mention(sentence, start, toks[e - 1].end, entry.canonical, kind))
    return out


# --------------------------------------------------------------------------------------
# Names the registry lacks, and open groups
# --------------------------------------------------------------------------------------


def _unknown_bodies(mt: _Matcher, toks: list[_Tok], covered: list[bool], sentence: str):
    """Mentions with canonical None for names that clearly name a body we do not know."""
    out: list[BodyMention] = []
    finder = {"en": _unknown_en, "ru": _unknown_ru, "kk": _unknown_kk}[mt.lang]
    heads = mt.unknown_heads
    for i in range(len(toks)):
        if covered[i] or toks[i].key not in heads:
            continue
        span = finder(toks, covered, i)
        if span is None:
            continue
        first, last, kind = span
        if _is_foreign(mt, toks, first, last + 1):
            continue
        for k in range(first, last + 1):
            covered[k] = True
        out.append(_mention(sentence, toks[first].start, toks[last].end, None, kind))
    return out


def _unknown_en(toks: list[_Tok], covered: list[bool], i: int):
    t = toks[i]
    kind = _UNKNOWN_HEAD_EN.get(t.key)
    if kind is None or not (t.cap or kind == "akimat"):
        return None
    n = len(toks)
    # "Ministry of Space Tourism", "Agency for Space Affairs", "akimat of the city of Aktobe".
    if i + 1 < n and toks[i + 1].key in ("of", "for", "on"):
        j, last = i + 1, None
        while j < n and not covered[j]:
            tj = toks[j]
            if tj.key in _EN_CONNECT or (kind == "akimat" and tj.key in ("city", "region")):
                nxt = toks[j + 1] if j + 1 < n else None
                # "... and the Agency for X" starts another name.
                if (
                    nxt is not None
                    and not covered[j + 1]
                    and (
                        (
                            nxt.cap
                            and not (
                                tj.key == "and" and (nxt.after_the or nxt.key in _UNKNOWN_HEAD_EN)
                            )
                        )
                        or (kind == "akimat" and nxt.key in ("city", "of"))
                    )
                ):
                    j += 1
                    continue
                break
            if tj.cap and tj.raw[:1].isalpha() and tj.key not in _UNKNOWN_HEAD_EN:
                last = j
                j += 1
                continue
            break
        if last is not None:
            return i, last, kind
    # "Space Tourism Ministry" (only Ministry: "News Agency", "Olympic Committee" are not).
    if kind == "ministry":
        k, first = i - 1, None
        while k >= 0 and i - k <= 4 and not covered[k]:
            tk = toks[k]
            if not (tk.cap and tk.raw[:1].isalpha()) or tk.raw in _EN_NOT_NAME:
                break
            first = k
            if tk.after_the:
                break
            k -= 1
        if first is not None:
            return first, i, kind
    return None


def _unknown_ru(toks: list[_Tok], covered: list[bool], i: int):
    t = toks[i]
    kind = _UNKNOWN_HEAD_RU.get(t.key)
    if kind is None:
        return None
    n = len(toks)
    if kind == "akimat" and t.plural is not True:
        # "акимат города Актобе", "акимату Карасайского района": a local akimat we lack.
        j = i + 1
        if j < n and toks[j].key in ("город", "г"):
            j += 1
        if j < n and toks[j].cap and is_cyrillic(toks[j].raw) and not covered[j]:
            last = j
            if j + 1 < n and toks[j + 1].key in ("район", "област") and not covered[j + 1]:
                last = j + 1
            return i, last, kind
        return None
    if not t.cap:
        return None
    j, last = i + 1, None
    while j < n and not covered[j] and j - i <= 6:
        tj = toks[j]
        if tj.cap or not is_cyrillic(tj.raw):
            break
        if tj.low in _RU_CONNECT:
            j += 1
            continue
        if tj.low.endswith(_RU_GEN_ENDINGS) and not tj.low.endswith(("сти", "зти", "ать",
                                                                      "ить", "еть")):
            last = j
            j += 1
            continue
        break
    return (i, last, kind) if last is not None else None


_KK_NOT_NAME = {"Бұл", "Осы", "Аталған", "Сол", "Ол", "Мұндай", "Барлық", "Қазақстан",
                "Қазақстанның", "ҚР", "Республиканың", "Сондай", "Сонымен", "Сондықтан"}


def _unknown_kk(toks: list[_Tok], covered: list[bool], i: int):
    t = toks[i]
    kind = _UNKNOWN_HEAD_KK.get(t.key)
    if kind is None:
        return None
    # Names take the possessive: "Ғарыш туризмі министрлігі", not "бұл министрлік".
    low = t.low
    if not (("ліг" in low or "діг" in low or "тіг" in low) or low.startswith("комитеті")):
        return None
    k = i - 1
    while k >= 0 and i - k <= 4 and not covered[k] and is_cyrillic(toks[k].raw):
        if toks[k].cap:
            if toks[k].raw in _KK_NOT_NAME:
                return None
            return k, i, kind
        k -= 1
    return None


def _open_groups(toks: list[_Tok], covered: list[bool], sentence: str) -> list[BodyMention]:
    """'the technical and financial operators must ...' -> group 'technical and financial
    operators'. Lower-case plural organisation nouns with their modifiers, in a subject
    (or instructed-object, or co-executor) position."""
    out: list[BodyMention] = []
    n = len(toks)
    for i, t in enumerate(toks):
        if covered[i] or t.low not in _GROUP_NOUNS or (t.cap and i > 0):
            continue
        # Walk back over lower-case modifiers and "and"/"," between them.
        k = i - 1
        first = i
        while k >= 0 and i - k <= 6 and not covered[k]:
            tk = toks[k]
            if tk.raw == "," or tk.low == "and":
                left = toks[k - 1] if k >= 1 else None
                if (
                    left is not None
                    and not covered[k - 1]
                    and left.raw.isalpha()
                    and left.raw.islower()
                    and left.low not in _GROUP_STOP
                ):
                    k -= 1
                    continue
                break
            if (
                not tk.raw.isalpha()
                or (tk.cap and not (k == 0 or tk.after_the))
                or tk.low in _GROUP_STOP
                or tk.low.endswith("ly")
            ):
                break
            first = k
            if tk.after_the:
                break
            k -= 1
        while first < i and toks[first].low in _GROUP_LEADING_DROP:
            first += 1
        if first < i and (toks[first].raw == "," or toks[first].low == "and"):
            continue
        # The position: subject before a modal/verb, or after "instructed" / "together with".
        nxt = toks[i + 1].low if i + 1 < n else ""
        before = first - 1
        prev = toks[before].low if before >= 0 else ""
        prev2 = (toks[before - 1].low, prev) if before >= 1 else ("", prev)
        subject = nxt in _GROUP_AFTER and (
            toks[first].after_the or first == 0 or prev in {",", "and", "that"}
        )
        obj = prev in _GROUP_BEFORE or prev2 in _GROUP_BEFORE2
        if not (subject or obj):
            continue
        if first == i and not toks[first].after_the and not obj:
            continue
        text = sentence[toks[first].start : t.end]
        name = " ".join(text.lower().split())
        for k in range(first, i + 1):
            covered[k] = True
        out.append(BodyMention(text, toks[first].start, t.end, name, "group"))
    return out


def canonical_names(mentions: Iterable[BodyMention]) -> list[str]:
    """Distinct canonical names of resolved mentions, in order (a small helper for callers)."""
    seen: dict[str, None] = {}
    for m in mentions:
        if m.canonical is not None:
            seen.setdefault(m.canonical, None)
    return list(seen)
