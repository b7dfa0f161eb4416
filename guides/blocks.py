"""The body of a guide and its downloads."""

from wagtail import blocks

from core.blocks import BaseBodyBlock, DocumentBlock


class GuideBodyBlock(BaseBodyBlock):
    """The text of a guide; its headings make the table of contents."""

    class Meta:
        template = "blocks/guide_body_block.html"


class GuideDownloadsBlock(blocks.StreamBlock):
    """Documents readers can download with a guide (forms, templates, checklists)."""

    document = DocumentBlock()

    class Meta:
        template = "blocks/guide_downloads_block.html"
