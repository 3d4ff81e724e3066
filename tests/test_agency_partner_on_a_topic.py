"""Whom an office works with on one topic of its part, found by a blind question set (round
164): "Sở Y tế: chủ trì các chỉ tiêu …; phối hợp với Sở Giáo dục và Đào tạo, Hội Liên hiệp
Phụ nữ tỉnh triển khai chăm sóc dinh dưỡng 1.000 ngày đầu đời; …" asked "Sở Y tế phối hợp với
ai về dinh dưỡng 1.000 ngày đầu đời?":

- the clause of the office's part on that topic is found though the whole part covers little
  of the question, and the offices it names after "phối hợp với" are the first line;
- the sentence giving a target's lead names whom it works with after "; phối hợp với": no
  reply says the plan names no partner above it;
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
Chỉ tiêu 3. Tỷ lệ trẻ em từ 6 tuổi trở lên biết bơi an toàn đạt 50% năm 2030.
Chỉ tiêu 4. Tỷ lệ trẻ em bị xâm hại được phát hiện và can thiệp kịp thời đạt 100% năm 2030.
Chỉ tiêu 5. Số vụ trẻ em vi phạm pháp luật giảm 20% năm 2030 so với năm 2025.

III. TỔ CHỨC THỰC HIỆN
1. Sở Y tế (cơ quan thường trực): chủ trì các chỉ tiêu 1 và 2; phối hợp với Sở Giáo dục và Đào tạo, Hội Liên hiệp Phụ nữ tỉnh triển khai chăm sóc dinh dưỡng
1.000 ngày đầu đời, ưu tiên 11 huyện miền núi; phối hợp với Sở Tài chính lập dự toán hằng năm; tổng hợp báo cáo kết quả thực hiện Kế hoạch.
2. Sở Tài chính: tham mưu bố trí kinh phí thực hiện Kế hoạch.
3. Sở Văn hóa, Thể thao và Du lịch chủ trì thực hiện các chỉ tiêu 3; phối hợp với Sở Giáo dục và Đào tạo tổ chức phổ cập bơi cho trẻ em.
4. Công an tỉnh chủ trì thực hiện các chỉ tiêu 4 và 5; phối hợp với Viện Kiểm sát nhân dân tỉnh đối với chỉ tiêu 5.
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


def test_a_leads_sentence_names_whom_it_works_with(kb):
    # ("X chủ trì … chỉ tiêu 3; phối hợp với Y …" read with no partner for target 3: the reply
    # had said the plan names none, above the very sentence naming one — round 12)
    from knowledge.answer.engine import answer
    from knowledge.answer.format import strip_html

    first = strip_html(answer("nghe an so van hoa the thao du lich phoi hop voi so nao de day boi cho tre", kb).text).split("\n")[0]
    assert "Sở Giáo dục và Đào tạo" in first and "không nêu" not in first, first


def test_a_partner_the_sentence_gives_other_targets_is_not_this_ones(kb):
    # ("phối hợp với Viện Kiểm sát … đối với chỉ tiêu 5" is no partner of target 4)
    from knowledge.answer.engine import answer
    from knowledge.answer.format import strip_html

    first = strip_html(answer("Nghệ An chỉ tiêu 4 Công an tỉnh phối hợp với cơ quan nào?", kb).text).split("\n")[0]
    assert "Viện Kiểm sát" not in first, first


@pytest.mark.parametrize("text, names", [
    ("Chủ trì chỉ tiêu 9; phối hợp với Sở Y tế, Sở Tư pháp trong tư vấn pháp lý cho trẻ em", ["Sở Y tế", "Sở Tư pháp"]),
    ("phối hợp với Hội Liên hiệp Phụ nữ tỉnh triển khai chăm sóc dinh dưỡng; phối hợp với Sở Tài chính",
     ["Hội Liên hiệp Phụ nữ tỉnh"]),
    # ("vệ sinh" folds as "về" does: no end of a name)
    ("phối hợp với Trung tâm Y tế vệ sinh dịch tễ", ["Trung tâm Y tế vệ sinh dịch tễ"]),
    ("Sở Y tế chủ trì chỉ tiêu 1.", []),
])
def test_the_offices_a_clause_works_with(text, names):
    from knowledge.parse.agencies import works_with

    assert works_with(text)[0] == names


PARAGRAPH_PLAN = """ỦY BAN NHÂN DÂN TỈNH ĐIỆN SƠN
Số: 214/KH-UBND
Điện Sơn, ngày 10 tháng 3 năm 2026

KẾ HOẠCH
Thực hiện Chương trình hành động vì trẻ em tỉnh Điện Sơn giai đoạn 2026 - 2030

II. MỤC TIÊU
Chỉ tiêu 1. Tỷ suất tử vong trẻ sơ sinh dưới 9‰ năm 2030.
Chỉ tiêu 2. Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh đạt 99% năm 2030.
Chỉ tiêu 3. Tỷ lệ trường học có công trình nước sạch và nhà vệ sinh đạt chuẩn đạt 95% năm 2030.
Chỉ tiêu 4. Tỷ lệ trẻ em có nguy cơ rơi vào hoàn cảnh đặc biệt được phát hiện, can thiệp đạt 90% năm 2030.
Chỉ tiêu 5. Tỷ lệ trẻ em từ 6 tuổi trở lên biết bơi an toàn đạt 60% năm 2030.
3. Phân công thực hiện chỉ tiêu
Sở Y tế chủ trì các chỉ tiêu 1 và 2; phối hợp với Bảo hiểm xã hội tỉnh đối với chỉ tiêu 2. Sở Giáo dục và Đào tạo chủ trì chỉ tiêu 3; phối hợp với Sở Nông nghiệp và Môi trường đối với chỉ tiêu 3. Sở Y tế chủ trì chỉ tiêu 4; phối hợp với Công an tỉnh đối với chỉ tiêu 4. Sở Văn hóa, Thể thao và Du lịch chủ trì chỉ tiêu 5, phối hợp với Tỉnh đoàn.
"""


@pytest.fixture(scope="module")
def paragraph_kb(kb_with_plan):
    return kb_with_plan("dienson-kh214-2026.txt", PARAGRAPH_PLAN)


@pytest.mark.parametrize("question, partner, absent", [
    # round 150: a paragraph of several leads' sentences; the clause citing the target asked
    ("Chỉ tiêu 4 của kế hoạch Điện Sơn thì Sở Y tế phối hợp với cơ quan nào?", "Công an tỉnh", "Bảo hiểm xã hội"),
    ("Chỉ tiêu 3 Điện Sơn ai phối hợp?", "Sở Nông nghiệp và Môi trường", "Bảo hiểm xã hội"),
    # … or citing none, in the sentence of the targets its lead leads
    ("Chỉ tiêu 5 Điện Sơn ai phối hợp?", "Tỉnh đoàn", "Bảo hiểm xã hội"),
])
def test_a_partner_clause_of_a_paragraph_of_leads_goes_to_its_own_target(paragraph_kb, question, partner, absent):
    _states(paragraph_kb, question, partner, absent=(absent,))


def test_a_target_whose_lead_names_no_partner_for_it_has_none(paragraph_kb):
    _states(paragraph_kb, "Chỉ tiêu 1 Điện Sơn ai phối hợp?", absent=("Bảo hiểm xã hội", "Công an tỉnh"))
