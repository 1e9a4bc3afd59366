"""Which deadline goes to which frame of a sentence, and one frame split in several when
the sentence coordinates assignments ('... the Ministry of Energy to X, and akimats to Y'),
or tasks with their own deadlines ('... X by D1 and Y by D2').
"""

from __future__ import annotations

import itertools
import re

from tracker.extraction import slots as sl
from tracker.extraction import tasks as tk
from tracker.extraction.bodies import BodyMention
from tracker.extraction.deadlines import DeadlineMention
from tracker.extraction.frames import Article, Frame, split_roles
from tracker.extraction.triggers import CONTROL, VAGUE

_HORIZON = re.compile(
    r"(?:balance|plan|strategy|program(?:me)?|concept|forecast|roadmap|баланс\w*|план\w*"
    r"|стратеги\w*|программ\w*|концепци\w*|прогноз\w*)"
    # what it is of: "прогноз социально-экономического развития до 2030 года"
    r"(?:\s+(?!(?:to|for|в|на|к|и|and)\b)[\w-]+){0,3}\s*$",
    re.IGNORECASE,
)
_YEAR_ONLY = re.compile(r"\D*\d{4}\D*$")


_RELATIVE_START = re.compile(r",\s*(?:котор\w+|which|who|whose)\b[^,;]*$", re.IGNORECASE)


def _in_relative(sent: str, d: DeadlineMention) -> bool:
    return bool(_RELATIVE_START.search(sent, max(0, d.start - 120), d.start))


def _is_horizon(sent: str, d: DeadlineMention) -> bool:
    """A bare year right after a planning document: how far the document looks, not when
    it is due ("an updated forecast energy balance until 2035")."""
    return bool(
        d.granularity == "year"
        and _YEAR_ONLY.match(d.text)
        and _HORIZON.search(sent, max(0, d.start - 80), d.start)
    )


def assign_deadlines(frames: list[Frame], deadlines: list[DeadlineMention], sent: str) -> None:
    """Give each frame the deadline of its clause; one before the first clause (a leading
    "By the end of the year, ..." or purpose clause) goes to the first frame."""
    if not frames or not deadlines:
        return
    taken: set[int] = set()
    led: set[int] = set()  # frames given the deadline leading their clause
    for prev, f in itertools.pairwise(frames):
        # "..., and by February 1, the ministry is to submit ...": a deadline leading the
        # next clause is that clause's, and the clause before ends at the "and"
        for k, d in enumerate(deadlines):
            if prev.task_start <= d.start and d.end <= f.clause_start:
                before = _CLAUSE_JOIN.search(sent, prev.task_start, d.start)
                if before and _ONLY_COMMA.fullmatch(sent, d.end, f.clause_start):
                    f.deadline = d
                    taken.add(k)
                    led.add(id(f))
                    prev.task_end = min(prev.task_end, before.start())
    first = frames[0]
    front = _fronted(sent, first, deadlines, taken)
    if front is not None:
        # "- within a week, the Ministry is to submit a schedule of the projects in 2026":
        # the deadline put before the clause is its deadline, not a date inside the task
        first.deadline = deadlines[front]
        taken.add(front)
        led.add(id(first))
    # a vague lead-in ("gave a number of instructions: the Ministry must ... by D") reads
    # from the sentence's start: the frames with a clause of their own choose first
    for f in sorted(frames, key=lambda f: f.trigger.kind == VAGUE):
        if id(f) in led:
            continue
        lo = f.clause_start if f.trigger.kind != VAGUE else 0
        inside = [
            k
            for k, d in enumerate(deadlines)
            if k not in taken
            and lo <= d.start
            and d.end <= max(f.task_end, f.task_start)
            and not _when_ordered(f, d)
        ]
        if not inside:
            continue
        # a dated one before a vague one ("к отопительному сезону до 15 сентября"); then
        # the one in the task region, else the one nearest the trigger; a document's horizon
        # ("a forecast balance until 2035 ... within a month") only when nothing else is dated
        dated = [k for k in inside if deadlines[k].date is not None]
        inside = dated or inside
        inside = [k for k in inside if not _is_horizon(sent, deadlines[k])] or inside
        # "... до 1 сентября предусмотреть финансирование завода, который должен быть введен
        # к 2028 году": a relative clause dates its own noun, not the task
        inside = [k for k in inside if not _in_relative(sent, deadlines[k])] or inside
        in_task = [k for k in inside if deadlines[k].start >= f.task_start]
        # Russian puts the deadline between the verb and the infinitive ("поручено до конца
        # недели проверить субсидии, выданные в 2025 году"): that one is the task's
        between = [
            k
            for k in inside
            if f.trigger.end <= deadlines[k].start and deadlines[k].end <= f.task_start
        ]
        k = between[0] if between and f.task_start > f.trigger.end else (
            in_task[0] if in_task else inside[-1]
        )
        f.deadline = deadlines[k]
        taken.add(k)
    last = frames[-1]
    if last.deadline is None:
        # "... тапсырылсын (мерзімі – 2026 жылғы 15 қаңтар)", "..., орындау мерзімі – ...":
        # a term tag after the verb dates the clause before it
        tail = [
            k
            for k, d in enumerate(deadlines)
            if k not in taken
            and d.start >= last.trigger.end
            and (
                _TERM_TAG.match(d.text)
                or _TERM_BEFORE.search(sent, max(0, d.start - 30), d.start)
            )
        ]
        if tail:
            last.deadline = deadlines[tail[0]]
            taken.add(tail[0])
    if first.deadline is None:
        lead = [
            k
            for k, d in enumerate(deadlines)
            if k not in taken and d.end <= first.clause_start and not _when_ordered(first, d)
        ]
        if lead:
            first.deadline = deadlines[lead[0]]


_TERM_TAG = re.compile(r"(?:орындау\s+)?мерзімі|срок|deadline", re.IGNORECASE)
_TERM_BEFORE = re.compile(r"(?:мерзімі|срок|deadline)\s*[:–—-]\s*$", re.IGNORECASE)
_PAST_ORDER = frozenset(
    {"поручил", "поручила", "поручали", "поручал", "поручала", "instructed", "ordered", "tasked"}
)


def _when_ordered(f: Frame, d: DeadlineMention) -> bool:
    """ "в декабре Премьер-министр поручил всем госорганам ...", "In September, the President
    instructed ...": a month before a past instruction verb is when the order was given."""
    return (
        d.end <= f.trigger.start
        and f.trigger.word.lower() in _PAST_ORDER
        and d.text.lower().startswith(("в ", "во ", "in "))
    )


def _fronted(
    sent: str, f: Frame, deadlines: list[DeadlineMention], taken: set[int]
) -> int | None:
    """The dated deadline the sentence (or list item) opens with, right before the clause
    of ``f``: "Within a week, the Ministry ...", "- до 1 мая Минфину ..."."""
    for k, d in enumerate(deadlines):
        if (
            k not in taken
            and d.date is not None
            and not _when_ordered(f, d)
            and d.end <= f.clause_start
            and _OPENING.fullmatch(sent, 0, d.start)
            and _COMMA_THE.fullmatch(sent, d.end, f.clause_start)
        ):
            return k
    return None


_COMMA_THE = re.compile(r"[\s,]*(?:the\s+)?", re.I)
_OPENING = re.compile(r"[\s\-–—•*·\d.)]*(?:(?:also|in\s+addition|также|кроме\s+того)[\s,]+)?", re.I)
_CLAUSE_JOIN = re.compile(r"\s*,?\s+(?:and|while|whereas|а|и|ал)\s*,?\s*$", re.IGNORECASE)
_ONLY_COMMA = re.compile(r"[\s,]*")
_COORD_SEP = re.compile(
    r",\s+(?:and\s+|as\s+well\s+as\s+|while\s+|а\s+также\s+|а\s+|и\s+)?|;\s+(?:and\s+)?|\s+and,?\s+|"
    r"\s+и\s+"
)
_TO_VERB = re.compile(  # "and to keep Y", not "to China and to the EU"
    r"[\s,]*to\s+(?!(?:the|a|an|all|its|their|this|these|those|each|every|other)\b)[a-z]"
)
# an infinitive, perhaps after an adverb: "полностью запустить", "а уже в мае – утвердить"
_RU_INF_NEXT = re.compile(
    r"[\s,–—-]*(?:(?:уже|затем|потом|сразу)[\s,–—-]+)?"
    r"(?P<task>(?:[а-яё]+(?:но|ко|ью|ло)\s+)?[а-яё]+(?:ть|ться|ти|чь)\b)"
)
_WORD = re.compile(r"\w")
_RU_OBJECT_THEN_INF = re.compile(
    r"\s*(?P<task>(?:[\w«»\"-]+\s+){1,8}?[а-яё]+(?:ть|ти|чь)\b)[\s.;,]*$"
)
_EN_BACK_OBJECT = re.compile(r"[\s,]*(?:to\s+)?[a-z]+\s+(?:it|them)\b")


def split_coordinated(
    art: Article,
    sent: str,
    f: Frame,
    bodies: list[BodyMention],
    deadlines: list[DeadlineMention],
    coexec_spans: list[tuple[int, int]],
) -> list[Frame]:
    """'... the Ministry of Energy to X, and akimats to Y' / '... X by D1 and Y by D2'."""
    lang = art.lang
    if f.intro or f.task_start >= f.task_end:
        return [f]
    respectively = _split_respectively(sent, f, deadlines)
    if respectively:
        return respectively
    if lang == "kk":
        return _split_kk(sent, f, deadlines)
    if f.task_end <= f.trigger.start and len(f.responsible) > 1:
        return _split_by_body_deadlines(sent, f, deadlines)
    listed = _split_by_listed_bodies(sent, f, bodies, deadlines)
    if listed:
        return listed
    region_bodies = [b for b in bodies if f.task_start <= b.start < f.task_end]
    seps = list(_COORD_SEP.finditer(sent[f.task_start : f.task_end]))
    for m in seps:
        cut = f.task_start + m.start()
        rest = f.task_start + m.end()
        # a new assignee run followed by its own task
        run = [b for b in region_bodies if b.start >= rest]
        if run and run[0].start - rest <= 4 and f.trigger.kind != CONTROL:
            tail_bodies = [run[0]]
            for b in run[1:]:
                if sl.CONNECTOR[lang].match(sent[sl.word_end(sent, tail_bodies[-1].end) : b.start]):
                    tail_bodies.append(b)
                else:
                    break
            after = sl.word_end(sent, tail_bodies[-1].end)
            if lang == "en":
                # "..., and akimats to Y" / "tasked with X, and Kazakhtelecom with Y"
                marker = "to|with" if f.trigger.word in _WITH_VERBS else "to"
                nxt = re.match(rf"\s*,?\s*(?:[-–—]\s*)?(?:{marker})\s+\w", sent[after : f.task_end])
                start2 = after + nxt.end() - len(nxt.group(0).split()[-1]) if nxt else None
                # "..., and the Ministry of X - block their websites within 10 days"
                dash = re.match(r"\s*,?\s*[-–—]\s*(?=[a-z]{3,}\s)", sent[after : f.task_end])
                if start2 is None and dash:
                    start2 = after + dash.end()
            else:
                inf = sl.ru_infinitive(sent, after, bodies)
                ok = (
                    inf is not None
                    and inf[0] < f.task_end
                    and sl.CONNECTOR["ru"].match(
                        sl.mask(sent, [(d.start, d.end) for d in deadlines], after, inf[0])
                    )
                )
                start2 = inf[0] if ok else None
            gapped = None
            if start2 is None:
                gapped = _gapped_deadline(sent, after, f.task_end, deadlines)
            if gapped is not None:
                # "X must do T by the end of April, and akimats – by the end of May": the
                # second bodies do the same task by their own deadline
                g = _next_part(f, rest, f.task_start, cut)
                split_roles(g, tail_bodies, coexec_spans)
                g.deadline = gapped
                f.task_end = cut
                if f.deadline is not None and f.deadline.start >= cut:
                    f.deadline = next(
                        (d for d in deadlines if f.task_start <= d.start and d.end <= cut), None
                    )
                return [f, g]
            if start2 is not None:
                g = _next_part(f, rest, start2, f.task_end)
                split_roles(g, tail_bodies, coexec_spans)
                f.task_end = cut
                _reassign(f, g, deadlines)
                return [f, *split_coordinated(art, sent, g, bodies, deadlines, coexec_spans)]
        # same bodies, another task with its own deadline: "... X by D1 and Y by D2", or a
        # repeated "to" ("to X and, within three days, to Y") with different deadlines
        dl_here = [d for d in deadlines if f.task_start <= d.start < f.task_end]
        left = {d.date for d in dl_here if d.end <= cut}
        if lang == "ru":
            # "поручил МЧС до конца года усилить X, а до 1 марта запустить Y", "МВД в третьем
            # квартале необходимо запустить X, а в первом квартале обеспечить Y": a deadline
            # of the clause before the first infinitive is the first task's
            left |= {
                d.date for d in deadlines if f.clause_start <= d.start and d.end <= f.task_start
            }
        right = {d.date for d in dl_here if d.start >= rest}
        dl_spans = [(d.start, d.end) for d in dl_here]
        tail_masked = sl.mask(sent, dl_spans, rest, f.task_end)
        explicit = _TO_VERB.match(tail_masked) if lang == "en" else _RU_INF_NEXT.match(tail_masked)
        object_first = False
        if explicit is None and lang == "ru" and m.group(0) == ", а ":
            # "..., а выделенные полосы организовать в течение двух месяцев": the object
            # before its infinitive (the two deadlines below keep this to two tasks)
            explicit = _RU_OBJECT_THEN_INF.match(tail_masked)
            object_first = explicit is not None
        left_words = _WORD.search(sl.mask(sent, dl_spans, f.task_start, cut))
        # Russian coordinates bare infinitives: "ускорить X и ввести Y в декабре" is one
        # task whose deadline closes it; only two deadlines of their own make two tasks.
        # ", а также" sets a second task apart, as "and also" does.
        also = lang == "ru" and m.group(0).startswith(", а также")
        own = (left and right) if lang == "ru" and not also else (left or right)
        # "to develop a plan ... and to submit it by October 1": one task whose last step
        # carries the deadline (with a deadline of each, "... by D1 and approve it by D2",
        # they are two)
        back = lang == "en" and not left and _EN_BACK_OBJECT.match(tail_masked)
        if explicit and left_words and own and left != right and not back:
            # Russian: the task starts at the infinitive or its adverb ("а уже в мае –
            # утвердить ...", "а также полностью запустить ...")
            at_verb = lang == "ru" and not object_first
            g = _same_bodies(f, rest, rest + explicit.start("task") if at_verb else rest)
            f.task_end = cut
            _reassign(f, g, deadlines)
            return [f, *split_coordinated(art, sent, g, bodies, deadlines, coexec_spans)]
        if (
            len(dl_here) >= 2
            and any(d.end <= cut for d in dl_here)
            and any(d.start >= rest for d in dl_here)
        ):
            tail = sent[rest : f.task_end]
            verb_next = (
                # on the masked tail: a deadline standing alone ("..., within a month") is
                # no second task
                re.match(r"(?:to\s+)?[a-z]+\b", tail_masked)
                if lang == "en"
                else sl.ru_infinitive(sent, rest, bodies)
            )
            if lang == "en" and m.group(0).strip() == "," and re.match(r"[a-z]+ing\b", tail):
                verb_next = None  # ", taking into account ...": a participle, not a task
            if verb_next and (lang == "en" or verb_next[0] - rest < 40):
                g = _same_bodies(f, rest, rest)
                f.task_end = cut
                _reassign(f, g, deadlines)
                return [f, *split_coordinated(art, sent, g, bodies, deadlines, coexec_spans)]
    return [f]


def _next_part(f: Frame, clause_start: int, task_start: int, task_end: int) -> Frame:
    """A frame for a later part of ``f``'s sentence: the same verb, issuer and confidence."""
    return Frame(
        f.trigger,
        clause_start=clause_start,
        task_start=task_start,
        task_end=task_end,
        issuer=f.issuer,
        confidence=f.confidence,
    )


def _same_bodies(f: Frame, clause_start: int, task_start: int) -> Frame:
    """The next task of ``f``'s bodies, to the end of ``f``'s task region."""
    g = _next_part(f, clause_start, task_start, f.task_end)
    g.responsible = list(f.responsible)
    g.co_executors = list(f.co_executors)
    g.extra_bodies = list(f.extra_bodies)
    g.bodyless_ok = f.bodyless_ok
    return g


_WITH_VERBS = frozenset({"tasked", "charged", "entrusted", "task", "charge"})
_GAP = re.compile(r"\s*(?:[-–—]|,)?\s*")
_END = re.compile(r"[\s.;,!]*")


def _split_by_body_deadlines(
    sent: str, f: Frame, deadlines: list[DeadlineMention]
) -> list[Frame]:
    """"Внести предложения поручено Минсельхозу – до 1 сентября, МВД – до 1 октября": one
    task before the verb, each body after it with a deadline of its own."""
    dated = []
    for b in f.responsible:
        dash = re.match(r"\s*[–—-]\s*", sent[b.end :])
        d = next((d for d in deadlines if dash and d.start == b.end + dash.end()), None)
        if d is None or d.date is None:
            return [f]
        dated.append((b, d))
    if len({d.date for _, d in dated}) < 2:
        return [f]
    out = []
    for b, d in dated:
        g = _next_part(f, f.clause_start, f.task_start, f.task_end)
        g.responsible = [b]
        g.deadline = d
        out.append(g)
    return out



def _split_respectively(
    sent: str, f: Frame, deadlines: list[DeadlineMention]
) -> list[Frame]:
    """ "The Ministries of Energy and Industry must submit the plans by November 1 and
    December 1, respectively": as many dated deadlines as bodies, paired in order."""
    if len(f.responsible) < 2 or not tk.RESPECTIVELY.search(sent, f.clause_start):
        return []
    dated = [d for d in deadlines if d.date is not None and d.start >= f.clause_start]
    if len(dated) != len(f.responsible):
        return _split_tasks_respectively(sent, f)
    out = []
    for b, d in zip(f.responsible, dated, strict=True):
        g = _next_part(f, f.clause_start, f.task_start, f.task_end)
        g.responsible, g.co_executors = [b], list(f.co_executors)
        g.deadline = d
        out.append(g)
    return out


_AND_TO = re.compile(r",?\s+and\s+(?=to\s+[a-z]{3,})")


def _split_tasks_respectively(sent: str, f: Frame) -> list[Frame]:
    """ "The Ministry of Finance and the Ministry of Labor are to provide financing and to
    launch a retraining program, respectively, in the first half of 2026": two bodies, two
    tasks, paired in order; the deadline is theirs both."""
    if len(f.responsible) != 2:
        return []
    cuts = list(_AND_TO.finditer(sent, f.task_start, f.task_end))
    if len(cuts) != 1:
        return []
    cut = cuts[0]
    first = _next_part(f, f.clause_start, f.task_start, cut.start())
    second = _next_part(f, f.clause_start, cut.end(), f.task_end)
    for g, b in ((first, f.responsible[0]), (second, f.responsible[1])):
        g.responsible, g.co_executors, g.deadline = [b], list(f.co_executors), f.deadline
    return [first, second]


def _split_by_listed_bodies(
    sent: str, f: Frame, bodies: list[BodyMention], deadlines: list[DeadlineMention]
) -> list[Frame]:
    """ "Профильным министерствам поручено утвердить планы: Минэнерго – до 1 мая,
    Минпромстрою – до 1 июня": after the task a colon lists who does it by when; one
    directive per body listed, in place of the bodies named before the verb."""
    colon = sent.find(":", f.task_start, f.task_end)
    if colon < 0:
        return []
    listed = [b for b in bodies if colon < b.start < f.task_end]
    if len(listed) < 2:
        return []
    out, pos = [], colon + 1
    for b in listed:
        d = _gapped_deadline_after(sent, b.end, deadlines)
        if d is None or not _LIST_GAP.fullmatch(sent, pos, b.start):
            return []
        g = _next_part(f, f.clause_start, f.task_start, colon)
        g.responsible, g.co_executors, g.extra_bodies = [b], [], []
        g.deadline = d
        out.append(g)
        pos = d.end
    return out if _END.fullmatch(sent, pos, f.task_end) else []


_LIST_GAP = re.compile(r"[\s,;]*(?:(?:и|and|the)\s+)?")


def _gapped_deadline_after(
    sent: str, pos: int, deadlines: list[DeadlineMention]
) -> DeadlineMention | None:
    dash = re.match(r"\s*[–—-]\s*", sent[pos:])
    if dash is None:
        return None
    return next((d for d in deadlines if d.start == pos + dash.end() and d.date), None)


def _gapped_deadline(
    sent: str, pos: int, end: int, deadlines: list[DeadlineMention]
) -> DeadlineMention | None:
    """The deadline standing alone after a body run at ``pos`` ("– by the end of May"),
    with nothing after it but the clause's end."""
    gap = _GAP.match(sent, pos, end)
    start = gap.end() if gap else pos
    d = next((d for d in deadlines if d.start == start and d.date is not None), None)
    if d is None or _END.fullmatch(sent, d.end, max(d.end, end)) is None:
        return None
    return d

# Kazakh tasks are verbal nouns in the accusative before the verb: "X-ты күшейтуді,
# сондай-ақ жыл соңына дейін Y-ты іске қосуды тапсырды".
_KK_COORD_SEP = re.compile(
    r"(?<=уды|уді|юды|юді),\s+(?:(?:сондай-ақ|сонымен\s+қатар|және|ал)\s+)?"
    r"|(?<=уды|уді|юды|юді)\s+(?:және|әрі)\s+"
    # verbal nouns in the nominative before a passive: "X-ты цифрландыру, ал ... Y енгізу
    # тапсырылды"
    r"|(?<=[ую]),\s+ал\s+"
)


def _split_kk(sent: str, f: Frame, deadlines: list[DeadlineMention]) -> list[Frame]:
    """Two Kazakh tasks of the same bodies, the second with a deadline of its own (and the
    first with another one or none): two directives. Without a deadline of its own the
    second task shares the first's ("жыл соңына дейін X-ты және Y-ты ...")."""
    for m in _KK_COORD_SEP.finditer(sent, f.task_start, f.task_end):
        cut, rest = m.start(), m.end()
        left = {d.date for d in deadlines if f.task_start <= d.start and d.end <= cut}
        right = {d.date for d in deadlines if rest <= d.start and d.end <= f.task_end}
        dl_spans = [(d.start, d.end) for d in deadlines]
        first_task = _WORD.search(sl.mask(sent, dl_spans, f.task_start, cut))
        if not right or left == right or not first_task:
            continue
        g = _same_bodies(f, rest, rest)
        f.task_end = cut
        _reassign(f, g, deadlines)
        return [f, *_split_kk(sent, g, deadlines)]
    return [f]


def _reassign(f: Frame, g: Frame, deadlines: list[DeadlineMention]) -> None:
    """After a split at g.clause_start, each part takes the deadline of its own words: its
    task, else what stands between its clause start and its task ("необходимо до 1 января
    представить ...")."""

    def own(x: Frame) -> DeadlineMention | None:
        task = [d for d in deadlines if x.task_start <= d.start < x.task_end]
        pre = [d for d in deadlines if x.clause_start <= d.start < x.task_start]
        found = task or pre
        dated = [d for d in found if d.date is not None]
        return (dated or found or [None])[0]

    g.deadline = own(g)
    if g.deadline is None and f.deadline is not None and f.deadline.start >= g.clause_start:
        g.deadline = f.deadline
    mine = own(f)
    if mine is not None or (f.deadline is not None and f.deadline.start >= g.clause_start):
        f.deadline = mine
