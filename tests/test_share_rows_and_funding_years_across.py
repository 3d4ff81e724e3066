"""Tables a column per year that say no unit, found by a fresh reviewer (twelfth session):

- a row named "CT1. Tỷ lệ …" over plain figures ("95,5 | 96 | …") is a share in per cent
  (it had no target at all); a "-" cell is no figure for that year;
- a funding table of sources down and years across ("| Nguồn kinh phí | 2026 | … | Tổng |"),
  its unit in a line after it ("Đơn vị tính: tỷ đồng."), gives each source's amount of each
  year and of the period;
- a year a row leaves blank ("-") asked is the target's question, not a statistic's;
- a line of text after a table is no part of the table's last row, though the table before
  it was wider (the reporting heading after it had been swallowed, and its deadline's
  reporter read as "CHẾ ĐỘ").

Pure: the shipped plans and the plan below → the replies.
"""

from __future__ import annotations

import pytest

from tests.test_parse_any_marker import _states

PLAN = """ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH
Số: 12/KH-UBND
Hà Tĩnh, ngày 05 tháng 02 năm 2026
KẾ HOẠCH
Thực hiện Chương trình hành động vì trẻ em tỉnh Hà Tĩnh giai đoạn 2026 - 2030
I. MỤC TIÊU
1. Kết quả năm 2025
Năm 2025, tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ là 95,2%.
2. Mục tiêu cụ thể
Mục tiêu 1: Sức khỏe trẻ em
| Chỉ tiêu | 2026 | 2027 | 2028 | 2029 | 2030 | Chủ trì | Phối hợp |
| CT1. Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ | 95,5 | 96 | 96,5 | 97 | 97,5 | Sở Y tế | UBND cấp xã |
| CT2. Số trẻ em được khám sàng lọc tim bẩm sinh | 500 | 600 | 700 | 800 | 900 | Sở Y tế | Hội Chữ thập đỏ tỉnh |
Mục tiêu 2: Vui chơi, giải trí
| Chỉ tiêu | 2026 | 2027 | 2028 | 2029 | 2030 | Chủ trì | Phối hợp |
| CT4. Số xã, phường có điểm vui chơi đạt chuẩn | 20 | - | 35 | - | 50 | Sở Văn hóa, Thể thao và Du lịch | UBND cấp xã |
| CT5. Tỷ lệ trường tiểu học dạy bơi | 40 | 50 | 60 | 70 | 80 | Sở Giáo dục và Đào tạo | Sở Văn hóa, Thể thao và Du lịch |
II. KINH PHÍ THỰC HIỆN
| Nguồn kinh phí | 2026 | 2027 | 2028 | 2029 | 2030 | Tổng |
| Ngân sách tỉnh | 10 | 12 | 14 | 16 | 18 | 70 |
| Ngân sách trung ương | 5 | 5 | 5 | 5 | 5 | 25 |
Đơn vị tính: tỷ đồng.
III. CHẾ ĐỘ BÁO CÁO
Các sở, ngành gửi báo cáo năm về Sở Y tế chậm nhất ngày 15/11 hằng năm.
"""


@pytest.fixture(scope="module")
def kb(kb_with_plan):
    return kb_with_plan("hatinh-kh12-2026.txt", PLAN)


@pytest.mark.parametrize("question, stated", [
    ("Hà Tĩnh tỷ lệ tiêm chủng đầy đủ năm 2027", "96%"),
    ("ha tinh ty le truong tieu hoc day boi 2029", "70%"),
])
def test_a_share_rows_plain_figures_are_per_cent(kb, question, stated):
    _states(kb, question, stated)


def test_a_dash_is_no_figure_of_its_year(kb):
    plan = next(p for p in kb.plans if p.slug.startswith("ht"))
    play = next(i for i in plan.indicators if "vui chơi" in i.text)
    assert [t.year for t in play.targets] == [2026, 2028, 2030]


@pytest.mark.parametrize("question, stated, absent", [
    ("ngân sách tỉnh Hà Tĩnh năm 2028", "14 tỷ đồng", ("70 tỷ",)),
    ("Ha Tinh central budget 2026", "5 tỷ đồng", ("25 tỷ",)),
    ("kinh phí ngân sách tỉnh Hà Tĩnh cả giai đoạn", "70 tỷ đồng", ()),
])
def test_a_funding_table_years_across_gives_each_years_amount(kb, question, stated, absent):
    _states(kb, question, stated, absent=absent)


def test_a_line_after_a_table_is_no_part_of_its_last_row(kb):
    plan = next(p for p in kb.plans if p.slug.startswith("ht"))
    assert [(d.who, d.day, d.month) for d in plan.deadlines] == [("Các sở, ngành", 15, 11)]


def test_a_year_a_row_leaves_blank_is_no_statistic_asked(kb):
    # "| CT4 | Số xã, phường có điểm vui chơi đạt chuẩn | 20 | - | 35 | …": 2027 has no figure;
    # the plan's target is what is asked, not a statistic the plans never give
    _states(kb, "Hà Tĩnh số xã, phường có điểm vui chơi đạt chuẩn năm 2027", "35", absent=("thống kê",), lines=2)
