"""search.W001/W002: every page type keeps Page's filter fields and indexes analysed text."""

from wagtail.search import index

from home.models import StandardPage
from search.checks import check_page_search_fields


def ids(messages) -> list[tuple[str, str]]:
    return [(message.id, message.obj.__name__) for message in messages]


def test_the_project_page_types_pass() -> None:
    assert check_page_search_fields() == []


def test_a_plain_search_field_is_reported(monkeypatch) -> None:
    monkeypatch.setattr(
        StandardPage, "search_fields", [*StandardPage.search_fields, index.SearchField("body")]
    )
    messages = check_page_search_fields()
    assert ids(messages) == [("search.W002", "StandardPage")]
    assert "SearchField('body')" in messages[0].msg


def test_missing_page_filter_fields_are_reported(monkeypatch) -> None:
    monkeypatch.setattr(StandardPage, "search_fields", [index.SearchField("title")])
    assert ids(check_page_search_fields()) == [
        ("search.W001", "StandardPage"),
        ("search.W002", "StandardPage"),
    ]
