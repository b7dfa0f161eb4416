"""Media models: the custom image model and the audio/video asset model (wagtailmedia)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtailmedia.models import AbstractMedia


class CustomImage(AbstractImage):
    """An image with a caption and a credit line, used everywhere on the site."""

    caption = models.CharField(_("caption"), max_length=255, blank=True)
    credit = models.CharField(
        _("credit"),
        max_length=255,
        blank=True,
        help_text=_("Photographer or source, shown under the image."),
    )

    admin_form_fields = (*Image.admin_form_fields, "caption", "credit")

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")


class CustomRendition(AbstractRendition):
    """A resized version of a CustomImage."""

    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class MediaAsset(AbstractMedia):
    """An audio or video file editors upload once and reuse in episodes and articles."""

    file_size = models.PositiveBigIntegerField(_("file size (bytes)"), null=True, editable=False)
    mime_type = models.CharField(_("MIME type"), max_length=100, blank=True, editable=False)
    checksum = models.CharField(_("SHA-256 checksum"), max_length=64, blank=True, editable=False)
    poster = models.ForeignKey(
        CustomImage,
        verbose_name=_("poster image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("For video: the still shown before playback starts."),
    )

    admin_form_fields = ("title", "file", "collection", "poster", "tags")

    class Meta(AbstractMedia.Meta):
        verbose_name = _("media file")
        verbose_name_plural = _("media files")
