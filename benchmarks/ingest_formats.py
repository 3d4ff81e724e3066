"""Time the ingest of one plan in each published format, and of a 50-page text PDF.

Run: python benchmarks/ingest_formats.py [--runs 3]
Each file is written first (the fictional plan of tests/test_ingest_formats.py, in memory:
TXT UTF-8, TXT Windows-1258, DOCX, PDF with a text layer, a scanned page as PNG and as a PDF
without text layer, and a 50-page text PDF), then, per file, it prints the best of ``--runs``
for: reading (``read_document``), ingest (``ingest_files``: reading and extraction) and
saving into a fresh knowledge base (``save_plans``); their total is what separates an
uploaded file from an answerable plan.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from knowledge.ingest import ingest_files  # noqa: E402
from knowledge.parse.formats import read_document  # noqa: E402
from knowledge.store import open_database, save_plans  # noqa: E402
from tests.test_ingest_formats import (  # noqa: E402
    BODY, HEADER, TEXT, cp1258_bytes, docx_bytes, pdf_bytes, png_bytes,
    scanned_pdf_bytes,
)


def long_plan_blocks(pages: int = 50) -> list[str]:
    """A plan long enough to fill ``pages`` A4 pages: the header, then numbered sections
    each with indicators, targets and an assignment, as a long provincial plan has."""
    blocks = list(HEADER) + ["I. MỤC TIÊU VÀ CHỈ TIÊU"]
    number = 0
    while len(blocks) < pages * 16:
        number += 1
        blocks.append(f"{number}. Nhóm mục tiêu {number}")
        blocks.append("Tăng cường các điều kiện bảo đảm thực hiện quyền của trẻ em, huy động sự"
                      " tham gia của gia đình, nhà trường và cộng đồng trong việc chăm sóc, giáo dục"
                      " và bảo vệ trẻ em trên địa bàn tỉnh.")
        for k in range(1, 5):
            blocks.append(f"Chỉ tiêu {number}.{k}. Tỷ lệ trẻ em thuộc nhóm {number}.{k} được hỗ"
                          f" trợ đạt {50 + k * 10}% vào năm 2025 và {55 + k * 10}% vào năm 2030.")
    blocks += BODY[7:]
    return blocks


def time_best(function, runs: int) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(runs):
        start = time.perf_counter()
        result = function()
        best = min(best, time.perf_counter() - start)
    return best, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    samples = {
        "txt (UTF-8)": ("plan.txt", TEXT.encode("utf-8")),
        "txt (Windows-1258)": ("plan-1258.txt", cp1258_bytes(TEXT)),
        "docx": ("plan.docx", docx_bytes()),
        "pdf (text layer)": ("plan.pdf", pdf_bytes()),
        "scanned page (PNG, OCR)": ("scan.png", png_bytes()),
        "scanned PDF page (OCR)": ("scan.pdf", scanned_pdf_bytes()),
        "pdf 50 pages (text layer)": ("long.pdf", pdf_bytes(long_plan_blocks(50))),
    }
    print(f"{'format':28} {'KiB':>7} {'pages':>5} {'read':>9} {'ingest':>9} {'save':>9} {'total':>9}")
    with tempfile.TemporaryDirectory() as folder:
        for label, (name, data) in samples.items():
            path = Path(folder) / name
            path.write_bytes(data)
            read, document = time_best(lambda: read_document(data, name), args.runs)
            ingest, plans = time_best(lambda: ingest_files([path]), args.runs)

            def save():
                db_file = Path(folder) / f"kb-{time.perf_counter_ns()}.db"
                save_plans(open_database(db_file), plans)
            saved, _ = time_best(save, args.runs)
            # ingest = read + extract (ingest_files reads the file itself); total = ingest + save
            print(f"{label:28} {len(data) / 1024:7.0f} {document.pages:5d} {read * 1000:7.0f}ms"
                  f" {ingest * 1000:7.0f}ms {saved * 1000:7.0f}ms {(ingest + saved) * 1000:7.0f}ms"
                  f"   ({sum(1 for p in plans for i in p.indicators for t in i.targets if not t.achieved)} targets)")


if __name__ == "__main__":
    main()
