"""Home page sections contributed by content apps through the "home_sections" Wagtail hook."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from wagtail import hooks


@dataclass(frozen=True)
class HomeSection:
    """A titled list of cards on the home page (latest news, latest episodes, featured guides)."""

    key: str
    heading: str
    items: Sequence
    order: int = 100
    more_url: str = ""
    more_label: str = ""


def home_sections(home, request) -> list[HomeSection]:
    """Every registered section for this home page, non-empty ones only, in order.

    A hook is a callable ``fn(home, request) -> HomeSection | None``, registered with
    ``@hooks.register("home_sections")`` in an app's ``wagtail_hooks.py``.
    """
    sections = [fn(home, request) for fn in hooks.get_hooks("home_sections")]
    return sorted((s for s in sections if s is not None and s.items), key=lambda s: (s.order, s.key))
