import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError

from tracker.bodies.models import Body
from tracker.directives.models import Article, Directive, DirectiveBody, Role, Status
from tracker.directives.review import (
    DirectiveEdit,
    directive_accept,
    directive_edit,
    directive_edit_and_accept,
    directive_merge,
    directive_reject,
)
from tracker.reminders.models import Subscription

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor():
    return get_user_model().objects.create_user("editor", password="x" * 12)


def body(name: str) -> Body:
    return Body.objects.get(name=name)


def proposed(task="launch a pilot project", deadline=dt.date(2025, 12, 31), text="A", bodies=()):
    article = Article.objects.create(
        title=text, text=f"{text} article text", lang="en",
        published=dt.datetime(2025, 8, 5, tzinfo=dt.UTC),
    )
    directive = Directive.objects.create(article=article, task=task, deadline=deadline)
    for position, (name, role) in enumerate(bodies):
        DirectiveBody.objects.create(
            directive=directive, body=body(name), role=role, position=position
        )
    return directive


def test_accept_opens_and_records_who(editor):
    directive = directive_accept(directive=proposed(), user=editor)
    directive.refresh_from_db()
    assert directive.status == Status.OPEN
    assert directive.curated_at is not None
    assert directive.status_changes.get().changed_by == editor


def test_reject_needs_a_reason_and_keeps_it(editor):
    directive = proposed()
    with pytest.raises(ValidationError):
        directive_reject(directive=directive, user=editor, reason="  ")
    directive_reject(directive=directive, user=editor, reason="A forecast, not an instruction")
    directive.refresh_from_db()
    assert directive.status == Status.REJECTED
    assert directive.status_changes.get().comment == "A forecast, not an instruction"


def test_edit_corrects_task_bodies_and_an_earlier_deadline_in_review(editor):
    directive = proposed(bodies=[("Ministry of Finance", Role.LEAD)])
    edit = DirectiveEdit(
        task=" launch a B2B platform ",
        lead_body_ids=[body("Ministry of Trade and Integration").pk],
        co_executor_body_ids=[body("Kazpost").pk],
        deadline=dt.date(2025, 10, 1),
        deadline_text="by October 1",
    )
    directive_edit_and_accept(directive=directive, edit=edit, user=editor)
    directive.refresh_from_db()
    assert directive.task == "launch a B2B platform"
    assert [b.name for b in directive.lead_bodies()] == ["Ministry of Trade and Integration"]
    assert [b.name for b in directive.co_executor_bodies()] == ["Kazpost"]
    assert (directive.deadline, directive.deadline_text) == (dt.date(2025, 10, 1), "by October 1")
    change = directive.deadline_changes.get()
    assert (change.old_deadline, change.new_deadline, change.forced) == (
        dt.date(2025, 12, 31), dt.date(2025, 10, 1), True,
    )
    assert directive.status == Status.OPEN


def test_after_acceptance_an_earlier_deadline_follows_the_extension_rule(editor):
    directive = directive_accept(directive=proposed(), user=editor)
    with pytest.raises(ValidationError):
        directive_edit(
            directive=directive,
            edit=DirectiveEdit(deadline=dt.date(2025, 11, 1), deadline_reason="typo"),
            user=editor,
        )
    directive.refresh_from_db()
    assert directive.deadline == dt.date(2025, 12, 31)


def test_a_body_cannot_be_lead_and_co_executor(editor):
    finance = body("Ministry of Finance").pk
    with pytest.raises(ValidationError):
        directive_edit(
            directive=proposed(),
            edit=DirectiveEdit(lead_body_ids=[finance], co_executor_body_ids=[finance]),
            user=editor,
        )


def test_empty_task_is_refused(editor):
    with pytest.raises(ValidationError):
        directive_edit(directive=proposed(), edit=DirectiveEdit(task=" "), user=editor)


def test_merge_folds_bodies_watchers_and_deadline_into_the_kept_one(editor):
    keep = proposed(deadline=None, text="English report",
                    bodies=[("Ministry of Trade and Integration", Role.LEAD)])
    copy = proposed(text="Russian report", bodies=[
        ("Ministry of Trade and Integration", Role.LEAD), ("Kazpost", Role.CO_EXECUTOR),
    ])
    watcher = get_user_model().objects.create_user("watcher")
    Subscription.objects.create(user=watcher, directive=copy)

    directive_merge(keep=keep, duplicate=copy, user=editor)

    keep.refresh_from_db()
    copy.refresh_from_db()
    assert copy.status == Status.REJECTED
    assert copy.duplicate_of == keep
    assert f"#{keep.pk}" in copy.status_changes.get().comment
    assert [b.name for b in keep.co_executor_bodies()] == ["Kazpost"]
    assert keep.deadline == dt.date(2025, 12, 31)
    assert Subscription.objects.get(user=watcher).directive == keep


def test_merge_into_itself_is_refused(editor):
    directive = proposed()
    with pytest.raises(ValidationError):
        directive_merge(keep=directive, duplicate=directive, user=editor)
