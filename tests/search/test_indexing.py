"""The index follows edits, unpublishing, deletion and re-imports; update_index rebuilds it."""

import unittest

from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.db.models.functions import Length
from django.test.utils import CaptureQueriesContext
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

from tests.search.pages import add_page, import_lines, item
from tests.testcases import HubPageTestCase


class IndexFreshnessTests(HubPageTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.page = add_page(cls.home_el, "Συνεταιρισμοί της Κρήτης", summary="Ελαιόλαδο και τυριά.")

    def found(self, query: str, locale: str = "el") -> list[str]:
        response = self.client.get(f"/{locale}/search/", {"q": query})
        return [hit.url for hit in response.context["hits"]]

    def test_a_published_edit_replaces_the_old_words(self):
        self.page.title = "Συνεταιρισμοί της Ηπείρου"
        self.page.save_revision().publish()
        assert self.found("Ήπειρος") == [self.page.url]
        assert self.found("Κρήτη") == []

    def test_an_unpublished_page_disappears(self):
        self.page.unpublish()
        assert self.found("συνεταιρισμοι") == []

    def test_a_deleted_page_leaves_the_index(self):
        self.page.delete()
        assert self.found("συνεταιρισμοι") == []
        assert not IndexEntry.objects.filter(object_id=str(self.page.pk)).exists()

    def test_reimporting_a_key_updates_what_is_found(self):
        import_lines([item("article", "olive-oil", "Τιμές ελαιολάδου")])
        assert len(self.found("ελαιόλαδο")) == 2
        import_lines([item("article", "olive-oil", "Τιμές κρασιού")])
        assert len(self.found("ελαιόλαδο")) == 1
        assert len(self.found("κρασί")) == 1

    def test_update_index_rebuilds_analysed_entries(self):
        IndexEntry.objects.all().delete()
        assert self.found("συνεταιρισμοι") == []
        call_command("update_index", verbosity=0)
        assert self.found("συνεταιρισμοι") == [self.page.url]
        title = IndexEntry.objects.get(object_id=str(self.page.pk)).title
        if connection.vendor == "sqlite":
            assert title == "συνεταιρ τ κρητ"


@unittest.skipUnless(
    connection.vendor in ("sqlite", "postgresql"), "the title norm is the database backends' ranking input"
)
class TitleNormTests(HubPageTestCase):
    """Saving a page sets the title norm of its own index entry, without rescanning the whole index."""

    def setUp(self):
        cache.clear()
        for n in range(3):
            add_page(self.home_el, f"Οδηγός αριθμός {n}", summary="Περίληψη.")

    def entry(self, page) -> IndexEntry:
        return IndexEntry.objects.get(content_type_id=page.content_type_id, object_id=str(page.pk))

    def test_a_saved_page_gets_a_title_norm_from_the_average_title_length(self):
        page = add_page(self.home_el, "Κοινωνικοί συνεταιρισμοί", summary="Περίληψη.")
        entries = IndexEntry.objects.exclude(title="").annotate(length=Length("title"))
        average = sum(len(e.title) for e in entries) / entries.count()
        entry = self.entry(page)
        self.assertNotEqual(entry.title_norm, 1.0)
        self.assertAlmostEqual(entry.title_norm, average / len(entry.title), delta=0.5)

    def test_later_saves_update_only_their_own_entries(self):
        page = add_page(self.home_el, "Πρώτη σελίδα", summary="Περίληψη.")
        backend = get_search_backend()
        backend.add(page)  # the average is cached now
        with CaptureQueriesContext(connection) as queries:
            backend.add(page)
        sql = " ".join(query["sql"] for query in queries.captured_queries)
        self.assertNotIn("AVG(", sql.upper())
        norm_updates = [
            q["sql"] for q in queries.captured_queries if '"title_norm"' in q["sql"] and "UPDATE" in q["sql"]
        ]
        self.assertEqual(len(norm_updates), 1)
        self.assertIn('"object_id" IN', norm_updates[0])

    def test_update_index_recomputes_every_norm(self):
        IndexEntry.objects.update(title_norm=1.0)
        call_command("update_index", verbosity=0)
        self.assertFalse(IndexEntry.objects.exclude(title="").filter(title_norm=1.0).exists())
