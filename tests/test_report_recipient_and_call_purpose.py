"""Who a report goes to, and which line a caller needs, found by a fresh reviewer (twelfth
session):

- "Sở Y tế tổng hợp báo cáo UBND tỉnh hạn chót là ngày 25/12 hằng năm": the recipient is the
  province's committee ("hạn chót là" is no part of its name), and that date is the one said
  first when the department's report to the committee is asked;
- "phát hiện trẻ bị xâm hại ở tỉnh Thái Bình thì gọi số nào": a call's purpose is the
  national 111's first, even with the province named; "đường dây nóng tỉnh Thái Bình" asks
  the province's own line, said first;
- "Định kỳ 6 tháng (trước ngày 10/6) và hằng năm (trước ngày 10/12), các sở, ngành, Ủy ban
  nhân dân cấp huyện báo cáo …": who reports is after the report's times, not the whole
  opening;
- English "line" is a phone line only as one ("the 111 line", "phone lines"): "in line with
  the plan" asks no number.

Pure: the shipped plans and the plan below → the replies.
"""

from __future__ import annotations

import pytest

from tests.test_parse_any_marker import _states

PLAN = """ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH
Số: 30/KH-UBND
Thái Bình, ngày 15 tháng 02 năm 2026
KẾ HOẠCH
Thực hiện Chương trình hành động vì trẻ em tỉnh Thái Bình giai đoạn 2026 - 2030
I. MỤC TIÊU
1. Mục tiêu chung
Tạo môi trường sống an toàn, lành mạnh cho trẻ em.
2. Chỉ tiêu cụ thể
- Giảm tỷ suất tử vong trẻ em dưới 1 tuổi xuống dưới 10,5 trên 1.000 trẻ đẻ sống vào năm 2026; đến năm 2030 dưới 9,2.
II. CHẾ ĐỘ BÁO CÁO
1. Các sở, ngành gửi báo cáo 6 tháng về Sở Y tế chậm nhất ngày 15/6 và báo cáo năm chậm nhất ngày 15/12.
2. UBND các huyện, thị xã gửi báo cáo năm về Sở Y tế trước ngày 30/11 hằng năm.
3. Vụ việc xâm hại trẻ em: báo cáo Sở Y tế chậm nhất 03 ngày kể từ khi phát hiện.
4. Sở Y tế tổng hợp báo cáo UBND tỉnh hạn chót là ngày 25/12 hằng năm.
III. THÔNG TIN LIÊN HỆ
- Tổng đài điện thoại quốc gia bảo vệ trẻ em: 111, miễn phí, hoạt động 24/7.
- Đường dây nóng bảo vệ trẻ em tỉnh Thái Bình: 0227.3831.111, từ 7 giờ 30 đến 17 giờ 00, thứ Hai đến thứ Sáu.
- Văn phòng thường trực Ban chỉ đạo công tác trẻ em tỉnh (Phòng Trẻ em, Sở Y tế): 0227.3840.222.
"""


@pytest.fixture(scope="module")
def kb(kb_with_plan):
    return kb_with_plan("thaibinh-kh30-2026.txt", PLAN)


def test_the_recipient_ends_before_the_deadlines_words(kb):
    plan = next(p for p in kb.plans if p.slug.startswith("tb"))
    to_committee = [d for d in plan.deadlines if (d.day, d.month) == (25, 12)]
    assert [d.submit_to for d in to_committee] == ["uy-ban-nhan-dan"]
    _states(kb, "Sở Y tế Thái Bình báo cáo UBND tỉnh chậm nhất ngày nào", "25/12", absent=("15/6", "15/12"))


@pytest.mark.parametrize("question, first, later", [
    ("phát hiện trẻ bị xâm hại ở tỉnh Thái Bình thì gọi số nào", "111", "0227.3831.111"),
    ("gọi số nào khi phát hiện trẻ bị bạo hành ở tỉnh Thái Bình", "111", "0227.3831.111"),
    ("đường dây nóng tỉnh Thái Bình", "0227.3831.111", "Tổng đài điện thoại quốc gia"),
    ("so dt duong day nong tinh thai binh", "0227.3831.111", "Tổng đài điện thoại quốc gia"),
])
def test_a_calls_purpose_is_111s_the_provinces_own_line_asked_is_its(kb, question, first, later):
    _states(kb, question, first, absent=(later,))


@pytest.mark.parametrize("question", [
    "Is the 111 line free?",
    "Which phone line is free in Thai Binh?",
])
def test_a_phone_line_asked_in_english_is_a_number(kb, question):
    _states(kb, question, "☎️")


def test_in_line_with_asks_no_number(kb):
    _states(kb, "In line with the plan, what is Thai Binh's target for infant mortality in 2030?", "9,2",
            absent=("☎️",))


TIMES_FIRST = """ỦY BAN NHÂN DÂN TỈNH THANH LÂM
Số: 16/KH-UBND
Thanh Lâm, ngày 20 tháng 01 năm 2026
KẾ HOẠCH
Thực hiện Chương trình hành động vì trẻ em tỉnh Thanh Lâm giai đoạn 2026 - 2030
I. MỤC TIÊU
1. Tỷ lệ trẻ em 5 tuổi đi học mẫu giáo đạt 99% năm 2027 và 99,5% năm 2030.
II. CHẾ ĐỘ BÁO CÁO
1. Định kỳ 6 tháng (trước ngày 10/6) và hằng năm (trước ngày 10/12), các sở, ngành, Ủy ban nhân dân cấp huyện báo cáo kết quả thực hiện về Sở Y tế để tổng hợp.
2. Sở Y tế tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 20/12 hằng năm.
"""


def test_who_reports_comes_after_the_reports_times(kb_with_plan):
    kb = kb_with_plan("thanhlam-kh16-2026.txt", TIMES_FIRST)
    plan = next(p for p in kb.plans if p.slug.startswith("tl"))
    assert [d.who for d in plan.deadlines] == ["các sở, ngành, Ủy ban nhân dân cấp huyện"] * 2 + ["Sở Y tế"]
    _states(kb, "Thanh Lâm UBND cấp huyện báo cáo năm trước ngày nào", "10/12")
