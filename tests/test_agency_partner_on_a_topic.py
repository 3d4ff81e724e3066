"""Whom an office works with on one topic of its part, found by a blind question set (round
164): "Sở Y tế: chủ trì các chỉ tiêu …; phối hợp với Sở Giáo dục và Đào tạo, Hội Liên hiệp
Phụ nữ tỉnh triển khai chăm sóc dinh dưỡng 1.000 ngày đầu đời; …" asked "Sở Y tế phối hợp với
ai về dinh dưỡng 1.000 ngày đầu đời?":

- the clause of the office's part on that topic is found though the whole part covers little
  of the question, and the offices it names after "phối hợp với" are the first line;
- a wrapped line opening with a number's thousands ("1.000 ngày đầu đời, …") goes on the line
  above: it is no item "1." (it had cut the part in two, the topic in the second half).

Pure: the shipped plans and the plan below → the replies.
"""

from __future__ import annotations

import pytest

from tests.test_parse_any_marker import _states

PLAN = """ỦY BAN NHÂN DÂN TỈNH NGHỆ AN
Số: 46/KH-UBND
Nghệ An, ngày 23 tháng 02 năm 2026

KẾ HOẠCH
Thực hiện Chương trình hành động vì trẻ em tỉnh Nghệ An giai đoạn 2026 - 2030

II. MỤC TIÊU
Chỉ tiêu 1. Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 96% năm 2028 và 98% năm 2030.
Chỉ tiêu 2. Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp đạt 95% năm 2030.

III. TỔ CHỨC THỰC HIỆN
1. Sở Y tế (cơ quan thường trực): chủ trì các chỉ tiêu 1 và 2; phối hợp với Sở Giáo dục và Đào tạo, Hội Liên hiệp Phụ nữ tỉnh triển khai chăm sóc dinh dưỡng
1.000 ngày đầu đời, ưu tiên 11 huyện miền núi; phối hợp với Sở Tài chính lập dự toán hằng năm; tổng hợp báo cáo kết quả thực hiện Kế hoạch.
2. Sở Tài chính: tham mưu bố trí kinh phí thực hiện Kế hoạch.
"""


@pytest.fixture(scope="module")
def kb(kb_with_plan):
    return kb_with_plan("nghean-kh46-2026.txt", PLAN)


@pytest.mark.parametrize("question", [
    "Nghệ An: Sở Y tế phối hợp với ai về dinh dưỡng 1.000 ngày đầu đời?",
    "In Nghe An, which bodies does the Department of Health work with on nutrition in the first 1,000 days of life?",
])
def test_the_partners_of_the_clause_on_the_topic(kb, question):
    _states(kb, question, "Sở Giáo dục và Đào tạo", "Hội Liên hiệp Phụ nữ tỉnh", absent=("Sở Tài chính",))


def test_a_line_opening_with_thousands_is_no_item(kb):
    plan = next(p for p in kb.plans if p.slug.startswith("na-"))
    assert not any("000 ngày" in (t.section or "") for t in plan.tasks)
    assert any("chăm sóc dinh dưỡng" in t.text and "1.000 ngày đầu đời" in t.text for t in plan.tasks)
