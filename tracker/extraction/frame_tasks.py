"""The task of a frame (spec §3 ``task``): the words of its task region without the
deadline chosen, the co-executors and (in Kazakh) the bodies; a passive obligation turned
round with its agent as the body ("must be carried out by the national company"); a task
that points back ("carry out the corresponding work") taken from the sentence before. The
verb forms themselves are ``tasks``'s.
"""

from __future__ import annotations

import re

from tracker.extraction import slots as sl
from tracker.extraction import tasks as tk
from tracker.extraction.bodies import BodyMention
from tracker.extraction.deadlines import DeadlineMention, find_deadlines
from tracker.extraction.frames import MAX_SENTENCE, Article, Frame
from tracker.extraction.sentences import Sentence
from tracker.extraction.triggers import CONTROL, MODAL, NEED, VAGUE, WEAK, find_triggers

I = re.IGNORECASE  # noqa: E741

_ANAPHORIC = {
    "en": re.compile(
        r"^(?:carry\s+out|conduct|do|take|implement|continue|organi[sz]e|perform|undertake|"
        r"complete|ensure|start|begin)?\s*(?:the\s+)?(?:corresponding|relevant|appropriate|"
        r"respective|this|such|the\s+above|above-mentioned|necessary|required)\s+"
        r"(?:work|measures|actions|steps|tasks?|efforts)$"
        r"|^(?:do|carry\s+out|implement|complete|ensure|deal\s+with|handle)\s+(?:this|that|it|so)$",
        I,
    ),
    "ru": re.compile(
        r"^(?:провести|проводить|осуществить|организовать|продолжить|принять|обеспечить|"
        r"выполнить)?\s*(?:соответствующую|данную|эту|такую|необходимую|указанную)\s+"
        r"(?:работу|меры)$",
        I,
    ),
    "kk": re.compile(r"^(?:тиісті|осы|бұл)\s+(?:жұмыс\w*|шара\w*)(?:\s+\w+)?$", I),
}
# Nouns that make a subject an actor even when the registry does not know it
# ("the technical and financial operators must form ...").


_LEAD_PREPOSITION = re.compile(
    r"^\s*(?:aimed\s+at|on|regarding|concerning|related\s+to|in\s+the\s+field\s+of|of)\s+", I
)


_ITEM_MARK = re.compile(r"^(?:\(?\d{1,2}[).]|[-–—•●▪*·])\s+")


_NEITHER = re.compile(r"\bneither\s+(?:the\s+)?$", re.IGNORECASE)


def make_task(
    art: Article,
    s: Sentence,
    sent: str,
    f: Frame,
    bodies: list[BodyMention],
    deadlines: list[DeadlineMention],
    coexec_spans: list[tuple[int, int]],
) -> None:
    if f.intro:
        return
    lang = art.lang
    t = f.trigger
    if f.points_back:
        _take_previous(art, s, f)
        return
    if t.kind == CONTROL:
        region = sl.mask(sent, [(d.start, d.end) for d in deadlines], f.task_start, f.task_end)
        region = re.sub(
            r"^\W*(?:the\s+)?(control|supervision|oversight|monitoring)\s+(?:over|of)\s+",
            r"\1 ",
            region.strip(),
            flags=I,
        )
        f.task = tk.tidy(region[:1].lower() + region[1:])
        return
    chosen = f.deadline
    remove = [
        (d.start, d.end)
        for d in deadlines
        if d.date is not None or d is chosen or chosen is None or chosen.date is None
    ]
    for a, b in coexec_spans:
        if a >= f.task_start:
            m = re.search(r",\s*$", sent[max(0, a - 3) : a])
            a2 = a - (len(m.group(0)) if m else 0)
            m2 = re.match(r"\s*,", sent[b:])
            remove.append((a2, b + (m2.end() if m2 and m else 0)))
    if lang == "kk":
        remove += [(b.start, sl.word_end(sent, b.end)) for b in f.responsible + f.co_executors]
    region = sl.mask(sent, remove, f.task_start, f.task_end)
    if lang == "en":
        if t.kind == MODAL and t.participle and not f.responsible:
            subj = sl.clause_text(sent, f.clause_start, t.start)
            m = re.search(re.escape(t.participle), region)
            rest = region[m.end() :] if m else ""
            verb = t.participle
            particle = re.match(r"\s+(out|up|off|down)\b", rest)  # "carried out", "set up"
            if particle and m is not None:
                verb = f"{verb} {particle.group(1)}"
                rest = rest[particle.end() :]
            skipped = m.end() + (particle.end() if particle and m is not None else 0) if m else 0
            # the agent of the passive is the body: "... must be completed by akimats by ..."
            agent = re.match(r"\s*by\s+", rest)
            if agent:
                at = f.task_start + skipped + agent.end()
                run, run_end = sl.run_after(sent, lang, at, bodies, deadlines)
                if run and run[0].start - at <= 4:
                    f.responsible = [b for b in run if not sl.inside(b.start, coexec_spans)]
                    rest = sl.mask(sent, [(d.start, d.end) for d in deadlines], run_end, f.task_end)
            f.impersonal = True
            f.task = tk.passive_to_active(
                _strip_adverbial(subj), verb, tk.cut_attribution(rest, "en")
            )
            f.task = re.sub(r"\s*,\s*and\s*$", "", f.task)
        else:
            gerund = t.word in (
                "tasked",
                "charged",
                "entrusted",
                "task",  # "I task the akims with ensuring ..."
                "charge",
            ) or region.lstrip().lower().startswith(("with ", "aimed at ", "of "))
            region = _LEAD_PREPOSITION.sub("", region)
            f.task = tk.english_task(region, gerund=gerund)
            if _NEITHER.search(sent, max(0, f.clause_start - 12), f.clause_start):
                f.task = "not " + f.task  # "Neither the akimats nor X should allow ..."
            if t.kind == VAGUE and f.task_end <= t.start:  # a leading purpose clause
                f.task = tk.nominal_to_verb(f.task)
    elif lang == "ru":
        if t.kind in (MODAL, NEED) and not f.responsible and region.lstrip().startswith("быть "):
            subj = sl.mask(sent, [(d.start, d.end) for d in deadlines], f.clause_start, t.start)
            f.impersonal = True
            f.task = tk.russian_passive(subj, region)
        else:
            f.task = tk.russian_task(region)
    else:
        f.impersonal = True  # Kazakh modals carry no subject we could judge
        if t.kind == MODAL and t.word.endswith(("сын", "сін")):  # the decree's verb: "бекітсін"
            region = f"{region} {tk.kazakh_verbal_noun(sent[t.start : t.end])}"
        f.task = tk.kazakh_task(region, modal=t.kind in (MODAL, NEED))
    f.task = _ITEM_MARK.sub("", f.task)  # "2) ... қамтамасыз ету": the item's number
    # The task points back to the sentence before: "carry out the corresponding work".
    if _ANAPHORIC[lang].match(f.task.strip()):
        _take_previous(art, s, f)
    elif lang == "en" and _THIS_WORK.search(f.task):
        _fill_this_work(art, s, f)


def _strip_adverbial(subject: str) -> str:
    subject = subject.strip(" ,")
    subject = re.sub(
        r"^(?:then|also|in\s+addition|at\s+the\s+same\s+time|therefore|thus|"
        r"moreover|furthermore|so)\b,?\s*",
        "",
        subject,
        flags=I,
    )
    return subject


def _take_previous(art: Article, s: Sentence, f: Frame) -> None:
    """The task (and, when the frame has none, the deadline) of the sentence before:
    "Необходимо обновить акты до конца года. Соответствующая работа поручена акиматам"."""
    prev = _previous_need(art, s)
    if prev is not None:
        f.task, f.back_start, deadline = prev
        f.deadline = f.deadline or deadline


# "ensure the completion of this work": the work the sentence before said is needed
_THIS_WORK = re.compile(r"\b(?:this|that|the\s+said)\s+(?:work|issue|task)\b", I)
_LEAD_VERB = re.compile(r"^[a-z]+(?:\s+(?:up|out|down|off))?\s+(?=\w)", I)


def _fill_this_work(art: Article, s: Sentence, f: Frame) -> None:
    """"It is necessary to speed up the procurement of scanners. X has been instructed to
    ensure the completion of this work" -> "ensure the completion of the procurement of
    scanners": the previous task without its verb stands for "this work"."""
    if find_triggers(s.text[: f.clause_start], art.lang):
        return  # an earlier clause of this sentence is what "this issue" points to
    prev = _previous_need(art, s)
    if prev is None:
        return
    task, start, deadline = prev
    verb = _LEAD_VERB.match(task)
    if verb is None or len(task) - verb.end() < 8:
        return
    f.task = _THIS_WORK.sub(lambda _: task[verb.end() :], f.task, count=1)
    f.back_start = start
    f.deadline = f.deadline or deadline


def _previous_need(art: Article, s: Sentence) -> tuple[str, int, DeadlineMention | None] | None:
    """The task of an impersonal necessity in the sentence before ``s``, where that sentence
    starts, and its deadline."""
    if s.index == 0:
        return None
    prev = art.sentences[s.index - 1]
    if len(prev.text) > MAX_SENTENCE:
        return None
    for t in find_triggers(prev.text, art.lang):
        if t.kind not in (NEED, WEAK, MODAL):
            continue
        sent = prev.text
        deadlines = find_deadlines(sent, art.published, art.lang)
        region = sl.mask(sent, [(d.start, d.end) for d in deadlines], t.end, len(sent))
        if art.lang == "en":
            task = tk.english_task(region)
        elif art.lang == "ru":
            inf = sl.ru_infinitive(sent, t.end, [])
            if inf is None:
                continue
            task = tk.russian_task(
                sl.mask(sent, [(d.start, d.end) for d in deadlines], inf[0], len(sent))
            )
        else:
            region = sl.mask(sent, [(d.start, d.end) for d in deadlines], 0, t.start)
            task = tk.kazakh_task(region.split(",")[-1])
        if task:
            dated = [d for d in deadlines if d.date is not None]
            return task, prev.start, (dated or deadlines or [None])[0]
    return None
