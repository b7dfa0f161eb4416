"""Demo Radio and TV: two sections per language, three shows, ten episodes with real media files."""

from __future__ import annotations

import hashlib
from datetime import timedelta

from django.core.files.base import ContentFile
from wagtail.images import get_image_model
from wagtail.models import Page

from core.demo import SeedContext
from core.demo_content import ensure_person, ensure_topic
from core.localize import translate_with_strings
from core.slugs import slugify_greek
from media_library.demo_content import (
    EPISODE_SECONDS,
    PEOPLE,
    SECTIONS,
    SHOWS,
    TOPICS,
    DemoEpisode,
    DemoSection,
    DemoShow,
)
from media_library.models import (
    EpisodeChapter,
    EpisodePage,
    MediaAsset,
    MediaTranscript,
    ShowIndexPage,
    ShowPage,
)
from media_library.services import assign_podcast_guid, attach_transcript, save_media_asset
from media_library.synthetic import poster_jpeg, silent_mp3, square_artwork, title_card_webm
from media_library.transcripts import Cue, to_webvtt

OWNER_EMAIL = "pesko.info@gmail.com"


def seed_shows(context: SeedContext) -> None:
    """Create the demo Radio/TV sections, shows and episodes (Greek, with English translations); idempotent."""
    topics = {name: ensure_topic(context, name=name, name_en=name_en) for name, name_en in TOPICS.items()}
    people = {
        name: ensure_person(context, name=name, role=role, name_en=name_en, role_en=role_en)
        for name, (role, name_en, role_en) in PEOPLE.items()
    }
    for section in SECTIONS:
        index = _section(context, section)
        for show in SHOWS:
            if show.medium == section.medium:
                _show(context, index, show, topics, people)


def _publish(page: Page) -> None:
    page.save_revision().publish()


def _section(context: SeedContext, demo: DemoSection) -> ShowIndexPage:
    fields = {"title": demo.title, "slug": demo.slug, "summary": demo.summary, "intro": demo.intro}
    return context.section(
        ShowIndexPage, fields={**fields, "medium": demo.medium}, english=demo.en, lookup={"slug": demo.slug}
    )


def _image(*, title: str, data: bytes, filename: str):
    image_model = get_image_model()
    image = image_model.objects.filter(title=title).first()
    if image is None:
        # Passing the file to the constructor lets the image field read its width and height.
        image = image_model(
            title=title,
            file=ContentFile(data, name=filename),
            file_hash=hashlib.sha1(data).hexdigest(),
            file_size=len(data),
        )
        image.save()
    return image


def _show(context: SeedContext, index: ShowIndexPage, demo: DemoShow, topics: dict, people: dict) -> None:
    show = ShowPage.objects.child_of(index).filter(slug=demo.slug).first()
    if show is None:
        artwork = _image(
            title=f"Εξώφυλλο: {demo.title}",
            data=square_artwork(title=demo.slug.split("-")[0].upper(), colour=demo.colour),
            filename=f"{demo.slug}-artwork.png",
        )
        show = index.add_child(
            instance=ShowPage(
                title=demo.title,
                slug=demo.slug,
                summary=demo.summary,
                description=demo.description,
                author=demo.author,
                owner_name=demo.author,
                owner_email=OWNER_EMAIL,
                medium=demo.medium,
                apple_category=demo.apple_category,
                artwork=artwork,
                listing_image=artwork,
                first_published_at=demo.episodes[0].published,
            )
        )
        _publish(show)
        context.count("pages", True)
    assign_podcast_guid(show=show)
    episodes = [_episode(context, show, demo, episode, topics, people) for episode in demo.episodes]
    if demo.en is None:
        return
    if not show.has_translation(context.en):
        translate_with_strings(instance=show, locale=context.en, strings=demo.en)
        context.count("pages", True)
    assign_podcast_guid(show=show.get_translation(context.en))
    for page, episode in zip(episodes, demo.episodes, strict=True):
        _translate_episode(context, page, episode)


def _webvtt(lines: list[tuple[float, float, str]], speaker: str) -> bytes:
    return to_webvtt(
        [Cue(start=start, end=end, text=text, speaker=speaker) for start, end, text in lines]
    ).encode()


def _media(demo: DemoShow, episode: DemoEpisode) -> MediaAsset:
    title = f"{demo.title}: {episode.title}"
    asset = MediaAsset.objects.filter(title=title).first()
    if asset is None:
        if demo.medium == "video":
            label = f"PESKO TV {episode.number}"
            data, filename = title_card_webm(label=label, seconds=EPISODE_SECONDS), f"{episode.slug}.webm"
            poster = _image(
                title=f"Αφίσα: {episode.title}", data=poster_jpeg(label=label), filename=f"{episode.slug}.jpg"
            )
        else:
            data, filename, poster = silent_mp3(EPISODE_SECONDS), f"{episode.slug}.mp3", None
        asset = save_media_asset(
            title=title, file=ContentFile(data, name=filename), filename=filename, poster=poster
        )
    if not MediaTranscript.objects.filter(media=asset, language="el").exists():
        attach_transcript(
            media=asset,
            language="el",
            data=_webvtt(episode.transcript, episode.speaker),
            filename=f"{episode.slug}.el.vtt",
        )
    return asset


def _episode(
    context: SeedContext, show: ShowPage, demo: DemoShow, episode: DemoEpisode, topics: dict, people: dict
) -> EpisodePage:
    page = EpisodePage.objects.child_of(show).filter(slug=episode.slug).first()
    if page is not None:
        return page
    page = EpisodePage(
        title=episode.title,
        slug=episode.slug,
        summary=episode.summary,
        body=[("paragraph", episode.notes)],
        media=_media(demo, episode),
        season_number=1,
        episode_number=episode.number or None,
        episode_type=episode.episode_type,
        first_published_at=episode.published,
    )
    page.chapters = [
        EpisodeChapter(start=timedelta(seconds=start), title=title) for start, title in episode.chapters
    ]
    page.topics = [topics[name] for name in episode.topics]
    page.guests = [people[name] for name in episode.guests]
    page = show.add_child(instance=page)
    _publish(page)
    context.count("pages", True)
    return page


def _translate_episode(context: SeedContext, page: EpisodePage, episode: DemoEpisode) -> None:
    if episode.en is None:
        return
    strings = {source: target for source, target in episode.en.items() if source != "transcript"}
    if not MediaTranscript.objects.filter(media=page.media, language="en").exists():
        attach_transcript(
            media=page.media,
            language="en",
            data=_webvtt(episode.en["transcript"], ""),
            filename=f"{slugify_greek(episode.slug)}.en.vtt",
        )
    if page.has_translation(context.en):
        return
    translated = translate_with_strings(instance=page, locale=context.en, strings=strings, publish=False)
    translated.topics = [topic.get_translation(context.en) for topic in page.topics.all()]
    translated.guests = [person.get_translation(context.en) for person in page.guests.all()]
    translated.save()
    _publish(translated)
    EpisodePage.objects.filter(pk=translated.pk).update(first_published_at=episode.published)
    context.count("pages", True)
