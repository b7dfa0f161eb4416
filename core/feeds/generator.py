"""A feedgen FeedGenerator set up the way every feed of the site needs it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from django.conf import settings
from feedgen.feed import FeedGenerator

from core.feeds.archives import FeedHistory
from core.feeds.itunes import ItunesEntryExtension, ItunesExtension
from core.feeds.links import FeedLink, FeedLinksExtension
from core.feeds.podcastindex import PodcastIndexEntryExtension, PodcastIndexExtension
from core.feeds.text import xml_safe

Format = Literal["rss", "atom"]

RSS_CONTENT_TYPE = "application/rss+xml; charset=utf-8"
ATOM_CONTENT_TYPE = "application/atom+xml; charset=utf-8"
CONTENT_TYPES: dict[str, str] = {"rss": RSS_CONTENT_TYPE, "atom": ATOM_CONTENT_TYPE}
GENERATOR = "PESKO Hub"


@dataclass(frozen=True)
class FeedSpec:
    """What every feed document states about itself."""

    format: Format
    title: str
    description: str
    language: str
    page_url: str
    self_url: str
    current_url: str
    updated: datetime
    history: FeedHistory


def new_feed(spec: FeedSpec, *, podcast: bool = False) -> FeedGenerator:
    """A FeedGenerator with title, links (self, alternate, WebSub hub, RFC 5005), language and dates set.

    With ``podcast``, feedgen's ``podcast`` extension plus ours (``apple`` for the iTunes tags feedgen
    gets wrong, ``podcastindex`` for Podcasting 2.0) are loaded.
    """
    feed = FeedGenerator()
    feed.register_extension("links", FeedLinksExtension, None)
    if podcast:
        feed.load_extension("podcast")
        feed.register_extension("apple", ItunesExtension, ItunesEntryExtension, atom=False)
        feed.register_extension("podcastindex", PodcastIndexExtension, PodcastIndexEntryExtension, atom=False)
    feed.id(spec.self_url)
    feed.title(xml_safe(spec.title))
    feed.description(xml_safe(spec.description) or xml_safe(spec.title))
    feed.language(spec.language)
    feed.generator(GENERATOR)
    feed.lastBuildDate(spec.updated)
    # feedgen's RSS <link> is the last link set: self first, then the page.
    feed.link(href=spec.self_url, rel="self", type=CONTENT_TYPES[spec.format].split(";")[0])
    feed.link(href=spec.page_url, rel="alternate", type="text/html")
    if settings.WEBSUB_HUB_URL:
        feed.links.add(FeedLink("hub", settings.WEBSUB_HUB_URL))
    feed.links.add(*spec.history.links(spec.current_url))
    feed.links.history(complete=spec.history.complete, archive=spec.history.archive is not None)
    return feed


def render(feed: FeedGenerator, format: Format) -> bytes:
    """The serialised feed document (UTF-8, with an XML declaration)."""
    if format == "atom":
        return feed.atom_str(pretty=False)
    return feed.rss_str(pretty=False)
