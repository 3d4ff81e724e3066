"""Time a full ingest of the shipped plans into a fresh database, several runs.

Run: python benchmarks/ingest.py [--runs 5]
Prints, per run, the time to read and parse the five plans and the time to save them
(fresh SQLite file each run, FTS index included), then the best and median totals.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from knowledge.ingest import ingest_files  # noqa: E402
from knowledge.store import open_database, plan_files, save_plans  # noqa: E402


def run_once(files: list[Path]) -> tuple[float, float, int]:
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        plans = ingest_files(files)
        parsed = time.perf_counter()
        save_plans(open_database(Path(folder) / "kb.db"), plans)
        saved = time.perf_counter()
    return parsed - start, saved - parsed, len(plans)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    files = plan_files()
    totals = []
    for run in range(1, args.runs + 1):
        parse, save, count = run_once(files)
        totals.append(parse + save)
        print(f"run {run}: {count} plans  parse {parse * 1000:7.1f} ms  save {save * 1000:7.1f} ms"
              f"  total {(parse + save) * 1000:7.1f} ms")
    print(f"best {min(totals) * 1000:.1f} ms, median {statistics.median(totals) * 1000:.1f} ms "
          f"over {len(totals)} runs ({sum(f.stat().st_size for f in files) / 1024:.0f} KiB of text)")


if __name__ == "__main__":
    main()
