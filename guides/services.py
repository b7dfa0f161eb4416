"""Write-side jobs for the knowledge base: making sure each language has its guide index."""

from __future__ import annotations

from wagtail.models import Locale

from core.pages import ensure_index_page
from guides.models import GuideIndexPage

# Used only when an import needs an index that editors have not made yet.
DEFAULT_INDEX_TITLES = {"el": ("Οδηγοί", "odigoi"), "en": ("Guides", "guides")}


def guide_index_for(*, locale: Locale) -> GuideIndexPage | None:
    """The GuideIndexPage of a language, if there is one."""
    return GuideIndexPage.objects.filter(locale=locale).order_by("path").first()


def ensure_guide_index(*, locale: Locale, publish: bool) -> GuideIndexPage:
    """The language's GuideIndexPage, created under its home page when missing."""
    return ensure_index_page(
        model=GuideIndexPage, locale=locale, titles=DEFAULT_INDEX_TITLES, publish=publish
    )
