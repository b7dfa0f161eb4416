"""StreamField blocks for episode show notes."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from core.blocks import DocumentBlock, HeadingBlock, ImageBlock, ParagraphBlock, QuoteBlock, VideoEmbedBlock


class EpisodeBodyBlock(blocks.StreamBlock):
    """Show notes: what the episode covers, links and documents mentioned, photos from the studio."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    document = DocumentBlock()
    embed = VideoEmbedBlock()

    class Meta:
        label = _("Show notes")
        icon = "doc-full"
        template = "media_library/blocks/episode_body_block.html"
        preview_value = [
            ("heading", {"text": "Σε αυτό το επεισόδιο", "level": "h2"}),
            ("paragraph", "<p>Μιλάμε με μέλη συνεταιρισμών για το πώς ξεκίνησαν.</p>"),
        ]
