"""Targets written a field a line under their code (blind round 128): "Chỉ tiêu 1.1: Tỷ lệ …"
over "Năm 2026: đạt 88%", "Năm 2028: đạt 91%", "Năm 2030: đạt 94%", "Đơn vị chủ trì: Sở Y tế".

The year lines join into one paragraph ("… Năm 2026: đạt 88% Năm 2028: đạt 91% …"); a year
before a colon labels the figure after it, so each figure keeps its own year: read the other
way ("88% năm 2028") every answer was the figure of the year before, stated confidently.
The code "1.1" is the indicator's label, asked as "chỉ tiêu 1.1".

The plan is written here for a fictional province ("Hòa Sơn"), its figures invented.
"""

from __future__ import annotations

import pytest

from knowledge.ingest import ingest_file
from tests.test_parse_any_marker import _first_line, _kb_of

PLAN = """ỦY BAN NHÂN DÂN
TỈNH HÒA SƠN

Số: 88/KH-UBND

Hòa Sơn, ngày 05 tháng 3 năm 2026

KẾ HOẠCH

Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2026 - 2030

I. MỤC TIÊU

1. Mục tiêu chung

Xây dựng môi trường sống an toàn, thân thiện cho trẻ em tỉnh Hòa Sơn.

2. Mục tiêu cụ thể

2.1. Nhóm mục tiêu về bảo vệ trẻ em

Chỉ tiêu 1.1: Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp, chăm sóc.
Năm 2026: đạt 88%
Năm 2028: đạt 91%
Năm 2030: đạt 94%
Đơn vị chủ trì: Sở Y tế

Chỉ tiêu 1.2: Tỷ lệ trẻ em bị tai nạn thương tích giảm so với năm 2025.
Năm 2026: giảm 3,5%
Năm 2030: giảm 5%
Đơn vị chủ trì: Sở Văn hóa, Thể thao và Du lịch

2.2. Nhóm mục tiêu về chăm sóc sức khỏe

Chỉ tiêu 2.1: Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi.
Năm 2026: dưới 25,8%
Năm 2028: dưới 24,1%
Năm 2030: dưới 22,4%
Đơn vị chủ trì: Sở Y tế

II. TỔ CHỨC THỰC HIỆN

1. Sở Y tế

- Chủ trì, theo dõi việc thực hiện Kế hoạch; báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12 hằng năm.
"""


@pytest.fixture(scope="module")
def plan_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("hoason") / "hoason-kh88-2026.txt"
    path.write_text(PLAN, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def kb(plan_file, tmp_path_factory, suite_plans_dir):
    return _kb_of(tmp_path_factory.mktemp("kb"), *sorted(suite_plans_dir.glob("*.txt")), plan_file)


def test_each_figure_keeps_the_year_written_before_it(plan_file):
    plan = ingest_file(plan_file)
    read = {i.label: sorted((t.year, t.value) for t in i.targets) for i in plan.indicators}
    assert read == {"1.1": [(2026, 88.0), (2028, 91.0), (2030, 94.0)],
                    "1.2": [(2026, 3.5), (2030, 5.0)],
                    "2.1": [(2026, 25.8), (2028, 24.1), (2030, 22.4)]}, read


@pytest.mark.parametrize("question, said, unsaid", [
    ("Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp tỉnh Hòa Sơn năm 2030?", "94%", "91%"),
    ("chỉ tiêu 1.1 Hòa Sơn năm 2028 bao nhiêu", "91%", "88%"),
    ("suy dd thap coi tre <5t tinh hoa son 2026 bn", "25,8%", "22,4%"),
    ("Hoa Son: stunting rate among under-5 children, target for 2028?", "24,1%", "22,4%"),
    ("ai chủ trì chỉ tiêu 1.2 của Hòa Sơn", "Sở Văn hóa, Thể thao và Du lịch", "Sở Y tế"),
])
def test_the_figure_of_the_year_asked(kb, question, said, unsaid):
    line = _first_line(question, kb)
    assert said in line and unsaid not in line, line
