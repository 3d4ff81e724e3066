"""A plan of a province with a joined name, a "Thông tin liên hệ" section and a funding table
by year and source (round 158's layout, found by a blind question set):

- either half of a joined name ("Vũng Tàu", "Bà Rịa") names the province's plan (it had been
  "I have no plan for Vũng Tàu", and "Bà Rịa" no place at all);
- "Cơ quan thường trực: Sở … (Phòng …), số 198 …. Điện thoại: …" labels its number with the
  standing office; "Cán bộ đầu mối: bà …, Phó Trưởng phòng …, điện thoại di động …" with the
  person (both had no label); neither is a hotline, nor an office's number for difficulties
  ("phản ánh về Sở Nội vụ (Phòng …, điện thoại …)", labelled as that office), while "số điện
  thoại tiếp nhận thông tin của tỉnh …" is one; the focal officer asked is the person's number,
  even when the question names the office;
- the "Cộng" row's total is the period's "Tổng kinh phí"; a unit on a line of its own between
  the table's title and the table ("Đơn vị tính: triệu đồng", round 160) is the table's; "xhh"
  is "xã hội hóa"; "planned budget" is "kinh phí dự kiến", not the plan.

Pure: the shipped plans and the plan below → the stored facts and the replies.
"""

from __future__ import annotations

import pytest

from tests.test_parse_any_marker import _first_line

PLAN = """ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU
Số: 88/KH-UBND
Bà Rịa - Vũng Tàu, ngày 18 tháng 02 năm 2026

KẾ HOẠCH
Thực hiện Chương trình hành động vì trẻ em tỉnh Bà Rịa - Vũng Tàu giai đoạn 2026 - 2030

II. MỤC TIÊU
2. Mục tiêu cụ thể
| TT | Chỉ tiêu | Năm 2027 | Năm 2030 | Chủ trì |
| 1 | Tỷ lệ xã, phường, đặc khu có điểm vui chơi, giải trí cho trẻ em đạt chuẩn | 75% | 85% | Sở Văn hóa, Thể thao và Du lịch |
| 2 | Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ | 96% | 98% | Sở Y tế |

IV. KINH PHÍ
Dự kiến kinh phí thực hiện giai đoạn 2026 - 2028 như sau:

Đơn vị tính: triệu đồng
| Năm | Ngân sách tỉnh | Ngân sách cấp xã | Vận động xã hội hóa | Tổng |
| 2026 | 18.500 | 6.200 | 4.300 | 29.000 |
| 2027 | 19.400 | 6.600 | 4.500 | 30.500 |
| 2028 | 20.300 | 7.000 | 4.700 | 32.000 |
| Cộng | 58.200 | 19.800 | 13.500 | 91.500 |

VI. THÔNG TIN LIÊN HỆ
1. Cơ quan thường trực: Sở Nội vụ tỉnh Bà Rịa - Vũng Tàu (Phòng Trẻ em và Bình đẳng giới), số 198 đường Bạch Đằng, phường Bà Rịa, tỉnh Bà Rịa - Vũng Tàu. Điện thoại: 0254 3852 417.
2. Cán bộ đầu mối: bà Nguyễn Thị Thu Hằng, Phó Trưởng phòng Trẻ em và Bình đẳng giới, điện thoại di động 0918 364 275.
3. Đường dây nóng bảo vệ trẻ em tỉnh Bà Rịa - Vũng Tàu: 0254 3737 111, hoạt động từ 7 giờ 00 đến 21 giờ 00 tất cả các ngày trong tuần.
4. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Sở Nội vụ (Phòng Trẻ em và Bình đẳng giới, điện thoại 0254 3852 999) để tổng hợp.
5. Sở Y tế: Phòng Nghiệp vụ Y, Sở Y tế, điện thoại 0254 3555 666.
7. Truyền thông về số điện thoại tiếp nhận thông tin của tỉnh 0254 3999 111 tại các bến tàu, khu du lịch.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Ngọc Khánh
"""


@pytest.fixture(scope="module")
def kb(kb_with_plan):
    return kb_with_plan("brvt-kh88-2026.txt", PLAN)


def test_contact_lines_are_labelled_by_whom_they_reach(kb):
    plan = next(p for p in kb.plans if p.number and p.number.startswith("88/"))
    labels = {c.display: c.label for c in plan.contacts}
    assert labels["0254 3852 417"] == "Cơ quan thường trực: Sở Nội vụ tỉnh Bà Rịa - Vũng Tàu"
    assert labels["0918 364 275"] == ("Đầu mối liên hệ: bà Nguyễn Thị Thu Hằng, "
                                      "Phó Trưởng phòng Trẻ em và Bình đẳng giới")
    assert labels["0254 3852 999"] == "Đầu mối phản ánh khó khăn, vướng mắc: Phòng Trẻ em và Bình đẳng giới"
    assert labels["0254 3999 111"] == "số điện thoại tiếp nhận thông tin của tỉnh"


@pytest.mark.parametrize("question, stated, not_stated", [
    ("vung tau ti le xa co diem vui choi cho tre dat chuan nam 2030?", "85%", "không có kế hoạch"),
    ("Ba Ria co bao nhieu chi tieu", "Bà Rịa - Vũng Tàu", "Cần Thơ"),
    ("cho xin sdt can bo dau moi tre em so noi vu brvt", "0918 364 275", "0254 3852 417"),
    ("What is the phone number of the contact person for the Ba Ria - Vung Tau plan?", "0918 364 275", "3852"),
    ("What is the office phone number of the standing agency for the Ba Ria - Vung Tau children's plan?",
     "0254 3852 417", "0918"),
    ("số đường dây nóng bảo vệ trẻ em Bà Rịa - Vũng Tàu", "111", "3852"),
    ("Ba Ria - Vung Tau plan: what phone number should units call about difficulties in implementing the plan?",
     "0254 3852 999", "111"),
    # (another office named: its own line, not the standing office's focal officer)
    ("số điện thoại cán bộ đầu mối của Sở Y tế Bà Rịa - Vũng Tàu", "0254 3555 666", "364 275"),
    ("brvt kinh phi xhh nam 2028 bn tr", "4.700", "32.000"),
    ("What is the total planned budget for 2028 in the Ba Ria - Vung Tau child action plan?", "32.000", "20.300"),
    ("Tổng kinh phí dự kiến giai đoạn 2026 - 2028 của kế hoạch trẻ em Bà Rịa - Vũng Tàu?", "91.500", "58.200"),
])
def test_what_such_a_plan_is_asked(kb, question, stated, not_stated):
    line = _first_line(question, kb)
    assert stated in line and not_stated not in line, line


def test_no_hotline_answer_lists_an_office_or_a_persons_number(kb):
    from knowledge.answer.engine import answer

    text = answer("số đường dây nóng bảo vệ trẻ em Bà Rịa - Vũng Tàu", kb).text
    assert "0254 3737 111" in text and "3852 417" not in text and "364 275" not in text and "3852 999" not in text
    assert "0254 3999 111" in text     # (a number receiving reports is one of the lines)


def test_a_scanned_lines_label_is_still_a_line(kb):
    # (the shipped Hà Nội plan's scan reads "Đường dây nóng" as "Puong day néng": a line all the same)
    from knowledge.answer.engine import answer

    text = answer("Kế hoạch thực hiện Chỉ thị 28 của Hà Nội năm 2024 nêu số đường dây nóng của Trung tâm "
                  "công tác xã hội và Quỹ Bảo trợ trẻ em Hà Nội là gì?", kb).text
    assert "0243.22.33.111" in text, text
