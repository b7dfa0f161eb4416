"""Admin: the site search terms report (Reports menu), with its permission assignable to groups."""

from django.contrib.auth.models import Permission
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from search import admin_urls
from search.reports import VIEW_PERMISSION


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("reports/site-search-terms/", include(admin_urls, namespace="search_reports"))]


class SearchTermsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(VIEW_PERMISSION)


@hooks.register("register_reports_menu_item")
def register_search_terms_menu_item():
    return SearchTermsMenuItem(
        _("Site search terms"),
        reverse("search_reports:terms"),
        name="site-search-terms",
        icon_name="search",
        order=1310,
    )


@hooks.register("register_permissions")
def register_permissions():
    return Permission.objects.filter(content_type__app_label="search", codename="view_searchterm")
