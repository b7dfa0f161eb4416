"""The site chrome meets WCAG 2.2 AA in real Chromium: axe-core, keyboard use and narrow screens."""

import pytest
from wagtail.rich_text import RichText

from core.localize import translate_with_strings
from core.models import OrganisationDetails
from home.models import StandardPage
from tests.browser.axe import assert_no_serious_violations, axe_violations
from tests.testcases import build_homes

ABOUT_BODY = [
    ("heading", {"text": "Ποιοι είμαστε", "level": "h2"}),
    (
        "paragraph",
        RichText(
            '<p>Μια ένωση συμπράξεων με <a href="https://example.org/">συνεργάτες</a> σε όλη τη χώρα.</p>'
            "<ul><li>Αλληλεγγύη</li><li>Απασχόληση</li></ul>"
        ),
    ),
    ("quote", {"quote": "Μαζί πάμε πιο μακριά.", "attribution": "Μέλος της ένωσης"}),
]
ABOUT_EN = {
    "sxetika": "about",
    "Σχετικά με εμάς": "About us",
    "Ποιοι είμαστε και τι κάνουμε.": "Who we are and what we do.",
    "Ποιοι είμαστε": "Who we are",
    'Μια ένωση συμπράξεων με <a id="a1">συνεργάτες</a> σε όλη τη χώρα.': (
        'A union of partnerships with <a id="a1">partners</a> across the country.'
    ),
    "Αλληλεγγύη": "Solidarity",
    "Απασχόληση": "Employment",
    "Μαζί πάμε πιο μακριά.": "Together we go further.",
    "Μέλος της ένωσης": "A member of the union",
}


@pytest.fixture
def site_pages(transactional_db):
    """Both home pages, an "about" page in the menu in both languages, and the footer's contact details."""
    home_el, home_en = build_homes()
    details = OrganisationDetails.objects.create(
        locale=home_el.locale,
        name="Πανελλήνια Ένωση Συμπράξεων Κοινωνικής Οικονομίας",
        short_name="ΠΕΣΚΟ",
        tagline="Δίκτυο συμπράξεων κοινωνικής οικονομίας",
        address="Φειδίου 7\n106 78 Αθήνα",
        phone="210 3300080",
        email="info@example.org",
    )
    OrganisationDetails.objects.create(
        locale=home_en.locale,
        translation_key=details.translation_key,
        name="Panhellenic Union of Social Economy Partnerships",
        short_name="PESKO",
        tagline="A network of social economy partnerships",
        address="7 Feidiou Street\n106 78 Athens",
        phone="210 3300080",
        email="info@example.org",
    )
    about_el = home_el.add_child(
        instance=StandardPage(
            title="Σχετικά με εμάς",
            slug="sxetika",
            summary="Ποιοι είμαστε και τι κάνουμε.",
            body=ABOUT_BODY,
            show_in_menus=True,
        )
    )
    about_el.save_revision().publish()
    about_en = translate_with_strings(instance=about_el, locale=home_en.locale, strings=ABOUT_EN)
    team_el = about_el.add_child(instance=StandardPage(title="Η ομάδα", slug="omada"))
    team_el.save_revision().publish()
    return {
        "home_el": home_el,
        "home_en": home_en,
        "about_el": about_el,
        "about_en": about_en,
        "team_el": team_el,
    }


def test_axe_reports_a_missing_alt_text_and_low_contrast(page):
    page.set_content(
        '<html lang="en"><head><title>Broken</title></head><body><main>'
        '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">'
        '<p style="color:#bbb;background:#fff">Faint text</p></main></body></html>'
    )
    found = {violation["id"] for violation in axe_violations(page)}
    assert {"image-alt", "color-contrast"} <= found


def test_home_and_standard_pages_in_both_languages_have_no_serious_violations(site_pages, live_server, page):
    for key in ("home_el", "home_en", "about_el", "about_en"):
        assert_no_serious_violations(page, live_server.url + site_pages[key].url)


def test_not_found_page_has_no_serious_violations_in_either_language(site_pages, live_server, page):
    for language in ("el", "en"):
        url = f"{live_server.url}/{language}/no-such-page/"
        response = page.goto(url)
        assert response.status == 404
        assert page.locator("html").get_attribute("lang") == language
        assert_no_serious_violations(page, url)


def test_first_tab_reaches_the_skip_link_and_enter_moves_focus_to_main(site_pages, live_server, page):
    page.goto(live_server.url + site_pages["home_el"].url)
    skip_link = page.locator(".skip-link")
    assert not _in_viewport(page, skip_link), "the skip link should stay off screen until focused"

    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('skip-link')")
    assert _in_viewport(page, skip_link), "the focused skip link must be visible"

    page.keyboard.press("Enter")
    page.wait_for_function("document.activeElement && document.activeElement.id === 'main'")


def test_focused_links_show_an_outline_of_at_least_three_pixels(site_pages, live_server, page):
    page.goto(live_server.url + site_pages["home_el"].url)
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    style = page.evaluate(
        """() => {
            const s = getComputedStyle(document.activeElement);
            return {tag: document.activeElement.tagName, style: s.outlineStyle, width: parseFloat(s.outlineWidth)};
        }"""
    )
    assert style["tag"] == "A"
    assert style["style"] != "none" and style["width"] >= 3, style


def test_no_horizontal_scrolling_at_320_css_pixels(site_pages, live_server, page):
    page.set_viewport_size({"width": 320, "height": 800})
    for key in ("home_el", "about_el"):
        page.goto(live_server.url + site_pages[key].url)
        assert page.evaluate("document.documentElement.scrollWidth") <= 320, key


def test_main_menu_marks_the_current_page_and_the_current_section(site_pages, live_server, page):
    menu_link = page.locator(".main-nav a", has_text="Σχετικά με εμάς")

    page.goto(live_server.url + site_pages["home_el"].url)
    assert menu_link.get_attribute("aria-current") is None

    page.goto(live_server.url + site_pages["about_el"].url)
    assert menu_link.get_attribute("aria-current") == "page"

    page.goto(live_server.url + site_pages["team_el"].url)
    assert menu_link.get_attribute("aria-current") == "true"


def _in_viewport(page, locator) -> bool:
    box = locator.bounding_box()
    size = page.viewport_size
    return (
        box is not None
        and box["y"] >= 0
        and box["x"] >= 0
        and box["y"] + box["height"] <= size["height"]
        and box["x"] + box["width"] <= size["width"]
    )
