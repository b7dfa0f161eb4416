"""Translating with wagtail-localize as a Translator: pages, snippets, machine translation, PO files,
and the report of what is not yet in English."""

from __future__ import annotations

import runpy
from pathlib import Path
from unittest import mock

import polib
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext, ngettext
from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation

import hub.settings.base
from core.localize import translate_with_strings
from core.models import OrganisationDetails, Topic
from core.reports import untranslated_pages
from home.models import StandardPage
from tests.core.test_roles import RoleTestCase, make_user

DUMMY_TRANSLATOR = {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"}
DEEPL_TRANSLATOR = {
    "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
    "OPTIONS": {"AUTH_KEY": "test-key:fx"},
}


class TranslationFlowTestCase(RoleTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.news = cls.home_el.add_child(
            instance=StandardPage(title="Νέα της ένωσης", slug="nea-tis-enosis", summary="Τι κάναμε φέτος")
        )
        cls.news.save_revision().publish()

    def setUp(self):
        self.client.force_login(self.translator)

    def submit_for_translation(self, page) -> Page:
        url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
        response = self.client.post(url, {"locales": [self.en.pk]})
        translation = page.get_translation(self.en)
        self.assertRedirects(
            response, reverse("wagtailadmin_pages:edit", args=[translation.pk]), fetch_redirect_response=False
        )
        return translation

    def translation_record(self, page) -> Translation:
        return Translation.objects.get(source__object_id=page.translation_key, target_locale=self.en)

    def publish_translation(self, translation_page) -> Page:
        """Press "Publish" in wagtail-localize's editor (it publishes when the transaction commits)."""
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(
                reverse("wagtailadmin_pages:edit", args=[translation_page.pk]), {"action": "publish"}
            )
        self.assertEqual(response.status_code, 302)
        return Page.objects.get(pk=translation_page.pk)


class PageTranslationTests(TranslationFlowTestCase):
    def test_a_translator_starts_an_english_draft_of_a_greek_page(self):
        english = self.submit_for_translation(self.news)
        self.assertEqual(english.locale, self.en)
        self.assertFalse(english.live)
        self.assertEqual(english.get_parent().pk, self.home_en.pk)

    @override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=DUMMY_TRANSLATOR)
    def test_machine_translation_then_publish(self):
        english = self.submit_for_translation(self.news)
        edit_url = reverse("wagtailadmin_pages:edit", args=[english.pk])
        translation = self.translation_record(self.news)
        editor_page = self.client.get(edit_url)
        # The translation editor offers the configured machine translator.
        self.assertContains(editor_page, reverse("wagtail_localize:machine_translate", args=[translation.pk]))

        response = self.client.post(
            reverse("wagtail_localize:machine_translate", args=[translation.pk]), {"next": edit_url}
        )
        self.assertRedirects(response, edit_url, fetch_redirect_response=False)
        machine = StringTranslation.objects.filter(
            locale=self.en, translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE
        )
        self.assertTrue(machine.exists())

        published = self.publish_translation(english)
        self.assertTrue(published.live)
        # The dummy translator reverses the words.
        self.assertEqual(published.title, "ένωσης της Νέα")
        self.assertContains(self.client.get(published.url), "ένωσης της Νέα")

    @override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=DEEPL_TRANSLATOR)
    def test_deepl_is_called_with_the_key_and_the_target_language(self):
        english = self.submit_for_translation(self.news)
        translation = self.translation_record(self.news)

        def fake_deepl(url, data, timeout, headers):
            reply = mock.Mock()
            reply.json.return_value = {"translations": [{"text": f"EN:{text}"} for text in data["text"]]}
            return reply

        with mock.patch(
            "wagtail_localize.machine_translators.deepl.requests.post", side_effect=fake_deepl
        ) as post:
            self.client.post(reverse("wagtail_localize:machine_translate", args=[translation.pk]))
        url, data = post.call_args.args
        self.assertEqual(url, "https://api-free.deepl.com/v2/translate")
        self.assertEqual(post.call_args.kwargs["headers"], {"Authorization": "DeepL-Auth-Key test-key:fx"})
        self.assertEqual((data["source_lang"], data["target_lang"]), ("EL", "EN"))
        self.assertIn("Νέα της ένωσης", data["text"])

        self.assertEqual(self.publish_translation(english).title, "EN:Νέα της ένωσης")

    def test_no_machine_translation_without_a_translator_configured(self):
        english = self.submit_for_translation(self.news)
        translation = self.translation_record(self.news)
        edit_page = self.client.get(reverse("wagtailadmin_pages:edit", args=[english.pk]))
        self.assertNotContains(edit_page, "machine_translate")
        response = self.client.post(
            reverse("wagtail_localize:machine_translate", args=[translation.pk]), follow=True
        )
        self.assertEqual(response.status_code, 404)
        self.assertFalse(
            StringTranslation.objects.filter(locale=self.en, translation_type="machine").exists()
        )

    def test_po_file_round_trip(self):
        english = self.submit_for_translation(self.news)
        translation = self.translation_record(self.news)

        download = self.client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
        self.assertEqual(download.status_code, 200)
        self.assertEqual(download["Content-Type"], "text/x-gettext-translation")
        po = polib.pofile(download.content.decode())
        english_text = {
            "Νέα της ένωσης": "Union news",
            "nea-tis-enosis": "union-news",
            "Τι κάναμε φέτος": "Our year",
        }
        self.assertEqual({entry.msgid for entry in po}, set(english_text))
        for entry in po:
            entry.msgstr = english_text[entry.msgid]

        edit_url = reverse("wagtailadmin_pages:edit", args=[english.pk])
        upload = self.client.post(
            reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
            {"file": SimpleUploadedFile("news-en.po", str(po).encode()), "next": edit_url},
        )
        self.assertRedirects(upload, edit_url, fetch_redirect_response=False)

        published = self.publish_translation(english)
        self.assertEqual((published.title, published.slug), ("Union news", "union-news"))
        self.assertContains(self.client.get("/en/union-news/"), "Our year")

    def test_po_files_need_edit_permission_on_the_translation(self):
        self.submit_for_translation(self.news)
        translation = self.translation_record(self.news)
        outsider = make_user("outsider", None)
        outsider.user_permissions.add(Permission.objects.get(codename="access_admin"))
        self.client.force_login(outsider)
        response = self.client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
        self.assertRedirects(response, reverse("wagtailadmin_home"), fetch_redirect_response=False)

    def test_a_translator_cannot_publish_through_the_greek_page(self):
        response = self.client.post(
            reverse("wagtailadmin_pages:edit", args=[self.news.pk]), {"action": "publish"}
        )
        self.assertRedirects(response, reverse("wagtailadmin_home"), fetch_redirect_response=False)


class SnippetTranslationTests(TranslationFlowTestCase):
    @override_settings(WAGTAILLOCALIZE_MACHINE_TRANSLATOR=DUMMY_TRANSLATOR)
    def test_a_translator_translates_a_topic(self):
        topic = Topic.objects.create(name="Κοινωνική οικονομία", slug="koinoniki-oikonomia", locale=self.el)
        response = self.client.post(
            reverse("wagtail_localize:submit_snippet_translation", args=["core", "topic", topic.pk]),
            {"locales": [self.en.pk]},
        )
        english = topic.get_translation(self.en)
        edit_url = reverse("wagtailsnippets_core_topic:edit", args=[english.pk])
        self.assertRedirects(response, edit_url, fetch_redirect_response=False)

        translation = Translation.objects.get(source__object_id=topic.translation_key, target_locale=self.en)
        self.client.post(reverse("wagtail_localize:machine_translate", args=[translation.pk]))
        with self.captureOnCommitCallbacks(execute=True):
            self.client.post(edit_url, {"action": "publish"})
        english.refresh_from_db()
        self.assertEqual(english.name, "οικονομία Κοινωνική")

    def test_organisation_details_english_version_is_editable_by_translators_greek_is_not(self):
        details = OrganisationDetails.objects.create(locale=self.el, name="Ένωση", email="info@example.org")
        english = translate_with_strings(instance=details, locale=self.en, strings={"Ένωση": "Union"})
        url_name = "wagtailsnippets_core_organisationdetails:edit"
        self.assertEqual(self.client.get(reverse(url_name, args=[english.pk])).status_code, 200)
        self.assertRedirects(
            self.client.get(reverse(url_name, args=[details.pk])),
            reverse("wagtailadmin_home"),
            fetch_redirect_response=False,
        )


class UntranslatedReportTests(TranslationFlowTestCase):
    url = reverse("core_reports:untranslated_pages")

    def test_lists_live_greek_pages_without_a_live_english_version(self):
        draft = self.home_el.add_child(instance=StandardPage(title="Πρόχειρο", slug="proxeiro", live=False))
        response = self.client.get(self.url)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Νέα της ένωσης")
        self.assertNotContains(response, "Σχετικά")  # translated and live in English
        self.assertNotContains(response, draft.title)
        self.assertEqual({p.pk for p in untranslated_pages()}, {self.news.pk})

    def test_each_row_offers_to_start_or_continue_the_translation(self):
        submit_url = reverse("wagtail_localize:submit_page_translation", args=[self.news.pk])
        self.assertContains(self.client.get(self.url), f'href="{submit_url}"')
        english = self.submit_for_translation(self.news)
        response = self.client.get(self.url)
        self.assertNotContains(response, f'href="{submit_url}"')
        self.assertContains(response, reverse("wagtailadmin_pages:edit", args=[english.pk]))

    def test_a_page_leaves_the_report_once_its_translation_is_live(self):
        english = self.submit_for_translation(self.news)
        self.publish_translation(english)
        response = self.client.get(self.url)
        self.assertEqual(list(response.context["object_list"]), [])
        with translation.override("el"):
            self.assertContains(response, gettext("Every live page has a live English translation."))

    def test_filter_by_page_type(self):
        home_type = ContentType.objects.get_for_model(type(self.home_el))
        response = self.client.get(self.url, {"content_type": home_type.pk})
        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, "Νέα της ένωσης")

    def test_export_as_csv(self):
        response = self.client.get(self.url, {"export": "csv"})
        self.assertEqual(response.status_code, 200)
        content = b"".join(response.streaming_content).decode()
        self.assertIn("Νέα της ένωσης", content)
        self.assertIn("http://testserver/el/nea-tis-enosis/", content)

    def test_users_without_a_role_are_turned_away(self):
        outsider = make_user("outsider", None)
        self.client.force_login(outsider)
        self.assertNotEqual(self.client.get(self.url).status_code, 200)

    def test_the_dashboard_counts_untranslated_pages_and_links_to_the_report(self):
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertContains(response, 'id="untranslated-content-section"')
        self.assertContains(response, f'href="{self.url}"')
        with translation.override("el"):
            expected = ngettext(
                "%(counter)s live page has no English version yet.",
                "%(counter)s live pages have no English version yet.",
                1,
            ) % {"counter": 1}
        self.assertContains(response, expected)


def test_deepl_is_configured_only_when_the_key_is_set(monkeypatch):
    settings_file = Path(hub.settings.base.__file__)
    monkeypatch.delenv("DEEPL_API_KEY", raising=False)
    assert "WAGTAILLOCALIZE_MACHINE_TRANSLATOR" not in runpy.run_path(str(settings_file))
    monkeypatch.setenv("DEEPL_API_KEY", "secret:fx")
    config = runpy.run_path(str(settings_file))["WAGTAILLOCALIZE_MACHINE_TRANSLATOR"]
    assert config == {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": "secret:fx"},
    }
