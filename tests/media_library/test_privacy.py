"""An episode whose file lies in a collection with view restrictions: the public sees the page without a
player, transcript or chapter links; people the restriction admits play it; feeds and the API leave the
file out."""

from django.contrib.auth import get_user_model
from wagtail.models import Collection, CollectionViewRestriction

from core.api import restricted_collection_ids
from tests.media_library import builders
from tests.testcases import HubPageTestCase


class RestrictedRecordingTests(HubPageTestCase):
    def setUp(self):
        members = Collection.get_first_root_node().add_child(name="Μόνο για μέλη")
        self.minutes = members.add_child(name="Πρακτικά")
        CollectionViewRestriction.objects.create(
            collection=members, restriction_type=CollectionViewRestriction.LOGIN
        )
        media = builders.mp3_asset(title="Συνέλευση")
        media.collection = self.minutes
        media.save()
        builders.transcript(media)
        show = builders.show(builders.show_index(self.home_el), artwork=builders.artwork(1400))
        self.episode = builders.episode(
            show, slug="synelefsi", title="Η συνέλευση", media=media, chapters=[(0, "Αρχή"), (1, "Ψηφοφορία")]
        )
        self.media = media

    def test_the_public_sees_a_notice_instead_of_a_player(self):
        response = self.client.get(self.episode.url)
        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, "<audio")
        self.assertNotContains(response, self.media.url)
        self.assertNotContains(response, "Σήμερα μιλάμε για συνεταιρισμούς.")  # the transcript
        self.assertContains(response, 'class="notice"')
        embed = self.client.get(f"{self.episode.url}embed/")
        self.assertNotContains(embed, "<audio")

    def test_people_the_restriction_admits_play_it(self):
        self.client.force_login(get_user_model().objects.create_user("melos", password="pass"))
        response = self.client.get(self.episode.url)
        self.assertContains(response, f'<source src="{self.media.url}" type="audio/mpeg">', html=True)
        self.assertContains(response, "Ψηφοφορία")
        self.assertNotContains(response, 'class="notice"')

    def test_an_article_playing_it_shows_the_public_a_notice_and_feeds_leave_it_out(self):
        from tests.news.builders import article, news_index

        page = article(
            news_index(self.home_el),
            title="Πρακτικά",
            slug="praktika",
            body=[("media", {"media": self.media, "title": "", "caption": ""})],
        )
        response = self.client.get(page.url)
        self.assertNotContains(response, "<audio")
        self.assertContains(response, 'class="notice"')
        self.assertNotContains(self.client.get("/el/nea/feed/"), self.media.url)
        self.client.force_login(get_user_model().objects.create_user("melos", password="pass"))
        self.assertContains(self.client.get(page.url), "<audio")

    def test_the_api_leaves_the_file_out_for_the_public(self):
        data = self.client.get(f"/api/v2/pages/{self.episode.pk}/").json()
        self.assertIsNone(data["media"])

    def test_restrictions_cover_the_collection_tree(self):
        anonymous = restricted_collection_ids(None)
        self.assertIn(self.minutes.pk, anonymous)
        self.assertNotIn(Collection.get_first_root_node().pk, anonymous)
        self.client.force_login(get_user_model().objects.create_user("melos", password="pass"))
        member = self.client.get("/el/").wsgi_request
        self.assertEqual(restricted_collection_ids(member), set())
