"""The Radio and TV sections (ShowIndexPage) and the shows in them (ShowPage)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField

from core.api import ImageField, PageRouteURLField
from core.models import BasePage
from core.pagination import paginate
from core.search_fields import AnalysedSearchField
from media_library.models.episodes import EpisodePage, with_show_titles
from media_library.podcasting import apple_category_choices, split_category

ARTWORK_MIN_PX, ARTWORK_MAX_PX = 1400, 3000


class Medium(models.TextChoices):
    AUDIO = "audio", _("Radio (audio)")
    VIDEO = "video", _("TV (video)")


class ShowType(models.TextChoices):
    EPISODIC = "episodic", _("Episodic: newest first")
    SERIAL = "serial", _("Serial: listen in order")


class ShowIndexPage(BasePage):
    """The "Radio" or the "TV" section of one language; lists its shows and their newest episodes."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["media_library.ShowPage"]

    medium = models.CharField(
        _("medium"),
        max_length=5,
        choices=Medium.choices,
        default=Medium.AUDIO,
        help_text=_(
            "Radio shows are audio, TV shows are video. Imports put each show under the matching section."
        ),
    )
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*BasePage.content_panels, FieldPanel("medium"), FieldPanel("intro")]

    search_fields = [*BasePage.search_fields, AnalysedSearchField("intro")]

    api_fields = [*BasePage.api_fields, APIField("medium"), APIField("intro")]

    class Meta:
        verbose_name = _("shows section")
        verbose_name_plural = _("shows sections")

    def shows(self):
        return (
            ShowPage.objects.child_of(self)
            .published()
            .select_related("artwork")
            .defer_streamfields()
            .order_by("title")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["shows"] = self.shows()
        context["latest_episodes"] = with_show_titles(
            EpisodePage.objects.descendant_of(self).released().for_listing()[:6]
        )
        return context


class ShowPage(RoutablePageMixin, BasePage):
    """A radio or TV show: its artwork, podcast details and episodes; its podcast feed lives at feed/."""

    parent_page_types = ["media_library.ShowIndexPage"]
    subpage_types = ["media_library.EpisodePage"]

    description = RichTextField(
        _("description"),
        features=["bold", "italic", "link", "ul", "ol"],
        help_text=_("What the show is about; podcast apps show it on the show's page."),
    )
    artwork = models.ForeignKey(
        "media_library.CustomImage",
        verbose_name=_("artwork"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Square JPEG or PNG, 1400 to 3000 pixels on each side (podcast directories require it)."),
    )
    medium = models.CharField(_("medium"), max_length=5, choices=Medium.choices, default=Medium.AUDIO)
    apple_category = models.CharField(
        _("podcast category"),
        max_length=80,
        choices=apple_category_choices(),
        default="Business > Non-Profit",
        help_text=_("The category from Apple Podcasts' list that podcast apps file the show under."),
    )
    explicit = models.BooleanField(
        _("explicit content"),
        default=False,
        help_text=_("Tick if episodes contain language or content unsuitable for children."),
    )
    show_type = models.CharField(
        _("show type"), max_length=8, choices=ShowType.choices, default=ShowType.EPISODIC
    )
    author = models.CharField(
        _("author"), max_length=255, help_text=_("Who makes the show, as podcast apps display it.")
    )
    owner_name = models.CharField(_("owner name"), max_length=255, blank=True)
    owner_email = models.EmailField(
        _("owner email"),
        blank=True,
        help_text=_("Podcast directories send verification emails here. Not shown on the site."),
    )
    copyright = models.CharField(_("copyright"), max_length=255, blank=True)
    funding_url = models.URLField(
        _("support link"), blank=True, help_text=_("A page where listeners can support the show.")
    )
    funding_text = models.CharField(
        _("support link text"), max_length=128, blank=True, help_text=_("For example “Support our work”.")
    )
    podcast_locked = models.BooleanField(
        _("locked feed"),
        default=False,
        help_text=_(
            "Tick to tell podcast platforms that the feed must not be imported elsewhere without the owner."
        ),
    )
    podcast_guid = models.CharField(
        _("podcast GUID"),
        max_length=36,
        blank=True,
        editable=False,
        help_text=_("Assigned once, from the feed's first address; it stays when the address changes."),
    )
    apple_podcasts_url = models.URLField(_("Apple Podcasts link"), blank=True)
    spotify_url = models.URLField(_("Spotify link"), blank=True)
    antennapod_url = models.URLField(_("AntennaPod link"), blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("description"),
        FieldPanel("artwork"),
        FieldRowPanel([FieldPanel("medium"), FieldPanel("show_type")]),
        MultiFieldPanel(
            [
                FieldPanel("author"),
                FieldRowPanel([FieldPanel("owner_name"), FieldPanel("owner_email")]),
                FieldPanel("copyright"),
                FieldPanel("apple_category"),
                FieldRowPanel([FieldPanel("explicit"), FieldPanel("podcast_locked")]),
                FieldRowPanel([FieldPanel("funding_url"), FieldPanel("funding_text")]),
            ],
            heading=_("Podcast"),
        ),
        MultiFieldPanel(
            [FieldPanel("apple_podcasts_url"), FieldPanel("spotify_url"), FieldPanel("antennapod_url")],
            heading=_("Subscribe links"),
        ),
    ]

    search_fields = [
        *BasePage.search_fields,
        AnalysedSearchField("description"),
        AnalysedSearchField("author"),
    ]

    api_fields = [
        *BasePage.api_fields,
        APIField("description"),
        APIField("artwork", serializer=ImageField()),
        APIField("medium"),
        APIField("show_type"),
        APIField("author"),
        APIField("explicit"),
        APIField("copyright"),
        APIField("funding_url"),
        APIField("funding_text"),
        APIField("podcast_guid"),
        APIField("feed_url", serializer=PageRouteURLField("feed/", source="*")),
        APIField("apple_podcasts_url"),
        APIField("spotify_url"),
        APIField("antennapod_url"),
    ]

    exclude_fields_in_copy = ["podcast_guid"]

    class Meta:
        verbose_name = _("show")
        verbose_name_plural = _("shows")

    def clean(self):
        super().clean()
        if self.alias_of_id is None and self.shares_podcast_guid_with_an_earlier_show():
            # A former alias has its own feed address now; its GUID is assigned afresh from it.
            self.podcast_guid = ""
        artwork = self.artwork
        if artwork is not None:
            width, height = artwork.width, artwork.height
            if width != height or not ARTWORK_MIN_PX <= width <= ARTWORK_MAX_PX:
                raise ValidationError(
                    {
                        "artwork": _(
                            "The artwork must be square, between %(min)d and %(max)d pixels on each side; "
                            "this image is %(width)d × %(height)d."
                        )
                        % {"min": ARTWORK_MIN_PX, "max": ARTWORK_MAX_PX, "width": width, "height": height}
                    }
                )

    def with_content_json(self, content):
        """The stored GUID wins over the one a revision captured before it was assigned."""
        page = super().with_content_json(content)
        page.podcast_guid = self.podcast_guid
        return page

    def shares_podcast_guid_with_an_earlier_show(self) -> bool:
        if not self.podcast_guid:
            return False
        earlier = ShowPage.objects.filter(podcast_guid=self.podcast_guid, alias_of__isnull=True)
        if self.pk is not None:
            earlier = earlier.filter(pk__lt=self.pk)
        return earlier.exists()

    @property
    def apple_category_parts(self) -> tuple[str, str | None]:
        return split_category(self.apple_category)

    def feed_url(self, request=None) -> str:
        """The absolute address of the show's podcast feed (``<show url>feed/``)."""
        return self.get_full_url(request) + "feed/"

    def get_podcast_guid(self, request=None) -> str:
        """The stored podcast GUID; derived from the feed address and stored the first time it is needed."""
        if not self.podcast_guid:
            from media_library.services import assign_podcast_guid

            assign_podcast_guid(show=self, request=request)
        return self.podcast_guid

    def episodes(self):
        return EpisodePage.objects.child_of(self).released().for_listing()

    def subscribe_links(self, request=None) -> list[tuple[str, str]]:
        """(label, URL) of the feed and of each podcast directory the show is listed in."""
        links = [(_("RSS feed"), self.feed_url(request))]
        for label, url in [
            ("Apple Podcasts", self.apple_podcasts_url),
            ("Spotify", self.spotify_url),
            ("AntennaPod", self.antennapod_url),
        ]:
            if url:
                links.append((label, url))
        return links

    @path("feed/", name="feed")
    def feed_route(self, request):
        # media_library.feeds imports the models, hence the import here.
        from media_library.feeds import podcast_feed_response

        return podcast_feed_response(request, show=self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["episodes"] = paginate(request, self.episodes(), per_page=12)
        context["subscribe_links"] = self.subscribe_links(request)
        return context
