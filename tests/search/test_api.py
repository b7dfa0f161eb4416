"""/api/v2/pages/?search= matches like the site search (CONTRACTS §3)."""

from tests.search.pages import add_page
from tests.testcases import HubPageTestCase


class ApiSearchTests(HubPageTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.cooperatives = add_page(cls.home_el, "Κοινωνικοί συνεταιρισμοί", summary="Η κοινωνική οικονομία.")
        cls.english = add_page(cls.home_en, "Social cooperatives", summary="The social economy.")
        cls.draft = add_page(cls.home_el, "Συνεταιρισμοί (πρόχειρο)", publish=False)

    def ids(self, **params) -> list[int]:
        response = self.client.get("/api/v2/pages/", params)
        assert response.status_code == 200, response.content
        return [page["id"] for page in response.json()["items"]]

    def test_unaccented_greek_finds_the_greek_page(self):
        assert self.ids(search="συνεταιρισμοι") == [self.cooperatives.pk]
        assert self.ids(search="ΚΟΙΝΩΝΙΚΗ ΟΙΚΟΝΟΜΙΑ") == [self.cooperatives.pk]

    def test_locale_and_type_filters_combine_with_search(self):
        assert self.ids(search="cooperatives", locale="en") == [self.english.pk]
        assert self.ids(search="cooperatives", locale="el") == []
        assert self.ids(search="συνεταιρισμός", type="home.StandardPage") == [self.cooperatives.pk]

    def test_falls_back_to_any_word_like_the_site(self):
        assert self.ids(search="συνεταιρισμοί ανύπαρκτολέξη") == [self.cooperatives.pk]
        assert self.ids(search="συνεταιρισμοί ανύπαρκτολέξη", search_operator="and") == []

    def test_bad_search_input_is_a_client_error_or_empty(self):
        assert self.ids(search="!!!") == []
        assert self.ids(search="α" * 5000) == []
        response = self.client.get("/api/v2/pages/", {"search": "οικονομία", "search_operator": "xor"})
        assert response.status_code == 400
