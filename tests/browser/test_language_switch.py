"""A reader opens the Greek home page, switches to English and back, in real Chromium."""

import pytest

from tests.testcases import build_homes


@pytest.fixture
def homes(transactional_db):
    return build_homes()


def test_reader_switches_from_greek_to_english_and_back(homes, live_server, page, settings):
    settings.ALLOWED_HOSTS = ["*"]
    page.goto(f"{live_server.url}/el/")
    assert page.locator("html").get_attribute("lang") == "el"
    assert page.locator("h1").inner_text() == "Καλώς ήρθατε"

    page.get_by_role("link", name="English").click()
    page.wait_for_url(f"{live_server.url}/en/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").inner_text() == "Welcome"

    page.get_by_role("link", name="Ελληνικά").click()
    page.wait_for_url(f"{live_server.url}/el/")
    assert page.locator("h1").inner_text() == "Καλώς ήρθατε"
