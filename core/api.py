"""Content API (Wagtail API v2) serialisation shared by every app: images with renditions, media files,
documents, topics, people and translations, as serializer fields and plain-dict builders."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import FieldDoesNotExist
from django.http import HttpRequest
from rest_framework import serializers
from wagtail.api.utils import get_full_url
from wagtail.models import Page

# Renditions every image carries in the API: cards and TV rows (16:9), phones, TV screens, artwork.
IMAGE_RENDITIONS = {
    "thumbnail": "fill-480x270",
    "medium": "max-1024x1024",
    "large": "max-1920x1080",
    "square": "fill-600x600",
}


def _request(context: dict | None) -> HttpRequest | None:
    return (context or {}).get("request")


def absolute_url(request: HttpRequest | None, url: str) -> str:
    """A URL apps can fetch: WAGTAILAPI_BASE_URL (else the site's root URL) in front of site paths."""
    return get_full_url(request, url) if url else url


def image_data(image, *, request: HttpRequest | None = None) -> dict[str, Any] | None:
    """An image with its alt text, caption, credit and the IMAGE_RENDITIONS, or None."""
    if image is None:
        return None
    try:
        renditions = image.get_renditions(*IMAGE_RENDITIONS.values())
    except OSError:  # SourceImageIOError: the original file is missing from storage
        sizes = {name: {"error": "SourceImageIOError"} for name in IMAGE_RENDITIONS}
    else:
        sizes = {
            name: {
                "url": absolute_url(request, renditions[spec].url),
                "width": renditions[spec].width,
                "height": renditions[spec].height,
            }
            for name, spec in IMAGE_RENDITIONS.items()
        }
    return {
        "id": image.pk,
        "title": image.title,
        "alt": image.default_alt_text,
        "caption": getattr(image, "caption", ""),
        "credit": getattr(image, "credit", ""),
        "width": image.width,
        "height": image.height,
        "renditions": sizes,
    }


def document_data(document, *, request: HttpRequest | None = None) -> dict[str, Any] | None:
    """A document's title, download URL, size in bytes and file extension, or None."""
    if document is None:
        return None
    return {
        "id": document.pk,
        "title": document.title,
        "url": absolute_url(request, document.url),
        "file_size": document.get_file_size(),
        "file_extension": document.file_extension,
    }


def restricted_collection_ids(request: HttpRequest | None) -> set[int]:
    """Collections this request may not view, by Wagtail's rule for its images and documents endpoints,
    worked out once per request; without a request, those an anonymous reader may not view."""
    # Imported here: wagtail.api.v2.utils loads models, and this module is imported while models load.
    from wagtail.api.v2.utils import get_restricted_collection_ids

    if request is None:
        request = HttpRequest()
        request.user, request.session = AnonymousUser(), {}
    if not hasattr(request, "_hub_restricted_collections"):
        request._hub_restricted_collections = set(get_restricted_collection_ids(request))
    return request._hub_restricted_collections


def media_data(media, *, request: HttpRequest | None = None) -> dict[str, Any] | None:
    """An audio or video file: URL, MIME type, size, duration (seconds), poster and transcripts; None
    when there is none or it lies in a collection the request may not view."""
    if media is None or media.collection_id in restricted_collection_ids(request):
        return None
    return {
        "id": media.pk,
        "title": media.title,
        "type": media.type,
        "url": absolute_url(request, media.url),
        "mime_type": getattr(media, "mime_type", "") or None,
        "file_size": getattr(media, "file_size", None),
        "duration": media.duration,
        "width": media.width,
        "height": media.height,
        "poster": image_data(getattr(media, "poster", None), request=request),
        "transcripts": transcripts_data(media, request=request),
    }


def transcripts_data(media, *, request: HttpRequest | None = None) -> list[dict[str, Any]]:
    """The WebVTT transcripts of a media file, one per language."""
    transcripts = getattr(media, "transcripts", None)
    if transcripts is None:
        return []
    return [
        {
            "language": transcript.language,
            "label": transcript.display_label,
            "url": absolute_url(request, transcript.file.url),
            "format": "text/vtt",
        }
        for transcript in transcripts.all()
    ]


class ImageField(serializers.Field):
    """An image foreign key as image_data(): renditions included, no second request needed."""

    def to_representation(self, image):
        return image_data(image, request=_request(self.context))


class ImageRenditionsField(serializers.Field):
    """The IMAGE_RENDITIONS of the image being serialised (use with source="*")."""

    def to_representation(self, image):
        return image_data(image, request=_request(self.context))["renditions"]


class MediaField(serializers.Field):
    """A media foreign key as media_data()."""

    def to_representation(self, media):
        return media_data(media, request=_request(self.context))


class MediaTranscriptsField(serializers.Field):
    """The transcripts of the media item being serialised (use with source="*")."""

    def to_representation(self, media):
        return transcripts_data(media, request=_request(self.context))


class TopicsField(serializers.Field):
    """A many-to-many of topics as [{"id", "name", "slug"}]."""

    def to_representation(self, topics):
        return [{"id": t.pk, "name": t.name, "slug": t.slug} for t in topics.all()]


class PeopleField(serializers.Field):
    """A many-to-many of people as [{"id", "name", "role", "photo"}]."""

    def to_representation(self, people):
        request = _request(self.context)
        return [
            {"id": p.pk, "name": p.name, "role": p.role, "photo": image_data(p.photo, request=request)}
            for p in people.all()
        ]


class TranslationsField(serializers.Field):
    """The live, public translations of a page (use with source="*"): [{"locale", "id", "title", "url"}].

    In a listing, the translations of every page listed are fetched together, on the first page.
    """

    def to_representation(self, page):
        found = self.context.setdefault("_hub_translations", {})
        if page.translation_key not in found:
            listing = getattr(getattr(self.parent, "parent", None), "instance", None)
            keys = {p.translation_key for p in (listing if listing is not None else [page])}
            keys.add(page.translation_key)
            for key in keys:
                found.setdefault(key, [])
            translations = (
                Page.objects.filter(translation_key__in=keys)
                .live()
                .public()
                .select_related("locale")
                .order_by("locale__language_code")
            )
            for translation in translations:
                found[translation.translation_key].append(translation)
        request = _request(self.context)
        return [
            {
                "locale": translation.locale.language_code,
                "id": translation.pk,
                "title": translation.title,
                "url": translation.get_full_url(request),
            }
            for translation in found[page.translation_key]
            if translation.pk != page.pk
        ]


class CategoryField(serializers.Field):
    """A foreign key to a named, slugged snippet (such as a guide category) as {"id", "name", "slug"}."""

    def to_representation(self, category):
        return {"id": category.pk, "name": category.name, "slug": category.slug}


class ChaptersField(serializers.Field):
    """An episode's chapters (use with source="*"): [{"start" (seconds), "title", "url", "image"}]."""

    def to_representation(self, page):
        request = _request(self.context)
        return [
            {
                "start": chapter.start_seconds,
                "title": chapter.title,
                "url": chapter.url,
                "image": image_data(chapter.image, request=request),
            }
            for chapter in page.chapter_list()
        ]


class PageRouteURLField(serializers.Field):
    """The absolute URL of one of a page's routes, such as its feed (use with source="*")."""

    def __init__(self, route: str, **kwargs):
        self.route = route
        super().__init__(**kwargs)

    def to_representation(self, page):
        url = page.get_full_url(_request(self.context))
        return url + self.route if url else None


def prefetch_api_relations(queryset, model):
    """The queryset with what ``model.api_fields`` serialise fetched up front (and, one level down, what
    the related models' own api_fields serialise): a listing of one page type then costs a number of
    queries that does not grow with the number of pages."""
    # Wagtail's own listing fields read each page's locale.
    select = ["locale"] if any(f.name == "locale" for f in model._meta.get_fields()) else []
    prefetch = []
    for field in _api_relations(model):
        if field.many_to_one or field.one_to_one:
            select.append(field.name)
            for nested in _api_relations(field.related_model):
                target = select if nested.many_to_one or nested.one_to_one else prefetch
                target.append(f"{field.name}__{nested.name}")
        else:
            prefetch.append(field.name)
    return queryset.select_related(*select).prefetch_related(*prefetch)


def _api_relations(model) -> list:
    """The relation fields among a model's api_fields."""
    relations = []
    for api_field in getattr(model, "api_fields", ()):
        try:
            field = model._meta.get_field(api_field.name)
        except FieldDoesNotExist:
            continue
        if field.is_relation:
            relations.append(field)
    return relations
