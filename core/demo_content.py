"""Building blocks app seeds share: topics and people in both languages, and generated pictures."""

from __future__ import annotations

import hashlib
from io import BytesIO

from django.core.files.base import ContentFile
from PIL import Image, ImageDraw
from wagtail.images import get_image_model

from core.demo import SeedContext
from core.localize import translate_with_strings
from core.models import Person, Topic
from core.slugs import slugify_greek

SIZE = (1200, 675)
SHAPES = ("circle", "square", "triangle", "rings")


def _rgb(colour: str) -> tuple[int, int, int]:
    colour = colour.lstrip("#")
    return int(colour[0:2], 16), int(colour[2:4], 16), int(colour[4:6], 16)


def draw_picture(*, start: str, end: str, shape: str, size: tuple[int, int] = SIZE) -> bytes:
    """PNG bytes of a diagonal gradient from ``start`` to ``end`` with a pale ``shape`` on it."""
    width, height = size
    top, bottom = _rgb(start), _rgb(end)
    picture = Image.new("RGB", size)
    draw = ImageDraw.Draw(picture)
    for y in range(height):
        share = y / (height - 1)
        draw.line(
            [(0, y), (width, y)],
            fill=tuple(round(a + (b - a) * share) for a, b in zip(top, bottom, strict=True)),
        )
    pale = (255, 255, 255)
    cx, cy, r = width * 2 // 3, height // 2, height // 4
    if shape == "circle":
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=pale)
    elif shape == "square":
        draw.rectangle([cx - r, cy - r, cx + r, cy + r], fill=pale)
    elif shape == "triangle":
        draw.polygon([(cx, cy - r), (cx + r, cy + r), (cx - r, cy + r)], fill=pale)
    else:
        for ring in range(3):
            radius = r - ring * r // 3
            draw.ellipse([cx - radius, cy - radius, cx + radius, cy + radius], outline=pale, width=12)
    buffer = BytesIO()
    picture.save(buffer, format="PNG")
    return buffer.getvalue()


def demo_image(*, title: str, description: str, start: str, end: str, shape: str = "circle"):
    """The demo image with this title, drawn and saved on first use (so seeding twice reuses it)."""
    Image_ = get_image_model()
    existing = Image_.objects.filter(title=title).first()
    if existing is not None:
        return existing
    data = draw_picture(start=start, end=end, shape=shape)
    image = Image_(title=title, description=description, file_hash=hashlib.sha1(data).hexdigest())
    image.file.save(f"{slugify_greek(title) or 'demo'}.png", ContentFile(data), save=False)
    image.file_size = len(data)
    image.width, image.height = SIZE
    image.save()
    return image


def ensure_topic(
    context: SeedContext, *, name: str, name_en: str, description: str = "", description_en: str = ""
) -> Topic:
    """The Greek topic called ``name``, created with its English translation when missing."""
    topic = Topic.objects.filter(locale=context.el, slug=slugify_greek(name)).first()
    if topic is None:
        topic = Topic.objects.create(locale=context.el, name=name, description=description)
        context.count("topics", True)
    if not topic.has_translation(context.en):
        strings = {name: name_en, topic.slug: slugify_greek(name_en)}
        if description:
            strings[description] = description_en
        translate_with_strings(instance=topic, locale=context.en, strings=strings)
        context.count("topics", True)
    return topic


def ensure_person(context: SeedContext, *, name: str, role: str, name_en: str, role_en: str) -> Person:
    """The Greek person record for ``name``, created with its English translation when missing."""
    person = Person.objects.filter(locale=context.el, name=name).first()
    if person is None:
        person = Person.objects.create(locale=context.el, name=name, role=role)
        context.count("people", True)
    if not person.has_translation(context.en):
        translate_with_strings(instance=person, locale=context.en, strings={name: name_en, role: role_en})
        context.count("people", True)
    return person
