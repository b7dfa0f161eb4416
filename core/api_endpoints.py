"""Content API endpoints that core adds to Wagtail's (the router lives in hub/api.py)."""

from wagtailmedia.api.views import MediaAPIViewSet

from core.api import prefetch_api_relations, restricted_collection_ids


class MediaAssetsAPIViewSet(MediaAPIViewSet):
    """/api/v2/media/: wagtailmedia's endpoint, with the media model's api_fields fetched up front; like
    Wagtail's images and documents endpoints, it leaves out files in collections the request may not view."""

    def get_queryset(self):
        queryset = prefetch_api_relations(super().get_queryset(), self.model).select_related("collection")
        return queryset.exclude(collection__in=restricted_collection_ids(self.request))
