"""WebSub: the hub is pinged (HTTP mocked at urllib) when pages are published; failures never raise."""

import urllib.error
from unittest import mock
from urllib.parse import parse_qs

from django.test import SimpleTestCase, override_settings
from wagtail import hooks

from core.feeds.websub import ping_hub
from home.models import StandardPage
from tests.testcases import HubPageTestCase

HUB = "https://hub.example.net/publish"


class FakeResponse:
    def __init__(self, status=204):
        self.status = status

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def sent(urlopen):
    """(url, form fields, timeout) of every request the mocked urlopen received."""
    calls = []
    for call in urlopen.call_args_list:
        request = call.args[0]
        calls.append(
            (request.full_url, request.get_method(), parse_qs(request.data.decode()), call.kwargs["timeout"])
        )
    return calls


@override_settings(WEBSUB_HUB_URL=HUB)
class PingHubTests(SimpleTestCase):
    def test_posts_one_publish_ping_per_feed(self):
        with mock.patch("urllib.request.urlopen", return_value=FakeResponse()) as urlopen:
            accepted = ping_hub(
                feed_urls=["https://h/el/feed/", "https://h/el/feed/atom/", "https://h/el/feed/"]
            )
        self.assertEqual(accepted, 2)
        self.assertEqual(
            sent(urlopen),
            [
                (HUB, "POST", {"hub.mode": ["publish"], "hub.url": ["https://h/el/feed/"]}, 5.0),
                (HUB, "POST", {"hub.mode": ["publish"], "hub.url": ["https://h/el/feed/atom/"]}, 5.0),
            ],
        )
        self.assertEqual(
            urlopen.call_args.args[0].get_header("Content-type"), "application/x-www-form-urlencoded"
        )

    def test_failures_are_logged_not_raised(self):
        errors = [
            urllib.error.URLError("name resolution failed"),
            TimeoutError("timed out"),
            urllib.error.HTTPError(HUB, 500, "Server Error", {}, None),
            ConnectionResetError(),
        ]
        for error in errors:
            with (
                self.subTest(error=error),
                mock.patch("urllib.request.urlopen", side_effect=error),
                self.assertLogs("core.feeds.websub", "WARNING"),
            ):
                self.assertEqual(ping_hub(feed_urls=["https://h/el/feed/"]), 0)

    def test_unexpected_status_is_not_counted(self):
        with (
            mock.patch("urllib.request.urlopen", return_value=FakeResponse(302)),
            self.assertLogs("core.feeds.websub"),
        ):
            self.assertEqual(ping_hub(feed_urls=["https://h/el/feed/"]), 0)

    @override_settings(WEBSUB_HUB_URL="")
    def test_no_hub_no_request(self):
        with mock.patch("urllib.request.urlopen") as urlopen:
            self.assertEqual(ping_hub(feed_urls=["https://h/el/feed/"]), 0)
        urlopen.assert_not_called()


def standard_page_feeds(page):
    if isinstance(page, StandardPage):
        return [page.get_full_url() + "feed/"]
    return []


class PublishSignalTests(HubPageTestCase):
    def publish_page(self):
        page = self.home_el.add_child(instance=StandardPage(title="Σχετικά", slug="about", live=False))
        with self.captureOnCommitCallbacks(execute=True):
            page.save_revision().publish()
        return page

    @override_settings(WEBSUB_HUB_URL=HUB)
    def test_publishing_pings_the_hub_for_the_page_feeds_after_commit(self):
        with (
            hooks.register_temporarily("websub_feed_urls", standard_page_feeds),
            mock.patch("urllib.request.urlopen", return_value=FakeResponse()) as urlopen,
        ):
            self.publish_page()
        self.assertEqual(
            [call[2]["hub.url"] for call in sent(urlopen)], [["http://testserver/el/about/feed/"]]
        )

    @override_settings(WEBSUB_HUB_URL=HUB)
    def test_unpublishing_pings_too(self):
        with (
            hooks.register_temporarily("websub_feed_urls", standard_page_feeds),
            mock.patch("urllib.request.urlopen", return_value=FakeResponse()) as urlopen,
        ):
            page = self.publish_page()
            page.refresh_from_db()
            with self.captureOnCommitCallbacks(execute=True):
                page.unpublish()
        self.assertEqual(len(sent(urlopen)), 2)

    @override_settings(WEBSUB_HUB_URL=HUB)
    def test_a_failing_hub_does_not_break_publishing(self):
        with (
            hooks.register_temporarily("websub_feed_urls", standard_page_feeds),
            mock.patch("urllib.request.urlopen", side_effect=urllib.error.URLError("down")),
            self.assertLogs("core.feeds.websub", "WARNING"),
        ):
            page = self.publish_page()
        page.refresh_from_db()
        self.assertTrue(page.live)

    @override_settings(WEBSUB_HUB_URL=HUB)
    def test_pages_in_no_feed_send_nothing(self):
        with mock.patch("urllib.request.urlopen") as urlopen:
            self.publish_page()
        urlopen.assert_not_called()

    @override_settings(WEBSUB_HUB_URL="")
    def test_without_a_hub_nothing_is_sent(self):
        with (
            hooks.register_temporarily("websub_feed_urls", standard_page_feeds),
            mock.patch("urllib.request.urlopen") as urlopen,
        ):
            self.publish_page()
        urlopen.assert_not_called()
