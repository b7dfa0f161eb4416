"""Wagtail's Elasticsearch 9 backend with analysed queries and analysers that keep the analysed tokens.

core.search_fields sends Elasticsearch text that is already folded and stemmed, so the index only splits
it on whitespace (``hub_tokens``); autocomplete words are indexed as edge n-grams of those words
(``hub_prefixes``) and matched with ``hub_tokens``. Models outside the analysed tree (images, documents)
keep Wagtail's stock mapping.
"""

from copy import deepcopy

from modelsearch.backends import elasticsearch9 as upstream
from modelsearch.backends.base import get_model_root
from modelsearch.utils import deep_update
from wagtail.search import index

from core.search_fields import ANALYSED_FIELD_CLASSES, uses_analysed_text
from search.backends.analysed import AnalysedQueryMixin

TOKENS_ANALYZER = "hub_tokens"
PREFIXES_ANALYZER = "hub_prefixes"
# Edge n-grams up to 30 letters: Greek compounds run longer than Wagtail's 15 (κοινωνικοοικονομικός is 19).
MAX_PREFIX_LENGTH = 30

ANALYSIS_SETTINGS = {
    "settings": {
        "analysis": {
            "analyzer": {
                TOKENS_ANALYZER: {"type": "custom", "tokenizer": "whitespace", "filter": ["lowercase"]},
                PREFIXES_ANALYZER: {
                    "type": "custom",
                    "tokenizer": "whitespace",
                    "filter": ["lowercase", "hub_edge_ngrams"],
                },
            },
            "filter": {
                "hub_edge_ngrams": {"type": "edge_ngram", "min_gram": 1, "max_gram": MAX_PREFIX_LENGTH},
            },
        }
    }
}

_TOKENS = {"analyzer": TOKENS_ANALYZER}
_PREFIXES = {"analyzer": PREFIXES_ANALYZER, "search_analyzer": TOKENS_ANALYZER}


class Elasticsearch9Mapping(upstream.Elasticsearch9Mapping):
    """Mapping whose analysed fields, catch-all fields and autocomplete field keep the analysed tokens."""

    def _is_analysed(self) -> bool:
        # Decided per index (root model), so every model sharing an index maps _all_text the same way.
        return uses_analysed_text(get_model_root(self.model))

    def get_field_mapping(self, field):
        name, mapping = super().get_field_mapping(field)
        # Every text field of an analysed index gets the same analyser, Page's own plain title included:
        # Elasticsearch refuses a second mapping of one field with a different analyser.
        analysed = self._is_analysed() or isinstance(field, ANALYSED_FIELD_CLASSES)
        if analysed and isinstance(field, index.AutocompleteField):
            mapping.update(_PREFIXES)
        elif analysed and isinstance(field, index.SearchField) and mapping.get("type") == "text":
            mapping.update(_TOKENS)
        return name, mapping

    def get_mapping(self):
        mapping = super().get_mapping()
        if self._is_analysed():
            for name, properties in mapping["properties"].items():
                if name == "_edgengrams":
                    properties.update(_PREFIXES)
                elif name == "_all_text" or name.startswith("_all_text_boost_"):
                    properties.update(_TOKENS)
        return mapping


class Elasticsearch9SearchQueryCompiler(upstream.Elasticsearch9SearchQueryCompiler):
    mapping_class = Elasticsearch9Mapping


class Elasticsearch9AutocompleteQueryCompiler(upstream.Elasticsearch9AutocompleteQueryCompiler):
    mapping_class = Elasticsearch9Mapping


class Elasticsearch9SearchBackend(AnalysedQueryMixin, upstream.Elasticsearch9SearchBackend):
    """Elasticsearch 9 with Greek/English analysis done by core.analysis on both sides."""

    mapping_class = Elasticsearch9Mapping
    query_compiler_class = Elasticsearch9SearchQueryCompiler
    autocomplete_query_compiler_class = Elasticsearch9AutocompleteQueryCompiler
    settings = deep_update(deepcopy(upstream.Elasticsearch9SearchBackend.settings), ANALYSIS_SETTINGS)


SearchBackend = Elasticsearch9SearchBackend
