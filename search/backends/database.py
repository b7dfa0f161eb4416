"""Wagtail's database backend (SQLite FTS5, PostgreSQL, MySQL or the fallback) with analysed queries.

Set as ``WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] = "search.backends.database"``. The text in the index
is already folded and stemmed by core.search_fields, so PostgreSQL should use the ``simple`` configuration
(``SEARCH_CONFIG``), which only lower-cases: a language configuration would stem the stems again.
"""

import functools

from modelsearch.backends import database
from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend

from search.backends.analysed import AnalysedQueryMixin
from search.backends.sqlite import RankedSQLiteSearchResults


@functools.cache
def _analysed_class(base: type) -> type:
    attributes = {"__module__": __name__}
    if issubclass(base, SQLiteSearchBackend):
        attributes["results_class"] = RankedSQLiteSearchResults
    return type(f"Analysed{base.__name__}", (AnalysedQueryMixin, base), attributes)


def SearchBackend(params):
    """The upstream backend for the default database's vendor, analysing queries before they run."""
    upstream = database.SearchBackend(params)
    return _analysed_class(type(upstream))(params)
