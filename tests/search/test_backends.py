"""The analysed index and analysed queries meet on the real database backend (SQLite or PostgreSQL)."""

from django.db import connection
from modelsearch.query import And, Not, Phrase, PlainText
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from search.backends.analysed import analysed_query
from tests.search.pages import add_page
from tests.testcases import HubPageTestCase


def test_plain_text_queries_become_stems() -> None:
    query = analysed_query(PlainText("Η ΟΙΚΟΝΟΜΙΑ των συμπράξεων", operator="or"), autocomplete=False)
    assert (query.query_string, query.operator) == ("οικονομ συμπραξ", "or")
    assert analysed_query("Συνεταιρισμοί", autocomplete=False) == "συνεταιρ"


def test_autocomplete_queries_are_folded_but_not_stemmed() -> None:
    assert analysed_query("ΚΟΙΝΩΝΙΚΉ Οικον", autocomplete=True) == "κοινωνικη οικον"


def test_combined_queries_are_analysed_throughout() -> None:
    query = analysed_query(
        And([PlainText("οικονομία"), Not(Phrase("τη Συνεταιριστική"))]), autocomplete=False
    )
    assert query.subqueries[0].query_string == "οικονομ"
    assert query.subqueries[1].subquery.query_string == "τη συνεταιριστ"


def test_a_query_without_words_is_dropped() -> None:
    assert analysed_query(" ;;; «» ", autocomplete=False) is None
    assert analysed_query(PlainText("!!!"), autocomplete=True) is None
    assert (
        analysed_query(And([PlainText("—"), PlainText("ΟΙΚΟΝΟΜΙΑ")]), autocomplete=False)
        .subqueries[0]
        .query_string
        == "οικονομ"
    )


class AnalysedSearchTests(HubPageTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.cooperatives = add_page(
            cls.home_el,
            "Κοινωνικοί συνεταιρισμοί",
            summary="Η κοινωνική οικονομία στην πράξη.",
            body="Οι Κοιν.Σ.Επ. και οι συμπράξεις τους με δήμους.",
        )
        cls.budget = add_page(cls.home_el, "Ο προϋπολογισμός του 2026", summary="Δημόσια οικονομικά.")
        cls.english = add_page(cls.home_en, "Social cooperatives", summary="The social economy at work.")

    def search(self, query, **kwargs):
        return list(Page.objects.live().filter(locale=self.el).search(query, **kwargs))

    def test_unaccented_capitals_find_the_accented_page(self):
        assert self.search("ΚΟΙΝΩΝΙΚΗ ΟΙΚΟΝΟΜΙΑ") == [self.cooperatives.page_ptr]
        assert self.search("συνεταιρισμοι") == [self.cooperatives.page_ptr]

    def test_inflected_forms_find_each_other(self):
        assert self.search("σύμπραξη") == [self.cooperatives.page_ptr]
        assert self.search("συνεταιρισμών") == [self.cooperatives.page_ptr]

    def test_dialytika_and_final_sigma_are_folded(self):
        assert self.search("ΠΡΟΥΠΟΛΟΓΙΣΜΟΣ") == [self.budget.page_ptr]

    def test_body_text_in_a_streamfield_is_indexed(self):
        assert self.search("δήμων") == [self.cooperatives.page_ptr]

    def test_autocomplete_matches_the_start_of_folded_title_words(self):
        found = list(Page.objects.live().filter(locale=self.el).autocomplete("ΣΥΝΕΤΑΙ"))
        assert found == [self.cooperatives.page_ptr]

    def test_english_pages_are_stemmed_in_english(self):
        found = list(Page.objects.live().filter(locale=self.en).search("cooperative economies"))
        assert found == [self.english.page_ptr]

    def test_quotes_and_operators_in_queries_are_only_words(self):
        for query in ['"οικονομία', "οικονομία AND NOT", "οικονομία*", "'; DROP TABLE", "NEAR(a b)"]:
            self.search(query)

    def test_update_index_rebuilds_the_same_tokens(self):
        from django.core.management import call_command

        call_command("update_index", verbosity=0)
        assert self.search("συνεταιρισμοι") == [self.cooperatives.page_ptr]

    def test_backend_matches_the_database(self):
        backend = get_search_backend()
        expected = "Postgres" if connection.vendor == "postgresql" else "SQLite"
        assert expected in type(backend).__name__
