"""Real Chromium (Debian's package) driven by playwright; required when REQUIRE_BROWSER=1."""

import json
import os
import shutil

import pytest

CHROMIUM_CANDIDATES = ["/usr/bin/chromium", "/usr/lib/chromium/chromium", "/usr/bin/chromium-browser"]
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
    "--autoplay-policy=no-user-gesture-required",
]


def chromium_path() -> str | None:
    for candidate in [os.environ.get("CHROMIUM_PATH", ""), *CHROMIUM_CANDIDATES]:
        if candidate and shutil.which(candidate):
            return candidate
    return None


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/browser/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session", autouse=True)
def _migration_snapshot(django_db_setup, django_db_blocker):
    """The rows migrations made (root page, locales, collections), as pytest-django serialized them."""
    from django.db import connections
    from wagtail.models import Page

    snapshot = {
        alias: _content_types_first(connections[alias]._test_serialized_contents)
        for alias in connections
        if hasattr(connections[alias], "_test_serialized_contents")
    }
    for alias, contents in snapshot.items():
        connections[alias]._test_serialized_contents = contents
    yield snapshot
    # The last transactional test left the tables empty; refill them so --reuse-db starts from data.
    with django_db_blocker.unblock():
        for alias, contents in snapshot.items():
            if not Page.objects.using(alias).exists():
                connections[alias].creation.deserialize_db_from_string(contents)


def _content_types_first(serialized: str) -> str:
    """Django's serialized rows with the content types first.

    Wagtail's Task.__init__ looks up its content type while the rows are being loaded; if that row is
    not back yet, it creates one with a new id and the later insert of the original row fails.
    """
    rows = json.loads(serialized)
    rows.sort(key=lambda row: row["model"] != "contenttypes.contenttype")
    return json.dumps(rows)


@pytest.fixture(autouse=True)
def _snapshot_on_this_connection(_migration_snapshot):
    # Once playwright's event loop runs, Django hands this thread a new connection object, which
    # lacks the serialized contents: put them on it, so this test's flush skips post_migrate and
    # the next test's setup restores the rows.
    from django.db import connections

    for alias, contents in _migration_snapshot.items():
        connections[alias]._test_serialized_contents = contents


@pytest.fixture(autouse=True)
def _restore_migration_data(_snapshot_on_this_connection, django_db_serialized_rollback):
    """Give every browser test the rows migrations made.

    A live server needs transactional tests, which empty every table afterwards; without this the
    second browser test of a run would find no root page.
    """


@pytest.fixture(scope="session")
def browser():
    executable = chromium_path()
    required = os.environ.get("REQUIRE_BROWSER") == "1"
    if executable is None:
        if required:
            pytest.fail("REQUIRE_BROWSER=1 but no Chromium was found (apt-get install chromium).")
        pytest.skip("Chromium not found; install Debian's chromium package to run browser tests.")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if required:
            pytest.fail("REQUIRE_BROWSER=1 but playwright is not installed.")
        pytest.skip("playwright not installed.")
    # Playwright's sync API runs an event loop in this thread; Django's ORM refuses to run
    # inside one unless told that this test process is single-threaded on purpose.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS, headless=True)
        yield instance
        instance.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="el-GR", viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    yield tab
    context.close()
