"""The editors' report of what readers search for: most searched first, and the searches that found nothing."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.auth import permission_denied
from wagtail.admin.filters import LocaleFilter, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn
from wagtail.admin.views.reports import ReportView
from wagtail.coreutils import get_content_languages

from search.models import SearchTerm

VIEW_PERMISSION = "search.view_searchterm"


class SearchTermFilterSet(WagtailFilterSet):
    locale = LocaleFilter(
        label=_("Language"),
        choices=lambda: list(get_content_languages().items()),
        empty_label=None,
        null_label=_("All"),
        null_value=None,
        widget=forms.RadioSelect,
    )
    found_nothing = django_filters.BooleanFilter(
        label=_("Results"),
        method="filter_found_nothing",
        widget=forms.RadioSelect(
            choices=[("", _("All")), ("true", _("Found nothing")), ("false", _("Found something"))]
        ),
    )

    class Meta:
        model = SearchTerm
        fields = []

    def filter_found_nothing(self, queryset, name, value):
        if value is None:
            return queryset
        return queryset.filter(last_result_count=0) if value else queryset.filter(last_result_count__gt=0)


class SearchTermsReportView(ReportView):
    """Site search terms per language with how often they were searched and what they found."""

    page_title = _("Site search terms")
    header_icon = "search"
    index_url_name = "search_reports:terms"
    index_results_url_name = "search_reports:terms_results"
    filterset_class = SearchTermFilterSet
    is_searchable = True
    search_fields = ["query", "typed_as"]
    search_backend_name = None
    default_ordering = "-hits"
    columns = [
        Column("typed_as", label=_("Query"), sort_key="query"),
        Column("locale", label=_("Language"), accessor="locale.get_display_name"),
        NumberColumn("hits", label=_("Searches"), sort_key="hits"),
        NumberColumn(
            "hits_without_results", label=_("Searches without results"), sort_key="hits_without_results"
        ),
        NumberColumn("last_result_count", label=_("Results last time"), sort_key="last_result_count"),
        DateColumn("last_searched_at", label=_("Last searched"), sort_key="last_searched_at"),
    ]
    list_export = [
        "typed_as",
        "locale.language_code",
        "hits",
        "hits_without_results",
        "last_result_count",
        "last_searched_at",
    ]
    export_headings = {
        "typed_as": _("Query"),
        "locale.language_code": _("Language"),
        "hits": _("Searches"),
        "hits_without_results": _("Searches without results"),
        "last_result_count": _("Results last time"),
        "last_searched_at": _("Last searched"),
    }

    def get_base_queryset(self):
        return SearchTerm.objects.select_related("locale")

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(VIEW_PERMISSION):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)
