"""The body of a news article."""

from core.blocks import BaseBodyBlock


class ArticleBodyBlock(BaseBodyBlock):
    """Paragraphs, headings, images, quotes, embeds, document downloads and audio/video of one article."""

    class Meta:
        template = "blocks/article_body_block.html"
