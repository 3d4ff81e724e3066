"""A scanned plan's ruled table reads as rows: the page is drawn here (PyMuPDF, DejaVu Sans),
rasterised at 200 dpi, turned 0.8° and given a scanner's grain, and put in a PDF with no
text layer, as an office's scanner makes it. Each indicator's cells must come out on one
``"| … |"`` row in order, between the paragraphs above and below the table, as a text-layer
PDF's table does (Tesseract alone reads such a table column-wise and drops short cells).
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess

import numpy as np
import pytest

pymupdf = pytest.importorskip("pymupdf")
from PIL import Image  # noqa: E402

from knowledge.parse.formats import read_document  # noqa: E402
from knowledge.parse.formats.ocr import deskew, find_tables, otsu_threshold, table_rows  # noqa: E402

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _tesseract_reads_vietnamese() -> bool:
    program = shutil.which("tesseract")
    if program is None:
        return False
    try:
        listed = subprocess.run([program, "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return False
    return "vie" in listed.stdout.split()


needs_font = pytest.mark.skipif(not os.path.exists(FONT), reason="DejaVu Sans is not installed")
needs_tesseract = pytest.mark.skipif(
    not _tesseract_reads_vietnamese(),
    reason="tesseract with its Vietnamese model (tesseract-ocr-vie) is not installed")

ABOVE = ("Các chỉ tiêu cụ thể của Kế hoạch, kết quả năm 2025 và mục tiêu năm 2030, cơ quan chủ trì "
         "được giao tại bảng dưới đây; các sở, ngành theo dõi và báo cáo hằng năm.")
BELOW = ("Sở Lao động - Thương binh và Xã hội tổng hợp kết quả thực hiện các chỉ tiêu, báo cáo "
         "Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 hằng năm.")
HEADER = ["STT", "Chỉ tiêu", "Năm 2025", "Năm 2030", "Chủ trì"]
GROUP = "I. MỤC TIÊU SỨC KHỎE"
ROWS = [
    ["1", "Tỷ suất tử vong trẻ em dưới 1 tuổi", "13,8", "dưới 12", "Sở Y tế"],
    ["2", "Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi", "18,4", "dưới 15,5", "Sở Y tế"],
    ["3", "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ", "95,2", "97,5", "Sở Y tế"],
    ["4", "Tỷ lệ trẻ em 5 tuổi đi học mẫu giáo", "99,1", "99,7", "Sở Giáo dục và Đào tạo"],
    ["5", "Số trẻ em tử vong do đuối nước", "58", "dưới 40", "Công an tỉnh"],
]
# What a reader looks for on each data row, in this order: the name's first words, then
# the figures and the lead agency.
WANTED = [("Tỷ suất tử vong", "13,8", "dưới 12", "Sở Y tế"),
          ("Tỷ lệ suy dinh dưỡng", "dưới 5 tuổi", "18,4", "dưới 15,5", "Sở Y tế"),
          ("tiêm chủng", "95,2", "97,5", "Sở Y tế"),
          ("mẫu giáo", "99,1", "99,7", "Sở Giáo dục và Đào tạo"),
          ("đuối nước", "58", "dưới 40", "Công an tỉnh")]
WIDTHS = [40, 215, 70, 70, 105]     # points


def _text(page, box, text, size=10.0) -> None:
    page.insert_textbox(pymupdf.Rect(*box), text, fontname="dv", fontsize=size)


def _scanned_pdf(angle: float = 0.8) -> bytes:
    """One A4 page: a paragraph, the ruled table (a header, a group row across the table,
    five indicators, some wrapped on two lines), a paragraph; rendered at 200 dpi in grey,
    turned ``angle`` degrees, greyed and grained, the only thing on a PDF page."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_font(fontname="dv", fontfile=FONT)
    _text(page, (50, 70, 545, 130), ABOVE, 11)
    xs = [50]
    for width in WIDTHS:
        xs.append(xs[-1] + width)
    y = 150.0
    bands = [("cells", HEADER, 28), ("group", [GROUP], 22)] + [("cells", row, 36) for row in ROWS]
    for kind, cells, height in bands:
        page.draw_line((xs[0], y), (xs[-1], y), width=0.8)
        walls = xs if kind == "cells" else [xs[0], xs[-1]]
        for x in walls:
            page.draw_line((x, y), (x, y + height), width=0.8)
        for (left, right), text in zip(zip(walls, walls[1:]), cells):
            _text(page, (left + 3, y + 3, right - 3, y + height), text)
        y += height
    page.draw_line((xs[0], y), (xs[-1], y), width=0.8)
    _text(page, (50, y + 30, 545, y + 90), BELOW, 11)
    pixmap = page.get_pixmap(dpi=200, colorspace=pymupdf.csGRAY)
    image = Image.frombytes("L", (pixmap.width, pixmap.height), pixmap.samples)
    image = image.rotate(angle, resample=Image.BICUBIC, fillcolor=255)
    grain = np.random.default_rng(7).normal(0, 12, (image.height, image.width))
    pixels = np.asarray(image, dtype=np.float64) - 10 + grain     # a little grey, grained
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    png = io.BytesIO()
    image.save(png, "PNG")
    scan = pymupdf.open()
    scan.new_page(width=595, height=842).insert_image(pymupdf.Rect(0, 0, 595, 842),
                                                      stream=png.getvalue())
    return scan.tobytes()


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip()[1:-1].split("|")]


def _in_order(line: str, parts) -> bool:
    at = 0
    for part in parts:
        at = line.find(part, at)
        if at < 0:
            return False
        at += len(part)
    return True


@needs_font
@needs_tesseract
def test_a_scanned_ruled_table_reads_as_rows_between_its_paragraphs():
    document = read_document(_scanned_pdf(), "scan.pdf")
    assert ("pdf", True, 1) == (document.format, document.scanned, document.pages)
    lines = document.text.splitlines()
    rows = [k for k, line in enumerate(lines) if line.startswith("| ") and line.endswith(" |")]
    assert len(rows) == 2 + len(ROWS), document.text
    assert rows == list(range(rows[0], rows[0] + len(rows))), "the table is one block of rows"
    table = [lines[k] for k in rows]
    assert _in_order(table[0], ("Chỉ tiêu", "2025", "2030", "Chủ trì"))
    assert len(_cells(table[0])) == len(HEADER)
    # the group row spans the table: one cell
    assert ["I. MỤC TIÊU SỨC KHỎE"] == _cells(table[1])
    for line, number, wanted in zip(table[2:], "12345", WANTED):
        cells = _cells(line)
        assert len(cells) == len(HEADER), line
        assert cells[0] == number, line
        assert _in_order(line, wanted), line
        assert cells[2:4] == list(wanted[-3:-1]), line     # the figures in their columns
    # the paragraphs stand above and below the table, not in it
    above = "\n".join(lines[:rows[0]])
    below = "\n".join(lines[rows[-1] + 1:])
    assert "Các chỉ tiêu cụ thể của Kế hoạch" in above and "bảng dưới đây" in above
    assert "tổng hợp kết quả thực hiện các chỉ tiêu" in below and "15 tháng 12" in below
    assert not any("Kế hoạch" in line or "tổng hợp" in line for line in table)


@needs_font
def test_merged_cells_give_fewer_cells_and_a_header_named_by_both_its_bands():
    # "Mục tiêu" spans "2025 | 2030" over a second header band, whose other cells are the
    # first band's merged down; "Sở Y tế" is merged down over two indicators
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    xs, ys = [50, 80, 270, 350, 430, 545], [150, 172, 194, 230, 266, 302, 338]
    line = lambda a, b: page.draw_line(a, b, width=0.8)  # noqa: E731
    for y in ys:
        if y == 172:
            line((xs[2], y), (xs[4], y))        # only under "Mục tiêu"
        elif y == 266:
            line((xs[0], y), (xs[4], y))        # not under the merged "Sở Y tế"
        else:
            line((xs[0], y), (xs[-1], y))
    for x in xs:
        if x in (xs[0], xs[1], xs[-1]):         # the number's column goes on through the group row
            line((x, ys[0]), (x, ys[-1]))
            continue
        line((x, 172) if x == 350 else (x, 150), (x, 194))
        line((x, 230), (x, ys[-1]))
    pixmap = page.get_pixmap(dpi=300, colorspace=pymupdf.csGRAY)
    scan = Image.frombytes("L", (pixmap.width, pixmap.height), pixmap.samples)
    scan = scan.rotate(-1.2, resample=Image.BICUBIC, fillcolor=255)
    threshold = otsu_threshold(np.asarray(scan))
    _, grey, angle = deskew(scan, scan, threshold)
    assert abs(angle - 1.2) < 0.1       # turned back by as much as it was turned
    pixels = np.asarray(grey)
    tables = find_tables(pixels, threshold)
    assert len(tables) == 1
    table = tables[0]
    assert (len(table.ys), len(table.xs)) == (len(ys), len(xs))
    # each cell named by where it starts: band, column
    names = {}
    for i, row in enumerate(table.cells()):
        for j, cell in enumerate(row):
            names.setdefault(cell, f"{i}.{j}")
    assert table_rows(table, names) == [
        "| 0.0 | 0.1 | 0.2 1.2 | 0.2 1.3 | 0.4 |",     # the header's two bands as one row
        "| 2.0 | 2.1 |",                             # the group row: its number, its title
        "| 3.0 | 3.1 | 3.2 | 3.3 | 3.4 |",
        "| 4.0 | 4.1 | 4.2 | 4.3 | 3.4 |",             # the lead merged down is repeated
        "| 5.0 | 5.1 | 5.2 | 5.3 | 5.4 |",
    ]


@pytest.mark.parametrize("read, meant", [
    ("| 1 | Tỷ suất tử vong trẻ em dưới 1 tuổi | %o | 13,8 |", "| 1 | Tỷ suất tử vong trẻ em dưới 1 tuổi | ‰ | 13,8 |"),
    ("giảm còn 13,8%o.", "giảm còn 13,8‰."),
    ("thư điện tử ctxh.treem(@thainguyen.gov.vn.", "thư điện tử ctxh.treem@thainguyen.gov.vn."),
    ("đạt 50% trở lên", "đạt 50% trở lên"),      # a per cent is left alone
])
def test_signs_tesseract_reads_as_others_are_put_back(read, meant):
    from knowledge.parse.formats.ocr import repair_readings

    assert repair_readings(read) == meant


@pytest.mark.parametrize("read, meant", [("lI", "II"), ("I1I", "III"), ("lV", "IV"), ("12", "12"), ("l", "l")])
def test_a_group_cell_s_roman_numeral_read_with_l_or_1_is_put_back(read, meant):
    from knowledge.parse.formats.ocr import _cell_text

    words = {"text": [read], "top": [0], "height": [20], "left": [0]}
    assert _cell_text(words, [0]) == meant
