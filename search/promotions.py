"""Editors' picks (wagtail.contrib.search_promotions) for a query, in the reader's language."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale

from core.analysis import analyse_query
from search.queries import searchable_pages


@dataclass(frozen=True)
class Pick:
    """A promoted result shown above the search results."""

    title: str
    url: str
    description: str


def promotions_for(query: str, locale: Locale, request=None) -> list[Pick]:
    """Picks whose promoted query has the same words as ``query`` (any accents, case or inflection).

    A promoted page shows only to readers of its own language; an external link shows to everyone.
    """
    words = frozenset(analyse_query(query))
    if not words:
        return []
    promoted = Query.objects.filter(editors_picks__isnull=False).distinct().values_list("pk", "query_string")
    matching = [pk for pk, text in promoted if frozenset(analyse_query(text)) == words]
    if not matching:
        return []
    promotions = (
        SearchPromotion.objects.filter(query_id__in=matching)
        .filter(Q(page__in=searchable_pages(locale)) | Q(page__isnull=True, external_link_url__gt=""))
        .select_related("page")
        .order_by("sort_order", "pk")
    )
    picks, seen = [], set()
    for promotion in promotions:
        if promotion.page is not None:
            url = promotion.page.get_url(request)
            title = promotion.page.seo_title or promotion.page.title
            description = promotion.description or promotion.page.search_description
        else:
            url = promotion.external_link_url
            title = promotion.external_link_text or promotion.external_link_url
            description = promotion.description
        if url and url not in seen:
            seen.add(url)
            picks.append(Pick(title=title, url=url, description=description))
    return picks
