"""Feed sources polled from a local HTTP server: pages, fallbacks, errors on the Source."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from tracker.directives.models import Article, Directive
from tracker.ingestion.feeds import source_poll, sources_poll_due
from tracker.ingestion.models import Source

pytestmark = pytest.mark.django_db

PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>{title} | Gov News</title></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/about">About us</a></nav>
<article><h1>{title}</h1>
<p>At the Government session chaired by Prime Minister Olzhas Bektenov, the preparation of
the heating season was reviewed in detail with the regional akimats.</p>
<p>{sentence}</p>
<p>The Ministry reported that 85 percent of the boilers had been repaired in the first half
of the year, and the remaining work is under way across the regions.</p>
</article><footer>© 2025 Gov News. All rights reserved.</footer></body></html>"""


def item(server, n: int, *, sentence: str, summary: str = "", date="Tue, 09 Sep 2025 10:00:00 +0500",
         page: bool = True, **route) -> str:
    title = f"Session {n}"
    link = server.url(f"/news/{n}")
    if page:
        server.serve(f"/news/{n}", PAGE.format(title=title, sentence=sentence), **route)
    return (f"<item><title>{title}</title><link>{link}</link><pubDate>{date}</pubDate>"
            f"<description>{summary or 'Short summary ' + str(n) + '.'}</description></item>")


def feed(*items: str) -> str:
    return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            "<title>Gov News</title><link>http://127.0.0.1/</link>" + "".join(items)
            + "</channel></rss>")


ENERGY = "The Ministry of Energy must complete repairs of heat networks by October 15."
FINANCE = "The Ministry of Finance has been instructed to allocate funds by November 1."


def source(server, path="/rss.xml", name="Gov News", **kwargs) -> Source:
    return Source.objects.create(name=name, feed_url=server.url(path), **kwargs)


def test_new_items_are_ingested_from_their_pages(http_server):
    http_server.serve("/rss.xml", feed(item(http_server, 1, sentence=ENERGY),
                                       item(http_server, 2, sentence=FINANCE)),
                      content_type="application/rss+xml")
    gov = source(http_server, language="en")

    report = source_poll(source_id=gov.pk)
    assert report.errors == []
    assert (report.items, report.ingest.new, report.ingest.directives_proposed) == (2, 2, 2)
    first = Article.objects.get(url=http_server.url("/news/1"))
    assert first.source_name == "Gov News" and first.lang == "en"
    assert first.title == "Session 1"
    assert ENERGY in first.text and "All rights reserved" not in first.text
    assert "Home" not in first.text.split()
    assert first.published == dt.datetime(2025, 9, 9, 5, 0, tzinfo=dt.UTC)
    directive = Directive.objects.get(article=first)
    assert directive.bodies.get().name == "Ministry of Energy"
    assert directive.deadline == dt.date(2025, 10, 15)
    gov.refresh_from_db()
    assert gov.last_error == ""
    assert gov.last_polled_at and gov.last_success_at
    assert gov.last_report.startswith("2 items: 0 already stored; articles: 2 new")


def test_stored_items_are_not_fetched_again_and_an_unchanged_feed_costs_a_304(http_server):
    http_server.serve("/rss.xml", feed(item(http_server, 1, sentence=ENERGY)), etag='"v1"')
    gov = source(http_server)
    source_poll(source_id=gov.pk)
    assert http_server.hits == ["/rss.xml", "/news/1"]

    second = source_poll(source_id=gov.pk)
    assert second.not_modified and second.summary() == "feed not modified"
    # A changed feed: the known item's page is not fetched again.
    http_server.serve("/rss.xml", feed(item(http_server, 1, sentence=ENERGY),
                                       item(http_server, 2, sentence=FINANCE)), etag='"v2"')
    third = source_poll(source_id=gov.pk)
    assert (third.known, third.ingest.new) == (1, 1)
    assert http_server.hits == ["/rss.xml", "/news/1", "/rss.xml", "/rss.xml", "/news/2"]
    assert Article.objects.count() == 2


def test_a_page_that_times_out_falls_back_to_the_summary_and_names_the_url(http_server, settings):
    settings.INGEST_FETCH_TIMEOUT = 0.5
    http_server.serve("/rss.xml", feed(
        item(http_server, 1, sentence=ENERGY, delay=10,
             summary="The Ministry of Energy must finish the boiler repairs by October 1."),
        item(http_server, 2, sentence=FINANCE),
    ))
    gov = source(http_server)
    report = source_poll(source_id=gov.pk)
    slow = http_server.url("/news/1")
    assert report.errors == [f"{slow}: timed out after 0.5 s; used the feed's summary"]
    assert report.from_summary == 1
    assert Article.objects.get(url=slow).text == (
        "The Ministry of Energy must finish the boiler repairs by October 1.")
    assert Article.objects.filter(url=http_server.url("/news/2")).exists()
    gov.refresh_from_db()
    assert gov.last_error == report.errors[0]
    assert "1 from the feed's summary" in gov.last_report


def test_a_feed_that_is_not_xml_is_recorded_and_nothing_is_stored(http_server):
    http_server.serve("/rss.xml", "<html><body><h1>Maintenance</h1></body></html>")
    gov = source(http_server)
    report = source_poll(source_id=gov.pk)
    gov.refresh_from_db()
    assert gov.last_error.startswith(f"{gov.feed_url}: not an RSS or Atom feed")
    assert report.errors == [gov.last_error]
    assert gov.last_polled_at is not None and gov.last_success_at is None
    assert Article.objects.count() == 0


@pytest.mark.parametrize("send_length", [True, False])
def test_an_oversized_feed_is_refused(http_server, settings, send_length):
    settings.INGEST_FETCH_MAX_BYTES = 2048
    items = [item(http_server, n, sentence=ENERGY, page=False) for n in range(40)]
    http_server.serve("/rss.xml", feed(*items), send_length=send_length)
    gov = source(http_server)
    source_poll(source_id=gov.pk)
    gov.refresh_from_db()
    assert gov.last_error.startswith(f"{gov.feed_url}: response too large")
    assert "2048 bytes" in gov.last_error
    assert Article.objects.count() == 0


def test_an_oversized_or_missing_page_falls_back_to_the_summary(http_server, settings):
    settings.INGEST_FETCH_MAX_BYTES = 4096
    big = PAGE.format(title="Session 1", sentence=ENERGY + " Filler." * 800)
    http_server.serve("/news/1", big)
    http_server.serve("/rss.xml", feed(
        item(http_server, 1, sentence=ENERGY, page=False, summary="Summary one."),
        item(http_server, 2, sentence=ENERGY, page=False, summary="Summary two."),
    ))
    gov = source(http_server)
    report = source_poll(source_id=gov.pk)
    assert report.errors == [
        f"{http_server.url('/news/1')}: response too large ({len(big.encode())} bytes; the "
        "limit is 4096 bytes); used the feed's summary",
        f"{http_server.url('/news/2')}: HTTP 404 Not Found; used the feed's summary",
    ]
    assert sorted(Article.objects.values_list("text", flat=True)) == ["Summary one.", "Summary two."]


def test_an_item_without_page_or_summary_fails_alone(http_server):
    http_server.serve("/rss.xml", feed(
        "<item><title>Nothing</title><link>" + http_server.url("/gone") + "</link></item>",
        item(http_server, 2, sentence=FINANCE),
    ))
    gov = source(http_server)
    report = source_poll(source_id=gov.pk)
    gone = http_server.url("/gone")
    assert report.errors == [f"{gone}: HTTP 404 Not Found", f"{gone}: no text in the page or the feed"]
    assert (report.ingest.new, report.ingest.failed) == (1, 1)


def test_unreachable_feed_is_an_error_on_the_source(http_server):
    gov = Source.objects.create(name="Down", feed_url="http://127.0.0.1:9/rss.xml")
    source_poll(source_id=gov.pk)
    gov.refresh_from_db()
    assert gov.last_error.startswith("http://127.0.0.1:9/rss.xml: cannot connect:")


def test_due_sources_are_claimed_once(django_capture_on_commit_callbacks, http_server):
    due = source(http_server, name="Due", poll_interval=30)
    later = source(http_server, path="/later.xml", name="Later",
                   next_poll_at=timezone.now() + dt.timedelta(minutes=5))
    source(http_server, path="/off.xml", name="Off", active=False)
    with django_capture_on_commit_callbacks() as callbacks:
        assert sources_poll_due() == [due.pk]
        assert sources_poll_due() == []
    assert len(callbacks) == 1
    due.refresh_from_db()
    assert due.next_poll_at > timezone.now() + dt.timedelta(minutes=29)
    assert later.is_due(now=later.next_poll_at)


def test_poll_sources_command(http_server, capsys):
    http_server.serve("/rss.xml", feed(item(http_server, 1, sentence=ENERGY)))
    source(http_server)
    Source.objects.create(name="Broken", feed_url=http_server.url("/missing.xml"))
    with pytest.raises(CommandError, match="1 source"):
        call_command("poll_sources")
    captured = capsys.readouterr()
    assert "Gov News: 1 items: 0 already stored; articles: 1 new" in captured.out
    assert "error: Broken: " + http_server.url("/missing.xml") + ": HTTP 404 Not Found" in captured.err
    with pytest.raises(CommandError, match="unknown source"):
        call_command("poll_sources", "Nope")


def test_the_admin_shows_the_last_error(http_server, client, make_user):
    http_server.serve("/rss.xml", "not a feed")
    gov = source(http_server)
    source_poll(source_id=gov.pk)
    admin = make_user("admin", staff=True)
    admin.is_superuser = True
    admin.save()
    client.force_login(admin)
    listing = client.get("/admin/ingestion/source/").content.decode()
    assert f"{gov.feed_url}: not an RSS or Atom feed" in listing
    change = client.get(f"/admin/ingestion/source/{gov.pk}/change/").content.decode()
    assert "not an RSS or Atom feed" in change and "Last poll" in change
