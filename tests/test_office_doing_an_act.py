"""Which office does what the question names, found by a blind question set (round 164):
"Which Thanh Hoa department guides the removal of harmful online content about children?"
was declined, "… advises the province on allocating the plan's budget?" answered a sum, and
"Sở nào hướng dẫn gỡ bỏ thông tin có hại …" quoted the office's part without naming it first:

- the office under whose heading a clause of its own says the act is the first line, in
  Vietnamese and in English ("advise" = tham mưu, "allocate" = phân bổ/bố trí, "removal" = gỡ
  bỏ, "harmful" = có hại/gây hại/độc hại);
- an office's heading opening its own passage ("2. Sở Tài chính: chủ trì tham mưu …") is no
  bar to its part saying it leads;
- a clause where the office only works with another ("phối hợp với Sở Y tế hướng dẫn lồng
  ghép nguồn vốn") names no office as the one doing it;
- a person asked ("Trưởng phòng Trẻ em … là ai?") is no office: the heading the contact line
  stands under is not the answer (round 140's reply had named the communes' committees);
- an office asked by a shorter name than this plan gives it is this plan's office, though
  another plan gives that shorter name exactly;
- a line naming its own subject ("- Tỉnh đoàn chủ trì …") is that body's, whatever heading it
  was read under.

Pure: the plan below → the replies.
"""

from __future__ import annotations

import pytest

from tests.test_parse_any_marker import _states

PLAN = """ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH
Số: 52/KH-UBND
Hà Tĩnh, ngày 10 tháng 3 năm 2026

KẾ HOẠCH
Thực hiện Chương trình hành động vì trẻ em tỉnh Hà Tĩnh giai đoạn 2026 - 2030

II. MỤC TIÊU
Chỉ tiêu 1. Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 96% năm 2028 và 98% năm 2030.
Chỉ tiêu 2. Tỷ lệ trẻ em từ 6 tuổi trở lên biết bơi an toàn đạt 50% năm 2030.

III. TỔ CHỨC THỰC HIỆN
1. Sở Y tế: chủ trì chỉ tiêu 1; tổng hợp báo cáo kết quả thực hiện Kế hoạch.
2. Sở Tài chính: chủ trì tham mưu Ủy ban nhân dân tỉnh cân đối, bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm; phối hợp với Sở Y tế hướng dẫn lồng ghép nguồn vốn các chương trình mục tiêu quốc gia.
3. Sở Khoa học và Công nghệ: phối hợp với Sở Y tế tuyên truyền về quyền trẻ em trên môi trường mạng; hướng dẫn gỡ bỏ thông tin, hình ảnh gây hại cho trẻ em.
4. Sở Văn hóa, Thể thao và Du lịch: chủ trì chỉ tiêu 2; tổ chức lớp dạy bơi cho trẻ em trong dịp hè.
5. Ủy ban nhân dân các xã, phường, thị trấn
- Rà soát, lập danh sách trẻ em có hoàn cảnh đặc biệt.
- Đầu mối liên hệ: bà Nguyễn Thị Hoa, Trưởng phòng Trẻ em, Sở Y tế; điện thoại 0912.345.678.
6. Bảo hiểm xã hội tỉnh
- Chủ trì cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi.
- Tỉnh đoàn chủ trì tổ chức Diễn đàn trẻ em tỉnh hằng năm.
"""


@pytest.fixture(scope="module")
def kb(kb_with_plan):
    return kb_with_plan("hatinh-kh52-2026.txt", PLAN)


@pytest.mark.parametrize("question,office", [
    ("Sở nào hướng dẫn gỡ bỏ thông tin có hại cho trẻ em ở Hà Tĩnh?", "Sở Khoa học và Công nghệ"),
    ("Which Ha Tinh department guides the removal of harmful online content about children?",
     "Sở Khoa học và Công nghệ"),
    ("Sở nào tham mưu UBND tỉnh bố trí kinh phí thực hiện kế hoạch Hà Tĩnh?", "Sở Tài chính"),
    ("Which Ha Tinh department advises the province on allocating the plan's budget?", "Sở Tài chính"),
])
def test_the_office_whose_own_part_says_the_act_is_named_first(kb, question, office):
    _states(kb, question, office)


def test_an_office_only_working_with_another_is_not_named_as_doing_it(kb):
    # Sở Tài chính only works with Sở Y tế on pooling the national programmes' money
    _states(kb, "Sở nào hướng dẫn lồng ghép nguồn vốn các chương trình mục tiêu quốc gia ở Hà Tĩnh?",
            absent=("Sở Tài chính —",))


def test_a_person_asked_is_not_answered_by_the_office_heading_above(kb):
    _states(kb, "Trưởng phòng Trẻ em Sở Y tế Hà Tĩnh là ai?", absent=("Ủy ban nhân dân các xã, phường, thị trấn —",))


def test_an_office_named_short_is_this_plans_though_another_plan_has_the_short_name(kb):
    # Điện Biên Phủ's plan names "Ủy ban nhân dân các xã, phường" exactly; Hà Tĩnh's "… phường,
    # thị trấn" is the office asked of Hà Tĩnh (round 164 had said the plan names none)
    _states(kb, "UBND các xã, phường ở Hà Tĩnh có nhiệm vụ gì?", "Rà soát, lập danh sách", lines=3)


def test_a_passage_naming_its_own_subject_is_that_bodys(kb):
    # round 153: "- Tỉnh đoàn chủ trì tổ chức Diễn đàn …" stood in a list read under the office
    # above it (the PDF had lost the next heading's number); the body the line names leads
    _states(kb, "Cơ quan nào chủ trì tổ chức Diễn đàn trẻ em tỉnh Hà Tĩnh?", "Tỉnh đoàn",
            absent=("Bảo hiểm xã hội tỉnh —",))


@pytest.mark.parametrize("question, stated", [
    # round 169: an office named with what it "must arrange" or which "activity it must
    # organise" had been declined — no cue asked its part
    ("Theo kế hoạch Hà Tĩnh, Sở Tài chính phải bố trí gì?", "kinh phí"),
    ("What summer activity must Sở Văn hóa, Thể thao và Du lịch organise in Hà Tĩnh?", "dạy bơi"),
])
def test_what_an_office_must_do_asked_by_its_verb_is_its_part(kb, question, stated):
    _states(kb, question, stated, lines=3)
