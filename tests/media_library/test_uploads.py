"""Editors upload media through wagtailmedia's admin: files are checked by content and measured;
refused uploads show a clear error and leave nothing in storage."""

import hashlib
import os

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase, override_settings
from django.urls import reverse

from media_library.models import MediaAsset, MediaTranscript
from media_library.synthetic import (
    silent_m4a,
    silent_mp3,
    silent_opus,
    silent_wav,
    square_artwork,
    title_card_webm,
)
from tests.english import EnglishClient, english_ui  # noqa: F401
from tests.media_library.builders import GREEK_VTT, mp3_asset

pytestmark = pytest.mark.usefixtures("english_ui")


def stored_files() -> list[str]:
    found = []
    for folder, _dirs, files in os.walk(settings.MEDIA_ROOT):
        found += [os.path.relpath(os.path.join(folder, name), settings.MEDIA_ROOT) for name in files]
    return sorted(found)


class AdminTestCase(TestCase):
    def setUp(self):
        user = get_user_model().objects.create_superuser("editor", "editor@example.com", "pass")
        self.client.force_login(user)


class MediaUploadTests(AdminTestCase):
    client_class = EnglishClient

    def upload(self, name: str, data: bytes, media_type: str = "audio"):
        return self.client.post(
            reverse("wagtailmedia:add", args=(media_type,)),
            {"title": "Επεισόδιο", "file": SimpleUploadedFile(name, data), "tags": ""},
        )

    def assertRefused(self, response, fragment: str):
        self.assertEqual(response.status_code, 200)
        self.assertIn(fragment, " ".join(response.context["form"].errors["file"]))
        self.assertFalse(MediaAsset.objects.exists())
        self.assertEqual(stored_files(), [])

    def test_mp3_is_stored_with_size_type_duration_and_checksum(self):
        data = silent_mp3(2.0)
        response = self.upload("episode.mp3", data)
        self.assertRedirects(response, reverse("wagtailmedia:index"))
        asset = MediaAsset.objects.get()
        self.assertEqual(asset.type, "audio")
        self.assertEqual(asset.mime_type, "audio/mpeg")
        self.assertEqual(asset.file_size, len(data))
        self.assertEqual(asset.checksum, hashlib.sha256(data).hexdigest())
        self.assertAlmostEqual(asset.duration, 2.0, delta=0.05)
        self.assertEqual(stored_files(), [asset.file.name])

    def test_m4a_and_ogg_opus_are_measured(self):
        for name, data, mime in [
            ("a.m4a", silent_m4a(3.0), "audio/mp4"),
            ("b.opus", silent_opus(3.0), "audio/ogg"),
        ]:
            with self.subTest(name=name):
                self.assertEqual(self.upload(name, data).status_code, 302)
                asset = MediaAsset.objects.get(file__endswith=name.split(".")[1])
                self.assertEqual(asset.mime_type, mime)
                self.assertAlmostEqual(asset.duration, 3.0, delta=0.05)

    def test_video_uploaded_with_the_audio_button_is_stored_as_video(self):
        self.assertEqual(self.upload("film.webm", title_card_webm(seconds=2.0)).status_code, 302)
        asset = MediaAsset.objects.get()
        self.assertEqual(
            (asset.type, asset.mime_type, asset.width, asset.height), ("video", "video/webm", 320, 180)
        )

    @override_settings(FILE_UPLOAD_MAX_MEMORY_SIZE=0)
    def test_uploads_spooled_to_a_temporary_file_are_checked_too(self):
        self.assertEqual(self.upload("episode.mp3", silent_mp3(1.0)).status_code, 302)
        self.assertEqual(MediaAsset.objects.get().mime_type, "audio/mpeg")

    def test_wrong_type_is_refused(self):
        self.assertRefused(self.upload("interview.wav", silent_wav(1.0)), "WAV")

    def test_renamed_file_is_recognised_and_refused(self):
        self.assertRefused(self.upload("interview.mp3", silent_wav(1.0)), "WAV")
        self.assertRefused(self.upload("cover.mp3", square_artwork(title="x", size=64)), "PNG")

    def test_mislabelled_extension_is_refused(self):
        self.assertRefused(self.upload("episode.m4a", silent_mp3(1.0)), "contains MP3")

    @override_settings(MEDIA_MAX_UPLOAD_MB=1)
    def test_too_large_is_refused(self):
        self.assertRefused(self.upload("long.mp3", silent_mp3(70.0)), "largest file accepted is 1 MB")

    def test_corrupt_file_is_refused(self):
        self.assertRefused(self.upload("broken.m4a", silent_m4a(2.0)[:80]), "damaged")

    def test_chooser_upload_refuses_cleanly_too(self):
        response = self.client.post(
            reverse("wagtailmedia:chooser_upload", args=("audio",)),
            {
                "media-chooser-upload-title": "x",
                "media-chooser-upload-file": SimpleUploadedFile("x.mp3", b"junk" * 50),
            },
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn("not an audio or video file", response.content.decode())
        self.assertFalse(MediaAsset.objects.exists())
        self.assertEqual(stored_files(), [])

    def test_chooser_upload_accepts_a_good_file(self):
        response = self.client.post(
            reverse("wagtailmedia:chooser_upload", args=("audio",)),
            {
                "media-chooser-upload-title": "x",
                "media-chooser-upload-file": SimpleUploadedFile("x.mp3", silent_mp3(1)),
            },
        )
        self.assertEqual(response.json()["step"], "media_chosen")
        self.assertEqual(MediaAsset.objects.get().mime_type, "audio/mpeg")

    def test_replacing_the_file_with_a_bad_one_keeps_the_old_file(self):
        asset = mp3_asset()
        response = self.client.post(
            reverse("wagtailmedia:edit", args=(asset.pk,)),
            {"title": asset.title, "file": SimpleUploadedFile("new.mp3", b"junk" * 50), "tags": ""},
        )
        self.assertEqual(response.status_code, 200)
        asset.refresh_from_db()
        self.assertEqual(stored_files(), [asset.file.name])

    def test_replacing_the_file_remeasures_it_and_removes_the_old_one(self):
        asset = mp3_asset(seconds=1.0)
        old_name = asset.file.name
        response = self.client.post(
            reverse("wagtailmedia:edit", args=(asset.pk,)),
            {"title": asset.title, "file": SimpleUploadedFile("new.opus", silent_opus(4.0)), "tags": ""},
        )
        self.assertEqual(response.status_code, 302)
        asset.refresh_from_db()
        self.assertEqual(asset.mime_type, "audio/ogg")
        self.assertAlmostEqual(asset.duration, 4.0, delta=0.05)
        self.assertNotIn(old_name, stored_files())


class WagtailMediaAdminOnWagtail8Tests(AdminTestCase):
    def test_admin_views_render(self):
        asset = mp3_asset()
        for url in [
            reverse("wagtailmedia:index"),
            reverse("wagtailmedia:add", args=("audio",)),
            reverse("wagtailmedia:add", args=("video",)),
            reverse("wagtailmedia:edit", args=(asset.pk,)),
            reverse("wagtailmedia:chooser"),
            reverse("wagtailmedia:media_chosen", args=(asset.pk,)),
        ]:
            with self.subTest(url=url):
                self.assertEqual(self.client.get(url).status_code, 200)

    def test_add_form_offers_only_accepted_extensions(self):
        response = self.client.get(reverse("wagtailmedia:add", args=("video",)))
        self.assertContains(response, 'accept=".mp4,.m4v,.webm"')


class TranscriptAdminTests(AdminTestCase):
    client_class = EnglishClient

    def setUp(self):
        super().setUp()
        self.media = mp3_asset()

    def add(self, name: str, data: bytes, language: str = "el"):
        return self.client.post(
            reverse("transcripts:add"),
            {
                "media": self.media.pk,
                "language": language,
                "label": "",
                "upload": SimpleUploadedFile(name, data),
            },
        )

    def test_webvtt_is_stored_with_its_cues(self):
        self.assertEqual(self.add("t.vtt", GREEK_VTT).status_code, 302)
        transcript = MediaTranscript.objects.get()
        self.assertEqual(transcript.source_format, "vtt")
        self.assertTrue(transcript.file.name.endswith(".el.vtt"))
        self.assertEqual(transcript.cues[0]["speaker"], "Ελένη")

    def test_srt_is_converted_to_webvtt(self):
        srt = "1\n00:00:00,000 --> 00:00:01,000\nΓεια σας\n".encode()
        self.assertEqual(self.add("t.srt", srt).status_code, 302)
        transcript = MediaTranscript.objects.get()
        self.assertEqual(transcript.source_format, "srt")
        with transcript.file.open("rb") as handle:
            self.assertEqual(handle.read().decode(), "WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nΓεια σας\n")

    def test_bad_transcript_is_refused_and_nothing_is_stored(self):
        before = stored_files()
        response = self.add("t.vtt", b"WEBVTT\n\nnot a timing\nx\n")
        self.assertEqual(response.status_code, 200)
        self.assertIn("expected a cue timing", " ".join(response.context["form"].errors["upload"]))
        self.assertFalse(MediaTranscript.objects.exists())
        self.assertEqual(stored_files(), before)

    def test_one_transcript_per_language(self):
        self.add("t.vtt", GREEK_VTT)
        response = self.add("t2.vtt", GREEK_VTT)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(MediaTranscript.objects.count(), 1)

    def test_listing_renders(self):
        self.add("t.vtt", GREEK_VTT)
        self.assertEqual(self.client.get(reverse("transcripts:index")).status_code, 200)
