"""The home page of each language and plain content pages (about, contact)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField

from core.blocks import SectionBodyBlock
from core.models import BasePage
from core.search_fields import AnalysedSearchField
from core.sections import home_sections


class HomePage(BasePage):
    """The root of one language's tree (/el/, /en/): who PESKO is, then the latest content."""

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "media_library.ShowIndexPage",
        "news.NewsIndexPage",
        "guides.GuideIndexPage",
    ]

    hero_heading = models.CharField(_("hero heading"), max_length=200, blank=True)
    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("A short paragraph under the heading: who the organisation is."),
    )
    body = StreamField(SectionBodyBlock(), verbose_name=_("about the organisation"), blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("hero_heading"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]

    search_fields = [
        *BasePage.search_fields,
        AnalysedSearchField("intro"),
        AnalysedSearchField("body"),
    ]

    api_fields = [*BasePage.api_fields, APIField("hero_heading"), APIField("intro"), APIField("body")]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["home_sections"] = home_sections(self, request)
        return context


class StandardPage(BasePage):
    """A plain page of text and images, such as "About" or "Contact"."""

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    body = StreamField(SectionBodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("body")]

    search_fields = [*BasePage.search_fields, AnalysedSearchField("body")]

    api_fields = [*BasePage.api_fields, APIField("body")]

    class Meta:
        verbose_name = _("standard page")
