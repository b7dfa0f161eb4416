"""Site-wide endpoints: sitemap with hreflang alternates, robots.txt, health check, API locale filter."""

import xml.etree.ElementTree as ET
from unittest import mock

from django.db import connection
from django.db.utils import OperationalError
from django.test import Client
from django.test.utils import CaptureQueriesContext

from home.models import StandardPage
from tests.testcases import HubPageTestCase

SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


class SitemapTests(HubPageTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.draft = cls.home_el.add_child(
            instance=StandardPage(title="Πρόχειρο", slug="proxeiro", live=False)
        )
        cls.private = cls.home_el.add_child(instance=StandardPage(title="Ιδιωτική", slug="idiotiki"))
        cls.private.save_revision().publish()
        cls.private.view_restrictions.create(restriction_type="login")

    def sitemap(self) -> ET.Element:
        response = self.client.get("/sitemap.xml")
        self.assertEqual(response.status_code, 200)
        return ET.fromstring(response.content)

    def test_lists_pages_of_both_languages(self):
        locations = [loc.text for loc in self.sitemap().findall("s:url/s:loc", SITEMAP_NS)]
        self.assertIn("http://testserver/el/", locations)
        self.assertIn("http://testserver/en/", locations)

    def test_translated_pages_carry_hreflang_alternates(self):
        for url in self.sitemap().findall("s:url", SITEMAP_NS):
            if url.find("s:loc", SITEMAP_NS).text == "http://testserver/en/":
                links = {link.get("hreflang"): link.get("href") for link in url.findall("x:link", SITEMAP_NS)}
                self.assertEqual(
                    links,
                    {
                        "el": "http://testserver/el/",
                        "en": "http://testserver/en/",
                        "x-default": "http://testserver/el/",
                    },
                )
                return
        self.fail("English home page missing from the sitemap")

    def test_drafts_and_private_pages_never_appear(self):
        body = self.client.get("/sitemap.xml").content.decode()
        self.assertNotIn("proxeiro", body)
        self.assertNotIn("idiotiki", body)

    def test_query_count_does_not_grow_with_pages(self):
        with CaptureQueriesContext(connection) as small:
            self.client.get("/sitemap.xml")
        for n in range(15):
            page = self.home_el.add_child(instance=StandardPage(title=f"Σελίδα {n}", slug=f"selida-{n}"))
            page.save_revision().publish()
        with CaptureQueriesContext(connection) as large:
            self.client.get("/sitemap.xml")
        self.assertEqual(len(small), len(large))


class PlainEndpointTests(HubPageTestCase):
    def test_healthz_answers_ok_when_the_database_answers(self):
        response = self.client.get("/healthz")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.content, b"ok")
        self.assertIn("no-cache", response["Cache-Control"])

    def test_healthz_answers_503_when_the_database_does_not(self):
        with mock.patch("core.views.connection.cursor", side_effect=OperationalError("down")):
            response = self.client.get("/healthz")
        self.assertEqual(response.status_code, 503)

    def test_robots_txt_points_to_the_sitemap_and_hides_the_admin(self):
        response = self.client.get("/robots.txt")
        self.assertEqual(response["Content-Type"], "text/plain; charset=utf-8")
        self.assertContains(response, "Sitemap: http://testserver/sitemap.xml")
        self.assertContains(response, "Disallow: /admin/")

    def test_healthz_refuses_post(self):
        self.assertEqual(Client().post("/healthz").status_code, 405)


class ApiTests(HubPageTestCase):
    def test_pages_filter_by_locale(self):
        response = self.client.get("/api/v2/pages/?locale=en")
        self.assertEqual(response.status_code, 200)
        items = response.json()["items"]
        self.assertEqual([item["id"] for item in items], [self.home_en.id])

    def test_pages_filter_by_type(self):
        response = self.client.get("/api/v2/pages/?type=home.HomePage&locale=el")
        self.assertEqual([item["id"] for item in response.json()["items"]], [self.home_el.id])

    def test_drafts_never_appear_in_the_api(self):
        draft = self.home_el.add_child(instance=StandardPage(title="Πρόχειρο", slug="proxeiro", live=False))
        ids = [item["id"] for item in self.client.get("/api/v2/pages/?limit=100").json()["items"]]
        self.assertNotIn(draft.id, ids)
        self.assertEqual(self.client.get(f"/api/v2/pages/{draft.id}/").status_code, 404)

    def test_unknown_locale_is_a_client_error_not_a_crash(self):
        response = self.client.get("/api/v2/pages/?locale=xx")
        self.assertEqual(response.status_code, 404)


class HealthCheckBehindProxiesTests(HubPageTestCase):
    def test_healthz_answers_probes_that_use_an_unlisted_host(self):
        response = self.client.get("/healthz", HTTP_HOST="10.0.0.7:8000")
        self.assertEqual(response.status_code, 200)

    def test_other_paths_still_validate_the_host(self):
        response = self.client.get("/el/", HTTP_HOST="evil.example")
        self.assertEqual(response.status_code, 400)


class ListingSitemapTests(HubPageTestCase):
    """Topic listings of index pages are in the sitemap, paired with their translation."""

    @classmethod
    def setUpTestData(cls):
        from core.localize import translate_with_strings
        from tests.news.builders import article, news_index, topic

        super().setUpTestData()
        cls.index = news_index(cls.home_el)
        translate_with_strings(instance=cls.index, locale=cls.en, strings={"Νέα": "News", "nea": "news"})
        cls.topic = topic(cls.el, "Εθελοντισμός")
        translate_with_strings(
            instance=cls.topic,
            locale=cls.en,
            strings={"Εθελοντισμός": "Volunteering", "ethelontismos": "volunteering"},
        )
        cls.empty = topic(cls.el, "Χωρίς άρθρα")
        cls.drafts_only = topic(cls.el, "Μόνο πρόχειρα")
        article(cls.index, title="Εθελοντές", slug="ethelontes", topics=[cls.topic])
        article(cls.index, title="Πρόχειρο", slug="proxeiro", topics=[cls.drafts_only], live=False)

    def urls(self) -> dict[str, dict[str, str]]:
        root = ET.fromstring(self.client.get("/sitemap.xml").content)
        return {
            url.find("s:loc", SITEMAP_NS).text: {
                link.get("hreflang"): link.get("href") for link in url.findall("x:link", SITEMAP_NS)
            }
            for url in root.findall("s:url", SITEMAP_NS)
        }

    def test_a_topic_listing_with_articles_is_listed_with_its_alternates(self):
        urls = self.urls()
        self.assertEqual(
            urls["http://testserver/el/nea/topic/ethelontismos/"],
            {
                "el": "http://testserver/el/nea/topic/ethelontismos/",
                "en": "http://testserver/en/news/topic/volunteering/",
                "x-default": "http://testserver/el/nea/topic/ethelontismos/",
            },
        )

    def test_topics_without_published_articles_are_left_out(self):
        body = self.client.get("/sitemap.xml").content.decode()
        self.assertNotIn(self.empty.slug, body)
        self.assertNotIn(self.drafts_only.slug, body)

    def test_query_count_does_not_grow_with_topics(self):
        from tests.news.builders import article, topic

        with CaptureQueriesContext(connection) as few:
            self.client.get("/sitemap.xml")
        for n in range(5):
            article(self.index, title=f"Άρθρο {n}", slug=f"arthro-{n}", topics=[topic(self.el, f"Θέμα {n}")])
        with CaptureQueriesContext(connection) as many:
            body = self.client.get("/sitemap.xml").content.decode()
        self.assertIn("/el/nea/topic/", body)
        self.assertEqual(len(few), len(many))
