"""Blind round 92's layout: one appendix table of targets, split over pages with its header
repeated, whose rows are numbered anew under each group row ("| II | GIÁO DỤC | | |"), so a
target is cited "chỉ tiêu số 2 nhóm III"; role cells saying "nt" (như trên: as the row above);
counts written as parts of a whole ("19/28") in the result column.

Pure: a plan text (invented figures) → targets and roles; the ditto rewriting alone; replies.
"""

from __future__ import annotations

import pytest

from knowledge.ingest import ingest_file
from knowledge.parse.structure import ditto_cells
from tests.test_parse_any_marker import _first_line, _kb_of, _roles, write_plan

HEADER = "| STT | Chỉ tiêu | Đơn vị tính | Thực hiện năm 2025 | Mốc năm 2027 | Mục tiêu năm 2030 | Cơ quan chủ trì | Cơ quan phối hợp |"
GROUPED = ["ỦY BAN NHÂN DÂN TỈNH HÒA SƠN", "Số: 96/KH-UBND Hòa Sơn, ngày 14 tháng 01 năm 2026", "", "KẾ HOẠCH",
           "Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2026 - 2030", "",
           "I. MỤC TIÊU", "", "2. Mục tiêu cụ thể", "",
           "Các chỉ tiêu cụ thể tại Phụ lục I kèm theo Kế hoạch này.", "",
           "II. TỔ CHỨC THỰC HIỆN", "", "Sở Nội vụ tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 20/12 hằng năm.", "",
           "Phụ lục I", "CÁC CHỈ TIÊU CỤ THỂ", HEADER,
           "| I | CHĂM SÓC SỨC KHỎE |  |  |  |  |  |  |",
           "| 1 | Tỷ suất tử vong trẻ em dưới 1 tuổi (trên 1.000 trẻ đẻ sống) | ‰ | 24,6 | dưới 23,0 | dưới 20,5 | Sở Y tế | Hội Liên hiệp Phụ nữ tỉnh |",
           "| 2 | Tỷ lệ lây truyền HIV từ mẹ sang con | % | 3,1 | dưới 2,5 | dưới 2 | nt | nt |",
           "| II | GIÁO DỤC |  |  |  |  |  |  |",
           "| 1 | Tỷ lệ học sinh trung học cơ sở bỏ học | % | 1,42 | dưới 1,1 | dưới 0,7 | Sở Giáo dục và Đào tạo | Tỉnh đoàn |",
           "| 2 | Số trường phổ thông dân tộc bán trú có nhà ở đạt chuẩn (trên tổng số 28 trường) | trường | 19/28 | 23/28 | 28/28 | nt | Sở Xây dựng |",
           "", "(tiếp theo)", HEADER,
           "| III | BẢO VỆ TRẺ EM |  |  |  |  |  |  |",
           "| 1 | Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh | % | 95,6 | 98 | 99,5 | Sở Tư pháp | Công an tỉnh |",
           "| 2 | Số cặp tảo hôn phát sinh trong năm | cặp | 312 | dưới 240 | dưới 150 | Sở Dân tộc và Tôn giáo | nt |",
           "", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]


def _write(folder, lines: list[str]):
    return write_plan(folder, "hoason-kh96-2026.txt", lines)


def test_rows_numbered_anew_under_each_group_are_known_by_both(tmp_path):
    plan = ingest_file(_write(tmp_path, GROUPED))
    assert [(i.number, i.goal_label, i.label, sorted((t.year, t.value) for t in i.targets)) for i in plan.indicators] == [
        (None, "I", "1", [(2025, 24.6), (2027, 23), (2030, 20.5)]),
        (None, "I", "2", [(2025, 3.1), (2027, 2.5), (2030, 2)]),
        (None, "II", "1", [(2025, 1.42), (2027, 1.1), (2030, 0.7)]),
        # (its result a part of its whole, as its milestones)
        (None, "II", "2", [(2025, 19), (2027, 23), (2030, 28)]),
        (None, "III", "1", [(2025, 95.6), (2027, 98), (2030, 99.5)]),
        (None, "III", "2", [(2025, 312), (2027, 240), (2030, 150)])]


def test_a_cell_saying_as_above_takes_the_row_above(tmp_path):
    plan = ingest_file(_write(tmp_path, GROUPED))
    assert _roles(plan) == [(["Sở Y tế"], ["Hội Liên hiệp Phụ nữ tỉnh"]), (["Sở Y tế"], ["Hội Liên hiệp Phụ nữ tỉnh"]),
                            (["Sở Giáo dục và Đào tạo"], ["Tỉnh đoàn"]), (["Sở Giáo dục và Đào tạo"], ["Sở Xây dựng"]),
                            (["Sở Tư pháp"], ["Công an tỉnh"]), (["Sở Dân tộc và Tôn giáo"], ["Công an tỉnh"])]


@pytest.mark.parametrize("lines, written", [
    (["| 1 | a | Sở Y tế | Hội Phụ nữ |", "| 2 | b | nt | Như trên |", "| 3 | c | -nt- | Tỉnh đoàn |"],
     ["| 1 | a | Sở Y tế | Hội Phụ nữ |", "| 2 | b | Sở Y tế | Hội Phụ nữ |", "| 3 | c | Sở Y tế | Tỉnh đoàn |"]),
    # a group's row between is no row above; a row of another width starts anew
    (["| 1 | a | Sở Y tế |", "| II | B |  |", "| 1 | c | nt |"], ["| 1 | a | Sở Y tế |", "| II | B |  |", "| 1 | c | Sở Y tế |"]),
    (["| 1 | a | Sở Y tế |", "| 1 | c | nt | x |"], ["| 1 | a | Sở Y tế |", "| 1 | c | nt | x |"]),
    # a figure is never copied to the row below (another target, maybe another unit)
    (["| 1 | a | dưới 23,0 | Sở Y tế |", "| 2 | b | nt | nt |"], ["| 1 | a | dưới 23,0 | Sở Y tế |", "| 2 | b | nt | Sở Y tế |"]),
])
def test_ditto_cells(lines, written):
    assert ditto_cells(lines) == written


@pytest.mark.parametrize("question, shown", [
    ("Hòa Sơn chỉ tiêu số 2 nhóm III năm 2030", "dưới 150 cặp (2030)"),
    ("HS ct 1 nh ii n2030 bn", "dưới 0,7% (2030)"),
    ("What is the 2027 milestone of indicator 1 of group I in Hoa Son?", "dưới 23,0/1.000 trẻ đẻ sống (2027)"),
    # (its group's numeral typed in digits)
    ("Hòa Sơn chỉ tiêu 2 nhóm 3 năm 2030", "dưới 150 cặp (2030)"),
    # (the reply names the target with its group: its number alone names six)
    ("Hòa Sơn nhóm II chỉ tiêu 2 ai chủ trì", "Chủ trì: Sở Giáo dục và Đào tạo — Hòa Sơn · Kế hoạch 96/KH-UBND, Chỉ tiêu 2 · GIÁO DỤC"),
])
def test_replies_find_a_target_by_its_group_and_number(tmp_path, question, shown):
    first = _first_line(question, _kb_of(tmp_path, _write(tmp_path, GROUPED)))
    assert first.startswith(shown), first


def test_a_number_every_group_uses_states_each_groups_target(tmp_path):
    from knowledge.answer.engine import answer
    from knowledge.answer.format import strip_html

    reply = strip_html(answer("Hòa Sơn chỉ tiêu 2 năm 2030", _kb_of(tmp_path, _write(tmp_path, GROUPED))).text)
    assert "dưới 2% (2030)" in reply and "28/28 (2030)" in reply and "dưới 150 cặp (2030)" in reply
    assert "Chỉ tiêu 2 · CHĂM SÓC SỨC KHỎE" in reply and "Chỉ tiêu 2 · BẢO VỆ TRẺ EM" in reply

