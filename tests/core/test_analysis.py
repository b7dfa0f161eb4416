import pytest

from core.analysis import (
    MAX_QUERY_TOKENS,
    analyse,
    analyse_query,
    analysed_text,
    normalise,
    normalise_query_prefix,
    prefixes,
    stem,
    tokenize,
)


def test_accents_and_case_fold_to_the_same_token() -> None:
    assert normalise("Οικονομία") == "οικονομια"
    assert normalise("ΟΙΚΟΝΟΜΊΑ") == "οικονομια"
    assert normalise("Café RÉSUMÉ") == "cafe resume"


def test_final_sigma_matches_medial_sigma() -> None:
    assert normalise("Συνεταιρισμός") == "συνεταιρισμοσ"
    assert normalise("ΣΥΝΕΤΑΙΡΙΣΜΟΣ") == "συνεταιρισμοσ"
    assert normalise("ϲυνεταιριϲμοϲ") == "συνεταιρισμοσ"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("ϊ", "ι"), ("ΐ", "ι"), ("ϋ", "υ"), ("ΰ", "υ"), ("Ϊ", "ι"), ("Ϋ", "υ"), ("προϊόν", "προιον")],
)
def test_dialytika_removed(text: str, expected: str) -> None:
    assert normalise(text) == expected


def test_dialytika_do_not_confuse_the_stemmer() -> None:
    assert stem("προϊόντα") == stem("προιοντα") == "προιοντ"


def test_polytonic_text_matches_monotonic() -> None:
    assert normalise("Ἑλληνικὴ οἰκονομία") == "ελληνικη οικονομια"
    assert analyse("Ἑλληνικὴ οἰκονομία") == analyse("ελληνικη οικονομια") == ["ελλην", "οικονομ"]
    assert normalise("τῇ ᾠδῇ ῥήτωρ ᾶ ᾼ") == "τη ωδη ρητωρ α α"


def test_punctuation_becomes_spaces() -> None:
    assert normalise("«Κοινωνική»—οικονομία; (2024)· snake_case") == "κοινωνικη οικονομια 2024 snake case"


def test_soft_hyphen_inside_a_word_does_not_split_it() -> None:
    assert tokenize("οικο\u00adνομία") == ["οικονομια"]


def test_compatibility_forms_fold_to_plain_letters_and_digits() -> None:
    assert normalise("ﬁnance ＡＢＣ１² µ") == "finance abc12 μ"


def test_tokens_split_between_greek_latin_and_digits() -> None:
    assert tokenize("COVID-19 covid19 ΚΟΙΝΣΕΠ2024 Wagtailάκι") == [
        "covid",
        "19",
        "covid",
        "19",
        "κοινσεπ",
        "2024",
        "wagtail",
        "ακι",
    ]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("συνεταιρισμός συνεταιρισμοί συνεταιρισμού συνεταιρισμών συνεταιρισμούς", "συνεταιρ"),
        ("συνεταιριστικός συνεταιριστική συνεταιριστικές συνεταιριστικών συνεταιριστικού", "συνεταιριστ"),
        ("σύμπραξη συμπράξεις σύμπραξης συμπράξεων", "συμπραξ"),
        ("οικονομία οικονομίας οικονομίες οικονομιών", "οικονομ"),
        ("κοινωνική κοινωνικής κοινωνικές κοινωνικών κοινωνικός κοινωνικού κοινωνικά", "κοινων"),
        ("επιχείρηση επιχειρήσεις επιχείρησης επιχειρήσεων", "επιχειρησ"),
        ("εθελοντής εθελοντές εθελοντών εθελοντισμός", "εθελοντ"),
        ("χρηματοδότηση χρηματοδοτήσεις χρηματοδότησης", "χρηματοδοτησ"),
        ("διαφάνεια διαφάνειας", "διαφανε"),
        ("κοινότητα κοινότητας κοινότητες κοινοτήτων", "κοινοτητ"),
        ("πολιτική πολιτικής πολιτικές πολιτικών", "πολιτ"),
        ("εργασία εργασίας εργασίες εργασιών", "εργασ"),
        ("σχέδιο σχέδια σχεδίου σχεδίων", "σχεδ"),
        ("νομικός νομική νομικών νομικά", "νομ"),
        ("πρωτοβουλία πρωτοβουλίας πρωτοβουλίες", "πρωτοβουλ"),
        ("τεχνολογία τεχνολογίες τεχνολογίας τεχνολογιών τεχνολογικός τεχνολογικές", "τεχνολ"),
        ("οικολογία οικολογίας οικολόγος οικολόγοι οικολογικός", "οικολ"),
    ],
)
def test_inflected_forms_share_a_stem(words: str, expected: str) -> None:
    assert {word: stem(word) for word in words.split()} == dict.fromkeys(words.split(), expected)


def test_stems_are_lowercase_and_accent_free_whatever_the_input() -> None:
    assert stem("ΟΙΚΟΝΟΜΙΑΣ") == stem("Οικονομίας") == stem("οικονομιασ") == "οικονομ"


def test_english_words_are_stemmed() -> None:
    assert [stem(word) for word in ("cooperatives", "Cooperative", "cooperation")] == ["cooper"] * 3
    assert stem("volunteers") == stem("volunteering") == "volunt"


def test_digits_and_other_scripts_are_left_as_normalised() -> None:
    assert stem("2024") == "2024"
    assert stem("Кооперативы") == "кооперативы"


def test_a_word_the_greek_stemmer_empties_keeps_its_own_form() -> None:
    assert stem("εις") == "εισ"


def test_mixed_script_query() -> None:
    assert analyse_query("Κοινωνική Οικονομία cooperatives 2024") == ["κοινων", "οικονομ", "cooper", "2024"]
    assert analyse_query("ΚοινΣΕΠ για social enterprises") == ["κοινσεπ", "social", "enterpris"]


def test_index_and_query_analyse_a_word_alike() -> None:
    assert analyse_query("συνεταιρισμούς") == analyse("Συνεταιρισμός") == ["συνεταιρ"]


def test_index_keeps_stop_words() -> None:
    assert analyse("Η οικονομία και η κοινωνία") == ["η", "οικονομ", "κα", "η", "κοινων"]


def test_stop_words_dropped_from_queries_but_not_when_alone() -> None:
    assert analyse_query("η οικονομία της κοινότητας") == ["οικονομ", "κοινοτητ"]
    assert analyse_query("the economy of a community") == ["economi", "communiti"]
    assert analyse_query("και") == analyse("και") == ["κα"]
    assert analyse_query("The") == ["the"]


def test_query_drops_repeated_stems() -> None:
    assert analyse_query("οικονομία οικονομίες ΟΙΚΟΝΟΜΙΑΣ") == ["οικονομ"]


def test_long_query_truncated() -> None:
    words = [f"λέξη{number}" for number in range(MAX_QUERY_TOKENS * 2)]
    stems = analyse_query(" ".join(words))
    assert MAX_QUERY_TOKENS == 32
    assert len(stems) == MAX_QUERY_TOKENS
    assert stems[:3] == ["λεξ", "0", "1"]
    assert len(normalise_query_prefix(" ".join(words))) == MAX_QUERY_TOKENS


def test_unaccented_uppercase_query_matches() -> None:
    assert analyse_query("ΚΟΙΝΩΝΙΚΗ ΟΙΚΟΝΟΜΙΑ") == analyse("Κοινωνική Οικονομία") == ["κοινων", "οικονομ"]
    assert analyse_query("συνεταιρισμοι") == analyse("Συνεταιρισμοί") == ["συνεταιρ"]


def test_analysed_text_joins_the_stems() -> None:
    assert analysed_text("Κοινωνικές Συμπράξεις, cooperatives!") == "κοινων συμπραξ cooper"


def test_autocomplete_tokens_are_normalised_not_stemmed() -> None:
    assert prefixes("Κοινωνική Οικονομία") == ["κοινωνικη", "οικονομια"]
    assert normalise_query_prefix("ΚΟΙΝΩΝ") == ["κοινων"]
    assert prefixes("Κοινωνική")[0].startswith(normalise_query_prefix("κοινων")[0])


def test_autocomplete_query_keeps_a_partly_typed_stop_word() -> None:
    assert normalise_query_prefix("κοινωνική ο") == ["κοινωνικη", "ο"]


@pytest.mark.parametrize("text", [None, "", "   \n\t", "!!! ;·…—", "😀🇬🇷", "\x00\x07\x1b\u202e\u200f\ufeff"])
def test_empty_or_wordless_input_gives_empty_results(text: str | None) -> None:
    assert normalise(text) == ""
    assert tokenize(text) == analyse(text) == analyse_query(text) == []
    assert prefixes(text) == normalise_query_prefix(text) == []
    assert analysed_text(text) == stem(text) == ""


@pytest.mark.parametrize(
    "text",
    [
        "κοινωνική 😀 οικονομία",
        "\x00κοινωνική\x07\x1bοικονομία\u202e",
        "العربية עברית κοινωνική",
        "οικονομία " * 10_000,
        "α" * 100_000,
        "".join(map(chr, range(0x20, 0x3000))),
        "\ud800 lone surrogate",
    ],
)
def test_hostile_input_never_raises(text: str) -> None:
    for words in (tokenize(text), analyse(text), analyse_query(text), prefixes(text)):
        assert all(word and not word.isspace() and " " not in word for word in words)
    assert len(analyse_query(text)) <= MAX_QUERY_TOKENS


def test_hostile_input_keeps_the_words_around_it() -> None:
    assert analyse("\x00κοινωνική\x07😀οικονομία\u202e") == ["κοινων", "οικονομ"]
    assert analyse("οικονομία " * 10_000) == ["οικονομ"] * 10_000
    assert analyse("α" * 100_000) == ["α" * 100_000]
