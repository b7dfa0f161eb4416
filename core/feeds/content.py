"""Feed HTML for many StreamField bodies at once, with a fixed number of queries.

Rendering each body through its block templates costs queries per item (image renditions, chooser
look-ups, rich text links) and embeds would call oEmbed providers. Feeds render the shared core blocks
here instead: every image, document and linked page of all bodies is loaded in one go, and links and
media sources come out absolute.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from django.http import HttpRequest
from django.utils.html import format_html
from wagtail import blocks
from wagtail.documents import get_document_model
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.rich_text import expand_db_html, features
from wagtail.rich_text.rewriters import LinkRewriter, TagMatch
from wagtailmedia import get_media_model

from core.api import restricted_collection_ids
from core.blocks import DocumentBlock, HeadingBlock, ImageBlock, MediaBlock, QuoteBlock
from core.feeds.text import absolute_html, xml_safe

FEED_IMAGE_FILTER = "width-1200|format-jpeg"


def image_renditions(image_ids: Iterable[int], filter_spec: str) -> dict[int, tuple]:
    """(image, rendition) per image id for ``filter_spec``; two queries once the renditions exist."""
    images = get_image_model().objects.filter(pk__in=set(image_ids)).prefetch_renditions(filter_spec)
    return {image.pk: (image, image.get_rendition(filter_spec)) for image in images}


def _page_links(attrs_list: list[dict], *, locale_id: int | None, request: HttpRequest | None) -> list[str]:
    ids = {str(attrs.get("id")) for attrs in attrs_list if str(attrs.get("id", "")).isdigit()}
    pages = {str(page.pk): page for page in Page.objects.filter(pk__in=ids)}
    # Like Page.localized, but for all links at once: the reader's language when a live translation exists.
    translations = {
        page.translation_key: page
        for page in Page.objects.filter(
            translation_key__in=[page.translation_key for page in pages.values()], locale_id=locale_id
        ).live()
    }
    tags = []
    for attrs in attrs_list:
        page = pages.get(str(attrs.get("id")))
        if page is None:
            tags.append("<a>")
            continue
        page = translations.get(page.translation_key, page)
        url = page.get_url(request=request)
        tags.append(format_html('<a href="{}">', url) if url else "<a>")
    return tags


def expand_rich_text_many(
    htmls: Sequence[str], *, locale_id: int | None, request: HttpRequest | None = None
) -> list[str]:
    """Front-end HTML of many rich text values, with one look-up per link type for all of them."""
    bulk_rules = {
        name: handler.expand_db_attributes_many for name, handler in features.get_link_types().items()
    }
    bulk_rules["page"] = lambda attrs_list: _page_links(attrs_list, locale_id=locale_id, request=request)
    rewriter = LinkRewriter(bulk_rules=bulk_rules)
    found = [rewriter.extract_tags(html) for html in htmls]
    by_type: dict[str, list[TagMatch]] = defaultdict(list)
    for tags in found:
        for tag_type, matches in tags.items():
            by_type[tag_type].extend(matches)
    for tag_type, matches in by_type.items():
        replacements = rewriter.get_tag_replacements(tag_type, [match.attrs for match in matches])
        for match, replacement in zip(matches, replacements, strict=False):
            match.replacement = replacement
    expanded = []
    for html, tags in zip(htmls, found, strict=True):
        matches = sorted(
            (m for ms in tags.values() for m in ms if m.replacement is not None), key=lambda m: m.start
        )
        parts, position = [], 0
        for match in matches:
            parts += [html[position : match.start], match.replacement]
            position = match.end
        parts.append(html[position:])
        # Links are done; this pass only expands embeds (none in the shared paragraph features).
        expanded.append(expand_db_html("".join(parts)))
    return expanded


def render_streams(
    streams: Sequence, *, base_url: str, locale_id: int | None, request: HttpRequest | None = None
) -> list[str]:
    """Feed HTML of each StreamField value in ``streams``, absolute links, a fixed number of queries."""
    items = []
    image_ids, document_ids, media_ids, rich_texts = set(), set(), set(), []
    for stream in streams:
        children = []
        for raw in stream.raw_data if stream is not None else []:
            block = stream.stream_block.child_blocks.get(raw.get("type"))
            if block is None:
                continue
            value = raw.get("value")
            if isinstance(block, ImageBlock) and isinstance(value, dict) and value.get("image"):
                image_ids.add(value["image"])
            elif isinstance(block, DocumentBlock) and isinstance(value, dict) and value.get("document"):
                document_ids.add(value["document"])
            elif isinstance(block, MediaBlock) and isinstance(value, dict) and value.get("media"):
                media_ids.add(value["media"])
            elif isinstance(block, blocks.RichTextBlock):
                rich_texts.append(xml_safe(value or ""))
                value = len(rich_texts) - 1
            children.append((block, value))
        items.append(children)

    renditions = image_renditions(image_ids, FEED_IMAGE_FILTER) if image_ids else {}
    documents = get_document_model().objects.in_bulk(document_ids) if document_ids else {}
    media = get_media_model().objects.in_bulk(media_ids) if media_ids else {}
    # Feeds are built once for everyone, as for an anonymous reader: restricted files stay out.
    hidden = restricted_collection_ids(None) if media else set()
    media = {pk: file for pk, file in media.items() if file.collection_id not in hidden}
    rich_html = expand_rich_text_many(rich_texts, locale_id=locale_id, request=request)

    rendered = []
    for children in items:
        html = "".join(
            _render_block(
                block, value, renditions=renditions, documents=documents, media=media, rich_html=rich_html
            )
            for block, value in children
        )
        rendered.append(absolute_html(html, base_url))
    return rendered


def _render_block(
    block, value, *, renditions: dict, documents: dict, media: dict, rich_html: list[str]
) -> str:
    if isinstance(block, blocks.RichTextBlock):
        return rich_html[value]
    if isinstance(block, EmbedBlock):
        url = xml_safe(value or "")
        return format_html('<p><a href="{0}">{0}</a></p>', url) if url else ""
    if not isinstance(value, dict):
        return ""
    if isinstance(block, HeadingBlock):
        level = "h3" if value.get("level") == "h3" else "h2"
        return format_html("<{0}>{1}</{0}>", level, xml_safe(value.get("text", "")))
    if isinstance(block, ImageBlock):
        return _render_image(value, renditions.get(value.get("image")))
    if isinstance(block, QuoteBlock):
        attribution = xml_safe(value.get("attribution", ""))
        quote = format_html("<blockquote><p>{}</p></blockquote>", xml_safe(value.get("quote", "")))
        return quote + (format_html("<p>— {}</p>", attribution) if attribution else "")
    if isinstance(block, DocumentBlock):
        document = documents.get(value.get("document"))
        if document is None:
            return ""
        label = xml_safe(value.get("label") or document.title)
        return format_html('<p><a href="{}">{}</a></p>', document.url, label)
    if isinstance(block, MediaBlock):
        return _render_media(value, media.get(value.get("media")))
    # Blocks other than the shared core ones stay on the web page, which every item links to.
    return ""


def _render_media(value: dict, file) -> str:
    """A player where the reader plays audio/video, and always a link to the file with its format and length."""
    if file is None:
        return ""
    tag = "video" if file.type == "video" else "audio"
    title = xml_safe(value.get("title") or file.title)
    details = ", ".join(
        part for part in (getattr(file, "format_label", ""), getattr(file, "duration_label", "")) if part
    )
    player = format_html('<{0} controls preload="none" src="{1}"></{0}>', tag, file.url)
    link = format_html('<a href="{}">{}</a>', file.url, title)
    caption = xml_safe(value.get("caption", ""))
    text = format_html("{} ({})", link, details) if details else link
    if caption:
        text = format_html("{}. {}", text, caption)
    return format_html("<figure>{}<figcaption>{}</figcaption></figure>", player, text)


def _render_image(value: dict, found) -> str:
    if found is None:
        return ""
    image, rendition = found
    tag = format_html(
        '<img src="{}" width="{}" height="{}" alt="{}">',
        rendition.url,
        rendition.width,
        rendition.height,
        xml_safe(value.get("alt_text") or image.default_alt_text),
    )
    caption = xml_safe(value.get("caption", ""))
    return format_html("<figure>{}<figcaption>{}</figcaption></figure>", tag, caption) if caption else tag
