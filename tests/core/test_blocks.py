"""Shared blocks: what they offer to the search index."""

from django.test import SimpleTestCase

from core.blocks import HeadingBlock


class HeadingBlockTests(SimpleTestCase):
    def test_only_the_heading_words_are_searchable_not_the_level_label(self):
        block = HeadingBlock()
        value = block.to_python({"text": "Ποιοι είμαστε", "level": "h2"})
        self.assertEqual(block.get_searchable_content(value), ["Ποιοι είμαστε"])

    def test_an_empty_heading_offers_nothing(self):
        block = HeadingBlock()
        self.assertEqual(block.get_searchable_content(block.to_python({"text": "", "level": "h3"})), [])
