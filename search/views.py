"""The search page and the autocomplete endpoint, per language (/<locale>/search/ and .../suggest/)."""

from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.http import urlencode
from django.views.decorators.http import require_GET
from wagtail.models import Locale

from core.analysis import analyse_query
from core.models import Topic
from core.pagination import paginate
from search.kinds import KINDS, KINDS_BY_KEY, result_kind
from search.promotions import promotions_for
from search.queries import (
    autocomplete_pages,
    clean_query,
    filter_pages,
    match_pages,
    searchable_pages,
)
from search.results import build_hits
from search.services import record_search
from search.suggestions import did_you_mean

RESULTS_PER_PAGE = 10
SUGGESTIONS = 8


@require_GET
def search(request):
    locale = Locale.get_active()
    query = clean_query(request.GET.get("q"))
    kind = KINDS_BY_KEY.get(request.GET.get("kind", ""))
    topics = list(Topic.objects.filter(locale=locale))
    topic = next((t for t in topics if t.slug == request.GET.get("topic")), None)
    filters = {"q": query.text, "kind": kind.key if kind else "", "topic": topic.slug if topic else ""}
    context = {
        "query": query,
        "search_query": query.text,
        "kinds": KINDS,
        "kind": kind,
        "topics": topics,
        "topic": topic,
        "extra_query": urlencode({key: value for key, value in filters.items() if value}),
    }
    if query.has_words:
        pages = filter_pages(searchable_pages(locale).specific(), kind=kind, topic=topic)
        results = paginate(request, match_pages(pages, query.text), per_page=RESULTS_PER_PAGE)
        total = results.paginator.count
        context.update(
            results=results,
            total=total,
            hits=build_hits(results.object_list, analyse_query(query.text), request),
        )
        if results.number == 1:
            context["promotions"] = promotions_for(query.text, locale, request)
        # Counted once per search: following pages of the same search are not new searches.
        if not request.GET.get("page"):
            record_search(locale=locale, query=query.text, result_count=total)
        if not total:
            context["suggestion"] = did_you_mean(query.text, locale)
    return TemplateResponse(request, "search/search.html", context)


@require_GET
def suggest(request):
    """JSON for the search box: {"results": [{"title", "url", "kind"}]} (CONTRACTS §3)."""
    query = clean_query(request.GET.get("q"))
    if not query.has_words:
        return JsonResponse({"results": []})
    pages = autocomplete_pages(searchable_pages(Locale.get_active()), query.text, limit=SUGGESTIONS)
    results = [
        {
            "title": page.seo_title or page.title,
            "url": page.get_url(request),
            "kind": result_kind(page.cached_content_type)[0],
        }
        for page in pages
    ]
    return JsonResponse({"results": results}, json_dumps_params={"ensure_ascii": False})
