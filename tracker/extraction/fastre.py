"""Searching a regex only where a match can start.

Python's ``re`` tries a pattern such as ``\\b(?:First\\s+)?(?:Deputy|Vice)...|Prime\\s+
Minister|...`` at every position of the text: a dozen alternatives at each of hundreds of
characters, when a match can only start at one of a few capital letters. ``Led`` reads the
pattern once to learn the characters its matches can start with, finds those by a plain
character-class scan (fast in C) and tries the pattern there alone, with ``match``. The
matches are the ones ``finditer`` / ``search`` of the pattern itself give: every match
starts with one of those characters, and each position is tried in the same order.

A pattern whose first character cannot be read (case-insensitive, a category like ``\\w``,
a negated class, a possibly empty match) is searched as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

try:  # the parser is private: if it moves, every pattern is simply searched as it is
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover
    _c = _p = None

#: A class of more first characters than this gains little over the pattern's own scan.
MAX_FIRST_CHARS = 60
#: Up to this many first characters, each is found with ``str.find`` (memchr-fast).
MAX_FIND_CHARS = 4


def first_chars(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """The characters every (non-empty) match of ``pattern`` starts with, or None when
    they cannot be told (or the pattern may match the empty string)."""
    if _p is None or flags & re.IGNORECASE:
        return None
    try:
        parsed = _p.parse(pattern, flags)
    except Exception:  # pragma: no cover - the pattern compiled, so it parses
        return None
    if parsed.state.flags & re.IGNORECASE:
        return None
    got = _first(list(parsed))
    if got is None:
        return None
    chars, nullable = got
    if nullable or not chars or len(chars) > MAX_FIRST_CHARS:
        return None
    return frozenset(chars)


def _first(seq: list) -> tuple[set[str], bool] | None:
    """(first characters, whether the sequence may match empty) of a parsed sequence."""
    chars: set[str] = set()
    for op, av in seq:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero-width: no character of its own
        if op is _c.LITERAL:
            chars.add(chr(av))
            return chars, False
        if op is _c.IN:
            got = _in_chars(av)
            if got is None:
                return None
            chars |= got
            return chars, False
        if op is _c.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            if add_flags & re.IGNORECASE:
                return None
            got = _first(list(sub))
        elif op is _c.BRANCH:
            got = _branch(av[1])
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            lo, _hi, sub = av
            got = _first(list(sub))
            if got is not None and lo == 0:
                got = (got[0], True)
        else:
            return None  # ANY, categories, group references, conditionals ...
        if got is None:
            return None
        chars |= got[0]
        if not got[1]:
            return chars, False
    return chars, True


def _branch(alternatives) -> tuple[set[str], bool] | None:
    chars: set[str] = set()
    nullable = False
    for alt in alternatives:
        got = _first(list(alt))
        if got is None:
            return None
        chars |= got[0]
        nullable = nullable or got[1]
    return chars, nullable


def _in_chars(items) -> set[str] | None:
    out: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            out.add(chr(av))
        elif op is _c.RANGE and av[1] - av[0] < MAX_FIRST_CHARS:
            out.update(chr(i) for i in range(av[0], av[1] + 1))
        else:
            return None  # NEGATE, CATEGORY, wide ranges
    return out


class Led:
    """``rx`` searched only at the characters its matches can start with (see the module)."""

    __slots__ = ("_chars", "_lead", "pattern", "rx")

    def __init__(self, rx: re.Pattern[str]) -> None:
        self.rx = rx
        self.pattern = rx.pattern
        chars = first_chars(rx.pattern, rx.flags & ~re.UNICODE)
        self._lead = (
            re.compile("[" + "".join(sorted(re.escape(c) for c in chars)) + "]") if chars else None
        )
        # a few characters are found faster one by one with str.find than by a class scan
        self._chars = tuple(sorted(chars)) if chars and len(chars) <= MAX_FIND_CHARS else None

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return next(self.finditer(text, pos, endpos), None)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
        end = len(text) if endpos is None else min(endpos, len(text))
        if self._lead is None:
            yield from self.rx.finditer(text, pos, end)
            return
        match = self.rx.match
        for p in self._starts(text, pos, end):
            if p < pos:
                continue  # inside the last match
            m = match(text, p, end)
            if m is not None:
                yield m
                pos = m.end()  # never empty: first_chars refuses patterns that may match empty

    def _starts(self, text: str, pos: int, end: int) -> Iterator[int]:
        """The positions from ``pos`` on holding a first character, in order."""
        if self._chars is None:
            find = self._lead.search
            while True:
                c = find(text, pos, end)
                if c is None:
                    return
                pos = c.start()
                yield pos
                pos += 1
        present = [c for c in self._chars if c in text]
        if len(present) == 1:
            c = present[0]
            p = text.find(c, pos, end)
            while p >= 0:
                yield p
                p = text.find(c, p + 1, end)
            return
        nxt = {c: text.find(c, pos, end) for c in present}
        nxt = {c: p for c, p in nxt.items() if p >= 0}
        while nxt:
            c, p = min(nxt.items(), key=lambda cp: cp[1])
            yield p
            q = text.find(c, p + 1, end)
            if q < 0:
                del nxt[c]
            else:
                nxt[c] = q


# --------------------------------------------------------------------------- lower-cased

_MAXPOS = 2**62


def _literals(items, out: set[str]) -> bool:
    """Collect the characters a parsed pattern compares text with; False when one is not
    lower-case (or a class spans both cases), so the pattern cannot run on lowered text."""
    for op, av in items:
        if op in (_c.LITERAL, _c.NOT_LITERAL):
            ch = chr(av)
            if ch.lower() != ch:
                return False
            out.add(ch)
        elif op is _c.RANGE:
            lo, hi = av
            if hi - lo > 0x3000:
                return False
            for i in range(lo, hi + 1):
                ch = chr(i)
                up = ch.upper()
                if ch.lower() != ch or (up != ch and len(up) == 1 and lo <= ord(up) <= hi):
                    return False
                out.add(ch)
        elif op is _c.IN:
            if not _literals(av, out):
                return False
        elif op in (_c.BRANCH,):
            for alt in av[1]:
                if not _literals(list(alt), out):
                    return False
        elif op is _c.SUBPATTERN:
            if av[1] or av[2]:  # inline flags inside: not worth the thought
                return False
            if not _literals(list(av[3]), out):
                return False
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            if not _literals(list(av[2]), out):
                return False
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            if not _literals(list(av[1]), out):
                return False
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            if not _literals(list(av), out):
                return False
        elif op in (_c.AT, _c.ANY, _c.CATEGORY, _c.NEGATE, _c.GROUPREF):
            continue
        else:
            return False  # conditionals and the like
    return True


def exotic_class(chars: set[str]) -> re.Pattern[str] | None:
    """Text characters that a case-insensitive pattern comparing ``chars`` matches in ways
    lower-casing the text does not reproduce: the rare extra case forms ("ſ" for "s", "ı" for
    "i", "ᲀ" for "в"), whatever is written that lower-cases to one of them, and the letters
    whose lower case is longer than one character ("İ")."""
    from re import _casefix

    extra = _casefix._EXTRA_CASES
    bad = {"\u0130"}
    for ch in chars:
        for e in extra.get(ord(ch), ()):
            e = chr(e)
            if e.lower() != ch:
                bad.update(x for x in (e, e.upper(), e.title()) if x.lower() != ch)
    bad = {b for b in bad if len(b) == 1}
    return re.compile("[" + "".join(re.escape(b) for b in sorted(bad)) + "]") if bad else None


class Lowered:
    """A case-insensitive pattern searched case-sensitively in the lower-cased text, about
    twice as fast, its matches given back as the pattern's own on the text as written (one
    anchored match each). Used only when the pattern's letters are all lower-case, and only
    on texts where lower-casing keeps every offset and no character of the few whose case
    folds differ ("ſ", "ı", "ς" ...) stands; elsewhere the pattern runs as it is."""

    __slots__ = ("_exotic", "_low", "chars", "pattern", "rx")

    def __init__(self, rx: re.Pattern[str]) -> None:
        self.rx = rx
        self.pattern = rx.pattern
        self.chars: frozenset[str] = frozenset()  # the letters it compares, when lowered
        self._low: re.Pattern[str] | None = None
        self._exotic: re.Pattern[str] | None = None
        if _p is None or not rx.flags & re.IGNORECASE:
            return
        try:
            parsed = _p.parse(rx.pattern, rx.flags & ~re.UNICODE)
        except Exception:  # pragma: no cover
            return
        chars: set[str] = set()
        if _literals(list(parsed), chars):
            self._low = re.compile(rx.pattern, rx.flags & ~re.IGNORECASE)
            self._exotic = exotic_class(chars)
            self.chars = frozenset(chars)

    @property
    def runs_lowered(self) -> bool:
        return self._low is not None

    def lowered(self, text: str) -> str | None:
        """``text`` lower-cased when this pattern may run on it so, else None."""
        if self._low is None:
            return None
        low = text.lower()
        if len(low) != len(text):
            return None
        if self._exotic is not None and not text.isascii() and self._exotic.search(text):
            return None
        return low

    def search(self, text: str, pos: int = 0, endpos: int = _MAXPOS) -> re.Match[str] | None:
        low = self.lowered(text)
        if low is None:
            return self.rx.search(text, pos, endpos)
        m = self._low.search(low, pos, endpos)
        return None if m is None else self.rx.match(text, m.start(), endpos)

    def match(self, text: str, pos: int = 0, endpos: int = _MAXPOS) -> re.Match[str] | None:
        low = self.lowered(text)
        if low is None:
            return self.rx.match(text, pos, endpos)
        m = self._low.match(low, pos, endpos)
        return None if m is None else self.rx.match(text, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = _MAXPOS, *, low: str | bool | None = True
    ) -> Iterator[re.Match]:
        """``low``: True to lower-case ``text`` here; or, shared by several patterns, the text
        lower-cased where ``exotic_class`` of all their ``chars`` finds nothing (None when it
        does: the pattern then runs as it is)."""
        if low is True:
            low = self.lowered(text)
        if low is None or low is False or self._low is None:
            yield from self.rx.finditer(text, pos, endpos)
            return
        for m in self._low.finditer(low, pos, endpos):
            yield self.rx.match(text, m.start(), endpos)
