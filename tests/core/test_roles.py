"""Editors, Moderators and Translators: what each may do in the admin (core.roles)."""

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import (
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)
from wagtail.permissions import policy_registry
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from core.localize import translate_with_strings
from core.models import Topic
from core.roles import EDITORS, MODERATORS, TRANSLATORS, WORKFLOW_NAME, ensure_roles
from home.models import StandardPage
from tests.testcases import HubPageTestCase

PASSWORD = "role-test-password"


def make_user(username: str, group_name: str | None):
    user = get_user_model().objects.create_user(username=username, password=PASSWORD)
    if group_name:
        user.groups.add(Group.objects.get(name=group_name))
    return user


def page_form(page, **changes) -> dict:
    """The admin edit form of a StandardPage, as a browser would post it."""
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "summary": page.summary,
            "body": streamfield([]),
            "comments": inline_formset([]),
            **changes,
        }
    )


class RoleTestCase(HubPageTestCase):
    """Greek and English homes with an "About" page in both languages, the roles and one user each."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        ensure_roles()
        cls.about_el = cls.home_el.add_child(instance=StandardPage(title="Σχετικά", slug="sxetika"))
        cls.about_el.save_revision().publish()
        cls.about_en = translate_with_strings(
            instance=cls.about_el, locale=cls.en, strings={"Σχετικά": "About", "sxetika": "about"}
        )
        cls.editor = make_user("editor", EDITORS)
        cls.moderator = make_user("moderator", MODERATORS)
        cls.translator = make_user("translator", TRANSLATORS)

    def edit_url(self, page) -> str:
        return reverse("wagtailadmin_pages:edit", args=[page.pk])


class EnsureRolesTests(RoleTestCase):
    def snapshot(self):
        return (
            sorted(Group.objects.values_list("name", flat=True)),
            sorted(GroupPagePermission.objects.values_list("group__name", "page_id", "permission__codename")),
            sorted(
                GroupCollectionPermission.objects.values_list(
                    "group__name", "collection_id", "permission__codename"
                )
            ),
            sorted(Group.objects.values_list("name", "permissions__codename")),
            sorted(WorkflowPage.objects.values_list("page_id", "workflow__name")),
            sorted(WorkflowTask.objects.values_list("workflow__name", "task__name")),
        )

    def test_running_it_again_changes_nothing(self):
        before = self.snapshot()
        ensure_roles()
        ensure_roles()
        self.assertEqual(self.snapshot(), before)

    def test_the_three_groups_exist_with_admin_access(self):
        for name in (EDITORS, MODERATORS, TRANSLATORS):
            group = Group.objects.get(name=name)
            self.assertTrue(group.permissions.filter(codename="access_admin").exists(), name)

    def test_wagtail_default_root_page_permissions_are_replaced_by_the_locale_homes(self):
        root = Page.get_first_root_node()
        self.assertFalse(GroupPagePermission.objects.filter(page=root).exists())
        pages = set(GroupPagePermission.objects.filter(group__name=EDITORS).values_list("page_id", flat=True))
        self.assertEqual(pages, {self.home_el.pk, self.home_en.pk})

    def test_permissions_granted_by_hand_outside_the_definition_are_removed(self):
        editors = Group.objects.get(name=EDITORS)
        publish = GroupPagePermission.objects.filter(permission__codename="publish_page").first().permission
        GroupPagePermission.objects.create(group=editors, page=self.home_el, permission=publish)
        ensure_roles()
        self.assertFalse(self.about_el.permissions_for_user(self.editor).can_publish())

    def test_every_locale_home_carries_the_moderation_workflow(self):
        for home in (self.home_el, self.home_en):
            self.assertEqual(home.get_workflow().name, WORKFLOW_NAME)
        # Pages below inherit it.
        self.assertEqual(self.about_el.get_workflow().name, WORKFLOW_NAME)

    def test_the_workflow_has_one_approval_task_for_moderators(self):
        workflow = Workflow.objects.get(name=WORKFLOW_NAME)
        tasks = [wt.task.specific for wt in workflow.workflow_tasks.all()]
        self.assertEqual(len(tasks), 1)
        self.assertEqual(list(tasks[0].groups.values_list("name", flat=True)), [MODERATORS])

    def test_a_section_added_later_gets_the_workflow_when_roles_are_ensured_again(self):
        from media_library.models import ShowIndexPage

        radio = self.home_el.add_child(instance=ShowIndexPage(title="Ραδιόφωνο", slug="radiofono"))
        ensure_roles()
        self.assertTrue(WorkflowPage.objects.filter(page=radio, workflow__name=WORKFLOW_NAME).exists())


class EditorTests(RoleTestCase):
    def test_editor_may_add_and_edit_pages_in_both_languages_but_not_publish(self):
        for page in (self.about_el, self.about_en):
            perms = page.permissions_for_user(self.editor)
            self.assertTrue(perms.can_edit(), page)
            self.assertFalse(perms.can_publish(), page)
            self.assertTrue(perms.can_submit_for_moderation(), page)
        self.assertTrue(self.home_el.permissions_for_user(self.editor).can_add_subpage())

    def test_an_editors_publish_request_only_saves_a_draft(self):
        self.client.force_login(self.editor)
        response = self.client.post(
            self.edit_url(self.about_el),
            page_form(self.about_el, title="Νέος τίτλος", **{"action-publish": "1"}),
        )
        self.assertEqual(response.status_code, 302)
        page = Page.objects.get(pk=self.about_el.pk)
        self.assertEqual(page.title, "Σχετικά")
        self.assertTrue(page.has_unpublished_changes)
        self.assertEqual(page.get_latest_revision_as_object().title, "Νέος τίτλος")
        self.assertEqual(self.client.get("/el/sxetika/").status_code, 200)
        self.assertNotContains(self.client.get("/el/sxetika/"), "Νέος τίτλος")

    def test_editor_may_upload_images_documents_and_media(self):
        for model_label in ("media_library.CustomImage", "wagtaildocs.Document", "media_library.MediaAsset"):
            policy = policy_registry.get_by_type(apps.get_model(model_label))
            self.assertTrue(policy.user_has_permission(self.editor, "add"), model_label)
            self.assertTrue(policy.user_has_permission(self.editor, "change"), model_label)

    def test_editor_may_create_and_edit_topics_and_people(self):
        self.assertTrue(self.editor.has_perm("core.add_topic"))
        self.assertTrue(self.editor.has_perm("core.change_person"))
        self.assertFalse(self.editor.has_perm("core.delete_topic"))


class ModeratorTests(RoleTestCase):
    def test_moderator_may_publish_lock_and_unpublish_in_both_languages(self):
        for page in (self.about_el, self.about_en):
            perms = page.permissions_for_user(self.moderator)
            self.assertTrue(perms.can_publish(), page)
            self.assertTrue(perms.can_unpublish(), page)
            self.assertTrue(perms.can_lock(), page)

    def test_a_moderators_publish_request_goes_live(self):
        self.client.force_login(self.moderator)
        response = self.client.post(
            self.edit_url(self.about_el),
            page_form(self.about_el, title="Ποιοι είμαστε", **{"action-publish": "1"}),
        )
        self.assertEqual(response.status_code, 302)
        self.assertEqual(Page.objects.get(pk=self.about_el.pk).title, "Ποιοι είμαστε")
        self.assertContains(self.client.get("/el/sxetika/"), "Ποιοι είμαστε")

    def test_moderator_may_delete_images(self):
        policy = policy_registry.get_by_type(apps.get_model("media_library.CustomImage"))
        self.assertTrue(policy.user_has_permission(self.moderator, "delete"))


class TranslatorTests(RoleTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.topic_el = Topic.objects.create(name="Συνεταιρισμοί", slug="synetairismoi", locale=cls.el)
        cls.topic_en = translate_with_strings(
            instance=cls.topic_el,
            locale=cls.en,
            strings={"Συνεταιρισμοί": "Cooperatives", "synetairismoi": "cooperatives"},
        )

    def test_translator_cannot_edit_or_publish_the_greek_original(self):
        perms = self.about_el.permissions_for_user(self.translator)
        self.assertFalse(perms.can_edit())
        self.assertFalse(perms.can_publish())

    def test_translator_is_turned_away_from_the_greek_edit_form(self):
        self.client.force_login(self.translator)
        response = self.client.get(self.edit_url(self.about_el))
        self.assertRedirects(response, reverse("wagtailadmin_home"), fetch_redirect_response=False)
        response = self.client.post(
            self.edit_url(self.about_el), page_form(self.about_el, title="Hacked", **{"action-publish": "1"})
        )
        self.assertEqual(Page.objects.get(pk=self.about_el.pk).title, "Σχετικά")

    def test_translator_edits_and_publishes_the_english_translation(self):
        perms = self.about_en.permissions_for_user(self.translator)
        self.assertTrue(perms.can_edit())
        self.assertTrue(perms.can_publish())
        self.client.force_login(self.translator)
        response = self.client.get(self.edit_url(self.about_en))
        self.assertEqual(response.status_code, 200)
        # wagtail-localize's translation editor, not the plain page form.
        self.assertTemplateUsed(response, "wagtail_localize/admin/edit_translation.html")

    def test_translator_cannot_create_english_pages_of_their_own(self):
        self.assertFalse(self.home_en.permissions_for_user(self.translator).can_add_subpage())

    def test_translator_may_start_a_translation_of_a_greek_page(self):
        self.client.force_login(self.translator)
        url = reverse("wagtail_localize:submit_page_translation", args=[self.about_el.pk])
        self.assertEqual(self.client.get(url).status_code, 200)

    def test_translator_edits_the_english_topic_but_not_the_greek_one(self):
        self.client.force_login(self.translator)
        greek = self.client.get(reverse("wagtailsnippets_core_topic:edit", args=[self.topic_el.pk]))
        self.assertRedirects(greek, reverse("wagtailadmin_home"), fetch_redirect_response=False)
        english = self.client.get(reverse("wagtailsnippets_core_topic:edit", args=[self.topic_en.pk]))
        self.assertEqual(english.status_code, 200)

    def test_editor_still_edits_the_greek_topic(self):
        self.client.force_login(self.editor)
        response = self.client.get(reverse("wagtailsnippets_core_topic:edit", args=[self.topic_el.pk]))
        self.assertEqual(response.status_code, 200)

    def test_translator_chooses_but_does_not_upload_images(self):
        policy = policy_registry.get_by_type(apps.get_model("media_library.CustomImage"))
        self.assertTrue(policy.user_has_permission(self.translator, "choose"))
        self.assertFalse(policy.user_has_permission(self.translator, "add"))

    def test_every_role_reaches_the_admin_dashboard(self):
        for user in (self.editor, self.moderator, self.translator):
            self.client.force_login(user)
            self.assertEqual(self.client.get(reverse("wagtailadmin_home")).status_code, 200, user)

    def test_a_user_without_a_role_is_kept_out_of_the_admin(self):
        self.client.force_login(make_user("reader", None))
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertEqual(response.status_code, 302)
        self.assertIn(reverse("wagtailadmin_login"), response["Location"])
