"""Test pages for the search tests: plain StandardPages in a language, published or not."""

from __future__ import annotations

import json
import tempfile
from io import StringIO
from pathlib import Path

from django.core.management import call_command
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


def import_lines(lines: list[dict], *, publish: bool = True) -> None:
    """Import JSON Lines items with ``manage.py import_content`` (CONTRACTS §4)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "items.jsonl"
        path.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), "utf-8")
        arguments = [str(path), "--publish"] if publish else [str(path)]
        call_command("import_content", *arguments, stdout=StringIO(), stderr=StringIO())


def item(
    kind: str, key: str, title: str, *, locale: str = "el", summary: str = "", body: str = "", **extra
) -> dict:
    """One import line with sensible defaults."""
    return {
        "kind": kind,
        "locale": locale,
        "key": key,
        "title": title,
        "summary": summary or title,
        "body": body or f"<p>{summary or title}</p>",
        "published": extra.pop("published", "2026-03-01T10:00:00+02:00"),
        **extra,
    }
