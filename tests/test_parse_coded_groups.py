"""Targets coded by goal, group letter and order ("1.A.2"), each one line whose milestones stand
after leader dots ("… (đơn vị tính: %) ....... mốc 2028: 91 ....... đích 2030: 94"), 2025
results only in an appendix table by code beside the areas' columns, roles in an appendix lead
by lead with each code's partners in brackets ("1. Sở Y tế chủ trì 2 chỉ tiêu:" over "1.A.1
[phối hợp: …]") (blind round 72's layout); the yearly campaign's launch named year by year.

Pure: a plan text (invented figures) → indicators, roles; then the replies.
"""

from __future__ import annotations

import pytest

from knowledge.ingest import ingest_file
from tests.test_parse_any_marker import _first_line, _kb_of, _roles

TEXT = "\n".join([
    "ỦY BAN NHÂN DÂN TỈNH HÒA SƠN", "Số: 214/KH-UBND Hòa Sơn, ngày 19 tháng 01 năm 2026", "KẾ HOẠCH",
    "Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2026 - 2030", "",
    "MỤC LỤC", "Mục tiêu 1. Sức khỏe ....... trang 2", "Mục tiêu 2. Bảo vệ ....... trang 3", "",
    "I. MỤC TIÊU", "1. Mục tiêu chung", "Mọi trẻ em được bảo đảm các quyền cơ bản.", "",
    "2. Mục tiêu cụ thể (4 chỉ tiêu, 02 nhóm)",
    "Mục tiêu 1. Bảo đảm sự sống còn và sức khỏe của trẻ em",
    "Nhóm A - Trẻ em từ khi thụ thai đến 5 tuổi:",
    "  1.A.1  Tỷ lệ phụ nữ mang thai được khám thai ít nhất 4 lần (đơn vị tính: %) ....... mốc 2028: 91 ....... đích 2030: 94",
    "  1.A.2  Tỷ suất tử vong trẻ sơ sinh (đơn vị tính: ‰ (trên 1.000 trẻ đẻ sống)) ....... mốc 2028: dưới 9,1 ....... đích 2030: dưới 8,4",
    "Mục tiêu 2. Bảo vệ trẻ em",
    "Nhóm E - Môi trường sống an toàn:",
    "  2.E.1  Tỷ suất trẻ em tử vong do đuối nước (đơn vị tính: trên 100.000 trẻ em) ....... mốc 2028: dưới 6,5 ....... đích 2030: dưới 5,0",
    "  2.E.2  Số cặp tảo hôn phát hiện trong năm (đơn vị tính: cặp/năm) ....... mốc 2028: dưới 100 ....... đích 2030: dưới 60",
    "Ghi chú: \"dưới\" nghĩa là thấp hơn mức ghi.", "",
    "II. THÁNG HÀNH ĐỘNG VÌ TRẺ EM",
    "Hằng năm tổ chức Tháng hành động vì trẻ em từ ngày 01/6 đến ngày 30/6. Lễ phát động cấp tỉnh năm 2026 "
    "tổ chức tại xã Ba Bể; năm 2027 tại phường Phan Đình Phùng; các năm sau luân phiên giữa các khu vực.", "",
    "III. TỔ CHỨC THỰC HIỆN", "Các sở, ngành báo cáo về Sở Nội vụ trước ngày 05/12 hằng năm.", "",
    "PHỤ LỤC 01", "KẾT QUẢ THỰC HIỆN NĂM 2025",
    "| Ký hiệu | Kết quả năm 2025 | Khu vực phía Bắc (Bắc Sơn cũ) | Khu vực phía Nam (Hòa Sơn cũ) |",
    "| 1.A.1 | 88,6 | 81,2 | 90,9 |", "| 1.A.2 | 9,8 | 13,1 | 8,7 |", "| 2.E.1 | 7,9 | 11,4 | 6,8 |",
    "| 2.E.2 | 142 | 97 | 45 |", "",
    "PHỤ LỤC 02", "GIAO CƠ QUAN CHỦ TRÌ, PHỐI HỢP THEO KÝ HIỆU CHỈ TIÊU",
    "1. Sở Y tế chủ trì 2 chỉ tiêu:",
    "   1.A.1 [phối hợp: Hội Liên hiệp Phụ nữ tỉnh; UBND các xã, phường]",
    "   1.A.2 [phối hợp: Bảo hiểm xã hội tỉnh]",
    "2. Sở Văn hóa, Thể thao và Du lịch chủ trì 1 chỉ tiêu:",
    "   2.E.1 [phối hợp: Sở Giáo dục và Đào tạo; Tỉnh đoàn]",
    "3. Sở Dân tộc và Tôn giáo chủ trì 1 chỉ tiêu:",
    "   2.E.2 [phối hợp: Sở Tư pháp]",
    "Tổng số: 4 chỉ tiêu.", "",
    "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]) + "\n"


def _write(folder):
    path = folder / "hoason-kh214-2026.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    return ingest_file(_write(tmp_path_factory.mktemp("coded")))


def test_each_coded_line_is_a_target_with_its_milestones_and_its_result_by_code(plan):
    assert [(i.label, [(t.year, t.value, t.unit) for t in i.targets]) for i in plan.indicators] == [
        ("1.A.1", [(2025, 88.6, "%"), (2028, 91, "%"), (2030, 94, "%")]),
        ("1.A.2", [(2025, 9.8, "per_1000_live_births"), (2028, 9.1, "per_1000_live_births"),
                   (2030, 8.4, "per_1000_live_births")]),        # (the rate's base in the unit's own bracket)
        ("2.E.1", [(2025, 7.9, "per_100000_children"), (2028, 6.5, "per_100000_children"),
                   (2030, 5.0, "per_100000_children")]),
        ("2.E.2", [(2025, 142, "count"), (2028, 100, "count"), (2030, 60, "count")])]   # (the note after it no part of it)


def test_a_table_of_contents_names_no_goal(plan):
    # (review: "Mục tiêu 1. Sức khỏe ....... trang 2" had become the goal's title)
    assert [g.title for g in plan.goals if g.number == 1] == ["Bảo đảm sự sống còn và sức khỏe của trẻ em"]


def test_roles_lead_by_lead_each_code_with_its_partners(plan):
    assert _roles(plan) == [(["Sở Y tế"], ["Hội Liên hiệp Phụ nữ tỉnh", "Ủy ban nhân dân các xã, phường"]),
                            (["Sở Y tế"], ["Bảo hiểm xã hội"]),
                            (["Sở Văn hóa, Thể thao và Du lịch"], ["Sở Giáo dục và Đào tạo", "Tỉnh đoàn"]),
                            (["Sở Dân tộc và Tôn giáo"], ["Sở Tư pháp"])]


@pytest.mark.parametrize("question, first", [
    ("Chỉ tiêu 1.A.2 của Hòa Sơn đến năm 2030 phải đạt bao nhiêu?", "dưới 8,4/1.000 trẻ đẻ sống (2030)"),
    ("hs ct 2.e.1 moc 2028 bn", "dưới 6,5/100.000 trẻ em (2028)"),
    ("Kết quả năm 2025 của chỉ tiêu 2.E.2 ở Hòa Sơn?", "142 cặp"),
    ("ct 1.A.1 hs ai chu tri", "Chủ trì: Sở Y tế"),
    # a yearly campaign of a plan for those years: the year's own clause of its launch's place
    ("Lễ phát động Tháng hành động cấp tỉnh năm 2027 của Hòa Sơn tổ chức ở đâu?",
     "Lễ phát động: Năm 2027 tại phường Phan Đình Phùng —"),
    ("le phat dong thang hanh dong 2026 hoa son o dau", "Lễ phát động: cấp tỉnh năm 2026 tổ chức tại xã Ba Bể —"),
    ("Where is the 2027 Action Month launch in Hoa Son?", "Lễ phát động: Năm 2027 tại phường Phan Đình Phùng —"),
])
def test_an_officer_asks_by_the_code(tmp_path, question, first):
    kb = _kb_of(tmp_path, _write(tmp_path))
    assert _first_line(question, kb).startswith(first), _first_line(question, kb)
