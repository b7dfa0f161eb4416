"""Read-side search queries: what a reader may find, matched the same way by the site, autocomplete and API."""

from __future__ import annotations

import functools
import operator
import unicodedata
from dataclasses import dataclass

from django.db.models import Q
from django.utils import timezone
from wagtail.models import Locale, Page, PageQuerySet

from core.analysis import analyse_query, tokenize
from core.models import Topic
from search.kinds import Kind, kind_content_types, kind_models, topic_models

MAX_QUERY_LENGTH = 200


@dataclass(frozen=True)
class CleanQuery:
    """A reader's query made safe to search for and to show back."""

    text: str
    truncated: bool = False

    @property
    def is_empty(self) -> bool:
        return not self.text

    @property
    def has_words(self) -> bool:
        return bool(tokenize(self.text))


def _printable(char: str) -> str:
    # Control, format and unassigned characters (NUL, bidi overrides) would reach the page and the database.
    return " " if unicodedata.category(char).startswith("C") else char


def clean_query(raw: str | None) -> CleanQuery:
    """The query with control characters removed, spaces collapsed and cut to MAX_QUERY_LENGTH characters."""
    text = " ".join("".join(map(_printable, raw or "")).split())
    if len(text) <= MAX_QUERY_LENGTH:
        return CleanQuery(text)
    cut = text[:MAX_QUERY_LENGTH]
    # Cut at the last whole word unless that loses most of the query.
    space = cut.rfind(" ")
    return CleanQuery((cut[:space] if space > MAX_QUERY_LENGTH // 2 else cut).strip(), truncated=True)


def searchable_pages(locale: Locale) -> PageQuerySet:
    """Pages a reader of ``locale`` may find: live, public, not past their expiry, in that language."""
    expired = Page.objects.filter(expire_at__lte=timezone.now()).values("pk")
    return Page.objects.live().public().filter(locale=locale).exclude(depth=1).exclude(pk__in=expired)


def filter_pages(
    pages: PageQuerySet, *, kind: Kind | None = None, topic: Topic | None = None
) -> PageQuerySet:
    """Narrow pages to one kind of content and/or one topic."""
    if kind is not None:
        pages = pages.filter(content_type__in=kind_content_types(kind))
    if topic is not None:
        models = topic_models()
        if kind is not None:
            models = [model for model in models if model in kind_models(kind)]
        if not models:
            return pages.none()
        in_topic = [Q(pk__in=model.objects.filter(topics=topic).values("pk")) for model in models]
        pages = pages.filter(functools.reduce(operator.or_, in_topic))
    return pages


def match_pages(
    pages: PageQuerySet, query: str, *, search_operator: str | None = None, order_by_relevance=True
):
    """Search results for ``query``: pages with every word, or when there are none, pages with any word."""
    if search_operator:
        return pages.search(query, operator=search_operator, order_by_relevance=order_by_relevance)
    results = pages.search(query, operator="and", order_by_relevance=order_by_relevance)
    if len(analyse_query(query)) > 1 and not results.count():
        results = pages.search(query, operator="or", order_by_relevance=order_by_relevance)
    return results


def autocomplete_pages(pages: PageQuerySet, query: str, *, limit: int = 8) -> list[Page]:
    """Up to ``limit`` pages whose title starts words like the query, then full-word matches of the query."""
    found = list(pages.autocomplete(query)[:limit])
    if len(found) < limit:
        seen = {page.pk for page in found}
        found += [page for page in match_pages(pages, query)[: limit * 2] if page.pk not in seen]
    return found[:limit]
