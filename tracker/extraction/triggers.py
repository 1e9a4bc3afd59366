"""The words that make a sentence a directive (spec §2), per language.

A trigger has a *kind* that says where the rest of the directive sits:

``active``   X instructed / tasked / ordered Y to do Z; поручил(а) Y сделать Z. The bodies
             follow the verb, then the task ("to ..." / "with ...ing" / an infinitive).
             Kazakh is verb-final: Y-ға Z-ды тапсырды, so bodies and task come before it.
``vague``    gave (a number of / the following) instructions (to Y); дал ряд поручений;
             set Y a number of tasks aimed at Z. A directive only when a body is named and
             a task can be read (after "aimed at" / "on", or from a leading purpose clause);
             ending in a colon it introduces a list instead.
``passive``  Y has been instructed / was tasked with ...; Y-у поручено / дано поручение;
             Y-ға тапсырылды / міндеттелді. Bodies come before.
``modal``    Y must / should / needs to / is to / shall ...; Y должен / должны / обязан ...;
             Y ... тиіс. A directive only when the subject is a body, or, with no body, when
             the clause is passive and carries a deadline ("All necessary documentation must
             be completed by November 1").
``need``     it is necessary (for Y) to ...; there is a need to ...; Y-у необходимо /
             нужно / следует / надлежит / предстоит ...; Y-ға ... қажет / керек. With no body
             it is a directive only when it carries a deadline: "it is necessary to help
             businesses ..." alone is an appeal, not an assignment.
``weak``     it is important / crucial / essential to ...: never a directive on its own
             (the gold marks such sentences optional at most), but kept so a later
             sentence can take its task ("... has been instructed to carry out the
             corresponding work").

Phrases that look like triggers but are not are left out here: "the need to" (a noun),
"should be noted", "должен был" (past), "следует отметить", "как было поручено" (a report),
participles ("тапсырған міндеттер": the tasks that were set).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ACTIVE = "active"
VAGUE = "vague"
PASSIVE = "passive"
MODAL = "modal"
NEED = "need"
WEAK = "weak"
CONTROL = "control"

I = re.IGNORECASE  # noqa: E741


@dataclass(frozen=True, slots=True)
class Trigger:
    kind: str
    start: int
    end: int
    word: str
    participle: str | None = None  # "must be completed" -> "completed"


_EN_VERBS = (
    r"instructed|tasked|ordered|charged|directed|obliged|obligated|entrusted|commissioned|"
    r"mandated|requested|asked|told|assigned"
)  # "are called on / urged to" in the passive is an appeal (to businesses, banks), not an order
_EN_STRONG = {
    "instructed",
    "tasked",
    "ordered",
    "charged",
    "directed",
    "obliged",
    "obligated",
    "entrusted",
    "commissioned",
    "mandated",
    "instructs",
    "tasks",
    "orders",
    "charges",
    "directs",
    "obliges",
    "entrusts",
    "instruct",
    "task",
    "order",
    "oblige",
    "charge",
    "direct",
}
_BE = r"(?:is|are|was|were|been|be|being)"
_ADV = r"(?:also|further|now|additionally|specifically|in\s+turn|again|once\s+again|jointly)"

_EN = [
    (
        PASSIVE,
        re.compile(
            rf"\b(?:(?:has|have|had|will|would|shall)\s+(?:{_ADV}\s+)?)?{_BE}\s+(?:{_ADV}\s+)?"
            rf"(?P<w>{_EN_VERBS})\b(?=\s*,?\s*(?:to|with)\b|\s*,)"
            r"|\b(?:(?:has|have)\s+)?(?P<w2>received|was\s+given|were\s+given)\s+(?:an?\s+|the\s+)?"
            r"(?:instructions?|tasks?|orders?|assignments?|(?:\w+\s+){1,3}(?:days?|weeks?|months?))"
            r"\b(?=\s+to\b)",
            I,
        ),
    ),
    (
        ACTIVE,
        re.compile(
            # present tenses that double as nouns ("upon requests from", "demands of") are
            # left out: news reports instructions in the past tense
            r"\b(?P<w>instructed|instructs|tasked|ordered|charged|directed|"
            r"directs|obliged|obliges|entrusted|entrusts|commissioned|mandated|urged|asked|"
            r"requested|called\s+(?:up)?on|told|demanded|insisted)\b"
            # first person in a quote: "I instruct the Ministry of Finance to ..."
            r"|\b(?:i|we)\s+(?:hereby\s+|also\s+|therefore\s+)?(?P<w2>instruct|order|task|charge|"
            r"oblige|direct)\b",
            I,
        ),
    ),
    (
        VAGUE,
        re.compile(
            r"\b(?P<w>gave|give|gives|giving|issued|issues|set|sets|assigned|assigns|outlined|"
            r"outlines|defined|identified|formulated)\s+(?:[^.,;:!?\"«»]{0,60}?\s)?"
            r"(?:instructions?|tasks?|orders?|directives?|assignments?)\b"
            r"|\b(?:instructions?|tasks?|orders?|assignments?)\s+(?:was|were|have\s+been|has\s+been)"
            r"\s+(?P<w2>given|set|issued)\b",
            I,
        ),
    ),
    (
        WEAK,
        re.compile(
            r"\bit\s+is\s+(?:also\s+|therefore\s+|now\s+|still\s+|especially\s+|particularly\s+)?"
            r"(?P<w>important|crucial|vital|essential|critical|advisable)\b"
            r"(?:\s+for\s+[^,;.]{1,150}?)?\s+to\b",
            I,
        ),
    ),
    (
        NEED,
        re.compile(
            r"\bit\s+is\s+(?:also\s+|therefore\s+|now\s+|still\s+|first\s+of\s+all\s+|thus\s+|"
            r"hence\s+|urgently\s+)?(?P<w>necessary|imperative|required|needed|essential\s+and\s+"
            r"necessary)\b(?:\s+for\s+(?P<for>[^,;.]{1,150}?))?\s+to\b"
            r"|\bthere\s+is\s+(?:also\s+)?(?:a|an)\s+(?:urgent\s+|pressing\s+|clear\s+)?"
            r"(?P<w2>need)\s+(?:for\s+(?P<for2>[^,;.]{1,150}?)\s+)?to\b",
            I,
        ),
    ),
    (
        MODAL,
        re.compile(
            r"\b(?P<w>must|should|shall|ought\s+to|"
            r"needs?\s+to|has\s+to|have\s+to|(?:is|are)\s+(?:also\s+|further\s+|then\s+)?to|"
            r"will\s+have\s+to|"
            r"(?:is|are)\s+(?:required|obliged|obligated)\s+to)"
            r"\b(?!\s+(?:not\s+)?be\s+(?:noted|said|emphasi[sz]ed|stressed|mentioned|recalled|"
            r"pointed\s+out|underlined|highlighted|remembered|borne|considered\s+as|taken\s+into))"
            r"(?!\s+have\b)",
            I,
        ),
    ),
]
_EN.insert(
    0,
    (
        CONTROL,
        re.compile(
            r"^\W*(?:the\s+)?(?:control|supervision|oversight|monitoring)\s+(?:over|of)\s+"
            r"[^.;]{3,150}?\s+(?:is|are|shall\s+be|has\s+been|have\s+been|was|were|will\s+be)"
            r"\s+(?:hereby\s+)?(?P<w>entrusted|assigned|vested|imposed|placed)\s+(?:to|on|upon|in|with)"
            r"\b",
            I,
        ),
    ),
)
_EN_PASSIVE_MODAL = re.compile(
    r"\s+(?:not\s+)?(?:also\s+)?be\s+(?P<p>\w+(?:ed|en)|done|made|built|held|paid|set|put|sent|"
    r"spent|met|kept|found|laid|sold|bought|led|begun|drawn\s+up)\b",
    I,
)

_RU = [
    (
        PASSIVE,
        re.compile(
            r"\b(?P<w>поручено|поручается|поручены|поручена|"
            r"дано\s+поручение|даны\s+поручения|дано\s+указание|даны\s+указания|"
            r"(?:соответствующее\s+|такое\s+|это\s+)?поручение\s+(?:было\s+)?дано|"
            r"поручения\s+(?:были\s+)?даны|"
            r"поставлена\s+задача|поставлены\s+задачи|вменено\s+в\s+обязанность)(?=[\s,])",
            I,
        ),
    ),
    (
        ACTIVE,
        re.compile(
            r"\b(?P<w>поручил|поручила|поручило|поручили|поручает|поручаю|поручив|поручить|обязал|"
            r"обязала|обязало|обязали|обязать|потребовал|потребовала|потребовало|призвал|призвала)"
            r"(?=[\s,:])",
            I,
        ),
    ),
    (
        VAGUE,
        re.compile(
            r"\b(?P<w>дал|дала|дали|озвучил|озвучила|поставил|поставила|обозначил|обозначила)\s+"
            r"(?:[^.,;:!?«»\"]{0,50}?\s)?(?:поручени[йяе]|задач[иау]?|указани[йяе])\b",
            I,
        ),
    ),
    (
        MODAL,
        re.compile(
            r"\b(?P<w>должен|должна|должно|должны|обязан|обязана|обязано|обязаны)\b"
            r"(?!\s+был[аио]?\b)",
            I,
        ),
    ),
    (
        NEED,
        re.compile(
            r"\b(?P<w>необходимо|нужно|надо|следует|надлежит|предстоит|требуется|важно)\b"
            r"(?!\s+(?:отметить|подчеркнуть|сказать|напомнить|признать|заметить|понимать|"
            r"констатировать|добавить|для\b))",
            I,
        ),
    ),
]
_RU.insert(
    0,
    (
        CONTROL,
        re.compile(r"^\W*контрол\w*\s+за\s+[^.;]{3,150}?\s+(?P<w>возлож\w*)\s+на\b", I),
    ),
)
_RU_WEAK_WORDS = {"важно"}

_KK = [
    (
        PASSIVE,
        re.compile(
            r"\b(?P<w>тапсырылды|тапсырма\s+берілді|тапсырмалар\s+берілді|міндеттелді|жүктелді|"
            r"тапсырылады|тапсырылсын|жүктелсін|міндеттелсін)(?=[\s,.;!?]|$)",
            I,
        ),
    ),
    (
        ACTIVE,
        re.compile(
            r"\b(?P<w>тапсырды|тапсырады|міндеттеді|жүктеді|(?:бірқатар\s+)?тапсырма(?:лар)?\s+"
            r"(?:берді|жүктеді)|нұсқау\s+берді|пәрмен\s+берді|талап\s+етті)(?=[\s,.;!?:]|$)",
            I,
        ),
    ),
    (MODAL, re.compile(r"\b(?P<w>тиіс|тиісті\s+емес|міндетті)(?=[\s,.;!?]|$)", I)),
    # a decree's third-person imperative closing the sentence: "... жоспарын бекітсін."
    (MODAL, re.compile(r"\b(?P<w>\w{2,}(?:сын|сін))(?=\s*[.;!]?\s*$)", I)),
    (NEED, re.compile(r"\b(?P<w>қажет|керек)(?=[\s,.;!?]|$)", I)),
]

_RULES = {"en": _EN, "ru": _RU, "kk": _KK}
# Cheap first look (substrings of the lower-cased sentence): a sentence without any of
# these holds no trigger. Every rule above needs one of them.
_KEYS = {
    "en": (
        "instruct",
        "task",
        "received",
        "given",
        "order",
        "charge",
        "direct",
        "oblig",
        "entrust",
        "vested",
        "imposed",
        "commission",
        "mandat",
        "request",
        "asked",
        "asks",
        "urge",
        "told",
        "tells",
        "called on",
        "called upon",
        "calls on",
        "assign",
        "demand",
        "insist",
        "must",
        "should",
        "shall",
        "ought",
        "need",
        "has to",
        "have to",
        "is to",
        "also to",
        "are to",
        "required",
        "necessary",
        "imperative",
        "important",
        "crucial",
        "vital",
        "essential",
        "critical",
        "advisable",
    ),
    "ru": (
        "поруч",
        "возлож",
        "обяза",
        "потребова",
        "призва",
        "дал",
        "дан",
        "озвучил",
        "постав",
        "обознач",
        "долж",
        "необходим",
        "нужно",
        "надо",
        "следует",
        "надлежит",
        "предстоит",
        "требуется",
        "важно",
    ),
    "kk": (
        "тапсыр",
        "міндет",
        "жүкте",
        "нұсқау",
        "пәрмен",
        "талап",
        "тиіс",
        "қажет",
        "керек",
        "сын",
        "сін",
    ),
}


def _combine(rules: list[tuple[str, re.Pattern[str]]]) -> re.Pattern[str]:
    """One scan instead of one per rule: ``(?P<k0>rule0)|(?P<k1>rule1)|...``. At one position
    the earlier rule in the table wins; the leftmost match wins across positions (so "has
    been instructed" is a passive before "instructed" can be read as active)."""
    parts = []
    for i, (_, rx) in enumerate(rules):
        body = re.sub(r"\(\?P<(\w+)>", lambda m, i=i: f"(?P<{m.group(1)}_{i}>", rx.pattern)
        parts.append(f"(?P<k{i}>{body})")
    return re.compile("|".join(parts), I)


_COMBINED = {lang: _combine(rules) for lang, rules in _RULES.items()}
# The same without IGNORECASE, run on the lower-cased sentence: about twice as fast.
_COMBINED_LOW = {lang: re.compile(rx.pattern) for lang, rx in _COMBINED.items()}


def find_triggers(sentence: str, lang: str) -> list[Trigger]:
    """Non-overlapping triggers in order of appearance."""
    keys = _KEYS.get(lang)
    if keys is None:
        return []
    low = sentence.lower()
    if not any(k in low for k in keys):
        return []
    if len(low) == len(sentence):  # lower() kept the offsets (it almost always does)
        rx, text = _COMBINED_LOW[lang], low
    else:
        rx, text = _COMBINED[lang], sentence
    rules = _RULES[lang]
    found: list[Trigger] = []
    for m in rx.finditer(text):
        i = int(m.lastgroup[1:])  # the outer group closes last
        kind = rules[i][0]
        word = (m.group(f"w_{i}") or _group(m, f"w2_{i}") or "").lower()
        participle = None
        if lang == "en" and kind == ACTIVE and _preceded_by_be(sentence, m.start()):
            continue  # the passive rule has it, or it is an adjective use
        # Checked here rather than as look-behinds, which the regex would try at every
        # position: "the need to" is a noun; "как было поручено" reports an old instruction.
        if word.startswith("need") and _NOT_MODAL_BEFORE.search(
            text, max(0, m.start() - 5), m.start()
        ):
            continue
        if (
            lang == "ru"
            and kind == PASSIVE
            and _REPORTED_BEFORE.search(text, max(0, m.start() - 12), m.start())
        ):
            continue
        if lang == "en" and kind == MODAL:
            pm = _EN_PASSIVE_MODAL.match(sentence, m.end())
            if pm:
                participle = pm.group("p")
        if lang == "ru" and kind == NEED and word in _RU_WEAK_WORDS:
            kind = WEAK
        found.append(Trigger(kind, m.start(), m.end(), word, participle))
    return found


def _group(m: re.Match[str], name: str) -> str | None:
    try:
        return m.group(name)
    except IndexError:
        return None


_NOT_MODAL_BEFORE = re.compile(r"\b(?:the|a|no|any)\s+$", I)
_REPORTED_BEFORE = re.compile(r"(?:\bкак|\bранее|\bкак\s+было)\s+$", I)
_BE_BEFORE = re.compile(rf"\b{_BE}\s+(?:{_ADV}\s+)?$", I)


def _preceded_by_be(sentence: str, pos: int) -> bool:
    return bool(_BE_BEFORE.search(sentence[max(0, pos - 40) : pos]))


def is_strong_verb(word: str) -> bool:
    return word.lower() in _EN_STRONG
