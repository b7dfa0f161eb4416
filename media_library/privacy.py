"""Audio/video files in collections with view restrictions: who may play them, what feeds leave out."""

from __future__ import annotations

from wagtail.models import CollectionViewRestriction

from core.api import restricted_collection_ids


def private_collections() -> set[int]:
    """Ids of the collections with a view restriction and of every collection below one."""
    return restricted_collection_ids(None)


def collection_access(request, collection_path: str | None) -> str:
    """How a request may see something in the collection at ``collection_path``: "public", "admitted"
    (restricted, but the request passes: logged in, password given …) or "refused"."""
    if collection_path is None:
        return "public"
    covering = [
        restriction
        for restriction in CollectionViewRestriction.objects.select_related("collection")
        if collection_path.startswith(restriction.collection.path)
    ]
    if not covering:
        return "public"
    return "admitted" if all(r.accept_request(request) for r in covering) else "refused"
