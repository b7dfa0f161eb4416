"""Autocomplete: /<locale>/search/suggest/?q= → {"results": [{"title", "url", "kind"}]} (CONTRACTS §3)."""

from tests.search.pages import add_page, import_lines, item
from tests.testcases import HubPageTestCase


class SuggestTests(HubPageTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        import_lines([item("guide", "thessaloniki-metro", "Οδηγός για το μετρό της Θεσσαλονίκης")])
        cls.economy = add_page(cls.home_el, "Η κοινωνική οικονομία σήμερα")
        cls.english = add_page(cls.home_en, "The social economy today")
        cls.draft = add_page(cls.home_el, "Οικονομικά νέα (πρόχειρο)", publish=False)

    def suggest(self, query, locale="el"):
        response = self.client.get(f"/{locale}/search/suggest/", {"q": query})
        assert response.status_code == 200
        assert response["Content-Type"] == "application/json"
        return response.json()["results"]

    def test_results_have_title_url_and_kind(self):
        assert self.suggest("θεσσαλον") == [
            {
                "title": "Οδηγός για το μετρό της Θεσσαλονίκης",
                "url": "/el/odigoi/thessaloniki-metro/",
                "kind": "guide",
            }
        ]

    def test_prefixes_match_without_accents_or_case(self):
        for query in ("ΟΙΚΟΝ", "οικον", "Οικονομ", "κοινωνικη οικ"):
            assert [result["url"] for result in self.suggest(query)] == [self.economy.url], query

    def test_a_whole_inflected_word_finds_the_page_through_stemming(self):
        assert [result["url"] for result in self.suggest("οικονομίας")] == [self.economy.url]

    def test_only_the_active_language_and_only_published_pages(self):
        assert [result["url"] for result in self.suggest("econ", locale="en")] == [self.english.url]
        assert [result["title"] for result in self.suggest("οικον")] == ["Η κοινωνική οικονομία σήμερα"]

    def test_bad_input_gives_an_empty_list(self):
        for query in ("", "   ", "!!!", "\x00"):
            assert self.suggest(query) == []
        assert isinstance(self.suggest("α" * 5000), list)

    def test_post_is_not_allowed(self):
        assert self.client.post("/el/search/suggest/", {"q": "οικον"}).status_code == 405
