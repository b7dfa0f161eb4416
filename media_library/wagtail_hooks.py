"""Admin for the media listing, transcripts, the home page's latest episodes, the show/episode import kinds and the demo content."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.viewsets.model import ModelViewSet
from wagtailmedia.edit_handlers import MediaChooserPanel

from core.sections import HomeSection
from media_library import admin_views, feeds, seed
from media_library.forms import TranscriptForm
from media_library.importers import import_kinds
from media_library.models import EpisodePage, MediaTranscript, ShowPage
from media_library.models.episodes import with_show_titles
from media_library.services import give_episode_its_own_guid, give_show_its_own_podcast_guid

HOME_EPISODES = 4

hooks.register("websub_feed_urls", feeds.websub_feed_urls)


@hooks.register("register_admin_urls", order=-1)
def register_media_index():
    """Answer ``/admin/media/`` (wagtailmedia's index URL) ahead of wagtailmedia, adding the audio/video filter."""
    return [path("media/", admin_views.media_index, name="media_library_media_index")]


class TranscriptViewSet(ModelViewSet):
    model = MediaTranscript
    icon = "doc-full"
    menu_label = _("Transcripts")
    menu_order = 310
    add_to_admin_menu = True
    name = "transcripts"
    list_display = ["media", "language", "source_format", "updated_at"]
    list_filter = ["language"]
    search_fields = ["media__title", "label"]
    ordering = ["media__title", "language"]
    edit_handler = ObjectList(
        [MediaChooserPanel("media"), FieldPanel("language"), FieldPanel("label"), FieldPanel("upload")],
        base_form_class=TranscriptForm,
    )


@hooks.register("register_admin_viewset")
def register_transcript_viewset():
    return TranscriptViewSet()


@hooks.register("home_sections")
def latest_episodes_section(home, request):
    episodes = with_show_titles(
        EpisodePage.objects.descendant_of(home).released().for_listing()[:HOME_EPISODES]
    )
    if not episodes:
        return None
    return HomeSection(key="episodes", heading=_("Latest episodes"), items=episodes, order=20)


@hooks.register("after_convert_alias_page")
def alias_becomes_its_own_feed_item(request, page):
    # Wagtail converts with save(clean=False), which skips the pages' clean().
    specific = page.specific
    if isinstance(specific, EpisodePage):
        give_episode_its_own_guid(episode=specific)
    elif isinstance(specific, ShowPage):
        give_show_its_own_podcast_guid(show=specific)


hooks.register("seed_demo_content", seed.seed_shows, order=40)
hooks.register("register_import_kinds", import_kinds)
