"""Breaks a second fresh reviewer found in the fifth session's changes (2026-12-04), and the
kinds they stand for, each on a one-year plan written here:
- a target equal to the year before's result ("đạt 100% (năm trước: 100%)") is the year's
  target; a bracket's every figure is a result ("(năm trước: 96%; năm 2024: 95%)"), and its
  years are its own, not the target's before it;
- one sentence dating a 6-month and a yearly report ("… 6 tháng trước ngày 25/6 và báo cáo
  năm trước ngày 25/12"): each asked gets its own date, and the reply names which report;
- "where to send the annual report", "the report for the quarter" ask a report's deadline;
- "báo cáo kết quả hằng năm" is a year's report, never the 6-month one; a budget estimate
  ("lập dự toán … trước ngày 20/7") is no report; a forum's report ("kết quả Diễn đàn …
  trước ngày 30/9") is no year's report and comes after the plan's own unless it is asked;
- "trước ngày 20 tháng cuối quý IV năm 2026" is one date, 20/12/2026;
- a bare figure per 10.000 ("trên 10.000 trẻ em dưới 2,0") is stated, not only quoted;
- targets numbered right under a part titled "II. MỤC TIÊU" (no "Mục tiêu cụ thể" line) are read;
- a task's partners ("Nhiệm vụ 1. … (Cơ quan chủ trì: …; phối hợp: …)") answer who partners on
  it when the target of the same topic names none: never "the plan names no partner";
- a one-year plan's amounts are its year's: "ngân sách tỉnh … năm 2026 bao nhiêu" is answered
  from "- Ngân sách tỉnh: 4.200 triệu đồng" (no year of its own), "ngân sách cấp huyện" by level;
- the year that names a one-year plan ("kế hoạch năm 2026 … có bao nhiêu chỉ tiêu") is no year a
  count must state (it had been declined for not stating it);
- a person the plan names with the role asked ("bà Lê Thị Hoa, Trưởng phòng Trẻ em") answers
  "trưởng phòng … là ai"; "the plans name no officials" only when none is named so;
- phone typing: "sdt dd nong bve tre em" (the hotline; "dd" alone is "dinh dưỡng"), "nc sạch",
  "hộ gđ"; "… 2020 thời gian" asks when;
- a contact line "Đầu mối liên hệ: Phòng …, Sở …, số 5 …; điện thoại …" labels its number with
  the office (it had none, and was listed for every hotline question); a hotline asked is
  answered with the lines' numbers, "đầu mối" with the point of contact's;
- of two targets equally covered, the one whose ages are the question's ("trẻ em 5 tuổi" is not
  "trẻ em từ 3 đến 5 tuổi"); a scan's rate base broken by its cell's wrap ("/100.00 0") joined.

Pure: the shipped plans and the plan below → the stored facts and the replies.
"""

from __future__ import annotations

import pytest

from tests.test_parse_any_marker import _first_line, _states

PLAN = """ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 78/KH-UBND
Bình Thuận, ngày 12 tháng 1 năm 2026

KẾ HOẠCH
Thực hiện công tác trẻ em năm 2026 trên địa bàn tỉnh Bình Thuận

Căn cứ Luật Trẻ em ngày 05 tháng 4 năm 2016;
Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện công tác trẻ em năm 2026 như sau:

I. MỤC ĐÍCH, YÊU CẦU
- Triển khai các mục tiêu bảo vệ trẻ em năm 2026.

II. MỤC TIÊU
1. Tỷ lệ trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế đạt 100% (năm trước: 100%).
2. Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 97% (năm trước: 96%; năm 2024: 95%).
3. Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp đạt 90% (năm trước: 88%).
4. Tỷ lệ xã, phường đạt tiêu chuẩn phù hợp với trẻ em đạt 75% (năm trước: 72%).
5. Tỷ lệ trẻ em vi phạm pháp luật trên 10.000 trẻ em dưới 2,0.
6. Tỷ lệ trẻ em từ 6 đến 16 tuổi được học bơi, phòng chống đuối nước đạt 45% (Chủ trì: Sở Giáo dục và Đào tạo).
7. Tỷ lệ hộ gia đình có trẻ em được sử dụng nước sạch đạt 85%.
8. Tỷ lệ huy động trẻ em từ 3 đến 5 tuổi đi học mẫu giáo đạt 96%.
9. Tỷ lệ trẻ em 5 tuổi đi học mẫu giáo đạt 99,5%.

III. NHIỆM VỤ, GIẢI PHÁP
Nhiệm vụ 1. Phòng chống đuối nước, dạy bơi an toàn cho trẻ em (Cơ quan chủ trì: Sở Giáo dục và Đào tạo; phối hợp: Tỉnh đoàn, Sở Văn hóa, Thể thao và Du lịch; thời gian: hằng năm)
Nhiệm vụ 2. Kiện toàn đội ngũ cộng tác viên bảo vệ trẻ em ở thôn, tổ dân phố (Cơ quan chủ trì: Sở Y tế; phối hợp: Ủy ban nhân dân cấp xã; thời gian: 2026)
Nhiệm vụ 3. Nâng cao chất lượng tiêm chủng mở rộng cho trẻ em, do Sở Y tế chủ trì, phối hợp với Bảo hiểm xã hội tỉnh và Hội Liên hiệp Phụ nữ tỉnh thực hiện.

IV. KINH PHÍ
1. Tổng kinh phí thực hiện Kế hoạch năm 2026 dự kiến là 9.800 triệu đồng, trong đó:
- Ngân sách tỉnh: 4.200 triệu đồng;
- Ngân sách cấp huyện, cấp xã: 3.100 triệu đồng;
- Vận động xã hội hóa: 2.500 triệu đồng.
2. Kinh phí tổ chức Diễn đàn trẻ em cấp tỉnh: 280 triệu đồng.

V. TỔ CHỨC THỰC HIỆN
1. Sở Y tế là cơ quan thường trực; Đường dây nóng bảo vệ trẻ em tỉnh Bình Thuận: 0252 3811 111.
- Tổng đài điện thoại quốc gia bảo vệ trẻ em 111 hoạt động 24/7.
- Củng cố Trung tâm Công tác xã hội tỉnh là đầu mối tiếp nhận, xử lý thông tin từ Tổng đài 111. Đầu mối liên hệ: bà Lê Thị Hoa, Trưởng phòng Trẻ em, Sở Y tế; điện thoại 0252 3822 999.
2. Chế độ báo cáo
- Các sở, ngành báo cáo kết quả 6 tháng trước ngày 25/6 và báo cáo năm trước ngày 25/12 gửi Sở Y tế.
- Ủy ban nhân dân cấp xã báo cáo hằng quý trước ngày 15/3, 15/6, 15/9 và 15/12 hằng năm gửi Sở Y tế.
- Ủy ban nhân dân cấp huyện báo cáo tổng kết trước ngày 20 tháng cuối quý IV năm 2026 gửi Sở Y tế.
- Hằng năm, các sở, ngành lập dự toán kinh phí thực hiện Kế hoạch gửi Sở Tài chính trước ngày 20/7.
- Đầu mối liên hệ: Phòng Trẻ em, Sở Y tế tỉnh Bình Thuận, số 5 Nguyễn Tất Thành, phường Phú Thủy; điện thoại 0252 3822 555.
3. Tổ chức Diễn đàn trẻ em tỉnh năm 2026 do Tỉnh đoàn chủ trì; kết quả Diễn đàn được tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 30/9.
4. Sở Y tế
- Chủ trì theo dõi các chỉ tiêu về tiêm chủng, dinh dưỡng trẻ em; hướng dẫn các cơ sở y tế thống kê số ca tai nạn thương tích.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn B

PHỤ LỤC: PHÂN CÔNG NHIỆM VỤ
| TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |
| 1 | Phòng, chống xâm hại, mua bán trẻ em qua biên giới | Công an tỉnh | Bộ Chỉ huy Bộ đội Biên phòng tỉnh | Hằng năm |
| 2 | Xây dựng điểm vui chơi cho trẻ em tại xã | Sở Văn hóa, Thể thao và Du lịch | Ủy ban nhân dân cấp xã | Năm 2028 |
"""


@pytest.fixture(scope="module")
def kb(kb_with_plan):
    return kb_with_plan("binhthuan-kh78-2026.txt", PLAN)


def _plan(kb):
    return next(p for p in kb.plans if p.number and p.number.startswith("78/"))


def _targets(kb, number):
    indicator = next(i for i in _plan(kb).indicators if i.number == number)
    return [(t.year, t.value, t.achieved) for t in indicator.targets]


def test_targets_under_a_part_titled_muc_tieu_are_read(kb):
    assert sorted(i.number for i in _plan(kb).indicators) == [1, 2, 3, 4, 5, 6, 7, 8, 9]


def test_a_target_equal_to_last_years_result_is_the_years_target(kb):
    assert _targets(kb, 1)[0] == (2026, 100.0, False)
    line = _first_line("Bình Thuận mục tiêu thẻ bảo hiểm y tế trẻ dưới 6 tuổi năm 2026", kb)
    assert "100%" in line and "2026" in line, line


def test_every_figure_of_the_bracket_is_a_result_and_the_target_is_stated(kb):
    assert _targets(kb, 2) == [(2026, 97.0, False), (2025, 96.0, True), (2024, 95.0, True)]
    indicator = next(i for i in _plan(kb).indicators if i.number == 2)
    assert not indicator.targets[0].needs_review
    line = _first_line("Bình Thuận tỷ lệ tiêm chủng đầy đủ trẻ dưới 1 tuổi năm 2026", kb)
    assert "97%" in line, line


@pytest.mark.parametrize("question, stated, not_stated", [
    ("Bình Thuận hạn báo cáo hằng năm", "25/12", "25/6"),
    ("binh thuan bc hang nam han", "25/12", "25/6"),
    ("binh thuan bao cao 6 thang gui truoc ngay nao", "25/6", "25/12"),
    ("Binh Thuan where to send the annual report", "25/12", "25/6"),
])
def test_each_report_of_one_sentence_gets_its_own_date(kb, question, stated, not_stated):
    _states(kb, question, stated, absent=(not_stated,))


def test_the_reply_names_the_report_its_date_is_for(kb):
    assert "báo cáo hằng năm" in _first_line("Bình Thuận hạn báo cáo hằng năm", kb)
    assert "báo cáo 6 tháng" in _first_line("binh thuan bao cao 6 thang gui truoc ngay nao", kb)


@pytest.mark.parametrize("question", [
    "Binh Thuan when is the report for the quarter due",
    "Binh Thuan when is a report for a quarter due",
])
def test_the_quarter_asked_in_english(kb, question):
    _states(kb, question, "15/3", "15/9")


def test_one_quarter_named_with_its_year_is_one_date(kb):
    dated = [(d.day, d.month, d.year) for d in _plan(kb).deadlines if "quý IV" in d.text]
    assert dated == [(20, 12, 2026)]
    line = _first_line("Bình Thuận huyện gửi báo cáo tổng kết trước ngày nào", kb)
    assert "20/12/2026" in line, line


def test_a_bare_figure_per_10000_is_stated(kb):
    indicator = next(i for i in _plan(kb).indicators if i.number == 5)
    assert [(t.value, t.needs_review) for t in indicator.targets] == [(2.0, False)]
    line = _first_line("tỷ lệ trẻ em vi phạm pháp luật Bình Thuận", kb)
    assert "2,0" in line and "10.000" in line, line


@pytest.mark.parametrize("question", [
    "Bình Thuận nhiệm vụ phòng chống đuối nước phối hợp với cơ quan nào?",
    "binh thuan nv phong chong duoi nuoc phoi hop voi ai",
])
def test_a_tasks_partners_answer_when_the_target_names_none(kb, question):
    _states(kb, question, "Tỉnh đoàn")


GENERAL_GOAL_FIRST = """II. MỤC TIÊU
1. Mục tiêu tổng quát
Phấn đấu đến năm 2030 giảm 20% số trẻ em có hoàn cảnh đặc biệt so với năm 2025.
2. Các chỉ tiêu chủ yếu
a) Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 98% vào năm 2030.
b) Tỷ lệ trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế đạt 100% vào năm 2030.
III. NHIỆM VỤ, GIẢI PHÁP
1. Tuyên truyền về quyền trẻ em.
"""


@pytest.mark.parametrize("general", ["Mục tiêu tổng quát", "Mục tiêu chung"])
def test_a_part_titled_muc_tieu_leaves_its_general_goal_out(general):
    """"II. MỤC TIÊU" over "1. Mục tiêu tổng quát" (a sentence with a figure) and the
    targets: the general goal's sentence is no target (blind rounds 16, 17 had lost their
    counts to it)."""
    from knowledge.parse.goals import parse_goals
    from knowledge.parse.structure import parse_document

    _goals, indicators = parse_goals(parse_document(GENERAL_GOAL_FIRST.replace("Mục tiêu tổng quát", general)))
    assert [round(i.targets[0].value) for i in indicators] == [98, 100]


@pytest.mark.parametrize("question, amount", [
    ("Ngân sách tỉnh Bình Thuận bố trí bao nhiêu cho kế hoạch năm 2026?", "4.200"),
    ("ngan sach huyen xa binh thuan 2026 bn", "3.100"),
    ("Bình Thuận ngân sách cấp huyện năm 2026 là bao nhiêu?", "3.100"),
    ("Kinh phí tổ chức Diễn đàn trẻ em cấp tỉnh Bình Thuận năm 2026 là bao nhiêu?", "280"),
])
def test_a_one_year_plans_amounts_are_its_years(kb, question, amount):
    line = _first_line(question, kb)
    assert line.startswith(amount) and not line.startswith("-"), line
    assert "— Ngân sách" in line or "— Kinh phí" in line, line


def test_the_year_naming_a_one_year_plan_is_no_year_its_count_must_state(kb):
    line = _first_line("Kế hoạch trẻ em năm 2026 của Bình Thuận có bao nhiêu chỉ tiêu?", kb)
    assert "09 chỉ tiêu" in line, line


def test_a_person_the_plan_names_with_the_role_asked(kb):
    from knowledge.answer.engine import answer

    found = answer("Trưởng phòng Trẻ em Sở Y tế Bình Thuận là ai?", kb)
    assert found.answered and "Lê Thị Hoa" in found.text, found.text
    declined = answer("Giám đốc Sở Y tế Bình Thuận là ai?", kb)
    assert not declined.answered and "Lê Thị Hoa" not in declined.text, declined.text


@pytest.mark.parametrize("question, first, not_stated", [
    ("Các sở Bình Thuận báo cáo kết quả hằng năm trước ngày nào?", "25/12", ("25/6", "20/7", "30/9")),
    ("binh thuan bao cao nam truoc ngay nao", "25/12", ("25/6", "20/7", "30/9")),
    # (a report about the plan is no plan handed in: measured, five rounds had lost this)
    ("Hạn gửi báo cáo năm về kế hoạch trẻ em của Bình Thuận là ngày nào?", "25/12", ("25/6", "20/7", "30/9")),
    ("Bình Thuận các sở lập dự toán gửi Sở Tài chính trước ngày nào?", "20/7", ("25/12", "báo cáo hằng năm")),
    ("Bình Thuận kết quả Diễn đàn trẻ em báo cáo trước ngày nào?", "30/9", ("25/12", "báo cáo hằng năm")),
])
def test_which_report_a_date_is_for(kb, question, first, not_stated):
    _states(kb, question, first, absent=not_stated)


def test_a_budget_estimate_is_no_years_report(kb):
    assert [d.kind for d in _plan(kb).deadlines if (d.day, d.month) == (20, 7)] == ["plan"]


@pytest.mark.parametrize("question, stated", [
    ("sdt dd nong bve tre em binh thuan la gi", "0252 3811 111"),
    ("sđt đd nóng Bình Thuận", "0252 3811 111"),
    ("bt ty le ho gđ co tre em dung nc sach 2026 bn", "85%"),
    ("ha noi thang hanh dong vi tre em 2020 thoi gian", "01/6/2020"),
])
def test_phone_typing_and_a_time_asked_by_its_noun(kb, question, stated):
    _states(kb, question, stated)


@pytest.mark.parametrize("sentence, kinds", [
    # (words between "6 tháng" and its date: round 142's line, its 15/6 had been a year's report)
    ("- Các sở báo cáo kết quả thực hiện 6 tháng gửi Sở Y tế trước ngày 15/6 và báo cáo năm trước ngày 15/12 hằng năm.",
     [("report", 15, 6), ("yearly_report", 15, 12)]),
    ("- Các sở báo cáo định kỳ 6 tháng và hằng năm trước ngày 15/12.", [("yearly_report", 15, 12)]),
    ("- Báo cáo tình hình trẻ em dưới 6 tháng tuổi được bú mẹ gửi Sở Y tế trước ngày 10/12.", [("yearly_report", 10, 12)]),
])
def test_the_last_period_named_before_a_date_is_its_reports(sentence, kinds):
    from knowledge.parse.extras import parse_deadlines
    from knowledge.parse.structure import parse_document

    doc = parse_document(f"V. TỔ CHỨC THỰC HIỆN\n2. Chế độ báo cáo\n{sentence}\n")
    assert [(d.kind, d.day, d.month) for d in parse_deadlines(doc, lambda _name: None)] == kinds


def test_a_bracket_of_years_and_figures_keeps_its_first_year():
    """"(2026: 62%; 2028: 70%; 2030: 80%)": the first year stands after the bracket, not after
    ";" (round 137's rows had lost 2026 and were quoted, never stated)."""
    from knowledge.parse.targets import parse_targets

    found = parse_targets("Tỷ lệ xã đạt tiêu chuẩn (2026: 62%; 2028: 70%; 2030: 80%) — Sở Y tế chủ trì")
    assert [(t.year, t.value, t.needs_review) for t in found] == [(2026, 62.0, False), (2028, 70.0, False),
                                                                  (2030, 80.0, False)]


def test_an_english_question_naming_a_place_with_its_accents(kb):
    line = _first_line("In Bình Thuận, what share of households with children should use clean water in 2026?", kb)
    assert "85%" in line, line


@pytest.mark.parametrize("question, stated", [
    ("In Dien Bien Phu, which office do units send their annual reports to?", "Lao động - Thương binh và Xã hội"),
    ("Hanoi plan 138: how quickly must a serious child abuse incident be reported?", "03 ngày"),
    ("Hanoi plan 138: how fast must a serious child abuse incident be reported?", "03 ngày"),
])
def test_english_ways_of_asking_where_reports_go_and_how_soon(kb, question, stated):
    _states(kb, question, stated)


def test_a_contact_points_number_is_labelled_and_kept_for_its_own_questions(kb):
    from knowledge.answer.engine import answer

    hotline = answer("duong day nong bao ve tre em binh thuan so may", kb).text
    assert "0252 3811 111" in hotline and "3822 555" not in hotline, hotline
    # (a line whose label says a centre is "đầu mối tiếp nhận" is still a hotline)
    assert "Tổng đài điện thoại quốc gia" in hotline, hotline
    # (a centre's line labelled by its name alone is one of the hotlines: measured, 100 questions
    # of the earlier rounds had lost it to a filter keeping only labels saying "đường dây")
    promoted = answer("What hotline numbers does Hanoi's Plan 138 promote?", kb).text
    assert "111" in promoted and "02433.525.662" in promoted, promoted
    focal = answer("Bình Thuận đầu mối liên hệ số điện thoại là gì?", kb).text
    assert "3822 555" in focal and "Phòng Trẻ em, Sở Y tế tỉnh Bình Thuận" in focal, focal
    assert "3811 111" not in focal, focal


@pytest.mark.parametrize("question", [
    "Bình Thuận các sở gửi dự toán kinh phí cho Sở Tài chính trước ngày nào hằng năm?",
    "By when must Binh Thuan agencies send their annual budget estimates to the Department of Finance?",
])
def test_a_budget_estimate_asked_by_its_name(kb, question):
    _states(kb, question, "20/7")


def test_no_amount_is_an_offices_when_the_plan_budgets_none_by_office(kb):
    from knowledge.answer.engine import answer

    found = answer("How much of Binh Thuan's 2026 child budget goes to the Department of Education alone?", kb)
    # (neither an amount nor a button offering the plan's amounts as if they were the office's)
    assert not found.answered and "triệu đồng" not in found.text and "Kinh phí" not in found.text, found.text


@pytest.mark.parametrize("question, stated, not_stated", [
    ("Hanoi Action Month 2020: by when must districts submit their Action Month plan?", "20/5", "15/7"),
    ("Hà Nội tháng hành động 2020 báo cáo kết quả trước ngày nào", "15/7", "20/5"),
])
def test_a_plan_handed_in_is_asked_with_words_between(kb, question, stated, not_stated):
    from knowledge.answer.engine import answer
    from knowledge.answer.format import strip_html

    shown = strip_html(answer(question, kb).text)
    said = "\n".join(line for line in shown.split("\n") if not line.startswith("«"))   # the quote may hold both
    assert stated in said.split("\n")[0] and not_stated not in said, shown


@pytest.mark.parametrize("question, stated, not_stated", [
    ("Bình Thuận tỷ lệ trẻ em 5 tuổi đi học mẫu giáo năm 2026", "99,5%", "96%"),
    ("Bình Thuận tỷ lệ huy động trẻ em từ 3 đến 5 tuổi đi học mẫu giáo", "96%", "99,5%"),
])
def test_the_target_of_the_ages_asked(kb, question, stated, not_stated):
    _states(kb, question, stated, absent=(not_stated,))


@pytest.mark.parametrize("read, repaired", [
    ("| 20 | Tỷ suất … | /100.00 0 trẻ em | 14,5 | 12,5 |", "| 20 | Tỷ suất … | /100.000 trẻ em | 14,5 | 12,5 |"),
    ("dưới 15 trên 1.00 0 trẻ đẻ sống", "dưới 15 trên 1.000 trẻ đẻ sống"),
    ("năm 2.02 5 và 99.5 0", "năm 2.02 5 và 99.5 0"),     # (no rate base: left as read)
])
def test_a_rate_base_broken_by_a_cells_wrap(read, repaired):
    from knowledge.parse.formats.ocr import repair_readings

    assert repair_readings(read) == repaired


SELF_NUMBERED_TABLE = """II. MỤC TIÊU
2. Mục tiêu cụ thể
| Chỉ tiêu | Đơn vị | 2026 | 2028 | 2030 |
| Chỉ tiêu 1. Tỷ suất tử vong trẻ em dưới 1 tuổi | ‰ | 19,5 | 17,8 | 16,0 |
| Chỉ tiêu 2. Số vụ tai nạn đuối nước ở trẻ em giảm so với năm 2025 | % | 5 | 10 | 15 |
| Chỉ tiêu 3. Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ | % | 92 | 94 | 96 |
| Chỉ tiêu 4. Số trẻ em bị đuối nước giảm 10% so với năm 2025 | % | 3 | 6 | 10 |
III. NHIỆM VỤ, GIẢI PHÁP
"""


def test_a_table_whose_names_number_themselves():
    """"| Chỉ tiêu | Đơn vị | 2026 | 2028 | 2030 |" over "| Chỉ tiêu 1. Tỷ suất … | ‰ | 19,5 | …
    |": no number column, each name numbered, one holding a year (blind round 150, 56.5% before
    its fixes: the table was read as one written a target per column, and rows with decimals
    as headers)."""
    from knowledge.parse.goals import parse_goals
    from knowledge.parse.structure import parse_document

    _goals, indicators = parse_goals(parse_document(SELF_NUMBERED_TABLE))
    assert [(i.number, [(t.year, t.value) for t in i.targets]) for i in indicators] == [
        (1, [(2026, 19.5), (2028, 17.8), (2030, 16.0)]),
        (2, [(2026, 5.0), (2028, 10.0), (2030, 15.0)]),
        (3, [(2026, 92.0), (2028, 94.0), (2030, 96.0)]),
        # (the name's own "10%" is no 2026 target: the reviewer's break of the first version)
        (4, [(2026, 3.0), (2028, 6.0), (2030, 10.0)]),
    ]


GOALS_BY_HEADING_NUMBER = """ỦY BAN NHÂN DÂN TỈNH NINH BÌNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 55/KH-UBND
Ninh Bình, ngày 10 tháng 3 năm 2026

KẾ HOẠCH
Thực hiện Chương trình hành động vì trẻ em tỉnh Ninh Bình giai đoạn 2026 - 2030

II. MỤC TIÊU
1. Mục tiêu chung
Bảo đảm thực hiện tốt hơn các quyền của trẻ em.
2. Mục tiêu cụ thể
2.1. Mục tiêu về chăm sóc sức khỏe
a) Giảm tỷ suất tử vong trẻ em dưới 1 tuổi xuống còn 9,5‰ vào năm 2030.
b) Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 98% vào năm 2030.
2.2. Mục tiêu về giáo dục, vui chơi
a) Tỷ lệ trẻ em 5 tuổi đi học mẫu giáo đạt 99% vào năm 2030.
b) Tỷ lệ xã có điểm vui chơi dành cho trẻ em đạt 70% vào năm 2030.
2.3. Mục tiêu về bảo vệ trẻ em
a) Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp đạt 95% vào năm 2030.
b) Giảm tỷ lệ người chưa thành niên vi phạm pháp luật xuống dưới 2 trên 10.000 trẻ em vào năm 2030.

III. TỔ CHỨC THỰC HIỆN
1. Sở Y tế
- Chủ trì thực hiện các chỉ tiêu của mục tiêu 2.1 (chăm sóc sức khỏe) và các chỉ tiêu của mục tiêu 2.3 (bảo vệ trẻ em), trừ chỉ tiêu b.
2. Sở Giáo dục và Đào tạo
- Chủ trì thực hiện các chỉ tiêu của mục tiêu 2.2, trừ chỉ tiêu b.
3. Sở Văn hóa, Thể thao và Du lịch
- Chủ trì thực hiện chỉ tiêu b của mục tiêu 2.2.
4. Công an tỉnh
- Chủ trì thực hiện chỉ tiêu b của mục tiêu 2.3.
5. Đầu mối liên hệ: ông Phạm Văn Hùng, Phó Giám đốc Sở Y tế; điện thoại 0229 3871 234.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn C
"""


@pytest.fixture(scope="module")
def kb_goal_numbers(kb_with_plan):
    return kb_with_plan("ninhbinh-kh55-2026.txt", GOALS_BY_HEADING_NUMBER)


@pytest.mark.parametrize("question, lead, not_lead", [
    ("Ninh Bình ai chủ trì chỉ tiêu tiêm chủng đầy đủ cho trẻ dưới 1 tuổi?", "Sở Y tế", "Công an"),
    ("Ninh Bình cơ quan nào chủ trì chỉ tiêu người chưa thành niên vi phạm pháp luật?", "Công an tỉnh", "Sở Y tế"),
    ("Ninh Bình ai chủ trì chỉ tiêu điểm vui chơi dành cho trẻ em?", "Văn hóa", "Giáo dục"),
    ("Ninh Bình ai chủ trì chỉ tiêu trẻ em 5 tuổi đi học mẫu giáo?", "Giáo dục", "Văn hóa"),
])
def test_goals_cited_by_their_headings_number_and_targets_left_out(kb_goal_numbers, question, lead, not_lead):
    """"các chỉ tiêu của mục tiêu 2.1 …, trừ chỉ tiêu b", "chỉ tiêu b của mục tiêu 2.2": goals
    cited by their heading's number under "2. Mục tiêu cụ thể" (blind round 148 read none)."""
    line = _first_line(question, kb_goal_numbers)
    assert lead in line and not_lead not in line, line


@pytest.mark.parametrize("question", [
    "Bình Thuận nhiệm vụ 3 về tiêm chủng, Sở Y tế phối hợp với ai?",
    "binh thuan nv tiem chung mo rong so y te phoi hop voi co quan nao",
])
def test_a_tasks_roles_said_in_its_sentence(kb, question):
    """"…, do Sở Y tế chủ trì, phối hợp với Bảo hiểm xã hội tỉnh … thực hiện": the task's roles in
    its own words (blind round 152); the office's list of duties states no partner."""
    _states(kb, question, "Bảo hiểm xã hội tỉnh")


def test_a_table_of_tasks_holds_no_targets():
    """"| TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |": an
    appendix of tasks (blind round 149 had read its rows as targets: "Chỉ tiêu 10: Bố trí kinh
    phí …" answered the plan's total funding)."""
    from knowledge.parse.goals import parse_goals
    from knowledge.parse.structure import parse_document

    text = """PHỤ LỤC: PHÂN CÔNG NHIỆM VỤ
| TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |
| 1 | Phòng, chống đuối nước cho học sinh | Sở Giáo dục và Đào tạo | Tỉnh đoàn | Hằng năm |
| 2 | Bố trí kinh phí thực hiện Kế hoạch | Sở Tài chính | Sở Y tế | Hằng năm |
"""
    assert parse_goals(parse_document(text))[1] == []


def test_a_task_tables_row_states_its_roles(kb):
    """"| 1 | Phòng, chống xâm hại … | Công an tỉnh | Bộ Chỉ huy … | Hằng năm |" under "| TT | Nội
    dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | … |" (blind round 149): the row's roles
    in its header's words, not the row quoted."""
    line = _first_line("Bình Thuận ai chủ trì phòng, chống xâm hại, mua bán trẻ em qua biên giới?", kb)
    assert "Cơ quan chủ trì: Công an tỉnh" in line and "Biên phòng" in line, line


def test_a_deputy_is_no_head_and_a_persons_number_no_hotline(kb_goal_numbers):
    """A second fresh reviewer's breaks: "Phó Giám đốc" had answered "Giám đốc … là ai"; a
    person's number on a contact line had been listed among the hotlines."""
    from knowledge.answer.engine import answer

    head = answer("Giám đốc Sở Y tế Ninh Bình là ai?", kb_goal_numbers)
    assert not head.answered and "Phạm Văn Hùng" not in head.text, head.text
    hotline = answer("Ninh Bình đường dây nóng bảo vệ trẻ em số mấy?", kb_goal_numbers)
    assert "3871 234" not in hotline.text, hotline.text


@pytest.mark.parametrize("sentence, kinds", [
    ("- Các sở báo cáo kết quả thực hiện 6 tháng đầu năm và cả năm gửi Sở Y tế trước ngày 15/6 và 15/12.",
     [("report", 15, 6), ("yearly_report", 15, 12)]),
    ("- Các sở báo cáo 6 tháng, hằng năm trước ngày 15/6 và 15/12.", [("report", 15, 6), ("yearly_report", 15, 12)]),
])
def test_two_dates_to_one_before_are_the_reports_named_in_order(sentence, kinds):
    from knowledge.parse.extras import parse_deadlines
    from knowledge.parse.structure import parse_document

    doc = parse_document(f"V. TỔ CHỨC THỰC HIỆN\n2. Chế độ báo cáo\n{sentence}\n")
    assert [(d.kind, d.day, d.month) for d in parse_deadlines(doc, lambda _name: None)] == kinds


def test_a_source_no_amount_names_and_last_years_result(kb):
    from knowledge.answer.engine import answer

    oda = answer("nguồn vốn ODA cho kế hoạch trẻ em Bình Thuận năm 2026 là bao nhiêu?", kb)
    assert not oda.answered and "9.800" not in oda.text, oda.text
    line = _first_line("Bình Thuận tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp năm trước đạt bao nhiêu", kb)
    assert "88%" in line and "2025" in line and "90%" not in line, line


def test_a_table_of_tasks_ends_the_table_of_targets_above_it():
    from knowledge.parse.goals import parse_goals
    from knowledge.parse.structure import parse_document

    text = """2. Mục tiêu cụ thể
| STT | Chỉ tiêu | Năm 2030 |
| 1 | Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ | 98% |
| TT | Nội dung nhiệm vụ | Cơ quan chủ trì |
| 2 | Kiện toàn Ban Chỉ đạo công tác trẻ em đạt 100% | Sở Y tế |
"""
    assert [i.number for i in parse_goals(parse_document(text))[1]] == [1]


@pytest.mark.parametrize("question, stated", [
    # (measured: "hằng năm trước ngày nào" had been read as "năm trước", the year before)
    ("ha noi ke hoach chi thi 28 bao cao hang nam truoc ngay nao", "15/12"),
    # (measured: an English word no plan uses had left every amount out)
    ("How much does the provincial budget contribute to Binh Thuan's plan for 2026?", "4.200"),
])
def test_a_years_report_before_a_date_and_english_amounts(kb, question, stated):
    _states(kb, question, stated)
