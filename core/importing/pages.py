"""PageImportKind: lines that become pages (slug from key, drafts unless --publish, idempotent updates)."""

from __future__ import annotations

from typing import Any

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.files import File
from django.db import models
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Locale, Page
from wagtail.utils.file import hash_filelike

from core.importing.html import html_to_blocks
from core.importing.items import ImportContext, ImportItem
from core.importing.kinds import ImportKind, Outcome
from core.models import Topic
from core.slugs import slugify_greek

TOPIC_NAME_MAX_LENGTH = Topic._meta.get_field("name").max_length


class PageImportKind(ImportKind):
    """A kind whose lines become pages of ``page_model`` under the page ``get_parent`` gives."""

    # Subclasses set page_model and implement get_parent; they extend fill() for their own fields
    # (and snapshot() with the same values, which is what makes re-imports idempotent).

    page_model: str = ""
    body_field: str = "body"
    # The child relation that files the page under topics, and the topic foreign key on it.
    topics_relation: str = "topic_links"
    topic_link_field: str = "topic"
    image_fields: tuple[str, ...] = ("listing_image",)

    def model(self) -> type[Page]:
        return apps.get_model(self.page_model)

    def get_parent(self, item: ImportItem, context: ImportContext, *, create: bool) -> Page | None:
        """The page new pages of this item go under; ``create=False`` must not write anything."""
        raise NotImplementedError(f"{type(self).__name__} must implement get_parent()")

    def parent_errors(self, item: ImportItem, context: ImportContext) -> list[str]:
        """Why no parent page can be found or made for this item (empty when one can)."""
        return []

    # Validation

    def validate(self, item: ImportItem, context: ImportContext) -> list[str]:
        messages = self.parent_errors(item, context)
        messages.extend(self._length_errors(item))
        messages.extend(self._topic_errors(item))
        if item.translation_of:
            messages.extend(self._translation_errors(item, context))
        if not messages:
            messages.extend(self._slug_errors(item, context))
        return messages

    def _length_errors(self, item: ImportItem) -> list[str]:
        model = self.model()
        messages = []
        for name in ("title", "summary"):
            max_length = model._meta.get_field(name).max_length
            if max_length and isinstance(item.get(name), str) and len(item.get(name)) > max_length:
                messages.append(f"field '{name}' is longer than {max_length} characters")
        return messages

    def _topic_errors(self, item: ImportItem) -> list[str]:
        if not self.topics_relation and item.get("topics"):
            return [f"a {self.kind} has no topics"]
        messages = []
        for name in item.topics:
            if len(name) > TOPIC_NAME_MAX_LENGTH:
                messages.append(
                    f"topic name '{name[:40]}…' is longer than {TOPIC_NAME_MAX_LENGTH} characters"
                )
            elif not slugify_greek(name):
                messages.append(f"topic name '{name}' has no letters or digits")
        return messages

    def _translation_errors(self, item: ImportItem, context: ImportContext) -> list[str]:
        key = item.translation_of
        if key == item.key:
            return ["an item cannot be a translation of itself"]
        in_file = context.items_by_key.get(key)
        if in_file is not None:
            if in_file.kind != item.kind:
                return [f"translation_of '{key}' is a {in_file.kind}, not a {item.kind}"]
            if in_file.locale_code == item.locale_code:
                return [f"translation_of '{key}' is in the same locale ({item.locale_code})"]
            if in_file.translation_of:
                return [f"translation_of '{key}' is itself a translation; name the original instead"]
            return []
        locale = context.locale(item.locale_code)
        if self.find_original(key, exclude_locale=locale) is None:
            return [
                f"unknown translation_of '{key}': no {item.kind} with that key in this file or on the site"
            ]
        return []

    def _slug_errors(self, item: ImportItem, context: ImportContext) -> list[str]:
        parent = self.get_parent(item, context, create=False)
        if parent is None:
            return []
        own_type = ContentType.objects.get_for_model(self.model())
        taken = parent.get_children().filter(slug=item.key).exclude(content_type=own_type)
        if taken.exists():
            return [f"key '{item.key}' is already the address of another kind of page under '{parent.title}'"]
        return []

    # Import

    def find_original(self, key: str, *, exclude_locale: Locale | None) -> Page | None:
        """The page (of this kind, in another locale) that ``translation_of: key`` refers to."""
        candidates = self.model().objects.filter(slug=key).select_related("locale")
        if exclude_locale is not None:
            candidates = candidates.exclude(locale=exclude_locale)
        default = Locale.get_default()
        return min(candidates, key=lambda page: (page.locale_id != default.pk, page.pk), default=None)

    def find_existing(self, item: ImportItem, locale: Locale, original: Page | None) -> Page | None:
        """The page an earlier import of this key made: by slug, else the original's translation."""
        pages = self.model().objects.filter(locale=locale)
        existing = pages.filter(slug=item.key).first()
        if existing is None and original is not None:
            existing = pages.filter(translation_key=original.translation_key).first()
        return existing

    def import_item(self, item: ImportItem, context: ImportContext) -> Outcome:
        locale = context.locale(item.locale_code)
        original = (
            self.find_original(item.translation_of, exclude_locale=locale) if item.translation_of else None
        )
        existing = self.find_existing(item, locale, original)
        if existing is None:
            return self._create(item, context, locale, original)
        return self._update(item, context, existing, original)

    def _create(
        self, item: ImportItem, context: ImportContext, locale: Locale, original: Page | None
    ) -> Outcome:
        page = self.model()(locale=locale, live=False)
        if original is not None:
            page.translation_key = original.translation_key
        self.fill(page, item, context)
        page.first_published_at = item.published
        self.get_parent(item, context, create=True).add_child(instance=page)
        revision = page.save_revision()
        if context.publish:
            revision.publish()
        return Outcome.CREATED

    def _update(
        self, item: ImportItem, context: ImportContext, existing: Page, original: Page | None
    ) -> Outcome:
        existing = existing.specific
        page = existing.get_latest_revision_as_object()
        before = self.snapshot(page)
        self.fill(page, item, context)
        content_changed = self.snapshot(page) != before

        row_changes: dict[str, Any] = {}
        if existing.first_published_at != item.published:
            row_changes["first_published_at"] = item.published
        if original is not None and existing.translation_key != original.translation_key:
            clash = Page.objects.filter(locale=existing.locale, translation_key=original.translation_key)
            if clash.exclude(pk=existing.pk).exists():
                raise ValueError(
                    f"'{item.translation_of}' already has another translation in {item.locale_code}"
                )
            row_changes["translation_key"] = original.translation_key
        if row_changes:
            # Wagtail keeps these on the page row, not in revisions; publishing preserves them.
            Page.objects.filter(pk=existing.pk).update(**row_changes)
            for name, value in row_changes.items():
                setattr(page, name, value)

        if content_changed:
            revision = page.save_revision()
            if context.publish:
                revision.publish()
            return Outcome.UPDATED
        if context.publish and (not existing.live or existing.has_unpublished_changes):
            existing.get_latest_revision().publish()
            return Outcome.UPDATED
        return Outcome.UPDATED if row_changes else Outcome.UNCHANGED

    def fill(self, page: Page, item: ImportItem, context: ImportContext) -> None:
        """Copy the item's values onto the page (in memory; the caller saves)."""
        page.title = item.get("title").strip()
        page.slug = item.key
        page.summary = item.get("summary", "").strip()
        setattr(
            page, self.body_field, [{"type": t, "value": v} for t, v in html_to_blocks(item.get("body", ""))]
        )
        if self.topics_relation:
            self.set_topics(page, self.resolve_topics(item, context))
        if item.get("image"):
            image = self.import_image(item, context)
            for name in self.image_fields:
                setattr(page, name, image)

    def snapshot(self, page: Page) -> dict[str, Any]:
        """The values ``fill`` sets, in a comparable form: equal snapshots mean nothing to save."""
        body = getattr(page, self.body_field)
        return {
            "title": page.title,
            "slug": page.slug,
            "summary": page.summary,
            "body": [(block["type"], block["value"]) for block in body.raw_data],
            "topics": self.topic_ids(page),
            **{name: getattr(page, f"{name}_id") for name in self.image_fields},
        }

    def topic_ids(self, page: Page) -> list[int]:
        if not self.topics_relation:
            return []
        return [
            getattr(link, f"{self.topic_link_field}_id") for link in getattr(page, self.topics_relation).all()
        ]

    def set_topics(self, page: Page, topics: list[Topic]) -> None:
        if self.topic_ids(page) == [topic.pk for topic in topics]:
            return
        link_model = page._meta.get_field(self.topics_relation).related_model
        setattr(
            page,
            self.topics_relation,
            [link_model(**{self.topic_link_field: topic}) for topic in topics],
        )

    def resolve_topics(self, item: ImportItem, context: ImportContext) -> list[Topic]:
        """The item's topics in its locale, by name; missing ones are created."""
        locale = context.locale(item.locale_code)
        topics: list[Topic] = []
        for name in item.topics:
            slug = slugify_greek(name)[: Topic._meta.get_field("slug").max_length]
            cache_key = ("topic", locale.pk, slug)
            if cache_key not in context.cache:
                topic = Topic.objects.filter(locale=locale, slug=slug).first()
                if topic is None:
                    topic = Topic.objects.create(locale=locale, name=name, slug=slug)
                context.cache[cache_key] = topic
            if context.cache[cache_key] not in topics:
                topics.append(context.cache[cache_key])
        return topics

    def import_image(self, item: ImportItem, context: ImportContext) -> models.Model:
        """The image at the item's ``image`` path; the same file imported twice is one image."""
        path = context.resolve_path(item.get("image"))
        cache_key = ("image", str(path))
        if cache_key not in context.cache:
            Image = get_image_model()
            with path.open("rb") as handle:
                file_hash = hash_filelike(handle)
                image = Image.objects.filter(file_hash=file_hash).first()
                if image is None:
                    handle.seek(0)
                    image = Image(title=item.get("title").strip()[:255], file_hash=file_hash)
                    image.file.save(path.name, File(handle), save=False)
                    image.file_size = image.file.size
                    with PILImage.open(path) as picture:
                        image.width, image.height = picture.size
                    image.save()
            context.cache[cache_key] = image
        return context.cache[cache_key]
