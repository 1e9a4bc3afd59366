import datetime as dt

import pytest

from tests.admin.builders import LEAD, body_named, make_article, make_directive
from tracker.directives.models import Article, Directive, Status

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/directives/article/"


def shown(response):
    return {article.pk: article for article in response.context["cl"].result_list}


def test_list_counts_proposed_open_and_done_directives(editor_client):
    busy = make_article(title="Busy", source_name="kt.kz")
    for status in [Status.PROPOSED, Status.PROPOSED, Status.OPEN, Status.IN_PROGRESS,
                   Status.DONE, Status.REJECTED]:
        make_directive(busy, status=status)
    quiet = make_article(title="Quiet")

    response = editor_client.get(CHANGELIST)

    rows = shown(response)
    assert (rows[busy.pk].proposed_count, rows[busy.pk].open_count, rows[busy.pk].done_count) == (
        2, 2, 1,
    )
    assert (rows[quiet.pk].proposed_count, rows[quiet.pk].open_count) == (0, 0)
    html = response.content.decode()
    assert "kt.kz" in html and 'class="field-proposed_count">2<' in html


def test_filters_by_directives_language_and_source(editor_client):
    to_review = make_article(lang="ru", source_name="tengri")
    make_directive(to_review)
    with_open = make_article(source_name="kt.kz")
    make_directive(with_open, status=Status.OPEN)
    empty = make_article(lang="kk", source_name="kt.kz")

    assert set(shown(editor_client.get(CHANGELIST, {"has": "proposed"}))) == {to_review.pk}
    assert set(shown(editor_client.get(CHANGELIST, {"has": "open"}))) == {with_open.pk}
    assert set(shown(editor_client.get(CHANGELIST, {"has": "none"}))) == {empty.pk}
    assert set(shown(editor_client.get(CHANGELIST, {"lang__exact": "kk"}))) == {empty.pk}
    assert set(shown(editor_client.get(CHANGELIST, {"source_name": "kt.kz"}))) == {
        with_open.pk, empty.pk,
    }


def test_search_by_title_and_text(editor_client):
    by_title = make_article(title="Heating season in Astana")
    by_text = make_article("The akimat of Astana must finish the heating network.")
    make_article(title="Elsewhere")

    response = editor_client.get(CHANGELIST, {"q": "heating"})

    assert set(shown(response)) == {by_title.pk, by_text.pk}


def test_change_page_shows_text_escaped_and_directives_with_links(editor_client):
    article = make_article("Intro. <script>alert(1)</script> The Ministry of Finance must pay.")
    directive = make_directive(
        article, task="pay arrears", bodies=((body_named("Ministry of Finance"), LEAD),)
    )

    html = editor_client.get(f"{CHANGELIST}{article.pk}/change/").content.decode()

    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert f'href="/admin/directives/directive/{directive.pk}/change/">pay arrears</a>' in html
    assert "Ministry of Finance" in html
    # The text stays as ingested: evidence spans point into it.
    assert 'name="text"' not in html


def test_saving_an_article_keeps_its_text(editor_client):
    article = make_article("Original text of the article.")
    response = editor_client.post(
        f"{CHANGELIST}{article.pk}/change/",
        {"title": "Better title", "published_0": "2025-08-05", "published_1": "14:00:00",
         "lang": "en", "source_name": "kt.kz", "url": "", "text": "tampered",
         "directives-TOTAL_FORMS": "0", "directives-INITIAL_FORMS": "0"},
    )
    assert response.status_code == 302
    article.refresh_from_db()
    assert (article.title, article.text) == ("Better title", "Original text of the article.")


def test_changelist_queries_stay_bounded_with_1000_articles(
    editor_client, django_assert_max_num_queries
):
    Article.objects.bulk_create(
        Article(title=f"Article {n}", text=f"text {n}", lang="en", content_hash=f"{n:064d}",
                published=dt.datetime(2025, 1, 1, tzinfo=dt.UTC) + dt.timedelta(hours=n))
        for n in range(1000)
    )
    articles = list(Article.objects.all())
    Directive.objects.bulk_create(
        Directive(article=article, task="t", status=status)
        for article in articles
        for status in (Status.PROPOSED, Status.OPEN, Status.DONE)
    )
    editor_client.get(CHANGELIST)

    # Session, user, the count twice, the page with its counts, the source filter's values.
    with django_assert_max_num_queries(8):
        response = editor_client.get(CHANGELIST, {"has": "proposed"})
    assert len(response.context["cl"].result_list) == 100
    assert response.context["cl"].result_list[0].proposed_count == 1


def test_change_page_queries_do_not_grow_with_directives(
    editor_client, django_assert_max_num_queries
):
    article = make_article()
    finance = body_named("Ministry of Finance")
    for n in range(30):
        make_directive(article, task=f"task {n}", bodies=((finance, LEAD),))

    with django_assert_max_num_queries(10):
        response = editor_client.get(f"{CHANGELIST}{article.pk}/change/")
    assert response.status_code == 200


REEXTRACT_TEXT = (
    "President Kassym-Jomart Tokayev instructed the Ministry of Finance to prepare a new "
    "Tax Code by 1 December 2025. The meeting also discussed other issues."
)


def test_reextract_action_runs_the_ingestion_service(editor_client):
    from django.contrib.messages import get_messages

    article = make_article(REEXTRACT_TEXT)
    stale = make_directive(article, task="an old reading", deadline=dt.date(2025, 11, 1),
                           sentence=REEXTRACT_TEXT[:112], sentence_start=0, sentence_end=112)

    response = editor_client.post(
        CHANGELIST, {"action": "reextract_selected", "_selected_action": [article.pk]},
        follow=True,
    )

    messages = [str(m) for m in get_messages(response.wsgi_request)]
    assert any(m.startswith("articles: 1 re-extracted, 0 failed; directives: 1 updated")
               for m in messages), messages
    stale.refresh_from_db()
    assert (stale.task, stale.deadline) == ("prepare a new Tax Code", dt.date(2025, 12, 1))
    assert [b.name for b in stale.lead_bodies()] == ["Ministry of Finance"]
    # The moved deadline is in the history, as any re-extraction leaves it.
    assert stale.deadline_changes.get().new_deadline == dt.date(2025, 12, 1)


def test_viewer_cannot_reextract(viewer_client):
    article = make_article(REEXTRACT_TEXT)
    assert viewer_client.get(CHANGELIST).context["action_form"] is None
    viewer_client.post(
        CHANGELIST, {"action": "reextract_selected", "_selected_action": [article.pk]}
    )
    assert not article.directives.exists()
