"""Admin registration for shared snippets, editorial roles, reports and dashboard, and core demo content."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.models import Locale, TranslatableMixin
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core import roles, seed
from core.dashboard import add_dashboard_panels
from core.models import OrganisationDetails, Person, Topic
from core.reports import UntranslatedPagesMenuItem, UntranslatedPagesView


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    menu_order = 200
    add_to_admin_menu = True
    # No list_filter = ["locale"] in these viewsets: Wagtail adds its own language filter (?locale=el),
    # and a model-field filter of that name would replace it with one expecting a locale id.
    list_display = ["name", "slug", "locale"]
    search_fields = ["name", "slug"]
    ordering = ["name"]


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = _("People")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "role", "locale"]
    search_fields = ["name", "role"]
    ordering = ["name"]


class OrganisationDetailsViewSet(SnippetViewSet):
    model = OrganisationDetails
    icon = "site"
    menu_label = _("Organisation details")
    menu_order = 900
    list_display = ["name", "email", "locale"]


register_snippet(TopicViewSet)
register_snippet(PersonViewSet)
register_snippet(OrganisationDetailsViewSet)

hooks.register("seed_demo_content", seed.seed_organisation, order=-10)
# After every app's pages exist, so the roles and the workflow attach to the homes and sections.
hooks.register("seed_demo_content", roles.seed_roles, order=900)
hooks.register("seed_demo_content", seed.seed_admin_user, order=1000)
hooks.register("construct_homepage_panels", add_dashboard_panels)


@hooks.register("register_admin_urls")
def register_report_urls():
    urls = [
        path("untranslated/", UntranslatedPagesView.as_view(), name="untranslated_pages"),
        path(
            "untranslated/results/",
            UntranslatedPagesView.as_view(results_only=True),
            name="untranslated_pages_results",
        ),
    ]
    return [path("hub-reports/", include((urls, "core_reports"), namespace="core_reports"))]


@hooks.register("register_reports_menu_item")
def register_untranslated_pages_menu_item():
    return UntranslatedPagesMenuItem(
        _("Not yet translated"),
        reverse("core_reports:untranslated_pages"),
        name="untranslated-pages",
        icon_name="wagtail-localize-language",
        order=1300,
    )


@hooks.register("before_edit_snippet", order=-1)
def protect_original_snippets(request, instance):
    """Translators translate topics and people but may not edit the Greek originals."""
    if (
        isinstance(instance, TranslatableMixin)
        and instance.locale_id == Locale.get_default().pk
        and not roles.user_may_edit_original(user=request.user, model=type(instance))
    ):
        return permission_denied(request)
    return None
