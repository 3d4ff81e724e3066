"""A text PDF whose table of targets is set out in columns with no ruling lines (round 164's
layout, found by a blind question set: the page draws nothing, so PyMuPDF's ruled-table search
finds none and each cell came out a line of its own, wrapped names and agencies split):

- the table reads as ``"| … |"`` rows, one an indicator, a wrapped name or agency joined, the
  header's second line ("(thực hiện)") on the header, a group row kept;
- a table running to the page's foot goes on at the top of the next page in the same columns,
  and ends at the first line of running text ("Ghi chú: …");
- running text (a page of paragraphs) is never read as a table.

The PDF is drawn here with PyMuPDF and DejaVu Sans; nothing else is read.
"""

from __future__ import annotations

import os

import pytest

pymupdf = pytest.importorskip("pymupdf")

from knowledge.parse.formats import read_document  # noqa: E402

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
pytestmark = pytest.mark.skipif(not os.path.exists(FONT), reason="DejaVu Sans is not installed")

COLUMNS = [50, 80, 330, 400, 480, 560, 640]       # left edges, points (a landscape page)
HEADER = [["STT"], ["Chỉ tiêu"], ["Đơn vị tính"], ["Năm 2025", "(thực hiện)"], ["Năm 2028"], ["Năm 2030"],
          ["Cơ quan chủ trì"]]
ROWS = [
    [["A"], ["CHĂM SÓC SỨC KHỎE"]],
    [["1"], ["Tỷ suất tử vong trẻ em dưới 1 tuổi"], ["‰"], ["12,4"], ["dưới 11,0"], ["dưới 10,0"], ["Sở Y tế"]],
    [["2"], ["Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng", "thể thấp còi"], ["%"], ["19,8"], ["18,0"], ["dưới 16,5"],
     ["Sở Y tế"]],
    [["3"], ["Tỷ lệ cơ sở giáo dục có công trình vệ sinh", "đạt chuẩn"], ["%"], ["93"], ["97"], ["100"],
     ["Sở Giáo dục và Đào", "tạo"]],
]
NEXT_PAGE_ROWS = [
    [["B"], ["BẢO VỆ TRẺ EM"]],
    [["4"], ["Tỷ suất trẻ em tử vong do đuối nước"], ["trẻ/100.000"], ["8,1"], ["6,9"], ["5,2"],
     ["Sở Văn hóa, Thể thao", "và Du lịch"]],
]
NOTE = ("Ghi chú: ‰ là số ca trên 1.000 trẻ đẻ sống; số liệu năm 2025 là số liệu thực hiện do Cục Thống kê "
        "tỉnh và các ngành cung cấp.")
PROSE = ("III. NHIỆM VỤ CỦA CÁC SỞ, NGÀNH. Sở Y tế chủ trì các chỉ tiêu 1 và 2; phối hợp với Sở Giáo dục "
         "và Đào tạo triển khai chăm sóc dinh dưỡng 1.000 ngày đầu đời, ưu tiên các huyện miền núi; "
         "tổng hợp báo cáo kết quả thực hiện Kế hoạch gửi Ủy ban nhân dân tỉnh trước ngày 15 tháng 12.")


def _lines(page, y: float, cells: list[list[str]]) -> float:
    """One row at ``y``: each cell's lines under its column; returns the next row's ``y``."""
    depth = 0
    for left, lines in zip(COLUMNS, cells):
        for k, line in enumerate(lines):
            page.insert_text((left, y + 13 * k), line, fontname="dv", fontsize=9)
        depth = max(depth, len(lines))
    return y + 13 * depth + 8


def _pdf() -> bytes:
    doc = pymupdf.open()
    page = doc.new_page(width=842, height=595)
    page.insert_font(fontname="dv", fontfile=FONT)
    page.insert_textbox(pymupdf.Rect(50, 60, 790, 120), "2. Mục tiêu cụ thể. Các chỉ tiêu của Kế hoạch, "
                        "kết quả năm 2025 và mục tiêu các năm 2028, 2030 tại bảng dưới đây.",
                        fontname="dv", fontsize=10)
    y = _lines(page, 420, HEADER)
    for row in ROWS:
        y = _lines(page, y, row)
    page = doc.new_page(width=842, height=595)
    page.insert_font(fontname="dv", fontfile=FONT)
    y = 60
    for row in NEXT_PAGE_ROWS:
        y = _lines(page, y, row)
    page.insert_textbox(pymupdf.Rect(50, y + 10, 790, y + 60), NOTE, fontname="dv", fontsize=10)
    page.insert_textbox(pymupdf.Rect(50, y + 70, 790, y + 160), PROSE, fontname="dv", fontsize=10)
    return doc.tobytes()


@pytest.fixture(scope="module")
def text() -> str:
    return read_document(_pdf(), "plan.pdf").text


def _row(text: str, first: str) -> list[str]:
    line = next(line for line in text.splitlines() if line.startswith(f"| {first} |"))
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def test_the_header_is_one_row(text):
    assert _row(text, "STT") == ["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2025 (thực hiện)", "Năm 2028",
                                 "Năm 2030", "Cơ quan chủ trì"]


@pytest.mark.parametrize("first, cells", [
    ("1", ["1", "Tỷ suất tử vong trẻ em dưới 1 tuổi", "‰", "12,4", "dưới 11,0", "dưới 10,0", "Sở Y tế"]),
    ("2", ["2", "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi", "%", "19,8", "18,0", "dưới 16,5", "Sở Y tế"]),
    ("3", ["3", "Tỷ lệ cơ sở giáo dục có công trình vệ sinh đạt chuẩn", "%", "93", "97", "100",
           "Sở Giáo dục và Đào tạo"]),
    ("4", ["4", "Tỷ suất trẻ em tử vong do đuối nước", "trẻ/100.000", "8,1", "6,9", "5,2",
           "Sở Văn hóa, Thể thao và Du lịch"]),
])
def test_each_indicator_is_a_row_wrapped_cells_joined(text, first, cells):
    assert _row(text, first) == cells


def test_group_rows_stay(text):
    assert _row(text, "A")[:2] == ["A", "CHĂM SÓC SỨC KHỎE"]
    assert _row(text, "B")[:2] == ["B", "BẢO VỆ TRẺ EM"]


def test_running_text_is_no_table(text):
    assert not any("|" in line for line in text.splitlines() if "Ghi chú" in line or "NHIỆM VỤ" in line)
    assert "Sở Y tế chủ trì các chỉ tiêu 1 và 2" in " ".join(text.split())


def test_a_page_after_the_table_that_opens_with_running_text_is_no_table():
    # (the table ran to the first page's foot; the next page's first line is prose: it had been
    # cut into the table's columns)
    doc = pymupdf.open()
    page = doc.new_page(width=842, height=595)
    page.insert_font(fontname="dv", fontfile=FONT)
    y = _lines(page, 420, HEADER)
    for row in ROWS:
        y = _lines(page, y, row)
    page = doc.new_page(width=842, height=595)
    page.insert_font(fontname="dv", fontfile=FONT)
    page.insert_textbox(pymupdf.Rect(50, 60, 790, 160), PROSE, fontname="dv", fontsize=10)
    text = read_document(doc.tobytes(), "plan.pdf").text
    assert not any("|" in line for line in text.splitlines() if "NHIỆM VỤ" in line)
    assert "Sở Y tế chủ trì các chỉ tiêu 1 và 2" in " ".join(text.split())


def _page_of(items: list[tuple[float, float, str]]) -> str:
    """The text read from one A4 page with each (x, y, text) written at 9 pt."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_font(fontname="dv", fontfile=FONT)
    for x, y, line in items:
        page.insert_text((x, y), line, fontname="dv", fontsize=9)
    return read_document(doc.tobytes(), "plan.pdf").text


# a reviewer's page: header cells set closer than a space apart ("Năm 2028 Năm 2030 Cơ quan
# chủ trì"), a wrapped name, an unnumbered "Trong đó" sub-row, then a note and a heading
CLOSE_COLUMNS = [40, 65, 285, 345, 395, 445]
CLOSE_ROWS = [["STT", "Chỉ tiêu", "ĐVT", "Năm 2028", "Năm 2030", "Cơ quan chủ trì"],
              ["1", "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng", "%", "20", "18", "Sở Y tế"],
              ["", "thể thấp còi", "", "", "", ""],
              ["", "Trong đó: vùng dân tộc thiểu số", "%", "26", "24", ""],
              ["2", "Tỷ suất tử vong trẻ em dưới 1 tuổi", "‰", "14", "12", "Sở Y tế"],
              ["3", "Tỷ suất tử vong do đuối nước", "trẻ/100N", "7", "5,5", "Sở Văn hóa,"],
              ["", "", "", "", "", "Thể thao và Du lịch"]]


@pytest.fixture(scope="module")
def close_text() -> str:
    items, y = [], 170
    for row in CLOSE_ROWS:
        items += [(x, y, cell) for x, cell in zip(CLOSE_COLUMNS, row) if cell]
        y += 13
    items += [(50, y + 10, "Ghi chú: (*) số liệu ước thực hiện."), (50, y + 24, "II. NHIỆM VỤ, GIẢI PHÁP")]
    return _page_of(items)


@pytest.mark.parametrize("first, cells", [
    ("STT", ["STT", "Chỉ tiêu", "ĐVT", "Năm 2028", "Năm 2030", "Cơ quan chủ trì"]),
    ("1", ["1", "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi", "%", "20", "18", "Sở Y tế"]),
    # (a sub-row sets figures of its own: no wrapped line of the row above)
    ("", ["", "Trong đó: vùng dân tộc thiểu số", "%", "26", "24", ""]),
    ("3", ["3", "Tỷ suất tử vong do đuối nước", "trẻ/100N", "7", "5,5", "Sở Văn hóa, Thể thao và Du lịch"]),
])
def test_close_headers_and_sub_rows_are_cells_of_their_own(close_text, first, cells):
    assert _row(close_text, first) == cells


def test_a_note_and_a_heading_after_the_table_are_no_rows(close_text):
    assert not any("|" in line for line in close_text.splitlines() if "Ghi chú" in line or "NHIỆM VỤ" in line)


def test_prose_in_two_columns_under_heading_words_is_no_table():
    # (a line of four runs that read as a table's headings, over running text set in two
    # columns: it had been cut into a table and the plan's text lost to it)
    items = [(50, 150, "Nội dung"), (150, 150, "Chỉ tiêu chung"), (300, 150, "Năm 2030"), (420, 150, "Ghi chú")]
    left = ["1. Sở Y tế chủ trì, phối hợp với các sở tổ chức", "thực hiện chỉ tiêu tỷ lệ trẻ em dưới 1 tuổi",
            "được tiêm chủng đầy đủ đạt 98% vào năm 2030."]
    right = ["3. Công an tỉnh chủ trì chỉ tiêu giảm số vụ", "xâm hại trẻ em 20% so với năm 2025 vào năm",
             "2030; phối hợp với Sở Y tế, Tỉnh đoàn."]
    for k, (a, b) in enumerate(zip(left, right)):
        items += [(50, 170 + 13 * k, a), (310, 170 + 13 * k, b)]
    text = _page_of(items)
    assert "|" not in text
    assert "1. Sở Y tế chủ trì, phối hợp với các sở tổ chức" in text
