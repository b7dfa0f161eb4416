"""The site's custom image model and its renditions."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.api import APIField
from wagtail.images.models import AbstractImage, AbstractRendition, Image

from core.api import ImageRenditionsField


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

    # /api/v2/images/<id>/: the renditions apps use, so they need not build rendition URLs themselves.
    api_fields = [
        APIField("default_alt_text"),
        APIField("caption"),
        APIField("credit"),
        APIField("renditions", serializer=ImageRenditionsField(source="*")),
    ]

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")


class CustomRendition(AbstractRendition):
    """A resized version of a CustomImage."""

    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
