"""The development relevance set (../shared/search-dev-set): import it, run its queries, score the answers."""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass, field
from io import StringIO
from pathlib import Path

from django.conf import settings
from django.core.management import call_command

from core.importing import registered_kinds

DEV_SET = Path(settings.BASE_DIR).parent / "shared" / "search-dev-set"
MUST_BE_IN_TOP = 2  # relevance grade: "must be in the top 3" (CONTRACTS §5)


def corpus_lines() -> list[dict]:
    return [json.loads(line) for line in (DEV_SET / "corpus.jsonl").read_text("utf-8").splitlines() if line]


def queries() -> dict[str, list[dict]]:
    return json.loads((DEV_SET / "queries.json").read_text("utf-8"))


def import_dev_set() -> list[str]:
    """Import (published) every corpus line whose kind an app registers; returns the kinds left out."""
    kinds = registered_kinds()
    lines = corpus_lines()
    importable = [line for line in lines if line["kind"] in kinds]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "corpus.jsonl"
        path.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in importable), "utf-8")
        call_command("import_content", str(path), "--publish", stdout=StringIO(), stderr=StringIO())
    return sorted({line["kind"] for line in lines} - set(kinds))


@dataclass
class Score:
    """Success@3 of a list of queries, and the queries that missed."""

    total: int = 0
    successes: int = 0
    strict_successes: int = 0
    misses: list[str] = field(default_factory=list)
    wrong_locale: list[str] = field(default_factory=list)

    @property
    def success_at_3(self) -> float:
        return self.successes / self.total if self.total else 0.0

    @property
    def strict_success_at_3(self) -> float:
        """Share of queries with every grade-2 page (up to three) in the top 3."""
        return self.strict_successes / self.total if self.total else 0.0

    def add(self, query: dict, ranked_keys: list[str | None], available: set[str]) -> None:
        must = [key for key, grade in query["rel"].items() if grade >= MUST_BE_IN_TOP and key in available]
        if not must:
            return
        self.total += 1
        top = ranked_keys[:3]
        if any(key in top for key in must):
            self.successes += 1
        else:
            self.misses.append(f"{query['id']} {query['q']!r}: got {top}, wanted {must}")
        if all(key in top for key in must[:3]):
            self.strict_successes += 1
