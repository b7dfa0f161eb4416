"""Editors' picks (wagtail.contrib.search_promotions) come first, in the reader's language."""

from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from tests.search.pages import add_page
from tests.testcases import HubPageTestCase


class PromotionTests(HubPageTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.guide = add_page(cls.home_el, "Πώς ιδρύεται μια ΚοινΣΕπ", summary="Βήμα βήμα.")
        cls.english_guide = add_page(cls.home_en, "How to found a social cooperative")
        cls.news = add_page(cls.home_el, "Νέα για την κοινωνική οικονομία")
        query = Query.get("Κοινωνική Οικονομία")
        SearchPromotion.objects.create(query=query, page=cls.guide, sort_order=0, description="Ο οδηγός μας.")
        SearchPromotion.objects.create(query=query, page=cls.english_guide, sort_order=1)
        SearchPromotion.objects.create(
            query=query,
            external_link_url="https://example.org/koinsep",
            external_link_text="Μητρώο ΚοινΣΕπ",
            sort_order=2,
        )

    def test_picks_show_above_results_for_any_spelling_of_the_query(self):
        for query in ("κοινωνική οικονομία", "ΚΟΙΝΩΝΙΚΗ ΟΙΚΟΝΟΜΙΑΣ"):
            response = self.client.get("/el/search/", {"q": query})
            picks = response.context["promotions"]
            assert [pick.url for pick in picks] == [self.guide.url, "https://example.org/koinsep"], query
            html = response.content.decode()
            assert html.index("Ο οδηγός μας.") < html.index("Νέα για την")

    def test_a_page_from_the_other_language_is_not_promoted(self):
        response = self.client.get("/el/search/", {"q": "κοινωνική οικονομία"})
        assert self.english_guide.url not in [pick.url for pick in response.context["promotions"]]

    def test_no_picks_for_other_queries(self):
        assert self.client.get("/el/search/", {"q": "οικονομία"}).context["promotions"] == []

    def test_unpublished_promoted_pages_are_not_shown(self):
        self.guide.unpublish()
        response = self.client.get("/el/search/", {"q": "κοινωνική οικονομία"})
        assert [pick.url for pick in response.context["promotions"]] == ["https://example.org/koinsep"]
