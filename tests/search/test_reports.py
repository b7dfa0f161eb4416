"""Editors see popular and no-result site searches in the admin (Reports → Site search terms)."""

from django.contrib.auth.models import Group, Permission, User

from search.services import record_search
from tests.testcases import HubPageTestCase


class SearchTermsReportTests(HubPageTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        for _ in range(3):
            record_search(locale=cls.el, query="Οικονομία", result_count=4)
        record_search(locale=cls.el, query="οικονομια", result_count=4)
        record_search(locale=cls.el, query="ξψζξψζ", result_count=0)
        record_search(locale=cls.en, query="Economy", result_count=2)
        cls.editor = User.objects.create_user("editor", password="pw")
        cls.editor.groups.add(Group.objects.get(name="Editors"))
        cls.reader = User.objects.create_user("reader", password="pw")
        cls.reader.user_permissions.add(Permission.objects.get(codename="access_admin"))

    def test_editors_see_the_most_searched_first(self):
        self.client.force_login(self.editor)
        response = self.client.get("/admin/reports/site-search-terms/")
        assert response.status_code == 200
        html = response.content.decode()
        assert html.index("οικονομια") < html.index("ξψζξψζ")
        self.assertContains(response, "Economy")

    def test_filter_for_searches_that_found_nothing(self):
        self.client.force_login(self.editor)
        response = self.client.get("/admin/reports/site-search-terms/", {"found_nothing": "true"})
        self.assertContains(response, "ξψζξψζ")
        self.assertNotContains(response, "Economy")

    def test_filter_by_language(self):
        self.client.force_login(self.editor)
        response = self.client.get("/admin/reports/site-search-terms/", {"locale": "en"})
        self.assertContains(response, "Economy")
        self.assertNotContains(response, "ξψζξψζ")

    def test_export_as_csv(self):
        self.client.force_login(self.editor)
        response = self.client.get("/admin/reports/site-search-terms/", {"export": "csv"})
        assert response.status_code == 200
        assert "οικονομια,el,4,0,4" in b"".join(response.streaming_content).decode()

    def test_users_without_the_permission_are_turned_away(self):
        self.client.force_login(self.reader)
        response = self.client.get("/admin/reports/site-search-terms/")
        assert response.status_code in (302, 403)

    def test_spellings_of_one_query_count_together(self):
        from search.models import SearchTerm

        term = SearchTerm.objects.get(locale=self.el, query="οικονομια")
        assert (term.hits, term.typed_as) == (4, "οικονομια")
