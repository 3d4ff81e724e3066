"""Targets given in full only inside the part of the agency that leads each, a summary table at
the end naming them short with their final figure (blind round 107's layout).

The plan is fictional ("Hòa Sơn", figures invented), written by the test. Each table row must
take its statement's other years, its lead (the agency whose part states it) and its partners
(named after "phối hợp với"); a row no statement restates keeps what the table gives.
"""

from __future__ import annotations

import pytest

from knowledge.ingest import ingest_file

PLAN = """ỦY BAN NHÂN DÂN
TỈNH HÒA SƠN

Số: 58/KH-UBND

Hòa Sơn, ngày 20 tháng 3 năm 2026

KẾ HOẠCH

Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2026 - 2030

I. MỤC TIÊU

Mục tiêu chung: mọi trẻ em được bảo đảm các quyền cơ bản.

II. NHIỆM VỤ VÀ PHÂN CÔNG TRÁCH NHIỆM

1. Sở Y tế

Sở Y tế chủ trì thực hiện và chịu trách nhiệm các chỉ tiêu sau:
a) Giảm tỷ suất tử vong trẻ em dưới 1 tuổi từ 14,2‰ năm 2025 xuống 13‰ năm 2028 và dưới 12‰ năm 2030, phối hợp với Sở Dân tộc và Tôn giáo;
b) Giảm tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi từ 24,8% năm 2025 xuống 22,5% năm 2028 và không vượt quá 20% năm 2030, phối hợp với Hội Liên hiệp Phụ nữ tỉnh.

2. Sở Giáo dục và Đào tạo

Sở Giáo dục và Đào tạo chủ trì thực hiện và chịu trách nhiệm các chỉ tiêu sau:
a) Tỷ lệ trẻ em từ 3 đến 5 tuổi đi học mẫu giáo từ 93,1% năm 2025 lên 95% năm 2028 và 97% năm 2030, phối hợp với Sở Tài chính;
b) Tỷ lệ trẻ em hoàn thành chương trình tiểu học từ 97,8% năm 2025 lên 98,5% năm 2028 và 99% năm 2030.

III. TỔ CHỨC THỰC HIỆN

Sở Y tế là cơ quan thường trực, theo dõi việc thực hiện Kế hoạch.

TỔNG HỢP CHỈ TIÊU

| STT | Chỉ tiêu | Mục tiêu năm 2030 |
| 1 | Mẫu giáo 3-5 tuổi | 97% |
| 2 | Hoàn thành tiểu học | 99% |
| 3 | Tử vong dưới 1 tuổi | dưới 12‰ |
| 4 | Thấp còi dưới 5 tuổi | không vượt quá 20% |
| 5 | Trợ giúp pháp lý cho trẻ em | 100% |
"""


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    path = tmp_path_factory.mktemp("tasks") / "hoason-kh58-2026.txt"
    path.write_text(PLAN, encoding="utf-8")
    return ingest_file(path)


def by_number(plan, number):
    [found] = [i for i in plan.indicators if i.number == number]
    return found


@pytest.mark.parametrize("number,figures", [
    (1, {(2025, 93.1, True), (2028, 95.0, False), (2030, 97.0, False)}),
    (3, {(2025, 14.2, True), (2028, 13.0, False), (2030, 12.0, False)}),
    (4, {(2025, 24.8, True), (2028, 22.5, False), (2030, 20.0, False)}),
    (5, {(2030, 100.0, False)}),          # no statement restates it: the table's figure alone
])
def test_a_rows_target_takes_the_years_its_statement_gives(plan, number, figures):
    assert figures == {(t.year, t.value, t.achieved) for t in by_number(plan, number).targets}


@pytest.mark.parametrize("number,lead,partners", [
    (1, ["so-giao-duc-va-dao-tao"], ["so-tai-chinh"]),
    (2, ["so-giao-duc-va-dao-tao"], []),
    (3, ["so-y-te"], ["so-dan-toc-va-ton-giao"]),
    (4, ["so-y-te"], ["hoi-lien-hiep-phu-nu"]),
    (5, [], []),
])
def test_the_agency_whose_part_states_it_leads_it(plan, number, lead, partners):
    indicator = by_number(plan, number)
    assert (lead, partners) == (indicator.lead_agencies, indicator.partner_agencies)
