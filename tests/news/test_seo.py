"""Article metadata for search engines and sharing: canonical, OpenGraph, Twitter card and JSON-LD."""

from __future__ import annotations

import json
import re

from tests.news.builders import article, news_index, person, picture, topic
from tests.testcases import HubPageTestCase

JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def json_ld(response) -> dict:
    blocks = JSON_LD.findall(response.content.decode())
    assert len(blocks) == 1, f"expected one JSON-LD block, found {len(blocks)}"
    return json.loads(blocks[0])


class ArticleMetadataTests(HubPageTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.index = news_index(cls.home_el)
        cls.article = article(
            cls.index,
            title="Γενική συνέλευση 2026",
            slug="geniki-synelefsi",
            summary="Τα μέλη ενέκριναν τον απολογισμό.",
            day=10,
            topics=[topic(cls.el, "Διαφάνεια")],
            authors=[person(cls.el, "Ελένη Γεωργίου")],
        )

    def setUp(self):
        self.article.listing_image = picture("Συνέλευση")
        self.article.save_revision().publish()

    def test_json_ld_is_a_news_article_with_the_required_properties(self):
        data = json_ld(self.client.get("/el/nea/geniki-synelefsi/"))
        self.assertEqual(data["@context"], "https://schema.org")
        self.assertEqual(data["@type"], "NewsArticle")
        self.assertEqual(data["headline"], "Γενική συνέλευση 2026")
        self.assertEqual(data["description"], "Τα μέλη ενέκριναν τον απολογισμό.")
        self.assertEqual(data["datePublished"], "2026-03-11T10:00:00+02:00")
        self.assertIn("dateModified", data)
        self.assertEqual(data["author"], [{"@type": "Person", "name": "Ελένη Γεωργίου"}])
        self.assertEqual(data["publisher"]["@type"], "Organization")
        self.assertEqual(data["mainEntityOfPage"]["@id"], "http://testserver/el/nea/geniki-synelefsi/")
        self.assertEqual(data["inLanguage"], "el")
        self.assertEqual(len(data["image"]), 1)
        self.assertTrue(data["image"][0].startswith("http://testserver/media/images/"))
        self.assertEqual(data["keywords"], ["Διαφάνεια"])

    def test_json_ld_cannot_be_broken_out_of_by_the_title(self):
        self.article.title = 'Κλείσιμο </script><script>alert("x")</script> & <!-- σχόλιο'
        self.article.save_revision().publish()
        response = self.client.get("/el/nea/geniki-synelefsi/")
        self.assertNotIn("<script>alert", response.content.decode())
        self.assertEqual(json_ld(response)["headline"], self.article.title[:110])

    def test_open_graph_and_twitter_tags_describe_the_article_with_its_image(self):
        response = self.client.get("/el/nea/geniki-synelefsi/")
        for tag in (
            '<meta property="og:type" content="article">',
            '<meta property="og:title" content="Γενική συνέλευση 2026">',
            '<meta property="og:description" content="Τα μέλη ενέκριναν τον απολογισμό.">',
            '<meta property="og:url" content="http://testserver/el/nea/geniki-synelefsi/">',
            '<meta property="og:locale" content="el_GR">',
            '<meta property="article:published_time" content="2026-03-11T10:00:00+02:00">',
            '<meta property="article:tag" content="Διαφάνεια">',
            '<meta name="twitter:card" content="summary_large_image">',
            '<meta name="twitter:title" content="Γενική συνέλευση 2026">',
        ):
            self.assertContains(response, tag, html=True)
        image = re.search(r'<meta property="og:image" content="([^"]+)"', response.content.decode()).group(1)
        self.assertRegex(image, r"^http://testserver/media/images/.+\.jpg$")
        self.assertContains(response, f'<meta name="twitter:image" content="{image}">', html=True)
        self.assertEqual(
            self.client.get(image.removeprefix("http://testserver")).status_code in (200, 404), True
        )

    def test_canonical_url_is_the_article_itself(self):
        response = self.client.get("/el/nea/geniki-synelefsi/?utm_source=x")
        self.assertContains(
            response, '<link rel="canonical" href="http://testserver/el/nea/geniki-synelefsi/">', html=True
        )

    def test_article_without_image_uses_a_summary_card(self):
        self.article.listing_image = None
        self.article.save_revision().publish()
        response = self.client.get("/el/nea/geniki-synelefsi/")
        self.assertContains(response, '<meta name="twitter:card" content="summary">', html=True)
        self.assertNotContains(response, "og:image")
        self.assertNotIn("image", json_ld(response))
