"""Serving feed documents over HTTP: validators from cheap queries, 304 before building, cache, gzip.

A view describes the document with a FeedVersion (its URL, language and the values of a few aggregate
queries) *before* building it. Equal versions mean byte-identical documents, so the version yields a
strong ETag, the Last-Modified date, and the cache key, which therefore always includes the language.
"""

from __future__ import annotations

import gzip
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, HttpResponseNotModified
from django.utils.cache import patch_vary_headers
from django.utils.http import http_date, parse_http_date_safe

# Bump when the code that builds feeds changes output for the same content.
FEED_FORMAT_VERSION = "1"
CACHE_SECONDS = 300
ARCHIVE_CACHE_SECONDS = 24 * 60 * 60
SERVER_CACHE_SECONDS = 60 * 60
GZIP_SUFFIX = "-gzip"
ACCEPT_ENCODING_GZIP = re.compile(r"(?:^|,)\s*(?:gzip|\*)\s*(?:;\s*q\s*=\s*(?P<q>[0-9.]+))?\s*(?=,|$)", re.I)


@dataclass(frozen=True)
class FeedVersion:
    """Everything a feed document's bytes depend on, from queries cheaper than building it."""

    url: str
    language: str
    last_modified: datetime | None
    parts: tuple = ()

    @property
    def token(self) -> str:
        modified = self.last_modified.isoformat() if self.last_modified else ""
        key = repr((FEED_FORMAT_VERSION, self.url, self.language, modified, self.parts))
        return hashlib.sha256(key.encode()).hexdigest()[:40]

    @property
    def cache_key(self) -> str:
        return f"feeds:{self.language}:{self.token}"


def accepts_gzip(request: HttpRequest) -> bool:
    """Whether the client takes a gzip body (``Accept-Encoding``; ``q=0`` refuses)."""
    for match in ACCEPT_ENCODING_GZIP.finditer(request.headers.get("Accept-Encoding", "")):
        quality = match.group("q")
        try:
            if quality is None or float(quality) > 0:
                return True
        except ValueError:
            continue
    return False


def _entity_tags(header: str) -> set[str]:
    # If-None-Match uses the weak comparison (RFC 9110 §13.1.2): W/ prefixes do not matter.
    return {tag.strip().removeprefix("W/") for tag in header.split(",") if tag.strip()}


def not_modified(request: HttpRequest, version: FeedVersion) -> bool:
    """Whether the request's validators match ``version`` (If-None-Match wins over If-Modified-Since)."""
    if request.method not in ("GET", "HEAD"):
        return False
    if_none_match = request.headers.get("If-None-Match")
    if if_none_match is not None:
        tags = _entity_tags(if_none_match)
        return "*" in tags or bool(tags & {f'"{version.token}"', f'"{version.token}{GZIP_SUFFIX}"'})
    since = parse_http_date_safe(request.headers.get("If-Modified-Since", ""))
    if since is None or version.last_modified is None:
        return False
    return int(version.last_modified.timestamp()) <= since


def link_header(self_url: str) -> str | None:
    """The WebSub discovery ``Link`` header, when a hub is configured."""
    if not settings.WEBSUB_HUB_URL:
        return None
    return f'<{settings.WEBSUB_HUB_URL}>; rel="hub", <{self_url}>; rel="self"'


def feed_response(
    request: HttpRequest,
    *,
    version: FeedVersion,
    build: Callable[[], bytes],
    content_type: str,
    self_url: str,
    archive: bool = False,
) -> HttpResponse:
    """The feed document for ``version``: 304 when the client has it, else from cache or ``build()``."""
    gzipped = accepts_gzip(request)
    etag = f'"{version.token}{GZIP_SUFFIX if gzipped else ""}"'
    if not_modified(request, version):
        response = HttpResponseNotModified()
    else:
        body = _cached_body(version, build, gzipped)
        response = HttpResponse(body, content_type=content_type)
        response["Content-Length"] = str(len(body))
        if gzipped:
            response["Content-Encoding"] = "gzip"
    response["ETag"] = etag
    if version.last_modified:
        response["Last-Modified"] = http_date(version.last_modified.timestamp())
    seconds = ARCHIVE_CACHE_SECONDS if archive else CACHE_SECONDS
    # A restricted page is only served to a request with a session (login or page password); shared
    # caches must not keep such a response. Feed readers send no cookies and get cacheable responses.
    visibility = "private" if settings.SESSION_COOKIE_NAME in request.COOKIES else "public"
    response["Cache-Control"] = f"{visibility}, max-age={seconds}"
    patch_vary_headers(response, ["Accept-Encoding"])
    if link := link_header(self_url):
        response["Link"] = link
    return response


def _cached_body(version: FeedVersion, build: Callable[[], bytes], gzipped: bool) -> bytes:
    key = version.cache_key + (GZIP_SUFFIX if gzipped else "")
    body = cache.get(key)
    if body is None:
        plain = cache.get(version.cache_key)
        if plain is None:
            plain = build()
            cache.set(version.cache_key, plain, SERVER_CACHE_SECONDS)
        # mtime=0: the same document always compresses to the same bytes, as a strong ETag promises.
        body = gzip.compress(plain, compresslevel=6, mtime=0) if gzipped else plain
        if gzipped:
            cache.set(key, body, SERVER_CACHE_SECONDS)
    return body
