"""StreamField blocks shared by more than one app."""

import uuid

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtailmedia.blocks import AbstractMediaChooserBlock

from core.api import document_data, image_data, media_data, restricted_collection_ids

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h2", "h3", "h4"]


class HeadingBlock(blocks.StructBlock):
    """A section heading; guides build their table of contents from these."""

    text = blocks.CharBlock(label=_("Text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Heading 2")), ("h3", _("Heading 3"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading_block.html"
        preview_value = {"text": "Πώς ιδρύεται μια Κοινωνική Συνεταιριστική Επιχείρηση", "level": "h2"}

    def get_searchable_content(self, value):
        # Only the words: the level's label ("Heading 2") is not content and must not be found.
        return [value["text"]] if value.get("text") else []


class ParagraphBlock(blocks.RichTextBlock):
    """Body text."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Paragraph")
        template = "blocks/paragraph_block.html"
        preview_value = (
            "<p>Η κοινωνική οικονομία βάζει τον άνθρωπο πάνω από το κέρδος "
            "και μοιράζει την αξία που παράγει σε όσους τη δημιουργούν.</p>"
        )


class ImageBlock(blocks.StructBlock):
    """An image with alternative text and an optional caption."""

    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        required=False,
        max_length=250,
        help_text=_(
            "Describe the image for people who cannot see it. Leave empty to use the image's description."
        ),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image_block.html"
        preview_value = {"caption": "Συνάντηση μελών στην Αθήνα"}

    def get_api_representation(self, value, context=None):
        """The image with its renditions (core.api), so apps need no second request."""
        representation = super().get_api_representation(value, context)
        representation["image"] = image_data(value["image"], request=(context or {}).get("request"))
        return representation


class QuoteBlock(blocks.StructBlock):
    """A pull quote with its source."""

    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote_block.html"
        preview_value = {
            "quote": "Η αλληλεγγύη δεν είναι φιλανθρωπία, είναι τρόπος οργάνωσης.",
            "attribution": "Μέλος της ΠΕΣΚΟ",
        }


class DocumentBlock(blocks.StructBlock):
    """A downloadable document with a short label."""

    document = DocumentChooserBlock(label=_("Document"))
    label = blocks.CharBlock(label=_("Link text"), required=False, max_length=200)

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "blocks/document_block.html"
        preview_value = {"label": "Υπόδειγμα καταστατικού (PDF)"}

    def get_api_representation(self, value, context=None):
        """The document's title, download URL and size (core.api) instead of its bare id."""
        representation = super().get_api_representation(value, context)
        representation["document"] = document_data(value["document"], request=(context or {}).get("request"))
        return representation


class MediaBlock(blocks.StructBlock):
    """An audio or video file from the media library, played in place with its captions and transcripts."""

    media = AbstractMediaChooserBlock(label=_("Audio or video file"))
    title = blocks.CharBlock(
        label=_("Title"),
        required=False,
        max_length=200,
        help_text=_("Shown above the player. Leave empty to use the file's title."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "media"
        label = _("Audio or video")
        template = "blocks/media_block.html"
        preview_value = {"title": "Φωνές της κοινωνικής οικονομίας", "caption": "Απόσπασμα από την εκπομπή"}

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        media = value.get("media")
        if media is not None and media.collection_id in restricted_collection_ids(context.get("request")):
            # A file in a collection this visitor may not view: a notice instead of a broken player.
            context["media_restricted"] = True
            return context
        transcripts = getattr(media, "transcripts", None)
        context["transcripts"] = list(transcripts.all()) if transcripts is not None else []
        # Several players may share a page; each transcript seeks its own.
        context["player_id"] = f"player-{uuid.uuid4().hex[:12]}"
        return context

    def get_searchable_content(self, value):
        return [text for text in (value.get("title"), value.get("caption")) if text]

    def get_api_representation(self, value, context=None):
        """The file's URL, type, size, duration, poster and transcripts (core.api) instead of its bare id."""
        representation = super().get_api_representation(value, context)
        representation["media"] = media_data(value["media"], request=(context or {}).get("request"))
        return representation


class VideoEmbedBlock(EmbedBlock):
    """An embedded video or post from an oEmbed provider."""

    class Meta:
        icon = "media"
        label = _("Embed")
        template = "blocks/embed_block.html"
        preview_value = "https://www.youtube.com/watch?v=mwrsL7-fhxI"


class SocialLinkBlock(blocks.StructBlock):
    """A link to one of the organisation's social media profiles."""

    network = blocks.ChoiceBlock(
        label=_("Network"),
        choices=[
            ("facebook", "Facebook"),
            ("x", "X / Twitter"),
            ("instagram", "Instagram"),
            ("youtube", "YouTube"),
            ("linkedin", "LinkedIn"),
            ("mastodon", "Mastodon"),
            ("other", _("Other")),
        ],
    )
    url = blocks.URLBlock(label=_("Address"))

    class Meta:
        icon = "link"
        label = _("Social link")
        template = "blocks/social_link_block.html"
        preview_value = {"network": "facebook", "url": "https://www.facebook.com/"}


class BaseBodyBlock(blocks.StreamBlock):
    """What every page body offers: text, headings, images, quotes, documents, embeds, audio and video.
    Each page type's body subclasses it (``ArticleBodyBlock``, ``GuideBodyBlock`` …) with its own template."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    document = DocumentBlock()
    embed = VideoEmbedBlock()
    media = MediaBlock()


class SectionBodyBlock(BaseBodyBlock):
    """Generic rich content for plain pages (about, contact)."""

    class Meta:
        template = "blocks/section_body_block.html"
