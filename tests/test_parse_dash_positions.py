"""Targets with no number or code, one dash line each under the lettered points of the goals
("b) Về chăm sóc sức khỏe (02 chỉ tiêu)" over "- Giảm tỷ suất … xuống dưới 8,2‰ vào năm 2028 và
dưới 7,5‰ vào năm 2030 (kết quả năm 2025: 8,9‰)."), cited only by their dash's position: "Chủ
trì: các gạch đầu dòng thứ nhất, thứ hai điểm b khoản 2 Mục II" (blind round 82's layout).

Pure: a plan text (invented figures) → targets and roles; then the replies.
"""

from __future__ import annotations

import pytest

from knowledge.ingest import ingest_file
from tests.test_parse_any_marker import _first_line, _kb_of, _roles

TEXT = "\n".join([
    "ỦY BAN NHÂN DÂN TỈNH HÒA SƠN", "Số: 61/KH-UBND Hòa Sơn, ngày 12 tháng 01 năm 2026", "KẾ HOẠCH",
    "Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2026 - 2030",
    "I. MỤC TIÊU", "1. Mục tiêu chung", "Mọi trẻ em được bảo đảm các quyền cơ bản.",
    "2. Mục tiêu cụ thể (gồm 06 chỉ tiêu, trình bày tại 03 điểm)",
    "a) Về bảo vệ trẻ em (03 chỉ tiêu)",
    "- Giảm tỷ lệ trẻ em bị xâm hại trên 100.000 trẻ em xuống dưới 12,5 vào năm 2028 và dưới 10 vào năm 2030 "
    "(kết quả năm 2025: 14,8).",
    "- Số khu công nghiệp có nhà trẻ đạt 26 khu vào năm 2028 và 34 khu vào năm 2030 (kết quả năm 2025: 19 khu).",
    "- Tỷ lệ trẻ em từ 6 tuổi trở lên biết bơi đạt 52% vào năm 2028 và 60% vào năm 2030 (kết quả năm 2025: 42,5%).",
    "b) Về chăm sóc sức khỏe (02 chỉ tiêu)",
    "- Giảm tỷ suất tử vong trẻ em dưới 1 tuổi xuống dưới 8,2‰ vào năm 2028 và dưới 7,5‰ vào năm 2030 "
    "(kết quả năm 2025: 8,9‰).",
    "- Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 97% vào năm 2028 và 98,5% vào năm 2030 "
    "(kết quả năm 2025: 95,7%).",
    "c) Về vui chơi (01 chỉ tiêu)",
    "- Tỷ lệ xã, phường có điểm vui chơi cho trẻ em đạt 70% vào năm 2028 và 80% vào năm 2030 (kết quả năm 2025: 312.450).",
    "II. TỔ CHỨC THỰC HIỆN",
    "1. Giao cơ quan chủ trì, phối hợp thực hiện chỉ tiêu",
    "1.1. Sở Y tế",
    "- Chủ trì: các gạch đầu dòng thứ nhất, thứ hai điểm b khoản 2 Mục I.",
    "- Phối hợp: gạch đầu dòng thứ nhất điểm a khoản 2 Mục I.",
    "1.2. Công an tỉnh",
    "- Chủ trì: gạch đầu dòng thứ nhất điểm a khoản 2 Mục I.",
    "1.3. Ban Quản lý các khu công nghiệp",
    "- Chủ trì: gạch đầu dòng thứ hai điểm a khoản 2 Mục I.",
    "1.4. Sở Văn hóa, Thể thao và Du lịch",
    "- Chủ trì: gạch đầu dòng điểm c khoản 2 Mục I.",
    "- Chủ trì: gạch đầu dòng thứ ba điểm a khoản 2 Mục I.",
    "- Phối hợp: gạch đầu dòng thứ hai điểm b khoản 2 Mục I.",
    "2. Sở Nội vụ tổng hợp, báo cáo UBND tỉnh trước ngày 15/12 hằng năm.",
    "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]) + "\n"


def _write(folder):
    path = folder / "hoason-kh61-2026.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_roles_cited_by_a_dash_position_go_to_that_target(tmp_path):
    plan = ingest_file(_write(tmp_path))
    assert [(i.goal_label, i.label) for i in plan.indicators] == [("a", None)] * 3 + [("b", None)] * 2 + [("c", None)]
    assert _roles(plan) == [
        (["Công an tỉnh"], ["Sở Y tế"]),
        (["Ban Quản lý các khu công nghiệp"], []),
        (["Sở Văn hóa, Thể thao và Du lịch"], []),
        (["Sở Y tế"], []),
        (["Sở Y tế"], ["Sở Văn hóa, Thể thao và Du lịch"]),
        # "gạch đầu dòng điểm c", no order: the point's dashes
        (["Sở Văn hóa, Thể thao và Du lịch"], [])]


def test_a_bare_result_in_brackets_takes_its_statements_unit(tmp_path):
    plan = ingest_file(_write(tmp_path))
    assert [(t.year, t.value, t.unit, t.achieved) for t in plan.indicators[0].targets] == [
        (2028, 12.5, "per_100000_children", False), (2030, 10, "per_100000_children", False),
        (2025, 14.8, "per_100000_children", True)]
    assert [(t.year, t.value, t.unit) for t in plan.indicators[1].targets] == [
        (2028, 26, "count"), (2030, 34, "count"), (2025, 19, "count")]
    # (a figure its statement's unit cannot hold, "312.450" beside a percentage, is none of it)
    assert [(t.year, t.value, t.unit) for t in plan.indicators[5].targets] == [(2028, 70, "%"), (2030, 80, "%")]


@pytest.mark.parametrize("question, shown", [
    ("Theo gạch đầu dòng thứ nhất điểm b khoản 2 Mục I KH Hòa Sơn, đến năm 2028 phải đạt bao nhiêu?",
     "xuống dưới 8,2‰ (2028)"),
    ("gach dau dong thu 2 diem b hoa son nam 2030", "đạt 98,5% (2030)"),
    ("Ai chủ trì gạch đầu dòng thứ ba điểm a KH Hòa Sơn?", "Chủ trì: Sở Văn hóa, Thể thao và Du lịch"),
    ("KH Hòa Sơn có mấy chỉ tiêu về chăm sóc sức khỏe?", "Hòa Sơn · Kế hoạch 61/KH-UBND: b) Về chăm sóc sức khỏe"),
])
def test_officers_ask_by_dash_position_and_group(tmp_path, question, shown):
    first = _first_line(question, _kb_of(tmp_path, _write(tmp_path)))
    assert first.startswith(shown), first
