"""core.search_fields: analysed search fields for page types and what they hand to the backends."""

import pytest
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.rich_text import RichText
from wagtail.search import index

from core.models import BasePage
from core.search_fields import (
    AnalysedAutocompleteField,
    AnalysedSearchField,
    analysed_fields,
    searchable_text,
    unanalysed_fields,
    uses_analysed_text,
)
from home.models import StandardPage


def test_searchable_text_flattens_lists_and_dicts() -> None:
    assert searchable_text(None) == ""
    assert (
        searchable_text(["Κοινωνική", ["οικονομία", None], {"a": "ΚοινΣΕπ"}, 2024])
        == "Κοινωνική οικονομία ΚοινΣΕπ 2024"
    )


def test_analysed_fields_swap_text_fields_and_keep_the_rest() -> None:
    fields = analysed_fields(
        [
            index.SearchField("title", boost=2),
            index.AutocompleteField("title"),
            index.FilterField("live"),
            index.RelatedFields("topics", [index.SearchField("name")]),
        ]
    )
    assert [type(field) for field in fields[:3]] == [
        AnalysedSearchField,
        AnalysedAutocompleteField,
        index.FilterField,
    ]
    assert fields[0].boost == 2
    assert isinstance(fields[3].fields[0], AnalysedSearchField)


def test_base_page_indexes_its_title_once_and_analysed() -> None:
    title_fields = [field for field in BasePage.search_fields if field.field_name == "title"]
    assert {type(field) for field in title_fields} == {
        AnalysedSearchField,
        AnalysedAutocompleteField,
        index.FilterField,
    }
    assert unanalysed_fields(StandardPage) == []


@pytest.mark.django_db
def test_search_field_value_is_stemmed_text_without_markup() -> None:
    page = StandardPage(
        title="Κοινωνικοί ΣΥΝΕΤΑΙΡΙΣΜΟΊ",
        summary="Η οικονομία",
        body=[("paragraph", RichText("<p>Οι <b>συμπράξεις</b> των δήμων</p>"))],
    )
    values = {
        field.field_name: field.get_value(page)
        for field in StandardPage.get_search_fields()
        if isinstance(field, AnalysedSearchField)
    }
    assert values["title"] == "κοινων συνεταιρ"
    assert values["summary"] == "η οικονομ"
    assert values["body"] == "οι συμπραξ τ δημ"


@pytest.mark.django_db
def test_autocomplete_field_value_is_folded_whole_words() -> None:
    page = StandardPage(title="Κοινωνικοί ΣΥΝΕΤΑΙΡΙΣΜΟΊ")
    field = next(f for f in StandardPage.get_search_fields() if isinstance(f, AnalysedAutocompleteField))
    assert field.get_value(page) == "κοινωνικοι συνεταιρισμοι"


@pytest.mark.django_db
def test_raw_text_is_what_readers_see() -> None:
    page = StandardPage(body=[("paragraph", RichText("<p>Οι <b>συμπράξεις</b></p>"))])
    field = next(f for f in StandardPage.get_search_fields() if f.field_name == "body")
    assert field.raw_text(page).split() == ["Οι", "συμπράξεις"]


def test_queries_are_analysed_for_page_searches_but_not_for_images() -> None:
    assert uses_analysed_text(Page)
    assert uses_analysed_text(StandardPage)
    assert not uses_analysed_text(get_image_model())
