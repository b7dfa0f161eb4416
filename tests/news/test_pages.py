"""News index and article pages: tree rules, admin creation, rendering, listings and translations."""

from __future__ import annotations

import re
from datetime import timedelta

from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageViewRestriction
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from core.localize import translate_with_strings
from guides.models import GuideIndexPage
from home.models import HomePage
from news.models import ArticlePage, NewsIndexPage, RelatedArticle
from tests.english import EnglishClient
from tests.news.builders import article, news_index, person, picture, topic
from tests.testcases import HubPageTestCase


class NewsTreeTests(HubPageTestCase, WagtailPageTestCase):
    def test_news_index_lives_under_a_home_page_and_holds_articles(self):
        self.assertAllowedParentPageTypes(NewsIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {ArticlePage})

    def test_articles_live_only_under_a_news_index_and_have_no_children(self):
        self.assertAllowedParentPageTypes(ArticlePage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(ArticlePage, set())
        self.assertCanNotCreateAt(HomePage, ArticlePage)
        self.assertCanNotCreateAt(GuideIndexPage, ArticlePage)

    def test_each_home_page_has_at_most_one_news_index(self):
        self.assertCanCreateAt(HomePage, NewsIndexPage)
        news_index(self.home_el)
        self.assertFalse(NewsIndexPage.can_create_at(self.home_el))
        self.assertTrue(NewsIndexPage.can_create_at(self.home_en))


class ArticleAdminTests(HubPageTestCase, WagtailPageTestCase):
    client_class = EnglishClient

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.index = news_index(cls.home_el)
        cls.topic = topic(cls.el, "Χρηματοδότηση")
        cls.author = person(cls.el)
        cls.earlier = article(cls.index, title="Προηγούμενο άρθρο", slug="proigoumeno")

    def test_editor_creates_an_article_with_body_authors_topics_and_related_articles(self):
        self.login()
        hero = picture("Συνάντηση μελών")
        self.assertCanCreate(
            self.index,
            ArticlePage,
            nested_form_data(
                {
                    "title": "Νέα πρόσκληση χρηματοδότησης",
                    "slug": "nea-prosklisi",
                    "summary": "Ανοίγει πρόσκληση για μικρές οργανώσεις.",
                    "hero_image": hero.pk,
                    "hero_alt_text": "Μέλη συζητούν γύρω από ένα τραπέζι",
                    "hero_caption": "Η συνάντηση στην Αθήνα",
                    "body": streamfield(
                        [
                            ("heading", {"text": "Ποιοι μπορούν να υποβάλουν", "level": "h2"}),
                            ("paragraph", rich_text("<p>Σωματεία και συνεταιρισμοί.</p>")),
                            ("quote", {"quote": "Μια καλή ευκαιρία.", "attribution": "Ο συντονιστής"}),
                        ]
                    ),
                    "author_links": inline_formset([{"person": self.author.pk}]),
                    "topic_links": inline_formset([{"topic": self.topic.pk}]),
                    "related_article_links": inline_formset([{"article": self.earlier.pk}]),
                }
            ),
        )
        created = ArticlePage.objects.get(slug="nea-prosklisi")
        self.assertTrue(created.live)
        self.assertEqual(created.locale, self.el)
        self.assertEqual(list(created.topics.all()), [self.topic])
        self.assertEqual(list(created.authors.all()), [self.author])
        self.assertEqual([link.article for link in created.related_article_links.all()], [self.earlier])
        self.assertEqual([block.block_type for block in created.body], ["heading", "paragraph", "quote"])
        self.assertEqual(created.topic_links.get().locale, self.el)

    def test_the_same_topic_twice_is_refused_with_a_message(self):
        self.login()
        url = reverse("wagtailadmin_pages:add", args=("news", "articlepage", self.index.pk))
        data = nested_form_data(
            {
                "title": "Διπλό θέμα",
                "slug": "diplo-thema",
                "body": streamfield([]),
                "author_links": inline_formset([]),
                "topic_links": inline_formset([{"topic": self.topic.pk}, {"topic": self.topic.pk}]),
                "related_article_links": inline_formset([]),
                "action-publish": "action-publish",
            }
        )
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "This is already in the list.")
        self.assertFalse(ArticlePage.objects.filter(slug="diplo-thema").exists())

    def test_editor_creates_a_news_index_under_the_home_page(self):
        self.login()
        self.assertCanCreate(
            self.home_en,
            NewsIndexPage,
            nested_form_data({"title": "News", "slug": "news", "intro": rich_text("<p>What is new.</p>")}),
        )


class ArticleRenderingTests(HubPageTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.index = news_index(cls.home_el)
        cls.topic = topic(cls.el, "Διαφάνεια")
        cls.author = person(cls.el, "Νίκος Αντωνίου")
        cls.article = article(
            cls.index,
            title="Δημοσιεύσαμε τον απολογισμό",
            slug="apologismos",
            day=25,
            topics=[cls.topic],
            authors=[cls.author],
            hero_alt_text="Πίνακας με έσοδα και έξοδα",
            hero_caption="Τα στοιχεία του 2025",
            body=[
                ("heading", {"text": "Τα έσοδα", "level": "h2"}),
                ("paragraph", "<p>Τα περισσότερα έσοδα ήρθαν από προγράμματα.</p>"),
            ],
        )

    def setUp(self):
        # Image files live in each test's own MEDIA_ROOT, so the picture is made per test.
        self.article.hero_image = picture("Απολογισμός")
        self.article.save_revision().publish()

    def test_article_shows_title_greek_date_authors_hero_and_topics(self):
        response = self.client.get("/el/nea/apologismos/")
        self.assertEqual(response.status_code, 200)
        self.assertTemplateUsed(response, "news/article_page.html")
        self.assertContains(response, '<h1 id="article-title">Δημοσιεύσαμε τον απολογισμό</h1>', html=True)
        self.assertContains(response, "26 Μαρτίου 2026")
        self.assertContains(response, "Νίκος Αντωνίου")
        self.assertContains(response, 'alt="Πίνακας με έσοδα και έξοδα"')
        self.assertContains(response, "<figcaption>Τα στοιχεία του 2025</figcaption>", html=True)
        self.assertContains(response, '<h2 id="ta-esoda">Τα έσοδα</h2>', html=True)
        self.assertContains(response, 'href="/el/nea/topic/diafaneia/"')

    def test_article_has_breadcrumbs_to_the_news_index(self):
        response = self.client.get("/el/nea/apologismos/")
        self.assertContains(response, '<a href="/el/nea/">Νέα</a>', html=True)

    def test_hero_alt_text_falls_back_to_the_image_description(self):
        self.article.hero_alt_text = ""
        self.assertEqual(self.article.hero_alt, "Περιγραφή: Απολογισμός")

    def test_related_articles_fall_back_to_recent_ones_on_the_same_topics(self):
        same = article(self.index, title="Για τη διαφάνεια", day=3, topics=[self.topic])
        article(self.index, title="Άλλο θέμα", day=4)
        draft = article(self.index, title="Πρόχειρο", day=5, topics=[self.topic], live=False)
        related = self.article.related_articles()
        self.assertEqual(related, [same])
        self.assertNotIn(draft, related)


class NewsListingTests(HubPageTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.index = news_index(cls.home_el)
        cls.funding = topic(cls.el, "Χρηματοδότηση")
        cls.volunteering = topic(cls.el, "Εθελοντισμός")
        for day in range(15):
            article(
                cls.index,
                title=f"Άρθρο χρηματοδότησης {day:02d}",
                slug=f"funding-{day:02d}",
                day=day,
                topics=[cls.funding],
            )
        cls.volunteer_article = article(
            cls.index, title="Εθελοντές στην ακτή", slug="ethelontes", day=30, topics=[cls.volunteering]
        )

    def titles(self, response) -> list[str]:
        return [item.title for item in response.context["articles"]]

    def test_index_lists_articles_newest_first_twelve_per_page(self):
        response = self.client.get("/el/nea/")
        self.assertEqual(response.status_code, 200)
        titles = self.titles(response)
        self.assertEqual(len(titles), 12)
        self.assertEqual(titles[0], "Εθελοντές στην ακτή")
        self.assertEqual(titles[1], "Άρθρο χρηματοδότησης 14")
        self.assertContains(response, 'rel="next"')

    def test_second_page_has_the_rest_and_a_canonical_url_with_the_page_number(self):
        response = self.client.get("/el/nea/?page=2")
        self.assertEqual(len(self.titles(response)), 4)
        self.assertContains(
            response, '<link rel="canonical" href="http://testserver/el/nea/?page=2">', html=True
        )

    def test_junk_and_out_of_range_page_numbers_do_not_fail(self):
        for query in ("?page=abc", "?page=-1", "?page=0", "?page=999", "?page=1.5", "?page=%00"):
            with self.subTest(query=query):
                response = self.client.get(f"/el/nea/{query}")
                self.assertEqual(response.status_code, 200)
                self.assertTrue(self.titles(response))

    def test_topic_listing_shows_only_that_topics_articles_newest_first(self):
        response = self.client.get("/el/nea/topic/chrimatodotisi/")
        self.assertEqual(response.status_code, 200)
        titles = self.titles(response)
        self.assertEqual(len(titles), 12)
        self.assertEqual(titles[0], "Άρθρο χρηματοδότησης 14")
        self.assertNotIn("Εθελοντές στην ακτή", titles)
        self.assertContains(response, "<h1>Χρηματοδότηση</h1>", html=True)
        self.assertContains(
            response,
            '<link rel="canonical" href="http://testserver/el/nea/topic/chrimatodotisi/">',
            html=True,
        )

    def test_topic_listing_paginates_and_survives_junk_page_numbers(self):
        self.assertEqual(len(self.titles(self.client.get("/el/nea/topic/chrimatodotisi/?page=2"))), 3)
        response = self.client.get("/el/nea/topic/chrimatodotisi/?page=zzz")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(len(self.titles(response)), 12)

    def test_unknown_topic_is_a_404(self):
        self.assertEqual(self.client.get("/el/nea/topic/no-such-topic/").status_code, 404)
        self.assertEqual(self.client.get("/el/nea/topic/ΧΧΧ/").status_code, 404)

    def test_topic_of_another_language_is_a_404(self):
        topic(self.en, "Funding", slug="funding")
        self.assertEqual(self.client.get("/el/nea/topic/funding/").status_code, 404)

    def test_topic_navigation_lists_topics_with_articles_and_marks_the_current_one(self):
        topic(self.el, "Κενό θέμα")
        response = self.client.get("/el/nea/topic/ethelontismos/")
        self.assertContains(
            response, '<a href="/el/nea/topic/ethelontismos/" aria-current="page">Εθελοντισμός</a>', html=True
        )
        self.assertNotContains(response, "Κενό θέμα")

    def test_home_page_shows_the_latest_news(self):
        response = self.client.get("/el/")
        self.assertContains(response, "Εθελοντές στην ακτή")
        section = next(s for s in response.context["home_sections"] if s.key == "news")
        self.assertEqual(section.order, 10)
        self.assertEqual(len(section.items), 4)
        self.assertEqual(section.more_url, "/el/nea/")


class UnpublishedArticlesStayOutOfListingsTests(HubPageTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.index = news_index(cls.home_el)
        cls.topic = topic(cls.el, "Διαφάνεια")
        cls.visible = article(cls.index, title="Δημοσιευμένο", slug="visible", topics=[cls.topic])
        article(cls.index, title="Πρόχειρο κείμενο", slug="draft", topics=[cls.topic], live=False)
        private = article(cls.index, title="Ιδιωτικό κείμενο", slug="private", topics=[cls.topic])
        PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
        scheduled = article(
            cls.index, title="Προγραμματισμένο κείμενο", slug="scheduled", topics=[cls.topic], live=False
        )
        scheduled.go_live_at = timezone.now() + timedelta(days=2)
        scheduled.save_revision().publish()
        article(
            cls.index,
            title="Ληγμένο κείμενο",
            slug="expired",
            topics=[cls.topic],
            expire_at=timezone.now() - timedelta(hours=1),
        )

    def test_scheduled_article_is_not_live_yet(self):
        self.assertFalse(ArticlePage.objects.get(slug="scheduled").live)

    def test_only_the_published_article_is_listed_anywhere(self):
        hidden = ["Πρόχειρο κείμενο", "Ιδιωτικό κείμενο", "Προγραμματισμένο κείμενο", "Ληγμένο κείμενο"]
        for url in ("/el/nea/", "/el/nea/topic/diafaneia/", "/el/"):
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertContains(response, "Δημοσιευμένο")
                for title in hidden:
                    self.assertNotContains(response, title)

    def test_topics_of_only_unpublished_articles_are_not_offered(self):
        lonely = topic(self.el, "Μόνο σε πρόχειρα")
        article(self.index, title="Άλλο πρόχειρο", topics=[lonely], live=False)
        self.assertNotIn(lonely, list(self.index.topics()))
        self.assertEqual(
            self.client.get("/el/nea/topic/mono-se-procheira/").context["articles"].paginator.count, 0
        )


class ArticleTranslationTests(HubPageTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.index = news_index(cls.home_el)
        cls.index_en = translate_with_strings(
            instance=cls.index, locale=cls.en, strings={"Νέα": "News", "nea": "news"}
        )
        cls.topic = topic(cls.el, "Εθελοντισμός", description="")
        cls.topic_en = translate_with_strings(
            instance=cls.topic,
            locale=cls.en,
            strings={"Εθελοντισμός": "Volunteering", "ethelontismos": "volunteering"},
        )
        cls.article = article(
            cls.index,
            title="Εθελοντές στην ακτή",
            slug="ethelontes",
            topics=[cls.topic],
            summary="Καθαρισμός παραλίας.",
            body=[("paragraph", "<p>Διακόσιοι εθελοντές.</p>")],
        )
        cls.article_en = translate_with_strings(
            instance=cls.article,
            locale=cls.en,
            strings={
                "Εθελοντές στην ακτή": "Volunteers on the beach",
                "ethelontes": "volunteers",
                "Καθαρισμός παραλίας.": "A beach clean-up.",
                "Διακόσιοι εθελοντές.": "Two hundred volunteers.",
            },
        )
        cls.untranslated = article(cls.index, title="Μόνο στα ελληνικά", slug="mono-ellinika")

    def test_english_translation_shows_under_en_with_english_topics(self):
        response = self.client.get("/en/news/volunteers/")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, '<html lang="en"')
        self.assertContains(response, "Two hundred volunteers.")
        self.assertContains(response, 'href="/en/news/topic/volunteering/"')
        self.assertEqual(list(self.article_en.topics.all()), [self.topic_en])

    def test_switcher_and_hreflang_link_the_two_versions(self):
        response = self.client.get("/el/nea/ethelontes/")
        self.assertContains(response, 'href="/en/news/volunteers/"')
        self.assertContains(
            response,
            '<link rel="alternate" hreflang="en" href="http://testserver/en/news/volunteers/">',
            html=True,
        )
        response = self.client.get("/en/news/volunteers/")
        self.assertContains(response, 'href="/el/nea/ethelontes/"')

    def test_untranslated_article_switches_to_the_english_home_page(self):
        response = self.client.get("/el/nea/mono-ellinika/")
        self.assertRegex(response.content.decode(), r'<a href="/en/"[^>]*hreflang="en"')
        self.assertEqual(self.client.get("/en/news/mono-ellinika/").status_code, 404)

    def test_english_topic_listing_shows_the_translation(self):
        response = self.client.get("/en/news/topic/volunteering/")
        self.assertEqual(response.status_code, 200)
        self.assertEqual([a.title for a in response.context["articles"]], ["Volunteers on the beach"])

    def test_english_index_lists_only_english_articles(self):
        response = self.client.get("/en/news/")
        self.assertEqual([a.title for a in response.context["articles"]], ["Volunteers on the beach"])

    def test_sitemap_lists_both_versions_with_hreflang_alternates(self):
        response = self.client.get("/sitemap.xml")
        self.assertEqual(response.status_code, 200)
        xml = response.content.decode()
        for url in ("http://testserver/el/nea/ethelontes/", "http://testserver/en/news/volunteers/"):
            self.assertIn(f"<loc>{url}</loc>", xml)
        block = re.search(
            r"<url>\s*<loc>http://testserver/el/nea/ethelontes/</loc>.*?</url>", xml, re.S
        ).group(0)
        self.assertIn('hreflang="en" href="http://testserver/en/news/volunteers/"', block)
        self.assertIn('hreflang="el" href="http://testserver/el/nea/ethelontes/"', block)
        untranslated = re.search(
            r"<url>\s*<loc>http://testserver/el/nea/mono-ellinika/</loc>.*?</url>", xml, re.S
        )
        self.assertNotIn("hreflang", untranslated.group(0))

    def test_related_article_is_shown_in_the_readers_language(self):
        other = article(self.index, title="Ένα ακόμη", slug="ena-akomi")
        other_en = translate_with_strings(
            instance=other,
            locale=self.en,
            strings={
                "Ένα ακόμη": "One more",
                "ena-akomi": "one-more",
                "Περίληψη: Ένα ακόμη": "Summary: one more",
                "Κείμενο: Ένα ακόμη": "Text: one more",
            },
        )
        RelatedArticle.objects.create(page=self.untranslated, article=other)
        RelatedArticle.objects.create(page=self.article_en, article=other)
        self.assertEqual(ArticlePage.objects.get(pk=self.untranslated.pk).related_articles(), [other])
        self.assertEqual(ArticlePage.objects.get(pk=self.article_en.pk).related_articles(), [other_en])

    def test_topic_listing_switches_to_the_same_topic_in_english(self):
        response = self.client.get("/el/nea/topic/ethelontismos/")
        self.assertRegex(
            response.content.decode(), r'<a href="/en/news/topic/volunteering/"[^>]*hreflang="en"'
        )
        for code, url in (
            ("el", "http://testserver/el/nea/topic/ethelontismos/"),
            ("en", "http://testserver/en/news/topic/volunteering/"),
            ("x-default", "http://testserver/el/nea/topic/ethelontismos/"),
        ):
            self.assertContains(response, f'<link rel="alternate" hreflang="{code}" href="{url}">', html=True)
        response = self.client.get("/en/news/topic/volunteering/")
        self.assertRegex(
            response.content.decode(), r'<a href="/el/nea/topic/ethelontismos/"[^>]*hreflang="el"'
        )

    def test_untranslated_topic_listing_declares_no_alternates_and_switches_to_the_home_page(self):
        topic(self.el, "Κυκλική οικονομία", slug="kykliki-oikonomia")
        response = self.client.get("/el/nea/topic/kykliki-oikonomia/")
        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, 'rel="alternate" hreflang')
        self.assertRegex(response.content.decode(), r'<a href="/en/"[^>]*hreflang="en"')

    def test_later_listing_pages_declare_no_alternates(self):
        self.assertContains(self.client.get("/el/nea/"), 'hreflang="en" href="http://testserver/en/news/"')
        self.assertNotContains(self.client.get("/el/nea/?page=2"), 'rel="alternate" hreflang')
