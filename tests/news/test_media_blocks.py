"""Audio and video in an article's body: a player with captions, a transcript that seeks it, a download
link, the API's description of the file, and several players on one page kept apart."""

from __future__ import annotations

import re

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from news.models import ArticlePage
from tests.english import EnglishClient
from tests.media_library.builders import mp3_asset, transcript, webm_asset
from tests.news.builders import article, news_index
from tests.testcases import HubPageTestCase


class ArticleMediaBlockTests(HubPageTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.index = news_index(cls.home_el)

    def setUp(self):
        # Files live in each test's own MEDIA_ROOT (tests/conftest.py), so they are made per test.
        self.audio = mp3_asset(title="Συνέντευξη με τον πρόεδρο", seconds=3.0)
        transcript(self.audio)
        self.video = webm_asset(title="Ρεπορτάζ από τη συνέλευση", seconds=2.0)
        self.page = article(
            self.index,
            title="Η συνέλευση σε ήχο και εικόνα",
            slug="synelefsi",
            body=[
                ("paragraph", "<p>Ακούστε και δείτε.</p>"),
                ("media", {"media": self.audio, "title": "", "caption": "Ηχογράφηση της συνέλευσης"}),
                ("media", {"media": self.video, "title": "Το βίντεο", "caption": ""}),
            ],
        )

    def test_article_plays_audio_with_captions_transcript_and_download(self):
        response = self.client.get(self.page.url)
        self.assertEqual(response.status_code, 200)
        html = response.content.decode()
        self.assertContains(response, f'<source src="{self.audio.url}" type="audio/mpeg">', html=True)
        self.assertRegex(html, r'<track kind="captions" src="/media/transcripts/[^"]+\.vtt" srclang="el"')
        self.assertContains(response, "Συνέντευξη με τον πρόεδρο")  # the file's title when none is given
        self.assertContains(response, "<figcaption>Ηχογράφηση της συνέλευσης</figcaption>", html=True)
        self.assertContains(response, "Σήμερα μιλάμε για συνεταιρισμούς.")
        self.assertContains(response, f'href="{self.audio.url}" download')
        self.assertContains(response, "0:03")

    def test_each_player_has_its_own_id_and_its_transcript_seeks_it(self):
        html = self.client.get(self.page.url).content.decode()
        ids = re.findall(r'<(?:audio|video) id="([^"]+)" class="js-player"', html)
        self.assertEqual(len(ids), 2)
        self.assertNotEqual(ids[0], ids[1])
        seek_targets = set(re.findall(r'data-seek="[^"]+" data-player="([^"]+)"', html))
        self.assertEqual(seek_targets, {ids[0]})
        self.assertEqual(html.count("js/player.js"), 2)  # once per player; the script sets itself up once

    def test_video_block_uses_its_own_title(self):
        response = self.client.get(self.page.url)
        self.assertContains(response, '<p class="player__title">Το βίντεο</p>', html=True)
        self.assertContains(response, f'<source src="{self.video.url}" type="video/webm">', html=True)

    def test_api_describes_the_file_not_just_its_id(self):
        body = self.client.get(f"/api/v2/pages/{self.page.pk}/").json()["body"]
        media_block = next(block for block in body if block["type"] == "media")
        data = media_block["value"]["media"]
        self.assertEqual((data["type"], data["mime_type"]), ("audio", "audio/mpeg"))
        self.assertEqual(data["file_size"], self.audio.file_size)
        self.assertTrue(data["url"].startswith("http://testserver/media/"))
        self.assertEqual([t["language"] for t in data["transcripts"]], ["el"])

    def test_caption_and_title_are_searchable_text(self):
        block = self.page.body.stream_block.child_blocks["media"]
        value = self.page.body[1].value
        self.assertEqual(block.get_searchable_content(value), ["Ηχογράφηση της συνέλευσης"])


class ArticleMediaBlockAdminTests(HubPageTestCase, WagtailPageTestCase):
    client_class = EnglishClient

    def setUp(self):
        self.login()
        self.index = news_index(self.home_el)
        self.audio = mp3_asset(title="Συνέντευξη", seconds=2.0)

    def test_editor_adds_an_audio_block_to_an_article(self):
        data = nested_form_data(
            {
                "title": "Άρθρο με ήχο",
                "slug": "arthro-me-ichos",
                "summary": "Μια συνέντευξη.",
                "body": streamfield(
                    [
                        ("paragraph", rich_text("<p>Ακούστε τη συνέντευξη.</p>")),
                        ("media", {"media": self.audio.pk, "title": "", "caption": "Η συνέντευξη"}),
                    ]
                ),
                "topic_links-TOTAL_FORMS": "0",
                "topic_links-INITIAL_FORMS": "0",
                "author_links-TOTAL_FORMS": "0",
                "author_links-INITIAL_FORMS": "0",
                "related_article_links-TOTAL_FORMS": "0",
                "related_article_links-INITIAL_FORMS": "0",
            }
        )
        self.assertCanCreate(self.index, ArticlePage, data)
        created = ArticlePage.objects.get(slug="arthro-me-ichos")
        self.assertEqual(created.body[1].value["media"], self.audio)
