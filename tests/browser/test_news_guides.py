"""Reading news and guides in real Chromium: language switching, the table of contents, accessibility."""

from __future__ import annotations

import pytest

from core.localize import translate_with_strings
from tests.browser.axe import axe_violations, format_violations
from tests.guides.builders import category, guide, guide_index
from tests.news.builders import article, news_index, topic
from tests.testcases import build_homes

SENTENCE = "Η κοινωνική οικονομία χρειάζεται σαφείς κανόνες και καλή οργάνωση."
SENTENCE_EN = "The social economy needs clear rules and good organisation."
LONG_TEXT = "<p>" + " ".join([SENTENCE] * 12) + "</p>"
GUIDE_BODY = [
    ("heading", {"text": "Πριν ξεκινήσετε", "level": "h2"}),
    *[("paragraph", LONG_TEXT)] * 6,
    ("heading", {"text": "Η εγγραφή στο μητρώο", "level": "h2"}),
    ("paragraph", "<p>Η αίτηση γίνεται ηλεκτρονικά.</p>"),
    *[("paragraph", LONG_TEXT)] * 6,
]


@pytest.fixture
def site(transactional_db):
    """Both homes, a news section with one translated article and a knowledge base with one translated guide."""
    home_el, home_en = build_homes()
    el, en = home_el.locale, home_en.locale
    news = news_index(home_el)
    translate_with_strings(instance=news, locale=en, strings={"Νέα": "News", "nea": "news"})
    volunteering = topic(el, "Εθελοντισμός")
    translate_with_strings(
        instance=volunteering,
        locale=en,
        strings={"Εθελοντισμός": "Volunteering", "ethelontismos": "volunteering"},
    )
    beach = article(
        news,
        title="Εθελοντές καθαρίζουν την ακτή",
        slug="ethelontes-akti",
        topics=[volunteering],
        summary="Διακόσιοι εθελοντές σε τέσσερις παραλίες.",
        body=[("paragraph", "<p>Μαζέψαμε πλαστικά και δίχτυα.</p>")],
    )
    beach_en = translate_with_strings(
        instance=beach,
        locale=en,
        strings={
            "Εθελοντές καθαρίζουν την ακτή": "Volunteers clean the beach",
            "ethelontes-akti": "volunteers-beach",
            "Διακόσιοι εθελοντές σε τέσσερις παραλίες.": "Two hundred volunteers on four beaches.",
            "Μαζέψαμε πλαστικά και δίχτυα.": "We collected plastics and nets.",
        },
    )
    guides = guide_index(home_el)
    translate_with_strings(instance=guides, locale=en, strings={"Οδηγοί": "Guides", "odigoi": "guides"})
    founding = category(el, "Ίδρυση")
    translate_with_strings(instance=founding, locale=en, strings={"Ίδρυση": "Founding", "idrysi": "founding"})
    statutes = guide(
        guides,
        title="Πώς ιδρύεται ένας συνεταιρισμός",
        slug="idrysi-synetairismou",
        category=founding,
        audience="Ομάδες πολιτών",
        topics=[volunteering],
        body=GUIDE_BODY,
    )
    statutes_en = translate_with_strings(
        instance=statutes,
        locale=en,
        strings={
            "Πώς ιδρύεται ένας συνεταιρισμός": "How to found a cooperative",
            "idrysi-synetairismou": "founding-a-cooperative",
            "Περίληψη: Πώς ιδρύεται ένας συνεταιρισμός": "Summary: founding a cooperative",
            "Ομάδες πολιτών": "Groups of citizens",
            "Πριν ξεκινήσετε": "Before you start",
            "Η εγγραφή στο μητρώο": "Registration",
            " ".join([SENTENCE] * 12): " ".join([SENTENCE_EN] * 12),
            "Η αίτηση γίνεται ηλεκτρονικά.": "You apply online.",
        },
    )
    return {
        "home_el": "/el/",
        "home_en": "/en/",
        "news_el": news.url,
        "news_en": "/en/news/",
        "topic_el": f"{news.url}topic/ethelontismos/",
        "topic_en": "/en/news/topic/volunteering/",
        "article_el": beach.url,
        "article_en": beach_en.url,
        "guides_el": guides.url,
        "guides_en": "/en/guides/",
        "guide_el": statutes.url,
        "guide_en": statutes_en.url,
    }


def test_reader_goes_from_home_to_an_article_reads_it_in_english_and_back(site, live_server, page, settings):
    settings.ALLOWED_HOSTS = ["*"]
    page.goto(f"{live_server.url}/el/")
    page.get_by_role("link", name="Εθελοντές καθαρίζουν την ακτή").click()
    page.wait_for_url(f"{live_server.url}{site['article_el']}")
    assert page.locator("h1").inner_text() == "Εθελοντές καθαρίζουν την ακτή"

    page.get_by_role("link", name="English").click()
    page.wait_for_url(f"{live_server.url}{site['article_en']}")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").inner_text() == "Volunteers clean the beach"
    assert page.get_by_role("link", name="Volunteering").is_visible()

    page.get_by_role("link", name="Ελληνικά").click()
    page.wait_for_url(f"{live_server.url}{site['article_el']}")
    assert page.locator("html").get_attribute("lang") == "el"
    assert page.locator("h1").inner_text() == "Εθελοντές καθαρίζουν την ακτή"


def test_reader_jumps_to_a_guide_section_from_the_table_of_contents(site, live_server, page, settings):
    settings.ALLOWED_HOSTS = ["*"]
    page.goto(f"{live_server.url}{site['guide_el']}")
    heading = page.locator("h2#i-eggrafi-sto-mitroo")
    assert not _in_viewport(page, "#i-eggrafi-sto-mitroo")

    page.locator("nav.toc").get_by_role("link", name="Η εγγραφή στο μητρώο").click()
    page.wait_for_url(f"{live_server.url}{site['guide_el']}#i-eggrafi-sto-mitroo")
    page.wait_for_function(
        "() => document.querySelector('#i-eggrafi-sto-mitroo').getBoundingClientRect().top < 200"
    )
    assert heading.inner_text() == "Η εγγραφή στο μητρώο"
    assert _in_viewport(page, "#i-eggrafi-sto-mitroo")


def _in_viewport(page, selector: str) -> bool:
    return page.evaluate(
        """(selector) => {
            const box = document.querySelector(selector).getBoundingClientRect();
            return box.top >= 0 && box.bottom <= window.innerHeight;
        }""",
        selector,
    )


def test_news_and_guide_pages_have_no_serious_accessibility_violations(site, live_server, page, settings):
    settings.ALLOWED_HOSTS = ["*"]
    # One site for all twelve pages: building it is the slow part.
    failures = []
    for key, path in site.items():
        response = page.goto(f"{live_server.url}{path}", wait_until="load")
        assert response is not None and response.status == 200, f"{key}: {path} did not load"
        violations = axe_violations(page)
        if violations:
            failures.append(f"{key} ({path}):\n{format_violations(violations)}")
    assert not failures, "\n\n".join(failures)
