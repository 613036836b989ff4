"""Benchmark: import a whole corpus dump into a scratch folder and print time and counts.

    python -m benchmarks.import_bench [DUMP] [--content FOLDER]

Not a test: it takes seconds to minutes. The default dump is the Reuters-21578
collection in ../shared/corpora/ (19,043 stories).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from generator.importers.archive import import_sources

DEFAULT_DUMP = Path(__file__).resolve().parents[2] / "shared/corpora/reuters-21578.jsonl.gz"


def benchmark(dump: Path = DEFAULT_DUMP, content_dir: Path | None = None) -> dict[str, float]:
    """Import `dump` twice (the second run must change nothing) and return the numbers."""
    with tempfile.TemporaryDirectory() as scratch:
        target = content_dir or Path(scratch) / "content"
        numbers: dict[str, float] = {}
        for run in ("first", "second"):
            started, cpu = time.perf_counter(), time.process_time()
            report = import_sources([dump], target)
            numbers[f"{run}_seconds"] = round(time.perf_counter() - started, 2)
            numbers[f"{run}_cpu_seconds"] = round(time.process_time() - cpu, 2)
            numbers[f"{run}_imported"] = len(report.imported)
            numbers[f"{run}_updated"] = len(report.updated)
            numbers[f"{run}_skipped"] = len(report.skipped)
            numbers[f"{run}_errors"] = len(report.errors)
            numbers[f"{run}_warnings"] = len(report.problems) - len(report.errors)
            print(
                f"{run} import: {report.summary()} in {numbers[f'{run}_seconds']} s "
                f"({numbers[f'{run}_cpu_seconds']} s CPU)"
            )
        files = sum(1 for _ in target.rglob("*.txt"))
        numbers["files"] = files
        print(f"{files} article files in {target}")
        return numbers


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dump", nargs="?", type=Path, default=DEFAULT_DUMP)
    parser.add_argument("--content", type=Path, help="keep the files here (default: a temp dir)")
    args = parser.parse_args()
    if not args.dump.exists():
        raise SystemExit(f"{args.dump}: no such file (the corpora live in ../shared/corpora/)")
    benchmark(args.dump, args.content)


if __name__ == "__main__":
    main()
