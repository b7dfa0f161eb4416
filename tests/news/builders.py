"""Building news pages, topics and pictures for the tests (real pages, real generated images)."""

from __future__ import annotations

from datetime import datetime, timedelta
from io import BytesIO, StringIO
from zoneinfo import ZoneInfo

from django.core.files.base import ContentFile
from PIL import Image
from wagtail.images import get_image_model

from core.demo import SeedContext
from core.models import Person, Topic
from news.models import ArticleAuthor, ArticlePage, ArticleTopic, NewsIndexPage

ATHENS = ZoneInfo("Europe/Athens")
BASE_DATE = datetime(2026, 3, 1, 10, 0, tzinfo=ATHENS)


def picture(title: str = "Εικόνα", colour: tuple[int, int, int] = (11, 85, 99), size=(320, 180)):
    """A saved image drawn with Pillow."""
    buffer = BytesIO()
    Image.new("RGB", size, colour).save(buffer, "PNG")
    return get_image_model().objects.create(
        title=title,
        description=f"Περιγραφή: {title}",
        file=ContentFile(buffer.getvalue(), name="picture.png"),
    )


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def news_index(home, *, title: str = "Νέα", slug: str = "nea") -> NewsIndexPage:
    return publish(home.add_child(instance=NewsIndexPage(title=title, slug=slug, show_in_menus=True)))


def topic(locale, name: str = "Κοινωνική οικονομία", **fields) -> Topic:
    return Topic.objects.create(locale=locale, name=name, **fields)


def person(locale, name: str = "Μαρία Παπαδοπούλου", role: str = "Συντάκτρια") -> Person:
    return Person.objects.create(locale=locale, name=name, role=role)


def article(
    index: NewsIndexPage,
    *,
    title: str = "Άρθρο",
    slug: str | None = None,
    day: int = 0,
    topics=(),
    authors=(),
    live: bool = True,
    **fields,
) -> ArticlePage:
    """An article published ``day`` days after 1 March 2026 (a draft when ``live`` is False)."""
    fields.setdefault("summary", f"Περίληψη: {title}")
    fields.setdefault("body", [("paragraph", f"<p>Κείμενο: {title}</p>")])
    page = ArticlePage(
        title=title,
        slug=slug or f"article-{ArticlePage.objects.count() + 1}",
        first_published_at=BASE_DATE + timedelta(days=day),
        topic_links=[ArticleTopic(topic=t) for t in topics],
        author_links=[ArticleAuthor(person=p) for p in authors],
        live=live,
        **fields,
    )
    index.add_child(instance=page)
    if live:
        return publish(page)
    page.save_revision()
    return page


def seed_context(case) -> SeedContext:
    """What a seeding step receives, built from a HubPageTestCase's homes and locales."""
    return SeedContext(stdout=StringIO(), el=case.el, en=case.en, home_el=case.home_el, home_en=case.home_en)
