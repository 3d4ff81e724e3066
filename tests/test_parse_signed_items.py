"""Targets numbered by a sign, "#01"…, in lettered groups "Nhóm A. …" (blind round 63's
layout): a line of content, then its milestones written backwards "Đích năm 2030: … • Sơ
kết năm 2027: … • [Năm 2025: …]", some counted ("900 trẻ", "2 diễn đàn/năm"); roles only
in an appendix a line per target, "#01 ► lead ○ partners", marks the plan declares itself
("ký hiệu ► chỉ đơn vị chủ trì, ký hiệu ○ chỉ đơn vị phối hợp").

Pure: a plan text (invented figures) → indicators, goals, roles; then the replies.
"""

from __future__ import annotations

import pytest

from knowledge.ingest import ingest_file
from knowledge.parse.structure import declared_role_marks
from tests.test_parse_any_marker import _first_line, _kb_of, _roles

LINES = [
    "ỦY BAN NHÂN DÂN ĐẶC KHU HÒA SƠN",
    "Số: 186/KH-UBND Hòa Sơn, ngày 12 tháng 01 năm 2026",
    "KẾ HOẠCH",
    "Thực hiện Chương trình hành động vì trẻ em đặc khu Hòa Sơn giai đoạn 2026 - 2030",
    "",
    "I. MỤC TIÊU",
    "2. Mục tiêu cụ thể",
    "Các chỉ tiêu được ký hiệu #01 - #04, chia thành 02 nhóm; đơn vị chủ trì, phối hợp tại Phụ lục I.",
    "",
    "Nhóm A. Sống còn và phát triển thể chất",
    "#01  Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ.",
    "      Đích năm 2030: 98%  •  Sơ kết năm 2027: 96%  •  [Năm 2025: 94,2%]",
    "",
    "#02  Số trẻ em dưới 5 tuổi suy dinh dưỡng nhẹ cân được can thiệp dinh dưỡng.",
    "      Đích năm 2030: 900 trẻ  •  Sơ kết năm 2027: 600 trẻ  •  [Năm 2025: 420 trẻ]",
    "",
    "Nhóm B. Tham gia",
    "#03  Tỷ lệ trẻ em từ 7 tuổi trở lên được hỏi ý kiến.",
    "      Đích năm 2030: 50%  •  Sơ kết năm 2027: 42%  •  [Năm 2025: 35%]",
    "",
    "#04  Số Diễn đàn trẻ em cấp đặc khu được tổ chức.",
    "      Đích năm 2030: 2 diễn đàn/năm  •  Sơ kết năm 2027: 2 diễn đàn/năm  •  [Năm 2025: 1 diễn đàn/năm]",
    "",
    "II. NHIỆM VỤ, GIẢI PHÁP",
    "Nhóm C. Nhiệm vụ truyền thông",
    "- Tuyên truyền về quyền trẻ em tại các khu phố, ấp.",
    "",
    "III. TỔ CHỨC THỰC HIỆN",
    "Các đơn vị báo cáo Phòng Văn hóa - Xã hội trước ngày 05/12 hằng năm.",
    "",
    "PHỤ LỤC I",
    "PHÂN CÔNG CHỦ TRÌ, PHỐI HỢP THEO KÝ HIỆU CHỈ TIÊU",
    "Cách đọc: ký hiệu ► chỉ đơn vị chủ trì, ký hiệu ○ chỉ đơn vị phối hợp.",
    "#01  ► Trung tâm Y tế đặc khu   ○ Trạm Y tế các đảo; Sở Y tế",
    "#02  ► Trung tâm Y tế đặc khu   ○ Hội Liên hiệp Phụ nữ đặc khu",
    "#03  ► Đoàn Thanh niên đặc khu   ○ Phòng Văn hóa - Xã hội",
    "#04  ► Đoàn Thanh niên đặc khu   ○ Phòng Văn hóa - Xã hội; Đồn Biên phòng",
    "",
    "TM. ỦY BAN NHÂN DÂN",
    "CHỦ TỊCH",
]


def _write(folder):
    path = folder / "hoason-kh186-2026.txt"
    path.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    return ingest_file(_write(tmp_path_factory.mktemp("signed")))


def test_each_signed_number_is_a_target_of_its_lettered_group(plan):
    assert [(g.label, g.title) for g in plan.goals] == [("A", "Sống còn và phát triển thể chất"), ("B", "Tham gia")]
    assert [(i.number, i.goal) for i in plan.indicators] == [(1, 1), (2, 1), (3, 2), (4, 2)]
    assert [sorted((t.year, t.value, t.achieved) for t in i.targets) for i in plan.indicators] == [
        [(2025, 94.2, True), (2027, 96, False), (2030, 98, False)],
        [(2025, 420, True), (2027, 600, False), (2030, 900, False)],
        [(2025, 35, True), (2027, 42, False), (2030, 50, False)],
        [(2025, 1, True), (2027, 2, False), (2030, 2, False)]]
    # counted: children, forums
    assert [(t.unit, t.counted) for t in plan.indicators[1].targets][:1] == [("count", "trẻ")]
    assert [(t.unit, t.counted) for t in plan.indicators[3].targets][:1] == [("count", "diễn đàn")]
    # a milestone's word ("Sơ kết") names no measure: the target's own words do
    assert {t.metric for t in plan.indicators[0].targets} == {"Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ"}


def test_roles_by_the_marks_the_plan_declares(plan):
    assert _roles(plan) == [(["Trung tâm Y tế đặc khu"], ["Trạm Y tế các đảo", "Sở Y tế"]),
                            (["Trung tâm Y tế đặc khu"], ["Hội Liên hiệp Phụ nữ đặc khu"]),
                            (["Đoàn Thanh niên đặc khu"], ["Phòng Văn hóa - Xã hội"]),
                            (["Đoàn Thanh niên đặc khu"], ["Phòng Văn hóa - Xã hội", "Đồn Biên phòng"])]


@pytest.mark.parametrize("lines, read", [
    (["ký hiệu ► chỉ đơn vị chủ trì, ký hiệu ○ chỉ đơn vị phối hợp", "#01 ► Sở Y tế ○ Tỉnh đoàn"],
     ["ký hiệu ► chỉ đơn vị chủ trì, ký hiệu ○ chỉ đơn vị phối hợp", "#01 Chủ trì: Sở Y tế. Phối hợp: Tỉnh đoàn"]),
    # a mark of both roles separates them where it stands; undeclared marks are the plan's own
    (['ghi trước dấu "/" là cơ quan chủ trì, sau dấu "/" là cơ quan phối hợp', "Sở Y tế / Tỉnh đoàn"],
     ['ghi trước dấu "/" là cơ quan chủ trì, sau dấu "/" là cơ quan phối hợp', "Sở Y tế / Tỉnh đoàn"]),
    (["#01 ► Sở Y tế ○ Tỉnh đoàn"], ["#01 ► Sở Y tế ○ Tỉnh đoàn"]),
])
def test_role_marks_are_read_only_as_declared(lines, read):
    assert declared_role_marks(lines) == read


@pytest.mark.parametrize("question, first", [
    ("Hòa Sơn: chỉ tiêu #01 đến năm 2030 đạt bao nhiêu?", "98% (2030)"),
    ("What is Hoa Son's 2027 mid-term milestone for indicator #02?", "600 trẻ (2027)"),
    ("ct #03 hoa son ai chu tri", "Chủ trì: Đoàn Thanh niên đặc khu"),
])
def test_an_officer_asks_a_target_by_its_signed_number(tmp_path, question, first):
    kb = _kb_of(tmp_path, _write(tmp_path))
    assert _first_line(question, kb).startswith(first), _first_line(question, kb)
