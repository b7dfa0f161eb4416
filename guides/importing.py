"""The "guide" kind of import_content: lines that become GuidePages under the language's guide index."""

from __future__ import annotations

from wagtail.models import Page

from core.importing import ImportContext, ImportItem, PageImportKind
from core.pages import home_page_for
from guides.services import ensure_guide_index, guide_index_for


class GuideImport(PageImportKind):
    """An imported guide; its ``published`` date is also its last review date."""

    kind = "guide"
    page_model = "guides.GuidePage"

    def parent_errors(self, item: ImportItem, context: ImportContext) -> list[str]:
        locale = context.locale(item.locale_code)
        if self.get_parent(item, context, create=False) is not None:
            return []
        if context.remember(("home", locale.pk), lambda: home_page_for(locale)) is None:
            return [f"no guide index and no home page in '{item.locale_code}' to put the guide under"]
        return []

    def get_parent(self, item: ImportItem, context: ImportContext, *, create: bool) -> Page | None:
        locale = context.locale(item.locale_code)
        if not create:
            return context.remember(("guide index", locale.pk), lambda: guide_index_for(locale=locale))
        return context.remember(
            ("guide index ready", locale.pk),
            lambda: ensure_guide_index(locale=locale, publish=context.publish),
        )

    def fill(self, page, item: ImportItem, context: ImportContext) -> None:
        super().fill(page, item, context)
        page.last_reviewed = item.published.date()

    def snapshot(self, page) -> dict:
        return {**super().snapshot(page), "last_reviewed": page.last_reviewed}
