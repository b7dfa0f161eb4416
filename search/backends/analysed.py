"""Query-side analysis shared by every backend: a query meets the index as the same folded stems."""

from __future__ import annotations

from django.db.models import Model, QuerySet
from modelsearch.backends.base import EmptySearchResults
from modelsearch.query import MATCH_ALL, And, Boost, Fuzzy, Not, Or, Phrase, PlainText, SearchQuery

from core.analysis import analyse, analyse_query, normalise_query_prefix
from core.search_fields import uses_analysed_text


def _terms(text: str, *, autocomplete: bool) -> str:
    words = normalise_query_prefix(text) if autocomplete else analyse_query(text)
    return " ".join(words)


def analysed_query(query: str | SearchQuery | None, *, autocomplete: bool) -> str | SearchQuery | None:
    """The query with its words replaced by index tokens; None when no word is left to look for."""
    if isinstance(query, str):
        return _terms(query, autocomplete=autocomplete) or None
    if isinstance(query, PlainText):
        text = _terms(query.query_string, autocomplete=autocomplete)
        return PlainText(text, operator=query.operator, boost=query.boost) if text else None
    if isinstance(query, Phrase):
        # A phrase keeps its stop words: the index stores them, and they sit between the other words.
        text = " ".join(analyse(query.query_string))
        return Phrase(text) if text else None
    if isinstance(query, Fuzzy):
        text = _terms(query.query_string, autocomplete=False)
        return Fuzzy(text, operator=query.operator, unaccent=query.unaccent) if text else None
    if isinstance(query, Boost):
        subquery = analysed_query(query.subquery, autocomplete=autocomplete)
        return Boost(subquery, query.boost) if subquery is not None else None
    if isinstance(query, And | Or):
        subqueries = [analysed_query(sub, autocomplete=autocomplete) for sub in query.subqueries]
        subqueries = [sub for sub in subqueries if sub is not None]
        return type(query)(subqueries) if subqueries else None
    if isinstance(query, Not):
        subquery = analysed_query(query.subquery, autocomplete=autocomplete)
        return MATCH_ALL if subquery is None else Not(subquery)
    return query


def _model(model_or_queryset: type[Model] | QuerySet) -> type[Model]:
    if isinstance(model_or_queryset, QuerySet):
        return model_or_queryset.model
    return model_or_queryset


class AnalysedQueryMixin:
    """Put before a Wagtail search backend class: analyses queries over models whose index is analysed."""

    def search(self, query, model_or_queryset, *args, **kwargs):
        if uses_analysed_text(_model(model_or_queryset)):
            query = analysed_query(query, autocomplete=False)
            if query is None:
                return EmptySearchResults()
        return super().search(query, model_or_queryset, *args, **kwargs)

    def autocomplete(self, query, model_or_queryset, *args, **kwargs):
        if uses_analysed_text(_model(model_or_queryset)):
            query = analysed_query(query, autocomplete=True)
            if query is None:
                return EmptySearchResults()
        return super().autocomplete(query, model_or_queryset, *args, **kwargs)
