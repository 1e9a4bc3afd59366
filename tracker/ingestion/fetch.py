"""HTTP GET with a wall-clock timeout and a size limit, on the standard library.

urllib's ``timeout`` bounds each socket operation, not the whole response: a server that
drips one byte every few seconds would keep a worker forever. ``fetch_url`` reads in
chunks against a deadline and stops at ``max_bytes``, so one bad page costs at most
``timeout`` seconds and ``max_bytes`` of memory. Only http and https URLs are fetched, and
only from public addresses (see ``addresses``).
Errors are :class:`FetchError` with a message that names the URL.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urlsplit

from django.conf import settings

from tracker.ingestion.addresses import AddressRefused, GuardedHTTPHandler, GuardedHTTPSHandler

_CHUNK = 64 * 1024


class FetchError(Exception):
    def __init__(self, url: str, message: str) -> None:
        self.url = url
        self.message = message
        super().__init__(f"{url}: {message}")


@dataclass(frozen=True)
class FetchResult:
    url: str  # after redirects
    status: int
    body: bytes
    headers: Message

    @property
    def content_type(self) -> str:
        return self.headers.get_content_type() if self.headers else ""


def user_agent() -> str:
    return f"DirectiveTracker/0.1 (+{settings.SITE_URL})"


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB" if size >= 1024 * 1024 else f"{size} bytes"


class _NoRedirectToOtherSchemes(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if urlsplit(newurl).scheme not in ("http", "https"):
            raise FetchError(req.full_url, f"redirected to a non-HTTP URL {newurl!r}")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


_opener = urllib.request.build_opener(
    _NoRedirectToOtherSchemes, GuardedHTTPHandler, GuardedHTTPSHandler
)


def fetch_url(
    url: str,
    *,
    timeout: float | None = None,
    max_bytes: int | None = None,
    headers: dict[str, str] | None = None,
) -> FetchResult:
    """GET ``url``. A 304 answer is returned with an empty body; other non-2xx answers,
    timeouts, oversized bodies and network errors raise FetchError."""
    timeout = float(timeout if timeout is not None else settings.INGEST_FETCH_TIMEOUT)
    max_bytes = max_bytes if max_bytes is not None else settings.INGEST_FETCH_MAX_BYTES
    if urlsplit(url).scheme not in ("http", "https"):
        raise FetchError(url, "only http:// and https:// URLs are fetched")
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": user_agent(),
            # urllib does not decompress: ask for the body as it is.
            "Accept-Encoding": "identity",
            **(headers or {}),
        },
    )
    deadline = time.monotonic() + timeout
    try:
        response = _opener.open(request, timeout=timeout)
    except urllib.error.HTTPError as exc:
        exc.close()
        if exc.code == 304:
            return FetchResult(url, 304, b"", exc.headers)
        raise FetchError(url, f"HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, AddressRefused):
            raise FetchError(url, f"refused: {exc.reason}") from None
        if isinstance(exc.reason, TimeoutError):
            raise FetchError(url, f"timed out after {timeout:g} s") from None
        raise FetchError(url, f"cannot connect: {exc.reason}") from None
    except TimeoutError:
        raise FetchError(url, f"timed out after {timeout:g} s") from None
    except (OSError, ValueError) as exc:
        raise FetchError(url, f"cannot fetch: {exc}") from None
    with response:
        declared = response.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > max_bytes:
            raise FetchError(
                url, f"response too large ({_megabytes(int(declared))}; "
                f"the limit is {_megabytes(max_bytes)})"
            )
        chunks: list[bytes] = []
        size = 0
        try:
            while True:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise FetchError(url, f"timed out after {timeout:g} s")
                # The socket timeout bounds each read by what is left of the deadline.
                if response.fp is not None and getattr(response.fp, "raw", None) is not None:
                    sock = getattr(response.fp.raw, "_sock", None)
                    if sock is not None:
                        sock.settimeout(remaining)
                chunk = response.read1(_CHUNK) if hasattr(response, "read1") else response.read(
                    _CHUNK
                )
                if not chunk:
                    break
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError(
                        url, f"response too large (over {_megabytes(max_bytes)}, the limit)"
                    )
                chunks.append(chunk)
        except TimeoutError:
            raise FetchError(url, f"timed out after {timeout:g} s") from None
        except OSError as exc:
            raise FetchError(url, f"connection broken: {exc}") from None
        return FetchResult(response.geturl(), response.status, b"".join(chunks), response.headers)
