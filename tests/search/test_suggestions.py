""" "Did you mean": unknown words become the closest word of the site's titles and topics."""

from search.suggestions import closest_word, corrected_query

WORDS = {
    "συνεταιρισμοι": "συνεταιρισμοί",
    "οικονομια": "οικονομία",
    "ηπειρος": "ήπειρος",
    "economy": "economy",
}


def test_a_misspelt_word_becomes_the_nearest_known_word() -> None:
    assert closest_word("συνεταιρσμοι", WORDS) == "συνεταιρισμοί"
    assert closest_word("econimy", WORDS) == "economy"


def test_known_short_or_distant_words_are_left_alone() -> None:
    assert closest_word("οικονομια", WORDS) is None
    assert closest_word("οι", WORDS) is None
    assert closest_word("ξψζξψζ", WORDS) is None


def test_the_corrected_query_keeps_known_words_in_their_written_form() -> None:
    assert corrected_query("Οικονομία ΣΥΝΕΤΑΙΡΣΜΟΙ", WORDS) == "οικονομία συνεταιρισμοί"
    assert corrected_query("οικονομια", WORDS) is None
    assert corrected_query("!!!", WORDS) is None
