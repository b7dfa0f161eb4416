"""Feed benchmark: a show of 1,000 episodes with real MP3 files; median time and queries per request.

Runs against a throw-away test database (SQLite file in /tmp, or ``test_<name>`` of DATABASE_URL) and a
temporary MEDIA_ROOT. Requests go through the whole stack (middleware, Wagtail routing, the feed view).
``python -m bench.feeds [--episodes N] [--runs N]``
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hub.settings.test")
os.environ.setdefault(
    "TEST_DB_NAME", os.path.join(tempfile.gettempdir(), f"bench-feeds-{os.getpid()}.sqlite3")
)


@dataclass(frozen=True)
class Result:
    """The median of several timed requests of one kind."""

    name: str
    median_ms: float
    queries: int
    status: int
    size: int

    def line(self) -> str:
        return f"{self.name:<58} {self.median_ms:9.1f} ms {self.queries:6d} queries  {self.status}  {self.size:>9,} B"


def measure(name: str, request: Callable, *, runs: int, before: Callable[[], None] = lambda: None) -> Result:
    """Run ``request`` ``runs`` times (``before`` each, untimed); median time, queries of the last run."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    timings = []
    for _run in range(runs):
        before()
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            response = request()
            timings.append((time.perf_counter() - started) * 1000)
    return Result(
        name, statistics.median(timings), len(captured), response.status_code, len(response.content)
    )


def build_show(episodes: int):
    """A published show under a Greek home page, with ``episodes`` episodes, each with its own MP3."""
    from django.core.files.base import ContentFile
    from django.utils import timezone
    from wagtail.images import get_image_model
    from wagtail.models import Locale, Page, Site

    from core.models import Person
    from home.models import HomePage
    from media_library.models import EpisodeChapter, EpisodePage, ShowIndexPage, ShowPage
    from media_library.services import attach_transcript, save_media_asset
    from media_library.synthetic import silent_mp3, square_artwork

    locale = Locale.objects.get_or_create(language_code="el")[0]
    home = Page.get_first_root_node().add_child(instance=HomePage(title="Αρχική", slug="el", locale=locale))
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "testserver", "port": 80, "root_page": home}
    )
    radio = home.add_child(instance=ShowIndexPage(title="Ραδιόφωνο", slug="radiofono"))
    artwork = get_image_model().objects.create(
        title="Εξώφυλλο", file=ContentFile(square_artwork(title="Φωνές"), name="artwork.png")
    )
    show = radio.add_child(
        instance=ShowPage(
            title="Φωνές",
            slug="fones",
            description="<p>Φωνές από την κοινωνική οικονομία.</p>",
            author="ΠΕΣΚΟ",
            owner_name="ΠΕΣΚΟ",
            owner_email="radio@example.org",
            artwork=artwork,
        )
    )
    guest = Person.objects.create(name="Μαρία Οικονόμου", locale=locale)
    mp3 = silent_mp3(1.0)
    vtt = "WEBVTT\n\n00:00.000 --> 00:01.000\nΚαλησπέρα.\n".encode()
    start = timezone.now() - timedelta(days=episodes + 1)
    for number in range(1, episodes + 1):
        media = save_media_asset(
            title=f"Επεισόδιο {number}",
            file=ContentFile(mp3, name=f"ep{number}.mp3"),
            filename=f"ep{number}.mp3",
        )
        if number % 2:
            attach_transcript(media=media, language="el", data=vtt, filename="t.vtt")
        published = start + timedelta(days=number)
        # Live pages written directly (no revision history): the feed reads only live, public rows.
        page = EpisodePage(
            title=f"Επεισόδιο {number}: συνεταιρισμοί & αλληλεγγύη",
            slug=f"epeisodio-{number}",
            media=media,
            summary="Συζήτηση για την κοινωνική οικονομία.",
            body=[("paragraph", "<p>Σημειώσεις της εκπομπής με <a href='/el/'>σύνδεσμο</a>.</p>")],
            season_number=1 + number // 100,
            episode_number=number,
            live=True,
            first_published_at=published,
            last_published_at=published,
        )
        page.chapters = [EpisodeChapter(start=timedelta(seconds=0), title="Αρχή")]
        page.guests.set([guest])
        show.add_child(instance=page)
    return ShowPage.objects.get(pk=show.pk)


def run(*, episodes: int = 1000, runs: int = 7) -> list[Result]:
    """Set up a throw-away database, build the show, and time its feed requests."""
    import django

    django.setup()
    from django.conf import settings
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import override_settings, setup_test_environment, teardown_test_environment

    media_root = tempfile.mkdtemp(prefix="bench-feeds-media-")
    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)
    try:
        # Search indexing is not what is measured; it would triple the time to build the show.
        backends = {
            name: {**backend, "AUTO_UPDATE": False}
            for name, backend in settings.WAGTAILSEARCH_BACKENDS.items()
        }
        with override_settings(MEDIA_ROOT=media_root, DEBUG=False):
            started = time.perf_counter()
            with override_settings(WAGTAILSEARCH_BACKENDS=backends):
                show = build_show(episodes)
            print(f"built {episodes} episodes with MP3 files in {time.perf_counter() - started:.1f} s")
            url = show.url + "feed/"
            client = Client()
            results = []
            for page_size, label in (
                (episodes, f"all {episodes} items"),
                (settings.FEED_PAGE_SIZE, "default page"),
            ):
                with override_settings(FEED_PAGE_SIZE=page_size):
                    client.get(url)  # first build makes the artwork rendition
                    name = f"podcast feed, {min(page_size, episodes)} items ({label})"
                    uncached = measure(
                        f"{name}, uncached", lambda: client.get(url), runs=runs, before=cache.clear
                    )
                    etag = client.get(url)["ETag"]
                    conditional = measure(
                        f"{name}, conditional (If-None-Match)",
                        lambda etag=etag: client.get(url, headers={"If-None-Match": etag}),
                        runs=runs,
                    )
                    cached = measure(f"{name}, server cache hit", lambda: client.get(url), runs=runs)
                    gzipped = measure(
                        f"{name}, cache hit, gzip",
                        lambda: client.get(url, headers={"Accept-Encoding": "gzip"}),
                        runs=runs,
                    )
                    results += [uncached, conditional, cached, gzipped]
            return results
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0, keepdb=False)
        teardown_test_environment()
        shutil.rmtree(media_root, ignore_errors=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--episodes", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=7)
    options = parser.parse_args(argv)
    results = run(episodes=options.episodes, runs=options.runs)
    print(f"{'feeds':<58} {'median':>12} {'queries':>14}  HTTP  {'body':>10}")
    for result in results:
        print(result.line())


if __name__ == "__main__":
    main()
