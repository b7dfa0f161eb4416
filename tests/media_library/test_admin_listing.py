"""The admin's media listing: editors narrow it to audio or video, see each file's format, length and size,
and sorting keeps the filter."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import TestCase
from django.urls import reverse

from core.roles import EDITORS, ensure_roles
from tests.media_library.builders import mp3_asset, webm_asset


class MediaListingTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.audio = mp3_asset(title="Ραδιοφωνική εκπομπή για τους συνεταιρισμούς", seconds=3.0)
        cls.video = webm_asset(title="Τηλεοπτικό ρεπορτάζ για την ενέργεια", seconds=2.0)
        groups = ensure_roles()
        cls.editor = get_user_model().objects.create_user("editor", password="pass")
        cls.editor.groups.add(Group.objects.get(pk=groups[EDITORS].pk))

    def setUp(self):
        self.client.force_login(self.editor)

    def listing(self, **params):
        response = self.client.get(reverse("wagtailmedia:index"), params)
        self.assertEqual(response.status_code, 200)
        return response

    def titles(self, response) -> list[str]:
        return [media.title for media in response.context["media_files"]]

    def test_unfiltered_listing_shows_both_kinds_newest_first(self):
        self.assertEqual(self.titles(self.listing()), [self.video.title, self.audio.title])

    def test_audio_filter_shows_only_audio(self):
        response = self.listing(type="audio")
        self.assertEqual(self.titles(response), [self.audio.title])
        self.assertContains(response, 'aria-current="true"', count=1)

    def test_video_filter_shows_only_video(self):
        self.assertEqual(self.titles(self.listing(type="video")), [self.video.title])

    def test_unknown_kind_is_ignored_rather_than_an_error(self):
        self.assertEqual(len(self.titles(self.listing(type="podcast"))), 2)

    def test_filter_combines_with_search(self):
        self.assertEqual(self.titles(self.listing(type="audio", q="ενέργεια")), [])
        self.assertEqual(self.titles(self.listing(type="video", q="ενέργεια")), [self.video.title])

    def test_rows_show_format_length_and_size(self):
        response = self.listing(type="audio")
        self.assertContains(response, "(MP3)")
        self.assertContains(response, "0:03")
        self.assertContains(response, "KB")

    def test_sort_links_keep_the_kind_filter(self):
        response = self.listing(type="video")
        self.assertContains(response, "type=video&amp;ordering=title")

    def test_ajax_search_returns_only_the_results_fragment(self):
        response = self.client.get(
            reverse("wagtailmedia:index"),
            {"q": "συνεταιρισμούς"},
            headers={"x-requested-with": "XMLHttpRequest"},
        )
        self.assertTemplateUsed(response, "wagtailmedia/media/results.html")
        self.assertTemplateNotUsed(response, "wagtailmedia/media/index.html")
        self.assertEqual(self.titles(response), [self.audio.title])

    def test_people_without_media_permissions_are_turned_away(self):
        outsider = get_user_model().objects.create_user("reader", password="pass")
        self.client.force_login(outsider)
        response = self.client.get(reverse("wagtailmedia:index"))
        self.assertEqual(response.status_code, 302)
        self.assertIn(reverse("wagtailadmin_login"), response["Location"])
