"""What the one input cleaning (``knowledge.text.clean_text``) costs per message and per plan.

Every text that comes in goes through it: each chat message (question, count, name,
reason), each CSV upload and each plan file at ingest. Times, best of N runs:

- typical messages (Vietnamese questions, counts, reasons; ASCII and not; with and without
  invisible characters), in microseconds per message;
- the phone/name filter on the same messages (it cleans too), in microseconds;
- every shipped plan file (all of its text at once), in milliseconds per MiB.

    python benchmarks/clean_text.py [--runs 5]
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.field.reports import sensitive_kind  # noqa: E402
from knowledge.store import DEFAULT_PLANS_DIR  # noqa: E402
from knowledge.text import clean_text  # noqa: E402

MESSAGES = [
    "chỉ tiêu 14 Hà Nội do sở nào chủ trì?",
    "chi tieu 14 ha noi do so nao chu tri",
    "12",
    "1\u00a0250",
    "ch\u200bỉ tiêu 14 do s\u00adở nào chủ trì",
    "Ɖiện Biên Phủ: hạn báo cáo năm – đơn vị nào?",
    "Đếm trùng – nhập lại đúng số",
    "0912\u2011345\u2011678",
    "số tổng đài bảo vệ trẻ em",
    "x" * 1000,
]


def best(function, runs: int, repeat: int) -> float:
    """Best of ``runs`` of ``repeat`` calls, in seconds per call."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        for _ in range(repeat):
            function()
        times.append((time.perf_counter() - start) / repeat)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(f"python {platform.python_version()} on {platform.machine()}, best of {args.runs} runs")

    clean_text("warm up: Ɖ\u200b")  # the per-character table fills on first sight
    per_message = best(lambda: [clean_text(m) for m in MESSAGES], args.runs, 2000) / len(MESSAGES)
    print(f"clean_text, {len(MESSAGES)} typical messages: {per_message * 1e6:.2f} µs per message")
    filtered = best(lambda: [sensitive_kind(m) for m in MESSAGES], args.runs, 500) / len(MESSAGES)
    print(f"phone/name filter on the same messages: {filtered * 1e6:.2f} µs per message")

    texts = [path.read_text(encoding="utf-8") for path in sorted(DEFAULT_PLANS_DIR.glob("*.txt"))]
    size = sum(len(t.encode("utf-8")) for t in texts)
    whole = best(lambda: [clean_text(t) for t in texts], args.runs, 5)
    print(f"clean_text, {len(texts)} plan files ({size / 1024:.0f} KiB): {whole * 1e3:.2f} ms "
          f"({whole * 1e3 / (size / 2**20):.1f} ms per MiB)")


if __name__ == "__main__":
    main()
