"""`python -m bench [NAME …]` (`make bench`): run the benchmarks one after another and print their tables.

Each benchmark is a module ``bench/<name>.py`` with ``main(argv)``. ``BENCH`` (comma-separated) or the
command-line names choose which run; the default is all of them, in the order below.
"""

import importlib
import os
import sys
import time

BENCHMARKS = ("search", "feeds")


def selected(argv: list[str]) -> list[str]:
    names = argv or [name for name in os.environ.get("BENCH", "").split(",") if name.strip()]
    names = [name.strip() for name in names] or list(BENCHMARKS)
    unknown = [name for name in names if name not in BENCHMARKS]
    if unknown:
        raise SystemExit(f"Unknown benchmark(s): {', '.join(unknown)}. Known: {', '.join(BENCHMARKS)}.")
    return names


def main(argv: list[str] | None = None) -> None:
    for name in selected(sys.argv[1:] if argv is None else argv):
        print(f"\n=== {name} ===", flush=True)
        started = time.perf_counter()
        importlib.import_module(f"bench.{name}").main([])
        print(f"({name}: {time.perf_counter() - started:.0f} s)", flush=True)


main()
