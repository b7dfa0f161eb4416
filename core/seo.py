"""Sharing and search-engine metadata for content pages: OpenGraph/Twitter values and JSON-LD."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from core.models import OrganisationDetails

SOCIAL_IMAGE_SPEC = "fill-1200x630|format-jpeg"
OG_LOCALES = {"el": "el_GR", "en": "en_GB"}
# Characters that could end the <script> element or open an HTML comment inside it.
JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@dataclass(frozen=True)
class SocialImage:
    """An absolute image URL with its size and alternative text, for og:image and twitter:image."""

    url: str
    width: int
    height: int
    alt: str = ""


@dataclass(frozen=True)
class SocialMeta:
    """The values templates/components/social_meta.html renders as OpenGraph and Twitter tags."""

    title: str
    description: str
    url: str
    type: str = "website"
    locale: str = ""
    alternate_locales: tuple[str, ...] = ()
    site_name: str = ""
    image: SocialImage | None = None
    published: datetime | None = None
    modified: datetime | None = None
    tags: tuple[str, ...] = field(default_factory=tuple)

    @property
    def twitter_card(self) -> str:
        return "summary_large_image" if self.image else "summary"


def social_image(image, request, *, alt: str = "") -> SocialImage | None:
    """A 1200×630 JPEG rendition of ``image`` with an absolute URL, or None without an image."""
    if image is None:
        return None
    rendition = image.get_rendition(SOCIAL_IMAGE_SPEC)
    return SocialImage(
        url=request.build_absolute_uri(rendition.url),
        width=rendition.width,
        height=rendition.height,
        alt=alt or getattr(image, "default_alt_text", "") or "",
    )


def og_locale(language_code: str) -> str:
    return OG_LOCALES.get(language_code, language_code)


def publisher(locale, request) -> dict:
    """The organisation as a schema.org Organization."""
    details = OrganisationDetails.for_locale(locale)
    name = details.name if details else settings.WAGTAIL_SITE_NAME
    return {"@type": "Organization", "name": name, "url": request.build_absolute_uri("/")}


def iso(value: date | datetime | None) -> str | None:
    """ISO 8601; datetimes in the site's time zone, so dates read as they do on the page."""
    if isinstance(value, datetime):
        return timezone.localtime(value).isoformat()
    return value.isoformat() if value else None


def json_ld_script(data: dict) -> SafeString:
    """``data`` as a ``<script type="application/ld+json">`` element that cannot break out of itself."""
    payload = json.dumps(
        {key: value for key, value in data.items() if value not in (None, "", [])},
        cls=DjangoJSONEncoder,
        ensure_ascii=False,
    ).translate(JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))
