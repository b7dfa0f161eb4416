"""feedgen extension for the links feedgen's RSS output drops: WebSub hub and RFC 5005 history."""

from __future__ import annotations

from dataclasses import dataclass

from feedgen.ext.base import BaseExtension
from feedgen.util import xml_elem

from core.feeds.text import xml_safe

ATOM_NS = "http://www.w3.org/2005/Atom"
HISTORY_NS = "http://purl.org/syndication/history/1.0"


@dataclass(frozen=True)
class FeedLink:
    """A link relation of a feed document (``hub``, ``next``, ``prev-archive``…)."""

    rel: str
    href: str


class FeedLinksExtension(BaseExtension):
    """Writes ``atom:link`` elements (RSS) or ``link`` elements (Atom), plus fh:complete / fh:archive."""

    def __init__(self):
        self._links: list[FeedLink] = []
        self._complete = False
        self._archive = False

    def extend_ns(self):
        return {"atom": ATOM_NS, "fh": HISTORY_NS}

    def extend_rss(self, feed):
        self._write(feed[0])
        return feed

    def extend_atom(self, feed):
        self._write(feed)
        return feed

    def _write(self, parent) -> None:
        for link in self._links:
            xml_elem(f"{{{ATOM_NS}}}link", parent, rel=link.rel, href=xml_safe(link.href))
        if self._complete:
            xml_elem(f"{{{HISTORY_NS}}}complete", parent)
        if self._archive:
            xml_elem(f"{{{HISTORY_NS}}}archive", parent)

    def add(self, *links: FeedLink) -> None:
        self._links.extend(links)

    def history(self, *, complete: bool = False, archive: bool = False) -> None:
        self._complete, self._archive = complete, archive
