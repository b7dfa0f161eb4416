"""The shared feed generator and our feedgen extensions, read back by lxml, podcastparser and feedparser."""

import io
from datetime import UTC, datetime

import feedparser
import podcastparser
from django.test import SimpleTestCase, override_settings
from lxml import etree

from core.feeds.archives import FeedHistory
from core.feeds.generator import FeedSpec, new_feed, render
from core.feeds.podcastindex import Credit, Funding, Transcript

NS = {
    "atom": "http://www.w3.org/2005/Atom",
    "itunes": "http://www.itunes.com/dtds/podcast-1.0.dtd",
    "podcast": "https://podcastindex.org/namespace/1.0",
    "fh": "http://purl.org/syndication/history/1.0",
}
FEED_URL = "https://hub.example.org/el/radio/show/feed/"
UPDATED = datetime(2026, 3, 1, 8, 30, tzinfo=UTC)


def spec(format="rss", *, total=3, archive=None, title="Εκπομπή"):
    return FeedSpec(
        format=format,
        title=title,
        description="Για την κοινωνική οικονομία.",
        language="el",
        page_url="https://hub.example.org/el/radio/show/",
        self_url=FEED_URL if archive is None else f"{FEED_URL}?archive={archive}",
        current_url=FEED_URL,
        updated=UPDATED,
        history=FeedHistory(total=total, page_size=2, archive=archive),
    )


def podcast_document(
    *, explicit=False, image="https://hub.example.org/images/cover.2e16d0ba.fill-1400x1400.png"
):
    feed = new_feed(spec(), podcast=True)
    feed.podcast.itunes_author("ΠΕΣΚΟ")
    feed.podcast.itunes_owner(name="ΠΕΣΚΟ", email="radio@example.org")
    feed.podcast.itunes_category("Society & Culture", "Documentary")
    feed.podcast.itunes_type("episodic")
    feed.apple.itunes_explicit(explicit)
    feed.apple.itunes_image(image)
    feed.podcastindex.podcast_guid("9b024349-ccf0-5f69-a609-6b82873eab3c")
    feed.podcastindex.podcast_locked(True, "radio@example.org")
    feed.podcastindex.podcast_medium("podcast")
    feed.podcastindex.podcast_funding(Funding("https://hub.example.org/support/", "Στηρίξτε μας"))
    feed.podcastindex.podcast_funding(Funding("https://example.org/patrons/", "Patrons"))
    entry = feed.add_entry(order="append")
    entry.guid("episode-guid-1")
    entry.title("Πρώτο επεισόδιο")
    entry.link(href="https://hub.example.org/el/radio/show/one/")
    entry.pubDate(datetime(2026, 2, 1, 9, 0, tzinfo=UTC))
    entry.enclosure("https://hub.example.org/media/one.mp3", "32109", "audio/mpeg")
    entry.podcast.itunes_duration(125)
    entry.podcast.itunes_episode(7)
    entry.podcast.itunes_season(2)
    entry.podcast.itunes_episode_type("full")
    entry.apple.itunes_explicit(True)
    entry.apple.itunes_image("https://hub.example.org/images/one.fill-1400x1400.webp")
    entry.podcastindex.podcast_transcript(
        Transcript("https://hub.example.org/t/one.vtt", "text/vtt", "el", True)
    )
    entry.podcastindex.podcast_transcript(
        Transcript("https://hub.example.org/t/one.srt", "application/srt", "el")
    )
    entry.podcastindex.podcast_chapters("https://hub.example.org/el/radio/show/one/chapters.json")
    entry.podcastindex.podcast_person(Credit("Μαρία Π.", href="https://example.org/maria"))
    entry.podcastindex.podcast_person(Credit("Νίκος Κ.", role="host", group="cast"))
    entry.podcastindex.podcast_season(2, "Δεύτερη σεζόν")
    entry.podcastindex.podcast_episode(7)
    return render(feed, "rss")


class PodcastExtensionTests(SimpleTestCase):
    def test_channel_carries_the_podcasting_2_tags(self):
        channel = etree.fromstring(podcast_document()).find("channel")
        self.assertEqual(
            channel.findtext("podcast:guid", namespaces=NS), "9b024349-ccf0-5f69-a609-6b82873eab3c"
        )
        locked = channel.find("podcast:locked", NS)
        self.assertEqual((locked.text, locked.get("owner")), ("yes", "radio@example.org"))
        self.assertEqual(channel.findtext("podcast:medium", namespaces=NS), "podcast")
        funding = channel.findall("podcast:funding", NS)
        self.assertEqual(
            [(f.get("url"), f.text) for f in funding],
            [
                ("https://hub.example.org/support/", "Στηρίξτε μας"),
                ("https://example.org/patrons/", "Patrons"),
            ],
        )

    def test_items_carry_the_podcasting_2_tags(self):
        item = etree.fromstring(podcast_document()).find("channel/item")
        transcripts = item.findall("podcast:transcript", NS)
        self.assertEqual(
            [dict(t.attrib) for t in transcripts],
            [
                {
                    "url": "https://hub.example.org/t/one.vtt",
                    "type": "text/vtt",
                    "language": "el",
                    "rel": "captions",
                },
                {"url": "https://hub.example.org/t/one.srt", "type": "application/srt", "language": "el"},
            ],
        )
        chapters = item.find("podcast:chapters", NS)
        self.assertEqual(chapters.get("type"), "application/json+chapters")
        self.assertTrue(chapters.get("url").endswith("/one/chapters.json"))
        people = item.findall("podcast:person", NS)
        self.assertEqual([p.text for p in people], ["Μαρία Π.", "Νίκος Κ."])
        self.assertEqual(
            people[0].attrib, {"role": "guest", "group": "cast", "href": "https://example.org/maria"}
        )
        self.assertEqual(people[1].get("role"), "host")
        season = item.find("podcast:season", NS)
        self.assertEqual((season.text, season.get("name")), ("2", "Δεύτερη σεζόν"))
        self.assertEqual(item.findtext("podcast:episode", namespaces=NS), "7")

    def test_explicit_is_true_or_false_and_any_artwork_url_is_kept(self):
        root = etree.fromstring(podcast_document(explicit=False))
        self.assertEqual(root.findtext("channel/itunes:explicit", namespaces=NS), "false")
        self.assertEqual(root.findtext("channel/item/itunes:explicit", namespaces=NS), "true")
        self.assertEqual(len(root.findall("channel/itunes:explicit", NS)), 1)
        self.assertTrue(root.find("channel/item/itunes:image", NS).get("href").endswith(".webp"))
        self.assertEqual(
            etree.fromstring(podcast_document(explicit=True)).findtext(
                "channel/itunes:explicit", namespaces=NS
            ),
            "true",
        )

    def test_podcastparser_reads_the_feed(self):
        parsed = podcastparser.parse(FEED_URL, io.BytesIO(podcast_document()))
        self.assertEqual(parsed["title"], "Εκπομπή")
        self.assertFalse(parsed["explicit"])
        self.assertEqual(
            parsed["cover_url"], "https://hub.example.org/images/cover.2e16d0ba.fill-1400x1400.png"
        )
        [episode] = parsed["episodes"]
        self.assertEqual(episode["title"], "Πρώτο επεισόδιο")
        self.assertEqual(episode["guid"], "episode-guid-1")
        self.assertEqual(episode["total_time"], 125)
        self.assertEqual(episode["number"], 7)
        self.assertTrue(episode["explicit"])
        self.assertEqual(
            episode["enclosures"],
            [{"url": "https://hub.example.org/media/one.mp3", "file_size": 32109, "mime_type": "audio/mpeg"}],
        )

    def test_feedparser_reads_the_feed(self):
        parsed = feedparser.parse(podcast_document())
        self.assertFalse(parsed.bozo, parsed.get("bozo_exception"))
        self.assertEqual(parsed.feed.title, "Εκπομπή")
        self.assertEqual(parsed.feed.language, "el")
        self.assertEqual(parsed.feed.author, "ΠΕΣΚΟ")
        [entry] = parsed.entries
        self.assertEqual(entry.itunes_duration, "125")
        self.assertEqual(entry.itunes_episode, "7")
        self.assertEqual(entry.enclosures[0].length, "32109")


class DocumentTests(SimpleTestCase):
    def test_rss_links_self_first_and_the_page_as_channel_link(self):
        root = etree.fromstring(render(new_feed(spec()), "rss"))
        self.assertEqual(root.findtext("channel/link"), "https://hub.example.org/el/radio/show/")
        self.assertEqual(root.find("channel/atom:link[@rel='self']", NS).get("href"), FEED_URL)
        self.assertEqual(root.findtext("channel/language"), "el")
        self.assertEqual(root.findtext("channel/lastBuildDate"), "Sun, 01 Mar 2026 08:30:00 +0000")

    def test_atom_declares_language_self_and_alternate(self):
        root = etree.fromstring(render(new_feed(spec("atom")), "atom"))
        self.assertEqual(root.get("{http://www.w3.org/XML/1998/namespace}lang"), "el")
        self.assertEqual(root.find("atom:link[@rel='self']", NS).get("type"), "application/atom+xml")
        self.assertEqual(
            root.find("atom:link[@rel='alternate']", NS).get("href"), "https://hub.example.org/el/radio/show/"
        )
        self.assertEqual(root.findtext("atom:updated", namespaces=NS), "2026-03-01T08:30:00+00:00")

    def test_small_feed_is_marked_complete_without_paging_links(self):
        root = etree.fromstring(render(new_feed(spec(total=2)), "rss"))
        self.assertIsNotNone(root.find("channel/fh:complete", NS))
        self.assertEqual([link.get("rel") for link in root.findall("channel/atom:link", NS)], ["self"])

    def test_long_feed_links_its_archives(self):
        root = etree.fromstring(render(new_feed(spec(total=5)), "rss"))
        links = {link.get("rel"): link.get("href") for link in root.findall("channel/atom:link", NS)}
        self.assertEqual(links["prev-archive"], f"{FEED_URL}?archive=2")
        self.assertEqual(links["next"], f"{FEED_URL}?archive=2")
        self.assertIsNone(root.find("channel/fh:complete", NS))
        parsed = podcastparser.parse(FEED_URL, io.BytesIO(render(new_feed(spec(total=5)), "rss")))
        self.assertEqual(parsed["paged_feed_next"], f"{FEED_URL}?archive=2")

    def test_archive_document_is_marked_and_points_home(self):
        root = etree.fromstring(render(new_feed(spec("atom", total=5, archive=1)), "atom"))
        self.assertIsNotNone(root.find("fh:archive", NS))
        links = {link.get("rel"): link.get("href") for link in root.findall("atom:link", NS)}
        self.assertEqual(links["current"], FEED_URL)
        self.assertEqual(links["next-archive"], f"{FEED_URL}?archive=2")
        self.assertEqual(links["self"], f"{FEED_URL}?archive=1")

    @override_settings(WEBSUB_HUB_URL="https://hub.example.net/")
    def test_feeds_declare_the_websub_hub_when_configured(self):
        for format, path in (("rss", "channel/atom:link[@rel='hub']"), ("atom", "atom:link[@rel='hub']")):
            root = etree.fromstring(render(new_feed(spec(format)), format))
            self.assertEqual(root.find(path, NS).get("href"), "https://hub.example.net/")
            parsed = feedparser.parse(render(new_feed(spec(format)), format))
            self.assertIn(
                ("hub", "https://hub.example.net/"), [(link.rel, link.href) for link in parsed.feed.links]
            )

    def test_no_hub_link_without_a_hub(self):
        self.assertNotIn(b'rel="hub"', render(new_feed(spec()), "rss"))

    def test_hostile_titles_survive_and_parse(self):
        title = "Τίτλος ]]> & <b>\x00\x0b\x1b 🎙️" + "λ" * 5000
        document = render(new_feed(spec(title=title)), "rss")
        self.assertEqual(
            etree.fromstring(document).findtext("channel/title"), "Τίτλος ]]> & <b> 🎙️" + "λ" * 5000
        )
        self.assertEqual(feedparser.parse(document).feed.title, "Τίτλος ]]> & <b> 🎙️" + "λ" * 5000)
