"""Guide index and guide pages: tree rules, admin creation, table of contents, browsing and metadata."""

from __future__ import annotations

import json
import re
from datetime import date

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from core.localize import translate_with_strings
from guides.models import GuideIndexPage, GuidePage
from home.models import HomePage
from news.models import NewsIndexPage
from tests.guides.builders import category, guide, guide_index
from tests.news.builders import article, news_index, topic
from tests.testcases import HubPageTestCase

TOC_BODY = [
    ("paragraph", "<p>Εισαγωγή.</p>"),
    ("heading", {"text": "Πριν ξεκινήσετε", "level": "h2"}),
    ("paragraph", "<p>Συζητήστε τον σκοπό.</p>"),
    ("heading", {"text": "Τα βήματα", "level": "h2"}),
    ("heading", {"text": "Το καταστατικό", "level": "h3"}),
    ("heading", {"text": "Η εγγραφή στο μητρώο", "level": "h3"}),
    ("heading", {"text": "Συχνά λάθη", "level": "h2"}),
]


class GuideTreeTests(HubPageTestCase, WagtailPageTestCase):
    def test_guide_index_lives_under_a_home_page_and_holds_guides(self):
        self.assertAllowedParentPageTypes(GuideIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(GuideIndexPage, {GuidePage})

    def test_guides_live_only_under_a_guide_index(self):
        self.assertAllowedParentPageTypes(GuidePage, {GuideIndexPage})
        self.assertAllowedSubpageTypes(GuidePage, set())
        self.assertCanNotCreateAt(NewsIndexPage, GuidePage)
        self.assertCanNotCreateAt(HomePage, GuidePage)

    def test_each_home_page_has_at_most_one_guide_index(self):
        guide_index(self.home_el)
        self.assertFalse(GuideIndexPage.can_create_at(self.home_el))


class GuideAdminTests(HubPageTestCase, WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.index = guide_index(cls.home_el)
        cls.category = category(cls.el, "Ίδρυση")
        cls.topic = topic(cls.el, "Κοινωνικοί συνεταιρισμοί")
        cls.other_guide = guide(cls.index, title="Το καταστατικό", slug="katastatiko")
        cls.article = article(news_index(cls.home_el), title="Σεμινάρια", slug="seminaria")

    def test_editor_creates_a_guide_with_category_downloads_topics_and_related_pages(self):
        document = get_document_model().objects.create(
            title="Λίστα ελέγχου", file=ContentFile("[ ] Καταστατικό\n".encode(), name="lista.txt")
        )
        self.login()
        self.assertCanCreate(
            self.index,
            GuidePage,
            nested_form_data(
                {
                    "title": "Πώς ιδρύεται μια Κοιν.Σ.Επ.",
                    "slug": "idrysi-koinsep",
                    "summary": "Τα βήματα της ίδρυσης.",
                    "category": self.category.pk,
                    "audience": "Ομάδες πολιτών",
                    "last_reviewed": "2026-10-12",
                    "body": streamfield(
                        [
                            ("heading", {"text": "Το καταστατικό", "level": "h2"}),
                            ("paragraph", rich_text("<p>Ξεκινήστε από ένα υπόδειγμα.</p>")),
                        ]
                    ),
                    "downloads": streamfield(
                        [("document", {"document": document.pk, "label": "Λίστα ελέγχου"})]
                    ),
                    "topic_links": inline_formset([{"topic": self.topic.pk}]),
                    "related_guide_links": inline_formset([{"guide": self.other_guide.pk}]),
                    "related_news_links": inline_formset([{"article": self.article.pk}]),
                }
            ),
        )
        created = GuidePage.objects.get(slug="idrysi-koinsep")
        self.assertEqual(created.category, self.category)
        self.assertEqual(created.last_reviewed, date(2026, 10, 12))
        self.assertEqual(list(created.topics.all()), [self.topic])
        self.assertEqual(created.downloads[0].value["document"], document)
        self.assertEqual(created.related_guides(), [self.other_guide])
        self.assertEqual([a.pk for a in created.related_news()], [self.article.pk])

    def test_editor_manages_guide_categories_as_snippets(self):
        self.login()
        response = self.client.post(
            "/admin/snippets/guides/guidecategory/add/?locale=el",
            {"name": "Διαχείριση εθελοντών", "slug": "", "description": "Εθελοντές.", "sort_order": "3"},
        )
        self.assertEqual(response.status_code, 302)
        created = self.category.__class__.objects.get(name="Διαχείριση εθελοντών")
        self.assertEqual(created.slug, "diacheirisi-ethelonton")


class TableOfContentsTests(HubPageTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.index = guide_index(cls.home_el)
        cls.guide = guide(cls.index, title="Ίδρυση", slug="idrysi", body=TOC_BODY)

    def test_table_of_contents_follows_the_headings_with_h3_nested_under_h2(self):
        toc = self.guide.table_of_contents()
        self.assertEqual(
            [(e.text, e.anchor) for e in toc],
            [
                ("Πριν ξεκινήσετε", "prin-xekinisete"),
                ("Τα βήματα", "ta-vimata"),
                ("Συχνά λάθη", "sychna-lathi"),
            ],
        )
        self.assertEqual([c.text for c in toc[1].children], ["Το καταστατικό", "Η εγγραφή στο μητρώο"])

    def test_every_table_of_contents_link_points_at_a_heading_on_the_page(self):
        html = self.client.get("/el/odigoi/idrysi/").content.decode()
        toc_html = re.search(r'<nav class="toc".*?</nav>', html, re.S).group(0)
        anchors = re.findall(r'href="#([^"]+)"', toc_html)
        self.assertEqual(len(anchors), 5)
        for anchor in anchors:
            self.assertRegex(html, rf'<h[23] id="{anchor}">')

    def test_guide_without_headings_has_no_table_of_contents(self):
        plain = guide(self.index, title="Χωρίς ενότητες", slug="choris")
        self.assertEqual(plain.table_of_contents(), [])
        self.assertNotContains(self.client.get("/el/odigoi/choris/"), 'class="toc"')


class GuideRenderingTests(HubPageTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.index = guide_index(cls.home_el)
        cls.category = category(cls.el, "Χρηματοδότηση")
        cls.topic = topic(cls.el, "Ευρωπαϊκά προγράμματα")
        cls.guide = guide(
            cls.index,
            title="Ευρωπαϊκή χρηματοδότηση",
            slug="evropaiki",
            category=cls.category,
            audience="Στελέχη οργανώσεων",
            last_reviewed=date(2026, 11, 2),
            topics=[cls.topic],
            body=TOC_BODY,
        )

    def test_guide_shows_category_audience_last_review_and_topics(self):
        response = self.client.get("/el/odigoi/evropaiki/")
        self.assertEqual(response.status_code, 200)
        self.assertContains(
            response, '<a href="/el/odigoi/category/chrimatodotisi/">Χρηματοδότηση</a>', html=True
        )
        self.assertContains(response, "Στελέχη οργανώσεων")
        self.assertContains(response, '<time datetime="2026-11-02">2 Νοεμβρίου 2026</time>', html=True)
        self.assertContains(response, 'href="/el/odigoi/topic/eyropaika-programmata/"')

    def test_guide_downloads_are_listed_with_type_and_size(self):
        document = get_document_model().objects.create(
            title="Υπόδειγμα", file=ContentFile(b"a,b\n1,2\n", name="ypodeigma.csv")
        )
        self.guide.downloads = [("document", {"document": document, "label": "Υπόδειγμα προϋπολογισμού"})]
        self.guide.save_revision().publish()
        response = self.client.get("/el/odigoi/evropaiki/")
        self.assertContains(response, "Υπόδειγμα προϋπολογισμού")
        self.assertContains(response, "CSV")

    def test_print_stylesheet_is_linked_for_print_media(self):
        response = self.client.get("/el/odigoi/evropaiki/")
        self.assertContains(response, 'href="/static/css/print.css" media="print"')

    def test_json_ld_is_an_article_with_review_date_audience_and_section(self):
        html = self.client.get("/el/odigoi/evropaiki/").content.decode()
        data = json.loads(
            re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
        )
        self.assertEqual(data["@type"], "Article")
        self.assertEqual(data["headline"], "Ευρωπαϊκή χρηματοδότηση")
        self.assertEqual(data["dateModified"], "2026-11-02")
        self.assertEqual(data["datePublished"], "2026-03-01T10:00:00+02:00")
        self.assertEqual(data["articleSection"], "Χρηματοδότηση")
        self.assertEqual(data["audience"], {"@type": "Audience", "audienceType": "Στελέχη οργανώσεων"})
        self.assertEqual(data["publisher"]["@type"], "Organization")
        self.assertEqual(data["mainEntityOfPage"]["@id"], "http://testserver/el/odigoi/evropaiki/")


class GuideBrowsingTests(HubPageTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.index = guide_index(cls.home_el)
        cls.funding = category(cls.el, "Χρηματοδότηση", sort_order=2)
        cls.founding = category(cls.el, "Ίδρυση", sort_order=1)
        category(cls.el, "Χωρίς οδηγούς", sort_order=3)
        cls.topic = topic(cls.el, "Διαφάνεια")
        for day in range(14):
            guide(cls.index, title=f"Οδηγός χρηματοδότησης {day:02d}", day=day, category=cls.funding)
        guide(
            cls.index,
            title="Το καταστατικό",
            slug="katastatiko",
            day=20,
            category=cls.founding,
            topics=[cls.topic],
        )
        guide(cls.index, title="Πρόχειρος οδηγός", category=cls.founding, topics=[cls.topic], live=False)

    def test_index_lists_categories_in_editor_order_with_counts(self):
        response = self.client.get("/el/odigoi/")
        self.assertEqual(response.status_code, 200)
        categories = list(response.context["categories"])
        self.assertEqual([c.name for c in categories], ["Ίδρυση", "Χρηματοδότηση"])
        self.assertEqual([c.guide_count for c in categories], [1, 14])
        self.assertNotContains(response, "Χωρίς οδηγούς")
        self.assertContains(response, 'href="/el/odigoi/category/chrimatodotisi/"')

    def test_index_lists_all_published_guides_newest_first_and_paginates(self):
        response = self.client.get("/el/odigoi/")
        titles = [g.title for g in response.context["guides"]]
        self.assertEqual(titles[0], "Το καταστατικό")
        self.assertEqual(len(titles), 12)
        self.assertNotContains(response, "Πρόχειρος οδηγός")
        self.assertEqual(len(self.client.get("/el/odigoi/?page=2").context["guides"]), 3)
        self.assertEqual(self.client.get("/el/odigoi/?page=oops").status_code, 200)

    def test_category_listing_shows_its_guides_only(self):
        response = self.client.get("/el/odigoi/category/idrysi/")
        self.assertEqual(response.status_code, 200)
        self.assertEqual([g.title for g in response.context["guides"]], ["Το καταστατικό"])
        self.assertContains(response, "<h1>Ίδρυση</h1>", html=True)
        self.assertContains(
            response, '<link rel="canonical" href="http://testserver/el/odigoi/category/idrysi/">', html=True
        )
        self.assertEqual(
            len(self.client.get("/el/odigoi/category/chrimatodotisi/?page=2").context["guides"]), 2
        )

    def test_topic_listing_shows_published_guides_on_the_topic(self):
        response = self.client.get("/el/odigoi/topic/diafaneia/")
        self.assertEqual([g.title for g in response.context["guides"]], ["Το καταστατικό"])

    def test_unknown_category_or_topic_is_a_404(self):
        self.assertEqual(self.client.get("/el/odigoi/category/agnosti/").status_code, 404)
        self.assertEqual(self.client.get("/el/odigoi/topic/agnosto/").status_code, 404)

    def test_home_page_shows_featured_guides_only(self):
        self.assertFalse(any(s.key == "guides" for s in self.client.get("/el/").context["home_sections"]))
        featured = GuidePage.objects.get(slug="katastatiko")
        featured.featured = True
        featured.save_revision().publish()
        response = self.client.get("/el/")
        section = next(s for s in response.context["home_sections"] if s.key == "guides")
        self.assertEqual(section.order, 30)
        self.assertEqual([g.title for g in section.items], ["Το καταστατικό"])
        self.assertEqual(section.more_url, "/el/odigoi/")


class GuideTranslationTests(HubPageTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.index = guide_index(cls.home_el)
        translate_with_strings(
            instance=cls.index, locale=cls.en, strings={"Οδηγοί": "Guides", "odigoi": "guides"}
        )
        cls.category = category(cls.el, "Ίδρυση", description="Από την ιδέα στο μητρώο.")
        cls.category_en = translate_with_strings(
            instance=cls.category,
            locale=cls.en,
            strings={
                "Ίδρυση": "Founding",
                "idrysi": "founding",
                "Από την ιδέα στο μητρώο.": "From idea to register.",
            },
        )
        cls.guide = guide(
            cls.index,
            title="Το καταστατικό",
            slug="katastatiko",
            category=cls.category,
            audience="Ιδρυτές",
            body=[("heading", {"text": "Τα άρθρα", "level": "h2"})],
        )
        cls.guide_en = translate_with_strings(
            instance=cls.guide,
            locale=cls.en,
            strings={
                "Το καταστατικό": "The statutes",
                "katastatiko": "statutes",
                "Περίληψη: Το καταστατικό": "Summary: the statutes",
                "Ιδρυτές": "Founders",
                "Τα άρθρα": "The articles",
            },
        )

    def test_english_guide_has_the_english_category_and_its_own_table_of_contents(self):
        response = self.client.get("/en/guides/statutes/")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(self.guide_en.category, self.category_en)
        self.assertContains(response, '<a href="/en/guides/category/founding/">Founding</a>', html=True)
        self.assertContains(response, '<a href="#the-articles">The articles</a>', html=True)
        self.assertContains(response, '<h2 id="the-articles">The articles</h2>', html=True)

    def test_language_switcher_pairs_the_two_versions(self):
        self.assertContains(self.client.get("/el/odigoi/katastatiko/"), 'href="/en/guides/statutes/"')
        self.assertContains(self.client.get("/en/guides/statutes/"), 'href="/el/odigoi/katastatiko/"')

    def test_category_listing_links_to_the_same_category_in_the_other_language(self):
        response = self.client.get("/el/odigoi/category/idrysi/")
        self.assertRegex(
            response.content.decode(), r'<a href="/en/guides/category/founding/"[^>]*hreflang="en"'
        )
        self.assertContains(
            response,
            '<link rel="alternate" hreflang="en" href="http://testserver/en/guides/category/founding/">',
            html=True,
        )
        self.assertContains(
            self.client.get("/en/guides/category/founding/"),
            '<link rel="alternate" hreflang="el" href="http://testserver/el/odigoi/category/idrysi/">',
            html=True,
        )
