"""News: one NewsIndexPage per language and the ArticlePages under it."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, TranslatableMixin

from core.api import ImageField, PageRouteURLField, PeopleField, TopicsField
from core.forms import DistinctLinksPageForm
from core.listings import FilteredListingMixin
from core.models import BasePage, BasePageManager, Topic, TopicLink
from core.pages import in_reader_language
from core.search_fields import AnalysedSearchField
from core.seo import SocialMeta, iso, json_ld_script, og_locale, publisher, social_image
from news.blocks import ArticleBodyBlock


class NewsIndexPage(FilteredListingMixin, BasePage):
    """The news of one language (/el/nea/), newest first, with a listing per topic at topic/<slug>/."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.ArticlePage"]
    max_count_per_parent = 1
    listing_name = "articles"

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("A sentence or two above the list of articles."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    search_fields = [*BasePage.search_fields, AnalysedSearchField("intro")]

    api_fields = [
        *BasePage.api_fields,
        APIField("intro"),
        APIField("feed_url", serializer=PageRouteURLField("feed/", source="*")),
        APIField("atom_feed_url", serializer=PageRouteURLField("feed/atom/", source="*")),
    ]

    class Meta:
        verbose_name = _("news index page")

    def listing_pages(self):
        return ArticlePage.objects.child_of(self).published()

    def articles(self):
        """The published articles of this index, newest first, ready for cards."""
        return self.listing()

    # Feeds (news.feeds imports this module, hence the imports inside the routes).
    @path("feed/", name="feed")
    def feed_route(self, request):
        from news.feeds import news_feed_response

        return news_feed_response(request, index=self, format="rss")

    @path("feed/atom/", name="atom_feed")
    def atom_feed_route(self, request):
        from news.feeds import news_feed_response

        return news_feed_response(request, index=self, format="atom")

    @path("topic/<slug:slug>/feed/", name="topic_feed")
    def topic_feed_route(self, request, slug: str):
        from news.feeds import news_feed_response

        return news_feed_response(request, index=self, format="rss", topic_slug=slug)

    @path("topic/<slug:slug>/feed/atom/", name="topic_atom_feed")
    def topic_atom_feed_route(self, request, slug: str):
        from news.feeds import news_feed_response

        return news_feed_response(request, index=self, format="atom", topic_slug=slug)


class ArticlePage(BasePage):
    """A news article; lives under the NewsIndexPage of its language."""

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    base_form_class = DistinctLinksPageForm

    hero_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The large picture at the top of the article. Landscape, at least 1600 px wide."),
    )
    hero_alt_text = models.CharField(
        _("alternative text"),
        max_length=250,
        blank=True,
        help_text=_(
            "Describe the picture for people who cannot see it. Leave empty to use the image's description."
        ),
    )
    hero_caption = models.CharField(
        _("caption"),
        max_length=250,
        blank=True,
        help_text=_("Shown under the picture, e.g. what it shows and who took it."),
    )
    body = StreamField(ArticleBodyBlock(), verbose_name=_("body"), blank=True)
    authors = models.ManyToManyField(
        "core.Person", through="news.ArticleAuthor", related_name="articles", blank=True
    )
    topics = models.ManyToManyField(
        "core.Topic", through="news.ArticleTopic", related_name="articles", blank=True
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_alt_text"), FieldPanel("hero_caption")],
            heading=_("Hero image"),
        ),
        FieldPanel("body"),
        InlinePanel("author_links", label=_("Authors"), heading=_("Authors")),
        InlinePanel("topic_links", label=_("Topics"), heading=_("Topics")),
        InlinePanel(
            "related_article_links", label=_("Related articles"), heading=_("Related articles"), max_num=6
        ),
    ]

    search_fields = [
        *BasePage.search_fields,
        AnalysedSearchField("body"),
    ]

    api_fields = [
        *BasePage.api_fields,
        APIField("hero_image", serializer=ImageField()),
        APIField("hero_alt"),
        APIField("hero_caption"),
        APIField("body"),
        APIField("authors", serializer=PeopleField()),
        APIField("topics", serializer=TopicsField()),
    ]

    objects = BasePageManager()

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    @property
    def hero_alt(self) -> str:
        if self.hero_alt_text:
            return self.hero_alt_text
        return getattr(self.hero_image, "default_alt_text", "") if self.hero_image else ""

    def topics_for_display(self) -> list[Topic]:
        return [link.topic for link in self.topic_links.select_related("topic")]

    def authors_for_display(self) -> list:
        return [link.person for link in self.author_links.select_related("person")]

    def related_articles(self, limit: int = 3) -> list[ArticlePage]:
        """The articles editors chose, in this language where translated; else recent ones on the same topics."""
        chosen_ids = [link.article_id for link in self.related_article_links.all()]
        if chosen_ids:
            candidates = ArticlePage.objects.published().for_listing()
            return in_reader_language(candidates, chosen_ids, self.locale_id)[:limit]
        topic_ids = [link.topic_id for link in self.topic_links.all()]
        if not topic_ids:
            return []
        same_topics = ArticlePage.objects.filter(topics__in=topic_ids).values("pk")
        return list(
            ArticlePage.objects.sibling_of(self, inclusive=False)
            .published()
            .filter(pk__in=same_topics)
            .newest_first()
            .for_listing()[:limit]
        )

    def social_meta(self, request, topics: list[Topic]) -> SocialMeta:
        image = self.listing_image or self.hero_image
        alt = self.hero_alt if image == self.hero_image else ""
        other_languages = [code for code, _name in settings.LANGUAGES if code != self.locale.language_code]
        return SocialMeta(
            title=self.listing_title,
            description=self.listing_summary,
            url=self.get_full_url(request),
            type="article",
            locale=og_locale(self.locale.language_code),
            alternate_locales=tuple(og_locale(code) for code in other_languages),
            site_name=publisher(self.locale, request)["name"],
            image=social_image(image, request, alt=alt),
            published=self.first_published_at,
            modified=self.last_published_at,
            tags=tuple(topic.name for topic in topics),
        )

    def structured_data(self, request, *, topics: list[Topic], authors: list, social: SocialMeta) -> dict:
        """schema.org NewsArticle for search engines."""
        organisation = publisher(self.locale, request)
        return {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.title[:110],
            "description": self.listing_summary,
            "url": social.url,
            "mainEntityOfPage": {"@type": "WebPage", "@id": social.url},
            "inLanguage": self.locale.language_code,
            "datePublished": iso(self.first_published_at),
            "dateModified": iso(self.last_published_at or self.first_published_at),
            "image": [social.image.url] if social.image else [],
            "author": [{"@type": "Person", "name": person.name} for person in authors] or [organisation],
            "publisher": organisation,
            "keywords": [topic.name for topic in topics],
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        topics = self.topics_for_display()
        authors = self.authors_for_display()
        social = self.social_meta(request, topics)
        context.update(
            news_index=self.get_parent().specific_deferred,
            topics=topics,
            authors=authors,
            related_articles=self.related_articles(),
            social=social,
            json_ld=json_ld_script(
                self.structured_data(request, topics=topics, authors=authors, social=social)
            ),
        )
        return context


class ArticleTopic(TopicLink):
    """Files an article under a topic; translated with the article into the topic's translation."""

    page = ParentalKey("news.ArticlePage", on_delete=models.CASCADE, related_name="topic_links")

    class Meta(TopicLink.Meta):
        verbose_name = _("article topic")


class ArticleAuthor(TranslatableMixin, Orderable):
    """Credits a person as an author of an article; translated with the article."""

    page = ParentalKey("news.ArticlePage", on_delete=models.CASCADE, related_name="author_links")
    person = models.ForeignKey(
        "core.Person", verbose_name=_("person"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("person")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("article author")
        ordering = ["sort_order"]


class RelatedArticle(Orderable):
    """An article editors recommend under another; readers see its version in their language."""

    page = ParentalKey("news.ArticlePage", on_delete=models.CASCADE, related_name="related_article_links")
    article = models.ForeignKey(
        "news.ArticlePage", verbose_name=_("article"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("article")]

    class Meta(Orderable.Meta):
        verbose_name = _("related article")
