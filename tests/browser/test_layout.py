"""The site's look in real Chromium: self-hosted Greek fonts, and the print stylesheet."""

import pytest
from wagtail.rich_text import RichText

from home.models import StandardPage
from tests.testcases import build_homes

GREEK_400 = "noto-sans-greek-400-normal.woff2"


@pytest.fixture
def standard_page(transactional_db):
    """A Greek page whose body links to another site."""
    home_el, _home_en = build_homes()
    page = home_el.add_child(
        instance=StandardPage(
            title="Επικοινωνία",
            slug="epikoinonia",
            show_in_menus=True,
            body=[
                (
                    "paragraph",
                    RichText('<p>Γράψτε μας στο <a href="https://example.org/forma">έντυπο</a>.</p>'),
                )
            ],
        )
    )
    page.save_revision().publish()
    return page


def test_greek_text_uses_the_self_hosted_noto_sans(standard_page, live_server, page):
    font_files = {}
    page.on(
        "response",
        lambda response: (
            font_files.__setitem__(response.url.rsplit("/", 1)[-1], response.status)
            if response.url.endswith(".woff2")
            else None
        ),
    )
    page.goto(live_server.url + standard_page.url)
    page.evaluate("() => document.fonts.ready")

    assert font_files.get(GREEK_400) == 200, font_files
    assert all(status == 200 for status in font_files.values()), font_files
    assert page.evaluate("() => document.fonts.check('16px \"Noto Sans\"', 'Επικοινωνία')")
    preload = page.locator('link[rel="preload"][as="font"]').get_attribute("href")
    assert preload.endswith(GREEK_400)


def test_printing_hides_the_site_chrome_and_spells_out_link_addresses(standard_page, live_server, page):
    page.goto(live_server.url + standard_page.url)
    page.emulate_media(media="print")

    for chrome in (".main-nav", ".search-box", ".site-footer", ".lang-switcher", ".skip-link"):
        assert page.locator(chrome).first.is_hidden(), chrome
    after = page.evaluate("() => getComputedStyle(document.querySelector('.prose a'), '::after').content")
    assert "https://example.org/forma" in after
    colour = page.evaluate("() => getComputedStyle(document.querySelector('h1')).color")
    assert colour == "rgb(0, 0, 0)"
