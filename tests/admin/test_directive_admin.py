import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages

from tests.admin.builders import CO, LEAD, body_named, form_data, make_article, make_directive
from tracker.bodies.models import Body
from tracker.directives.models import (
    DeadlineChange,
    Directive,
    DirectiveBody,
    Origin,
    Status,
    StatusChange,
)
from tracker.directives.review import directive_accept, directive_reject
from tracker.directives.services import directive_change_status

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/directives/directive/"
TODAY = dt.date(2025, 9, 10)  # a Wednesday


@pytest.fixture
def today(time_machine):
    time_machine.move_to(dt.datetime(2025, 9, 10, 12, tzinfo=dt.UTC), tick=False)
    return TODAY


def change_url(directive):
    return f"{CHANGELIST}{directive.pk}/change/"


def texts(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def action(client, name, directives, **extra):
    return client.post(
        CHANGELIST,
        {"action": name, "_selected_action": [d.pk for d in directives], **extra},
        follow=True,
    )


def shown_ids(response):
    return {d.pk for d in response.context["cl"].result_list}


def result_table(response) -> str:
    html = response.content.decode()
    start = html.index('<table id="result_list">')
    return html[start:html.index("</table>", start)]


def history_row(change: StatusChange) -> tuple:
    return (change.old_status, change.new_status, change.comment, change.changed_by_id)


# ---------------------------------------------------------------- list


def test_list_shows_lead_bodies_and_coloured_days_left(editor_client, today):
    finance, kazpost = body_named("Ministry of Finance"), body_named("Kazpost")
    make_directive(
        task="cut arrears", status=Status.OPEN, deadline=TODAY - dt.timedelta(days=3),
        bodies=((finance, LEAD), (kazpost, CO)),
    )
    make_directive(task="report soon", status=Status.OPEN, deadline=TODAY + dt.timedelta(days=2))
    make_directive(task="report later", status=Status.OPEN, deadline=TODAY + dt.timedelta(days=40))
    make_directive(task="finished", status=Status.DONE, deadline=TODAY - dt.timedelta(days=9))

    html = result_table(editor_client.get(CHANGELIST))

    assert "Ministry of Finance" in html
    assert "Kazpost" not in html  # a co-executor is not a lead
    assert 'class="days-left overdue"' in html and "3 days overdue" in html
    assert 'class="days-left due-soon"' in html and "2 days left" in html
    assert 'class="days-left on-track"' in html and "40 days left" in html
    assert "9 days overdue" not in html  # done is never overdue


@pytest.mark.parametrize(
    ("due", "expected"),
    [
        ("overdue", {"late"}),
        ("week", {"sunday", "today"}),
        ("month", {"sunday", "today", "month end"}),
        ("none", {"no deadline"}),
    ],
)
def test_deadline_range_filter(editor_client, today, due, expected):
    deadlines = {
        "late": TODAY - dt.timedelta(days=1),
        "today": TODAY,
        "sunday": dt.date(2025, 9, 14),
        "month end": dt.date(2025, 9, 30),
        "next month": dt.date(2025, 10, 1),
        "no deadline": None,
    }
    made = {
        task: make_directive(task=task, status=Status.OPEN, deadline=deadline).pk
        for task, deadline in deadlines.items()
    }
    make_directive(task="late proposal", deadline=TODAY - dt.timedelta(days=1))  # not active

    response = editor_client.get(CHANGELIST, {"due": due})

    assert shown_ids(response) == {made[task] for task in expected}


def test_body_filter_is_role_aware(editor_client):
    finance, kazpost = body_named("Ministry of Finance"), body_named("Kazpost")
    leads = make_directive(bodies=((finance, LEAD),))
    helps = make_directive(bodies=((kazpost, LEAD), (finance, CO)))
    make_directive(bodies=((kazpost, LEAD),))

    anyhow = editor_client.get(CHANGELIST, {"body": finance.pk})
    as_lead = editor_client.get(CHANGELIST, {"body": finance.pk, "body_role": "lead"})
    as_co = editor_client.get(CHANGELIST, {"body": finance.pk, "body_role": "co_executor"})
    any_co = editor_client.get(CHANGELIST, {"body_role": "co_executor"})

    assert shown_ids(anyhow) == {leads.pk, helps.pk}
    assert shown_ids(as_lead) == {leads.pk}
    assert shown_ids(as_co) == {helps.pk}
    assert shown_ids(any_co) == {helps.pk}


def test_issuer_language_and_status_filters(editor_client):
    president = make_directive(issuer="President", status=Status.OPEN)
    russian = make_directive(make_article(lang="ru"), issuer="Prime Minister")

    assert shown_ids(editor_client.get(CHANGELIST, {"issuer": "President"})) == {president.pk}
    assert shown_ids(editor_client.get(CHANGELIST, {"article__lang__exact": "ru"})) == {
        russian.pk
    }
    assert shown_ids(editor_client.get(CHANGELIST, {"status__exact": "open"})) == {president.pk}


def test_search_covers_task_and_sentence(editor_client):
    by_task = make_directive(task="build a water pipeline")
    by_sentence = make_directive(sentence="The akimat must repair the pipeline by May.")
    make_directive(task="something else")

    response = editor_client.get(CHANGELIST, {"q": "pipeline"})

    assert shown_ids(response) == {by_task.pk, by_sentence.pk}


def test_search_folds_the_case_of_cyrillic(editor_client):
    found = make_directive(task="Минфину провести аудит")
    make_directive(task="something else")

    response = editor_client.get(CHANGELIST, {"q": "минфину"})

    assert shown_ids(response) == {found.pk}


def test_changelist_queries_stay_bounded_with_1000_directives(
    editor_client, django_assert_max_num_queries
):
    bodies = list(Body.objects.order_by("pk")[:20])
    article = make_article()
    directives = Directive.objects.bulk_create(
        Directive(article=article, task=f"task {n}", status=Status.OPEN,
                  deadline=dt.date(2025, 1, 1) + dt.timedelta(days=n % 400))
        for n in range(1000)
    )
    DirectiveBody.objects.bulk_create(
        DirectiveBody(directive=directive, body=bodies[(n + k) % 20], role=role, position=0)
        for n, directive in enumerate(directives)
        for k, role in enumerate((LEAD, CO))
    )
    editor_client.get(CHANGELIST)  # warm the session and content-type caches

    # Session, user, body filter choices, two counts, the page, its body links, issuers.
    with django_assert_max_num_queries(10):
        response = editor_client.get(CHANGELIST, {"o": "-3"})
    assert response.status_code == 200
    assert len(response.context["cl"].result_list) == 100
    with django_assert_max_num_queries(10):
        editor_client.get(CHANGELIST, {"body": bodies[0].pk, "body_role": "lead", "due": "month"})


# ---------------------------------------------------------------- actions


def test_accept_action_writes_the_same_history_as_the_service(editor_client, editor):
    by_admin = make_directive()
    by_service = make_directive()

    response = action(editor_client, "accept_selected", [by_admin])
    directive_accept(directive=by_service, user=editor)

    assert "1 directive accepted." in texts(response)
    by_admin.refresh_from_db()
    assert by_admin.status == Status.OPEN
    assert by_admin.curated_at is not None
    assert history_row(by_admin.status_changes.get()) == history_row(
        by_service.status_changes.get()
    )


@pytest.mark.parametrize(
    ("admin_action", "bulk_action", "status"),
    [("accept_selected", "accept", Status.PROPOSED), ("mark_done", "done", Status.OPEN)],
)
def test_admin_and_dashboard_bulk_actions_write_the_same_history(
    editor_client, editor, admin_action, bulk_action, status
):
    from tracker.dashboard.services import directives_bulk_apply

    by_admin, by_dashboard = make_directive(status=status), make_directive(status=status)

    action(editor_client, admin_action, [by_admin])
    directives_bulk_apply(action=bulk_action, directive_ids=[by_dashboard.pk], user=editor)

    by_admin.refresh_from_db()
    by_dashboard.refresh_from_db()
    assert by_admin.status == by_dashboard.status != status
    assert history_row(by_admin.status_changes.get()) == history_row(
        by_dashboard.status_changes.get()
    )


def test_a_refused_item_is_reported_and_the_rest_go_on(editor_client):
    proposal = make_directive(task="accept me")
    already_done = make_directive(task="already done", status=Status.DONE)

    response = action(editor_client, "accept_selected", [proposal, already_done])

    assert response.status_code == 200
    messages = texts(response)
    assert "1 directive accepted." in messages
    assert any(
        f"#{already_done.pk}" in m and "cannot go from Done to Open" in m for m in messages
    )
    proposal.refresh_from_db()
    already_done.refresh_from_db()
    assert (proposal.status, already_done.status) == (Status.OPEN, Status.DONE)
    assert not already_done.status_changes.exists()


def test_reject_asks_for_a_reason_on_an_intermediate_page(editor_client, editor):
    first, second = make_directive(task="a forecast"), make_directive(task="an opinion")

    page = editor_client.post(
        CHANGELIST, {"action": "reject_selected", "_selected_action": [first.pk, second.pk]}
    )
    assert page.status_code == 200
    assert page.templates[0].name == "admin/directives/directive/reject_confirmation.html"
    assert "a forecast" in page.content.decode()
    first.refresh_from_db()
    assert first.status == Status.PROPOSED

    blank = editor_client.post(
        CHANGELIST,
        {"action": "reject_selected", "_selected_action": [first.pk], "apply": "yes",
         "reason": "   "},
    )
    assert blank.status_code == 200
    assert blank.context["form"].errors
    first.refresh_from_db()
    assert first.status == Status.PROPOSED

    done = editor_client.post(
        CHANGELIST,
        {"action": "reject_selected", "_selected_action": [first.pk, second.pk],
         "apply": "yes", "reason": "Not an instruction"},
        follow=True,
    )
    assert "2 directives rejected." in texts(done)
    twin = make_directive()
    directive_reject(directive=twin, user=editor, reason="Not an instruction")
    for directive in (first, second):
        directive.refresh_from_db()
        assert directive.status == Status.REJECTED
        assert history_row(directive.status_changes.get()) == history_row(
            twin.status_changes.get()
        )


def test_mark_done_uses_the_workflow_and_reports_refusals(editor_client, editor):
    open_one = make_directive(status=Status.OPEN)
    proposal = make_directive(task="still a proposal")

    response = action(editor_client, "mark_done", [open_one, proposal])

    messages = texts(response)
    assert "1 directive marked done." in messages
    assert any(f"#{proposal.pk}" in m for m in messages)
    open_one.refresh_from_db()
    assert open_one.status == Status.DONE and open_one.completed_at is not None
    twin = make_directive(status=Status.OPEN)
    directive_change_status(directive=twin, new_status=Status.DONE, user=editor)
    assert history_row(open_one.status_changes.get()) == history_row(twin.status_changes.get())


def test_reextract_leaves_curated_directives_alone_and_says_so(editor_client, editor):
    text = (
        "President Kassym-Jomart Tokayev instructed the Ministry of Finance to prepare a new "
        "Tax Code by 1 December 2025. The meeting also discussed other issues."
    )
    curated = make_directive(
        make_article(text), task="prepare the Tax Code", status=Status.OPEN,
        sentence=text[:112], sentence_start=0, sentence_end=112, curated_at=dt.datetime(
            2025, 8, 6, tzinfo=dt.UTC),
    )
    no_article = make_directive()
    Directive.objects.filter(pk=no_article.pk).update(article=None)

    response = action(editor_client, "reextract_selected", [curated, no_article])

    assert any("1 curated left alone" in m for m in texts(response)), texts(response)
    curated.refresh_from_db()
    assert curated.task == "prepare the Tax Code"
    assert curated.suggestions.get(resolved_at__isnull=True).task == "prepare a new Tax Code"


def test_reextract_refuses_more_articles_than_a_request_should_take(editor_client, monkeypatch):
    from tracker.directives import admin as directive_admin

    monkeypatch.setattr(directive_admin, "REEXTRACT_LIMIT", 2)
    directives = [make_directive() for _ in range(3)]

    response = action(editor_client, "reextract_selected", directives)

    assert any("manage.py reextract" in m for m in texts(response))


# ---------------------------------------------------------------- change form


def test_evidence_is_highlighted_in_context_and_escaped(editor_client):
    text = (
        "Intro <b>bold</b> words. <script>alert('x')</script> "
        "The Ministry of Finance must pay arrears by 1 October. Outro <img src=x onerror=1>."
    )
    sentence = "The Ministry of Finance must pay arrears by 1 October."
    start = text.index(sentence)
    directive = make_directive(
        make_article(text), sentence=sentence, sentence_start=start,
        sentence_end=start + len(sentence),
    )

    html = editor_client.get(change_url(directive)).content.decode()

    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert "<img src=x" not in html and "&lt;img src=x onerror=1&gt;" in html
    assert f">{sentence}</mark>" in html
    assert "&lt;b&gt;bold&lt;/b&gt; words." in html  # the context before the sentence


def test_evidence_without_a_usable_span_is_found_by_its_text(editor_client):
    directive = make_directive(
        make_article("First. The akimat must <act> now. Last."),
        sentence="The akimat must <act> now.", sentence_start=500, sentence_end=400 + 500,
    )
    html = editor_client.get(change_url(directive)).content.decode()
    assert ">The akimat must &lt;act&gt; now.</mark>" in html
    assert "First. " in html


def test_status_move_needs_a_comment_and_goes_through_the_service(editor_client, editor):
    directive = make_directive(status=Status.OPEN)
    data = form_data(editor_client.get(change_url(directive)))

    refused = editor_client.post(change_url(directive), {**data, "status_to": "done"})
    assert refused.status_code == 200
    assert "status_comment" in refused.context["adminform"].form.errors

    saved = editor_client.post(
        change_url(directive), {**data, "status_to": "done", "status_comment": "Report filed"}
    )
    assert saved.status_code == 302
    directive.refresh_from_db()
    change = directive.status_changes.get()
    assert (directive.status, change.comment, change.changed_by) == (
        Status.DONE, "Report filed", editor,
    )


def test_a_move_the_workflow_refuses_is_not_offered(editor_client):
    directive = make_directive()  # proposed: can be opened or rejected only
    response = editor_client.get(change_url(directive))
    choices = [value for value, _ in response.context["adminform"].form.fields["status_to"].choices]
    assert choices == ["", "open", "rejected"]
    data = form_data(response)
    forged = editor_client.post(
        change_url(directive), {**data, "status_to": "done", "status_comment": "x"}
    )
    assert "status_to" in forged.context["adminform"].form.errors
    directive.refresh_from_db()
    assert directive.status == Status.PROPOSED


def test_deadline_extension_rule_and_forced_change(editor_client, editor):
    directive = make_directive(status=Status.OPEN, deadline=dt.date(2025, 10, 1))
    data = form_data(editor_client.get(change_url(directive)))
    assert data["deadline_to"] == "2025-10-01"

    no_reason = editor_client.post(change_url(directive), {**data, "deadline_to": "2025-12-01"})
    assert "deadline_reason" in no_reason.context["adminform"].form.errors

    earlier = editor_client.post(
        change_url(directive), {**data, "deadline_to": "2025-09-01", "deadline_reason": "typo"}
    )
    errors = earlier.context["adminform"].form.errors
    assert "must be later than 2025-10-01" in str(errors["deadline_to"])
    assert not DeadlineChange.objects.exists()

    forced = editor_client.post(
        change_url(directive),
        {**data, "deadline_to": "2025-09-01", "deadline_reason": "typo in the article",
         "deadline_force": "on", "deadline_words": "by 1 September"},
    )
    assert forced.status_code == 302
    directive.refresh_from_db()
    change = directive.deadline_changes.get()
    assert (directive.deadline, directive.deadline_text) == (dt.date(2025, 9, 1), "by 1 September")
    assert (change.old_deadline, change.new_deadline, change.forced, change.reason) == (
        dt.date(2025, 10, 1), dt.date(2025, 9, 1), True, "typo in the article",
    )
    assert change.changed_by == editor

    data = form_data(editor_client.get(change_url(directive)))
    removed = editor_client.post(
        change_url(directive),
        {**data, "deadline_to": "", "deadline_reason": "no date given", "deadline_force": "on"},
    )
    assert removed.status_code == 302
    directive.refresh_from_db()
    assert directive.deadline is None


def test_accept_with_a_corrected_deadline_matches_the_review_queue(editor_client, editor):
    directive = make_directive(deadline=dt.date(2025, 12, 31))
    data = form_data(editor_client.get(change_url(directive)))

    response = editor_client.post(
        change_url(directive),
        {**data, "task": "launch a B2B platform", "deadline_to": "2025-10-01",
         "deadline_reason": "misread", "status_to": "open", "status_comment": "checked"},
    )

    assert response.status_code == 302
    directive.refresh_from_db()
    assert (directive.task, directive.status, directive.deadline) == (
        "launch a B2B platform", Status.OPEN, dt.date(2025, 10, 1),
    )
    assert directive.curated_at is not None
    # A proposal's deadline is the extractor's reading: correcting it earlier needs no force.
    assert directive.deadline_changes.get().forced is True
    assert directive.status_changes.get().comment == "checked"


def test_a_change_made_meanwhile_by_someone_else_is_not_overwritten(editor_client, editor):
    directive = make_directive(status=Status.OPEN, deadline=dt.date(2025, 10, 1))
    data = form_data(editor_client.get(change_url(directive)))
    directive_change_status(directive=directive, new_status=Status.DONE, user=editor)

    response = editor_client.post(change_url(directive), {**data, "task": "renamed"})

    assert response.status_code == 200
    assert "Someone else changed" in str(response.context["adminform"].form.non_field_errors())
    directive.refresh_from_db()
    assert (directive.status, directive.task) == (Status.DONE, "launch a pilot project")


def test_task_edit_leaves_status_and_deadline_alone_and_marks_curated(editor_client):
    directive = make_directive(status=Status.OPEN, deadline=dt.date(2025, 10, 1))
    data = form_data(editor_client.get(change_url(directive)))

    response = editor_client.post(change_url(directive), {**data, "task": "a better task"})

    assert response.status_code == 302
    directive.refresh_from_db()
    assert directive.task == "a better task"
    assert directive.curated_at is not None
    assert not directive.status_changes.exists() and not directive.deadline_changes.exists()


def test_saving_without_changes_does_not_curate(editor_client):
    directive = make_directive()
    data = form_data(editor_client.get(change_url(directive)))
    assert editor_client.post(change_url(directive), data).status_code == 302
    directive.refresh_from_db()
    assert directive.curated_at is None


def test_bodies_inline_goes_through_the_review_service(editor_client):
    finance, kazpost = body_named("Ministry of Finance"), body_named("Kazpost")
    directive = make_directive(bodies=((finance, LEAD),))
    data = form_data(editor_client.get(change_url(directive)))
    data.update({
        "body_links-TOTAL_FORMS": "2",
        "body_links-1-body": str(kazpost.pk),
        "body_links-1-role": "co_executor",
        "body_links-1-position": "0",
        "body_links-1-directive": str(directive.pk),
    })

    response = editor_client.post(change_url(directive), data)

    assert response.status_code == 302
    directive.refresh_from_db()
    assert [b.name for b in directive.lead_bodies()] == ["Ministry of Finance"]
    assert [b.name for b in directive.co_executor_bodies()] == ["Kazpost"]
    assert directive.curated_at is not None


def test_the_same_body_twice_is_a_form_error_not_a_crash(editor_client):
    finance = body_named("Ministry of Finance")
    directive = make_directive(bodies=((finance, LEAD),))
    data = form_data(editor_client.get(change_url(directive)))
    data.update({
        "body_links-TOTAL_FORMS": "2",
        "body_links-1-body": str(finance.pk),
        "body_links-1-role": "co_executor",
        "body_links-1-position": "1",
        "body_links-1-directive": str(directive.pk),
    })

    response = editor_client.post(change_url(directive), data)

    assert response.status_code == 200
    assert DirectiveBody.objects.filter(directive=directive).count() == 1


def test_history_is_shown_read_only(editor_client, editor):
    directive = make_directive(deadline=dt.date(2025, 10, 1))
    directive_accept(directive=directive, user=editor, comment="looks right")
    response = editor_client.get(change_url(directive))
    html = response.content.decode()
    assert "looks right" in html
    inline = next(
        f for f in response.context["inline_admin_formsets"] if f.formset.model is StatusChange
    )
    assert not inline.has_add_permission and not inline.has_change_permission
    assert not inline.has_delete_permission and not inline.formset.can_delete


def test_add_form_records_a_person_made_directive(editor_client, editor):
    article = make_article()
    response = editor_client.post(
        f"{CHANGELIST}add/",
        {"article": article.pk, "task": "open a new school", "issuer": "President",
         "sentence": "", "status": "open", "deadline": "2025-12-31", "deadline_text": "",
         "deadline_granularity": "",
         "body_links-TOTAL_FORMS": "1", "body_links-INITIAL_FORMS": "0",
         "body_links-0-body": str(body_named("Ministry of Finance").pk),
         "body_links-0-role": "lead", "body_links-0-position": "0",
         "status_changes-TOTAL_FORMS": "0", "status_changes-INITIAL_FORMS": "0",
         "deadline_changes-TOTAL_FORMS": "0", "deadline_changes-INITIAL_FORMS": "0"},
    )
    assert response.status_code == 302
    directive = Directive.objects.get(task="open a new school")
    assert (directive.origin, directive.created_by, directive.status) == (
        Origin.PERSON, editor, Status.OPEN,
    )
    assert directive.curated_at is not None
    assert directive.deadline_granularity == "day"
    assert [b.name for b in directive.lead_bodies()] == ["Ministry of Finance"]


# ---------------------------------------------------------------- permissions


def test_viewer_gets_no_write_actions_and_a_forged_post_does_nothing(viewer_client):
    directive = make_directive()

    page = viewer_client.get(CHANGELIST)
    assert page.status_code == 200
    # No action at all is left for a viewer, so the admin renders no action form.
    assert page.context["action_form"] is None

    for name, extra in [
        ("accept_selected", {}),
        ("mark_done", {}),
        ("reextract_selected", {}),
        ("reject_selected", {"apply": "yes", "reason": "forged"}),
    ]:
        response = viewer_client.post(
            CHANGELIST, {"action": name, "_selected_action": [directive.pk], **extra}
        )
        assert response.status_code in (200, 302, 403)  # the list again, never the action
    directive.refresh_from_db()
    assert directive.status == Status.PROPOSED
    assert not StatusChange.objects.exists()


def test_viewer_sees_the_directive_but_cannot_change_it(viewer_client, editor_client):
    directive = make_directive(status=Status.OPEN)
    data = form_data(editor_client.get(change_url(directive)))

    page = viewer_client.get(change_url(directive))
    assert page.status_code == 200
    assert "status_to" not in page.content.decode()

    forged = viewer_client.post(
        change_url(directive), {**data, "status_to": "done", "status_comment": "forged"}
    )
    assert forged.status_code == 403
    directive.refresh_from_db()
    assert directive.status == Status.OPEN


def test_an_action_not_offered_to_a_user_cannot_be_forged(client):
    from django.contrib.auth.models import Permission

    # May view and delete directives, so the action form exists, but not change them.
    user = get_user_model().objects.create_user("clerk", password="x" * 12, is_staff=True)
    user.user_permissions.set(
        Permission.objects.filter(codename__in=["view_directive", "delete_directive"])
    )
    client.force_login(user)
    directive = make_directive(status=Status.OPEN)

    page = client.get(CHANGELIST)
    offered = {name for name, _ in page.context["action_form"].fields["action"].choices}
    assert offered == {"", "delete_selected"}
    response = action(client, "mark_done", [directive])

    assert "No action selected." in texts(response)
    directive.refresh_from_db()
    assert directive.status == Status.OPEN


def test_the_dashboards_editors_group_may_curate_directives_here(client):
    from django.contrib.auth.models import Group

    user = get_user_model().objects.create_user("ed", password="x" * 12, is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    directive = make_directive()

    offered = {
        name for name, _ in client.get(CHANGELIST).context["action_form"].fields["action"].choices
    }
    assert {"accept_selected", "reject_selected", "mark_done", "reextract_selected"} <= offered
    action(client, "accept_selected", [directive])
    directive.refresh_from_db()
    assert directive.status == Status.OPEN
    # Articles and the registry are not theirs to change.
    articles = client.get("/admin/directives/article/")
    assert articles.status_code == 200 and articles.context["action_form"] is None
    assert client.get("/admin/bodies/body/").context["action_form"] is None
