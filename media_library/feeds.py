"""The podcast feed of a show (``<show url>feed/``): RSS 2.0 with the iTunes and Podcasting 2.0 tags."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Exists, Max, OuterRef, Prefetch, Sum
from django.http import HttpRequest, HttpResponse
from django.utils import translation
from django.utils.translation import gettext as _

from core.api import restricted_collection_ids
from core.feeds.archives import FeedHistory, feed_history
from core.feeds.conditional import FeedVersion, feed_response
from core.feeds.content import image_renditions, render_streams
from core.feeds.generator import RSS_CONTENT_TYPE, FeedSpec, new_feed, render
from core.feeds.podcastindex import Credit, Funding, Transcript
from core.feeds.selection import syndicated
from core.feeds.text import plain_text, truncate, xml_safe
from core.models import OrganisationDetails, Person
from media_library.models import EpisodeChapter, EpisodePage, MediaTranscript, ShowPage

# Apple: square, 1400 to 3000 px, JPEG or PNG. fill-… crops to a square and never enlarges.
ARTWORK_FILTER = "fill-3000x3000|format-jpeg|jpegquality-85"
ARTWORK_MIN_PX = 1400
PERSON_IMAGE_FILTER = "fill-400x400|format-jpeg"
DESCRIPTION_LIMIT = 4000
MEDIUMS = {"audio": "podcast", "video": "video"}
TRANSCRIPT_TYPE = "text/vtt"


def feed_episodes(show: ShowPage):
    """The episodes a show's feed may carry: live, public, published, unexpired, with a media file that
    podcast apps may download (not in a collection with view restrictions)."""
    return (
        syndicated(EpisodePage.objects.child_of(show))
        .filter(locale_id=show.locale_id, media__isnull=False)
        .exclude(media__collection__in=restricted_collection_ids(None))
    )


def podcast_feed_response(request: HttpRequest, *, show: ShowPage) -> HttpResponse:
    """The show's podcast feed, answered with 304 from two aggregate queries when the app has it."""
    episodes = feed_episodes(show)
    state = episodes.aggregate(
        count=Count("pk"),
        latest=Max("last_published_at"),
        newest_file=Max("media_id"),
        total_bytes=Sum("media__file_size"),
    )
    transcripts = MediaTranscript.objects.filter(media__in=episodes.values("media_id")).aggregate(
        count=Count("pk"), changed=Max("updated_at")
    )
    history = feed_history(request, state["count"])
    current_url = show.get_full_url(request) + "feed/"
    self_url = current_url if history.archive is None else f"{current_url}?archive={history.archive}"
    dates = (state["latest"], transcripts["changed"], show.last_published_at, show.first_published_at)
    updated = max(date for date in dates if date)
    language = show.locale.language_code
    version = FeedVersion(
        url=self_url,
        language=language,
        last_modified=updated,
        parts=(state["count"], state["newest_file"], state["total_bytes"], transcripts["count"]),
    )

    def build() -> bytes:
        spec = FeedSpec(
            format="rss",
            title=show.title,
            description=truncate(plain_text(show.description) or show.listing_summary, DESCRIPTION_LIMIT),
            language=language,
            page_url=show.get_full_url(request),
            self_url=self_url,
            current_url=current_url,
            updated=updated,
            history=history,
        )
        return build_podcast_feed(request, show=show, spec=spec, episodes=episodes, history=history)

    return feed_response(
        request,
        version=version,
        build=build,
        content_type=RSS_CONTENT_TYPE,
        self_url=self_url,
        archive=history.archive is not None,
    )


@dataclass(frozen=True)
class Pictures:
    """Rendition URLs looked up for a whole feed at once."""

    artwork: dict[int, str]
    people: dict[int, str]


def _pictures(request, show: ShowPage, items: list[EpisodePage], guests: dict[str, Person]) -> Pictures:
    artwork_ids = {show.artwork_id} | {
        episode.listing_image_id
        for episode in items
        if episode.listing_image_id
        and min(episode.listing_image.width, episode.listing_image.height) >= ARTWORK_MIN_PX
    }
    artwork = image_renditions(artwork_ids - {None}, ARTWORK_FILTER)
    people = image_renditions({person.photo_id for person in guests.values()} - {None}, PERSON_IMAGE_FILTER)
    return Pictures(
        artwork={
            pk: request.build_absolute_uri(rendition.url) for pk, (_image, rendition) in artwork.items()
        },
        people={pk: request.build_absolute_uri(rendition.url) for pk, (_image, rendition) in people.items()},
    )


def _localized_guests(items: list[EpisodePage], locale_id: int) -> dict[str, Person]:
    """Each guest's version in the show's language where one exists, keyed by translation key."""
    chosen = {person.translation_key: person for episode in items for person in episode.guests.all()}
    translated = Person.objects.filter(translation_key__in=chosen, locale_id=locale_id)
    return {**chosen, **{person.translation_key: person for person in translated}}


def build_podcast_feed(
    request: HttpRequest, *, show: ShowPage, spec: FeedSpec, episodes, history: FeedHistory
) -> bytes:
    """The feed document for the episodes in ``history``'s window; a fixed number of queries."""
    items = list(
        episodes.newest_first()
        .select_related("media", "listing_image")
        .annotate(has_chapters=Exists(EpisodeChapter.objects.filter(page=OuterRef("pk"))))
        .prefetch_related(
            Prefetch("media__transcripts", queryset=MediaTranscript.objects.order_by("language")),
            "guests",
        )[history.window]
    )
    guests = _localized_guests(items, show.locale_id)
    pictures = _pictures(request, show, items, guests)
    bodies = render_streams(
        [episode.body for episode in items], base_url=spec.page_url, locale_id=show.locale_id, request=request
    )
    feed = new_feed(spec, podcast=True)
    _describe_show(feed, request, show=show, spec=spec, artwork=pictures.artwork.get(show.artwork_id))
    for episode, body in zip(items, bodies, strict=True):
        _add_episode(
            feed,
            request,
            episode=episode,
            page_url=spec.page_url,
            language=spec.language,
            body=body,
            guests=guests,
            pictures=pictures,
        )
    return render(feed, "rss")


def _describe_show(feed, request, *, show: ShowPage, spec: FeedSpec, artwork: str | None) -> None:
    feed.podcast.itunes_author(xml_safe(show.author))
    owner_name, owner_email = show.owner_name, show.owner_email
    if not (owner_name and owner_email):
        organisation = OrganisationDetails.for_locale(show.locale)
        owner_name = owner_name or (organisation.name if organisation else show.author)
        owner_email = owner_email or (organisation.email if organisation else "")
    if owner_name and owner_email:
        feed.podcast.itunes_owner(name=xml_safe(owner_name), email=owner_email)
    category, subcategory = show.apple_category_parts
    feed.podcast.itunes_category({"cat": category, **({"sub": subcategory} if subcategory else {})})
    feed.podcast.itunes_type(show.show_type)
    feed.apple.itunes_explicit(show.explicit)
    if artwork:
        feed.apple.itunes_image(artwork)
        feed.image(url=artwork, title=xml_safe(show.title), link=spec.page_url)
    if show.copyright:
        feed.copyright(xml_safe(show.copyright))
    guid = show.get_podcast_guid(request)
    if guid:
        feed.podcastindex.podcast_guid(guid)
    feed.podcastindex.podcast_locked(show.podcast_locked, show.owner_email)
    feed.podcastindex.podcast_medium(MEDIUMS.get(show.medium, "podcast"))
    if show.funding_url:
        with translation.override(spec.language):
            text = show.funding_text or _("Support the show")
        feed.podcastindex.podcast_funding(Funding(url=show.funding_url, text=xml_safe(text)))


def _add_episode(
    feed,
    request,
    *,
    episode: EpisodePage,
    page_url: str,
    language: str,
    body: str,
    guests: dict,
    pictures: Pictures,
) -> None:
    media = episode.media
    # Episodes are children of the show: their address is the show's plus their slug (as Wagtail builds it).
    url = f"{page_url}{episode.slug}/"
    entry = feed.add_entry(order="append")
    entry.guid(episode.guid, permalink=False)
    entry.title(xml_safe(episode.title))
    entry.link(href=url)
    entry.pubDate(episode.first_published_at)
    size = media.file_size if media.file_size is not None else media.file.size
    entry.enclosure(
        request.build_absolute_uri(media.url), str(size), media.mime_type or "application/octet-stream"
    )
    entry.description(
        truncate(episode.listing_summary or plain_text(body), DESCRIPTION_LIMIT) or xml_safe(episode.title)
    )
    if body:
        entry.content(body)
    if media.duration:
        entry.podcast.itunes_duration(round(media.duration))
    if episode.season_number:
        entry.podcast.itunes_season(episode.season_number)
        entry.podcastindex.podcast_season(episode.season_number)
    if episode.episode_number:
        entry.podcast.itunes_episode(episode.episode_number)
        entry.podcastindex.podcast_episode(episode.episode_number)
    entry.podcast.itunes_episode_type(episode.episode_type)
    if image := pictures.artwork.get(episode.listing_image_id):
        entry.apple.itunes_image(image)
    # The show's own language first: apps that show one transcript take the first.
    for transcript in sorted(media.transcripts.all(), key=lambda t: (t.language != language, t.language)):
        entry.podcastindex.podcast_transcript(
            Transcript(
                url=request.build_absolute_uri(transcript.file.url),
                mime_type=TRANSCRIPT_TYPE,
                language=transcript.language,
                captions=True,
            )
        )
    if episode.has_chapters:
        # The contract address is <episode url>chapters.json (hub.urls hands it to the page route).
        entry.podcastindex.podcast_chapters(url + "chapters.json")
    for chosen in episode.guests.all():
        person = guests.get(chosen.translation_key, chosen)
        entry.podcastindex.podcast_person(
            Credit(
                name=xml_safe(person.name),
                href=person.website,
                img=pictures.people.get(person.photo_id, ""),
            )
        )


def websub_feed_urls(page) -> list[str]:
    """The podcast feed a published episode (or show) appears in, for the WebSub hub."""
    if isinstance(page, ShowPage):
        show = page
    elif isinstance(page, EpisodePage):
        show = page.get_parent().specific
    else:
        return []
    return [show.get_full_url() + "feed/"]
