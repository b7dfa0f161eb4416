"""GuidePage: one practical guide of the knowledge base, with its table of contents and downloads."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable, PageManager

from core.api import CategoryField, TopicsField
from core.forms import DistinctLinksPageForm
from core.models import BasePage, BasePageQuerySet, Topic, TopicLink
from core.pages import in_reader_language
from core.search_fields import AnalysedSearchField
from core.seo import SocialMeta, iso, json_ld_script, og_locale, publisher, social_image
from core.slugs import slugify_greek
from guides.blocks import GuideBodyBlock, GuideDownloadsBlock


@dataclass
class TocEntry:
    """One line of a guide's table of contents; h3 headings nest under the h2 before them."""

    text: str
    anchor: str
    level: str
    children: list[TocEntry] = field(default_factory=list)


def heading_anchor(text: str) -> str:
    """The id the heading block template gives a heading (core_tags' ``anchor`` filter)."""
    return slugify_greek(str(text)) or "section"


class GuidePageQuerySet(BasePageQuerySet):
    """Read-side queries for guides."""

    def featured(self):
        return self.filter(featured=True)

    def in_category(self, category):
        return self.filter(category=category)


GuidePageManager = PageManager.from_queryset(GuidePageQuerySet)


class GuidePage(BasePage):
    """A practical guide for non-profits; lives under the GuideIndexPage of its language."""

    parent_page_types = ["guides.GuideIndexPage"]
    subpage_types = []
    base_form_class = DistinctLinksPageForm

    category = models.ForeignKey(
        "guides.GuideCategory",
        verbose_name=_("category"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="guides",
        help_text=_("The section of the knowledge base this guide belongs to."),
    )
    audience = models.CharField(
        _("who it is for"),
        max_length=255,
        blank=True,
        help_text=_("Readers this guide is written for, e.g. “Boards of small associations”."),
    )
    last_reviewed = models.DateField(
        _("last reviewed"),
        null=True,
        blank=True,
        help_text=_("When someone last checked that the guide is still correct. Shown to readers."),
    )
    body = StreamField(GuideBodyBlock(), verbose_name=_("body"), blank=True)
    downloads = StreamField(
        GuideDownloadsBlock(),
        verbose_name=_("downloads"),
        blank=True,
        help_text=_("Forms, templates and checklists that go with the guide."),
    )
    featured = models.BooleanField(
        _("featured"),
        default=False,
        help_text=_("Show this guide among the featured guides on the home page."),
    )
    topics = models.ManyToManyField(
        "core.Topic", through="guides.GuideTopic", related_name="guides", blank=True
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [FieldPanel("category"), FieldPanel("audience"), FieldPanel("last_reviewed")],
            heading=_("About this guide"),
        ),
        FieldPanel("body"),
        FieldPanel("downloads"),
        InlinePanel("topic_links", label=_("Topics"), heading=_("Topics")),
        InlinePanel("related_guide_links", label=_("Related guides"), heading=_("Related guides"), max_num=6),
        InlinePanel("related_news_links", label=_("Related news"), heading=_("Related news"), max_num=6),
    ]
    promote_panels = [*BasePage.promote_panels, FieldPanel("featured")]

    search_fields = [
        *BasePage.search_fields,
        AnalysedSearchField("audience"),
        AnalysedSearchField("body"),
    ]

    api_fields = [
        *BasePage.api_fields,
        APIField("category", serializer=CategoryField()),
        APIField("audience"),
        APIField("last_reviewed"),
        APIField("body"),
        APIField("downloads"),
        APIField("featured"),
        APIField("topics", serializer=TopicsField()),
    ]

    objects = GuidePageManager()

    class Meta:
        verbose_name = _("guide")
        verbose_name_plural = _("guides")

    def table_of_contents(self) -> list[TocEntry]:
        """The body's headings in order, with the anchors the headings carry on the page."""
        entries: list[TocEntry] = []
        for block in self.body:
            if block.block_type != "heading":
                continue
            entry = TocEntry(
                text=block.value["text"],
                anchor=heading_anchor(block.value["text"]),
                level=block.value["level"],
            )
            if entry.level == "h3" and entries:
                entries[-1].children.append(entry)
            else:
                entries.append(entry)
        return entries

    def topics_for_display(self) -> list[Topic]:
        return [link.topic for link in self.topic_links.select_related("topic")]

    def related_guides(self, limit: int = 3) -> list[GuidePage]:
        chosen_ids = [link.guide_id for link in self.related_guide_links.all()]
        if not chosen_ids:
            return []
        return in_reader_language(GuidePage.objects.published().for_listing(), chosen_ids, self.locale_id)[
            :limit
        ]

    def related_news(self, limit: int = 3) -> list:
        chosen_ids = [link.article_id for link in self.related_news_links.all()]
        if not chosen_ids:
            return []
        ArticlePage = apps.get_model("news", "ArticlePage")
        return in_reader_language(ArticlePage.objects.published().for_listing(), chosen_ids, self.locale_id)[
            :limit
        ]

    def social_meta(self, request, topics: list[Topic]) -> SocialMeta:
        other_languages = [code for code, _name in settings.LANGUAGES if code != self.locale.language_code]
        return SocialMeta(
            title=self.listing_title,
            description=self.listing_summary,
            url=self.get_full_url(request),
            type="article",
            locale=og_locale(self.locale.language_code),
            alternate_locales=tuple(og_locale(code) for code in other_languages),
            site_name=publisher(self.locale, request)["name"],
            image=social_image(self.listing_image, request),
            published=self.first_published_at,
            modified=self.last_published_at,
            tags=tuple(topic.name for topic in topics),
        )

    def structured_data(self, request, *, topics: list[Topic], social: SocialMeta) -> dict:
        """schema.org Article for search engines; the review date is its modification date."""
        organisation = publisher(self.locale, request)
        return {
            "@context": "https://schema.org",
            "@type": "Article",
            "headline": self.title[:110],
            "description": self.listing_summary,
            "url": social.url,
            "mainEntityOfPage": {"@type": "WebPage", "@id": social.url},
            "inLanguage": self.locale.language_code,
            "datePublished": iso(self.first_published_at),
            "dateModified": iso(self.last_reviewed or self.last_published_at or self.first_published_at),
            "image": [social.image.url] if social.image else [],
            "author": organisation,
            "publisher": organisation,
            "articleSection": self.category.name if self.category else None,
            "audience": {"@type": "Audience", "audienceType": self.audience} if self.audience else None,
            "keywords": [topic.name for topic in topics],
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        topics = self.topics_for_display()
        social = self.social_meta(request, topics)
        context.update(
            guide_index=self.get_parent().specific_deferred,
            table_of_contents=self.table_of_contents(),
            topics=topics,
            related_guides=self.related_guides(),
            related_news=self.related_news(),
            social=social,
            json_ld=json_ld_script(self.structured_data(request, topics=topics, social=social)),
        )
        return context


class GuideTopic(TopicLink):
    """Files a guide under a topic; translated with the guide into the topic's translation."""

    page = ParentalKey("guides.GuidePage", on_delete=models.CASCADE, related_name="topic_links")

    class Meta(TopicLink.Meta):
        verbose_name = _("guide topic")


class RelatedGuide(Orderable):
    """A guide editors recommend with another; readers see its version in their language."""

    page = ParentalKey("guides.GuidePage", on_delete=models.CASCADE, related_name="related_guide_links")
    guide = models.ForeignKey(
        "guides.GuidePage", verbose_name=_("guide"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("guide")]

    class Meta(Orderable.Meta):
        verbose_name = _("related guide")


class RelatedNews(Orderable):
    """A news article editors link from a guide; readers see its version in their language."""

    page = ParentalKey("guides.GuidePage", on_delete=models.CASCADE, related_name="related_news_links")
    article = models.ForeignKey(
        "news.ArticlePage", verbose_name=_("article"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("article")]

    class Meta(Orderable.Meta):
        verbose_name = _("related article")
