"""A later year's figure that is a change, not a level, and amounts whose year is not the
budget's, found by a fresh reviewer (twelfth session) on plans written for the purpose:

- "… đạt 30% vào năm 2026; đến năm 2030 tăng 2 lần" had been read as a 2030 target of 2%;
  a clause that changes the figure by so much ("tăng 2 lần", "thêm 15", "gấp 1,5") is no
  level, while a bare level after a rate ("đến năm 2030 dưới 9,2") is that rate's and said;
- "Tổng kinh phí … từ năm 2026 đến năm 2030 là 90 tỷ đồng" is the period's total, not
  2026's; "Kinh phí tổ chức Tháng hành động vì trẻ em năm 2026 là 500 triệu đồng" is the
  event's, never stated as the province's 2026 budget; "Ngân sách tỉnh bố trí 15 tỷ đồng
  trong năm 2026" is 2026's from that source;
- "bao nhiêu xã có tỷ lệ tiêm chủng trên 95%" counts communes: the count is the answer.

Pure: the shipped plans and the plans below → the replies.
"""

from __future__ import annotations

import pytest

from tests.test_parse_any_marker import _states

THAI_BINH = """ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH
Số: 30/KH-UBND
Thái Bình, ngày 15 tháng 02 năm 2026
KẾ HOẠCH
Thực hiện Chương trình hành động vì trẻ em tỉnh Thái Bình giai đoạn 2026 - 2030
I. MỤC TIÊU
1. Mục tiêu chung
Tạo môi trường sống an toàn, lành mạnh cho trẻ em.
2. Chỉ tiêu cụ thể
a) Về chăm sóc sức khỏe
- Giảm tỷ suất tử vong trẻ em dưới 1 tuổi xuống dưới 10,5 trên 1.000 trẻ đẻ sống vào năm 2026; đến năm 2030 dưới 9,2.
- Tỷ lệ trẻ em được tư vấn tâm lý tại trường học đạt 30% vào năm 2026; đến năm 2030 tăng 2 lần.
- Tỷ lệ trẻ em khuyết tật được tiếp cận giáo dục đạt 80% năm 2026; đến năm 2030 thêm 15.
b) Về phòng chống tai nạn thương tích
- Giảm tỷ suất trẻ em bị tử vong do đuối nước xuống dưới 5 trên 100.000 trẻ em năm 2026; đến năm 2030 dưới 4.
II. THÁNG HÀNH ĐỘNG VÌ TRẺ EM
- Thời gian: từ ngày 01/6 đến ngày 30/6 hằng năm.
III. KINH PHÍ THỰC HIỆN
Tổng kinh phí thực hiện giai đoạn 2026 - 2030 dự kiến là 80 tỷ đồng.
Kinh phí tổ chức Tháng hành động vì trẻ em năm 2026 là 500 triệu đồng từ ngân sách tỉnh.
"""

QUANG_BINH = """ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH
Số: 40/KH-UBND
Quảng Bình, ngày 10 tháng 3 năm 2026
KẾ HOẠCH
Thực hiện Chương trình hành động vì trẻ em tỉnh Quảng Bình giai đoạn 2026 - 2030
I. MỤC TIÊU
1. Mục tiêu chung
Bảo đảm mọi trẻ em được chăm sóc, bảo vệ.
2. Mục tiêu cụ thể
a) Nhóm A - Chăm sóc sức khỏe
- A1. Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ: Đến năm 2028 đạt 95%; đến năm 2030 đạt 97%.
- A2. Số xã có tỷ lệ tiêm chủng đầy đủ trên 95%: Đến năm 2028 đạt 100 xã; đến năm 2030 đạt 130 xã.
II. KINH PHÍ THỰC HIỆN
Tổng kinh phí thực hiện Kế hoạch từ năm 2026 đến năm 2030 là 90 tỷ đồng.
Ngân sách tỉnh bố trí 15 tỷ đồng trong năm 2026 để triển khai.
"""


@pytest.fixture(scope="module")
def thai_binh(kb_with_plan):
    return kb_with_plan("thaibinh-kh30-2026.txt", THAI_BINH)


@pytest.fixture(scope="module")
def quang_binh(kb_with_plan):
    return kb_with_plan("quangbinh-kh40-2026.txt", QUANG_BINH)


def _plan(kb, slug_start):
    return next(p for p in kb.plans if p.slug.startswith(slug_start))


def test_a_change_by_so_much_is_no_level_of_the_rate(thai_binh):
    plan = _plan(thai_binh, "tb")
    counselling, disabled = plan.indicators[1], plan.indicators[2]
    assert [(t.year, t.value) for t in counselling.targets] == [(2026, 30.0)]
    assert [(t.year, t.value) for t in disabled.targets] == [(2026, 80.0)]
    _states(thai_binh, "Thái Bình tỷ lệ trẻ em được tư vấn tâm lý năm 2030", absent=("2%",), lines=2)


@pytest.mark.parametrize("question, stated", [
    ("What is Thai Binh's target for infant mortality in 2030?", "9,2"),
    ("Thái Bình tỷ suất tử vong do đuối nước năm 2030", "4/100.000"),
])
def test_a_bare_level_after_a_rate_is_stated_as_its_target(thai_binh, question, stated):
    _states(thai_binh, question, stated, "2030")


def test_an_events_yearly_amount_is_not_the_provinces_budget_of_that_year(thai_binh):
    amounts = {(f.amount, f.period) for f in _plan(thai_binh, "tb").funding}
    assert (500.0, "2026") not in amounts and (500.0, None) in amounts
    # asked of the year, the amount is said with what it is for
    _states(thai_binh, "ngân sách tỉnh Thái Bình năm 2026 là bao nhiêu", "Tháng hành động", lines=2)


def test_a_total_from_one_year_to_another_is_the_periods(quang_binh):
    funding = _plan(quang_binh, "qb").funding
    assert [(f.amount, f.source, f.period) for f in funding] == [
        (90000.0, None, "2026-2030"), (15000.0, "Ngân sách tỉnh", "2026")]
    _states(quang_binh, "tổng kinh phí Quảng Bình", "90 tỷ", lines=2)
    _states(quang_binh, "ngân sách tỉnh Quảng Bình năm 2026", "15 tỷ", absent=("90 tỷ",))


def test_communes_counted_by_their_rate_are_the_count_asked(quang_binh):
    _states(quang_binh, "bao nhiêu xã có tỷ lệ tiêm chủng trên 95% ở Quảng Bình năm 2030", "130 xã",
            absent=("97%",))
