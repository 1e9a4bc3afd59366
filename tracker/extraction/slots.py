"""Where the parts of a directive stand in its sentence, per language.

Pure functions over one sentence, its body mentions (``find_bodies``) and its deadline
mentions (``find_deadlines``), used by ``directives``:

* ``subject_run``: the bodies right before a verb, with only connectors between them
  ("The Ministries of Trade and Finance, together with interested agencies, must"); none
  when a preposition precedes them ("construction of centers in Shymkent must");
* ``run_after``: the same after a position ("demanded that the akimats take");
* ``coexec_spans``: "together with X and Y" / "совместно с X" / "X-пен бірлесіп", the
  marker with its bodies (co-executors);
* ``en_task_marker`` / ``ru_infinitive``: where the task starts after an instruction verb
  ("to"/"with" + verb in English, the first infinitive in Russian);
* clause helpers: where a clause starts or ends, and the unknown plural actor that
  ``find_bodies`` may leave ("the technical and financial operators must").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tracker.extraction.bodies import BodyMention
from tracker.extraction.deadlines import DeadlineMention
from tracker.extraction.fastre import Lowered
from tracker.extraction.triggers import VAGUE, Trigger

I = re.IGNORECASE  # noqa: E741


COEXEC = {
    "en": re.compile(
        r"\b(?:together|jointly|in\s+(?:close\s+)?(?:cooperation|conjunction|collaboration|"
        r"coordination|partnership)|along)\s+with\b|\bwith\s+the\s+(?:participation|"
        r"involvement|assistance|support)\s+of\b|\bwith\b(?=\s+(?:the\s+)?(?:interested|other|"
        r"relevant|concerned)\b)",
        I,
    ),
    "ru": re.compile(
        r"\b(?:совместно|вместе)\s+со?\b|\bпри\s+участии\b|\bс\s+участием\b|"
        r"\bво\s+взаимодействии\s+со?\b|\bв\s+сотрудничестве\s+со?\b",
        I,
    ),
    "kk": re.compile(r"\b(?:бірлесіп|бірлесе\s+отырып|бірге|қатысуымен)\b", I),
}
COEXEC = {lang: Lowered(rx) for lang, rx in COEXEC.items()}  # see fastre
# What may stand between two bodies of one assignee run, or between the run and its verb.


CONNECTOR = {
    "en": re.compile(
        r"^(?:[\s,\"'“”«»()]|\b(?:and|as\s+well\s+as|also|the|together|jointly|with|along|in|"
        r"cooperation|conjunction|collaboration|coordination|participation|involvement|of|"
        r"all|other|its|their|respectively|both|relevant|interested|each|each\s+of|"
        r"accordingly|in\s+turn|for\s+(?:its|their)\s+part|now|further|however|therefore|then|"
        r"well|regions?|cities|city|northern|southern|western|eastern|central|border|nor|"
        r"neighbou?ring|"
        r"oblasts?|districts?|jsc|llp|nc|the\s+company|company|fund|holding)\b)*$",
        I,
    ),
    "ru": re.compile(
        r"^(?:[\s,\"'“”«»()–—-]|\b(?:и|а\s+также|также|совместно|вместе|со?|при|участии|"
        r"участием|во|взаимодействии|всем|всех|всеми|каждому|соответственно|в\s+свою\s+"
        r"очередь|же|тоже|ещё|еще|в\s+частности|кроме\s+того|при\s+этом|однако|было|были|"
        r"была|АО|ТОО|НАК|НК|АҚ|фонд\w*|компани\w*|холдинг\w*|корпораци\w*|национальн\w*|"
        r"акционерн\w*\s+обществ\w*|"
        # the country after a body's name: "Министерству энергетики РК (Казахстана)"
        r"РК|Республики\s+Казахстан|Казахстана|"
        # how often or how the task is done, before its infinitive: "МВД – ежедневно
        # информировать", "акиматам ежемесячно представлять", "Прошу акимов лично"
        r"ежедневно|еженедельно|ежемесячно|ежеквартально|регулярно|постоянно|лично|"
        r"со\s+своей\s+стороны|"
        # a territorial unit's area: "Департаменту государственных доходов по городу Алматы"
        r"по\s+(?:области|району|региону|городу(?:\s+[А-ЯЁ][\w-]+)?)|"
        r"оперативно|незамедлительно|немедленно|срочно|"
        # where akimats are: "Акиматам приграничных областей", "Районным акиматам города";
        # where a body's unit is: "Департаменту полиции Алматинской области", "акиматам
        # Сарыагашского и Мактааральского районов"
        r"(?:[а-яё-]+(?:ых|их|ской|цкой|ского|цкого)\s+(?:и\s+)?)*"
        r"(?:областей|регионов|районов|городов|города|области|района))"
        r"\b)*$",
        I,
    ),
    "kk": re.compile(
        r"^(?:[\s,\"'“”«»()–—-]|\b(?:және|мен|пен|бен|менен|бірлесіп|бірге|барлық|тиісті|"
        r"сондай-ақ|сонымен\s+қатар|өз\s+кезегінде|АҚ|ҰК|ЖШС|қор\w*|компания\w*|ұлттық|орталы\w*|"
        r"холдинг\w*)\b)*$",
        I,
    ),
}


NAME_TAIL = re.compile(r"^\s*(?:(?:and|of|for|the|&)\s+|[A-Z][\w'-]*,?\s+){1,6}$")

PREPOSITION_BEFORE = {
    "en": re.compile(
        r"\b(?:of|in|for|at|to|by|from|on|under|about|into|within|across|"
        r"over|than|between|among|through|via|per)\s*$|['’]s\s*$",
        I,
    ),
    "ru": re.compile(
        r"\b(?:в|во|на|для|по|от|из|с|со|к|ко|у|при|о|об|за|под|над|между|"
        r"через|до|после)\s*$",
        I,
    ),
    "kk": re.compile(r"$^"),
}


EN_TASK_MARKER = Lowered(
    re.compile(
        r"\b(?P<m>to|with|aimed\s+at|on|regarding|concerning|related\s+to|in\s+the\s+field\s+of)"
        r"\s+(?P<w>[\w\"«“-]+)",
        I,
    )
)


EN_DETERMINERS = {
    "the",
    "a",
    "an",
    "all",
    "its",
    "their",
    "this",
    "these",
    "those",
    "his",
    "her",
    "each",
    "every",
    "our",
    "such",
    "relevant",
    "interested",
    "other",
}


RU_INF = re.compile(r"\b[а-яё]+(?:ть|ться|ти|тись|чь|чься)\b", I)


RU_NOT_INF = re.compile(
    r"(?:ость|ости|асть|асти|есть|ести\b(?<=вести)|сеть|сети|часть|части|путь|пути|нефть|"
    r"печать|дцать|десять|девять|пять|шесть|треть|суть|мать|дети|ртуть|кровать|знать|"
    r"сть|ети|ати)$"
)


RU_INF_OK = re.compile(r"(?:ить|ать|ять|еть|уть|ыть|оть|ють|ться|тись|чь|чься|ести|зти|йти|сти)$")


KK_DATIVE = re.compile(r"(?:ға|ге|қа|ке|на|не|а|е|ғa)$")


KK_GENITIVE = re.compile(r"(?:ның|нің|дың|дің|тың|тің)$")
KK_ACCUSATIVE = re.compile(r"(?:ны|ні|ды|ді|ты|ті|ын|ін)$")
# A body that the next word makes part of the task: "мемлекеттік органдарға арналған
# платформа" (meant for), "корпорациясы арқылы" (through), "... үшін" (for)
KK_NOT_ADDRESSEE_AFTER = re.compile(r"\s+(?:арналған|арқылы|үшін|қатысты|туралы)(?![\w-])", I)


KK_COMITATIVE = re.compile(r"(?:мен|пен|бен|менен|пенен|бенен)$")


RU_DATIVE = re.compile(r"(?:у|ю|ам|ям|ому|ему)$")


ORG_HEADS = re.compile(
    r"(?:operators|agencies|bodies|authorities|ministries|akimats|departments|committees|"
    r"companies|organi[sz]ations|institutions|enterprises|holdings|centers|centres|"
    r"universities|banks|funds|administrations|offices|executives|municipalities|"
    r"commissions|councils|inspectorates|subsidiaries|regions|operator|agency|ministry|akimat|"
    r"госорганы|ведомства|акиматы|министерства|операторы|органы|компании|организации)$",
    I,
)
# Someone's opinion, not an assignment: "Experts believe the Government should ...".


def word_end(text: str, pos: int) -> int:
    while pos < len(text) and (text[pos].isalnum() or text[pos] in "-'’"):
        pos += 1
    return pos


def inside(pos: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def mask(text: str, spans: Sequence[tuple[int, int]], lo: int, hi: int) -> str:
    """text[lo:hi] with the given spans blanked out (offsets kept)."""
    out = text[lo:hi]
    for a, b in spans:
        a, b = max(a, lo), min(b, hi)
        if a < b:
            out = out[: a - lo] + " " * (b - a) + out[b - lo :]
    return out


_KK_BRANCH = re.compile(r"(?<![\w-])(?:филиал|бөлімше|өңірлік\s+филиал)[а-яәіңғүұқөһ]*", I)


def coexec_spans(sent: str, lang: str, bodies: list[BodyMention]) -> list[tuple[int, int]]:
    """Spans covering "together with X and Y" (the marker and the bodies after it)."""
    spans = []
    rx = COEXEC[lang]
    if lang == "kk":
        # "X-мен бірлесіп": the bodies before the marker; the word right before it carries
        # the comitative suffix, maybe after quotes and a legal form ("«ҚТЖ» ҰК» АҚ-мен").
        for m in rx.finditer(sent):
            before = [b for b in bodies if b.end <= m.start()]
            head = sent[: m.start()].rstrip()
            if not before or not KK_COMITATIVE.search(head):
                continue
            last = before[-1]
            gap = KK_COMITATIVE.sub("", sent[last.end : len(head)])
            gap = _KK_BRANCH.sub(" ", gap)  # "«Қазсушар» РМК филиалымен": its branch
            if not CONNECTOR["kk"].match(gap.replace("-", " ")):
                continue
            first = last
            for b in reversed(before[:-1]):  # "X және Y-мен": coordinated, sharing the suffix
                gap = sent[word_end(sent, b.end) : first.start]
                if re.search(r"және|мен|пен|бен|,", gap) and CONNECTOR["kk"].match(gap):
                    first = b
                else:
                    break
            spans.append((first.start, m.end()))
        return spans
    for m in rx.finditer(sent):
        end = m.end()
        # "Together with X, the Agency must ...": a leading phrase ends at its comma
        leading = not re.search(r"\w", sent[: m.start()])
        for b in bodies:
            if b.start < m.end():
                continue
            gap = _UNITS_OF.sub(" ", sent[end : b.start])
            if leading and end > m.end() and "," in gap:
                break
            if lang == "ru" and end > m.end() and RU_DATIVE.search(b.text.split()[0].lower()):
                break  # "Совместно с Минтрудом Министерству ... поручено": the addressee
            if end > m.end() and b.kind == "own":
                break  # "together with QazaqGaz we must ...": "we" is the subject
            if CONNECTOR[lang].match(gap) and len(gap) < 40:
                end = max(end, b.end)
            elif b.start > end:
                break
        spans.append((m.start(), end))
    return spans


# "jointly with the territorial divisions of the Ministry", "совместно с территориальными
# подразделениями Министерства": the units of a body work for it
_UNITS_OF = re.compile(
    r"\b(?:the\s+)?(?:territorial|regional|local)\s+(?:divisions?|departments?|bodies|units?"
    r"|branch(?:es)?|offices?)\s+of\b|(?<![\w-])территориальн\w+\s+(?:подразделени|орган)\w*",
    I,
)


OTHER_MEMBER = {
    "en": re.compile(
        r"^\s*,?\s*(?:as\s+well\s+as|and)\s+(?:other|all)\s+(?:\w+\s+){0,2}\w+"
        r"\s*(?:\([^)]{0,40}\))?\s*,?\s*$",
        I,
    ),
    "ru": re.compile(
        r"^\s*,?\s*(?:а\s+также|и)\s+(?:ины\w*|други\w*|всем)\s+(?:\w+\s+){0,2}"
        r"\w+\s*(?:\([^)]{0,40}\))?\s*,?\s*$",
        I,
    ),
    "kk": re.compile(r"$^"),
}
# ", которые не выполняют план по инвестициям," / ", which lag behind the schedule,"
# a relative clause or an apposition set off by commas: ", which ...,", ", as the operator
# of the project,", ", в качестве оператора проекта,"
RELATIVE = Lowered(
    re.compile(
        r",\s*(?:котор\w+|чь[ия]\w*|где|which|who|whose|where|as\s+(?:the|a|an)|в\s+качестве)\b"
        r"[^,;:.]*,",
        I,
    )
)


_THE_BEFORE = re.compile(r"(?:\bthe\s*|[\"«“]\s*)$", I)


_RU_OFFICIAL_TITLE = re.compile(r"(?:вице-)?(?:министр|аким|глав|председател|руководител)", I)
_RU_PERSON_NAME = re.compile(r"\s*(?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s*){1,3}")


def _ru_named_official(title: str, gap: str) -> bool:
    """Whether ``gap`` is the name of the official ``title`` names: capitalised words only."""
    return bool(_RU_OFFICIAL_TITLE.match(title) and _RU_PERSON_NAME.fullmatch(gap))


def subject_run(
    sent: str,
    lang: str,
    pos: int,
    lo: int,
    bodies: list[BodyMention],
    deadlines: list[DeadlineMention],
    issuer_spans: list[tuple[int, int]],
) -> list[BodyMention]:
    """Bodies standing right before ``pos`` with only connectors between them. A relative
    clause set off by commas ("Акиматам трёх областей, которые не выполняют план, поручено")
    stands aside: its words neither break the run nor give it bodies."""
    relative = [m.span() for m in RELATIVE.finditer(sent, lo, pos)] if "," in sent[lo:pos] else []
    dl_spans = [(d.start, d.end) for d in deadlines] + relative
    cands = [
        b
        for b in bodies
        if lo <= b.start
        and b.end <= pos
        and not any(a <= b.start and b.end <= e for a, e in issuer_spans)
        and not inside(b.start, relative)
    ]
    run: list[BodyMention] = []
    right = pos
    for b in reversed(cands):
        if run and b.end > run[-1].start and (b.start < run[-1].start or b.end <= run[-1].end):
            run.append(b)  # overlapping (coordinated plural): same slot
            continue
        if (
            lang == "ru"
            and _RU_INSTRUMENTAL.search(b.text.split()[0])
            and not _RU_WITH_BEFORE.search(sent, max(0, b.start - 40), b.start)
            and not _RU_WITH_LIST.search(sent, max(0, b.start - 160), b.start)
        ):
            break  # "Министерством экологии нам поручено": who instructed, not who does
        gap_end = right
        gap_start = word_end(sent, b.end)
        gap = mask(sent, dl_spans, gap_start, gap_end) if gap_start < gap_end else ""
        # the rest of a name the finder cut short ("Ministry of Sports| and Youth Affairs")
        name_tail = not run and lang == "en" and NAME_TAIL.match(gap)
        # "центральным и местным органам, а также иным организациям (по согласованию)
        # поручено": a last member that is no body of ours does not cut the run off
        other = not run and OTHER_MEMBER[lang].match(gap)
        # "Министру энергетики Аккенженову поручено": an official's name after the title
        person = not run and lang == "ru" and _ru_named_official(b.text, gap)
        if not CONNECTOR[lang].match(gap) and not name_tail and not other and not person:
            break
        run.append(b)
        right = min(right, b.start)
    run.sort(key=lambda b: b.start)
    # A body after a preposition is no subject, unless it is a branch's ("the branch of
    # Kazpost") or a co-executor's ("Совместно с Минтрудом Министерству ... поручено":
    # split_roles files that one, the addressee after it stays). Only the run's head can
    # stand after one; the members after a comma may still be the subject ("According to
    # the instruction of the Government, we must ...").
    while run and _after_preposition(sent, lang, run[0]):
        if len(run) == 1 or "," not in sent[run[0].end : run[1].start]:
            return []
        run.pop(0)
    return run


def _after_preposition(sent: str, lang: str, b: BodyMention) -> bool:
    before = _THE_BEFORE.sub("", sent[max(0, b.start - 30) : b.start])
    return bool(
        PREPOSITION_BEFORE[lang].search(before)
        and not _BRANCH_OF.search(before)
        and not _COEXEC_BEFORE[lang].search(before)
    )


_RU_INSTRUMENTAL = re.compile(r"(?:ом|ем|ами|ями)$", I)
# "с / совместно с / перед [центральными] X-ами": a co-executor or an addressee
# "совместно с Национальным банком и Агентством ...": a later member of the co-executors
_RU_WITH_LIST = re.compile(r"(?:совместно|вместе)\s+со?\s[^.;:]*(?:\sи|,)\s*$", I)
_RU_WITH_BEFORE = re.compile(
    r"(?:^|\s)(?:со?|совместно\s+со?|вместе\s+со?|перед)(?:\s+[а-яё]+(?:ыми|ими|ым|им|ой|ей))*\s*$",
    I,
)
_COEXEC_BEFORE = {
    "en": re.compile(r"\b(?:together|jointly|along)\s+with\s*$", I),
    "ru": re.compile(r"\b(?:совместно|вместе)\s+со?\s*$", I),
    "kk": re.compile(r"$^"),
}
# "The regional branch of Kazpost is to ...", "Heads of central government agencies were
# given a week to ...": the branch or the heads act for the body
_BRANCH_OF = re.compile(
    r"\b(?:branch(?:es)?|office|offices|subsidiary|subsidiaries|division|heads?|chiefs?"
    r"|leadership|management)\s+of\s*$",
    I,
)
_EN_NOT_BEFORE = re.compile(r"\bnot\s+$", I)


_WITH_TASK_VERBS = frozenset(
    {"tasked", "charged", "entrusted", "tasks", "charges", "task", "charge"}
)  # "tasked X with doing", "I task the akims with ensuring"


def en_task_marker(sent: str, t: Trigger, bodies: list[BodyMention]) -> tuple[int, int] | None:
    spans = [(b.start, b.end) for b in bodies]
    for m in EN_TASK_MARKER.finditer(sent, t.end):
        if inside(m.start(), spans):
            continue
        word = m.group("m").lower()
        nxt = m.group("w")
        if inside(m.start("w"), spans):
            continue
        if word == "to":
            if nxt.lower() in EN_DETERMINERS or nxt[:1].isupper() or nxt[:1] in '"«“':
                continue
            neg = _EN_NOT_BEFORE.search(sent, max(0, m.start() - 5), m.start())
            if neg:  # "instructed the akimats not to allow ...": the task keeps its "not"
                return neg.start(), neg.start()
            return m.start(), m.end("m")
        if word == "with":
            if t.word in _WITH_TASK_VERBS and (
                re.search(
                    r"(?:together|jointly|along|cooperation|conjunction)\s*$", sent[: m.start()], I
                )
                is None
            ):
                return m.start(), m.end("m")
            continue
        if t.kind == VAGUE:
            return m.start(), m.end("m")
    return None


_RU_NOT_BEFORE = re.compile(r"(?<![\w-])не\s+$", I)


def ru_infinitive(sent: str, pos: int, bodies: list[BodyMention]) -> tuple[int, int] | None:
    spans = [(b.start, b.end) for b in bodies]
    for m in RU_INF.finditer(sent, pos):
        w = m.group(0).lower()
        if inside(m.start(), spans) or (RU_NOT_INF.search(w) and not RU_INF_OK.search(w)):
            continue
        if w.endswith(("сти", "ети", "ати")) and not w.endswith(("ести", "зти", "йти")):
            continue
        neg = _RU_NOT_BEFORE.search(sent, max(0, m.start() - 4), m.start())
        start = neg.start() if neg else m.start()  # "не допустить роста цен" keeps its "не"
        return start, start
    return None


def first_stop(sent: str, pos: int) -> int:
    m = re.compile(r"[.;:!?]").search(sent, pos)
    return m.start() if m else len(sent)


CLAUSE_SEP = re.compile(r"[;:]\s+|,\s+(?:and|but|while|whereas|а|но|и)\s+|\.\s+")


def clause_start_before(sent: str, pos: int, lo: int) -> int:
    ends = [m.end() for m in CLAUSE_SEP.finditer(sent, lo, pos)]
    return ends[-1] if ends else lo


def clause_text(sent: str, lo: int, pos: int) -> str:
    return sent[clause_start_before(sent, pos, lo) : pos]


def clause_boundary(sent: str, after: int, before: int, lang: str) -> int:
    """Where the clause holding ``before`` starts, looking back no further than ``after``."""
    seg = sent[after:before]
    last = None
    for m in re.finditer(
        r"\s*(?:[;]|,?\s+(?:and|while|whereas|but)\b|,\s+(?:а|но|и)\b|"
        r"\s+(?:а|и|және)\s+|,)\s*",
        seg,
    ):
        last = m
    return after + last.start() if last else before


def group_subject(sent: str, lo: int, pos: int) -> list[str]:
    """An unknown plural actor as subject: "the technical and financial operators must"."""
    clause = clause_text(sent, lo, pos).strip(" ,")
    clause = re.sub(
        r"^(?:then|also|in\s+addition|at\s+the\s+same\s+time|in\s+turn|"
        r"therefore|thus|so|now|further(?:more)?|moreover)\b,?\s*",
        "",
        clause,
        flags=I,
    )
    clause = re.sub(r"^(?:the|all|these|those)\s+", "", clause, flags=I).strip()
    if not clause or len(clause.split()) > 6 or not ORG_HEADS.search(clause):
        return []
    if re.search(r"\b(?:we|i|you|they|it|he|she|this|that|which|who)\b", clause, I):
        return []
    return [clause.lower()]


_KK_NAME_TAIL = re.compile(
    r"[»”\"]*(?:\s+(?:ұлттық|АҚ|ҰК|ЖШС|РМК|КЕАҚ|ШЖҚ|МКК|(?:компания|холдинг|корпорация|қор|орталы)\w*"
    # the body's branch stands for it: "«Қазсушар» РМК облыстық филиалына"
    r"|(?:(?:облыстық|облысы|өңірлік|аумақтық|қалалық|аудандық)\s+)?филиал\w*"
    # "министрлік алдына ... міндетін қойды": the postposition carries the dative
    r"|алдына)"
    # an abbreviation takes its case ending after a hyphen: "АҚ-ға", "ҰК-на"
    r"(?:-[а-яәғқңөұүһі]{1,5})?(?![\w-]))+"
)


def kk_name_end(sent: str, pos: int) -> int:
    """End of a Kazakh body name with the words after it that belong to it: the close of its
    quotes and "ұлттық компаниясы", "АҚ", "холдингі" (the case ending sits on the last)."""
    pos = word_end(sent, pos)
    m = _KK_NAME_TAIL.match(sent, pos)
    return m.end() if m else pos


def coexec_end(spans: list[tuple[int, int]], pos: int) -> int:
    return max((b for a, b in spans if a <= pos < b), default=pos)


def run_after(
    sent: str, lang: str, pos: int, bodies: list[BodyMention], deadlines: list[DeadlineMention]
) -> tuple[list[BodyMention], int]:
    """Bodies standing right after ``pos`` with only connectors between them, and where the
    run ends (``pos`` itself when there is none)."""
    run = []
    dl_spans = [(d.start, d.end) for d in deadlines]
    for b in bodies:
        if b.start < pos:
            continue
        gap = mask(sent, dl_spans, pos, b.start)
        if not (CONNECTOR[lang].match(gap) or b.start - pos <= 1):
            break
        run.append(b)
        pos = word_end(sent, b.end)
    return run, pos
