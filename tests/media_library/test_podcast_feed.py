"""The podcast feed of a show, as podcastparser and feedparser see it, with Podcasting 2.0 read by lxml."""

from __future__ import annotations

import io
import os
from datetime import timedelta
from email.utils import parsedate_to_datetime
from unittest import mock

import feedparser
import podcastparser
import pytest
from django.core.cache import cache
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from lxml import etree
from PIL import Image
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from core.models import Person
from media_library.models import EpisodePage, ShowPage
from media_library.podcasting import podcast_guid
from tests.media_library import builders
from tests.testcases import HubPageTestCase

NS = {
    "atom": "http://www.w3.org/2005/Atom",
    "itunes": "http://www.itunes.com/dtds/podcast-1.0.dtd",
    "podcast": "https://podcastindex.org/namespace/1.0",
    "content": "http://purl.org/rss/1.0/modules/content/",
}
FEED = "/el/radiofono/fones/feed/"
FEED_URL = "http://testserver" + FEED


@pytest.fixture(autouse=True)
def _media_root():
    """Keep the test settings' temporary MEDIA_ROOT: files made in setUpTestData live there."""


class PodcastFeedTestCase(HubPageTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.radio = builders.show_index(cls.home_el)
        cls.guest = Person.objects.create(
            name="Μαρία Οικονόμου",
            locale=cls.el,
            website="https://example.org/maria",
            photo=builders.artwork(600),
        )
        cls.show = builders.show(
            cls.radio,
            artwork=builders.artwork(1600),
            description="<p>Φωνές από την <b>κοινωνική οικονομία</b> &amp; τους συνεταιρισμούς.</p>",
            author="ΠΕΣΚΟ",
            owner_name="Ραδιόφωνο ΠΕΣΚΟ",
            owner_email="radio@example.org",
            apple_category="Society & Culture > Documentary",
            copyright="© 2026 ΠΕΣΚΟ",
            funding_url="https://example.org/support/",
            funding_text="Στηρίξτε την εκπομπή",
            podcast_locked=True,
        )
        cls.first_media = builders.mp3_asset("Πρώτο", seconds=2.0)
        builders.transcript(cls.first_media)
        cls.first = builders.episode(
            cls.show,
            slug="proto",
            title="Πρώτο επεισόδιο",
            media=cls.first_media,
            chapters=[(0, "Αρχή"), (1, "Συνέντευξη")],
            season_number=1,
            episode_number=1,
            summary="Η αρχή της εκπομπής.",
        )
        cls.first.guests.set([cls.guest])
        builders.publish(cls.first)
        cls.second = builders.episode(
            cls.show,
            slug="deytero",
            title="Δεύτερο επεισόδιο",
            media=builders.mp3_asset("Δεύτερο", seconds=5.0),
            season_number=1,
            episode_number=2,
            episode_type="bonus",
        )
        now = timezone.now()
        EpisodePage.objects.filter(pk=cls.first.pk).update(first_published_at=now - timedelta(hours=2))
        EpisodePage.objects.filter(pk=cls.second.pk).update(first_published_at=now - timedelta(hours=1))
        cls.first.refresh_from_db()
        cls.second.refresh_from_db()

    def setUp(self):
        cache.clear()

    def get(self, url=FEED, **headers):
        return self.client.get(url, headers=headers)

    def document(self, url=FEED):
        response = self.get(url)
        self.assertEqual(response.status_code, 200)
        return response.content

    def channel(self, url=FEED):
        return etree.fromstring(self.document(url)).find("channel")


class PodcastParserTests(PodcastFeedTestCase):
    def test_podcastparser_reads_the_show_and_episodes(self):
        parsed = podcastparser.parse(FEED_URL, io.BytesIO(self.document()))
        self.assertEqual(parsed["title"], "Φωνές")
        self.assertEqual(parsed["description"], "Φωνές από την κοινωνική οικονομία & τους συνεταιρισμούς.")
        self.assertFalse(parsed["explicit"])
        self.assertEqual(parsed["type"], "episodic")
        self.assertTrue(parsed["cover_url"].startswith("http://testserver/media/images/"))
        self.assertEqual([e["title"] for e in parsed["episodes"]], ["Δεύτερο επεισόδιο", "Πρώτο επεισόδιο"])
        second, first = parsed["episodes"]
        self.assertEqual((first["number"], first["total_time"], first["guid"]), (1, 2, self.first.guid))
        self.assertEqual((second["number"], second["total_time"]), (2, 5))
        self.assertEqual(first["description"], "Η αρχή της εκπομπής.")
        self.assertEqual(first["link"], "http://testserver/el/radiofono/fones/proto/")
        self.assertEqual(first["published"], int(self.first.first_published_at.timestamp()))

    def test_enclosures_are_absolute_with_the_exact_size_and_type(self):
        parsed = podcastparser.parse(FEED_URL, io.BytesIO(self.document()))
        [enclosure] = parsed["episodes"][1]["enclosures"]
        media = self.first_media
        self.assertEqual(enclosure["url"], "http://testserver" + media.url)
        self.assertEqual(enclosure["file_size"], os.path.getsize(media.file.path))
        self.assertEqual(enclosure["file_size"], media.file_size)
        self.assertEqual(enclosure["mime_type"], "audio/mpeg")
        served = self.client.get(media.url)
        self.assertEqual(served.status_code, 200)
        self.assertEqual(int(served["Content-Length"]), enclosure["file_size"])

    def test_feedparser_reads_the_feed(self):
        parsed = feedparser.parse(self.document())
        self.assertFalse(parsed.bozo, parsed.get("bozo_exception"))
        self.assertEqual(parsed.feed.title, "Φωνές")
        self.assertEqual(parsed.feed.language, "el")
        self.assertEqual(parsed.feed.publisher_detail.name, "Ραδιόφωνο ΠΕΣΚΟ")
        self.assertEqual(parsed.feed.publisher_detail.email, "radio@example.org")
        self.assertEqual(parsed.feed.tags[0].term, "Society & Culture")
        first = parsed.entries[1]
        self.assertEqual(first.itunes_duration, "2")
        self.assertEqual(first.itunes_episode, "1")
        self.assertEqual(first.itunes_season, "1")
        self.assertEqual(first.itunes_episodetype, "full")
        self.assertEqual(parsed.entries[0].itunes_episodetype, "bonus")
        self.assertEqual(first.enclosures[0].length, str(self.first_media.file_size))
        self.assertEqual(first.id, self.first.guid)
        self.assertFalse(first.guidislink)


class AppleRequirementsTests(PodcastFeedTestCase):
    def test_channel_tags(self):
        channel = self.channel()
        self.assertEqual(channel.findtext("title"), "Φωνές")
        self.assertEqual(channel.findtext("link"), "http://testserver/el/radiofono/fones/")
        self.assertEqual(channel.findtext("language"), "el")
        self.assertEqual(channel.findtext("copyright"), "© 2026 ΠΕΣΚΟ")
        self.assertEqual(channel.findtext("itunes:explicit", namespaces=NS), "false")
        self.assertEqual(channel.findtext("itunes:author", namespaces=NS), "ΠΕΣΚΟ")
        self.assertEqual(channel.findtext("itunes:type", namespaces=NS), "episodic")
        self.assertEqual(channel.findtext("itunes:owner/itunes:name", namespaces=NS), "Ραδιόφωνο ΠΕΣΚΟ")
        self.assertEqual(channel.findtext("itunes:owner/itunes:email", namespaces=NS), "radio@example.org")
        category = channel.find("itunes:category", NS)
        self.assertEqual(category.get("text"), "Society & Culture")
        self.assertEqual(category.find("itunes:category", NS).get("text"), "Documentary")
        self.assertEqual(channel.find("atom:link[@rel='self']", NS).get("href"), FEED_URL)
        self.assertLessEqual(len(channel.findtext("description")), 4000)

    def test_artwork_is_a_square_jpeg_between_1400_and_3000_pixels(self):
        href = self.channel().find("itunes:image", NS).get("href")
        self.assertTrue(href.startswith("http://testserver/media/images/"))
        response = self.client.get(href.removeprefix("http://testserver"))
        self.assertEqual(response.status_code, 200)
        with Image.open(io.BytesIO(b"".join(response.streaming_content))) as image:
            self.assertEqual(image.format, "JPEG")
            self.assertEqual(image.width, image.height)
            self.assertTrue(1400 <= image.width <= 3000, image.size)

    def test_explicit_show_says_true(self):
        self.show.explicit = True
        builders.publish(self.show)
        self.assertEqual(self.channel().findtext("itunes:explicit", namespaces=NS), "true")
        cache.clear()
        self.assertTrue(podcastparser.parse(FEED_URL, io.BytesIO(self.document()))["explicit"])

    def test_items(self):
        item = self.channel().findall("item")[1]
        guid = item.find("guid")
        self.assertEqual((guid.text, guid.get("isPermaLink")), (self.first.guid, "false"))
        self.assertEqual(
            parsedate_to_datetime(item.findtext("pubDate")),
            self.first.first_published_at.replace(microsecond=0),
        )
        self.assertEqual(item.findtext("itunes:duration", namespaces=NS), "2")
        self.assertEqual(item.findtext("itunes:episodeType", namespaces=NS), "full")
        self.assertEqual(item.findtext("description"), "Η αρχή της εκπομπής.")

    def test_episode_artwork_only_when_big_enough(self):
        self.first.listing_image = builders.artwork(1500, 1600)
        builders.publish(self.first)
        self.second.listing_image = builders.artwork(800)
        builders.publish(self.second)
        second, first = self.channel().findall("item")
        self.assertIsNone(second.find("itunes:image", NS))
        href = first.find("itunes:image", NS).get("href")
        rendition = self.client.get(href.removeprefix("http://testserver"))
        with Image.open(io.BytesIO(b"".join(rendition.streaming_content))) as image:
            self.assertEqual(image.size, (1500, 1500))

    def test_show_notes_are_full_content_with_absolute_links(self):
        self.second.body = [("paragraph", '<p>Σημειώσεις με <a href="/el/">σύνδεσμο</a>.</p>')]
        builders.publish(self.second)
        item = self.channel().find("item")
        self.assertIn(
            '<a href="http://testserver/el/">σύνδεσμο</a>', item.findtext("content:encoded", namespaces=NS)
        )
        self.assertEqual(item.findtext("description"), "Σημειώσεις με σύνδεσμο.")

    def test_last_build_date_changes_only_with_content(self):
        first = self.channel().findtext("lastBuildDate")
        cache.clear()
        self.assertEqual(self.channel().findtext("lastBuildDate"), first)
        builders.episode(self.show, slug="trito", media=builders.mp3_asset("Τρίτο"))
        self.assertNotEqual(self.channel().findtext("lastBuildDate"), first)


class PodcastingTwoTests(PodcastFeedTestCase):
    def test_channel_tags(self):
        channel = self.channel()
        self.show.refresh_from_db()
        self.assertEqual(channel.findtext("podcast:guid", namespaces=NS), self.show.podcast_guid)
        self.assertEqual(self.show.podcast_guid, podcast_guid(FEED_URL))
        locked = channel.find("podcast:locked", NS)
        self.assertEqual((locked.text, locked.get("owner")), ("yes", "radio@example.org"))
        self.assertEqual(channel.findtext("podcast:medium", namespaces=NS), "podcast")
        funding = channel.find("podcast:funding", NS)
        self.assertEqual(
            (funding.get("url"), funding.text), ("https://example.org/support/", "Στηρίξτε την εκπομπή")
        )

    def test_the_stored_guid_survives_a_move(self):
        guid = self.channel().findtext("podcast:guid", namespaces=NS)
        show = ShowPage.objects.get(pk=self.show.pk)
        show.slug = "nees-fones"
        builders.publish(show)
        cache.clear()
        self.assertEqual(
            self.channel("/el/radiofono/nees-fones/feed/").findtext("podcast:guid", namespaces=NS), guid
        )

    def test_item_tags(self):
        second, first = self.channel().findall("item")
        [transcript] = first.findall("podcast:transcript", NS)
        self.assertEqual(transcript.get("type"), "text/vtt")
        self.assertEqual(transcript.get("language"), "el")
        self.assertEqual(transcript.get("rel"), "captions")
        served = self.client.get(transcript.get("url").removeprefix("http://testserver"))
        self.assertEqual(served.status_code, 200)
        self.assertIn("Καλησπέρα σας", b"".join(served.streaming_content).decode())
        chapters = first.find("podcast:chapters", NS)
        self.assertEqual(chapters.get("type"), "application/json+chapters")
        self.assertEqual(chapters.get("url"), "http://testserver/el/radiofono/fones/proto/chapters.json")
        document = self.client.get(chapters.get("url").removeprefix("http://testserver")).json()
        self.assertEqual([c["title"] for c in document["chapters"]], ["Αρχή", "Συνέντευξη"])
        [person] = first.findall("podcast:person", NS)
        self.assertEqual(person.text, "Μαρία Οικονόμου")
        self.assertEqual((person.get("role"), person.get("group")), ("guest", "cast"))
        self.assertEqual(person.get("href"), "https://example.org/maria")
        self.assertTrue(person.get("img").startswith("http://testserver/media/images/"))
        self.assertEqual(first.findtext("podcast:season", namespaces=NS), "1")
        self.assertEqual(first.findtext("podcast:episode", namespaces=NS), "1")
        self.assertIsNone(second.find("podcast:chapters", NS))
        self.assertEqual(second.findall("podcast:transcript", NS), [])

    def test_video_show_is_medium_video(self):
        tv = builders.show_index(self.home_el, slug="tileorasi", medium="video", title="Τηλεόραση")
        show = builders.show(tv, slug="eikones", title="Εικόνες", artwork=builders.artwork(1400))
        media = builders.webm_asset()
        builders.episode(show, slug="ena", media=media)
        channel = self.channel("/el/tileorasi/eikones/feed/")
        self.assertEqual(channel.findtext("podcast:medium", namespaces=NS), "video")
        enclosure = channel.find("item/enclosure")
        self.assertEqual(enclosure.get("type"), "video/webm")
        self.assertEqual(int(enclosure.get("length")), os.path.getsize(media.file.path))


class EpisodeSelectionTests(PodcastFeedTestCase):
    def titles(self):
        cache.clear()
        return [item.findtext("title") for item in self.channel().findall("item")]

    def test_episodes_without_a_media_file_are_absent(self):
        builders.episode(self.show, slug="xoris", title="Χωρίς αρχείο")
        self.assertNotIn("Χωρίς αρχείο", self.titles())

    def test_drafts_are_absent(self):
        builders.episode(
            self.show, slug="draft", title="Πρόχειρο", media=builders.mp3_asset(), publish_now=False
        )
        self.assertNotIn("Πρόχειρο", self.titles())

    def test_private_episodes_are_absent(self):
        page = builders.episode(self.show, slug="private", title="Ιδιωτικό", media=builders.mp3_asset())
        PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.PASSWORD, password="x"
        )
        self.assertNotIn("Ιδιωτικό", self.titles())

    def test_episodes_whose_file_is_in_a_private_collection_are_absent(self):
        members = Collection.get_first_root_node().add_child(name="Μέλη")
        CollectionViewRestriction.objects.create(
            collection=members, restriction_type=CollectionViewRestriction.LOGIN
        )
        media = builders.mp3_asset()
        media.collection = members.add_child(name="Συνελεύσεις")
        media.save()
        builders.episode(self.show, slug="melon", title="Μόνο για μέλη", media=media)
        titles = self.titles()
        self.assertNotIn("Μόνο για μέλη", titles)
        self.assertIn("Πρώτο επεισόδιο", titles)

    def test_episode_scheduled_for_tomorrow_is_absent_today(self):
        page = builders.episode(
            self.show, slug="avrio", title="Αύριο", media=builders.mp3_asset(), publish_now=False
        )
        page.go_live_at = timezone.now() + timedelta(days=1)
        page.save_revision().publish()
        self.assertNotIn("Αύριο", self.titles())

    def test_episode_dated_in_the_future_is_absent(self):
        page = builders.episode(self.show, slug="mellon", title="Μέλλον", media=builders.mp3_asset())
        EpisodePage.objects.filter(pk=page.pk).update(first_published_at=timezone.now() + timedelta(hours=2))
        self.assertNotIn("Μέλλον", self.titles())

    def test_expired_episodes_are_absent(self):
        page = builders.episode(self.show, slug="ligmeno", title="Ληγμένο", media=builders.mp3_asset())
        EpisodePage.objects.filter(pk=page.pk).update(expire_at=timezone.now() - timedelta(seconds=1))
        self.assertNotIn("Ληγμένο", self.titles())

    def test_each_language_has_its_own_feed(self):
        radio_en = builders.show_index(self.home_en, slug="radio", title="Radio")
        show_en = builders.show(radio_en, slug="voices", title="Voices", description="<p>Voices.</p>")
        media = builders.mp3_asset("One")
        builders.transcript(media, language="el")
        builders.transcript(media, language="en", data=b"WEBVTT\n\n00:00.000 --> 00:01.000\nGood evening.\n")
        builders.episode(show_en, slug="one", title="English episode", media=media)
        english = self.channel("/en/radio/voices/feed/")
        languages = [t.get("language") for t in english.findall("item/podcast:transcript", NS)]
        self.assertEqual(languages, ["en", "el"])
        self.assertEqual(english.findtext("language"), "en")
        self.assertEqual([i.findtext("title") for i in english.findall("item")], ["English episode"])
        self.assertNotIn("English episode", self.titles())
        self.assertNotEqual(
            english.findtext("podcast:guid", namespaces=NS),
            self.channel().findtext("podcast:guid", namespaces=NS),
        )

    def test_hostile_text_survives_and_parses(self):
        title = "Τίτλος ]]> & <i>\x01\x0c\x1b 🎙️" + "ω" * 200
        builders.episode(
            self.show,
            slug="hostile",
            title=title,
            summary="Περίληψη ]]> & \x0b 🎧 " + "λ" * 550,
            body=[("paragraph", "<p>Σημειώσεις ]]&gt; &amp; \x0c 🎧 " + "λέξη " * 2000 + "</p>")],
            media=builders.mp3_asset(),
        )
        self.show.description = "<p>" + "περιγραφή " * 800 + "]]&gt; &amp; 🎙️\x0c</p>"
        builders.publish(self.show)
        cache.clear()
        document = self.document()
        channel = etree.fromstring(document).find("channel")
        self.assertLessEqual(len(channel.findtext("description")), 4000)
        item = channel.find("item")
        self.assertEqual(item.findtext("title"), "Τίτλος ]]> & <i> 🎙️" + "ω" * 200)
        parsed = podcastparser.parse(FEED_URL, io.BytesIO(document))
        self.assertEqual(parsed["episodes"][0]["title"], "Τίτλος ]]> & <i> 🎙️" + "ω" * 200)
        feed = feedparser.parse(document)
        self.assertFalse(feed.bozo, feed.get("bozo_exception"))
        self.assertIn("]]> &", feed.entries[0].summary)
        self.assertIn("🎧", feed.entries[0].content[0].value)

        self.first.body = [("paragraph", "<p>" + "σημείωση " * 600 + "</p>")]
        self.first.summary = ""
        builders.publish(self.first)
        cache.clear()
        long_notes = etree.fromstring(self.document()).findall("channel/item")[-1]
        self.assertLessEqual(len(long_notes.findtext("description")), 4000)
        self.assertTrue(long_notes.findtext("description").endswith("…"))


class PodcastFeedHttpTests(PodcastFeedTestCase):
    def test_headers(self):
        response = self.get(Accept_Encoding="gzip")
        self.assertEqual(response["Content-Type"], "application/rss+xml; charset=utf-8")
        self.assertEqual(response["Content-Encoding"], "gzip")
        self.assertEqual(response["Cache-Control"], "public, max-age=300")
        self.assertTrue(response.has_header("Last-Modified"))

    def test_conditional_get_answers_304_without_building(self):
        with CaptureQueriesContext(connection) as full:
            first = self.get()
        with CaptureQueriesContext(connection) as conditional:
            response = self.get(If_None_Match=first["ETag"])
        self.assertEqual(response.status_code, 304)
        self.assertLess(len(conditional), len(full) - 5)
        self.assertEqual(self.get(If_Modified_Since=first["Last-Modified"]).status_code, 304)
        self.assertEqual(response["ETag"], first["ETag"])

    def test_new_episode_or_transcript_changes_the_etag(self):
        etag = self.get()["ETag"]
        builders.transcript(self.second.media, language="en")
        self.assertEqual(self.get(If_None_Match=etag).status_code, 200)

    def test_query_count_is_the_same_for_few_and_many_episodes(self):
        def add(count):
            for _n in range(count):
                number = EpisodePage.objects.count()
                media = builders.mp3_asset(f"Επεισόδιο {number}")
                builders.transcript(media)
                page = builders.episode(
                    self.show,
                    slug=f"ep-{number}",
                    media=media,
                    chapters=[(0, "Αρχή")],
                    episode_number=number,
                    listing_image=builders.artwork(1400),
                    body=[
                        ("paragraph", "<p>Σημειώσεις.</p>"),
                        ("image", {"image": builders.artwork(300)}),
                    ],
                )
                page.guests.set([self.guest])
                builders.publish(page)

        def queries():
            cache.clear()
            self.get()  # first build makes any missing renditions
            cache.clear()
            with CaptureQueriesContext(connection) as captured:
                self.assertEqual(self.get().status_code, 200)
            return len(captured)

        add(2)
        few = queries()
        add(10)
        self.assertEqual(len(self.channel().findall("item")), 14)
        self.assertEqual(queries(), few)

    @override_settings(FEED_PAGE_SIZE=1)
    def test_long_shows_are_archived_per_rfc_5005(self):
        channel = self.channel()
        self.assertEqual([i.findtext("title") for i in channel.findall("item")], ["Δεύτερο επεισόδιο"])
        links = {link.get("rel"): link.get("href") for link in channel.findall("atom:link", NS)}
        self.assertEqual(links["prev-archive"], FEED_URL + "?archive=1")
        parsed = podcastparser.parse(FEED_URL, io.BytesIO(self.document()))
        self.assertEqual(parsed["paged_feed_next"], FEED_URL + "?archive=1")
        archive = etree.fromstring(self.document(FEED + "?archive=1")).find("channel")
        self.assertEqual([i.findtext("title") for i in archive.findall("item")], ["Πρώτο επεισόδιο"])
        self.assertEqual(self.get(FEED + "?archive=2").status_code, 404)

    @override_settings(WEBSUB_HUB_URL="https://hub.example.net/")
    def test_publishing_an_episode_pings_the_hub(self):
        response = self.get()
        self.assertEqual(response["Link"], f'<https://hub.example.net/>; rel="hub", <{FEED_URL}>; rel="self"')
        page = builders.episode(self.show, slug="neo", media=builders.mp3_asset(), publish_now=False)
        accepted = mock.MagicMock(status=202)
        accepted.__enter__.return_value = accepted
        with (
            mock.patch("urllib.request.urlopen", return_value=accepted) as urlopen,
            self.captureOnCommitCallbacks(execute=True),
        ):
            page.save_revision().publish()
        [call] = urlopen.call_args_list
        self.assertEqual(call.args[0].full_url, "https://hub.example.net/")
        self.assertEqual(
            call.args[0].data.decode(),
            "hub.mode=publish&hub.url=" + FEED_URL.replace(":", "%3A").replace("/", "%2F"),
        )
