"""HubPageTestCase: a Django TestCase with the Greek and English home pages built once per class."""

from django.test import TestCase
from wagtail.models import Locale, Page, Site

from core.localize import translate_with_strings
from home.models import HomePage


def build_homes() -> tuple[HomePage, HomePage]:
    """The Greek home page as the default site's root and its English wagtail-localize translation."""
    el = Locale.objects.get_or_create(language_code="el")[0]
    en = Locale.objects.get_or_create(language_code="en")[0]
    root = Page.get_first_root_node()
    Page.objects.filter(depth=2).not_type(HomePage).delete()
    home_el = root.add_child(
        instance=HomePage(title="Αρχική", slug="el", locale=el, hero_heading="Καλώς ήρθατε")
    )
    home_el.save_revision().publish()
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "testserver", "port": 80, "root_page": home_el, "site_name": "ΠΕΣΚΟ"},
    )
    home_en = translate_with_strings(
        instance=home_el,
        locale=en,
        strings={"Αρχική": "Home", "el": "en", "Καλώς ήρθατε": "Welcome"},
    )
    return home_el, home_en.specific


class HubPageTestCase(TestCase):
    """Base class for page tests: ``self.home_el``/``self.home_en``, ``self.el``/``self.en``."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.home_el, cls.home_en = build_homes()
        cls.el = cls.home_el.locale
        cls.en = cls.home_en.locale
