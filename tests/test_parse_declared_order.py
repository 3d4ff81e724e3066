"""Targets coded by three digits ("Chỉ số 101", its first digit the group "Nhóm 1xx") whose
figures stand on a line of their own in an order the plan declares once ("Số liệu ghi theo thứ
tự: Kết quả năm 2025 / Mốc năm 2028 / Mục tiêu năm 2030"), roles only in a table by code
(blind round 70's layout); a table of places citing targets is none of them.

Pure: a plan text (invented figures) → goals, indicators, roles; then the replies.
"""

from __future__ import annotations

import pytest

from knowledge.ingest import ingest_file
from knowledge.parse.structure import declared_figure_order
from tests.test_parse_any_marker import _first_line, _kb_of, _roles

TEXT = "\n".join([
    "ỦY BAN NHÂN DÂN TỈNH HÒA SƠN", "Số: 58/KH-UBND Hòa Sơn, ngày 26 tháng 01 năm 2026", "KẾ HOẠCH",
    "Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2026 - 2030", "",
    "I. MỤC TIÊU", "1. Mục tiêu chung", "Mọi trẻ em được bảo đảm các quyền cơ bản.", "",
    "2. Mục tiêu cụ thể",
    "Kế hoạch có 4 chỉ số. Số liệu ghi theo thứ tự: Kết quả năm 2025 / Mốc năm 2028 / Mục tiêu năm 2030.", "",
    "Nhóm 1xx - Chăm sóc sức khỏe, dinh dưỡng",
    "Chỉ số 101. Tỷ suất tử vong trẻ em dưới 1 tuổi (trên 1.000 trẻ đẻ sống)",
    "    11,6 / dưới 10,8 / dưới 9,9 (đơn vị: ‰)",
    "    Nguồn số liệu: ngành y tế.",
    "Chỉ số 102. Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi",
    "    16,4 / 15,2 / 13,8 (đơn vị: %)", "",
    "Nhóm 3xx - Bảo vệ trẻ em",
    "Chỉ số 301. Tỷ suất trẻ em tử vong do đuối nước (trên 100.000 trẻ em)",
    "    9,8 / dưới 8,0 / dưới 6,5 (đơn vị: /100.000)",
    "Chỉ số 302. Số cặp tảo hôn trong năm",
    "    47 / không quá 30 / không quá 15 (đơn vị: cặp)", "",
    "II. TỔ CHỨC THỰC HIỆN", "Các sở, ngành báo cáo về Sở Nội vụ trước ngày 05/12 hằng năm.", "",
    "PHỤ LỤC 1", "BẢNG GIAO CHỈ SỐ",
    "| Mã chỉ số | Cơ quan chủ trì | Cơ quan phối hợp | Điểm tối đa |",
    "| 101 | Sở Y tế | Bảo hiểm xã hội tỉnh | 7 |",
    "| 102 | Sở Y tế | Hội Liên hiệp Phụ nữ tỉnh | 5 |",
    "| 301 | Sở Văn hóa, Thể thao và Du lịch | Sở Giáo dục và Đào tạo | 6 |",
    "| 302 | Sở Dân tộc và Tôn giáo | Sở Tư pháp | 4 |", "",
    "PHỤ LỤC 2", "ĐỊA BÀN ƯU TIÊN",
    "| STT | Địa bàn | Đặc điểm | Chỉ số ưu tiên |",
    "| 1 | Các xã ven biển huyện Ba Tri | Ven biển | 301, 302 |",
    "| 2 | Các xã cù lao huyện Chợ Lách | Cù lao | 301 |", "",
    "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]) + "\n"


def _write(folder, text: str = TEXT):
    path = folder / "hoason-kh58-2026.txt"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    return ingest_file(_write(tmp_path_factory.mktemp("declared")))


def test_each_figure_line_takes_the_years_of_the_declared_order(plan):
    assert [(i.number, i.goal, [(t.year, t.value) for t in i.targets]) for i in plan.indicators] == [
        (101, 1, [(2025, 11.6), (2028, 10.8), (2030, 9.9)]),
        (102, 1, [(2025, 16.4), (2028, 15.2), (2030, 13.8)]),
        (301, 3, [(2025, 9.8), (2028, 8.0), (2030, 6.5)]),
        (302, 3, [(2025, 47), (2028, 30), (2030, 15)])]     # (the places' rows no targets)
    assert [(g.number, g.title) for g in plan.goals] == [(1, "Chăm sóc sức khỏe, dinh dưỡng"), (3, "Bảo vệ trẻ em")]


def test_roles_by_a_table_of_three_digit_codes(plan):
    assert _roles(plan) == [(["Sở Y tế"], ["Bảo hiểm xã hội"]), (["Sở Y tế"], ["Hội Liên hiệp Phụ nữ tỉnh"]),
                            (["Sở Văn hóa, Thể thao và Du lịch"], ["Sở Giáo dục và Đào tạo"]),
                            (["Sở Dân tộc và Tôn giáo"], ["Sở Tư pháp"])]


def test_a_line_of_other_figures_or_a_plan_declaring_no_order_stays_as_written():
    lines = ["Số liệu ghi theo thứ tự: Kết quả năm 2025 / Mốc năm 2028 / Mục tiêu năm 2030.",
             "Chỉ số 101. Tỷ lệ …", "11,6 / 10,8 (đơn vị: %)", "Tổng kinh phí 30 / 40 tỷ đồng"]
    assert declared_figure_order(lines)[2:] == lines[2:]      # two figures for three years; words
    assert declared_figure_order(["Chỉ số 101. Tỷ lệ …", "11,6 / 10,8 / 9,9"])[1] == "11,6 / 10,8 / 9,9"


def test_a_figures_note_a_step_with_no_figure_and_a_label_keep_the_order():
    # (review: "82,4 (94/114 xã) / 88 / 93" had made up 94/114 as the 2028 figure)
    lines = ["Số liệu ghi theo thứ tự: Kết quả năm 2025 / Mốc năm 2028 / Mục tiêu năm 2030.",
             "82,4 (94/114 xã) / 88 / 93 (đơn vị: %)", "chưa có số liệu / 60 / 80 (đơn vị: %)",
             "năm học 2024/2025: 71,5 / 80 / 90 (đơn vị: %)", "11,6/10,8/9,9 (đơn vị: ‰)"]
    assert declared_figure_order(lines)[1:] == [
        "Kết quả năm 2025: 82,4% ⟶ Mốc năm 2028: 88% ⟶ Mục tiêu năm 2030: 93%.",
        "Mốc năm 2028: 60% ⟶ Mục tiêu năm 2030: 80%.",
        "Kết quả năm 2025: 71,5% ⟶ Mốc năm 2028: 80% ⟶ Mục tiêu năm 2030: 90%.",
        "Kết quả năm 2025: 11,6‰ ⟶ Mốc năm 2028: 10,8‰ ⟶ Mục tiêu năm 2030: 9,9‰."]


def test_a_group_line_right_under_a_figure_line_opens_its_group(tmp_path):
    # (review: "Nhóm 3xx - …" with no blank line above it was read into the figure line's paragraph)
    plan = ingest_file(_write(tmp_path, TEXT.replace("(đơn vị: %)\n\nNhóm 3xx", "(đơn vị: %)\nNhóm 3xx")))
    assert [(i.number, i.goal) for i in plan.indicators] == [(101, 1), (102, 1), (301, 3), (302, 3)]


@pytest.mark.parametrize("question, first", [
    ("Chỉ số 101 của Hòa Sơn mục tiêu năm 2030 là bao nhiêu?", "dưới 9,9/1.000 trẻ đẻ sống (2030) — Tỷ suất tử vong trẻ em dưới 1 tuổi (trên 1.000 trẻ đẻ sống)"),
    ("hs cs 302 nam 2028 bn", "không quá 30 cặp (2028)"),
    # the figure as the plan writes it, "8,0", not "8"
    ("Indicator 301 in the Hoa Son plan: what is the 2028 milestone?", "dưới 8,0/100.000 trẻ em (2028)"),
    ("Chỉ số 102 Hòa Sơn do cơ quan nào chủ trì?", "Chủ trì: Sở Y tế"),
    ("Sở Y tế Hòa Sơn chủ trì những chỉ số nào?", "Chủ trì 02 chỉ tiêu: 101, 102"),
])
def test_an_officer_asks_by_the_code(tmp_path, question, first):
    kb = _kb_of(tmp_path, _write(tmp_path))
    line = _first_line(question, kb)
    assert line.startswith(first) and "⟶" not in line, line     # the target named, no other year's figure
