""" "Did you mean": the closest words of the site's titles and topics to a query that found nothing."""

from __future__ import annotations

import difflib
import re
from collections import Counter

from django.core.cache import cache
from wagtail.models import Locale

from core.analysis import normalise, tokenize
from core.models import Topic
from search.queries import match_pages, searchable_pages

VOCABULARY_TIMEOUT = 15 * 60
MIN_WORD_LENGTH = 3
SIMILARITY_CUTOFF = 0.75
_WORD = re.compile(r"\w+")


def _vocabulary_key(locale: Locale) -> str:
    return f"search:vocabulary:{locale.language_code}"


def build_vocabulary(locale: Locale) -> dict[str, str]:
    """Normalised word → its most frequent written form, over live page titles and topic names."""
    texts = list(searchable_pages(locale).values_list("title", flat=True).iterator())
    texts += Topic.objects.filter(locale=locale).values_list("name", flat=True)
    forms: dict[str, Counter[str]] = {}
    for text in texts:
        for written in _WORD.findall(text):
            key = normalise(written)
            if len(key) >= MIN_WORD_LENGTH and " " not in key and not key.isdigit():
                forms.setdefault(key, Counter())[written.lower()] += 1
    return {key: counts.most_common(1)[0][0] for key, counts in forms.items()}


def vocabulary(locale: Locale) -> dict[str, str]:
    """The cached vocabulary of a locale (rebuilt every VOCABULARY_TIMEOUT seconds)."""
    words = cache.get(_vocabulary_key(locale))
    if words is None:
        words = build_vocabulary(locale)
        cache.set(_vocabulary_key(locale), words, VOCABULARY_TIMEOUT)
    return words


def closest_word(word: str, words: dict[str, str]) -> str | None:
    """The written form of the vocabulary word nearest to ``word`` (normalised), if one is close enough."""
    if word in words or len(word) < MIN_WORD_LENGTH:
        return None
    candidates = [key for key in words if abs(len(key) - len(word)) <= 2]
    matches = difflib.get_close_matches(word, candidates, n=1, cutoff=SIMILARITY_CUTOFF)
    return words[matches[0]] if matches else None


def corrected_query(query: str, words: dict[str, str]) -> str | None:
    """The query with each unknown word replaced by the closest known word; None when nothing changes."""
    corrected, changed = [], False
    for token in tokenize(query):
        replacement = closest_word(token, words)
        changed = changed or replacement is not None
        corrected.append(replacement or words.get(token, token))
    return " ".join(corrected) if changed else None


def did_you_mean(query: str, locale: Locale) -> str | None:
    """A corrected query that finds something in the locale, for a query that found nothing."""
    suggestion = corrected_query(query, vocabulary(locale))
    if suggestion and match_pages(searchable_pages(locale), suggestion).count():
        return suggestion
    return None
