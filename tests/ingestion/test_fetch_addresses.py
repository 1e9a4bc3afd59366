"""The fetcher connects to public addresses only: a feed cannot point the worker at the
metadata service, the database or an intranet page (tracker/ingestion/addresses.py).

Real sockets throughout: servers on loopback addresses stand in for private hosts, and the
allow-list decides which of them count as reachable.
"""

from __future__ import annotations

import ipaddress
import re

import pytest
from django.core.exceptions import ImproperlyConfigured

from tests.ingestion.conftest import LocalServer
from tests.ingestion.test_feeds import ENERGY, FINANCE, feed, item, source
from tracker import env
from tracker.directives.models import Article
from tracker.ingestion.addresses import is_allowed
from tracker.ingestion.feeds import source_poll
from tracker.ingestion.fetch import FetchError, fetch_url

ip = ipaddress.ip_address


@pytest.fixture
def private_server():
    """A second host: 127.0.0.2 (Linux routes all of 127/8 to the loopback device), left
    out of the allow-list that the ``http_server`` fixture sets."""
    server = LocalServer(host="127.0.0.2")
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.mark.parametrize(
    "address",
    ["127.0.0.1", "10.1.2.3", "172.16.0.9", "192.168.1.1", "169.254.169.254", "0.0.0.0",
     "100.64.0.1", "224.0.0.1", "::1", "fc00::1", "fe80::1", "::ffff:127.0.0.1",
     "::ffff:169.254.169.254"],
)
def test_private_loopback_link_local_and_reserved_addresses_are_refused(settings, address):
    settings.INGEST_FETCH_ALLOW_NETWORKS = []
    assert not is_allowed(ip(address))


@pytest.mark.parametrize("address", ["8.8.8.8", "95.59.0.1", "2a00:1450:4001:80b::200e"])
def test_public_addresses_are_allowed(settings, address):
    settings.INGEST_FETCH_ALLOW_NETWORKS = []
    assert is_allowed(ip(address))


def test_the_allow_list_opens_a_private_network(settings):
    settings.INGEST_FETCH_ALLOW_NETWORKS = [ipaddress.ip_network("10.20.0.0/16")]
    assert is_allowed(ip("10.20.5.5"))
    assert not is_allowed(ip("10.21.5.5"))


def test_a_private_address_is_refused_before_any_request_is_sent(settings):
    server = LocalServer()
    server.start()
    try:
        url = server.serve("/rss.xml", "<rss/>")
        settings.INGEST_FETCH_ALLOW_NETWORKS = []
        with pytest.raises(FetchError) as caught:
            fetch_url(url)
        assert str(caught.value).startswith(f"{url}: refused: 127.0.0.1 is at 127.0.0.1")
        assert "public addresses" in str(caught.value)
        assert server.hits == []
    finally:
        server.stop()


def test_a_name_resolving_to_a_private_address_is_refused(settings, http_server):
    """The check is on the address connected to, not on the URL's spelling."""
    url = http_server.serve("/page", "hello").replace("127.0.0.1", "localhost")
    settings.INGEST_FETCH_ALLOW_NETWORKS = []
    with pytest.raises(FetchError, match="refused: localhost is at"):
        fetch_url(url)
    assert http_server.hits == []


def test_a_redirect_to_a_private_address_is_refused(http_server, private_server):
    hidden = private_server.serve("/admin", "secret")
    url = http_server.serve("/go", status=302, headers={"Location": hidden})
    with pytest.raises(FetchError, match=re.escape("refused: 127.0.0.2 is at 127.0.0.2")):
        fetch_url(url)
    assert http_server.hits == ["/go"]
    assert private_server.hits == []


@pytest.mark.django_db
def test_a_feed_item_linking_to_a_private_host_falls_back_to_its_summary(
    http_server, private_server
):
    inside = item(private_server, 1, sentence=FINANCE, summary=ENERGY)
    outside = item(http_server, 2, sentence=FINANCE)
    http_server.serve("/rss.xml", feed(inside, outside), content_type="application/rss+xml")
    gov = source(http_server, language="en")

    report = source_poll(source_id=gov.pk)

    assert private_server.hits == []
    assert report.ingest.new == 2
    hidden = Article.objects.get(url=private_server.url("/news/1"))
    assert ENERGY in hidden.text and FINANCE not in hidden.text
    gov.refresh_from_db()
    assert f"{private_server.url('/news/1')}: refused: 127.0.0.2" in gov.last_error
    assert "used the feed's summary" in gov.last_error


def test_the_allow_list_setting_is_read_strictly(monkeypatch):
    monkeypatch.setenv("NETS", "10.0.0.0/8, 192.0.2.7")
    assert env.env_network_list("NETS", []) == [
        ipaddress.ip_network("10.0.0.0/8"), ipaddress.ip_network("192.0.2.7/32")
    ]
    monkeypatch.setenv("NETS", "10.0.0.0/8,intranet")
    with pytest.raises(ImproperlyConfigured, match="NETS: 'intranet' is not an IP network"):
        env.env_network_list("NETS", [])
