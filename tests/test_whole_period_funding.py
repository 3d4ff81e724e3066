"""Amounts asked over "the whole period" ("cả giai đoạn 2026-2030", "toàn giai đoạn", "over the
whole 2026-2030 period"), found by blind question sets (rounds 158, 160, 28):

- the words that say the span ("cả", "toàn", "giai đoạn", "whole … period") are no topic and
  do not ask for the plan's period: the amount of the source named is answered (they had made
  the bot ask back "kinh phí hay giai đoạn của kế hoạch?");
- English names of "xã hội hóa" ("social sources") find the socialised amount;
- a total asked of a plan that states no total is declined, not answered with another amount
  the plan gives (a fund's yearly amount had been stated as the total: a confident wrong answer);
  so is an amount asked per child ("bao nhiêu tiền cho mỗi trẻ em") of a plan stating none.

Pure: the shipped plans and the plans below → the replies.
"""

from __future__ import annotations

import pytest

from tests.test_parse_any_marker import _states

WITH_TABLE = """ỦY BAN NHÂN DÂN TỈNH BẾN TRE
Số: 57/KH-UBND
Bến Tre, ngày 12 tháng 02 năm 2026

KẾ HOẠCH
Thực hiện Chương trình hành động vì trẻ em tỉnh Bến Tre giai đoạn 2026 - 2030

II. MỤC TIÊU
2. Mục tiêu cụ thể
Chỉ tiêu 1. Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 96% năm 2028 và 98% năm 2030.

IV. KINH PHÍ
1. Nguồn kinh phí: ngân sách nhà nước theo phân cấp hiện hành; nguồn vận động, tài trợ của các tổ chức, cá nhân (xã hội hóa).
2. Dự kiến kinh phí thực hiện Kế hoạch giai đoạn 2026 - 2030 là 142.000 triệu đồng, cụ thể:

Đơn vị tính: triệu đồng
Năm | Ngân sách tỉnh | Ngân sách cấp xã | Xã hội hóa | Tổng
2026 | 16.000 | 5.500 | 4.500 | 26.000
2027 | 17.000 | 5.800 | 4.200 | 27.000
2028 | 18.000 | 6.100 | 4.300 | 28.400
2029 | 19.000 | 6.400 | 4.200 | 29.600
2030 | 20.000 | 6.700 | 4.300 | 31.000
Tổng cộng | 90.000 | 30.500 | 21.500 | 142.000

V. TỔ CHỨC THỰC HIỆN
1. Sở Y tế
Là cơ quan thường trực, chủ trì triển khai Kế hoạch.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Minh Tâm
"""

NO_TOTAL = """ỦY BAN NHÂN DÂN TỈNH TRÀ VINH
Số: 88/KH-UBND
Trà Vinh, ngày 20 tháng 3 năm 2026

KẾ HOẠCH
Thực hiện Chương trình hành động vì trẻ em tỉnh Trà Vinh giai đoạn 2026 - 2030

II. MỤC TIÊU
2. Mục tiêu cụ thể
Chỉ tiêu 1. Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 96% năm 2028 và 98% năm 2030.

III. KINH PHÍ
Kinh phí thực hiện Kế hoạch từ ngân sách nhà nước theo phân cấp hiện hành và các nguồn hợp pháp khác. Quỹ Bảo trợ trẻ em tỉnh vận động ít nhất 2 tỷ đồng mỗi năm để hỗ trợ trẻ em có hoàn cảnh đặc biệt.

IV. TỔ CHỨC THỰC HIỆN
1. Sở Y tế
Là cơ quan thường trực, chủ trì triển khai Kế hoạch.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn Hẳn
"""


@pytest.fixture(scope="module")
def kb(kb_with_plan):
    return kb_with_plan("bentre-kh57-2026.txt", WITH_TABLE)


@pytest.fixture(scope="module")
def kb_no_total(kb_with_plan):
    return kb_with_plan("travinh-kh88-2026.txt", NO_TOTAL)


@pytest.mark.parametrize("question, stated", [
    ("Ngân sách cấp xã cả giai đoạn 2026-2030 trong kế hoạch trẻ em Bến Tre là bao nhiêu?", "30.500"),
    ("ben tre ngan sach tinh ca giai doan cho ke hoach vi tre em", "90.000"),
    ("How much is mobilised from social sources over the whole 2026-2030 period in Ben Tre?", "21.500"),
    ("How much is mobilised from social sources in Ben Tre?", "21.500"),
    ("Tổng kinh phí toàn giai đoạn của kế hoạch Bến Tre là bao nhiêu tỷ đồng?", "142.000"),
    ("Tổng kinh phí của kế hoạch Bến Tre là bao nhiêu?", "142.000"),
])
def test_the_amount_asked_over_the_whole_period(kb, question, stated):
    _states(kb, question, stated)


def test_the_plans_period_is_still_answered(kb):
    _states(kb, "Kế hoạch vì trẻ em Bến Tre áp dụng cho giai đoạn nào?", "2026-2030")


def test_a_total_the_plan_does_not_state_is_declined(kb_no_total):
    from knowledge.answer.engine import answer
    from knowledge.answer.format import strip_html

    reply = answer("Tổng kinh phí toàn giai đoạn 2026-2030 của kế hoạch Trà Vinh là bao nhiêu tỷ đồng?", kb_no_total)
    assert not reply.answered, strip_html(reply.text)
    assert "2 tỷ" not in strip_html(reply.text).split("«")[0]
    # the fund's own amount is still answered when asked
    _states(kb_no_total, "Quỹ Bảo trợ trẻ em Trà Vinh vận động bao nhiêu tỷ đồng mỗi năm?", "2 tỷ")


@pytest.mark.parametrize("question", [
    "Ben Tre ho tro bao nhieu tien cho moi tre em hoc boi?",
    "How much money per child does the Ben Tre plan give?",
    # (the commune budget's total is no commune's amount: its passage had been the answer)
    "Bến Tre: mỗi xã được bố trí bao nhiêu kinh phí?",
    "How much budget does each commune get in Ben Tre?",
])
def test_an_amount_per_child_the_plan_does_not_state_is_declined(kb, question):
    # (a total or a source's amount is no amount a child: one had been stated as the answer)
    from knowledge.answer.engine import answer
    from knowledge.answer.format import strip_html

    reply = answer(question, kb)
    assert not reply.answered, strip_html(reply.text)


def test_a_count_per_commune_is_no_amount_of_money(kb):
    # (only money asked per commune needs an amount per commune; a commune-level budget
    # asked whole is still answered)
    _states(kb, "Ngân sách cấp xã cả giai đoạn của Bến Tre là bao nhiêu?", "30.500")


YEARS_NO_TOTAL = """ỦY BAN NHÂN DÂN TỈNH BẠC LIÊU
Số: 19/KH-UBND
Bạc Liêu, ngày 02 tháng 3 năm 2026

KẾ HOẠCH
Thực hiện Chương trình hành động vì trẻ em tỉnh Bạc Liêu giai đoạn 2026 - 2030

II. MỤC TIÊU
Chỉ tiêu 1. Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 96% năm 2028 và 98% năm 2030.

IV. KINH PHÍ THỰC HIỆN
Kinh phí thực hiện Kế hoạch từ ngân sách nhà nước và nguồn xã hội hóa, phân kỳ dự kiến theo năm như sau:
| Năm | Kinh phí dự kiến (tỷ đồng) |
| 2026 | 13,2 |
| 2027 | 15,8 |
| 2028 | 17,4 |
| 2029 | 18,6 |
| 2030 | 21,4 |

V. TỔ CHỨC THỰC HIỆN
1. Sở Y tế là cơ quan thường trực.
"""


@pytest.mark.parametrize("question, stated", [
    # (a table of a year's amount a row, with no "Tổng cộng" row: it had been read as a target
    # named "Kinh phí dự kiến" and its years' amounts lost to the funding reader)
    ("Bạc Liêu: kinh phí năm 2028 là bao nhiêu?", "17,4 tỷ đồng"),
    ("Bac Lieu budget for 2030?", "21,4"),
])
def test_a_years_amounts_table_without_a_total_row(kb_with_plan, question, stated):
    _states(kb_with_plan("baclieu-kh19-2026.txt", YEARS_NO_TOTAL), question, stated)


SOURCES_WITH_SHARES = """ỦY BAN NHÂN DÂN TỈNH HÀ GIANG
Số: 27/KH-UBND
Hà Giang, ngày 14 tháng 01 năm 2026

KẾ HOẠCH
Thực hiện Chương trình hành động vì trẻ em tỉnh Hà Giang giai đoạn 2026 - 2030

II. MỤC TIÊU
Chỉ tiêu 1. Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 96% năm 2028 và 98% năm 2030.

IV. KINH PHÍ THỰC HIỆN
Tổng kinh phí dự kiến giai đoạn 2026 - 2030 là 186,4 tỷ đồng, chi tiết theo Bảng 2.
Bảng 2. Kinh phí theo nguồn (đơn vị: tỷ đồng)
| Nguồn kinh phí | Số tiền (tỷ đồng) | Tỷ lệ (%) |
| Ngân sách trung ương | 72,6 | 39,0 |
| Ngân sách tỉnh | 54,3 | 29,1 |
| Ngân sách huyện, xã | 31,5 | 16,9 |
| Tài trợ, viện trợ quốc tế | 17,2 | 9,2 |
| Huy động xã hội hóa | 10,8 | 5,8 |
| Tổng cộng | 186,4 | 100 |

V. TỔ CHỨC THỰC HIỆN
1. Sở Y tế là cơ quan thường trực.
"""


@pytest.mark.parametrize("question, stated", [
    # (each source's row has its amount and its share: it had been no amount at all, two
    # figures in a row — round 168)
    ("Ngân sách tỉnh đóng góp bao nhiêu cho kế hoạch trẻ em Hà Giang?", ("54,3 tỷ đồng", "29,1%")),
    ("vien tro quoc te trong kinh phi ke hoach tre em ha giang la bao nhieu ty", ("17,2 tỷ đồng",)),
    ("How much central government money is in the Ha Giang plan budget?", ("72,6",)),
    ("What percentage of Ha Giang's plan funding comes from the provincial budget?", ("29,1%",)),
])
def test_a_sources_table_with_shares(kb_with_plan, question, stated):
    _states(kb_with_plan("hagiang-kh27-2026.txt", SOURCES_WITH_SHARES), question, *stated)
