import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.contrib.messages import get_messages
from django.test import Client

from tests.admin.builders import CO, LEAD, make_article, make_directive
from tracker.bodies.models import Body, BodyAlias
from tracker.directives.models import Directive, DirectiveBody

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/bodies/body/"
UNKNOWN = "/admin/bodies/body/unknown-names/"


def texts(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def shown(response):
    return {body.pk for body in response.context["cl"].result_list}


def body_form(body: Body, **changes) -> dict:
    aliases = list(body.aliases.all())
    data = {
        "name": body.name, "name_ru": body.name_ru, "name_kk": body.name_kk,
        "kind": body.kind, "parent": body.parent_id or "",
        "contact_emails": "\n".join(body.contact_emails),
        "is_active": "on" if body.is_active else "", "needs_review": "",
        "aliases-TOTAL_FORMS": str(len(aliases)), "aliases-INITIAL_FORMS": str(len(aliases)),
    }
    for n, alias in enumerate(aliases):
        data.update({f"aliases-{n}-id": alias.pk, f"aliases-{n}-body": body.pk,
                     f"aliases-{n}-name": alias.name})
    data.update(changes)
    return {key: value for key, value in data.items() if value != ""}


def with_new_aliases(data: dict, body: Body, *names: str) -> dict:
    start = int(data["aliases-TOTAL_FORMS"])
    for n, name in enumerate(names, start):
        data[f"aliases-{n}-name"] = name
        data[f"aliases-{n}-body"] = body.pk
    data["aliases-TOTAL_FORMS"] = str(start + len(names))
    return data


# ---------------------------------------------------------------- list


def test_list_shows_aliases_and_directive_counts_and_searches_any_alias(editor_client):
    body = Body.objects.create(name="Agency for Test Affairs", name_ru="Агентство по тестам")
    BodyAlias.objects.create(body=body, name="QZATA")
    BodyAlias.objects.create(body=body, name="Тестовое агентство")
    make_directive(bodies=((body, LEAD),))
    make_directive(bodies=((body, CO),))

    # (SQLite folds the case of ASCII letters only, so the Cyrillic query keeps its case.)
    for query in ["qzata", "Тестовое", "Агентство по тестам", "Test Affairs"]:
        response = editor_client.get(CHANGELIST, {"q": query})
        assert shown(response) == {body.pk}, query
        row = response.context["cl"].result_list[0]
        assert row.directive_count == 2  # the alias join does not double the count
    html = response.content.decode()
    assert "QZATA, Тестовое агентство" in html


def test_changelist_queries_stay_bounded_with_1000_bodies(
    editor_client, django_assert_max_num_queries
):
    parent = Body.objects.create(name="Parent Test Body")
    bodies = Body.objects.bulk_create(
        Body(name=f"Test body {n:04d}", parent=parent) for n in range(1000)
    )
    BodyAlias.objects.bulk_create(BodyAlias(body=b, name=f"TB{n}") for n, b in enumerate(bodies))
    article = make_article()
    directives = Directive.objects.bulk_create(
        Directive(article=article, task=f"t{n}") for n in range(100)
    )
    DirectiveBody.objects.bulk_create(
        DirectiveBody(directive=d, body=bodies[n]) for n, d in enumerate(directives)
    )
    editor_client.get(CHANGELIST)

    # Session, user, unknown-names count, two counts, the page, its aliases.
    with django_assert_max_num_queries(9):
        response = editor_client.get(CHANGELIST, {"q": "Test body"})
    assert len(response.context["cl"].result_list) == 100


# ---------------------------------------------------------------- change form


def test_contact_emails_are_edited_one_per_line(editor_client):
    body = Body.objects.create(name="Mail Test Body")
    response = editor_client.post(
        f"{CHANGELIST}{body.pk}/change/",
        body_form(body, contact_emails="press@gov.kz\n info@gov.kz, PRESS@gov.kz ;"),
    )
    assert response.status_code == 302
    body.refresh_from_db()
    assert body.contact_emails == ["press@gov.kz", "info@gov.kz"]

    page = editor_client.get(f"{CHANGELIST}{body.pk}/change/").content.decode()
    assert "press@gov.kz\ninfo@gov.kz</textarea>" in page

    bad = editor_client.post(
        f"{CHANGELIST}{body.pk}/change/", body_form(body, contact_emails="not-an-address")
    )
    assert bad.status_code == 200
    assert "not-an-address is not a valid email address" in bad.content.decode()


def test_aliases_are_added_as_a_list_and_clashes_are_form_errors(editor_client):
    body = Body.objects.create(name="Alias Test Body")
    other = Body.objects.create(name="Other Test Body")
    BodyAlias.objects.create(body=other, name="OTB")

    added = editor_client.post(
        f"{CHANGELIST}{body.pk}/change/", with_new_aliases(body_form(body), body, "ATB", "A.T.B.")
    )
    assert added.status_code == 302
    assert sorted(body.aliases.values_list("name", flat=True)) == ["A.T.B.", "ATB"]

    twice = editor_client.post(
        f"{CHANGELIST}{body.pk}/change/", with_new_aliases(body_form(body), body, "xyz", "XYZ")
    )
    assert twice.status_code == 200
    taken = editor_client.post(
        f"{CHANGELIST}{body.pk}/change/", with_new_aliases(body_form(body), body, "otb")
    )
    assert taken.status_code == 200
    assert BodyAlias.objects.get(name__iexact="otb").body == other
    assert body.aliases.count() == 2


def test_a_body_cannot_sit_under_its_own_child(editor_client):
    top = Body.objects.create(name="Top Test Body")
    child = Body.objects.create(name="Child Test Body", parent=top)
    response = editor_client.post(f"{CHANGELIST}{top.pk}/change/", body_form(top, parent=child.pk))
    assert response.status_code == 200
    top.refresh_from_db()
    assert top.parent is None


# ---------------------------------------------------------------- merge action


def test_merge_action_confirms_then_moves_directives_and_aliases(editor_client, editor):
    survivor = Body.objects.create(name="Ministry of Test")
    duplicate = Body.objects.create(name="Test Ministry", needs_review=True)
    BodyAlias.objects.create(body=duplicate, name="MoTst")
    kept = make_directive(bodies=((survivor, LEAD),))
    moved = make_directive(bodies=((duplicate, LEAD),))
    shared = make_directive(bodies=((survivor, CO), (duplicate, LEAD)))
    ids = [survivor.pk, duplicate.pk]

    page = editor_client.post(CHANGELIST, {"action": "merge_selected", "_selected_action": ids})
    assert page.templates[0].name == "admin/bodies/body/merge_confirmation.html"
    assert page.context["form"]["survivor"].value() == survivor.pk  # the reviewed one
    assert Body.objects.filter(pk=duplicate.pk).exists()

    done = editor_client.post(
        CHANGELIST,
        {"action": "merge_selected", "_selected_action": ids, "apply": "yes",
         "survivor": survivor.pk},
        follow=True,
    )

    assert any(m.startswith("Merged “Test Ministry” into Ministry of Test") for m in texts(done))
    assert not Body.objects.filter(pk=duplicate.pk).exists()
    for directive in (kept, moved, shared):
        assert [b.name for b in directive.lead_bodies()] == ["Ministry of Test"]
    assert sorted(survivor.aliases.values_list("name", flat=True)) == ["MoTst", "Test Ministry"]
    assert LogEntry.objects.filter(object_id=str(survivor.pk), user=editor).exists()


def test_merge_needs_two_bodies(editor_client):
    body = Body.objects.create(name="Lonely Test Body")
    response = editor_client.post(
        CHANGELIST, {"action": "merge_selected", "_selected_action": [body.pk]}, follow=True
    )
    assert "Select at least two bodies to merge." in texts(response)


# ---------------------------------------------------------------- unknown names


def test_unknown_names_are_linked_from_the_list_and_counted(editor_client):
    frequent = Body.objects.create(name="Ministry of Nowhere", needs_review=True)
    rare = Body.objects.create(name="Committee of Elsewhere", needs_review=True)
    for _ in range(3):
        make_directive(bodies=((frequent, LEAD),))
    make_directive(bodies=((rare, CO),))

    changelist = editor_client.get(CHANGELIST).content.decode()
    assert f'href="{UNKNOWN}"' in changelist and "2 unknown names to review" in changelist

    page = editor_client.get(UNKNOWN)
    rows = [(body.name, body.directive_count) for body in page.context["page"]]
    assert rows == [("Ministry of Nowhere", 3), ("Committee of Elsewhere", 1)]
    assert f'href="/admin/directives/directive/?body={frequent.pk}">3</a>' in (
        page.content.decode()
    )


def test_unknown_name_accepted_as_a_new_body(editor_client):
    name = Body.objects.create(name="Fund of Tests", needs_review=True)
    response = editor_client.post(UNKNOWN, {"ids": [name.pk], "accept": "1"}, follow=True)
    assert "1 name accepted as a body of its own." in texts(response)
    name.refresh_from_db()
    assert name.needs_review is False


def test_unknown_names_merged_into_an_existing_body(editor_client):
    target = Body.objects.create(name="Ministry of Energy Test")
    first = Body.objects.create(name="Energy ministry of tests", needs_review=True)
    second = Body.objects.create(name="Минэнерго тест", needs_review=True)
    directive = make_directive(bodies=((first, LEAD), (second, CO)))

    response = editor_client.post(
        UNKNOWN, {"ids": [first.pk, second.pk], "target": target.pk, "merge": "1"}, follow=True
    )

    assert response.status_code == 200
    assert not Body.objects.filter(pk__in=[first.pk, second.pk]).exists()
    assert [(link.body, link.role) for link in directive.body_links.all()] == [(target, LEAD)]
    assert set(target.aliases.values_list("name", flat=True)) == {
        "Energy ministry of tests", "Минэнерго тест",
    }


def test_merge_into_one_of_the_merged_names_is_refused(editor_client):
    name = Body.objects.create(name="Self Test Name", needs_review=True)
    response = editor_client.post(
        UNKNOWN, {"ids": [name.pk], "target": name.pk, "merge": "1"}, follow=True
    )
    assert "A body cannot be merged into itself." in texts(response)
    assert Body.objects.filter(pk=name.pk).exists()


# ---------------------------------------------------------------- permissions


def test_viewer_sees_the_registry_but_cannot_merge_or_accept(viewer_client):
    survivor = Body.objects.create(name="View Test A")
    duplicate = Body.objects.create(name="View Test B", needs_review=True)

    assert viewer_client.get(CHANGELIST).context["action_form"] is None
    viewer_client.post(
        CHANGELIST,
        {"action": "merge_selected", "_selected_action": [survivor.pk, duplicate.pk],
         "apply": "yes", "survivor": survivor.pk},
    )
    viewer_client.post(
        CHANGELIST, {"action": "accept_selected", "_selected_action": [duplicate.pk]}
    )
    page = viewer_client.get(UNKNOWN)
    assert page.status_code == 200
    assert 'name="accept"' not in page.content.decode()
    assert viewer_client.post(UNKNOWN, {"ids": [duplicate.pk], "accept": "1"}).status_code == 403
    assert viewer_client.post(
        UNKNOWN, {"ids": [duplicate.pk], "target": survivor.pk, "merge": "1"}
    ).status_code == 403

    duplicate.refresh_from_db()
    assert duplicate.needs_review is True
    assert Body.objects.filter(pk__in=[survivor.pk, duplicate.pk]).count() == 2


def test_merging_needs_the_delete_permission_too():
    user = get_user_model().objects.create_user("registrar", password="x" * 12, is_staff=True)
    user.user_permissions.set(
        Permission.objects.filter(codename__in=["view_body", "change_body"])
    )
    client = Client()
    client.force_login(user)
    a = Body.objects.create(name="Perm Test A")
    b = Body.objects.create(name="Perm Test B", needs_review=True)

    offered = {
        name for name, _ in client.get(CHANGELIST).context["action_form"].fields["action"].choices
    }
    assert offered == {"", "accept_selected"}
    client.post(
        CHANGELIST,
        {"action": "merge_selected", "_selected_action": [a.pk, b.pk], "apply": "yes",
         "survivor": a.pk},
    )
    assert client.post(UNKNOWN, {"ids": [b.pk], "target": a.pk, "merge": "1"}).status_code == 403
    assert Body.objects.filter(pk__in=[a.pk, b.pk]).count() == 2


def test_anonymous_cannot_reach_the_unknown_names_view(client):
    response = client.get(UNKNOWN)
    assert response.status_code == 302
    assert "/admin/login/" in response.url


def test_the_merge_target_autocomplete_finds_a_body_by_alias(editor_client):
    body = Body.objects.create(name="Autocomplete Test Ministry")
    BodyAlias.objects.create(body=body, name="ATMQZ")
    response = editor_client.get(
        "/admin/autocomplete/",
        {"app_label": "bodies", "model_name": "body", "field_name": "parent", "term": "atmqz"},
    )
    assert response.status_code == 200
    assert [r["text"] for r in response.json()["results"]] == ["Autocomplete Test Ministry"]
