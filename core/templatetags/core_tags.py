"""Template tags for the site chrome: language switcher, hreflang, organisation details, menus."""

from django import template
from django.utils.translation import get_language
from wagtail.models import Locale, Page

from core.i18n import hreflang_alternates, language_links
from core.models import OrganisationDetails
from core.slugs import slugify_greek

register = template.Library()


@register.filter
def anchor(text: str) -> str:
    """A stable id for a heading, usable as a #fragment."""
    return slugify_greek(str(text)) or "section"


@register.filter
def is_page(page, other) -> bool:
    """True when both are pages and the same one: ``{% if page|is_page:item %}``."""
    return isinstance(page, Page) and isinstance(other, Page) and page.pk == other.pk


@register.filter
def is_within(page, section) -> bool:
    """True when the page is the section or lies below it in the tree: ``{% if page|is_within:item %}``."""
    return isinstance(page, Page) and isinstance(section, Page) and page.path.startswith(section.path)


@register.simple_tag(takes_context=True)
def language_switcher(context):
    request = context.get("request")
    page = context.get("page") if isinstance(context.get("page"), Page) else None
    return language_links(request, page, get_language(), context.get("route_translations"))


@register.simple_tag(takes_context=True)
def hreflang_links(context):
    request = context.get("request")
    page = context.get("page") if isinstance(context.get("page"), Page) else None
    if request is None:
        return []
    return hreflang_alternates(request, page, context.get("route_translations"))


@register.simple_tag
def organisation():
    return OrganisationDetails.for_locale(Locale.get_active())


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The active language's home page and its children marked "show in menus"."""
    request = context.get("request")
    locale = Locale.get_active()
    home = Page.objects.filter(depth=2, locale=locale).live().first()
    if home is None:
        return {"home": None, "items": []}
    items = home.get_children().live().public().in_menu().specific(defer=True)
    return {"home": home, "items": [(item, item.get_url(request)) for item in items]}
