"""The body of a news article."""

from wagtail import blocks

from core.blocks import (
    DocumentBlock,
    HeadingBlock,
    ImageBlock,
    MediaBlock,
    ParagraphBlock,
    QuoteBlock,
    VideoEmbedBlock,
)


class ArticleBodyBlock(blocks.StreamBlock):
    """Paragraphs, headings, images, quotes, embeds, document downloads and audio/video of one article."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    embed = VideoEmbedBlock()
    document = DocumentBlock()
    media = MediaBlock()

    class Meta:
        template = "blocks/article_body_block.html"
