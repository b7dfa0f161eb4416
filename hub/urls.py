import re

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from core.sitemap import HubSitemap, ListingSitemap
from core.views import robots_txt
from hub.api import api_router
from media_library.serving import serve_media
from media_library.views import episode_chapters

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path(
        "sitemap.xml",
        sitemap,
        {"sitemaps": {"pages": HubSitemap, "listings": ListingSitemap}},
        name="sitemap",
    ),
    path("robots.txt", robots_txt, name="robots_txt"),
]

# Uploaded files, with HEAD and byte ranges, whatever DEBUG is (media_library.serving).
urlpatterns += [
    re_path(rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}(?P<path>.+)$", serve_media, name="media_file")
]

urlpatterns += i18n_patterns(
    path("search/", include("search.urls")),
    re_path(r"^(?P<path>(?:[\w\-]+/)+)chapters\.json$", episode_chapters, name="episode_chapters"),
    path("", include(wagtail_urls)),
)
