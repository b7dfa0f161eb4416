"""Feed text helpers: XML-illegal characters, length limits, absolute links in HTML."""

from django.test import SimpleTestCase
from lxml import etree

from core.feeds.text import absolute_html, plain_text, truncate, xml_safe


class XmlSafeTests(SimpleTestCase):
    def test_removes_every_character_xml_forbids_and_keeps_the_rest(self):
        hostile = "a\x00b\x01c\x08d\x0be\x0cf\x1fg\ufffeh\uffffi\ud800j"
        self.assertEqual(xml_safe(hostile), "abcdefghij")

    def test_keeps_tabs_newlines_greek_and_emoji(self):
        text = "Γειά\tσου\nκόσμε\r 🎙️ — «ΠΕΣΚΟ»"
        self.assertEqual(xml_safe(text), text)

    def test_cleaned_text_always_serialises(self):
        element = etree.Element("title")
        with self.assertRaises(ValueError):
            element.text = "bad\x0cvalue"
        element.text = xml_safe("bad\x0cvalue ]]> & <b>")
        self.assertEqual(etree.tostring(element), b"<title>badvalue ]]&gt; &amp; &lt;b&gt;</title>")

    def test_none_becomes_empty(self):
        self.assertEqual(xml_safe(None), "")


class TruncateTests(SimpleTestCase):
    def test_short_text_is_unchanged(self):
        self.assertEqual(truncate("  Σύντομο κείμενο ", 4000), "Σύντομο κείμενο")

    def test_long_text_is_cut_at_a_word_with_an_ellipsis(self):
        text = "λέξη " * 2000
        result = truncate(text, 4000)
        self.assertLessEqual(len(result), 4000)
        self.assertTrue(result.endswith("λέξη…"))

    def test_text_without_spaces_is_cut_hard(self):
        result = truncate("x" * 5000, 4000)
        self.assertEqual(len(result), 4000)

    def test_emoji_count_as_one_character(self):
        self.assertEqual(truncate("🎙" * 10, 10), "🎙" * 10)


class HtmlTests(SimpleTestCase):
    def test_relative_links_and_sources_become_absolute(self):
        html = (
            'Intro <p><a href="/el/news/a/">a</a> <a href="#top">top</a> <a href="https://x.org/">x</a></p>'
            '<img src="/media/images/p.jpg" srcset="/media/i-1.jpg 1x, /media/i-2.jpg 2x" alt="">'
            '<video poster="v.jpg" src="//cdn.example.org/v.mp4"></video> tail'
        )
        result = absolute_html(html, "https://hub.example.org/el/news/")
        self.assertIn('href="https://hub.example.org/el/news/a/"', result)
        self.assertIn('href="#top"', result)
        self.assertIn('href="https://x.org/"', result)
        self.assertIn('src="https://hub.example.org/media/images/p.jpg"', result)
        self.assertIn(
            "https://hub.example.org/media/i-1.jpg 1x, https://hub.example.org/media/i-2.jpg 2x", result
        )
        self.assertIn('poster="https://hub.example.org/el/news/v.jpg"', result)
        self.assertIn('src="https://cdn.example.org/v.mp4"', result)
        self.assertTrue(result.startswith("Intro <p>"))
        self.assertTrue(result.endswith("</video> tail"))

    def test_leading_text_stays_escaped(self):
        self.assertEqual(
            absolute_html("a &amp; b &lt;c&gt;<p>d</p>", "http://h/"), "a &amp; b &lt;c><p>d</p>"
        )

    def test_control_characters_are_dropped_from_html(self):
        self.assertEqual(absolute_html("<p>a\x0cb</p>", "http://h/"), "<p>ab</p>")

    def test_empty_html(self):
        self.assertEqual(absolute_html("  ", "http://h/"), "")
        self.assertEqual(plain_text(""), "")

    def test_plain_text_collapses_markup_and_whitespace(self):
        self.assertEqual(plain_text("<p>Ένα\n <b>δύο</b></p><p>τρία &amp; 🎙</p>"), "Ένα δύο τρία & 🎙")
