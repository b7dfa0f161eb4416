"""Shared models: the abstract BasePage, the Topic and Person snippets, organisation details."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page, PageManager, PageQuerySet, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.api import ImageField, TranslationsField
from core.blocks import SocialLinkBlock
from core.search_fields import AnalysedSearchField, analysed_fields
from core.slugs import slugify_greek


class BasePageQuerySet(PageQuerySet):
    """Read-side queries shared by every content page type."""

    def published(self):
        """Live and public, and not past an expiry time that the scheduler has yet to act on."""
        return self.live().public().exclude(expire_at__lte=timezone.now())

    def for_listing(self):
        """Card-ready: bodies deferred, listing images and their renditions prefetched."""
        images = get_image_model().objects.prefetch_renditions()
        return self.defer_streamfields().prefetch_related(Prefetch("listing_image", queryset=images))

    def newest_first(self):
        return self.order_by("-first_published_at", "-pk")

    def in_topic(self, topic: Topic):
        return self.filter(topics=topic)

    def in_locale(self, locale):
        return self.filter(locale=locale)


BasePageManager = PageManager.from_queryset(BasePageQuerySet)


class BasePage(Page):
    """Abstract page with the listing fields every card, feed and search result needs."""

    summary = models.TextField(
        _("summary"),
        blank=True,
        max_length=600,
        help_text=_("One or two plain sentences shown on cards, in feeds and in search results."),
    )
    listing_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("listing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown on cards and when the page is shared. Landscape, at least 1200 px wide."),
    )

    promote_panels = [
        MultiFieldPanel(
            [FieldPanel("summary"), FieldPanel("listing_image")],
            heading=_("Listing"),
        ),
        *Page.promote_panels,
    ]

    # Analysed fields (core.search_fields) give every backend folded, stemmed Greek and English text;
    # page types extend this list with AnalysedSearchField, never plain index.SearchField.
    search_fields = [
        *analysed_fields(Page.search_fields),
        AnalysedSearchField("summary", boost=2),
    ]

    # Content API (core.api): every page type extends this list with its own fields.
    api_fields = [
        APIField("summary"),
        APIField("listing_image", serializer=ImageField()),
        APIField("translations", serializer=TranslationsField(source="*")),
    ]

    objects = BasePageManager()

    class Meta:
        abstract = True

    @property
    def listing_title(self) -> str:
        return self.seo_title or self.title

    @property
    def listing_summary(self) -> str:
        return self.summary or self.search_description


class Topic(TranslatableMixin, models.Model):
    """A subject (e.g. "Κοινωνικοί συνεταιρισμοί") that groups news, guides and episodes."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        allow_unicode=False,
        help_text=_("Latin letters, digits and hyphens; used in the topic's web address."),
    )
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]

    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="core_topic_unique_slug_per_locale"),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify_greek(self.name)
        super().save(*args, **kwargs)


class TopicLink(TranslatableMixin, Orderable):
    """Files a page under a topic and is translated with it; a subclass adds the ``page`` ParentalKey."""

    topic = models.ForeignKey(
        "core.Topic", verbose_name=_("topic"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("topic")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order"]


class Person(TranslatableMixin, models.Model):
    """An author, guest or presenter; credited on articles, guides and episodes."""

    name = models.CharField(_("name"), max_length=160)
    role = models.CharField(_("role"), max_length=160, blank=True)
    bio = RichTextField(_("biography"), blank=True, features=["bold", "italic", "link"])
    photo = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    website = models.URLField(_("website"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("bio"),
        FieldPanel("photo"),
        FieldPanel("website"),
    ]

    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("role"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class OrganisationDetails(TranslatableMixin, models.Model):
    """The organisation's name and contact details, one translatable record per language."""

    name = models.CharField(_("name"), max_length=255)
    short_name = models.CharField(_("short name"), max_length=40, blank=True)
    tagline = models.CharField(_("tagline"), max_length=255, blank=True)
    address = models.TextField(_("postal address"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    fax = models.CharField(_("fax"), max_length=40, blank=True)
    email = models.EmailField(_("email"), blank=True)
    social_links = StreamField(
        [("link", SocialLinkBlock())],
        verbose_name=_("social media links"),
        blank=True,
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("short_name"),
        FieldPanel("tagline"),
        MultiFieldPanel(
            [FieldPanel("address"), FieldPanel("phone"), FieldPanel("fax"), FieldPanel("email")],
            heading=_("Contact"),
        ),
        FieldPanel("social_links"),
    ]

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("short_name"),
        TranslatableField("tagline"),
        TranslatableField("address"),
        SynchronizedField("phone"),
        SynchronizedField("fax"),
        SynchronizedField("email"),
        SynchronizedField("social_links"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisation details")
        verbose_name_plural = _("organisation details")
        constraints = [
            models.UniqueConstraint(fields=["locale"], name="core_organisationdetails_one_per_locale"),
        ]

    def __str__(self) -> str:
        return self.name

    @classmethod
    def for_locale(cls, locale) -> OrganisationDetails | None:
        """The record in this locale, else the default locale's, else None."""
        records = {r.locale_id: r for r in cls.objects.all()}
        if locale is not None and locale.pk in records:
            return records[locale.pk]
        return next(iter(sorted(records.values(), key=lambda r: r.pk)), None)
