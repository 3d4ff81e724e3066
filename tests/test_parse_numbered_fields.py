"""Blind round 102's layout: targets "Chỉ tiêu a.1." (the goal's letter, its order) each over
four numbered fields "(1) Xuất phát điểm (kết quả thực hiện năm 2025): 5,8‰", "(2) Yêu cầu
chuyển biến đến hết năm 2028 so với năm 2025: giảm ít nhất 0,5 điểm phần nghìn", "(3) Mốc sơ
kết năm 2028: dưới 5,3‰", "(4) Mục tiêu năm 2030: dưới 4,8‰" (a DOCX's paragraphs a blank line
apart); roles agency by agency "1.2. Sở Y tế" over "- Chủ trì: a.1, a.2. Phối hợp: b.1.".

Pure: a plan text (invented figures) → targets and roles; the rewriting alone.
"""

from __future__ import annotations

import pytest

from knowledge.ingest import ingest_file
from knowledge.parse.structure import numbered_fields
from tests.test_parse_any_marker import _roles, write_plan


def _target(code, name, y2025, change, y2028, y2030):
    return [f"Chỉ tiêu {code}. {name}", f"   (1) Xuất phát điểm (kết quả thực hiện năm 2025): {y2025}",
            f"   (2) Yêu cầu chuyển biến đến hết năm 2028 so với năm 2025: {change}",
            f"   (3) Mốc sơ kết năm 2028: {y2028}", f"   (4) Mục tiêu năm 2030: {y2030}", ""]


PLAN = (["ỦY BAN NHÂN DÂN TỈNH HÒA SƠN", "Số: 38/KH-UBND Hòa Sơn, ngày 22 tháng 01 năm 2026", "", "KẾ HOẠCH",
         "Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2026 - 2030", "",
         "II. MỤC TIÊU", "2. Mục tiêu cụ thể", "", "Mục tiêu a) Chăm sóc sức khỏe trẻ em (02 chỉ tiêu)", ""]
        + _target("a.1", "Tỷ suất tử vong trẻ sơ sinh (trên 1.000 trẻ đẻ sống) (đơn vị tính: ‰)", "5,8‰",
                  "giảm ít nhất 0,5 điểm phần nghìn", "dưới 5,3‰", "dưới 4,8‰")
        + _target("a.2", "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ (đơn vị tính: %)", "95,3%",
                  "tăng ít nhất 1,7 điểm phần trăm", "97%", "98,5%")
        + ["Mục tiêu b) Giáo dục (01 chỉ tiêu)", ""]
        + _target("b.1", "Tỷ lệ huy động trẻ em 5 tuổi đi học mẫu giáo (đơn vị tính: %)", "99,1%",
                  "tăng ít nhất 0,3 điểm phần trăm", "99,4%", "99,7%")
        + ["IV. TỔ CHỨC THỰC HIỆN", "1. Trách nhiệm của các cơ quan", "1.1. Sở Y tế",
           "   - Chủ trì: a.1, a.2. Phối hợp: b.1.", "   - Nhiệm vụ: Chỉ đạo mạng lưới y tế cơ sở.",
           "1.2. Sở Giáo dục và Đào tạo", "   - Chủ trì: b.1. Phối hợp: a.2.",
           "   - Nhiệm vụ: Phát triển mạng lưới trường lớp.", "", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"])


@pytest.mark.parametrize("blank", [False, True], ids=["lines", "paragraphs"])
def test_fields_are_milestones_the_change_a_note(tmp_path, blank):
    plan = ingest_file(write_plan(tmp_path, "hoason-kh38-2026.txt", [line for line in PLAN if line] if blank else PLAN, blank))
    # (the change "giảm ít nhất 0,5 điểm" is no target of a year)
    assert [(i.label, i.goal, sorted((t.year, t.comparator, t.value) for t in i.targets)) for i in plan.indicators] == [
        ("a.1", 1, [(2025, "exactly", 5.8), (2028, "under", 5.3), (2030, "under", 4.8)]),
        ("a.2", 1, [(2025, "exactly", 95.3), (2028, "at_least", 97), (2030, "at_least", 98.5)]),
        ("b.1", 2, [(2025, "exactly", 99.1), (2028, "at_least", 99.4), (2030, "at_least", 99.7)])]
    assert _roles(plan) == [(["Sở Y tế"], []), (["Sở Y tế"], ["Sở Giáo dục và Đào tạo"]),
                            (["Sở Giáo dục và Đào tạo"], ["Sở Y tế"])]


def test_numbered_fields_keep_other_bracketed_numbers():
    lines = ["(1) Tuyên truyền pháp luật.", "(2) Tập huấn cán bộ năm 2026: 2 lớp.", "(3) Kiểm tra."]
    assert numbered_fields(lines) == lines


@pytest.mark.parametrize("question, shown", [
    ("Hoa Son nam 2028 chi tieu a.1 phai dat bao nhieu?", "dưới 5,3/1.000 trẻ đẻ sống (2028) — Tỷ suất tử vong trẻ sơ sinh"),
    ("Which agency leads Hoa Son indicator b.1?", "Chủ trì: Sở Giáo dục và Đào tạo"),
])
def test_replies(tmp_path, question, shown):
    from tests.test_parse_any_marker import _first_line, _kb_of
    first = _first_line(question, _kb_of(tmp_path, write_plan(tmp_path, "hoason-kh38-2026.txt", PLAN)))
    assert first.startswith(shown), first
