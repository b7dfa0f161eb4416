"""Reading, validating and importing a whole file: all lines are checked before any is written."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from django.conf import settings
from django.db import transaction
from PIL import Image, UnidentifiedImageError

from core.importing.items import ImportContext, ImportItem
from core.importing.kinds import ImportKind, Outcome

KEY_PATTERN = re.compile(r"[a-z0-9-]+")
KEY_MAX_LENGTH = 255


@dataclass(frozen=True)
class LineError:
    """A problem found on one line of the file."""

    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


class ImportFailed(Exception):
    """An unexpected error while writing one line; the whole run was rolled back."""

    def __init__(self, item: ImportItem, error: Exception):
        super().__init__(f"line {item.line}: {error}")
        self.item = item
        self.error = error


@dataclass
class ImportReport:
    """The outcome of a run: per kind, how many pages were created, updated and left unchanged."""

    counts: dict[str, dict[str, int]] = field(default_factory=dict)

    def lines(self) -> list[str]:
        return [
            f"{kind}: {c['created']} created, {c['updated']} updated, {c['unchanged']} unchanged"
            for kind, c in sorted(self.counts.items())
        ]


def read_import_file(path: Path) -> tuple[list[ImportItem], list[LineError]]:
    """The JSON objects of a JSON Lines file, and the lines that are not JSON objects."""
    items: list[ImportItem] = []
    errors: list[LineError] = []
    with path.open(encoding="utf-8") as lines:
        for number, text in enumerate(lines, start=1):
            if not text.strip():
                continue
            try:
                data = json.loads(text)
            except json.JSONDecodeError as error:
                errors.append(LineError(number, f"not valid JSON ({error.msg}, column {error.colno})"))
                continue
            if not isinstance(data, dict):
                errors.append(LineError(number, "expected a JSON object"))
                continue
            items.append(ImportItem(line=number, data=data))
    return items, errors


def validate_items(items: list[ImportItem], context: ImportContext, kinds: dict[str, ImportKind]):
    """Every problem in the file, in line order; an empty list means the file can be imported."""
    errors: list[LineError] = []
    first_line_of_key: dict[str, int] = {}
    for item in items:
        messages = _common_errors(item, context, kinds)
        if item.key and KEY_PATTERN.fullmatch(item.key):
            if item.key in first_line_of_key:
                messages.append(f"key '{item.key}' is already used on line {first_line_of_key[item.key]}")
            else:
                first_line_of_key[item.key] = item.line
        if not messages:
            messages = kinds[item.kind].validate(item, context)
        errors.extend(LineError(item.line, message) for message in messages)
    return sorted(errors, key=lambda e: e.line)


def import_items(
    context: ImportContext,
    kinds: dict[str, ImportKind],
    progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """Import every validated item in one transaction: all of them, or none if one fails."""
    ordered = sorted(
        context.items,
        key=lambda item: (kinds[item.kind].import_order, bool(item.translation_of), item.line),
    )
    with transaction.atomic():
        for done, item in enumerate(ordered, start=1):
            try:
                outcome = kinds[item.kind].import_item(item, context)
            except Exception as error:
                raise ImportFailed(item, error) from error
            context.tally(item.kind, Outcome(outcome).value)
            if progress is not None:
                progress(done, len(ordered))
    return ImportReport(counts=context.counts)


def _common_errors(item: ImportItem, context: ImportContext, kinds: dict[str, ImportKind]) -> list[str]:
    """Checks every kind shares: kind, locale, key, required fields, date, topics, image."""
    data = item.data
    if "kind" not in data:
        return ["missing field 'kind'"]
    if item.kind not in kinds:
        return [f"unknown kind '{item.kind}' (expected one of: {', '.join(sorted(kinds))})"]
    messages = []
    languages = {code for code, _name in settings.LANGUAGES}
    if "locale" not in data:
        messages.append("missing field 'locale'")
    elif item.locale_code not in languages:
        messages.append(
            f"unknown locale '{item.locale_code}' (expected one of: {', '.join(sorted(languages))})"
        )
    elif context.locale(item.locale_code) is None:
        messages.append(f"locale '{item.locale_code}' is not set up on this site")
    if "key" not in data:
        messages.append("missing field 'key'")
    elif not isinstance(data["key"], str) or not KEY_PATTERN.fullmatch(data["key"]):
        messages.append(f"bad key {data['key']!r}: use lowercase Latin letters, digits and hyphens")
    elif len(item.key) > KEY_MAX_LENGTH:
        messages.append(f"key is longer than {KEY_MAX_LENGTH} characters")
    for name in kinds[item.kind].required_fields:
        if name not in data:
            messages.append(f"missing field '{name}'")
        elif not isinstance(data[name], str):
            messages.append(f"field '{name}' must be a string")
        elif name == "title" and not data[name].strip():
            messages.append("field 'title' is empty")
    if isinstance(data.get("published"), str):
        messages.extend(_published_errors(data["published"]))
    # Optional fields may be left out or given as null.
    if data.get("translation_of") is not None and not isinstance(data["translation_of"], str):
        messages.append("field 'translation_of' must be a string (a key)")
    if data.get("topics") is not None:
        topics = data["topics"]
        if not isinstance(topics, list) or not all(isinstance(name, str) for name in topics):
            messages.append("field 'topics' must be a list of topic names")
    if data.get("image") is not None:
        messages.extend(image_file_errors(item, "image", context))
    return messages


def _published_errors(value: str) -> list[str]:
    try:
        published = datetime.fromisoformat(value)
    except ValueError:
        return [
            f"bad 'published' value {value!r}: expected an ISO 8601 datetime such as 2026-02-01T10:00:00+02:00"
        ]
    if published.tzinfo is None:
        return [f"bad 'published' value {value!r}: the UTC offset is missing (e.g. +02:00)"]
    return []


def readable_file_errors(item: ImportItem, name: str, context: ImportContext) -> list[str]:
    """An error unless ``item[name]`` names a readable regular file."""
    value = item.get(name)
    if not isinstance(value, str) or not value.strip():
        return [f"field '{name}' must be a file path"]
    path = context.resolve_path(value)
    try:
        with path.open("rb") as handle:
            handle.read(1)
    except OSError as error:
        return [f"cannot read {name} file '{value}' ({error.strerror or error})"]
    return []


def image_file_errors(item: ImportItem, name: str, context: ImportContext) -> list[str]:
    """An error unless ``item[name]`` is a readable file that Pillow recognises as an image."""
    errors = readable_file_errors(item, name, context)
    if errors:
        return errors
    try:
        with Image.open(context.resolve_path(item.get(name))) as image:
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError) as error:
        return [f"{name} file '{item.get(name)}' is not a supported image ({error})"]
    return []
