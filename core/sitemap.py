"""The sitemap: every live public page of every language, and the topic and category listings of index
pages, with hreflang alternates."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page, get_page_models


def site_trees(site) -> Q:
    """Pages under the site's root page in any language."""
    in_a_tree = Q()
    for root in site.root_page.get_translations(inclusive=True):
        in_a_tree |= Q(path__startswith=root.path)
    return in_a_tree


def with_x_default(versions: list[dict]) -> list[dict]:
    """A page's ``{"lang_code", "location"}`` versions plus x-default: the default language's version."""
    default = [v["location"] for v in versions if v["lang_code"] == settings.LANGUAGE_CODE]
    return versions + [{"lang_code": "x-default", "location": location} for location in default]


class HubSitemap(Sitemap):
    """Wagtail's sitemap lists one tree; this one lists the site's root in every language."""

    def items(self):
        in_a_tree = site_trees(self.get_wagtail_site())
        # Past its expiry a page is out even before the scheduler (publish_scheduled) unpublishes it.
        return (
            Page.objects.filter(in_a_tree)
            .live()
            .public()
            .exclude(expire_at__lte=timezone.now())
            .select_related("locale")
            .order_by("path")
        )

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        alternates = self.alternates_for({p.translation_key for p in pages})
        urls = []
        for item in pages:
            url_info = {
                "item": item,
                "location": item.get_full_url(self.request),
                "lastmod": item.last_published_at or item.latest_revision_created_at,
            }
            versions = alternates.get(item.translation_key, [])
            if len(versions) > 1:
                url_info["alternates"] = with_x_default(versions)
            urls.append(url_info)
        lastmods = {u["lastmod"] for u in urls}
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls

    def alternates_for(self, translation_keys) -> dict:
        """translation key → [{"lang_code", "location"}] of its live public versions (one query)."""
        versions = (
            Page.objects.filter(translation_key__in=translation_keys)
            .live()
            .public()
            .select_related("locale")
            .order_by("locale__language_code")
        )
        grouped = defaultdict(list)
        for version in versions:
            grouped[version.translation_key].append(
                {"lang_code": version.locale.language_code, "location": version.get_full_url(self.request)}
            )
        return grouped


@dataclass
class Listing:
    """One filtered listing (``/el/nea/topic/<slug>/``) and its versions in other languages."""

    location: str
    lastmod: object = None
    alternates: list[dict] = field(default_factory=list)


class ListingSitemap(Sitemap):
    """Topic and category listings of the index pages (core.listings.FilteredListingMixin) that have
    items; a few queries per index page, however many topics, categories or pages there are."""

    def items(self):
        from core.listings import FilteredListingMixin

        in_a_tree = site_trees(self.get_wagtail_site())
        listing_models = [model for model in get_page_models() if issubclass(model, FilteredListingMixin)]
        if not listing_models:
            return []
        indexes = list(
            Page.objects.filter(in_a_tree)
            .type(*listing_models)
            .live()
            .public()
            .exclude(expire_at__lte=timezone.now())
            .order_by("path")
            .specific()
        )
        by_key = defaultdict(dict)
        for index in indexes:
            by_key[index.translation_key][index.locale_id] = index
        listings = []
        for index in indexes:
            for route_name, filters in index.filtered_listings():
                listings += self._listings(index, by_key[index.translation_key], route_name, list(filters))
        return listings

    def _listings(self, index, versions: dict, route_name: str, filters: list) -> list[Listing]:
        if not filters:
            return []
        model = type(filters[0])
        # translation key → locale id → slug, for this route's filters in every language
        slugs = defaultdict(dict)
        for key, locale_id, slug in model.objects.filter(
            translation_key__in=[item.translation_key for item in filters]
        ).values_list("translation_key", "locale_id", "slug"):
            slugs[key][locale_id] = slug
        listings = []
        for item in filters:
            locations = {
                version.locale.language_code: version.get_full_url(self.request)
                + version.reverse_subpage(route_name, kwargs={"slug": slugs[item.translation_key][locale_id]})
                for locale_id, version in versions.items()
                if locale_id in slugs[item.translation_key]
            }
            own = locations[index.locale.language_code]
            alternates = []
            if len(locations) > 1:
                alternates = with_x_default(
                    [{"lang_code": code, "location": url} for code, url in sorted(locations.items())]
                )
            listings.append(Listing(location=own, lastmod=index.last_published_at, alternates=alternates))
        return listings

    def location(self, item):
        return item.location

    def _urls(self, page, protocol, domain):
        urls = []
        for item in self.paginator.page(page).object_list:
            url_info = {"item": item, "location": item.location, "lastmod": item.lastmod}
            if item.alternates:
                url_info["alternates"] = item.alternates
            urls.append(url_info)
        return urls
