"""How long a weekly digest takes over a year of reports from 500 areas.

Builds a database in a temporary folder: 500 wards in 10 districts of Hà Nội, one
collaborator each (every 25th area without one), the shipped measure catalogue, and a year
of reports (every weekly measure every week, every monthly measure every month; 3 % of the
areas miss each period, every 50th has been silent for three weeks, a few figures are
outliers). Then times, separately and best of N runs: computing the digest (city and one
district), rendering the text (vi and en) and drawing the chart.

    python benchmarks/digest.py [--areas 500] [--weeks 52] [--runs 5]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.digest.charts import render_charts  # noqa: E402
from bot.runtime.database import open_database  # noqa: E402
from bot.digest.compute import Scope, compute_digest, digest_week  # noqa: E402
from bot.digest.text import render_digest  # noqa: E402
from bot.field.measures import active_measures, ensure_catalogue  # noqa: E402
from bot.field.periods import period_of  # noqa: E402
from knowledge.store import ensure_built, load_knowledge_base  # noqa: E402

TZ = "Asia/Ho_Chi_Minh"
TODAY = dt.date(2026, 11, 23)
CITY = "Hà Nội"


def build(path: Path, n_areas: int, weeks: int, seed: int = 7) -> tuple[object, int]:
    rng = random.Random(seed)
    db = open_database(path)
    ensure_catalogue(db)
    measures = active_measures(db)
    districts = [f"Quận {i + 1}" for i in range(10)]
    with db.conn:
        db["areas"].insert_all(
            {"id": i + 1, "name": f"Phường {i + 1}", "district": districts[i % 10], "city": CITY,
             "created_at": "2025-01-01T00:00:00+00:00"} for i in range(n_areas))
        db["users"].insert_all(
            {"id": 10_000 + i, "role": "collaborator", "display_name": f"CTV {i + 1}", "area_id": i + 1,
             "city": CITY, "district": districts[i % 10], "active": 1}
            for i in range(n_areas) if i % 25)
    first = TODAY - dt.timedelta(days=7 * weeks)
    rows = []
    for measure in measures:
        periods, day = [], first
        while day < TODAY:
            period = period_of(measure.period, day)
            if not periods or periods[-1] != period:
                periods.append(period)
            day += dt.timedelta(days=7 if measure.period == "week" else 28)
        for period in periods:
            for area in range(1, n_areas + 1):
                if rng.random() < 0.03 or (area % 50 == 7 and period.end >= TODAY - dt.timedelta(days=21)):
                    continue   # a missed period; every 50th area has gone silent for three weeks
                created = dt.datetime.combine(period.end + dt.timedelta(days=rng.choice((0, 1, 2, 6))),
                                              dt.time(rng.randrange(1, 12)), tzinfo=dt.timezone.utc)
                row = {"measure": measure.key, "area_id": area, "period_kind": measure.period,
                       "period_start": period.start.isoformat(), "period_end": period.end.isoformat(),
                       "reporter_id": 10_000 + area - 1, "created_at": created.isoformat(timespec="seconds")}
                if measure.is_rate:
                    denominator = rng.randrange(500, 3000)
                    row.update(numerator=int(denominator * rng.uniform(0.9, 1.0)), denominator=denominator)
                else:
                    base = rng.randrange(0, 8)
                    row["value"] = base * (10 if rng.random() < 0.002 else 1)
                rows.append(row)
    with db.conn:
        db["reports"].insert_all(rows, batch_size=5000)
    return db, len(rows)


def best_of(runs: int, action) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(runs):
        start = time.perf_counter()
        result = action()
        best = min(best, time.perf_counter() - start)
    return best, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--areas", type=int, default=500)
    parser.add_argument("--weeks", type=int, default=52)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        kb_path = Path(folder) / "kb.db"
        ensure_built(kb_path)
        kb = load_knowledge_base(kb_path)
        started = time.perf_counter()
        db, n_reports = build(Path(folder) / "bench.db", args.areas, args.weeks)
        print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
              f"Python {platform.python_version()}")
        print(f"data: {args.areas} areas, {n_reports} reports over {args.weeks} weeks "
              f"(built in {time.perf_counter() - started:.1f} s)")
        week = digest_week(TODAY, last=True)
        for scope in (Scope(CITY), Scope(CITY, "Quận 1")):
            compute_s, digest = best_of(args.runs, lambda: compute_digest(db, kb, scope, week, today=TODAY, tz=TZ))
            render_vi, text = best_of(args.runs, lambda: render_digest(digest, "vi"))
            render_en, _text = best_of(args.runs, lambda: render_digest(digest, "en"))
            chart_s, pages = best_of(args.runs, lambda: render_charts(digest, "vi"))
            name = f"{scope.city}" + (f" / {scope.district}" if scope.district else " (whole city)")
            print(f"\n{name}: {digest.reports} reports this week, {len(digest.progress)} measures, "
                  f"{len(digest.missing)} areas missing, {len(digest.outliers)} outliers")
            print(f"  compute      {compute_s * 1000:8.1f} ms")
            print(f"  render (vi)  {render_vi * 1000:8.1f} ms   ({len(text)} characters)")
            print(f"  render (en)  {render_en * 1000:8.1f} ms")
            print(f"  chart (PNG)  {chart_s * 1000:8.1f} ms   ({len(pages)} pages, {sum(map(len, pages)) // 1024} KiB)")
        db.conn.close()


if __name__ == "__main__":
    main()
