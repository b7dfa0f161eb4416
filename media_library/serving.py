"""Serving uploaded files (MEDIA_URL) from Django with HEAD, byte ranges and validators.

Used in the embedded default (no nginx in front): podcast apps probe with HEAD and ``Range: bytes=0-1``
and players seek with ranges. Files are read through the storage API in chunks, never whole.

Ranges: one range per request (``a-b``, ``a-``, ``-n``). A request for several ranges is answered with the
whole file (200), which RFC 9110 allows; a syntactically invalid Range header is ignored the same way.
An unsatisfiable range gets 416 with ``Content-Range: bytes */size``. ``If-Range`` with the current
ETag or Last-Modified date keeps the range; otherwise the whole file is sent.

With object storage (AWS_STORAGE_BUCKET_NAME set, see hub/settings/base.py) file URLs point at the
bucket or its CDN (AWS_S3_CUSTOM_DOMAIN), which answer ranges themselves; this view is then only
reached by old /media/ links, and still works because it reads through the storage API.
"""

from __future__ import annotations

import mimetypes
import posixpath
import re
from collections.abc import Iterator

from django.core.exceptions import SuspiciousFileOperation
from django.core.files.storage import default_storage
from django.db.models import Q
from django.http import FileResponse, Http404, HttpResponse, HttpResponseNotAllowed, StreamingHttpResponse
from django.utils.cache import get_conditional_response
from django.utils.http import http_date, parse_http_date_safe
from wagtailmedia import get_media_model

from core.api import restricted_collection_ids
from media_library.models import MediaTranscript

CHUNK_SIZE = 64 * 1024
CACHE_CONTROL = "public, max-age=3600"

# Exact types for what the site publishes; mimetypes is the fallback.
CONTENT_TYPES = {
    ".mp3": "audio/mpeg",
    ".m4a": "audio/mp4",
    ".m4b": "audio/mp4",
    ".aac": "audio/aac",
    ".mp4": "video/mp4",
    ".m4v": "video/mp4",
    ".ogg": "audio/ogg",
    ".oga": "audio/ogg",
    ".opus": "audio/ogg",
    ".webm": "video/webm",
    ".weba": "audio/webm",
    ".vtt": "text/vtt; charset=utf-8",
    ".srt": "text/plain; charset=utf-8",
    ".json": "application/json",
}
# Types a browser may show inline; anything else (HTML, SVG, …) is sent as a download so uploads cannot
# run script on the site's origin.
INLINE_TYPES = re.compile(
    r"^(audio/|video/|image/(?!svg)|text/vtt|text/plain|application/pdf|application/json)"
)
CORS_TYPES = ("text/vtt",)
# Wagtail serves documents through its own view, which enforces collection privacy.
PRIVATE_PREFIXES = ("documents/",)
# Audio/video files, their thumbnails and transcripts follow their collection's view restrictions here.
COLLECTION_PREFIXES = ("media/", "media_thumbnails/", "transcripts/")
RANGE_PATTERN = re.compile(r"^bytes=(\d*)-(\d*)$")


def content_type_for(name: str) -> str:
    extension = posixpath.splitext(name)[1].lower()
    if extension in CONTENT_TYPES:
        return CONTENT_TYPES[extension]
    guessed, encoding = mimetypes.guess_type(name)
    return "application/octet-stream" if encoding or not guessed else guessed


def safe_name(path: str) -> str:
    """The storage name for a URL path, or Http404 for anything that could leave the media root."""
    if "\\" in path or "\x00" in path:
        raise Http404
    parts = path.split("/")
    if any(part in ("", ".", "..") for part in parts):
        raise Http404
    name = "/".join(parts)
    if name.startswith(PRIVATE_PREFIXES):
        raise Http404
    return name


def collection_privacy(request, name: str) -> str | None:
    """For a media file in a collection with view restrictions: "private" when this request may see it
    (logged in, password given …), else Http404; None for everything else."""
    if not name.startswith(COLLECTION_PREFIXES):
        return None
    private = restricted_collection_ids(None)
    if not private:
        return None
    if name.startswith("transcripts/"):
        owner = MediaTranscript.objects.filter(file=name).values_list("media__collection_id", flat=True)
    else:
        owner = (
            get_media_model()
            .objects.filter(Q(file=name) | Q(thumbnail=name))
            .values_list("collection_id", flat=True)
        )
    collection_id = owner.first()
    if collection_id not in private:
        return None
    if collection_id in restricted_collection_ids(request):
        raise Http404
    return "private"


def parse_range(header: str, size: int) -> tuple[int, int] | bool | None:
    """(first, last) byte of a single satisfiable range; None to send the whole file; False if unsatisfiable."""
    match = RANGE_PATTERN.match(header.strip())
    if not match:
        return None  # several ranges, another unit, or bad syntax: ignore the header
    first, last = match.groups()
    if not first and not last:
        return None
    if not first:
        length = int(last)
        if length == 0 or size == 0:
            return False
        return max(0, size - length), size - 1
    start = int(first)
    end = int(last) if last else size - 1
    if last and end < start:
        return None
    if start >= size:
        return False
    return start, min(end, size - 1)


def _read_range(file, start: int, length: int) -> Iterator[bytes]:
    try:
        file.seek(start)
        remaining = length
        while remaining > 0:
            chunk = file.read(min(CHUNK_SIZE, remaining))
            if not chunk:
                break
            remaining -= len(chunk)
            yield chunk
    finally:
        file.close()


def _range_still_valid(request, etag: str, last_modified: str) -> bool:
    condition = request.headers.get("If-Range")
    if not condition:
        return True
    condition = condition.strip()
    if condition.startswith(('"', "W/")):
        return condition == etag  # If-Range needs a strong match
    return parse_http_date_safe(condition) == parse_http_date_safe(last_modified)


def serve_media(request, path: str):
    """An uploaded file, with GET/HEAD, conditional requests and single byte ranges."""
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    name = safe_name(path)
    cache_control = "private, max-age=0" if collection_privacy(request, name) else CACHE_CONTROL
    storage = default_storage
    try:
        size = storage.size(name)
        modified = storage.get_modified_time(name)
    except (OSError, SuspiciousFileOperation, NotImplementedError) as error:
        raise Http404 from error
    mtime = int(modified.timestamp())
    etag = f'"{size:x}-{int(modified.timestamp() * 1_000_000):x}"'
    last_modified = http_date(mtime)
    content_type = content_type_for(name)

    def decorate(response):
        response["ETag"] = etag
        response["Last-Modified"] = last_modified
        response["Accept-Ranges"] = "bytes"
        response["Cache-Control"] = cache_control
        if content_type.startswith(CORS_TYPES):
            response["Access-Control-Allow-Origin"] = "*"
        if not INLINE_TYPES.match(content_type):
            response["Content-Disposition"] = f'attachment; filename="{posixpath.basename(name)}"'
        return response

    conditional = get_conditional_response(request, etag=etag, last_modified=mtime)
    if conditional is not None:
        return decorate(conditional)

    byte_range = None
    if request.headers.get("Range") and _range_still_valid(request, etag, last_modified):
        byte_range = parse_range(request.headers["Range"], size)
    if byte_range is False:
        response = HttpResponse(status=416)
        response["Content-Range"] = f"bytes */{size}"
        return decorate(response)

    status, start, length = 200, 0, size
    if byte_range:
        start, end = byte_range
        status, length = 206, end - start + 1

    if request.method == "HEAD":
        response = HttpResponse(status=status, content_type=content_type)
    else:
        try:
            file = storage.open(name, "rb")
        except OSError as error:
            raise Http404 from error
        if status == 200:
            response = FileResponse(file, content_type=content_type)
        else:
            response = StreamingHttpResponse(
                _read_range(file, start, length), status=status, content_type=content_type
            )
    if status == 206:
        response["Content-Range"] = f"bytes {start}-{start + length - 1}/{size}"
    response["Content-Length"] = str(length)
    return decorate(response)
