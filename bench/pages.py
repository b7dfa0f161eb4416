"""Many published pages in bulk: one INSERT per table per batch instead of treebeard's add_child per page."""

from __future__ import annotations

from collections.abc import Iterable

from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page

BATCH_SIZE = 1_000


def _insert_rows(model, objects: list) -> None:
    """INSERT the model's own table columns (not its parents') for ``objects``."""
    fields = list(model._meta.local_concrete_fields)
    columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
    placeholders = ", ".join(["%s"] * len(fields))
    rows = [
        [field.get_db_prep_save(field.pre_save(obj, True), connection) for field in fields] for obj in objects
    ]
    sql = f"INSERT INTO {connection.ops.quote_name(model._meta.db_table)} ({columns}) VALUES ({placeholders})"
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)


def insert_pages(parent: Page, pages: Iterable[Page]) -> int:
    """Add published ``pages`` (all of one concrete Page subclass) as children of ``parent``; returns how many."""
    parent = Page.objects.get(pk=parent.pk)
    last = parent.get_last_child()
    number = Page._get_lastpos_in_path(last.path) if last else 0
    now = timezone.now()
    count = 0
    batch: list[Page] = []

    def flush() -> None:
        if not batch:
            return
        model = type(batch[0])
        base_rows = []
        for page in batch:
            base = Page(
                **{field.attname: getattr(page, field.attname) for field in Page._meta.concrete_fields}
            )
            base_rows.append(base)
        Page.objects.bulk_create(base_rows)
        for page, base in zip(batch, base_rows, strict=True):
            page.pk = page.page_ptr_id = base.pk
        _insert_rows(model, batch)
        batch.clear()

    with transaction.atomic():
        for page in pages:
            number += 1
            count += 1
            page.depth = parent.depth + 1
            page.path = Page._get_path(parent.path, page.depth, number)
            page.numchild = 0
            page.url_path = f"{parent.url_path}{page.slug}/"
            page.locale_id = parent.locale_id
            page.live = True
            page.has_unpublished_changes = False
            page.draft_title = page.title
            page.first_published_at = page.first_published_at or now
            page.last_published_at = page.first_published_at
            batch.append(page)
            if len(batch) == BATCH_SIZE:
                flush()
        flush()
        Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + count)
    return count
