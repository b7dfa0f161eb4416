"""Imported body HTML: sanitised to the tags CONTRACTS §4 allows, then split into StreamField blocks."""

from __future__ import annotations

import nh3
from lxml import etree
from lxml import html as lxml_html

ALLOWED_TAGS = frozenset({"p", "h2", "h3", "ul", "ol", "li", "a", "strong", "em"})
ALLOWED_URL_SCHEMES = frozenset({"http", "https", "mailto"})
HEADING_TAGS = frozenset({"h2", "h3"})
# Wagtail's rich text stores bold and italic as <b> and <i> (what Draftail writes back).
RICH_TEXT_TAGS = {"strong": "b", "em": "i"}
BLOCK_TAGS = frozenset({"p", "ul", "ol"})


def sanitise_html(html: str) -> str:
    """``html`` with every tag, attribute and URL scheme outside the allowed set removed."""
    return nh3.clean(
        html or "",
        tags=set(ALLOWED_TAGS),
        attributes={"*": set(), "a": {"href"}},
        url_schemes=set(ALLOWED_URL_SCHEMES),
        link_rel=None,
        strip_comments=True,
    )


def html_to_blocks(html: str) -> list[tuple[str, object]]:
    """Sanitised ``html`` as stream data: top-level h2/h3 become heading blocks, the rest paragraph blocks."""
    # Headings as blocks give guides their table of contents; text between two headings is one block.
    cleaned = sanitise_html(html).strip()
    if not cleaned:
        return []
    blocks: list[tuple[str, object]] = []
    pending: list[str] = []
    loose: list[str] = []

    def flush_loose() -> None:
        text = "".join(loose).strip()
        loose.clear()
        if text:
            pending.append(f"<p>{text}</p>")

    def flush_paragraph() -> None:
        flush_loose()
        if pending:
            blocks.append(("paragraph", "".join(pending)))
            pending.clear()

    for fragment in lxml_html.fragments_fromstring(cleaned):
        if isinstance(fragment, str):
            loose.append(_escape_text(fragment))
            continue
        _normalise_inline(fragment)
        tail, fragment.tail = fragment.tail, None
        if fragment.tag in HEADING_TAGS:
            flush_paragraph()
            text = " ".join(fragment.text_content().split())
            if text:
                blocks.append(("heading", {"text": text[:200], "level": fragment.tag}))
        elif fragment.tag in BLOCK_TAGS:
            flush_loose()
            if fragment.text_content().strip():
                pending.append(_serialise(fragment))
        elif fragment.tag == "li":
            flush_loose()
            pending.append(f"<ul>{_serialise(fragment)}</ul>")
        elif fragment.tag == "a" and not fragment.get("href"):
            loose.append(_escape_text(fragment.text_content()))
        else:
            loose.append(_serialise(fragment))
        if tail and tail.strip():
            loose.append(_escape_text(tail))
    flush_paragraph()
    return blocks


def _normalise_inline(element) -> None:
    """Rename strong/em to Wagtail's b/i and unwrap links whose address the sanitiser removed."""
    for child in list(element.iterdescendants()):
        if child.tag in RICH_TEXT_TAGS:
            child.tag = RICH_TEXT_TAGS[child.tag]
        elif child.tag == "a" and not child.get("href"):
            child.drop_tag()
    if element.tag in RICH_TEXT_TAGS:
        element.tag = RICH_TEXT_TAGS[element.tag]


def _serialise(element) -> str:
    return etree.tostring(element, encoding="unicode", method="html", with_tail=False)


def _escape_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
