"""Serving uploaded files from Django: HEAD, byte ranges, validators, types, CORS and safety."""

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.test import TestCase, override_settings
from django.utils.http import http_date
from wagtail.models import Collection, CollectionViewRestriction

from media_library.serving import parse_range
from media_library.synthetic import silent_mp3
from tests.media_library.builders import mp3_asset, transcript

MP3 = silent_mp3(2.0)


def body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


class RangeRequestTests(TestCase):
    def setUp(self):
        self.name = default_storage.save("media/episode.mp3", ContentFile(MP3))
        self.url = f"/media/{self.name}"
        self.size = len(MP3)

    def test_whole_file_with_exact_length_type_and_validators(self):
        response = self.client.get(self.url)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "audio/mpeg")
        self.assertEqual(response["Content-Length"], str(self.size))
        self.assertEqual(response["Accept-Ranges"], "bytes")
        self.assertTrue(response["ETag"].startswith('"') and not response["ETag"].startswith("W/"))
        self.assertIn("Last-Modified", response)
        self.assertTrue(response.streaming)
        self.assertEqual(body(response), MP3)

    def test_first_bytes_as_apple_probes_them(self):
        response = self.client.get(self.url, headers={"Range": "bytes=0-1"})
        self.assertEqual(response.status_code, 206)
        self.assertEqual(response["Content-Range"], f"bytes 0-1/{self.size}")
        self.assertEqual(response["Content-Length"], "2")
        self.assertEqual(body(response), MP3[:2])

    def test_middle_range(self):
        response = self.client.get(self.url, headers={"Range": "bytes=1000-1999"})
        self.assertEqual(response.status_code, 206)
        self.assertEqual(body(response), MP3[1000:2000])

    def test_suffix_range_is_the_last_bytes(self):
        response = self.client.get(self.url, headers={"Range": "bytes=-500"})
        self.assertEqual(response.status_code, 206)
        self.assertEqual(response["Content-Range"], f"bytes {self.size - 500}-{self.size - 1}/{self.size}")
        self.assertEqual(body(response), MP3[-500:])

    def test_open_range_runs_to_the_end(self):
        response = self.client.get(self.url, headers={"Range": "bytes=100-"})
        self.assertEqual(response.status_code, 206)
        self.assertEqual(response["Content-Length"], str(self.size - 100))
        self.assertEqual(body(response), MP3[100:])

    def test_range_past_the_end_is_clipped(self):
        response = self.client.get(self.url, headers={"Range": f"bytes={self.size - 10}-{self.size + 1000}"})
        self.assertEqual(response.status_code, 206)
        self.assertEqual(body(response), MP3[-10:])

    def test_out_of_range_is_416_with_the_size(self):
        response = self.client.get(self.url, headers={"Range": f"bytes={self.size}-"})
        self.assertEqual(response.status_code, 416)
        self.assertEqual(response["Content-Range"], f"bytes */{self.size}")

    def test_zero_length_suffix_is_unsatisfiable(self):
        self.assertEqual(self.client.get(self.url, headers={"Range": "bytes=-0"}).status_code, 416)

    def test_several_ranges_get_the_whole_file(self):
        response = self.client.get(self.url, headers={"Range": "bytes=0-1,5-9"})
        self.assertEqual(response.status_code, 200)
        self.assertEqual(body(response), MP3)

    def test_malformed_range_is_ignored(self):
        for header in ["bytes=abc", "items=0-1", "bytes=9-3"]:
            with self.subTest(header=header):
                self.assertEqual(self.client.get(self.url, headers={"Range": header}).status_code, 200)

    def test_head_has_the_headers_and_no_body(self):
        response = self.client.head(self.url)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Length"], str(self.size))
        self.assertEqual(response["Content-Type"], "audio/mpeg")
        self.assertEqual(body(response), b"")

    def test_head_with_a_range(self):
        response = self.client.head(self.url, headers={"Range": "bytes=0-1"})
        self.assertEqual(response.status_code, 206)
        self.assertEqual(response["Content-Length"], "2")
        self.assertEqual(response["Content-Range"], f"bytes 0-1/{self.size}")

    def test_if_none_match_and_if_modified_since_give_304(self):
        first = self.client.get(self.url)
        etag, last_modified = first["ETag"], first["Last-Modified"]
        self.assertEqual(self.client.get(self.url, headers={"If-None-Match": etag}).status_code, 304)
        self.assertEqual(
            self.client.get(self.url, headers={"If-Modified-Since": last_modified}).status_code, 304
        )
        self.assertEqual(self.client.get(self.url, headers={"If-None-Match": '"other"'}).status_code, 200)

    def test_if_range_keeps_the_range_only_while_the_file_is_unchanged(self):
        etag = self.client.head(self.url)["ETag"]
        headers = {"Range": "bytes=0-1", "If-Range": etag}
        self.assertEqual(self.client.get(self.url, headers=headers).status_code, 206)
        headers["If-Range"] = '"stale"'
        self.assertEqual(self.client.get(self.url, headers=headers).status_code, 200)
        headers["If-Range"] = http_date(0)
        self.assertEqual(self.client.get(self.url, headers=headers).status_code, 200)

    def test_other_methods_are_refused(self):
        self.assertEqual(self.client.post(self.url).status_code, 405)

    @override_settings(DEBUG=False)
    def test_works_with_debug_off(self):
        self.assertEqual(self.client.get(self.url, headers={"Range": "bytes=0-1"}).status_code, 206)


class ParseRangeTests(TestCase):
    def test_cases(self):
        self.assertEqual(parse_range("bytes=0-0", 10), (0, 0))
        self.assertEqual(parse_range("bytes=-20", 10), (0, 9))
        self.assertIsNone(parse_range("bytes=-", 10))
        self.assertIs(parse_range("bytes=0-", 0), False)


class FileSafetyTests(TestCase):
    def test_transcripts_are_text_vtt_with_cors(self):
        name = default_storage.save("transcripts/t.el.vtt", ContentFile(b"WEBVTT\n"))
        response = self.client.get(f"/media/{name}")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "text/vtt; charset=utf-8")
        self.assertEqual(response["Access-Control-Allow-Origin"], "*")

    def test_audio_has_no_cors_header(self):
        name = default_storage.save("media/a.mp3", ContentFile(MP3))
        self.assertNotIn("Access-Control-Allow-Origin", self.client.get(f"/media/{name}"))

    def test_missing_file_is_404(self):
        self.assertEqual(self.client.get("/media/media/nothing.mp3").status_code, 404)

    def test_path_traversal_is_404(self):
        default_storage.save("media/a.mp3", ContentFile(MP3))
        for path in [
            "/media/../hub/settings/base.py",
            "/media/media/../media/a.mp3",
            "/media/%2e%2e/manage.py",
            "/media/media//a.mp3",
            "/media/media%5ca.mp3",
        ]:
            with self.subTest(path=path):
                self.assertEqual(self.client.get(path).status_code, 404)

    def test_documents_are_left_to_wagtails_private_aware_view(self):
        name = default_storage.save("documents/report.pdf", ContentFile(b"%PDF-1.4"))
        self.assertEqual(self.client.get(f"/media/{name}").status_code, 404)

    def test_html_is_sent_as_a_download(self):
        name = default_storage.save("original_images/page.html", ContentFile(b"<script>alert(1)</script>"))
        response = self.client.get(f"/media/{name}")
        self.assertTrue(response["Content-Disposition"].startswith("attachment"))


class PrivateCollectionTests(TestCase):
    """Audio/video files and their transcripts in a collection with view restrictions stay private."""

    def setUp(self):
        # Files, not only rows: each test has its own MEDIA_ROOT (tests/conftest.py).
        members = Collection.get_first_root_node().add_child(name="Μόνο για μέλη")
        minutes = members.add_child(name="Πρακτικά συνελεύσεων")
        CollectionViewRestriction.objects.create(
            collection=members, restriction_type=CollectionViewRestriction.LOGIN
        )
        self.public = mp3_asset(title="Ανοιχτή εκπομπή")
        self.private = mp3_asset(title="Συνέλευση μελών")
        self.private.collection = minutes
        self.private.save()
        self.private_transcript = transcript(self.private)
        self.member = get_user_model().objects.create_user("melos", password="pass")

    def test_public_files_stay_publicly_cacheable(self):
        response = self.client.get(self.public.file.url)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Cache-Control"], "public, max-age=3600")

    def test_files_below_a_restricted_collection_are_hidden_from_the_public(self):
        self.assertEqual(self.client.get(self.private.file.url).status_code, 404)
        self.assertEqual(self.client.head(self.private.file.url).status_code, 404)
        self.assertEqual(
            self.client.get(self.private.file.url, headers={"Range": "bytes=0-1"}).status_code, 404
        )
        self.assertEqual(self.client.get(self.private_transcript.file.url).status_code, 404)

    def test_people_the_restriction_admits_get_them_uncached_by_proxies(self):
        self.client.force_login(self.member)
        response = self.client.get(self.private.file.url)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Cache-Control"], "private, max-age=0")
        self.assertEqual(self.client.get(self.private_transcript.file.url).status_code, 200)
