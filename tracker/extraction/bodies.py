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
  operators must ...*) gives a ``"group"`` named as written;
* modifiers sharing one head (*central and local executive bodies*, *центральным и местным
  исполнительным органам*) give one body each when each reading is a name.

``find_places`` reads regions and cities named as places (*Aktobe region*) as their akimats,
for "the regional akimat" of the article (see ``references``).

Where the parts live: ``body_words`` (grammar words per language), ``body_matcher`` (the
compiled registry, tokens, the mention type), ``body_unknown`` (names we lack, open groups);
this module scans a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .body_matcher import (
    _BODY,
    _EXCLUDE,
    _F_GROUP,
    _F_START,
    _F_UNKNOWN,
    _TERM,
    PERSON,
    BodyMention,
    _is_foreign,
    _Matcher,
    _matcher,
    _mention,
    _Tok,
    _tokenize,
)
from .body_unknown import (
    _open_groups,
    _unknown_bodies,
)
from .body_words import (
    _GOV_VERBS,
    _LANGS,
    _TITLE_AFTER,
    _TITLE_BEFORE,
    _VICE,
)
from .registry import Registry, is_cyrillic

__all__ = ["PERSON", "BodyMention", "canonical_names", "find_bodies", "find_places"]


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
    i = 0
    while i < n:
        if not toks[i].flags & _F_START:
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
        out = _descriptors_joined(sentence, out)
    if "«" in sentence or '"' in sentence:
        out = [m for m in out if not _inside_a_product_name(sentence, m)]
    return out


_QUOTED_NAME = re.compile(r"«[^«»]{1,80}»|\"[^\"]{1,80}\"")


def _inside_a_product_name(sentence: str, m: BodyMention) -> bool:
    """ "«Смарт дата Үкімет» платформасы", "«Электронное правительство»": the Government
    named inside the quoted name of a platform or programme is no body."""
    if m.canonical != "Government":
        return False
    for q in _QUOTED_NAME.finditer(sentence):
        if not (q.start() < m.start and m.end < q.end()):
            continue
        if _WORD.search(sentence[q.start() + 1 : m.start] + sentence[m.end : q.end() - 1]):
            return True
    return False


_WORD = re.compile(r"\w")


_DESCRIBED_KINDS = frozenset({"national_company", "company", "fund", "holding"})
_QUOTES_ONLY = re.compile(r"[\s«“\"]*")


def _descriptors_joined(sentence: str, out: list[BodyMention]) -> list[BodyMention]:
    """ "Национальной компании «ҚазАвтоЖол»": the group word in the singular right before
    a company's name describes it; one mention of the company, not the group as well."""
    joined: list[BodyMention] = []
    for m in out:
        prev = joined[-1] if joined else None
        if (
            prev is not None
            and prev.kind == "group"
            and m.kind in _DESCRIBED_KINDS
            and _QUOTES_ONLY.fullmatch(sentence[prev.end : m.start])
            and _SINGULAR_DESCRIPTOR.search(prev.text)
        ):
            joined[-1] = _mention(sentence, prev.start, m.end, m.canonical, m.kind)
            continue
        joined.append(m)
    return joined


_SINGULAR_DESCRIPTOR = re.compile(
    r"(?:компани(?:я|и|ю|ей)|company|компания(?:сы|сына)?|фонд(?:а|у|ом)?|fund|холдинг\w*)$",
    re.IGNORECASE,
)


def find_places(sentence: str, lang: str, registry: Registry) -> list[BodyMention]:
    """Regions and cities named as places ("Aktobe region", "в Актюбинской области",
    "Ақтөбе облысында", "Almaty"), as mentions of their akimats of kind ``"place"``: the
    article's "regional akimat" is the akimat of the region it spoke of last."""
    if not sentence or lang not in _LANGS:
        return []
    mt = _matcher(registry, lang)
    trie = mt.pre["akimat"] if lang == "kk" else mt.post["akimat"]
    tokenized = _tokenize(mt, sentence, any_word=True)
    if tokenized is None:
        return []
    toks = tokenized[0]
    out: list[BodyMention] = []
    i, n = 0, len(toks)
    while i < n:
        if not toks[i].cap:
            i += 1
            continue
        end, entries = mt.longest(trie, toks, i)
        if not entries:
            i += 1
            continue
        nxt = toks[end].key if end < n else ""
        cls = {mt.classifiers[nxt]} if nxt in mt.classifiers else set()
        entry = mt.resolve_item(entries, cls)
        if entry is not None:
            stop = toks[end].end if cls else toks[end - 1].end
            out.append(
                BodyMention(
                    sentence[toks[i].start : stop], toks[i].start, stop, entry.canonical, "place"
                )
            )
        i = end
    return out


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
            candidates.append(
                (end, [_mention(sentence, tok.start, toks[end - 1].end, e.canonical, e.kind)])
            )
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

    # 5. Modifiers sharing one head: "central and local executive bodies", "центральным и
    #    местным исполнительным органам", "орталық және жергілікті атқарушы органдар".
    shared = _shared_head(mt, toks, i, sentence)
    if shared is not None:
        candidates.append(shared)

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


def _shared_head(mt: _Matcher, toks: list[_Tok], i: int, sentence: str):
    """'X and Y <head>' where 'Y <head>' and 'X <head>' are both names: one body each."""
    n = len(toks)
    if i + 3 >= n or toks[i + 1].key not in mt.and_words:
        return None
    end, entries = mt.longest(mt.trie, toks, i + 2)
    if not entries or entries[0].role != _BODY or end - (i + 2) < 2:
        return None
    if mt.longest(mt.trie, toks, i)[0] >= end:
        return None  # the whole is one name: "Білім және ғылым министрлігі"
    node = mt.trie.get(toks[i].key)
    for k in range(i + 3, end):
        node = node.get(toks[k].key) if node is not None else None
    first = node.get(_TERM) if node is not None else None
    if not first or first[0].role != _BODY or first[0].canonical == entries[0].canonical:
        return None
    a, b = first[0], entries[0]
    return end, [
        _mention(sentence, toks[i].start, toks[i].end, a.canonical, a.kind),
        _mention(sentence, toks[i + 2].start, toks[end - 1].end, b.canonical, b.kind),
    ]


def _as_title(mt: _Matcher, toks: list[_Tok], i: int, end: int, m: BodyMention, sentence: str):
    """'Chairman of the National Bank', 'Председатель АФМ', 'Агенттік төрағасы' -> person."""
    lang = mt.lang
    titles = _TITLE_BEFORE[lang]
    if lang == "en" and i >= 4 and toks[i - 1].key == "of" and toks[i - 2].low == "board":
        i -= 2  # "Chairman of the Board of Baiterek": the board is the body's
    if lang == "en" and i >= 2 and toks[i - 1].key == "of" and toks[i - 2].key in titles:
        start = toks[i - 2].start
        if i >= 3 and toks[i - 3].low in _VICE:
            start = toks[i - 3].start
        return end, [_mention(sentence, start, m.end, m.canonical, PERSON)]
    if lang == "ru" and i >= 2 and toks[i - 1].low.startswith(("правлени", "совет")):
        i -= 1  # "Председатель правления АО «Казахтелеком»"
    if lang == "ru" and i >= 1 and toks[i - 1].key in titles:
        return end, [_mention(sentence, toks[i - 1].start, m.end, m.canonical, PERSON)]
    if lang == "kk" and end < len(toks) and toks[end].key in _TITLE_AFTER["kk"]:
        return end + 1, [_mention(sentence, m.start, toks[end].end, m.canonical, PERSON)]
    return end, [m]


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
    shared = None
    if j < n and toks[j].key in mt.classifiers:  # "... Aktobe and Atyrau regions"
        cls.add(mt.classifiers[toks[j].key])
        shared = toks[j]
        j += 1
    cls |= _lent_classifiers(mt, toks, items)
    mentions = _list_mentions(mt, toks, items, cls, sentence, toks[i].start, family, person)
    if mentions and shared is not None:  # the last body's span reaches the shared word
        last = mentions[-1]
        mentions[-1] = _mention(sentence, last.start, shared.end, last.canonical, last.kind)
        # "... of Turkistan and Almaty regions and Shymkent": a further group after the
        # classifier closed the first, with a classifier of its own or none
        k = mt.separator(toks, j)
        more, end = mt.parse_list(mt.post[family], toks, k) if k > j else ([], j)
        if more:
            cls2: set[str] = set()
            if end < n and toks[end].key in mt.classifiers:
                cls2.add(mt.classifiers[toks[end].key])
                end += 1
            cls2 |= _lent_classifiers(mt, toks, more)
            extra = _list_mentions(mt, toks, more, cls2, sentence, None, family, person)
            if extra:
                mentions += extra
                last = extra[-1]
                mentions[-1] = _mention(
                    sentence, last.start, toks[end - 1].end, last.canonical, last.kind
                )
                j = end
    return j, mentions


def _pre_groups(mt: _Matcher, toks: list[_Tok], i: int, family: str):
    """Lists before a plural head, each with the classifier it shares: "Түркістан, Алматы
    облыстары мен Шымкент қаласының [әкімдіктері]" is two groups, regions and a city.
    Returns [(items, classifiers)] and the index after the last group."""
    n = len(toks)
    groups: list[tuple[list, set[str]]] = []
    j = i
    while True:
        items, end = mt.parse_list(mt.pre[family], toks, j)
        if not items:
            break
        cls: set[str] = set()
        if end < n and toks[end].key in mt.classifiers:
            cls.add(mt.classifiers[toks[end].key])
            end += 1
        groups.append((items, cls))
        j = end
        k = mt.separator(toks, end)
        if k == end or not cls:  # a further group only after a classifier closed this one
            break
        nxt, _ = mt.parse_list(mt.pre[family], toks, k)
        if not nxt:
            break
        j = k
    return groups, j


def _pre_list(mt: _Matcher, toks: list[_Tok], i: int, sentence: str):
    n = len(toks)
    for family in ("ministry", "akimat"):
        if toks[i].key not in mt.pre[family]:
            continue
        groups, j = _pre_groups(mt, toks, i, family)
        items = [item for group, _ in groups for item in group]
        if len(items) < 2:
            continue
        kind = mt.plural_heads.get(toks[j].key) if j < n else None
        if kind is None or kind[0] != family:
            continue
        head = toks[j]
        if mt.lang == "kk" and head.plural is not True:
            continue
        if mt.lang == "ru" and head.plural is not True:
            continue
        mentions = []
        for group, cls in groups:
            more = _list_mentions(
                mt, toks, group, cls | _lent_classifiers(mt, toks, group), sentence, None,
                family, kind[1],
            )
            if more and cls and len(groups) > 1:
                # the group's last body reaches its classifier ("Алматы облыстары")
                last, word = more[-1], toks[group[-1][1]]
                more[-1] = _mention(sentence, last.start, word.end, last.canonical, last.kind)
            mentions += more
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


def canonical_names(mentions: Iterable[BodyMention]) -> list[str]:
    """Distinct canonical names of resolved mentions, in order (a small helper for callers)."""
    seen: dict[str, None] = {}
    for m in mentions:
        if m.canonical is not None:
            seen.setdefault(m.canonical, None)
    return list(seen)
