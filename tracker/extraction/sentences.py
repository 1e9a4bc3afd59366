"""Sentence splitting with character offsets for news text in English, Russian and Kazakh.

Rules, in order:

* every line is a paragraph; a sentence never crosses a line break;
* a list item (``- ...``, ``– ...``, ``• ...``, ``1) ...``, ``1. ...``, ``a) ...``) is its own
  unit; so are items of an inline enumeration after a colon (``поручил: 1) ...; 2) ...``).
  Items point at the sentence that introduces them (``intro``), the one ending in a colon;
* inside a paragraph a sentence ends after ``.``, ``!``, ``?`` or ``…`` (closing quotes and
  brackets stay with it) when whitespace and then a sentence starter follow: an upper-case
  letter, a digit, an opening quote or bracket, a dash. So ``"...," he said`` and
  ``...improved," Sadenov added`` stay whole, and so do decimals (``2.8 billion``: no space);
* no break after an abbreviation: titles (``Dr.``, ``Mr.``), ``No.``, ``т.е.``, ``и др.``,
  ``им.``, ``г.`` before a name (``г. Астана``; after a year it may end a sentence),
  ``млрд.``/``млн.``/``тыс.`` before a lower-case word, nor after an initial (``K. Tokayev``,
  ``К.-Ж. Токаев``, ``A. Kuatbekov``).

``text[s.start:s.end] == s.text`` for every sentence.
"""

from __future__ import annotations

import itertools
import re
from typing import NamedTuple

from tracker.extraction.fastre import Led


# immutable, and built several times faster than a frozen dataclass
class Sentence(NamedTuple):
    """A sentence or list item of ``text`` with its offsets.

    ``index`` is its position in the article's list, ``paragraph`` the 0-based line number of
    non-empty lines, ``intro`` the index of the sentence introducing a list item (or None),
    ``is_item`` whether this unit is a list item.
    """

    text: str
    start: int
    end: int
    index: int
    paragraph: int
    is_item: bool = False
    intro: int | None = None
    marker: str = ""


# Abbreviations after which a full stop never ends a sentence (compared lower-cased,
# without the final dot).


def _words(s: str) -> frozenset[str]:
    return frozenset(s.split())


_NEVER_END = _words(
    "dr mr mrs ms prof st no nos art para vol fig approx incl esp gen col lt sgt rev sen rep"
    " gov jan feb mar apr jun jul aug sep sept oct nov dec e.g i.e cf vs al"
    " т.е т.к т.н т.ч им ул пр просп пл пер обл р-н мкр акад проф доц ст п пп см рис табл"
    " стр кв д корп тел напр гр тт с.ш в.д ж.ж ж"
)
# May end a sentence when an upper-case word follows (common sentence-final abbreviations).
_END_IF_UPPER = _words("etc т.д т.п т.б т.с.с др гг г млрд млн трлн тыс руб тг долл")
# ``г.`` / ``гг.`` right after a year may close a sentence; elsewhere (``г. Астана``) never.
_CITY_G = frozenset({"г", "гг"})

_ITEM = re.compile(r"^(?P<marker>[-–—•●▪*·]|\(?\d{1,2}[).]|\(?[a-zа-я][).])\s+")
_DASHES = frozenset("-–—")
_INLINE_ITEM = re.compile(r"(?:(?<=:)|(?<=;))\s+(?=(?:\d{1,2}\)|[a-zа-я]\)|[-–—•])\s)")
_BOUNDARY = re.compile(r"[.!?…]+[\"»”’')\]]*(?=\s+(\S))")
# tried only at the stops themselves, found by str.find (see ``fastre``)
_BOUNDARY_AT_STOPS = Led(_BOUNDARY)
_TOKEN_BEFORE = re.compile(r"(\S+?)[\"»”’')\]]*[.!?…]*$")
_INITIAL = re.compile(r"^(?:\w\.-?)*\w$")
_STARTER = re.compile(r"[\"«“„'(\[\-–—•]")


def _token_before(run: str) -> tuple[str, int] | None:
    """The last word of ``run`` without its closing quotes and final stops, and where it
    starts: what ``_TOKEN_BEFORE`` finds, without its quadratic search."""
    parts = run.rsplit(None, 1)
    if not parts or not parts[-1]:
        return None
    chunk = parts[-1]
    start = len(run) - len(chunk)
    word = chunk.rstrip(".!?…").rstrip("\"»”’')]")
    if not word:  # all quotes and stops: the regex keeps the first character
        m = _TOKEN_BEFORE.search(run)
        return (m.group(1), m.start(1)) if m else None
    return word, start


def _is_upper_start(ch: str) -> bool:
    return ch.isupper() or ch.isdigit() or bool(_STARTER.match(ch))


def _ends_sentence(par: str, dot: int, nxt: str) -> bool:
    """Whether the punctuation run ending at ``dot`` (exclusive) closes a sentence."""
    if not _is_upper_start(nxt):
        return False
    run = par[max(0, dot - 60) : dot]
    if not run.rstrip("\"»”’')]").endswith("."):
        return True  # ! ? … always end
    m = _token_before(run)
    if m is None:
        return True
    token = m[0].lstrip("\"«“„'([")
    word = token.rstrip(".").lower()
    if not word:
        return True
    if word in _CITY_G:
        before = run[: m[1]].rstrip()
        return bool(re.search(r"\d{4}(?:\s*[-–]\s*\d{4})?$", before)) and nxt.isupper()
    if word in _END_IF_UPPER:
        return nxt.isupper()
    letters = word.replace(".", "").replace("-", "")
    if _INITIAL.match(token.rstrip(".")) and len(letters) <= 2 and not letters.isdigit():
        return False  # "K." / "К.-Ж." / "A.K." before a name: an initial
    return word not in _NEVER_END


def _split_paragraph(par: str) -> list[tuple[int, int]]:
    """Sentence spans (relative, stripped) of one paragraph."""
    spans: list[tuple[int, int]] = []
    start = 0
    if "!" in par or "?" in par or "…" in par:
        matches = _BOUNDARY_AT_STOPS.finditer(par)
    else:  # full stops alone (most paragraphs): each tried where str.find puts it
        matches = []
        find, match = par.find, _BOUNDARY.match
        p = find(".")
        while p >= 0:
            m = match(par, p)
            if m is None:
                p = find(".", p + 1)
            else:
                matches.append(m)
                p = find(".", m.end())
    for m in matches:
        end = m.end()
        if _ends_sentence(par, end, m.group(1)[0]):
            spans.append((start, end))
            start = end
    spans.append((start, len(par)))
    out = []
    for a, b in spans:
        seg = par[a:b]
        lead = len(seg) - len(seg.lstrip())
        a2, b2 = a + lead, a + len(seg.rstrip())
        if b2 > a2:
            out.append((a2, b2))
    return out


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences and list items with character offsets."""
    result: list[Sentence] = []
    pos = 0
    paragraph = -1
    intro: int | None = None  # index of the last sentence ending in a colon
    # Nested lists: "3. Акиматам:" then "1) ...; 2) ...": each marker style open is a level
    # with its own introduction; an item ending in a colon introduces the next style.
    levels: list[tuple[str, int | None]] = []
    pending: int | None = None  # an item ending in a colon, waiting for its sub-items
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        paragraph += 1
        pieces = _pieces(line)
        for piece_start, piece_end in pieces:
            piece = line[piece_start:piece_end]
            m = _ITEM.match(piece.lstrip())
            # A dash opening a line with no introduction is Russian direct speech
            # ("– Необходимо ..., – отметил Премьер"), not a list item.
            is_item = m is not None and (
                intro is not None or bool(levels) or m.group("marker") not in _DASHES
            )
            if is_item:
                a = line_start + piece_start + (len(piece) - len(piece.lstrip()))
                b = line_start + piece_start + len(piece.rstrip())
                style = _marker_style(m.group("marker"))
                if any(level_style == style for level_style, _ in levels):
                    while levels[-1][0] != style:
                        levels.pop()
                else:
                    levels.append((style, pending if pending is not None else intro))
                item_intro = levels[-1][1]
                result.append(
                    Sentence(
                        text[a:b], a, b, len(result), paragraph, True, item_intro,
                        m.group("marker"),
                    )
                )
                pending = len(result) - 1 if result[-1].text.endswith(":") else None
                continue
            intro = None
            levels.clear()
            pending = None
            for a, b in _split_paragraph(piece):
                a += line_start + piece_start
                b += line_start + piece_start
                result.append(Sentence(text[a:b], a, b, len(result), paragraph))
            if result and result[-1].text.rstrip().endswith(":"):
                intro = result[-1].index
    return result


def _marker_style(marker: str) -> str:
    """"1." and "2." are one style, "1)" another, "a)" a third, dashes and bullets a fourth."""
    if marker in _DASHES or not marker.strip("()").rstrip(".)"):
        return "bullet"
    core = marker.strip("(")
    kind = "number" if core[0].isdigit() else "letter" if core[0].isalpha() else "bullet"
    return f"{'(' if marker.startswith('(') else ''}{kind}{core[-1] if kind != 'bullet' else ''}"


def _pieces(line: str) -> list[tuple[int, int]]:
    """Cut a line before inline enumeration items that follow a colon or semicolon."""
    if ":" not in line or not _INLINE_ITEM.search(line):
        return [(0, len(line))]
    cuts = [0]
    colon_seen = False
    for m in _INLINE_ITEM.finditer(line):
        if line[m.start() - 1] == ":":
            colon_seen = True
        if colon_seen:
            cuts.append(m.end())
    cuts.append(len(line))
    return [(a, b) for a, b in itertools.pairwise(cuts) if line[a:b].strip()]
