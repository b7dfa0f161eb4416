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
    """One kind of line ("article", "guide", …): validates its lines, then imports them."""

    kind: str = ""
    required_fields: tuple[str, ...] = ("title", "summary", "body", "published")
    # Lower imports first: shows before their episodes. Originals always precede translations.
    import_order: int = 0

    def validate(self, item: ImportItem, context: ImportContext) -> list[str]:
        """Error messages for this line (the framework adds the line number); runs before any write."""
        return []

    def import_item(self, item: ImportItem, context: ImportContext) -> Outcome:
        """Write this line; runs inside the run's single transaction."""
        raise NotImplementedError(f"{type(self).__name__} must implement import_item()")


def registered_kinds() -> dict[str, ImportKind]:
    """kind name → ImportKind, from every ``register_import_kinds`` hook (later hooks win)."""
    kinds: dict[str, ImportKind] = {}
    for register in hooks.get_hooks("register_import_kinds"):
        for kind in register():
            kinds[kind.kind] = kind
    return kinds
