"""The demo-content framework: apps add their part through the "seed_demo_content" Wagtail hook."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TextIO

from wagtail.models import Locale, Page

from core.localize import translate_with_strings


@dataclass
class SeedContext:
    """What every seeding step receives: the two locales, the two home pages, and a tally."""

    stdout: TextIO
    el: Locale
    en: Locale
    home_el: Page | None = None
    home_en: Page | None = None
    created: dict[str, int] = field(default_factory=dict)

    def count(self, label: str, created: bool) -> None:
        if created:
            self.created[label] = self.created.get(label, 0) + 1

    def locale(self, code: str) -> Locale:
        return self.el if code == "el" else self.en

    def home(self, code: str) -> Page:
        return self.home_el if code == "el" else self.home_en

    def section(
        self, model: type[Page], *, fields: dict, english: dict[str, str], lookup: dict | None = None
    ):
        """A published section (an index page in the menu) under the Greek home, with its English
        translation (``english``: Greek string → English); made once, found by ``lookup`` afterwards."""
        index = model.objects.child_of(self.home_el).filter(**(lookup or {})).first()
        if index is None:
            index = self.home_el.add_child(instance=model(show_in_menus=True, **fields))
            index.save_revision().publish()
            self.count("pages", True)
        if not index.has_translation(self.en):
            translate_with_strings(instance=index, locale=self.en, strings=english)
            self.count("pages", True)
        return index
