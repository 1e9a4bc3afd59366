"""Input readers for the extraction stage (spec §1), streaming.

``read_articles`` checks the whole file first (it exists, is not empty, is text and
decodes) and RAISES :class:`InputError` naming the file when it is unusable; then it
returns an iterator that reads the file line by line and yields one
:class:`SourceArticle` per article, or an :class:`InputError` naming the line for a bad
record (malformed JSON, missing field, bad date), so the caller decides whether to stop
(``manage.py extract``) or count it and go on (ingestion).

Formats:

* ``dump``: a news-list page as Kazakh sites publish it. A line ``DD.MM.YYYY, HH:MM NNNN``
  (day first, the view counter optional) opens an article; the next non-empty line is the
  title, the lines after it the body. Text before the first date line is an article whose
  date is unknown: it gets the date of the nearest dated article below (lists are newest
  first) and ``published_inferred=True``. Only that headless part is buffered.
* ``jsonl``: one object per line with ``title``, ``published`` (``YYYY-MM-DD`` or an ISO
  datetime) and ``text``; ``url`` and ``lang`` optional; other keys ignored.
* ``text``: the whole file is one article; ``published`` must be given. Its first line is
  the title when it looks like one (short, no final full stop, more text follows).
* ``auto``: a date line among the first lines means ``dump``, a first line that opens a
  JSON object means ``jsonl``, anything else is ``text`` when ``published`` is given.

Encodings: UTF-8 with or without a BOM, else cp1251 (Russian sites still serve it).
"""

from __future__ import annotations

import codecs
import datetime
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

FORMATS = ("auto", "dump", "jsonl", "text")
LANGS = ("en", "ru", "kk")

_HEAD_BYTES = 64 * 1024
_CHUNK = 1 << 20
_SNIFF_LINES = 200

#: ``05.08.2025, 13:41 17956`` — day first; the view counter is optional.
DATE_LINE = re.compile(
    r"^[ \t]*(\d{1,2})\.(\d{1,2})\.(\d{4}),?[ \t]+(\d{1,2}):(\d{2})(?:[ \t]+\d[\d \u00a0]*)?[ \t]*$"
)
_TEXT_CONTROL = {9, 10, 12, 13, 27}
# Bytes that cp1251 decodes to Cyrillic letters or to typographic punctuation news uses.
_CP1251_TEXT = set(range(0xC0, 0x100)) | {
    0xA8,
    0xB8,
    0xAA,
    0xBA,
    0xAF,
    0xBF,
    0xB2,
    0xB3,
    0xA1,
    0xA2,  # Ё ё Є є Ї ї І і Ў ў
    0x8A,
    0x9A,
    0x8D,
    0x9D,
    0x8E,
    0x9E,
    0x8C,
    0x9C,
    0xA3,
    0xBC,
    0xA5,
    0xB4,
    0x85,
    0x91,
    0x92,
    0x93,
    0x94,
    0x96,
    0x97,
    0xAB,
    0xBB,
    0xB9,
    0xA0,
    0xB0,
    0xA7,
    0xA9,
    0xAE,
    0x84,
    0x95,
    0x99,
    0x9B,
    0x8B,
    0xB1,
    0xB5,
    0xB6,
    0xB7,
}


@dataclass(frozen=True, slots=True)
class SourceArticle:
    """One article as read from a file. ``line`` is the 1-based line where it starts."""

    title: str
    text: str
    published: datetime.date | datetime.datetime
    published_inferred: bool
    url: str | None
    lang: str | None
    source: str
    line: int

    @property
    def published_date(self) -> datetime.date:
        p = self.published
        return p.date() if isinstance(p, datetime.datetime) else p


class InputError(ValueError):
    """A problem with the input: ``str(e)`` is ``source:line: message`` (or ``source: message``)."""

    def __init__(self, source: str, line: int | None, message: str) -> None:
        self.source = source
        self.line = line
        self.message = message
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {message}")


def read_articles(
    path: str | Path,
    *,
    format: str = "auto",
    published: datetime.date | None = None,
    lang: str | None = None,
) -> Iterator[SourceArticle | InputError]:
    """Check ``path`` and return an iterator over its articles (see the module doc).

    Raises :class:`InputError` at once for whole-file problems: missing, empty, binary,
    undecodable, unknown format (or ``text`` without ``published``).
    """
    path = Path(path)
    source = path.name or str(path)
    if format not in FORMATS:
        raise InputError(source, None, f"unknown format {format!r} (expected one of {FORMATS})")
    if lang is not None and lang not in LANGS:
        raise InputError(source, None, f"unknown language {lang!r} (expected one of {LANGS})")
    encoding, head = _check_file(path, source)
    if format == "auto":
        format = _sniff(head)
        if format == "text" and published is None:
            raise InputError(
                source,
                None,
                "unknown format: no dump date lines and not JSON Lines; "
                "a plain-text article needs its publication date (published=...)",
            )
    if format == "text" and published is None:
        raise InputError(source, None, "a plain-text article needs its publication date")
    reader = {"dump": _read_dump, "jsonl": _read_jsonl, "text": _read_text}[format]
    return reader(path, source, encoding, published, lang)


# --------------------------------------------------------------------------- whole file


def _check_file(path: Path, source: str) -> tuple[str, str]:
    """Return (encoding, decoded head) or raise InputError for an unusable file."""
    if not path.exists():
        raise InputError(source, None, f"file not found: {path}")
    if not path.is_file():
        raise InputError(source, None, f"not a regular file: {path}")
    try:
        with path.open("rb") as fh:
            head = fh.read(_HEAD_BYTES)
    except OSError as exc:
        raise InputError(source, None, f"cannot read: {exc.strerror or exc}") from exc
    if not head.strip() and path.stat().st_size <= len(head):
        raise InputError(source, None, "empty file")
    if b"\x00" in head:
        raise InputError(source, None, "binary file (NUL bytes); expected UTF-8 or cp1251 text")
    control = sum(1 for b in head if b < 32 and b not in _TEXT_CONTROL)
    if control > max(8, len(head) // 100):
        raise InputError(source, None, "binary file (control bytes); expected text")
    encoding = "utf-8-sig" if head.startswith(codecs.BOM_UTF8) else "utf-8"
    if not _decodes(path, "utf-8"):
        if not _decodes(path, "cp1251") or not _plausible_cp1251(head):
            raise InputError(source, None, "cannot decode: neither UTF-8 nor cp1251 text")
        encoding = "cp1251"
    # The head may end inside a multi-byte character: decode leniently for sniffing only.
    text = head.decode(encoding, errors="ignore")
    return encoding, text


def _decodes(path: Path, encoding: str) -> bool:
    """Whether the whole file decodes, read in chunks so memory stays flat."""
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    try:
        with path.open("rb") as fh:
            while chunk := fh.read(_CHUNK):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _plausible_cp1251(head: bytes) -> bool:
    """cp1251 decodes almost anything: require the high bytes to be mostly Cyrillic text."""
    high = [b for b in head if b >= 0x80]
    if not high:
        return True
    good = sum(1 for b in high if b in _CP1251_TEXT)
    return good >= 0.8 * len(high)


def _sniff(head: str) -> str:
    lines = head.lstrip("\ufeff").splitlines()[:_SNIFF_LINES]
    if any(DATE_LINE.match(line) for line in lines):
        return "dump"
    first = next((line.strip() for line in lines if line.strip()), "")
    if first.startswith("{"):
        return "jsonl"
    return "text"


def _open(path: Path, encoding: str):
    return path.open("r", encoding=encoding, newline=None)


# --------------------------------------------------------------------------- dump


def _parse_date_line(m: re.Match[str]) -> datetime.datetime | None:
    day, month, year, hour, minute = (int(g) for g in m.groups())
    try:
        return datetime.datetime(year, month, day, hour, minute)
    except ValueError:
        return None


def _article_from_lines(
    lines: list[str],
    *,
    published: datetime.date | datetime.datetime,
    inferred: bool,
    lang: str | None,
    source: str,
    line: int,
) -> SourceArticle | InputError | None:
    while lines and not lines[-1].strip():
        lines.pop()
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    if i == len(lines):
        return None
    title = lines[i].strip()
    text = "\n".join(s.rstrip() for s in lines[i + 1 :]).strip("\n")
    return SourceArticle(title, text, published, inferred, None, lang, source, line)


def _read_dump(
    path: Path, source: str, encoding: str, published: datetime.date | None, lang: str | None
) -> Iterator[SourceArticle | InputError]:
    # Text before the first date line waits here for the first valid date below it.
    headless: list[str] | None = []
    current: list[str] | None = None  # None until the first date line
    current_date: datetime.datetime | None = None
    current_line = 0
    with _open(path, encoding) as fh:
        for lineno, raw in enumerate(fh, 1):
            raw = raw.rstrip("\n")
            if lineno == 1:
                raw = raw.lstrip("\ufeff")
            m = DATE_LINE.match(raw)
            if m is None:
                if current is None:
                    headless.append(raw)
                elif current_date is not None:  # a bad date line's article is skipped
                    current.append(raw)
                continue
            date = _parse_date_line(m)
            if headless is not None and date is not None:
                item = _article_from_lines(
                    headless,
                    published=date.date(),
                    inferred=True,
                    lang=lang,
                    source=source,
                    line=1 + _leading_blank(headless),
                )
                headless = None
                if item is not None:
                    yield item
            if current is not None and current_date is not None:
                item = _finish(current, current_date, lang, source, current_line)
                if item is not None:
                    yield item
            current, current_date, current_line = [], date, lineno
            if date is None:
                yield InputError(source, lineno, f"invalid date in date line {raw.strip()!r}")
    if current is not None and current_date is not None:
        item = _finish(current, current_date, lang, source, current_line)
        if item is not None:
            yield item
    if headless is not None and any(s.strip() for s in headless):
        if published is None:
            yield InputError(source, 1, "no valid date line below: cannot date the article")
        else:
            item = _article_from_lines(
                headless,
                published=published,
                inferred=True,
                lang=lang,
                source=source,
                line=1 + _leading_blank(headless),
            )
            if item is not None:
                yield item


def _leading_blank(lines: list[str]) -> int:
    n = 0
    while n < len(lines) and not lines[n].strip():
        n += 1
    return n


def _finish(
    lines: list[str], date: datetime.datetime, lang: str | None, source: str, line: int
) -> SourceArticle | InputError:
    item = _article_from_lines(
        lines, published=date, inferred=False, lang=lang, source=source, line=line
    )
    if item is None:
        return InputError(source, line, "date line without an article (no title)")
    return item


# --------------------------------------------------------------------------- jsonl


def parse_published(value: object) -> datetime.date | datetime.datetime:
    """``YYYY-MM-DD`` -> date; a full ISO datetime -> datetime. Raises ValueError."""
    if not isinstance(value, str):
        raise ValueError(f"published must be a string, got {type(value).__name__}")
    s = value.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return datetime.date.fromisoformat(s)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}.*", s):
        return datetime.datetime.fromisoformat(s)
    raise ValueError(f"published {value!r} is not an ISO date (YYYY-MM-DD) or datetime")


def _read_jsonl(
    path: Path, source: str, encoding: str, published: datetime.date | None, lang: str | None
) -> Iterator[SourceArticle | InputError]:
    with _open(path, encoding) as fh:
        for lineno, raw in enumerate(fh, 1):
            if lineno == 1:
                raw = raw.lstrip("\ufeff")
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw)
            except json.JSONDecodeError as exc:
                yield InputError(source, lineno, f"malformed JSON: {exc.msg} (column {exc.colno})")
                continue
            yield _record(obj, source, lineno, lang)


def _record(obj: object, source: str, lineno: int, lang: str | None) -> SourceArticle | InputError:
    if not isinstance(obj, dict):
        return InputError(source, lineno, "expected a JSON object")
    missing = [k for k in ("title", "published", "text") if k not in obj]
    if missing:
        return InputError(source, lineno, f"missing field(s): {', '.join(missing)}")
    for key in ("title", "text"):
        if not isinstance(obj[key], str):
            return InputError(source, lineno, f"{key} must be a string")
    try:
        pub = parse_published(obj["published"])
    except ValueError as exc:
        return InputError(source, lineno, f"bad date: {exc}")
    url = obj.get("url")
    if url is not None and not isinstance(url, str):
        return InputError(source, lineno, "url must be a string")
    rec_lang = obj.get("lang")
    if rec_lang is not None and rec_lang not in LANGS:
        return InputError(source, lineno, f"lang must be one of {LANGS}, got {rec_lang!r}")
    return SourceArticle(
        obj["title"].strip(),
        obj["text"],
        pub,
        False,
        url or None,
        lang or rec_lang,
        source,
        lineno,
    )


# --------------------------------------------------------------------------- text


def _read_text(
    path: Path, source: str, encoding: str, published: datetime.date | None, lang: str | None
) -> Iterator[SourceArticle | InputError]:
    assert published is not None
    with _open(path, encoding) as fh:
        content = fh.read().lstrip("\ufeff")
    lines = content.split("\n")
    first = _leading_blank(lines)
    if first == len(lines):
        return
    head = lines[first].strip()
    rest = "\n".join(s.rstrip() for s in lines[first + 1 :]).strip("\n")
    if rest.strip() and len(head) <= 200 and not head.endswith((".", "!", "?", ":", ";")):
        title, text = head, rest
    else:
        title, text = "", content.strip("\n")
    yield SourceArticle(title, text, published, False, None, lang, source, first + 1)
