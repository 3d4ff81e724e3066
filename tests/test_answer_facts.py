"""The fact an answer states: the year asked, the metric asked, the plan's own comparator.

Each reply is read as the project's strict scorer reads it: what the bot says itself, without
its «verbatim quotes» and its source line, so a quoted paragraph holding every figure of an
indicator cannot make a wrong answer pass.
"""

from __future__ import annotations

import datetime as dt

import pytest

import bot.i18n  # noqa: F401  (replies in the users' words)
from knowledge.answer.engine import answer
from knowledge.answer.fitting import fold, stated
from knowledge.answer.format import plan_date, strip_html


def opens_with(question: str, kb, first: str, lang: str = "vi") -> None:
    """The question is answered and the reply (tags removed) begins with ``first``."""
    result = answer(question, kb, lang=lang)
    assert result.answered and strip_html(result.text).startswith(first), result.text


def declines_with(question: str, kb, first: str, lang: str = "vi") -> None:
    """The question is declined and the reply (tags removed) begins with ``first``: why."""
    result = answer(question, kb, lang=lang)
    assert not result.answered and strip_html(result.text).startswith(first), result.text


def said(question: str, kb, lang: str = "vi") -> str:
    result = answer(question, kb, lang=lang)
    assert result.answered, f"declined {question!r}: {result.text[:200]!r}"
    return stated(result.text)


@pytest.mark.parametrize("question,expected,not_expected", [
    # year selection: one year asked, that year's figure only
    ("chỉ tiêu 14 Hà Nội năm 2025", "98,5%", "100%"),
    ("chỉ tiêu 14 Hà Nội năm 2030", "100%", "98,5"),
    ("Cần Thơ tỷ suất tử vong trẻ sơ sinh năm 2030", "9/1.000", "9,5"),
    ("ty le thap coi Ha Noi nam 2025", "12%", "11,5"),
])
def test_a_question_about_one_year_states_that_years_figure(kb, question, expected, not_expected):
    text = said(question, kb)
    assert fold(expected) in text
    assert fold(not_expected) not in text


@pytest.mark.parametrize("question,expected,not_expected", [
    # "giảm xuống bao nhiêu": the plans' own comparator, not words of the asking
    ("Cần Thơ lao động trẻ em năm 2025 giảm xuống bao nhiêu", "4,9", "4,5"),
    # metric selection: the metric asked among the indicator's several metrics
    ("mục tiêu 2030 tỷ lệ thấp còi Hà Nội", "11,5", "6,8"),
    ("Hà Nội 2030 tỷ lệ suy dinh dưỡng thể nhẹ cân", "6,8", "11,5"),
    ("Cần Thơ tỷ suất tử vong trẻ em dưới 5 tuổi năm 2025", "18,5", "12,5"),
])
def test_a_question_about_one_metric_states_that_metric(kb, question, expected, not_expected):
    text = said(question, kb)
    assert fold(expected) in text
    assert fold(not_expected) not in text


@pytest.mark.parametrize("question,lang,expected,wrong", [
    # the comparator as the plan writes it: "đạt" is not "at least", a ceiling stays a ceiling
    ("chỉ tiêu 14 Hà Nội năm 2025", "vi", "đạt 98,5%", "ít nhất"),
    ("chi tieu 3 Can Tho nam 2025", "vi", "dưới 9,5", "trên 9,5"),
    ("birth registration target 2025 Ha Noi", "en", "reach 98.5%", "at least"),
])
def test_the_reply_keeps_the_plans_comparator(kb, question, lang, expected, wrong):
    text = said(question, kb, lang)
    assert fold(expected) in text
    assert fold(wrong) not in text


@pytest.mark.parametrize("value, unit, lang, shown", [
    # a plan's figure keeps every decimal it was written with: "0,035%" rounded to "0,04%"
    # would be a figure the plan never set
    (0.035, "%", "vi", "0,035%"),
    (0.035, "%", "en", "0.035%"),
    (1.46, "%", "vi", "1,46%"),
    (6.125, "per_100000_children", "vi", "6,125/100.000"),
])
def test_a_plans_figure_is_never_rounded(value, unit, lang, shown):
    from knowledge.answer.format import fmt_value

    assert fmt_value(value, unit, lang).startswith(shown)


@pytest.mark.parametrize("value,lang,with_year,shown", [
    # a day under 10 and the months 1 and 2 with a leading zero (Nghị định 30/2020/NĐ-CP)
    (dt.date(2026, 1, 14), "vi", True, "14/01/2026"),
    (dt.date(2020, 6, 1), "vi", True, "01/6/2020"),
    (dt.date(2021, 12, 5), "vi", False, "05/12"),
    (dt.date(2020, 7, 15), "vi", True, "15/7/2020"),
    (dt.date(2020, 7, 5), "en", True, "July 5, 2020"),
])
def test_a_plan_date_is_written_as_official_documents_write_it(value, lang, with_year, shown):
    assert plan_date(value, lang, with_year) == shown


def test_the_fact_is_the_first_line(kb):
    first = answer("chỉ tiêu 14 Hà Nội năm 2025", kb).text.split("\n")[0]
    assert "98,5%" in first and "2025" in first


@pytest.mark.parametrize("question", [
    "nghỉ phép năm của viên chức được mấy ngày",
    "nghỉ tết được mấy ngày",   # a number of days of nothing the plans' deadlines are about
    "Luong co so cua giao vien mam non nam nay la bao nhieu?",   # "lương" unaccented is also "lượng"
    "Ngày Quốc tế thiếu nhi 1/6 cán bộ có được nghỉ làm không?",
    "Hà Nội có bao nhiêu cán bộ làm công tác trẻ em cấp xã?",     # a statistic the plans do not give
    "15",
    "số tổng đài điện lực Hà Nội",
    "giá xăng hôm nay bao nhiêu",
    "Lương của cán bộ làm công tác trẻ em cấp xã ở Hà Nội là bao nhiêu?",
    # an allowance paid to a person: no plan of these states one (one had been answered with a
    # task's 100%; a plan that states one answers it: test_an_allowance_a_plan_states_is_answered)
    "Mức phụ cấp cho cộng tác viên bảo vệ trẻ em ở Hà Nội là bao nhiêu?",
    "can bo tre em cap xa o can tho duoc phu cap bao nhieu",
    "What is the monthly allowance for child protection collaborators in Hanoi?",
    # how things stand today, though an indicator is about them: a statistic
    "Hà Nội hiện có bao nhiêu trẻ em có hoàn cảnh đặc biệt?",
    "Cần Thơ có bao nhiêu trẻ em dưới 16 tuổi?",
    # how many children there are, of a year a rate is set for: the rate counts no one
    "Hà Nội có bao nhiêu trẻ em khuyết tật năm 2025?",
    "Cần Thơ có bao nhiêu học sinh trung học cơ sở năm 2025?",
])
def test_near_domain_questions_are_declined(kb, question):
    assert not answer(question, kb).answered


@pytest.mark.parametrize("question,first", [
    # "bao nhiêu xã, phường" of a plan that states the count it sets: not a statistic
    ("Điện Biên Phủ xây dựng đội ngũ cộng tác viên bảo vệ trẻ em ở bao nhiêu xã, phường?", "đạt 12 xã/phường"),
    ("dbp bao nhieu phuong thuc hien mo hinh thuc day quyen tham gia", "Ít nhất có 04 phường"),
])
def test_a_count_the_plan_sets_is_no_statistic(kb, question, first):
    opens_with(question, kb, first)


@pytest.mark.parametrize("question,lang,first_line,not_said", [
    # a numbered goal's own words (break _h_goal and both fail)
    ("mục tiêu 2 của Cần Thơ là gì", "vi", "bảo vệ trẻ em", None),
    ("What is goal 4 of Hanoi plan 138 about?", "en", "tham gia", None),
])
def test_a_numbered_goal_is_answered_with_its_own_words_first(kb, question, lang, first_line, not_said):
    result = answer(question, kb, lang=lang)
    assert result.answered, result.text[:200]
    first = fold(strip_html(result.text).split("\n")[0])
    assert fold(first_line) in first
    if not_said:
        assert fold(not_said) not in stated(result.text)


@pytest.mark.parametrize("text, day, month, clause", [
    # one sentence, two deadlines: each keeps the words that lead up to its own date
    ("Định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12) gửi Sở", 15, 6, "Định kỳ 6 tháng (trước ngày 15/6"),
    ("Định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12) gửi Sở", 15, 12, "và hằng năm (trước ngày 15/12"),
    ("xây dựng Kế hoạch trước ngày 20/5/2020 và báo cáo kết quả trước ngày 15/7", 15, 7, "và báo cáo kết quả trước ngày 15/7"),
    ("báo cáo năm trước ngày 30 tháng 11", 30, 11, "báo cáo năm trước ngày 30 tháng 11"),
])
def test_a_deadline_is_read_from_its_own_clause(text, day, month, clause):
    from knowledge.answer.deadlines import _clause
    from knowledge.model import Deadline

    assert clause == _clause(Deadline("yearly_report", text, "IV", day=day, month=month))


def test_asking_words_do_not_hide_a_deadline(kb):
    """"hạn chót" asks for a deadline; it is not a subject the deadline's text must hold."""
    result = answer("Hạn chót báo cáo hằng năm của kế hoạch 138 Hà Nội?", kb)
    assert "15/12" in result.text or any("15/12" in c["text"] for c in result.choices)


@pytest.mark.parametrize("question", [
    "Cần Thơ năm 2027 tỷ lệ tiêm chủng phải đạt bao nhiêu?",
    "tỷ lệ đăng ký khai sinh Hà Nội năm 2027",
])
def test_a_year_between_the_plans_milestones_gets_no_other_years_figure(kb, question):
    result = answer(question, kb)
    assert not result.answered  # 2025's or 2030's figure is no answer for 2027
    said = fold(result.text)
    assert "2027" in said and "2025" in said and "2030" in said  # says which years it has
    assert any("2025" in s for s in result.suggestions)  # and offers them as buttons


@pytest.mark.parametrize("first, follow_up, said_first, not_said", [
    # an indicator with no target for the year a follow-up asks: said so, never another indicator's
    ("Chỉ tiêu 19 Hà Nội năm 2025", "còn năm 2030?", "Chỉ tiêu 19", "4/1.000"),
    ("Chỉ tiêu 6 Cần Thơ năm 2030", "còn năm 2025?", "Chỉ tiêu 6", "15/100.000"),
    # the same office, of the other plan; the same question (who leads) of the other plan
    ("Sở Y tế Hà Nội có nhiệm vụ gì?", "thế còn Cần Thơ?", "Sở Y tế", "(2030)"),   # tasks, no target
    # a question naming its own indicator and plan, or a topic of its own, is a new question
    # (from a new user's trial: the previous "who leads" or indicator stuck to it)
    ("Chỉ tiêu 1 Cần Thơ do cơ quan nào chủ trì?", "Chỉ tiêu 1 Cần Thơ năm 2030 là bao nhiêu?", "93%", "Chủ trì"),
    ("chỉ tiêu 1 hà nội năm 2030", "muc tieu 2030 ty le thap coi HN", "11,5%", "90%"),
    ("Chỉ tiêu 14 Hà Nội do ai chủ trì", "thế còn Cần Thơ?", "Sở Tư pháp", "99%"),
    # a year asked after who leads: leads do not change by year, the target does
    ("ct 14 HN ai chu tri", "còn năm 2030?", "100%", "Sở Tư pháp"),
    # a question about the plans after an office's tasks: the plans, not the tasks again
    ("sở tư pháp làm gì", "bao nhiêu kế hoạch", "kế hoạch", "Hướng dẫn triển khai"),
])
def test_a_follow_up_keeps_what_was_asked_and_of_what(kb, first, follow_up, said_first, not_said):
    previous = answer(first, kb)
    result = answer(follow_up, kb, context=previous.slots)
    first_line = fold(strip_html(result.text).split("\n")[0])
    assert fold(said_first) in first_line
    assert fold(not_said) not in stated(result.text)


def test_no_comparing_word_is_added_that_the_plan_did_not_write(kb):
    # "98% trẻ em dưới 5 tuổi được tiêm chủng đầy đủ … vào năm 2030": no "ít nhất" in the plan
    text = stated(answer("Chỉ tiêu 5 Cần Thơ năm 2030", kb).text)
    assert "98%" in text and fold("ít nhất 98") not in text


@pytest.mark.parametrize("question, lang", [
    ("Tôi có một em bé 8 tuổi bị bố đánh, tôi nên làm gì?", "vi"),
    ("hang xom co mot chau bi bao hanh, toi phai bao cho ai", "vi"),
    ("My neighbour's child is being beaten, what should I do?", "en"),
])
def test_one_childs_case_gets_the_hotlines_the_plans_publish_at_once(kb, question, lang):
    result = answer(question, kb, lang=lang)
    assert not result.answered and result.intent == "child_case"
    hotlines = {c.display for p in kb.plans for c in p.contacts if "quốc gia" in c.label}
    assert hotlines and any(h in result.text for h in hotlines)


@pytest.mark.parametrize("question,lang,expected,not_said", [
    # a plan named by its year: that plan's deadline, not the place's other plan's
    ("Kế hoạch năm 2024 của Hà Nội báo cáo hằng năm bao giờ?", "vi", "15/12", "20/11"),
    # "ai …" and "which … agency leads" ask for a body: the lead, not the indicator's targets
    ("Ở Cần Thơ ai hướng dẫn thực hiện chỉ tiêu 14?", "vi", "so tu phap", "99%"),
    ("Which Hanoi agency leads indicator 9 on abused children?", "en", "cong an", "1%"),
    # an English word in a form the vocabulary does not list ("reporting")
    ("Dien Bien Phu annual reporting deadline", "en", "20", "15/12"),
    # "theo số nào" names no organisation: the national hotline the plan lists
    ("Gọi tổng đài quốc gia bảo vệ trẻ em theo số nào (kế hoạch 138 của Hà Nội)?", "vi", "111", "0243"),
    # English cue words as typed ("what date" is a date asked, though "date" reads "ngày")
    ("By what date each year do Dien Bien Phu offices report on the child-protection plan?", "en",
     "November 20", "December"),
    ("When was Hanoi's Plan 138/KH-UBND issued?", "en", "June 3, 2021", "December"),
    # a plan named by its title words: those words ask about the plan, they are no topic
    ("ke hoach bao ve tre em dien bien phu giai doan nao", "vi", "2021-2025", "2030"),
    # an office named is a slot: its words are no content the answer must cover
    ("What must Can Tho's Department of Justice do?", "en", "so tu phap", "so y te"),
])
def test_the_kind_of_answer_asked_is_stated(kb, question, lang, expected, not_said):
    first = stated(answer(question, kb, lang=lang).text).split("\n")[0]
    assert fold(expected) in first and fold(not_said) not in first, first


@pytest.mark.parametrize("question,lang,answered", [
    # whether a 2025 target exists is asked: "no target for 2025" answers it
    ("Hà Nội có đặt chỉ tiêu lây truyền HIV mẹ sang con cho năm 2025 không?", "vi", True),
    ("Does Hanoi's plan set a 2025 target for mother-to-child HIV transmission?", "en", True),
    # its figure is asked: the plan has none, so it is declined, saying which year it has
    ("chỉ tiêu 6 Hà Nội năm 2025 là bao nhiêu?", "vi", False),
    ("What is the Hanoi plan 138 target for mother-to-child HIV transmission in 2025?", "en", False),
])
def test_a_milestone_year_the_indicator_lacks_is_answered_with_the_years_it_has(kb, question, lang, answered):
    # 2025 is a milestone of the plan, but indicator 6 sets only 2030
    result = answer(question, kb, lang=lang)
    first = stated(result.text).split("\n")[0]
    assert result.answered is answered and "2025" in first and "2%" in first and "2030" in first, first
    # a year no target of the plan names is declined, not answered with another year's figure
    result = answer("chỉ tiêu 6 Hà Nội năm 2027", kb)
    assert not result.answered and "2%" not in stated(result.text)


@pytest.mark.parametrize("question,expected", [
    # a comparison by topic, between two places or two years: "giữa", "khác nhau" ask, they name nothing
    ("So sánh tỷ lệ xã phường phù hợp với trẻ em năm 2025 giữa Hà Nội và Cần Thơ", ("85%", "91%")),
    ("khai sinh ha noi 2025 so voi 2030 khac nhau sao", ("98,5", "100")),
])
def test_a_comparison_by_topic_states_each_side(kb, question, expected):
    text = said(question, kb)
    assert all(fold(e) in text for e in expected), text


def test_a_plans_number_and_date_asked_together_are_both_stated(kb):
    first = stated(answer("Quyết định ban hành Chương trình hành động vì trẻ em thành phố Cần Thơ "
                          "số mấy, ngày nào?", kb).text).split("\n")[0]
    assert "608" in first and "18/3/2021" in first, first
    # … and who signed it, asked with them
    first = stated(answer("Quyết định ban hành Chương trình hành động vì trẻ em Cần Thơ 2021-2030 "
                          "số mấy, ngày nào, ai ký?", kb).text).split("\n")[0]
    assert "608" in first and "18/3/2021" in first and "duong tan hien" in first, first


def test_deadlines_of_two_plans_compared_are_both_stated(kb):
    text = said("han bao cao hang nam cua ke hoach 138 ha noi va ke hoach dien bien phu", kb)
    assert "15/12" in text and "20/11" in text, text


@pytest.mark.parametrize("typed,folded", [
    # "lương" (salary) is in no plan, "lượng" (chất lượng) is; "đuối nước" is not "dưới"
    ("Lương người làm công tác trẻ em cấp xã ở Hà Nội là bao nhiêu?",
     "Luong nguoi lam cong tac tre em cap xa o Ha Noi la bao nhieu?"),
    ("Kế hoạch 138 Hà Nội đặt chỉ tiêu tỷ suất trẻ tử vong do đuối nước là bao nhiêu?",
     "Ke hoach 138 Ha Noi dat chi tieu ty suat tre tu vong do duoi nuoc la bao nhieu?"),
])
def test_a_word_typed_with_other_accents_than_the_answer_has_lowers_its_confidence(kb, typed, folded):
    # folding makes the two words one; typed with accents, the question says which it means
    assert answer(typed, kb).confidence < answer(folded, kb).confidence


from knowledge import model  # noqa: E402
from knowledge.answer.format import fmt_target  # noqa: E402


@pytest.mark.parametrize("target,lang,shown", [
    # a change is stated with the year it is measured from, as the plan wrote it
    (model.Target("số trẻ tử vong do đuối nước", 1, 2025, 20.0, model.PERCENT, model.AT_LEAST,
                  text="Số trẻ em tử vong do đuối nước Giảm 20% so với năm 2020 vào năm 2025",
                  comparator_text="Giảm"), "vi", "Giảm 20% so với năm 2020"),
    (model.Target("số trẻ tử vong do đuối nước", 1, 2030, 35.0, model.PERCENT, model.AT_LEAST,
                  text="… Giảm 20% so với năm 2020 vào năm 2025 và Giảm 35% so với năm 2020 vào năm 2030",
                  comparator_text="Giảm"), "en", "down by 35% compared with 2020"),
    # … its own year written between the figure and its base (round 115)
    (model.Target("riêng tử vong do đuối nước", 2, 2030, 10.0, model.PERCENT, model.AT_LEAST,
                  text="riêng tử vong do đuối nước giảm 10% vào năm 2030 so với năm 2024.",
                  comparator_text="giảm"), "vi", "giảm 10% so với năm 2024"),
    # a share of a whole is one figure: "8/13", not "8 /13"
    (model.Target("số huyện có Hội đồng trẻ em", 1, 2025, 8.0, model.COUNT, model.AT_LEAST,
                  counted="/13", text="đạt Ít nhất 8/13 vào năm 2025", comparator_text="Ít nhất"),
     "vi", "Ít nhất 8/13"),
])
def test_a_targets_figure_is_shown_as_the_plan_measures_it(target, lang, shown):
    assert fmt_target(target, lang) == shown


def test_the_plans_of_one_place_are_listed_with_a_scans_title_marked_as_a_reading(kb):
    result = answer("Hà Nội có bao nhiêu kế hoạch?", kb)
    text = strip_html(result.text)
    assert result.answered and "3" in text.split("\n")[0]
    assert "Cần Thơ" not in text and "138/KH-UBND" in text and "6203/KH-UBND" in text
    # the scanned 2024 plan's title is the bot's reading of its words, and says so
    assert "bản quét" in text


@pytest.mark.parametrize("question,first", [
    ("Kế hoạch 138 số hiệu", "138/KH-UBND"),
    # a plan whose text carries no number: that is the answer, not another plan's number
    ("Kế hoạch Điện Biên Phủ số hiệu là gì", "không ghi số hiệu"),
])
def test_a_plans_number_is_stated_or_said_to_be_missing(kb, question, first):
    result = answer(question, kb)
    assert result.answered and first in strip_html(result.text).split("\n")[0], result.text


def test_a_follow_up_without_words_of_its_own_asks_the_same_kind_of_fact(kb):
    # "còn Hà Nội thì sao?" after a deadline: Hà Nội's deadlines, not its plan's issue date
    previous = answer("Điện Biên Phủ hạn báo cáo hằng năm", kb)
    result = answer("còn Hà Nội thì sao?", kb, context=previous.slots)
    text = stated(result.text)
    assert result.answered and "15/12" in text and "20/11" not in text, text


@pytest.mark.parametrize("question", [
    "SELECT * FROM users WHERE 1=1",      # not one word of the plans: no figure of "1 1" stated
    "asdf qwerty zxcv",
])
def test_a_message_with_no_word_the_plans_use_is_not_answered(kb, question):
    assert not answer(question, kb).answered


@pytest.mark.parametrize("question,first,not_first", [
    # which document a plan carries out: its references, not its own number or date
    ("kế hoạch 6203 thực hiện chỉ thị nào", "28-CT/TW", "7/2024"),
    # the issuing committee named with the plan is no office asked about
    ("Kế hoạch năm 2024 của UBND Hà Nội triển khai chỉ thị nào?", "28-CT/TW", "7/2024"),
    ("Kế hoạch 138 của Hà Nội thực hiện quyết định số mấy của Thủ tướng?", "23/QĐ-TTg", "138/KH-UBND,"),
])
def test_the_document_a_plan_carries_out_is_stated(kb, question, first, not_first):
    result = answer(question, kb)
    line = strip_html(result.text).split("\n")[0]
    assert result.answered and first in line and not line.startswith(not_first), line


def test_a_number_asked_of_something_the_question_names_is_not_the_plans_number(kb):
    # "… ở kế hoạch 138 số mấy?" asks the centre's phone, not the document's number
    result = answer("Trung tâm cung cấp dịch vụ công tác xã hội Hà Nội ở kế hoạch 138 Hà Nội số mấy?", kb)
    assert not strip_html(result.text).startswith("138/KH-UBND"), result.text


@pytest.mark.parametrize("question", [
    "hạn báo cáo Cần Thơ",
    "Cần Thơ phải gửi báo cáo năm trước ngày nào?",
])
def test_a_deadline_the_named_plan_does_not_set_is_said_to_be_missing(kb, question):
    # Cần Thơ's decision sets no reporting date: a passage about reports in general stated
    # as the answer would be a confident wrong one
    result = answer(question, kb)
    assert not result.answered, result.text
    assert "không nêu hạn báo cáo" in strip_html(result.text).split("\n")[0], result.text


@pytest.mark.parametrize("question,lang,first", [
    # "how many indicators does X lead" is answered with the count, then which
    ("Sở Y tế Cần Thơ phụ trách mấy chỉ tiêu?", "vi", "Chủ trì 04 chỉ tiêu: 3, 4, 5, 6"),
    ("How many indicators does the Department of Health lead in Can Tho?", "en", "Leads 4 indicators: 3, 4, 5, 6"),
])
def test_the_indicators_an_agency_leads_are_counted(kb, question, lang, first):
    opens_with(question, kb, first, lang)


@pytest.mark.parametrize("n, lang, written", [
    (6, "vi", "06"), (6, "en", "6"), (0, "vi", "00"), (24, "vi", "24"), (1234, "vi", "1.234"), (1234, "en", "1,234"),
])
def test_a_small_count_is_written_as_official_writing_writes_it(n, lang, written):
    from knowledge.answer.words import format_count

    assert format_count(n, lang) == written


@pytest.mark.parametrize("question,lang,first", [
    # a question in English names each agency in English too, whatever the reply's language
    ("Which department leads indicator 14 in Can Tho?", "vi", "Chủ trì: Sở Tư pháp (Department of Justice)"),
    ("Who leads Hanoi's indicator 14?", "en", "Lead: Sở Tư pháp (Department of Justice)"),
    # … a question in Vietnamese, the Vietnamese names alone
    ("Chỉ tiêu 14 Cần Thơ do sở nào chủ trì?", "vi", "Chủ trì: Sở Tư pháp —"),
    # phone typing: "cttri" leads, "gồm ai" asks who they are
    ("ct 14 can tho ai cttri", "vi", "Chủ trì: Sở Tư pháp —"),
    ("ct 14 can tho phoi hop gom ai", "vi", "Kế hoạch không nêu cơ quan phối hợp cho chỉ tiêu này."),
])
def test_agencies_are_named_in_the_questions_language(kb, question, lang, first):
    opens_with(question, kb, first, lang)


@pytest.mark.parametrize("question,lang,first", [
    # a figure offered to be checked: yes or no first, then the plan's own figure
    ("có phải Cần Thơ chỉ tiêu 1 năm 2030 là 95% không?", "vi", "Không, đạt 93% (2030)"),
    ("Cần Thơ chỉ tiêu 1 năm 2030 có đạt 93% không", "vi", "Đúng, đạt 93% (2030)"),
    ("Is Hanoi's indicator 14 target for 2025 98.5%, right?", "en", "Yes, reach 98.5% (2025)"),
])
def test_a_figure_offered_to_check_is_confirmed_or_corrected(kb, question, lang, first):
    opens_with(question, kb, first, lang)


@pytest.mark.parametrize("question,first", [
    ("kế hoạch mới nhất của Hà Nội", "Mới nhất: Hà Nội · Kế hoạch 6203/KH-UBND"),
    ("What is the latest plan of Hanoi?", "The most recent: Hà Nội · Kế hoạch 6203/KH-UBND"),
])
def test_the_latest_plan_of_a_place_is_named_first(kb, question, first):
    result = answer(question, kb, lang="en" if question.startswith("What") else "vi")
    assert result.answered and strip_html(result.text).startswith(first), result.text


@pytest.mark.parametrize("question,lang,first,not_said", [
    # a target that nothing be left is stated in the plan's words, never as a figure 0
    ("chỉ tiêu 13 Hà Nội năm 2030", "vi", "cơ bản không còn", " 0 "),
    ("Hanoi indicator 13 target for 2030", "en", "none left", " 0 "),
])
def test_an_elimination_target_is_stated_in_words(kb, question, lang, first, not_said):
    result = answer(question, kb, lang=lang)
    line = strip_html(result.text).split("\n")[0]
    assert result.answered and line.startswith(first) and not_said not in f" {line} ", result.text


@pytest.mark.parametrize("question,first", [
    # the plan named by its title: its words name the plan, the count of the plan is asked
    ("Chương trình hành động vì trẻ em Cần Thơ giai đoạn 2021-2030 có bao nhiêu chỉ tiêu?", "Cần Thơ · Quyết định 608/QĐ-UBND: 24 chỉ tiêu"),
    # "về bảo vệ trẻ em" names a goal's topic, though the title holds those words too
    ("Kế hoạch 138 của Hà Nội có mấy chỉ tiêu về bảo vệ trẻ em?", "Hà Nội · Kế hoạch 138/KH-UBND: Mục tiêu 2"),
])
def test_a_plan_named_by_its_title_is_not_a_topic(kb, question, first):
    opens_with(question, kb, first)


@pytest.mark.parametrize("question,first", [
    ("tỉ lệ khai sinh hn 2025 bn", "đạt 98,5% (2025)"),       # "tỉ lệ" is "tỷ lệ"
    ("thanh doan ha noi lam gi", "Hà Nội · Kế hoạch"),          # "Thành đoàn" is the city's Đoàn Thanh niên
])
def test_spelling_variants_and_short_names_find_the_fact(kb, question, first):
    result = answer(question, kb)
    text = strip_html(result.text)
    assert result.answered and text.startswith(first), result.text
    if "thanh doan" in question:
        assert "Đoàn Thanh niên" in text.split("\n")[0], text


@pytest.mark.parametrize("question,lang,first", [
    # who leads a goal: the lead agencies of its indicators, each with its indicators
    ("Ai chủ trì các chỉ tiêu của Mục tiêu 1 ở Hà Nội?", "vi",
     "Chủ trì các chỉ tiêu của Mục tiêu 1 (Về phát triển toàn diện trẻ em, chăm sóc sức khỏe, dinh dưỡng cho trẻ em): Sở Y tế"),
    ("who leads goal 2 in Can Tho?", "en", "Leads of goal 2 (Về bảo vệ trẻ em): Sở Lao động - Thương binh và Xã hội"),
    # who partners on a goal: the partners first
    ("Mục tiêu 4 Hà Nội kế hoạch 138 phối hợp với những cơ quan nào?", "vi", "Phối hợp: Sở Giáo dục và Đào tạo"),
])
def test_who_leads_a_goal_names_the_leads_of_its_indicators(kb, question, lang, first):
    opens_with(question, kb, first, lang)


@pytest.mark.parametrize("question,first", [
    # the figure checked is another metric's of the indicator: that metric is answered, first
    ("chỉ tiêu 16 HN năm 2025 có phải 100% không", "Đúng, đạt 100% (2025)"),
    ("có phải chỉ tiêu 4 HN năm 2025 là 12% không", "Đúng, xuống dưới 12% (2025)"),
])
def test_a_checked_figure_of_another_metric_is_the_one_stated(kb, question, first):
    opens_with(question, kb, first)


@pytest.mark.parametrize("question,lang,first", [
    # asking words of the genre: a quantifier, "lo" (takes charge), "bv trẻ em", groups of goals
    ("ke hoach 138 cua ha noi co tat ca bao nhieu chi tieu", "vi", "Hà Nội · Kế hoạch 138/KH-UBND: 24 chỉ tiêu"),
    ("can tho ct 7 so nao lo", "vi", "Chủ trì: Sở Giáo dục và Đào tạo"),
    ("tong dai bv tre em quoc gia so may", "vi", "☎️ 111"),
    ("Kế hoạch Điện Biên Phủ chia mục tiêu cụ thể thành mấy nhóm?", "vi", "Điện Biên Phủ · Triển khai thực hiện"),
    # the document carried out, and a signer's office
    ("Kế hoạch 138 của Hà Nội căn cứ quyết định nào của Thủ tướng?", "vi", "thực hiện Quyết định 23/QĐ-TTg"),
    ("Who signed Hanoi's plan 138 and in what capacity?", "en", "Signed by: Chu Ngọc Anh (Chủ tịch) — Hà Nội · Kế hoạch 138/KH-UBND"),
    # the plan named by its title after "trong": no topic of the agency's tasks
    ("so tai chinh can tho lam gi trong chuong trinh hanh dong vi tre em", "vi", "Cần Thơ · Quyết định 608/QĐ-UBND — Sở Tài chính"),
])
def test_asking_words_of_the_genre_ask_and_name_nothing(kb, question, lang, first):
    opens_with(question, kb, first, lang)


def _with_round_plan(tmp_path_factory, suite_plans_dir, round_file: str):
    """A knowledge base of the shipped plans and one blind round's plan
    (``tests/data/blind_rounds/ROUND_FILE``)."""
    from pathlib import Path

    from knowledge.store import build, load_knowledge_base

    db = tmp_path_factory.mktemp("round") / "kb.db"
    extra = Path(__file__).parent / "data" / "blind_rounds" / round_file
    build(db, sorted(suite_plans_dir.glob("*.txt")) + [extra], keep_stored=False)
    return load_knowledge_base(db)


@pytest.fixture(scope="module")
def kb_with_budget(tmp_path_factory, suite_plans_dir):
    """The shipped plans and a plan that states its budget in figures (blind round 7's)."""
    return _with_round_plan(tmp_path_factory, suite_plans_dir, "round7/new_plan.txt")


@pytest.mark.parametrize("question,answered", [
    # many words of another question, none in the answer: a money cue alone answers nothing
    ("luat tre em quy dinh muc phat hanh chinh cho hanh vi bao luc tre em la bao nhieu tien", False),
    ("Nghị định xử phạt vi phạm hành chính về bảo vệ trẻ em phạt bao nhiêu tiền?", False),
    # the plan's budget asked: answered
    ("kinh phi thuc hien ke hoach thai nguyen bao nhieu tien", True),
])
def test_a_cue_word_alone_does_not_answer_a_question_about_something_else(kb_with_budget, question, answered):
    assert answer(question, kb_with_budget).answered is answered


@pytest.mark.parametrize("question,lang,first", [
    # the purpose of the call names no organisation: the hotlines answer it
    ("o ha noi goi so nao de bao tre bi xam hai", "vi", "☎️ 111"),
    ("gọi số nào khi phát hiện trẻ bị bạo lực", "vi", "☎️ 111"),
    ("sdt ttctxh ha noi", "vi", "☎️ 02433.525.662"),     # "ttctxh": trung tâm công tác xã hội
    # the plan's "Trung tâm cung cấp dịch vụ …" named with a word left out
    ("Số điện thoại Trung tâm dịch vụ công tác xã hội Hà Nội trong kế hoạch 138?", "vi", "☎️ 02433.525.662"),
    ("tong dai qg bao ve tre em so may", "vi", "☎️ 111"),     # "qg": quốc gia
])
def test_a_number_asked_for_a_purpose_is_the_hotline(kb, question, lang, first):
    opens_with(question, kb, first, lang)


@pytest.mark.parametrize("question", [
    "tổng đài điện lực số mấy", "so dien thoai cong ty cap nuoc ha noi",
    # an office named is whose number is asked: not the social work centre's for "trung tâm"
    "so dien thoai trung tam y te ha noi",
])
def test_a_number_of_an_organisation_the_plans_do_not_name_is_declined(kb, question):
    result = answer(question, kb)
    assert not result.answered and not strip_html(result.text).startswith("☎️"), result.text


@pytest.mark.parametrize("question", ["goi tong dai 111 co mat phi ko", "Is the 111 hotline free to call?"])
def test_what_a_call_costs_is_not_answered_by_the_number_alone(kb, question):
    # the shipped plans give 111 but never say what a call costs: said so, the number offered
    result = answer(question, kb)
    text = strip_html(result.text)
    assert not result.answered and "111" in text and "mất phí" in text.split("\n")[0], text


@pytest.mark.parametrize("question,lang,count", [
    ("Kế hoạch Điện Biên Phủ chia mục tiêu cụ thể thành mấy nhóm?", "vi", "3 nhóm mục tiêu"),
    ("How many groups of specific goals does the Dien Bien Phu plan have?", "en", "3 groups of goals"),
    ("How many specific goals does Hanoi's plan 138 set?", "en", "4 goals"),   # a qualifier inside the cue
])
def test_goals_are_counted_in_the_questions_word(kb, question, lang, count):
    first = strip_html(answer(question, kb, lang=lang).text).split("\n")[0]
    assert count in first, first


@pytest.mark.parametrize("question,lang,first", [
    # what an indicator is: its own words stated, not only quoted
    ("chỉ tiêu 12 Hà Nội nói về vấn đề gì", "vi", "Chỉ tiêu 12: Phần đầu 100% trẻ em gặp thiên tai"),
    ("What is indicator 5 of Can Tho's plan?", "en", "Indicator 5: Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng"),
    # English words of the genre
    ("Which offices coordinate on indicator 14 of Ha Noi's plan 138?", "en", "The plan names no partner agency"),
    ("What is the reference number of Ha Noi's 2024 plan?", "en", "6203/KH-UBND"),
    ("How much should overweight and obesity reach in 2025 according to Can Tho?", "en", "down to under 5%"),
    # "kh" alone is "kế hoạch"
    ("kh 608 can tho ky ngay nao", "vi", "18/3/2021"),
])
def test_what_an_indicator_is_and_genre_words_in_english(kb, question, lang, first):
    opens_with(question, kb, first, lang)


@pytest.fixture(scope="module")
def kb_round8(tmp_path_factory, suite_plans_dir):
    """The shipped plans and blind round 8's (a DOCX whose targets are Word-numbered)."""
    return _with_round_plan(tmp_path_factory, suite_plans_dir, "round8/new_plan.docx")


@pytest.mark.parametrize("question,first", [
    # "biết bơi" (swim) is not "ảnh hưởng bởi bão" (by), though both fold to "boi"
    ("Chỉ tiêu về trẻ em biết bơi của Quảng Ngãi do sở nào chủ trì?", "Chủ trì: Sở Văn hóa, Thể thao và Du lịch"),
    # "mà", "đặt ra" ask nothing
    ("Tỷ lệ trẻ em 6–15 tuổi biết bơi mà Quảng Ngãi đặt ra cho năm 2030?", "đạt 62% (2030)"),
])
def test_the_indicator_typed_with_its_accents_is_the_one_answered(kb_round8, question, first):
    opens_with(question, kb_round8, first)


@pytest.mark.parametrize("question", [
    # a figure asked for a year: a task about the same words states neither
    "quang ngai chi tieu ty le tre bi xam hai nam 2030 la bao nhieu",
    "What is the Quang Ngai target for child labour in 2030?",
    # "sơ sinh" (newborn) is not "dưới 1 tuổi"
    "Kế hoạch Quảng Ngãi đặt chỉ tiêu tử vong trẻ sơ sinh năm 2025 là bao nhiêu?",
])
def test_a_figure_the_plan_does_not_set_is_not_answered_with_something_near(kb_round8, question):
    result = answer(question, kb_round8)
    assert not result.answered, result.text


@pytest.mark.parametrize("question,first", [
    # the year asked chooses the metric first: 2030's figure, though its clause's words differ
    ("ct 9 qngai nam 2030 tu vong do tntt la bn", "dưới 13/100.000 trẻ em (2030)"),
    # "qngai": a place's short form in phone typing ("quảng ngãi"), not a typo of "ngai"
    ("sdt ttctxh qngai", "☎️ 0255.3718.222"),
])
def test_a_year_and_a_place_typed_short_find_their_fact(kb_round8, question, first):
    opens_with(question, kb_round8, first)


@pytest.mark.parametrize("question,lang,first", [
    # two plans hold the Action Month: the campaign named twice must not cut the year in two
    ("thang hanh dong vi tre em 2020 ha noi dien ra tu ngay nao den ngay nao", "vi", "Từ 01/6/2020 đến 30/6/2020"),
    # "yêu cầu … trước ngày nào" asks a deadline, "send", "before which date" in English
    ("Kế hoạch năm 2024 của Hà Nội về Chỉ thị 28 yêu cầu báo cáo trước ngày nào?", "vi", "Hà Nội · Kế hoạch 6203/KH-UBND: 15/12"),
    ("Hanoi Action Month 2020: by when did districts have to send their plans?", "en", "Hà Nội · Thực hiện Tháng hành động vì trẻ em năm 2020: May 20, 2020"),
])
def test_deadlines_and_campaign_dates_asked_in_other_words(kb_with_budget, question, lang, first):
    opens_with(question, kb_with_budget, first, lang)


@pytest.mark.parametrize("question,lang,first", [
    # a check in English with no "right?" at its end
    ("Is Hanoi's indicator 14 target for 2025 98.5%?", "en", "Yes, reach 98.5% (2025)"),
    ("Is Hanoi's indicator 14 target for 2025 90%?", "en", "No, reach 98.5% (2025)"),
])
def test_an_english_check_without_right_is_a_check(kb, question, lang, first):
    opens_with(question, kb, first, lang)


@pytest.mark.parametrize("question,said", [
    ("chỉ tiêu 40 Hà Nội là gì", "Hà Nội · Kế hoạch 138/KH-UBND: không có chỉ tiêu 40; kế hoạch đánh số các chỉ tiêu từ 1 đến 24."),
    ("chi tieu 99 can tho nam 2025", "Cần Thơ · Quyết định 608/QĐ-UBND: không có chỉ tiêu 99; kế hoạch đánh số các chỉ tiêu từ 1 đến 24."),
])
def test_an_indicator_number_the_plan_lacks_is_said_so_with_its_range(kb, question, said):
    result = answer(question, kb)
    assert not result.answered and strip_html(result.text).startswith(said), result.text


@pytest.mark.parametrize("question,first", [
    # who partners: the partners first, or that the plan names none (not the lead as if it were)
    ("chi tieu 22 ke hoach 138 nhung co quan nao phoi hop", "Phối hợp: Sở Giáo dục và Đào tạo"),
    ("cac co quan phoi hop chi tieu 3 ha noi", "Kế hoạch không nêu cơ quan phối hợp cho chỉ tiêu này."),
    # who leads: the lead first
    ("chỉ tiêu 14 Hà Nội ai chủ trì", "Chủ trì: Sở Tư pháp"),
])
def test_who_partners_is_answered_with_the_partners(kb, question, first):
    opens_with(question, kb, first)


@pytest.mark.parametrize("question,first", [
    # "target 14" in English is indicator 14
    ("Who leads target 14 in Hanoi?", "Lead: Sở Tư pháp"),
    ("What is target 5 of Can Tho in 2025?", "reach 97% (2025)"),
])
def test_a_target_named_by_its_number_in_english_is_that_indicator(kb, question, first):
    opens_with(question, kb, first, "en")


def test_the_yearly_report_asked_of_a_plan_named_is_not_its_six_month_report(kb_round8):
    # "theo kế hoạch của …" names the plan; it asks no deadline to make a plan
    opens_with("Báo cáo năm gửi về cơ quan nào, hạn ngày nào theo kế hoạch của Quảng Ngãi?", kb_round8,
               "Quảng Ngãi · Kế hoạch 117/KH-UBND: 10/12")


@pytest.mark.parametrize("question,first", [
    # how long a programme runs is its period; when a campaign ends, its dates
    ("khi nao ket thuc chuong trinh can tho", "2021-2030 — Cần Thơ · Quyết định 608/QĐ-UBND"),
    ("chương trình của Cần Thơ kéo dài đến năm nào", "2021-2030 — Cần Thơ · Quyết định 608/QĐ-UBND"),
    ("thang hanh dong vi tre em 2020 ha noi keo dai tu ngay nao den ngay nao", "Từ 01/6/2020 đến 30/6/2020"),
    ("Kế hoạch tháng hành động vì trẻ em 2020 của Hà Nội bắt đầu từ ngày nào?", "Từ 01/6/2020 đến 30/6/2020"),
])
def test_when_a_programme_ends_is_its_period(kb, question, first):
    opens_with(question, kb, first)


@pytest.mark.parametrize("question,lang,first", [
    # the words asking for the answer's slot are no topic the answer must cover
    ("Tổng số chỉ tiêu trong quyết định 608 của Cần Thơ?", "vi", "Cần Thơ · Quyết định 608/QĐ-UBND: 24 chỉ tiêu"),
    ("Which offices support indicator 14 in Hanoi's plan 138?", "en", "The plan names no partner agency"),
    ("Sở nào chịu trách nhiệm chính về tỷ lệ trẻ em được đăng ký khai sinh ở Hà Nội?", "vi", "Chủ trì: Sở Tư pháp"),
    # and the signer is stated before the plan it signed
    ("Lãnh đạo nào ký quyết định 608 của Cần Thơ?", "vi", "Người ký: Dương Tân Hiển (Phó Chủ tịch) — Cần Thơ"),
])
def test_the_words_asking_for_a_slot_are_not_a_topic(kb, question, lang, first):
    opens_with(question, kb, first, lang)


@pytest.fixture(scope="module")
def kb_round10(tmp_path_factory, suite_plans_dir):
    """The shipped plans and blind round 10's (a text PDF: targets in a landscape appendix
    table; a reporting section with three dated reports in two sentences)."""
    return _with_round_plan(tmp_path_factory, suite_plans_dir, "round10/new_plan.pdf")


@pytest.mark.parametrize("question,lang,first", [
    # "Sở X tổng hợp, báo cáo UBND tỉnh và Bộ … trước ngày 25 tháng 12": the clause cut at the
    # comma had lost who reports and how; the office named reports by its own deadline
    ("Sở LĐTBXH Sóc Trăng phải tổng hợp báo cáo gửi Bộ trước ngày nào?", "vi", "Sóc Trăng · Kế hoạch 187/KH-UBND: 25/12"),
    ("By when must Sóc Trăng's labour department send the consolidated report to the province and the ministry each year?",
     "en", "Sóc Trăng · Kế hoạch 187/KH-UBND: December 25"),
    ("hạn báo cáo năm của các sở ở Sóc Trăng", "vi", "Sóc Trăng · Kế hoạch 187/KH-UBND: 10/12"),
    ("Sóc Trăng báo cáo 6 tháng trước ngày nào", "vi", "Sóc Trăng · Kế hoạch 187/KH-UBND: 15/6"),
    # what the plan tells people to call: the numbers it lists, not "none for this office"
    ("What number does the Sóc Trăng plan tell people to call when a child is abused?", "en", "☎️ 111"),
])
def test_the_deadline_or_number_asked_is_stated_first(kb_round10, question, lang, first):
    opens_with(question, kb_round10, first, lang)


def test_who_signed_is_told_with_the_period_the_plan_covers(kb):
    reply = strip_html(answer("Kế hoạch của Cần Thơ áp dụng giai đoạn nào và ai ký?", kb).text)
    assert reply.startswith("Người ký: Dương Tân Hiển") and "\nGiai đoạn: 2021-2030" in reply, reply


@pytest.mark.parametrize("question,lang,first", [
    # how far apart two plans' figures are ("chênh nhau"): a comparison, its words no topic
    ("HIV me sang con 2030 ST vs CT chenh nhau ko", "vi", "Cần Thơ · Quyết định 608/QĐ-UBND — Chỉ tiêu 6: 2% (2030)"),
    # "HN 138": a plan's number after its place's name names that plan alone
    ("han bao cao hang nam HN 138 vs dien bien phu", "vi", "Thời hạn theo từng kế hoạch:\nĐiện Biên Phủ"),
    # a ceiling asked is the target, the word no topic
    ("What is Sóc Trăng's 2030 ceiling for lower-secondary dropout?", "en", "< 0.5% (2030)"),
])
def test_comparing_words_and_bare_plan_numbers(kb_round10, question, lang, first):
    opens_with(question, kb_round10, first, lang)
    if "138" in question:
        reply = answer(question, kb_round10).text
        assert "6203" not in reply and "Tháng hành động" not in reply, reply


def test_the_quality_of_staff_is_no_question_about_their_pay(kb):
    # "chất lượng của cán bộ" folds to "chat luong cua can bo": "lượng", not "lương"
    assert answer("nâng cao chất lượng của cán bộ làm công tác trẻ em ở Hà Nội", kb).intent != "off_topic"


@pytest.mark.parametrize("question", [
    # "gửi"/"nộp" ask what a report does by the date: no subject the deadline must cover
    "Điện Biên Phủ: báo cáo hằng năm phải gửi trước ngày nào?",
    # the office the reports go to is stated beside the date, when the plan names it
    "Điện Biên Phủ báo cáo định kỳ trước ngày nào và gửi cho phòng nào?",
])
def test_a_deadline_states_its_date_and_where_reports_go(kb, question):
    reply = strip_html(answer(question, kb).text)
    first = reply.split("\n", 1)[0]
    assert answer(question, kb).answered and first.endswith(": 20/11 — báo cáo hằng năm — gửi Phòng Lao động - Thương binh và Xã hội"), reply


@pytest.mark.parametrize("question", [
    # a goal named as a group by its topic: its own count, not the plan's total; "bảo vệ" is
    # kept beside "bao nhiêu chỉ tiêu" (the count's cue words are cut where they stand)
    "nhom muc tieu bao ve tre em cua can tho co bao nhieu chi tieu",
    "Nhóm bảo vệ trẻ em của Cần Thơ gồm mấy chỉ tiêu?",
])
def test_a_group_named_by_its_topic_is_counted(kb, question):
    opens_with(question, kb, "Cần Thơ · Quyết định 608/QĐ-UBND: Mục tiêu 2 (")
    # (a small count in two digits, as the plan writes "(07 chỉ tiêu)" and every count reply states it)
    assert "có 07 chỉ tiêu" in strip_html(answer(question, kb).text)


@pytest.fixture(scope="module")
def kb_round5_text(tmp_path_factory, suite_plans_dir):
    """The shipped plans and blind round 5's plan as text (Lâm Đồng: two offices' tasks in
    one numbered paragraph, "Sở Tài chính …; Sở Kế hoạch và Đầu tư …")."""
    return _with_round_plan(tmp_path_factory, suite_plans_dir, "round5/new_plan.txt")


def test_an_office_named_inside_anothers_paragraph_is_told_its_clause(kb_round5_text):
    opens_with("Trong kế hoạch Lâm Đồng, Sở Kế hoạch và Đầu tư làm gì?", kb_round5_text,
               "Lâm Đồng · Kế hoạch 7342/KH-UBND — Sở Kế hoạch và Đầu tư\n"
               "• Sở Kế hoạch và Đầu tư bố trí vốn đầu tư công cho các công trình dành cho trẻ em")


def test_a_campaign_another_places_plan_holds_does_not_answer_for_the_place_named(kb_round10):
    # Hà Nội's 2020 plan holds "Tháng hành động vì trẻ em"; the question names Sóc Trăng
    reply = answer("Theo kế hoạch Sóc Trăng, Tháng hành động vì trẻ em tổ chức từ ngày nào đến ngày nào?", kb_round10)
    assert "Hà Nội" not in reply.text and "2020" not in reply.text, reply.text


@pytest.mark.parametrize("question,lang,first", [
    # the condition before "thì" says when to call, not whose number
    ("lam dong phat hien tre bi xam hai thi goi so nao", "vi", "☎️ 111"),
    ("What is the national child protection hotline mentioned in the Hanoi plans?", "en", "☎️ 111"),
])
def test_a_call_for_a_purpose_gets_the_numbers(kb_round5_text, question, lang, first):
    opens_with(question, kb_round5_text, first, lang)


def test_when_a_campaign_is_held_is_its_dates(kb):
    opens_with("Tháng hành động vì trẻ em năm 2020 của Hà Nội được tổ chức vào thời gian nào?", kb,
               "Từ 01/6/2020 đến 30/6/2020 — Tháng hành động vì trẻ em năm 2020")


@pytest.mark.parametrize("question", [
    # "để thực hiện" says why the office works with others, it is no topic to cover
    "Sở Lao động Hà Nội phối hợp với những cơ quan nào để thực hiện chỉ tiêu 23?",
    "so ldtbxh ha noi phoi hop voi ai de thuc hien chi tieu 23",
])
def test_who_an_office_works_with_on_an_indicator_is_its_partners(kb, question):
    opens_with(question, kb, "Phối hợp: Sở Giáo dục và Đào tạo")


@pytest.mark.parametrize("question, first", [
    # a result offered to be held to the target ("đạt 99% năm 2025" in Cần Thơ's plan) …
    ("Cần Thơ: năm 2025 tỷ lệ khai sinh đạt 99,5% thì có đạt chỉ tiêu 14 không?", "Đúng, đạt 99% (2025)"),
    ("Cần Thơ: năm 2025 tỷ lệ khai sinh đạt 98% thì có đạt chỉ tiêu 14 không?", "Không, đạt 99% (2025)"),
    # … and a figure offered as the target itself
    ("Cần Thơ chỉ tiêu 14 năm 2025 có phải 99,5% không?", "Không, đạt 99% (2025)"),
])
def test_a_result_is_held_to_the_target_by_its_comparator(kb, question, first):
    opens_with(question, kb, first)


@pytest.mark.parametrize("question", [
    "Mộc Châu commune: who leads indicator 1?",
    "xã Tả Van chỉ tiêu 14 năm 2030?",
    "Sa Pa ward: which unit leads indicator 14?",
])
def test_a_commune_or_ward_without_a_plan_is_no_other_places(kb, question):
    reply = answer(question, kb)
    assert not reply.answered and reply.intent == "unknown_place", reply.text


@pytest.mark.parametrize("question", [
    # "vùng xa" is a remote area, no commune typed without accents (a reviewer's question)
    "Hà Nội: trẻ em ở vùng sâu, vùng xa Mường Tè được hỗ trợ gì?",
    "Ha Noi uu tien tre em vung xa Tay Bac the nao?",
])
def test_a_remote_area_is_no_commune(kb, question):
    assert answer(question, kb).intent != "unknown_place"


def test_the_unit_of_an_indicator_is_no_question_of_which_office(kb):
    # "đơn vị nào" is "which office" unless it is "tính theo đơn vị nào" (measured in what)
    opens_with("Chỉ tiêu 11 Hà Nội tính theo đơn vị nào?", kb, "Chỉ tiêu 11: Giảm tỷ suất trẻ em bị tai nạn thương tích")
    assert "100/100.000 trẻ em" in strip_html(answer("Chỉ tiêu 11 Hà Nội tính theo đơn vị nào?", kb).text)


@pytest.mark.parametrize("question,first,not_said", [
    # a result the plan reports for 2020 (its "Thực hiện năm 2020" column) answers 2020, said so
    ("Năm 2020 Sóc Trăng tiêm chủng đầy đủ cho trẻ dưới 1 tuổi đạt bao nhiêu phần trăm?",
     "94,6% (đã đạt năm 2020) — Tỷ lệ trẻ em dưới 1 tuổi", "96"),
    ("Năm 2020 Sóc Trăng có bao nhiêu xã, phường có điểm vui chơi cho trẻ em?", "62 xã/phường (đã đạt năm 2020)", "80"),
    # … and is never stated as a target
    ("chỉ tiêu 4 Sóc Trăng", "≥ 96% (2025); ≥ 98% (2030)", "94,6"),
    # the unit a question names ("trên 100.000 trẻ") is the indicator's, no passage's
    ("Sóc Trăng đặt mức tai nạn thương tích trẻ em năm 2030 là bao nhiêu trên 100.000 trẻ?",
     "≤ 430/100.000 trẻ em (2030) — Tỷ suất trẻ em bị tai nạn thương tích", "480"),
])
def test_results_a_plan_reports_answer_their_year_only(kb_round10, question, first, not_said):
    opens_with(question, kb_round10, first)
    assert not_said not in stated(answer(question, kb_round10).text)


@pytest.mark.parametrize("question,lang,first", [
    # the reviews a plan dates ("sơ kết vào năm 2025 và tổng kết vào năm 2030"), the one asked first
    ("ha noi so ket va tong ket ke hoach 138 vao nam nao", "vi", "Sơ kết: 2025; tổng kết: 2030 — Hà Nội · Kế hoạch 138/KH-UBND"),
    ("When will Hanoi hold the final review of Plan 138?", "en", "Final review: 2030; mid-term review: 2025 — Hà Nội"),
    ("Cần Thơ sơ kết chương trình hành động vì trẻ em vào năm nào?", "vi", "Sơ kết: 2025"),
])
def test_the_reviews_a_plan_dates_are_stated(kb, question, lang, first):
    opens_with(question, kb, first, lang)


@pytest.mark.parametrize("text,expected", [
    ("Tham mưu UBND tỉnh tổ chức sơ kết giai đoạn 2021 - 2025 vào quý I năm 2026 và tổng kết Kế hoạch vào quý IV năm 2030.",
     [("so ket", "quy i nam 2026"), ("tong ket", "quy iv nam 2030")]),
    ("Báo cáo sơ kết giai đoạn 2021 - 2025 gửi trước ngày 31 tháng 10 năm 2025; tổng kết vào năm 2030.",
     [("so ket", "truoc ngay 31 thang 10 nam 2025"), ("tong ket", "nam 2030")]),
    ("Tiến hành sơ kết, tổng kết, đánh giá, khen thưởng.", []),   # no date: nothing
    # the review's year and the day its report is due, both
    ("Sơ kết giữa kỳ vào năm 2028 (báo cáo trước ngày 30/9/2028); tổng kết vào năm 2030 (báo cáo trước ngày 30/10/2030).",
     [("so ket", "nam 2028"), ("so ket", "truoc ngay 30 9 2028"), ("tong ket", "nam 2030"),
      ("tong ket", "truoc ngay 30 10 2030")]),
])
def test_review_dates_are_read_from_their_clause(text, expected):
    from types import SimpleNamespace

    from knowledge.answer.deadlines import plan_reviews

    plan = SimpleNamespace(passages=[SimpleNamespace(text=text, section="IV")])
    assert [(e, w) for e, w, _c, _s in plan_reviews(plan)] == expected


@pytest.mark.parametrize("question, first", [
    # a day asked: the day the review's report is due, before the review's year
    ("Báo cáo tổng kết của Hòa Sơn phải nộp trước ngày nào?", "Tổng kết: 30/10/2030; tổng kết: 2030"),
    ("Hòa Sơn tổng kết kế hoạch vào năm nào?", "Tổng kết: 2030; tổng kết: 30/10/2030"),
])
def test_a_day_asked_of_a_review_is_its_reports_day(tmp_path, question, first):
    from tests.test_parse_any_marker import _first_line, _kb_of

    plan = tmp_path / "hoason-kh412-2026.txt"
    plan.write_text("\n".join([
        "ỦY BAN NHÂN DÂN TỈNH HÒA SƠN", "Số: 412/KH-UBND Hòa Sơn, ngày 16 tháng 01 năm 2026", "KẾ HOẠCH",
        "Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2026 - 2030",
        "I. MỤC TIÊU", "1. Chỉ tiêu 1. Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh đạt 99% năm 2030.",
        "II. TỔ CHỨC THỰC HIỆN",
        "- Sơ kết giữa kỳ vào năm 2028 (báo cáo trước ngày 30/9/2028); tổng kết vào năm 2030 (báo cáo trước ngày 30/10/2030).",
        "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]) + "\n", encoding="utf-8")
    assert _first_line(question, _kb_of(tmp_path, plan)).startswith(first)


def test_plans_and_results_asked_together_are_both_stated(kb):
    said = stated(answer("Hanoi 2020 Action Month: deadline for districts to send plans and results?", kb).text)
    assert "20/5/2020" in said and "15/7/2020" in said, said


def test_a_count_asked_of_a_law_is_not_answered_by_a_passage_naming_it(kb):
    # the passage names "Luật Trẻ em năm 2016" and "Nghị định số 56/2017/NĐ-CP": no figure
    assert not answer("luat tre em 2016 co bao nhieu dieu", kb).answered


@pytest.mark.parametrize("question,lang,first", [
    # the plan named after "với" is the plan, its title words no topic
    ("Sở Tài chính Cần Thơ có trách nhiệm gì với Chương trình hành động vì trẻ em?", "vi",
     "Cần Thơ · Quyết định 608/QĐ-UBND — Sở Tài chính"),
    # the Prime Minister's decision is the "TTg" one
    ("Which Prime Minister's decision does Hanoi plan 138 implement?", "en", "implements Quyết định 23/QĐ-TTg"),
])
def test_naming_words_are_no_topic(kb, question, lang, first):
    opens_with(question, kb, first, lang)


@pytest.mark.parametrize("question,number", [
    # "for reporting child abuse" is what the call is for, not whose number
    ("Which hotline numbers does Hanoi plan 138 promote for reporting child abuse?", "111"),
    # "besides 111" asks the others: no organisation named
    ("Besides 111, what emergency child-protection hotline is given in Hanoi's 2024 plan?", "0243.22.33.111"),
])
def test_hotlines_asked_in_english_are_given(kb, question, number):
    result = answer(question, kb, lang="en")
    assert result.answered and f"☎️ {number} " in strip_html(result.text), result.text


@pytest.fixture(scope="module")
def kb_round11(tmp_path_factory, suite_plans_dir):
    """The shipped plans and blind round 11's (a DOCX whose targets are grouped by year)."""
    return _with_round_plan(tmp_path_factory, suite_plans_dir, "round11/new_plan.docx")


@pytest.mark.parametrize("question,first", [
    # "tỉnh" goes with the place, "không vượt quá" asks the plan's ceiling: neither is a topic
    ("Đến 2030, tỉnh Phú Thọ muốn tỷ lệ trẻ dưới 5 tuổi thấp còi không vượt quá bao nhiêu?", "không quá 15,6% (2030)"),
    # "lần lượt" (respectively) asks both years
    ("Kế hoạch 3127 của Phú Thọ: tiêm chủng đầy đủ cho trẻ dưới 1 tuổi năm 2025 và 2030 lần lượt là bao nhiêu?",
     "đạt ít nhất 96,5% (2025); Trên 98,3% (2030)"),
    # "thay đổi thế nào từ 2025 đến 2030" compares the years: the change, then each figure
    ("Chỉ tiêu trẻ em bị xâm hại của Phú Thọ thay đổi thế nào từ 2025 đến 2030?",
     "Từ năm 2025 đến năm 2030: giảm 0,13 điểm phần trăm (0,45% → 0,32%)\n"
     "giảm xuống dưới 0,45% (2025); dưới 0,32% (2030)"),
    # "kế hoạch trẻ em" names the plan: the genre's own words are no subject of a deadline
    ("Báo cáo năm theo kế hoạch trẻ em của Phú Thọ phải gửi trước ngày nào?", "Phú Thọ · Kế hoạch 3127/KH-UBND: 10/12"),
])
def test_asking_and_naming_words_of_a_target_question(kb_round11, question, first):
    opens_with(question, kb_round11, first)


@pytest.mark.parametrize("question,first", [
    # a goal named by its topic: who leads its indicators, the goal's words beside its number
    ("ai chu tri cac muc tieu cham soc suc khoe, dinh duong trong ke hoach cua phu tho?",
     "Chủ trì các chỉ tiêu của Mục tiêu 1 (Về chăm sóc sức khỏe, dinh dưỡng): Sở Y tế"),
    # … and who works with the office that leads it, partners first
    ("Sở Y tế Phú Thọ phối hợp với những cơ quan nào để thực hiện mục tiêu sức khỏe, dinh dưỡng?",
     "Phối hợp: Sở Giáo dục và Đào tạo, Hội Liên hiệp Phụ nữ"),
    ("Tỉnh đoàn Phú Thọ phối hợp với ai thực hiện mục tiêu về sự tham gia của trẻ em?",
     "Phối hợp: Sở Lao động - Thương binh và Xã hội, Sở Giáo dục và Đào tạo"),
])
def test_a_goal_named_by_its_topic_has_its_leads_and_partners(kb_round11, question, first):
    opens_with(question, kb_round11, first)


@pytest.mark.parametrize("question,first", [
    # a plan grouped by year: "mục tiêu cụ thể đến năm 2025" are that year's targets
    ("Kế hoạch Phú Thọ có bao nhiêu mục tiêu cụ thể đến năm 2025?",
     "Phú Thọ · Kế hoạch 3127/KH-UBND: 16 chỉ tiêu có mức cho năm 2025 (trên tổng số 18)"),
    ("Nhóm mục tiêu bảo vệ trẻ em năm 2025 của Phú Thọ gồm mấy chỉ tiêu?",
     "Phú Thọ · Kế hoạch 3127/KH-UBND: Mục tiêu 2 (Về bảo vệ trẻ em): 5 chỉ tiêu có mức cho năm 2025"),
])
def test_a_count_asked_for_a_year_counts_that_years_targets(kb_round11, question, first):
    opens_with(question, kb_round11, first)


def test_funding_of_another_period_is_not_stated(kb_round11):
    # the plan budgets 2021-2025 only: its 18.650 triệu đồng is no answer for 2026-2030
    reply = answer("kinh phi giai doan 2026-2030 cua ke hoach phu tho la bao nhieu", kb_round11)
    assert not reply.answered or "18.650 triệu đồng" not in strip_html(reply.text).split("«")[0], reply.text


def test_where_reports_go_is_answered_by_the_deadline_that_says_it(kb_round11):
    opens_with("Các huyện ở Phú Thọ gửi báo cáo kết quả thực hiện kế hoạch về cơ quan nào?", kb_round11,
               "Phú Thọ · Kế hoạch 3127/KH-UBND: 15/6 — báo cáo 6 tháng — gửi Sở Lao động - Thương binh và Xã hội")


@pytest.mark.parametrize("question,lang,first", [
    # the lead guides the others in carrying a target out
    ("Chỉ tiêu tiêm chủng trong chương trình của Cần Thơ do ai hướng dẫn thực hiện?", "vi", "Chủ trì: Sở Y tế"),
    # an office named in English order
    ("What is Can Tho's finance department responsible for under the programme?", "en",
     "Cần Thơ · Quyết định 608/QĐ-UBND — Sở Tài chính"),
    # how long a named campaign runs is its dates, not a deadline
    ("How long did the 2020 Action Month run in Hanoi?", "en", "From June 1, 2020 to June 30, 2020"),
])
def test_who_guides_what_an_office_does_how_long_a_campaign_runs(kb, question, lang, first):
    opens_with(question, kb, first, lang)


@pytest.fixture(scope="module")
def kb_round12(tmp_path_factory, suite_plans_dir):
    """The shipped plans and blind round 12's (a text PDF, targets numbered 2.1–2.17)."""
    return _with_round_plan(tmp_path_factory, suite_plans_dir, "round12/new_plan.pdf")


@pytest.mark.parametrize("question,first", [
    # a plan that numbers its targets within their section is answered in its own numbers
    ("Sở Lao động - Thương binh và Xã hội Nam Định chủ trì những chỉ tiêu nào?",
     "Chủ trì 05 chỉ tiêu: 2.4, 2.5, 2.6, 2.10, 2.17 — Nam Định"),
    # and "chỉ tiêu 2.5" is its 5th, whose reply names it "Chỉ tiêu 2.5"
    ("chỉ tiêu 2.5 Nam Định", "ở mức dưới 1,2% (2025, duy trì)"),
])
def test_targets_numbered_within_their_section_keep_their_numbers(kb_round12, question, first):
    opens_with(question, kb_round12, first)
    assert "Chỉ tiêu 2." in strip_html(answer(question, kb_round12).text)


@pytest.mark.parametrize("question,first", [
    # "Nam Định" holds "nam" (a year's word): the 6-month report asked is not the yearly one
    ("Hạn báo cáo 6 tháng theo kế hoạch 156 Nam Định?", "Nam Định · Kế hoạch 156/KH-UBND: 15/6"),
    ("hạn báo cáo năm Nam Định", "Nam Định · Kế hoạch 156/KH-UBND: 10/12"),
])
def test_the_kind_of_deadline_is_read_without_the_places_name(kb_round12, question, first):
    opens_with(question, kb_round12, first)


@pytest.mark.parametrize("question,lang,said_first", [
    # a fine asked: a passage on birth registration "đúng hạn", or a deadline, would be a
    # confident wrong answer (blind rounds 13 and 14)
    ("Mức phạt khi không đăng ký khai sinh cho con đúng hạn là bao nhiêu?", "vi", "Các kế hoạch không quy định mức phạt"),
    ("khong dang ky khai sinh cho con o ha noi bi phat bao nhieu tien", "vi", "Các kế hoạch không quy định mức phạt"),
    ("Ha Noi: what fine does a parent pay for hitting a child?", "en", "The plans do not set fines"),
])
def test_a_fine_asked_is_declined_saying_the_plans_set_none(kb, question, lang, said_first):
    declines_with(question, kb, said_first, lang)


@pytest.mark.parametrize("question,lang,said_first", [
    # Cần Thơ's plan names no transport department: its "giao" must not find the Department
    # of Education ("giáo" folds to the same word) and answer with its indicators
    ("Kế hoạch của Cần Thơ giao Sở Giao thông vận tải chủ trì chỉ tiêu nào?", "vi",
     "Cần Thơ · Quyết định 608/QĐ-UBND không nêu Sở Giao thông vận tải."),
    ("Which indicators does the Department of Transport lead in Can Tho?", "en", "Cần Thơ"),
])
def test_an_agency_the_plan_asked_about_never_names_is_said_so(kb, question, lang, said_first):
    declines_with(question, kb, said_first, lang)


def test_an_agency_the_plan_names_is_still_answered(kb):
    opens_with("Kế hoạch 138 Hà Nội giao Sở Giao thông vận tải nhiệm vụ gì?", kb, "Hà Nội · Kế hoạch 138/KH-UBND — Sở Giao thông vận tải")


@pytest.mark.parametrize("question", [
    # what an office is assigned, asked as "được giao gì" / "có vai trò gì": its tasks, not a
    # target whose words hold "giao" (mẫu giáo) or none
    "Sở Giao thông vận tải Hà Nội được giao gì trong Kế hoạch 138?",
    "Sở Giao thông vận tải có vai trò gì trong Kế hoạch 138 Hà Nội?",
])
def test_what_an_office_is_assigned_is_its_tasks(kb, question):
    opens_with(question, kb, "Hà Nội · Kế hoạch 138/KH-UBND — Sở Giao thông vận tải")


@pytest.mark.parametrize("question,expected", [
    # English words of the genre are read ("safely", "supported"), English function words
    # carry no topic ("able"): the figure is stated, not declined
    ("What share of children aged 6 and over in Nam Dinh should be able to swim safely by 2030?", "reach 60%"),
    ("Nam Dinh: by 2025, what share of abused children should be supported in time?", "100%"),
])
def test_an_english_question_in_plain_words_is_answered(kb_round12, question, expected):
    opens_with(question, kb_round12, expected, "en")


@pytest.mark.parametrize("question,first", [
    # "ban hành kèm theo quyết định số mấy": the decision the programme is attached to is its
    # own number, not the documents it carries out ("theo … quyết định" read as "under")
    ("Chương trình hành động vì trẻ em Cần Thơ được ban hành kèm theo quyết định số mấy?", "608/QĐ-UBND"),
    # "của UBND tỉnh" names the referenced decision's author, no office; "qđ" is "quyết định"
    ("Kế hoạch Điện Biên Phủ căn cứ quyết định nào của UBND tỉnh?", "thực hiện Quyết định 333/QĐ-UBND"),   # (the issuer named: its decision only)
    ("kh dien bien phu can cu qd nao cua ubnd tinh", "thực hiện Quyết định 333/QĐ-UBND"),
])
def test_a_plans_own_number_and_the_documents_it_rests_on(kb, question, first):
    opens_with(question, kb, first)


def test_an_agencys_tasks_name_the_topics_it_leads(kb):
    # a task says "chủ trì chỉ tiêu 14" by number; the reply says what indicator 14 is about
    text = strip_html(answer("Sở Tư pháp Hà Nội có nhiệm vụ gì trong kế hoạch 138?", kb).text)
    lines = text.split("\n")
    assert lines[1].startswith("Chủ trì chỉ tiêu 14 (Tỷ lệ trẻ em dưới 5 tuổi đã được đăng ký"), text
    assert not any(line.startswith("• -") for line in lines), text     # one bullet, not "• -"


@pytest.mark.parametrize("question", [
    # "chỉ tiêu số mấy" after an office that leads: which indicators, not the plan's number
    "so tu phap ha noi chu tri chi tieu so may",
    "Sở Tư pháp Hà Nội chủ trì các chỉ tiêu số mấy?",
])
def test_which_numbered_indicators_an_office_leads(kb, question):
    opens_with(question, kb, "Chủ trì chỉ tiêu 14")


@pytest.mark.parametrize("question,not_said", [
    # a document the plans carry out is not the plan: its signer and date are not the plan's
    ("Thu tuong nao ky Quyet dinh 23/QD-TTg", "Người ký:"),
    ("Quyết định 23/QĐ-TTg ban hành ngày nào?", "18/3/2021"),     # Cần Thơ's own date
])
def test_a_document_the_plans_carry_out_is_not_answered_as_the_plan(kb, question, not_said):
    assert not_said not in strip_html(answer(question, kb).text)


def test_a_plan_named_by_what_it_carries_out_is_still_the_plan(kb):
    # the plan's signature block, whose name the scan lost: said so, of that plan
    text = strip_html(answer("Ai ký kế hoạch năm 2024 của Hà Nội triển khai Chỉ thị 28?", kb).text)
    assert text.startswith("Người ký:") and "6203" in text.split("\n")[0], text


@pytest.mark.parametrize("question,lang,both", [
    # "thấp hơn", "higher": which of two plans sets the lower or higher figure is a comparison,
    # its words no topic an indicator must have
    ("Năm 2030, Hà Nội hay Cần Thơ đặt chỉ tiêu tỷ lệ trẻ bị xâm hại thấp hơn?", "vi", ("Hà Nội", "Cần Thơ")),
    ("Which is higher for 2030: Hanoi's or Can Tho's target for birth registration?", "en", ("Hà Nội", "Cần Thơ")),
])
def test_which_of_two_plans_is_higher_or_lower_compares_them(kb, question, lang, both):
    result = answer(question, kb, lang=lang)
    assert result.answered and all(place in result.text for place in both), result.text[:300]


@pytest.mark.parametrize("question,lang", [
    # a passage under an office's heading ("1. Sở Lao động …" over "- Là cơ quan thường trực"):
    # the reply says whose duty it is, not only its source line
    ("ke hoach 2024 Ha Noi thuc hien Chi thi 28 thi co quan thuong truc la so nao", "vi"),
    ("Under Hanoi's 2024 plan for Directive 28, which department is the standing agency?", "en"),
])
def test_a_passage_says_the_heading_it_stands_under(kb, question, lang):
    result = answer(question, kb, lang=lang)
    first = fold(strip_html(result.text).split("\n")[0])
    assert result.answered and "lao dong" in first, result.text[:300]


def test_a_word_typed_with_its_accents_does_not_pick_an_indicator_by_another(kb):
    # "đuối nước" folds to "duoi nuoc", and "dưới 1 tuổi" holds "duoi": Hà Nội 138 sets no
    # drowning target, so its infant mortality target (dưới 1,5‰) is no answer
    result = answer("Kế hoạch 138 của Hà Nội đặt chỉ tiêu tử vong do đuối nước bao nhiêu?", kb)
    assert not result.answered or fold("1,5") not in stated(result.text), result.text[:300]


def test_a_campaign_theme_the_plan_does_not_give_is_said_so(kb_round16):
    # Thanh Hóa's plan holds the Action Month (its dates) but names no theme: said so, where
    # a target sharing a folded word ("chủ đề" → "đẻ") had answered
    result = answer("What is the theme of the Action Month for Children in the Thanh Hoa plan?", kb_round16,
                    lang="en")
    assert not result.answered and "no theme" in result.text, result.text[:300]


@pytest.fixture(scope="module")
def kb_round16(tmp_path_factory, suite_plans_dir):
    """The shipped plans and blind round 16's (DOCX, "+" targets, leads named by topic)."""
    return _with_round_plan(tmp_path_factory, suite_plans_dir, "round16/new_plan.docx")


@pytest.mark.parametrize("question,said", [
    # "chia các chỉ tiêu thành mấy nhóm" counts the groups, "chỉ tiêu" in it or not
    ("ke hoach ha noi 138 chia cac chi tieu thanh may nhom", "4 nhóm mục tiêu"),
    # both asked, both said
    ("kh 138 ha noi co bao nhieu chi tieu va may nhom", "24 chỉ tiêu; 04 nhóm mục tiêu"),
])
def test_groups_counted_when_asked(kb, question, said):
    assert said in strip_html(answer(question, kb).text).split("\n")[0]


def test_the_dates_asked_of_a_campaign_without_a_theme_are_given(kb_round16):
    # "kế hoạch … nói …": "nói" (says) is no topic; and the plan's missing theme is not what
    # a dates question is told
    opens_with("Kế hoạch của Thanh Hóa nói Tháng hành động vì trẻ em tổ chức từ ngày nào đến ngày nào?",
               kb_round16, "Hằng năm từ 01/6 đến 30/6")


def test_the_main_indicators_counted_are_the_plans_indicators(kb):
    # "chỉ tiêu chủ yếu" (main indicators) is how plans title them: no topic of its own
    assert "24 chỉ tiêu" in strip_html(answer("Kế hoạch 138 Hà Nội có bao nhiêu chỉ tiêu chủ yếu?", kb).text)


@pytest.fixture(scope="module")
def kb_round3(tmp_path_factory, suite_plans_dir):
    """The shipped plans and blind round 3's (Đồng Tháp: enrolment written "ra lớp")."""
    return _with_round_plan(tmp_path_factory, suite_plans_dir, "round3/new_plan.docx")


@pytest.mark.parametrize("question, lang, expected", [
    # enrolment is "đi học" in one plan, "ra lớp" in another (English "enrolment": "đi học")
    ("Đồng Tháp tỷ lệ trẻ 5 tuổi đi học mẫu giáo năm 2025?", "vi", "99,5%"),
    ("Dong Thap kindergarten enrolment target for 5-year-olds in 2025?", "en", "99.5%"),
])
def test_a_true_synonym_of_the_plans_word_finds_its_indicator(kb_round3, question, lang, expected):
    assert fold(expected) in said(question, kb_round3, lang).split("\n")[0]


@pytest.fixture(scope="module")
def kb_round14(tmp_path_factory, suite_plans_dir):
    """The shipped plans and blind round 14's (Vĩnh Long: "biết bơi an toàn")."""
    return _with_round_plan(tmp_path_factory, suite_plans_dir, "round14/new_plan.docx")


@pytest.mark.parametrize("question, lang", [
    # "kỹ năng bơi" / "swimming skills" / "can swim": what the plans call "biết bơi"
    ("Who leads the swimming-skills target in the Vinh Long plan?", "en"),
    ("ai chủ trì chỉ tiêu kỹ năng bơi của Vĩnh Long", "vi"),
])
def test_swimming_skills_are_the_plans_children_who_can_swim(kb_round14, question, lang):
    assert "van hoa" in said(question, kb_round14, lang).split("\n")[0]


@pytest.mark.parametrize("question, lang", [
    ("Cần Thơ chương trình hành động vì trẻ em có bao nhiêu chỉ tiêu?", "vi"),
    # the plans' own name in English is the programme, as in Vietnamese: no topic to cover
    ("How many indicators does the Can Tho programme of action for children have?", "en"),
])
def test_the_plans_own_name_asked_in_english_is_the_plan(kb, question, lang):
    assert "24" in said(question, kb, lang).split("\n")[0]


@pytest.mark.parametrize("question, lang, first", [
    # which of two plans sets the higher figure of one year, and by how much
    ("Chỉ tiêu 21 về điểm vui chơi năm 2025: Cần Thơ cao hơn Hà Nội bao nhiêu?", "vi",
     "Cần Thơ cao hơn Hà Nội: 80% so với 50%, chênh 30 điểm phần trăm"),
    # said of the plan asked about, the other after "so với"
    ("So với Cần Thơ, chỉ tiêu điểm vui chơi năm 2025 của Hà Nội cao hơn hay thấp hơn?", "vi",
     "Hà Nội thấp hơn Cần Thơ: 50% so với 80%, chênh 30 điểm phần trăm"),
    ("Play areas target 2025: is Hanoi higher or lower than Can Tho?", "en",
     "Hà Nội is lower than Cần Thơ: 50% against 80%, 30 percentage points apart"),
    # one indicator's two milestones: how it changes
    ("Tỷ lệ điểm vui chơi của Cần Thơ năm 2025 và 2030 chênh nhau bao nhiêu điểm phần trăm?", "vi",
     "Từ năm 2025 đến năm 2030: tăng 5 điểm phần trăm (80% → 85%)"),
])
def test_a_comparison_says_which_is_higher_and_by_how_much(kb, question, lang, first):
    opens_with(question, kb, first, lang)


@pytest.mark.parametrize("question", [
    # newborn deaths are not under-1 or under-5 deaths: a plan without the measure has no figure
    "Vĩnh Long tỷ suất tử vong trẻ sơ sinh năm 2030 là bao nhiêu?",
    "vinh long ty le tre suy dinh duong the nhe can nam 2025",
])
def test_a_measure_the_plan_does_not_set_is_not_answered_with_its_neighbour(kb_round14, question):
    result = answer(question, kb_round14)
    assert not result.answered, result.text


@pytest.fixture(scope="module")
def kb_round23(tmp_path_factory, suite_plans_dir):
    """The shipped plans and blind round 23's (Khánh Hòa 2026-2030: results of 2025 in
    brackets, leads and partners named by topic in the agencies' paragraphs)."""
    return _with_round_plan(tmp_path_factory, suite_plans_dir, "round23/new_plan.docx")


@pytest.mark.parametrize("question, lang, first", [
    # who works with an office on a target it leads: that target's partners, not the office's list
    ("Which body works with the Health Department on lowering the child abuse rate in Khanh Hoa?", "en",
     "In coordination with: Công an"),
    ("Ai phối hợp với Sở Y tế Khánh Hòa về tỷ lệ trẻ em bị xâm hại?", "vi", "Phối hợp: Công an"),
    # a result the plan reports for 2025, as written ("0,035%", never rounded), said to be one
    ("Tỷ lệ trẻ em bị xâm hại năm 2025 ở Khánh Hòa là bao nhiêu?", "vi", "0,035% (đã đạt năm 2025)"),
])
def test_round23_partners_and_results(kb_round23, question, lang, first):
    opens_with(question, kb_round23, first, lang)



@pytest.fixture(scope="module")
def kb_round22(tmp_path_factory, suite_plans_dir):
    """The shipped plans and blind round 22's (Quy Nhơn: targets in the agencies' parts, an
    office's own hotline, reductions "so với năm 2020")."""
    return _with_round_plan(tmp_path_factory, suite_plans_dir, "round22/new_plan.docx")


@pytest.mark.parametrize("question, lang, first", [
    # an office's own hotline, the office named by its abbreviation
    ("Đường dây nóng của Phòng LĐ-TBXH thành phố Quy Nhơn là số nào?", "vi", "☎️ 0256.3822.915"),
    # what the call is for ("báo tin trẻ bị xâm hại") names no organisation
    ("sdt bao tin tre bi xam hai o quy nhon", "vi", "☎️ 111"),
    # a reduction states the year it is measured from, one base closing the clause's chain
    ("By how much should child drowning deaths in Quy Nhon fall by 2025?", "en", "down by 12% compared with 2020 (2025)"),
    # English names of the offices and measures ("IMR": infant mortality rate)
    ("Quy Nhon IMR target for 2030?", "en", "no more than 7‰ (2030)"),
    ("What does the Quy Nhon Culture and Information Office have to do under the plan?", "en",
     "Quy Nhơn · Kế hoạch 214/KH-UBND — Phòng Văn hóa và Thông tin"),
])
def test_round22_contacts_bases_and_english_names(kb_round22, question, lang, first):
    opens_with(question, kb_round22, first, lang)


def test_a_lead_asked_with_a_years_figure_states_both(kb_round22):
    text = said("Theo kế hoạch của Quy Nhơn, tỷ lệ trẻ 6-15 tuổi biết bơi năm 2030 và cơ quan chủ trì?", kb_round22)
    lines = text.split("\n")
    assert lines[0].startswith(fold("Chủ trì: Phòng Giáo dục và Đào tạo")), lines[0]
    assert fold("• ít nhất 60% (2030)") in lines, lines


def test_a_change_from_a_year_states_where_it_starts_and_where_it_goes(kb_round23):
    # "so với năm 2025 … tăng từ bao nhiêu lên bao nhiêu": 2025 is the start, not the only year
    first = said("So với năm 2025, chỉ tiêu học bơi của Khánh Hòa tăng từ bao nhiêu lên bao nhiêu?",
                 kb_round23).split("\n")[0]
    assert "75%" in first and "58%" in first, first


@pytest.mark.parametrize("question, lang, first", [
    # who works with an office: the partners of the targets it leads, first
    ("ai phối hợp với Trung tâm Y tế Quy Nhơn", "vi",
     "Phối hợp với Trung tâm Y tế Thành phố: Phòng Y tế, Phòng Lao động - Thương binh và Xã hội"),
    ("Which bodies support the Quy Nhon health centre? Please give their Vietnamese names.", "en",
     "Working with Trung tâm Y tế Thành phố: Phòng Y tế"),
    # which targets an office partners: its own list, not who works with it
    ("Trung tâm Y tế Quy Nhơn phối hợp những chỉ tiêu nào", "vi", "Chủ trì 04 chỉ tiêu"),
])
def test_who_works_with_an_office_and_what_it_partners(kb_round22, question, lang, first):
    opens_with(question, kb_round22, first, lang)


def test_the_activities_an_office_runs_are_its_tasks(kb_round22):
    assert fold("Tháng hành động") in said("Phòng LĐ-TBXH Quy Nhơn tổ chức những hoạt động gì hằng năm?", kb_round22)


@pytest.fixture(scope="module")
def kb_round25(tmp_path_factory, suite_plans_dir):
    """The shipped plans and blind round 25's (Cà Mau 2026-2030: 2025 results beside 2030
    targets, each group's lead on a closing "Phân công: …" line)."""
    return _with_round_plan(tmp_path_factory, suite_plans_dir, "round25/new_plan.docx")


@pytest.mark.parametrize("question, first", [
    # a span starting at a result: the result and the target, the result said to be one
    ("Cà Mau tăng tỷ lệ hoàn thành THCS bao nhiêu điểm % từ 2025 đến 2030?",
     "88,4% (đã đạt năm 2025); lên ít nhất 92% (2030)"),
    # the group's lead from its closing line
    ("Ai chủ trì chỉ tiêu suy dinh dưỡng thấp còi ở Cà Mau?", "Chủ trì: Sở Y tế"),
    # the centre that runs the provincial hotline, named in another sentence
    ("sdt trung tam ctxh ca mau la gi", "☎️"),
])
def test_round25_results_and_group_leads(kb_round25, question, first):
    opens_with(question, kb_round25, first)
    if question.startswith("sdt"):
        assert "0290.3567.111" in answer(question, kb_round25).text


def test_victims_of_abuse_are_the_plans_abused_children(kb_round25):
    opens_with("What is Ca Mau's 2030 ceiling for the share of children who are victims of abuse?", kb_round25,
               "no more than 0.03% (2030)", "en")


@pytest.fixture(scope="module")
def kb_round24(tmp_path_factory, suite_plans_dir):
    """The shipped plans and blind round 24's (Kim Thành district: district offices, the
    district's Youth Union "Huyện đoàn", leads by number in the agencies' paragraphs)."""
    return _with_round_plan(tmp_path_factory, suite_plans_dir, "round24/new_plan.pdf")


@pytest.mark.parametrize("question, lang, first", [
    # "district police" in English order is the plan's "Công an huyện"
    ("What indicator does the Kim Thanh district police lead?", "en", "Leads indicator 8"),
    # the district's Youth Union leads what its paragraph says
    ("Chỉ tiêu trẻ em được hỏi ý kiến ở Kim Thành do đơn vị nào chủ trì?", "vi", "Chủ trì: Huyện đoàn"),
])
def test_round24_district_offices(kb_round24, question, lang, first):
    opens_with(question, kb_round24, first, lang)


def test_the_province_a_plan_implements_is_no_place_asked_about(kb_round24):
    # "căn cứ kế hoạch số mấy của UBND tỉnh Hải Dương": the district plan's own province
    assert "1985" in said("ke hoach kim thanh can cu ke hoach so may cua ubnd tinh hai duong", kb_round24)
    # … but compared with, or asked alone, it is a place without a plan
    declines_with("so sánh Kim Thành và Hải Dương tỷ lệ biết bơi", kb_round24, "Tôi chưa có kế hoạch nào của Hải Dương")
    declines_with("Hải Dương tỷ lệ biết bơi năm 2030", kb_round24, "Tôi chưa có kế hoạch nào của Hải Dương")


@pytest.fixture(scope="module")
def kb_round28(tmp_path_factory, suite_plans_dir):
    """The shipped plans and blind round 28's (Tây Ninh 2026-2030: targets coded "CT-01"…,
    leads in a table by lists of codes)."""
    return _with_round_plan(tmp_path_factory, suite_plans_dir, "round28/new_plan.docx")


def test_plans_compared_answer_with_the_same_measure(kb_round28):
    # "trẻ em bị xâm hại" covers Tây Ninh's rate and its "found and helped" target alike:
    # compared with Hà Nội's rate, Tây Ninh answers with its rate
    text = answer("Chỉ tiêu trẻ em bị xâm hại: Tây Ninh 2030 và Hà Nội 2030 khác nhau ra sao?", kb_round28).text
    assert "0,03%" in text and "phát hiện" not in text, text


def test_a_target_numbered_by_its_code_is_asked_by_its_number(kb_round28):
    # the reply cites "Chỉ tiêu CT-07": it is indicator 7, the one asked
    opens_with("Chỉ tiêu 7 của Tây Ninh đến năm 2030 là bao nhiêu?", kb_round28, "giảm xuống dưới 4/100.000 trẻ em (2030)")


@pytest.fixture(scope="module")
def kb_round29(tmp_path_factory, suite_plans_dir):
    """The shipped plans and blind round 29's (Sơn La 2026-2030: targets "(i)"…"(xvii)"
    numbered through the plan)."""
    return _with_round_plan(tmp_path_factory, suite_plans_dir, "round29/new_plan.docx")


def test_a_target_asked_by_its_marker_alone(kb_round29):
    opens_with("chỉ tiêu (vii) Sơn La do ai chủ trì", kb_round29, "Chủ trì: Sở Y tế")


@pytest.fixture(scope="module")
def kb_round30(tmp_path_factory, suite_plans_dir):
    """The shipped plans and blind round 30's (Quế Võ district: targets coded "1.1"…"4.3")."""
    return _with_round_plan(tmp_path_factory, suite_plans_dir, "round30/new_plan.docx")


def test_a_code_of_one_plan_and_a_number_of_another(kb_round30):
    # "chỉ tiêu 1.4": Quế Võ's code 1.4 and Hà Nội's indicator 4, each answered
    text = answer("so sánh chỉ tiêu 1.4 Hà Nội và Quế Võ", kb_round30).text
    assert "Quế Võ" in text and "Hà Nội" in text, text


@pytest.fixture(scope="module")
def kb_round38(tmp_path_factory, suite_plans_dir):
    """The shipped plans and blind round 38's (Bình Phước: targets numbered again in each
    age-stage group, "(Chủ trì: …. Phối hợp: ….)" on the line under each)."""
    return _with_round_plan(tmp_path_factory, suite_plans_dir, "round38/new_plan.docx")


@pytest.mark.parametrize("question,first", [
    ("chi tieu 2 nhom ii binh phuoc nam 2028 la bao nhieu?", "đạt 95% (2028)"),
    ("Chỉ tiêu 3 Nhóm III Bình Phước do ai chủ trì?", "Chủ trì: Công an tỉnh"),
])
def test_a_target_numbered_again_in_its_group(kb_round38, question, first):
    opens_with(question, kb_round38, first)


@pytest.fixture(scope="module")
def kb_round39(tmp_path_factory, suite_plans_dir):
    """The shipped plans and blind round 39's (Cao Bằng: an appendix of targets by life stage,
    "Mốc năm 2028 / 2030" lines, leads in footnotes "[2]")."""
    return _with_round_plan(tmp_path_factory, suite_plans_dir, "round39/new_plan.pdf")


@pytest.mark.parametrize("question,first", [
    ("ai chủ trì chỉ tiêu số 18 Cao Bằng", "Chủ trì: Công an tỉnh"),
    # the figure with the target's own words, not the line's "Mốc năm 2030"
    ("Cao Bằng chỉ tiêu 5 năm 2030", "0 ca (2030) — Số trẻ em nhiễm HIV"),
    ("mốc năm 2028 số trẻ tử vong do đuối nước Cao Bằng", "không quá 12 em (2028)"),
])
def test_targets_of_an_appendix_with_footnoted_leads(kb_round39, question, first):
    opens_with(question, kb_round39, first)


@pytest.fixture(scope="module")
def kb_round41(tmp_path_factory, suite_plans_dir):
    """The shipped plans and blind round 41's (Đà Nẵng: codes "SK-01" in an appendix table,
    leads by declared abbreviations)."""
    return _with_round_plan(tmp_path_factory, suite_plans_dir, "round41/new_plan.pdf")


@pytest.mark.parametrize("question,first", [
    ("Chỉ tiêu SK-03 của Đà Nẵng năm 2030 là bao nhiêu?", "dưới 12,5% (2030)"),
    ("bv-02 dn ai chu tri", "Chủ trì: Công an Thành phố"),
    ("dn sk02 2028", "dưới 12‰ (2028)"),
])
def test_a_target_asked_by_its_code(kb_round41, question, first):
    opens_with(question, kb_round41, first)


@pytest.fixture(scope="module")
def kb_round45(tmp_path_factory, suite_plans_dir):
    """The shipped plans and blind round 45's (Quảng Nam: targets named "Chỉ tiêu thứ nhất"…)."""
    return _with_round_plan(tmp_path_factory, suite_plans_dir, "round45/new_plan.pdf")


@pytest.mark.parametrize("question,first", [
    ("chỉ tiêu thứ hai của Quảng Nam năm 2030", "dưới 9,8‰ (2030)"),
    ("chi tieu thu muoi lam quang nam ai chu tri", "Chủ trì: Sở Dân tộc và Tôn giáo"),
])
def test_a_target_asked_by_its_ordinal_name(kb_round45, question, first):
    opens_with(question, kb_round45, first)


@pytest.fixture(scope="module")
def kb_round43(tmp_path_factory, suite_plans_dir):
    """The shipped plans and blind round 43's (Đồng Nai: a count of children taught to swim)."""
    return _with_round_plan(tmp_path_factory, suite_plans_dir, "round43/new_plan.pdf")


def test_a_count_an_indicator_sets_answers_how_many(kb_round43):
    opens_with("Đồng Nai có bao nhiêu trẻ em được học bơi an toàn?", kb_round43, "60.000 em (2028); 100.000 em (2030)")


@pytest.mark.parametrize("question", [
    "Đồng Nai hiện có bao nhiêu trẻ em được học bơi an toàn?",   # today's number: a statistic
    "Đồng Nai có bao nhiêu trẻ em dưới 16 tuổi?",   # "100.000 em" learn to swim: not all under-16s
])
def test_how_many_children_there_are_is_a_statistic(kb_round43, question):
    declines_with(question, kb_round43, "Các kế hoạch không nêu số liệu thống kê")


@pytest.mark.parametrize("question,first", [
    # "cơ quan đầu mối chỉ tiêu …": the target's focal point, its lead
    ("Co quan dau moi chi tieu dang ky khai sinh cua Dong Nai la ai", "Chủ trì: Sở Tư pháp"),
])
def test_the_focal_point_of_a_target_is_its_lead(kb_round43, question, first):
    opens_with(question, kb_round43, first)


def test_a_death_asked_as_chet_is_no_other_target_about_drowning(kb_round43):
    # "chết" is "tử vong": Đồng Nai sets no target of drowning deaths, only one of swimming
    assert not answer("tre chet duoi nuoc o dong nai nam 2030 toi da bao nhieu", kb_round43).answered


@pytest.fixture(scope="module")
def kb_round44(tmp_path_factory, suite_plans_dir):
    """The shipped plans and blind round 44's (Thái Bình: the forum's years in one passage)."""
    return _with_round_plan(tmp_path_factory, suite_plans_dir, "round44/new_plan.docx")


@pytest.mark.parametrize("question,stated_years", [
    # "vào những năm nào": when, asked; of two passages naming the forum, the one with its years
    ("Diễn đàn trẻ em tỉnh Thái Bình tổ chức vào những năm nào?", "2027 va nam 2029"),
])
def test_which_years_is_answered_by_the_passage_giving_them(kb_round44, question, stated_years):
    assert stated_years in said(question, kb_round44)


def test_the_border_guard_asked_in_english(kb_round41):
    # "Border Guard command": the province's "Bộ Chỉ huy Bộ đội Biên phòng", a genre translation
    assert "duoi nuoc" in said("What does the Da Nang Border Guard command do under plan 74?", kb_round41, "en")


def test_the_childrens_forum_asked_in_english(kb_round44):
    # "children's forum" is "diễn đàn trẻ em" (English puts the head last)
    assert "2027 va nam 2029" in said("When is the Thai Binh children's forum held?", kb_round44, "en")


@pytest.fixture(scope="module")
def kb_lead_first(tmp_path_factory, suite_plans_dir):
    """The shipped plans and a plan whose targets name their lead first (blind round 71's)."""
    return _with_round_plan(tmp_path_factory, suite_plans_dir, "round71/new_plan.txt")


@pytest.mark.parametrize("question,lang,first", [
    # "trained" as plans write it ("được trang bị kiến thức, kỹ năng"), "online safety"
    ("Which agency leads the Phu Tho target on children trained in online safety?", "vi",
     "Chủ trì: Sở Khoa học và Công nghệ (Department of Science and Technology)"),
    # an office named as where the reports go: the reports it receives
    ("Các sở, ngành Phú Thọ gửi báo cáo năm về Sở Nội vụ trước ngày nào?", "vi", "Phú Thọ · Kế hoạch 27/KH-UBND: 10/12"),
])
def test_english_topics_and_report_recipients_among_many_plans(kb_lead_first, question, lang, first):
    opens_with(question, kb_lead_first, first, lang)


@pytest.fixture(scope="module")
def kb_round48(tmp_path_factory, suite_plans_dir):
    """The shipped plans and blind round 48's (Ninh Thuận: targets written once per phase)."""
    return _with_round_plan(tmp_path_factory, suite_plans_dir, "round48/new_plan.docx")


def test_secondary_school_students_are_no_headcount(kb_round48):
    # "lower secondary students" reads "trung học cơ sở học sinh": its "cơ sở" is no "có"
    opens_with("Online safety skills for lower secondary students in Ninh Thuan by 2030?", kb_round48, "đạt 90% (2030)")


@pytest.mark.parametrize("question", [
    # how many children there are, asked in English
    "How many children with disabilities are there in Can Tho in 2025?",
])
def test_a_headcount_in_english_is_declined(kb, question):
    assert not answer(question, kb).answered


@pytest.mark.parametrize("question,first", [
    ("How many children aged 7 and over should be consulted on children's issues by 2030 in Hanoi?",
     "Phần đầu 40% (2030)"),
    ("Can Tho: how many children 11+ join participation activities in 2030?", "đạt 35% (2030)"),
])
def test_a_target_reached_asked_in_english_is_answered(kb, question, first):
    opens_with(question, kb, first)


def test_a_number_in_a_rate_s_name_counts_no_one(tmp_path):
    # "học 2 buổi/ngày" is read as a count of sessions: no count of the students asked about
    from tests.test_parse_any_marker import _first_line, _kb_of, write_plan
    path = write_plan(tmp_path, "hoason-kh7-2026.txt", [
        "ỦY BAN NHÂN DÂN TỈNH HÒA SƠN", "Số: 7/KH-UBND Hòa Sơn, ngày 10 tháng 3 năm 2026", "", "KẾ HOẠCH",
        "Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2026 - 2030", "", "II. MỤC TIÊU",
        "Chỉ tiêu 1: Tỷ lệ học sinh trung học cơ sở học 2 buổi/ngày đạt 70% vào năm 2028 và 80% vào năm 2030.",
        "Chỉ tiêu 2: Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh đạt 99% vào năm 2028.", "",
        "III. TỔ CHỨC THỰC HIỆN", "Sở Giáo dục và Đào tạo chủ trì chỉ tiêu 1.", "", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"])
    assert _first_line("Hòa Sơn có bao nhiêu học sinh trung học cơ sở?", _kb_of(tmp_path, path)).startswith(
        "Các kế hoạch không nêu số liệu thống kê")


def test_a_campaign_named_in_a_question_about_its_launch(tmp_path):
    # the campaign's name splits the question's words ("lễ phát động … vì trẻ em … tổ chức"):
    # the passage that names it and its launch answers
    from tests.test_parse_any_marker import _kb_of, write_plan
    path = write_plan(tmp_path, "hoason-kh8-2026.txt", [
        "ỦY BAN NHÂN DÂN TỈNH HÒA SƠN", "Số: 8/KH-UBND Hòa Sơn, ngày 10 tháng 3 năm 2026", "", "KẾ HOẠCH",
        "Thực hiện Chương trình hành động vì trẻ em tỉnh Hòa Sơn giai đoạn 2026 - 2030", "", "II. MỤC TIÊU",
        "Chỉ tiêu 1: Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh đạt 99% vào năm 2028.", "",
        "IV. THÁNG HÀNH ĐỘNG VÌ TRẺ EM",
        "Hằng năm tổ chức Tháng hành động vì trẻ em từ ngày 01/6 đến ngày 30/6; lễ phát động cấp tỉnh luân phiên "
        "tại phường Việt Trì, phường Vĩnh Yên. Năm 2026, lễ phát động tổ chức tại phường Việt Trì ngày 29/5/2026.", "",
        "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"])
    reply = answer("Le phat dong Thang hanh dong vi tre em nam 2026 cua Hoa Son to chuc o dau?", _kb_of(tmp_path, path))
    assert reply.answered and "Việt Trì" in reply.text


@pytest.mark.parametrize("question, figure", [
    # "tham gia" (take part) holds "gia": no price asked
    ("Cần Thơ: tỷ lệ trẻ em từ 11 tuổi được tham gia bao nhiêu phần trăm vào năm 2030?", "35"),
])
def test_taking_part_is_no_price(kb, question, figure):
    assert figure in said(question, kb).split("\n")[0]


@pytest.mark.parametrize("question", [
    "Thang hanh dong 2020 Ha Noi: cac so, quan huyen phai xay dung ke hoach truoc ngay nao?",
    "Tháng hành động 2020 Hà Nội: các sở, quận huyện xây dựng kế hoạch trước ngày nào?",
])
def test_departments_typed_so_are_no_number_asked(kb, question):
    # "các sở, quận huyện …" (departments and districts), not "số quận" (how many districts)
    assert "20/5/2020" in said(question, kb).split("\n")[0]


@pytest.mark.parametrize("question", [
    "so quan huyen cua ha noi la bao nhieu", "Hà Nội có bao nhiêu quận?",
    # a "Sở" elsewhere in the question does not make its "số trẻ em" a department
    "Theo Sở Y tế Hà Nội, số trẻ em bị xâm hại năm 2024 là bao nhiêu?",
    # how many places a city has today: no target's rate of communes having one
    "Hiện nay Hà Nội có bao nhiêu điểm vui chơi dành cho trẻ em?",
])
def test_how_many_districts_is_still_a_statistic_no_plan_gives(kb, question):
    declines_with(question, kb, "Các kế hoạch không nêu số liệu thống kê")


@pytest.fixture(scope="module")
def kb_round115(tmp_path_factory, suite_plans_dir):
    return _with_round_plan(tmp_path_factory, suite_plans_dir, "round115/new_plan.txt")


@pytest.mark.parametrize("question, first, unsaid", [
    # a rate asked of the hotline's work: the target's figure, no phone number nobody gives
    ("Tỷ lệ trẻ em bị xâm hại được hỗ trợ, can thiệp kịp thời qua Tổng đài 111 theo kế hoạch Hà Giang là bao nhiêu?",
     "100%", "không nêu số điện thoại"),
    # a count inside the rate's name ("… học 2 buổi/ngày đạt 96%") is no target of its own
    ("Tỷ lệ trẻ mẫu giáo 5 tuổi học 2 buổi/ngày ở Hà Giang năm 2027?", "đạt 96%", "2 buổi (2027)"),
    # a reduction stated with the year it is measured from, its own year between them
    ("ha giang tu vong do duoi nuoc giam bao nhieu phan tram vao 2030 so voi nam nao", "giảm 10% so với năm 2024", "17"),
    # the Action Month's days and lead asked together: both said
    ("Tháng hành động vì trẻ em ở Hà Giang diễn ra từ ngày nào đến ngày nào, ai chủ trì?", "Chủ trì: Sở Y tế", "Chỉ tiêu"),
])
def test_round115_kinds(kb_round115, question, first, unsaid):
    text = said(question, kb_round115)    # (folded)
    assert text.startswith(fold(first)) and fold(unsaid) not in text.split("\n")[0], text
    if "ai chủ trì" in question:
        assert fold("01/6") in text.split("\n")[1] and fold("30/6") in text.split("\n")[1], text


@pytest.mark.parametrize("question", [
    "How many indicators does Hà Nội's plan 138 (2021-2030) contain in total?",
    "Kế hoạch 138 Hà Nội tổng cộng có bao nhiêu chỉ tiêu?",
    # an English word of kind before the noun, as Vietnamese says it after ("chỉ tiêu cụ thể")
    "How many specific indicators does Hanoi's plan 138 set?",
    "How many numbered indicators are in Hanoi's plan 138?",
])
def test_a_count_asked_in_total_is_the_count(kb, question):
    # "in total", "contain", "tổng cộng" ask how a count is given; no topic the answer must cover
    assert "24" in said(question, kb, "en" if "How" in question else "vi").split("\n")[0]


@pytest.fixture(scope="module")
def kb_round2(tmp_path_factory, suite_plans_dir):
    return _with_round_plan(tmp_path_factory, suite_plans_dir, "round2/new_plan.txt")


@pytest.mark.parametrize("question, first, unsaid", [
    # "…khai sinh đạt 98% vào năm 2025 …; 100% trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế":
    # the card asked with a year its metric does not give is the card's 100%, not the 98%
    ("ty le tre duoi 6 tuoi co the bhyt quang tri 2025", "100%", "98%"),
    # … and a price asked is no target at all
    ("bhyt tre duoi 6t o QT gia bn 1 the", None, "100%"),
])
def test_the_metric_the_words_name_even_without_the_year(kb_round2, question, first, unsaid):
    result = answer(question, kb_round2)
    line = strip_html(result.text).split("\n")[0]
    if first is None:
        assert not result.answered and result.intent == "absent_price" and unsaid not in line, result.text
    else:
        assert result.answered and line.startswith(first) and unsaid not in line, result.text


@pytest.fixture(scope="module")
def kb_round105(tmp_path_factory, suite_plans_dir):
    return _with_round_plan(tmp_path_factory, suite_plans_dir, "round105/new_plan.pdf")


def test_a_metric_sharing_a_synonym_is_not_the_one_asked(kb_round105):
    # "Số cặp tảo hôn: năm 2025: 38 cặp; năm 2028: giảm 30% …; không để xảy ra kết hôn cận
    # huyết thống": the undated last metric shares only "hôn" (and a synonym) with the question
    line = strip_html(answer("How much should child marriage in Bac Ninh fall by 2028 compared with 2025?",
                             kb_round105).text).split("\n")[0]
    assert "cận huyết" not in line and "30%" in strip_html(answer(
        "How much should child marriage in Bac Ninh fall by 2028 compared with 2025?", kb_round105).text), line


def test_a_number_typed_is_the_one_answered_its_note_first(kb_round115):
    # "Tổng đài 111 … có mất phí không": 111 and what the plan says of it, not every number in scope
    text = strip_html(answer("Tổng đài 111 ở Hà Giang có mất phí không?", kb_round115).text)
    assert text.startswith("☎️ 111 (miễn phí)") and "0219.3866.111" not in text, text
    # … but a number set aside asks for the others
    text = strip_html(answer("Ngoài tổng đài 111, Hà Giang còn đường dây nóng số nào?", kb_round115).text)
    assert "0219.3866.111" in text.split("\n")[0], text


@pytest.mark.parametrize("question, lang, first", [
    # a small count or a number of days as the plan writes it ("04 phường", "sau 03 ngày")
    ("Theo kế hoạch Điện Biên Phủ, ít nhất bao nhiêu phường thực hiện mô hình thúc đẩy quyền tham gia "
     "của trẻ em vào năm 2025?", "vi", "Ít nhất có 04 phường (2025)"),
    ("Theo Kế hoạch 138 của Hà Nội, vụ việc xâm hại trẻ em nghiêm trọng phải báo cáo bằng văn bản chậm "
     "nhất sau bao nhiêu ngày?", "vi", "Hà Nội · Kế hoạch 138/KH-UBND: trong 03 ngày"),
    # … an English reader gets the figure's digits
    ("How many wards at least should run child participation models in Dien Bien Phu by 2025?", "en",
     "at least 4 phường (2025)"),
])
def test_a_small_count_is_written_as_the_plan_writes_it(kb, question, lang, first):
    opens_with(question, kb, first, lang)


@pytest.fixture(scope="module")
def kb_round89(tmp_path_factory, suite_plans_dir):
    return _with_round_plan(tmp_path_factory, suite_plans_dir, "round89/new_plan.txt")


def test_how_many_there_are_now_is_the_last_result_reported(kb_round89):
    # "hiện có mấy điểm": the count the plan reports as reached ("Kết quả năm 2025: 3 điểm"),
    # not its 2028 or 2030 target
    opens_with("diem vui choi tre em cua khau dong dang tan thanh hien co may diem", kb_round89,
               "3 điểm (đã đạt năm 2025)")


@pytest.fixture(scope="module")
def kb_round118(tmp_path_factory, suite_plans_dir):
    return _with_round_plan(tmp_path_factory, suite_plans_dir, "round118/new_plan.txt")


@pytest.mark.parametrize("question, said", [
    # a figure of what is done in the campaign: the plan's line, not the campaign's card
    ("thang hanh dong vi tre em PY moi nam trao it nhat bn suat qua", "1.500 suất quà"),
    # … its dates: the card (the line under its heading dates it)
    ("Tháng hành động vì trẻ em ở Phú Yên diễn ra từ ngày nào đến ngày nào?", "01/6"),
])
def test_a_campaign_s_figure_and_its_dates(kb_round118, question, said):
    assert fold(said) in said_first_lines(question, kb_round118), question


def said_first_lines(question: str, kb) -> str:
    """The first two lines of the reply (folded, quotes left out)."""
    return "\n".join(said(question, kb).split("\n")[:2])


@pytest.fixture(scope="module")
def kb_round122(tmp_path_factory, suite_plans_dir):
    return _with_round_plan(tmp_path_factory, suite_plans_dir, "round122/new_plan.pdf")


@pytest.mark.parametrize("question, first", [
    # a code typed glued ("ct2.3") is the code, not "chỉ tiêu 2"
    ("ninh thuan ct2.3 nam 2027 bn %", "17,8% (2027)"),
    ("Ninh Thuận: chỉ tiêu CT2.4 về tiêm chủng do sở nào chủ trì?", "Chủ trì: Sở Y tế"),
    # rows of a PDF's table wrapped anywhere, "nt" cells: each row its figures and roles
    ("Ninh Thuận đặt mục tiêu tỷ lệ trẻ em từ 6 đến 15 tuổi biết bơi an toàn năm 2030 là bao nhiêu?", "60,0% (2030)"),
    ("Ninh Thuận: cơ quan nào phối hợp thực hiện chỉ tiêu CT2.4 về tiêm chủng đầy đủ?",
     "Phối hợp: Hội Liên hiệp Phụ nữ tỉnh"),
    # a count whose noun the name's bracket gives ("… (điểm)")
    ("Ở Ninh Thuận, số điểm tư vấn, hỗ trợ trẻ em tại cộng đồng đến năm 2030 là bao nhiêu điểm?", "47 điểm (2030)"),
])
def test_a_pdf_table_per_goal_with_codes(kb_round122, question, first):
    opens_with(question, kb_round122, first)


def test_when_and_where_asked_of_a_passage_is_no_count_it_holds(kb_round122):
    # "… tổ chức vào tháng mấy, ở đâu": the passage's own words ("vào tháng 8, tại Nhà Thiếu
    # nhi tỉnh"), not a count it holds read as a target ("từ 7 huyện")
    text = said("Diễn đàn trẻ em cấp tỉnh Ninh Thuận tổ chức vào tháng mấy, ở đâu?", kb_round122)
    assert not text.startswith(fold("từ 7 huyện")) and fold("tháng 8") in text and fold("Nhà Thiếu nhi") in text, text


@pytest.fixture(scope="module")
def kb_round121(tmp_path_factory, suite_plans_dir):
    return _with_round_plan(tmp_path_factory, suite_plans_dir, "round121/new_plan.txt")


def test_breastfeeding_asked_in_english(kb_round121):
    # feeding babies in the plans' words ("bú mẹ hoàn toàn", "dưới 6 tháng tuổi"), not "under 6
    # years" and "months" apart
    opens_with("Exclusive breastfeeding target for babies under 6 months in Soc Trang by 2025?", kb_round121,
               "phấn đấu đạt 32% (2025)")


@pytest.mark.parametrize("question, first", [
    # the media, places and things of the plans' targets asked in English
    ("What is Phu Yen's 2030 target for public libraries having a reading room or corner for children?", "100% (2030)"),
    ("Who leads the indicator on children's access to provincial press, radio and TV programmes in Phu Yen?",
     "Chủ trì: Báo và Phát thanh, Truyền hình Phú Yên"),
    ("Phu Yen: who partners on the helmet-wearing indicator for children?", "Phối hợp: Sở Giáo dục và Đào tạo"),
])
def test_english_words_for_the_targets_media_and_things(kb_round118, question, first):
    opens_with(question, kb_round118, first)


def test_tv_typed_for_death_after_a_rate(kb):
    # "ty suat tv so sinh": "tử vong", not a television
    text = said("ha noi ty suat tv so sinh nam 2025 bn", kb)
    assert fold("tử vong trẻ sơ sinh") in text.split("\n")[0], text


@pytest.fixture(scope="module")
def kb_round119(tmp_path_factory, suite_plans_dir):
    return _with_round_plan(tmp_path_factory, suite_plans_dir, "round119/new_plan.txt")


def test_bhxh_is_the_social_insurance_office(kb_round119):
    # "BHXH" typed for "Bảo hiểm xã hội", as "BHYT" for the health insurance card
    opens_with("bhxh tinh yen bai co nhiem vu gi trong kh tre em", kb_round119,
               "Yên Bái · Kế hoạch 57/KH-UBND — Bảo hiểm xã hội")


ALLOWANCE_PLAN = """ỦY BAN NHÂN DÂN TỈNH LAI CHÂU
Số: 77/KH-UBND
Lai Châu, ngày 10 tháng 3 năm 2026

KẾ HOẠCH
Thực hiện Chương trình hành động vì trẻ em tỉnh Lai Châu giai đoạn 2026 - 2030

II. MỤC TIÊU
Chỉ tiêu 1. Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp đạt 95% vào năm 2030.

VI. KINH PHÍ THỰC HIỆN
1. Ngân sách tỉnh bảo đảm theo phân cấp.
2. Sở Tài chính bố trí kinh phí chi trả phụ cấp cho cộng tác viên bảo vệ trẻ em mức 300.000 đồng/người/tháng.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lò Văn Minh
"""


@pytest.mark.parametrize("question, answered", [
    ("Lai Châu: phụ cấp cộng tác viên bảo vệ trẻ em bao nhiêu?", True),
    ("Lai Chau: how much is the allowance for child protection collaborators?", True),
    # (the other plans state none: still declined, though one plan of the base states one)
    ("Mức phụ cấp cho cộng tác viên bảo vệ trẻ em ở Hà Nội là bao nhiêu?", False),
])
def test_an_allowance_a_plan_states_is_answered(kb_with_plan, question, answered):
    kb = kb_with_plan("laichau-kh77-2026.txt", ALLOWANCE_PLAN)
    reply = answer(question, kb)
    assert reply.answered is answered, reply.text
    if answered:
        assert "300.000 đồng/người/tháng" in strip_html(reply.text).split("«")[0]


@pytest.mark.parametrize("question", [
    "Kế hoạch 138 của Hà Nội ban hành ngày nào?",
    "Hanoi plan 138 on the national children's programme — when was it issued?",
])
def test_the_issue_date_is_also_said_as_the_header_writes_it(kb, question):
    # (blind writers, like officers, cite a document's date in its header's words)
    first = strip_html(answer(question, kb).text).split("\n")[0]
    assert "03/6/2021" in first and "ngày 03 tháng 6 năm 2021" in first, first


def test_two_topics_asked_of_who_leads_are_both_answered(kb):
    # (each half of "… tảo hôn và khai sinh …" finds its own indicator; together they had
    # covered too little of the question and it was declined: round 168)
    reply = answer("Hà Nội: chỉ tiêu tảo hôn và khai sinh do sở nào chủ trì?", kb)
    text = strip_html(reply.text)
    assert reply.answered and "Chỉ tiêu 13" in text and "Chỉ tiêu 14" in text, text
    assert "Sở Tư pháp" in text, text


def test_an_offices_own_and_joins_no_two_topics(kb):
    # ("Culture and Sports Department" read "văn hóa and thể thao": its "and" had split the
    # question into "văn hóa" — a play-spaces target — and child marriage, both answered)
    reply = answer("In Hanoi, who does the Culture and Sports Department work with to tackle child marriage?", kb)
    assert not (reply.answered and "Chỉ tiêu 21" in strip_html(reply.text).split("\n")[0]), reply.text


@pytest.mark.parametrize("question,lang,expected,not_expected", [
    # the issuer's level asked: the province's decision, not the Prime Minister's
    ("Kế hoạch Điện Biên Phủ căn cứ quyết định nào của tỉnh?", "vi", ["333/QĐ-UBND"], ["23/QĐ-TTg", "830/QĐ-TTg"]),
    ("Which provincial decision does the Dien Bien Phu plan build on?", "en", ["333/QĐ-UBND"], ["23/QĐ-TTg"]),
    # the words of the citing clause: the online-safety programme's decision
    ("Điện Biên Phủ thực hiện quyết định nào về trẻ em trên môi trường mạng?", "vi", ["830/QĐ-TTg"],
     ["333/QĐ-UBND", "23/QĐ-TTg"]),
    ("Kế hoạch Điện Biên Phủ căn cứ quyết định nào của Thủ tướng?", "vi", ["23/QĐ-TTg", "830/QĐ-TTg"], ["333/QĐ-UBND"]),
    # nothing picks one out: every document the plan carries out
    ("Kế hoạch Điện Biên Phủ căn cứ những văn bản nào?", "vi", ["23/QĐ-TTg", "830/QĐ-TTg", "333/QĐ-UBND"], []),
])
def test_the_documents_a_plan_carries_out_are_those_the_question_describes(kb, question, lang, expected, not_expected):
    result = answer(question, kb, lang=lang)
    assert result.answered and result.intent == "plan_info_refs", result.text
    text = stated(result.text)
    for number in expected:
        assert fold(number) in text, result.text
    for number in not_expected:
        assert fold(number) not in text, result.text
    if len(expected) == 1:
        # the plan's own clause citing it, as its source
        assert f"Quyết định số {expected[0]}" in strip_html(result.text)


@pytest.mark.parametrize("question,lang", [
    # "when is the …" of a campaign named asks when it is held, not a deadline in its plan
    ("When is the Action Month for children in Hanoi?", "en"),
    # a campaign named is the question's subject: no "short question" to doubt
    ("When does Hanoi hold its Action Month for children?", "en"),
    ("Tháng hành động vì trẻ em Hà Nội diễn ra khi nào?", "vi"),
])
def test_when_a_campaign_is_held_states_its_dates(kb, question, lang):
    text = said(question, kb, lang)
    assert "1/6/2020" in text and "30/6/2020" in text, text
    assert "20/5/2020" not in text, text


def test_a_deadline_asked_of_a_campaign_is_still_its_reports(kb):
    text = said("When is the Action Month report due in Hanoi?", kb, "en")
    assert "15/7/2020" in text, text


@pytest.mark.parametrize("question", [
    # a count of one thing asked, a target counting another ("Số cặp tảo hôn"): no answer
    # states it as if it were the count asked (round 164: "How many mountainous districts …")
    "Hà Nội giảm tảo hôn ở bao nhiêu huyện?",
    "How many districts must cut child marriage in Hanoi?",
])
def test_a_count_of_another_thing_is_not_the_count_asked(kb, question):
    result = answer(question, kb, lang="en" if question.startswith("How") else "vi")
    assert not result.answered or "3%" not in stated(result.text), result.text


def test_the_count_of_the_thing_asked_is_still_stated(kb):
    assert "3%" in said("Hà Nội mỗi năm giảm bao nhiêu cặp tảo hôn?", kb)


def test_the_submission_a_plan_was_issued_on_is_its_proposal(kb):
    # round 168: "submission" (tờ trình) had been an unknown word, the proposal not found
    opens_with("Which submission was the Can Tho programme based on?", kb, "Proposed by: Giám đốc Sở Lao động", "en")


def test_an_offices_duties_asked_with_the_genres_words_only(kb):
    # round 168: "trẻ em" of "ct trẻ em" had been the key word the duties must say
    assert fold("kinh phí thường xuyên") in said("can tho so tai chinh lam gi trong ct tre em", kb)


def test_two_deadlines_asked_in_english_are_both_stated(kb):
    # round 168: "results report" (the plans' "báo cáo kết quả") and "districts' plans" had been
    # read as neither kind, and only one date was given
    text = said("Hanoi Action Month 2020: deadline for districts' plans and for the results report?", kb, "en")
    assert "20/5/2020" in text and "15/7/2020" in text, text


@pytest.mark.parametrize("text,figure", [
    # "ít nhất mấy điểm": a count asked, as "bao nhiêu" asks it (round 168)
    ("moi quan huyen nang cap it nhat may diem vui choi", True),
    ("can may lop day boi", True),
    # "số mấy", "mấy ngày", "mấy tuổi": a document's number, a deadline, an age — no figure
    ("ke hoach so may", False),
    ("bao cao trong may ngay", False),
])
def test_how_many_things_with_may_asks_a_figure(text, figure):
    from knowledge.answer import scorer

    assert ("figure" in scorer.answer_type_cues(text, set())) is figure


def test_at_least_how_many_places_is_answered(kb):
    assert "5 diem" in said("thang hanh dong 2020 ha noi moi quan huyen nang cap it nhat may diem vui choi", kb)


def test_who_submitted_the_proposal_is_the_plans_proposer(kb):
    # round 151: "submitted the proposal" had been the topic the proposer's line must cover
    opens_with("Can Tho programme: which agency submitted the proposal for the decision?", kb,
               "Proposed by: Giám đốc Sở Lao động", "en")
