"""One search benchmark measurement (run by bench.search in its own process): build, index, query, report.

Prints one line ``BENCH-RESULT {json}``. Uses a throw-away test database (``create_test_db``), so it
never touches the development or production data.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from io import StringIO

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hub.settings.test")

GREEK_SHARE = 0.8
REINDEX_SAMPLES = 20


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def build_homes():
    """The Greek and English home pages (plain, not translations: enough for search)."""
    from wagtail.models import Locale, Page, Site

    from home.models import HomePage

    root = Page.get_first_root_node()
    homes = {}
    for code, title in (("el", "Αρχική"), ("en", "Home")):
        locale = Locale.objects.get_or_create(language_code=code)[0]
        home = root.add_child(instance=HomePage(title=title, slug=code, locale=locale))
        home.save_revision().publish()
        homes[code] = home
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "testserver", "port": 80, "root_page": homes["el"], "site_name": "bench"},
    )
    return homes


def generated_pages(count: int, language: str, text):
    from wagtail.rich_text import RichText

    from home.models import StandardPage

    for number in range(count):
        body = [
            ("paragraph", RichText(f"<p>{text.sentence(language, 40, 80)}</p>"))
            for _paragraph in range(text.rng.randint(2, 4))
        ]
        yield StandardPage(
            title=text.sentence(language, 4, 9).rstrip("."),
            slug=f"{language}-{number}",
            summary=text.sentence(language, 12, 30),
            body=body,
        )


def time_requests(client, urls: list[str], runs: int) -> list[float]:
    for url in urls:  # warm-up: connections, template and stem caches
        client.get(url)
    timings = []
    for _run in range(runs):
        for url in urls:
            started = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, (url, response.status_code)
    return timings


def measure(pages: int, runs: int) -> dict:
    from urllib.parse import urlencode

    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from wagtail.search.backends import get_search_backend

    from bench.pages import insert_pages
    from bench.text import SHARED, TextGenerator
    from home.models import StandardPage

    homes = build_homes()
    text = TextGenerator()
    greek = round(pages * GREEK_SHARE)
    started = time.perf_counter()
    insert_pages(homes["el"], generated_pages(greek, "el", text))
    insert_pages(homes["en"], generated_pages(pages - greek, "en", text))
    build_s = time.perf_counter() - started

    started = time.perf_counter()
    call_command("update_index", stdout=StringIO(), stderr=StringIO())
    index_s = time.perf_counter() - started
    # Planner statistics, as PostgreSQL's autovacuum gathers after a bulk load: without them it expects
    # 3 pages in a language instead of thousands and picks a nested loop per page. (SQLite gathers none
    # by itself, so it is measured as it runs.)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")

    backend = get_search_backend()
    reindex = []
    for page in StandardPage.objects.order_by("?")[:REINDEX_SAMPLES]:
        started = time.perf_counter()
        backend.add(page)
        reindex.append((time.perf_counter() - started) * 1000)

    dev_set = json.loads((SHARED / "search-dev-set" / "queries.json").read_text("utf-8"))
    search_urls = [f"/{q['locale']}/search/?{urlencode({'q': q['q']})}" for q in dev_set["search"]]
    suggest_urls = [
        f"/{q['locale']}/search/suggest/?{urlencode({'q': q['q']})}" for q in dev_set["autocomplete"]
    ]
    client = Client()
    search_ms = time_requests(client, search_urls, runs)
    suggest_ms = time_requests(client, suggest_urls, runs)
    return {
        "pages": pages,
        "runs": runs,
        "queries": len(search_urls),
        "suggestions": len(suggest_urls),
        "build_s": build_s,
        "index_s": index_s,
        "reindex_ms": statistics.median(reindex),
        "search_p50": statistics.median(search_ms),
        "search_p95": percentile(search_ms, 0.95),
        "suggest_p50": statistics.median(suggest_ms),
        "suggest_p95": percentile(suggest_ms, 0.95),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args(argv)

    import django

    django.setup()
    from django.db import connection
    from django.test.utils import override_settings, setup_test_environment, teardown_test_environment

    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)
    try:
        # The database backend is what is measured, even when ELASTICSEARCH_URL is set.
        backends = {"default": {"BACKEND": "search.backends.database", "SEARCH_CONFIG": "simple"}}
        with override_settings(DEBUG=False, WAGTAILSEARCH_BACKENDS=backends):
            result = measure(options.pages, options.runs)
        result["vendor"] = connection.vendor
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0, keepdb=False)
        teardown_test_environment()
    sys.stdout.write("BENCH-RESULT " + json.dumps(result) + "\n")


if __name__ == "__main__":
    main()
