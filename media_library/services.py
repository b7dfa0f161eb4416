"""Write-side jobs for media: checking and storing uploads, transcripts, podcast GUIDs."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass

from django.conf import settings
from django.core.files import File
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Locale

from core.pages import ensure_index_page
from core.slugs import slugify_greek
from media_library.formats import MediaProblem, probe
from media_library.models import MediaAsset, MediaTranscript, ShowIndexPage, ShowPage
from media_library.podcasting import new_item_guid, podcast_guid
from media_library.transcripts import Cue, TranscriptProblem, parse_transcript, to_webvtt

MB = 1024 * 1024
TRANSCRIPT_EXTENSIONS = ("vtt", "srt")


@dataclass(frozen=True)
class MediaFacts:
    """What an accepted upload is, read from its content."""

    kind: str
    mime_type: str
    format_label: str
    size: int
    checksum: str
    duration: float
    width: int | None
    height: int | None


def max_upload_bytes() -> int:
    return settings.MEDIA_MAX_UPLOAD_MB * MB


def _megabytes(size: int) -> str:
    return f"{size / MB:.1f}"


def inspect_media_file(*, file: File, filename: str, max_bytes: int | None = None) -> MediaFacts:
    """Check an audio/video file by its content and measure it; raise MediaProblem (editor-readable) if refused."""
    size = file.size
    if max_bytes is not None and size > max_bytes:
        raise MediaProblem(
            _("The file is %(size)s MB; the largest file accepted is %(limit)s MB.")
            % {"size": _megabytes(size), "limit": _megabytes(max_bytes).removesuffix(".0")}
        )
    path = file.temporary_file_path() if hasattr(file, "temporary_file_path") else None
    result = probe(file, path=path)
    extension = os.path.splitext(filename)[1].lower().lstrip(".")
    if extension not in result.format.extensions:
        raise MediaProblem(
            _(
                "The file is named “.%(extension)s” but contains %(format)s. Rename it to end in "
                "“.%(expected)s” if that is right, or export it again."
            )
            % {"extension": extension, "format": result.format.label, "expected": result.format.extensions[0]}
        )
    digest = hashlib.sha256()
    for chunk in file.chunks():
        digest.update(chunk)
    file.seek(0)
    return MediaFacts(
        kind=result.format.kind,
        mime_type=result.format.mime_type,
        format_label=result.format.label,
        size=size,
        checksum=digest.hexdigest(),
        duration=round(result.duration, 3),
        width=result.width,
        height=result.height,
    )


def apply_media_facts(*, asset: MediaAsset, facts: MediaFacts) -> None:
    """Copy measured facts onto the asset (not saved): its type follows the content, not the upload button."""
    asset.type = facts.kind
    asset.mime_type = facts.mime_type
    asset.file_size = facts.size
    asset.checksum = facts.checksum
    asset.duration = facts.duration
    asset.width = facts.width
    asset.height = facts.height


@transaction.atomic
def save_media_asset(
    *,
    title: str,
    file: File,
    filename: str,
    asset: MediaAsset | None = None,
    collection=None,
    user=None,
    poster=None,
) -> MediaAsset:
    """Create a media asset, or replace its file when the content changed; the old file is deleted."""
    facts = inspect_media_file(file=file, filename=filename, max_bytes=max_upload_bytes())
    asset = asset or MediaAsset(uploaded_by_user=user)
    asset.title = title
    if collection is not None:
        asset.collection = collection
    if poster is not None:
        asset.poster = poster
    old_name = asset.file.name if asset.pk else ""
    if asset.pk and asset.checksum == facts.checksum:
        asset.save()
        return asset
    apply_media_facts(asset=asset, facts=facts)
    asset.file.save(os.path.basename(filename), file, save=False)
    asset.full_clean()
    asset.save()
    if old_name and old_name != asset.file.name:
        transaction.on_commit(lambda: asset.file.storage.delete(old_name))
    return asset


@dataclass(frozen=True)
class PreparedTranscript:
    """A checked transcript: its WebVTT text (SRT converted) and its cues."""

    source_format: str
    webvtt: str
    cues: list[Cue]


def prepare_transcript(*, data: bytes, filename: str) -> PreparedTranscript:
    """Read and check a WebVTT or SRT transcript; raise TranscriptProblem (editor-readable) if it is refused."""
    extension = os.path.splitext(filename)[1].lower().lstrip(".")
    if extension not in TRANSCRIPT_EXTENSIONS:
        raise TranscriptProblem(_("Upload the transcript as a WebVTT (.vtt) or SubRip (.srt) file."))
    source_format, text, cues = parse_transcript(data)
    webvtt = text if source_format == "vtt" else to_webvtt(cues)
    return PreparedTranscript(source_format=source_format, webvtt=webvtt, cues=cues)


def save_transcript(*, transcript: MediaTranscript, prepared: PreparedTranscript | None) -> MediaTranscript:
    """Store a transcript; a new file replaces the old one, which is deleted once the change is committed."""
    with transaction.atomic():
        old_name = transcript.file.name if transcript.pk else ""
        if prepared is not None:
            name = f"{slugify_greek(transcript.media.title)[:60] or 'media'}.{transcript.language}.vtt"
            transcript.file.save(name, ContentFile(prepared.webvtt.encode("utf-8")), save=False)
            transcript.source_format = prepared.source_format
            transcript.cues = [cue.as_dict() for cue in prepared.cues]
        transcript.save()
        if old_name and old_name != transcript.file.name:
            storage = transcript.file.storage
            transaction.on_commit(lambda: storage.delete(old_name))
    return transcript


def attach_transcript(
    *, media: MediaAsset, language: str, data: bytes, filename: str, label: str = ""
) -> MediaTranscript:
    """Add or replace the media file's transcript in ``language`` (seed and import)."""
    prepared = prepare_transcript(data=data, filename=filename)
    transcript = MediaTranscript.objects.filter(media=media, language=language).first()
    transcript = transcript or MediaTranscript(media=media, language=language)
    transcript.label = label or transcript.label
    return save_transcript(transcript=transcript, prepared=prepared)


def give_episode_its_own_guid(*, episode) -> str:
    """A fresh GUID for an episode that stopped being an alias but still carries its original's."""
    if episode.alias_of_id is None and episode.shares_guid_with_an_earlier_episode():
        episode.guid = new_item_guid()
        type(episode).objects.filter(pk=episode.pk).update(guid=episode.guid)
    return episode.guid


def give_show_its_own_podcast_guid(*, show: ShowPage) -> str:
    """Clear the podcast GUID a former alias copied from its original; the next feed assigns its own."""
    if show.alias_of_id is None and show.shares_podcast_guid_with_an_earlier_show():
        show.podcast_guid = ""
        ShowPage.objects.filter(pk=show.pk).update(podcast_guid="")
    return assign_podcast_guid(show=show)


def assign_podcast_guid(*, show: ShowPage, request=None) -> str:
    """Give a live show its podcast:guid from its feed address, once; later address changes keep it."""
    if show.podcast_guid:
        return show.podcast_guid
    if not show.live:
        return ""
    url = show.get_full_url(request)
    if not url:
        return ""
    ShowPage.objects.filter(pk=show.pk, podcast_guid="").update(podcast_guid=podcast_guid(url + "feed/"))
    show.podcast_guid = ShowPage.objects.values_list("podcast_guid", flat=True).get(pk=show.pk)
    return show.podcast_guid


# language code → medium → (title, slug) of a new Radio/TV section.
SHOW_INDEX_TITLES = {
    "el": {"audio": ("Ραδιόφωνο", "radiofono"), "video": ("Τηλεόραση", "tileorasi")},
    "en": {"audio": ("Radio", "radio"), "video": ("TV", "tv")},
}


def ensure_show_index(*, locale: Locale, medium: str, publish: bool) -> ShowIndexPage:
    """The language's Radio or TV section, created under its home page when missing."""
    titles = {code: by_medium[medium] for code, by_medium in SHOW_INDEX_TITLES.items()}
    return ensure_index_page(
        model=ShowIndexPage,
        locale=locale,
        titles=titles,
        publish=publish,
        kind={"medium": medium},
        defaults={"show_in_menus": True},
    )
