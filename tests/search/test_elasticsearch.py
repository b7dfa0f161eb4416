"""Elasticsearch 9 at the client boundary: index settings, mappings, documents and query bodies.

No Elasticsearch server runs here, so the HTTP transport of the official client is replaced by a
recorder that answers like a node; everything above it (Wagtail's backend, our analysis, the client's
request building) is the real code.
"""

from unittest import mock
from urllib.parse import urlsplit

from django.test import override_settings
from elastic_transport import ApiResponseMeta, HttpHeaders, NodeConfig, Transport, TransportApiResponse
from wagtail.images import get_image_model
from wagtail.models import Page

from home.models import StandardPage
from search.backends.elasticsearch9 import Elasticsearch9Mapping, Elasticsearch9SearchBackend
from tests.search.pages import add_page
from tests.testcases import HubPageTestCase

ES_URL = "http://es.invalid:9200"


class RecordingNode:
    """Stands in for Transport.perform_request: records each request, answers with canned bodies."""

    def __init__(self):
        self.requests: list[tuple[str, str, object]] = []
        self.hits: list[int] = []

    def __call__(self, method, target, *, body=None, headers=None, **kwargs):
        path = urlsplit(target).path
        self.requests.append((method, path, body))
        if path.endswith("/_search"):
            hits = [{"_id": str(pk), "_score": 1.0, "fields": {"pk": [str(pk)]}} for pk in self.hits]
            answer = {"hits": {"total": {"value": len(hits)}, "hits": hits}}
        elif path.endswith("/_count"):
            answer = {"count": len(self.hits)}
        elif path.endswith("/_bulk"):
            answer = {"errors": False, "items": []}
        else:
            answer = {"acknowledged": True, "result": "created"}
        meta = ApiResponseMeta(
            status=200,
            http_version="1.1",
            headers=HttpHeaders({"x-elastic-product": "Elasticsearch", "content-type": "application/json"}),
            duration=0.0,
            node=NodeConfig("http", "es.invalid", 9200),
        )
        return TransportApiResponse(meta, answer)

    def last(self, suffix: str):
        return next(body for method, path, body in reversed(self.requests) if path.endswith(suffix))


class ElasticsearchBoundaryTests(HubPageTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.page = add_page(
            cls.home_el, "Κοινωνικοί συνεταιρισμοί", summary="Η οικονομία.", body="Συμπράξεις με δήμους."
        )

    def setUp(self):
        self.node = RecordingNode()
        patcher = mock.patch.object(Transport, "perform_request", self.node)
        patcher.start()
        self.addCleanup(patcher.stop)
        self.backend = Elasticsearch9SearchBackend({"URLS": [ES_URL], "INDEX_PREFIX": "test_"})
        self.index = self.backend.get_index_for_model(Page)

    def test_index_settings_define_analysers_that_keep_the_analysed_tokens(self):
        self.index.put()
        method, path, body = self.node.requests[-1]
        assert (method, path) == ("PUT", "/test_wagtailcore_page")
        analysis = body["settings"]["analysis"]
        assert analysis["analyzer"]["hub_tokens"] == {
            "type": "custom",
            "tokenizer": "whitespace",
            "filter": ["lowercase"],
        }
        assert analysis["analyzer"]["hub_prefixes"]["filter"] == ["lowercase", "hub_edge_ngrams"]
        assert analysis["filter"]["hub_edge_ngrams"] == {"type": "edge_ngram", "min_gram": 1, "max_gram": 30}

    def test_page_mappings_use_them_for_every_text_field(self):
        for model in (Page, StandardPage):
            self.index.add_model(model)
            properties = self.node.last("/_mapping")["properties"]
            assert properties["title"]["analyzer"] == "hub_tokens", model
            assert properties["_all_text"]["analyzer"] == "hub_tokens"
            assert properties["_all_text_boost_2_0"]["analyzer"] == "hub_tokens"
            assert properties["_edgengrams"]["analyzer"] == "hub_prefixes"
            assert properties["_edgengrams"]["search_analyzer"] == "hub_tokens"
        assert properties["home_standardpage__body"]["analyzer"] == "hub_tokens"
        assert properties["home_standardpage__summary"]["analyzer"] == "hub_tokens"
        assert properties["title_edgengrams"]["analyzer"] == "hub_prefixes"

    def test_images_keep_the_stock_mapping(self):
        properties = Elasticsearch9Mapping(get_image_model()).get_mapping()["properties"]
        assert "analyzer" not in properties["title"]
        assert properties["_edgengrams"]["analyzer"] == "edgengram_analyzer"

    def test_documents_carry_analysed_text(self):
        self.index.add_item(self.page)
        method, path, document = self.node.requests[-1]
        assert (method, path) == ("PUT", f"/test_wagtailcore_page/_doc/{self.page.pk}")
        assert document["title"] == "κοινων συνεταιρ"
        assert document["home_standardpage__body"] == "συμπραξ με δημ"
        assert "κοινωνικοι συνεταιρισμοι" in document["_edgengrams"]

    def test_search_sends_analysed_words_and_maps_hits_back_to_pages(self):
        self.node.hits = [self.page.pk]
        pages = Page.objects.live().filter(locale=self.el)
        found = list(self.backend.search("ΚΟΙΝΩΝΙΚΟΙ ΣΥΝΕΤΑΙΡΙΣΜΟΙ", pages, operator="and")[:10])
        assert found == [self.page.page_ptr]
        query = self.node.last("/_search")["query"]["bool"]
        assert query["must"]["multi_match"]["query"] == "κοινων συνεταιρ"
        assert query["must"]["multi_match"]["operator"] == "and"
        assert {"term": {"locale_id_filter": self.el.pk}} in query["filter"][1]["bool"]["must"]

    def test_autocomplete_sends_folded_prefixes_to_the_edge_ngram_field(self):
        self.node.hits = [self.page.pk]
        list(self.backend.autocomplete("Κοινωνικοί ΣΥΝΕΤ", Page.objects.live())[:5])
        query = self.node.last("/_search")["query"]["bool"]["must"]
        assert query == {"match": {"_edgengrams": {"query": "κοινωνικοι συνετ"}}}

    def test_a_query_without_words_never_reaches_the_server(self):
        assert list(self.backend.search(";;; !!!", Page)) == []
        assert self.node.requests == []

    @override_settings(
        WAGTAILSEARCH_BACKENDS={
            "default": {
                "BACKEND": "search.backends.elasticsearch9",
                "URLS": [ES_URL],
                "INDEX_PREFIX": "test_",
            }
        }
    )
    def test_the_site_search_runs_on_elasticsearch_when_configured(self):
        self.node.hits = [self.page.pk]
        response = self.client.get("/el/search/", {"q": "συνεταιρισμοι"})
        assert [hit.url for hit in response.context["hits"]] == [self.page.url]
        assert self.node.last("/_search")["query"]["bool"]["must"]["multi_match"]["query"] == "συνεταιρ"
