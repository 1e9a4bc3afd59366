import datetime as dt

import pytest
from icalendar import Calendar

from tests.dashboard.conftest import body, make_directive, make_user
from tracker.dashboard.models import CalendarFeed
from tracker.directives.models import Role, Status
from tracker.reminders.models import Subscription

pytestmark = pytest.mark.django_db


def test_month_view_full_and_htmx(viewer_client, htmx):
    make_directive(task="heating plan", deadline=dt.date(2025, 9, 15))
    make_directive(task="rejected one", deadline=dt.date(2025, 9, 15), status=Status.REJECTED)
    page = viewer_client.get("/calendar/", {"month": "2025-09"})
    assert page.status_code == 200 and b"<html" in page.content
    assert b"heating plan" in page.content and b"rejected one" not in page.content
    assert b"?month=2025-10" in page.content and b"?month=2025-08" in page.content
    fragment = viewer_client.get("/calendar/", {"month": "2025-09"}, **htmx)
    assert b"<html" not in fragment.content and b"heating plan" in fragment.content
    assert viewer_client.get("/calendar/", {"month": "garbage"}).status_code == 200


def test_month_view_caps_a_busy_day(viewer_client):
    for i in range(9):
        make_directive(task=f"task {i}", deadline=dt.date(2025, 9, 15))
    page = viewer_client.get("/calendar/", {"month": "2025-09"})
    assert b"+3 more" in page.content


def _events(response):
    calendar = Calendar.from_ical(response.content)
    return {str(e["uid"]): e for e in calendar.walk("VEVENT")}


def test_feed_shows_only_what_its_owner_follows(client, viewer, viewer_client):
    finance, energy, health = body("Ministry of Finance"), body("Ministry of Energy"), body(
        "Ministry of Health"
    )
    lead = make_directive(task="finance lead", bodies=[finance], deadline=dt.date(2025, 9, 1))
    co = make_directive(task="finance co", bodies=[energy], co_executors=[finance],
                        deadline=dt.date(2025, 9, 2))
    watched = make_directive(task="watched", bodies=[health], deadline=dt.date(2025, 9, 3))
    make_directive(task="someone else's", bodies=[energy], deadline=dt.date(2025, 9, 4))
    make_directive(task="no deadline", bodies=[finance])
    Subscription.objects.create(user=viewer, body=finance, body_role=Role.LEAD)
    Subscription.objects.create(user=viewer, directive=watched)
    other = make_user("other", "Viewers")
    Subscription.objects.create(user=other, body=energy)

    viewer_client.post("/calendar/link/", {"action": "renew"})
    token = CalendarFeed.objects.get(user=viewer).token
    response = client.get(f"/calendar/feed/{token}.ics")  # no session: calendar apps
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    events = _events(response)
    summaries = sorted(str(e["summary"]) for e in events.values())
    assert summaries == ["finance lead", "watched"]
    event = events[f"directive-{lead.pk}@127.0.0.1:8000"]
    assert event["dtstart"].dt == dt.date(2025, 9, 1)
    assert f"/directives/{lead.pk}/" in str(event["url"])
    assert "Ministry of Finance" in str(event["description"])

    # Following in any role brings the co-executed one too.
    Subscription.objects.filter(user=viewer, body=finance).update(body_role="any")
    assert f"directive-{co.pk}@127.0.0.1:8000" in _events(client.get(f"/calendar/feed/{token}.ics"))


def test_body_feed(client, viewer_client, viewer):
    finance, energy = body("Ministry of Finance"), body("Ministry of Energy")
    make_directive(task="finance", bodies=[finance], deadline=dt.date(2025, 9, 1))
    make_directive(task="energy", bodies=[energy], deadline=dt.date(2025, 9, 1))
    viewer_client.post("/calendar/link/", {"action": "renew"})
    token = CalendarFeed.objects.get(user=viewer).token
    response = client.get(f"/calendar/feed/{token}/body/{finance.pk}.ics")
    assert [str(e["summary"]) for e in Calendar.from_ical(response.content).walk("VEVENT")] == [
        "finance"
    ]
    assert client.get(f"/calendar/feed/wrong-token/body/{finance.pk}.ics").status_code == 404


def test_renew_and_revoke(client, viewer_client, viewer):
    viewer_client.post("/calendar/link/", {"action": "renew"})
    first = CalendarFeed.objects.get(user=viewer).token
    page = viewer_client.get("/calendar/")
    assert first.encode() in page.content
    viewer_client.post("/calendar/link/", {"action": "renew"})
    second = CalendarFeed.objects.get(user=viewer).token
    assert second != first
    assert client.get(f"/calendar/feed/{first}.ics").status_code == 404
    assert client.get(f"/calendar/feed/{second}.ics").status_code == 200
    viewer_client.post("/calendar/link/", {"action": "revoke"})
    assert client.get(f"/calendar/feed/{second}.ics").status_code == 404
    assert not CalendarFeed.objects.filter(user=viewer).exists()


def test_feed_of_a_deactivated_user_stops(client, viewer_client, viewer):
    viewer_client.post("/calendar/link/", {"action": "renew"})
    token = CalendarFeed.objects.get(user=viewer).token
    viewer.is_active = False
    viewer.save()
    assert client.get(f"/calendar/feed/{token}.ics").status_code == 404


def test_admin_lists_feeds_without_their_secret(client, viewer):
    from tests.dashboard.conftest import make_user

    CalendarFeed.objects.create(user=viewer)
    token = CalendarFeed.objects.get(user=viewer).token
    client.force_login(make_user("root", is_superuser=True, is_staff=True))
    listing = client.get("/admin/dashboard/calendarfeed/")
    assert listing.status_code == 200 and b"viewer" in listing.content
    feed = CalendarFeed.objects.get(user=viewer)
    change = client.get(f"/admin/dashboard/calendarfeed/{feed.pk}/change/")
    assert change.status_code == 200 and token.encode() not in change.content
