"""import_content: bulk-load articles, guides, shows and episodes from a JSON Lines file (CONTRACTS §4)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from core.importing import ImportContext, import_items, read_import_file, registered_kinds, validate_items
from core.importing.run import ImportFailed

PROGRESS_WIDTH = 30


class Command(BaseCommand):
    help = (
        "Import content from a JSON Lines file. The whole file is validated first: one bad line "
        "imports nothing. Pages are saved as drafts unless --publish is given."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="A .jsonl file, one JSON object per line.")
        parser.add_argument(
            "--publish", action="store_true", help="Publish the pages instead of saving drafts."
        )

    def handle(self, *args, file: Path, publish: bool, **options):
        try:
            items, errors = read_import_file(file)
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error.strerror or error}") from error
        except UnicodeDecodeError as error:
            raise CommandError(f"{file} is not UTF-8 text ({error.reason}).") from error

        kinds = registered_kinds()
        context = ImportContext(base_dir=file.resolve().parent, publish=publish, items=items)
        errors = sorted([*errors, *validate_items(items, context, kinds)], key=lambda e: e.line)
        if errors:
            for error in errors:
                self.stderr.write(f"{file.name}: {error}")
            raise CommandError(f"{len(errors)} error(s) in {file.name}; nothing was imported.")
        if not items:
            self.stdout.write(f"{file.name} has no items; nothing to import.")
            return

        try:
            report = import_items(context, kinds, progress=self._progress_bar())
        except ImportFailed as failure:
            raise CommandError(f"{file.name}: {failure}; nothing was imported.") from failure
        for line in report.lines():
            self.stdout.write(line)
        state = "published" if publish else "saved as drafts"
        self.stdout.write(self.style.SUCCESS(f"Imported {len(items)} item(s) from {file.name} ({state})."))

    def _progress_bar(self):
        """A one-line bar redrawn in place, only when the output is a terminal."""
        if not self.stdout.isatty():
            return None

        def draw(done: int, total: int) -> None:
            filled = PROGRESS_WIDTH * done // total
            bar = "#" * filled + "-" * (PROGRESS_WIDTH - filled)
            self.stdout.write(f"\r[{bar}] {done}/{total}", ending="\n" if done == total else "")
            self.stdout.flush()

        return draw
