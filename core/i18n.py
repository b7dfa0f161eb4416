"""Language alternates of a page: hreflang links and the language switcher never point to a 404."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language_info
from wagtail.models import Locale, Page, Site


@dataclass(frozen=True)
class LanguageLink:
    """One entry of the language switcher."""

    code: str
    name: str
    url: str
    is_current: bool
    is_translation: bool


def live_translations(page: Page, request=None) -> dict[str, str]:
    """language code → URL of each live, public version of the page (itself included)."""
    versions = (
        Page.objects.filter(translation_key=page.translation_key).live().public().select_related("locale")
    )
    urls = {}
    for version in versions:
        url = version.get_url(request)
        if url:
            urls[version.locale.language_code] = url
    return urls


def home_urls(request=None) -> dict[str, str]:
    """language code → URL of that language's home page."""
    site = Site.find_for_request(request) if request else None
    if site is None:
        site = Site.objects.select_related("root_page").filter(is_default_site=True).first()
    if site is None:
        return {}
    return live_translations(site.root_page, request)


def is_translatable_view(request) -> bool:
    """True for non-page views (search, …) whose URL exists in every language; not for Wagtail's 404s."""
    match = getattr(request, "resolver_match", None)
    return match is not None and match.url_name != "wagtail_serve"


def route_translations(request, *, page: Page, route_name: str, snippet) -> dict[str, str]:
    """language code → URL of ``page``'s ``route_name`` listing for ``snippet`` (a translatable topic or
    category with a slug), in each language where both the page and the snippet have a version."""
    slugs = dict(
        type(snippet)
        .objects.filter(translation_key=snippet.translation_key)
        .values_list("locale__language_code", "slug")
    )
    return {
        code: url + page.reverse_subpage(route_name, kwargs={"slug": slugs[code]})
        for code, url in live_translations(page, request).items()
        if code in slugs
    }


def language_links(
    request, page: Page | None, current: str, translations: dict[str, str] | None = None
) -> list[LanguageLink]:
    """The switcher: the page's (or route's) translation, else (for a page) that language's home page."""
    if translations is None:
        translations = live_translations(page, request) if page is not None else {}
    homes = None
    links = []
    for code, _name in settings.LANGUAGES:
        info = get_language_info(code)
        if code in translations:
            url, is_translation = translations[code], True
        elif page is None and is_translatable_view(request):
            url, is_translation = translate_url(request.get_full_path(), code), True
        else:
            homes = homes if homes is not None else home_urls(request)
            url, is_translation = homes.get(code, f"/{code}/"), False
        links.append(
            LanguageLink(
                code=code,
                name=info["name_local"],
                url=url,
                is_current=code == current,
                is_translation=is_translation,
            )
        )
    return links


def hreflang_alternates(
    request, page: Page | None, translations: dict[str, str] | None = None
) -> list[tuple[str, str]]:
    """(hreflang, absolute URL) pairs, plus x-default (the default language), when a page has translations.

    ``translations`` replaces the page's own for a route (a topic listing); a listing's later pages have
    no equivalent in the other language, so they declare none."""
    if page is None or request.GET.get("page", "1") != "1":
        return []
    if translations is None:
        translations = live_translations(page, request)
    if len(translations) < 2:
        return []
    absolute = {code: request.build_absolute_uri(url) for code, url in translations.items()}
    pairs = sorted(absolute.items())
    default_code = Locale.get_default().language_code
    if default_code in absolute:
        pairs.append(("x-default", absolute[default_code]))
    return pairs
