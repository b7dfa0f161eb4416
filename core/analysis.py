"""Greek and English text analysis shared by every search backend at index time and at query time."""

import functools
import re
import threading
import unicodedata
from collections.abc import Iterable

from snowballstemmer.basestemmer import BaseStemmer
from snowballstemmer.english_stemmer import EnglishStemmer
from snowballstemmer.greek_stemmer import GreekStemmer

MAX_QUERY_TOKENS = 32
# Real words are far shorter; Snowball needs about a second for a 100k-letter token, and every
# distinct stemmed word is kept in the cache.
MAX_STEM_LENGTH = 64
STEM_CACHE_SIZE = 65_536

_GREEK = "\u0370-\u03ff"
_GREEK_WORD = re.compile(f"[{_GREEK}]+")
# Greek, digit and other-letter runs become separate tokens, so "covid19", "covid-19" and "COVID 19"
# analyse alike and a Greek word glued to a Latin one is still stemmed in its own language.
_TOKEN = re.compile(rf"[{_GREEK}]+|\d+|[^\s\d{_GREEK}]+")
_NON_WORD = re.compile(r"[\W_]+")
# Soft hyphens and zero-width joiners hide inside words in pasted text: turning them into spaces would
# split the word, so they are deleted instead.
_INVISIBLE: dict[int, None] = dict.fromkeys(map(ord, "\u00ad\u200c\u200d\u2060\ufeff"))
_GREEK_RESIDUE_VOWELS = frozenset("ιεο")
_stemmers = threading.local()
_STEMMER_CLASSES: dict[str, type[BaseStemmer]] = {"greek": GreekStemmer, "english": EnglishStemmer}
NORMALISED_WORD_CACHE_SIZE = 65_536


def _without_marks(text: str) -> str:
    return "".join(char for char in text if not unicodedata.category(char).startswith("M"))


@functools.lru_cache(maxsize=NORMALISED_WORD_CACHE_SIZE)
def _normalise_chunk(chunk: str) -> str:
    # Marks go before case folding: folding turns the iota subscript (U+0345) of ᾳ into a full ι.
    # Dropping every mark, not only accents, keeps words of scripts with spacing marks in one token.
    chunk = _without_marks(unicodedata.normalize("NFKD", chunk.translate(_INVISIBLE)))
    chunk = _without_marks(unicodedata.normalize("NFKD", chunk.casefold()))
    return " ".join(_NON_WORD.sub(" ", unicodedata.normalize("NFC", chunk)).split())


def normalise(text: str | None) -> str:
    """Case-folded text without accents, breathings or diaeresis, words separated by single spaces."""
    if not text:
        return ""
    # Every step works within a run of non-space characters, so each distinct run is normalised once:
    # words repeat, and character-by-character Python is what indexing spends its time on.
    return " ".join(filter(None, map(_normalise_chunk, text.split())))


def tokenize(text: str | None) -> list[str]:
    """Words of the normalised text: runs of Greek letters, of digits and of other letters."""
    return _TOKEN.findall(normalise(text))


def _stemmer(language: str) -> BaseStemmer:
    # A Snowball stemmer keeps its word and cursor on the instance, so threads (gunicorn threads,
    # bulk indexing) must not share one; the lru_cache in front of it is thread-safe and shared.
    stemmer: BaseStemmer | None = getattr(_stemmers, language, None)
    if stemmer is None:
        # The pure-Python classes, not snowballstemmer.stemmer(): that returns PyStemmer's C stemmer when
        # it happens to be installed, whose older Snowball rules stem some words differently
        # (τεχνολογία → τεχνολο), and index and queries must never disagree.
        stemmer = _STEMMER_CLASSES[language]()
        setattr(_stemmers, language, stemmer)
    return stemmer


def _collapse_greek_stem(stem: str) -> str:
    # Snowball leaves a vowel on some forms and not on others (οικονομία → οικονομ but
    # οικονομίας → οικονομι, σχέδια → σχεδ but σχέδιο → σχεδι), and drops the adjective suffix -ικ
    # only for some endings (κοινωνικών → κοινων but κοινωνική → κοινωνικ). Measured on ~70 inflection
    # groups: dropping one residue vowel, then -ικ, while three letters remain, collapsed all but a few
    # short or irregular words (παιδί/παιδιά, γη/γης, περιβάλλον/περιβάλλοντος) and merged no two
    # words Snowball kept apart except νόμος/νομικός; a limit of four letters left νομικ/νομ, τοπικ/τοπ split.
    if len(stem) >= 4 and stem[-1] in _GREEK_RESIDUE_VOWELS:
        stem = stem[:-1]
    if len(stem) >= 5 and stem.endswith("ικ"):
        stem = stem[:-2]
    # Snowball cuts -ολογία to -ολ in two cases only (τεχνολογία, τεχνολογιών → τεχνολ) and keeps -ολογ
    # in every other form (τεχνολογίες, τεχνολογικός); cutting -ογ after -ολ joins them.
    if len(stem) >= 6 and stem.endswith("ολογ"):
        stem = stem[:-2]
    return stem


@functools.lru_cache(maxsize=STEM_CACHE_SIZE)
def _stem_normalised(token: str) -> str:
    if _GREEK_WORD.fullmatch(token):
        # Snowball Greek lower-cases by itself but misreads dialytika (προϊόν → προηον), hence the
        # normalised input; it returns "" for some short words (εισ), which keep their own form.
        return _collapse_greek_stem(_stemmer("greek").stemWord(token) or token)
    if token.isascii() and token.isalpha():
        return _stemmer("english").stemWord(token) or token
    return token


def _stem_token(token: str) -> str:
    if len(token) > MAX_STEM_LENGTH:
        return token
    return _stem_normalised(token)


def stem(token: str | None) -> str:
    """Lower-case, accent-free Snowball stem of a Greek or English word; several words give several stems."""
    return " ".join(map(_stem_token, tokenize(token)))


def _words(text: str) -> frozenset[str]:
    return frozenset(tokenize(text))


GREEK_STOP_WORDS = _words(
    "και ή ο η το οι τα του της των τον την τη τους τις ένας μια μία ένα ενός μιας "
    "σε στο στη στην στον στα στις στους στων για με από να θα που πως ως ότι όπως αν "
    "δεν μη μην είναι ήταν έχει αλλά ενώ κατά μετά προς χωρίς παρά αυτό αυτή αυτός αυτά αυτοί αυτές"
)
ENGLISH_STOP_WORDS = _words(
    "the a an and or but of in on at by for from to with as is are was were be been it its this that not"
)
STOP_WORDS = GREEK_STOP_WORDS | ENGLISH_STOP_WORDS


def analyse(text: str | None) -> list[str]:
    """Stems of every word, stop words included, in order: what an index stores."""
    return [_stem_token(token) for token in tokenize(text)]


def analysed_text(text: str | None) -> str:
    """The stems of the text joined by spaces, for a full-text index column or field."""
    return " ".join(analyse(text))


def _first_distinct(words: Iterable[str]) -> list[str]:
    distinct: dict[str, None] = {}
    for word in words:
        distinct[word] = None
        if len(distinct) == MAX_QUERY_TOKENS:
            break
    return list(distinct)


def analyse_query(text: str | None) -> list[str]:
    """Distinct stems of a query without stop words (unless it has nothing else), at most MAX_QUERY_TOKENS."""
    tokens = tokenize(text)
    content = [token for token in tokens if token not in STOP_WORDS] or tokens
    return _first_distinct(map(_stem_token, content))


def prefixes(text: str | None) -> list[str]:
    """Normalised, unstemmed words for an autocomplete index, which backends match by prefix."""
    return tokenize(text)


def normalise_query_prefix(text: str | None) -> list[str]:
    """Distinct normalised words of a partly typed query, stop words kept, at most MAX_QUERY_TOKENS."""
    return _first_distinct(tokenize(text))
