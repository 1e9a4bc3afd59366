"""Who gave a directive: the issuer's role (spec §3 ``issuer``).

An issuer is named by office or by name: *President*, *Head of State*, *Kassym-Jomart
Tokayev*, *Глава государства*, *Мемлекет басшысы* -> ``President``; *Prime Minister*,
*Olzhas Bektenov*, *Премьер-министр* -> ``Prime Minister``; *Deputy Prime Minister*,
*Вице-премьер* and the deputies' names -> ``Deputy Prime Minister``; *the Government* when
it is the one instructing -> ``Government``. Longer phrases win over the ones inside them
("Deputy Prime Minister" over "Prime Minister").

When the sentence does not name one, the directive takes the article's context (see
``IssuerContext``): the speaker of the quote the sentence belongs to, else the last issuer
named in an earlier sentence of the article, else the chair of the meeting the article
reports (from the title and the opening sentences).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from tracker.extraction.fastre import Led

PRESIDENT = "President"
PRIME_MINISTER = "Prime Minister"
DEPUTY_PM = "Deputy Prime Minister"
GOVERNMENT = "Government"

# Names of the deputy prime ministers of 2024-2025 (surname stems cover case endings).
_DEPUTY_NAMES_EN = r"(?:Roman\s+)?Sklyar|(?:Serik\s+)?Zhumangarin|(?:Kanat\s+)?Bozumbayev|(?:Tamara\s+)?Duissenova|(?:Tamara\s+)?Duisenova|(?:Yermek\s+)?Kosherbayev|(?:Aida\s+)?Balayeva|(?:Zhaslan\s+)?Madiyev"  # noqa: E501
_DEPUTY_NAMES_RU = r"(?:Роман\w*\s+)?Скляр\w*|(?:Серик\w*\s+)?Жумангарин\w*|(?:Канат\w*\s+)?Бозумбаев\w*|(?:Тамар\w*\s+)?Дуйсенов\w*|(?:Ермек\w*\s+)?Кошербаев\w*|(?:Аид\w*\s+)?Балаев\w*|(?:Жаслан\w*\s+)?Мадиев\w*"  # noqa: E501
_DEPUTY_NAMES_KK = r"(?:Роман\s+)?Скляр\w*|(?:Серік\s+)?Жұманғарин\w*|(?:Қанат\s+)?Бозымбаев\w*|(?:Тамара\s+)?Дүйсенов\w*|(?:Ермек\s+)?Көшербаев\w*|(?:Аида\s+)?Балаев\w*|(?:Жаслан\s+)?Мәдиев\w*"  # noqa: E501

_PATTERNS: dict[str, list[tuple[str, str]]] = {
    "en": [
        (r"(?:First\s+)?(?:Deputy|Vice)[\s-]+(?:Prime\s+Minister|Premier)", DEPUTY_PM),
        (_DEPUTY_NAMES_EN, DEPUTY_PM),
        (
            r"Prime\s+Minister|Premier|Head\s+of\s+(?:the\s+)?Government|(?:Olzhas\s+)?Bektenov",
            PRIME_MINISTER,
        ),
        (
            r"President|Head\s+of\s+(?:the\s+)?State|(?:Kassym-Jomart\s+)?Tokayev|Supreme\s+Commander",
            PRESIDENT,
        ),
    ],
    "ru": [
        (r"(?:Первы\w+\s+)?(?:Вице-премьер\w*|Заместител\w+\s+Премьер-[Мм]инистра)", DEPUTY_PM),
        (_DEPUTY_NAMES_RU, DEPUTY_PM),
        (
            r"Премьер-[Мм]инистр\w*|Премьер\w*|Глав\w+\s+Правительства|(?:Олжас\w*\s+)?Бектенов\w*",
            PRIME_MINISTER,
        ),
        (r"Президент\w*|Глав\w+\s+государства|(?:Касым-Жомарт\w*\s+)?Токаев\w*", PRESIDENT),
    ],
    "kk": [
        (
            r"(?:Бірінші\s+)?Вице-премьер\w*|Премьер-[Мм]инистрдің\s+(?:бірінші\s+)?орынбасары\w*",
            DEPUTY_PM,
        ),
        (_DEPUTY_NAMES_KK, DEPUTY_PM),
        (r"Премьер-[Мм]инистр\w*|Үкімет\s+басшысы\w*|(?:Олжас\s+)?Бектенов\w*", PRIME_MINISTER),
        (r"Президент\w*|Мемлекет\s+басшысы\w*|(?:Қасым-Жомарт\s+)?Тоқаев\w*", PRESIDENT),
    ],
}
# Searched only at the capitals an issuer phrase starts with (see ``fastre``): tried at
# every position, the alternatives cost more than the rest of a sentence's reading.
_COMPILED = {
    lang: Led(re.compile("|".join(f"(?P<r{i}>\\b(?:{p})\\b)" for i, (p, _) in enumerate(pats))))
    for lang, pats in _PATTERNS.items()
}
_ROLES = {lang: [role for _, role in pats] for lang, pats in _PATTERNS.items()}

# The Government as the one instructing ("The Government instructed ...", "Правительство
# поручило ..."); elsewhere "Government" is a body or a meeting, not an issuer.
_GOVERNMENT = {
    "en": re.compile(r"\b(?:the\s+)?Government\s+(?:has\s+)?(?:instructed|ordered|tasked|obliged)"),
    "ru": re.compile(r"\bПравительство\s+(?:поручило|обязало)"),
    "kk": re.compile(r"\bҮкімет\s+(?:тапсырды|міндеттеді)"),
}

# Chair of the meeting an article reports.
_CHAIR = {
    "en": re.compile(
        r"(?P<verb>(?P<by>chaired\s+by)|\b(?:chaired|held|convened|conducted)\s+(?:a|an|the)\b)"
    ),
    "ru": re.compile(
        r"(?P<verb>(?P<by>под\s+председательством)|\b(?:провел\w*|провёл\w*)\s+"
        r"(?:совещание|заседание|встречу))"
    ),
    "kk": re.compile(r"(?P<verb>(?P<by>$^)|төрағалығымен|(?:кеңес|отырыс|жиналыс)\w*\s+өткізді)"),
}
# A quote closes and its speaker follows: '...," Olzhas Bektenov noted.' / '», — отметил ...'
_QUOTE_SPEAKER = {
    "en": re.compile(
        r"[,.!?]?[\"”»]\s*,?\s+(?P<who>.{0,80})$|,\s+(?P<who2>[^,]{2,80}?)\s+(?:said|noted|"
        r"stressed|emphasi[sz]ed|added|instructed|stated|underlined|pointed\s+out|concluded|"
        r"highlighted|urged)\s*[.!]?\s*$"
    ),
    "ru": re.compile(r"(?:[,.!?]?[\"”»]\s*,?\s*|,\s*)[-–—]\s*(?P<who>.{0,80})$"),
    "kk": re.compile(r"(?:[,.!?]?[\"”»]\s*,?\s*|,\s*)[-–—]\s*(?P<who>.{0,80})$"),
}


# immutable, and built several times faster than a frozen dataclass
class IssuerMention(NamedTuple):
    role: str
    start: int
    end: int


# Every issuer pattern holds one of these (lower-cased): a cheap test before the regex.
_KEYS = {
    "en": (
        "president",
        "prime",
        "premier",
        "head of",
        "tokayev",
        "bektenov",
        "deputy",
        "vice",
        "commander",
        "sklyar",
        "zhumangarin",
        "bozumbayev",
        "duisenova",
        "duissenova",
        "kosherbayev",
        "balayeva",
        "madiyev",
    ),
    "ru": (
        "президент",
        "премьер",
        "глав",
        "токаев",
        "бектенов",
        "вице",
        "заместител",
        "скляр",
        "жумангарин",
        "бозумбаев",
        "дуйсенов",
        "кошербаев",
        "балаев",
        "мадиев",
    ),
    "kk": (
        "президент",
        "премьер",
        "басшы",
        "тоқаев",
        "бектенов",
        "вице",
        "орынбасар",
        "үкімет басшы",
        "скляр",
        "жұманғарин",
        "бозымбаев",
        "дүйсенов",
        "көшербаев",
        "балаев",
        "мәдиев",
    ),
}


_GOV_KEY = {"en": "government", "ru": "правительство", "kk": "үкімет"}


def find_issuers(sentence: str, lang: str) -> list[IssuerMention]:
    """Issuer phrases in a sentence, in order, without overlaps."""
    rx = _COMPILED.get(lang)
    if rx is None:
        return []
    low = sentence.lower()
    out = []
    if any(k in low for k in _KEYS[lang]):
        roles = _ROLES[lang]
        for m in rx.finditer(sentence):
            idx = int(m.lastgroup[1:]) if m.lastgroup else 0
            out.append(IssuerMention(roles[idx], m.start(), m.end()))
    gov = _GOVERNMENT[lang].search(sentence) if _GOV_KEY[lang] in low else None
    if gov and not any(i.start <= gov.start() < i.end for i in out):
        out.append(IssuerMention(GOVERNMENT, gov.start(), gov.start() + len("Government")))
        out.sort(key=lambda i: i.start)
    return out


def first_issuer(sentence: str, lang: str) -> str | None:
    """The role of the first issuer phrase of a sentence (cheaper than find_issuers)."""
    rx = _COMPILED.get(lang)
    if rx is None:
        return None
    low = sentence.lower()
    m = rx.search(sentence) if any(k in low for k in _KEYS[lang]) else None
    gov = _GOVERNMENT[lang].search(sentence) if _GOV_KEY[lang] in low else None
    if m and (gov is None or m.start() <= gov.start()):
        return _ROLES[lang][int(m.lastgroup[1:])] if m.lastgroup else None
    return GOVERNMENT if gov else None


def issuer_in(text: str, lang: str) -> str | None:
    found = find_issuers(text, lang)
    return found[0].role if found else None


def chair_of(title: str, opening: list[str], lang: str) -> str | None:
    """The official chairing the meeting the article reports, if it says so early."""
    rx = _CHAIR.get(lang)
    if rx is None:
        return None
    for text in (*opening, title):
        for m in rx.finditer(text):
            a, b = m.span("verb")
            # "chaired by <who>" names the chair after the verb, "<who> held a" before it
            who = issuer_in(text[b : b + 60], lang) if m.group("by") else None
            who = who or issuer_in(text[max(0, a - 80) : a], lang)
            if who:
                return who
    return issuer_in(title, lang)


def quote_speaker(sentence: str, lang: str) -> str | None:
    """The speaker named after a closing quote at the end of ``sentence``, if any."""
    rx = _QUOTE_SPEAKER.get(lang)
    if rx is None:
        return None
    m = rx.search(sentence[-120:])
    if m is None:
        return None
    return issuer_in(m.group("who") or m.groupdict().get("who2") or "", lang)
