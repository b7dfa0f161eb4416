"""Serving feeds: strong validators, 304 without building, gzip, caching per language, headers."""

import gzip
from datetime import UTC, datetime

from django.core.cache import cache
from django.test import RequestFactory, SimpleTestCase, override_settings
from django.utils.http import http_date

from core.feeds.conditional import FeedVersion, feed_response
from core.feeds.generator import ATOM_CONTENT_TYPE, RSS_CONTENT_TYPE

URL = "https://hub.example.org/el/news/feed/"
MODIFIED = datetime(2026, 3, 1, 8, 30, 15, 500000, tzinfo=UTC)


class Builder:
    """Counts how often the feed document is built."""

    def __init__(self, body=b"<rss>el</rss>"):
        self.body, self.calls = body, 0

    def __call__(self):
        self.calls += 1
        return self.body


def version(**changes):
    values = {"url": URL, "language": "el", "last_modified": MODIFIED, "parts": (12,)}
    return FeedVersion(**{**values, **changes})


def serve(builder, *, feed_version=None, content_type=RSS_CONTENT_TYPE, **headers):
    request = RequestFactory().get("/el/news/feed/", headers=headers)
    return feed_response(
        request,
        version=feed_version or version(),
        build=builder,
        content_type=content_type,
        self_url=URL,
    )


class FeedResponseTests(SimpleTestCase):
    def setUp(self):
        cache.clear()

    def test_first_response_carries_validators_and_caching_headers(self):
        response = serve(Builder())
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "application/rss+xml; charset=utf-8")
        self.assertRegex(response["ETag"], r'^"[0-9a-f]{40}"$')
        self.assertEqual(response["Last-Modified"], "Sun, 01 Mar 2026 08:30:15 GMT")
        self.assertEqual(response["Cache-Control"], "public, max-age=300")
        self.assertIn("Accept-Encoding", response["Vary"])
        self.assertEqual(response.content, b"<rss>el</rss>")
        self.assertFalse(response.has_header("Link"))

    def test_requests_with_a_session_get_private_responses(self):
        request = RequestFactory().get("/el/news/feed/")
        request.COOKIES["sessionid"] = "abc"
        response = feed_response(
            request, version=version(), build=Builder(), content_type=RSS_CONTENT_TYPE, self_url=URL
        )
        self.assertEqual(response["Cache-Control"], "private, max-age=300")

    def test_atom_content_type(self):
        self.assertEqual(
            serve(Builder(), content_type=ATOM_CONTENT_TYPE)["Content-Type"],
            "application/atom+xml; charset=utf-8",
        )

    def test_matching_etag_answers_304_without_building(self):
        etag = serve(Builder())["ETag"]
        builder = Builder()
        response = serve(builder, If_None_Match=etag)
        self.assertEqual(response.status_code, 304)
        self.assertEqual(builder.calls, 0)
        self.assertEqual(response.content, b"")
        self.assertEqual(response["ETag"], etag)
        self.assertEqual(response["Cache-Control"], "public, max-age=300")

    def test_etag_lists_and_weak_forms_match(self):
        etag = serve(Builder())["ETag"]
        self.assertEqual(serve(Builder(), If_None_Match=f'"other", W/{etag}').status_code, 304)
        self.assertEqual(serve(Builder(), If_None_Match="*").status_code, 304)

    def test_stale_etag_gets_the_document(self):
        response = serve(Builder(), If_None_Match='"0123"')
        self.assertEqual(response.status_code, 200)

    def test_if_modified_since_answers_304_at_or_after_the_last_change(self):
        builder = Builder()
        at = http_date(MODIFIED.timestamp())
        self.assertEqual(serve(builder, If_Modified_Since=at).status_code, 304)
        later = http_date(MODIFIED.timestamp() + 3600)
        self.assertEqual(serve(builder, If_Modified_Since=later).status_code, 304)
        self.assertEqual(builder.calls, 0)
        earlier = http_date(MODIFIED.timestamp() - 1)
        self.assertEqual(serve(builder, If_Modified_Since=earlier).status_code, 200)
        self.assertEqual(serve(Builder(), If_Modified_Since="not a date").status_code, 200)

    def test_if_none_match_wins_over_if_modified_since(self):
        response = serve(
            Builder(), If_None_Match='"stale"', If_Modified_Since=http_date(MODIFIED.timestamp())
        )
        self.assertEqual(response.status_code, 200)

    def test_content_change_changes_the_etag(self):
        first = serve(Builder())["ETag"]
        self.assertNotEqual(serve(Builder(), feed_version=version(parts=(13,)))["ETag"], first)
        self.assertNotEqual(
            serve(Builder(), feed_version=version(last_modified=datetime.now(UTC)))["ETag"], first
        )
        self.assertEqual(
            serve(Builder(), If_None_Match=first, feed_version=version(parts=(13,))).status_code, 200
        )

    def test_gzip_when_accepted_with_its_own_strong_etag(self):
        plain = serve(Builder())
        response = serve(Builder(), Accept_Encoding="br, gzip;q=0.8")
        self.assertEqual(response["Content-Encoding"], "gzip")
        self.assertEqual(gzip.decompress(response.content), b"<rss>el</rss>")
        self.assertEqual(response["ETag"], plain["ETag"][:-1] + '-gzip"')
        self.assertEqual(int(response["Content-Length"]), len(response.content))
        # The same document compresses to the same bytes every time.
        cache.clear()
        self.assertEqual(serve(Builder(), Accept_Encoding="gzip").content, response.content)

    def test_gzip_refused_with_q_zero_or_absent(self):
        for header in ("gzip;q=0", "identity", "br", "gzipped"):
            with self.subTest(header=header):
                self.assertFalse(serve(Builder(), Accept_Encoding=header).has_header("Content-Encoding"))

    def test_either_representation_validates_the_other(self):
        gzip_etag = serve(Builder(), Accept_Encoding="gzip")["ETag"]
        response = serve(Builder(), If_None_Match=gzip_etag)
        self.assertEqual(response.status_code, 304)
        self.assertFalse(response["ETag"].endswith('-gzip"'))

    def test_unchanged_feed_is_built_once_then_served_from_cache(self):
        builder = Builder()
        serve(builder)
        serve(builder)
        serve(builder, Accept_Encoding="gzip")
        self.assertEqual(builder.calls, 1)

    def test_cache_never_serves_one_language_to_the_other(self):
        serve(Builder(b"<rss>el</rss>"))
        english = serve(Builder(b"<rss>en</rss>"), feed_version=version(language="en"))
        self.assertEqual(english.content, b"<rss>en</rss>")
        self.assertNotEqual(version().cache_key, version(language="en").cache_key)
        self.assertIn(":en:", version(language="en").cache_key)

    def test_cache_key_differs_per_feed_url(self):
        self.assertNotEqual(version().cache_key, version(url=URL + "atom/").cache_key)
        self.assertNotEqual(version().cache_key, version(url=URL + "?archive=1").cache_key)

    @override_settings(WEBSUB_HUB_URL="https://hub.example.net/")
    def test_link_header_names_hub_and_self(self):
        for response in (serve(Builder()), serve(Builder(), If_None_Match="*")):
            self.assertEqual(response["Link"], f'<https://hub.example.net/>; rel="hub", <{URL}>; rel="self"')

    def test_without_a_modification_date_only_the_etag_validates(self):
        builder = Builder()
        response = serve(builder, feed_version=version(last_modified=None), If_Modified_Since=http_date())
        self.assertEqual(response.status_code, 200)
        self.assertFalse(response.has_header("Last-Modified"))
