"""News feeds (RSS 2.0 and Atom, per section and per topic), read by feedparser and lxml."""

from __future__ import annotations

import gzip
import json
from datetime import timedelta
from io import BytesIO
from unittest import mock

import feedparser
import pytest
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from lxml import etree
from PIL import Image
from wagtail.images import get_image_model
from wagtail.models import PageViewRestriction

from core.models import Person, Topic
from news.models import ArticleAuthor, ArticlePage, ArticleTopic, NewsIndexPage
from tests.testcases import HubPageTestCase

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(autouse=True)
def _media_root():
    """Keep the test settings' temporary MEDIA_ROOT: images made in setUpTestData live there."""


CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"


def picture(title="Φωτογραφία", size=(1600, 900)):
    buffer = BytesIO()
    Image.new("RGB", size, (200, 120, 40)).save(buffer, "JPEG")
    return get_image_model().objects.create(
        title=title, file=ContentFile(buffer.getvalue(), name="photo.jpg")
    )


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def article(
    index, slug, *, title=None, summary="", body=(), topics=(), authors=(), hero=None, publish_now=True
):
    page = ArticlePage(
        title=title or slug,
        slug=slug,
        summary=summary,
        hero_image=hero,
        body=json.dumps([{"type": kind, "value": value} for kind, value in body]),
    )
    page.topic_links = [ArticleTopic(topic=topic) for topic in topics]
    page.author_links = [ArticleAuthor(person=person) for person in authors]
    page = index.add_child(instance=page)
    return publish(page) if publish_now else page


class NewsFeedTestCase(HubPageTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.index = publish(cls.home_el.add_child(instance=NewsIndexPage(title="Νέα", slug="nea")))
        cls.index_en = publish(cls.home_en.add_child(instance=NewsIndexPage(title="News", slug="news")))
        cls.topic = Topic.objects.create(name="Συνεταιρισμοί", slug="synetairismoi", locale=cls.el)
        cls.other_topic = Topic.objects.create(name="Νομοθεσία", slug="nomothesia", locale=cls.el)
        cls.en_topic = Topic.objects.create(name="Cooperatives", slug="synetairismoi", locale=cls.en)
        cls.author = Person.objects.create(name="Ελένη Παπαδάκη", locale=cls.el)
        cls.hero = picture()
        cls.first = article(
            cls.index,
            "proto",
            title="Πρώτο άρθρο",
            summary="Η περίληψη του πρώτου.",
            body=[
                ("heading", {"text": "Ενότητα", "level": "h2"}),
                (
                    "paragraph",
                    '<p>Δείτε <a href="/el/nea/">τα νέα</a> & <a href="https://example.org/">αυτό</a>.</p>',
                ),
                ("image", {"image": picture("Σώμα").pk, "alt_text": "Συνάντηση", "caption": "Λεζάντα"}),
                ("quote", {"quote": "Μαζί.", "attribution": "Μέλος"}),
                ("embed", "https://www.youtube.com/watch?v=mwrsL7-fhxI"),
            ],
            topics=[cls.topic],
            authors=[cls.author],
            hero=cls.hero,
        )
        cls.second = article(cls.index, "deytero", title="Δεύτερο άρθρο", topics=[cls.other_topic])
        cls.english = article(cls.index_en, "english", title="English article", topics=[cls.en_topic])

    def setUp(self):
        cache.clear()

    def get(self, url, **headers):
        return self.client.get(url, headers=headers)

    def rss(self, url="/el/nea/feed/"):
        response = self.get(url)
        self.assertEqual(response.status_code, 200, url)
        return response, feedparser.parse(response.content)


class NewsFeedContentTests(NewsFeedTestCase):
    def test_rss_feed_as_feedparser_sees_it(self):
        response, parsed = self.rss()
        self.assertEqual(response["Content-Type"], "application/rss+xml; charset=utf-8")
        self.assertFalse(parsed.bozo, parsed.get("bozo_exception"))
        self.assertEqual(parsed.version, "rss20")
        self.assertEqual(parsed.feed.title, "Νέα")
        self.assertEqual(parsed.feed.language, "el")
        self.assertEqual(parsed.feed.link, "http://testserver/el/nea/")
        self.assertEqual([e.title for e in parsed.entries], ["Δεύτερο άρθρο", "Πρώτο άρθρο"])
        entry = parsed.entries[1]
        self.assertEqual(entry.link, "http://testserver/el/nea/proto/")
        self.assertEqual(entry.summary, "Η περίληψη του πρώτου.")
        self.assertEqual(entry.author, "Ελένη Παπαδάκη")
        self.assertEqual([tag.term for tag in entry.tags], ["Συνεταιρισμοί"])
        self.assertEqual(entry.published_parsed[:6], self.first.first_published_at.utctimetuple()[:6])
        [media] = entry.media_content
        self.assertTrue(media["url"].startswith("http://testserver/media/images/"))
        self.assertEqual((media["medium"], media["type"], media["width"]), ("image", "image/jpeg", "1200"))
        self_link = etree.fromstring(response.content).find(f"channel/{ATOM}link[@rel='self']")
        self.assertEqual(self_link.get("href"), "http://testserver/el/nea/feed/")

    def test_full_content_has_absolute_links_and_images(self):
        response, parsed = self.rss()
        content = etree.fromstring(response.content).find("channel/item[2]/" + CONTENT).text
        self.assertIn("<h2>Ενότητα</h2>", content)
        self.assertIn(
            '<a href="http://testserver/el/nea/">τα νέα</a> &amp; <a href="https://example.org/">', content
        )
        self.assertRegex(
            content,
            r'<img src="http://testserver/media/images/[^"]+\.jpg" width="1200" height="675" alt="Συνάντηση">',
        )
        self.assertIn("<figcaption>Λεζάντα</figcaption>", content)
        self.assertIn("<blockquote><p>Μαζί.</p></blockquote>", content)
        self.assertIn('<a href="https://www.youtube.com/watch?v=mwrsL7-fhxI">', content)
        self.assertNotIn('src="/', content)
        self.assertNotIn('href="/', content)
        self.assertIn("Ενότητα", parsed.entries[1].content[0].value)

    def test_audio_in_the_body_is_playable_and_linked_in_the_feed(self):
        from tests.media_library.builders import mp3_asset

        recording = mp3_asset(title="Η συνέντευξη", seconds=3.0)
        article(
            self.index,
            "me-ichos",
            title="Άρθρο με ήχο",
            body=[("media", {"media": recording.pk, "title": "", "caption": "Ολόκληρη η συζήτηση"})],
        )
        response, parsed = self.rss()
        content = etree.fromstring(response.content).find("channel/item[1]/" + CONTENT).text
        url = f"http://testserver{recording.url}"
        self.assertIn(f'<audio controls preload="none" src="{url}"></audio>', content)
        self.assertIn(f'<a href="{url}">Η συνέντευξη</a> (MP3, 0:03). Ολόκληρη η συζήτηση', content)
        self.assertEqual(parsed.entries[0].title, "Άρθρο με ήχο")

    def test_atom_feed_as_feedparser_sees_it(self):
        response = self.get("/el/nea/feed/atom/")
        self.assertEqual(response["Content-Type"], "application/atom+xml; charset=utf-8")
        root = etree.fromstring(response.content)
        self.assertEqual(root.get("{http://www.w3.org/XML/1998/namespace}lang"), "el")
        self.assertEqual(
            root.find(f"{ATOM}link[@rel='self']").get("href"), "http://testserver/el/nea/feed/atom/"
        )
        parsed = feedparser.parse(response.content)
        self.assertFalse(parsed.bozo, parsed.get("bozo_exception"))
        self.assertEqual(parsed.version, "atom10")
        entry = parsed.entries[1]
        self.assertEqual(entry.title, "Πρώτο άρθρο")
        self.assertEqual(entry.author, "Ελένη Παπαδάκη")
        self.assertEqual(entry.content[0].type, "text/html")
        self.assertIn("http://testserver/el/nea/", entry.content[0].value)
        self.assertEqual(entry.tags[0].label, "Συνεταιρισμοί")
        self.assertTrue(entry.id.startswith("urn:uuid:"))

    def test_entry_ids_are_stable_across_formats_and_renames(self):
        _response, before = self.rss()
        atom = feedparser.parse(self.get("/el/nea/feed/atom/").content)
        self.assertEqual({e.id for e in before.entries}, {e.id for e in atom.entries})
        page = ArticlePage.objects.get(pk=self.second.pk)
        page.slug = "allo-onoma"
        publish(page)
        _response, after = self.rss()
        self.assertEqual({e.id for e in before.entries}, {e.id for e in after.entries})

    def test_topic_feed_carries_only_that_topic(self):
        _response, parsed = self.rss("/el/nea/topic/synetairismoi/feed/")
        self.assertEqual([e.title for e in parsed.entries], ["Πρώτο άρθρο"])
        self.assertEqual(parsed.feed.title, "Συνεταιρισμοί · Νέα")
        atom = feedparser.parse(self.get("/el/nea/topic/nomothesia/feed/atom/").content)
        self.assertEqual([e.title for e in atom.entries], ["Δεύτερο άρθρο"])
        self.assertEqual(atom.feed.links[0].href, "http://testserver/el/nea/topic/nomothesia/feed/atom/")

    def test_unknown_topic_or_archive_is_404(self):
        self.assertEqual(self.get("/el/nea/topic/unknown/feed/").status_code, 404)
        self.assertEqual(self.get("/el/nea/feed/?archive=junk").status_code, 404)
        self.assertEqual(self.get("/el/nea/feed/?archive=1").status_code, 404)

    def test_each_language_has_its_own_feed(self):
        _response, greek = self.rss()
        _response, english = self.rss("/en/news/feed/")
        self.assertEqual(english.feed.language, "en")
        self.assertEqual([e.title for e in english.entries], ["English article"])
        self.assertNotIn("English article", [e.title for e in greek.entries])
        # The same topic slug in the other language is that language's topic.
        _response, topic = self.rss("/en/news/topic/synetairismoi/feed/")
        self.assertEqual([e.title for e in topic.entries], ["English article"])

    def test_greek_cache_is_never_served_for_english(self):
        self.get("/el/nea/feed/")
        english = self.get("/en/news/feed/")
        self.assertNotIn("Πρώτο".encode(), english.content)
        self.assertNotEqual(self.get("/el/nea/feed/")["ETag"], english["ETag"])


class NewsFeedSelectionTests(NewsFeedTestCase):
    def titles(self):
        cache.clear()
        return [e.title for e in self.rss()[1].entries]

    def test_drafts_never_appear(self):
        article(self.index, "draft", title="Πρόχειρο", publish_now=False)
        self.assertNotIn("Πρόχειρο", self.titles())

    def test_private_articles_never_appear(self):
        private = article(self.index, "private", title="Ιδιωτικό")
        PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
        self.assertNotIn("Ιδιωτικό", self.titles())

    def test_articles_dated_in_the_future_never_appear(self):
        future = article(self.index, "future", title="Αύριο")
        ArticlePage.objects.filter(pk=future.pk).update(first_published_at=timezone.now() + timedelta(days=1))
        self.assertNotIn("Αύριο", self.titles())

    def test_scheduled_articles_never_appear(self):
        scheduled = article(self.index, "scheduled", title="Προγραμματισμένο", publish_now=False)
        scheduled.go_live_at = timezone.now() + timedelta(days=1)
        scheduled.save_revision().publish()
        self.assertTrue(ArticlePage.objects.get(pk=scheduled.pk).approved_schedule)
        self.assertNotIn("Προγραμματισμένο", self.titles())

    def test_expired_articles_never_appear(self):
        expired = article(self.index, "expired", title="Ληγμένο")
        ArticlePage.objects.filter(pk=expired.pk).update(expire_at=timezone.now() - timedelta(minutes=1))
        self.assertNotIn("Ληγμένο", self.titles())

    def test_unpublishing_removes_an_article_and_changes_the_etag(self):
        etag = self.get("/el/nea/feed/")["ETag"]
        ArticlePage.objects.get(pk=self.second.pk).unpublish()
        response = self.get("/el/nea/feed/", If_None_Match=etag)
        self.assertEqual(response.status_code, 200)
        self.assertNotIn("Δεύτερο άρθρο", [e.title for e in feedparser.parse(response.content).entries])

    def test_hostile_text_survives_and_parses(self):
        title = "Τίτλος ]]> & <b>\x01\x0b\x1b 🎉" + "α" * 200
        hostile = article(
            self.index,
            "hostile",
            title=title,
            summary="Περίληψη ]]> & \x0c 🎉 " + "β" * 550,
            body=[
                ("paragraph", "<p>Κείμενο ]]&gt; &amp; \x0c 🎉 " + "γ " * 20000 + "</p>"),
                ("heading", {"text": "]]> &\x07", "level": "h3"}),
            ],
        )
        for url in ("/el/nea/feed/", "/el/nea/feed/atom/"):
            cache.clear()
            response = self.get(url)
            self.assertEqual(response.status_code, 200)
            parsed = feedparser.parse(response.content)
            self.assertFalse(parsed.bozo, parsed.get("bozo_exception"))
            entry = next(e for e in parsed.entries if e.link.endswith(f"/{hostile.slug}/"))
            self.assertEqual(entry.title, "Τίτλος ]]> & <b> 🎉" + "α" * 200)
            self.assertIn("]]> &", entry.summary)
            self.assertIn("γ γ γ", entry.content[0].value)
            self.assertIn("🎉", entry.content[0].value)
            self.assertIn("<h3>]]&gt; &amp;</h3>", entry.content[0].value)


class NewsFeedHttpTests(NewsFeedTestCase):
    def test_conditional_get_answers_304_with_fewer_queries(self):
        with CaptureQueriesContext(connection) as full:
            first = self.get("/el/nea/feed/")
        with CaptureQueriesContext(connection) as conditional:
            response = self.get("/el/nea/feed/", If_None_Match=first["ETag"])
        self.assertEqual(response.status_code, 304)
        self.assertEqual(response.content, b"")
        self.assertLess(len(conditional), len(full) - 4)
        since = self.get("/el/nea/feed/atom/")["Last-Modified"]
        self.assertEqual(self.get("/el/nea/feed/atom/", If_Modified_Since=since).status_code, 304)

    def test_publishing_changes_the_validators(self):
        first = self.get("/el/nea/feed/")
        article(self.index, "neo", title="Νέο άρθρο")
        response = self.get("/el/nea/feed/", If_None_Match=first["ETag"])
        self.assertEqual(response.status_code, 200)
        self.assertNotEqual(response["ETag"], first["ETag"])
        self.assertIn("Νέο άρθρο", [e.title for e in feedparser.parse(response.content).entries])

    def test_headers_and_gzip(self):
        response = self.get("/el/nea/feed/", Accept_Encoding="gzip, deflate")
        self.assertEqual(response["Content-Encoding"], "gzip")
        self.assertEqual(response["Cache-Control"], "public, max-age=300")
        self.assertIn("Accept-Encoding", response["Vary"])
        self.assertRegex(response["ETag"], r'^"[0-9a-f]{40}-gzip"$')
        self.assertEqual(feedparser.parse(gzip.decompress(response.content)).feed.title, "Νέα")

    def test_query_count_does_not_grow_with_the_number_of_articles(self):
        def add_articles(count):
            for _number in range(count):
                number = ArticlePage.objects.count()
                article(
                    self.index,
                    f"more-{number}",
                    body=[
                        ("paragraph", f'<p>Με <a linktype="page" id="{self.second.pk}">σύνδεσμο</a>.</p>'),
                        ("image", {"image": picture().pk, "alt_text": "", "caption": ""}),
                    ],
                    topics=[self.topic, self.other_topic],
                    authors=[self.author],
                    hero=picture(),
                )

        def queries():
            cache.clear()
            self.get("/el/nea/feed/")  # creates any missing image renditions
            cache.clear()
            with CaptureQueriesContext(connection) as captured:
                self.assertEqual(self.get("/el/nea/feed/").status_code, 200)
            return len(captured)

        add_articles(2)
        small = queries()
        add_articles(10)
        self.assertEqual(len(feedparser.parse(self.get("/el/nea/feed/").content).entries), 14)
        self.assertEqual(queries(), small)

    @override_settings(FEED_PAGE_SIZE=2)
    def test_long_feeds_are_split_into_rfc_5005_archives(self):
        for number in range(3):
            article(self.index, f"archive-{number}", title=f"Αρχείο {number}")
        # Five articles: the current document holds the newest two, archives 1 and 2 the older ones.
        response = self.get("/el/nea/feed/")
        root = etree.fromstring(response.content)
        links = {link.get("rel"): link.get("href") for link in root.findall(f"channel/{ATOM}link")}
        self.assertEqual(links["prev-archive"], "http://testserver/el/nea/feed/?archive=2")
        self.assertEqual(len(root.findall("channel/item")), 2)
        oldest = feedparser.parse(self.get("/el/nea/feed/?archive=1").content)
        self.assertEqual([e.title for e in oldest.entries], ["Δεύτερο άρθρο", "Πρώτο άρθρο"])
        self.assertEqual(self.get("/el/nea/feed/?archive=3").status_code, 404)
        archive = self.get("/el/nea/feed/?archive=2")
        self.assertEqual(archive["Cache-Control"], "public, max-age=86400")


class NewsFeedDiscoveryTests(NewsFeedTestCase):
    def alternates(self, url):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        head = etree.HTML(response.content).find("head")
        return [
            (link.get("type"), link.get("href"), link.get("title"))
            for link in head.findall("link[@rel='alternate']")
            if link.get("type")
        ]

    def test_index_page_advertises_its_feeds(self):
        self.assertEqual(
            self.alternates("/el/nea/"),
            [
                ("application/rss+xml", "/el/nea/feed/", "Νέα (RSS)"),
                ("application/atom+xml", "/el/nea/feed/atom/", "Νέα (Atom)"),
            ],
        )

    def test_topic_page_advertises_the_topic_feeds_first(self):
        links = self.alternates("/el/nea/topic/synetairismoi/")
        self.assertEqual(
            links[0],
            ("application/rss+xml", "/el/nea/topic/synetairismoi/feed/", "Συνεταιρισμοί · Νέα (RSS)"),
        )
        self.assertEqual(links[1][1], "/el/nea/topic/synetairismoi/feed/atom/")
        self.assertEqual(links[2][1], "/el/nea/feed/")

    def test_article_page_advertises_its_section_feeds(self):
        links = self.alternates("/el/nea/proto/")
        self.assertIn(("application/rss+xml", "/el/nea/feed/", "Νέα (RSS)"), links)
        for _type, href, _title in links:
            self.assertEqual(self.client.get(href).status_code, 200)


@override_settings(WEBSUB_HUB_URL="https://hub.example.net/")
class NewsWebSubTests(NewsFeedTestCase):
    def test_feeds_name_the_hub(self):
        response = self.get("/el/nea/feed/")
        self.assertEqual(
            response["Link"],
            '<https://hub.example.net/>; rel="hub", <http://testserver/el/nea/feed/>; rel="self"',
        )
        root = etree.fromstring(response.content)
        self.assertEqual(root.find(f"channel/{ATOM}link[@rel='hub']").get("href"), "https://hub.example.net/")

    def test_publishing_an_article_pings_its_feeds(self):
        page = article(self.index, "ping", title="Ειδοποίηση", topics=[self.topic], publish_now=False)

        class Accepted:
            status = 204

            def __enter__(self):
                return self

            def __exit__(self, *exc):
                return False

        with (
            mock.patch("urllib.request.urlopen", return_value=Accepted()) as urlopen,
            self.captureOnCommitCallbacks(execute=True),
        ):
            page.save_revision().publish()
        pinged = [call.args[0].data.decode() for call in urlopen.call_args_list]
        self.assertEqual(
            pinged,
            [
                "hub.mode=publish&hub.url=http%3A%2F%2Ftestserver%2Fel%2Fnea%2Ffeed%2F",
                "hub.mode=publish&hub.url=http%3A%2F%2Ftestserver%2Fel%2Fnea%2Ffeed%2Fatom%2F",
                "hub.mode=publish&hub.url=http%3A%2F%2Ftestserver%2Fel%2Fnea%2Ftopic%2Fsynetairismoi%2Ffeed%2F",
                "hub.mode=publish&hub.url=http%3A%2F%2Ftestserver%2Fel%2Fnea%2Ftopic%2Fsynetairismoi%2Ffeed%2Fatom%2F",
            ],
        )
