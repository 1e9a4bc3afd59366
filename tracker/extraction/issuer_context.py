"""Who issued a directive, from the sentence or its article (spec §3 ``issuer``): the
subject of an active verb, the speaker of a that-clause or the agent of a passive; else the
speaker of the quote the sentence's paragraph closes, the last issuer named before it, or
the chair of the meeting the article reports (see ``issuers`` for the phrases).
"""

from __future__ import annotations

import re

from tracker.extraction import issuers as iss
from tracker.extraction.bodies import BodyMention
from tracker.extraction.frames import MAX_SENTENCE, Article, Frame
from tracker.extraction.sentences import Sentence
from tracker.extraction.triggers import ACTIVE, VAGUE

I = re.IGNORECASE  # noqa: E741


def context_issuer(art: Article, s: Sentence) -> str | None:
    """The speaker of the quote the sentence's paragraph closes, else the last issuer named
    in an earlier sentence, else the chair of the meeting."""
    speaker = paragraph_speaker(art, s)
    if speaker:
        return speaker
    # back from the sentence before to the nearest one naming an issuer; what a walk learns
    # is kept (the issuer named at or before each sentence it passed), so each sentence is
    # read once however many directives ask
    walked = []
    found = None
    for i in range(s.index - 1, -1, -1):
        if i in art.issuer_upto:
            found = art.issuer_upto[i]
            break
        walked.append(i)
        prev = art.sentences[i].text
        found = iss.first_issuer(prev, art.lang) if len(prev) <= MAX_SENTENCE else None
        if found:
            break
    for i in walked:
        art.issuer_upto[i] = found
    if found:
        return found
    if not art.chair_known:
        opening = [x.text[:MAX_SENTENCE] for x in art.sentences[:2]]
        art.chair = iss.chair_of(art.title, opening, art.lang)
        art.chair_known = True
    return art.chair


def paragraph_speaker(art: Article, s: Sentence) -> str | None:
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


def explicit_issuer(
    sent: str, issuers: list[iss.IssuerMention], f: Frame, bodies: list[BodyMention]
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
