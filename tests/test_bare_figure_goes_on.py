"""A later year's figure written bare after a rate's ("… xuống dưới 16,4 trên 1.000 trẻ đẻ
sống; đến năm 2030 dưới 14,9."), found by a blind question set (round 171, Quảng Trị's
bullets): the 2030 figure had been dropped as a number with no unit, and "under-5 mortality
target for 2030" was asked back.

- a clause of only a year and a figure goes on the rate before it, in its unit (‰, %, per
  100 000);
- a clause that counts something else ("120 xã đạt chuẩn") is no part of it.

Pure: the shipped plans and the plan below → the replies.
"""

from __future__ import annotations

import pytest

from tests.test_parse_any_marker import _states

PLAN = """ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH
Số: 61/KH-UBND
Bình Định, ngày 12 tháng 3 năm 2026

KẾ HOẠCH
Thực hiện Chương trình hành động vì trẻ em tỉnh Bình Định giai đoạn 2026 - 2030

II. MỤC TIÊU CỤ THỂ
1. Mục tiêu 1: Sức khỏe trẻ em
- Chỉ tiêu 1: Đến năm 2028 giảm tỷ suất tử vong trẻ em dưới 5 tuổi xuống dưới 16,4 trên 1.000 trẻ đẻ sống; đến năm 2030 dưới 14,9.
- Chỉ tiêu 2: Đến năm 2028 tỷ lệ lây truyền HIV từ mẹ sang con dưới 2,5%; đến năm 2030 dưới 1,8.
- Chỉ tiêu 3: Đến năm 2028 tỷ suất trẻ em bị tai nạn thương tích dưới 450/100.000 trẻ em; năm 2030 dưới 400.
- Chỉ tiêu 4: Đến năm 2028 có 96,5% trẻ em dưới 1 tuổi được tiêm chủng đầy đủ; đến năm 2030 có 120 xã đạt chuẩn quốc gia về y tế.
"""


@pytest.fixture(scope="module")
def kb(kb_with_plan):
    return kb_with_plan("binhdinh-kh61-2026.txt", PLAN)


@pytest.mark.parametrize("question, stated, absent", [
    ("What's Bình Định's under-5 mortality target for 2030?", "14,9", "16,4"),
    ("Bình Định năm 2030 tỷ lệ lây truyền HIV từ mẹ sang con dưới bao nhiêu?", "1,8", "2,5"),
    ("binh dinh tai nan thuong tich tre em nam 2030", "400", "450"),
])
def test_a_bare_later_figure_goes_on_the_rate_before(kb, question, stated, absent):
    _states(kb, question, stated, absent=(absent,))


def test_a_count_of_another_thing_is_no_part_of_the_rate(kb):
    # "120 xã đạt chuẩn" is not the immunisation rate's 2030 figure
    _states(kb, "Bình Định tỷ lệ tiêm chủng đầy đủ năm 2030?", absent=("120",), lines=2)
