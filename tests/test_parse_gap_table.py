"""A "gap table" of targets coded "HK.01" (blind round 67's layout): each row the 2025 result,
the change to 2028 and its target, the change to 2030 and its target ("| KQ năm 2025 |
Thay đổi đến 2028 | Đích 2028 | Thay đổi đến 2030 | Đích 2030 |"), no group rows; a PDF's
text cuts some rows, their last cells in a block of their own ("80 | +18,5 điểm % | 90 |",
"| +3,5 điểm % | 100 |", "|").

Pure: a plan text (invented figures) → indicators and their targets; then the replies.
"""

from __future__ import annotations

import pytest

from knowledge.ingest import ingest_file
from tests.test_parse_any_marker import _first_line, _kb_of

HEADER = "| Mã | Chỉ tiêu | ĐVT | KQ năm 2025 | Thay đổi đến 2028 | Đích 2028 | Thay đổi đến 2030 | Đích 2030 |"
TEXT = "\n\n".join([
    "ỦY BAN NHÂN DÂN PHƯỜNG HÒA SƠN",
    "Số: 215/KH-UBND Hòa Sơn, ngày 16 tháng 01 năm 2026",
    "KẾ HOẠCH",
    "Thực hiện Chương trình hành động vì trẻ em trên địa bàn phường Hòa Sơn giai đoạn 2026 - 2030",
    "II. MỤC TIÊU",
    "2. Mục tiêu cụ thể",
    "Bảng 1. Bảng khoảng cách chỉ tiêu",
    HEADER,
    "| HK.01 | Tỷ lệ tổ dân phố an toàn, thân thiện với trẻ em | % | 71,5 | +8,5 điểm % |",
    "80 | +18,5 điểm % | 90 |",
    "| HK.02 | Tỷ suất tử vong trẻ em dưới 1 tuổi (trên 1.000 trẻ đẻ sống) | ‰ | 3,2 | -0,2 | dưới 3,0 | -0,4 | dưới 2,8 |",
    "| HK.03 | Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp | % | 96,5 | +1,5 điểm % | 98",
    "| +3,5 điểm % | 100 |",
    "| HK.04 | Tỷ suất trẻ em bị tai nạn thương tích (trên 100.000 trẻ em) | /100.000 | 215 | -25 | 190 | -50 | 165",
    "|",
    "Ghi chú Bảng 1: (1) Chỉ tiêu HK.03 tính theo tỷ lệ.",
    "III. TỔ CHỨC THỰC HIỆN",
    "Các đơn vị báo cáo UBND phường trước ngày 10/12 hằng năm.",
    "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]) + "\n"


def _write(folder):
    path = folder / "hoason-kh215-2026.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_each_code_is_a_target_with_its_result_and_targets_not_the_changes(tmp_path):
    plan = ingest_file(_write(tmp_path))
    assert [(i.label, sorted((t.year, t.value, t.achieved) for t in i.targets)) for i in plan.indicators] == [
        ("HK.01", [(2025, 71.5, True), (2028, 80, False), (2030, 90, False)]),
        ("HK.02", [(2025, 3.2, True), (2028, 3.0, False), (2030, 2.8, False)]),
        ("HK.03", [(2025, 96.5, True), (2028, 98, False), (2030, 100, False)]),
        ("HK.04", [(2025, 215, True), (2028, 190, False), (2030, 165, False)])]


@pytest.mark.parametrize("question, first", [
    ("Chỉ tiêu HK.02 của phường Hòa Sơn năm 2030 là bao nhiêu?", "dưới 2,8/1.000 trẻ đẻ sống (2030)"),
    ("hk.04 hoa son 2028 bn", "190/100.000 trẻ em (2028)"),
])
def test_an_officer_asks_a_target_by_its_dotted_code(tmp_path, question, first):
    kb = _kb_of(tmp_path, _write(tmp_path))
    assert _first_line(question, kb).startswith(first), _first_line(question, kb)
