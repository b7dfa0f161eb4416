"""Locale routing, hreflang alternates and the language switcher."""

from django.test import override_settings

from home.models import StandardPage
from tests.testcases import HubPageTestCase


class LocaleRoutingTests(HubPageTestCase):
    def test_root_redirects_to_greek_by_default(self):
        response = self.client.get("/")
        self.assertRedirects(response, "/el/", fetch_redirect_response=False)

    def test_root_redirects_to_english_for_english_browsers(self):
        response = self.client.get("/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")
        self.assertRedirects(response, "/en/", fetch_redirect_response=False)

    def test_root_prefers_greek_when_greek_ranks_first(self):
        response = self.client.get("/", HTTP_ACCEPT_LANGUAGE="el-GR,el;q=0.9,en;q=0.8")
        self.assertRedirects(response, "/el/", fetch_redirect_response=False)

    def test_unsupported_language_prefix_is_404(self):
        for path in ["/fr/", "/de/some-page/", "/pt-br/"]:
            with self.subTest(path=path):
                self.assertEqual(self.client.get(path).status_code, 404)

    def test_unknown_page_is_404_in_both_languages(self):
        self.assertEqual(self.client.get("/el/no-such-page/").status_code, 404)
        self.assertEqual(self.client.get("/en/no-such-page/").status_code, 404)

    def test_404_page_is_in_the_requested_language(self):
        response = self.client.get("/en/no-such-page/")
        self.assertContains(response, '<html lang="en"', status_code=404)
        response = self.client.get("/el/no-such-page/")
        self.assertContains(response, '<html lang="el"', status_code=404)


class AlternatesTests(HubPageTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.untranslated = cls.home_el.add_child(
            instance=StandardPage(title="Μόνο στα ελληνικά", slug="mono")
        )
        cls.untranslated.save_revision().publish()

    def test_home_pages_carry_a_hreflang_pair_and_x_default(self):
        for path in ["/el/", "/en/"]:
            with self.subTest(path=path):
                response = self.client.get(path)
                self.assertContains(
                    response, '<link rel="alternate" hreflang="el" href="http://testserver/el/">'
                )
                self.assertContains(
                    response, '<link rel="alternate" hreflang="en" href="http://testserver/en/">'
                )
                self.assertContains(
                    response, '<link rel="alternate" hreflang="x-default" href="http://testserver/el/">'
                )

    def test_untranslated_page_has_no_hreflang_alternates(self):
        response = self.client.get("/el/mono/")
        self.assertNotContains(response, 'hreflang="en" href="http://testserver')

    def test_switcher_links_to_the_translation(self):
        response = self.client.get("/el/")
        self.assertContains(
            response, '<a href="/en/" hreflang="en" lang="en" rel="alternate">English</a>', html=True
        )

    def test_switcher_falls_back_to_the_other_home_page_never_a_404(self):
        response = self.client.get("/el/mono/")
        english = next(link for link in response.context["languages"] if link.code == "en")
        self.assertEqual(english.url, "/en/")
        self.assertFalse(english.is_translation)
        self.assertEqual(self.client.get(english.url).status_code, 200)

    def test_unpublished_translation_is_not_offered(self):
        self.home_en.unpublish()
        response = self.client.get("/el/")
        self.assertNotContains(response, 'hreflang="en" href="http://testserver/en/"')


@override_settings(ALLOWED_HOSTS=["testserver"])
class SwitcherOnNonPageViewsTests(HubPageTestCase):
    def test_switcher_on_a_404_points_to_the_home_page(self):
        response = self.client.get("/el/no-such-page/")
        self.assertContains(response, 'href="/en/"', status_code=404)


class UnprefixedPathTests(HubPageTestCase):
    def test_a_missing_admin_or_api_path_is_a_404_not_a_redirect_into_a_language(self):
        from django.contrib.auth import get_user_model

        admin = get_user_model().objects.create_superuser("root", "root@example.org", "pw")
        self.client.force_login(admin)
        for path in ["/admin/no-such-view/", "/api/v2/nothing/", "/media/missing.mp3"]:
            with self.subTest(path=path):
                self.assertEqual(self.client.get(path).status_code, 404)

    def test_an_unprefixed_page_path_still_redirects_into_the_default_language(self):
        response = self.client.get("/no-such-page/")
        self.assertRedirects(response, "/el/no-such-page/", fetch_redirect_response=False)
