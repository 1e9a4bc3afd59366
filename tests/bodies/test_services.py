import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError

from tracker.bodies.models import Body, BodyAlias
from tracker.bodies.services import body_accept, body_merge
from tracker.directives.models import Article, Directive, DirectiveBody, Role
from tracker.reminders.models import ContactOptOut, Reminder, Subscription

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor():
    return get_user_model().objects.create_user("editor", password="x" * 12)


@pytest.fixture
def article():
    return Article.objects.create(
        title="t", text="text", lang="en", published=dt.datetime(2025, 8, 5, tzinfo=dt.UTC)
    )


def directive(article, *links):
    item = Directive.objects.create(article=article, task="do it")
    for position, (body, role) in enumerate(links):
        DirectiveBody.objects.create(directive=item, body=body, role=role, position=position)
    return item


def links(item):
    return [(link.body.name, link.role) for link in item.body_links.select_related("body")]


def test_merge_moves_every_directive_and_keeps_one_link_per_directive(editor, article):
    survivor = Body.objects.create(name="Ministry of Digital Development")
    dup_a = Body.objects.create(name="MDDIAI", needs_review=True)
    dup_b = Body.objects.create(name="Digital ministry", needs_review=True)
    other = Body.objects.create(name="Kazpost Test")
    only_dup = directive(article, (dup_a, Role.LEAD), (other, Role.CO_EXECUTOR))
    both = directive(article, (other, Role.LEAD), (survivor, Role.CO_EXECUTOR), (dup_a, Role.LEAD))
    two_dups = directive(article, (dup_b, Role.CO_EXECUTOR), (dup_a, Role.CO_EXECUTOR))
    untouched = directive(article, (survivor, Role.LEAD))
    before = Directive.objects.count()

    result = body_merge(survivor=survivor, duplicates=[dup_a, dup_b], user=editor)

    assert Directive.objects.count() == before
    assert not Body.objects.filter(pk__in=[dup_a.pk, dup_b.pk]).exists()
    assert links(only_dup) == [(survivor.name, Role.LEAD), ("Kazpost Test", Role.CO_EXECUTOR)]
    # The survivor was a co-executor, the duplicate a lead: the kept link leads.
    assert sorted(links(both)) == sorted([("Kazpost Test", Role.LEAD), (survivor.name, Role.LEAD)])
    assert links(two_dups) == [(survivor.name, Role.CO_EXECUTOR)]
    assert links(untouched) == [(survivor.name, Role.LEAD)]
    assert set(survivor.directives.all()) == {only_dup, both, two_dups, untouched}
    assert (result.directives_moved, result.directives_deduplicated) == (3, 2)
    assert result.merged_names == ["MDDIAI", "Digital ministry"]


def test_merge_moves_aliases_and_turns_merged_names_into_aliases(editor):
    survivor = Body.objects.create(name="Agency for Strategic Planning", name_kk="Агенттік")
    dup = Body.objects.create(
        name="ASPR Agency", name_ru="Агентство по стратегическому планированию",
        name_kk="агенттік",  # same as the survivor's, whatever the case: not an alias
    )
    BodyAlias.objects.create(body=dup, name="АСПР")
    third = Body.objects.create(name="Third Body")
    BodyAlias.objects.create(body=third, name="Strategy Agency")
    dup_named_like_third_alias = Body.objects.create(name="strategy agency")

    result = body_merge(
        survivor=survivor, duplicates=[dup, dup_named_like_third_alias], user=editor
    )

    survivor.refresh_from_db()
    assert sorted(survivor.aliases.values_list("name", flat=True)) == ["ASPR Agency", "АСПР"]
    # A missing translation is taken rather than stored as an alias.
    assert survivor.name_ru == "Агентство по стратегическому планированию"
    assert survivor.name_kk == "Агенттік"
    assert result.aliases_moved == 1
    assert result.names_added_as_aliases == ["ASPR Agency"]
    # An alias names one body: the third body keeps "Strategy Agency".
    assert result.names_skipped == ["strategy agency"]
    assert BodyAlias.objects.get(name="Strategy Agency").body == third


def test_merge_moves_subscriptions_children_parent_and_contact_emails(editor):
    other_user = get_user_model().objects.create_user("watcher", password="x" * 12)
    parent = Body.objects.create(name="Government Test")
    survivor = Body.objects.create(name="Ministry A", contact_emails=["a@gov.kz"])
    dup = Body.objects.create(
        name="Ministry A dup", parent=parent, contact_emails=["A@gov.kz", "press@gov.kz"]
    )
    child = Body.objects.create(name="Committee of A", parent=dup)
    Subscription.objects.create(user=editor, body=survivor, body_role="lead")
    Subscription.objects.create(user=editor, body=dup, body_role="co_executor")
    Subscription.objects.create(user=other_user, body=dup, body_role="lead")

    body_merge(survivor=survivor, duplicates=[dup], user=editor)

    survivor.refresh_from_db()
    child.refresh_from_db()
    assert child.parent == survivor
    assert survivor.parent == parent
    assert survivor.contact_emails == ["a@gov.kz", "press@gov.kz"]
    subscriptions = {
        (s.user.username, s.body_role) for s in Subscription.objects.filter(body=survivor)
    }
    assert subscriptions == {("editor", "any"), ("watcher", "lead")}
    assert Subscription.objects.count() == 2


def test_survivor_under_a_merged_body_does_not_become_its_own_parent(editor):
    top = Body.objects.create(name="Top")
    dup = Body.objects.create(name="Dup", parent=top)
    survivor = Body.objects.create(name="Survivor", parent=dup)
    body_merge(survivor=survivor, duplicates=[dup], user=editor)
    survivor.refresh_from_db()
    assert survivor.parent == top


def test_merge_refuses_itself_and_nothing(editor):
    body = Body.objects.create(name="Alone")
    with pytest.raises(ValidationError):
        body_merge(survivor=body, duplicates=[body], user=editor)
    with pytest.raises(ValidationError):
        body_merge(survivor=body, duplicates=[], user=editor)
    assert Body.objects.filter(pk=body.pk).exists()


def test_merge_handles_every_relation_pointing_at_a_body(editor):
    """A new model pointing at Body must be taught to body_merge, or merging would
    cascade-delete its rows (or fail on a protected link). Hidden relations count:
    the outbox's `related_name="+"` cascades all the same."""
    handled = {
        ("bodies", "body"),  # parent / children
        ("bodies", "bodyalias"),
        ("directives", "directive"),  # the many-to-many through DirectiveBody
        ("directives", "directivebody"),
        ("reminders", "subscription"),
        ("reminders", "contactoptout"),
        ("reminders", "reminder"),
    }
    relations = {
        (field.related_model._meta.app_label, field.related_model._meta.model_name)
        for field in Body._meta.get_fields(include_hidden=True)
        if field.auto_created and not field.concrete
    }
    assert relations == handled


def test_merge_keeps_opt_outs_outbox_rows_and_supervisors(editor, article):
    survivor = Body.objects.create(name="Outbox survivor", contact_emails=["a@gov.kz"])
    dup = Body.objects.create(name="Outbox duplicate", contact_emails=["b@gov.kz", "c@gov.kz"])
    ContactOptOut.objects.create(body=survivor, email="b@gov.kz")
    ContactOptOut.objects.create(body=dup, email="B@gov.kz")  # the same address
    ContactOptOut.objects.create(body=dup, email="c@gov.kz")
    item = directive(article, (dup, Role.LEAD))
    sent = Reminder.objects.create(
        directive=item, deadline=dt.date(2025, 9, 30), stage=7, recipient="b@gov.kz",
        body=dup, scheduled_at=dt.datetime(2025, 9, 23, 4, tzinfo=dt.UTC),
        status=Reminder.Status.SENT,
    )
    Subscription.objects.create(user=editor, body=survivor, body_role="lead")
    Subscription.objects.create(user=editor, body=dup, body_role="lead", is_supervisor=True)

    body_merge(survivor=survivor, duplicates=[dup], user=editor)

    assert sorted(
        ContactOptOut.objects.filter(body=survivor).values_list("email", flat=True)
    ) == ["b@gov.kz", "c@gov.kz"]
    sent.refresh_from_db()
    assert (sent.body, sent.status) == (survivor, Reminder.Status.SENT)
    subscription = Subscription.objects.get(user=editor)
    assert (subscription.body, subscription.body_role, subscription.is_supervisor) == (
        survivor, "lead", True,
    )


def test_accept_takes_a_name_off_the_review_list(editor):
    body = Body.objects.create(name="Unknown Fund", needs_review=True)
    body_accept(body=body, user=editor)
    body.refresh_from_db()
    assert body.needs_review is False


def test_a_cyrillic_name_already_aliasing_a_third_body_is_skipped(editor):
    # SQLite's LOWER() leaves Cyrillic alone: the clash must be found the database's way.
    third = Body.objects.create(name="Ministry of Finance Test")
    BodyAlias.objects.create(body=third, name="Минфин тест")
    survivor = Body.objects.create(name="Finance survivor")
    duplicate = Body.objects.create(name="Минфин тест")

    result = body_merge(survivor=survivor, duplicates=[duplicate], user=editor)

    assert result.names_skipped == ["Минфин тест"]
    assert BodyAlias.objects.get(name="Минфин тест").body == third


def test_merge_renames_the_bodies_ingestion_keeps_as_names(editor, article):
    from tracker.ingestion.models import DirectiveExtraction, DirectiveSuggestion
    from tracker.ingestion.suggestions import suggestion_apply

    survivor = Body.objects.create(name="Ministry of Energy Test")
    dup = Body.objects.create(name="Минэнерго тест", needs_review=True)
    untouched = directive(article, (dup, Role.LEAD), (survivor, Role.CO_EXECUTOR))
    DirectiveExtraction.objects.create(
        directive=untouched,
        fields={"task": "do it", "lead": ["Минэнерго тест"], "co_executors": [survivor.name]},
    )
    curated = directive(article, (survivor, Role.LEAD))
    suggestion = DirectiveSuggestion.objects.create(
        directive=curated, task="do it better", lead_names=["минэнерго ТЕСТ"]
    )
    done = DirectiveSuggestion.objects.create(
        directive=curated, task="old", lead_names=["Минэнерго тест"],
        resolved_at=dt.datetime(2025, 8, 1, tzinfo=dt.UTC), resolution="dismissed",
    )

    body_merge(survivor=survivor, duplicates=[dup], user=editor)

    reading = DirectiveExtraction.objects.get(directive=untouched)
    assert (reading.fields["lead"], reading.fields["co_executors"]) == ([survivor.name], [])
    assert reading.fields["task"] == "do it"
    suggestion.refresh_from_db()
    done.refresh_from_db()
    assert suggestion.lead_names == [survivor.name]
    assert done.lead_names == ["Минэнерго тест"]  # history stays as it was
    bodies_before = Body.objects.count()
    suggestion_apply(suggestion=suggestion, user=editor)
    assert Body.objects.count() == bodies_before  # the merged name is not created again
    assert [b.name for b in curated.lead_bodies()] == [survivor.name]
