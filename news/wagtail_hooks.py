"""News in the admin and on the home page, its import kind, and its part of the demo content."""

from django.utils.translation import gettext as _
from wagtail import hooks

from core.sections import HomeSection
from news import feeds, seed
from news.importing import ArticleImport
from news.models import NewsIndexPage

LATEST_NEWS_ON_HOME = 4

hooks.register("websub_feed_urls", feeds.websub_feed_urls)


@hooks.register("home_sections")
def latest_news(home, request):
    index = NewsIndexPage.objects.child_of(home).live().public().first()
    if index is None:
        return None
    return HomeSection(
        key="news",
        heading=_("Latest news"),
        items=list(index.articles()[:LATEST_NEWS_ON_HOME]),
        order=10,
        more_url=index.get_url(request),
        more_label=_("All news"),
    )


@hooks.register("register_import_kinds")
def register_import_kinds():
    return [ArticleImport()]


hooks.register("seed_demo_content", seed.seed_news, order=20)
hooks.register("seed_demo_content", seed.seed_article_recording, order=50)
