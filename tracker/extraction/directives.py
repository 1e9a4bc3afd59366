"""Directives in an article: which sentences assign a task, to whom, by when (spec §2-§3).

The rules, as derived from how the gold labels real Kazakh government news:

1. A sentence is looked at only when it holds a trigger (see ``triggers``): an instruction
   verb, a passive "has been instructed", a modal with a subject, an impersonal necessity.
2. Bodies come from ``find_bodies`` and only count in the *assignee slot*: after an active
   instruction verb and before its task ("instructed the Ministry of Healthcare, together
   with regional akimats, to take ..."), or as the subject run right before a passive /
   modal / necessity ("The Ministries of Trade and Finance, together with interested
   government agencies, must ..."; "Министерству энергетики поручено ..."). Bodies inside
   the task ("ensure the coordination of sectoral government agencies and akimats") or in
   a leading adverbial ("In order to ... in Kokshetau, the Ministry ...") are not assignees.
   A subject run preceded by a preposition ("construction of centers in Shymkent ...") is
   not a subject. Bodies after *together with / jointly with / with the participation of /
   совместно с / при участии / -мен бірлесіп* are co-executors.
3. A modal or an impersonal necessity whose subject is not a body ("We must ...", "These
   issues should be resolved by the system", "it is necessary to help businesses ...") is
   not a directive. The one exception is a dated impersonal obligation with an official
   behind it (named, the quote's speaker or the meeting's chair): "All necessary
   documentation must be completed by November 1," the Prime Minister instructed. An actor
   that is no body ("Citizens must pay the tax by March 31") never is; the agent of a
   passive is the body ("must be completed by akimats"). "It is important / crucial to ..."
   and "highlighted the need to ..." never are; nor is a quality ("agencies must be open"),
   nor an opinion ("Experts believe the Government should ...", "..., analysts say").
4. Vague instructions ("gave a number of instructions", "set a number of tasks aimed at")
   are directives only when a body is named and a task can be read; a sentence ending in a
   colon introduces a list instead, and each list item is a directive whose bodies are the
   introduction's unless the item names its own.
5. A task that points back ("carry out the corresponding work", "провести соответствующую
   работу") takes the task of the impersonal necessity in the sentence before, and the
   directive's sentence spans both.
6. One sentence gives several directives when it holds several triggers with their own
   bodies, or one instruction with coordinated assignments ("... the Ministry of Energy to
   X, and akimats to Y"), or coordinated tasks with different deadlines.
7. The deadline is the one in the directive's clause (or a leading "By the end of the
   year, ..." / purpose clause before the first directive); a dated one wins over a vague
   one; dates that are not deadlines never reach us (``find_deadlines`` leaves them out).
8. A body named by its kind alone ("the city akimat", "the minister", "Министерству",
   "министрлікке") is the one the article named before (or its title names).
9. "Control over X is entrusted to Y" / "Контроль за X возложен на Y" / "X-ты бақылау
   Y-ке жүктелсін" is a directive: Y is responsible, the control is the task. Appeals in
   the passive ("banks are called on to") are not.
10. Bodies the sentence does not name are read from the article (``references``): "the
   holding", "the national company", "the regional akimat" (the region spoken of last),
   "instructed us" / "поручил нам" (the official interviewed), and an instruction with no
   addressee in the readout of an audience goes to the official received ("The President
   received the Minister of Energy ... instructed to complete the CHP plants").
11. A bodyless lead-in whose colon opens the directive spelling it out ("instructed to
   ensure transparency: Otbasy Bank must ...") is no directive of its own. A decree item
   with no trigger word ("1) Министерству финансов в месячный срок обеспечить ...") is one
   when it opens with its addressee and an infinitive follows.

Where the parts live: ``triggers`` (the words), ``slots`` (where parts stand), ``frames``
(the working state), ``kazakh_frames`` (verb-final Kazakh), ``coordination`` (deadlines
to frames, coordinated splits), ``frame_tasks`` (the task text), ``issuer_context`` (who
issued it), ``references`` (bodies from the article); this module runs them per sentence
and decides what counts.
"""

from __future__ import annotations

import dataclasses
import datetime
import itertools
import re
from collections.abc import Callable

from tracker.extraction import issuers as iss
from tracker.extraction import references as rf
from tracker.extraction import slots as sl
from tracker.extraction import tasks as tk
from tracker.extraction.bodies import BodyMention
from tracker.extraction.coordination import assign_deadlines, split_coordinated
from tracker.extraction.deadlines import DeadlineMention, find_deadlines
from tracker.extraction.fastre import Lowered
from tracker.extraction.frame_tasks import make_task
from tracker.extraction.frames import MAX_SENTENCE, Article, Frame, split_roles
from tracker.extraction.issuer_context import context_issuer, explicit_issuer
from tracker.extraction.kazakh_frames import kk_frames
from tracker.extraction.registry import Registry
from tracker.extraction.sentences import Sentence, split_sentences
from tracker.extraction.triggers import (
    ACTIVE,
    CONTROL,
    MODAL,
    NEED,
    PASSIVE,
    VAGUE,
    WEAK,
    Trigger,
    find_triggers,
    is_strong_verb,
)
from tracker.extraction.types import ExtractedDirective

I = re.IGNORECASE  # noqa: E741

# --------------------------------------------------------------------------- language bits

_EN_LEAD_PURPOSE = re.compile(
    r"^\s*(?:For|To|In\s+order\s+to|With\s+a\s+view\s+to|Aiming\s+to|In\s+order\s+for)\s+"
    r"(?P<p>[^,]{5,200}),",
    I,
)

_OPINION = {
    "en": re.compile(
        r"\b(?:experts?|analysts?|economists?|observers?|critics|believes?|think|thinks|argues?|"
        r"in\s+(?:the|his|her|their|our)\s+(?:opinion|view))\b",
        I,
    ),
    "ru": re.compile(
        r"по\s+мнению|считают|считает|полагают|полагает|уверены|уверен\b|"
        r"эксперт|аналитик|экономист",
        I,
    ),
    "kk": re.compile(r"пікірінше|сарапшы|санайды|ойлайды", I),
}
_OPINION = {lang: Lowered(rx) for lang, rx in _OPINION.items()}  # see fastre
_CONTROL_VERB = re.compile(
    r"\s+(?:(?:is|are|shall\s+be|has\s+been|have\s+been|was|were|will\s+be)\s+(?:hereby\s+)?"
    r"\w+\s+\w+|возлож\w*\s+на)\s*$",
    I,
)
_QUESTION = re.compile(r"\?\s*[\"»”]?\s*$")


# --------------------------------------------------------------------------- helpers


def _unique_mentions(mentions: list[BodyMention]) -> list[BodyMention]:
    out: list[BodyMention] = []
    seen: set[tuple[str | None, str]] = set()
    for m in mentions:
        key = (m.canonical, m.text.lower() if m.canonical is None else "")
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out


# --------------------------------------------------------------------------- public


def find_directives(
    text: str, published: datetime.date, lang: str, registry: Registry, title: str = ""
) -> list[ExtractedDirective]:
    sentences = split_sentences(text)
    art = Article(text, published, lang, registry, sentences, title[:MAX_SENTENCE])
    out: list[ExtractedDirective] = []
    for s in sentences:
        if out and s.index and _DEADLINE_LINE.match(s.text):
            # "... поручено обеспечить запуск ТЭЦ. Срок – до 1 марта 2026 года.": the
            # deadline line dates the directives of the sentence before that have none
            _date_previous(out, art, s)
            continue
        if len(s.text) <= MAX_SENTENCE:
            found = _sentence_directives(art, s)
            # "It is necessary to X. This work has been entrusted to Y": one directive, Y's,
            # spanning both; the bodyless necessity before it is no directive of its own
            back = {d.start for d in found if d.start < s.start}
            if back:  # only the last directives can start there: look at the tail alone
                k = len(out)
                while k and out[k - 1].start >= min(back):
                    k -= 1
                out[k:] = [
                    d for d in out[k:] if d.start not in back or d.responsible or d.co_executors
                ]
            out.extend(found)
    return out


_DEADLINE_LINE = re.compile(
    r"^\W*(?:срок(?:\s+исполнения)?|мерзімі|орындау\s+мерзімі|(?:the\s+)?deadline(?:\s+is)?)"
    r"\s*[:–—-]?\s*\S",
    I,
)


def _date_previous(out: list[ExtractedDirective], art: Article, s: Sentence) -> None:
    dated = [d for d in find_deadlines(s.text, art.published, art.lang) if d.date is not None]
    if len(dated) != 1:
        return
    prev = art.sentences[s.index - 1]
    d = dated[0]
    for k in range(len(out) - 1, -1, -1):
        x = out[k]
        if x.end < prev.start:
            break
        if x.deadline is None:
            out[k] = dataclasses.replace(
                x,
                deadline=d.date,
                deadline_text=d.text,
                deadline_granularity=d.granularity,
                sentence=art.text[x.start : s.end],
                end=s.end,
            )


# --------------------------------------------------------------------------- per sentence


def _sentence_directives(art: Article, s: Sentence) -> list[ExtractedDirective]:
    lang = art.lang
    sent = s.text
    if _QUESTION.search(sent):
        return []
    triggers = find_triggers(sent, lang)
    item_intro = art.intros.get(s.intro) if s.is_item and s.intro is not None else None
    dative = None
    if not triggers and lang == "ru":
        dative = _ru_dative_start(sent, item=s.is_item)
    if not triggers and item_intro is None and dative is None:
        if lang == "kk" and sent.endswith(":"):
            _kk_list_addressee(art, s)
        return []
    if (
        item_intro is None
        and triggers
        and all(_hopeless(sent, t) for t in triggers)
        and not rf.first_person_modal(art, s)
    ):
        return []  # spare the body and deadline finders a sentence that cannot qualify
    bodies = rf.with_references(art, s, rf.named(art, s.index))
    deadlines = [
        d
        for d in find_deadlines(sent, art.published, lang)
        if not any(b.start <= d.start < b.end for b in bodies)
    ]
    if item_intro is None and not bodies and _bodyless_need(art, s, triggers, deadlines):
        return []
    frames: list[Frame] = []
    if triggers:
        frames = _frames(art, s, sent, triggers, bodies, deadlines)
    # an item whose trigger words gave nothing ("to inspect buildings commissioned before
    # 1990") is still an item of its introduction
    if (not triggers or (not frames and item_intro is not None)) and (
        dative is not None or item_intro is not None
    ):
        frames = _bare_frames(art, sent, bodies, deadlines, item_intro, start=dative or 0)
        for f in frames:
            f.issuer = f.issuer or context_issuer(art, s)
    if lang == "kk" and sent.rstrip().endswith(":"):
        # "... әкімдіктеріне мынадай тапсырмалар жүктелді:": the items carry the tasks
        for f in frames:
            if f.responsible or f.extra_bodies:
                f.intro = True
    if item_intro is not None:
        intro_resp, intro_co, intro_issuer = item_intro
        for f in frames:
            if not f.responsible and not f.extra_bodies:
                f.extra_bodies = list(intro_resp)
                f.extra_co = list(intro_co)
            f.issuer = f.issuer or intro_issuer
            f.bodyless_ok = True
            f.confidence = max(f.confidence, 0.8)
    for f in frames:
        # "The President received the Minister of Energy ... instructed to complete the CHP
        # plants": an instruction with no addressee goes to the official received.
        if (
            not f.responsible
            and not f.extra_bodies
            and not f.intro
            and f.trigger.kind in (ACTIVE, VAGUE)
            and f.trigger.word != "item"
        ):
            # or in an interview's answer ("– The Head of State instructed to complete ...")
            # to the official interviewed
            received = rf.received_body(art)
            if received is None and rf.interview_answer(art, s):
                received = rf.speaker_body(art)
            if received is not None:
                f.extra_bodies = [received]
    results = []
    for f in frames:
        if f.intro:
            resp, co = _names(art, f)
            art.intros[s.index] = (resp, co, f.issuer or context_issuer(art, s))
            continue
        d = _emit(art, s, f)
        if d is not None:
            results.append(d)
    return results


def _kk_list_addressee(art: Article, s: Sentence) -> None:
    """ "Жарлыққа сәйкес Үкіметке:" and the verb comes after the list ("... тапсырылды"): a
    Kazakh sentence ending in its dative addressee and a colon introduces the items."""
    bodies = rf.named(art, s.index)
    if not bodies:
        return
    last = bodies[-1]
    tail = s.text[sl.kk_name_end(s.text, last.end) :]
    word = s.text[last.start : sl.kk_name_end(s.text, last.end)].split()[-1]
    if tail.strip() == ":" and sl.KK_DATIVE.search(word):
        names = [b.canonical or b.text for b in bodies if b.start >= last.start]
        art.intros[s.index] = (names, [], context_issuer(art, s))


def _bodyless_need(
    art: Article, s: Sentence, triggers: list[Trigger], deadlines: list[DeadlineMention]
) -> bool:
    """A necessity naming no body ("it is necessary to ensure the influx of personnel") is a
    directive only when dated (rule 3), with a date of its own or of the sentence before its
    task may point back to: with neither, the frames need not be built. (A modal may still
    find its actor in the words, "the technical operators must"; a list item, an
    introduction and Kazakh keep the full reading.)"""
    if art.lang not in ("en", "ru") or not all(t.kind in (NEED, WEAK) for t in triggers):
        return False
    if any(d.date is not None for d in deadlines) or s.text.rstrip().endswith(":"):
        return False
    if s.index == 0:
        return True
    prev = art.sentences[s.index - 1].text
    if len(prev) > MAX_SENTENCE:
        return True
    return not any(d.date is not None for d in find_deadlines(prev, art.published, art.lang))


_KK_FIRST_PERSON = re.compile(
    r"(?:тиіспіз|тиістіміз|[а-яәіңғүұқөһ]+(?:уымыз|уіміз)\s+(?:керек|қажет))(?![\w-])", I
)
_PRONOUN_BEFORE = re.compile(r"\b(?:we|i|you|they|he|she|мы|я|вы|они|біз|мен|сіз|олар)\s+$", I)


def _hopeless(sent: str, t: Trigger) -> bool:
    """A trigger that gives no directive whatever the bodies: "it is important to" (weak),
    or a modal whose subject is a pronoun ("We must ...", "Мы должны ...", "тиіспіз",
    "аяқтауымыз керек"), unless the "we" is an interviewed official's body (the caller asks
    ``first_person_modal``)."""
    if t.kind == WEAK:
        return True
    if t.kind in (MODAL, NEED) and _KK_FIRST_PERSON.search(sent, max(0, t.start - 30), t.end):
        return True
    return t.kind == MODAL and bool(_PRONOUN_BEFORE.search(sent, max(0, t.start - 8), t.start))


def _frames(
    art: Article,
    s: Sentence,
    sent: str,
    triggers: list[Trigger],
    bodies: list[BodyMention],
    deadlines: list[DeadlineMention],
) -> list[Frame]:
    lang = art.lang
    issuers = iss.find_issuers(sent, lang)
    issuer_spans = [(i.start, i.end) for i in issuers]
    coexec_spans = sl.coexec_spans(sent, lang, bodies)
    frames: list[Frame] = []
    for i, t in enumerate(triggers):
        lo = triggers[i - 1].end if i else 0
        frames.extend(_frame(art, sent, t, lo, bodies, issuer_spans, coexec_spans, deadlines))
    # A frame's task ends where the next frame's clause starts.
    for a, b in itertools.pairwise(frames):
        cut = sl.clause_boundary(sent, a.task_start, b.clause_start, lang)
        a.task_end = min(a.task_end, cut)
    assign_deadlines(frames, deadlines, sent)
    out: list[Frame] = []
    for f in frames:
        # the article's context (a quote's speaker, the last issuer named) is looked up below,
        # for the frames kept: most frames that fall are no directive of anyone's
        f.issuer = f.issuer or explicit_issuer(sent, issuers, f, bodies)
        out.extend(split_coordinated(art, sent, f, bodies, deadlines, coexec_spans))
    for f in out:
        # "was instructed, together with the akimats, to ..." / "to ensure, together with
        # akimats, the ...": co-executors standing inside the task region
        lo_co = f.task_start if f.trigger.kind in (ACTIVE, VAGUE) else f.trigger.end
        f.co_executors += [
            b
            for b in bodies
            if min(lo_co, f.task_start) <= b.start < f.task_end
            and sl.inside(b.start, coexec_spans)
            and b not in f.co_executors
            and b not in f.responsible
        ]
        make_task(art, s, sent, f, bodies, deadlines, coexec_spans)
    # "instructed to ensure the transparency of the queue: Otbasy Bank must complete ...":
    # a bodyless lead-in whose colon opens the directive that spells it out is no directive
    # of its own.
    lead_ins = {
        id(a)
        for a, b in itertools.pairwise(out)
        if not (a.responsible or a.co_executors or a.extra_bodies)
        and (b.responsible or b.extra_bodies)
        and ":" in sent[a.task_start : b.clause_start]
    }
    context: list[str | None] = []  # the sentence's context issuer, once looked up

    def issuer(f: Frame) -> str | None:
        if f.issuer is None:
            if not context:
                context.append(context_issuer(art, s))
            return context[0]
        return f.issuer

    _inherit_bodies(sent, out)
    kept = [f for f in out if id(f) not in lead_ins and _keep(f, issuer)]
    for f in kept:
        f.issuer = issuer(f)
    return kept


_AND_OR_SEMICOLON = re.compile(r",\s+(?:and|while|ал)\s|;\s")


_KK_VERBAL_3SG = re.compile(r"\w(?:уы|уі|юы|юі)\s+$")


def _inherit_bodies(sent: str, frames: list[Frame]) -> None:
    """"X is to ensure T, and the first stage is to be completed in February" / "...; the
    results must be submitted within 45 days": a passive obligation with no body, in the
    next clause, is a step of the bodies before it."""
    for prev, f in itertools.pairwise(frames):
        has_body = f.responsible or f.co_executors or f.extra_bodies
        # Kazakh: "X ... ауыстыруы тиіс, ал ... жүргізуі қажет": the verb's person ending
        # carries the subject of the first
        kazakh = f.trigger.kind in (MODAL, NEED) and _KK_VERBAL_3SG.search(
            sent, max(0, f.trigger.start - 20), f.trigger.start
        )
        if (
            has_body
            or f.trigger.kind not in (MODAL, NEED)
            or (f.trigger.participle is None and not kazakh)
            or not (prev.responsible or prev.extra_bodies)
            or not _AND_OR_SEMICOLON.search(sent, prev.task_start, f.trigger.start)
        ):
            continue
        # the lead only: the co-executors joined the first task by name
        f.responsible = list(prev.responsible)
        f.extra_bodies = list(prev.extra_bodies)


def _frame(
    art: Article,
    sent: str,
    t: Trigger,
    lo: int,
    bodies: list[BodyMention],
    issuer_spans: list[tuple[int, int]],
    coexec_spans: list[tuple[int, int]],
    deadlines: list[DeadlineMention],
) -> list[Frame]:
    not_issuer = [
        b
        for b in bodies
        if not any(a <= b.start and b.end <= e for a, e in issuer_spans)
        and not (b.kind == "person" and _issuer_person(sent, b, t, art.lang))
    ]
    if art.lang == "kk":
        return kk_frames(art, sent, t, lo, not_issuer, coexec_spans, deadlines)
    f = _frame_en_ru(art, sent, t, lo, not_issuer, issuer_spans, coexec_spans, deadlines)
    return [f] if f is not None else []


def _frame_en_ru(
    art: Article,
    sent: str,
    t: Trigger,
    lo: int,
    not_issuer: list[BodyMention],
    issuer_spans: list[tuple[int, int]],
    coexec_spans: list[tuple[int, int]],
    deadlines: list[DeadlineMention],
) -> Frame | None:
    lang = art.lang
    n = len(sent)
    if t.kind == CONTROL:
        # "Control over the implementation of this Decree is entrusted to X" / "Контроль за
        # исполнением постановления возложен на X": the task is the subject, X follows.
        verb = _CONTROL_VERB.search(sent, t.start, t.end)
        run, _ = sl.run_after(sent, lang, t.end, not_issuer, deadlines)
        item = _ITEM_MARKER.match(sent, t.start)  # "4. Контроль за ...": the item's number
        f = Frame(
            t,
            clause_start=0,
            task_start=item.end() if item else t.start,
            task_end=verb.start() if verb else t.end,
            confidence=0.85,
        )
        split_roles(f, run, coexec_spans)
        return f
    if lang == "en" and t.word in ("demanded", "demands", "insisted"):
        # "demanded that the akimats take measures": the subject of the that-clause
        that = re.match(r"\s+(?:that|on)\s+", sent[t.end :])
        run, run_end = ([], 0)
        if that:
            run, run_end = sl.run_after(sent, lang, t.end + that.end(), not_issuer, deadlines)
        if not run:
            if not re.match(r"\s+to\s", sent[t.end :]):
                return None
        else:
            f = Frame(
                t,
                clause_start=_active_clause_start(sent, t, issuer_spans, lo),
                task_start=run_end,
                task_end=n,
                confidence=0.9,
            )
            split_roles(f, run, coexec_spans)
            return f
    if t.kind in (ACTIVE, VAGUE):
        if lang == "en":
            marker = sl.en_task_marker(sent, t, not_issuer)
        else:
            marker = sl.ru_infinitive(sent, t.end, not_issuer)
        stop = marker[0] if marker else sl.first_stop(sent, t.end)
        # "set Minister Kossanov a number of tasks": the addressee may sit inside the trigger
        first = t.start + len(t.word) if t.kind == VAGUE else t.end
        assignees = [b for b in not_issuer if first <= b.start and b.end <= stop]
        if lang == "ru" and t.word.startswith("призва") and not assignees:
            return None  # "призвала граждан / бизнес ...": an appeal, not an order
        if lang == "ru" and t.kind == ACTIVE and not assignees and marker:
            assignees = sl.subject_run(sent, lang, t.start, lo, not_issuer, deadlines, issuer_spans)
        f = Frame(
            t,
            clause_start=_active_clause_start(sent, t, issuer_spans, lo),
            task_start=marker[1] if marker else n,
            task_end=n,
        )
        split_roles(f, assignees, coexec_spans)
        if not f.responsible and not f.co_executors and lang == "en":
            f.extra_bodies = rf.person_by_name(art, sent[first:stop])
        if marker is None:
            if sent.rstrip().endswith(":"):
                f.intro = True
                return f
            if t.kind == VAGUE:
                p = _EN_LEAD_PURPOSE.match(sent) if lang == "en" else None
                if p is None:
                    return None
                f.task_start, f.task_end = p.start("p"), p.end("p")
                f.clause_start = 0
                return f
            return None
        weak_verb = lang == "en" and t.kind == ACTIVE and not is_strong_verb(t.word)
        if weak_verb and not f.responsible and not f.extra_bodies:
            return None  # "urged businesses to ...": an appeal
        if t.kind == VAGUE and lang == "en" and sent[marker[0] : marker[1]].lower() == "to":
            f.bodyless_ok = True  # "gave instructions to ensure ...": as concrete as "instructed"
        if (
            t.kind == VAGUE
            and lang == "ru"
            and not sl.mask(sent, [(d.start, d.end) for d in deadlines], t.end, marker[0]).strip()
        ):
            f.bodyless_ok = True  # "поставил задачу обеспечить рост": the task is the infinitive
        f.confidence = 0.95 if t.kind == ACTIVE else 0.8
        return f
    # passive, modal, need, weak: the bodies stand before the trigger
    # the opinion may stand before the modal or after it ("..., analysts say")
    if t.kind in (MODAL, NEED) and _OPINION[lang].search(sent) and not issuer_spans:
        return None
    run = sl.subject_run(sent, lang, t.start, lo, not_issuer, deadlines, issuer_spans)
    for_group = None
    if t.kind in (NEED, WEAK) and lang == "en":
        m = re.search(r"\bfor\s+(.+?)\s+to$", sent[t.start : t.end], I)
        if m:
            a, b = t.start + m.start(1), t.start + m.end(1)
            run = [x for x in not_issuer if a <= x.start and x.end <= b]
            for_group = (a, b)
    if not run and lang == "ru" and t.kind == PASSIVE:
        # "На МЧС возложена задача ...": the assignee after "на", right before the verb
        on = _RU_ON.search(sent, lo, t.start)
        if on:
            after, end = sl.run_after(sent, lang, on.end(), not_issuer, deadlines)
            if after and not sent[end : t.start].strip(" ,"):
                run = after
    if not run and lang == "ru":
        # "Поручено Министерству ... разработать" / "Необходимо акиматам обеспечить"
        inf = sl.ru_infinitive(sent, t.end, not_issuer)
        stop = inf[0] if inf else sl.first_stop(sent, t.end)
        run = [b for b in not_issuer if t.end <= b.start and b.end <= stop]
    if not run and lang == "en" and t.kind == PASSIVE:
        # "This work has been entrusted to the Ministry of Agriculture and the akimats": the
        # bodies follow and the task is in the sentence before
        to = _TO_OR_WITH.match(sent, t.end)
        after, end = sl.run_after(sent, lang, to.end(), not_issuer, deadlines) if to else ([], 0)
        if after and not re.search(
            r"\w", sl.mask(sent, [(d.start, d.end) for d in deadlines], end, n)
        ):
            f = Frame(t, clause_start=t.start, task_start=t.end, task_end=n, confidence=0.8)
            split_roles(f, after, coexec_spans)
            f.points_back = True
            return f
    f = Frame(t, clause_start=run[0].start if run else t.start, task_start=t.end, task_end=n)
    if lang == "en" and sent.rstrip().endswith(":") and not re.search(r"\w", sent[t.end :]):
        split_roles(f, run, coexec_spans)  # "the Government of Kazakhstan shall:"
        f.intro = True
        return f
    if lang == "ru":
        inf = sl.ru_infinitive(sent, t.end, not_issuer)
        if inf is None:
            if sent.rstrip().endswith(":") and run:
                split_roles(f, run, coexec_spans)
                f.intro = True
                return f
            lead = _RU_LEAD_INFINITIVE.match(sent, lo)
            if t.kind == PASSIVE and run and run[0].start >= t.end and lead:
                # "Внести предложения поручено Минсельхозу – до 1 сентября": the task
                # before the verb, the bodies after it
                f.clause_start = f.task_start = lead.start(1)
                f.task_end = t.start
                split_roles(f, run, coexec_spans)
                f.confidence = 0.85
                return f
            if t.kind == PASSIVE and run and run[0].start >= t.end:
                # "Соответствующее поручение дано акимату Шымкента": the task is in the
                # sentence before
                split_roles(f, run, coexec_spans)
                f.points_back = True
                f.confidence = 0.8
                return f
            return None
        f.task_start = inf[0]
    split_roles(f, run, coexec_spans)
    if not run and lang == "en" and for_group is None and t.kind in (MODAL, PASSIVE):
        f.extra_bodies = sl.group_subject(sent, lo, t.start)
        if not f.extra_bodies:
            f.extra_bodies = rf.person_by_name(art, sl.clause_text(sent, lo, t.start))
    if not run and f.extra_bodies:
        f.clause_start = max(lo, sl.clause_start_before(sent, t.start, lo))
    if t.kind == WEAK:
        f.confidence = 0.0
        return f
    f.confidence = {PASSIVE: 0.9, MODAL: 0.8, NEED: 0.75}.get(t.kind, 0.7)
    if not run and not f.extra_bodies:
        f.clause_start = max(lo, sl.clause_start_before(sent, t.start, lo))
        if t.kind == PASSIVE and lang == "en" and _not_a_body_passive(sent, f.clause_start, t):
            return None  # "Students were asked to take part in the survey": no body's task
        if t.kind == PASSIVE:
            f.confidence = 0.6
        else:
            f.bodyless_ok = False
            f.confidence = 0.5
    return f


_PEOPLE = re.compile(
    r"\b(?:citizens|residents|people|students|pupils|parents|entrepreneurs|businesses|"
    r"business|farmers|consumers|drivers|employers|employees|investors|companies|banks|"
    r"participants|applicants|tourists|patients|users|owners|landlords|tenants)\b",
    I,
)


def _not_a_body_passive(sent: str, clause_start: int, t: Trigger) -> bool:
    """A passive with no body before it is an appeal, not an assignment, when the verb only
    asks ("were asked / requested / told to") or its subject is people, not the state."""
    if not is_strong_verb(t.word.split()[-1]):
        return True
    return bool(_PEOPLE.search(sent, clause_start, t.start))


_RU_ON = re.compile(r"(?:^|[,:]\s*)(?:Также\s+|также\s+)?[Нн]а\s+")
_TO_OR_WITH = re.compile(r"\s*(?:to|with)\s+", I)


def _issuer_person(sent: str, b: BodyMention, t: Trigger, lang: str) -> bool:
    """A person mention right before an active verb is the issuer, not an assignee; in
    Kazakh, where every part stands before the verb, only one not in the dative ("облыс
    әкімдеріне ... тапсырды" names the addressees)."""
    if lang == "kk" and sl.KK_DATIVE.search(sent[b.start : sl.word_end(sent, b.end)]):
        return False
    return t.kind in (ACTIVE, VAGUE) and b.end <= t.start and t.start - b.end < 60


def _active_clause_start(sent: str, t: Trigger, issuer_spans, lo: int) -> int:
    before = [a for a, b in issuer_spans if lo <= a and b <= t.start]
    return before[-1] if before else max(lo, sl.clause_start_before(sent, t.start, lo))


_BE_WORD = re.compile(r"be\s+(\w+)")
_WORD = re.compile(r"\w")


def _keep(f: Frame, issuer: Callable[[Frame], str | None]) -> bool:
    """Whether a frame is a directive; ``issuer`` gives its issuer (from the article's
    context when the sentence names none), asked only when the answer depends on it."""
    if f.intro:
        return True
    if not f.task or not _WORD.search(f.task):
        return False
    t = f.trigger
    if t.kind == WEAK:
        return False
    if t.kind == CONTROL and not (f.responsible or f.extra_bodies):
        return False
    if "берілді" in t.word and not (f.responsible or f.extra_bodies):
        return False  # "Кеңес қорытындысы бойынша бірқатар тапсырма берілді.": a summary
    has_body = bool(f.responsible or f.extra_bodies)
    dated = f.deadline is not None and f.deadline.date is not None
    be = _BE_WORD.match(f.task) if f.task.startswith("be") else None
    if t.kind == MODAL and not dated and be and not tk.is_participle(be.group(1)):
        return False  # "agencies must be open to citizens": a quality, not a task
    if t.kind in (MODAL, NEED) and not has_body:
        if f.bodyless_ok:
            return True  # a list item under an instruction
        # A dated obligation with no body counts when it is impersonal ("it is necessary to
        # ... by", "documentation must be completed by") and an official stands behind it;
        # "Citizens must pay taxes by March 31" has a subject that is not a body.
        return dated and (t.kind == NEED or f.impersonal) and issuer(f) is not None
    if t.kind == VAGUE and not has_body:
        return f.bodyless_ok
    return True


# --------------------------------------------------------------------------- bare frames


def _ru_dative_start(sent: str, *, item: bool = False) -> int | None:
    """'Акиматам областей обеспечить ...', 'МТСЗН совместно с акиматами трудоустроить ...':
    a sentence opening with its addressee (dative, or an indeclinable abbreviation). A
    decree's list item may open with its number and a lower-case word ('1) акиматам ...')."""
    if item:
        marker = _ITEM_MARKER.match(sent)
        m = re.match(r"\s*([А-ЯЁA-Zа-яё][\w-]*)", sent[marker.end() :]) if marker else None
        if m is None:
            return None
        word = m.group(1)
        if word == "АО" or (2 <= len(word) <= 8 and word.isupper()):
            return marker.end() + m.start(1)
        return marker.end() + m.start(1) if _RU_ADDRESSEE_WORD.search(word.lower()) else None
    m = _RU_LEAD_IN.match(sent)
    if not m:
        return None
    g = next(k for k in (1, 2, 3) if m.group(k))  # after a lead-in, or at the start
    if _RU_DASH_ASSIGNMENT.match(sent, m.start(g)):
        return m.start(g)  # "Минэкологии – до 15 апреля внести поправки ...": terse, by dash
    word = m.group(g)
    abbreviation = 2 <= len(word) <= 8 and word.isupper()
    if not abbreviation and not _RU_ADDRESSEE_WORD.search(word.lower()):
        return None
    return m.start(g)


# "Согласно постановлению, центральным ... органам обеспечить ...": after a lead-in the
# addressee may start in lower case
_RU_LEAD_IN = re.compile(
    r"^(?:(?:(?:Согласно|В\s+соответствии\s+с)\s+(?:постановлени\w+|указ\w*|распоряжени\w+"
    r"|документ\w*|протокол\w*|решени\w+)(?:\s+[^\s,]+){0,3},"
    # "По итогам совещания принято решение: Министерству ... обеспечить ..."
    r"|[^:;]{0,80}?(?:решени[ея]|решений|поручени[ея]|поручений)\s*:)\s*([А-ЯЁA-Zа-яё][\w-]*)"
    r"|(?:Также|Кроме\s+того,|Помимо\s+этого,|При\s+этом)\s+([А-ЯЁA-Zа-яё][\w-]*)"
    r"|([А-ЯЁA-Z][\w-]*))"
)
# What a decree may put between its addressee and the infinitive: "(по согласованию)", ", а
# также иным организациям", ", ответственным за исполнение плана,"
# a decree's adverbial right before the infinitive: "на период отопительного сезона
# обеспечить", "при формировании бюджета на 2027–2029 годы предусмотреть"
_RU_ADVERBIAL_BEFORE_INFINITIVE = re.compile(
    r"(?<![\w-])(?:на|при|по|для|в\s+рамках|в\s+целях|с\s+учетом|в\s+части)\s+"
    r"(?:[^\s,;:.]+\s+){0,7}?[^\s,;:.]+\s*$",
    re.IGNORECASE,
)
_RU_ADDRESSEE_ASIDES = re.compile(
    r"\([^()]{0,40}\)|^\s*,?\s*(?:а\s+также|и)\s+(?:ины\w*|други\w*)\s+[а-яё]+"
    r"|,\s*[а-яё]+(?:щим|вшим|нным|ым|им)\s+(?:за|по|в|на|от)\s[^,;:]{0,80}(?:,|(?=:))",
    re.IGNORECASE,
)
# a dative noun, or the plural adjective before one ("Центральным государственным органам")
_RU_ADDRESSEE_WORD = re.compile(r"(?:у|ю|ам|ям|ому|ему|ым|им)$")
_RU_LEAD_INFINITIVE = re.compile(r"\W*(?:(?:Также|также)\s+)?([А-ЯЁа-яё]+(?:ть|ти|чь))\b")
_RU_DASH_ASSIGNMENT = re.compile(r"[А-ЯЁA-Z][\w-]*(?:\s+[\w«»\"-]+){0,6}?\s+[–—]\s+\S")
_ITEM_MARKER = re.compile(r"^\s*(?:[-–—•●▪*·]|\(?\d{1,2}[).]|\(?[a-zа-я][).])\s+")


def _bare_frames(
    art: Article,
    sent: str,
    bodies: list[BodyMention],
    deadlines: list[DeadlineMention],
    intro: tuple[list[str], list[str], str | None] | None,
    *,
    start: int = 0,
) -> list[Frame]:
    """A list item or a dative-infinitive sentence: no trigger word of its own. Several
    when it coordinates assignments ("Минэкологии – до 15 апреля ..., Минюсту – до 1 мая
    ...")."""
    coexec = sl.coexec_spans(sent, art.lang, bodies)
    f = _bare_frame(art, sent, bodies, deadlines, intro, coexec, start)
    if f is None or f.intro:
        return [f] if f is not None else []
    remove = [(d.start, d.end) for d in deadlines] + coexec
    out = []
    for g in split_coordinated(art, sent, f, bodies, deadlines, coexec):
        g.task = _item_task(art.lang, sl.mask(sent, remove, g.task_start, g.task_end))
        if g.task:
            out.append(g)
    return out


def _kk_no_addressee(sent: str, last: BodyMention) -> bool:
    """A Kazakh item's opening bodies are the possessor ("... холдингінің шығындарын") or
    inside the task ("мемлекеттік органдарға арналған платформаны"), not its addressee."""
    end = sl.kk_name_end(sent, last.end)
    words = sent[last.start : end].split()
    return bool(
        words
        and (sl.KK_GENITIVE.search(words[-1]) or sl.KK_NOT_ADDRESSEE_AFTER.match(sent, end))
    )


def _item_task(lang: str, region: str) -> str:
    if lang == "en":
        return tk.english_task(region, gerund=True)
    if lang == "ru":
        return tk.russian_task(region)
    return tk.kazakh_task(region)


def _bare_frame(
    art: Article,
    sent: str,
    bodies: list[BodyMention],
    deadlines: list[DeadlineMention],
    intro: tuple[list[str], list[str], str | None] | None,
    coexec: list[tuple[int, int]],
    start: int = 0,
) -> Frame | None:
    """The frame of a list item or a dative-infinitive sentence, before any split; its
    task is made by ``_bare_frames``, once per part. ``start`` is where the addressee
    opens, after a lead-in ("Согласно постановлению, ...")."""
    lang = art.lang
    marker = _ITEM_MARKER.match(sent)
    body_start = max(marker.end() if marker else 0, start)
    lead, pos = sl.run_after(sent, lang, body_start, bodies, deadlines)
    if lang == "kk" and lead and _kk_no_addressee(sent, lead[-1]):
        lead, pos = [], body_start  # "– «Бәйтерек» холдингінің шығындарын оңтайландыру"
    if lang == "ru":
        inf = sl.ru_infinitive(sent, pos, bodies)
        if inf is None:
            rest = _RU_ADDRESSEE_ASIDES.sub(" ", sl.mask(sent, coexec, pos, len(sent)))
            if lead and sent.rstrip().endswith(":") and sl.CONNECTOR["ru"].match(rest[:-1]):
                # "3. Акиматам областей:" then "1) ...; 2) ...": the addressee of the sub-items
                f = Frame(
                    Trigger(ACTIVE, body_start, body_start, "item"),
                    clause_start=body_start,
                    task_start=len(sent),
                    task_end=len(sent),
                )
                split_roles(f, lead, coexec)
                f.intro = True
                return f
            return None
        gap = sl.mask(sent, [(d.start, d.end) for d in deadlines] + coexec, pos, inf[0])
        gap = _RU_ADVERBIAL_BEFORE_INFINITIVE.sub(" ", _RU_ADDRESSEE_ASIDES.sub(" ", gap))
        if lead and not sl.CONNECTOR["ru"].match(gap):
            return None
        if intro is None and not lead:
            return None
        task_start = inf[0]
    else:
        task_start = pos
    f = Frame(
        Trigger(ACTIVE, body_start, body_start, "item"),
        clause_start=body_start,
        task_start=task_start,
        task_end=len(sent),
        confidence=0.7 if intro is None else 0.8,
    )
    split_roles(f, lead, coexec)
    # "– within two weeks, work out together with the Ministry of Finance ...": co-executors
    # inside the task of an item, or between addressee and task ("Акиматам совместно с
    # территориальными подразделениями МВД утвердить ...")
    f.co_executors += [
        b
        for b in bodies
        if body_start <= b.start < f.task_end
        and sl.inside(b.start, coexec)
        and b not in f.co_executors
    ]
    assign_deadlines([f], deadlines, sent)
    return f


# --------------------------------------------------------------------------- output


def _names(art: Article, f: Frame) -> tuple[list[str], list[str]]:
    resp = [_name(b) for b in _unique_mentions(f.responsible)] + list(f.extra_bodies)
    co = [_name(b) for b in _unique_mentions(f.co_executors)]
    co += f.extra_co
    resp = list(dict.fromkeys(resp))
    co = [c for c in dict.fromkeys(co) if c not in resp]
    return resp, co


def _name(b: BodyMention) -> str:
    if b.canonical:
        return b.canonical
    text = re.sub(r"^(?:the|all|other)\s+", "", b.text.strip(" \"'«»“”,"), flags=I)
    return " ".join(text.split())


def _emit(art: Article, s: Sentence, f: Frame) -> ExtractedDirective | None:
    resp, co = _names(art, f)
    known = {b.canonical for b in f.responsible + f.co_executors if b.canonical}
    unknown = tuple(n for n in (*resp, *co) if n not in known and not _is_known(art, n))
    start = s.start if f.back_start is None else f.back_start
    dl = f.deadline
    conf = f.confidence
    if unknown:
        conf -= 0.1
    if not (resp or co):
        conf -= 0.1
    if f.issuer is None:
        conf -= 0.05
    return ExtractedDirective(
        sentence=art.text[start : s.end],
        start=start,
        end=s.end,
        issuer=f.issuer,
        responsible=tuple(resp),
        co_executors=tuple(co),
        unknown_bodies=unknown,
        task=f.task,
        deadline=dl.date if dl else None,
        deadline_text=dl.text if dl else None,
        deadline_granularity=dl.granularity if dl else None,
        confidence=round(max(0.05, min(1.0, conf)), 2),
        lang=art.lang,
    )


def _is_known(art: Article, name: str) -> bool:
    try:
        return art.registry.canonical(name) is not None
    except Exception:
        return False
