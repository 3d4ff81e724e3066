"""Blind round 90's layout: targets grouped by the year they fall due, under groups numbered
by a Roman numeral in capitals ("NHÓM II. CÁC CHỈ TIÊU CÓ MỐC SƠ KẾT NĂM 2028 VÀ ĐÍCH NĂM 2030")
over "Chỉ tiêu 08." lines numbered through; roles only in a table naming the head who answers
for each target ("| Chỉ tiêu | Người đứng đầu chịu trách nhiệm | Cơ quan phối hợp | … |", cells
"Giám đốc Sở Y tế", "Bí thư Tỉnh đoàn"): the head's agency leads.

Pure: a plan text (invented figures) → goals and roles; then the replies.
"""

from __future__ import annotations

from knowledge.ingest import ingest_file
from tests.test_parse_any_marker import _first_line, _kb_of, _roles, write_plan

HEADS = ["ỦY BAN NHÂN DÂN TỈNH HÒA SƠN", "Số: 412/KH-UBND Hòa Sơn, ngày 26 tháng 12 năm 2025", "", "KẾ HOẠCH",
         "Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2026 - 2030", "",
         "II. MỤC TIÊU", "", "2. Mục tiêu cụ thể (04 chỉ tiêu, xếp theo thời hạn phải hoàn thành)", "",
         "NHÓM I. CÁC CHỈ TIÊU PHẢI HOÀN THÀNH TRONG NĂM 2027", "",
         "Chỉ tiêu 01. Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh (đơn vị tính: %).",
         "    Xuất phát (kết quả năm 2025): 98,1%. Hạn hoàn thành: năm 2027: 99,5%. Năm 2030: 100%.",
         "Chỉ tiêu 02. Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ (đơn vị tính: %).",
         "    Xuất phát (kết quả năm 2025): 95,4%. Hạn hoàn thành: năm 2027: 97%. Năm 2030: 98%.", "",
         "NHÓM II. CÁC CHỈ TIÊU CÓ MỐC SƠ KẾT NĂM 2028 VÀ ĐÍCH NĂM 2030", "",
         "Chỉ tiêu 03. Tỷ lệ trẻ em từ 11 tuổi trở lên được hỏi ý kiến (đơn vị tính: %).",
         "    Xuất phát (kết quả năm 2025): 41%. Hạn hoàn thành: năm 2028: 50%. Năm 2030: 60%.",
         "Chỉ tiêu 04. Tỷ lệ trẻ em bị xâm hại được can thiệp kịp thời (đơn vị tính: %).",
         "    Xuất phát (kết quả năm 2025): 90%. Hạn hoàn thành: năm 2028: 95%. Năm 2030: 100%.", "",
         "V. TỔ CHỨC THỰC HIỆN", "", "1. Bảng giao trách nhiệm người đứng đầu",
         "| Chỉ tiêu | Người đứng đầu chịu trách nhiệm | Cơ quan phối hợp | Lãnh đạo UBND tỉnh theo dõi |",
         "| 01 | Giám đốc Sở Tư pháp | Công an tỉnh | PCT NC |",
         "| 02 | Giám đốc Sở Y tế | Hội Liên hiệp Phụ nữ tỉnh | PCT VX |",
         "| 03 | Bí thư Tỉnh đoàn | Sở Nội vụ | PCT VX |",
         "| 04 | Giám đốc Công an tỉnh; Chủ tịch Hội Liên hiệp Phụ nữ tỉnh | Sở Y tế | PCT NC |", "",
         "Sở Nội vụ tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 10/12 hằng năm.", "",
         "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]


def _write(folder, lines: list[str]):
    return write_plan(folder, "hoason-kh412-2025.txt", lines)


def test_the_head_named_in_the_table_leads_by_its_agency(tmp_path):
    plan = ingest_file(_write(tmp_path, HEADS))
    assert _roles(plan) == [(["Sở Tư pháp"], ["Công an tỉnh"]), (["Sở Y tế"], ["Hội Liên hiệp Phụ nữ tỉnh"]),
                            (["Tỉnh đoàn"], ["Sở Nội vụ"]), (["Công an tỉnh", "Hội Liên hiệp Phụ nữ tỉnh"], ["Sở Y tế"])]


def test_a_roman_numbered_group_over_numbered_targets(tmp_path):
    plan = ingest_file(_write(tmp_path, HEADS))
    assert [(i.number, i.goal) for i in plan.indicators] == [(1, 1), (2, 1), (3, 2), (4, 2)]
    assert [(g.number, g.label, g.title) for g in plan.goals] == [
        (1, "I", "CÁC CHỈ TIÊU PHẢI HOÀN THÀNH TRONG NĂM 2027"), (2, "II", "CÁC CHỈ TIÊU CÓ MỐC SƠ KẾT NĂM 2028 VÀ ĐÍCH NĂM 2030")]
    assert sorted((t.year, t.value) for t in plan.indicators[2].targets) == [(2025, 41), (2028, 50), (2030, 60)]


def test_replies(tmp_path):
    kb = _kb_of(tmp_path, _write(tmp_path, HEADS))
    assert _first_line("Hòa Sơn chỉ tiêu 03 ai chủ trì", kb).startswith("Chủ trì: Tỉnh đoàn")
    assert _first_line("Hòa Sơn nhóm II có mấy chỉ tiêu", kb).startswith("Mục tiêu II: CÁC CHỈ TIÊU CÓ MỐC SƠ KẾT")


def test_a_roles_line_naming_the_lead_then_its_partners_in_a_bracket(tmp_path):
    # "Giao: X (phối hợp: Y, đầu mối về …)": X leads; "đầu mối về …" describes a partner's part
    from tests.test_parse_yearly_roadmaps import ROADMAP, _write as write_roadmap
    lines = [line.replace("Giao: Công an tỉnh (đầu mối) - Sở Nội vụ (phối hợp).",
                          "Giao: Công an tỉnh (phối hợp: Sở Nội vụ, đầu mối về hồ sơ trẻ em).") for line in ROADMAP]
    plan = ingest_file(write_roadmap(tmp_path, lines))
    assert _roles(plan)[1][0] == ["Công an tỉnh"] and "Sở Nội vụ" in _roles(plan)[1][1]


def test_a_partner_said_to_be_the_focal_point_of_a_task_does_not_lead(tmp_path):
    from tests.test_parse_yearly_roadmaps import ROADMAP, _write as write_roadmap
    lines = [line.replace("Giao: Công an tỉnh (đầu mối) - Sở Nội vụ (phối hợp).",
                          "Giao: Công an tỉnh (đầu mối) - Sở Nội vụ, đầu mối về hồ sơ trẻ em (phối hợp).") for line in ROADMAP]
    plan = ingest_file(write_roadmap(tmp_path, lines))
    assert _roles(plan)[1][0] == ["Công an tỉnh"]


def test_milestone_words_name_no_measure(tmp_path):
    kb = _kb_of(tmp_path, _write(tmp_path, HEADS))
    assert _first_line("Hòa Sơn chỉ tiêu 03 năm 2030", kb).startswith("60% (2030) — Tỷ lệ trẻ em từ 11 tuổi trở lên được hỏi ý kiến")

