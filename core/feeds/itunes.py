"""feedgen extension for the iTunes tags feedgen's podcast extension gets wrong for Apple today.

feedgen only writes ``itunes:explicit`` as yes/no/clean (Apple wants true/false) and silently drops
artwork whose URL does not end in .jpg/.png (image renditions are served from such URLs only by chance).
Load it next to feedgen's ``podcast`` extension and leave those two fields unset there.
"""

from __future__ import annotations

from feedgen.ext.base import BaseEntryExtension, BaseExtension
from feedgen.util import xml_elem

from core.feeds.text import xml_safe

ITUNES_NS = "http://www.itunes.com/dtds/podcast-1.0.dtd"


def _write(parent, explicit: bool | None, image: str | None) -> None:
    if image:
        xml_elem(f"{{{ITUNES_NS}}}image", parent).set("href", xml_safe(image))
    if explicit is not None:
        xml_elem(f"{{{ITUNES_NS}}}explicit", parent).text = "true" if explicit else "false"


class ItunesExtension(BaseExtension):
    """Channel ``itunes:explicit`` (true/false) and ``itunes:image`` for any artwork URL."""

    def __init__(self):
        self._explicit: bool | None = None
        self._image: str | None = None

    def extend_ns(self):
        return {"itunes": ITUNES_NS}

    def extend_rss(self, feed):
        _write(feed[0], self._explicit, self._image)
        return feed

    def extend_atom(self, feed):
        return feed

    def itunes_explicit(self, explicit: bool) -> None:
        self._explicit = bool(explicit)

    def itunes_image(self, url: str) -> None:
        self._image = url


class ItunesEntryExtension(BaseEntryExtension):
    """Item ``itunes:explicit`` (true/false) and ``itunes:image`` for any artwork URL."""

    def __init__(self):
        self._explicit: bool | None = None
        self._image: str | None = None

    def extend_ns(self):
        return {"itunes": ITUNES_NS}

    def extend_rss(self, item):
        _write(item, self._explicit, self._image)
        return item

    def extend_atom(self, entry):
        return entry

    def itunes_explicit(self, explicit: bool) -> None:
        self._explicit = bool(explicit)

    def itunes_image(self, url: str) -> None:
        self._image = url
