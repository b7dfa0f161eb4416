"""RFC 5005 feed history: one complete document, or a current document plus stable archive documents.

Up to ``FEED_PAGE_SIZE`` items a feed is one document marked ``fh:complete``. Past that, the current
document holds the newest ``FEED_PAGE_SIZE`` items and links (``prev-archive``, and ``next`` for clients
that page, such as podcastparser) to archive documents numbered from the oldest: archive k holds items
(k-1)·N … k·N-1 in publication order, so an archive never changes once full. The newest archive may
overlap the current document; RFC 5005 readers merge entries by id.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from django.conf import settings
from django.http import Http404, HttpRequest

from core.feeds.links import FeedLink

ARCHIVE_PARAMETER = "archive"


@dataclass(frozen=True)
class FeedHistory:
    """Where one feed document sits in its feed's history and which items (newest first) it holds."""

    total: int
    page_size: int
    archive: int | None = None
    archive_count: int = field(init=False)

    def __post_init__(self):
        count = 0 if self.total <= self.page_size else math.ceil(self.total / self.page_size) - 1
        object.__setattr__(self, "archive_count", count)
        if self.archive is not None and not 1 <= self.archive <= count:
            raise ValueError(f"No archive {self.archive} (there are {count})")

    @property
    def complete(self) -> bool:
        return self.archive_count == 0

    @property
    def window(self) -> slice:
        """The slice of the newest-first item list this document holds."""
        if self.archive is None:
            return slice(0, self.page_size)
        stop = self.total - (self.archive - 1) * self.page_size
        return slice(stop - self.page_size, stop)

    def links(self, current_url: str) -> list[FeedLink]:
        """RFC 5005 links for this document, given the URL of the current (subscription) document."""
        if self.complete:
            return []

        def archive_url(number: int) -> str:
            separator = "&" if "?" in current_url else "?"
            return f"{current_url}{separator}{ARCHIVE_PARAMETER}={number}"

        newest, links = self.archive_count, [FeedLink("first", current_url), FeedLink("last", archive_url(1))]
        if self.archive is None:
            links += [FeedLink("prev-archive", archive_url(newest)), FeedLink("next", archive_url(newest))]
            return links
        links.append(FeedLink("current", current_url))
        if self.archive > 1:
            links += [
                FeedLink("prev-archive", archive_url(self.archive - 1)),
                FeedLink("next", archive_url(self.archive - 1)),
            ]
        if self.archive < newest:
            links += [
                FeedLink("next-archive", archive_url(self.archive + 1)),
                FeedLink("previous", archive_url(self.archive + 1)),
            ]
        else:
            links.append(FeedLink("previous", current_url))
        return links


def feed_history(request: HttpRequest, total: int) -> FeedHistory:
    """The FeedHistory a request asks for (``?archive=k``); junk or missing archives are a 404."""
    raw = request.GET.get(ARCHIVE_PARAMETER)
    page_size = settings.FEED_PAGE_SIZE
    if raw is None:
        return FeedHistory(total=total, page_size=page_size)
    if not raw.isascii() or not raw.isdigit() or len(raw) > 9:
        raise Http404("Unknown feed archive")
    try:
        return FeedHistory(total=total, page_size=page_size, archive=int(raw))
    except ValueError as error:
        raise Http404("Unknown feed archive") from error
