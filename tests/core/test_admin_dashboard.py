"""The admin for the newsroom: Greek by default, dashboard panels, searchable and filterable listings."""

from __future__ import annotations

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.users.models import UserProfile

from core.localize import translate_with_strings
from core.models import Person, Topic
from tests.core.test_roles import RoleTestCase
from tests.media_library.builders import episode, mp3_asset, show, show_index


class AdminLanguageTests(RoleTestCase):
    def test_the_admin_is_greek_for_a_user_without_a_language_preference(self):
        self.client.force_login(self.editor)
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertContains(response, '<html lang="el"')
        self.assertContains(response, "Πίνακας ελέγχου")

    def test_a_greek_browser_gets_greek_whatever_the_default(self):
        self.client.force_login(self.editor)
        response = self.client.get(reverse("wagtailadmin_home"), HTTP_ACCEPT_LANGUAGE="el-GR,el;q=0.9")
        self.assertContains(response, "Πίνακας ελέγχου")

    def test_a_user_may_switch_the_admin_to_english(self):
        profile = UserProfile.get_for_user(self.translator)
        profile.preferred_language = "en"
        profile.save()
        self.client.force_login(self.translator)
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertContains(response, '<html lang="en"')
        self.assertContains(response, "Dashboard")


class RecentEpisodesPanelTests(RoleTestCase):
    def setUp(self):
        radio = show_index(self.home_el)
        self.show = show(radio)
        self.live = episode(self.show, slug="proto", title="Πρώτο επεισόδιο", media=mp3_asset())
        self.draft = episode(self.show, slug="deytero", title="Δεύτερο επεισόδιο", publish_now=False)

    def test_editors_see_the_latest_episodes_drafts_included(self):
        self.client.force_login(self.editor)
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertContains(response, 'id="recent-episodes-section"')
        self.assertContains(response, reverse("wagtailadmin_pages:edit", args=[self.live.pk]))
        self.assertContains(response, reverse("wagtailadmin_pages:edit", args=[self.draft.pk]))

    def test_translators_see_no_greek_episodes(self):
        self.client.force_login(self.translator)
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertNotContains(response, 'id="recent-episodes-section"')

    def dashboard_queries(self) -> int:
        self.client.get(reverse("wagtailadmin_home"))  # warm per-process caches
        with CaptureQueriesContext(connection) as queries:
            self.client.get(reverse("wagtailadmin_home"))
        return len(queries)

    def test_the_dashboard_query_count_does_not_grow_with_the_number_of_episodes(self):
        self.client.force_login(self.editor)
        few = self.dashboard_queries()
        for n in range(4):
            episode(self.show, slug=f"extra-{n}", title=f"Επιπλέον {n}", publish_now=False)
        # At most as many: a cached site lookup can make the second measurement one query cheaper.
        self.assertLessEqual(self.dashboard_queries(), few)


class ListingSearchAndFilterTests(RoleTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.topic = Topic.objects.create(name="Κοινωνικοί συνεταιρισμοί", slug="synetairismoi", locale=cls.el)
        Topic.objects.create(name="Ψηφιακά εργαλεία", slug="psifiaka-ergaleia", locale=cls.el)
        translate_with_strings(
            instance=cls.topic,
            locale=cls.en,
            strings={
                "Κοινωνικοί συνεταιρισμοί": "Social cooperatives",
                "synetairismoi": "social-cooperatives",
            },
        )
        Person.objects.create(name="Ελένη Μαρκοπούλου", role="Παρουσιάστρια", locale=cls.el)
        Person.objects.create(name="Νίκος Αθανασίου", role="Συντάκτης", locale=cls.el)

    def setUp(self):
        self.client.force_login(self.editor)

    def test_topics_are_searchable(self):
        response = self.client.get(reverse("wagtailsnippets_core_topic:list"), {"q": "συνεταιρισμοί"})
        self.assertContains(response, "Κοινωνικοί συνεταιρισμοί")
        self.assertNotContains(response, "Ψηφιακά εργαλεία")

    def test_topics_are_filterable_by_language(self):
        english = self.client.get(reverse("wagtailsnippets_core_topic:list"), {"locale": "en"})
        self.assertContains(english, "Social cooperatives")
        self.assertNotContains(english, "Ψηφιακά εργαλεία")

    def test_people_are_searchable_by_name_and_role(self):
        by_name = self.client.get(reverse("wagtailsnippets_core_person:list"), {"q": "Ελένη"})
        self.assertContains(by_name, "Ελένη Μαρκοπούλου")
        self.assertNotContains(by_name, "Νίκος Αθανασίου")
        by_role = self.client.get(reverse("wagtailsnippets_core_person:list"), {"q": "Συντάκτης"})
        self.assertContains(by_role, "Νίκος Αθανασίου")
        self.assertNotContains(by_role, "Ελένη Μαρκοπούλου")

    def test_media_files_are_searchable(self):
        mp3_asset(title="Συνέντευξη για την ενέργεια")
        mp3_asset(title="Ρεπορτάζ από τη Θεσσαλονίκη")
        response = self.client.get(reverse("wagtailmedia:index"), {"q": "ενέργεια"})
        self.assertContains(response, "Συνέντευξη για την ενέργεια")
        self.assertNotContains(response, "Ρεπορτάζ από τη Θεσσαλονίκη")
