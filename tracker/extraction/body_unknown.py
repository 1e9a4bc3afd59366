"""Bodies the registry does not name: names that clearly name a body we lack ("Ministry
of Space Tourism", "Министерство космического туризма", "Ғарыш туризмі министрлігі"), given
with ``canonical=None`` so ingestion can flag them for review; and the open rule for
lower-case plural groups acting as subject ("the technical and financial operators must ..."),
named as written.
"""

from __future__ import annotations

from .body_matcher import (
    BodyMention,
    _is_foreign,
    _Matcher,
    _mention,
    _Tok,
)
from .body_words import (
    _EN_CONNECT,
    _EN_NOT_NAME,
    _GROUP_AFTER,
    _GROUP_BEFORE,
    _GROUP_BEFORE2,
    _GROUP_LEADING_DROP,
    _GROUP_NOUNS,
    _GROUP_STOP,
    _RU_CONNECT,
    _RU_GEN_ENDINGS,
    _UNKNOWN_HEAD_EN,
    _UNKNOWN_HEAD_KK,
    _UNKNOWN_HEAD_RU,
)
from .registry import is_cyrillic


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
        # a district's or town's akimat the registry lacks is one of the local executive
        # bodies it files under "akimats" ("Маңғыстау ауданының әкімдігі", "акимат
        # Карасайского района", "the akimat of Konaev city")
        canonical = "akimats" if kind == "akimat" else None
        out.append(_mention(sentence, toks[first].start, toks[last].end, canonical, kind))
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
        if tj.low.endswith(_RU_GEN_ENDINGS) and not tj.low.endswith(
            ("сти", "зти", "ать", "ить", "еть")
        ):
            last = j
            j += 1
            continue
        break
    return (i, last, kind) if last is not None else None


_KK_NOT_NAME = {
    "Бұл",
    "Осы",
    "Аталған",
    "Сол",
    "Ол",
    "Мұндай",
    "Барлық",
    "Қазақстан",
    "Қазақстанның",
    "ҚР",
    "Республиканың",
    "Сондай",
    "Сонымен",
    "Сондықтан",
}


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
