"""Blind round 101's layout: targets coded "VL1"… each with a short name in quotes and its
checkpoints in a bracket of abbreviations declared once ("VL1 "khai sinh" - Tỷ lệ … (đơn vị
tính: %) [TH2025: 98,7% · KH2028: 99,5% · KH2030: 100%]"), under "Mục tiêu thành phần N.";
roles agency by agency by the short names only ("- Chủ trì các chỉ tiêu: khai sinh; đuối
nước."), a PDF's width wrapping a bracket or a list anywhere.

Pure: a plan text (invented figures) → targets and roles; the rewriting alone; replies.
"""

from __future__ import annotations

import pytest

from knowledge.ingest import ingest_file
from knowledge.parse.structure import short_named_targets
from tests.test_parse_any_marker import _first_line, _kb_of, _roles, write_plan

PLAN = ["ỦY BAN NHÂN DÂN TỈNH HÒA SƠN", "Số: 47/KH-UBND Hòa Sơn, ngày 20 tháng 01 năm 2026", "", "KẾ HOẠCH",
        "Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2026 - 2030", "",
        "- Mỗi chỉ tiêu có một tên gọi ngắn đặt trong ngoặc kép sau số hiệu; TH2025 là kết quả thực hiện "
        "năm 2025, KH2028 và KH2030 là mức kế hoạch phải đạt.", "",
        "II. MỤC TIÊU", "2. Mục tiêu cụ thể (02 mục tiêu thành phần, 04 chỉ tiêu)", "",
        "Mục tiêu thành phần 1. Sức khỏe của trẻ em (HS1 - HS2)",
        'HS1 "khai sinh" - Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh (đơn vị tính: %) [TH2025: 98,7% ·',
        "KH2028: 99,5% · KH2030: 100%]",
        'HS2 "tử vong sơ sinh" - Tỷ suất tử vong trẻ sơ sinh trên 1.000 trẻ đẻ sống (đơn vị tính: ‰) [TH2025: 6,1‰ · '
        "KH2028: dưới 5,6‰ · KH2030: dưới 5,0‰]", "",
        "Mục tiêu thành phần 2. Bảo vệ trẻ em (HS3 - HS4)",
        'HS3 "đuối nước" - Tỷ suất trẻ em tử vong do đuối nước trên 100.000 trẻ em (đơn vị tính: trên 100.000',
        "trẻ em) [TH2025: 7,8 · KH2028: dưới 6,9 · KH2030: dưới 6,0]",
        'HS4 "tảo hôn" - Tỷ lệ tảo hôn trong vùng đồng bào dân tộc thiểu số (đơn vị tính: %) [TH2025: 1,9% · '
        "KH2028: dưới 1,3% · KH2030: dưới 0,8%]", "",
        "IV. PHÂN CÔNG CHỦ TRÌ, PHỐI HỢP THỰC HIỆN CHỈ TIÊU VÀ NHIỆM VỤ CỦA CÁC CƠ QUAN", "",
        "1. Sở Y tế", "- Chủ trì các chỉ tiêu: tử vong sơ sinh; đuối nước.", "- Phối hợp các chỉ tiêu: khai sinh.", "",
        "2. Sở Tư pháp", "- Chủ trì các chỉ tiêu: khai sinh.", "- Phối hợp các chỉ tiêu: tảo hôn; tử vong",
        "sơ sinh.", "",
        "3. Sở Dân tộc và Tôn giáo", "- Chủ trì các chỉ tiêu: tảo hôn.", "",
        "V. TỔ CHỨC THỰC HIỆN", "Sở Nội vụ tổng hợp, báo cáo trước ngày 10/12 hằng năm.", "",
        "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]


def _write(folder):
    return write_plan(folder, "hoason-kh47-2026.txt", PLAN)


def test_each_code_its_checkpoints_and_goal(tmp_path):
    plan = ingest_file(_write(tmp_path))
    assert [(i.label, i.goal, sorted((t.year, t.comparator, t.value) for t in i.targets)) for i in plan.indicators] == [
        ("HS1", 1, [(2025, "exactly", 98.7), (2028, "at_least", 99.5), (2030, "at_least", 100)]),
        ("HS2", 1, [(2025, "exactly", 6.1), (2028, "under", 5.6), (2030, "under", 5.0)]),
        ("HS3", 2, [(2025, "exactly", 7.8), (2028, "under", 6.9), (2030, "under", 6.0)]),
        ("HS4", 2, [(2025, "exactly", 1.9), (2028, "under", 1.3), (2030, "under", 0.8)])]


def test_roles_by_short_names(tmp_path):
    plan = ingest_file(_write(tmp_path))
    assert _roles(plan) == [(["Sở Tư pháp"], ["Sở Y tế"]), (["Sở Y tế"], ["Sở Tư pháp"]),
                            (["Sở Y tế"], []), (["Sở Dân tộc và Tôn giáo"], ["Sở Tư pháp"])]


@pytest.mark.parametrize("lines, written", [
    (['A1 "khai sinh" - Tỷ lệ … [TH2025: 98% · KH2030: 100%]', 'A2 "tiêm" - Tỷ lệ …', 'A3 "bơi" - Tỷ lệ …',
      "- Chủ trì các chỉ tiêu: khai sinh; bơi.", "- Chủ trì các chỉ tiêu: (không chủ trì chỉ tiêu nào)."],
     ["A1 - Tỷ lệ …: năm 2025 (TH): 98% ⟶ năm 2030 (KH): 100%", "A2 - Tỷ lệ …", "A3 - Tỷ lệ …",
      "- Chủ trì các chỉ tiêu: A1; A3.", "- Chủ trì các chỉ tiêu: (không chủ trì chỉ tiêu nào)."]),
    # fewer than three short names: a quotation, as written
    (['A1 "khai sinh" - Tỷ lệ …', "- Chủ trì các chỉ tiêu: khai sinh."],
     ['A1 "khai sinh" - Tỷ lệ …', "- Chủ trì các chỉ tiêu: khai sinh."]),
])
def test_short_named_targets(lines, written):
    assert short_named_targets(lines) == written


@pytest.mark.parametrize("question, shown", [
    ("HS3 Hòa Sơn năm 2030 là bao nhiêu?", "dưới 6,0/100.000 trẻ em (2030)"),
    ("Ai chủ trì chỉ tiêu tảo hôn của Hòa Sơn?", "Chủ trì: Sở Dân tộc và Tôn giáo"),
    ("Sở Y tế Hòa Sơn chủ trì những chỉ tiêu nào?", "Chủ trì 02 chỉ tiêu: HS2"),
])
def test_replies(tmp_path, question, shown):
    first = _first_line(question, _kb_of(tmp_path, _write(tmp_path)))
    assert first.startswith(shown), first
