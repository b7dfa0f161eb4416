"""Test pages for the search tests: plain StandardPages in a language, published or not."""

from __future__ import annotations

from wagtail.rich_text import RichText

from core.slugs import slugify_greek
from home.models import StandardPage


def add_page(parent, title: str, *, summary: str = "", body: str = "", publish: bool = True, **fields):
    """A StandardPage under ``parent`` (same locale) with a paragraph body; published unless told not to."""
    page = StandardPage(
        title=title,
        slug=fields.pop("slug", None) or slugify_greek(title)[:50],
        summary=summary,
        locale=parent.locale,
        body=[("paragraph", RichText(f"<p>{body}</p>"))] if body else [],
        live=publish,
        **fields,
    )
    parent.add_child(instance=page)
    if publish:
        page.save_revision().publish()
    else:
        page.save_revision()
    return page
