"""Write-side jobs of the search app: recording what readers searched for."""

from __future__ import annotations

from datetime import datetime

from django.db.models import F
from django.utils import timezone
from wagtail.models import Locale

from core.analysis import normalise
from search.models import MAX_RECORDED_LENGTH, SearchTerm


def record_search(
    *, locale: Locale, query: str, result_count: int, when: datetime | None = None
) -> SearchTerm | None:
    """Count one search in the editors' report; queries without a single word are not recorded."""
    key = normalise(query)[:MAX_RECORDED_LENGTH].strip()
    if not key:
        return None
    when = when or timezone.now()
    typed_as = " ".join(query.split())[:MAX_RECORDED_LENGTH]
    term, _created = SearchTerm.objects.get_or_create(
        locale=locale, query=key, defaults={"typed_as": typed_as, "last_searched_at": when}
    )
    SearchTerm.objects.filter(pk=term.pk).update(
        typed_as=typed_as,
        hits=F("hits") + 1,
        hits_without_results=F("hits_without_results") + (0 if result_count else 1),
        last_result_count=result_count,
        last_searched_at=when,
    )
    term.refresh_from_db()
    return term
