"""The body of a news article."""

from wagtail import blocks

from core.blocks import DocumentBlock, HeadingBlock, ImageBlock, ParagraphBlock, QuoteBlock, VideoEmbedBlock


class ArticleBodyBlock(blocks.StreamBlock):
    """Paragraphs, headings, images, quotes, embeds and document downloads of one article."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    embed = VideoEmbedBlock()
    document = DocumentBlock()
    # Audio and video players for the media library's files are added here by the media issue;
    # their blocks live in core.blocks because news may not import media_library.

    class Meta:
        template = "blocks/article_body_block.html"
