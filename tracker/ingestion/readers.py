"""Input files for ingestion: the extraction readers, plus a size limit and RSS/Atom.

``read_input`` is what the ``ingest`` command, the upload page and the upload job call:

* it refuses a file over ``INGEST_MAX_BYTES`` before reading a byte of it;
* ``format="rss"`` (or ``auto`` on content that opens with ``<?xml``, ``<rss``, ``<feed``
  or ``<rdf:RDF``) reads an RSS or Atom feed with feedparser, taking each item's
  content or summary as its text (the feed poller fetches the pages instead);
* everything else goes to ``tracker.extraction.sources.read_articles`` (dump, JSON Lines,
  one plain-text article; UTF-8 or cp1251).

Whole-file problems raise ``InputError`` naming the file; a bad record is yielded as an
``InputError`` naming the file and line (or item), and the batch goes on.
"""

from __future__ import annotations

import calendar
import datetime as dt
import html
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import feedparser
from django.conf import settings

from tracker.extraction.sources import FORMATS as TEXT_FORMATS
from tracker.extraction.sources import LANGS, InputError, SourceArticle, read_articles

FORMATS = (*TEXT_FORMATS, "rss")
_FEED_STARTS = ("<?xml", "<rss", "<feed", "<rdf:rdf")
_HEAD = 4096


def human_size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    if size >= 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size} bytes"


def check_size(*, source: str, size: int, max_bytes: int | None = None) -> None:
    limit = settings.INGEST_MAX_BYTES if max_bytes is None else max_bytes
    if size > limit:
        raise InputError(
            source, None,
            f"file too large ({human_size(size)}; the limit is {human_size(limit)}, "
            "INGEST_MAX_BYTES)",
        )


def looks_like_feed(head: bytes) -> bool:
    text = head.decode("utf-8", errors="ignore").lstrip("\ufeff \t\r\n").lower()
    return text.startswith(_FEED_STARTS)


def read_input(
    path: str | Path,
    *,
    format: str = "auto",
    published: dt.date | None = None,
    lang: str | None = None,
    max_bytes: int | None = None,
) -> Iterator[SourceArticle | InputError]:
    """Check ``path`` and return an iterator over its articles (see the module doc)."""
    path = Path(path)
    source = path.name or str(path)
    if format not in FORMATS:
        raise InputError(source, None, f"unknown format {format!r} (expected one of {FORMATS})")
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError(source, None, f"file not found: {path}") from None
    except OSError as exc:
        raise InputError(source, None, f"cannot read: {exc.strerror or exc}") from None
    if path.is_file():
        check_size(source=source, size=size, max_bytes=max_bytes)
    if format in ("auto", "rss") and path.is_file():
        with path.open("rb") as fh:
            head = fh.read(_HEAD)
        if format == "rss" or looks_like_feed(head):
            if lang is not None and lang not in LANGS:
                raise InputError(source, None, f"unknown language {lang!r}")
            if not head.strip():
                raise InputError(source, None, "empty file")
            return iter(feed_articles(parse_feed(path.read_bytes(), source=source),
                                      source=source, lang=lang))
    return read_articles(path, format=format, published=published, lang=lang)


# --------------------------------------------------------------------------- feeds


def parse_feed(content: bytes, *, source: str, headers: dict[str, str] | None = None):
    """Parse RSS/Atom bytes; raise InputError when they are not a feed at all.

    feedparser is lenient by design: a feed with a small XML error still yields its
    items (``bozo`` set). Content with no feed version and no items is not a feed.
    """
    if not content.strip():
        raise InputError(source, None, "empty response, not a feed")
    parsed = feedparser.parse(content, response_headers=headers or {})
    if not parsed.version and not parsed.entries:
        reason = parsed.get("bozo_exception")
        detail = f" ({reason})" if reason else ""
        raise InputError(source, None, f"not an RSS or Atom feed{detail}")
    return parsed


def entry_published(entry) -> tuple[dt.datetime | None, bool]:
    """The item's date as an aware UTC datetime; (None, True) when the feed gives none."""
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return dt.datetime.fromtimestamp(calendar.timegm(value), tz=dt.UTC), False
    return None, True


def entry_summary_text(entry) -> str:
    """The text the feed itself carries for an item: full content if any, else summary."""
    for content in entry.get("content") or []:
        value = content.get("value") or ""
        if value.strip():
            return html_to_text(value)
    return html_to_text(entry.get("summary") or entry.get("description") or "")


def feed_articles(
    parsed, *, source: str, lang: str | None, now: dt.datetime | None = None
) -> list[SourceArticle | InputError]:
    """One SourceArticle per feed item, with the feed's own text (no page fetched)."""
    items: list[SourceArticle | InputError] = []
    now = now or dt.datetime.now(tz=dt.UTC)
    for number, entry in enumerate(parsed.entries, 1):
        title = html_to_text(entry.get("title") or "").strip()
        link = (entry.get("link") or "").strip() or None
        text = entry_summary_text(entry)
        where = link or f"item {number}"
        if not text.strip():
            items.append(InputError(source, number, f"{where}: the item has no text"))
            continue
        published, inferred = entry_published(entry)
        items.append(SourceArticle(
            title, text, published or now, inferred, link, lang, source, number
        ))
    return items


_BLOCK_TAGS = frozenset(
    {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
        "table", "blockquote", "section", "article", "header", "footer", "pre", "hr",
        "dd", "dt", "figcaption",
    }
)


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """Text of an HTML fragment (a feed summary): one paragraph a line, entities decoded."""
    if "<" not in fragment:
        return "\n".join(
            " ".join(line.split()) for line in html.unescape(fragment).splitlines()
        ).strip()
    collector = _TextCollector()
    collector.feed(fragment)
    collector.close()
    lines = (" ".join(line.split()) for line in "".join(collector.parts).splitlines())
    return "\n".join(line for line in lines if line)
