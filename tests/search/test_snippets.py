"""Snippets and marked titles: matched words in <mark>, the rest escaped, cut near the matches."""

from core.analysis import analyse_query
from search.snippets import SNIPPET_LENGTH, mark_words, snippet


def test_words_of_any_inflection_accent_or_case_are_marked() -> None:
    marked = mark_words("ΟΙΚΟΝΟΜΙΑ: νέες συμπράξεις για την οικονομία", analyse_query("οικονομίες σύμπραξη"))
    assert marked == "<mark>ΟΙΚΟΝΟΜΙΑ</mark>: νέες <mark>συμπράξεις</mark> για την <mark>οικονομία</mark>"


def test_html_in_the_text_is_escaped_and_marks_are_the_only_markup() -> None:
    marked = snippet("<b>Οικονομία</b> & <script>alert(1)</script>", analyse_query("οικονομία"))
    assert marked == "&lt;b&gt;<mark>Οικονομία</mark>&lt;/b&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt;"


def test_the_snippet_starts_near_the_first_run_of_matches() -> None:
    text = "Αρχή. " + "γέμισμα " * 100 + "Εδώ μιλάμε για συνεταιρισμούς και συνεταιρισμό." + " τέλος" * 100
    result = snippet(text, analyse_query("συνεταιρισμοί"))
    assert result.startswith("… ")
    assert result.endswith(" …")
    assert "<mark>συνεταιρισμούς</mark> και <mark>συνεταιρισμό</mark>" in result
    assert len(result.replace("<mark>", "").replace("</mark>", "")) <= SNIPPET_LENGTH + 4


def test_without_a_match_the_snippet_is_the_start_of_the_text() -> None:
    result = snippet("Πρώτη πρόταση. " * 40, analyse_query("ανύπαρκτο"))
    assert result.startswith("Πρώτη πρόταση.")
    assert "<mark>" not in result


def test_empty_text_gives_an_empty_snippet() -> None:
    assert snippet("", ["οικονομ"]) == ""
    assert snippet("   ", ["οικονομ"]) == ""
