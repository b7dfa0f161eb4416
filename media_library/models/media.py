"""Audio and video files (wagtailmedia's custom media model) and their transcripts."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import FileExtensionValidator
from django.db import models
from django.utils.translation import get_language_info, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.api import APIField
from wagtailmedia.models import AbstractMedia

from core.api import ImageField, MediaTranscriptsField
from media_library.formats import FORMATS
from media_library.transcripts import Cue, format_clock


def language_choices() -> list[tuple[str, str]]:
    return [(code, name) for code, name in settings.LANGUAGES]


class MediaAsset(AbstractMedia):
    """An audio or video file editors upload once and reuse; size, type, length and checksum are read from it."""

    file_size = models.PositiveBigIntegerField(_("file size (bytes)"), null=True, editable=False)
    mime_type = models.CharField(_("MIME type"), max_length=100, blank=True, editable=False)
    checksum = models.CharField(_("SHA-256 checksum"), max_length=64, blank=True, editable=False)
    poster = models.ForeignKey(
        "media_library.CustomImage",
        verbose_name=_("poster image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("For video: the still shown before playback starts."),
    )

    admin_form_fields = ("title", "file", "collection", "poster", "tags")

    # /api/v2/media/<id>/ adds these to wagtailmedia's own fields (title, type, width, height, download_url).
    api_fields = [
        APIField("duration"),
        APIField("file_size"),
        APIField("mime_type"),
        APIField("poster", serializer=ImageField()),
        APIField("transcripts", serializer=MediaTranscriptsField(source="*")),
    ]

    class Meta(AbstractMedia.Meta):
        verbose_name = _("media file")
        verbose_name_plural = _("media files")

    @property
    def format_label(self) -> str:
        """A short name for the file's format ("MP3", "WebM")."""
        for media_format in FORMATS.values():
            if media_format.mime_type == self.mime_type:
                return media_format.label
        return self.file_extension.upper()

    @property
    def duration_label(self) -> str:
        """The length as a clock ("4:05", "1:02:03"), or "" when it could not be read."""
        return format_clock(self.duration) if self.duration else ""

    @property
    def sources(self) -> list[dict]:
        return [{"src": self.url, "type": self.mime_type or "application/octet-stream"}]

    @property
    def is_video(self) -> bool:
        return self.type == "video"


class MediaTranscript(models.Model):
    """A transcript of a media file in one language, stored as WebVTT for the player's captions."""

    media = models.ForeignKey(
        MediaAsset,
        verbose_name=_("media file"),
        on_delete=models.CASCADE,
        related_name="transcripts",
    )
    language = models.CharField(
        _("language"),
        max_length=10,
        choices=language_choices,
        help_text=_("The language of the words in the transcript (not of the page)."),
    )
    label = models.CharField(
        _("label"),
        max_length=60,
        blank=True,
        help_text=_("Shown in the player's captions menu. Leave empty to use the language's name."),
    )
    file = models.FileField(
        _("WebVTT file"),
        upload_to="transcripts",
        editable=False,
        validators=[FileExtensionValidator(["vtt"])],
    )
    source_format = models.CharField(
        _("uploaded format"),
        max_length=3,
        choices=[("vtt", "WebVTT"), ("srt", pgettext_lazy("subtitle format", "SubRip (SRT)"))],
        editable=False,
    )
    cues = models.JSONField(_("cues"), default=list, editable=False)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("transcript")
        verbose_name_plural = _("transcripts")
        ordering = ["media_id", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["media", "language"], name="media_library_one_transcript_per_language"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.media} ({self.language})"

    @property
    def display_label(self) -> str:
        return self.label or get_language_info(self.language)["name_translated"]

    @property
    def cue_list(self) -> list[Cue]:
        return [Cue(**cue) for cue in self.cues]
