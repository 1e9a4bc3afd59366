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
from typing import NamedTuple

from tracker.extraction.keys import KeyFinder

ACTIVE = "active"
VAGUE = "vague"
PASSIVE = "passive"
MODAL = "modal"
NEED = "need"
WEAK = "weak"
CONTROL = "control"

I = re.IGNORECASE  # noqa: E741


# immutable, and built several times faster than a frozen dataclass
class Trigger(NamedTuple):
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
_ADV = (
    r"(?:also|further|now|then|later|subsequently|additionally|specifically|in\s+turn|again"
    r"|once\s+again|jointly)"
)

_EN = [
    (
        PASSIVE,
        re.compile(
            rf"\b(?:(?:has|have|had|will|would|shall)\s+(?:{_ADV}\s+)?)?{_BE}\s+(?:{_ADV}\s+)?"
            rf"(?P<w>{_EN_VERBS})\b(?=\s*,?\s*(?:not\s+)?(?:to|with)\b|\s*,)"
            r"|\b(?:(?:has|have)\s+)?(?P<w2>received|was\s+given|were\s+given|been\s+given"
            r"|(?:is|are)\s+given)\s+(?:an?\s+|the\s+)?"
            r"(?:instructions?|tasks?|orders?|assignments?|(?:\w+\s+){0,3}(?:days?|weeks?|months?))"
            r"\b(?=\s+to\b|\s+of\s+\w+ing\b)",  # "has been given the task of preparing ..."
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
            r"oblige|direct)\b"
            # a term set for the task: "gave the Government a month to submit proposals"
            r"|\b(?P<w3>gave|gives)(?=\s+[^.,;:]{1,80}?\s(?:an?|\d{1,3}|one|two|three|four|five|"
            r"six|seven|ten|fifteen)\s+(?:working\s+|business\s+)?(?:days?|weeks?|months?)\s+to\s)",
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
            # an earlier obligation recalled: "The ministry was to submit ... by March 1"
            r"(?:was|were)\s+to(?!\s+be\b)|"
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
            r"^\W*(?:\d{1,2}[.)]\s*)?(?:the\s+)?(?:control|supervision|oversight|monitoring)"
            r"\s+(?:over|of)\s+"
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
            r"\b(?P<w>поручено|поручается|поручены|поручена|предписано|предписывается|"
            r"дано\s+поручение|даны\s+поручения|дано\s+указание|даны\s+указания|"
            r"(?:соответствующее\s+|такое\s+|это\s+)?поручение\s+(?:было\s+)?дано|"
            r"поручения\s+(?:были\s+)?даны|"
            r"поставлена\s+задача|поставлены\s+задачи|вменено\s+в\s+обязанность|"
            r"возложен[аы]?\s+(?:задач[аи]|обязанност[ьи])|получил[оаи]?\s+(?:соответствующее\s+)?"
            r"поручени[ея]|"
            # "Эта работа возложена на Комитет ...": the assignee after "на"
            r"возложен[аоы]?(?=\s+на\s))(?=[\s,:])",
            I,
        ),
    ),
    (
        ACTIVE,
        re.compile(
            r"\b(?P<w>поручил|поручила|поручило|поручили|поручал|поручала|поручали|поручает|"
            r"поручаю|поручив|поручить|обязал|"
            # a chair's first-person request: "Прошу Минфин в недельный срок рассмотреть"
            r"прошу|просим|"
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
        # a decree's item may carry its number: "4. Контроль за исполнением ..."
        re.compile(
            r"^\W*(?:\d{1,2}[.)]\s*)?контрол\w*\s+за\s+[^.;]{3,150}?\s+(?P<w>возлож\w*)\s+на\b",
            I,
        ),
    ),
)
_RU_WEAK_WORDS = {"важно"}

_KK = [
    (
        PASSIVE,
        re.compile(
            r"\b(?P<w>тапсырылды|тапсырма\s+берілді|тапсырмалар\s+берілді|міндеттелді|жүктелді|"
            r"(?:міндеті?|міндеттер|тапсырма)\s+қойылды|тапсырма(?:сын)?\s+алды|"
            r"тапсырылады|тапсырылсын|жүктелсін|міндеттелсін|"
            # an earlier instruction reported: "... тапсырылғанын атап өтті"
            r"тапсырылғаны|тапсырылғанын|жүктелгені|жүктелгенін|"
            r"тапсырылған\s+болатын|жүктелген\s+болатын|"
            # a perfect closing the sentence: "... қарау тапсырылған."
            r"тапсырылған(?=[.;!]?\s*$)|жүктелген(?=[.;!]?\s*$))(?=[\s,.;:!?]|$)",
            I,
        ),
    ),
    (
        ACTIVE,
        re.compile(
            r"\b(?P<w>тапсырды|тапсырады|тапсырамын|тапсырған\s+болатын|міндеттеді|міндеттеймін|"
            r"жүктеді|жүктеймін|"
            r"міндет(?:ін|ті)\s+қойды|"
            r"(?:бірқатар\s+)?тапсырма(?:лар)?\s+"
            r"(?:берді|жүктеді)|нұсқау\s+берді|пәрмен\s+берді|талап\s+етті)(?=[\s,.;!?:]|$)",
            I,
        ),
    ),
    # "тиіспіз" / "тиістіміз": we must (an interviewed official's body)
    (
        MODAL,
        re.compile(r"\b(?P<w>тиіс(?:піз|тіміз)?|тиісті\s+емес|міндетті)(?=[\s,.;!?»”\"]|$)", I),
    ),
    # a decree's third-person imperative closing the sentence: "... жоспарын бекітсін."
    (
        MODAL,
        re.compile(
            r"\b(?P<w>\w{2,}(?:сын|сін))(?=\s*[.;!]?\s*$"
            # in a quote, before its speaker: "... ұсынсын», – деді облыс әкімі."
            r"|[.;!]?\s*[»”\"]\s*,?\s*[–—-]\s*деді\b)",
            I,
        ),
    ),
    # not "қажет болған жағдайда" / "қажет болса" (if need be)
    (NEED, re.compile(r"\b(?P<w>қажет|керек)(?=[\s,.;!?»”\"]|$)(?!\s+бол(?:ған|са|ғанда)\b)", I)),
]

_RULES = {"en": _EN, "ru": _RU, "kk": _KK}
# Cheap first look (substrings of the lower-cased sentence), one tuple per rule above, in
# the same order: a rule none of whose keys occurs cannot match and is not run. Every match
# of a rule holds one of its keys.
_RULE_KEYS = {
    "en": (
        ("control", "supervision", "oversight", "monitoring"),  # control
        (  # passive
            "instructed", "tasked", "ordered", "charged", "directed", "oblig", "entrusted",
            "commissioned", "mandated", "requested", "asked", "told", "assigned", "received",
            "given",
        ),
        (  # active
            "instruct", "task", "order", "charge", "direct", "oblig", "entrust", "gave", "gives",
            "commissioned", "mandated", "urged", "asked", "requested", "called", "told",
            "demanded", "insisted",
        ),
        ("instruction", "task", "order", "directive", "assignment"),  # vague
        ("important", "crucial", "vital", "essential", "critical", "advisable"),  # weak
        ("necessary", "imperative", "required", "needed", "essential", "need"),  # need
        (  # modal
            "must", "should", "shall", "ought", "need", "has to", "have to", "is to", "are to",
            "was to", "were to",
            "also to", "further to", "then to", "required", "oblig",
        ),
    ),
    "ru": (
        ("контрол",),  # control
        ("поруч", "указани", "поставлен", "вменено", "возложен", "предписа"),  # passive
        ("поруч", "обяза", "потребова", "призва", "прошу", "просим"),  # active
        ("поручени", "задач", "указани"),  # vague
        ("долж", "обязан"),  # modal
        (  # need
            "необходимо", "нужно", "надо", "следует", "надлежит", "предстоит", "требуется",
            "важно",
        ),
    ),
    "kk": (
        ("тапсыр", "міндеттел", "жүктел", "қойылды"),  # passive
        ("тапсыр", "міндеттеді", "жүктеді", "нұсқау", "пәрмен", "талап", "міндет"),  # active
        ("тиіс", "міндетті"),  # modal
        ("сын", "сін"),  # decree imperative
        ("қажет", "керек"),  # need
    ),
}  # fmt: skip
assert all(len(_RULE_KEYS[lang]) == len(rules) for lang, rules in _RULES.items())
_KEY_SETS = {lang: [frozenset(k) for k in keys] for lang, keys in _RULE_KEYS.items()}
_FINDERS = {
    lang: KeyFinder([k for ks in keys for k in ks]) for lang, keys in _RULE_KEYS.items()
}
# The rules without IGNORECASE, run on the lower-cased sentence: about twice as fast.
_RULES_LOW = {lang: [re.compile(rx.pattern) for _, rx in rules] for lang, rules in _RULES.items()}


def find_triggers(sentence: str, lang: str) -> list[Trigger]:
    """Non-overlapping triggers in order of appearance.

    As one scan of all rules would: the leftmost match wins, and at one position the
    earlier rule in the table (so "has been instructed" is a passive before "instructed"
    can be read as active); the scan goes on after the match. Only the rules whose keys
    occur are run, each from where the scan stands, and a rule's next match is kept until
    the scan passes it.
    """
    keys = _KEY_SETS.get(lang)
    if keys is None:
        return []
    low = sentence.lower()
    present = _FINDERS[lang].present(low)
    if not present:
        return []
    active = [i for i, rule_keys in enumerate(keys) if not present.isdisjoint(rule_keys)]
    rules = _RULES[lang]
    if len(low) == len(sentence):  # lower() kept the offsets (it almost always does)
        patterns, text = _RULES_LOW[lang], low
    else:
        patterns, text = [rx for _, rx in rules], sentence
    found: list[Trigger] = []
    nxt: dict[int, re.Match[str] | None] = {}
    pos, end = 0, len(text)
    while pos <= end:
        best: re.Match[str] | None = None
        i_best = -1
        for i in active:
            m = nxt.get(i, False)
            if m is False or (m is not None and m.start() < pos):
                m = nxt[i] = patterns[i].search(text, pos)
            if m is not None and (best is None or m.start() < best.start()):
                best, i_best = m, i
        if best is None:
            break
        m, i = best, i_best
        pos = m.end() if m.end() > m.start() else m.end() + 1
        trigger = _trigger(lang, rules[i][0], m, sentence, text)
        if trigger is not None and not (
            # "поручено до конца года обязать операторов ...": the infinitive after an
            # instruction is its task (a decree's "Поручить ...; обязать ..." keeps both)
            trigger.word in _RU_TASK_INFINITIVES
            and found
            and found[-1].word not in _RU_TASK_INFINITIVES
        ):
            found.append(trigger)
    return found


_RU_TASK_INFINITIVES = frozenset({"поручить", "обязать"})


def _trigger(lang: str, kind: str, m: re.Match[str], sentence: str, text: str) -> Trigger | None:
    word = (m.group("w") or _group(m, "w2") or _group(m, "w3") or "").lower()
    participle = None
    if lang == "en" and kind == ACTIVE and _preceded_by_be(sentence, m.start()):
        return None  # the passive rule has it, or it is an adjective use
    # Checked here rather than as look-behinds, which the regex would try at every
    # position: "the need to" is a noun; "как было поручено" reports an old instruction.
    if word.startswith("need") and _NOT_MODAL_BEFORE.search(text, max(0, m.start() - 5), m.start()):
        return None
    if (
        lang == "ru"
        and kind == PASSIVE
        and _REPORTED_BEFORE.search(text, max(0, m.start() - 12), m.start())
    ):
        return None
    if (
        lang == "en"
        and kind == PASSIVE
        and word in ("directed", "commissioned")
        and _EN_TO_NOUN.match(text, m.end())
    ):
        # "All funds are directed to the repair of roads": money spent, no order ("entrusted
        # to the Ministry" names the addressee)
        return None
    if (
        lang == "en"
        and kind == PASSIVE
        and m.group("w")
        and _COMMA_NEXT.match(text, m.end())
        and not _EN_PASSIVE_ASIDE.match(text, m.end())
        and (
            _EN_REPORT_GOES_ON.match(text, m.end())
            or not _EN_TO_VERB.search(text, m.end(), m.end() + 160)
        )
    ):
        # "14 thousand places were commissioned, however, ...", "..., which made it possible
        # to ...": a report, not "was instructed, together with X, to ..."
        return None
    done = _DONE_AFTER.get(lang)
    if (
        done is not None
        and kind in (PASSIVE, ACTIVE)
        # Kazakh reads any past passive after the comma as the report, so only after a
        # recalled "... тапсырылған болатын"
        and (lang != "kk" or "болатын" in word)
        and done.search(text, m.end())
    ):
        # "Ранее Министерству было поручено запустить платформу, эта работа завершена",
        # "... was instructed to draft the Code, and the document has been adopted",
        # "... тапсырылған болатын, бұл жұмыс толық орындалды": recalled and done
        return None
    if kind == MODAL and _RELATIVE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
        return None  # "завод, который должен быть введен к 2028 году": a noun's property
    if lang == "en" and kind == MODAL:
        pm = _EN_PASSIVE_MODAL.match(sentence, m.end())
        if pm:
            participle = pm.group("p")
    if lang == "ru" and kind == NEED and word in _RU_WEAK_WORDS:
        kind = WEAK
    return Trigger(kind, m.start(), m.end(), word, participle)


def _group(m: re.Match[str], name: str) -> str | None:
    try:
        return m.group(name)
    except IndexError:
        return None


_DONE_AFTER = {
    "ru": re.compile(
        r",\s*(?:и\s+)?(?:эта|данная|указанная|эта\s+же)\s+(?:работа|задача)\s+(?:уже\s+|была\s+|"
        r"полностью\s+)?(?:завершена|выполнена|исполнена|реализована)"
        r"|,\s*(?:и\s+)?(?:документ|закон|кодекс|план|программа)\s+(?:уже\s+|был\s+|была\s+)?"
        r"(?:принят|утвержден|утверждена|принята)",
        I,
    ),
    "en": re.compile(
        r",\s*(?:and\s+)?(?:this|the|that)\s+(?:work|task|document|law|code|plan)\s+(?:has|had|was)"
        r"\s+(?:already\s+|fully\s+)?(?:been\s+)?(?:completed|fulfilled|done|adopted|approved)",
        I,
    ),
    # a clause reporting the result: "..., бұл жұмыс толық орындалды", "..., бүгінде 18
    # мектепке жаңа қазандық орнатылды" (a past passive closing it)
    "kk": re.compile(r",[^.;:]*?(?<![\w-])[а-яәіңғүұқөһ]+(?:ылды|ілді|лды|лді|нды|нді)\b", I),
}
_RELATIVE_BEFORE = re.compile(r",\s*(?:котор\w+|which|who)\s+(?:\w+\s+)?$", I)
_COMMA_NEXT = re.compile(r"\s*,")
_EN_PASSIVE_ASIDE = re.compile(
    r"\s*,\s*(?:together|jointly|along|in\s+(?:cooperation|conjunction|collaboration)|as\s+well"
    r"|with|among\s+other|in\s+particular|first)\b",
    I,
)
_EN_TO_NOUN = re.compile(
    r"\s+to\s+(?:the|a|an|this|that|these|those|its|their|his|her|our|all|such)\s", I
)
_EN_TO_VERB = re.compile(r"\bto\s+[a-z]{3,}", I)
# "... were commissioned, which made it possible to close ...": the report goes on
_EN_REPORT_GOES_ON = re.compile(
    r"\s*,\s*(?:which|where|while|whereas|thus|thereby|allowing|making|bringing|enabling"
    r"|however)\b",
    I,
)
_NOT_MODAL_BEFORE = re.compile(r"\b(?:the|a|no|any)\s+$", I)
_REPORTED_BEFORE = re.compile(r"(?:\bкак|\bранее|\bкак\s+было)\s+$", I)
_BE_BEFORE = re.compile(rf"\b{_BE}\s+(?:{_ADV}\s+)?$", I)


def _preceded_by_be(sentence: str, pos: int) -> bool:
    return bool(_BE_BEFORE.search(sentence[max(0, pos - 40) : pos]))


def is_strong_verb(word: str) -> bool:
    return word.lower() in _EN_STRONG
