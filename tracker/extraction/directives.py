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
"""

from __future__ import annotations

import datetime
import itertools
import re
from dataclasses import dataclass, field

from tracker.extraction import issuers as iss
from tracker.extraction import slots as sl
from tracker.extraction import tasks as tk
from tracker.extraction.bodies import BodyMention, find_bodies
from tracker.extraction.deadlines import DeadlineMention, find_deadlines
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

#: Longer "sentences" are not prose (a table, a broken split): skipped, so work stays bounded.
MAX_SENTENCE = 3000
#: Distinct names looked up per article to resolve "Minister Kossanov" to a body.
MAX_NAME_LOOKUPS = 16
I = re.IGNORECASE  # noqa: E741

# --------------------------------------------------------------------------- language bits

_EN_LEAD_PURPOSE = re.compile(
    r"^\s*(?:For|To|In\s+order\s+to|With\s+a\s+view\s+to|Aiming\s+to|In\s+order\s+for)\s+"
    r"(?P<p>[^,]{5,200}),",
    I,
)

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
_CONTROL_VERB = re.compile(
    r"\s+(?:(?:is|are|shall\s+be|has\s+been|have\s+been|was|were|will\s+be)\s+(?:hereby\s+)?"
    r"\w+\s+\w+|возлож\w*\s+на)\s*$",
    I,
)
_QUESTION = re.compile(r"\?\s*[\"»”]?\s*$")


# --------------------------------------------------------------------------- helpers


@dataclass(slots=True)
class _Frame:
    trigger: Trigger
    clause_start: int
    task_start: int
    task_end: int
    responsible: list[BodyMention] = field(default_factory=list)
    co_executors: list[BodyMention] = field(default_factory=list)
    extra_bodies: list[str] = field(default_factory=list)  # groups by head noun, inherited
    extra_co: list[str] = field(default_factory=list)  # co-executors inherited from an intro
    back_start: int | None = None  # the task came from the sentence starting here
    issuer: str | None = None
    deadline: DeadlineMention | None = None
    task: str = ""
    confidence: float = 0.8
    bodyless_ok: bool = False  # a bodyless modal/necessity that has a deadline
    intro: bool = False  # introduces a list
    impersonal: bool = False  # passive modal ("must be completed") or Kazakh modal: no subject
    points_back: bool = False  # "Соответствующее поручение дано X": the task is the one before


@dataclass(slots=True)
class _Article:
    text: str
    published: datetime.date
    lang: str
    registry: Registry
    sentences: list[Sentence]
    title: str
    # The issuer context is looked up only when a directive needs it (most sentences are
    # no directive), and cached: paragraph -> quote speaker, sentence -> first issuer named.
    speakers: dict[int, str | None] = field(default_factory=dict)
    scanned: int = 0  # sentences before this index have been read for issuers ...
    last_named: str | None = None  # ... and this is the last issuer they named
    chair: str | None = None
    chair_known: bool = False
    intros: dict[int, tuple[list[str], list[str], str | None]] = field(default_factory=dict)
    persons: dict[str, BodyMention | None] | None = None  # name stem -> titled mention
    named_bodies: dict[int, list[BodyMention]] = field(default_factory=dict)  # -1 = title


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
    art = _Article(text, published, lang, registry, sentences, title[:MAX_SENTENCE])
    out: list[ExtractedDirective] = []
    for s in sentences:
        if len(s.text) <= MAX_SENTENCE:
            out.extend(_sentence_directives(art, s))
    return out


# --------------------------------------------------------------------------- per sentence


def _context_issuer(art: _Article, s: Sentence) -> str | None:
    """The speaker of the quote the sentence's paragraph closes, else the last issuer named
    in an earlier sentence, else the chair of the meeting."""
    speaker = _speaker(art, s)
    if speaker:
        return speaker
    while art.scanned < s.index:  # each sentence is read once however many directives ask
        prev = art.sentences[art.scanned].text
        found = iss.first_issuer(prev, art.lang) if len(prev) <= MAX_SENTENCE else None
        if found:
            art.last_named = found
        art.scanned += 1
    if art.last_named:
        return art.last_named
    if not art.chair_known:
        opening = [x.text[:MAX_SENTENCE] for x in art.sentences[:2]]
        art.chair = iss.chair_of(art.title, opening, art.lang)
        art.chair_known = True
    return art.chair


def _speaker(art: _Article, s: Sentence) -> str | None:
    if s.paragraph not in art.speakers:
        who = None
        for i in range(s.index, len(art.sentences)):
            x = art.sentences[i]
            if x.paragraph != s.paragraph:
                break
            if len(x.text) <= MAX_SENTENCE:
                who = iss.quote_speaker(x.text, art.lang)
                if who:
                    break
        if who is None:  # sentences of the paragraph before this one
            for i in range(s.index - 1, -1, -1):
                x = art.sentences[i]
                if x.paragraph != s.paragraph:
                    break
                who = iss.quote_speaker(x.text, art.lang) if len(x.text) <= MAX_SENTENCE else None
                if who:
                    break
        art.speakers[s.paragraph] = who
    return art.speakers[s.paragraph]


def _sentence_directives(art: _Article, s: Sentence) -> list[ExtractedDirective]:
    lang = art.lang
    sent = s.text
    if _QUESTION.search(sent):
        return []
    triggers = find_triggers(sent, lang)
    item_intro = art.intros.get(s.intro) if s.is_item and s.intro is not None else None
    dative = None
    if not triggers and lang == "ru":
        dative = _ru_dative_start(sent)
    if not triggers and item_intro is None and dative is None:
        return []
    if item_intro is None and all(_hopeless(sent, t) for t in triggers) and triggers:
        return []  # spare the body and deadline finders a sentence that cannot qualify
    bodies = _with_references(art, s, _bodies(art, sent))
    deadlines = [
        d
        for d in find_deadlines(sent, art.published, lang)
        if not any(b.start <= d.start < b.end for b in bodies)
    ]
    frames: list[_Frame] = []
    if triggers:
        frames = _frames(art, s, sent, triggers, bodies, deadlines)
    elif dative is not None or item_intro is not None:
        f = _bare_frame(art, sent, bodies, deadlines, item_intro)
        if f is not None:
            frames = [f]
    if item_intro is not None:
        intro_resp, intro_co, intro_issuer = item_intro
        for f in frames:
            if not f.responsible and not f.extra_bodies:
                f.extra_bodies = list(intro_resp)
                f.extra_co = list(intro_co)
            f.issuer = f.issuer or intro_issuer
            f.bodyless_ok = True
            f.confidence = max(f.confidence, 0.8)
    results = []
    for f in frames:
        if f.intro:
            resp, co = _names(art, f)
            art.intros[s.index] = (resp, co, f.issuer or _context_issuer(art, s))
            continue
        d = _emit(art, s, f)
        if d is not None:
            results.append(d)
    return results


_PRONOUN_BEFORE = re.compile(r"\b(?:we|i|you|they|he|she|мы|я|вы|они|біз|мен|сіз|олар)\s+$", I)


def _hopeless(sent: str, t: Trigger) -> bool:
    """A trigger that gives no directive whatever the bodies: "it is important to" (weak),
    or a modal whose subject is a pronoun ("We must ...", "Мы должны ...")."""
    if t.kind == WEAK:
        return True
    return t.kind == MODAL and bool(_PRONOUN_BEFORE.search(sent, max(0, t.start - 8), t.start))


# A body named by its kind alone ("the city akimat", "the akim", "the ministry",
# "Министерству", "министрлікке"): the article has named it before. Singular forms only;
# "akimats" / "акиматам" are the group.
_REFERENCE = {
    "en": re.compile(
        r"\b(?:the|this|that)\s+(?:(?:city|regional|region's|oblast|capital's|city's)\s+)?"
        r"(?P<k>akimat|akim|ministry|minister|agency|fund)\b",
        I,
    ),
    "ru": re.compile(
        r"(?<![\w-])(?P<k>министерств(?:о|а|у|ом|е)|министр(?:а|у|ом)?|акимат(?:а|у|ом|е)?|"
        r"аким(?:а|у|ом)?|агентств(?:о|а|у|ом|е)|фонд(?:а|у|ом|е)?)(?![\w-])",
        I,
    ),
    "kk": re.compile(
        r"(?<![\w-])(?P<k>министрлі(?:к|гі|кке|гіне|ктің|гінің)|министр(?:ге|і|іне)?|"
        r"әкімдік(?:ке|і|іне|тің)?|әкім(?:і|іне|ге)?|агенттік(?:ке|і|іне)?)(?![\w-])",
        I,
    ),
}
_REFERENCE_KIND = (
    ("akim", "akimat"),
    ("аким", "akimat"),
    ("әкім", "akimat"),
    ("minist", "ministry"),
    ("минист", "ministry"),
    ("agency", "agency"),
    ("агентств", "agency"),
    ("агенттік", "agency"),
    ("fund", "fund"),
    ("фонд", "fund"),
)


def _reference_kind(word: str) -> str | None:
    w = word.lower()
    return next((kind for prefix, kind in _REFERENCE_KIND if w.startswith(prefix)), None)


def _with_references(art: _Article, s: Sentence, bodies: list[BodyMention]) -> list[BodyMention]:
    """Add the bodies a sentence names by their kind alone, resolved to the last body of
    that kind the article named before it (or its title names): "Tokayev instructs Almaty
    akimat ..." ... "instructed the city akimat to" -> Akimat of Almaty. Unresolved, the
    word is left alone (an unknown body mention of the finder stays as it was)."""
    rx = _REFERENCE.get(art.lang)
    if rx is None:
        return bodies
    out = list(bodies)
    for m in rx.finditer(s.text):
        covered = [b for b in bodies if b.start <= m.start("k") < b.end]
        if any(b.canonical or b.end > sl.word_end(s.text, m.end("k")) for b in covered):
            continue  # part of a name, known or not: "Ministry of Energy", "Ministry of Sports"
        kind = _reference_kind(m.group("k"))
        # "the minister" / "аким": the official the article introduced, then any body
        person = m.group("k").lower().startswith(("minister", "министр", "akim", "аким", "әкім"))
        person = person and not m.group("k").lower().startswith(
            ("akimat", "акимат", "әкімдік", "министрлі")
        )
        found = None
        if kind and person:
            found = _last_named(art, s.index, kind, person=True)
        if kind and found is None:
            found = _last_named(art, s.index, kind)
        if found is None:
            continue
        out = [b for b in out if b not in covered]
        out.append(BodyMention(m.group(0), m.start(), m.end("k"), found, kind))
    return sorted(out, key=lambda b: (b.start, -b.end))


def _last_named(art: _Article, index: int, kind: str, *, person: bool = False) -> str | None:
    """The canonical name of the last body of ``kind`` named before sentence ``index``
    (the title counts as the start of the article); with ``person``, only an official's
    title counts ("Education Minister Gani Beisembayev" -> Ministry of Education)."""
    for i in [*range(index - 1, -1, -1), -1]:
        if i not in art.named_bodies:
            text = art.title if i == -1 else art.sentences[i].text
            art.named_bodies[i] = _bodies(art, text) if len(text) <= MAX_SENTENCE else []
        for b in reversed(art.named_bodies[i]):
            if person and b.kind != "person":
                continue
            c = b.canonical or ""
            if kind == "akimat" and c.startswith("Akimat of"):
                return c
            if kind == "ministry" and c.startswith("Ministry of"):
                return c
            if kind in ("agency", "fund") and b.kind == kind:
                return c
    return None


def _bodies(art: _Article, sent: str) -> list[BodyMention]:
    try:
        found = find_bodies(sent, art.lang, art.registry)
    except Exception:  # a bug in the body finder must not take the article down
        return []
    return sorted(found, key=lambda b: (b.start, -b.end))


def _frames(
    art: _Article,
    s: Sentence,
    sent: str,
    triggers: list[Trigger],
    bodies: list[BodyMention],
    deadlines: list[DeadlineMention],
) -> list[_Frame]:
    lang = art.lang
    issuers = iss.find_issuers(sent, lang)
    issuer_spans = [(i.start, i.end) for i in issuers]
    coexec_spans = sl.coexec_spans(sent, lang, bodies)
    frames: list[_Frame] = []
    for i, t in enumerate(triggers):
        lo = triggers[i - 1].end if i else 0
        frames.extend(_frame(art, sent, t, lo, bodies, issuer_spans, coexec_spans, deadlines))
    # A frame's task ends where the next frame's clause starts.
    for a, b in itertools.pairwise(frames):
        cut = sl.clause_boundary(sent, a.task_start, b.clause_start, lang)
        a.task_end = min(a.task_end, cut)
    _assign_deadlines(frames, deadlines)
    out: list[_Frame] = []
    for f in frames:
        f.issuer = f.issuer or _explicit_issuer(sent, issuers, f, bodies) or _context_issuer(art, s)
        out.extend(_split_coordinated(art, sent, f, bodies, deadlines, coexec_spans))
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
        _make_task(art, s, sent, f, bodies, deadlines, coexec_spans)
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
    return [f for f in out if _keep(f) and id(f) not in lead_ins]


def _frame(
    art: _Article,
    sent: str,
    t: Trigger,
    lo: int,
    bodies: list[BodyMention],
    issuer_spans: list[tuple[int, int]],
    coexec_spans: list[tuple[int, int]],
    deadlines: list[DeadlineMention],
) -> list[_Frame]:
    not_issuer = [
        b
        for b in bodies
        if not any(a <= b.start and b.end <= e for a, e in issuer_spans)
        and not (b.kind == "person" and _issuer_person(sent, b, t))
    ]
    if art.lang == "kk":
        return _kk_frame(art, sent, t, lo, not_issuer, coexec_spans, deadlines)
    f = _frame_en_ru(art, sent, t, lo, not_issuer, issuer_spans, coexec_spans, deadlines)
    return [f] if f is not None else []


def _frame_en_ru(
    art: _Article,
    sent: str,
    t: Trigger,
    lo: int,
    not_issuer: list[BodyMention],
    issuer_spans: list[tuple[int, int]],
    coexec_spans: list[tuple[int, int]],
    deadlines: list[DeadlineMention],
) -> _Frame | None:
    lang = art.lang
    n = len(sent)
    if t.kind == CONTROL:
        # "Control over the implementation of this Decree is entrusted to X" / "Контроль за
        # исполнением постановления возложен на X": the task is the subject, X follows.
        verb = _CONTROL_VERB.search(sent, t.start, t.end)
        run, _ = sl.run_after(sent, lang, t.end, not_issuer, deadlines)
        f = _Frame(
            t,
            clause_start=0,
            task_start=t.start,
            task_end=verb.start() if verb else t.end,
            confidence=0.85,
        )
        _split_roles(f, run, coexec_spans)
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
            f = _Frame(
                t,
                clause_start=_active_clause_start(sent, t, issuer_spans, lo),
                task_start=run_end,
                task_end=n,
                confidence=0.9,
            )
            _split_roles(f, run, coexec_spans)
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
        if lang == "ru" and t.kind == ACTIVE and not assignees and marker:
            assignees = sl.subject_run(sent, lang, t.start, lo, not_issuer, deadlines, issuer_spans)
        f = _Frame(
            t,
            clause_start=_active_clause_start(sent, t, issuer_spans, lo),
            task_start=marker[1] if marker else n,
            task_end=n,
        )
        _split_roles(f, assignees, coexec_spans)
        if not f.responsible and not f.co_executors and lang == "en":
            f.extra_bodies = _person_by_name(art, sent[first:stop])
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
    if not run and lang == "ru":
        # "Поручено Министерству ... разработать" / "Необходимо акиматам обеспечить"
        inf = sl.ru_infinitive(sent, t.end, not_issuer)
        stop = inf[0] if inf else sl.first_stop(sent, t.end)
        run = [b for b in not_issuer if t.end <= b.start and b.end <= stop]
    f = _Frame(t, clause_start=run[0].start if run else t.start, task_start=t.end, task_end=n)
    if lang == "en" and sent.rstrip().endswith(":") and not re.search(r"\w", sent[t.end :]):
        _split_roles(f, run, coexec_spans)  # "the Government of Kazakhstan shall:"
        f.intro = True
        return f
    if lang == "ru":
        inf = sl.ru_infinitive(sent, t.end, not_issuer)
        if inf is None:
            if sent.rstrip().endswith(":") and run:
                _split_roles(f, run, coexec_spans)
                f.intro = True
                return f
            if t.kind == PASSIVE and run and run[0].start >= t.end:
                # "Соответствующее поручение дано акимату Шымкента": the task is in the
                # sentence before
                _split_roles(f, run, coexec_spans)
                f.points_back = True
                f.confidence = 0.8
                return f
            return None
        f.task_start = inf[0]
    _split_roles(f, run, coexec_spans)
    if not run and lang == "en" and for_group is None and t.kind in (MODAL, PASSIVE):
        f.extra_bodies = sl.group_subject(sent, lo, t.start)
        if not f.extra_bodies:
            f.extra_bodies = _person_by_name(art, sl.clause_text(sent, lo, t.start))
    if not run and f.extra_bodies:
        f.clause_start = max(lo, sl.clause_start_before(sent, t.start, lo))
    if t.kind == WEAK:
        f.confidence = 0.0
        return f
    f.confidence = {PASSIVE: 0.9, MODAL: 0.8, NEED: 0.75}.get(t.kind, 0.7)
    if not run and not f.extra_bodies:
        f.clause_start = max(lo, sl.clause_start_before(sent, t.start, lo))
        if t.kind == PASSIVE:
            f.confidence = 0.6
        else:
            f.bodyless_ok = False
            f.confidence = 0.5
    return f


def _issuer_person(sent: str, b: BodyMention, t: Trigger) -> bool:
    """A person mention right before an active verb is the issuer, not an assignee."""
    return t.kind in (ACTIVE, VAGUE) and b.end <= t.start and t.start - b.end < 60


def _split_roles(f: _Frame, mentions: list[BodyMention], coexec: list[tuple[int, int]]) -> None:
    for b in mentions:
        (f.co_executors if sl.inside(b.start, coexec) else f.responsible).append(b)


def _active_clause_start(sent: str, t: Trigger, issuer_spans, lo: int) -> int:
    before = [a for a, b in issuer_spans if lo <= a and b <= t.start]
    return before[-1] if before else max(lo, sl.clause_start_before(sent, t.start, lo))


_NAME = re.compile(r"\b([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі'-]{3,})\b")
_NOT_NAMES = frozenset(
    re.split(
        r"\s+",
        "Minister Ministry Deputy Head State President Prime Government Chairman Akim The This "
        "These Kazakhstan Kazakh Republic Agency Committee National Министр Министерство",
    )
)


def _person_by_name(art: _Article, region: str) -> list[str]:
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


def _titled_person(art: _Article, stem: str) -> BodyMention | None:
    """The official's title standing before a name starting with ``stem``, searched only in
    the sentences that hold the name."""
    for s in art.sentences:
        if stem not in s.text or len(s.text) > MAX_SENTENCE:
            continue
        for b in _bodies(art, s.text):
            if b.kind == "person" and b.canonical and stem in s.text[b.end : b.end + 40]:
                return b
    return None


def _kk_frame(
    art: _Article,
    sent: str,
    t: Trigger,
    lo: int,
    bodies: list[BodyMention],
    coexec_spans: list[tuple[int, int]],
    deadlines: list[DeadlineMention],
) -> list[_Frame]:
    """Kazakh is verb-final: '<issuer> <body-DAT> [deadline] <task-ACC> тапсырды'.

    Coordinated assignments share the verb: 'A-ға X-ды, B-ға Y-ды тапсырды' gives two
    directives, one per addressee with the task that follows it.
    """
    dl_spans = [(d.start, d.end) for d in deadlines]
    slots: list[tuple[list[BodyMention], int]] = []  # (bodies, where their task starts)
    before = [b for b in bodies if lo <= b.start and b.end <= t.start]
    # "міндеттелді" (was obliged) takes its body in the nominative, the others the dative
    nominative_ok = t.kind in (MODAL, NEED) or t.word.startswith("міндеттел")
    for k, b in enumerate(before):
        word = sent[b.start : sl.word_end(sent, b.end)]
        coexec = sl.inside(b.start, coexec_spans)
        if not coexec and sl.KK_GENITIVE.search(word):
            continue
        if not coexec and not nominative_ok and not sl.KK_DATIVE.search(word):
            # "X министрлігі мен Y министрлігіне": the first of two coordinated addressees
            nxt = before[k + 1] if k + 1 < len(before) else None
            joined = (
                nxt is not None
                and sl.KK_DATIVE.search(sent[nxt.start : sl.word_end(sent, nxt.end)])
                and re.fullmatch(
                    r"\s*(?:,|және|мен|пен|бен)\s*", sent[sl.word_end(sent, b.end) : nxt.start]
                )
            )
            if not joined:
                continue
        end = sl.coexec_end(coexec_spans, b.start) if coexec else sl.word_end(sent, b.end)
        if slots and (
            coexec or sl.CONNECTOR["kk"].match(sl.mask(sent, dl_spans, slots[-1][1], b.start))
        ):
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
        f = _Frame(
            t,
            clause_start=lo,
            task_start=lead_start,
            task_end=first_bodies[0].start,
            confidence={ACTIVE: 0.95, PASSIVE: 0.9}.get(t.kind, 0.8),
        )
        _split_roles(f, first_bodies, coexec_spans)
        return [f]
    vague = t.kind == VAGUE or (t.kind == ACTIVE and "тапсырма" in t.word)
    conf = {ACTIVE: 0.95, PASSIVE: 0.9, MODAL: 0.8, NEED: 0.75}.get(t.kind, 0.7)
    frames = []
    for k, (slot_bodies, task_start) in enumerate(slots):
        task_end = slots[k + 1][0][0].start if k + 1 < len(slots) else t.start
        f = _Frame(
            t,
            clause_start=slot_bodies[0].start if slot_bodies else lo,
            task_start=max(task_start, issuer_end),
            task_end=task_end,
            confidence=conf,
        )
        _split_roles(f, slot_bodies, coexec_spans)
        if vague and sent.rstrip().endswith(":"):
            f.intro = True
        if not slot_bodies and t.kind in (MODAL, NEED):
            f.confidence = 0.5
        frames.append(f)
    return frames


def _explicit_issuer(
    sent: str, issuers: list[iss.IssuerMention], f: _Frame, bodies: list[BodyMention]
) -> str | None:
    """The issuer the sentence names: the subject of an active verb ("Energy Minister X
    instructed" -> Minister of Energy), the speaker of a that-clause ("Tokayev emphasized
    that the Government must ..."), or the agent of a passive ("has been instructed by the
    Head of State", "поручено Главой государства")."""
    t = f.trigger
    if t.kind in (ACTIVE, VAGUE):
        before = [i for i in issuers if i.end <= t.start]
        if before:
            return before[-1].role
        person = [b for b in bodies if b.kind == "person" and b.end <= t.start and b.canonical]
        return _official(person[-1].canonical) if person else None
    # "Tokayev emphasized that the Government must", "По словам Премьер-министра, акиматам
    # необходимо", "As the President noted, ...": an official named before the clause
    before = [i for i in issuers if i.end <= f.clause_start]
    if before:
        return before[-1].role
    for i in issuers:
        if t.end <= i.start < t.end + 40 and (
            re.search(r"\bby\s+(?:the\s+)?$", sent[t.end : i.start], I) or _ru_agent(sent, i)
        ):
            return i.role
    return None


def _official(body: str) -> str:
    """The office of a body's head: "Ministry of Energy" -> "Minister of Energy"."""
    return body.replace("Ministry", "Minister", 1).replace("Akimat", "Akim", 1)


def _ru_agent(sent: str, i: iss.IssuerMention) -> bool:
    """Russian agent in the instrumental: "поручено Главой государства / Премьер-министром"."""
    return sent[i.start : i.end].lower().endswith(("ом", "ой", "ем"))


def _assign_deadlines(frames: list[_Frame], deadlines: list[DeadlineMention]) -> None:
    """Give each frame the deadline of its clause; one before the first clause (a leading
    "By the end of the year, ..." or purpose clause) goes to the first frame."""
    if not frames or not deadlines:
        return
    taken: set[int] = set()
    for f in frames:
        lo = f.clause_start if f.trigger.kind != VAGUE else 0
        inside = [
            k
            for k, d in enumerate(deadlines)
            if k not in taken and lo <= d.start and d.end <= max(f.task_end, f.task_start)
        ]
        if not inside:
            continue
        # a dated one before a vague one ("к отопительному сезону до 15 сентября"); then
        # the one in the task region, else the one nearest the trigger
        dated = [k for k in inside if deadlines[k].date is not None]
        inside = dated or inside
        in_task = [k for k in inside if deadlines[k].start >= f.task_start]
        k = in_task[0] if in_task else inside[-1]
        f.deadline = deadlines[k]
        taken.add(k)
    first = frames[0]
    if first.deadline is None:
        lead = [
            k for k, d in enumerate(deadlines) if k not in taken and d.end <= first.clause_start
        ]
        if lead:
            first.deadline = deadlines[lead[0]]


def _split_coordinated(
    art: _Article,
    sent: str,
    f: _Frame,
    bodies: list[BodyMention],
    deadlines: list[DeadlineMention],
    coexec_spans: list[tuple[int, int]],
) -> list[_Frame]:
    """'... the Ministry of Energy to X, and akimats to Y' / '... X by D1 and Y by D2'."""
    lang = art.lang
    if f.intro or lang == "kk" or f.task_start >= f.task_end:
        return [f]
    region_bodies = [b for b in bodies if f.task_start <= b.start < f.task_end]
    seps = list(
        re.finditer(
            r",\s+(?:and\s+|as\s+well\s+as\s+|while\s+|а\s+также\s+|а\s+|и\s+)?|;\s+|\s+and,?\s+|"
            r"\s+и\s+",
            sent[f.task_start : f.task_end],
        )
    )
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
            if start2 is not None:
                g = _Frame(
                    f.trigger,
                    clause_start=rest,
                    task_start=start2,
                    task_end=f.task_end,
                    issuer=f.issuer,
                    confidence=f.confidence,
                )
                _split_roles(g, tail_bodies, coexec_spans)
                f.task_end = cut
                _reassign(f, g, deadlines)
                return [f, *_split_coordinated(art, sent, g, bodies, deadlines, coexec_spans)]
        # same bodies, another task with its own deadline: "... X by D1 and Y by D2", or a
        # repeated "to" ("to X and, within three days, to Y") with different deadlines
        dl_here = [d for d in deadlines if f.task_start <= d.start < f.task_end]
        left = {d.date for d in dl_here if d.end <= cut}
        right = {d.date for d in dl_here if d.start >= rest}
        dl_spans = [(d.start, d.end) for d in dl_here]
        tail_masked = sl.mask(sent, dl_spans, rest, f.task_end)
        explicit = (
            re.match(r"[\s,]*to\s+[a-z]", tail_masked)
            if lang == "en"
            else re.match(r"[\s,–—-]*[а-яё]+(?:ть|ться|ти|чь)\b", tail_masked)
        )
        left_words = re.search(r"\w", sl.mask(sent, dl_spans, f.task_start, cut))
        # Russian coordinates bare infinitives: "ускорить X и ввести Y в декабре" is one
        # task whose deadline closes it; only two deadlines of their own make two tasks.
        own = (left and right) if lang == "ru" else (left or right)
        if explicit and left_words and own and left != right:
            g = _Frame(
                f.trigger,
                clause_start=rest,
                task_start=rest,
                task_end=f.task_end,
                issuer=f.issuer,
                confidence=f.confidence,
                responsible=list(f.responsible),
                co_executors=list(f.co_executors),
                extra_bodies=list(f.extra_bodies),
                bodyless_ok=f.bodyless_ok,
            )
            f.task_end = cut
            _reassign(f, g, deadlines)
            return [f, *_split_coordinated(art, sent, g, bodies, deadlines, coexec_spans)]
        if (
            len(dl_here) >= 2
            and any(d.end <= cut for d in dl_here)
            and any(d.start >= rest for d in dl_here)
        ):
            tail = sent[rest : f.task_end]
            verb_next = (
                re.match(r"(?:to\s+)?[a-z]+\b", tail)
                if lang == "en"
                else sl.ru_infinitive(sent, rest, bodies)
            )
            if verb_next and (lang == "en" or verb_next[0] - rest < 40):
                g = _Frame(
                    f.trigger,
                    clause_start=rest,
                    task_start=rest,
                    task_end=f.task_end,
                    issuer=f.issuer,
                    confidence=f.confidence,
                    responsible=list(f.responsible),
                    co_executors=list(f.co_executors),
                    extra_bodies=list(f.extra_bodies),
                    bodyless_ok=f.bodyless_ok,
                )
                f.task_end = cut
                _reassign(f, g, deadlines)
                return [f, *_split_coordinated(art, sent, g, bodies, deadlines, coexec_spans)]
    return [f]


_WITH_VERBS = frozenset({"tasked", "charged", "entrusted"})


def _reassign(f: _Frame, g: _Frame, deadlines: list[DeadlineMention]) -> None:
    """After a split at g.clause_start, each part takes the deadline of its own words: its
    task, else what stands between its clause start and its task ("необходимо до 1 января
    представить ...")."""

    def own(x: _Frame) -> DeadlineMention | None:
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


def _make_task(
    art: _Article,
    s: Sentence,
    sent: str,
    f: _Frame,
    bodies: list[BodyMention],
    deadlines: list[DeadlineMention],
    coexec_spans: list[tuple[int, int]],
) -> None:
    if f.intro:
        return
    lang = art.lang
    t = f.trigger
    if f.points_back:
        prev = _previous_need(art, s)
        if prev is not None:
            f.task, f.back_start = prev
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
            # the agent of the passive is the body: "... must be completed by akimats by ..."
            agent = re.match(r"\s*by\s+", rest)
            if agent:
                at = f.task_start + m.end() + agent.end()
                run, run_end = sl.run_after(sent, lang, at, bodies, deadlines)
                if run and run[0].start - at <= 4:
                    f.responsible = [b for b in run if not sl.inside(b.start, coexec_spans)]
                    rest = sl.mask(sent, [(d.start, d.end) for d in deadlines], run_end, f.task_end)
            f.impersonal = True
            f.task = tk.passive_to_active(
                _strip_adverbial(subj), t.participle, tk.cut_attribution(rest, "en")
            )
            f.task = re.sub(r"\s*,\s*and\s*$", "", f.task)
        else:
            gerund = t.word in (
                "tasked",
                "charged",
                "entrusted",
            ) or region.lstrip().lower().startswith(("with ", "aimed at "))
            region = re.sub(
                r"^\s*(?:aimed\s+at|on|regarding|concerning|related\s+to|"
                r"in\s+the\s+field\s+of)\s+",
                "",
                region,
                flags=I,
            )
            f.task = tk.english_task(region, gerund=gerund)
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
    # The task points back to the sentence before: "carry out the corresponding work".
    if _ANAPHORIC[lang].match(f.task.strip()):
        prev = _previous_need(art, s)
        if prev is not None:
            f.task, f.back_start = prev


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


def _previous_need(art: _Article, s: Sentence) -> tuple[str, int] | None:
    """The task of an impersonal necessity in the sentence before ``s``."""
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
            return task, prev.start
    return None


def _keep(f: _Frame) -> bool:
    if f.intro:
        return True
    if not f.task or not re.search(r"\w", f.task):
        return False
    t = f.trigger
    if t.kind == WEAK:
        return False
    if t.kind == CONTROL and not (f.responsible or f.extra_bodies):
        return False
    has_body = bool(f.responsible or f.extra_bodies)
    dated = f.deadline is not None and f.deadline.date is not None
    be = re.match(r"be\s+(\w+)", f.task)
    if t.kind == MODAL and not dated and be and not tk.is_participle(be.group(1)):
        return False  # "agencies must be open to citizens": a quality, not a task
    if t.kind in (MODAL, NEED) and not has_body:
        if f.bodyless_ok:
            return True  # a list item under an instruction
        # A dated obligation with no body counts when it is impersonal ("it is necessary to
        # ... by", "documentation must be completed by") and an official stands behind it;
        # "Citizens must pay taxes by March 31" has a subject that is not a body.
        return dated and f.issuer is not None and (t.kind == NEED or f.impersonal)
    if t.kind == VAGUE and not has_body:
        return f.bodyless_ok
    return True


# --------------------------------------------------------------------------- bare frames


def _ru_dative_start(sent: str) -> int | None:
    """'Акиматам областей обеспечить ...', 'МТСЗН совместно с акиматами трудоустроить ...':
    a sentence opening with its addressee (dative, or an indeclinable abbreviation)."""
    m = re.match(r"^(?:Также|Кроме\s+того,|Помимо\s+этого,|При\s+этом)?\s*([А-ЯЁA-Z][\w-]*)", sent)
    if not m:
        return None
    word = m.group(1)
    abbreviation = 2 <= len(word) <= 8 and word.isupper()
    if not abbreviation and not sl.RU_DATIVE.search(word.lower()):
        return None
    return m.start(1)


def _bare_frame(
    art: _Article,
    sent: str,
    bodies: list[BodyMention],
    deadlines: list[DeadlineMention],
    intro: tuple[list[str], list[str], str | None] | None,
) -> _Frame | None:
    """A list item or a dative-infinitive sentence: no trigger word of its own."""
    lang = art.lang
    marker = re.match(r"^\s*(?:[-–—•●▪*·]|\(?\d{1,2}[).]|\(?[a-zа-я][).])\s+", sent)
    body_start = marker.end() if marker else 0
    coexec = sl.coexec_spans(sent, lang, bodies)
    lead, pos = sl.run_after(sent, lang, body_start, bodies, deadlines)
    if lang == "ru":
        inf = sl.ru_infinitive(sent, pos, bodies)
        if inf is None:
            return None
        gap = sl.mask(sent, [(d.start, d.end) for d in deadlines] + coexec, pos, inf[0])
        if lead and not sl.CONNECTOR["ru"].match(gap):
            return None
        if intro is None and not lead:
            return None
        task_start = inf[0]
    else:
        task_start = pos
    f = _Frame(
        Trigger(ACTIVE, body_start, body_start, "item"),
        clause_start=body_start,
        task_start=task_start,
        task_end=len(sent),
        confidence=0.7 if intro is None else 0.8,
    )
    _split_roles(f, lead, coexec)
    _assign_deadlines([f], deadlines)
    remove = [(d.start, d.end) for d in deadlines] + coexec
    region = sl.mask(sent, remove, f.task_start, f.task_end)
    if lang == "en":
        f.task = tk.english_task(region, gerund=True)
    elif lang == "ru":
        f.task = tk.russian_task(region)
    else:
        f.task = tk.kazakh_task(region)
    if not f.task:
        return None
    return f


# --------------------------------------------------------------------------- output


def _names(art: _Article, f: _Frame) -> tuple[list[str], list[str]]:
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


def _emit(art: _Article, s: Sentence, f: _Frame) -> ExtractedDirective | None:
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


def _is_known(art: _Article, name: str) -> bool:
    try:
        return art.registry.canonical(name) is not None
    except Exception:
        return False
