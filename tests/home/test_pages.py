"""Home and standard pages: tree rules, rendering, and admin creation."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import HomePage, StandardPage
from tests.testcases import HubPageTestCase


class HomePageTests(HubPageTestCase, WagtailPageTestCase):
    def test_home_page_lives_only_at_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertCanNotCreateAt(StandardPage, HomePage)

    def test_greek_home_renders_in_greek(self):
        response = self.client.get("/el/")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, '<html lang="el"')
        self.assertContains(response, "Καλώς ήρθατε")

    def test_english_home_renders_in_english(self):
        response = self.client.get("/en/")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, '<html lang="en"')
        self.assertContains(response, "Welcome")

    def test_english_home_is_a_translation_of_the_greek_home(self):
        self.assertEqual(self.home_en.translation_key, self.home_el.translation_key)
        self.assertEqual(self.home_en.locale.language_code, "en")


class StandardPageTests(HubPageTestCase, WagtailPageTestCase):
    def test_standard_pages_nest_under_home_and_each_other(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})

    def test_editor_can_create_a_standard_page_with_a_body(self):
        self.login()
        self.assertCanCreate(
            self.home_el,
            StandardPage,
            nested_form_data(
                {
                    "title": "Επικοινωνία",
                    "slug": "epikoinonia",
                    "summary": "Πώς θα μας βρείτε.",
                    "body": streamfield(
                        [
                            ("heading", {"text": "Διεύθυνση", "level": "h2"}),
                            ("paragraph", rich_text("<p>Φειδίου 7, Αθήνα</p>")),
                        ]
                    ),
                }
            ),
        )
        page = StandardPage.objects.get(slug="epikoinonia")
        self.assertEqual(page.locale, self.el)

    def test_standard_page_renders_body_and_breadcrumbs(self):
        page = self.home_el.add_child(
            instance=StandardPage(
                title="Η ΠΕΣΚΟ",
                slug="i-pesko",
                body=[("heading", {"text": "Ποιοι είμαστε", "level": "h2"})],
            )
        )
        page.save_revision().publish()
        response = self.client.get("/el/i-pesko/")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, '<h2 id="poioi-eimaste">Ποιοι είμαστε</h2>', html=True)
        self.assertContains(response, '<a href="/el/">Αρχική</a>', html=True)
        self.assertContains(response, '<span aria-current="page">Η ΠΕΣΚΟ</span>', html=True)
