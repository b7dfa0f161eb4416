"""A listener plays episodes in real Chromium from the embedded server: play, seek by chapter, read along."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.test.testcases import LiveServerThread

from tests.browser.axe import assert_no_serious_violations
from tests.media_library import builders
from tests.testcases import build_homes


@pytest.fixture
def site_server(transactional_db):
    """The site as ``runserver`` serves it: unlike pytest-django's live_server, which answers /media/
    with Django's range-less static view, uploads go through media_library.serving."""
    thread = LiveServerThread("localhost", lambda app: StaticFilesHandler(app.application))
    thread.daemon = True
    thread.start()
    thread.is_ready.wait()
    if thread.error:
        raise thread.error
    yield f"http://localhost:{thread.port}"
    thread.terminate()


@pytest.fixture
def episodes(transactional_db):
    """A radio episode (MP3, Greek transcript, three chapters) and a TV episode (WebM), both published."""
    home_el, _home_en = build_homes()
    radio = builders.show(builders.show_index(home_el), artwork=builders.artwork(1400))
    audio = builders.mp3_asset(seconds=6.0)
    builders.transcript(audio)
    radio_episode = builders.episode(
        radio,
        slug="proto",
        title="Πρώτο επεισόδιο",
        media=audio,
        chapters=[(0, "Αρχή"), (2, "Συνέντευξη"), (4, "Κλείσιμο")],
    )
    tv = builders.show(
        builders.show_index(home_el, slug="tileorasi", medium="video", title="Τηλεόραση"), slug="tv"
    )
    tv_episode = builders.episode(tv, slug="tainia", title="Ταινία", media=builders.webm_asset(seconds=3.0))
    # Only strings leave the fixture: a database query inside the test, once playwright's event loop
    # runs, would open a second connection that the test database teardown does not know about.
    return {
        "radio": radio.url,
        "audio": radio_episode.url,
        "audio_file": audio.url,
        "video": tv_episode.url,
    }


def current_time(page) -> float:
    return page.evaluate("() => document.querySelector('.js-player').currentTime")


def test_listener_plays_an_episode_and_jumps_to_a_chapter(episodes, site_server, page):
    page.goto(f"{site_server}{episodes['audio']}")
    assert page.locator("audio track[kind=captions][srclang=el]").count() == 1

    page.evaluate("() => document.querySelector('.js-player').play()")
    page.wait_for_function("() => document.querySelector('.js-player').currentTime > 1", timeout=10_000)
    assert not page.evaluate("() => document.querySelector('.js-player').paused")

    page.get_by_role("link", name="Κλείσιμο").click()
    page.wait_for_function("() => document.querySelector('.js-player').currentTime >= 4", timeout=10_000)
    assert current_time(page) < 6
    assert page.url.endswith(episodes["audio"]), "the chapter link must seek, not navigate"
    page.wait_for_function(
        "() => document.querySelector('.chapters a[aria-current]')?.textContent === 'Κλείσιμο'",
        timeout=10_000,
    )


def test_seeking_backwards_uses_byte_ranges_on_the_embedded_server(episodes, site_server, page):
    statuses = []
    page.on(
        "response",
        lambda response: statuses.append(response.status) if "/media/media/" in response.url else None,
    )
    page.goto(f"{site_server}{episodes['audio']}")
    page.get_by_role("link", name="Συνέντευξη").click()
    page.wait_for_function("() => document.querySelector('.js-player').currentTime >= 2", timeout=10_000)
    page.locator(".transcript a[data-seek]").first.click()
    page.wait_for_function("() => document.querySelector('.js-player').currentTime < 1.5", timeout=10_000)
    assert 206 in statuses


def test_tv_episode_plays_video(episodes, site_server, page):
    page.goto(f"{site_server}{episodes['video']}")
    page.evaluate("() => document.querySelector('video.js-player').play()")
    page.wait_for_function(
        "() => document.querySelector('video.js-player').currentTime > 0.5", timeout=10_000
    )
    assert page.evaluate("() => document.querySelector('video.js-player').videoWidth") == 320


@pytest.fixture
def partner_site():
    """Another origin (127.0.0.1 instead of localhost) with a page that frames a given URL."""
    pages = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            body = pages.get(self.path, "").encode()
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()

    def frame(url: str) -> str:
        pages["/"] = (
            f'<!DOCTYPE html><html lang="en"><title>Partner</title><iframe src="{url}" title="player"></iframe>'
        )
        return f"http://127.0.0.1:{server.server_address[1]}/"

    yield frame
    server.shutdown()
    server.server_close()


def test_embedded_player_plays_inside_another_sites_iframe(episodes, site_server, partner_site, page):
    page.goto(partner_site(f"{site_server}{episodes['audio']}embed/"))
    audio = page.frame_locator("iframe").locator("audio")
    audio.wait_for(state="attached", timeout=10_000)
    audio.evaluate("audio => audio.play()")
    audio.evaluate(
        "audio => new Promise(resolve => { const t = () => audio.currentTime > 0.5 ? resolve() : setTimeout(t, 100); t(); })"
    )


def test_the_episode_page_itself_refuses_to_be_framed(episodes, site_server, partner_site, page):
    page.goto(partner_site(f"{site_server}{episodes['audio']}"))
    page.wait_for_timeout(1000)
    assert page.frame_locator("iframe").locator("audio").count() == 0


def test_page_works_without_javascript(episodes, site_server, browser):
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(f"{site_server}{episodes['audio']}")
    link = tab.get_by_role("link", name="Συνέντευξη")
    assert link.get_attribute("href") == f"{episodes['audio_file']}#t=2.000"
    assert tab.locator(".transcript li").count() == 2
    context.close()


def test_show_and_episode_pages_have_no_serious_accessibility_violations(episodes, site_server, page):
    for url in [
        episodes["radio"],
        episodes["audio"],
        episodes["video"],
        f"{episodes['audio']}embed/",
    ]:
        assert_no_serious_violations(page, f"{site_server}{url}")


@pytest.fixture
def article_with_two_recordings(transactional_db):
    """A news article with two audio blocks; only the second file has a transcript."""
    from tests.news.builders import article, news_index

    home_el, _home_en = build_homes()
    first = builders.mp3_asset(title="Χαιρετισμός", seconds=6.0)
    second = builders.mp3_asset(title="Συζήτηση", seconds=6.0)
    builders.transcript(second)
    page = article(
        news_index(home_el),
        title="Δύο ηχογραφήσεις",
        slug="dyo-ichografiseis",
        body=[
            ("media", {"media": first, "title": "", "caption": ""}),
            ("media", {"media": second, "title": "", "caption": "Η συζήτηση"}),
        ],
    )
    return page.url


def test_transcript_in_an_article_seeks_its_own_player(article_with_two_recordings, site_server, page):
    page.goto(f"{site_server}{article_with_two_recordings}")
    players = page.locator("audio.js-player")
    assert players.count() == 2
    page.locator(".transcript summary").click()
    page.locator(".transcript a[data-seek]").nth(1).click()
    page.wait_for_function(
        "() => document.querySelectorAll('audio.js-player')[1].currentTime >= 1", timeout=10_000
    )
    assert page.evaluate("() => document.querySelectorAll('audio.js-player')[0].currentTime") == 0
    assert page.url.endswith(article_with_two_recordings), "the transcript link must seek, not navigate"
    page.wait_for_function(
        "() => document.querySelector('.transcript a[aria-current]')?.getAttribute('data-seek') === '1.000'",
        timeout=10_000,
    )
    assert_no_serious_violations(page, f"{site_server}{article_with_two_recordings}")
