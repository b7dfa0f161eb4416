"""seed_demo_content builds the bilingual demo site and is idempotent."""

from io import StringIO

from django.apps import apps
from django.core.management import call_command
from django.test import TestCase, override_settings
from wagtail.models import Page

from core.models import OrganisationDetails


def row_counts() -> dict[str, int]:
    return {model._meta.label: model.objects.count() for model in apps.get_models()}


@override_settings(DEBUG=True)
class SeedDemoContentTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("seed_demo_content", stdout=StringIO())

    def test_builds_greek_and_english_home_pages(self):
        self.assertEqual(self.client.get("/el/").status_code, 200)
        response = self.client.get("/en/")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, '<html lang="en"')

    def test_english_pages_are_translations_of_greek_pages(self):
        english = Page.objects.filter(locale__language_code="en", depth__gt=1)
        self.assertTrue(english.exists())
        greek_keys = set(
            Page.objects.filter(locale__language_code="el").values_list("translation_key", flat=True)
        )
        for page in english:
            self.assertIn(page.translation_key, greek_keys, page.title)

    def test_contact_details_shown_in_both_languages(self):
        self.assertContains(self.client.get("/el/"), "Φειδίου 7")
        self.assertContains(self.client.get("/en/"), "7 Feidiou Street")
        self.assertContains(self.client.get("/en/"), "210 3300080")
        self.assertEqual(OrganisationDetails.objects.count(), 2)

    def test_second_run_creates_nothing(self):
        before = row_counts()
        out = StringIO()
        call_command("seed_demo_content", stdout=out)
        self.assertEqual(row_counts(), before)
        self.assertIn("nothing to do", out.getvalue())

    def test_dev_admin_user_exists(self):
        from django.contrib.auth import get_user_model

        self.assertTrue(get_user_model().objects.filter(username="admin", is_superuser=True).exists())

    def test_an_article_plays_the_assembly_recording_in_both_languages(self):
        from news.models import ArticlePage

        for slug, title, caption in (
            (
                "geniki-synelefsi-2026",
                "Συμπράξεις σε Δράση: Η ετήσια συνέλευση των μελών",
                "Η βιντεοσκόπηση της συνέλευσης",
            ),
            (
                "general-assembly-2026",
                "Partnerships in Action: the annual members' meeting",
                "The recording of the assembly",
            ),
        ):
            with self.subTest(slug=slug):
                article = ArticlePage.objects.live().get(slug=slug)
                response = self.client.get(article.url)
                self.assertContains(response, '<video id="player-')
                self.assertContains(response, f"<figcaption>{caption}</figcaption>", html=True)
                self.assertContains(response, f'<p class="player__title">{title}</p>', html=True)
