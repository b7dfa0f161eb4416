"""Index pages whose listing narrows at a sub-route (news by topic, guides by category or topic)."""

from __future__ import annotations

from django.shortcuts import get_object_or_404
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from core.i18n import route_translations
from core.models import Topic
from core.pagination import paginate


class FilteredListingMixin(RoutablePageMixin):
    """An index of published child pages, newest first, paginated, and by topic at ``topic/<slug>/``.

    A subclass names its pages for templates (``listing_name``) and says which they are (``listing_pages``);
    it may add routes for other filters with ``render_listing``."""

    per_page = 12
    listing_name = "items"

    def listing_pages(self):
        """The published pages this index lists (a BasePageQuerySet)."""
        raise NotImplementedError

    def listing(self):
        """The listed pages, newest first, ready for cards."""
        return self.listing_pages().newest_first().for_listing()

    def topics(self):
        """This language's topics that have at least one listed page."""
        return Topic.objects.filter(locale_id=self.locale_id, pk__in=self.listing_pages().values("topics"))

    def filtered_listings(self) -> list[tuple[str, object]]:
        """(route name, queryset of its non-empty filters) for the sitemap; a subclass adds its own routes."""
        return [("topic", self.topics())]

    def canonical_url(self, request, items, route: str = "") -> str:
        """This listing's absolute URL, keeping the page number beyond the first page."""
        url = request.build_absolute_uri(self.get_url(request) + route)
        return f"{url}?page={items.number}" if items.number > 1 else url

    def render_listing(self, request, *, queryset, route_name: str = "", filter_by=None, **context):
        """The page with ``queryset`` paginated as ``listing_name``; ``filter_by`` is the topic or category
        of ``route_name``'s listing, whose translations the language switcher and hreflang links follow."""
        items = paginate(request, queryset, self.per_page)
        route = ""
        if filter_by is not None:
            route = self.reverse_subpage(route_name, kwargs={"slug": filter_by.slug})
            context["route_translations"] = route_translations(
                request, page=self, route_name=route_name, snippet=filter_by
            )
        context |= {self.listing_name: items, "canonical": self.canonical_url(request, items, route)}
        return self.render(request, context_overrides=context)

    @path("")
    def index_route(self, request):
        return self.render_listing(request, queryset=self.listing())

    @path("topic/<slug:slug>/", name="topic")
    def topic_route(self, request, slug: str):
        topic = get_object_or_404(Topic, locale_id=self.locale_id, slug=slug)
        return self.render_listing(
            request, queryset=self.listing().in_topic(topic), route_name="topic", filter_by=topic, topic=topic
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["topics"] = self.topics()
        return context
