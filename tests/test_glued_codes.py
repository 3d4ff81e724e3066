"""Targets coded by the province's letters glued to their order ("TQ1. …" … "TQ7. …", no
hyphen), their leads in a list by code ranges ("- Chỉ tiêu TQ1 đến TQ3: Sở Y tế chủ trì; …"),
changes measured from a year written bare ("giảm 20% năm 2028 so với năm 2024") — round 168's
layout, found by a blind question set:

- each code is the target's label, asked as "TQ5", "chỉ tiêu TQ5";
- a range or list of codes before a colon gives each coded target its lead and partners (none
  had been read: "who leads TQ9" was answered with the target's text);
- the change is said with the year it is measured from.

Pure: the shipped plans and the plan below → the stored facts and the replies.
"""

from __future__ import annotations

import pytest

from tests.test_parse_any_marker import _states

PLAN = "\n".join([
    "ỦY BAN NHÂN DÂN TỈNH YÊN BÁI", "Số: 41/KH-UBND", "Yên Bái, ngày 10 tháng 01 năm 2026", "KẾ HOẠCH",
    "Thực hiện Chương trình hành động vì trẻ em tỉnh Yên Bái giai đoạn 2026 - 2030",
    "II. MỤC TIÊU", "1. Mục tiêu chung", "Bảo đảm ngày càng tốt hơn các quyền của trẻ em.",
    "2. Mục tiêu cụ thể",
    "YB1. Tỷ suất tử vong trẻ sơ sinh dưới 9,6‰ năm 2026; dưới 9,0‰ năm 2028; dưới 8,4‰ năm 2030.",
    "YB2. Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi dưới 22% năm 2026; dưới 20% năm 2028; dưới 18,5% năm 2030.",
    "YB3. Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt tối thiểu 95% năm 2026; 96% năm 2028; 97,5% năm 2030.",
    "YB4. Số vụ xâm hại trẻ em được phát hiện giảm 10% năm 2026 so với năm 2024; giảm 20% năm 2028 so với năm 2024; giảm 30% năm 2030 so với năm 2024.",
    "YB5. Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh đúng hạn đạt 97% năm 2026; 98,5% năm 2028; 100% năm 2030.",
    "YB6. Tỷ suất trẻ em tử vong do đuối nước dưới 7/100.000 trẻ em năm 2026; dưới 6/100.000 năm 2028; dưới 5/100.000 năm 2030.",
    "YB7. Tỷ lệ xã, phường có điểm vui chơi dành cho trẻ em đạt 60% năm 2026; 68% năm 2028; 75% năm 2030.",
    "Phân công chủ trì và phối hợp theo chỉ tiêu:",
    "- Chỉ tiêu YB1 đến YB3: Sở Y tế chủ trì; Hội Liên hiệp Phụ nữ tỉnh phối hợp.",
    "- Chỉ tiêu YB4, YB6: Công an tỉnh chủ trì; Sở Giáo dục và Đào tạo phối hợp.",
    "- Chỉ tiêu YB5: Sở Tư pháp chủ trì; Công an tỉnh phối hợp.",
    "- Chỉ tiêu YB7: Sở Văn hóa, Thể thao và Du lịch chủ trì; Sở Xây dựng phối hợp.",
    "III. TỔ CHỨC THỰC HIỆN", "1. Sở Y tế", "Là cơ quan thường trực, tổng hợp báo cáo Ủy ban nhân dân tỉnh.",
    "2. Sở Giáo dục và Đào tạo", "Phối hợp triển khai các nội dung liên quan đến trường học.",
    "3. Sở Tư pháp", "Hướng dẫn đăng ký khai sinh đúng hạn cho trẻ em.",
    "4. Công an tỉnh", "Điều tra, xử lý các vụ xâm hại trẻ em.",
    "5. Sở Văn hóa, Thể thao và Du lịch", "Phát triển điểm vui chơi cho trẻ em.",
    "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Thế Phước"]) + "\n"


@pytest.fixture(scope="module")
def kb(kb_with_plan):
    return kb_with_plan("yenbai-kh41-2026.txt", PLAN)


def test_each_code_is_a_label_with_its_lead(kb):
    plan = next(p for p in kb.plans if p.locality == "Yên Bái")
    leads = {i.label: i.lead_agencies for i in plan.indicators}
    assert leads == {"YB1": ["so-y-te"], "YB2": ["so-y-te"], "YB3": ["so-y-te"], "YB4": ["cong-an"],
                     "YB5": ["so-tu-phap"], "YB6": ["cong-an"], "YB7": ["so-van-hoa-the-thao-va-du-lich"]}


@pytest.mark.parametrize("question, stated", [
    ("Ai chủ trì chỉ tiêu YB2 của Yên Bái?", "Sở Y tế"),
    ("co quan nao chu tri chi tieu giam vu xam hai tre em yen bai", "Công an"),
    ("Who is responsible for YB7 (play spots) in Yen Bai?", "Văn hóa, Thể thao và Du lịch"),
    ("yen bai giam so vu xam hai tre em nam 2028 bao nhieu phan tram", "so với năm 2024"),
])
def test_the_fact_asked(kb, question, stated):
    _states(kb, question, stated)


def test_counts_listed_after_a_semicolon_are_the_same_measure():
    # ("… tối thiểu 45 xã năm 2026; 70 xã năm 2028; 100 xã năm 2030": the 2028 and 2030 counts
    # had been a second measure named "… tối thiểu 45 xã năm 2026", stated beside 70 as its name)
    from knowledge.parse.targets import parse_targets

    found = parse_targets("Số xã, phường, thị trấn duy trì mô hình Hội đồng trẻ em tối thiểu 45 xã năm 2026; "
                          "70 xã năm 2028; 100 xã năm 2030.")
    assert [(t.year, t.value) for t in found] == [(2026, 45.0), (2028, 70.0), (2030, 100.0)]
    assert {t.metric_index for t in found} == {1}
    assert all("45" not in t.metric for t in found)
    # another measure counted after a semicolon stays its own
    other = parse_targets("Số cặp tảo hôn dưới 100 cặp năm 2026; số trẻ em bị xâm hại dưới 50 trẻ năm 2030.")
    assert {t.metric_index for t in other} == {1, 2}
