"""The sitemap: every live public page of every language, with hreflang alternates."""

from collections import defaultdict

from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class HubSitemap(Sitemap):
    """Wagtail's sitemap lists one tree; this one lists the site's root in every language."""

    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_a_tree = Q()
        for root in roots:
            in_a_tree |= Q(path__startswith=root.path)
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
                url_info["alternates"] = versions + [
                    {"lang_code": "x-default", "location": v["location"]}
                    for v in versions
                    if v["lang_code"] == settings.LANGUAGE_CODE
                ]
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
