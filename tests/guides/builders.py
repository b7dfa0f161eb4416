"""Building guide pages and categories for the tests."""

from __future__ import annotations

from datetime import date, timedelta

from guides.models import GuideCategory, GuideIndexPage, GuidePage, GuideTopic
from tests.news.builders import BASE_DATE, publish


def guide_index(home, *, title: str = "Οδηγοί", slug: str = "odigoi") -> GuideIndexPage:
    return publish(home.add_child(instance=GuideIndexPage(title=title, slug=slug, show_in_menus=True)))


def category(locale, name: str = "Χρηματοδότηση", **fields) -> GuideCategory:
    return GuideCategory.objects.create(locale=locale, name=name, **fields)


def guide(
    index: GuideIndexPage,
    *,
    title: str = "Οδηγός",
    slug: str | None = None,
    day: int = 0,
    topics=(),
    live: bool = True,
    **fields,
) -> GuidePage:
    """A guide published ``day`` days after 1 March 2026 (a draft when ``live`` is False)."""
    fields.setdefault("summary", f"Περίληψη: {title}")
    fields.setdefault("body", [("paragraph", f"<p>Κείμενο: {title}</p>")])
    fields.setdefault("last_reviewed", date(2026, 11, 2))
    page = GuidePage(
        title=title,
        slug=slug or f"guide-{GuidePage.objects.count() + 1}",
        first_published_at=BASE_DATE + timedelta(days=day),
        topic_links=[GuideTopic(topic=t) for t in topics],
        live=live,
        **fields,
    )
    index.add_child(instance=page)
    if live:
        return publish(page)
    page.save_revision()
    return page
