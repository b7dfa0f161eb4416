"""The ImportKind interface and the "register_import_kinds" hook that collects them from the apps."""

from __future__ import annotations

from enum import StrEnum

from wagtail import hooks

from core.importing.items import ImportContext, ImportItem


class Outcome(StrEnum):
    """What importing one line did."""

    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


class ImportKind:
    """One kind of line ("article", "guide", …): validates its lines and imports them.

    ``validate`` runs for every line before anything is written and returns error messages
    (without the line number, which the framework adds). ``import_item`` runs inside the one
    transaction of the run and returns an ``Outcome``.
    """

    kind: str = ""
    required_fields: tuple[str, ...] = ("title", "summary", "body", "published")
    # Lower imports first: shows before their episodes. Originals always precede translations.
    import_order: int = 0

    def validate(self, item: ImportItem, context: ImportContext) -> list[str]:
        return []

    def import_item(self, item: ImportItem, context: ImportContext) -> Outcome:
        raise NotImplementedError(f"{type(self).__name__} must implement import_item()")


def registered_kinds() -> dict[str, ImportKind]:
    """kind name → ImportKind, from every ``register_import_kinds`` hook (later hooks win)."""
    kinds: dict[str, ImportKind] = {}
    for register in hooks.get_hooks("register_import_kinds"):
        for kind in register():
            kinds[kind.kind] = kind
    return kinds
