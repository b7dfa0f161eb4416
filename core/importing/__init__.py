"""The content import framework behind ``manage.py import_content``; apps register their kinds by hook.

An app contributes kinds of lines ("article", "guide", "show", "episode") from its ``wagtail_hooks.py``::

    @hooks.register("register_import_kinds")
    def register_import_kinds():
        return [ArticleImport()]

Core imports no app: everything app-specific lives in the registered ``ImportKind`` objects.
"""

from core.importing.html import html_to_blocks, sanitise_html
from core.importing.items import ImportContext, ImportItem
from core.importing.kinds import ImportKind, Outcome, registered_kinds
from core.importing.pages import PageImportKind
from core.importing.run import ImportReport, import_items, read_import_file, validate_items

__all__ = [
    "ImportContext",
    "ImportItem",
    "ImportKind",
    "ImportReport",
    "Outcome",
    "PageImportKind",
    "html_to_blocks",
    "import_items",
    "read_import_file",
    "registered_kinds",
    "sanitise_html",
    "validate_items",
]
