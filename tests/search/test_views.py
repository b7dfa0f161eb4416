"""The search page /<locale>/search/: language, publication state, filters, snippets and bad input."""

from datetime import timedelta
from urllib.parse import quote

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from wagtail.models import Page, PageViewRestriction

from core.models import Topic
from search.models import SearchTerm
from search.queries import MAX_QUERY_LENGTH
from tests.search.pages import add_page, import_lines, item
from tests.testcases import HubPageTestCase


def greek(text: str) -> str:
    """The Greek UI text for an English source string (whatever the catalogue holds)."""
    with translation.override("el"):
        return translation.gettext(text)


class SearchPageTests(HubPageTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.cooperatives = add_page(
            cls.home_el,
            "Κοινωνικοί συνεταιρισμοί στην Ήπειρο",
            summary="Πώς δουλεύει η κοινωνική οικονομία στα χωριά. <script>alert('x')</script>",
            body="Οι συνεταιρισμοί συνεργάζονται με τους δήμους της περιοχής.",
        )
        cls.english = add_page(
            cls.home_en, "Social cooperatives in Epirus", summary="The social economy at work."
        )
        cls.draft = add_page(cls.home_el, "Πρόχειρο: συνεταιρισμοί και οικονομία", publish=False)
        cls.private = add_page(cls.home_el, "Ιδιωτικό: συνεταιρισμοί για μέλη")
        PageViewRestriction.objects.create(page=cls.private, restriction_type="password", password="secret")
        cls.expired = add_page(cls.home_el, "Ληγμένο: συνεταιρισμοί του 2020")
        Page.objects.filter(pk=cls.expired.pk).update(expire_at=timezone.now() - timedelta(days=1))

    def setUp(self):
        # The "did you mean" vocabulary is cached per language; other tests built other pages.
        cache.clear()

    def get(self, **params):
        locale = params.pop("locale", "el")
        return self.client.get(f"/{locale}/search/", params)

    def urls(self, response) -> list[str]:
        return [hit.url for hit in response.context["hits"]]

    def test_unaccented_capitals_find_the_greek_page(self):
        response = self.get(q="ΚΟΙΝΩΝΙΚΗ ΟΙΚΟΝΟΜΙΑ")
        assert self.urls(response) == [self.cooperatives.url]
        assert response.context["total"] == 1
        self.assertContains(response, 'id="search-summary"')

    def test_results_come_only_from_the_active_language(self):
        assert self.urls(self.get(q="cooperatives", locale="el")) == []
        assert self.urls(self.get(q="cooperatives", locale="en")) == [self.english.url]
        assert self.urls(self.get(q="συνεταιρισμοί", locale="en")) == []

    def test_drafts_private_and_expired_pages_are_never_shown(self):
        response = self.get(q="συνεταιρισμοι")
        assert self.urls(response) == [self.cooperatives.url]
        for title in ("Πρόχειρο", "Ιδιωτικό", "Ληγμένο"):
            self.assertNotContains(response, title)

    def test_result_pages_are_not_indexed_by_search_engines(self):
        for params in ({}, {"q": "οικονομία"}, {"q": "ζζζζ"}):
            self.assertContains(self.get(**params), '<meta name="robots" content="noindex">', html=True)

    def test_snippet_marks_matching_words_and_escapes_html(self):
        response = self.get(q="οικονομία συνεργασία")
        html = response.content.decode()
        assert "<mark>οικονομία</mark>" in html
        assert "<mark>Κοινωνικοί</mark>" not in html
        assert "&lt;script&gt;" in html and "<script>alert" not in html

    def test_title_marks_matching_words(self):
        self.assertContains(self.get(q="συνεταιρισμός"), "Κοινωνικοί <mark>συνεταιρισμοί</mark> στην Ήπειρο")

    def test_empty_and_whitespace_queries_ask_for_words(self):
        for query in ("", "   ", "\t\n"):
            response = self.get(q=query)
            assert response.status_code == 200
            assert "hits" not in response.context
            assert response.context["query"].is_empty
            self.assertContains(
                response, greek("Type one or more words to search news, guides and radio and TV episodes.")
            )

    def test_punctuation_only_query_says_there_is_nothing_to_search_for(self):
        response = self.get(q=";;; «» — !!!")
        assert response.status_code == 200
        assert "hits" not in response.context
        assert not response.context["query"].is_empty and not response.context["query"].has_words
        self.assertContains(response, '<p role="status">', count=1)

    def test_very_long_query_is_truncated_not_an_error(self):
        response = self.get(q="συνεταιρισμοί " * 2000)
        assert response.status_code == 200
        assert len(response.context["query"].text) <= MAX_QUERY_LENGTH
        assert response.context["query"].truncated
        assert self.urls(response) == [self.cooperatives.url]
        self.assertContains(response, '<p class="notice">')

    def test_control_characters_are_dropped(self):
        response = self.get(q="συνεταιρισμοί\x00\u202e\x1b")
        assert response.status_code == 200
        assert response.context["query"].text == "συνεταιρισμοί"

    def test_mixed_greek_and_latin_query_finds_pages_with_any_of_the_words(self):
        assert self.urls(self.get(q="συνεταιρισμοί cooperatives")) == [self.cooperatives.url]

    def test_all_words_are_preferred_to_any_word(self):
        other = add_page(self.home_el, "Οικονομία της Ηπείρου", summary="Τουρισμός.")
        assert self.urls(self.get(q="οικονομία Ήπειρος")) == [self.cooperatives.url, other.url] or set(
            self.urls(self.get(q="οικονομία Ήπειρος"))
        ) == {self.cooperatives.url, other.url}
        assert self.urls(self.get(q="οικονομία συνεταιρισμοί")) == [self.cooperatives.url]

    def test_junk_filters_and_page_numbers_are_ignored(self):
        for params in (
            {"q": "συνεταιρισμοί", "kind": "nonsense"},
            {"q": "συνεταιρισμοί", "topic": "no-such-topic"},
            {"q": "συνεταιρισμοί", "page": "abc"},
            {"q": "συνεταιρισμοί", "page": "99999"},
            {"q": "συνεταιρισμοί", "page": "-1"},
        ):
            response = self.get(**params)
            assert response.status_code == 200, params
            assert self.urls(response) == [self.cooperatives.url], params

    def test_nothing_found_suggests_a_spelling_that_finds_something(self):
        response = self.get(q="συνεταιρσμοι")
        assert self.urls(response) == []
        assert response.context["suggestion"] == "συνεταιρισμοί"
        self.assertContains(response, f'<a href="?q={quote("συνεταιρισμοί")}">συνεταιρισμοί</a>', html=True)

    def test_no_suggestion_when_nothing_is_close(self):
        response = self.get(q="ξψζξψζ")
        assert response.context["suggestion"] is None

    def test_searches_are_recorded_per_language_with_zero_result_ones_flagged(self):
        self.get(q="Συνεταιρισμοί")
        self.get(q="συνεταιρισμοι", page="2")
        self.get(q="συνεταιρισμοί")
        self.get(q="ξψζξψζ")
        self.get(q="!!!")
        found = SearchTerm.objects.get(locale=self.el, query="συνεταιρισμοι")
        assert (found.hits, found.hits_without_results, found.last_result_count) == (2, 0, 1)
        nothing = SearchTerm.objects.get(locale=self.el, query="ξψζξψζ")
        assert (nothing.hits, nothing.hits_without_results) == (1, 1)
        assert SearchTerm.objects.count() == 2

    def test_query_count_does_not_grow_with_the_number_of_results(self):
        for number in range(12):
            add_page(self.home_el, f"Συνεταιρισμός αριθμός {number}")

        def queries_for(**params):
            with CaptureQueriesContext(connection) as captured:
                self.get(**params)
            return len(captured)

        few = queries_for(q="Ήπειρο")
        many = queries_for(q="συνεταιρισμός")
        assert many <= few + 3
        assert many < 40


class SearchFilterTests(HubPageTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        import_lines(
            [
                item("article", "farmers-news", "Νέοι αγρότες στη Θεσσαλία", topics=["Αγροτική οικονομία"]),
                item("article", "energy-news", "Ενέργεια για αγρότες", topics=["Ενέργεια"]),
                item("guide", "farmers-guide", "Οδηγός για αγρότες", topics=["Αγροτική οικονομία"]),
            ]
        )
        cls.topic = Topic.objects.get(locale=cls.el, name="Αγροτική οικονομία")
        cls.plain = add_page(cls.home_el, "Αγρότες: σελίδα επικοινωνίας")

    def slugs(self, **params) -> set[str]:
        response = self.client.get("/el/search/", params)
        assert response.status_code == 200
        return {hit.url.rstrip("/").rsplit("/", 1)[-1] for hit in response.context["hits"]}

    def test_everything_by_default(self):
        assert self.slugs(q="αγρότες") == {"farmers-news", "energy-news", "farmers-guide", self.plain.slug}

    def test_kind_filter(self):
        assert self.slugs(q="αγρότες", kind="news") == {"farmers-news", "energy-news"}
        assert self.slugs(q="αγρότες", kind="guides") == {"farmers-guide"}
        assert self.slugs(q="αγρότες", kind="episodes") == set()

    def test_topic_filter_alone_and_with_kind(self):
        assert self.slugs(q="αγρότες", topic=self.topic.slug) == {"farmers-news", "farmers-guide"}
        assert self.slugs(q="αγρότες", topic=self.topic.slug, kind="guides") == {"farmers-guide"}

    def test_result_labels_name_the_kind(self):
        response = self.client.get("/el/search/", {"q": "αγρότες"})
        kinds = {hit.url.rstrip("/").rsplit("/", 1)[-1]: hit.kind for hit in response.context["hits"]}
        assert kinds == {
            "farmers-news": "article",
            "energy-news": "article",
            "farmers-guide": "guide",
            self.plain.slug: "page",
        }
        self.assertContains(response, greek("Guide"))

    def test_pagination_keeps_the_query_and_filters(self):
        import_lines([item("article", f"extra-{n}", f"Αγρότες και τεχνολογία {n}") for n in range(12)])
        response = self.client.get("/el/search/", {"q": "αγρότες", "kind": "news"})
        assert len(response.context["hits"]) == 10
        self.assertContains(
            response, "?q=%CE%B1%CE%B3%CF%81%CF%8C%CF%84%CE%B5%CF%82&amp;kind=news&amp;page=2"
        )
        second = self.client.get("/el/search/", {"q": "αγρότες", "kind": "news", "page": "2"})
        assert len(second.context["hits"]) == 4
