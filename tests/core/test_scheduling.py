"""Scheduled publishing and expiry (go_live_at / expire_at), carried out by `manage.py publish_scheduled`
(docker-compose's "scheduler" service runs it every minute): what listings, feeds, search, the API and
the sitemap show before and after."""

from __future__ import annotations

from datetime import timedelta
from unittest import mock

from django.core.cache import cache
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page

from tests.core.test_roles import RoleTestCase, page_form
from tests.news import builders as news_builders

SCHEDULED_TITLE = "Εκδήλωση για την κοινωνική καινοτομία"
SCHEDULED_WORD = "καινοτομία"


def run_scheduler_at(moment) -> None:
    """Run the scheduler as if the clock showed ``moment``."""
    with mock.patch("django.utils.timezone.now", return_value=moment):
        call_command("publish_scheduled")


class SchedulingTestCase(RoleTestCase):
    def setUp(self):
        cache.clear()  # feeds are cached per language
        self.index = news_builders.news_index(self.home_el)
        self.other = news_builders.article(self.index, title="Παλαιότερο άρθρο", slug="palaiotero")

    def visible_in(self) -> dict[str, bool]:
        """Where a reader (or an app) can see the article with SCHEDULED_TITLE right now."""
        api = self.client.get("/api/v2/pages/?type=news.ArticlePage&fields=title&limit=100").json()
        return {
            "listing": SCHEDULED_TITLE in self.client.get("/el/nea/").content.decode(),
            "rss": SCHEDULED_TITLE in self.client.get("/el/nea/feed/").content.decode(),
            "atom": SCHEDULED_TITLE in self.client.get("/el/nea/feed/atom/").content.decode(),
            # The results page marks the matched words, so look for the article's address.
            "search": "/el/nea/ekdilosi/"
            in self.client.get("/el/search/", {"q": SCHEDULED_WORD}).content.decode(),
            "api": any(item["title"] == SCHEDULED_TITLE for item in api["items"]),
            "api search": bool(self.client.get("/api/v2/pages/", {"search": SCHEDULED_WORD}).json()["items"]),
            "sitemap": "/el/nea/ekdilosi/" in self.client.get("/sitemap.xml").content.decode(),
        }

    def assert_visible_everywhere(self, visible: bool):
        seen = self.visible_in()
        self.assertEqual(seen, dict.fromkeys(seen, visible))


class ScheduledPublishingTests(SchedulingTestCase):
    def schedule(self, go_live_at):
        page = news_builders.article(self.index, title=SCHEDULED_TITLE, slug="ekdilosi", live=False)
        page.go_live_at = go_live_at
        page.save_revision().publish()
        return Page.objects.get(pk=page.pk)

    def test_a_scheduled_article_is_nowhere_until_its_time_then_everywhere(self):
        go_live_at = timezone.now() + timedelta(hours=1)
        page = self.schedule(go_live_at)
        self.assertFalse(page.live)
        self.assertIsNotNone(page.scheduled_revision)
        self.assert_visible_everywhere(False)

        run_scheduler_at(go_live_at - timedelta(minutes=1))
        self.assert_visible_everywhere(False)

        run_scheduler_at(go_live_at + timedelta(minutes=1))
        self.assertTrue(Page.objects.get(pk=page.pk).live)
        self.assert_visible_everywhere(True)

    def test_a_moderator_schedules_an_editors_article_by_approving_it(self):
        draft = news_builders.article(self.index, title=SCHEDULED_TITLE, slug="ekdilosi", live=False)
        go_live_at = timezone.localtime() + timedelta(days=1)
        self.client.force_login(self.editor)
        self.client.post(
            reverse("wagtailadmin_pages:edit", args=[draft.pk]),
            {
                **page_form(draft, title=SCHEDULED_TITLE, **{"action-submit": "1"}),
                "body-count": "0",
                "go_live_at": go_live_at.strftime("%Y-%m-%d %H:%M"),
                "author_links-TOTAL_FORMS": "0",
                "author_links-INITIAL_FORMS": "0",
                "topic_links-TOTAL_FORMS": "0",
                "topic_links-INITIAL_FORMS": "0",
                "related_article_links-TOTAL_FORMS": "0",
                "related_article_links-INITIAL_FORMS": "0",
            },
        )
        task_state = draft.current_workflow_task_state
        self.assertIsNotNone(task_state, "the editor's submission did not start the workflow")

        self.client.force_login(self.moderator)
        self.client.post(
            reverse("wagtailadmin_pages:workflow_action", args=[draft.pk, "approve", task_state.pk]),
            {"comment": ""},
        )
        page = Page.objects.get(pk=draft.pk)
        self.assertFalse(page.live)
        self.assertEqual(
            page.scheduled_revision.approved_go_live_at, go_live_at.replace(second=0, microsecond=0)
        )
        self.assert_visible_everywhere(False)

        run_scheduler_at(go_live_at + timedelta(minutes=1))
        self.assert_visible_everywhere(True)


class ExpiryTests(SchedulingTestCase):
    def test_an_expired_article_leaves_listings_feeds_search_api_and_sitemap(self):
        expire_at = timezone.now() + timedelta(hours=1)
        page = news_builders.article(self.index, title=SCHEDULED_TITLE, slug="ekdilosi", expire_at=expire_at)
        self.assert_visible_everywhere(True)

        run_scheduler_at(expire_at + timedelta(minutes=1))
        page = Page.objects.get(pk=page.pk)
        self.assertFalse(page.live)
        self.assertTrue(page.expired)
        self.assert_visible_everywhere(False)
        self.assertEqual(self.client.get("/el/nea/ekdilosi/").status_code, 404)
        # The rest of the section is untouched.
        self.assertContains(self.client.get("/el/nea/"), "Παλαιότερο άρθρο")

    def test_past_its_expiry_an_article_is_hidden_even_before_the_scheduler_runs(self):
        expire_at = timezone.now() + timedelta(hours=1)
        news_builders.article(self.index, title=SCHEDULED_TITLE, slug="ekdilosi", expire_at=expire_at)
        with mock.patch("django.utils.timezone.now", return_value=expire_at + timedelta(seconds=30)):
            visible = self.visible_in()
        self.assertEqual(visible, dict.fromkeys(visible, False))
