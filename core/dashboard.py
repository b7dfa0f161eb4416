"""Admin dashboard panels: recent episodes and untranslated content (Wagtail's own panel lists moderation)."""

from __future__ import annotations

from django.urls import reverse
from wagtail.admin.ui.components import Component
from wagtail.models import Page
from wagtail.permissions import policy_registry

from core.reports import translation_target_locale, untranslated_pages, user_can_view_translation_report

RECENT_EPISODES_LIMIT = 5


class RecentEpisodesPanel(Component):
    """The latest radio and TV episodes the user may edit, drafts included."""

    name = "recent_episodes"
    template_name = "core/dashboard/recent_episodes.html"
    order = 230

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        editable = policy_registry.get_by_type(Page).instances_user_has_any_permission_for(
            request.user, ["add", "change", "publish"]
        )
        # By label, since core imports no content app.
        episodes = (
            editable.filter(content_type__app_label="media_library", content_type__model="episodepage")
            .prefetch_workflow_states()
            .annotate_approved_schedule()
            .select_related("content_type")
            .order_by("-latest_revision_created_at", "-pk")[:RECENT_EPISODES_LIMIT]
        )
        return {"episodes": list(episodes), "request": request}


class UntranslatedContentPanel(Component):
    """How many live pages still lack an English version, with a link to the report."""

    name = "untranslated_content"
    template_name = "core/dashboard/untranslated_content.html"
    order = 240

    def render_html(self, parent_context=None):
        if not user_can_view_translation_report(parent_context["request"].user):
            return ""
        return super().render_html(parent_context)

    def get_context_data(self, parent_context):
        return {
            "count": untranslated_pages().count() if translation_target_locale() else 0,
            "report_url": reverse("core_reports:untranslated_pages"),
        }


def add_dashboard_panels(request, panels: list) -> None:
    """construct_homepage_panels hook."""
    panels.append(RecentEpisodesPanel())
    panels.append(UntranslatedContentPanel())
