"""Two lines of a plan's closing sections, found by a blind question set (round 168):

- "Cơ quan thường trực: Phòng …, Sở …; điện thoại …; email …": the number is the standing
  office's, asked so ("sđt cơ quan thường trực", "the standing office's phone"); it had been
  filed under the department's name alone and the question declined;
- reports of several levels, each with its own date ("Các sở, ngành … hằng năm (trước ngày
  10/12)", "UBND các huyện … trước ngày 05/12"): the level asked in English after "for" ("annual
  report deadline for provincial departments") is the one stated first.

Pure: the shipped plans and the plan below → the replies.
"""

from __future__ import annotations

import pytest

from tests.test_parse_any_marker import _states

PLAN = """ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN
Số: 27/KH-UBND
Lạng Sơn, ngày 14 tháng 01 năm 2026

KẾ HOẠCH
Thực hiện Chương trình hành động vì trẻ em tỉnh Lạng Sơn giai đoạn 2026 - 2030

II. MỤC TIÊU
Chỉ tiêu 1. Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 96% năm 2028 và 98% năm 2030.

VI. CHẾ ĐỘ BÁO CÁO
1. Các sở, ngành báo cáo kết quả thực hiện Kế hoạch 06 tháng (trước ngày 15/6) và hằng năm (trước ngày 10/12) gửi Sở Y tế.
2. Ủy ban nhân dân các huyện, thành phố báo cáo hằng năm trước ngày 05/12 gửi Sở Y tế.
3. Sở Y tế tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 25/12 hằng năm.

VII. THÔNG TIN LIÊN HỆ
Tổng đài điện thoại quốc gia bảo vệ trẻ em: 111 (miễn phí, 24/7).
Cơ quan thường trực: Phòng Bảo vệ, chăm sóc trẻ em và Bình đẳng giới, Sở Y tế tỉnh Lạng Sơn; điện thoại 0205.3822.516; email baovetreem@langson.gov.vn.
"""


@pytest.fixture(scope="module")
def kb(kb_with_plan):
    return kb_with_plan("langson-kh27-2026.txt", PLAN)


@pytest.mark.parametrize("question", [
    "sdt co quan thuong truc tre em lang son la so nao",
    "What's the phone number of the standing office for the Lang Son children's plan?",
])
def test_the_standing_offices_number(kb, question):
    _states(kb, question, "0205.3822.516")


@pytest.mark.parametrize("question, first", [
    ("Lạng Sơn: annual report deadline for provincial departments?", "10/12"),
    ("Lạng Sơn: annual report deadline for districts?", "05/12"),
    ("Lạng Sơn: các sở, ngành báo cáo hằng năm trước ngày nào?", "10/12"),
])
def test_the_level_asked_reports_first(kb, question, first):
    _states(kb, question, first)
