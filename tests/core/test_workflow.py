"""The Moderation workflow: an editor submits, a moderator approves or requests changes, the page goes live."""

from django.urls import reverse
from wagtail import hooks
from wagtail.models import Page, TaskState, WorkflowPage, WorkflowState

from core.roles import WORKFLOW_NAME, ensure_roles
from home.models import StandardPage
from tests.core.test_roles import RoleTestCase, page_form


class WorkflowPathTests(RoleTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.draft = cls.home_el.add_child(
            instance=StandardPage(title="Πρόσκληση σε εργαστήριο", slug="prosklisi", live=False)
        )
        cls.draft.save_revision()

    def submit_as_editor(self, title="Πρόσκληση σε εργαστήριο"):
        self.client.force_login(self.editor)
        response = self.client.post(
            self.edit_url(self.draft), page_form(self.draft, title=title, **{"action-submit": "1"})
        )
        self.assertEqual(response.status_code, 302)
        return TaskState.objects.get(
            workflow_state__object_id=str(self.draft.pk), status=TaskState.STATUS_IN_PROGRESS
        )

    def act_as(self, user, task_state, action):
        self.client.force_login(user)
        url = reverse("wagtailadmin_pages:workflow_action", args=[self.draft.pk, action, task_state.pk])
        return self.client.post(url, {"comment": "Λίγο πιο σύντομο, παρακαλώ." if action == "reject" else ""})

    def test_submitting_starts_the_moderation_workflow_without_publishing(self):
        task_state = self.submit_as_editor()
        self.assertEqual(task_state.task.name, "Moderators approval")
        self.assertEqual(task_state.workflow_state.workflow.name, "Moderation")
        self.assertFalse(Page.objects.get(pk=self.draft.pk).live)
        self.assertEqual(self.client.get("/el/prosklisi/").status_code, 404)

    def test_the_submission_waits_on_the_moderators_dashboard(self):
        self.submit_as_editor()
        self.client.force_login(self.moderator)
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertContains(response, 'id="awaiting-review-section"')
        self.assertContains(response, "Πρόσκληση σε εργαστήριο")
        # The editor does not review; the panel is only for those who can act on it.
        self.client.force_login(self.editor)
        self.assertNotContains(self.client.get(reverse("wagtailadmin_home")), 'id="awaiting-review-section"')

    def test_approval_by_a_moderator_publishes_the_page(self):
        task_state = self.submit_as_editor(title="Πρόσκληση σε εργαστήριο για νέους")
        response = self.act_as(self.moderator, task_state, "approve")
        self.assertEqual(response.status_code, 302)
        page = Page.objects.get(pk=self.draft.pk)
        self.assertTrue(page.live)
        self.assertEqual(page.title, "Πρόσκληση σε εργαστήριο για νέους")
        self.assertFalse(WorkflowState.objects.filter(object_id=str(page.pk), status="in_progress").exists())
        self.assertContains(self.client.get("/el/prosklisi/"), "Πρόσκληση σε εργαστήριο για νέους")

    def test_requesting_changes_keeps_the_page_unpublished(self):
        task_state = self.submit_as_editor()
        self.act_as(self.moderator, task_state, "reject")
        task_state.refresh_from_db()
        self.assertEqual(task_state.status, TaskState.STATUS_REJECTED)
        self.assertFalse(Page.objects.get(pk=self.draft.pk).live)

    def test_an_editor_cannot_approve_their_own_submission(self):
        task_state = self.submit_as_editor()
        self.act_as(self.editor, task_state, "approve")
        self.assertFalse(Page.objects.get(pk=self.draft.pk).live)
        task_state.refresh_from_db()
        self.assertEqual(task_state.status, TaskState.STATUS_IN_PROGRESS)

    def test_a_translator_cannot_approve(self):
        task_state = self.submit_as_editor()
        self.act_as(self.translator, task_state, "approve")
        self.assertFalse(Page.objects.get(pk=self.draft.pk).live)


class SectionWorkflowTests(RoleTestCase):
    """Each section (news, guides, radio, TV) in each language carries the Moderation workflow itself."""

    def test_every_section_in_both_languages_has_the_moderation_workflow(self):
        from guides.models import GuideIndexPage
        from media_library.models import ShowIndexPage
        from news.models import NewsIndexPage

        sections = []
        for home, suffix in ((self.home_el, ""), (self.home_en, "-en")):
            sections += [
                home.add_child(instance=NewsIndexPage(title="Νέα", slug=f"nea{suffix}")),
                home.add_child(instance=GuideIndexPage(title="Οδηγοί", slug=f"odigoi{suffix}")),
                home.add_child(
                    instance=ShowIndexPage(title="Ραδιόφωνο", slug=f"radio{suffix}", medium="audio")
                ),
                home.add_child(instance=ShowIndexPage(title="Τηλεόραση", slug=f"tv{suffix}", medium="video")),
            ]
        ensure_roles()
        for section in sections:
            assigned = WorkflowPage.objects.get(page=section)
            self.assertEqual(assigned.workflow.name, WORKFLOW_NAME, section)
            self.assertEqual(section.get_workflow().name, WORKFLOW_NAME, section)

    def test_the_demo_seed_step_runs_after_every_apps_content(self):
        steps = hooks.get_hooks("seed_demo_content")
        names = [f"{step.__module__}.{step.__name__}" for step in steps]
        roles_at = names.index("core.roles.seed_roles")
        for content_step in ("news.seed", "guides.seed", "media_library.seed", "home.seed"):
            positions = [i for i, name in enumerate(names) if name.startswith(content_step)]
            self.assertTrue(positions and max(positions) < roles_at, (content_step, names))
