"""Write-side jobs for news: making sure each language has its news index."""

from __future__ import annotations

from wagtail.models import Locale

from core.pages import ensure_index_page
from news.models import NewsIndexPage

# Used only when an import needs an index that editors have not made yet.
DEFAULT_INDEX_TITLES = {"el": ("Νέα", "nea"), "en": ("News", "news")}


def news_index_for(*, locale: Locale) -> NewsIndexPage | None:
    """The NewsIndexPage of a language, if there is one."""
    return NewsIndexPage.objects.filter(locale=locale).order_by("path").first()


def ensure_news_index(*, locale: Locale, publish: bool) -> NewsIndexPage:
    """The language's NewsIndexPage, created under its home page when missing."""
    return ensure_index_page(model=NewsIndexPage, locale=locale, titles=DEFAULT_INDEX_TITLES, publish=publish)
