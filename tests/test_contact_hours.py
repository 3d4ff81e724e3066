"""When a plan's lines answer, as it writes them after each number, found by a blind question
set (round 170, Kon Tum): "0260.3798.468, từ 7 giờ 30 đến 17 giờ 00, thứ Hai đến thứ Sáu" had
lost its hours (only a verb's "trực từ …" or a bracket was read), and "Is the 111 line free
and available around the clock?" or "Can I reach the social work centre on a Saturday?" were
not read as asking a number at all.

- the words after a number on its hours and days, with or without a verb, are its note and
  are said with it;
- English: "the 111 line", "reach", "around the clock", "Saturday" ask a line and when it
  answers; "đường dây nóng tỉnh Gia Lai" the place's own line before the national 111;
- "công tác trẻ em của tỉnh", "cho xin" name no organisation the plans lack.

Pure: the shipped plans and the plan below → the replies.
"""

from __future__ import annotations

import pytest

from tests.test_parse_any_marker import _states

PLAN = """ỦY BAN NHÂN DÂN TỈNH GIA LAI
Số: 88/KH-UBND
Gia Lai, ngày 10 tháng 3 năm 2026

KẾ HOẠCH
Thực hiện Chương trình hành động vì trẻ em tỉnh Gia Lai giai đoạn 2026 - 2030

II. MỤC TIÊU
Chỉ tiêu 1. Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 96% năm 2028 và 98% năm 2030.

VII. THÔNG TIN LIÊN HỆ
- Tổng đài điện thoại quốc gia bảo vệ trẻ em: 111, miễn phí, hoạt động 24/24 giờ, tất cả các ngày trong tuần.
- Đường dây nóng bảo vệ trẻ em tỉnh Gia Lai: 0269.3866.111, trực từ 7 giờ 00 đến 21 giờ 00 hằng ngày.
- Trung tâm Công tác xã hội tỉnh Gia Lai: 0269.3822.468, từ 7 giờ 30 đến 17 giờ 00, thứ Hai đến thứ Sáu.
Văn phòng thường trực (Phòng Bảo trợ xã hội và Trẻ em, Sở Y tế): 0269.3824.417.
"""


@pytest.fixture(scope="module")
def kb(kb_with_plan):
    return kb_with_plan("gialai-kh88-2026.txt", PLAN)


@pytest.mark.parametrize("question, stated", [
    ("Số điện thoại Trung tâm Công tác xã hội tỉnh Gia Lai và giờ làm việc?",
     ("0269.3822.468", "17 giờ 00", "thứ Hai đến thứ Sáu")),
    ("Can I reach Gia Lai's social work centre on a Saturday?", ("0269.3822.468", "thứ Hai đến thứ Sáu")),
    ("Is the 111 line in the Gia Lai plan free and available around the clock?",
     ("111", "miễn phí", "24/24 giờ", "tất cả các ngày trong tuần")),
    ("duong day nong tinh gia lai truc may gio", ("0269.3866.111", "21 giờ 00")),
])
def test_a_lines_hours_are_said_with_its_number(kb, question, stated):
    _states(kb, question, *stated)


def test_the_standing_office_asked_with_the_words_of_its_work(kb):
    # round 171: "công tác trẻ em của tỉnh", "cho xin" had been read as an organisation the
    # plans do not name
    _states(kb, "Cho xin số điện thoại văn phòng thường trực công tác trẻ em của tỉnh Gia Lai.", "0269.3824.417")
    # … while an organisation the plans do not name still has no number
    _states(kb, "Số điện thoại tổng đài điện lực Gia Lai?", absent=("0269.3824.417", "0269.3866.111"), lines=3)
