"""Identifying and measuring audio/video files by content, on real generated files."""

import io
import struct

import mutagen
import pytest
from django.test import SimpleTestCase

from media_library.formats import MediaProblem, probe
from media_library.synthetic import (
    mp4_file,
    silent_m4a,
    silent_mp3,
    silent_opus,
    silent_wav,
    square_artwork,
    title_card_webm,
)
from tests.english import english_ui  # noqa: F401

pytestmark = pytest.mark.usefixtures("english_ui")


def probe_bytes(data: bytes):
    return probe(io.BytesIO(data))


class AcceptedFormatsTests(SimpleTestCase):
    def test_mp3_duration_is_read_from_the_frames(self):
        result = probe_bytes(silent_mp3(2.0))
        self.assertEqual(result.format.key, "mp3")
        self.assertEqual(result.format.mime_type, "audio/mpeg")
        self.assertEqual(result.format.kind, "audio")
        self.assertAlmostEqual(result.duration, 2.0, delta=0.05)

    def test_mp3_with_an_id3_tag_is_still_an_mp3(self):
        tag = b"ID3\x04\x00\x00\x00\x00\x00\x0a" + bytes(10)
        result = probe_bytes(tag + silent_mp3(1.0))
        self.assertEqual(result.format.key, "mp3")
        self.assertAlmostEqual(result.duration, 1.0, delta=0.05)

    def test_m4a_is_audio_mp4_with_aac(self):
        result = probe_bytes(silent_m4a(3.0))
        self.assertEqual(result.format.key, "m4a")
        self.assertEqual(result.format.mime_type, "audio/mp4")
        self.assertEqual(result.codecs, ["mp4a"])
        self.assertAlmostEqual(result.duration, 3.0, delta=0.05)

    def test_ogg_opus_duration_counts_from_the_granule_position(self):
        result = probe_bytes(silent_opus(2.0))
        self.assertEqual(result.format.key, "opus")
        self.assertEqual(result.format.mime_type, "audio/ogg")
        self.assertAlmostEqual(result.duration, 2.0, delta=0.05)

    def test_webm_video_size_and_duration_come_from_the_ebml_headers(self):
        result = probe_bytes(title_card_webm(seconds=3.0, width=320, height=180))
        self.assertEqual(result.format.key, "webm")
        self.assertEqual(result.format.kind, "video")
        self.assertEqual((result.width, result.height), (320, 180))
        self.assertEqual(result.codecs, ["V_VP8"])
        self.assertAlmostEqual(result.duration, 3.0, delta=0.01)

    def test_generated_files_are_real_files_for_mutagen_too(self):
        for data, kind in [(silent_mp3(1), "MP3"), (silent_m4a(1), "MP4"), (silent_opus(1), "OggOpus")]:
            self.assertEqual(type(mutagen.File(io.BytesIO(data))).__name__, kind)


class RefusedFormatsTests(SimpleTestCase):
    def assertRefused(self, data: bytes, fragment: str):
        with self.assertRaises(MediaProblem) as caught:
            probe_bytes(data)
        self.assertIn(fragment, str(caught.exception))

    def test_wav_is_named_and_refused(self):
        self.assertRefused(silent_wav(1.0), "WAV")

    def test_an_image_is_named_and_refused(self):
        self.assertRefused(square_artwork(title="x", size=64), "PNG")

    def test_text_is_not_audio(self):
        self.assertRefused(b"<html><body>hello</body></html>" * 4, "not an audio or video file")

    def test_empty_file(self):
        self.assertRefused(b"", "empty")

    def test_mp4_with_a_codec_other_than_h264_or_aac_is_refused(self):
        hevc_entry = struct.pack(">I", 16) + b"hvc1" + bytes(8)
        data = mp4_file(
            samples=[b"\x00" * 10] * 5,
            sample_delta=1,
            timescale=5,
            sample_entry=hevc_entry,
            handler=b"vide",
            brands=(b"isom", b"mp41"),
            width=64,
            height=64,
        )
        self.assertRefused(data, "hvc1")

    def test_matroska_is_not_webm(self):
        self.assertRefused(title_card_webm(seconds=1.0, doc_type=b"matroska"), "Matroska")


class CorruptFilesTests(SimpleTestCase):
    def assertCorrupt(self, data: bytes):
        with self.assertRaises(MediaProblem) as caught:
            probe_bytes(data)
        self.assertRegex(str(caught.exception), "damaged|no playable")

    def test_mp4_cut_short_before_its_movie_header(self):
        self.assertCorrupt(silent_m4a(2.0)[:60])

    def test_id3_tag_without_any_audio(self):
        self.assertCorrupt(b"ID3\x04\x00\x00\x00\x00\x00\x0a" + bytes(200))

    def test_webm_cut_short(self):
        self.assertCorrupt(title_card_webm(seconds=1.0)[:300])

    def test_ogg_that_stops_after_its_headers(self):
        data = silent_opus(1.0)
        second_page = data.index(b"OggS", 4)
        third_page = data.index(b"OggS", second_page + 4)
        self.assertCorrupt(data[:third_page])
