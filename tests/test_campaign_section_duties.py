"""A one-year plan whose Action Month is a section of its own, with each office's part in it
(round 155's layout, found by a blind question set):

    III. TỔ CHỨC THÁNG HÀNH ĐỘNG VÌ TRẺ EM NĂM 2027
    3. Nhiệm vụ của các sở, ngành trong Tháng hành động
    d) Sở Khoa học và Công nghệ: chỉ đạo các cơ quan báo chí … tuyên truyền …

- each "x) Sở …: …" of such a part is that office's task (an office with no other part had
  been "not in the plans");
- "Liên đoàn Lao động tổ chức chương trình gì trong Tháng hành động" is answered with the
  office's part, not the campaign's dates and theme;
- the year naming a one-year plan ("… năm 2027") is no year an office's task must state;
- a count the plan writes in a task ("tập huấn … cho 1.200 cộng tác viên", "tại 04 huyện") is
  no statistic the plans never give.

Pure: the shipped plans and the plan below → the replies.
"""

from __future__ import annotations

import pytest

from tests.test_parse_any_marker import _states as _states_in

PLAN = """ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC
Số: 64/KH-UBND
Bình Phước, ngày 10 tháng 01 năm 2027

KẾ HOẠCH
Thực hiện công tác trẻ em năm 2027

I. MỤC ĐÍCH, YÊU CẦU
- Triển khai các mục tiêu về trẻ em năm 2027.

II. CHỈ TIÊU NĂM 2027
| STT | Chỉ tiêu | Thực hiện năm 2026 | Kế hoạch năm 2027 | Cơ quan chủ trì |
| 1 | Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ | 96,5% | 97% | Sở Y tế |
| 2 | Tỷ lệ xã, phường đạt tiêu chuẩn phù hợp với trẻ em | 86% | 88% | Sở Y tế |

III. TỔ CHỨC THÁNG HÀNH ĐỘNG VÌ TRẺ EM NĂM 2027
1. Thời gian, chủ đề
Tháng hành động vì trẻ em năm 2027 được tổ chức từ ngày 01/6/2027 đến ngày 30/6/2027 với chủ đề: "Trẻ em được sống an toàn".
2. Nhiệm vụ của các sở, ngành trong Tháng hành động
a) Sở Y tế: chủ trì tham mưu tổ chức Lễ phát động cấp tỉnh; tổ chức thăm, tặng quà trẻ em có hoàn cảnh đặc biệt.
b) Sở Khoa học và Công nghệ: chỉ đạo các cơ quan báo chí tuyên truyền về Tháng hành động và Tổng đài điện thoại quốc gia bảo vệ trẻ em 111.
c) Liên đoàn Lao động tỉnh: tổ chức chương trình "Tết thiếu nhi cho con công nhân" tại các khu nhà trọ.

IV. NHIỆM VỤ VÀ THỜI GIAN HOÀN THÀNH
1. Tập huấn kỹ năng bảo vệ trẻ em cho 850 cộng tác viên cấp xã. Cơ quan chủ trì: Sở Y tế; thời gian hoàn thành: tháng 5/2027.
2. Kiểm tra việc thực hiện quyền trẻ em tại 03 huyện. Cơ quan chủ trì: Sở Y tế; thời gian hoàn thành: tháng 11/2027.

V. TỔ CHỨC THỰC HIỆN
1. Sở Y tế
Là cơ quan thường trực, tổng hợp báo cáo Ủy ban nhân dân tỉnh trước ngày 10/12/2027.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Tuệ Hiền
"""


@pytest.fixture(scope="module")
def kb(kb_with_plan):
    return kb_with_plan("binhphuoc-kh64-2027.txt", PLAN)


def _states(kb, question: str, *stated: str, absent=()) -> None:
    """The reply's first three lines (an office's part may follow its leads) state each of
    ``stated`` and none of ``absent``."""
    _states_in(kb, question, *stated, absent=absent, lines=3)


def test_an_offices_part_in_a_campaign_section_is_its_task(kb):
    plan = next(p for p in kb.plans if p.number and p.number.startswith("64/"))
    science = [t for t in plan.tasks if t.agency == "so-khoa-hoc-va-cong-nghe"]
    assert [t.text[:22] for t in science] == ["Chỉ đạo các cơ quan bá"]


@pytest.mark.parametrize("question, stated, not_stated", [
    ("Sở Khoa học và Công nghệ Bình Phước có nhiệm vụ gì", "tuyên truyền", "không tìm thấy"),
    ("Trong Tháng hành động vì trẻ em 2027, Sở Khoa học và Công nghệ tỉnh Bình Phước làm gì?", "báo chí", "chủ đề"),
    ("Liên đoàn Lao động tỉnh Bình Phước tổ chức chương trình gì trong Tháng hành động 2027?",
     "Tết thiếu nhi cho con công nhân", "Chủ đề"),
])
def test_an_offices_part_in_the_campaign_answers_what_it_does(kb, question, stated, not_stated):
    _states(kb, question, stated, absent=(not_stated,))


def test_the_campaigns_card_answers_the_campaign_asked_alone(kb):
    _states(kb, "Tháng hành động vì trẻ em Bình Phước 2027", "01/6/2027", "30/6/2027")


@pytest.mark.parametrize("question, stated", [
    ("Binh Phuoc nam 2027 tap huan ky nang bao ve tre em cho bao nhieu cong tac vien?", "850"),
    ("Bình Phước kiểm tra việc thực hiện quyền trẻ em tại mấy huyện trong năm 2027?", "03 huyện"),
])
def test_a_count_a_one_year_plans_task_writes_is_stated(kb, question, stated):
    _states(kb, question, stated)


def test_a_count_of_no_topic_in_a_one_year_plan_is_a_statistic(kb):
    # ("tại 03 huyện" in a task answers no "how many districts does the province have")
    _states(kb, "Bình Phước năm 2027 có bao nhiêu huyện?", "không nêu số liệu thống kê")
