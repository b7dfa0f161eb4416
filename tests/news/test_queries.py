"""The news index and an article page make the same number of queries however many articles exist."""

from __future__ import annotations

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.news.builders import article, news_index, person, picture, topic
from tests.testcases import HubPageTestCase


class QueryCountTests(HubPageTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.index = news_index(cls.home_el)
        cls.topics = [topic(cls.el, "Χρηματοδότηση"), topic(cls.el, "Εθελοντισμός")]
        cls.author = person(cls.el)

    def add_articles(self, count: int) -> None:
        start = self.index.get_children().count()
        for number in range(start, start + count):
            article(
                self.index,
                title=f"Άρθρο {number}",
                slug=f"arthro-{number}",
                day=number,
                topics=self.topics,
                authors=[self.author],
                listing_image=picture(f"Εικόνα {number}"),
            )

    def queries_for(self, url: str) -> int:
        """Queries of a warm request (renditions already made, caches filled)."""
        self.assertEqual(self.client.get(url).status_code, 200)
        with CaptureQueriesContext(connection) as queries:
            self.assertEqual(self.client.get(url).status_code, 200)
        return len(queries)

    def test_query_counts_do_not_grow_with_the_number_of_articles(self):
        # One test measures every page: building twenty-five published articles is the slow part.
        urls = ["/el/nea/", "/el/nea/topic/chrimatodotisi/", "/el/nea/arthro-0/", "/el/"]
        self.add_articles(5)
        small = {url: self.queries_for(url) for url in urls}
        self.add_articles(20)
        large = {url: self.queries_for(url) for url in urls}
        self.assertEqual(small, large)
        for url in urls:
            with self.subTest(url=url), self.assertNumQueries(small[url]):
                self.client.get(url)
