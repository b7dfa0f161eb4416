"""Feed HTML for StreamField bodies: every shared block, absolute links, translations, fixed queries."""

from __future__ import annotations

import json
from io import BytesIO

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from core.feeds.content import expand_rich_text_many, render_streams
from core.localize import translate_with_strings
from home.models import StandardPage
from tests.testcases import HubPageTestCase

BASE = "https://hub.example.org/el/"


@pytest.fixture(autouse=True)
def _media_root():
    """Keep the test settings' temporary MEDIA_ROOT: files made in setUpTestData live there."""


def image(size=(1600, 1000)):
    buffer = BytesIO()
    Image.new("RGB", size, (90, 30, 160)).save(buffer, "PNG")
    return get_image_model().objects.create(title="Εικόνα", file=ContentFile(buffer.getvalue(), name="i.png"))


class FeedContentTests(HubPageTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.about = cls.home_el.add_child(instance=StandardPage(title="Σχετικά", slug="sxetika"))
        cls.about.save_revision().publish()
        cls.about_en = translate_with_strings(
            instance=cls.about, locale=cls.en, strings={"Σχετικά": "About", "sxetika": "about"}
        )
        cls.document = get_document_model().objects.create(
            title="Καταστατικό", file=ContentFile(b"%PDF-1.4 test", name="katastatiko.pdf")
        )
        cls.picture = image()

    def page(self, blocks, slug="selida"):
        page = StandardPage(
            title=slug, slug=slug, body=json.dumps([{"type": kind, "value": value} for kind, value in blocks])
        )
        return self.home_el.add_child(instance=page)

    def body(self):
        return [
            ("heading", {"text": "Τίτλος & <ενότητα>\x0b", "level": "h3"}),
            (
                "paragraph",
                f'<p>Δείτε <a linktype="page" id="{self.about.pk}">εδώ</a>, το '
                f'<a linktype="document" id="{self.document.pk}">καταστατικό</a> '
                '<a href="/el/">και</a> <a href="https://example.org/x">αυτό</a>.</p>',
            ),
            ("image", {"image": self.picture.pk, "alt_text": "", "caption": "Συνέλευση"}),
            ("quote", {"quote": "Μαζί ]]> πάμε.", "attribution": ""}),
            ("document", {"document": self.document.pk, "label": ""}),
            ("embed", "https://www.youtube.com/watch?v=mwrsL7-fhxI"),
        ]

    def test_every_shared_block_renders_with_absolute_urls(self):
        [html] = render_streams([self.page(self.body()).body], base_url=BASE, locale_id=self.el.pk)
        self.assertIn("<h3>Τίτλος &amp; &lt;ενότητα&gt;</h3>", html)
        self.assertIn('<a href="https://hub.example.org/el/sxetika/">εδώ</a>', html)
        self.assertIn(
            f'<a href="https://hub.example.org/documents/{self.document.pk}/katastatiko.pdf">καταστατικό</a>',
            html,
        )
        self.assertIn('<a href="https://hub.example.org/el/">και</a>', html)
        self.assertIn('<a href="https://example.org/x">αυτό</a>', html)
        self.assertRegex(
            html,
            r'<figure><img src="https://hub.example.org/media/images/[^"]+\.jpg" width="1200" height="750" alt="Εικόνα">'
            r"<figcaption>Συνέλευση</figcaption></figure>",
        )
        self.assertIn("<blockquote><p>Μαζί ]]&gt; πάμε.</p></blockquote>", html)
        self.assertIn(
            f'<p><a href="https://hub.example.org/documents/{self.document.pk}/katastatiko.pdf">Καταστατικό</a></p>',
            html,
        )
        self.assertIn('<p><a href="https://www.youtube.com/watch?v=mwrsL7-fhxI">', html)

    def test_page_links_point_to_the_readers_language(self):
        html = f'<p><a linktype="page" id="{self.about.pk}">About</a></p>'
        [english] = expand_rich_text_many([html], locale_id=self.en.pk)
        self.assertIn(self.about_en.url, english)
        self.assertIn("/en/about/", english)
        [greek] = expand_rich_text_many([html], locale_id=self.el.pk)
        self.assertIn("/el/sxetika/", greek)

    def test_missing_targets_are_dropped_quietly(self):
        body = [
            ("image", {"image": 999999, "alt_text": "", "caption": ""}),
            ("document", {"document": 999999, "label": "x"}),
            ("paragraph", '<p><a linktype="page" id="999999">κενό</a></p>'),
        ]
        [html] = render_streams([self.page(body).body], base_url=BASE, locale_id=self.el.pk)
        self.assertEqual(html, "<p><a>κενό</a></p>")

    def test_empty_and_missing_bodies(self):
        self.assertEqual(render_streams([self.page([]).body, None], base_url=BASE, locale_id=None), ["", ""])

    def test_query_count_does_not_depend_on_the_number_of_bodies(self):
        def queries(count):
            streams = [self.page(self.body(), slug=f"p{count}-{n}").body for n in range(count)]
            render_streams(streams, base_url=BASE, locale_id=self.el.pk)  # renditions now exist
            streams = [
                StandardPage.objects.get(pk=page.pk).body
                for page in StandardPage.objects.filter(slug__startswith=f"p{count}-")
            ]
            with CaptureQueriesContext(connection) as captured:
                rendered = render_streams(streams, base_url=BASE, locale_id=self.el.pk)
            self.assertEqual(len(rendered), count)
            return len(captured)

        self.assertEqual(queries(1), queries(12))
