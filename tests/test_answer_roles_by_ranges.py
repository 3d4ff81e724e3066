"""Targets coded "1.1 … 3.2" in tables by goal, a cell's mark calling a note below its table
("8,0 (a)" / "(a) Đặc khu Cồn Cỏ: dưới 9‰ vào năm 2030 …": the row's figures for those areas,
no target of its own), and roles given to them "1.1 … 4.3" by ranges, by whole goals and with exceptions
(round 112): "chủ trì các chỉ tiêu từ 1.1 đến 1.3 … và toàn bộ các chỉ tiêu của Mục tiêu 3",
"chủ trì các chỉ tiêu thuộc Mục tiêu 2, trừ chỉ tiêu 2.2". Each target in a range or a goal
has that lead; a target left out ("trừ") is not given it.

Pure: a plan text (invented figures) → the replies.
"""

from __future__ import annotations

import pytest

from tests.test_parse_any_marker import _kb_of

TEXT = "\n".join([
    "ỦY BAN NHÂN DÂN TỈNH HÒA SƠN", "Số: 47/KH-UBND Hòa Sơn, ngày 12 tháng 3 năm 2026", "KẾ HOẠCH",
    "Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2026 - 2030",
    "I. MỤC TIÊU", "",
    "2. Mục tiêu cụ thể và chỉ tiêu", "",
    "Chỉ tiêu được đánh số theo mục tiêu (chỉ tiêu 1.1 là chỉ tiêu thứ nhất của Mục tiêu 1).", "",
    "Mục tiêu 1: Chăm sóc sức khỏe cho trẻ em", "",
    "STT | Chỉ tiêu | Đơn vị tính | Thực hiện 2025 | Kế hoạch 2028 | Kế hoạch 2030",
    "1.1 | Tỷ suất tử vong trẻ em dưới 1 tuổi | ‰ | 10,2 | 9,0 | 8,0 (a)",
    "1.2 | Tỷ suất tử vong trẻ em dưới 5 tuổi | ‰ | 14,8 | 13,0 | 12,0",
    "1.3 | Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi | % | 17,9 | 16,5 | Dưới 15", "",
    "(a) Đặc khu Cồn Cỏ: dưới 9‰ vào năm 2030. Các xã đảo Hòn Mê, Hòn Nẹ: dưới 11‰ vào năm 2030 "
    "(năm 2025 đạt 12,5‰).", "",
    "Mục tiêu 2: Giáo dục cho trẻ em", "",
    "STT | Chỉ tiêu | Đơn vị tính | Thực hiện 2025 | Kế hoạch 2028 | Kế hoạch 2030",
    "2.1 | Tỷ lệ học sinh hoàn thành chương trình tiểu học | % | 97,4 | 98,5 | 99",
    "2.2 | Tỷ lệ trẻ em từ 6 đến 15 tuổi biết bơi an toàn | % | 38 | 50 | 60",
    "2.3 | Tỷ lệ học sinh bỏ học cấp trung học cơ sở | % | 2,1 | Dưới 1,8 | Dưới 1,2", "",
    "Mục tiêu 3: Sự tham gia của trẻ em", "",
    "STT | Chỉ tiêu | Đơn vị tính | Thực hiện 2025 | Kế hoạch 2028 | Kế hoạch 2030",
    "3.1 | Tỷ lệ trẻ em từ 7 tuổi trở lên được hỏi ý kiến về các vấn đề của trẻ em | % | 30 | 38 | 45",
    "3.2 | Tỷ lệ xã, phường đạt tiêu chuẩn xã, phường phù hợp với trẻ em | % | 72 | 80 | 85", "",
    "II. TỔ CHỨC THỰC HIỆN", "",
    "1. Sở Y tế", "",
    "Sở Y tế: chủ trì các chỉ tiêu từ 1.1 đến 1.3 và toàn bộ các chỉ tiêu của Mục tiêu 3; phối hợp thực hiện "
    "chỉ tiêu 2.2.", "",
    "2. Sở Giáo dục và Đào tạo", "",
    "Sở Giáo dục và Đào tạo: chủ trì các chỉ tiêu thuộc Mục tiêu 2, trừ chỉ tiêu 2.2; phối hợp thực hiện "
    "chỉ tiêu 1.3 và 2.2.", "",
    "3. Sở Văn hóa, Thể thao và Du lịch", "",
    "Sở Văn hóa, Thể thao và Du lịch: chủ trì chỉ tiêu 2.2.", "",
    "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]) + "\n"


@pytest.fixture(scope="module")
def plan_kb(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hoason")
    path = folder / "hoason-kh47-2026.txt"
    path.write_text(TEXT, encoding="utf-8")
    return _kb_of(folder, path)


def _first_line(question: str, kb) -> str:
    from knowledge.answer.engine import answer
    from knowledge.answer.format import strip_html

    return strip_html(answer(question, kb).text).split("\n")[0]


@pytest.mark.parametrize("code, lead, not_lead", [
    ("1.2", "Sở Y tế", None),                           # inside "từ 1.1 đến 1.3"
    ("1.3", "Sở Y tế", "Sở Giáo dục"),                  # the range's end, another's partner
    ("3.2", "Sở Y tế", None),                           # "toàn bộ các chỉ tiêu của Mục tiêu 3"
    ("2.1", "Sở Giáo dục và Đào tạo", None),            # "các chỉ tiêu thuộc Mục tiêu 2"
    ("2.2", "Sở Văn hóa, Thể thao và Du lịch", "Sở Giáo dục"),   # "trừ chỉ tiêu 2.2": not its lead
])
def test_a_range_or_a_goal_gives_each_target_its_lead(plan_kb, code, lead, not_lead):
    line = _first_line(f"Chỉ tiêu {code} của Hòa Sơn do cơ quan nào chủ trì?", plan_kb)
    assert lead in line, line
    if not_lead:
        assert not_lead not in line, line


def test_a_note_a_cell_calls_is_its_row_s_areas_not_a_target(plan_kb):
    line = _first_line("Riêng đặc khu Cồn Cỏ, tỷ suất tử vong trẻ em dưới 1 tuổi năm 2030 của Hòa Sơn là bao nhiêu?",
                       plan_kb)
    assert "9" in line and "Cồn Cỏ" in line, line
    # eight targets, the note none of them
    line = _first_line("Kế hoạch Hòa Sơn có bao nhiêu chỉ tiêu?", plan_kb)
    assert "08 chỉ tiêu" in line or "8 chỉ tiêu" in line, line
