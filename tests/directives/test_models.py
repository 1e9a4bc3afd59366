import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from tracker.directives.models import (
    Article,
    DeadlineChange,
    Directive,
    Status,
    StatusChange,
    normalized_content_hash,
)
from tracker.directives.services import (
    StaleDirective,
    TransitionNotAllowed,
    directive_change_deadline,
    directive_change_status,
)

pytestmark = pytest.mark.django_db

PUBLISHED = dt.datetime(2025, 8, 5, 12, 38, tzinfo=dt.UTC)


def make_article(**fields) -> Article:
    values = {
        "title": "Government session on trade",
        "text": "The Ministry of Trade must launch a pilot project by the end of the year.",
        "published": PUBLISHED,
        "lang": "en",
    }
    values.update(fields)
    return Article.objects.create(**values)


@pytest.fixture
def editor():
    return get_user_model().objects.create_user("editor", password="x" * 12)


@pytest.fixture
def directive():
    return Directive.objects.create(
        article=make_article(), task="launch a pilot project", deadline=dt.date(2025, 12, 31)
    )


class TestArticleDuplicates:
    def test_same_url_is_refused(self):
        make_article(url="https://example.kz/news/1")
        with pytest.raises(IntegrityError), transaction.atomic():
            make_article(url="https://example.kz/news/1", text="Other text entirely.")

    def test_same_text_with_other_spacing_quotes_and_case_is_refused(self):
        make_article(text='The Ministry must act "now".\nIt said so.')
        with pytest.raises(IntegrityError), transaction.atomic():
            make_article(text="the ministry must act  «now». It said so")

    def test_different_text_without_url_is_stored(self):
        make_article(text="First article.")
        make_article(text="Second article.")
        assert Article.objects.count() == 2

    def test_empty_url_does_not_collide(self):
        make_article(text="First article.", url="")
        make_article(text="Second article.", url="")
        assert Article.objects.filter(url__isnull=True).count() == 2

    def test_hash_ignores_punctuation_but_not_words(self):
        assert normalized_content_hash("A, b.") == normalized_content_hash("a b")
        assert normalized_content_hash("a b") != normalized_content_hash("a c")


class TestStatusTransitions:
    @pytest.mark.parametrize(
        ("path", "final"),
        [
            ([Status.OPEN], Status.OPEN),
            ([Status.REJECTED], Status.REJECTED),
            ([Status.REJECTED, Status.PROPOSED], Status.PROPOSED),
            ([Status.OPEN, Status.IN_PROGRESS, Status.DONE], Status.DONE),
            ([Status.OPEN, Status.CANCELLED, Status.OPEN], Status.OPEN),
            ([Status.OPEN, Status.DONE, Status.IN_PROGRESS], Status.IN_PROGRESS),
        ],
    )
    def test_allowed_paths(self, directive, editor, path, final):
        for status in path:
            directive_change_status(directive=directive, new_status=status, user=editor)
        directive.refresh_from_db()
        assert directive.status == final
        assert [c.new_status for c in directive.status_changes.all()] == path

    @pytest.mark.parametrize(
        ("path", "refused"),
        [
            ([], Status.DONE),
            ([], Status.IN_PROGRESS),
            ([Status.OPEN], Status.PROPOSED),
            ([Status.REJECTED], Status.OPEN),
            ([Status.OPEN, Status.DONE], Status.CANCELLED),
        ],
    )
    def test_refused_moves_leave_no_trace(self, directive, editor, path, refused):
        for status in path:
            directive_change_status(directive=directive, new_status=status, user=editor)
        with pytest.raises(TransitionNotAllowed):
            directive_change_status(directive=directive, new_status=refused, user=editor)
        directive.refresh_from_db()
        assert directive.status == (path[-1] if path else Status.PROPOSED)
        assert StatusChange.objects.filter(directive=directive).count() == len(path)

    def test_history_row_records_who_and_comment(self, directive, editor):
        change = directive_change_status(
            directive=directive, new_status=Status.OPEN, user=editor, comment=" checked "
        )
        assert (change.old_status, change.new_status) == (Status.PROPOSED, Status.OPEN)
        assert change.changed_by == editor
        assert change.comment == "checked"

    def test_done_sets_completion_and_reopen_clears_it(self, directive, editor):
        directive_change_status(directive=directive, new_status=Status.OPEN, user=editor)
        directive_change_status(directive=directive, new_status=Status.DONE, user=editor)
        directive.refresh_from_db()
        assert directive.completed_at is not None
        directive_change_status(directive=directive, new_status=Status.IN_PROGRESS, user=editor)
        directive.refresh_from_db()
        assert directive.completed_at is None

    def test_a_stale_copy_cannot_overwrite_a_newer_status(self, directive, editor):
        stale = Directive.objects.get(pk=directive.pk)
        directive_change_status(directive=directive, new_status=Status.REJECTED, user=editor)
        with pytest.raises(StaleDirective):
            directive_change_status(directive=stale, new_status=Status.OPEN, user=editor)
        assert Directive.objects.get(pk=directive.pk).status == Status.REJECTED

    def test_a_person_acting_marks_the_directive_curated(self, directive, editor):
        directive_change_status(directive=directive, new_status=Status.OPEN, user=editor)
        directive.refresh_from_db()
        assert directive.curated_at is not None


class TestDeadlineChanges:
    def test_extension_moves_later_and_is_recorded(self, directive, editor):
        change = directive_change_deadline(
            directive=directive, new_deadline=dt.date(2026, 3, 1), user=editor,
            reason="Contractor delay",
        )
        directive.refresh_from_db()
        assert directive.deadline == dt.date(2026, 3, 1)
        assert (change.old_deadline, change.new_deadline) == (
            dt.date(2025, 12, 31), dt.date(2026, 3, 1),
        )
        assert change.reason == "Contractor delay"
        assert change.changed_by == editor
        assert change.forced is False

    @pytest.mark.parametrize("new", [dt.date(2025, 12, 1), dt.date(2025, 12, 31), None])
    def test_not_later_is_refused_without_force(self, directive, editor, new):
        with pytest.raises(ValidationError) as error:
            directive_change_deadline(
                directive=directive, new_deadline=new, user=editor, reason="typo"
            )
        assert "new_deadline" in error.value.message_dict
        directive.refresh_from_db()
        assert directive.deadline == dt.date(2025, 12, 31)
        assert not DeadlineChange.objects.exists()

    def test_earlier_is_allowed_when_forced_with_reason(self, directive, editor):
        change = directive_change_deadline(
            directive=directive, new_deadline=dt.date(2025, 11, 1), user=editor,
            reason="The decree set November 1", force=True,
        )
        assert change.forced is True
        directive.refresh_from_db()
        assert directive.deadline == dt.date(2025, 11, 1)

    def test_a_change_needs_a_reason(self, directive, editor):
        with pytest.raises(ValidationError) as error:
            directive_change_deadline(
                directive=directive, new_deadline=dt.date(2026, 1, 1), user=editor, force=True
            )
        assert "reason" in error.value.message_dict

    def test_first_deadline_needs_no_reason(self, editor):
        directive = Directive.objects.create(article=make_article(), task="report")
        change = directive_change_deadline(
            directive=directive, new_deadline=dt.date(2025, 9, 1), user=editor
        )
        assert change.old_deadline is None
        directive.refresh_from_db()
        assert directive.deadline_granularity == "day"

    def test_every_change_is_a_row_in_order(self, directive, editor):
        for day in (dt.date(2026, 1, 31), dt.date(2026, 2, 28)):
            directive_change_deadline(
                directive=directive, new_deadline=day, user=editor, reason="extended"
            )
        history = list(directive.deadline_changes.values_list("old_deadline", "new_deadline"))
        assert history == [
            (dt.date(2025, 12, 31), dt.date(2026, 1, 31)),
            (dt.date(2026, 1, 31), dt.date(2026, 2, 28)),
        ]


class TestOverdue:
    def test_overdue_is_derived_from_deadline_and_status(self, directive, editor):
        after = dt.date(2026, 1, 1)
        assert not directive.is_overdue(after)  # proposed: nobody's work yet
        directive_change_status(directive=directive, new_status=Status.OPEN, user=editor)
        assert directive.is_overdue(after)
        assert not directive.is_overdue(dt.date(2025, 12, 31))
        assert directive.days_left(after) == -1
        assert list(Directive.objects.overdue(after)) == [directive]
        directive_change_status(directive=directive, new_status=Status.DONE, user=editor)
        assert not directive.is_overdue(after)
        assert not Directive.objects.overdue(after).exists()
