"""A table of tasks ("| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời
gian thực hiện | Sản phẩm |"), found by a blind question set (round 168): its rows had been read
as no one's task, so "what must the Finance Department do, and when?" was declined.

- each row is its lead agency's task, with its partners, time and product as the table names
  them; the agency's tasks answer what it must do, by when, and what it delivers;
- a row's time cell setting a date ("Trước 31/3/2026") is a deadline of its lead: "hạn chót để
  các huyện ban hành kế hoạch cấp huyện" is that date, said as done by the lead, not reported;
- a figure in a row's cell ("Tối thiểu 120 lớp dạy bơi mỗi năm") is stated with its own cell's
  words, not the cells before it.

Pure: the shipped plans and the plan below → the replies.
"""

from __future__ import annotations

import pytest

from tests.test_parse_any_marker import _states

PLAN = """ỦY BAN NHÂN DÂN TỈNH YÊN BÁI
Số: 31/KH-UBND
Yên Bái, ngày 14 tháng 01 năm 2026

KẾ HOẠCH
Thực hiện Chương trình hành động vì trẻ em tỉnh Yên Bái giai đoạn 2026 - 2030

II. MỤC TIÊU
Chỉ tiêu 1. Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 96% năm 2028 và 98% năm 2030.

III. NHIỆM VỤ VÀ GIẢI PHÁP
Bảng 1. Nhiệm vụ cụ thể của các sở, ngành và địa phương
| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện | Sản phẩm |
| 1 | Đấu tranh phòng, chống tội phạm xâm hại trẻ em; xây dựng phòng điều tra thân thiện với trẻ em | Công an tỉnh | Viện Kiểm sát nhân dân tỉnh; Tòa án nhân dân tỉnh | Hoàn thành trước 31/12/2026 | Phòng điều tra thân thiện tại Công an tỉnh |
| 2 | Tổ chức lớp dạy bơi an toàn và kỹ năng phòng, chống đuối nước trong dịp hè | Sở Văn hóa, Thể thao và Du lịch | Sở Giáo dục và Đào tạo; Tỉnh đoàn | Tháng 6 - tháng 8 hằng năm | Tối thiểu 120 lớp dạy bơi mỗi năm |
| 3 | Bố trí kinh phí thường xuyên thực hiện Kế hoạch trong dự toán hằng năm | Sở Tài chính | Sở Kế hoạch và Đầu tư | Tháng 10 hằng năm | Dự toán kinh phí trình UBND tỉnh |
| 4 | Xây dựng kế hoạch cấp huyện, kiện toàn Ban Bảo vệ trẻ em cấp xã | UBND các huyện, thành phố | UBND các xã, phường, thị trấn | Trước 31/3/2026 | Kế hoạch cấp huyện giai đoạn 2026 - 2030 |

IV. TỔ CHỨC THỰC HIỆN
Sở Y tế là cơ quan thường trực, theo dõi việc thực hiện Kế hoạch.
"""


@pytest.fixture(scope="module")
def kb(kb_with_plan):
    return kb_with_plan("yenbai-kh31-2026.txt", PLAN)


@pytest.mark.parametrize("question, stated", [
    ("What does the Finance Department have to do under the Yên Bái plan, and when?", ("dự toán", "Tháng 10")),
    ("Công an tỉnh Yên Bái phải tạo ra sản phẩm gì theo bảng nhiệm vụ?", ("Phòng điều tra thân thiện",)),
    ("By what date must Yen Bai police finish the child-friendly investigation room?", ("31/12/2026",)),
    ("Sở Văn hóa, Thể thao và Du lịch Yên Bái có nhiệm vụ gì?", ("dạy bơi",)),
])
def test_a_task_rows_lead_has_it_with_its_time_and_product(kb, question, stated):
    _states(kb, question, *stated, lines=4)


def test_a_figure_in_a_rows_cell_is_stated_with_its_own_words(kb):
    _states(kb, "Yên Bái mỗi năm tổ chức bao nhiêu lớp dạy bơi?", "120 lớp", absent=("Tỉnh đoàn",))


@pytest.mark.parametrize("question", [
    "Hạn chót để các huyện ở Yên Bái xây dựng kế hoạch cấp huyện là khi nào?",
    "By when must Yen Bai districts issue their district-level plans?",
])
def test_a_rows_date_is_a_deadline_of_its_lead(kb, question):
    _states(kb, question, "31/3/2026", "Ủy ban nhân dân các huyện, thành phố", absent=("báo cáo:",))


@pytest.mark.parametrize("question", [
    "Công an tỉnh Yên Bái phối hợp với ai xây dựng phòng điều tra thân thiện?",
    "Which bodies work with the Yen Bai provincial police on the child-friendly interview room?",
])
def test_a_rows_partners_are_whom_its_lead_works_with_on_it(kb, question):
    # round 168: the partners of the targets the police lead had been given instead
    _states(kb, question, "Viện Kiểm sát nhân dân tỉnh", "Tòa án nhân dân tỉnh", lines=2)
