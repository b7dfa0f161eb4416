"""Podcast standards: podcast:guid, Apple's categories, JSON chapters."""

from django.test import SimpleTestCase

from media_library.podcasting import (
    APPLE_CATEGORIES,
    apple_category_choices,
    chapters_document,
    podcast_guid,
    split_category,
)


class PodcastGuidTests(SimpleTestCase):
    def test_podcastindex_test_vector(self):
        self.assertEqual(podcast_guid("https://podnews.net/rss"), "9b024349-ccf0-5f69-a609-6b82873eab3c")

    def test_scheme_and_trailing_slash_do_not_change_the_guid(self):
        self.assertEqual(podcast_guid("http://podnews.net/rss/"), podcast_guid("podnews.net/rss"))


class AppleCategoryTests(SimpleTestCase):
    def test_choices_hold_categories_and_subcategories(self):
        values = [value for value, _label in apple_category_choices()]
        self.assertIn("Business > Non-Profit", values)
        self.assertIn("True Crime", values)
        self.assertEqual(len(values), len(APPLE_CATEGORIES) + sum(map(len, APPLE_CATEGORIES.values())))

    def test_split(self):
        self.assertEqual(
            split_category("Society & Culture > Documentary"), ("Society & Culture", "Documentary")
        )
        self.assertEqual(split_category("History"), ("History", None))


class ChaptersDocumentTests(SimpleTestCase):
    def test_chapters_are_sorted_and_optional_keys_omitted_when_empty(self):
        document = chapters_document(
            [
                {"startTime": 65.5, "title": "Δεύτερο", "url": "https://pesko.gr/", "img": ""},
                {"startTime": 0, "title": "Αρχή"},
            ]
        )
        self.assertEqual(
            document,
            {
                "version": "1.2.0",
                "chapters": [
                    {"startTime": 0.0, "title": "Αρχή"},
                    {"startTime": 65.5, "title": "Δεύτερο", "url": "https://pesko.gr/"},
                ],
            },
        )
