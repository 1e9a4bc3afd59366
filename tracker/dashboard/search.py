"""Text search over directives: PostgreSQL full-text search, or a plain fallback.

On PostgreSQL the directive table carries a tsvector column kept by a trigger and a GIN
index on it (migration 0003_directive_search_column, which explains why); the vector is
to_tsvector over the fields below. SQLite matches words with icontains.

The `russian` configuration stems Cyrillic words with the Russian stemmer and Latin
words with the English one, which suits news in Russian and English; Kazakh words are
stemmed as if Russian, which finds most forms and never hides an exact word.
"""

from __future__ import annotations

from django.contrib.postgres.search import SearchQuery, SearchVectorField
from django.db import connection
from django.db.models import Q, QuerySet
from django.db.models.expressions import RawSQL

SEARCH_CONFIG = "russian"
SEARCH_FIELDS = ("task", "sentence", "issuer")
SEARCH_INDEX_NAME = "directive_search_gin"
SEARCH_COLUMN = "search_vector"


def _stored_vector() -> RawSQL:
    return RawSQL(
        f'"directives_directive"."{SEARCH_COLUMN}"', [], output_field=SearchVectorField()
    )


def uses_full_text_search() -> bool:
    return connection.vendor == "postgresql"


def directive_search(queryset: QuerySet, words: str) -> QuerySet:
    words = words.strip()
    if not words:
        return queryset
    if uses_full_text_search():
        query = SearchQuery(words, config=SEARCH_CONFIG, search_type="websearch")
        return queryset.alias(search=_stored_vector()).filter(search=query)
    # SQLite: every word must occur in one of the fields, case folded for every script
    # (tracker.core.sqlite_like).
    for word in words.split()[:10]:
        condition = Q()
        for field in SEARCH_FIELDS:
            condition |= Q(**{f"{field}__icontains": word})
        queryset = queryset.filter(condition)
    return queryset
