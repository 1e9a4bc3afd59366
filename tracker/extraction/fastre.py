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
