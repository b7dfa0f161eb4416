"""RSS 2.0 and Atom feeds of a news section and of each topic in it (routes on NewsIndexPage)."""

from __future__ import annotations

from django.db.models import Count, Max, Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import translation
from django.utils.translation import gettext as _

from core.feeds.archives import FeedHistory, feed_history
from core.feeds.conditional import FeedVersion, feed_response
from core.feeds.content import FEED_IMAGE_FILTER, image_renditions, render_streams
from core.feeds.generator import CONTENT_TYPES, FeedSpec, Format, new_feed, render
from core.feeds.selection import entry_id, syndicated
from core.feeds.text import plain_text, truncate, xml_safe
from core.models import Topic
from news.models import ArticleAuthor, ArticlePage, ArticleTopic, NewsIndexPage

ROUTES: dict[str, str] = {"rss": "feed/", "atom": "feed/atom/"}
SUMMARY_LIMIT = 1000


def feed_articles(index: NewsIndexPage, topic: Topic | None = None):
    """The articles a feed of ``index`` (or of one topic in it) may carry, in the index's language."""
    articles = syndicated(ArticlePage.objects.child_of(index)).filter(locale_id=index.locale_id)
    return articles.in_topic(topic) if topic else articles


def feed_url(index: NewsIndexPage, *, format: Format, topic: Topic | None = None, request=None) -> str:
    """The absolute address of a news feed (``feed/``, ``feed/atom/``, ``topic/<slug>/feed/``…)."""
    route = f"topic/{topic.slug}/" if topic else ""
    return f"{index.get_full_url(request)}{route}{ROUTES[format]}"


def news_feed_response(
    request: HttpRequest, *, index: NewsIndexPage, format: Format, topic_slug: str | None = None
) -> HttpResponse:
    """A news feed, answered with 304 from two cheap queries when the reader already has it."""
    topic = get_object_or_404(Topic, locale_id=index.locale_id, slug=topic_slug) if topic_slug else None
    articles = feed_articles(index, topic)
    state = articles.aggregate(count=Count("pk"), latest=Max("last_published_at"))
    history = feed_history(request, state["count"])
    current_url = feed_url(index, format=format, topic=topic, request=request)
    self_url = current_url if history.archive is None else f"{current_url}?archive={history.archive}"
    updated = max(d for d in (state["latest"], index.last_published_at, index.first_published_at) if d)
    language = index.locale.language_code
    version = FeedVersion(
        url=self_url,
        language=language,
        last_modified=updated,
        parts=(state["count"], topic.name if topic else ""),
    )

    def build() -> bytes:
        spec = FeedSpec(
            format=format,
            title=_section_title(index, topic, language),
            description=(topic.description if topic else "")
            or index.listing_summary
            or plain_text(index.intro),
            language=language,
            page_url=index.get_full_url(request) + (f"topic/{topic.slug}/" if topic else ""),
            self_url=self_url,
            current_url=current_url,
            updated=updated,
            history=history,
        )
        return build_news_feed(
            request, spec=spec, index_url=index.get_full_url(request), articles=articles, history=history
        )

    return feed_response(
        request,
        version=version,
        build=build,
        content_type=CONTENT_TYPES[format],
        self_url=self_url,
        archive=history.archive is not None,
    )


def _section_title(index: NewsIndexPage, topic: Topic | None, language: str) -> str:
    if topic is None:
        return index.title
    with translation.override(language):
        return _("%(topic)s · %(section)s") % {"topic": topic.name, "section": index.title}


def build_news_feed(
    request: HttpRequest, *, spec: FeedSpec, index_url: str, articles, history: FeedHistory
) -> bytes:
    """The feed document for the articles in ``history``'s window; a fixed number of queries."""
    items = list(
        articles.newest_first()
        .select_related("locale")
        .prefetch_related(
            Prefetch("topic_links", queryset=ArticleTopic.objects.select_related("topic")),
            Prefetch("author_links", queryset=ArticleAuthor.objects.select_related("person")),
        )[history.window]
    )
    locale_id = items[0].locale_id if items else None
    bodies = render_streams(
        [article.body for article in items], base_url=spec.page_url, locale_id=locale_id, request=request
    )
    renditions = image_renditions(
        {article.hero_image_id or article.listing_image_id for article in items} - {None}, FEED_IMAGE_FILTER
    )
    pictures = {
        pk: {
            "url": request.build_absolute_uri(rendition.url),
            "width": str(rendition.width),
            "height": str(rendition.height),
        }
        for pk, (_image, rendition) in renditions.items()
    }
    feed = new_feed(spec)
    feed.load_extension("media")
    feed.load_extension("dc", atom=False)
    for article, body in zip(items, bodies, strict=True):
        _add_article(
            feed,
            article=article,
            index_url=index_url,
            body=body,
            picture=pictures.get(article.hero_image_id or article.listing_image_id),
            language=spec.language,
        )
    return render(feed, spec.format)


def _add_article(
    feed, *, article: ArticlePage, index_url: str, body: str, picture: dict | None, language: str
) -> None:
    # Articles are children of the index: their address is the index's plus their slug.
    url = f"{index_url}{article.slug}/"
    entry = feed.add_entry(order="append")
    entry.id(entry_id(article, language))
    entry.title(xml_safe(article.title))
    entry.link(href=url, rel="alternate", type="text/html")
    entry.published(article.first_published_at)
    entry.updated(article.last_published_at or article.first_published_at)
    summary = truncate(article.listing_summary, SUMMARY_LIMIT) or truncate(plain_text(body), SUMMARY_LIMIT)
    if summary:
        entry.summary(summary)
    if body:
        entry.content(body, type="html")
    for link in article.author_links.all():
        name = xml_safe(link.person.name)
        entry.author(name=name)
        entry.dc.dc_creator(name)
    for link in article.topic_links.all():
        topic = link.topic
        entry.category(term=topic.slug, label=xml_safe(topic.name))
    if picture is not None:
        entry.media.content(medium="image", type="image/jpeg", **picture)


def websub_feed_urls(page) -> list[str]:
    """The news feeds a published article (or news index) appears in, for the WebSub hub."""
    if isinstance(page, NewsIndexPage):
        index, topics = page, []
    elif isinstance(page, ArticlePage):
        index = page.get_parent().specific
        topics = [link.topic for link in page.topic_links.select_related("topic")]
    else:
        return []
    return [feed_url(index, format=format, topic=topic) for topic in [None, *topics] for format in ROUTES]
