"""Which of a fixed set of lower-case keys occur in a text: the cheap first look of the
trigger and deadline rules ("a rule none of whose keys occurs cannot match").

Testing every key with ``in`` scans the sentence once per key (dozens of scans). A key
without whitespace lies inside one whitespace-separated word, so the text is split once
and each distinct spelling of a word is looked up in a cache holding the keys inside it;
only the few keys that span words ("has to", "по итогам") are tested on the whole text.
A short list of keys (Russian and Kazakh triggers) is tested key by key: fewer scans than
lookups of the many word forms those languages have. The answer is exactly
``{k for k in keys if k in text}``.
"""

from __future__ import annotations

_EMPTY: frozenset[str] = frozenset()
#: Spellings kept per finder before the cache starts again (bounds memory on odd input).
MAX_CACHED = 200_000
#: Up to this many keys, testing each with ``in`` is as cheap as the words' lookups.
FEW_KEYS = 40


class KeyFinder:
    __slots__ = ("_cache", "_few", "_multi", "_single")

    def __init__(self, keys: tuple[str, ...] | list[str]) -> None:
        keys = tuple(dict.fromkeys(keys))
        self._few = keys if len(keys) <= FEW_KEYS else None
        self._single = tuple(k for k in keys if k and not any(c.isspace() for c in k))
        self._multi = tuple(k for k in keys if k not in self._single)
        self._cache: dict[str, frozenset[str]] = {}

    def present(self, low: str) -> set[str]:
        """The keys occurring in ``low`` (already lower-cased)."""
        if self._few is not None:
            return {k for k in self._few if k in low}
        words = low.split()
        found = list(map(self._cache.get, words))  # plain C loops: this runs per sentence
        if None in found:
            for i, w in enumerate(words):
                if found[i] is None:
                    found[i] = self._learn(w)
        out = set().union(*filter(None, found))
        for k in self._multi:
            if k in low:
                out.add(k)
        return out

    def _learn(self, word: str) -> frozenset[str]:
        cache = self._cache
        if len(cache) >= MAX_CACHED:
            cache.clear()
        got = cache[word] = frozenset(k for k in self._single if k in word) or _EMPTY
        return got
