"""Index pages whose listing narrows at a sub-route (news by topic, guides by category or topic)."""

from __future__ import annotations

from wagtail.contrib.routable_page.models import RoutablePageMixin

from core.i18n import route_translations
from core.pagination import paginate


class FilteredListingMixin(RoutablePageMixin):
    """Renders a paginated listing with its canonical URL and, when filtered, the filter's translations."""

    per_page = 12

    def canonical_url(self, request, items, route: str = "") -> str:
        """This listing's absolute URL, keeping the page number beyond the first page."""
        url = request.build_absolute_uri(self.get_url(request) + route)
        return f"{url}?page={items.number}" if items.number > 1 else url

    def render_listing(
        self, request, *, name: str, queryset, route_name: str = "", filter_by=None, **context
    ):
        """The page with ``queryset`` paginated as ``name``; ``filter_by`` is the topic or category of
        ``route_name``'s listing, whose translations the language switcher and hreflang links follow."""
        items = paginate(request, queryset, self.per_page)
        route = ""
        if filter_by is not None:
            route = self.reverse_subpage(route_name, kwargs={"slug": filter_by.slug})
            context["route_translations"] = route_translations(
                request, page=self, route_name=route_name, snippet=filter_by
            )
        return self.render(
            request,
            context_overrides={
                name: items,
                "canonical": self.canonical_url(request, items, route),
                **context,
            },
        )
