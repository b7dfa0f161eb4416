"""GuideIndexPage: the front page of the knowledge base, browsable by category and by topic."""

from __future__ import annotations

from django.db.models import Count, Q
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import path
from wagtail.fields import RichTextField

from core.listings import FilteredListingMixin
from core.models import BasePage
from core.search_fields import AnalysedSearchField
from guides.models.categories import GuideCategory
from guides.models.guide import GuidePage


class GuideIndexPage(FilteredListingMixin, BasePage):
    """The knowledge base of one language (/el/odigoi/): categories, topics and every guide, newest first."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["guides.GuidePage"]
    max_count_per_parent = 1
    listing_name = "guides"

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("A sentence or two about the knowledge base, above the categories."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    search_fields = [*BasePage.search_fields, AnalysedSearchField("intro")]

    api_fields = [*BasePage.api_fields, APIField("intro")]

    class Meta:
        verbose_name = _("guide index page")

    def listing_pages(self):
        return GuidePage.objects.child_of(self).published()

    def guides(self):
        """The published guides of this knowledge base, newest first, ready for cards."""
        return self.listing()

    def categories(self):
        """This language's categories that have published guides here, each with ``guide_count``."""
        published = self.listing_pages().values("pk")
        return (
            GuideCategory.objects.filter(locale_id=self.locale_id)
            .annotate(guide_count=Count("guides", filter=Q(guides__in=published)))
            .filter(guide_count__gt=0)
            .order_by("sort_order", "name")
        )

    def filtered_listings(self):
        return [*super().filtered_listings(), ("category", self.categories())]

    @path("category/<slug:slug>/", name="category")
    def category_route(self, request, slug: str):
        category = get_object_or_404(GuideCategory, locale_id=self.locale_id, slug=slug)
        return self.render_listing(
            request,
            queryset=self.guides().in_category(category),
            route_name="category",
            filter_by=category,
            category=category,
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["categories"] = self.categories()
        return context
