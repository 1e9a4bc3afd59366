"""The dashboard in a real browser: the issue's end-to-end path, with screenshots of the
overview, the list, the detail page and the calendar under artifacts/screenshots/."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from playwright.sync_api import expect

from tests.dashboard.conftest import body, make_article, make_directive, make_user
from tracker.directives.models import DeadlineChange, Directive, Status, StatusChange

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def data(roles):
    today = timezone.localdate()
    finance, energy, akimat = (
        body("Ministry of Finance"), body("Ministry of Energy"), body("Akimat of Almaty")
    )
    article = make_article(
        title="Government meeting on the heating season",
        text=(
            "ASTANA. The Government held a meeting on preparations for the heating season. "
            "The Ministry of Energy must complete the repair of heating networks by 1 October. "
            "The Akimat of Almaty is instructed to report on boiler houses within a month. "
            "Prime Minister Olzhas Bektenov chaired the meeting."
        ),
    )
    directives = {
        "repair": make_directive(
            article=article, task="complete the repair of heating networks", bodies=[energy],
            co_executors=[akimat], deadline=today + dt.timedelta(days=5),
            sentence="The Ministry of Energy must complete the repair of heating networks by 1 October.",
            sentence_start=article.text.index("The Ministry of Energy"),
            sentence_end=article.text.index("The Akimat") - 1,
        ),
        "budget": make_directive(task="prepare the draft budget", bodies=[finance],
                                 deadline=today - dt.timedelta(days=3)),
        "boilers": make_directive(task="report on boiler houses", bodies=[akimat],
                                  deadline=today + dt.timedelta(days=20), status=Status.IN_PROGRESS),
        "proposed": make_directive(task="draft a law on procurement", bodies=[finance],
                                   status=Status.PROPOSED, deadline=today + dt.timedelta(days=40)),
        "proposed2": make_directive(task="open new kindergartens", bodies=[akimat],
                                    status=Status.PROPOSED),
    }
    for i in range(6):
        make_directive(task=f"routine task {i}", bodies=[[finance, energy, akimat][i % 3]],
                       deadline=today + dt.timedelta(days=i * 4 - 6))
    done = make_directive(task="publish the report", bodies=[finance],
                          deadline=today - dt.timedelta(days=10), status=Status.DONE,
                          completed_at=timezone.now() - dt.timedelta(days=12))
    directives["done"] = done
    user = make_user("editor", "Editors")
    user.groups.add(Group.objects.get(name="Viewers"))
    return directives


def login(page, username="editor"):
    page.goto("/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", f"pw-{username}")
    page.click("button[type=submit]")
    expect(page.locator("h1")).to_have_text("Overview")


def test_overview_list_filters_and_back(page, data, screenshot):
    login(page)
    expect(page.locator(".count.overdue .n")).to_have_text("3")
    expect(page.locator("#discipline")).to_be_visible()
    screenshot(page, "overview")

    page.click("nav.mainnav >> text=Directives")
    expect(page.locator(".resultbar")).to_contain_text("12 directives")
    page.select_option("#id_status", "active")
    expect(page).to_have_url(re.compile(r"status=active"))
    expect(page.locator(".resultbar")).to_contain_text("9 directives")
    screenshot(page, "list")
    page.fill("#id_q", "heating")
    expect(page).to_have_url(re.compile(r"q=heating"))
    expect(page.locator(".resultbar")).to_contain_text("1 directive")
    expect(page.locator("table.directives")).to_contain_text("complete the repair of heating networks")

    # Back: the previous filter's full page, its form showing that filter.
    page.go_back()
    expect(page).to_have_url(re.compile(r"status=active$"))
    expect(page.locator(".resultbar")).to_contain_text("9 directives")
    expect(page.locator("#id_status")).to_have_value("active")
    expect(page.locator("#id_q")).to_have_value("")
    page.go_back()
    expect(page.locator(".resultbar")).to_contain_text("12 directives")
    expect(page.locator("#id_status")).to_have_value("")
    # Reload of a filtered URL: the full page again.
    page.goto("/directives/?status=active&q=heating")
    expect(page.locator("#filters")).to_be_visible()
    expect(page.locator(".resultbar")).to_contain_text("1 directive")


def test_review_queue_accept_with_the_keyboard(page, data, screenshot):
    login(page)
    page.click("nav.mainnav >> text=Review")
    card = page.locator("#card")
    expect(card).to_contain_text("draft a law on procurement")
    expect(card).to_contain_text("2 directives wait for review")
    screenshot(page, "review")
    page.keyboard.press("a")
    expect(card).to_contain_text("Accepted #")
    expect(card).to_contain_text("open new kindergartens")
    expect(page).to_have_url(re.compile(rf"/review/{data['proposed2'].pk}/$"))
    accepted = Directive.objects.get(pk=data["proposed"].pk)
    assert accepted.status == Status.OPEN
    assert StatusChange.objects.get(directive=accepted).changed_by.username == "editor"
    # Reject with a reason: "r" focuses the reason field.
    page.keyboard.press("r")
    page.keyboard.type("not an instruction")
    page.keyboard.press("Enter")
    expect(card).to_contain_text("Nothing waits for review")
    assert Directive.objects.get(pk=data["proposed2"].pk).status == Status.REJECTED


def test_detail_status_comment_and_deadline_extension(page, data, screenshot):
    directive = data["repair"]
    login(page)
    page.goto(f"/directives/{directive.pk}/")
    expect(page.locator("mark#evidence")).to_have_text(
        "The Ministry of Energy must complete the repair of heating networks by 1 October."
    )
    # Inline edit of the issuer through htmx.
    page.click("#field-issuer >> text=edit")
    page.fill("#field-issuer input[name=issuer]", "Prime Minister Olzhas Bektenov")
    page.click("#field-issuer >> text=Save")
    expect(page.locator("#field-issuer")).to_contain_text("Prime Minister Olzhas Bektenov")

    page.select_option("#status-form select[name=new_status]", "in_progress")
    page.fill("#status-form textarea[name=comment]", "contractor started work")
    page.click("#status-form button[type=submit]")
    expect(page.locator(".timeline")).to_contain_text("contractor started work")
    expect(page.locator("#status-pill")).to_have_text("In progress")

    new_deadline = directive.deadline + dt.timedelta(days=30)
    page.fill("#deadline-form input[name=new_deadline]", new_deadline.isoformat())
    page.fill("#deadline-form textarea[name=reason]", "equipment delivery delayed")
    page.click("#deadline-form button[type=submit]")
    expect(page.locator(".timeline")).to_contain_text("equipment delivery delayed")
    page.click("#watch button")
    expect(page.locator("#watch")).to_contain_text("You watch this directive")
    screenshot(page, "detail")

    directive.refresh_from_db()
    assert directive.status == Status.IN_PROGRESS and directive.deadline == new_deadline
    assert directive.issuer == "Prime Minister Olzhas Bektenov"
    assert DeadlineChange.objects.get(directive=directive).reason == "equipment delivery delayed"
    assert StatusChange.objects.get(directive=directive).comment == "contractor started work"


def test_calendar_ics_and_csv_downloads(page, data, screenshot):
    login(page)
    # Follow the directive so that the personal feed has it.
    page.goto(f"/directives/{data['repair'].pk}/")
    page.click("#watch button")
    expect(page.locator("#watch")).to_contain_text("You watch this directive")

    # The reminders feature's preferences page, in the dashboard's layout, lists it.
    page.click("header >> text=Preferences")
    expect(page.locator("main")).to_contain_text("complete the repair of heating networks")
    screenshot(page, "preferences")

    page.click("nav.mainnav >> text=Calendar")
    expect(page.locator("table.calendar")).to_contain_text("complete the repair")
    page.click("text=Create my calendar link")
    expect(page.locator("#feeds input.url")).to_have_value(re.compile(r"/calendar/feed/.+\.ics$"))
    screenshot(page, "calendar")
    with page.expect_download() as download_info:
        page.click("#feeds >> text=Download .ics")
    ics = Path(download_info.value.path()).read_text(encoding="utf-8")
    assert "BEGIN:VCALENDAR" in ics and "complete the repair of heating networks" in ics
    assert "prepare the draft budget" not in ics  # not followed

    page.goto("/directives/?status=active&body=" + str(data["budget"].body_links.get().body_id))
    expect(page.locator(".resultbar")).to_contain_text("directive")
    with page.expect_download() as download_info:
        page.click(".exports >> text=CSV")
    text = Path(download_info.value.path()).read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][:2] == ["ID", "Task"]
    tasks = {row[1] for row in rows[1:]}
    assert "prepare the draft budget" in tasks and "publish the report" not in tasks


def test_language_switch_to_russian(page, data):
    login(page)
    page.select_option("#language", "ru")
    expect(page.locator("h1")).to_have_text("Обзор")
    expect(page.locator("nav.mainnav")).to_contain_text("Поручения")
    page.select_option("#language", "en")
    expect(page.locator("h1")).to_have_text("Overview")


def test_bulk_actions_pages_exports_and_navigation(page, data):
    """The rest of the pages' controls: bulk accept with its confirmation, Next/Previous,
    the XLSX export, the calendar's months and the discipline report's period."""
    from openpyxl import load_workbook

    article = make_article()
    Directive.objects.bulk_create(
        Directive(article=article, task=f"bulk task {i}", status=Status.PROPOSED)
        for i in range(30)
    )
    login(page)
    # The discipline report's period, through htmx, with the URL pushed.
    page.fill("#discipline input[name=start]", "2020-01-01")
    page.locator("#discipline input[name=start]").dispatch_event("change")
    expect(page).to_have_url(re.compile(r"start=2020-01-01"))
    expect(page.locator("#discipline")).to_contain_text("2020")

    page.goto("/directives/?status=proposed")
    expect(page.locator(".resultbar")).to_contain_text("32 directives")
    page.click("nav.pager >> text=Next")
    expect(page).to_have_url(re.compile(r"after="))
    expect(page.locator("table.directives tbody tr")).to_have_count(7)
    page.click("nav.pager >> text=Previous")
    expect(page.locator("table.directives tbody tr")).to_have_count(25)

    # Bulk accept: tick three, confirm, and the list refreshes itself.
    boxes = page.locator("table.directives tbody input[name=ids]")
    for i in range(3):
        boxes.nth(i).check()
    page.click(".bulkbar >> text=Accept")
    expect(page.locator("#bulk-area")).to_contain_text("Accept 3 directives?")
    page.click("#bulk-area >> text=Confirm")
    expect(page.locator("#bulk-area")).to_contain_text("3 directives changed")
    expect(page.locator(".resultbar")).to_contain_text("29 directives")
    assert Directive.objects.filter(status=Status.PROPOSED).count() == 29

    with page.expect_download() as download_info:
        page.click(".exports >> text=XLSX")
    sheet = load_workbook(io.BytesIO(Path(download_info.value.path()).read_bytes())).active
    assert sheet.max_row == 30  # the header and the 29 still proposed

    page.goto("/calendar/")
    month = page.locator(".calnav h2").inner_text()
    page.click(".calnav >> [rel=next]")
    expect(page.locator(".calnav h2")).not_to_have_text(month)
    expect(page).to_have_url(re.compile(r"month=\d{4}-\d{2}"))
    page.go_back()
    expect(page.locator(".calnav h2")).to_have_text(month)
