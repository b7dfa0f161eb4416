"""One line of an import file, and the state shared by every line of one import run."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import Any

from wagtail.models import Locale


@dataclass
class ImportItem:
    """A parsed line: its number in the file and its JSON object."""

    line: int
    data: dict[str, Any]

    @property
    def kind(self) -> str:
        return str(self.data.get("kind", ""))

    @property
    def locale_code(self) -> str:
        return str(self.data.get("locale", ""))

    @property
    def key(self) -> str:
        return str(self.data.get("key", ""))

    @property
    def translation_of(self) -> str:
        return str(self.data.get("translation_of") or "")

    @property
    def published(self) -> datetime:
        """The ``published`` field as an aware datetime (validated before import)."""
        return datetime.fromisoformat(self.data["published"])

    @property
    def topics(self) -> list[str]:
        return [name.strip() for name in self.data.get("topics") or [] if name.strip()]

    def get(self, name: str, default: Any = None) -> Any:
        return self.data.get(name, default)


@dataclass
class ImportContext:
    """Everything one run shares: the flags, the file's items by key, caches and the tally."""

    base_dir: Path
    publish: bool = False
    items: list[ImportItem] = field(default_factory=list)
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    cache: dict[Any, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._locales: dict[str, Locale] | None = None

    @cached_property
    def items_by_key(self) -> dict[str, ImportItem]:
        """The first item of each key in the file (duplicates are a validation error)."""
        by_key: dict[str, ImportItem] = {}
        for item in self.items:
            by_key.setdefault(item.key, item)
        return by_key

    def locale(self, code: str) -> Locale | None:
        if self._locales is None:
            self._locales = {locale.language_code: locale for locale in Locale.objects.all()}
        return self._locales.get(code)

    def remember(self, key: Any, compute: Callable[[], Any]) -> Any:
        """``compute()``, worked out once per run for this key."""
        if key not in self.cache:
            self.cache[key] = compute()
        return self.cache[key]

    def resolve_path(self, value: str) -> Path:
        """A path from the file, relative to the import file's folder unless absolute."""
        path = Path(value).expanduser()
        return path if path.is_absolute() else self.base_dir / path

    def tally(self, kind: str, outcome: str) -> None:
        per_kind = self.counts.setdefault(kind, {"created": 0, "updated": 0, "unchanged": 0})
        per_kind[outcome] = per_kind.get(outcome, 0) + 1
