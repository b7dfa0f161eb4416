"""Admin registration for shared snippets, and the core part of the demo content."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core import seed
from core.models import OrganisationDetails, Person, Topic


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name", "slug"]
    ordering = ["name"]


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = _("People")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "role", "locale"]
    list_filter = ["locale"]
    search_fields = ["name", "role"]
    ordering = ["name"]


class OrganisationDetailsViewSet(SnippetViewSet):
    model = OrganisationDetails
    icon = "site"
    menu_label = _("Organisation details")
    menu_order = 900
    list_display = ["name", "email", "locale"]
    list_filter = ["locale"]


register_snippet(TopicViewSet)
register_snippet(PersonViewSet)
register_snippet(OrganisationDetailsViewSet)

hooks.register("seed_demo_content", seed.seed_organisation, order=-10)
hooks.register("seed_demo_content", seed.seed_admin_user, order=1000)
