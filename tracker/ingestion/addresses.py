"""Which network addresses the feed fetcher may connect to.

Feed URLs are typed by staff, but item links come from whoever writes the feed: a feed
could point the worker at the cloud metadata service (169.254.169.254), the database, or an
admin page on the intranet, and the page text would then be stored where staff read it.
The fetcher therefore connects only to public (globally routable) addresses, unless an
address falls in ``INGEST_FETCH_ALLOW_NETWORKS`` (e.g. an intranet news site).

The check runs on the address the socket actually connected to, after DNS resolution and on
every redirect, so a name that resolves to a private address (or changes its answer between
a check and the connection) is caught as well.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import urllib.request

from django.conf import settings

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class AddressRefused(OSError):
    """The host resolved to an address the fetcher must not connect to."""


def is_allowed(address: IPAddress) -> bool:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    if any(address in network for network in settings.INGEST_FETCH_ALLOW_NETWORKS):
        return True
    return address.is_global and not address.is_multicast


def _guarded_create_connection(address, *args, **kwargs) -> socket.socket:
    sock = socket.create_connection(address, *args, **kwargs)
    peer = ipaddress.ip_address(sock.getpeername()[0].split("%", 1)[0])
    if not is_allowed(peer):
        sock.close()
        raise AddressRefused(
            f"{address[0]} is at {peer}, a private or reserved address; feeds and pages are "
            "fetched only from public addresses (INGEST_FETCH_ALLOW_NETWORKS lists exceptions)"
        )
    return sock


class _GuardedHTTPConnection(http.client.HTTPConnection):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._create_connection = _guarded_create_connection


class _GuardedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # checked before the TLS handshake: nothing is sent to a refused address
        self._create_connection = _guarded_create_connection


class GuardedHTTPHandler(urllib.request.HTTPHandler):
    def http_open(self, req):
        return self.do_open(_GuardedHTTPConnection, req)


class GuardedHTTPSHandler(urllib.request.HTTPSHandler):
    def https_open(self, req):
        return self.do_open(_GuardedHTTPSConnection, req, context=self._context)
