"""Small, real, playable media files written without external tools (demo content and tests)."""

from __future__ import annotations

import io
import math
import struct
import wave

from PIL import Image, ImageDraw

# One MPEG-1 Layer III frame: 128 kbit/s, 44.1 kHz, mono; all-zero side info and main data decode
# as silence. 1152 samples per frame.
MP3_FRAME = b"\xff\xfb\x90\xc4" + bytes(413)
MP3_SAMPLES_PER_FRAME = 1152

# One AAC-LC raw data block for a mono channel with no spectral data (silence), then END.
AAC_SILENT_FRAME = b"\x01\x00\x00\x07"
AAC_SAMPLES_PER_FRAME = 1024
# AudioSpecificConfig: AAC-LC (2), 44.1 kHz (index 4), one channel.
AAC_AUDIO_SPECIFIC_CONFIG = b"\x12\x08"

# An Opus packet: CELT-only, fullband, 20 ms, mono, carrying the silence flag.
OPUS_SILENT_PACKET = b"\xf8\xff\xfe"
OPUS_SAMPLES_PER_PACKET = 960
OPUS_PRE_SKIP = 312


def silent_mp3(seconds: float = 2.0) -> bytes:
    """An MP3 of silence, ``seconds`` long (to the nearest frame)."""
    frames = max(1, round(seconds * 44100 / MP3_SAMPLES_PER_FRAME))
    return MP3_FRAME * frames


def silent_wav(seconds: float = 1.0, rate: int = 8000) -> bytes:
    """A 16-bit mono PCM WAV of silence."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(bytes(2 * int(seconds * rate)))
    return buffer.getvalue()


# --- MP4 / M4A ---------------------------------------------------------------------------------


def _box(kind: bytes, *payload: bytes) -> bytes:
    body = b"".join(payload)
    return struct.pack(">I", 8 + len(body)) + kind + body


def _full_box(kind: bytes, version: int, flags: int, *payload: bytes) -> bytes:
    return _box(kind, struct.pack(">I", (version << 24) | flags), *payload)


def _descriptor(tag: int, payload: bytes) -> bytes:
    # MPEG-4 descriptors use a variable-length size; four bytes keeps every length valid.
    size = len(payload)
    length = bytes(
        [0x80 | (size >> 21) & 0x7F, 0x80 | (size >> 14) & 0x7F, 0x80 | (size >> 7) & 0x7F, size & 0x7F]
    )
    return bytes([tag]) + length + payload


_MATRIX = struct.pack(">9I", 0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000)


def _mp4a_sample_entry(rate: int) -> bytes:
    decoder_config = _descriptor(
        0x04,
        bytes([0x40, 0x15])
        + b"\x00\x00\x00"
        + struct.pack(">II", 64000, 64000)
        + _descriptor(0x05, AAC_AUDIO_SPECIFIC_CONFIG),
    )
    es = _descriptor(0x03, struct.pack(">HB", 1, 0) + decoder_config + _descriptor(0x06, b"\x02"))
    return _box(
        b"mp4a",
        bytes(6),
        struct.pack(">H", 1),
        bytes(8),
        struct.pack(">HHHHI", 1, 16, 0, 0, rate << 16),
        _full_box(b"esds", 0, 0, es),
    )


def mp4_file(
    *,
    samples: list[bytes],
    sample_delta: int,
    timescale: int,
    sample_entry: bytes,
    handler: bytes,
    brands: tuple[bytes, ...] = (b"M4A ", b"mp42", b"isom"),
    width: int = 0,
    height: int = 0,
) -> bytes:
    """An ISO BMFF file with one track; used for silent M4A audio and in validation tests."""
    duration = len(samples) * sample_delta
    movie_duration = math.ceil(duration * 1000 / timescale)
    ftyp = _box(b"ftyp", brands[0], struct.pack(">I", 0), *brands)
    media_header = (
        _full_box(b"smhd", 0, 0, bytes(4)) if handler == b"soun" else _full_box(b"vmhd", 0, 1, bytes(8))
    )

    def moov(chunk_offset: int) -> bytes:
        stbl = _box(
            b"stbl",
            _full_box(b"stsd", 0, 0, struct.pack(">I", 1), sample_entry),
            _full_box(b"stts", 0, 0, struct.pack(">III", 1, len(samples), sample_delta)),
            _full_box(b"stsc", 0, 0, struct.pack(">IIII", 1, 1, len(samples), 1)),
            _full_box(
                b"stsz",
                0,
                0,
                struct.pack(">II", 0, len(samples)),
                *(struct.pack(">I", len(s)) for s in samples),
            ),
            _full_box(b"stco", 0, 0, struct.pack(">II", 1, chunk_offset)),
        )
        dinf = _box(b"dinf", _full_box(b"dref", 0, 0, struct.pack(">I", 1), _full_box(b"url ", 0, 1)))
        mdia = _box(
            b"mdia",
            _full_box(b"mdhd", 0, 0, struct.pack(">IIIIHH", 0, 0, timescale, duration, 0x55C4, 0)),
            _full_box(b"hdlr", 0, 0, bytes(4), handler, bytes(12), b"Handler\x00"),
            _box(b"minf", media_header, dinf, stbl),
        )
        tkhd = _full_box(
            b"tkhd",
            0,
            3,
            struct.pack(">IIII", 0, 0, 1, 0),
            struct.pack(">I", movie_duration),
            bytes(8),
            struct.pack(">hhHH", 0, 0, 0x0100 if handler == b"soun" else 0, 0),
            _MATRIX,
            struct.pack(">II", width << 16, height << 16),
        )
        mvhd = _full_box(
            b"mvhd",
            0,
            0,
            struct.pack(">IIII", 0, 0, 1000, movie_duration),
            struct.pack(">IH", 0x10000, 0x0100),
            bytes(10),
            _MATRIX,
            bytes(24),
            struct.pack(">I", 2),
        )
        return _box(b"moov", mvhd, _box(b"trak", tkhd, mdia))

    # The chunk offset depends on the size of moov, which does not depend on the offset's value.
    offset = len(ftyp) + len(moov(0)) + 8
    return ftyp + moov(offset) + _box(b"mdat", *samples)


def silent_m4a(seconds: float = 2.0) -> bytes:
    """An M4A (AAC-LC in MP4) of silence."""
    rate = 44100
    frames = max(1, round(seconds * rate / AAC_SAMPLES_PER_FRAME))
    return mp4_file(
        samples=[AAC_SILENT_FRAME] * frames,
        sample_delta=AAC_SAMPLES_PER_FRAME,
        timescale=rate,
        sample_entry=_mp4a_sample_entry(rate),
        handler=b"soun",
    )


# --- Ogg Opus ----------------------------------------------------------------------------------


def _ogg_crc_table() -> list[int]:
    table = []
    for byte in range(256):
        crc = byte << 24
        for _ in range(8):
            crc = ((crc << 1) ^ 0x04C11DB7) if crc & 0x80000000 else (crc << 1)
        table.append(crc & 0xFFFFFFFF)
    return table


_OGG_CRC = _ogg_crc_table()


def _ogg_crc(data: bytes) -> int:
    crc = 0
    for byte in data:
        crc = ((crc << 8) & 0xFFFFFFFF) ^ _OGG_CRC[((crc >> 24) ^ byte) & 0xFF]
    return crc


def _ogg_page(packets: list[bytes], *, granule: int, serial: int, sequence: int, flags: int) -> bytes:
    lacing = b""
    for packet in packets:
        lacing += b"\xff" * (len(packet) // 255) + bytes([len(packet) % 255])
    header = struct.pack("<4sBBqIIIB", b"OggS", 0, flags, granule, serial, sequence, 0, len(lacing))
    page = header + lacing + b"".join(packets)
    return page[:22] + struct.pack("<I", _ogg_crc(page)) + page[26:]


def silent_opus(seconds: float = 2.0) -> bytes:
    """An Ogg Opus file of silence."""
    serial = 0x5045534B
    head = b"OpusHead" + struct.pack("<BBHIhB", 1, 1, OPUS_PRE_SKIP, 48000, 0, 0)
    tags = b"OpusTags" + struct.pack("<I", 4) + b"hub0" + struct.pack("<I", 0)
    pages = [
        _ogg_page([head], granule=0, serial=serial, sequence=0, flags=0x02),
        _ogg_page([tags], granule=0, serial=serial, sequence=1, flags=0x00),
    ]
    total = math.ceil((seconds * 48000 + OPUS_PRE_SKIP) / OPUS_SAMPLES_PER_PACKET)
    per_page = 50
    for first in range(0, total, per_page):
        count = min(per_page, total - first)
        last = first + count == total
        pages.append(
            _ogg_page(
                [OPUS_SILENT_PACKET] * count,
                granule=(first + count) * OPUS_SAMPLES_PER_PACKET,
                serial=serial,
                sequence=len(pages),
                flags=0x04 if last else 0x00,
            )
        )
    return b"".join(pages)


# --- WebM (VP8) --------------------------------------------------------------------------------


def _ebml_size(size: int) -> bytes:
    # Eight-byte sizes keep every element's length independent of its value.
    return bytes([0x01]) + size.to_bytes(7, "big")


def _ebml(element_id: int, payload: bytes) -> bytes:
    return element_id.to_bytes((element_id.bit_length() + 7) // 8, "big") + _ebml_size(len(payload)) + payload


def _ebml_uint(element_id: int, value: int) -> bytes:
    return _ebml(element_id, value.to_bytes(max(1, (value.bit_length() + 7) // 8), "big"))


def _vp8_keyframe(image: Image.Image) -> bytes:
    """A VP8 key frame: the bitstream inside a lossy WebP (libwebp, through Pillow)."""
    buffer = io.BytesIO()
    image.save(buffer, "WEBP", quality=60, method=4, exact=False)
    data = buffer.getvalue()
    position = 12
    while position + 8 <= len(data):
        kind, size = data[position : position + 4], struct.unpack("<I", data[position + 4 : position + 8])[0]
        if kind == b"VP8 ":
            return data[position + 8 : position + 8 + size]
        position += 8 + size + (size & 1)
    raise RuntimeError("Pillow did not write a lossy VP8 WebP chunk.")


def title_card_frames(*, label: str, seconds: float, fps: int, width: int, height: int) -> list[Image.Image]:
    """A title card with a progress bar that moves, one image per frame."""
    count = max(1, round(seconds * fps))
    frames = []
    for index in range(count):
        image = Image.new("RGB", (width, height), (18, 52, 86))
        draw = ImageDraw.Draw(image)
        draw.text((width // 12, height // 3), label, fill=(255, 255, 255), font_size=max(12, height // 8))
        draw.text(
            (width // 12, height // 2),
            f"{index / fps:0.1f} s",
            fill=(255, 214, 102),
            font_size=max(10, height // 10),
        )
        bar = int(width * (index + 1) / count)
        draw.rectangle([0, height - height // 12, bar, height], fill=(255, 214, 102))
        frames.append(image)
    return frames


def title_card_webm(
    *,
    label: str = "PESKO TV",
    seconds: float = 3.0,
    fps: int = 5,
    width: int = 320,
    height: int = 180,
    doc_type: bytes = b"webm",
) -> bytes:
    """A WebM (VP8, no audio) showing a title card and a moving progress bar (``doc_type`` for Matroska tests)."""
    frames = [
        _vp8_keyframe(image)
        for image in title_card_frames(label=label, seconds=seconds, fps=fps, width=width, height=height)
    ]
    frame_ms = 1000 // fps
    duration_ms = len(frames) * frame_ms
    info = _ebml(
        0x1549A966,
        _ebml_uint(0x2AD7B1, 1_000_000)
        + _ebml(0x4489, struct.pack(">d", float(duration_ms)))
        + _ebml(0x4D80, b"hub synthetic")
        + _ebml(0x5741, b"hub synthetic"),
    )
    tracks = _ebml(
        0x1654AE6B,
        _ebml(
            0xAE,
            _ebml_uint(0xD7, 1)
            + _ebml_uint(0x73C5, 1)
            + _ebml_uint(0x83, 1)
            + _ebml_uint(0x9C, 0)
            + _ebml(0x86, b"V_VP8")
            + _ebml_uint(0x23E383, frame_ms * 1_000_000)
            + _ebml(0xE0, _ebml_uint(0xB0, width) + _ebml_uint(0xBA, height)),
        ),
    )
    clusters: list[tuple[int, bytes]] = []
    per_cluster = fps
    for first in range(0, len(frames), per_cluster):
        start_ms = first * frame_ms
        blocks = b"".join(
            _ebml(0xA3, b"\x81" + struct.pack(">hB", i * frame_ms, 0x80) + frame)
            for i, frame in enumerate(frames[first : first + per_cluster])
        )
        clusters.append((start_ms, _ebml(0x1F43B675, _ebml_uint(0xE7, start_ms) + blocks)))

    def seek_entry(element_id: int, position: int) -> bytes:
        return _ebml(
            0x4DBB, _ebml(0x53AB, element_id.to_bytes(4, "big")) + _ebml(0x53AC, position.to_bytes(8, "big"))
        )

    def cues(cluster_start: int) -> bytes:
        points = b""
        position = cluster_start
        for start_ms, cluster in clusters:
            points += _ebml(
                0xBB,
                _ebml(0xB3, start_ms.to_bytes(8, "big"))
                + _ebml(0xB7, _ebml_uint(0xF7, 1) + _ebml(0xF1, position.to_bytes(8, "big"))),
            )
            position += len(cluster)
        return _ebml(0x1C53BB6B, points)

    seek_head_size = len(_ebml(0x114D9B74, seek_entry(0x1549A966, 0) * 3))
    info_at = seek_head_size
    tracks_at = info_at + len(info)
    clusters_at = tracks_at + len(tracks)
    cues_at = clusters_at + sum(len(c) for _, c in clusters)
    seek_head = _ebml(
        0x114D9B74,
        seek_entry(0x1549A966, info_at) + seek_entry(0x1654AE6B, tracks_at) + seek_entry(0x1C53BB6B, cues_at),
    )
    segment = seek_head + info + tracks + b"".join(c for _, c in clusters) + cues(clusters_at)
    header = _ebml(
        0x1A45DFA3,
        _ebml_uint(0x4286, 1)
        + _ebml_uint(0x42F7, 1)
        + _ebml_uint(0x42F2, 4)
        + _ebml_uint(0x42F3, 8)
        + _ebml(0x4282, doc_type)
        + _ebml_uint(0x4287, 4)
        + _ebml_uint(0x4285, 2),
    )
    return header + _ebml(0x18538067, segment)


def square_artwork(*, title: str, size: int = 1400, colour: tuple[int, int, int] = (18, 52, 86)) -> bytes:
    """A square PNG with a title: show artwork that meets the podcast directories' rules."""
    image = Image.new("RGB", (size, size), colour)
    draw = ImageDraw.Draw(image)
    draw.rectangle(
        [size // 14, size // 14, size - size // 14, size - size // 14],
        outline=(255, 214, 102),
        width=size // 70,
    )
    draw.text((size // 8, size // 2 - size // 12), title, fill=(255, 255, 255), font_size=size // 14)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def poster_jpeg(*, label: str, width: int = 320, height: int = 180) -> bytes:
    """The first frame of :func:`title_card_webm` as a JPEG, for a video's poster image."""
    image = title_card_frames(label=label, seconds=0.2, fps=5, width=width, height=height)[0]
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()
