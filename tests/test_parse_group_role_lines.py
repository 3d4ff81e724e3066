"""A goal's role line after its targets (blind round 124, Hà Tĩnh): "Chỉ tiêu 11: …" …
"Chỉ tiêu 15: …" then "Cơ quan chủ trì: Sở Giáo dục và Đào tạo; riêng chỉ tiêu 15 do Sở Văn
hóa, Thể thao và Du lịch chủ trì; cơ quan phối hợp: Sở Xây dựng, Tỉnh đoàn." — the line is
every one of those targets' (it had been the last one's alone, four targets without a lead),
and the target led apart is led by the office named for it, with the group's partners.
A line under each target stays that target's own.

The plan is written here for a fictional province ("Hòa Sơn"), its figures invented.
"""

from __future__ import annotations

import pytest

from knowledge.ingest import ingest_file

PLAN = """ỦY BAN NHÂN DÂN
TỈNH HÒA SƠN

Số: 55/KH-UBND

Hòa Sơn, ngày 05 tháng 3 năm 2025

KẾ HOẠCH

Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2025 - 2030

II. MỤC TIÊU

1. Mục tiêu chung

Xây dựng môi trường sống an toàn, thân thiện cho trẻ em tỉnh Hòa Sơn.

2. Mục tiêu cụ thể

Mục tiêu 1. Giáo dục, văn hóa, vui chơi, giải trí cho trẻ em
Chỉ tiêu 1: Tỷ lệ trẻ em 5 tuổi được huy động đi học mẫu giáo đạt 99,6% vào năm 2025 và 99,8% vào năm 2030.
Chỉ tiêu 2: Tỷ lệ trẻ em hoàn thành chương trình tiểu học đạt 99,3% vào năm 2025 và 99,7% vào năm 2030.
Chỉ tiêu 3: Tỷ lệ xã, phường có điểm vui chơi, giải trí dành cho trẻ em đạt 62% vào năm 2025 và 78% vào năm 2030.
Cơ quan chủ trì: Sở Giáo dục và Đào tạo; riêng chỉ tiêu 3 do Sở Văn hóa, Thể thao và Du lịch chủ trì; cơ quan phối hợp: Sở Xây dựng, Tỉnh đoàn.

Mục tiêu 2. Chăm sóc sức khỏe trẻ em
Chỉ tiêu 4: Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 96% vào năm 2025 và 98% vào năm 2030.
Cơ quan chủ trì: Sở Y tế; cơ quan phối hợp: Bảo hiểm xã hội tỉnh.
Chỉ tiêu 5: Tỷ lệ trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế đạt 98% vào năm 2025 và 100% vào năm 2030.
Cơ quan chủ trì: Bảo hiểm xã hội tỉnh; cơ quan phối hợp: Sở Y tế.

III. TỔ CHỨC THỰC HIỆN

1. Sở Y tế

- Tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12 hằng năm.
"""


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    path = tmp_path_factory.mktemp("hoason") / "hoason-kh55-2025.txt"
    path.write_text(PLAN, encoding="utf-8")
    return ingest_file(path)


@pytest.mark.parametrize("number, leads, partners", [
    (1, ["so-giao-duc-va-dao-tao"], ["so-xay-dung", "tinh-doan"]),
    (2, ["so-giao-duc-va-dao-tao"], ["so-xay-dung", "tinh-doan"]),
    (3, ["so-van-hoa-the-thao-va-du-lich"], ["so-xay-dung", "tinh-doan"]),
    # a line under each target: that target's own
    (4, ["so-y-te"], ["bao-hiem-xa-hoi"]),
    (5, ["bao-hiem-xa-hoi"], ["so-y-te"]),
])
def test_a_goals_role_line_is_all_its_targets(plan, number, leads, partners):
    indicator = next(i for i in plan.indicators if i.number == number)
    assert (indicator.lead_agencies, indicator.partner_agencies) == (leads, partners), indicator.text


def test_the_target_led_apart_keeps_no_record_of_the_groups_lead(plan):
    # (a record of the group's lead beside the one named for it had stated two leads)
    leads = {a.agency for a in plan.assignments if a.indicator == 3 and a.role == "lead"}
    assert leads <= {"so-van-hoa-the-thao-va-du-lich"}, leads
