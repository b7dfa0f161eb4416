"""SQLite FTS5 search results ranked in one query.

Wagtail's SQLite backend ranks by annotating every matching page with a correlated subquery that runs
the full-text match again, so a frequent word on a big site costs seconds (measured: 2.4 s for 800
matches of 1,000 pages). Here the index is matched once, restricted to the searched pages by id,
ordered by rank and sliced, and only the pages of the requested slice are loaded.
"""

from django.db.models import TextField
from django.db.models.functions import Cast
from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
from modelsearch.backends.database.sqlite.sqlite import SQLiteFTSIndexEntry, SQLiteSearchResults
from modelsearch.query import MatchAll, Not
from modelsearch.utils import get_descendants_content_types_pks


class RankedSQLiteSearchResults(SQLiteSearchResults):
    """SQLiteSearchResults for relevance-ordered searches without a subquery per match."""

    def _matches(self):
        """Index entries matching the query among the searched objects; None where upstream must answer."""
        compiler = self.query_compiler
        query = normalize(compiler.query)
        if not compiler.order_by_relevance or isinstance(query, MatchAll | Not):
            return None
        config = compiler.get_config(self.backend)
        match = MatchExpression(
            compiler.fields or compiler.FTS_TABLE_FIELDS, compiler.build_search_query(query, config=config)
        )
        searched = (
            compiler.queryset.order_by().annotate(_object_id=Cast("pk", TextField())).values("_object_id")
        )
        return (
            SQLiteFTSIndexEntry.objects.filter(match)
            .filter(index_entry__content_type__in=get_descendants_content_types_pks(compiler.queryset.model))
            .filter(index_entry__object_id__in=searched)
        )

    def _do_search(self):
        matches = self._matches()
        if matches is None:
            return super()._do_search()
        compiler = self.query_compiler
        rank = compiler._build_rank_expression(
            compiler.get_search_vectors(), compiler.get_config(self.backend)
        )
        ranked = list(
            matches.annotate(score=rank)
            .order_by("score", "-index_entry__object_id")
            .values_list("index_entry__object_id", "score")[self.start : self.stop]
        )
        to_python = compiler.queryset.model._meta.pk.to_python
        objects = {
            str(obj.pk): obj for obj in compiler.queryset.filter(pk__in=[to_python(pk) for pk, _ in ranked])
        }
        results = []
        for pk, score in ranked:
            obj = objects.get(pk)
            if obj is not None:
                if self._score_field:
                    setattr(obj, self._score_field, score)
                results.append(obj)
        return results

    def _do_count(self):
        matches = self._matches()
        if matches is None:
            return super()._do_count()
        count = matches.count() - self.start
        if self.stop is not None:
            count = min(count, self.stop - self.start)
        return max(count, 0)
