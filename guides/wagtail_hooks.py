"""The knowledge base in the admin and on the home page, its import kind, and its demo content."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.sections import HomeSection
from guides import seed
from guides.importing import GuideImport
from guides.models import GuideCategory, GuideIndexPage, GuidePage

FEATURED_GUIDES_ON_HOME = 3


class GuideCategoryViewSet(SnippetViewSet):
    model = GuideCategory
    icon = "folder-open-inverse"
    menu_label = gettext_lazy("Guide categories")
    menu_order = 220
    add_to_admin_menu = True
    list_display = ["name", "slug", "sort_order", "locale"]
    list_filter = ["locale"]
    search_fields = ["name", "slug"]
    ordering = ["sort_order", "name"]
    sort_order_field = "sort_order"


register_snippet(GuideCategoryViewSet)


@hooks.register("home_sections")
def featured_guides(home, request):
    index = GuideIndexPage.objects.child_of(home).live().public().first()
    if index is None:
        return None
    guides = GuidePage.objects.child_of(index).published().featured().newest_first().for_listing()
    return HomeSection(
        key="guides",
        heading=_("Featured guides"),
        items=list(guides[:FEATURED_GUIDES_ON_HOME]),
        order=30,
        more_url=index.get_url(request),
        more_label=_("All guides"),
    )


@hooks.register("register_import_kinds")
def register_import_kinds():
    return [GuideImport()]


hooks.register("seed_demo_content", seed.seed_guides, order=30)
