"""The index follows edits, unpublishing, deletion and re-imports; update_index rebuilds it."""

from django.core.management import call_command
from django.db import connection
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
