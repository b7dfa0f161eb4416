"""Search results as the templates show them: title and snippet with the matched words marked."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import datetime

from django.utils.functional import Promise
from django.utils.safestring import SafeString
from wagtail.models import Page

from core.search_fields import AnalysedSearchField
from search.kinds import result_kind
from search.snippets import mark_words, snippet


@dataclass(frozen=True)
class Hit:
    """One search result."""

    url: str
    title: SafeString
    kind: str
    kind_label: str | Promise
    snippet: SafeString
    published: datetime | None


def page_text(page: Page) -> str:
    """The page's indexed text other than its title (summary first), as readers see it."""
    fields = [
        field
        for field in type(page).get_search_fields()
        if isinstance(field, AnalysedSearchField) and field.field_name != "title"
    ]
    return " ".join(filter(None, (field.raw_text(page) for field in fields)))


def build_hits(pages: Iterable[Page], stems: Collection[str], request=None) -> list[Hit]:
    """Hits for (specific) result pages, marking words whose stems are in ``stems``."""
    hits = []
    for page in pages:
        kind, label = result_kind(page.cached_content_type)
        title = getattr(page, "listing_title", None) or page.title
        hits.append(
            Hit(
                url=page.get_url(request),
                title=mark_words(title, stems),
                kind=kind,
                kind_label=label,
                snippet=snippet(page_text(page), stems),
                published=page.first_published_at,
            )
        )
    return hits
