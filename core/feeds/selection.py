"""Which pages a feed may carry, and the permanent ids feed readers know them by."""

from __future__ import annotations

import uuid
from datetime import datetime

from django.db.models import Q
from django.utils import timezone
from wagtail.models import Page, PageQuerySet

ENTRY_ID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:pesko-hub:feed-entries")


def syndicated(queryset: PageQuerySet, now: datetime | None = None) -> PageQuerySet:
    """Live, public pages already published and not past their expiry (before the expiry job has run)."""
    now = now or timezone.now()
    return (
        queryset.live()
        .public()
        .filter(first_published_at__lte=now)
        .filter(Q(expire_at__isnull=True) | Q(expire_at__gt=now))
    )


def entry_id(page: Page, language: str) -> str:
    """A permanent id for a page's feed entry: one per translation, unchanged by moves and renames."""
    return uuid.uuid5(ENTRY_ID_NAMESPACE, f"{page.translation_key}:{language}").urn
