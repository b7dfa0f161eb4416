"""Building shows, episodes and media files for the media_library tests (real generated files)."""

from __future__ import annotations

from datetime import timedelta
from io import BytesIO

from django.core.files.base import ContentFile
from PIL import Image
from wagtail.images import get_image_model

from media_library.models import EpisodeChapter, EpisodePage, MediaAsset, ShowIndexPage, ShowPage
from media_library.services import attach_transcript, save_media_asset
from media_library.synthetic import silent_mp3, title_card_webm

GREEK_VTT = (
    "WEBVTT\n\n"
    "00:00.000 --> 00:01.000\n<v Ελένη>Καλησπέρα σας.\n\n"
    "00:01.000 --> 00:02.000\nΣήμερα μιλάμε για συνεταιρισμούς.\n"
).encode()


def artwork(width: int = 1400, height: int | None = None):
    """A saved image of the given size (square unless ``height`` differs)."""
    buffer = BytesIO()
    Image.new("RGB", (width, height or width), (10, 20, 30)).save(buffer, "PNG")
    return get_image_model().objects.create(
        title=f"artwork {width}", file=ContentFile(buffer.getvalue(), name="art.png")
    )


def mp3_asset(title: str = "Επεισόδιο", seconds: float = 2.0) -> MediaAsset:
    return save_media_asset(
        title=title, file=ContentFile(silent_mp3(seconds), name="ep.mp3"), filename="ep.mp3"
    )


def webm_asset(title: str = "Βίντεο", seconds: float = 2.0) -> MediaAsset:
    return save_media_asset(
        title=title, file=ContentFile(title_card_webm(seconds=seconds), name="ep.webm"), filename="ep.webm"
    )


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def show_index(
    home, *, slug: str = "radiofono", medium: str = "audio", title: str = "Ραδιόφωνο"
) -> ShowIndexPage:
    return publish(home.add_child(instance=ShowIndexPage(title=title, slug=slug, medium=medium)))


def show(index, *, slug: str = "fones", title: str = "Φωνές", **fields) -> ShowPage:
    fields.setdefault("description", "<p>Μια εκπομπή.</p>")
    fields.setdefault("author", "ΠΕΣΚΟ")
    return publish(index.add_child(instance=ShowPage(title=title, slug=slug, medium=index.medium, **fields)))


def episode(
    show_page, *, slug: str, title: str | None = None, media=None, chapters=(), publish_now=True, **fields
):
    page = EpisodePage(title=title or slug, slug=slug, media=media, live=publish_now, **fields)
    page.chapters = [EpisodeChapter(start=timedelta(seconds=s), title=t) for s, t in chapters]
    page = show_page.add_child(instance=page)
    return publish(page) if publish_now else page


def transcript(media, language: str = "el", data: bytes = GREEK_VTT, filename: str = "t.vtt"):
    return attach_transcript(media=media, language=language, data=data, filename=filename)
