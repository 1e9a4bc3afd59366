"""Kazakh frames: Kazakh is verb-final, so the addressees and the task of a directive stand
before its verb ('<issuer> <body-DAT> [deadline] <task-ACC> тапсырды'); a decree's subject is
in the nominative ('Министрлік ... ұсынсын'), its addressee in the dative.
"""

from __future__ import annotations

import re

from tracker.extraction import issuers as iss
from tracker.extraction import slots as sl
from tracker.extraction.bodies import BodyMention
from tracker.extraction.deadlines import DeadlineMention
from tracker.extraction.frames import Article, Frame, split_roles
from tracker.extraction.triggers import ACTIVE, MODAL, NEED, PASSIVE, VAGUE, Trigger

# verbs of reporting and submitting right after a dative body: the body is the recipient
_KK_REPORT_TO = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:баянда|ұсын|енгіз|жолда|хабарла|есеп\s+бер)\w*", re.IGNORECASE
)
# the gap between two members of a list: a comma or a conjunction, nothing else
_KK_LISTED = re.compile(r"\s*(?:,|және|мен|пен|бен|сондай-ақ)[\s,]*$")
_KK_UNIT_DATIVE = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:бөлімше|департамент|басқарма|комитет|бастық|басшы|филиал)"
    r"[а-яәіңғүұқөһ]*(?:ға|ге|қа|ке|на|не)(?![\w-])",
    re.IGNORECASE,
)
_KK_ABLATIVE = re.compile(r"(?:дан|ден|тан|тен|нан|нен)$")
_KK_UNIT_NOMINATIVE = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:бөлімше|департамент|басқарма|комитет|филиал)"
    r"[а-яәіңғүұқөһ]*(?:сы|сі|лары|лері|ы|і)(?![\w-])",
    re.IGNORECASE,
)
# "«X» пен «Y» ...-ға"; "X министрлігі мен облыс әкімдігі" (the level word before a kind)
_KK_AND = re.compile(
    r"[»”\"]?\s*(?:,|және|мен|пен|бен)\s*[«“\"]?(?:(?:облыс|облыстық|қала|қалалық)\s+)?"
)


def kk_frames(
    art: Article,
    sent: str,
    t: Trigger,
    lo: int,
    bodies: list[BodyMention],
    coexec_spans: list[tuple[int, int]],
    deadlines: list[DeadlineMention],
) -> list[Frame]:
    """Kazakh is verb-final: '<issuer> <body-DAT> [deadline] <task-ACC> тапсырды'.

    Coordinated assignments share the verb: 'A-ға X-ды, B-ға Y-ды тапсырды' gives two
    directives, one per addressee with the task that follows it.
    """
    dl_spans = [(d.start, d.end) for d in deadlines]
    slots: list[tuple[list[BodyMention], int]] = []  # (bodies, where their task starts)
    before = [b for b in bodies if lo <= b.start and b.end <= t.start]
    # "міндеттелді" (was obliged) takes its body in the nominative, the others the dative
    nominative_ok = (
        t.kind in (MODAL, NEED) or t.word.startswith("міндеттел") or t.word.endswith("алды")
    )  # "Министрлік ... тапсырма алды": the one who received it
    # "«Бәйтерек» холдингін ... бастауға міндеттеді": obliged takes its body in the accusative
    accusative_ok = t.kind == ACTIVE and t.word.startswith("міндеттеді")
    # "әкімдіктерден ... талап етті": demanded of them, in the ablative
    ablative_ok = t.kind == ACTIVE and t.word.startswith("талап")
    # Members of a coordinated run share the case ending of the last one: "Алматы, Жетісу
    # және Түркістан облыстарының әкімдіктеріне", "X министрлігі мен Y министрлігіне".
    ends = [sl.kk_name_end(sent, b.end) for b in before]
    case_word = [
        sent[b.start : e].split()[-1] if sent[b.start : e].split() else ""
        for b, e in zip(before, ends, strict=True)
    ]
    for k in range(len(before) - 2, -1, -1):
        if _KK_AND.fullmatch(sent[ends[k] : before[k + 1].start]):
            case_word[k] = case_word[k + 1]
    subject_seen = False  # a nominative subject stands before
    for k, b in enumerate(before):
        name_end = ends[k]  # "«ҚазАвтоЖол» ұлттық компаниясына"
        word = case_word[k]
        coexec = sl.inside(b.start, coexec_spans)
        dative = (
            bool(sl.KK_DATIVE.search(word))
            or (accusative_ok and not slots and bool(sl.KK_ACCUSATIVE.search(word)))
            or (ablative_ok and bool(_KK_ABLATIVE.search(word)))
        )
        unit = _KK_UNIT_DATIVE.match(sent, name_end)
        subject_unit = nominative_ok and _KK_UNIT_NOMINATIVE.match(sent, name_end)
        if unit:
            # "ведомствоның құрылымдық бөлімшелеріне", "полиция департаменттерінің
            # бастықтарына": the body's units or heads, addressed in its stead
            dative, name_end = True, unit.end()
        elif subject_unit:  # "Ведомствоның құрылымдық бөлімшелері ... келісуі тиіс"
            name_end = subject_unit.end()
        elif not coexec and sl.KK_GENITIVE.search(word):
            continue
        if not coexec and sl.KK_NOT_ADDRESSEE_AFTER.match(sent, name_end):
            continue
        if not coexec and nominative_ok and subject_seen and dative:
            continue  # "Министрлік ... Үкіметке ұсынсын": the one the list goes to, not a doer
        if (
            not coexec
            and dative
            and slots
            and _KK_REPORT_TO.match(sent, name_end)
            and not _KK_LISTED.match(sl.mask(sent, dl_spans, slots[-1][1], b.start))
        ):
            continue  # "X-ға ... Үкіметке баяндау тапсырылды": whom X reports to, not a doer
        if not coexec and not dative:
            subject_seen = True
        if not coexec and not nominative_ok and not dative:
            continue
        end = sl.coexec_end(coexec_spans, b.start) if coexec else name_end
        gap = sl.mask(sent, dl_spans, slots[-1][1], b.start) if slots else ""
        if slots and (coexec or sl.CONNECTOR["kk"].match(gap) or _KK_AND.fullmatch(gap)):
            slots[-1] = ([*slots[-1][0], b], max(slots[-1][1], end))
        else:
            slots.append(([b], end))
    issuer_end = max(
        (
            lo + sp.end
            for sp in iss.find_issuers(sent[lo : t.start], "kk")
            if not any(b.start <= lo + sp.start < b.end for b in bodies)
        ),
        default=lo,
    )
    if not slots:
        slots = [([], issuer_end)]
    # the task may stand before its addressee: "Бұл жұмыс Сауда министрлігіне жүктелді",
    # "Жарлықтың орындалуын бақылау Әкімшілігіне жүктелсін"
    first_bodies, first_end = slots[0]
    after_first = sl.mask(
        sent, dl_spans, first_end, slots[1][0][0].start if len(slots) > 1 else t.start
    )
    lead_start = issuer_end
    if (
        first_bodies
        and not re.search(r"\w", after_first)
        and re.search(r"\w", sl.mask(sent, dl_spans, lead_start, first_bodies[0].start))
    ):
        f = Frame(
            t,
            clause_start=lo,
            task_start=lead_start,
            task_end=first_bodies[0].start,
            confidence={ACTIVE: 0.95, PASSIVE: 0.9}.get(t.kind, 0.8),
        )
        split_roles(f, first_bodies, coexec_spans)
        return [f]
    if len(slots) > 1 and not re.search(r"\w", sl.mask(sent, dl_spans, slots[-1][1], t.start)):
        # "X-пен бірлесіп <task> аудан әкімдеріне жүктеді": the addressee right before the
        # verb, the task before it; the slot in front holds only co-executors
        last_bodies, _ = slots.pop()
        bodies_before, end_before = slots[-1]
        if all(sl.inside(b.start, coexec_spans) for b in bodies_before):
            slots[-1] = ([*bodies_before, *last_bodies], end_before)
        else:
            slots.append((last_bodies, t.start))
    vague = t.kind == VAGUE or (t.kind == ACTIVE and "тапсырма" in t.word)
    conf = {ACTIVE: 0.95, PASSIVE: 0.9, MODAL: 0.8, NEED: 0.75}.get(t.kind, 0.7)
    frames = []
    for k, (slot_bodies, task_start) in enumerate(slots):
        task_end = slots[k + 1][0][0].start if k + 1 < len(slots) else t.start
        f = Frame(
            t,
            clause_start=slot_bodies[0].start if slot_bodies else lo,
            task_start=max(task_start, issuer_end),
            task_end=task_end,
            confidence=conf,
        )
        split_roles(f, slot_bodies, coexec_spans)
        if vague and sent.rstrip().endswith(":"):
            f.intro = True
        if not slot_bodies and t.kind in (MODAL, NEED):
            f.confidence = 0.5
        frames.append(f)
    return frames
