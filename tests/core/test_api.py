"""The content API (/api/v2/): only live public content, structured bodies, renditions, translations."""

from __future__ import annotations

from datetime import timedelta
from io import BytesIO
from unittest import mock

from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from core.api import IMAGE_RENDITIONS
from core.localize import translate_with_strings
from home.models import StandardPage
from tests.guides import builders as guide_builders
from tests.media_library import builders as media_builders
from tests.news import builders as news_builders
from tests.testcases import HubPageTestCase


def picture(title: str = "Συνέλευση μελών", size=(640, 360)):
    buffer = BytesIO()
    Image.new("RGB", size, (11, 85, 99)).save(buffer, "PNG")
    return get_image_model().objects.create(
        title=title, description="Μέλη της ένωσης σε αίθουσα", file=ContentFile(buffer.getvalue(), "p.png")
    )


def document(title: str = "Καταστατικό"):
    return get_document_model().objects.create(
        title=title, file=ContentFile(b"%PDF-1.4\n% test document\n", name="katastatiko.pdf")
    )


def run_scheduler_at(moment) -> None:
    """Run the scheduler (docker-compose's "scheduler" service) as if the clock showed ``moment``."""
    with mock.patch("django.utils.timezone.now", return_value=moment):
        call_command("publish_scheduled")


def standard_page(parent, *, title: str, slug: str, live: bool = True, **fields) -> StandardPage:
    page = parent.add_child(instance=StandardPage(title=title, slug=slug, live=live, **fields))
    revision = page.save_revision()
    if live:
        revision.publish()
    page.refresh_from_db()
    return page


class ApiTestCase(HubPageTestCase):
    def listed_ids(self, query: str = "") -> set[int]:
        response = self.client.get(f"/api/v2/pages/?limit=100{query}")
        self.assertEqual(response.status_code, 200, response.content[:300])
        return {item["id"] for item in response.json()["items"]}

    def detail(self, page_id: int, query: str = ""):
        return self.client.get(f"/api/v2/pages/{page_id}/{query}")


class OnlyLivePublicContentTests(ApiTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.public = standard_page(cls.home_el, title="Ποιοι είμαστε", slug="poioi-eimaste")
        cls.draft = standard_page(cls.home_el, title="Πρόχειρο σχέδιο δράσης", slug="sxedio", live=False)
        cls.private = standard_page(cls.home_el, title="Εσωτερικός κανονισμός", slug="kanonismos")
        PageViewRestriction.objects.create(
            page=cls.private, restriction_type=PageViewRestriction.PASSWORD, password="melh"
        )

    def assert_absent(self, page):
        self.assertNotIn(page.pk, self.listed_ids())
        self.assertNotIn(page.pk, self.listed_ids(f"&locale={page.locale.language_code}"))
        self.assertNotIn(page.pk, self.listed_ids("&type=home.StandardPage"))
        children = self.client.get(f"/api/v2/pages/?child_of={page.get_parent().pk}")
        # A private parent is itself "not found" (400); a public one lists its other children only.
        if children.status_code == 200:
            self.assertNotIn(page.pk, {item["id"] for item in children.json()["items"]})
        else:
            self.assertEqual(children.status_code, 400)
        self.assertEqual(self.detail(page.pk).status_code, 404)

    def test_live_public_pages_are_listed_and_served(self):
        self.assertIn(self.public.pk, self.listed_ids())
        self.assertEqual(self.detail(self.public.pk).status_code, 200)

    def test_drafts_never_appear(self):
        self.assert_absent(self.draft)

    def test_private_pages_never_appear(self):
        self.assert_absent(self.private)

    def test_pages_below_a_private_page_never_appear(self):
        child = standard_page(self.private, title="Πρακτικά", slug="praktika")
        self.assert_absent(child)

    def test_unpublished_pages_disappear(self):
        self.public.unpublish()
        self.assert_absent(self.public)

    def test_the_live_version_is_served_not_a_newer_draft(self):
        self.public.title = "Αδημοσίευτος τίτλος"
        self.public.save_revision()
        data = self.detail(self.public.pk).json()
        self.assertEqual(data["title"], "Ποιοι είμαστε")
        self.assertNotContains(self.client.get("/api/v2/pages/?limit=100&fields=title"), "Αδημοσίευτος")

    def test_search_finds_neither_drafts_nor_private_pages(self):
        for word in ("σχέδιο", "κανονισμός"):
            response = self.client.get(f"/api/v2/pages/?search={word}")
            self.assertEqual(response.status_code, 200)
            self.assertEqual(response.json()["items"], [], word)

    def test_pages_scheduled_for_the_future_appear_only_once_published_by_the_scheduler(self):
        page = standard_page(self.home_el, title="Ανακοίνωση", slug="anakoinosi", live=False)
        page.go_live_at = timezone.now() + timedelta(hours=1)
        page.save_revision().publish()
        self.assert_absent(page)

        call_command("publish_scheduled")
        self.assert_absent(page)  # not yet time

        run_scheduler_at(timezone.now() + timedelta(hours=2))
        self.assertIn(page.pk, self.listed_ids())

    def test_expired_pages_disappear_when_the_scheduler_runs(self):
        page = standard_page(
            self.home_el, title="Προθεσμία", slug="prothesmia", expire_at=timezone.now() + timedelta(hours=1)
        )
        self.assertIn(page.pk, self.listed_ids())
        run_scheduler_at(timezone.now() + timedelta(hours=2))
        self.assert_absent(page)


class QueryParameterTests(ApiTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.pages_el = [
            standard_page(cls.home_el, title=f"Σελίδα {n}", slug=f"selida-{n}") for n in range(1, 4)
        ]
        cls.page_en = translate_with_strings(
            instance=cls.pages_el[0], locale=cls.en, strings={"Σελίδα 1": "Page 1", "selida-1": "page-1"}
        )

    def test_locale_selects_one_language(self):
        english = self.listed_ids("&locale=en")
        self.assertEqual(english, {self.home_en.pk, self.page_en.pk})
        self.assertTrue({p.pk for p in self.pages_el} <= self.listed_ids("&locale=el"))
        self.assertNotIn(self.page_en.pk, self.listed_ids("&locale=el"))

    def test_type_selects_one_page_type(self):
        self.assertEqual(self.listed_ids("&type=home.StandardPage&locale=el"), {p.pk for p in self.pages_el})

    def test_translation_of_finds_the_other_language(self):
        self.assertEqual(self.listed_ids(f"&translation_of={self.pages_el[0].pk}"), {self.page_en.pk})

    def test_pagination_with_limit_and_offset(self):
        query = "/api/v2/pages/?type=home.StandardPage&locale=el&order=id&limit=2"
        first = self.client.get(query).json()
        second = self.client.get(query + "&offset=2").json()
        self.assertEqual(first["meta"]["total_count"], 3)
        self.assertEqual([i["id"] for i in first["items"]], [p.pk for p in self.pages_el[:2]])
        self.assertEqual([i["id"] for i in second["items"]], [self.pages_el[2].pk])

    def test_bad_parameters_are_client_errors(self):
        for query in (
            "?limit=abc",
            "?limit=-1",
            "?offset=x",
            "?type=nosuch.Page",
            "?type=core.Topic",
            "?locale=xx",
            "?order=nosuchfield",
            "?fields=nosuchfield",
            "?child_of=999999",
            "?search=%00",
        ):
            status = self.client.get(f"/api/v2/pages/{query}").status_code
            self.assertTrue(400 <= status < 500 or status == 200, f"{query} → {status}")
            self.assertNotEqual(status, 500, query)
        self.assertEqual(self.client.get("/api/v2/pages/abc/").status_code, 404)


class PageFieldTests(ApiTestCase):
    # Files go to each test's own MEDIA_ROOT (tests/conftest.py), so they are made per test, and
    # Wagtail's rendition cache (which outlives the test's rollback) is emptied.
    def setUp(self):
        cache.clear()
        self.image = picture()
        self.document = document()
        self.target = standard_page(self.home_el, title="Επικοινωνία", slug="epikoinonia")
        self.page = standard_page(
            self.home_el,
            title="Σχετικά με εμάς",
            slug="sxetika",
            summary="Η ένωση σε λίγες γραμμές.",
            listing_image=self.image,
            body=[
                ("heading", {"text": "Ιστορία", "level": "h2"}),
                ("paragraph", f'<p>Δείτε την <a linktype="page" id="{self.target.pk}">επικοινωνία</a>.</p>'),
                ("image", {"image": self.image, "alt_text": "Η συνέλευση", "caption": "Αθήνα, 2025"}),
                ("document", {"document": self.document, "label": "Καταστατικό (PDF)"}),
            ],
        )
        self.page_en = translate_with_strings(
            instance=self.page,
            locale=self.en,
            strings={
                "Σχετικά με εμάς": "About us",
                "sxetika": "about",
                "Η ένωση σε λίγες γραμμές.": "The union in a few lines.",
                "Ιστορία": "History",
                'Δείτε την <a id="a1">επικοινωνία</a>.': 'See <a id="a1">contact</a>.',
                "Η συνέλευση": "The assembly",
                "Αθήνα, 2025": "Athens, 2025",
                "Καταστατικό (PDF)": "Statutes (PDF)",
            },
        )

    def test_body_is_a_list_of_typed_blocks(self):
        body = self.detail(self.page.pk).json()["body"]
        self.assertEqual([block["type"] for block in body], ["heading", "paragraph", "image", "document"])
        self.assertEqual(body[0]["value"], {"text": "Ιστορία", "level": "h2"})

    def test_rich_text_is_display_html_with_resolved_links(self):
        paragraph = self.detail(self.page.pk).json()["body"][1]["value"]
        self.assertIn('href="/el/epikoinonia/"', paragraph)
        self.assertNotIn("linktype", paragraph)

    def test_rich_text_is_also_available_as_markdown(self):
        paragraph = self.detail(self.page.pk, "?rich_text_format=markdown").json()["body"][1]["value"]
        self.assertIn("[επικοινωνία](", paragraph)

    def test_image_blocks_carry_renditions_with_absolute_urls(self):
        image = self.detail(self.page.pk).json()["body"][2]["value"]["image"]
        self.assertEqual(image["id"], self.image.pk)
        self.assertEqual(image["alt"], "Μέλη της ένωσης σε αίθουσα")
        self.assertEqual(set(image["renditions"]), set(IMAGE_RENDITIONS))
        thumbnail = image["renditions"]["thumbnail"]
        self.assertEqual((thumbnail["width"], thumbnail["height"]), (480, 270))
        self.assertTrue(thumbnail["url"].startswith("http://testserver/"), thumbnail["url"])
        self.assertEqual(self.client.get(thumbnail["url"].removeprefix("http://testserver")).status_code, 200)

    def test_document_blocks_carry_the_download_url_and_size(self):
        value = self.detail(self.page.pk).json()["body"][3]["value"]
        self.assertEqual(value["label"], "Καταστατικό (PDF)")
        self.assertEqual(value["document"]["title"], "Καταστατικό")
        self.assertEqual(value["document"]["file_extension"], "pdf")
        self.assertEqual(value["document"]["file_size"], self.document.get_file_size())
        self.assertTrue(value["document"]["url"].startswith("http://testserver/documents/"))

    def test_listing_fields_summary_and_listing_image(self):
        data = self.detail(self.page.pk).json()
        self.assertEqual(data["summary"], "Η ένωση σε λίγες γραμμές.")
        self.assertEqual(data["listing_image"]["renditions"]["large"]["width"], 640)

    def test_translations_list_the_live_versions_in_other_languages(self):
        data = self.detail(self.page.pk).json()
        self.assertEqual(
            data["translations"],
            [
                {
                    "locale": "en",
                    "id": self.page_en.pk,
                    "title": "About us",
                    "url": "http://testserver/en/about/",
                }
            ],
        )
        english = self.detail(self.page_en.pk).json()
        self.assertEqual([t["locale"] for t in english["translations"]], ["el"])
        # The linked page has no English version, so the link still leads to the Greek one.
        self.assertEqual(english["body"][1]["value"], '<p>See <a href="/el/epikoinonia/">contact</a>.</p>')

    def test_translations_leave_out_unpublished_ones(self):
        self.page_en.unpublish()
        self.assertEqual(self.detail(self.page.pk).json()["translations"], [])

    def test_listing_can_ask_for_any_field(self):
        response = self.client.get(
            "/api/v2/pages/?type=home.StandardPage&locale=el&fields=summary,listing_image,translations"
        )
        item = next(i for i in response.json()["items"] if i["id"] == self.page.pk)
        self.assertEqual(item["translations"][0]["locale"], "en")
        self.assertIn("thumbnail", item["listing_image"]["renditions"])


class PageTypeFieldTests(ApiTestCase):
    """Every page type exposes what an app needs to show it without scraping the HTML."""

    def setUp(self):
        cache.clear()
        self.topic = news_builders.topic(self.el, "Συνεταιρισμοί", slug="synetairismoi")
        self.author = news_builders.person(self.el)

    def test_news_index_and_article(self):
        index = news_builders.news_index(self.home_el)
        article = news_builders.article(
            index,
            title="Νέο δίκτυο συνεταιρισμών",
            slug="neo-diktyo",
            topics=[self.topic],
            authors=[self.author],
            hero_image=news_builders.picture("Συνάντηση", size=(1200, 675)),
            hero_caption="Η πρώτη συνάντηση",
        )
        data = self.detail(index.pk).json()
        self.assertEqual(data["meta"]["type"], "news.NewsIndexPage")
        self.assertEqual(data["feed_url"], "http://testserver/el/nea/feed/")
        self.assertEqual(data["atom_feed_url"], "http://testserver/el/nea/feed/atom/")

        data = self.detail(article.pk).json()
        self.assertEqual(
            data["topics"], [{"id": self.topic.pk, "name": "Συνεταιρισμοί", "slug": "synetairismoi"}]
        )
        self.assertEqual([a["name"] for a in data["authors"]], ["Μαρία Παπαδοπούλου"])
        self.assertEqual(data["hero_caption"], "Η πρώτη συνάντηση")
        self.assertEqual(data["hero_alt"], "Περιγραφή: Συνάντηση")
        self.assertEqual(data["hero_image"]["renditions"]["thumbnail"]["width"], 480)
        self.assertEqual(data["body"][0]["type"], "paragraph")

    def test_guide_index_and_guide(self):
        index = guide_builders.guide_index(self.home_el)
        category = guide_builders.category(self.el, slug="xrimatodotisi")
        guide = guide_builders.guide(
            index, title="Πώς να κάνετε αίτηση", category=category, topics=[self.topic]
        )
        self.assertEqual(self.detail(index.pk).json()["meta"]["type"], "guides.GuideIndexPage")
        data = self.detail(guide.pk).json()
        self.assertEqual(
            data["category"], {"id": category.pk, "name": "Χρηματοδότηση", "slug": "xrimatodotisi"}
        )
        self.assertEqual(data["last_reviewed"], "2026-11-02")
        self.assertEqual([t["slug"] for t in data["topics"]], ["synetairismoi"])
        self.assertEqual(data["downloads"], [])

    def test_radio_show_and_episode_with_media_transcript_and_chapters(self):
        radio = media_builders.show_index(self.home_el)
        show = media_builders.show(radio, artwork=media_builders.artwork())
        media = media_builders.mp3_asset(title="Συνέντευξη", seconds=2.0)
        media_builders.transcript(media)
        episode = media_builders.episode(
            show, slug="proto", title="Πρώτο επεισόδιο", media=media, chapters=[(0, "Αρχή"), (1, "Συζήτηση")]
        )
        episode.guests.add(self.author)
        episode.topics.add(self.topic)
        episode.save_revision().publish()

        self.assertEqual(self.detail(radio.pk).json()["medium"], "audio")
        show_data = self.detail(show.pk).json()
        self.assertEqual(show_data["feed_url"], "http://testserver/el/radiofono/fones/feed/")
        self.assertEqual(show_data["artwork"]["renditions"]["square"]["width"], 600)

        data = self.detail(episode.pk).json()
        self.assertEqual(data["media"]["type"], "audio")
        self.assertEqual(data["media"]["mime_type"], "audio/mpeg")
        self.assertEqual(data["media"]["file_size"], media.file_size)
        self.assertAlmostEqual(data["media"]["duration"], 2.0, delta=0.1)
        self.assertTrue(data["media"]["url"].startswith("http://testserver/media/"))
        [transcript] = data["media"]["transcripts"]
        self.assertEqual((transcript["language"], transcript["format"]), ("el", "text/vtt"))
        self.assertEqual(
            self.client.get(transcript["url"].removeprefix("http://testserver")).status_code, 200
        )
        self.assertEqual([(c["start"], c["title"]) for c in data["chapters"]], [(0, "Αρχή"), (1, "Συζήτηση")])
        self.assertEqual(data["chapters_url"], "http://testserver/el/radiofono/fones/proto/chapters.json")
        self.assertEqual(data["embed_url"], "http://testserver/el/radiofono/fones/proto/embed/")
        self.assertEqual([g["name"] for g in data["guests"]], ["Μαρία Παπαδοπούλου"])
        self.assertEqual(data["guid"], episode.guid)

    def test_media_images_and_documents_endpoints(self):
        media = media_builders.mp3_asset(title="Συνέντευξη")
        media_builders.transcript(media)
        data = self.client.get(f"/api/v2/media/{media.pk}/").json()
        self.assertEqual(data["media_type"], "audio")
        self.assertEqual((data["mime_type"], data["file_size"]), ("audio/mpeg", media.file_size))
        self.assertEqual(data["transcripts"][0]["language"], "el")
        self.assertTrue(data["meta"]["download_url"].startswith("http://testserver/media/"))

        image = picture()
        data = self.client.get(f"/api/v2/images/{image.pk}/").json()
        self.assertEqual(data["default_alt_text"], "Μέλη της ένωσης σε αίθουσα")
        self.assertEqual(set(data["renditions"]), set(IMAGE_RENDITIONS))

        doc = document()
        self.assertEqual(self.client.get(f"/api/v2/documents/{doc.pk}/").json()["title"], "Καταστατικό")

    def test_files_in_private_collections_never_appear(self):
        members = Collection.get_first_root_node().add_child(name="Μόνο για μέλη")
        minutes = members.add_child(name="Πρακτικά")
        CollectionViewRestriction.objects.create(
            collection=members, restriction_type=CollectionViewRestriction.LOGIN
        )
        public_doc, private_doc = document(), document()
        private_doc.collection = minutes
        private_doc.save()
        public_media, private_media = media_builders.mp3_asset(), media_builders.mp3_asset()
        private_media.collection = members
        private_media.save()
        public_image, private_image = picture(), picture()
        private_image.collection = minutes
        private_image.save()
        for endpoint, public, private in (
            ("documents", public_doc, private_doc),
            ("media", public_media, private_media),
            ("images", public_image, private_image),
        ):
            with self.subTest(endpoint=endpoint):
                listed = [item["id"] for item in self.client.get(f"/api/v2/{endpoint}/").json()["items"]]
                self.assertIn(public.pk, listed)
                self.assertNotIn(private.pk, listed)
                self.assertEqual(self.client.get(f"/api/v2/{endpoint}/{private.pk}/").status_code, 404)

    def test_listing_by_type_in_one_language_with_fields(self):
        index = news_builders.news_index(self.home_el)
        for n in range(3):
            news_builders.article(index, title=f"Άρθρο {n}", slug=f"arthro-{n}", day=n, topics=[self.topic])
        response = self.client.get(
            "/api/v2/pages/?type=news.ArticlePage&locale=el&order=-first_published_at&fields=summary,topics"
        )
        items = response.json()["items"]
        self.assertEqual([i["title"] for i in items], ["Άρθρο 2", "Άρθρο 1", "Άρθρο 0"])
        self.assertEqual(items[0]["topics"][0]["slug"], "synetairismoi")


class QueryCountTests(ApiTestCase):
    def setUp(self):
        cache.clear()
        self.topic = news_builders.topic(self.el, "Συνεταιρισμοί", slug="synetairismoi")
        self.author = news_builders.person(self.el)
        self.index = news_builders.news_index(self.home_el)
        radio = media_builders.show_index(self.home_el)
        self.show = media_builders.show(radio)

    def add_article(self, n: int):
        article = news_builders.article(
            self.index,
            title=f"Άρθρο {n}",
            slug=f"arthro-{n}",
            topics=[self.topic],
            authors=[self.author],
            listing_image=news_builders.picture(f"Εικόνα {n}"),
        )
        return article

    def add_episode(self, n: int):
        media = media_builders.mp3_asset(title=f"Ήχος {n}")
        media_builders.transcript(media)
        return media_builders.episode(self.show, slug=f"ep-{n}", media=media, chapters=[(0, "Αρχή")])

    def queries_for(self, url: str) -> int:
        self.client.get(url)  # renditions are made on the first request
        with CaptureQueriesContext(connection) as queries:
            self.assertEqual(self.client.get(url).status_code, 200)
        return len(queries)

    def test_listing_articles_with_every_field_costs_the_same_for_2_or_6(self):
        url = "/api/v2/pages/?type=news.ArticlePage&fields=*"
        for n in range(2):
            self.add_article(n)
        few = self.queries_for(url)
        for n in range(2, 6):
            self.add_article(n)
        self.assertEqual(self.queries_for(url), few)

    def test_listing_episodes_with_every_field_costs_the_same_for_2_or_6(self):
        url = "/api/v2/pages/?type=media_library.EpisodePage&fields=*"
        for n in range(2):
            self.add_episode(n)
        few = self.queries_for(url)
        for n in range(2, 6):
            self.add_episode(n)
        self.assertEqual(self.queries_for(url), few)
