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

    def test_news_index_and_topic_listing_query_count_does_not_grow_with_articles(self):
        self.add_articles(5)
        small = (self.queries_for("/el/nea/"), self.queries_for("/el/nea/topic/chrimatodotisi/"))
        self.add_articles(20)
        large = (self.queries_for("/el/nea/"), self.queries_for("/el/nea/topic/chrimatodotisi/"))
        self.assertEqual(small, large)

    def test_article_page_query_count_does_not_grow_with_articles(self):
        self.add_articles(5)
        url = "/el/nea/arthro-0/"
        small = self.queries_for(url)
        self.add_articles(20)
        self.assertEqual(self.queries_for(url), small)

    def test_home_page_query_count_does_not_grow_with_articles(self):
        self.add_articles(5)
        small = self.queries_for("/el/")
        self.add_articles(20)
        self.assertEqual(self.queries_for("/el/"), small)
