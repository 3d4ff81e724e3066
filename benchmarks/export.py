"""Export time and peak memory against the number of reports: 1 k, 10 k, 100 k (and 1 M with --full).

For each size, builds a database file in a temporary folder (up to 5 000 wards of one city,
the shipped measure catalogue, one report per measure, ward and week, each with its
"create" line in the audit trail, a reporter with a name), then exports every report of
the range in a fresh subprocess — XLSX (both sheets), CSV and the audit CSV beside it, to
files — and prints the wall time and the memory the export added: peak resident set size
(``ru_maxrss``) minus the resident size before the export started. Linear time and flat memory are what to look for.

    python benchmarks/export.py [--sizes 1000,10000,100000] [--full]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CITY = "Hà Nội"
FIRST_WEEK = dt.date(2025, 1, 6)
MAX_AREAS = 5000


def build(path: Path, n_reports: int, seed: int = 7) -> None:
    """A database of ``n_reports`` reports (and as many audit lines) at ``path``."""
    from bot.field.measures import active_measures, ensure_catalogue
    from bot.runtime.database import open_database

    rng = random.Random(seed)
    db = open_database(path)
    ensure_catalogue(db)
    measures = active_measures(db)
    areas = min(MAX_AREAS, max(1, n_reports // (len(measures) * 4)))
    per_week = areas * len(measures)
    districts = [f"Quận {i + 1}" for i in range(max(1, areas // 500))]
    with db.conn:
        db["areas"].insert_all(({"id": i + 1, "name": f"Phường {i + 1}", "district": districts[i % len(districts)],
                                 "city": CITY, "created_at": "2025-01-01T00:00:00+00:00"} for i in range(areas)),
                               batch_size=5000)
        db["users"].insert_all(({"id": 10_000 + i, "role": "collaborator", "display_name": f"Cộng tác viên {i + 1}",
                                 "area_id": i + 1, "city": CITY, "active": 1} for i in range(areas)), batch_size=5000)

    def rows():
        for n in range(n_reports):
            week, rest = divmod(n, per_week)
            area, index = divmod(rest, len(measures))
            measure = measures[index]
            start = FIRST_WEEK + dt.timedelta(days=7 * week)
            created = dt.datetime.combine(start + dt.timedelta(days=7), dt.time(2, rng.randrange(60)),
                                          tzinfo=dt.timezone.utc).isoformat()
            figures = ({"numerator": rng.randrange(90, 100), "denominator": 100} if measure.kind == "rate"
                       else {"value": rng.randrange(0, 20)})
            yield {"id": n + 1, "measure": measure.key, "area_id": area + 1, "period_kind": "week",
                   "period_start": start.isoformat(), "period_end": (start + dt.timedelta(days=6)).isoformat(),
                   "reporter_id": 10_000 + area, "created_at": created, **figures}

    def audits():
        for row in db.execute("select id, reporter_id, created_at, value, numerator, denominator from reports"):
            figures = {"value": row[3]} if row[3] is not None else {"numerator": row[4], "denominator": row[5]}
            yield {"report_id": row[0], "changed_by": row[1], "changed_at": row[2], "action": "create",
                   "new_value": json.dumps(figures)}

    with db.conn:
        db["reports"].insert_all(rows(), batch_size=5000)
    with db.conn:
        db["report_audit"].insert_all(audits(), batch_size=5000)
    db.conn.close()


def measure_export(path: str, fmt: str, out: str) -> dict:
    """In this (fresh) process: export everything to ``out``; time and added peak RSS."""
    from bot.digest.export import export_audit_csv, export_csv, export_xlsx
    from bot.runtime.database import open_database

    db = open_database(path)
    first, last = db.execute("select min(period_start), max(period_end) from reports").fetchone()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    with open(out, "wb") as stream:
        span = (db, None, dt.date.fromisoformat(first), dt.date.fromisoformat(last), "vi", "Asia/Ho_Chi_Minh")
        if fmt == "audit.csv":    # the CSV export's second file: the audit trail
            count = export_audit_csv(stream, *span)
        else:
            count = (export_xlsx if fmt == "xlsx" else export_csv)(stream, *span)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"rows": count, "seconds": seconds, "added_mib": (after - before) / 1024,
            "peak_mib": after / 1024, "file_mib": os.path.getsize(out) / 2**20}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000", help="report counts, comma-separated")
    parser.add_argument("--full", action="store_true", help="also 1 000 000 reports (several minutes)")
    parser.add_argument("--child", nargs=3, metavar=("DB", "FORMAT", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure_export(*args.child)))
        return
    sizes = [int(size) for size in args.sizes.split(",") if size]
    if args.full and 1_000_000 not in sizes:
        sizes.append(1_000_000)
    print(f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"{'reports':>9} {'format':>9} {'seconds':>8} {'µs/row':>7} {'+peak RSS':>10} {'peak RSS':>9} {'file':>9}")
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            path = Path(folder) / f"export-{size}.db"
            started = time.perf_counter()
            build(path, size)
            built = time.perf_counter() - started
            for fmt in ("xlsx", "csv", "audit.csv"):
                out = Path(folder) / f"out-{size}.{fmt}"
                result = subprocess.run([sys.executable, __file__, "--child", str(path), fmt, str(out)],
                                        capture_output=True, text=True, check=True, cwd=ROOT)
                figures = json.loads(result.stdout)
                print(f"{figures['rows']:>9,} {fmt:>9} {figures['seconds']:>8.2f} "
                      f"{figures['seconds'] / max(1, figures['rows']) * 1e6:>7.1f} "
                      f"{figures['added_mib']:>6.1f} MiB {figures['peak_mib']:>5.0f} MiB "
                      f"{figures['file_mib']:>5.1f} MiB", flush=True)
                out.unlink()
            print(f"{'':>9} (database of {size:,} reports built in {built:.1f} s)", flush=True)
            path.unlink()


if __name__ == "__main__":
    main()
