"""The demo news: twelve Greek articles across several topics, six with English versions, fixed dates."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from core.models import Topic
from news.models import ArticlePage, NewsIndexPage
from news.seed import seed_news
from tests.news.builders import seed_context
from tests.testcases import HubPageTestCase

LAST_DAY = datetime(2026, 11, 26, tzinfo=ZoneInfo("Europe/Athens"))


@pytest.fixture(autouse=True)
def _media_root():
    """Keep the session's MEDIA_ROOT: the demo pictures are drawn once, in setUpTestData."""


class NewsSeedTests(HubPageTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        seed_news(seed_context(cls))

    def test_twelve_greek_articles_on_several_topics_six_in_english(self):
        greek = ArticlePage.objects.live().filter(locale=self.el)
        english = ArticlePage.objects.live().filter(locale=self.en)
        self.assertGreaterEqual(greek.count(), 12)
        self.assertGreaterEqual(english.count(), 6)
        greek_keys = set(greek.values_list("translation_key", flat=True))
        self.assertTrue(all(page.translation_key in greek_keys for page in english))
        self.assertGreaterEqual(
            Topic.objects.filter(locale=self.el, articles__in=greek).distinct().count(), 5
        )

    def test_topics_are_translated_and_english_articles_use_the_english_ones(self):
        self.assertEqual(
            Topic.objects.filter(locale=self.el).count(), Topic.objects.filter(locale=self.en).count()
        )
        for page in ArticlePage.objects.filter(locale=self.en):
            self.assertTrue(page.topics.exists())
            self.assertEqual(set(page.topics.values_list("locale", flat=True)), {self.en.pk})

    def test_publication_dates_are_fixed_days_of_2026_before_the_launch(self):
        for page in ArticlePage.objects.all():
            self.assertEqual(page.first_published_at.year, 2026)
            self.assertLess(page.first_published_at, LAST_DAY)
        original = ArticlePage.objects.get(slug="geniki-synelefsi-2026")
        self.assertEqual(
            original.first_published_at, datetime(2026, 5, 18, 10, tzinfo=ZoneInfo("Europe/Athens"))
        )
        self.assertEqual(original.get_translation(self.en).first_published_at, original.first_published_at)

    def test_every_demo_news_page_renders_in_both_languages(self):
        for page in [*NewsIndexPage.objects.all(), *ArticlePage.objects.all()]:
            with self.subTest(url=page.url):
                self.assertEqual(self.client.get(page.url).status_code, 200)

    def test_seeding_again_creates_nothing(self):
        counts = (ArticlePage.objects.count(), Topic.objects.count())
        context = seed_context(self)
        seed_news(context)
        self.assertEqual(context.created, {})
        self.assertEqual((ArticlePage.objects.count(), Topic.objects.count()), counts)
