"""Content API endpoints that core adds to Wagtail's (the router lives in hub/api.py)."""

from wagtailmedia.api.views import MediaAPIViewSet

from core.api import prefetch_api_relations


class MediaAssetsAPIViewSet(MediaAPIViewSet):
    """/api/v2/media/: wagtailmedia's endpoint, with the media model's api_fields fetched up front."""

    def get_queryset(self):
        return prefetch_api_relations(super().get_queryset(), self.model).select_related("collection")
