"""Episodes of a show (EpisodePage) and their chapters."""

from __future__ import annotations

from django import forms
from django.db import models
from django.http import JsonResponse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.decorators.clickjacking import xframe_options_exempt
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager, TranslatableMixin
from wagtail.search import index
from wagtailmedia.edit_handlers import MediaChooserPanel

from core.api import (
    ChaptersField,
    MediaField,
    PageRouteURLField,
    PeopleField,
    TopicsField,
    restricted_collection_ids,
)
from core.models import BasePage, BasePageQuerySet
from core.search_fields import AnalysedSearchField
from media_library.blocks import EpisodeBodyBlock
from media_library.podcasting import chapters_document, new_item_guid
from media_library.transcripts import format_clock


class EpisodeType(models.TextChoices):
    FULL = "full", _("Full episode")
    TRAILER = "trailer", _("Trailer")
    BONUS = "bonus", _("Bonus")


class EpisodePageQuerySet(BasePageQuerySet):
    """Read-side queries for episodes."""

    def released(self):
        """Live, public, and not dated in the future (imports may set a future publication date)."""
        return self.published().filter(first_published_at__lte=timezone.now())

    def for_listing(self):
        return self.select_related("listing_image", "media").defer_streamfields().newest_first()


EpisodePageManager = PageManager.from_queryset(EpisodePageQuerySet)


def with_show_titles(episodes) -> list:
    """The episodes as a list, each given ``show_title`` (its parent show's title) in one query."""
    episodes = list(episodes)
    parent_paths = {episode.path[: -Page.steplen] for episode in episodes}
    titles = dict(Page.objects.filter(path__in=parent_paths).values_list("path", "title"))
    for episode in episodes:
        episode.show_title = titles.get(episode.path[: -Page.steplen], "")
    return episodes


class EpisodePage(RoutablePageMixin, BasePage):
    """One radio or TV episode; lives under a ShowPage and appears in its podcast feed."""

    parent_page_types = ["media_library.ShowPage"]
    subpage_types = []

    media = models.ForeignKey(
        "media_library.MediaAsset",
        verbose_name=_("audio or video file"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="episodes",
        help_text=_("Episodes without a file are not in the podcast feed. Transcripts belong to the file."),
    )
    body = StreamField(EpisodeBodyBlock(), verbose_name=_("show notes"), blank=True)
    season_number = models.PositiveSmallIntegerField(_("season"), null=True, blank=True)
    episode_number = models.PositiveSmallIntegerField(_("episode number"), null=True, blank=True)
    episode_type = models.CharField(
        _("episode type"), max_length=7, choices=EpisodeType.choices, default=EpisodeType.FULL
    )
    guests = ParentalManyToManyField(
        "core.Person", verbose_name=_("guests"), blank=True, related_name="episodes"
    )
    topics = ParentalManyToManyField(
        "core.Topic", verbose_name=_("topics"), blank=True, related_name="episodes"
    )
    guid = models.CharField(
        _("GUID"),
        max_length=64,
        db_index=True,
        default=new_item_guid,
        editable=False,
        help_text=_(
            "Podcast apps recognise the episode by this; it never changes, and copies get a new one."
        ),
    )

    content_panels = [
        *BasePage.content_panels,
        MediaChooserPanel("media"),
        FieldRowPanel(
            [FieldPanel("season_number"), FieldPanel("episode_number"), FieldPanel("episode_type")]
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("guests", widget=forms.CheckboxSelectMultiple),
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Guests and topics"),
        ),
        InlinePanel("chapters", heading=_("Chapters"), label=_("Chapter")),
    ]

    search_fields = [
        *BasePage.search_fields,
        AnalysedSearchField("body"),
        index.RelatedFields("guests", [AnalysedSearchField("name")]),
        index.FilterField("first_published_at"),
    ]

    api_fields = [
        *BasePage.api_fields,
        APIField("media", serializer=MediaField()),
        APIField("body"),
        APIField("season_number"),
        APIField("episode_number"),
        APIField("episode_type"),
        APIField("guests", serializer=PeopleField()),
        APIField("topics", serializer=TopicsField()),
        APIField("chapters", serializer=ChaptersField(source="*")),
        APIField("chapters_url", serializer=PageRouteURLField("chapters.json", source="*")),
        APIField("embed_url", serializer=PageRouteURLField("embed/", source="*")),
        APIField("guid"),
    ]

    exclude_fields_in_copy = ["guid"]

    objects = EpisodePageManager()

    class Meta:
        verbose_name = _("episode")
        verbose_name_plural = _("episodes")

    def with_content_json(self, content):
        """The stored GUID always wins over a revision's copy of it."""
        page = super().with_content_json(content)
        page.guid = self.guid
        return page

    def clean(self):
        super().clean()
        if self.alias_of_id is None and self.shares_guid_with_an_earlier_episode():
            # An alias mirrors its original's GUID; once it becomes a page of its own (usually a
            # translation of the original) it is another item in another feed, so it gets its own.
            self.guid = new_item_guid()

    def shares_guid_with_an_earlier_episode(self) -> bool:
        earlier = EpisodePage.objects.filter(guid=self.guid, alias_of__isnull=True)
        if self.pk is not None:
            earlier = earlier.filter(pk__lt=self.pk)
        return earlier.exists()

    @cached_property
    def show(self):
        return self.get_parent().specific

    @property
    def number_label(self) -> str:
        """Season and episode, such as "S2 · E5"; empty when neither is set."""
        parts = []
        if self.season_number:
            parts.append(_("S%(number)d") % {"number": self.season_number})
        if self.episode_number:
            parts.append(_("E%(number)d") % {"number": self.episode_number})
        return " · ".join(str(p) for p in parts)

    @property
    def duration_label(self) -> str:
        return self.media.duration_label if self.media_id else ""

    def transcripts(self) -> list:
        """The media file's transcripts, the page's own language first."""
        if not self.media_id:
            return []
        language = self.locale.language_code
        return sorted(self.media.transcripts.all(), key=lambda t: (t.language != language, t.language))

    def chapter_list(self) -> list:
        return sorted(self.chapters.all(), key=lambda c: (c.start, c.sort_order or 0))

    def localized_relations(self, name: str) -> list:
        """Guests or topics in the page's language where a translation exists, else as chosen."""
        items = list(getattr(self, name).all())
        if not items:
            return []
        model = type(items[0])
        translations = {
            item.translation_key: item
            for item in model.objects.filter(
                translation_key__in=[i.translation_key for i in items], locale_id=self.locale_id
            )
        }
        return [translations.get(item.translation_key, item) for item in items]

    def player_context(self, request) -> dict:
        """Everything the player, transcript and chapter list need, for the page and for embed/.

        A file in a collection with view restrictions plays only for requests the restriction admits;
        others get ``media_restricted`` and no player, transcript or chapter links."""
        media = self.media
        if media is not None and media.collection_id in restricted_collection_ids(request):
            return {
                "media": None,
                "transcripts": [],
                "default_transcript": None,
                "chapters": [],
                "media_url": "",
                "media_restricted": True,
            }
        transcripts = self.transcripts()
        chapters = self.chapter_list()
        return {
            "media": media,
            "transcripts": transcripts,
            "default_transcript": transcripts[0] if transcripts else None,
            "chapters": chapters,
            "media_url": media.url if media else "",
        }

    def chapters_document(self, request) -> dict:
        """This episode's chapters in the Podcasting 2.0 JSON chapters format."""
        items = []
        for chapter in self.chapter_list():
            image_url = ""
            if chapter.image_id:
                image_url = request.build_absolute_uri(
                    chapter.image.get_rendition("fill-600x600|format-jpeg").url
                )
            items.append(
                {
                    "startTime": chapter.start_seconds,
                    "title": chapter.title,
                    "url": chapter.url,
                    "img": image_url,
                }
            )
        return chapters_document(items)

    @path("chapters.json/", name="chapters")
    def chapters_json(self, request):
        response = JsonResponse(
            self.chapters_document(request),
            content_type="application/json+chapters",
            json_dumps_params={"ensure_ascii": False},
        )
        response["Access-Control-Allow-Origin"] = "*"
        return response

    @path("embed/", name="embed")
    @xframe_options_exempt
    def embed(self, request):
        """A minimal player other sites may show in an iframe; the only framable URL of the site."""
        response = self.render(
            request,
            template="media_library/episode_embed.html",
            context_overrides=self.player_context(request),
        )
        response["Content-Security-Policy"] = "frame-ancestors *"
        return response

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.player_context(request))
        context["show"] = self.show
        context["guests"] = self.localized_relations("guests")
        context["topics"] = self.localized_relations("topics")
        context["subscribe_links"] = self.show.subscribe_links(request)
        context["chapters_url"] = self.url + "chapters.json" if self.url else ""
        context["embed_url"] = self.get_full_url(request) + "embed/"
        return context


class EpisodeChapter(TranslatableMixin, Orderable):
    """A chapter of an episode: where it starts and its title (translated with the page)."""

    page = ParentalKey(EpisodePage, on_delete=models.CASCADE, related_name="chapters")
    start = models.DurationField(
        _("starts at"),
        help_text=_("Minutes and seconds from the beginning, such as 12:30 (or 1:02:03 with hours)."),
    )
    title = models.CharField(_("title"), max_length=255)
    url = models.URLField(
        _("link"), blank=True, help_text=_("Optional: a page about what this chapter discusses.")
    )
    image = models.ForeignKey(
        "media_library.CustomImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldRowPanel([FieldPanel("start"), FieldPanel("title")]),
        FieldRowPanel([FieldPanel("url"), FieldPanel("image")]),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("chapter")
        verbose_name_plural = _("chapters")
        ordering = ["sort_order"]

    def __str__(self) -> str:
        return f"{self.clock} {self.title}"

    @property
    def start_seconds(self) -> float:
        return round(self.start.total_seconds(), 3)

    @property
    def clock(self) -> str:
        return format_clock(self.start_seconds)
