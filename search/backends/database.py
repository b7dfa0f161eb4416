"""Wagtail's database backend (SQLite FTS5, PostgreSQL, MySQL or the fallback) with analysed queries.

Set as ``WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] = "search.backends.database"``. The text in the index
is already folded and stemmed by core.search_fields, so PostgreSQL should use the ``simple`` configuration
(``SEARCH_CONFIG``), which only lower-cases: a language configuration would stem the stems again.
"""

import functools

from modelsearch.backends import database

from search.backends.analysed import AnalysedQueryMixin
from search.backends.norms import IncrementalTitleNormsMixin

SQLITE_BACKEND_MODULE = "modelsearch.backends.database.sqlite.sqlite"


@functools.cache
def _analysed_class(base: type) -> type:
    attributes = {"__module__": __name__}
    # Imported only on SQLite: the module needs the FTS5 index model, which exists only there.
    if base.__module__ == SQLITE_BACKEND_MODULE:
        from search.backends.sqlite import RankedSQLiteSearchResults

        attributes["results_class"] = RankedSQLiteSearchResults
    if hasattr(base.index_class, "_refresh_title_norms"):
        index_class = base.index_class
        attributes["index_class"] = type(
            f"Incremental{index_class.__name__}", (IncrementalTitleNormsMixin, index_class), {}
        )
    return type(f"Analysed{base.__name__}", (AnalysedQueryMixin, base), attributes)


def SearchBackend(params):
    """The upstream backend for the default database's vendor, analysing queries before they run."""
    upstream = database.SearchBackend(params)
    return _analysed_class(type(upstream))(params)
