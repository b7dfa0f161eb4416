"""The pages endpoint of the content API, with ?search= matched like the site search."""

from django.conf import settings
from django.utils import timezone
from modelsearch.backends.base import FilterFieldError, OrderByFieldError
from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.models import Page

from core.api import prefetch_api_relations
from search.queries import clean_query, match_pages


class SiteSearchFilter(SearchFilter):
    """``?search=``: the site search's matching (analysed words, all of them, else any of them)."""

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        if not getattr(settings, "WAGTAILAPI_SEARCH_ENABLED", True):
            raise BadRequestError("search is disabled")
        if getattr(queryset, "_filtered_by_tag", False):
            raise BadRequestError("filtering by tag with a search query is not supported")
        search_operator = request.GET.get("search_operator") or None
        if search_operator not in (None, "and", "or"):
            raise BadRequestError("search_operator must be 'and' or 'or'")
        query = clean_query(request.GET["search"])
        try:
            return match_pages(
                queryset,
                query.text,
                search_operator=search_operator,
                order_by_relevance="order" not in request.GET,
            )
        except FilterFieldError as error:
            raise BadRequestError(f"cannot filter by '{error.field_name}' while searching") from error
        except OrderByFieldError as error:
            raise BadRequestError(f"cannot order by '{error.field_name}' while searching") from error


class HubPagesAPIViewSet(PagesAPIViewSet):
    """/api/v2/pages/ (CONTRACTS §3); ?search= finds what the site search finds."""

    filter_backends = [
        SiteSearchFilter if backend is SearchFilter else backend
        for backend in PagesAPIViewSet.filter_backends
    ]

    def get_queryset(self):
        queryset = super().get_queryset()
        return prefetch_api_relations(queryset, queryset.model)

    def get_base_queryset(self):
        """Live public pages, less those past their expiry that the scheduler has yet to unpublish."""
        # By id, as searchable_pages() does: the search backends cannot filter on expire_at itself.
        expired = Page.objects.filter(expire_at__lte=timezone.now()).values("pk")
        return super().get_base_queryset().exclude(pk__in=expired)
