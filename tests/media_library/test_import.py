"""import_content with shows and episodes (CONTRACTS §4): media and transcripts from local paths."""

import json
import shutil
import tempfile
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from media_library.models import EpisodePage, MediaAsset, MediaTranscript, ShowIndexPage, ShowPage
from media_library.podcasting import podcast_guid
from media_library.synthetic import silent_mp3, silent_wav, square_artwork, title_card_webm
from tests.english import english_ui  # noqa: F401
from tests.media_library.builders import GREEK_VTT
from tests.testcases import HubPageTestCase

pytestmark = pytest.mark.usefixtures("english_ui")

ENGLISH_SRT = b"1\n00:00:00,000 --> 00:00:01,000\nGood evening.\n"

SHOW = {
    "kind": "show",
    "locale": "el",
    "key": "fones",
    "title": "Φωνές",
    "summary": "Συζητήσεις.",
    "body": "<p>Μια <strong>εκπομπή</strong>.</p><script>x</script>",
    "published": "2026-01-05T10:00:00+02:00",
    "medium": "audio",
    "image": "art.png",
}
EPISODE = {
    "kind": "episode",
    "locale": "el",
    "key": "proto",
    "show": "fones",
    "title": "Πρώτο",
    "summary": "Το πρώτο επεισόδιο.",
    "body": "<h2>Θέμα</h2><p>Σημειώσεις.</p>",
    "published": "2026-01-12T10:00:00+02:00",
    "topics": ["Συνεταιρισμοί"],
    "media": "proto.mp3",
    "transcript": "proto.vtt",
}
SHOW_EN = {
    **SHOW,
    "locale": "en",
    "key": "voices",
    "translation_of": "fones",
    "title": "Voices",
    "summary": "Talks.",
}
EPISODE_EN = {
    **EPISODE,
    "locale": "en",
    "key": "first",
    "show": "voices",
    "translation_of": "proto",
    "title": "First",
    "summary": "The first episode.",
    "topics": ["Cooperatives"],
    "media": None,
    "transcript": "first.srt",
}
TV = {**SHOW, "key": "tv-show", "title": "Τηλεοπτική", "medium": "video"}
TV_EPISODE = {
    **EPISODE,
    "key": "tainia",
    "show": "tv-show",
    "media": "tainia.webm",
    "transcript": None,
    "topics": [],
}


class ImportTests(HubPageTestCase):
    def setUp(self):
        self.folder = Path(tempfile.mkdtemp(prefix="import-"))
        self.addCleanup(shutil.rmtree, self.folder)
        (self.folder / "art.png").write_bytes(square_artwork(title="F", size=1400))
        (self.folder / "small.png").write_bytes(square_artwork(title="F", size=600))
        (self.folder / "proto.mp3").write_bytes(silent_mp3(2.0))
        (self.folder / "tainia.webm").write_bytes(title_card_webm(seconds=1.0))
        (self.folder / "interview.wav").write_bytes(silent_wav(1.0))
        (self.folder / "proto.vtt").write_bytes(GREEK_VTT)
        (self.folder / "first.srt").write_bytes(ENGLISH_SRT)
        (self.folder / "broken.vtt").write_bytes(b"WEBVTT\n\nno timing here\n")

    def run_import(self, *items, publish=True) -> str:
        path = self.folder / "content.jsonl"
        path.write_text("\n".join(json.dumps(item, ensure_ascii=False) for item in items) + "\n")
        out = StringIO()
        call_command("import_content", str(path), *(["--publish"] if publish else []), stdout=out, stderr=out)
        return out.getvalue()

    def assertRefused(self, *items, message: str):
        err = StringIO()
        path = self.folder / "bad.jsonl"
        path.write_text("\n".join(json.dumps(item, ensure_ascii=False) for item in items) + "\n")
        with self.assertRaises(CommandError):
            call_command("import_content", str(path), "--publish", stdout=StringIO(), stderr=err)
        self.assertIn(message, err.getvalue())
        self.assertFalse(ShowPage.objects.exists())
        self.assertFalse(EpisodePage.objects.exists())
        self.assertFalse(MediaAsset.objects.exists())

    def test_show_and_episode_with_media_and_transcript(self):
        output = self.run_import(SHOW, EPISODE)
        self.assertIn("episode: 1 created", output)
        show = ShowPage.objects.get(slug="fones")
        self.assertEqual(show.get_parent().specific.medium, "audio")
        self.assertIsInstance(show.get_parent().specific, ShowIndexPage)
        self.assertEqual(show.description, "<p>Μια <strong>εκπομπή</strong>.</p>")
        self.assertEqual((show.artwork.width, show.artwork.height), (1400, 1400))
        self.assertEqual(show.podcast_guid, podcast_guid(f"testserver{show.url}feed"))
        episode = EpisodePage.objects.get(slug="proto")
        self.assertTrue(episode.live)
        self.assertEqual(episode.get_parent().pk, show.pk)
        self.assertEqual(episode.media.mime_type, "audio/mpeg")
        self.assertAlmostEqual(episode.media.duration, 2.0, delta=0.05)
        self.assertEqual(episode.media.transcripts.get().language, "el")
        self.assertEqual([t.name for t in episode.topics.all()], ["Συνεταιρισμοί"])
        self.assertEqual(episode.first_published_at.isoformat(), "2026-01-12T08:00:00+00:00")
        self.assertEqual([block.block_type for block in episode.body], ["heading", "paragraph"])

    def test_video_show_goes_under_the_tv_section(self):
        self.run_import(TV, TV_EPISODE)
        episode = EpisodePage.objects.get(slug="tainia")
        self.assertEqual(episode.media.type, "video")
        self.assertEqual(ShowPage.objects.get(slug="tv-show").get_parent().specific.medium, "video")

    def test_english_translation_shares_the_media_and_adds_an_english_transcript(self):
        self.run_import(SHOW, EPISODE, SHOW_EN, EPISODE_EN)
        greek, english = EpisodePage.objects.get(slug="proto"), EpisodePage.objects.get(slug="first")
        self.assertEqual(english.translation_key, greek.translation_key)
        self.assertEqual(english.media_id, greek.media_id)
        self.assertNotEqual(english.guid, greek.guid)
        self.assertEqual(
            sorted(
                MediaTranscript.objects.filter(media=greek.media).values_list("language", "source_format")
            ),
            [("el", "vtt"), ("en", "srt")],
        )
        english_index = ShowPage.objects.get(slug="voices").get_parent()
        self.assertEqual(
            english_index.translation_key, ShowPage.objects.get(slug="fones").get_parent().translation_key
        )

    def test_reimporting_the_same_file_changes_nothing(self):
        self.run_import(SHOW, EPISODE, SHOW_EN, EPISODE_EN)
        guids = dict(EpisodePage.objects.values_list("slug", "guid"))
        output = self.run_import(SHOW, EPISODE, SHOW_EN, EPISODE_EN)
        self.assertIn("episode: 0 created, 0 updated, 2 unchanged", output)
        self.assertIn("show: 0 created, 0 updated, 2 unchanged", output)
        self.assertEqual(dict(EpisodePage.objects.values_list("slug", "guid")), guids)
        self.assertEqual(MediaAsset.objects.count(), 1)

    def test_changed_episode_is_updated_in_place(self):
        self.run_import(SHOW, EPISODE)
        guid = EpisodePage.objects.get().guid
        output = self.run_import(SHOW, {**EPISODE, "title": "Πρώτο, διορθωμένο"})
        self.assertIn("episode: 0 created, 1 updated", output)
        episode = EpisodePage.objects.get()
        self.assertEqual((episode.title, episode.guid), ("Πρώτο, διορθωμένο", guid))

    def test_without_publish_pages_are_drafts(self):
        self.run_import(SHOW, EPISODE, publish=False)
        self.assertFalse(EpisodePage.objects.get().live)
        self.assertEqual(ShowPage.objects.get().podcast_guid, "")

    def test_unknown_show(self):
        self.assertRefused({**EPISODE, "show": "nowhere"}, message="line 1: unknown show 'nowhere'")

    def test_missing_or_bad_medium(self):
        self.assertRefused({**SHOW, "medium": "radio"}, message="field 'medium' must be one of: audio, video")

    def test_unreadable_media_file(self):
        self.assertRefused(
            SHOW, {**EPISODE, "media": "missing.mp3"}, message="line 2: cannot read media file"
        )

    def test_media_of_a_refused_type(self):
        self.assertRefused(SHOW, {**EPISODE, "media": "interview.wav"}, message="WAV")

    def test_bad_transcript(self):
        self.assertRefused(SHOW, {**EPISODE, "transcript": "broken.vtt"}, message="expected a cue timing")

    def test_artwork_that_podcast_apps_would_refuse(self):
        self.assertRefused({**SHOW, "image": "small.png"}, message="must be square, 1400 to 3000")

    def test_every_bad_line_is_reported(self):
        err = StringIO()
        path = self.folder / "bad.jsonl"
        lines = [{**SHOW, "medium": "tv"}, {**EPISODE, "show": "nowhere"}]
        path.write_text("\n".join(json.dumps(line) for line in lines))
        with self.assertRaises(CommandError):
            call_command("import_content", str(path), stdout=StringIO(), stderr=err)
        self.assertIn("line 1:", err.getvalue())
        self.assertIn("line 2:", err.getvalue())
