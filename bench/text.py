"""Generated Greek and English text for benchmark pages: real words from the fixtures, Zipf-distributed."""

from __future__ import annotations

import itertools
import random
import re
from pathlib import Path

from django.conf import settings

SHARED = Path(settings.BASE_DIR).parent / "shared"
_WORD = re.compile(r"[^\W\d_]{2,}")
# Syllables for rarer made-up words, so that the vocabulary grows with the number of pages as real text does.
GREEK_SYLLABLES = [
    "κα",
    "το",
    "μι",
    "λο",
    "πα",
    "ρε",
    "νο",
    "σι",
    "τη",
    "δα",
    "γε",
    "φο",
    "χρι",
    "στα",
    "κλη",
    "θε",
    "βου",
    "ζω",
    "ξε",
    "ψυ",
]
ENGLISH_SYLLABLES = [
    "ka",
    "to",
    "mi",
    "lo",
    "pa",
    "re",
    "no",
    "si",
    "ter",
    "dan",
    "gen",
    "fo",
    "cri",
    "sta",
    "cle",
    "the",
    "bo",
    "zo",
    "xen",
    "psy",
]
ENGLISH_WORDS = [
    "social",
    "economy",
    "cooperative",
    "partnership",
    "community",
    "volunteers",
    "employment",
    "network",
    "support",
    "training",
    "local",
    "development",
    "solidarity",
    "members",
    "union",
    "programme",
    "funding",
    "project",
    "guide",
    "radio",
    "show",
    "episode",
    "news",
    "report",
    "energy",
    "farmers",
    "tourism",
    "health",
    "education",
    "culture",
    "environment",
    "municipality",
    "region",
    "citizens",
]


def _fixture_words() -> list[str]:
    texts = []
    for path in (SHARED / "seed" / "pesko.txt", SHARED / "search-dev-set" / "corpus.jsonl"):
        if path.exists():
            texts.append(path.read_text("utf-8"))
    words = [word for word in _WORD.findall(" ".join(texts)) if not word.isascii()]
    return list(dict.fromkeys(words)) or ["οικονομία", "κοινωνική", "συνεταιρισμός"]


def _made_up(syllables: list[str], count: int, rng: random.Random) -> list[str]:
    words: dict[str, None] = {}
    while len(words) < count:
        words["".join(rng.choices(syllables, k=rng.randint(2, 4)))] = None
    return list(words)


class TextGenerator:
    """Titles, summaries and paragraphs; word frequencies follow Zipf's law like real text."""

    def __init__(self, *, seed: int = 2026, rare_words: int = 20_000):
        self.rng = random.Random(seed)
        greek = _fixture_words() + _made_up(GREEK_SYLLABLES, rare_words, self.rng)
        english = ENGLISH_WORDS + _made_up(ENGLISH_SYLLABLES, rare_words // 4, self.rng)
        self.vocabularies = {"el": greek, "en": english}
        self.weights = {
            language: list(itertools.accumulate(1 / rank for rank in range(1, len(words) + 1)))
            for language, words in self.vocabularies.items()
        }

    def words(self, language: str, count: int) -> str:
        chosen = self.rng.choices(self.vocabularies[language], cum_weights=self.weights[language], k=count)
        return " ".join(chosen)

    def sentence(self, language: str, low: int, high: int) -> str:
        text = self.words(language, self.rng.randint(low, high))
        return text[:1].upper() + text[1:] + "."
