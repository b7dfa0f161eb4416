"""Admin report of live Greek pages that have no live English translation yet."""

from __future__ import annotations

import datetime

from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef, Subquery
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import ContentTypeFilter, WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.reports import PageReportView
from wagtail.models import Locale, Page, get_page_content_types
from wagtail.permissions import policy_registry

# The site is Greek first; English is the one translation language (CONTRACTS.md §2).
TARGET_LANGUAGE_CODE = "en"


def untranslated_pages(*, target_locale: Locale | None = None):
    """Live pages of the default locale without a live translation in the target locale, newest first.

    Each page carries ``translation_id``: the id of its (draft) translation, or None when nobody has
    started one.
    """
    source_locale = Locale.get_default()
    target_locale = target_locale or translation_target_locale()
    pages = Page.objects.filter(locale=source_locale, depth__gt=1).live()
    if target_locale is None:
        return pages.none()
    translations = Page.objects.filter(translation_key=OuterRef("translation_key"), locale=target_locale)
    return (
        pages.filter(~Exists(translations.filter(live=True)))
        .annotate(translation_id=Subquery(translations.values("pk")[:1]))
        .select_related("content_type")
        .order_by("-first_published_at", "-pk")
    )


def translation_target_locale() -> Locale | None:
    return Locale.objects.filter(language_code=TARGET_LANGUAGE_CODE).first()


def user_can_view_translation_report(user) -> bool:
    """Translators, and anyone who edits pages."""
    return user.has_perm("wagtail_localize.submit_translation") or policy_registry.get_by_type(
        Page
    ).user_has_any_permission(user, ["add", "change", "publish"])


class UntranslatedPagesFilterSet(WagtailFilterSet):
    content_type = ContentTypeFilter(
        label=_("Type"),
        queryset=lambda request: get_page_content_types(include_base_page_type=False),
    )

    class Meta:
        model = Page
        fields = ["content_type"]


class UntranslatedPagesView(PageReportView):
    """Where translators find their work: each row links to start or continue the translation."""

    page_title = _("Not yet translated into English")
    header_icon = "wagtail-localize-language"
    results_template_name = "core/reports/untranslated_pages_results.html"
    filterset_class = UntranslatedPagesFilterSet
    index_url_name = "core_reports:untranslated_pages"
    index_results_url_name = "core_reports:untranslated_pages_results"
    export_headings = {
        "title": _("Title"),
        "first_published_at": _("First published"),
        "content_type.model_class._meta.verbose_name.title": _("Type"),
        "full_url": _("URL"),
    }
    list_export = [
        "title",
        "first_published_at",
        "content_type.model_class._meta.verbose_name.title",
        "full_url",
    ]

    def dispatch(self, request, *args, **kwargs):
        if not user_can_view_translation_report(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_filename(self):
        return f"untranslated-pages-{datetime.date.today():%Y-%m-%d}"

    def get_queryset(self):
        return untranslated_pages()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["can_submit_translation"] = self.request.user.has_perm("wagtail_localize.submit_translation")
        return context


class UntranslatedPagesMenuItem(MenuItem):
    def is_shown(self, request):
        return user_can_view_translation_report(request.user)
