"""Targets coded "CT26-01" (letters, digits, a dash, the order), a line a year with leader
dots under each ("năm 2025 (thực hiện) ........ 8,6", "năm 2027 (sơ kết giữa kỳ) ........
dưới 8,1"), and a roles line "▶ Sở Y tế ▷ A; B" (blind round 81's layout); a unit bracket a
page's width cut over two lines still gives the figures their unit.

Pure: lines or a plan text (invented figures) → targets and roles; then the replies.
"""

from __future__ import annotations

import pytest

from knowledge.ingest import ingest_file
from knowledge.parse.structure import year_lines_and_marks
from tests.test_parse_any_marker import _first_line, _kb_of

BLOCKS = [
    ("CT26-01  Tỷ suất tử vong trẻ sơ sinh (đơn vị tính: ‰ (trên 1.000 trẻ đẻ sống))",
     ["8,6", "dưới 8,1", "dưới 7,2"], "▶ Sở Y tế   ▷ Hội Liên hiệp Phụ nữ thành phố; Bảo hiểm xã hội thành phố"),
    ("CT26-02  Tỷ lệ trường phổ thông có phòng tư vấn tâm lý học đường hoạt động thường xuyên (đơn vị\n  tính: %)",
     ["72,4", "85", "100"], "▶ Sở Giáo dục và Đào tạo   ▷ Sở Y tế"),
    ("CT26-03  Số cặp tảo hôn trong năm (đơn vị tính: cặp)",
     ["46", "dưới 30", "dưới 15"], "▶ Sở Dân tộc và Tôn giáo   ▷ Sở Tư pháp"),
]
TEXT = "\n\n".join([
    "ỦY BAN NHÂN DÂN TỈNH HÒA SƠN", "Số: 96/KH-UBND Hòa Sơn, ngày 23 tháng 01 năm 2026", "KẾ HOẠCH",
    "Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2026 - 2030",
    "I. MỤC TIÊU", "1. Mục tiêu chung", "Mọi trẻ em được bảo đảm các quyền cơ bản.", "2. Mục tiêu cụ thể",
    *["\n\n".join([head,
                   f"      năm 2025 (thực hiện) .................... {a}",
                   f"      năm 2027 (sơ kết giữa kỳ) ............... {b}",
                   f"      năm 2030 (tổng kết) ..................... {c}", roles])
      for head, (a, b, c), roles in BLOCKS],
    "II. TỔ CHỨC THỰC HIỆN", "Sở Nội vụ tổng hợp, báo cáo UBND tỉnh trước ngày 20/12 hằng năm.",
    "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]) + "\n"


def _write(folder):
    path = folder / "hoason-kh96-2026.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_year_lines_and_triangle_roles_read_as_lines_the_readers_know():
    lines = year_lines_and_marks([
        "CT26-01  Tỷ lệ A (đơn vị tính: %)", "  năm 2025 (thực hiện) ....... 8,6", "",
        "  năm 2027 (sơ kết giữa kỳ) ....... 9", "  năm 2030 (tổng kết) ....... 10", "  ▶ Sở Y tế   ▷ Sở Tư pháp",
        "CT26-02  Tỷ lệ B", "CT26-03  Tỷ lệ C", "▶ Công an tỉnh", "▶ Tỉnh đoàn ▷ Sở Nội vụ"])
    assert lines[:3] == ["CT26-01. Tỷ lệ A (đơn vị tính: %)",
                         "thực hiện năm 2025: 8,6 ⟶ sơ kết giữa kỳ năm 2027: 9 ⟶ tổng kết năm 2030: 10",
                         "Chủ trì: Sở Y tế. Phối hợp: Sở Tư pháp."]
    assert lines[-2:] == ["Chủ trì: Công an tỉnh.", "Chủ trì: Tỉnh đoàn. Phối hợp: Sở Nội vụ."]


def test_targets_their_figures_units_and_roles(tmp_path):
    plan = ingest_file(_write(tmp_path))
    names = {a.key: a.name for a in plan.agencies}
    assert [(i.label, [(t.year, t.value, t.unit) for t in i.targets]) for i in plan.indicators] == [
        ("CT26-01", [(2025, 8.6, "per_1000_live_births"), (2027, 8.1, "per_1000_live_births"),
                     (2030, 7.2, "per_1000_live_births")]),
        ("CT26-02", [(2025, 72.4, "%"), (2027, 85, "%"), (2030, 100, "%")]),
        ("CT26-03", [(2025, 46, "count"), (2027, 30, "count"), (2030, 15, "count")])]
    assert [([names[k] for k in i.lead_agencies], [names[k] for k in i.partner_agencies]) for i in plan.indicators] == [
        (["Sở Y tế"], ["Hội Liên hiệp Phụ nữ Thành phố", "Bảo hiểm xã hội Thành phố"]),
        (["Sở Giáo dục và Đào tạo"], ["Sở Y tế"]), (["Sở Dân tộc và Tôn giáo"], ["Sở Tư pháp"])]


@pytest.mark.parametrize("question, shown", [
    ("Hòa Sơn CT26-02 năm 2027?", "85% (2027)"),
    ("ct26-03 hoa son ai chu tri", "Chủ trì: Sở Dân tộc và Tôn giáo"),
])
def test_officers_ask_by_code(tmp_path, question, shown):
    first = _first_line(question, _kb_of(tmp_path, _write(tmp_path)))
    assert first.startswith(shown), first


def test_a_target_with_one_year_line_keeps_its_figure(tmp_path):
    text = TEXT.replace("      năm 2025 (thực hiện) .................... 46\n\n"
                        "      năm 2027 (sơ kết giữa kỳ) ............... dưới 30\n\n", "")
    path = tmp_path / "hoason-kh96-2026.txt"
    path.write_text(text, encoding="utf-8")
    plan = ingest_file(path)
    assert [(i.label, [(t.year, t.value) for t in i.targets]) for i in plan.indicators][-1] == ("CT26-03", [(2030, 15)])
