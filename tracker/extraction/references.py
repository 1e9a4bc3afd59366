"""Bodies a sentence names without their names: resolved from the rest of the article.

A reader of a news article knows who is meant when the text does not say the name again:

* a body named by its kind alone ("the city akimat", "the ministry", "the holding", "the
  national company", "Министерству", "акимату области", "министрлікке") is the last body of
  that kind the article named before (or its title names); "the regional akimat" may also
  be the akimat of the region the article spoke of last ("Special attention was paid to
  Aktobe region ... The regional akimat was instructed ...");
* "the minister" / "аким" is the official the article introduced with a title;
* "instructed us", "our ministry", "поручил нам", "бізге тапсырды" in an interview or a
  quote is the body of the official who speaks (the one the article introduces first);
* an instruction with no addressee in the readout of an audience ("The President received
  the Minister of Energy ... instructed to complete the CHP plants") goes to the body of the
  official received;
* "Minister Kossanov" alone is the body of the official introduced as "Defense Minister
  Dauren Kossanov".

The functions take the article state of ``directives`` (``_Article``): its sentences,
title, language, registry and the per-article caches kept there.
"""

from __future__ import annotations

import re

from tracker.extraction import slots as sl
from tracker.extraction.bodies import BodyMention, find_bodies, find_places
from tracker.extraction.fastre import Lowered
from tracker.extraction.issuer_context import paragraph_speaker
from tracker.extraction.issuers import DEPUTY_PM, PRESIDENT, PRIME_MINISTER
from tracker.extraction.sentences import Sentence

#: Longer "sentences" are not prose (a table, a broken split): never read for references.
MAX_SENTENCE = 3000
#: Distinct names looked up per article to resolve "Minister Kossanov" to a body.
MAX_NAME_LOOKUPS = 16
I = re.IGNORECASE  # noqa: E741


def bodies_of(art, sent: str) -> list[BodyMention]:
    """find_bodies, sorted, and never raising: a bug in the finder must not take the
    article down."""
    try:
        found = find_bodies(sent, art.lang, art.registry)
    except Exception:
        return []
    return sorted(found, key=lambda b: (b.start, -b.end))


# A body named by its kind alone: singular forms only ("akimats" / "акиматам" are the group).
_REFERENCE = {
    "en": re.compile(
        r"\b(?:the|this|that)\s+(?:(?:new|newly[\s-]appointed|current|incumbent)\s+)?"
        r"(?P<q>(?:city|regional|region's|oblast|capital's|city's|district)\s+)?"
        r"(?P<k>akimat|akim|ministry|minister|agency|committee|fund|holding|(?:national\s+)?company"
        r"|head\s+of\s+the\s+(?:region|oblast))\b",
        I,
    ),
    "ru": re.compile(
        r"(?<![\w-])(?P<k>министерств(?:о|а|у|ом|е)|министр(?:а|у|ом)?|акимат(?:а|у|ом|е)?|"
        r"аким(?:а|у|ом)?|агентств(?:о|а|у|ом|е)|фонд(?:а|у|ом|е)?|холдинг(?:а|у|ом|е)?|"
        r"(?:национальн(?:ая|ой|ую|ою)\s+)?компани(?:я|и|ю|ей)|комитет(?:у|а|ом)?|"
        r"ведомств(?:о|а|у|ом)|"
        r"глав(?:а|е|у|ой|ы)\s+(?:региона|области))(?![\w-])",
        I,
    ),
    "kk": re.compile(
        r"(?<![\w-])(?P<k>министрлі(?:к|гі|кке|гіне|ктің|гінің)|министр(?:ге|і|іне)?|"
        r"әкімдік(?:ке|і|іне|тің)?|әкімдіг(?:і|іне|інің)|әкім(?:і|іне|ге)?|агенттік(?:ке|і|іне)?|"
        # the Russian loan: "Ведомствоға ... жүктелді", "ведомствоның бөлімшелеріне"
        r"ведомство(?:ға|ның|сы|сына)?|"
        r"холдинг(?:і|ке|іне|тің|інің)?|ұлттық\s+компания(?:сы|ға|сына|ның|сының)?|"
        r"(?:өңір|облыс)\s+басшы(?:сы|сына|сының)?|комитет(?:ке|і|іне|тің)?)(?![\w-])",
        I,
    ),
}
_REFERENCE = {lang: Lowered(rx) for lang, rx in _REFERENCE.items()}  # see fastre
_REFERENCE_KIND = (
    # the head of a region is its akim: "Главе региона поручено", "өңір басшысына"
    ("head of the", "akimat"),
    ("глав", "akimat"),
    ("өңір басшы", "akimat"),
    ("облыс басшы", "akimat"),
    ("akim", "akimat"),
    ("аким", "akimat"),
    ("әкім", "akimat"),
    ("minist", "ministry"),
    ("минист", "ministry"),
    ("agency", "agency"),
    ("агентств", "agency"),
    ("агенттік", "agency"),
    ("committee", "committee"),
    ("комитет", "committee"),
    ("fund", "fund"),
    ("фонд", "fund"),
    ("holding", "holding"),
    ("холдинг", "holding"),
    ("ведомств", "ministry"),
    ("компани", "company"),
    ("national", "company"),
    ("company", "company"),
    ("национальн", "company"),
    ("ұлттық", "company"),
)
_PERSON_WORDS = (
    "minister", "министр", "akim", "аким", "әкім", "head of the", "глав", "өңір басшы",
    "облыс басшы",
)
_BODY_WORDS = ("akimat", "акимат", "әкімдік", "министрлі")
# What the words around "akimat" say it is: a region's or a city's.
_REGION_AFTER = re.compile(r"\s+(?:област|регион|of\s+the\s+(?:region|oblast)\b)", I)
_CITY_AFTER = re.compile(r"\s+(?:город|столиц)", I)
_KK_REGION_BEFORE = re.compile(r"облыс(?:тық)?\s+$", I)
_KK_CITY_BEFORE = re.compile(r"қала(?:лық)?\s+$", I)


_REGION_WORD = re.compile(r"region|oblast|регион|област|өңір|облыс")


def _reference_kind(word: str) -> str | None:
    w = word.lower()
    return next((kind for prefix, kind in _REFERENCE_KIND if w.startswith(prefix)), None)


def _akimat_level(text: str, m: re.Match[str]) -> str | None:
    """"region" / "city" when the words say which akimat is meant, else None."""
    q = (m.groupdict().get("q") or "").lower()
    if q:
        return "city" if q.startswith(("city", "capital")) else "region"
    after = text[m.end("k") : m.end("k") + 20]
    before = text[max(0, m.start("k") - 12) : m.start("k")]
    if _REGION_AFTER.match(after) or _KK_REGION_BEFORE.search(before):
        return "region"
    if _CITY_AFTER.match(after) or _KK_CITY_BEFORE.search(before):
        return "city"
    return None


def with_references(art, s: Sentence, bodies: list[BodyMention]) -> list[BodyMention]:
    """``bodies`` with the bodies the sentence names by their kind alone or in the first
    person added, resolved from the article (see the module's docstring). Unresolved, the
    words are left alone (an unknown body mention of the finder stays as it was)."""
    rx = _REFERENCE.get(art.lang)
    if rx is None:
        return bodies
    text = s.text
    out = list(bodies)
    for m in rx.finditer(text):
        k = m.group("k").lower()
        kind = _reference_kind(k)
        covered = [b for b in bodies if b.start <= m.start("k") < b.end]
        if any(
            (b.canonical and not (kind == "company" and b.canonical == "national companies"))
            or b.end > sl.word_end(text, m.end("k"))
            for b in covered
        ):
            continue  # part of a name, known or not: "Ministry of Energy", "Ministry of Sports"
        # "the minister" / "аким": the official the article introduced, then any body
        person = k.startswith(_PERSON_WORDS) and not k.startswith(_BODY_WORDS)
        level = _akimat_level(text, m) if kind == "akimat" else None
        if kind == "akimat" and _REGION_WORD.search(k):
            level = "region"
        found = None
        if kind and not person:  # named earlier in the same sentence: "KTZ shall ..., and
            # the dry port shall be built by the national company" (not a co-executor:
            # "Together with the Science Committee, the committee must ...")
            coexec = sl.coexec_spans(text, art.lang, bodies) if bodies else []
            found = next(
                (
                    b.canonical
                    for b in reversed(bodies)
                    if b.end <= m.start()
                    and not sl.inside(b.start, coexec)
                    and _of_kind(art, b, kind, person=False, level=level)
                ),
                None,
            )
        if kind == "akimat" and (m.groupdict().get("q") or "").lower().startswith("district"):
            found = "akimats"  # "the district akimat": one of the local executive bodies
        if kind == "akimat" and found is None and art.lang == "en":
            place = _OF_PLACE.match(text, m.end("k"))
            if place and not any(b.start >= m.end("k") and b.start <= place.end() for b in bodies):
                # "the akim of Temirtau": a town or district the registry does not hold is
                # one of the local executive bodies, not the region spoken of
                found = "akimats"
        if kind and person and found is None:
            found = last_named(art, s.index, kind, person=True)
        if kind and found is None:
            found = last_named(art, s.index, kind, level=level)
        if found is None:
            continue
        out = [b for b in out if b not in covered]
        out.append(BodyMention(m.group(0), m.start(), m.end("k"), found, kind))
    own = _FIRST_PERSON.get(art.lang)
    if own is not None and own.search(text):
        # the Prime Minister (or a deputy) quoted saying "поручил нам" speaks for the
        # Government; anyone else for the body of the official the article gives the floor
        who = paragraph_speaker(art, s)
        body = "Government" if who in (PRIME_MINISTER, DEPUTY_PM) else speaker_body(art)
        if body is not None:
            for m in own.finditer(text):
                g = next(n for n in ("k", "k2", "k3", "k4") if m.groupdict().get(n))
                if not any(b.start <= m.start(g) < b.end for b in out):
                    out.append(BodyMention(m.group(g), m.start(g), m.end(g), body, "own"))
    for b in [*first_person_modal(art, s), *akimat_departments(art, s)]:
        if not any(o.start <= b.start < o.end or b.start <= o.start < b.end for o in out):
            out.append(b)
    return sorted(out, key=lambda b: (b.start, -b.end))


# --------------------------------------------------------------------------- departments

# A department of an akimat acts for the akimat: "облыстық денсаулық сақтау басқармасына",
# "управлению энергетики области", "the regional health department". The plural (every
# region's department: "облыстық денсаулық сақтау басқармаларына", "управлениям
# образования") is the akimats, a district's too; one regional department is the akimat of
# the region the article speaks of. The Russian and English words need a level word
# ("области", "regional") near them: "управление" alone is also "management".
# a department's field and place, in the genitive: "энергетики и ЖКХ", "городов Караганды,
# Темиртау и Балхаша"
_RU_FIELD_WORD = (
    r"(?:и|(?-i:[А-ЯЁ]{2,6})|[А-ЯЁ]?[а-яё-]+(?:ии|ия|ий|ей|ства|ки|ты|ов|ого|его|ых|их|ог|ок|ы|а|я|у))"
    r"(?![\w-])"
)
_DEPARTMENT = {
    "kk": re.compile(r"(?<![\w-])(?P<k>басқарма(?P<pl>лар)?[а-яәіңғүұқөһ]*)(?![\w-])", I),
    "ru": re.compile(
        # its heads act for it: "руководителям управлений здравоохранения областей"
        r"(?<![\w-])(?P<head>(?:руководител|начальник)\w*\s+)?"
        r"(?:(?P<lvl>областн\w+|городск\w+|районн\w+)\s+)?"
        r"(?P<k>управлени(?:(?P<pl>ям|ями|ях|й)|е|ю|я|ем)|отдел(?:(?P<pl2>ам|ами|ах|ов)|у|ом|е)?)"
        r"(?![\w-])"
        # its field and its level: "управлению энергетики и ЖКХ области"
        rf"(?P<tail>(?:,?\s+{_RU_FIELD_WORD}){{0,5}}?\s+(?P<lvl2>област(?:и|ей)|района|районов"
        rf"|города)|(?:,?\s+{_RU_FIELD_WORD}){{0,6}})",
        I,
    ),
    "en": re.compile(
        r"\b(?P<lvl>regional|oblast|district|city)\s+(?:[a-z-]+\s+){0,3}?"
        r"(?P<k>department(?P<pl>s)?)\b(?!\s+of\s+(?:the\s+)?(?:ministry|committee))"
        # its field: "the regional department of energy and housing"
        r"(?P<tail>(?:\s+(?:of|for)(?:\s+(?!(?:was|were|is|are|has|have|must|should|will"
        r"|shall|to)\b)[a-z-]+){1,6})?)",
        I,
    ),
}
_DEPARTMENT_KEY = {"kk": ("басқарма",), "ru": ("управлени", "отдел"), "en": ("department",)}
_DISTRICT = re.compile(r"аудан|район|district", I)
_OF_PLACE = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w-]+")
# what may stand before a department opening its sentence: "Также управлению ... поручено"
_RU_OPENING = re.compile(
    r"[\s–—•-]*(?:(?:также|кроме\s+того|при\s+этом|в\s+свою\s+очередь)[\s,]+)?", I
)
# after an instruction word, or as a co-executor ("совместно с управлением строительства")
_RU_INSTRUCTED_BEFORE = re.compile(r"(?:поруч|обяза)\w*\s+$|(?:совместно|вместе)\s+с\s+$", I)
# the capitalised field of a Kazakh department, back to a clause boundary
_KK_FIELD_BEFORE = re.compile(
    r"(?<![\w-])(?P<f>[А-ЯӘІҢҒҮҰҚӨҺ][\w-]*(?:\s+[а-яәіңғүұқөһ][\w-]*){0,5})\s+$"
)
_KK_NOT_FIELD = frozenset(
    {"Сонымен", "Сондай-ақ", "Сол", "Бұл", "Осы", "Ал", "Және", "Министр", "Қала", "Облыс",
     "Аудан", "Әкім", "Премьер-Министр", "Кеңес", "Мемлекет", "Үкімет"}
)
_CITY_LEVEL = re.compile(r"city|городск|город|қала", I)
_REGION_LEVEL = re.compile(r"regional|oblast|областн|област|облыс", I)


def akimat_departments(art, s: Sentence) -> list[BodyMention]:
    rx = _DEPARTMENT.get(art.lang)
    low = s.text.lower()
    if rx is None or not any(k in low for k in _DEPARTMENT_KEY[art.lang]):
        return []
    out = []
    for m in rx.finditer(s.text):
        groups = m.groupdict()
        lvl = groups.get("lvl") or groups.get("lvl2") or ""
        plural = bool(m.group("pl") or groups.get("pl2"))
        opens = bool(
            _RU_OPENING.fullmatch(s.text, 0, m.start("k"))
            or _RU_INSTRUCTED_BEFORE.search(s.text, max(0, m.start("k") - 25), m.start("k"))
        )
        if art.lang != "kk" and not lvl and not (art.lang == "ru" and (plural or opens)):
            # "управление" is also "management": a level word, the plural or the dative at the
            # sentence's start ("Управлению энергетики поручено") says it is a department
            continue
        if art.lang == "kk":  # "облыстық", "ауданның" stand a few words before
            lvl = s.text[max(0, m.start() - 60) : m.start()]
        plural = plural or lvl.lower().endswith(("ей", "ов"))
        if plural or _DISTRICT.search(lvl):
            found = "akimats"
        else:
            # the level the words name, else the akimat the article spoke of last
            level = (
                "region" if _REGION_LEVEL.search(lvl)
                else "city" if _CITY_LEVEL.search(lvl)
                else None
            )
            found = last_named(art, s.index + 1, "akimat", level=level)
        if found is not None:
            start = m.start("k")
            if art.lang == "kk":  # its field before it: "Энергетика және сумен жабдықтау"
                field = _KK_FIELD_BEFORE.search(s.text, max(0, start - 80), start)
                if field and field.group("f").split()[0] not in _KK_NOT_FIELD:
                    start = field.start("f")
            if art.lang == "ru":
                start = min(m.start(g) for g in ("head", "lvl", "k") if groups.get(g))
            end = max(m.end("k"), m.end("tail") if groups.get("tail") else 0)
            out.append(BodyMention(s.text[start:end], start, end, found, "akimat"))
    return out


def last_named(
    art, index: int, kind: str, *, person: bool = False, level: str | None = None
) -> str | None:
    """The canonical name of the last body of ``kind`` named before sentence ``index``
    (the title counts as the start of the article); with ``person``, only an official's
    title counts ("Education Minister Gani Beisembayev" -> Ministry of Education). An
    akimat of the ``level`` asked ("region" / "city") may also be a place the article named
    ("Aktobe region")."""
    for i in [*range(index - 1, -1, -1), -1]:
        for b in reversed(named(art, i, places=kind == "akimat" and level is not None)):
            if _of_kind(art, b, kind, person=person, level=level):
                return b.canonical
    return None


def _of_kind(art, b: BodyMention, kind: str, *, person: bool, level: str | None) -> bool:
    if person and b.kind != "person":
        return False
    c = b.canonical or ""
    if kind == "akimat":
        return c.startswith("Akimat of") and (
            level is None or c.endswith(" region") == (level == "region")
        )
    if kind == "ministry":
        return c.startswith("Ministry of")
    if kind in ("agency", "fund", "committee"):
        # "Chairman of the Competition Protection Agency" names the agency as a person's
        return b.kind == kind or (b.kind == "person" and _registry_kind(art, c) == kind)
    if kind == "company":
        return b.kind == "national_company" or (
            b.kind == "person" and _registry_kind(art, c) == "national_company"
        )
    if kind == "holding":
        return bool(c) and _is_holding(art, c)
    return False


def named(art, i: int, *, places: bool = False) -> list[BodyMention]:
    """The bodies (and with ``places`` the regions and cities) sentence ``i`` names; -1 is
    the title. Cached per article: each sentence goes through the body finder once however
    many rules ask."""
    if i not in art.named_bodies:
        text = art.title if i == -1 else art.sentences[i].text
        art.named_bodies[i] = bodies_of(art, text) if len(text) <= MAX_SENTENCE else []
    if not places:
        return art.named_bodies[i]
    key = (i, "places")
    if key not in art.named_bodies:
        text = art.title if i == -1 else art.sentences[i].text
        found = find_places(text, art.lang, art.registry) if len(text) <= MAX_SENTENCE else []
        art.named_bodies[key] = sorted(
            [*art.named_bodies[i], *found], key=lambda b: (b.start, -b.end)
        )
    return art.named_bodies[key]


def _registry_kind(art, canonical: str) -> str | None:
    rec = art.registry.get(canonical) if canonical else None
    return rec.kind if rec is not None else None


def _is_holding(art, canonical: str) -> bool:
    rec = art.registry.get(canonical)
    return rec is not None and any(
        "holding" in n.lower() or "холдинг" in n.lower() for n in rec.all_names()
    )


# --------------------------------------------------------------------------- first person

# "instructed us", "our ministry", "поручил нам", "нашему министерству", "бізге тапсырды",
# "министрлігімізге": the speaker's own body.
_FIRST_PERSON = {
    "en": re.compile(
        r"\b(?:instructed|tasked|ordered|charged|obliged|asked|directed)\s+(?P<k>us)\b"
        r"|\b(?P<k2>our\s+(?:ministry|agency|committee|akimat|company|fund|holding|department))\b"
        r"|\b(?P<k3>we)\s+(?:have\s+been|were|are)\s+(?:instructed|tasked|charged|obliged)\b",
        I,
    ),
    "ru": re.compile(
        r"(?<![\w-])(?:поруч\w+|обяза\w+|поставил\w*\s+перед)\s+(?P<k>нами?)(?![\w-])"
        r"|(?<![\w-])(?P<k2>нашему\s+(?:министерству|ведомству|агентству|комитету|акимату))"
        r"|(?<![\w-])(?P<k3>нам)\s+(?:\w+\s+)?поручено"
        r"|(?<![\w-])(?:совместно|вместе)\s+с\s+(?P<k4>нами)(?![\w-])",
        I,
    ),
    "kk": re.compile(
        r"(?<![\w-])(?P<k>бізге|министрлігімізге|агенттігімізге|комитетімізге)(?![\w-])", I
    ),
}
_FIRST_PERSON = {lang: Lowered(rx) for lang, rx in _FIRST_PERSON.items()}  # see fastre
# "we must / мы должны / нам необходимо" in an interview: the interviewed official's body
# is bound, as with "we have been instructed" (a head of government's "we" is not: it is
# a general call, and the readout names who does what)
_FIRST_PERSON_MODAL = {
    "en": re.compile(
        r"\b(?P<k>we)\s+(?:also\s+)?(?:must|need\s+to|have\s+to|are\s+to)\b(?P<k2>)", I
    ),
    "ru": re.compile(
        r"(?<![\w-])(?P<k>мы)\s+(?:также\s+)?должны(?![\w-])"
        r"|(?<![\w-])(?P<k2>нам)\s+(?:\w+\s+){0,4}?(?:необходимо|нужно|следует|предстоит)(?![\w-])",
        I,
    ),
}


_FIRST_PERSON_MODAL["kk"] = re.compile(
    r"(?<![\w-])(?P<k>біз|бізге)(?![\w-])(?=[^.]*\b(?:тиіспіз|тиістіміз|"
    r"\w+(?:уымыз|уіміз|ымыз|іміз)\s+(?:қажет|керек))(?![\w-]))(?P<k2>)"
    # the verbal noun alone says "we": "... моншаларды жөндеуіміз қажет"
    r"|^(?P<k3>)(?![^.]*(?<![\w-])біз(?:ге)?(?![\w-]))"
    r"(?=[^.]*(?<![\w-])\w+(?:уымыз|уіміз)\s+(?:қажет|керек)(?![\w-]))",
    I,
)


_QUOTED = re.compile(r"^\s*[«“\"„]|[»”\"]\s*,?\s*(?:[–—-]\s*)?(?:\w+\s+){0,4}?"
                     r"(?:said|noted|stressed|added|деді|деп|сказал\w*|отметил\w*|подчеркнул\w*)"
                     r"(?![\w-])", I)
_DIALOGUE_LINE = re.compile(r"^\s*[–—-]\s")


_INTERVIEW_WORDS = re.compile(r"interview|интервью|сұхбат|Q&A|answered\s+questions", I)


def _is_interview(art) -> bool:
    """An interview by its title or opening sentence, or by its dash-led questions."""
    head = art.title + " " + " ".join(x.text for x in art.sentences[:2])
    return bool(_INTERVIEW_WORDS.search(head)) or _first_question(art) < len(art.sentences)


def _first_question(art) -> int:
    """Index of the article's first dash-led question ("– How is gasification going?"), or
    the sentence count when it has none; found once per article."""
    if art.first_question is None:
        art.first_question = next(
            (
                x.index
                for x in art.sentences
                if x.text.rstrip().endswith("?") and _DIALOGUE_LINE.match(x.text)
            ),
            len(art.sentences),
        )
    return art.first_question


def interview_answer(art, s: Sentence) -> bool:
    """Whether ``s`` is in a dash-led line of a question-and-answer interview: a dash-led
    question came before it (Russian readouts also set quoted speech off by a dash)."""
    for x in art.sentences[s.index :: -1]:
        if x.paragraph != s.paragraph:
            return False
        if x.index == 0 or art.sentences[x.index - 1].paragraph != x.paragraph:
            if not _DIALOGUE_LINE.match(x.text):
                return False
            break
    return _first_question(art) < s.index


def first_person_modal(art, s: Sentence) -> list[BodyMention]:
    """The "we" of an obligation an interviewed official states, as their body's mention."""
    rx = _FIRST_PERSON_MODAL.get(art.lang)
    if rx is None or not rx.search(s.text):
        return []
    if not interview_answer(art, s) and (
        _QUOTED.search(s.text)
        or paragraph_speaker(art, s) in (PRESIDENT, PRIME_MINISTER, DEPUTY_PM)
        or not _is_interview(art)
    ):
        # a quotation in a readout ('"We must ...," the akim said', "«Біз ... керек», –
        # деді") is the speaker's own resolve; an interview's answers are their body's tasks
        return []
    body = speaker_body(art)
    if body is None:
        return []
    out = []
    for m in rx.finditer(s.text):
        g = "k" if m.group("k") else "k3" if m.groupdict().get("k3") is not None else "k2"
        out.append(BodyMention(m.group(g), m.start(g), m.end(g), body, "own"))
    return out


def speaker_body(art) -> str | None:
    """The body of the official the article gives the floor to: the first official named
    with a title in the title or the opening sentences ("In an interview, Minister of Labor
    Svetlana Zhakupova ...", "Председатель Комитета миграционной службы ...")."""
    if art.own_body is not None:
        return art.own_body or None
    found = ""
    for i in (-1, 0, 1):
        if i >= len(art.sentences):
            break
        person = [b for b in named(art, i) if b.kind == "person" and b.canonical]
        if person:
            found = person[0].canonical
            break
    art.own_body = found
    return found or None


# --------------------------------------------------------------------------- audiences

_RECEIVED = {
    "en": re.compile(r"\b(?:received|receives|receiving|met\s+with|meets\s+with)\b", I),
    "ru": re.compile(r"(?<![\w-])(?:принял|принимает|провел\s+встречу\s+с|встретился\s+с)", I),
    "kk": re.compile(r"(?<![\w-])(?:қабылдады|қабылдап|кездесті)", I),
}


def received_body(art) -> str | None:
    """The body of the official received in the readout of an audience ("Head of State
    receives Minister of Industry and Construction", "Глава государства принял акима
    Туркестанской области", "Ауыл шаруашылығы министрін қабылдады"), else None."""
    if art.received is not None:
        return art.received or None
    found = ""
    rx = _RECEIVED.get(art.lang)
    for i in (-1, 0):
        if rx is None or i >= len(art.sentences):
            break
        text = art.title if i == -1 else art.sentences[i].text
        m = rx.search(text)
        if m is None:
            continue
        people = [b for b in named(art, i) if b.kind == "person" and b.canonical]
        if art.lang == "kk":  # "<official>-ды қабылдады": the object stands before the verb
            people = [b for b in people if b.end <= m.start()][-1:]
        else:
            people = [b for b in people if b.start >= m.end()][:1]
        if people:
            found = people[0].canonical
            break
    art.received = found
    return found or None


# --------------------------------------------------------------------------- names

_NAME = re.compile(r"\b([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі'-]{3,})\b")
_NOT_NAMES = frozenset(
    re.split(
        r"\s+",
        "Minister Ministry Deputy Head State President Prime Government Chairman Akim The This "
        "These Kazakhstan Kazakh Republic Agency Committee National Министр Министерство",
    )
)


def person_by_name(art, region: str) -> list[str]:
    """'set Minister Kossanov a number of tasks' -> the body of the official named earlier in
    the article with a title ("Defense Minister Dauren Kossanov" -> Ministry of Defense)."""
    for name in _NAME.findall(region):
        if name in _NOT_NAMES:
            continue
        stem = name[:6]
        if art.persons is None:
            art.persons = {}
        if stem not in art.persons:
            if len(art.persons) >= MAX_NAME_LOOKUPS:
                return []  # each lookup reads the article: bound the work on odd input
            art.persons[stem] = _titled_person(art, stem)
        found = art.persons[stem]
        if found is not None and found.canonical:
            return [found.canonical]
    return []


def _titled_person(art, stem: str) -> BodyMention | None:
    """The official's title standing before a name starting with ``stem``, searched only in
    the sentences that hold the name."""
    for s in art.sentences:
        if stem not in s.text or len(s.text) > MAX_SENTENCE:
            continue
        for b in named(art, s.index):
            if b.kind == "person" and b.canonical and stem in s.text[b.end : b.end + 40]:
                return b
    return None
