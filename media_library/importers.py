"""The "show" and "episode" kinds of import_content (CONTRACTS §4): shows under the Radio/TV section of
their medium, episodes under their show, with media files and transcripts read from local paths."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.files import File
from PIL import Image, UnidentifiedImageError
from wagtail.models import Page

from core.importing import ImportContext, ImportItem, Outcome, PageImportKind, sanitise_html
from core.importing.run import readable_file_errors
from core.models import OrganisationDetails
from core.pages import home_page_for
from media_library.formats import MediaProblem
from media_library.models import MediaAsset, MediaTranscript, ShowIndexPage, ShowPage
from media_library.models.shows import ARTWORK_MAX_PX, ARTWORK_MIN_PX
from media_library.services import (
    assign_podcast_guid,
    attach_transcript,
    ensure_show_index,
    inspect_media_file,
    max_upload_bytes,
    prepare_transcript,
    save_media_asset,
)
from media_library.transcripts import TranscriptProblem

MEDIUMS = ("audio", "video")


class ShowImport(PageImportKind):
    """An imported show: ``body`` is its description, ``image`` its square artwork."""

    kind = "show"
    page_model = "media_library.ShowPage"
    import_order = -10
    topics_relation = ""
    image_fields = ("artwork", "listing_image")

    def validate(self, item: ImportItem, context: ImportContext) -> list[str]:
        if item.get("medium") not in MEDIUMS:
            return [f"field 'medium' must be one of: {', '.join(MEDIUMS)}"]
        messages = super().validate(item, context)
        if item.get("image") and not messages:
            messages.extend(self._artwork_errors(item, context))
        return messages

    def _artwork_errors(self, item: ImportItem, context: ImportContext) -> list[str]:
        try:
            with Image.open(context.resolve_path(item.get("image"))) as picture:
                width, height = picture.size
        except (UnidentifiedImageError, OSError):
            return []  # the framework reports unreadable images
        if width != height or not ARTWORK_MIN_PX <= width <= ARTWORK_MAX_PX:
            return [
                f"show artwork must be square, {ARTWORK_MIN_PX} to {ARTWORK_MAX_PX} pixels a side "
                f"(this image is {width}×{height})"
            ]
        return []

    def parent_errors(self, item: ImportItem, context: ImportContext) -> list[str]:
        locale = context.locale(item.locale_code)
        if self.get_parent(item, context, create=False) is not None:
            return []
        if context.remember(("home", locale.pk), lambda: home_page_for(locale)) is None:
            return [
                f"no {item.get('medium')} section and no home page in '{item.locale_code}' to put the show under"
            ]
        return []

    def get_parent(self, item: ImportItem, context: ImportContext, *, create: bool) -> Page | None:
        locale, medium = context.locale(item.locale_code), item.get("medium")
        if not create:
            return context.remember(
                ("show index", locale.pk, medium),
                lambda: ShowIndexPage.objects.filter(locale=locale, medium=medium).order_by("path").first(),
            )
        return context.remember(
            ("show index ready", locale.pk, medium),
            lambda: ensure_show_index(locale=locale, medium=medium, publish=context.publish),
        )

    def fill(self, page: Page, item: ImportItem, context: ImportContext) -> None:
        page.title = item.get("title").strip()
        page.slug = item.key
        page.summary = item.get("summary", "").strip()
        page.description = sanitise_html(item.get("body", "")).strip()
        page.medium = item.get("medium")
        if not page.author:
            page.author = _organisation_name(context.locale(item.locale_code))
        if item.get("image"):
            image = self.import_image(item, context)
            for name in self.image_fields:
                setattr(page, name, image)

    def snapshot(self, page: Page) -> dict[str, Any]:
        return {
            "title": page.title,
            "slug": page.slug,
            "summary": page.summary,
            "description": page.description,
            "medium": page.medium,
            "author": page.author,
            **{name: getattr(page, f"{name}_id") for name in self.image_fields},
        }

    def import_item(self, item: ImportItem, context: ImportContext) -> Outcome:
        outcome = super().import_item(item, context)
        if context.publish:
            show = ShowPage.objects.get(locale=context.locale(item.locale_code), slug=item.key)
            assign_podcast_guid(show=show)
        return outcome


class EpisodeImport(PageImportKind):
    """An imported episode: its media file is checked like an upload; its transcript is in its language."""

    kind = "episode"
    page_model = "media_library.EpisodePage"
    import_order = 10
    topics_relation = "topics"

    def validate(self, item: ImportItem, context: ImportContext) -> list[str]:
        messages = self._show_errors(item, context)
        if messages:
            return messages
        messages = super().validate(item, context)
        if item.get("media") is not None:
            messages.extend(self._media_errors(item, context))
        if item.get("transcript") is not None:
            messages.extend(self._transcript_errors(item, context))
        return messages

    def _show_errors(self, item: ImportItem, context: ImportContext) -> list[str]:
        key = item.get("show")
        if not isinstance(key, str) or not key:
            return ["missing field 'show' (the key of the episode's show)"]
        in_file = context.items_by_key.get(key)
        if in_file is not None:
            if in_file.kind != "show":
                return [f"show '{key}' is a {in_file.kind}, not a show"]
            if in_file.locale_code != item.locale_code:
                return [f"show '{key}' is in '{in_file.locale_code}', not '{item.locale_code}'"]
            return []
        if self._show_on_site(item, context) is None:
            return [
                f"unknown show '{key}': no show with that key in '{item.locale_code}' in this file or on the site"
            ]
        return []

    def _show_on_site(self, item: ImportItem, context: ImportContext) -> ShowPage | None:
        locale = context.locale(item.locale_code)
        key = item.get("show")
        return context.remember(
            ("show", locale.pk, key), lambda: ShowPage.objects.filter(locale=locale, slug=key).first()
        )

    def _media_errors(self, item: ImportItem, context: ImportContext) -> list[str]:
        errors = readable_file_errors(item, "media", context)
        if errors:
            return errors
        path = context.resolve_path(item.get("media"))
        try:
            with path.open("rb") as handle:
                inspect_media_file(
                    file=File(handle, name=path.name), filename=path.name, max_bytes=max_upload_bytes()
                )
        except MediaProblem as problem:
            return [f"media file '{item.get('media')}': {problem}"]
        return []

    def _transcript_errors(self, item: ImportItem, context: ImportContext) -> list[str]:
        errors = readable_file_errors(item, "transcript", context)
        if errors:
            return errors
        if not item.get("media") and not item.translation_of:
            return [
                "a transcript needs the episode's media file ('media'), or 'translation_of' an episode with one"
            ]
        path = context.resolve_path(item.get("transcript"))
        try:
            prepare_transcript(data=path.read_bytes(), filename=path.name)
        except TranscriptProblem as problem:
            return [f"transcript file '{item.get('transcript')}': {problem}"]
        return []

    def parent_errors(self, item: ImportItem, context: ImportContext) -> list[str]:
        return []

    def get_parent(self, item: ImportItem, context: ImportContext, *, create: bool) -> Page | None:
        # Shows import first (import_order), so by the time episodes are written the show exists.
        return self._show_on_site(item, context) if not create else self._fresh_show(item, context)

    def _fresh_show(self, item: ImportItem, context: ImportContext) -> ShowPage:
        return ShowPage.objects.get(locale=context.locale(item.locale_code), slug=item.get("show"))

    def fill(self, page: Page, item: ImportItem, context: ImportContext) -> None:
        super().fill(page, item, context)
        if item.get("media"):
            page.media = self.import_media(item, context)
        elif page.media_id is None and item.translation_of:
            original = self.find_original(
                item.translation_of, exclude_locale=context.locale(item.locale_code)
            )
            page.media = original.specific.media if original is not None else None

    def snapshot(self, page: Page) -> dict[str, Any]:
        return {**super().snapshot(page), "media": page.media_id}

    def topic_ids(self, page: Page) -> list[int]:
        return [topic.pk for topic in page.topics.all()]

    def set_topics(self, page: Page, topics: list) -> None:
        if self.topic_ids(page) != [topic.pk for topic in topics]:
            page.topics = topics

    def import_media(self, item: ImportItem, context: ImportContext) -> MediaAsset:
        """The media file at the item's path; the same content imported twice is one asset."""
        path = context.resolve_path(item.get("media"))

        def load() -> MediaAsset:
            with path.open("rb") as handle:
                file = File(handle, name=path.name)
                facts = inspect_media_file(file=file, filename=path.name)
                existing = MediaAsset.objects.filter(checksum=facts.checksum).first()
                if existing is not None:
                    return existing
                return save_media_asset(title=item.get("title").strip()[:255], file=file, filename=path.name)

        return context.remember(("media", str(path)), load)

    def import_item(self, item: ImportItem, context: ImportContext) -> Outcome:
        outcome = super().import_item(item, context)
        if item.get("transcript"):
            page = self.model().objects.get(locale=context.locale(item.locale_code), slug=item.key)
            media = page.get_latest_revision_as_object().media
            if (
                media is not None
                and self.import_transcript(item, context, media)
                and outcome == Outcome.UNCHANGED
            ):
                outcome = Outcome.UPDATED
        return outcome

    def import_transcript(self, item: ImportItem, context: ImportContext, media: MediaAsset) -> bool:
        """Attach the transcript in the item's language; False when the same cues are already there."""
        path = context.resolve_path(item.get("transcript"))
        data = path.read_bytes()
        prepared = prepare_transcript(data=data, filename=path.name)
        current = MediaTranscript.objects.filter(media=media, language=item.locale_code).first()
        if current is not None and current.cues == [cue.as_dict() for cue in prepared.cues]:
            return False
        attach_transcript(media=media, language=item.locale_code, data=data, filename=path.name)
        return True


def _organisation_name(locale) -> str:
    details = OrganisationDetails.for_locale(locale)
    if details is not None:
        return details.short_name or details.name
    return settings.WAGTAIL_SITE_NAME


def import_kinds() -> list:
    return [ShowImport(), EpisodeImport()]
