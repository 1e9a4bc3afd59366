"""The working state of the directive finder: one frame per candidate directive (where
its clause, task and bodies stand in the sentence), and the article being read with the
caches the rules share (issuers, bodies per sentence, list introductions).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from tracker.extraction import slots as sl
from tracker.extraction.bodies import BodyMention
from tracker.extraction.deadlines import DeadlineMention
from tracker.extraction.registry import Registry
from tracker.extraction.sentences import Sentence
from tracker.extraction.triggers import Trigger

#: Longer "sentences" are not prose (a table, a broken split): skipped, so work stays bounded.
MAX_SENTENCE = 3000


@dataclass(slots=True)
class Frame:
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
class Article:
    text: str
    published: datetime.date
    lang: str
    registry: Registry
    sentences: list[Sentence]
    title: str
    # The issuer context is looked up only when a directive needs it (most sentences are
    # no directive), and cached: paragraph -> quote speaker, sentence -> first issuer named.
    speakers: dict[int, str | None] = field(default_factory=dict)
    issuer_upto: dict[int, str | None] = field(default_factory=dict)  # last issuer named
    chair: str | None = None
    chair_known: bool = False
    intros: dict[int, tuple[list[str], list[str], str | None]] = field(default_factory=dict)
    persons: dict[str, BodyMention | None] | None = None  # name stem -> titled mention
    # sentence index (-1 = title) -> bodies it names; (index, "places") -> with places
    named_bodies: dict = field(default_factory=dict)
    own_body: str | None = None  # the speaker's body ("" = none), see references
    received: str | None = None  # the body of the official received ("" = none)
    first_question: int | None = None  # index of the first dash-led question, see references


def split_roles(f: Frame, mentions: list[BodyMention], coexec: list[tuple[int, int]]) -> None:
    for b in mentions:
        (f.co_executors if sl.inside(b.start, coexec) else f.responsible).append(b)
