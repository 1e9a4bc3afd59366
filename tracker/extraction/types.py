"""Value types shared by the extraction stage (pure Python, no Django)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ExtractedDirective:
    """One directive found in an article (spec §3).

    ``sentence`` is verbatim ``text[start:end]``; it spans two sentences when the
    directive takes its task from the sentence before ("... it is necessary to update the
    acts. The Ministry of Finance has been instructed to carry out the corresponding work.").
    ``responsible`` and ``co_executors`` hold canonical registry names (or the group as
    written, lower-cased); ``unknown_bodies`` repeats those of them the registry does not
    know, so ingestion can create review-flagged bodies.
    """

    sentence: str
    start: int
    end: int
    issuer: str | None
    responsible: tuple[str, ...]
    co_executors: tuple[str, ...]
    unknown_bodies: tuple[str, ...]
    task: str
    deadline: datetime.date | None
    deadline_text: str | None
    deadline_granularity: str | None
    confidence: float
    lang: str
