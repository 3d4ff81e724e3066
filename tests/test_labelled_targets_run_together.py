"""Targets labelled "Chỉ tiêu (1): …" and run together in one paragraph, their leads in one
sentence of clauses "X chủ trì chỉ tiêu (9), phối hợp với Y; Z chủ trì …", and funding as a
two-column table by year (round 163's layout, found by a blind question set):

- each "Chỉ tiêu (n):" is a target of its own, numbered n (one target had held a paragraph's
  two or three, their figures mixed: "chỉ tiêu 2" was unknown and its figure given for 1);
- a line saying who leads targets named by number is no target itself;
- the partners after "phối hợp với" are not the next clause's leads;
- "Năm | Kinh phí dự kiến (tỷ đồng)" gives each year's amount;
- "tập huấn cho 1.200 cộng tác viên" is a count the target sets;
- a question asking a measure and its part ("…, trong đó … là bao nhiêu?") gets both.

Pure: the shipped plans and the plan below (typed a paragraph a line, no blank lines, as
round 163's text is) → the stored facts and the replies.
"""

from __future__ import annotations

import pytest

from tests.test_parse_any_marker import _states

PLAN = """ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN
Số: 301/KH-UBND
Hưng Yên, ngày 15 tháng 01 năm 2026
KẾ HOẠCH
Thực hiện Chương trình hành động vì trẻ em tỉnh Hưng Yên giai đoạn 2026 - 2030
II. MỤC TIÊU
1. Mục tiêu chung
Bảo đảm ngày càng tốt hơn các quyền của trẻ em.
2. Mục tiêu cụ thể
a) Về chăm sóc sức khỏe cho trẻ em
Các chỉ tiêu (1) đến (3) do Sở Y tế chủ trì; Hội Liên hiệp Phụ nữ tỉnh phối hợp thực hiện.
Chỉ tiêu (1): tỷ suất tử vong trẻ em dưới 1 tuổi giảm xuống dưới 7‰ vào năm 2027 và dưới 6‰ vào năm 2030, trong đó tỷ suất tử vong sơ sinh không quá 3,6‰ vào năm 2027 và không quá 3,1‰ vào năm 2030. Chỉ tiêu (2): tỷ suất tử vong trẻ em dưới 5 tuổi dưới 10,5‰ vào năm 2027 và dưới 9‰ vào năm 2030.
Chỉ tiêu (3): tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 96,5% vào năm 2027 và 98% vào năm 2030.
b) Về bảo vệ trẻ em
Chỉ tiêu (4): tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp đạt 95% vào năm 2027 và 98% vào năm 2030. Chỉ tiêu (5): tỷ suất trẻ em tử vong do đuối nước không quá 5/100.000 trẻ em vào năm 2030.
Chỉ tiêu (6): tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh đạt 99% vào năm 2027 và 100% vào năm 2030. Chỉ tiêu (7): cả giai đoạn 2026 - 2030 tập huấn cho 1.200 cộng tác viên bảo vệ trẻ em ở thôn, tổ dân phố.
Sở Y tế chủ trì chỉ tiêu (4), phối hợp với Ủy ban nhân dân các xã, phường; Sở Văn hóa, Thể thao và Du lịch chủ trì chỉ tiêu (5), phối hợp với Sở Giáo dục và Đào tạo; Sở Tư pháp chủ trì chỉ tiêu (6), phối hợp với Công an tỉnh.
IV. KINH PHÍ THỰC HIỆN
Tổng kinh phí dự kiến thực hiện Kế hoạch giai đoạn 2026 - 2030 là 150,5 tỷ đồng. Phân kỳ dự kiến theo năm như sau:
| Năm | Kinh phí dự kiến (tỷ đồng) |
| 2026 | 27,1 |
| 2027 | 28,9 |
| 2028 | 30,2 |
| 2029 | 31,4 |
| 2030 | 32,9 |
| Tổng cộng | 150,5 |
V. TỔ CHỨC THỰC HIỆN
1. Sở Y tế: là cơ quan thường trực, tổng hợp báo cáo Ủy ban nhân dân tỉnh.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Đỗ Văn Hòa
"""


@pytest.fixture(scope="module")
def kb(kb_with_plan):
    return kb_with_plan("hungyen-kh301-2026.txt", PLAN)


def _plan(kb):
    return next(p for p in kb.plans if p.locality == "Hưng Yên")


def test_each_label_is_a_target_numbered_as_written(kb):
    plan = _plan(kb)
    assert sorted(i.number for i in plan.indicators) == [1, 2, 3, 4, 5, 6, 7]
    first = next(i for i in plan.indicators if i.number == 1)
    assert {t.value for t in first.targets} == {7, 6, 3.6, 3.1}      # not target 2's 10,5 and 9


@pytest.mark.parametrize("number, lead, partner", [
    (2, "so-y-te", "hoi-lien-hiep-phu-nu"),
    (4, "so-y-te", None),
    (5, "so-van-hoa-the-thao-va-du-lich", "so-giao-duc-va-dao-tao"),
    (6, "so-tu-phap", "cong-an"),
])
def test_each_clause_leads_its_own_targets(kb, number, lead, partner):
    indicator = next(i for i in _plan(kb).indicators if i.number == number)
    assert indicator.lead_agencies == [lead]
    if partner:
        assert partner in indicator.partner_agencies


@pytest.mark.parametrize("question, stated, absent", [
    ("Hưng Yên chỉ tiêu 2 năm 2030 là bao nhiêu?", "9‰", ("6‰",)),
    ("Ai chủ trì chỉ tiêu 5 của Hưng Yên?", "Văn hóa, Thể thao và Du lịch", ("Giáo dục",)),
    ("Năm 2028 kinh phí dự kiến cho kế hoạch vì trẻ em của Hưng Yên là bao nhiêu?", "30,2", ("28,9",)),
    ("What is the budget planned for 2030 in the Hung Yen children plan?", "32,9", ()),
    # a count of people trained over the period ("1.200 cộng tác viên"): the plan's figure
    ("Hung Yen ca giai doan tap huan bao nhieu cong tac vien bao ve tre em?", "1.200", ()),
    ("Hung Yen ty suat tu vong tre duoi 1 tuoi nam 2027 bao nhieu, trong do so sinh la bao nhieu?",
     "7‰", ("10,5",)),
])
def test_the_fact_asked(kb, question, stated, absent):
    _states(kb, question, stated, absent=absent)


def test_a_measure_and_its_part_asked_together(kb):
    _states(kb, "Hung Yen ty suat tu vong tre duoi 1 tuoi nam 2027 bao nhieu, trong do so sinh la bao nhieu?",
            "7‰", "3,6‰", lines=3)


@pytest.mark.parametrize("question, stated", [
    # the lettered groups the targets stand under are the plan's goals (they had been dropped
    # as section titles: "who leads the health group" found nothing)
    ("Ai chủ trì nhóm chỉ tiêu về chăm sóc sức khỏe cho trẻ em của Hưng Yên?", "Sở Y tế"),
    ("Kế hoạch Hưng Yên chia mục tiêu cụ thể thành mấy nhóm?", "02"),
])
def test_lettered_groups_are_goals(kb, question, stated):
    _states(kb, question, stated)
