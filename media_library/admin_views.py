"""The admin's media listing: wagtailmedia's own index, plus a filter by kind (audio or video)."""

from __future__ import annotations

from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.vary import vary_on_headers
from wagtail.admin.forms.search import SearchForm
from wagtail.admin.models import popular_tags_for_model
from wagtail.models import Collection
from wagtailmedia import get_media_model
from wagtailmedia.permissions import MediaPermissionPolicyChecker
from wagtailmedia.utils import paginate

MEDIA_KINDS = {"audio": _("Audio"), "video": _("Video")}
ORDERINGS = ("title", "-title", "created_at", "-created_at")

permission_checker = MediaPermissionPolicyChecker()


@permission_checker.require_any("add", "change", "delete")
@vary_on_headers("X-Requested-With")
def media_index(request):
    """``/admin/media/``: search, collection, tag and kind filters, newest first unless asked otherwise."""
    permission_policy = permission_checker.policy
    media = permission_policy.instances_user_has_any_permission_for(request.user, ["change", "delete"])

    ordering = request.GET.get("ordering")
    if ordering not in ORDERINGS:
        ordering = "-created_at"
    media = media.order_by(ordering)

    current_kind = request.GET.get("type")
    if current_kind in MEDIA_KINDS:
        media = media.filter(type=current_kind)
    else:
        current_kind = None

    current_collection = None
    collection_id = request.GET.get("collection_id", "")
    if collection_id.isdigit():
        current_collection = Collection.objects.filter(pk=collection_id).first()
        if current_collection:
            media = media.filter(collection=current_collection)

    current_tag = request.GET.get("tag") or None
    if current_tag:
        media = media.filter(tags__name=current_tag)

    query_string = ""
    form = SearchForm(request.GET or None, placeholder=_("Search media files"))
    if form.is_valid() and form.cleaned_data["q"].strip():
        query_string = form.cleaned_data["q"]
        media = media.search(query_string)

    collections = permission_policy.collections_user_has_any_permission_for(request.user, ["add", "change"])
    context = {
        "ordering": ordering,
        "media_files": paginate(request, media)[1],
        "query_string": query_string,
        "is_searching": bool(query_string),
        "collections": collections if len(collections) > 1 else None,
    }
    if request.headers.get("x-requested-with") == "XMLHttpRequest":
        return render(request, "wagtailmedia/media/results.html", context)
    return render(
        request,
        "wagtailmedia/media/index.html",
        {
            **context,
            "search_form": form,
            "popular_tags": popular_tags_for_model(get_media_model()),
            "current_tag": current_tag,
            "current_collection": current_collection,
            "current_kind": current_kind,
            "media_kinds": MEDIA_KINDS.items(),
            "user_can_add": permission_policy.user_has_permission(request.user, "add"),
        },
    )
