"""Search benchmark: index build time and query latency (median, p95) by site size, on SQLite and PostgreSQL.

Each (database, size) runs in its own process against a throw-away test database: migrate, add the pages
in bulk (80 % Greek, 20 % English, generated text), time ``update_index``, then time the development
set's queries through the search page and the autocomplete endpoint (whole Django stack, test client).

Environment: ``BENCH_SEARCH_SIZES`` (default ``10000,100000``), ``BENCH_SEARCH_DATABASES`` (``sqlite,postgres``),
``BENCH_POSTGRES_URL`` (``postgres://postgres@127.0.0.1:5432/hub_bench``; its ``test_`` database is used),
``BENCH_SEARCH_RUNS`` (timed passes over the queries, default 5).
``python -m bench.search [--sizes 10000,100000] [--databases sqlite,postgres] [--runs 5]``
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

RESULT_PREFIX = "BENCH-RESULT "
DEFAULT_POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/hub_bench"
COLUMNS = (
    ("database", "{database:<10}"),
    ("pages", "{pages:>9,}"),
    ("add pages", "{build_s:>8.1f} s"),
    ("update_index", "{index_s:>10.1f} s"),
    ("reindex 1 page", "{reindex_ms:>11.1f} ms"),
    ("search p50", "{search_p50:>8.1f} ms"),
    ("search p95", "{search_p95:>8.1f} ms"),
    ("suggest p50", "{suggest_p50:>8.1f} ms"),
    ("suggest p95", "{suggest_p95:>8.1f} ms"),
)


def _environment(database: str) -> dict[str, str]:
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "hub.settings.test"}
    if database == "postgres":
        env["DATABASE_URL"] = os.environ.get("BENCH_POSTGRES_URL", DEFAULT_POSTGRES_URL)
    else:
        env.pop("DATABASE_URL", None)
        env["TEST_DB_NAME"] = os.path.join(tempfile.gettempdir(), f"bench-search-{os.getpid()}.sqlite3")
    return env


def run_worker(database: str, pages: int, runs: int) -> dict | None:
    """One measurement in a fresh process (settings are read once per process); None if it failed."""
    command = [sys.executable, "-m", "bench.search_run", "--pages", str(pages), "--runs", str(runs)]
    completed = subprocess.run(command, env=_environment(database), capture_output=True, text=True)
    for line in completed.stdout.splitlines():
        if line.startswith(RESULT_PREFIX):
            return {"database": database, **json.loads(line[len(RESULT_PREFIX) :])}
    sys.stderr.write(
        f"search benchmark on {database} with {pages} pages failed:\n{completed.stderr[-3000:]}\n"
    )
    return None


def table(results: list[dict]) -> str:
    header = "  ".join(f"{name:>{len(fmt.format(**results[0]))}}" for name, fmt in COLUMNS) if results else ""
    lines = [header]
    lines += ["  ".join(fmt.format(**result) for _, fmt in COLUMNS) for result in results]
    return "\n".join(lines)


def growth(results: list[dict]) -> list[str]:
    """How latency grows from the smallest to the largest size, per database."""
    lines = []
    for database in dict.fromkeys(result["database"] for result in results):
        rows = sorted((r for r in results if r["database"] == database), key=lambda r: r["pages"])
        if len(rows) < 2:
            continue
        small, large = rows[0], rows[-1]
        factor = large["pages"] / small["pages"]
        lines.append(
            f"{database}: {factor:.0f}× the pages → search p50 ×{large['search_p50'] / small['search_p50']:.1f}, "
            f"p95 ×{large['search_p95'] / small['search_p95']:.1f}; suggest p50 "
            f"×{large['suggest_p50'] / small['suggest_p50']:.1f}; update_index ×{large['index_s'] / small['index_s']:.1f}"
        )
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=os.environ.get("BENCH_SEARCH_SIZES", "10000,100000"))
    parser.add_argument("--databases", default=os.environ.get("BENCH_SEARCH_DATABASES", "sqlite,postgres"))
    parser.add_argument("--runs", type=int, default=int(os.environ.get("BENCH_SEARCH_RUNS", "5")))
    options = parser.parse_args(argv)
    sizes = [int(size) for size in options.sizes.split(",") if size.strip()]
    databases = [name.strip() for name in options.databases.split(",") if name.strip()]
    results = []
    for database in databases:
        for pages in sizes:
            started = time.perf_counter()
            print(f"search: {database}, {pages:,} pages …", flush=True)
            result = run_worker(database, pages, options.runs)
            if result:
                results.append(result)
                print(f"  done in {time.perf_counter() - started:.0f} s", flush=True)
                print(table([result]), flush=True)
    if not results:
        print("search benchmark: no measurement succeeded (see the errors above)")
        return
    sample = results[0]
    print(
        f"\nSearch: {sample['queries']} search and {sample['suggestions']} autocomplete queries of the "
        f"development set × {sample['runs']} runs, through the test client (whole Django stack)."
    )
    print(table(results))
    for line in growth(results):
        print(line)


if __name__ == "__main__":
    main()
