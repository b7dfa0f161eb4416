"""The header search box in real Chromium: an ARIA 1.2 combobox with JavaScript, a plain form without."""

import re

import pytest

from tests.browser.axe import assert_no_serious_violations, axe_violations
from tests.search.pages import add_page
from tests.testcases import build_homes


@pytest.fixture
def search_pages(transactional_db):
    home_el, home_en = build_homes()
    economy = add_page(home_el, "Η κοινωνική οικονομία σήμερα", summary="Τι είναι και πώς λειτουργεί.")
    cooperatives = add_page(home_el, "Οικονομικά στοιχεία των συνεταιρισμών", summary="Αριθμοί του 2025.")
    english = add_page(home_en, "The social economy today")
    return {"home_el": home_el, "economy": economy, "cooperatives": cooperatives, "english": english}


def open_suggestions(page, url: str, text: str):
    page.goto(url)
    box = page.locator("#site-search")
    box.click()
    box.press_sequentially(text, delay=30)
    page.locator("#site-search-listbox [role=option]").first.wait_for()
    return box


def test_typing_lists_suggestions_and_the_arrow_keys_choose_one(search_pages, live_server, page):
    box = open_suggestions(page, live_server.url + search_pages["home_el"].url, "ΟΙΚΟΝ")
    assert box.get_attribute("role") == "combobox"
    assert box.get_attribute("aria-expanded") == "true"
    assert box.get_attribute("aria-controls") == "site-search-listbox"
    options = page.locator("#site-search-listbox [role=option]")
    assert sorted(options.all_inner_texts()) == sorted(
        ["Η κοινωνική οικονομία σήμερα", "Οικονομικά στοιχεία των συνεταιρισμών"]
    )
    assert re.search(r"2", page.locator(".search-box [role=status]").inner_text())

    box.press("ArrowDown")
    first = options.nth(0)
    assert first.get_attribute("aria-selected") == "true"
    assert box.get_attribute("aria-activedescendant") == first.get_attribute("id")
    box.press("ArrowDown")
    box.press("ArrowUp")
    assert box.get_attribute("aria-activedescendant") == first.get_attribute("id")
    assert page.evaluate("document.activeElement.id") == "site-search"

    chosen = first.inner_text()
    box.press("Enter")
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == chosen


def test_escape_closes_the_list_and_enter_searches_for_the_typed_words(search_pages, live_server, page):
    box = open_suggestions(page, live_server.url + search_pages["home_el"].url, "οικον")
    box.press("Escape")
    assert box.get_attribute("aria-expanded") == "false"
    assert page.locator("#site-search-listbox").is_hidden()
    box.press("Enter")
    page.wait_for_url(re.compile(r"/el/search/\?q="))
    assert page.locator("#search-summary").is_visible()


def test_a_click_on_a_suggestion_opens_it(search_pages, live_server, page):
    open_suggestions(page, live_server.url + search_pages["home_el"].url, "συνεταιρ")
    page.locator("#site-search-listbox [role=option]", has_text="συνεταιρισμών").click()
    page.wait_for_url(live_server.url + search_pages["cooperatives"].url)


def test_the_open_combobox_and_the_results_page_have_no_serious_violations(search_pages, live_server, page):
    open_suggestions(page, live_server.url + search_pages["home_el"].url, "οικον")
    assert axe_violations(page) == []
    assert_no_serious_violations(
        page, f"{live_server.url}/el/search/?q=%CE%BF%CE%B9%CE%BA%CE%BF%CE%BD%CE%BF%CE%BC%CE%B9%CE%B1"
    )
    assert_no_serious_violations(page, f"{live_server.url}/el/search/?q=zzzz")


def test_search_works_without_javascript(search_pages, live_server, browser):
    context = browser.new_context(java_script_enabled=False, locale="el-GR")
    page = context.new_page()
    try:
        page.goto(live_server.url + search_pages["home_el"].url)
        box = page.locator("#site-search")
        assert box.get_attribute("role") is None
        box.fill("ΚΟΙΝΩΝΙΚΗ ΟΙΚΟΝΟΜΙΑ")
        box.press("Enter")
        page.wait_for_url(re.compile(r"/el/search/\?q="))
        results = page.locator(".result-list h2 a")
        assert results.all_inner_texts() == ["Η κοινωνική οικονομία σήμερα"]
        assert page.locator(".result-list mark").first.inner_text() in ("κοινωνική", "οικονομία")
    finally:
        context.close()
