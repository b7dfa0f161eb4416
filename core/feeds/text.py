"""Text that is safe to put in a feed: XML-legal characters, bounded length, absolute links in HTML."""

from __future__ import annotations

import re
from urllib.parse import urljoin

import lxml.html
from lxml import etree

# XML 1.0 allows tab, newline, carriage return and everything from U+0020 except the surrogates and
# U+FFFE/U+FFFF; lxml refuses to serialise the rest (NUL, form feed, escape codes from pasted text…).
XML_ILLEGAL = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

ELLIPSIS = "…"

URL_ATTRIBUTES = ("href", "src", "poster", "cite", "data")
BLOCK_TAGS = frozenset(
    {"p", "div", "li", "br", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "figure", "figcaption"}
)


def xml_safe(text: object) -> str:
    """``text`` as a string without the characters XML 1.0 forbids."""
    if text is None:
        return ""
    return XML_ILLEGAL.sub("", str(text))


def truncate(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, at a word boundary where one is near, with an ellipsis."""
    text = xml_safe(text).strip()
    if len(text) <= limit:
        return text
    cut = text[: limit - len(ELLIPSIS)]
    space = cut.rfind(" ")
    if space > limit * 0.8:
        cut = cut[:space]
    return cut.rstrip(" ,.;:·") + ELLIPSIS


def plain_text(html: str) -> str:
    """The readable text of an HTML fragment, whitespace collapsed."""
    html = xml_safe(html)
    if not html.strip():
        return ""
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    for element in root.iter(*BLOCK_TAGS):
        # Paragraphs end in a space, so "<p>one</p><p>two</p>" reads "one two", not "onetwo".
        element.tail = " " + (element.tail or "")
    return " ".join(root.text_content().split())


def absolute_html(html: str, base_url: str) -> str:
    """An HTML fragment with every relative link and media source resolved against ``base_url``."""
    html = xml_safe(html)
    if not html.strip():
        return ""
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    for element in root.iter(etree.Element):
        for attribute in URL_ATTRIBUTES:
            value = element.get(attribute)
            if value is not None and not value.startswith("#"):
                element.set(attribute, urljoin(base_url, value.strip()))
        srcset = element.get("srcset")
        if srcset:
            element.set("srcset", _absolute_srcset(srcset, base_url))
    inner = [xml_safe(root.text or "").replace("&", "&amp;").replace("<", "&lt;")]
    inner += [etree.tostring(child, encoding="unicode", method="html") for child in root]
    return "".join(inner)


def _absolute_srcset(srcset: str, base_url: str) -> str:
    candidates = []
    for candidate in srcset.split(","):
        parts = candidate.strip().split(maxsplit=1)
        if parts:
            parts[0] = urljoin(base_url, parts[0])
            candidates.append(" ".join(parts))
    return ", ".join(candidates)
