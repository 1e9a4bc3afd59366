"""reextract: untouched directives follow the extractor, curated ones get suggestions.

"An older extractor" is played by editing what ingest stored (the directive and the
extractor reading kept beside it) before running the current one again.
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.core.management.base import CommandError

from tracker.bodies.models import Body, BodyAlias
from tracker.directives.models import (
    Article,
    DeadlineChange,
    Directive,
    DirectiveBody,
    Role,
    Status,
)
from tracker.directives.review import DirectiveEdit, directive_accept, directive_edit
from tracker.directives.services import directive_change_status
from tracker.extraction.sources import SourceArticle
from tracker.ingestion.models import DirectiveExtraction, DirectiveSuggestion
from tracker.ingestion.reextract import RETIRED_NOTE, articles_reextract
from tracker.ingestion.selectors import (
    directive_ids_with_suggestions,
    directive_suggestion_diff,
    directive_suggestion_get,
)
from tracker.ingestion.services import ingest_articles
from tracker.ingestion.suggestions import suggestion_apply, suggestion_dismiss

pytestmark = pytest.mark.django_db

TEXT = (
    "At the Government session chaired by Prime Minister Olzhas Bektenov, flood "
    "preparedness was reviewed.\n"
    "The Ministry of Emergency Situations must complete the clearing of river channels by "
    "April 1.\n"
    "The budget was executed at 98 percent in two months of 2026.\n"
    "The Ministry of Finance has been instructed to allocate funds for dams by the end of "
    "the year."
)


@pytest.fixture
def editor():
    return get_user_model().objects.create_user("editor", password="x" * 12)


def ingest(text=TEXT, title="Flood preparedness", published=dt.date(2026, 3, 12)):
    report = ingest_articles(articles=[SourceArticle(
        title, text, published, False, None, "en", "test", 1)])
    assert report.new == 1, report
    return Article.objects.get(pk=report.article_ids[0])


def directive_about(article, word) -> Directive:
    return article.directives.get(task__icontains=word)


def as_if_older_extractor(directive: Directive, **values) -> None:
    """Rewrite a directive and its extractor reading as an older extractor left them."""
    Directive.objects.filter(pk=directive.pk).update(**values)
    record = directive.extraction
    for name, value in values.items():
        record.fields[name] = value.isoformat() if isinstance(value, dt.date) else value
    record.save()


def test_untouched_directive_is_updated_in_place_with_a_deadline_history_row():
    article = ingest()
    river = directive_about(article, "river")
    assert river.deadline == dt.date(2026, 4, 1)
    as_if_older_extractor(river, task="clear rivers", deadline=dt.date(2026, 12, 31),
                          deadline_text="this year", deadline_granularity="year")

    report = articles_reextract()
    assert (report.articles, report.updated, report.unchanged, report.added) == (1, 1, 1, 0)
    river.refresh_from_db()
    assert river.task.startswith("complete the clearing of river channels")
    assert (river.deadline, river.deadline_text) == (dt.date(2026, 4, 1), "by April 1")
    assert river.status == Status.PROPOSED and river.curated_at is None
    change = DeadlineChange.objects.get(directive=river)
    assert (change.old_deadline, change.new_deadline, change.reason) == (
        dt.date(2026, 12, 31), dt.date(2026, 4, 1), "Re-extraction")
    assert river.extraction.fields["task"] == river.task


def test_bodies_of_untouched_directives_follow_the_registry():
    article = ingest(text="The Prime Minister instructed the Ministry of Lunar Affairs to "
                          "prepare a launch plan by December 1.")
    directive = article.directives.get()
    assert directive.bodies.get().name == "Ministry of Lunar Affairs"
    # An editor decides the unknown name is an alias of a real body.
    space = Body.objects.get(name="Aerospace Committee")
    BodyAlias.objects.create(body=space, name="Ministry of Lunar Affairs")

    report = articles_reextract()
    assert report.updated == 1
    assert list(directive.bodies.all()) == [space]


def test_curated_directive_is_left_alone_and_gets_a_suggestion(editor):
    article = ingest()
    river = directive_about(article, "river")
    as_if_older_extractor(river, task="clear rivers", deadline=dt.date(2026, 12, 31))
    river.refresh_from_db()
    directive_accept(directive=river, user=editor)
    before = (river.task, river.deadline, river.status)

    report = articles_reextract()
    assert (report.curated, report.suggested) == (1, 1)
    river.refresh_from_db()
    assert (river.task, river.deadline, river.status) == before
    suggestion = directive_suggestion_get(directive_id=river.pk)
    assert suggestion.deadline == dt.date(2026, 4, 1)
    assert suggestion.lead_names == ["Ministry of Emergency Situations"]

    diff = directive_suggestion_diff(directive_id=river.pk)
    assert diff["suggestion"] == suggestion
    assert diff["changed"] == ["task", "deadline"]
    assert diff["fields"]["deadline"] == {
        "label": "Deadline", "current": dt.date(2026, 12, 31), "suggested": dt.date(2026, 4, 1),
        "changed": True,
    }
    assert diff["fields"]["lead"]["current"] == ["Ministry of Emergency Situations"]
    assert directive_ids_with_suggestions(directive_ids=[river.pk, river.pk + 1000]) == {river.pk}

    # Running again with the same extractor changes nothing.
    again = articles_reextract()
    assert again.suggested == 0
    assert DirectiveSuggestion.objects.filter(directive=river).count() == 1


def test_applying_a_suggestion_edits_the_directive_with_history(editor):
    article = ingest()
    river = directive_about(article, "river")
    as_if_older_extractor(river, task="clear rivers", deadline=dt.date(2026, 12, 31))
    river.refresh_from_db()
    directive_accept(directive=river, user=editor)
    articles_reextract()
    suggestion = directive_suggestion_get(directive_id=river.pk)

    suggestion_apply(suggestion=suggestion, user=editor)
    river.refresh_from_db()
    assert river.task.startswith("complete the clearing of river channels")
    assert river.deadline == dt.date(2026, 4, 1)
    change = river.deadline_changes.get()
    assert (change.reason, change.forced, change.changed_by) == (
        "Suggested by re-extraction", True, editor)
    suggestion.refresh_from_db()
    assert (suggestion.resolution, suggestion.resolved_by) == ("applied", editor)
    assert directive_suggestion_get(directive_id=river.pk) is None
    with pytest.raises(ValidationError):
        suggestion_apply(suggestion=suggestion, user=editor)


def test_applying_chosen_fields_only(editor):
    article = ingest()
    river = directive_about(article, "river")
    as_if_older_extractor(river, task="clear rivers", deadline=dt.date(2026, 12, 31))
    river.refresh_from_db()
    directive_accept(directive=river, user=editor)
    articles_reextract()
    suggestion_apply(suggestion=directive_suggestion_get(directive_id=river.pk), user=editor,
                     fields=["task"])
    river.refresh_from_db()
    assert river.task.startswith("complete the clearing")
    assert river.deadline == dt.date(2026, 12, 31)


def test_a_dismissed_suggestion_is_not_made_again(editor):
    article = ingest()
    river = directive_about(article, "river")
    as_if_older_extractor(river, deadline=dt.date(2026, 12, 31))
    river.refresh_from_db()
    directive_accept(directive=river, user=editor)
    articles_reextract()
    suggestion_dismiss(suggestion=directive_suggestion_get(directive_id=river.pk), user=editor)
    assert articles_reextract().suggested == 0
    assert directive_suggestion_get(directive_id=river.pk) is None


def test_a_person_s_correction_is_not_suggested_back_when_the_extractor_did_not_change(editor):
    article = ingest()
    river = directive_about(article, "river")
    directive_edit(directive=river, edit=DirectiveEdit(task="clear the river channels"),
                   user=editor)
    report = articles_reextract()
    assert (report.curated, report.suggested) == (1, 0)
    river.refresh_from_db()
    assert river.task == "clear the river channels"


def test_suggestion_is_superseded_when_the_extractor_comes_to_agree(editor):
    article = ingest()
    river = directive_about(article, "river")
    as_if_older_extractor(river, deadline=dt.date(2026, 12, 31))
    river.refresh_from_db()
    directive_accept(directive=river, user=editor)
    articles_reextract()
    # The reviewer sets by hand what the extractor suggested, then an extractor that
    # reads it as before runs: the open suggestion is moot.
    suggestion = directive_suggestion_get(directive_id=river.pk)
    Directive.objects.filter(pk=river.pk).update(deadline=dt.date(2026, 4, 1))
    DirectiveExtraction.objects.filter(directive=river).update(fields={
        **river.extraction.fields, "deadline": "2026-12-31"})
    articles_reextract()
    suggestion.refresh_from_db()
    assert suggestion.resolution == "superseded"


def test_new_finds_are_added_and_vanished_untouched_ones_rejected_with_a_note(editor):
    article = ingest()
    dams = directive_about(article, "dams")
    river = directive_about(article, "river")
    dams.delete()  # an older extractor missed it
    # ... and read a directive into the statistics sentence, which the current one does not.
    start = article.text.index("The budget")
    end = article.text.index("2026.", start) + 5
    ghost = Directive.objects.create(
        article=article, task="execute the budget", sentence=article.text[start:end],
        sentence_start=start, sentence_end=end,
    )
    curated_ghost = Directive.objects.create(
        article=article, task="report on the budget", sentence=article.text[start:end],
        sentence_start=start, sentence_end=end,
    )
    directive_accept(directive=curated_ghost, user=editor)

    report = articles_reextract()
    assert (report.added, report.retired, report.curated) == (1, 1, 1)
    added = directive_about(article, "dams")
    assert added.status == Status.PROPOSED
    assert added.bodies.get().name == "Ministry of Finance"
    ghost.refresh_from_db()
    assert ghost.status == Status.REJECTED
    assert ghost.status_changes.get().comment == RETIRED_NOTE
    curated_ghost.refresh_from_db()
    assert curated_ghost.status == Status.OPEN
    river.refresh_from_db()
    assert river.status == Status.PROPOSED


def test_a_retired_directive_found_again_is_restored():
    article = ingest()
    river = directive_about(article, "river")
    directive_change_status(directive=river, new_status=Status.REJECTED, user=None,
                            comment=RETIRED_NOTE)
    report = articles_reextract()
    assert (report.restored, report.added) == (1, 0)
    river.refresh_from_db()
    assert river.status == Status.PROPOSED
    assert [c.new_status for c in river.status_changes.all()] == ["rejected", "proposed"]


def test_a_merged_duplicate_stays_merged(editor):
    article = ingest()
    river = directive_about(article, "river")
    dams = directive_about(article, "dams")
    from tracker.directives.review import directive_merge
    directive_merge(keep=dams, duplicate=river, user=None)
    report = articles_reextract()
    river.refresh_from_db()
    assert river.status == Status.REJECTED and river.duplicate_of == dams
    assert report.restored == 0 and report.added == 0


def test_since_limits_the_articles(capsys):
    ingest(published=dt.date(2026, 3, 12))
    ingest(text=TEXT.replace("98 percent", "97 percent"), published=dt.date(2026, 2, 1))
    call_command("reextract", "--since", "2026-03-01")
    out = capsys.readouterr().out
    assert out.startswith("articles: 1 re-extracted, 0 failed; directives: 0 updated, 2 unchanged")
    with pytest.raises(CommandError, match="is not a date"):
        call_command("reextract", "--since", "01.03.2026")


def test_directives_of_people_are_never_matched(editor):
    article = ingest()
    mine = Directive.objects.create(article=article, task="my own", origin="person",
                                    sentence_start=0, sentence_end=20)
    articles_reextract()
    mine.refresh_from_db()
    assert (mine.task, mine.status) == ("my own", Status.PROPOSED)
    assert Directive.objects.filter(article=article, origin="extractor").count() == 2
    assert DirectiveBody.objects.filter(directive__article=article, role=Role.LEAD).count() == 2
