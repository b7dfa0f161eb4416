"""The demo knowledge base: at least eight guides in three or more categories, some in English."""

from __future__ import annotations

import pytest

from guides.models import GuideCategory, GuideIndexPage, GuidePage
from guides.seed import seed_guides
from news.seed import seed_news
from tests.news.builders import seed_context
from tests.testcases import HubPageTestCase


@pytest.fixture(autouse=True)
def _media_root():
    """Keep the session's MEDIA_ROOT: the demo pictures are drawn once, in setUpTestData."""


class GuideSeedTests(HubPageTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        seed_news(seed_context(cls))
        seed_guides(seed_context(cls))

    def test_eight_or_more_guides_in_three_or_more_categories(self):
        greek = GuidePage.objects.live().filter(locale=self.el)
        self.assertGreaterEqual(greek.count(), 8)
        self.assertGreaterEqual(len({guide.category_id for guide in greek}), 3)
        self.assertTrue(all(guide.table_of_contents() for guide in greek))
        self.assertTrue(greek.filter(featured=True).exists())

    def test_english_guides_use_the_english_categories(self):
        english = GuidePage.objects.filter(locale=self.en)
        self.assertGreaterEqual(english.count(), 4)
        for guide in english:
            self.assertEqual(guide.category.locale, self.en)
        self.assertEqual(
            GuideCategory.objects.filter(locale=self.en).count(),
            GuideCategory.objects.filter(locale=self.el).count(),
        )

    def test_every_demo_guide_page_renders(self):
        for page in [*GuideIndexPage.objects.all(), *GuidePage.objects.all()]:
            with self.subTest(url=page.url):
                self.assertEqual(self.client.get(page.url).status_code, 200)
        for category in GuideCategory.objects.filter(locale=self.el):
            self.assertEqual(self.client.get(f"/el/odigoi/category/{category.slug}/").status_code, 200)

    def test_seeding_again_creates_nothing(self):
        context = seed_context(self)
        seed_guides(context)
        self.assertEqual(context.created, {})
