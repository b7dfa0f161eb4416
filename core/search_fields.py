"""Search fields that index analysed Greek/English text, so that every Wagtail backend sees the same tokens."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any

from django.apps import apps
from django.db import models
from django.utils.encoding import force_str
from wagtail.search import index

from core.analysis import analysed_text, prefixes


def searchable_text(value: Any) -> str:
    """Plain text of a value read from a search field: lists and dicts flattened, None empty."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return searchable_text(list(value.values()))
    if isinstance(value, list | tuple):
        return " ".join(filter(None, map(searchable_text, value)))
    return force_str(value)


# Wagtail's database indexers read every search field once per index column (three columns on SQLite,
# five on PostgreSQL), so the last texts' analyses are kept: each text is analysed once per indexing.
RECENT_TEXTS = 256


@functools.lru_cache(maxsize=RECENT_TEXTS)
def _analysed(text: str) -> str:
    return analysed_text(text)


@functools.lru_cache(maxsize=RECENT_TEXTS)
def _prefix_words(text: str) -> str:
    return " ".join(prefixes(text))


class AnalysedSearchField(index.SearchField):
    """Drop-in for ``index.SearchField``: indexes the field's stems (folded, accent-free, Snowball-stemmed)."""

    def raw_text(self, obj: models.Model) -> str:
        """The field's text as readers see it (rich text and StreamField reduced to plain text)."""
        return searchable_text(super().get_value(obj))

    def get_value(self, obj: models.Model) -> str:
        return _analysed(self.raw_text(obj))


class AnalysedAutocompleteField(index.AutocompleteField):
    """Drop-in for ``index.AutocompleteField``: indexes the field's folded, unstemmed words for prefix matching."""

    def raw_text(self, obj: models.Model) -> str:
        return searchable_text(super().get_value(obj))

    def get_value(self, obj: models.Model) -> str:
        return _prefix_words(self.raw_text(obj))


ANALYSED_FIELD_CLASSES = (AnalysedSearchField, AnalysedAutocompleteField)


def analysed_fields(fields: Iterable) -> list:
    """``fields`` with every plain SearchField and AutocompleteField swapped for its analysed twin."""
    converted = []
    for field in fields:
        if isinstance(field, ANALYSED_FIELD_CLASSES):
            converted.append(field)
        elif isinstance(field, index.SearchField):
            converted.append(AnalysedSearchField(field.field_name, boost=field.boost, **field.kwargs))
        elif isinstance(field, index.AutocompleteField):
            converted.append(AnalysedAutocompleteField(field.field_name, **field.kwargs))
        elif isinstance(field, index.RelatedFields):
            converted.append(index.RelatedFields(field.field_name, analysed_fields(field.fields)))
        else:
            converted.append(field)
    return converted


def _text_fields(fields: Iterable) -> Iterable:
    for field in fields:
        if isinstance(field, index.RelatedFields):
            yield from _text_fields(field.fields)
        elif isinstance(field, index.SearchField | index.AutocompleteField):
            yield field


def declares_analysed_fields(model: type[models.Model]) -> bool:
    """Whether the model's own search_fields index analysed text."""
    return any(isinstance(field, ANALYSED_FIELD_CLASSES) for field in _text_fields(model.get_search_fields()))


def unanalysed_fields(model: type[models.Model]) -> list:
    """Text fields of the model indexed as typed (not analysed): they cannot match analysed queries."""
    return [
        field
        for field in _text_fields(model.get_search_fields())
        if not isinstance(field, ANALYSED_FIELD_CLASSES)
    ]


@functools.cache
def uses_analysed_text(model: type[models.Model]) -> bool:
    """Whether a search over ``model`` reads analysed text: it or a model that inherits from it declares some.

    A search over ``Page`` reaches every page type, so queries are analysed once any page type is.
    """
    if not issubclass(model, index.Indexed):
        return False
    return any(
        declares_analysed_fields(candidate)
        for candidate in apps.get_models()
        if issubclass(candidate, model) and issubclass(candidate, index.Indexed)
    )
