"""Radio/TV pages: tree rules, the player page, its routes, GUIDs, and what listings may show."""

from datetime import timedelta

from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction
from wagtail.test.utils import WagtailPageTestCase, WagtailTestUtils
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from core.localize import translate_with_strings
from home.models import HomePage
from media_library.models import EpisodePage, ShowIndexPage, ShowPage
from media_library.podcasting import podcast_guid
from media_library.services import assign_podcast_guid
from tests.media_library import builders
from tests.testcases import HubPageTestCase

ENGLISH_VTT = b"WEBVTT\n\n00:00.000 --> 00:01.000\nGood evening.\n"


class ShowTreeTests(HubPageTestCase, WagtailPageTestCase):
    def test_tree_rules(self):
        self.assertAllowedParentPageTypes(ShowIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(ShowIndexPage, {ShowPage})
        self.assertAllowedParentPageTypes(ShowPage, {ShowIndexPage})
        self.assertAllowedSubpageTypes(ShowPage, {EpisodePage})
        self.assertAllowedSubpageTypes(EpisodePage, set())

    def test_editor_can_create_a_show_with_square_artwork(self):
        index = builders.show_index(self.home_el)
        art = builders.artwork(1400)
        self.login()
        self.assertCanCreate(
            index,
            ShowPage,
            nested_form_data(
                {
                    "title": "Φωνές",
                    "slug": "fones",
                    "description": rich_text("<p>Συζητήσεις.</p>"),
                    "artwork": art.pk,
                    "medium": "audio",
                    "show_type": "episodic",
                    "author": "ΠΕΣΚΟ",
                    "apple_category": "Business > Non-Profit",
                    "owner_email": "pesko.info@gmail.com",
                }
            ),
        )
        self.assertEqual(ShowPage.objects.get(slug="fones").artwork, art)

    def test_editor_can_create_an_episode_with_chapters(self):
        show = builders.show(builders.show_index(self.home_el))
        media = builders.mp3_asset()
        self.login()
        self.assertCanCreate(
            show,
            EpisodePage,
            nested_form_data(
                {
                    "title": "Πρώτο",
                    "slug": "proto",
                    "media": media.pk,
                    "episode_type": "full",
                    "body": streamfield([("paragraph", rich_text("<p>Σημειώσεις.</p>"))]),
                    "chapters": inline_formset(
                        [{"start": "0:00", "title": "Αρχή"}, {"start": "1:05", "title": "Μετά"}]
                    ),
                }
            ),
        )
        episode = EpisodePage.objects.get(slug="proto")
        self.assertEqual([c.start_seconds for c in episode.chapter_list()], [0.0, 65.0])
        self.assertEqual(episode.chapters.first().locale, self.el)


class ArtworkTests(HubPageTestCase):
    def setUp(self):
        self.index = builders.show_index(self.home_el)

    def test_square_artwork_in_range_is_accepted(self):
        builders.show(self.index, artwork=builders.artwork(1400)).full_clean()

    def test_artwork_must_be_square_and_1400_to_3000_pixels(self):
        for width, height in [(1400, 1000), (1000, 1000), (3200, 3200)]:
            with self.subTest(size=(width, height)), self.assertRaises(ValidationError) as caught:
                ShowPage(
                    title="x",
                    slug="x",
                    description="<p>x</p>",
                    author="x",
                    artwork=builders.artwork(width, height),
                ).clean()
            self.assertIn("artwork", caught.exception.message_dict)


class EpisodePageTests(HubPageTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.index = builders.show_index(cls.home_el)
        cls.show = builders.show(
            cls.index, apple_podcasts_url="https://podcasts.apple.com/gr/podcast/id1", spotify_url=""
        )
        cls.media = builders.mp3_asset()
        builders.transcript(cls.media)
        cls.episode = builders.episode(
            cls.show,
            slug="proto",
            title="Πρώτο επεισόδιο",
            media=cls.media,
            chapters=[(0, "Αρχή"), (1.5, "Συνέχεια")],
        )

    def get(self, suffix=""):
        return self.client.get(self.episode.url + suffix)

    def test_player_has_the_file_and_greek_captions(self):
        response = self.get()
        self.assertContains(response, f'<source src="{self.media.url}" type="audio/mpeg">', html=True)
        track = self.media.transcripts.get()
        self.assertContains(
            response,
            f'<track kind="captions" src="{track.file.url}" srclang="el" label="Ελληνικά" default>',
            html=True,
        )

    def test_transcript_is_readable_text_with_times(self):
        response = self.get()
        self.assertContains(response, "<strong>Ελένη:</strong> Καλησπέρα σας.", html=True)
        self.assertContains(response, "Σήμερα μιλάμε για συνεταιρισμούς.")

    def test_chapter_links_work_without_javascript_and_seek_with_it(self):
        response = self.get()
        self.assertContains(
            response,
            f'<a href="{self.media.url}#t=1.500" data-seek="1.500" data-player="episode-player">Συνέχεια</a>',
            html=True,
        )
        self.assertContains(response, "js/player.js")

    def test_download_link_names_format_and_size(self):
        self.assertContains(self.get(), "(MP3, 31,4")

    def test_subscribe_links_are_the_feed_and_configured_directories(self):
        response = self.get()
        self.assertContains(response, f'href="http://testserver{self.show.url}feed/"')
        self.assertContains(response, "https://podcasts.apple.com/gr/podcast/id1")
        self.assertNotContains(response, ">Spotify<")

    def test_only_the_embed_route_may_be_framed(self):
        self.assertEqual(self.get()["X-Frame-Options"], "DENY")
        embed = self.get("embed/")
        self.assertEqual(embed.status_code, 200)
        self.assertNotIn("X-Frame-Options", embed)
        self.assertEqual(embed["Content-Security-Policy"], "frame-ancestors *")
        self.assertContains(embed, "<audio")

    def test_chapters_json_follows_podcasting_2_0(self):
        response = self.get("chapters.json")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "application/json+chapters")
        self.assertEqual(response["Access-Control-Allow-Origin"], "*")
        self.assertEqual(
            response.json(),
            {
                "version": "1.2.0",
                "chapters": [{"startTime": 0.0, "title": "Αρχή"}, {"startTime": 1.5, "title": "Συνέχεια"}],
            },
        )

    def test_chapters_json_of_a_draft_is_404(self):
        draft = builders.episode(self.show, slug="draft", publish_now=False)
        self.assertEqual(self.client.get(draft.url + "chapters.json").status_code, 404)

    def test_show_and_section_pages_list_the_episode(self):
        self.assertContains(self.client.get(self.show.url), "Πρώτο επεισόδιο")
        self.assertContains(self.client.get(self.index.url), "Πρώτο επεισόδιο")


class GuidTests(HubPageTestCase, WagtailTestUtils):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.show = builders.show(builders.show_index(cls.home_el))

    def test_episode_guid_is_stable_across_edits_and_publishing(self):
        episode = builders.episode(self.show, slug="e1")
        guid = episode.guid
        self.assertRegex(guid, r"^[0-9a-f-]{36}$")
        episode.title = "Νέος τίτλος"
        episode.save_revision().publish()
        self.login()
        response = self.client.post(
            f"/admin/pages/{episode.pk}/edit/",
            nested_form_data(
                {
                    "title": "Από τη φόρμα",
                    "slug": "e1",
                    "episode_type": "full",
                    "body": streamfield([]),
                    "chapters": inline_formset([]),
                    "action-publish": "publish",
                }
            ),
        )
        self.assertEqual(response.status_code, 302)
        episode.refresh_from_db()
        self.assertEqual(episode.title, "Από τη φόρμα")
        self.assertEqual(episode.guid, guid)
        self.assertEqual(episode.get_latest_revision_as_object().guid, guid)

    def test_a_copy_gets_a_fresh_guid_that_survives_publishing_its_revisions(self):
        episode = builders.episode(self.show, slug="e1")
        copy = episode.copy(update_attrs={"slug": "e1-copy", "title": "Αντίγραφο"}, keep_live=False).specific
        self.assertNotEqual(copy.guid, episode.guid)
        copy.get_latest_revision().publish()
        copy.refresh_from_db()
        self.assertNotEqual(copy.guid, episode.guid)
        for revision in copy.revisions.all():
            self.assertEqual(revision.as_object().guid, copy.guid)

    def test_a_copy_made_in_the_admin_gets_a_fresh_guid(self):
        episode = builders.episode(self.show, slug="e1")
        self.login()
        self.client.post(
            f"/admin/pages/{episode.pk}/copy/",
            {
                "new_title": "Αντίγραφο",
                "new_slug": "antigrafo",
                "new_parent_page": self.show.pk,
                "publish_copy": "on",
            },
        )
        copy = EpisodePage.objects.get(slug="antigrafo")
        copy.get_latest_revision().publish()
        copy.refresh_from_db()
        self.assertNotEqual(copy.guid, episode.guid)

    def test_a_translation_is_another_feed_item_with_its_own_lasting_guid(self):
        self.translate_show()
        episode = builders.episode(self.show, slug="e1", title="Πρώτο")
        strings = {"Πρώτο": "First", "e1": "e1-en"}
        english = translate_with_strings(instance=episode, locale=self.en, strings=strings)
        self.assertNotEqual(english.guid, episode.guid)
        guid = english.guid
        episode.title = "Πρώτο"
        episode.save_revision().publish()
        english = translate_with_strings(instance=episode, locale=self.en, strings=strings)
        self.assertEqual(english.guid, guid)

    def translate_show(self):
        index = self.show.get_parent().specific
        translate_with_strings(
            instance=index, locale=self.en, strings={"Ραδιόφωνο": "Radio", "radiofono": "radio"}
        )
        translate_with_strings(
            instance=self.show,
            locale=self.en,
            strings={"Φωνές": "Voices", "fones": "voices", "Μια εκπομπή.": "A show.", "ΠΕΣΚΟ": "PESKO"},
        )

    def test_podcast_guid_comes_from_the_feed_address_once(self):
        guid = self.show.get_podcast_guid()
        self.assertEqual(guid, podcast_guid(f"http://testserver{self.show.url}feed/"))
        self.show.slug = "alla"
        self.show.save_revision().publish()
        self.show.refresh_from_db()
        self.assertEqual(self.show.podcast_guid, guid)

    def test_podcast_guid_is_not_assigned_to_a_draft_and_not_copied(self):
        draft = self.show.get_parent().add_child(
            instance=ShowPage(
                title="Πρόχειρο", slug="proxeiro", description="<p>x</p>", author="x", live=False
            )
        )
        self.assertEqual(assign_podcast_guid(show=draft), "")
        self.show.get_podcast_guid()
        copy = self.show.copy(update_attrs={"slug": "fones-2", "title": "Φωνές 2"}).specific
        self.assertEqual(copy.podcast_guid, "")
        self.assertNotEqual(copy.get_podcast_guid(), self.show.podcast_guid)

    def test_english_show_has_its_own_podcast_guid(self):
        self.translate_show()
        english = self.show.get_translation(self.en).specific
        self.assertEqual(english.get_podcast_guid(), podcast_guid(f"testserver{english.url}feed"))
        self.assertNotEqual(english.podcast_guid, self.show.get_podcast_guid())


class ListingVisibilityTests(HubPageTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.index = builders.show_index(cls.home_el)
        cls.show = builders.show(cls.index)
        cls.public = builders.episode(cls.show, slug="public", title="Δημόσιο επεισόδιο")
        cls.draft = builders.episode(cls.show, slug="draft", title="Πρόχειρο επεισόδιο", publish_now=False)
        cls.future = builders.episode(cls.show, slug="future", title="Μελλοντικό επεισόδιο")
        EpisodePage.objects.filter(pk=cls.future.pk).update(
            first_published_at=timezone.now() + timedelta(days=3)
        )
        cls.scheduled = builders.episode(
            cls.show, slug="scheduled", title="Προγραμματισμένο", publish_now=False
        )
        cls.scheduled.go_live_at = timezone.now() + timedelta(days=1)
        cls.scheduled.save_revision().publish()
        cls.private = builders.episode(cls.show, slug="private", title="Ιδιωτικό επεισόδιο")
        restriction = PageViewRestriction.objects.create(page=cls.private, restriction_type="groups")
        restriction.groups.set([Group.objects.get_or_create(name="Staff")[0]])

    def test_listings_show_only_released_public_episodes(self):
        for url in [self.show.url, self.index.url, self.home_el.url]:
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertContains(response, "Δημόσιο επεισόδιο")
                for hidden in [
                    "Πρόχειρο επεισόδιο",
                    "Μελλοντικό επεισόδιο",
                    "Προγραμματισμένο",
                    "Ιδιωτικό επεισόδιο",
                ]:
                    self.assertNotContains(response, hidden)

    def test_unpublished_episode_pages_are_not_served(self):
        self.assertFalse(self.scheduled.live)
        for page in [self.draft, self.scheduled]:
            with self.subTest(page=page.slug):
                path = f"/el/{self.index.slug}/{self.show.slug}/{page.slug}/"
                self.assertEqual(self.client.get(path).status_code, 404)
                self.assertEqual(self.client.get(path + "embed/").status_code, 404)

    def test_show_page_queries_do_not_grow_with_episodes(self):
        def count():
            with CaptureQueriesContext(self.connection) as queries:
                self.assertEqual(self.client.get(self.show.url).status_code, 200)
            return len(queries)

        before = count()
        for number in range(4):
            builders.episode(self.show, slug=f"more-{number}", media=builders.mp3_asset(f"m{number}"))
        self.assertEqual(count(), before)

    @property
    def connection(self):
        from django.db import connection

        return connection


class TranslationTests(HubPageTestCase):
    def test_english_episode_translates_chapters_and_puts_english_captions_first(self):
        index = builders.show_index(self.home_el)
        show = builders.show(index)
        media = builders.mp3_asset()
        builders.transcript(media)
        builders.transcript(media, language="en", data=ENGLISH_VTT)
        episode = builders.episode(show, slug="e1", title="Πρώτο", media=media, chapters=[(0, "Αρχή")])
        translate_with_strings(
            instance=index, locale=self.en, strings={"Ραδιόφωνο": "Radio", "radiofono": "radio"}
        )
        translate_with_strings(
            instance=show,
            locale=self.en,
            strings={"Φωνές": "Voices", "fones": "voices", "Μια εκπομπή.": "A show.", "ΠΕΣΚΟ": "PESKO"},
        )
        english = translate_with_strings(
            instance=episode, locale=self.en, strings={"Πρώτο": "First", "e1": "first", "Αρχή": "Start"}
        )
        self.assertEqual(english.media_id, media.pk)
        response = self.client.get(english.url)
        self.assertContains(response, ">Start</a>")
        self.assertContains(response, '<track kind="captions" src', count=2)
        self.assertContains(response, 'srclang="en" label="English" default')
        self.assertEqual(
            self.client.get(english.url + "chapters.json").json()["chapters"][0]["title"], "Start"
        )


class AliasTests(HubPageTestCase, WagtailTestUtils):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.index = builders.show_index(cls.home_el)
        cls.show = builders.show(cls.index)

    def test_an_alias_mirrors_its_original_including_the_guid(self):
        episode = builders.episode(self.show, slug="e1")
        other_show = builders.show(self.index, slug="alli", title="Άλλη")
        alias = episode.create_alias(parent=other_show, update_slug="e1-alias").specific
        self.assertEqual(alias.guid, episode.guid)
        episode.title = "Αλλαγμένο"
        episode.save_revision().publish()
        alias.refresh_from_db()
        self.assertEqual((alias.title, alias.guid), ("Αλλαγμένο", episode.guid))

    def test_an_alias_converted_in_the_admin_gets_its_own_guid(self):
        episode = builders.episode(self.show, slug="e1")
        alias = episode.create_alias(parent=builders.show(self.index, slug="alli"), update_slug="e1-alias")
        self.login()
        response = self.client.post(f"/admin/pages/{alias.pk}/convert_alias/")
        self.assertEqual(response.status_code, 302)
        alias = EpisodePage.objects.get(pk=alias.pk)
        self.assertIsNone(alias.alias_of_id)
        self.assertNotEqual(alias.guid, episode.guid)
        episode.refresh_from_db()
        episode.save_revision().publish()
        self.assertEqual(EpisodePage.objects.get(pk=episode.pk).guid, episode.guid)

    def test_a_synchronised_alias_translated_later_gets_its_own_guid(self):
        translate_with_strings(
            instance=self.index, locale=self.en, strings={"Ραδιόφωνο": "Radio", "radiofono": "radio"}
        )
        translate_with_strings(
            instance=self.show,
            locale=self.en,
            strings={"Φωνές": "Voices", "fones": "voices", "Μια εκπομπή.": "A show.", "ΠΕΣΚΟ": "PESKO"},
        )
        episode = builders.episode(self.show, slug="e1", title="Πρώτο")
        alias = episode.copy_for_translation(self.en, alias=True)
        self.assertEqual(alias.specific.guid, episode.guid)
        english = translate_with_strings(
            instance=episode, locale=self.en, strings={"Πρώτο": "First", "e1": "first"}
        )
        self.assertEqual(english.pk, alias.pk)
        self.assertIsNone(english.alias_of_id)
        self.assertNotEqual(english.guid, episode.guid)
        episode.refresh_from_db()
        self.assertEqual(EpisodePage.objects.get(pk=episode.pk).guid, episode.guid)

    def test_a_show_alias_converted_in_the_admin_gets_its_own_podcast_guid(self):
        original_guid = self.show.get_podcast_guid()
        tv = builders.show_index(self.home_el, slug="tileorasi", medium="video", title="Τηλεόραση")
        alias = self.show.create_alias(parent=tv, update_slug="fones-tv")
        self.assertEqual(alias.specific.podcast_guid, original_guid)
        self.login()
        self.client.post(f"/admin/pages/{alias.pk}/convert_alias/")
        converted = ShowPage.objects.get(pk=alias.pk)
        self.assertEqual(converted.podcast_guid, podcast_guid(f"testserver{converted.url}feed"))
        self.assertEqual(ShowPage.objects.get(pk=self.show.pk).podcast_guid, original_guid)
