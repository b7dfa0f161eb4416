"""The newsroom roles (Editors, Moderators, Translators) and the Moderation workflow, defined in code."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from core.seed import DEV_ADMIN_PASSWORD

EDITORS = "Editors"
MODERATORS = "Moderators"
TRANSLATORS = "Translators"

WORKFLOW_NAME = "Moderation"
# The same name as the task Wagtail's own migrations create, so that task is reused, not duplicated.
TASK_NAME = "Moderators approval"

HOME_PAGE_TYPE = "home.HomePage"
# Sections that carry the Moderation workflow explicitly; by label, since core imports no content app.
SECTION_PAGE_TYPES = ("news.NewsIndexPage", "guides.GuideIndexPage", "media_library.ShowIndexPage")

# Development logins for trying the workflow (password: DEV_ADMIN_PASSWORD), created only when DEBUG is on.
DEMO_USERS = (
    ("editor", EDITORS, "Συντάκτρια"),
    ("moderator", MODERATORS, "Υπεύθυνος έκδοσης"),
    ("translator", TRANSLATORS, "Μεταφράστρια"),
)

ALL_PAGE_ACTIONS = ("add", "change", "publish", "lock", "unlock", "bulk_delete")


@dataclass(frozen=True)
class Role:
    """What one group may do: page actions per tree, collection and model permissions."""

    name: str
    # Page actions granted on the home page of the default (Greek) locale, i.e. on the originals.
    original_pages: tuple[str, ...]
    # Page actions granted on the home pages of the other locales, i.e. on the translations.
    translated_pages: tuple[str, ...]
    # "app_label.codename" permissions granted on the root collection (images, documents, media).
    collection: tuple[str, ...]
    # "app_label.codename" model permissions (admin access, snippets, wagtail-localize).
    model: tuple[str, ...]


ROLES = (
    Role(
        name=EDITORS,
        original_pages=("add", "change"),
        translated_pages=("add", "change"),
        collection=(
            "wagtailimages.add_image",
            "wagtailimages.change_image",
            "wagtailimages.choose_image",
            "wagtaildocs.add_document",
            "wagtaildocs.change_document",
            "wagtaildocs.choose_document",
            "wagtailmedia.add_media",
            "wagtailmedia.change_media",
        ),
        model=(
            "wagtailadmin.access_admin",
            "core.add_topic",
            "core.change_topic",
            "core.add_person",
            "core.change_person",
        ),
    ),
    Role(
        name=MODERATORS,
        original_pages=ALL_PAGE_ACTIONS,
        translated_pages=ALL_PAGE_ACTIONS,
        collection=(
            "wagtailimages.add_image",
            "wagtailimages.change_image",
            "wagtailimages.delete_image",
            "wagtailimages.choose_image",
            "wagtaildocs.add_document",
            "wagtaildocs.change_document",
            "wagtaildocs.delete_document",
            "wagtaildocs.choose_document",
            "wagtailmedia.add_media",
            "wagtailmedia.change_media",
            "wagtailmedia.delete_media",
        ),
        model=(
            "wagtailadmin.access_admin",
            "wagtail_localize.submit_translation",
            "core.add_topic",
            "core.change_topic",
            "core.delete_topic",
            "core.add_person",
            "core.change_person",
            "core.delete_person",
            "core.add_organisationdetails",
            "core.change_organisationdetails",
        ),
    ),
    Role(
        name=TRANSLATORS,
        original_pages=(),
        # Translators publish translations of content a moderator has already approved in Greek;
        # without "add" they cannot create English-only originals, only wagtail-localize translations.
        translated_pages=("change", "publish"),
        collection=("wagtailimages.choose_image", "wagtaildocs.choose_document"),
        model=(
            "wagtailadmin.access_admin",
            "wagtail_localize.submit_translation",
            "core.change_topic",
            "core.change_person",
            "core.change_organisationdetails",
        ),
    ),
)


@transaction.atomic
def ensure_roles() -> dict[str, Group]:
    """Create or update the three groups and the Moderation workflow to match ROLES; safe to re-run.

    The definitions here are authoritative: page and collection permissions of these groups that are
    not in ROLES (such as Wagtail's default root-page permissions) are removed.
    """
    homes = _locale_homes()
    default_locale_id = _default_locale_id()
    root_collection = Collection.get_first_root_node()
    groups = {}
    for role in ROLES:
        group, _created = Group.objects.get_or_create(name=role.name)
        group.permissions.set([_permission(label) for label in role.model])
        _sync_page_permissions(group=group, role=role, homes=homes, default_locale_id=default_locale_id)
        _sync_collection_permissions(group=group, role=role, collection=root_collection)
        groups[role.name] = group
    ensure_workflows(moderators=groups[MODERATORS])
    return groups


def ensure_workflows(*, moderators: Group) -> Workflow:
    """The Moderation workflow (one approval task for Moderators) on every locale home and section."""
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    if not task.active:
        task.active = True
        task.save(update_fields=["active"])
    task.groups.set([moderators])

    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    WorkflowTask.objects.filter(workflow=workflow).exclude(task=task).delete()
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})

    # Homes too, so sections and standard pages created later inherit the workflow.
    for page_id in _pages_of_types((HOME_PAGE_TYPE, *SECTION_PAGE_TYPES)).values_list("pk", flat=True):
        WorkflowPage.objects.update_or_create(page_id=page_id, defaults={"workflow": workflow})
    return workflow


def user_may_edit_original(*, user, model: type) -> bool:
    """Whether this user may edit records of a translatable snippet model in the default locale.

    Snippet permissions are per model, not per locale: a translator needs "change" to translate a
    topic, so editing the Greek original is reserved to those who may also create originals ("add").
    """
    if user.is_superuser:
        return True
    opts = model._meta
    return user.has_perm(f"{opts.app_label}.add_{opts.model_name}")


def _default_locale_id() -> int | None:
    try:
        return Locale.get_default().pk
    except Locale.DoesNotExist:
        return None


def _locale_homes() -> list[tuple[int, int]]:
    """(page id, locale id) of each language's home page."""
    return list(_pages_of_types((HOME_PAGE_TYPE,)).filter(depth=2).values_list("pk", "locale_id"))


def _pages_of_types(labels: tuple[str, ...]):
    """Pages whose own type is one of these "app_label.ModelName" labels (missing apps match nothing).

    Callers take ids only (values_list): this also runs in a migration, where later wagtailcore
    migrations may not have reached the table yet.
    """
    content_types = ContentType.objects.none()
    for label in labels:
        app_label, model_name = label.split(".")
        content_types |= ContentType.objects.filter(app_label=app_label, model=model_name.lower())
    return Page.objects.filter(content_type__in=content_types).order_by("path")


def _permission(label: str) -> Permission:
    app_label, codename = label.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _page_permission(action: str) -> Permission:
    content_type = ContentType.objects.get_for_model(Page)
    return Permission.objects.get(content_type=content_type, codename=f"{action}_page")


def _sync_page_permissions(
    *, group: Group, role: Role, homes: list[tuple[int, int]], default_locale_id
) -> None:
    wanted = set()
    for home_id, locale_id in homes:
        actions = role.original_pages if locale_id == default_locale_id else role.translated_pages
        wanted |= {(home_id, _page_permission(action).pk) for action in actions}
    existing = GroupPagePermission.objects.filter(group=group)
    for grant in existing:
        if (grant.page_id, grant.permission_id) not in wanted:
            grant.delete()
    have = set(existing.values_list("page_id", "permission_id"))
    GroupPagePermission.objects.bulk_create(
        GroupPagePermission(group=group, page_id=page_id, permission_id=permission_id)
        for page_id, permission_id in sorted(wanted - have)
    )


def _sync_collection_permissions(*, group: Group, role: Role, collection: Collection) -> None:
    wanted = {_permission(label).pk for label in role.collection}
    GroupCollectionPermission.objects.filter(group=group).exclude(
        collection=collection, permission_id__in=wanted
    ).delete()
    have = set(
        GroupCollectionPermission.objects.filter(group=group, collection=collection).values_list(
            "permission_id", flat=True
        )
    )
    GroupCollectionPermission.objects.bulk_create(
        GroupCollectionPermission(group=group, collection=collection, permission_id=permission_id)
        for permission_id in sorted(wanted - have)
    )


def seed_roles(context) -> None:
    """Seed step: attach the roles and the workflow to the demo pages, and demo role users (DEBUG only)."""
    groups = ensure_roles()
    if not settings.DEBUG:
        return
    User = get_user_model()
    for username, group_name, first_name in DEMO_USERS:
        if User.objects.filter(username=username).exists():
            continue
        user = User.objects.create_user(
            username=username,
            email=f"{username}@example.org",
            password=DEV_ADMIN_PASSWORD,
            first_name=first_name,
        )
        user.groups.add(groups[group_name])
        context.count("role users", True)
