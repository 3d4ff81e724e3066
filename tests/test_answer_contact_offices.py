"""A number asked of an office the question names is that office's (blind round 118): "Đầu
mối tại tỉnh: Phòng …, Sở Y tế tỉnh Phú Yên; điện thoại 0257 …" labels its number with the
office (the clause before "; điện thoại" names it), and "số điện thoại đầu mối … của Sở Y tế"
answers it, not the social work centre's hotline that shares the words "công tác".

Pure: the shipped plans and round 118's plan → the replies.
"""

from __future__ import annotations

import pytest

from tests.test_answer_facts import _with_round_plan
from tests.test_parse_any_marker import _first_line


@pytest.fixture(scope="module")
def kb(tmp_path_factory, suite_plans_dir):
    return _with_round_plan(tmp_path_factory, suite_plans_dir, "round118/new_plan.txt")


@pytest.mark.parametrize("question, first", [
    ("Số điện thoại đầu mối công tác trẻ em của Sở Y tế tỉnh Phú Yên là số nào?", "☎️ 0257 3842 619 (gọi 02573842619) — Phòng Bảo trợ xã hội và Trẻ em, Sở Y tế tỉnh Phú Yên"),
    # the centre asked: its own hotline
    ("Đường dây nóng Trung tâm Công tác xã hội tỉnh Phú Yên là số nào?", "☎️ 0257 3811 246"),
])
def test_the_number_of_the_office_asked(kb, question, first):
    # (the label holds the room the plan names before the department: blind round 139)
    assert _first_line(question, kb).startswith(first)


def test_a_purpose_asked_is_the_hotline_whoever_s_plan_it_is(kb):
    # "Theo kế hoạch của Sở Y tế …, trẻ em bị xâm hại thì gọi số nào": the office names whose
    # plan; the call's purpose asks the hotlines, not the office's own line
    line = _first_line("Theo kế hoạch của Sở Y tế Phú Yên, trẻ em bị xâm hại thì gọi số nào?", kb)
    assert "0257 3842 619" not in line, line


def test_a_scanned_plans_number_is_found_through_its_damaged_label(kb):
    # the scanned Hà Nội plan labels its number "… Trung tâm công tác x4 hội và Quỹ Bảo trợ trẻ
    # em Hà Nội": five of six words asked are there, as much as a scan can say (asked in most
    # blind rounds, and declined as an office with no number)
    line = _first_line("Theo kế hoạch thực hiện Chỉ thị 28 của Hà Nội, đường dây nóng của Trung tâm công tác "
                       "xã hội và Quỹ Bảo trợ trẻ em là số nào?", kb)
    assert line.startswith("☎️ 0243.22.33.111"), line


@pytest.mark.parametrize("question, lang, first", [
    # a number grouped by spaces or dots is offered as digits too: a phone calls "02573842619"
    # from a chat, not "0257 3842 619" (blind rounds 119 and 125 asked the digits)
    ("Đường dây nóng Trung tâm Công tác xã hội tỉnh Phú Yên là số nào?", "vi", "☎️ 0257 3811 246 (gọi 02573811246)"),
    ("What is the hotline of the Social Work Centre of Phu Yen?", "en", "☎️ 0257 3811 246 (dial 02573811246)"),
    # a number written as digits is not repeated
    ("Tổng đài quốc gia bảo vệ trẻ em số mấy?", "vi", "☎️ 111 "),
])
def test_a_grouped_number_is_offered_as_digits_to_dial(kb, question, lang, first):
    from knowledge.answer.engine import answer
    from knowledge.answer.format import strip_html
    line = strip_html(answer(question, kb, lang=lang).text).split("\n", 1)[0]
    assert line.startswith(first) and line.count("(gọi") + line.count("(dial") == ("(" in first), line
