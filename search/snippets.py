"""Highlighted snippets: the passage of a result's text where the query's words are, with those words marked."""

from __future__ import annotations

import functools
import re
from collections.abc import Collection

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from core.analysis import analyse

SNIPPET_LENGTH = 220
LEAD_IN = 40
# Only so much text is scanned for matches: long bodies are cut, not the response time.
MAX_SCANNED_CHARS = 50_000
_WORD = re.compile(r"\w+")


@functools.lru_cache(maxsize=32_768)
def _word_stems(word: str) -> frozenset[str]:
    return frozenset(analyse(word))


def _matches(text: str, stems: Collection[str]) -> list[tuple[int, int]]:
    wanted = frozenset(stems)
    return [match.span() for match in _WORD.finditer(text) if _word_stems(match.group()) & wanted]


def _marked(text: str, spans: list[tuple[int, int]], start: int, end: int) -> str:
    parts, position = [], start
    for span_start, span_end in spans:
        if span_start < start or span_end > end:
            continue
        parts.append(escape(text[position:span_start]))
        parts.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
        position = span_end
    parts.append(escape(text[position:end]))
    return "".join(parts)


def mark_words(text: str, stems: Collection[str]) -> SafeString:
    """The whole text, HTML-escaped, with every word whose stem is in ``stems`` inside <mark>."""
    text = " ".join(text.split())
    return mark_safe(_marked(text, _matches(text, stems), 0, len(text)))


def _best_window_start(spans: list[tuple[int, int]], length: int) -> int:
    # The window starting at the match followed by most other matches within ``length`` characters.
    best_start, best_count, after = spans[0][0], 0, 0
    for index, (start, _) in enumerate(spans):
        after = max(after, index)
        while after < len(spans) and spans[after][0] < start + length:
            after += 1
        if after - index > best_count:
            best_start, best_count = start, after - index
    return best_start


def snippet(text: str, stems: Collection[str], *, length: int = SNIPPET_LENGTH) -> SafeString:
    """About ``length`` characters of ``text`` around its best run of matching words, HTML-escaped and marked."""
    text = " ".join(text[:MAX_SCANNED_CHARS].split())
    if not text:
        return mark_safe("")
    spans = _matches(text, stems)
    start = 0
    if spans:
        anchor = _best_window_start(spans, length - LEAD_IN)
        start = max(0, anchor - LEAD_IN)
        if start:
            # Start at a word boundary rather than inside a word.
            space = text.find(" ", start, anchor)
            start = space + 1 if space != -1 else anchor
    end = min(len(text), start + length)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    prefix = "… " if start else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + _marked(text, spans, start, end) + suffix)
