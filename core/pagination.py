"""One pagination helper for every listing: junk and out-of-range page numbers fall back gracefully."""

from django.core.paginator import Page, Paginator


def paginate(request, queryset, per_page: int = 12, param: str = "page") -> Page:
    """The requested page of ``queryset``; ``?page=abc`` gives the first page, ``?page=999`` the last."""
    return Paginator(queryset, per_page).get_page(request.GET.get(param))
