"""The "article" kind of import_content: lines that become ArticlePages under the language's news index."""

from __future__ import annotations

from wagtail.models import Page

from core.importing import ImportContext, ImportItem, PageImportKind
from core.pages import home_page_for
from news.services import ensure_news_index, news_index_for


class ArticleImport(PageImportKind):
    """An imported news article: ``image`` becomes both its hero and its listing picture."""

    kind = "article"
    page_model = "news.ArticlePage"
    image_fields = ("hero_image", "listing_image")

    def parent_errors(self, item: ImportItem, context: ImportContext) -> list[str]:
        locale = context.locale(item.locale_code)
        if self.get_parent(item, context, create=False) is not None:
            return []
        if context.remember(("home", locale.pk), lambda: home_page_for(locale)) is None:
            return [f"no news index and no home page in '{item.locale_code}' to put the article under"]
        return []

    def get_parent(self, item: ImportItem, context: ImportContext, *, create: bool) -> Page | None:
        locale = context.locale(item.locale_code)
        if not create:
            return context.remember(("news index", locale.pk), lambda: news_index_for(locale=locale))
        return context.remember(
            ("news index ready", locale.pk), lambda: ensure_news_index(locale=locale, publish=context.publish)
        )
