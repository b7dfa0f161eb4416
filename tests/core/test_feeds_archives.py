"""RFC 5005 history: which items each document holds, its links, and the ?archive= parameter."""

from django.http import Http404
from django.test import RequestFactory, SimpleTestCase, override_settings

from core.feeds.archives import FeedHistory, feed_history

URL = "https://hub.example.org/el/news/feed/"


def rels(history):
    return {link.rel: link.href for link in history.links(URL)}


class FeedHistoryTests(SimpleTestCase):
    def test_up_to_a_page_is_one_complete_document(self):
        for total in (0, 1, 300):
            history = FeedHistory(total=total, page_size=300)
            self.assertTrue(history.complete)
            self.assertEqual(history.window, slice(0, 300))
            self.assertEqual(history.links(URL), [])

    def test_past_a_page_the_current_document_holds_the_newest_full_page(self):
        history = FeedHistory(total=301, page_size=300)
        self.assertFalse(history.complete)
        self.assertEqual(history.archive_count, 1)
        self.assertEqual(history.window, slice(0, 300))
        self.assertEqual(rels(history)["prev-archive"], URL + "?archive=1")
        self.assertEqual(rels(history)["next"], URL + "?archive=1")

    def test_archives_together_with_the_current_document_hold_every_item_once_or_more(self):
        for total in (301, 599, 600, 601, 1000, 1200):
            history = FeedHistory(total=total, page_size=300)
            seen = set(range(total)[history.window])
            for number in range(1, history.archive_count + 1):
                archive = FeedHistory(total=total, page_size=300, archive=number)
                window = range(total)[archive.window]
                self.assertEqual(len(window), 300, (total, number))
                seen |= set(window)
            self.assertEqual(seen, set(range(total)), total)

    def test_an_archive_keeps_its_items_when_newer_items_arrive(self):
        # Items are numbered by age (0 = oldest); the window indexes the newest-first list.
        def archive_items(total, number):
            newest_first = list(reversed(range(total)))
            return newest_first[FeedHistory(total=total, page_size=300, archive=number).window]

        self.assertEqual(archive_items(700, 1), archive_items(1000, 1))
        self.assertEqual(archive_items(700, 2), archive_items(1000, 2))
        self.assertEqual(sorted(archive_items(700, 1)), list(range(300)))

    def test_archive_links_walk_both_ways(self):
        middle = rels(FeedHistory(total=1000, page_size=300, archive=2))
        self.assertEqual(middle["prev-archive"], URL + "?archive=1")
        self.assertEqual(middle["next-archive"], URL + "?archive=3")
        self.assertEqual(middle["current"], URL)
        oldest = rels(FeedHistory(total=1000, page_size=300, archive=1))
        self.assertNotIn("prev-archive", oldest)
        self.assertNotIn("next", oldest)
        newest = rels(FeedHistory(total=1000, page_size=300, archive=3))
        self.assertNotIn("next-archive", newest)
        self.assertEqual(newest["previous"], URL)

    def test_a_missing_archive_is_refused(self):
        with self.assertRaises(ValueError):
            FeedHistory(total=10, page_size=300, archive=1)


@override_settings(FEED_PAGE_SIZE=300)
class FeedHistoryRequestTests(SimpleTestCase):
    def test_reads_the_archive_parameter(self):
        request = RequestFactory().get("/feed/", {"archive": "2"})
        self.assertEqual(feed_history(request, 1000).archive, 2)
        self.assertIsNone(feed_history(RequestFactory().get("/feed/"), 1000).archive)

    def test_junk_and_out_of_range_archives_are_404(self):
        for value in ("0", "4", "-1", "abc", "1.5", "٣", "9" * 40, ""):
            with self.subTest(value=value), self.assertRaises(Http404):
                feed_history(RequestFactory().get("/feed/", {"archive": value}), 1000)
