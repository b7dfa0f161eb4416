"""The demo Radio/TV content: real, playable media for every episode, transcripts, chapters, translations.

(tests/core/test_seed.py checks that a second run creates nothing.)
"""

from io import StringIO

from django.core.management import call_command
from django.test import TestCase

from media_library.formats import probe
from media_library.models import EpisodePage, MediaTranscript, ShowPage


class DemoShowsTests(TestCase):
    def test_demo_shows_have_playable_episodes_with_transcripts_and_chapters(self):
        call_command("seed_demo_content", stdout=StringIO())

        greek_shows = ShowPage.objects.filter(locale__language_code="el")
        self.assertEqual(sorted(greek_shows.values_list("medium", flat=True)), ["audio", "audio", "video"])
        for show in greek_shows:
            self.assertEqual((show.artwork.width, show.artwork.height), (1400, 1400))
            self.assertRegex(show.podcast_guid, r"^[0-9a-f-]{36}$")

        episodes = EpisodePage.objects.filter(locale__language_code="el").live().select_related("media")
        self.assertGreaterEqual(episodes.count(), 10)
        for episode in episodes:
            with self.subTest(episode=episode.slug):
                with episode.media.file.open("rb") as handle:
                    result = probe(handle)
                self.assertEqual(result.format.mime_type, episode.media.mime_type)
                self.assertIn(result.format.key, {"mp3", "webm"})
                self.assertAlmostEqual(result.duration, 6.0, delta=0.1)
                self.assertTrue(MediaTranscript.objects.filter(media=episode.media, language="el").exists())
                self.assertGreaterEqual(episode.chapters.count(), 2)
                self.assertTrue(all(c.start_seconds < result.duration for c in episode.chapters.all()))

        english_shows = ShowPage.objects.filter(locale__language_code="en")
        self.assertTrue(english_shows.exists())
        for show in english_shows:
            english_episodes = EpisodePage.objects.child_of(show).live()
            self.assertEqual(
                english_episodes.count(),
                EpisodePage.objects.child_of(show.get_translation(greek_shows.first().locale)).count(),
            )
            episode = english_episodes.first()
            response = self.client.get(episode.url)
            self.assertContains(response, 'srclang="en" label="English" default')
            audio = self.client.get(episode.media.url, headers={"Range": "bytes=0-1"})
            self.assertEqual(audio.status_code, 206)
