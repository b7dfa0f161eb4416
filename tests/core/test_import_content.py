"""import_content (CONTRACTS §4): whole-file validation, all-or-nothing import, idempotent updates."""

from __future__ import annotations

import json
import tempfile
from datetime import datetime
from io import StringIO
from pathlib import Path
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.management import CommandError, call_command
from django.test import SimpleTestCase
from PIL import Image
from wagtail import hooks
from wagtail.models import Page, Revision

from core.importing import ImportKind, html_to_blocks, sanitise_html
from core.models import Topic
from guides.models import GuideIndexPage, GuidePage
from news.models import ArticlePage, NewsIndexPage
from tests.testcases import HubPageTestCase

CORPUS = Path(settings.BASE_DIR).parent / "shared/search-dev-set/corpus.jsonl"
ATHENS = ZoneInfo("Europe/Athens")


class TerminalOutput(StringIO):
    """Captured output that claims to be a terminal."""

    def isatty(self) -> bool:
        return True


def greek_article(**fields) -> dict:
    item = {
        "kind": "article",
        "locale": "el",
        "key": "syneleusi-2026",
        "title": "Γενική συνέλευση 2026",
        "summary": "Τα μέλη ενέκριναν τον απολογισμό.",
        "body": "<p>Η συνέλευση έγινε στην Αθήνα.</p><h2>Αποφάσεις</h2><p>Εγκρίθηκε ο απολογισμός.</p>",
        "published": "2026-05-18T10:00:00+03:00",
        "topics": ["Διαφάνεια", "Κοινωνική οικονομία"],
    }
    return {**item, **fields}


def english_article(**fields) -> dict:
    item = {
        "kind": "article",
        "locale": "en",
        "key": "general-assembly-2026",
        "translation_of": "syneleusi-2026",
        "title": "General assembly 2026",
        "summary": "Members approved the report.",
        "body": "<p>The assembly met in Athens.</p>",
        "published": "2026-05-18T10:00:00+03:00",
        "topics": ["Transparency"],
    }
    return {**item, **fields}


def greek_guide(**fields) -> dict:
    item = {
        "kind": "guide",
        "locale": "el",
        "key": "odigos-katastatikou",
        "title": "Το καταστατικό βήμα βήμα",
        "summary": "Τι γράφουμε σε ένα καταστατικό.",
        "body": "<p>Εισαγωγή.</p><h2>Ο σκοπός</h2><p>Γράψτε τον με σαφήνεια.</p><h3>Παραδείγματα</h3><ul><li>Ένα</li></ul>",
        "published": "2026-02-10T09:30:00+02:00",
        "topics": ["Διαφάνεια"],
    }
    return {**item, **fields}


class SanitiserTests(SimpleTestCase):
    def test_only_the_allowed_tags_and_link_addresses_survive(self):
        html = (
            '<p class="x" onclick="steal()">Κείμενο <b>έντονο</b> <strong>ισχυρό</strong> <img src="x.png">'
            '<a href="javascript:alert(1)" title="t">κακό</a> <a href="https://pesko.gr/" target="_blank">καλό</a>'
            "</p><script>alert(1)</script><style>p{}</style><h1>Τίτλος</h1><table><tr><td>κελί</td></tr></table>"
        )
        cleaned = sanitise_html(html)
        for forbidden in (
            "onclick",
            "class=",
            "<b>",
            "<img",
            "javascript",
            "title=",
            "target=",
            "<script",
            "alert",
            "<h1",
            "<table",
            "<style",
        ):
            self.assertNotIn(forbidden, cleaned)
        self.assertIn('<a href="https://pesko.gr/">καλό</a>', cleaned)
        self.assertIn("<strong>ισχυρό</strong>", cleaned)
        self.assertIn("κελί", cleaned)

    def test_headings_become_heading_blocks_and_the_rest_paragraph_blocks(self):
        blocks = html_to_blocks(
            "Χωρίς παράγραφο <em>πλάγια</em><h2>Πρώτη <strong>ενότητα</strong></h2><p>α</p><ul><li>β</li></ul>"
            "<h3>Υποενότητα</h3><p>γ & δ</p><h2>   </h2>"
        )
        self.assertEqual(
            blocks,
            [
                ("paragraph", "<p>Χωρίς παράγραφο <i>πλάγια</i></p>"),
                ("heading", {"text": "Πρώτη ενότητα", "level": "h2"}),
                ("paragraph", "<p>α</p><ul><li>β</li></ul>"),
                ("heading", {"text": "Υποενότητα", "level": "h3"}),
                ("paragraph", "<p>γ &amp; δ</p>"),
            ],
        )

    def test_empty_or_fully_stripped_body_gives_no_blocks(self):
        self.assertEqual(html_to_blocks(""), [])
        self.assertEqual(html_to_blocks("<script>alert(1)</script><img src=x>"), [])


class ImportContentTests(HubPageTestCase):
    def setUp(self):
        folder = tempfile.TemporaryDirectory()
        self.addCleanup(folder.cleanup)
        self.folder = Path(folder.name)

    def write(self, *lines, name: str = "content.jsonl") -> Path:
        path = self.folder / name
        path.write_text(
            "\n".join(
                line if isinstance(line, str) else json.dumps(line, ensure_ascii=False) for line in lines
            )
            + "\n",
            encoding="utf-8",
        )
        return path

    def run_import(self, path: Path, *args, stdout=None) -> tuple[str, str]:
        out, err = stdout or StringIO(), StringIO()
        call_command("import_content", str(path), *args, stdout=out, stderr=err)
        return out.getvalue(), err.getvalue()

    def run_failing_import(self, path: Path, *args) -> str:
        err = StringIO()
        with self.assertRaises(CommandError) as failure:
            call_command("import_content", str(path), *args, stdout=StringIO(), stderr=err)
        self.assertIn("nothing was imported", str(failure.exception))
        return err.getvalue()

    def image_file(self, name: str = "photo.png") -> Path:
        path = self.folder / name
        Image.new("RGB", (400, 225), (11, 85, 99)).save(path)
        return path

    # Creating

    def test_valid_file_creates_draft_pages_under_each_languages_index(self):
        out, _err = self.run_import(self.write(greek_article(), english_article(), greek_guide()))
        self.assertIn("article: 2 created, 0 updated, 0 unchanged", out)
        self.assertIn("guide: 1 created, 0 updated, 0 unchanged", out)

        greek = ArticlePage.objects.get(slug="syneleusi-2026")
        self.assertFalse(greek.live)
        self.assertEqual(greek.locale, self.el)
        self.assertEqual(greek.title, "Γενική συνέλευση 2026")
        self.assertEqual(
            greek.first_published_at, datetime(2026, 5, 18, 10, 0, tzinfo=ZoneInfo("Europe/Athens"))
        )
        self.assertEqual(greek.get_parent().specific.__class__, NewsIndexPage)
        self.assertEqual(greek.get_parent().get_parent().pk, self.home_el.pk)
        self.assertEqual([t.name for t in greek.topics.all()], ["Διαφάνεια", "Κοινωνική οικονομία"])
        self.assertEqual([block.block_type for block in greek.body], ["paragraph", "heading", "paragraph"])

        english = ArticlePage.objects.get(slug="general-assembly-2026")
        self.assertEqual(english.locale, self.en)
        self.assertEqual(english.translation_key, greek.translation_key)
        self.assertEqual(english.get_parent().translation_key, greek.get_parent().translation_key)
        self.assertEqual(english.get_parent().get_parent().pk, self.home_en.pk)
        self.assertEqual([t.name for t in english.topics.all()], ["Transparency"])
        self.assertEqual(Topic.objects.get(locale=self.en, name="Transparency").slug, "transparency")
        self.assertEqual(Topic.objects.get(locale=self.el, name="Διαφάνεια").slug, "diafaneia")

        guide = GuidePage.objects.get(slug="odigos-katastatikou")
        self.assertIsInstance(guide.get_parent().specific, GuideIndexPage)
        self.assertEqual(
            [(e.text, [c.text for c in e.children]) for e in guide.table_of_contents()],
            [("Ο σκοπός", ["Παραδείγματα"])],
        )
        self.assertEqual(str(guide.last_reviewed), "2026-02-10")

    def test_publish_makes_pages_and_their_indexes_live_with_the_given_publication_date(self):
        self.run_import(self.write(greek_article(), english_article()), "--publish")
        greek = ArticlePage.objects.get(slug="syneleusi-2026")
        self.assertTrue(greek.live)
        self.assertTrue(greek.get_parent().live)
        self.assertEqual(
            greek.first_published_at, datetime(2026, 5, 18, 10, 0, tzinfo=ZoneInfo("Europe/Athens"))
        )
        response = self.client.get(greek.url)
        self.assertContains(response, "Η συνέλευση έγινε στην Αθήνα.")
        self.assertContains(response, "18 Μαΐου 2026")
        self.assertContains(self.client.get("/el/nea/"), "Γενική συνέλευση 2026")
        self.assertContains(
            self.client.get(greek.url),
            'hreflang="en" href="http://testserver/en/news/general-assembly-2026/"',
        )

    def test_image_becomes_the_hero_and_the_same_file_is_imported_once(self):
        photo = self.image_file()
        self.run_import(
            self.write(greek_article(image=photo.name), greek_guide(image=str(photo))),
            "--publish",
        )
        article = ArticlePage.objects.get(slug="syneleusi-2026")
        guide = GuidePage.objects.get(slug="odigos-katastatikou")
        self.assertIsNotNone(article.hero_image)
        self.assertEqual(article.hero_image, article.listing_image)
        self.assertEqual(guide.listing_image, article.hero_image)
        self.assertEqual((article.hero_image.width, article.hero_image.height), (400, 225))

    def test_imported_pages_are_in_the_search_index(self):
        self.run_import(
            self.write(greek_article(summary="Ψηφίστηκε ο προϋπολογισμός ανακύκλωσης.")), "--publish"
        )
        found = list(ArticlePage.objects.live().search("ανακύκλωσης"))
        self.assertEqual([page.slug for page in found], ["syneleusi-2026"])

    def test_body_html_is_sanitised_before_it_reaches_the_page(self):
        body = '<p onclick="x()">Καθαρό <a href="javascript:alert(1)">κείμενο</a></p><script>alert("x")</script><iframe src="https://evil"></iframe>'
        self.run_import(self.write(greek_article(body=body)), "--publish")
        html = self.client.get(ArticlePage.objects.get().url).content.decode()
        self.assertIn("Καθαρό κείμενο", html)
        self.assertNotIn("alert", html)
        self.assertNotIn("evil", html)
        self.assertNotIn("onclick", html)

    # Updating

    def test_importing_the_same_file_again_changes_nothing(self):
        photo = self.image_file()
        path = self.write(greek_article(image=photo.name), english_article(), greek_guide())
        self.run_import(path, "--publish")
        state = {p.pk: (p.latest_revision_id, p.last_published_at) for p in Page.objects.all()}
        revisions, topics = Revision.objects.count(), Topic.objects.count()

        out, _err = self.run_import(path, "--publish")
        self.assertIn("article: 0 created, 0 updated, 2 unchanged", out)
        self.assertIn("guide: 0 created, 0 updated, 1 unchanged", out)
        self.assertEqual(
            {p.pk: (p.latest_revision_id, p.last_published_at) for p in Page.objects.all()}, state
        )
        self.assertEqual((Revision.objects.count(), Topic.objects.count()), (revisions, topics))

    def test_changed_item_updates_the_same_page(self):
        self.run_import(self.write(greek_article()), "--publish")
        page = ArticlePage.objects.get()
        out, _err = self.run_import(
            self.write(
                greek_article(
                    title="Συνέλευση: νέος τίτλος",
                    published="2026-05-19T09:00:00+03:00",
                    topics=["Διαφάνεια"],
                )
            ),
            "--publish",
        )
        self.assertIn("article: 0 created, 1 updated, 0 unchanged", out)
        updated = ArticlePage.objects.get()
        self.assertEqual(updated.pk, page.pk)
        self.assertEqual(updated.title, "Συνέλευση: νέος τίτλος")
        self.assertEqual(
            updated.first_published_at, datetime(2026, 5, 19, 9, 0, tzinfo=ZoneInfo("Europe/Athens"))
        )
        self.assertEqual([t.name for t in updated.topics.all()], ["Διαφάνεια"])

    def test_update_without_publish_leaves_the_live_version_and_saves_a_draft(self):
        self.run_import(self.write(greek_article()), "--publish")
        self.run_import(self.write(greek_article(title="Πρόχειρος νέος τίτλος")))
        page = ArticlePage.objects.get()
        self.assertEqual(page.title, "Γενική συνέλευση 2026")
        self.assertTrue(page.has_unpublished_changes)
        self.assertEqual(page.get_latest_revision_as_object().title, "Πρόχειρος νέος τίτλος")
        out, _err = self.run_import(self.write(greek_article(title="Πρόχειρος νέος τίτλος")), "--publish")
        self.assertIn("1 updated", out)
        self.assertEqual(ArticlePage.objects.get().title, "Πρόχειρος νέος τίτλος")

    def test_translation_of_can_refer_to_a_page_imported_earlier(self):
        self.run_import(self.write(greek_article()), "--publish")
        self.run_import(self.write(english_article()), "--publish")
        greek, english = ArticlePage.objects.get(locale=self.el), ArticlePage.objects.get(locale=self.en)
        self.assertEqual(english.translation_key, greek.translation_key)

    # Rejecting

    def test_one_bad_line_imports_nothing_and_names_the_line(self):
        path = self.write(greek_article(), greek_guide(), greek_article(key="deytero", title=None))
        errors = self.run_failing_import(path, "--publish")
        self.assertIn("line 3: field 'title' must be a string", errors)
        self.assertEqual(ArticlePage.objects.count() + GuidePage.objects.count(), 0)
        self.assertFalse(NewsIndexPage.objects.exists())
        self.assertFalse(Topic.objects.exists())

    def test_every_error_is_reported_with_its_line_number(self):
        bad = [
            greek_article(key="ok"),
            '{"kind": "article", "locale": ',
            greek_article(key="k2", kind="podcast"),
            greek_article(key="Κακό Κλειδί"),
            greek_article(key="k4", locale="fr"),
            {k: v for k, v in greek_article(key="k5").items() if k != "summary"},
            greek_article(key="k6", published="χθες"),
            greek_article(key="k7", published="2026-05-18T10:00:00"),
            english_article(key="k8", translation_of="den-yparchei"),
            greek_article(key="k9", image="missing.png"),
            greek_article(key="ok"),
            greek_article(key="k11", topics="Διαφάνεια"),
            english_article(key="k12", translation_of="k4x", locale="el"),
            "[1, 2]",
        ]
        (self.folder / "not-an-image.png").write_text("κείμενο", encoding="utf-8")
        bad.append(greek_article(key="k15", image="not-an-image.png"))
        errors = self.run_failing_import(self.write(*bad))
        expected = [
            "line 2: not valid JSON",
            "line 3: unknown kind 'podcast'",
            "line 4: bad key 'Κακό Κλειδί'",
            "line 5: unknown locale 'fr'",
            "line 6: missing field 'summary'",
            "line 7: bad 'published' value 'χθες'",
            "line 8: bad 'published' value '2026-05-18T10:00:00': the UTC offset is missing",
            "line 9: unknown translation_of 'den-yparchei'",
            "line 10: cannot read image file 'missing.png'",
            "line 11: key 'ok' is already used on line 1",
            "line 12: field 'topics' must be a list of topic names",
            "line 13: unknown translation_of 'k4x'",
            "line 14: expected a JSON object",
            "line 15: image file 'not-an-image.png' is not a supported image",
        ]
        for message in expected:
            self.assertIn(message, errors)
        self.assertNotIn("line 1:", errors)
        self.assertFalse(ArticlePage.objects.exists())

    def test_translation_in_the_same_language_as_its_original_is_rejected(self):
        errors = self.run_failing_import(
            self.write(greek_article(), greek_article(key="copy", translation_of="syneleusi-2026"))
        )
        self.assertIn("line 2: translation_of 'syneleusi-2026' is in the same locale (el)", errors)

    def test_language_without_a_home_page_is_rejected(self):
        Page.objects.get(pk=self.home_en.pk).delete()
        errors = self.run_failing_import(
            self.write(greek_article(), english_article(translation_of=None) | {"key": "x"})
        )
        self.assertIn("line 2: no news index and no home page in 'en' to put the article under", errors)

    def test_unreadable_file_is_a_command_error(self):
        with self.assertRaisesMessage(CommandError, "Cannot read"):
            call_command(
                "import_content", str(self.folder / "missing.jsonl"), stdout=StringIO(), stderr=StringIO()
            )

    def test_failure_while_writing_rolls_back_every_line(self):
        class Exploding(ImportKind):
            kind = "exploding"
            required_fields = ()

            def import_item(self, item, context):
                raise RuntimeError("disk full")

        path = self.write(greek_article(), {"kind": "exploding", "locale": "el", "key": "boom"})
        with (
            hooks.register_temporarily("register_import_kinds", lambda: [Exploding()]),
            self.assertRaisesMessage(CommandError, "line 2: disk full; nothing was imported"),
        ):
            call_command("import_content", str(path), stdout=StringIO(), stderr=StringIO())
        self.assertFalse(ArticlePage.objects.exists())
        self.assertFalse(Topic.objects.exists())

    # Output

    def test_progress_bar_is_drawn_only_on_a_terminal(self):
        path = self.write(greek_article(), greek_guide())
        terminal = TerminalOutput()
        self.run_import(path, stdout=terminal)
        self.assertIn("\r[###############---------------] 1/2", terminal.getvalue())
        self.assertIn("] 2/2\n", terminal.getvalue())
        plain, _err = self.run_import(path)
        self.assertNotIn("\r", plain)

    # The development relevance set

    def test_articles_and_guides_of_the_search_dev_set_import(self):
        if not CORPUS.exists():
            self.skipTest(f"{CORPUS} is not available")
        lines = [line for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
        items = [json.loads(line) for line in lines]
        wanted = [
            line for line, item in zip(lines, items, strict=True) if item["kind"] in ("article", "guide")
        ]
        path = self.write(*wanted, name="corpus-articles-guides.jsonl")
        expected = {kind: sum(1 for item in items if item["kind"] == kind) for kind in ("article", "guide")}

        out, _err = self.run_import(path, "--publish")
        self.assertIn(f"article: {expected['article']} created", out)
        self.assertIn(f"guide: {expected['guide']} created", out)
        for item in items:
            if item["kind"] in ("article", "guide"):
                model = ArticlePage if item["kind"] == "article" else GuidePage
                page = model.objects.get(slug=item["key"], locale__language_code=item["locale"])
                self.assertTrue(page.live)
                self.assertEqual(page.title, item["title"])
        self.assertEqual(self.client.get(ArticlePage.objects.get(slug="x01").url).status_code, 200)
        again, _err = self.run_import(path, "--publish")
        self.assertIn(f"article: 0 created, 0 updated, {expected['article']} unchanged", again)
