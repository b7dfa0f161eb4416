"""What an audio/video file really is: its container from the first bytes, then its tracks and length.

Only the content decides; the file name is checked against the result, never trusted. Accepted:
MP3 and ADTS AAC; MP4/M4A with H.264 video and AAC audio; Ogg with Opus (or Vorbis) audio; WebM.
"""

from __future__ import annotations

import json
import shutil
import struct
import subprocess
from dataclasses import dataclass, field
from typing import BinaryIO

from django.utils.translation import gettext as _

HEAD_BYTES = 64
MAX_HEADER_BYTES = 64 * 1024 * 1024

MP4_VIDEO_CODECS = {"avc1", "avc3"}
MP4_AUDIO_CODECS = {"mp4a"}
WEBM_VIDEO_CODECS = {"V_VP8", "V_VP9", "V_AV1"}
WEBM_AUDIO_CODECS = {"A_OPUS", "A_VORBIS"}


class MediaProblem(ValueError):
    """The file is not an accepted, readable audio or video file; the message is for editors."""


@dataclass(frozen=True)
class MediaFormat:
    """An accepted kind of file: how to label it, its MIME type, the file name endings it may have."""

    key: str
    label: str
    mime_type: str
    extensions: tuple[str, ...]
    kind: str


FORMATS = {
    format.key: format
    for format in [
        MediaFormat("mp3", "MP3", "audio/mpeg", ("mp3",), "audio"),
        MediaFormat("aac", "AAC", "audio/aac", ("aac",), "audio"),
        MediaFormat("m4a", "M4A", "audio/mp4", ("m4a", "m4b", "mp4"), "audio"),
        MediaFormat("mp4", "MP4", "video/mp4", ("mp4", "m4v"), "video"),
        MediaFormat("opus", "Ogg Opus", "audio/ogg", ("opus", "ogg", "oga"), "audio"),
        MediaFormat("vorbis", "Ogg Vorbis", "audio/ogg", ("ogg", "oga"), "audio"),
        MediaFormat("weba", "WebM", "audio/webm", ("webm", "weba"), "audio"),
        MediaFormat("webm", "WebM", "video/webm", ("webm",), "video"),
    ]
}

# Recognised, but not accepted: named in the error so editors know what they uploaded.
REFUSED_SIGNATURES: list[tuple[int, bytes, str]] = [
    (8, b"WAVE", "WAV"),
    (8, b"AVI ", "AVI"),
    (0, b"fLaC", "FLAC"),
    (8, b"AIFF", "AIFF"),
    (0, b"\xff\xd8\xff", "JPEG"),
    (0, b"\x89PNG", "PNG"),
    (0, b"GIF8", "GIF"),
    (0, b"%PDF", "PDF"),
    (0, b"PK\x03\x04", "ZIP"),
    (0, b"#!AMR", "AMR"),
    (4, b"moov", "QuickTime"),
]


@dataclass
class Probe:
    """What was read from a file: its format and, where known, length and picture size."""

    format: MediaFormat
    duration: float = 0.0
    width: int | None = None
    height: int | None = None
    codecs: list[str] = field(default_factory=list)


def probe(file: BinaryIO, *, path: str | None = None) -> Probe:
    """Identify and read an audio/video file; raise MediaProblem when it is refused or unreadable."""
    file.seek(0)
    head = file.read(HEAD_BYTES)
    if not head:
        raise MediaProblem(_("The file is empty."))
    if head[4:8] == b"ftyp":
        result = _probe_mp4(file, head)
    elif head.startswith(b"OggS"):
        result = _probe_ogg(file, head)
    elif head.startswith(b"\x1a\x45\xdf\xa3"):
        result = _probe_webm(file)
    elif head.startswith(b"ID3") or _is_mpeg_audio_frame(head) or _is_adts_frame(head):
        result = _probe_mpeg_audio(file, head)
    else:
        raise MediaProblem(_refused_message(head))
    if path:
        _refine_with_ffprobe(result, path)
    if not result.duration or result.duration <= 0:
        raise MediaProblem(
            _("The file looks like %(format)s but contains no playable audio or video.")
            % {"format": result.format.label}
        )
    return result


def _refused_message(head: bytes) -> str:
    for offset, signature, label in REFUSED_SIGNATURES:
        if head[offset : offset + len(signature)] == signature:
            return _(
                "This is a %(format)s file, which is not accepted. Upload MP3, M4A (AAC), Ogg Opus, "
                "MP4 (H.264) or WebM."
            ) % {"format": label}
    return _(
        "This is not an audio or video file we can publish. Upload MP3, M4A (AAC), Ogg Opus, MP4 (H.264) or WebM."
    )


def _corrupt(label: str):
    return MediaProblem(
        _("The file starts like %(format)s but is damaged or incomplete; export it again and re-upload.")
        % {"format": label}
    )


def _mutagen_length(file: BinaryIO, kind, label: str) -> float:
    """Length in seconds read by mutagen; any failure to parse means the file is damaged."""
    file.seek(0)
    try:
        info = kind(file).info
    except Exception as error:  # mutagen raises many types on hostile input; all mean "unreadable"
        raise _corrupt(label) from error
    return float(info.length or 0)


# --- MP3 / AAC ---------------------------------------------------------------------------------


def _is_mpeg_audio_frame(data: bytes) -> bool:
    """An MPEG audio Layer III frame header (MPEG 1, 2 or 2.5)."""
    if len(data) < 4 or data[0] != 0xFF or data[1] & 0xE0 != 0xE0:
        return False
    version, layer = (data[1] >> 3) & 3, (data[1] >> 1) & 3
    bitrate, rate = data[2] >> 4, (data[2] >> 2) & 3
    return version != 1 and layer == 1 and bitrate not in (0, 15) and rate != 3


def _is_adts_frame(data: bytes) -> bool:
    """An ADTS (raw AAC) frame header."""
    return len(data) >= 7 and data[0] == 0xFF and data[1] & 0xF6 == 0xF0 and ((data[2] >> 2) & 0xF) < 13


def _probe_mpeg_audio(file: BinaryIO, head: bytes) -> Probe:
    first_frame = head
    if head.startswith(b"ID3"):
        if len(head) < 10:
            raise _corrupt("MP3")
        size = (head[6] << 21) | (head[7] << 14) | (head[8] << 7) | head[9]
        tag_end = 10 + size + (10 if head[5] & 0x10 else 0)
        file.seek(tag_end)
        # Some encoders pad after the tag; skip zero bytes up to the first frame.
        chunk = file.read(64 * 1024).lstrip(b"\x00")
        first_frame = chunk[:8]
    if _is_adts_frame(first_frame):
        from mutagen.aac import AAC

        return Probe(FORMATS["aac"], duration=_mutagen_length(file, AAC, "AAC"), codecs=["aac"])
    if not _is_mpeg_audio_frame(first_frame):
        raise _corrupt("MP3")
    from mutagen.mp3 import MP3

    return Probe(FORMATS["mp3"], duration=_mutagen_length(file, MP3, "MP3"), codecs=["mp3"])


# --- MP4 / M4A ---------------------------------------------------------------------------------


def _boxes(data: bytes, start: int = 0, end: int | None = None):
    """(type, payload start, payload end) of each ISO BMFF box in data[start:end]."""
    end = len(data) if end is None else end
    position = start
    while position + 8 <= end:
        size, kind = struct.unpack(">I4s", data[position : position + 8])
        header = 8
        if size == 1:
            if position + 16 > end:
                return
            size = struct.unpack(">Q", data[position + 8 : position + 16])[0]
            header = 16
        elif size == 0:
            size = end - position
        if size < header or position + size > end:
            raise ValueError("box runs past its parent")
        yield kind.decode("latin-1"), position + header, position + size
        position += size


def _top_level_boxes(file: BinaryIO):
    """(type, payload offset, payload size) of each top-level box, seeking over the media data."""
    file.seek(0, 2)
    file_size = file.tell()
    position = 0
    while position + 8 <= file_size:
        file.seek(position)
        size, kind = struct.unpack(">I4s", file.read(8))
        header = 8
        if size == 1:
            size = struct.unpack(">Q", file.read(8))[0]
            header = 16
        elif size == 0:
            size = file_size - position
        if size < header or position + size > file_size:
            raise ValueError("box runs past the end of the file")
        yield kind.decode("latin-1"), position + header, size - header
        position += size


def _probe_mp4(file: BinaryIO, head: bytes) -> Probe:
    brand = head[8:12]
    if brand == b"qt  ":
        raise MediaProblem(_refused_message(b"\x00\x00\x00\x00moov"))
    tracks = []
    try:
        for kind, offset, size in _top_level_boxes(file):
            if kind != "moov":
                continue
            if size > MAX_HEADER_BYTES:
                raise ValueError("movie header too large")
            file.seek(offset)
            moov = file.read(size)
            tracks = [_mp4_track(moov, start, end) for name, start, end in _boxes(moov) if name == "trak"]
    except (ValueError, struct.error) as error:
        raise _corrupt("MP4") from error
    video = [t for t in tracks if t["handler"] == "vide"]
    audio = [t for t in tracks if t["handler"] == "soun"]
    if not video and not audio:
        raise _corrupt("MP4")
    codecs = sorted({t["codec"] for t in video + audio})
    unsupported = [t["codec"] for t in video if t["codec"] not in MP4_VIDEO_CODECS] + [
        t["codec"] for t in audio if t["codec"] not in MP4_AUDIO_CODECS
    ]
    if unsupported:
        raise MediaProblem(
            _("This MP4 uses the %(codecs)s codec, which is not accepted: use H.264 video with AAC audio.")
            % {"codecs": ", ".join(sorted(set(unsupported)))}
        )
    from mutagen.mp4 import MP4

    result = Probe(FORMATS["mp4" if video else "m4a"], codecs=codecs)
    result.duration = _mutagen_length(file, MP4, "MP4")
    if video:
        result.width, result.height = video[0]["width"] or None, video[0]["height"] or None
    return result


def _mp4_track(moov: bytes, start: int, end: int) -> dict:
    track = {"handler": "", "codec": "", "width": 0, "height": 0}
    for name, a, b in _boxes(moov, start, end):
        if name == "tkhd" and b - a >= 8:
            track["width"], track["height"] = (v >> 16 for v in struct.unpack(">II", moov[b - 8 : b]))
        elif name == "mdia":
            for name2, c, d in _boxes(moov, a, b):
                if name2 == "hdlr" and d - c >= 12:
                    track["handler"] = moov[c + 8 : c + 12].decode("latin-1")
                elif name2 == "minf":
                    for name3, e, f in _boxes(moov, c, d):
                        if name3 != "stbl":
                            continue
                        for name4, g, h in _boxes(moov, e, f):
                            if name4 == "stsd" and h - g >= 16:
                                track["codec"] = moov[g + 12 : g + 16].decode("latin-1")
    return track


# --- Ogg ---------------------------------------------------------------------------------------


def _probe_ogg(file: BinaryIO, head: bytes) -> Probe:
    file.seek(0)
    page = file.read(27 + 255)
    if len(page) < 28:
        raise _corrupt("Ogg")
    segments = page[26]
    file.seek(27 + segments)
    packet = file.read(8)
    if packet.startswith(b"OpusHead"):
        from mutagen.oggopus import OggOpus

        return Probe(FORMATS["opus"], duration=_mutagen_length(file, OggOpus, "Ogg Opus"), codecs=["opus"])
    if packet.startswith(b"\x01vorbis"):
        from mutagen.oggvorbis import OggVorbis

        return Probe(
            FORMATS["vorbis"], duration=_mutagen_length(file, OggVorbis, "Ogg Vorbis"), codecs=["vorbis"]
        )
    raise MediaProblem(
        _(
            "This Ogg file holds neither Opus nor Vorbis audio, so it is not accepted. Upload Ogg Opus instead."
        )
    )


# --- WebM (EBML) -------------------------------------------------------------------------------

EBML_HEADER, DOC_TYPE = 0x1A45DFA3, 0x4282
SEGMENT, INFO, TRACKS, CLUSTER = 0x18538067, 0x1549A966, 0x1654AE6B, 0x1F43B675
TIMECODE_SCALE, DURATION = 0x2AD7B1, 0x4489
TRACK_ENTRY, TRACK_TYPE, CODEC_ID, VIDEO, PIXEL_WIDTH, PIXEL_HEIGHT = 0xAE, 0x83, 0x86, 0xE0, 0xB0, 0xBA
CLUSTER_TIMECODE, SIMPLE_BLOCK, BLOCK_GROUP, BLOCK = 0xE7, 0xA3, 0xA0, 0xA1
UNKNOWN_SIZE = -1


def _read_vint(data: bytes, position: int, *, keep_marker: bool) -> tuple[int, int]:
    """(value, length) of the EBML variable-length integer at data[position]."""
    first = data[position]
    if first == 0:
        raise ValueError("invalid EBML integer")
    length = 8 - first.bit_length() + 1
    if position + length > len(data):
        raise ValueError("EBML integer runs past the data")
    value = first if keep_marker else first & ((1 << (8 - length)) - 1)
    for byte in data[position + 1 : position + length]:
        value = (value << 8) | byte
    if not keep_marker and value == (1 << (7 * length)) - 1:
        value = UNKNOWN_SIZE
    return value, length


def _elements(data: bytes, start: int = 0, end: int | None = None):
    """(id, payload start, payload end) of each EBML element in data[start:end]."""
    end = len(data) if end is None else end
    position = start
    while position < end:
        element_id, id_length = _read_vint(data, position, keep_marker=True)
        size, size_length = _read_vint(data, position + id_length, keep_marker=False)
        payload = position + id_length + size_length
        stop = end if size == UNKNOWN_SIZE else payload + size
        if stop > end:
            raise ValueError("element runs past its parent")
        yield element_id, payload, stop
        position = stop


def _uint(data: bytes) -> int:
    return int.from_bytes(data, "big")


def _probe_webm(file: BinaryIO) -> Probe:
    try:
        return _read_webm(file)
    except MediaProblem:
        raise
    except (ValueError, IndexError, struct.error) as error:
        raise _corrupt("WebM") from error


def _read_webm(file: BinaryIO) -> Probe:
    file.seek(0)
    head = file.read(4096)
    _header_id, id_length = _read_vint(head, 0, keep_marker=True)
    size, size_length = _read_vint(head, id_length, keep_marker=False)
    header_end = id_length + size_length + size
    doc_type = b""
    for child, a, b in _elements(head, id_length + size_length, header_end):
        if child == DOC_TYPE:
            doc_type = head[a:b].rstrip(b"\x00")
    if doc_type == b"matroska":
        raise MediaProblem(
            _("This is a Matroska (MKV) file, which is not accepted. Upload MP4 (H.264) or WebM instead.")
        )
    if doc_type != b"webm":
        raise ValueError("not a WebM document")
    # Walk the segment's children by seeking, reading only headers and the small Info/Tracks elements.
    file.seek(0, 2)
    file_size = file.tell()
    file.seek(header_end)
    segment_head = file.read(12)
    segment_id, id_length = _read_vint(segment_head, 0, keep_marker=True)
    if segment_id != SEGMENT:
        raise ValueError("no segment")
    segment_size, size_length = _read_vint(segment_head, id_length, keep_marker=False)
    position = header_end + id_length + size_length
    segment_end = file_size if segment_size == UNKNOWN_SIZE else min(file_size, position + segment_size)
    scale, duration, tracks, last_time = 1_000_000, 0.0, [], 0
    while position < segment_end:
        file.seek(position)
        element_head = file.read(12)
        if len(element_head) < 2:
            break
        child, id_length = _read_vint(element_head, 0, keep_marker=True)
        size, size_length = _read_vint(element_head, id_length, keep_marker=False)
        payload = position + id_length + size_length
        if size == UNKNOWN_SIZE:
            if child != CLUSTER:
                raise ValueError("unknown-size element")
            break
        if child in (INFO, TRACKS):
            if size > MAX_HEADER_BYTES:
                raise ValueError("header element too large")
            file.seek(payload)
            data = file.read(size)
            if child == INFO:
                for item, a, b in _elements(data):
                    if item == TIMECODE_SCALE:
                        scale = _uint(data[a:b])
                    elif item == DURATION:
                        duration = struct.unpack(">f" if b - a == 4 else ">d", data[a:b])[0]
            else:
                tracks = _webm_tracks(data)
        elif child == CLUSTER and not duration:
            file.seek(payload)
            last_time = max(last_time, _cluster_end_time(file.read(min(size, MAX_HEADER_BYTES))))
        position = payload + size
    if not tracks:
        raise ValueError("no tracks")
    video = [t for t in tracks if t["type"] == 1]
    audio = [t for t in tracks if t["type"] == 2]
    unsupported = [t["codec"] for t in video if t["codec"] not in WEBM_VIDEO_CODECS] + [
        t["codec"] for t in audio if t["codec"] not in WEBM_AUDIO_CODECS
    ]
    if unsupported or not (video or audio):
        raise MediaProblem(
            _("This WebM uses the %(codecs)s codec, which is not accepted: use VP8, VP9 or AV1 with Opus.")
            % {"codecs": ", ".join(sorted(set(unsupported))) or "?"}
        )
    result = Probe(FORMATS["webm" if video else "weba"], codecs=sorted({t["codec"] for t in tracks}))
    result.duration = (duration or last_time) * scale / 1e9
    if video:
        result.width, result.height = video[0]["width"], video[0]["height"]
    return result


def _webm_tracks(data: bytes) -> list[dict]:
    tracks = []
    for item, a, b in _elements(data):
        if item != TRACK_ENTRY:
            continue
        track = {"type": 0, "codec": "", "width": None, "height": None}
        for entry, c, d in _elements(data, a, b):
            if entry == TRACK_TYPE:
                track["type"] = _uint(data[c:d])
            elif entry == CODEC_ID:
                track["codec"] = data[c:d].rstrip(b"\x00").decode("ascii", "replace")
            elif entry == VIDEO:
                for video, e, f in _elements(data, c, d):
                    if video == PIXEL_WIDTH:
                        track["width"] = _uint(data[e:f])
                    elif video == PIXEL_HEIGHT:
                        track["height"] = _uint(data[e:f])
        tracks.append(track)
    return tracks


def _cluster_end_time(data: bytes) -> int:
    """The latest block time in a cluster, in timecode units (for files written without a duration)."""
    base, latest = 0, 0
    for item, a, b in _elements(data):
        if item == CLUSTER_TIMECODE:
            base = _uint(data[a:b])
        elif item in (SIMPLE_BLOCK, BLOCK_GROUP):
            block_start = a
            if item == BLOCK_GROUP:
                block_start = next((c for child, c, _end in _elements(data, a, b) if child == BLOCK), None)
                if block_start is None:
                    continue
            _track, track_length = _read_vint(data, block_start, keep_marker=False)
            offset = struct.unpack(">h", data[block_start + track_length : block_start + track_length + 2])[0]
            latest = max(latest, offset)
    return base + latest


# --- ffprobe (optional) ------------------------------------------------------------------------


def _refine_with_ffprobe(result: Probe, path: str) -> None:
    """Prefer ffprobe's length and picture size when it is installed; it decodes more than we parse."""
    ffprobe = shutil.which("ffprobe")
    if not ffprobe:
        return
    try:
        output = subprocess.run(
            [ffprobe, "-v", "error", "-print_format", "json", "-show_format", "-show_streams", path],
            capture_output=True,
            check=True,
            timeout=60,
        ).stdout
        report = json.loads(output)
    except (OSError, subprocess.SubprocessError, ValueError):
        return
    duration = report.get("format", {}).get("duration")
    if duration:
        result.duration = float(duration)
    for stream in report.get("streams", []):
        if stream.get("codec_type") == "video" and stream.get("width"):
            result.width, result.height = int(stream["width"]), int(stream["height"])
            break
