"""The demo-content framework: apps add their part through the "seed_demo_content" Wagtail hook."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TextIO

from wagtail.models import Locale, Page


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
