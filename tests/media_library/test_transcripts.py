"""WebVTT and SRT transcripts: reading cues, refusing bad files, converting SRT to WebVTT."""

import pytest
from django.test import SimpleTestCase

from media_library.transcripts import (
    Cue,
    TranscriptProblem,
    format_clock,
    parse_srt,
    parse_transcript,
    parse_webvtt,
    to_webvtt,
)
from tests.english import english_ui  # noqa: F401

pytestmark = pytest.mark.usefixtures("english_ui")

VTT = """WEBVTT - Φωνές

NOTE the notes block is skipped

intro
00:00.000 --> 00:01.500 align:start
<v Μαρία>Καλησπέρα &amp; <i>καλώς</i> ήρθατε

01:00:01.500 --> 01:00:03.000
Δεύτερη γραμμή
συνεχίζει
"""

SRT = """1
00:00:00,000 --> 00:00:01,200
<i>Γεια</i> σας & καλή ακρόαση

2
00:00:01,200 --> 00:00:02,500
Δεύτερη
"""


class ParsingTests(SimpleTestCase):
    def test_webvtt_cues_keep_times_text_and_speaker(self):
        cues = parse_webvtt(VTT)
        self.assertEqual(
            cues,
            [
                Cue(start=0.0, end=1.5, text="Καλησπέρα & καλώς ήρθατε", speaker="Μαρία"),
                Cue(start=3601.5, end=3603.0, text="Δεύτερη γραμμή συνεχίζει"),
            ],
        )

    def test_srt_cues_are_read_with_commas_in_times(self):
        cues = parse_srt(SRT)
        self.assertEqual([c.start for c in cues], [0.0, 1.2])
        self.assertEqual(cues[0].text, "Γεια σας & καλή ακρόαση")

    def test_format_is_detected_from_the_content_and_a_bom_is_allowed(self):
        self.assertEqual(parse_transcript(b"\xef\xbb\xbf" + VTT.encode())[0], "vtt")
        self.assertEqual(parse_transcript(SRT.replace("\n", "\r\n").encode())[0], "srt")

    def test_srt_converts_to_webvtt_that_reads_back_the_same(self):
        cues = parse_srt(SRT)
        webvtt = to_webvtt(cues)
        self.assertTrue(webvtt.startswith("WEBVTT\n\n00:00:00.000 --> 00:00:01.200\n"))
        self.assertIn("Γεια σας &amp; καλή ακρόαση", webvtt)
        self.assertEqual(parse_webvtt(webvtt), cues)

    def test_clock_rounds_to_the_second_and_shows_hours_only_when_needed(self):
        self.assertEqual(format_clock(5.994), "0:06")
        self.assertEqual(format_clock(3723), "1:02:03")


class RefusalTests(SimpleTestCase):
    def assertRefused(self, data: bytes, fragment: str):
        with self.assertRaises(TranscriptProblem) as caught:
            parse_transcript(data)
        self.assertIn(fragment, str(caught.exception))

    def test_bad_timing_names_its_line(self):
        self.assertRefused(b"WEBVTT\n\n00:01.000 -> 00:02.000\nx\n", "Line 3")

    def test_cue_ending_before_it_starts(self):
        self.assertRefused(b"1\n00:00:02,000 --> 00:00:01,000\nx\n", "ends before it starts")

    def test_cues_out_of_order(self):
        self.assertRefused(
            b"WEBVTT\n\n00:05.000 --> 00:06.000\na\n\n00:01.000 --> 00:02.000\nb\n", "time order"
        )

    def test_not_utf8(self):
        self.assertRefused("1\n00:00:00,000 --> 00:00:01,000\nΓεια\n".encode("cp1253"), "UTF-8")

    def test_no_cues(self):
        self.assertRefused(b"WEBVTT\n", "no cues")
