"""`make bench`: run every benchmark module and write its report under results/.

Each module in BENCHMARKS exposes `main() -> None` (it prints its figures and writes
`tracker/benchmarks/results/<name>.md`, always beside a baseline measured in the same run).
Pass names to run a subset: `python -m tracker.benchmarks extraction reminders`.
"""

from __future__ import annotations

import importlib
import sys

BENCHMARKS = ["extraction", "ingestion", "reminders", "dashboard"]


def main(argv: list[str]) -> int:
    names = argv or BENCHMARKS
    unknown = sorted(set(names) - set(BENCHMARKS))
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; known: {', '.join(BENCHMARKS)}")
        return 2
    for name in names:
        try:
            module = importlib.import_module(f"tracker.benchmarks.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"tracker.benchmarks.{name}":
                print(f"== {name}: not written yet, skipped")
                continue
            raise
        print(f"== {name}")
        module.main()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
